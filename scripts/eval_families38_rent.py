"""Rent payment and tenant screening app "Rentroost": sign-up, an OAuth log-in with an SMS code,
``/me``, a rental application for a flat in Brooklyn (SSN, date of birth, her current address,
employment and income), the FCRA consent with a drawn signature, documents (a pay stub and her
licence), income verification through a bank link, references (her current landlord), a selfie
check, the lease signed, rent paid and autopay, a maintenance request with a photo, a message to
the landlord, rent reporting to the credit bureaus, a roommate invited, a renters-insurance quote,
her work e-mail, a receipt e-mailed, push, events and the payment history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF, strokes
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, PET, SSN, claims, head
from eval_families38_kit import LANDLORD, LEASE, PREV_LANDLORD, UNIT, obj
from eval_families38_sdk import ab_event, ab_session, ff_crash, ff_crumb, sw_batch, sw_identify
from eval_families38_svc import hc_upload, mq_geocode, pp_register, pt_ach, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("rentroost", "Rentroost", "com.example.rentroost", "3.4.2",
          "https://api.rentroost.example.com")
IID = "X-Rr-Device"
PW = "Brownstone#5512"
RENT = "2875.00"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _unit() -> dict[str, Any]:
    return {"listing": "lst_88213", "line1": L(UNIT["line1"], ADDR),
            "line2": L(UNIT["line2"], ADDR), "city": L(UNIT["city"], COARSE),
            "state": L(UNIT["state"], COARSE), "zip": L(UNIT["zip"], COARSE)}


def rentroost() -> list[Case]:
    rng = random.Random(3841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    role="tenant"))}
    b = {"auth": "bearer"}
    app_id, tkt = obj(rng, "app", 10), obj(rng, "mnt", 8)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "role": "tenant"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rr-android"}),
        case(f, f"{a}/v1/mfa/verify", fmt="form", headers=_h(rng), body={
            "challenge": obj(rng, "ch", 12), "code": L("604219", CRED), "channel": "sms"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/screening/applications", headers=_h(rng, **b), body={
            "id": app_id, "applicant": {
                "legalName": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
                "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL)},
            "current": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE), "since": "2019-08", "rent": "2450.00"},
            "unit": _unit(), "moveIn": "2026-02-01", "occupants": 1,
            "employment": {"employer": "Lumenpay", "title": "Senior Analyst",
                           "monthlyIncome": 7800, "since": "2021-03"},
            "pets": [{"species": PET["species"], "name": PET["name"], "weightKg": 11.4}],
            "evictions": False}),
        case(f, f"{a}/v1/screening/applications/{app_id}/consent", headers=_h(rng, **b), body={
            "typedName": L(NAME, NAMEC), "signature": L(strokes(rng, 28), MOTION),
            "ip": L(PUBLIC_IP, IPLOC), "disclosure": "fcra-2025-03", "agreedAt": 1765290611}),
        multipart(f, f"{a}/v1/screening/applications/{app_id}/documents", [
            ("paystub", "paystub_2025-11.pdf", "application/pdf", L(PDF + b"\x41", MEDIA)),
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {"licenceNumber": L(LICENCE, NATID),
                                                  "licenceState": L("NY", COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/screening/income/link", headers=_h(rng, **b), body={
            "publicToken": L(opaque(rng, "public-prod-", 32), CRED), "institution": "ins_3301",
            "accountMask": L(ACCOUNT[-4:], PAY), "purpose": "income_verification"}),
        case(f, f"{a}/v1/screening/applications/{app_id}/references", headers=_h(rng, **b), body={
            "landlord": {"name": L(PREV_LANDLORD[0], NAMEC), "phone": L(PREV_LANDLORD[1], TEL)},
            "employerContact": "hr@lumenpay.example.com",
            "reasonForMoving": L("Want a second bedroom to work from home", TEXT)}),
        multipart(f, f"{a}/v1/identity/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x43", MEDIA)),
            ("meta", None, "application/json", {"session": obj(rng, "idv", 10),
                                                "liveness": 0.97, "match": 0.93})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/leases/{LEASE}/sign", headers=_h(rng, **b), body={
            "typedName": L(NAME, NAMEC), "signature": L(strokes(rng, 24), MOTION),
            "ip": L(PUBLIC_IP, IPLOC), "rent": L(RENT, BUY), "deposit": L(RENT, BUY),
            "start": "2026-02-01", "end": "2027-01-31", "landlord": LANDLORD["id"]}),
        case(f, f"{a}/v1/payments/rent", headers=_h(rng, **b), body={
            "lease": LEASE, "amount": L(RENT, BUY), "fee": L("0.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "payee": LANDLORD["id"],
            "memo": L("February rent, 3F", TEXT), "idempotencyKey": obj(rng, "ik", 16)}),
        case(f, f"{a}/v1/autopay", fmt="form", headers=_h(rng, **b), body={
            "lease": LEASE, "day": "1", "amount": L(RENT, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/maintenance", [
            ("photo", "sink.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("request", None, "application/json", {
                "ticket": tkt, "category": "plumbing",
                "text": L("Kitchen sink leaking under the cabinet since Sunday", TEXT),
                "entry": L("Door code 4471#, the dog is friendly", f"{TEXT}|{CRED}"),
                "permissionToEnter": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": LANDLORD["id"], "thread": obj(rng, "th", 8),
            "text": L("Heat has been off since last night, can someone come today?", TEXT)}),
        case(f, f"{a}/v1/credit-reporting/enroll", headers=_h(rng, **b), body={
            "ssnLast4": L(SSN[-4:], NATID), "dob": L(DOB, BIRTH),
            "bureaus": ["bureau_a", "bureau_b"], "consent": True}),
        case(f, f"{a}/v1/roommates/invite", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
            "phone": L(PEOPLE[4][1], TEL), "splitPct": 50, "lease": LEASE}),
        case(f, f"{a}/v1/insurance/quote", headers=_h(rng, **b), body={
            "address": _unit(), "dob": L(DOB, BIRTH), "coverage": 20000, "deductible": 500,
            "premiumMonthly": "12.50", "carrier": "Gullwing Insurance"}),
        case(f, f"{a}/v1/profile/employment", headers=_h(rng, **b), body={
            "employer": "Lumenpay", "title": "Senior Analyst", "monthlyIncome": 7800,
            "workEmail": L("jane.doe@lumenpay.example.com", MAIL)}),
        case(f, f"{a}/v1/receipts/email", fmt="form", headers=_h(rng, **b), body={
            "receipt": L("RR-R-20260201-44718", BUY), "to": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("application_submitted", 1), ev("rent_paid", 2, amount=L(RENT, BUY)),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/v1/payments/history", headers=_h(rng, how="upper"), query={"year": "2026"},
             cookies={"rr_session": L(opaque(rng, "", 48), CRED)}),
    ]


def rentroost_sdks() -> list[Case]:
    rng = random.Random(3842)
    return [
        sw_batch(APP, rng, [("Application Submitted", {"unitZip": L(UNIT["zip"], COARSE)}),
                            ("Rent Paid", {"amount": L(2875.0, BUY), "method": "ach"})]),
        sw_identify(APP, rng, {"$email": L(EMAIL, MAIL), "state": L("NY", COARSE),
                               "tenant": True}),
        ab_session(APP, rng, user=True, count=12),
        ab_event(APP, rng, "rent_paid", {"method": "ach"}, revenue=RENT, hashed=True),
        ff_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 duplicate payment"),
                 [ff_crumb("Ledger -> PayRent"),
                  ff_crumb("POST /v1/payments/rent", "request", {"status": 409})],
                 screen="PayRentActivity"),
        pp_register(APP, rng, tags={"autopay": "on"}),
        pt_ach(APP, rng),
        pt_confirm(APP, rng, RENT),
        mq_geocode(APP, rng, "218 Union Street, Brooklyn", ADDR),
        hc_upload(APP, rng, L(PDF + b"\x45", MEDIA), "lease_addendum.pdf", "application/pdf"),
    ]
