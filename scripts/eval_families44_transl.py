"""Freelance translator marketplace "Wordbridge": sign-up, an OAuth password grant and a TOTP
code, ``/me``, her profile (headline, rates, city, phone), a CV, an ID check (passport scan and
number, a selfie), a W-9 (SSN, address), payout preferences, a job search, a proposal, a
client's source document uploaded, her translation delivered, a message to the client, an
invoice and its e-mail, a withdrawal, a Pro membership, a review of the client, her availability,
push, events and earnings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PASSPORT
from eval_families24_kit import ACCOUNT, SSN, claims, head
from eval_families44_kit import AGENCY, INVOICE, JOB, obj
from eval_families44_sdk import cf_crumb, cf_report, lr_event, lr_session, tb_queue, tb_track
from eval_families44_svc import cm_message, cm_upload, fh_eval, pb_register, pw_payout
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("wordbridge", "Wordbridge", "com.example.wordbridge", "8.0.4",
          "https://api.wordbridge.example.com")
IID = "X-WB-Client"
PW = "Sworn#Vistula88"
EIN = "84-2917736"  # her sole-proprietor tax number on invoices (personal.national_id)
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(60))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def wordbridge() -> list[Case]:
    rng = random.Random(4461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    role="linguist"))}
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "country": L("US", COARSE), "role": "linguist",
            "pairs": ["pl-en", "en-pl", "fr-en"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "wb-android"}),
        case(f, f"{a}/v3/auth/totp", fmt="form", headers=_h(rng), body={
            "code": L("284113", CRED), "remember": "30d"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/me/profile", headers=_h(rng, **b), body={
            "headline": L("Legal and contracts PL>EN translator, sworn in NY, 9 years", TEXT),
            "ratePerWord": 0.12, "hourly": 45, "city": L(CITY, COARSE), "phone": L(E164, TEL),
            "timezone": L("America/New_York", DEV), "specialties": ["legal", "finance"]}),
        multipart(f, f"{a}/v3/me/cv", [
            ("cv", "Jane_Doe_CV.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"title": "CV 2025", "public": True})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/identity", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("fields", None, "application/json", {
                "documentNumber": L(PASSPORT, NATID), "nationality": "USA",
                "dob": L(DOB, BIRTH), "expires": "2032-02-11", "faceMatch": 0.94,
                "clientIp": L(PUBLIC_IP, IPLOC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/tax/w9", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "classification": "individual",
            "ssn": L(SSN, NATID), "address": L(f"{LINE1} {LINE2}", ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "certified": True}),
        case(f, f"{a}/v3/payouts/preferences", headers=_h(rng, **b), body={
            "method": "bank", "currency": "USD", "accountLast4": L(ACCOUNT[-4:], PAY),
            "threshold": 100}),
        case(f, f"{a}/v3/jobs/search", headers=_h(rng, **b), query={
            "q": L("sworn translation court judgment", SEARCH), "pair": "pl-en", "sort": "new"}),
        case(f, f"{a}/v3/jobs/{JOB}/proposals", headers=_h(rng, **b), body={
            "quote": "340.00", "currency": "USD", "deliveryDays": 3,
            "cover": L("I have translated 40+ Polish judgments for US courts and can certify",
                       TEXT)}),
        multipart(f, f"{a}/v3/jobs/{JOB}/source", [
            ("document", "wyrok_sadu.docx", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.document", L(DOCX, MEDIA)),
            ("meta", None, "application/json", {"client": AGENCY["id"], "words": 2833})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/jobs/{JOB}/delivery", gz=True, headers=_h(rng, **b), body={
            "segments": [
                {"id": 1, "src": "Sąd Okręgowy w Krakowie, I Wydział Cywilny",
                 "tgt": L("District Court in Kraków, First Civil Division", TEXT)},
                {"id": 2, "src": "po rozpoznaniu na rozprawie w dniu 14 listopada 2025 r.",
                 "tgt": L("having heard the case at the hearing on 14 November 2025", TEXT)}],
            "wordCount": 2833, "certified": True}),
        case(f, f"{a}/v3/threads/{obj(rng, 'th', 10)}/messages", headers=_h(rng, **b), body={
            "to": AGENCY["id"], "text": L(f"{AGENCY['contact'].split()[0]}, the certified "
                                          "translation is uploaded, invoice to follow",
                                          f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/invoices", headers=_h(rng, **b), body={
            "number": INVOICE, "job": JOB,
            "from": {"name": L(NAME, NAMEC), "address": L(f"{LINE1}, {LINE2}", ADDR),
                     "zip": L(ZIP, COARSE), "taxId": L(EIN, NATID), "email": L(EMAIL, MAIL)},
            "to": {"name": AGENCY["name"], "vat": AGENCY["vat"], "email": AGENCY["mail"]},
            "lines": [{"desc": "Certified translation PL>EN, 2,833 words", "amount": "340.00"}],
            "total": "340.00", "currency": "USD", "due": "2026-01-09"}),
        case(f, f"{a}/v3/invoices/{INVOICE}/send", fmt="form", headers=_h(rng, **b), body={
            "to": AGENCY["mail"], "cc": L(EMAIL, MAIL), "attachPdf": "1"}),
        case(f, f"{a}/v3/wallet/withdrawals", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1200.00", BUY), "fee": L("2.50", BUY),
            "destination": L(opaque(rng, "ba_", 20), PAY)}),
        case(f, f"{a}/v3/membership/verify", headers=_h(rng, **b), body={
            "plan": L("wordbridge_pro_monthly", BUY), "price": L("19.00", BUY),
            "order": L("GPA.3318-7741-0092-41175", BUY)}),
        case(f, f"{a}/v3/clients/{AGENCY['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Clear brief, paid in four days, would work with again", TEXT)}),
        case(f, f"{a}/v3/me/availability", headers=_h(rng, **b), body={
            "unavailable": [{"from": "2026-01-12", "to": "2026-01-25",
                             "note": L("Recovering from knee surgery, no rush jobs",
                                       f"{TEXT}|{MED}")}],
            "maxWordsPerDay": 3000}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV),
            "carrier": L("Example Mobile", CARRIER), "mccmnc": L(MCCMNC, CARRIER)}),
        case(f, f"{a}/v3/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("proposal_sent", 1, job=JOB), ev("invoice_created", 2),
                ev("screen", 3, screen=L("JobBoard", USAGE))]}),
        case(f, f"{a}/v3/earnings", headers=_h(rng, how="none"), query={"year": "2025"},
             cookies={"wb_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def wordbridge_sdks() -> list[Case]:
    rng = random.Random(4462)
    return [
        tb_track(APP, rng, [("Proposal Sent", {"pair": "pl-en"}),
                            ("Invoice Created", {"lines": 1})], adid=True),
        tb_queue(APP, rng, [("Job Viewed", {"job": JOB}), ("Search", {"q": L(
            "sworn translation court judgment", SEARCH)})]),
        lr_session(APP, rng, user=True, n=31),
        lr_event(APP, rng, "pr0m9k", {"plan": "pro_monthly"}, revenue=19.0, hashed=True),
        cf_report(APP, rng, ("java.io.FileNotFoundException", "wyrok_sadu.docx (EACCES)"),
                  [cf_crumb("navigation", "Job -> Upload"),
                   cf_crumb("request", "POST /v3/jobs/source", {"status": 0})],
                  context="UploadActivity"),
        fh_eval(APP, rng, {"pro": True, "certified": True}, get=True),
        pb_register(APP, rng, tags={"pairs": "pl-en,fr-en"}),
        pw_payout(APP, rng),
        cm_message(APP, rng, L("My passport check failed twice, the photo is clear", TEXT),
                   {"pro": True}),
        cm_upload(APP, rng, L(JPEG + b"\xb3", MEDIA), "error.jpg", "image/jpeg"),
    ]
