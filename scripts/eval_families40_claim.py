"""Home-insurance claim app "Claimhaven" (a burst pipe flooded her kitchen): registration with
her policy, a log-in and MFA, ``/me``, the policy by number in the path, the first notice of loss
(her address, her fix at home), damage photos with their EXIF place, a video walkthrough, the
inventory of damaged belongings (gzip) and a receipt photo, a contractor's estimate, a hotel
receipt for living expenses, the payout account, an identity check, the proof of loss signed on
screen, the mortgage lender, an inspection booked, a message to the adjuster, offline photo
metadata (msgpack), the claim's status, push, events and documents by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head, rid
from eval_families40_kit import ADJUSTER, CLAIM, CONTRACTOR, POLICY, home, obj
from eval_families40_sdk import ek_batch, ek_beacon, fh_crumb, fh_report, fh_session
from eval_families40_svc import cl_attach, fb_eval, mf_reverse, pc_bank, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("claimhaven", "Claimhaven", "com.example.claimhaven", "8.1.4",
          "https://api.claimhaven.example.com")
IID = "X-CH-Device-Id"
PW = "Copper-Kettle-19"
CL_URL = f"https://api.claimhaven.example.com/v4/claims/{CLAIM}"
LOAN = "0048812297"  # her mortgage loan number (financial.payment)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _inventory() -> list[dict[str, Any]]:
    rows = [("Bosch dishwasher SHX78", "2022-08-14", "899.00"), ("Oak dining table", "2019-03-02",
            "1240.00"), ("KitchenAid stand mixer", "2021-12-20", "429.99"),
            ("Area rug 8x10", "2020-05-11", "310.00")]
    return [{"item": i, "purchased": d, "price": p, "qty": 1, "damage": "water"}
            for i, d, p in rows]


def claimhaven() -> list[Case]:
    rng = random.Random(4051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), policy=L(POLICY, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    pol = at_path(case(f, f"{a}/v4/policies/{POLICY}", headers=_h(rng, **b)), POLICY, UID)
    return [
        case(f, f"{a}/v4/register", headers=_h(rng), body={
            "policyNumber": L(POLICY, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birthDate": L(DOB, BIRTH), "zip": L(ZIP, COARSE), "phone": L(DASHED, TEL)}),
        case(f, f"{a}/v4/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v4/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604117", CRED), "channel": "sms", "challenge": rid(rng)}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        pol,
        case(f, f"{a}/v4/claims", headers=_h(rng, **b), body={
            "policy": L(POLICY, UID), "lossType": "water_burst_pipe", "dateOfLoss": "2025-12-07",
            "property": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                         "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "description": L("Pipe under the kitchen sink burst overnight, water reached the "
                             "dining room and the floor below", TEXT),
            "habitable": False, "reportedFrom": {"lat": hla, "lon": hlo}}),
        multipart(f, f"{CL_URL}/photos", [
            ("photo", "kitchen_1.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("exif", None, "application/json", {
                "lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
                "takenAt": "2025-12-07T07:41:10-05:00", "make": L("Google", DEV),
                "model": L("Pixel 8", DEV), "room": "kitchen"})], headers=_h(rng, **b)),
        multipart(f, f"{CL_URL}/videos", [
            ("video", "walkthrough.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"secs": 94, "rooms": ["kitchen", "dining"]})],
            headers=_h(rng, **b)),
        case(f, f"{CL_URL}/inventory", gz=True, headers=_h(rng, **b), body={
            "items": L(_inventory(), BUY), "currency": "USD", "draft": False}),
        multipart(f, f"{CL_URL}/receipts", [
            ("receipt", "dishwasher_receipt.jpg", "image/jpeg",
             L(JPEG + b"\x82", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"item": "Bosch dishwasher SHX78",
                                                "amount": L("899.00", BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{CL_URL}/estimates", headers=_h(rng, **b), body={
            "contractor": CONTRACTOR, "estimate": "7480.00", "scope": "drywall, flooring, cabinets",
            "estimateId": obj(rng, "est", 8)}),
        case(f, f"{CL_URL}/expenses", fmt="form", headers=_h(rng, **b), body={
            "kind": "ale_hotel", "vendor": "Murray Hill Suites", "nights": "3",
            "amount": L("687.40", BUY), "paidWith": L("visa-4444", PAY)}),
        case(f, f"{a}/v4/payout-accounts", headers=_h(rng, **b), body={
            "routingNumber": L(ROUTING, PAY), "accountNumber": L(ACCOUNT, PAY),
            "accountType": "checking", "holder": L(NAME, NAMEC), "claim": CLAIM}),
        case(f, f"{a}/v4/identity/verify", fmt="form", headers=_h(rng, **b), body={
            "ssnLast4": L("4325", NATID), "birthDate": L(DOB, BIRTH), "attempt": "1"}),
        case(f, f"{CL_URL}/proof-of-loss", headers=_h(rng, **b), body={
            "signedName": L(NAME, NAMEC), "signature": L(strokes(rng, 30), MOTION),
            "amountClaimed": "9850.00", "agree": True, "signedAt": "2025-12-11T20:14:00-05:00"}),
        case(f, f"{CL_URL}/mortgagee", headers=_h(rng, **b), body={
            "lender": "Hudson Plains Savings", "loanNumber": L(LOAN, PAY),
            "lenderAddress": "PO Box 4410, Albany NY"}),
        case(f, f"{CL_URL}/inspections", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-15T10:00", "adjuster": ADJUSTER["id"], "contactPhone": L(DASHED, TEL),
            "access": L("Buzz 4B, the super Luis has a key", f"{TEXT}|{ADDR}")}),
        case(f, f"{CL_URL}/messages", headers=_h(rng, **b), body={
            "to": ADJUSTER["id"], "cc": ADJUSTER["mail"], "text": L(
                "The plumber's invoice is attached; can the mixer be replaced rather than "
                "repaired?", TEXT), "clientId": rid(rng)}),
        case(f, f"{CL_URL}/photos/pending", fmt="msgpack", headers=_h(rng, **b), body={
            "photos": [{"id": obj(rng, "ph", 8), "lat": L(round(LAT, 4), PRECISE),
                        "lon": L(round(LON, 4), PRECISE), "bytes": 2811044}],
            "queuedAt": 1765139200}),
        case(f, f"{CL_URL}/status", headers=_h(rng, **b)),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("claim_submitted", 1), ev("photo_added", 2, count=6),
                ev("screen", 3, screen=L("ClaimTimeline", USAGE))]}),
        case(f, f"{a}/v4/documents", headers=_h(rng, how="upper"), query={"claim": CLAIM},
             cookies={"ch_session": L(opaque(rng, "", 48), CRED), "ch_dev": L(INSTALL_ID, DID)}),
    ]


def claimhaven_sdks() -> list[Case]:
    rng = random.Random(4052)
    return [
        ek_batch(APP, rng, [("Claim Submitted", {"lossType": "water"}),
                            ("Photo Added", {"n": 6})]),
        ek_beacon(APP, rng, "Quote Started", {"zip": L(ZIP, COARSE), "product": "renters"}),
        fh_report(APP, rng, ("java.io.IOException", "upload aborted"),
                  [fh_crumb("nav", "Claim -> Photos"),
                   fh_crumb("net", "POST", {"url": f"{CL_URL}/photos", "status": 0})],
                  screen="ClaimPhotosActivity"),
        fh_session(APP, rng, secs=918),
        fb_eval(APP, rng, {"state": L("NY", COARSE), "claimOpen": True}),
        pw_register(APP, rng, tags={"claim_open": "1"}),
        pc_bank(APP, rng),
        mf_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
        cl_attach(APP, rng, L(JPEG + b"\x83", MEDIA), "ceiling_stain.jpg", "image/jpeg"),
        ek_batch(APP, rng, [("Payout Selected", {"method": "ach"})], user=True, adid=True),
    ]
