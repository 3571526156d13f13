"""School-fee loan app "Skulmani" (a loan for her daughter Grace's fees, paid to the school;
the child is a data subject; earlier school-fee sets paid fees or saved for them, none lent
against a child's enrolment): sign-up, an SMS code, ``/me``, the applicant (identity card,
birth date, address, her husband as co-signer), the card's photo and a selfie, the student
(name, birth date, gender, school, student number), a report card, a quote, the application,
accepting it (the loan number in the path), the schedule, a repayment, a credit-check consent,
a bursary note on the child's asthma, references (msgpack), a device-context header (base64
JSON), support, push, events and loans by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families121_kit import ADRES, DAUGHTER, HASBAN, LOAN, NID, SCHOOL, WALLET, home_ny
from eval_families121_sdk import fg_session, tk_batch, tk_pixel, tw_launch
from eval_families121_svc import hk_attach, hk_message, pc_confirm, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("skulmani", "Skulmani", "com.example.skulmani", "1.6.4",
          "https://api.skulmani.example.com")
IID = "X-Skulmani-Device"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CTX = {"X-Device-Context": W({"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                              "install": L(INSTALL_ID, DID), "tz": L("Pacific/Port_Moresby",
                                                                    DEV)}, "b64json")}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def skulmani() -> list[Case]:
    rng = random.Random(12141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    sid = DAUGHTER["student"]
    acc_c = case(f, f"{a}/v1/loans/{LOAN}/accept", fmt="form", headers=_h(rng, **b), body={
        "otp": L("551903", CRED), "agree": "true", "signedName": L(f"{FIRST} {LAST}", NAMEC)})
    sch_c = case(f, f"{a}/v1/loans/{LOAN}/schedule", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "password": L("GraceSkul2026!", CRED)}),
        case(f, f"{a}/v1/signup/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("308114", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/applicant", headers=_h(rng, **b, extra=CTX), body={
            "nid": L(NID, NATID), "dob": L(DOB, BIRTH),
            "address": {"line": L(ADRES["line"], ADDR), "town": L(ADRES["taun"], COARSE),
                        "province": L(ADRES["provins"], COARSE),
                        "postcode": L(ADRES["pos"], COARSE)},
            "previousHome": dict(zip(("lat", "lon"), home_ny(5), strict=True)),
            "employer": "Morobe Provincial Health", "monthlyIncome": "2400",
            "coSigner": {"name": L(HASBAN[0], NAMEC), "phone": L(HASBAN[1], TEL),
                         "relation": "husband"}}),
        multipart(f, f"{a}/v1/applicant/documents", [
            ("nid_card", "nid.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "name": L(KID, NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
            "gender": L(DAUGHTER["gender"], GENDER), "grade": DAUGHTER["grade"],
            "studentNo": L(sid, UID), "school": {"id": SCHOOL["id"], "name": SCHOOL["name"],
                                                 "phone": SCHOOL["phone"]}}),
        at_path(multipart(f, f"{a}/v1/students/{sid}/report-card", [
            ("page1", "report.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"term": 3, "year": 2025})],
            headers=_h(rng, **b)), sid, UID),
        case(f, f"{a}/v1/loans/quote", headers=_h(rng, **b), query={
            "amount": L("1850", BUY), "months": "10", "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/loans", headers=_h(rng, **b, extra=CTX), body={
            "amount": L("1850.00", BUY), "months": 10, "purpose": "school_fees_2026",
            "student": L(sid, UID), "payTo": {"school": SCHOOL["id"],
                                              "account": SCHOOL["bsp"]},
            "repayFrom": {"wallet": L(WALLET, PAY), "msisdn": L(E164, TEL)}}),
        at_path(acc_c, LOAN, BUY),
        at_path(sch_c, LOAN, BUY),
        case(f, f"{a}/v1/repayments", headers=_h(rng, **b), body={
            "loan": L(LOAN, BUY), "amount": L("205.00", BUY), "wallet": L(WALLET, PAY)}),
        case(f, f"{a}/v1/consents/credit-check", fmt="form", headers=_h(rng, **b), body={
            "nid": L(NID, NATID), "consent": "yes", "bureau": "cb_pg_01"}),
        at_path(case(f, f"{a}/v1/students/{sid}/bursary", headers=_h(rng, **b), body={
            "reason": L("Grace has asthma and missed six weeks in term 2", f"{TEXT}|{MED}"),
            "condition": L("asthma", MED)}), sid, UID),
        case(f, f"{a}/v1/applicant/references", fmt="msgpack", headers=_h(rng, **b), body={
            "references": [
                {"name": L("Joyce Yalu", NAMEC), "phone": L("+67571882043", TEL),
                 "relation": "sister-in-law"},
                {"name": L("Pastor Ben Wak", NAMEC), "phone": L("+67573004418", TEL),
                 "relation": "church"}]}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1), ev("loan_applied", 2, amount=L(1850, BUY)),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v1/loans", headers=_h(rng, how="none"),
             cookies={"sm_session": L(opaque(rng, "", 40), CRED), "sm_student": L(sid, UID)}),
    ]


def skulmani_sdks() -> list[Case]:
    rng = random.Random(12142)
    return [
        tk_batch(APP, rng, [("loan_applied", {"amount": L(1850.0, BUY)}),
                            ("student_added", {"grade": 6})]),
        tk_pixel(APP, rng, "landing_viewed", {"src": "facebook"}),
        tw_launch(APP, rng, first=True),
        fg_session(APP, rng),
        sb_eval(APP, rng, {"loanTier": "A", "province": L("Morobe", COARSE)}, hdr=True),
        pc_confirm(APP, rng, "205.00"),
        hk_message(APP, rng, L(f"My repayment for loan {LOAN} went through twice", f"{TEXT}|{BUY}"),
                   {"loan": L(LOAN, BUY)}),
        hk_attach(APP, rng, L(JPEG + b"\x64", MEDIA), "wallet_sms.jpg", "image/jpeg"),
    ]
