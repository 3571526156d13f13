"""Gold-loan app "Pasidi" (a non-bank lender). Unlike set 87's cooperative bank, where gold loans
were one product among accounts, this is a dedicated doorstep gold-loan app: an agent comes to
her flat to weigh and test the jewellery, which is sealed and taken to a vault. A lead, an OTP,
an MPIN, ``/me`` with a JWT, Aadhaar OTP e-KYC, the PAN (her father's name), a selfie with a
face template, the doorstep appraisal booked at her flat, the ornaments listed (msgpack) and
photographed, the application (amount, nominee), the disbursal account by the loan number in
the path, an e-sign, the statement, interest paid by UPI, a part-release, branches near her,
the day's gold rate for her city, the agent rated, push, events and the loans by a JWT cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    f32b64,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import DOB, FIRST, LAST, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix
from eval_families105_kit import (
    AADHAAR_SP,
    AGENT,
    BANK_ACCT,
    BRANCH,
    FATHER,
    HOME_AT,
    HOME_HY,
    HUSBAND,
    HUSBAND_DOB,
    IFSC,
    NATID,
    ORNAMENTS,
    PAN,
    UPI_VPA,
    InApp,
    hh,
    obj,
)
from eval_families105_sdk import (
    gn_batch,
    gn_identify,
    jl_event,
    jl_session,
    vl_crash,
    vl_crumb,
    vl_session,
)
from eval_families105_svc import an_save, cp_upi, gm_register, jd_eval
from eval_payloads import ANDROID_ID, EMAIL, GAID, NAME, PHONE, USER_ID, Case, J, L, case

APP = InApp("pasidi", "Pasidi", "com.example.pasidi", "3.3.7", "https://api.pasidi.example.com")
IID = "X-Pasidi-Device"
CUST = "PGC-0091274"  # her customer ID (id.user)
LOAN = "PGL-HYD-0042-118734"  # her loan account (financial.payment: a credit account)
MPIN = "4826"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, **kw)


def pasidi() -> list[Case]:
    rng = random.Random(10561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, cust=L(CUST, UID), mobile=L(E164, TEL)))}
    b = {"auth": "bearer"}
    la, lo = fix(HOME_AT, 6)
    appr = obj(rng, "apr", 8)
    tmpl = [round(rng.gauss(0, 0.08), 5) for _ in range(128)]
    disb = at_path(case(f, f"{a}/v1/loans/{LOAN}/disbursal", fmt="form", headers=_h(rng, **b),
                        body={"account": L(BANK_ACCT, PAY), "ifsc": L(IFSC, PAY),
                              "holder": L(NAME, NAMEC), "mode": "imps"}), LOAN, PAY)
    stmt = at_path(case(f, f"{a}/v1/loans/{LOAN}/statement", headers=_h(rng, **b),
                        query={"from": "2025-12-01", "to": "2026-03-31"}), LOAN, PAY)
    interest = at_path(case(f, f"{a}/v1/loans/{LOAN}/interest", headers=_h(rng, **b), body={
        "amount": L("1835.00", BUY), "vpa": L(UPI_VPA, PAY), "utr": L("534817720019", BUY),
        "period": "2026-01"}), LOAN, PAY)
    acc: Acc = {}
    loans = add(case(f, f"{a}/v1/loans", headers=_h(rng, how="none"), cookies={
        "pg_auth": tok({"sub": L(USER_ID, UID), "cust": L(CUST, UID), "exp": 1765400000},
                       "cookie", "pg_auth", acc), "pg_lang": L("en-IN", DEV)}), acc)
    return [
        case(f, f"{a}/v1/leads", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "mobile": L(E164, TEL), "pincode": L(HOME_HY["pin"], COARSE),
            "approxGrams": 42, "purpose": L("Son's JEE coaching fees", TEXT)}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mobile": L(NATIONAL, TEL), "otp": L("290471", CRED), "lead": obj(rng, "ld", 8)}),
        case(f, f"{a}/v1/auth/mpin", fmt="form", headers=_h(rng), body={
            "mpin": L(MPIN, CRED), "confirm": L(MPIN, CRED), "device": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kyc/aadhaar/otp", headers=_h(rng, **b), body={
            "aadhaar": L(AADHAAR_SP, NATID), "consent": True, "purpose": "ekyc"}),
        case(f, f"{a}/v1/kyc/aadhaar/verify", fmt="form", headers=_h(rng, **b), body={
            "otp": L("602918", CRED), "txn": rid(rng), "shareCode": L("4411", CRED)}),
        case(f, f"{a}/v1/kyc/pan", headers=_h(rng, **b), body={
            "pan": L(PAN, NATID), "dob": L(DOB, BIRTH), "fatherName": L(FATHER, NAMEC),
            "nameOnPan": L(f"{FIRST} {LAST}".upper(), NAMEC)}),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA)),
            ("face", None, "application/json", {
                "template": L(f32b64(tmpl), FACE), "liveness": 0.97, "match": 0.91,
                "model": "fm-128"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/appraisals", headers=_h(rng, **b), body={
            "id": appr, "address": {"line1": L(HOME_HY["line1"], ADDR),
                                    "line2": L(HOME_HY["line2"], ADDR),
                                    "city": L(HOME_HY["city"], COARSE),
                                    "pincode": L(HOME_HY["pin"], COARSE)},
            "lat": la, "lon": lo, "slot": "2025-12-12T11:00+05:30",
            "contact": L(PHONE, TEL)}),
        case(f, f"{a}/v1/appraisals/{appr}/ornaments", fmt="msgpack", headers=_h(rng, **b),
             body={"ornaments": ORNAMENTS, "declaredOwner": "self", "hallmarked": True}),
        multipart(f, f"{a}/v1/appraisals/{appr}/photos", [
            ("photo", "necklace.jpg", "image/jpeg", L(JPEG + b"\xf2", MEDIA)),
            ("meta", None, "application/json", {"ornament": "orn_1", "agent": AGENT["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/loans/apply", headers=_h(rng, **b), body={
            "appraisal": appr, "amount": L("185000", BUY), "tenureMonths": 12,
            "scheme": "PG-12-0.99", "occupation": "salaried", "customer": L(CUST, UID),
            "nominee": {"name": L(HUSBAND[0], NAMEC), "relation": "husband",
                        "dob": L(HUSBAND_DOB, BIRTH)}}),
        disb,
        case(f, f"{a}/v1/esign", headers=_h(rng, **b), body={
            "loan": L(LOAN, PAY), "aadhaarLast4": L("7213", NATID), "otp": L("381044", CRED),
            "doc": "sanction_letter_v2"}),
        stmt,
        interest,
        case(f, f"{a}/v1/loans/part-release", headers=_h(rng, **b), body={
            "loan": L(LOAN, PAY), "ornaments": ["orn_2"], "payAmount": L("62000", BUY),
            "pickup": BRANCH["id"]}),
        case(f, f"{a}/v1/branches/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "8"}),
        case(f, f"{a}/v1/gold-rate", headers=_h(rng, "nodash"), query={
            "city": L("Hyderabad", COARSE), "karat": "22"}),
        case(f, f"{a}/v1/agents/{AGENT['id']}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Agent was on time and sealed the pouch in front of us",
                                       TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "adId": L(GAID, "id.advertising"),
            "androidId": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "emulator": L(False, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, "upper", **b), body={
            "customer": L(CUST, UID), "events": [
                ev("appraisal_booked", 1), ev("loan_disbursed", 2, grams=42),
                ev("screen", 3, screen=L("LoanDetail", USAGE))]}),
        loans,
    ]


def pasidi_sdks() -> list[Case]:
    rng = random.Random(10562)
    return [
        gn_batch(APP, rng, [("Appraisal Booked", {"grams": 42}),
                            ("Loan Disbursed", {"amount": L(185000, BUY)})], adid=True),
        gn_identify(APP, rng, {"email": L(EMAIL, MAIL), "city": L("Hyderabad", COARSE),
                               "customer": L(CUST, UID), "kyc": "done"}),
        jl_session(APP, rng, first=True),
        jl_event(APP, rng, "pg7dsb", "loan_disbursed", {"scheme": "PG-12-0.99"}, hashed=True),
        vl_crash(APP, rng, ("java.lang.SecurityException", "camera permission revoked"),
                 [vl_crumb("nav", "Kyc -> Selfie")], screen="SelfieActivity"),
        vl_session(APP, rng, secs=1184),
        jd_eval(APP, rng, {"doorstep": True, "city": L("Hyderabad", COARSE)}),
        gm_register(APP, rng, tags={"loan_active": "1"}),
        an_save(APP, rng, {"analytics": True, "credit_bureau": True}, user=True),
        cp_upi(APP, rng, "1835.00"),
    ]
