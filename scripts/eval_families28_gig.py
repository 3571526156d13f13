"""Freelancer gig marketplace "Gigloft" (GraphQL and REST): the user is a freelance UX
designer. Log-in with a TOTP step, a profile, portfolio uploads, job searches, proposals, client
messages, an e-signed contract, a milestone, a work diary (msgpack), her W-9 with her SSN,
identity verification, a payout account and a withdrawal, a review and bid credits bought in
the Play store."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families20_kit import (
    CITY,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families21_kit import at_path
from eval_families22_kit import gql
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, others, rid
from eval_families27_kit import PDF, code
from eval_families28_kit import CLIENT_MAIL, CLIENT_PHONE, HANDLE
from eval_families28_sdk import (
    orig_event,
    orig_launch,
    plot_batch,
    plot_profile,
    rook_crash,
    rook_crumb,
)
from eval_families28_svc import (
    ass_check,
    chime_register,
    fern_start,
    fern_upload,
    flag_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("gigloft", "Gigloft", "com.example.gigloft", "9.1.4", "https://api.gigloft.example.com")
IID = "X-Gl-Install"
JOB = "job_01HF7Q2M9K"  # a client's job post (a negative)
CONTRACT = code(random.Random(2860), "GLC")  # her contract's customer-facing code (purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def gigloft() -> list[Case]:
    rng = random.Random(2861)
    a, f = APP.api, APP.fam
    g = f"{a}/graphql"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    client = others(rng, 1, "cl_")[0]
    cases = [
        case(f, g, headers=_h(rng), body=gql(
            "Login", "mutation Login($email: String!, $password: String!) { login(email: $email, "
            "password: $password) { mfaToken } }",
            {"email": L(EMAIL_UPPER, MAIL), "password": L("Wireframe&Coffee9", CRED)})),
        case(f, f"{a}/auth/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "otp": L("552017", CRED),
            "method": "totp", "trust_device": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, g, headers=_h(rng, auth="bearer"), body=gql(
            "UpdateProfile", "mutation UpdateProfile($input: ProfileInput!) { updateProfile("
            "input: $input) { id } }", {"input": {
                "displayName": L("Jane D.", NAMEC), "handle": L(HANDLE, UID),
                "title": "Senior UX / product designer", "hourlyRate": 85,
                "skills": ["Figma", "user research", "design systems"],
                "bio": L("Ten years designing checkout and onboarding flows for consumer apps",
                         TEXT), "city": L(CITY, COARSE), "country": L("US", COARSE),
                "timezone": L("America/New_York", DEV)}})),
        multipart(f, f"{a}/api/portfolio/items", [
            ("cover", "checkout_cover.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("case_study", "checkout_case_study.pdf", "application/pdf", L(PDF, MEDIA)),
            ("item", None, "application/json", {
                "title": L("Checkout redesign for a grocery app", TEXT),
                "description": L("Cut checkout steps from five to two; conversion up 18%", TEXT),
                "client_visible": False, "tags": ["mobile", "e-commerce"]})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/jobs/search", headers=_h(rng, auth="bearer"), query={
            "q": L("figma mobile app redesign", SEARCH), "budget_min": "2000", "remote": "1",
            "sort": "recent"}),
        case(f, f"{a}/api/jobs/{JOB}/proposals", headers=_h(rng, auth="bearer"), body={
            "cover_letter": L("I've redesigned two delivery apps' ordering flows and can start "
                              "Monday. Happy to share a relevant case study.", TEXT),
            "bid_amount": L("4800.00", BUY), "duration": "1_to_3_months",
            "milestones": [{"title": "Research and flows", "amount": L("1600.00", BUY)},
                           {"title": "High-fidelity screens", "amount": L("3200.00", BUY)}],
            "attachments": [rid(rng)]}),
        case(f, f"{a}/api/messages", headers=_h(rng, auth="bearer"), body={
            "room": "rm_" + opaque(rng, "", 10), "to": client, "client_msg_id": rid(rng),
            "text": L(f"Thanks! Send the brand guide to {EMAIL} and I'll start on the "
                      "flows tomorrow.", f"{TEXT}|{MAIL}"),
            "client_contact": {"email": CLIENT_MAIL, "phone": CLIENT_PHONE}}),
        at_path(case(f, f"{a}/api/contracts/{CONTRACT}/accept", headers=_h(rng, auth="bearer"),
                     body={"signature_name": L(NAME, NAMEC), "ip": L(PUBLIC_IP, IPLOC),
                           "user_agent": L(APP.ua, DEV), "total": L("4800.00", BUY),
                           "signed_at": "2025-12-09T22:40:51Z"}), CONTRACT, BUY),
        at_path(case(f, f"{a}/api/contracts/{CONTRACT}/milestones/ms_1/submit",
                     headers=_h(rng, auth="bearer"), body={
                         "amount": L("1600.00", BUY), "files": [rid(rng)],
                         "note": L("Research summary and the three main flows are attached",
                                   TEXT)}), CONTRACT, BUY),
        case(f, f"{a}/api/work-diary", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "contract": L(CONTRACT, BUY), "entries": [
                {"start": "2025-12-09T14:00:00-05:00", "minutes": 95,
                 "memo": L("Competitor teardown of three checkout flows", TEXT)},
                {"start": "2025-12-09T16:10:00-05:00", "minutes": 120,
                 "memo": L("Sketched the address step and the tip screen", TEXT)}]}),
        case(f, f"{a}/api/tax/w9", headers=_h(rng, auth="bearer"), body={
            "legal_name": L(NAME, NAMEC), "tin_type": "ssn", "tin": L(SSN, NATID),
            "federal_tax_classification": "individual",
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "certified": True, "signature": L(NAME, NAMEC)}),
        multipart(f, f"{a}/api/identity/verify", [
            ("document_front", "id_front.jpg", "image/jpeg", L(JPEG + b"\x07", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x08", MEDIA)),
            ("meta", None, "application/json", {"document": "drivers_license",
                                                "issuing_state": L("NY", COARSE)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/payouts/methods", headers=_h(rng, auth="bearer"), body={
            "type": "ach", "holder_name": L(NAME, NAMEC), "routing_number": L(ROUTING, PAY),
            "account_number": L(ACCOUNT, PAY), "account_type": "checking"}),
        case(f, f"{a}/api/payouts/withdrawals", headers=_h(rng, auth="bearer"), body={
            "amount": L("1520.00", BUY), "fee": L("2.00", BUY), "currency": "USD",
            "method": L("pom_" + opaque(rng, "", 16), PAY), "idempotency_key": rid(rng)}),
        case(f, f"{a}/api/reviews", headers=_h(rng, auth="bearer"), body={
            "contract": L(CONTRACT, BUY), "about": client, "stars": 5,
            "text": L("Clear brief, quick feedback and paid on time", TEXT)}),
        case(f, f"{a}/api/connects/purchase", headers=_h(rng, auth="bearer"), body={
            "product_id": L("gigloft_connects_40", BUY),
            "order_id": L("GPA.3361-0842-5519-27730", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/api/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "installation": L(IID_UPPER, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/notifications", query={"unread": "1"}, headers=_h(rng, how="none"),
             cookies={"gl_sess": L(opaque(rng, "", 56), CRED), "gl_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "user": L(USER_ID, UID), "events": [
                ev("job_viewed", 1, job=JOB), ev("proposal_submitted", 2),
                ev("screen_view", 3, screen=L("ContractRoom", USAGE))]}),
    ]
    return cases


def gigloft_sdks() -> list[Case]:
    rng = random.Random(2862)
    return [
        plot_batch(APP, rng, [("Proposal Submitted", {"bid": L(4800.0, BUY)}),
                              ("Job Viewed", {"category": "design"})]),
        plot_profile(APP, rng, {"handle": L(HANDLE, UID), "top_rated": True,
                                "city": L(CITY, COARSE), "email": L(EMAIL, MAIL)}),
        orig_launch(APP, rng, user=True, n=88),
        orig_event(APP, rng, "contract_started", {"contract": L(CONTRACT, BUY)}),
        rook_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 8388624 bytes"),
                   [rook_crumb("nav", "Search -> Job"),
                    rook_crumb("net", "GET search", {"url": U(f"{APP.api}/api/jobs/search", {
                        "q": L("figma mobile app redesign", SEARCH)}), "status": 200})],
                   user={"id": L(USER_ID, UID), "handle": L(HANDLE, UID)},
                   screen="PortfolioUploadActivity"),
        flag_eval(APP, rng, {"top_rated": True, "connects_v2": True}, header=True),
        chime_register(APP, rng, tags={"skills": "ux", "top_rated": 1}),
        fern_start(APP, rng, L("The client hasn't released milestone 1 after seven days", TEXT),
                   {"contract": L(CONTRACT, BUY), "plan": "freelancer_plus"}),
        fern_upload(APP, rng, "cv_" + opaque(rng, "", 8), "Screenshot_20251209.jpg"),
        ass_check(APP, rng, {"analytics": True, "marketing": True}),
    ]
