"""Catholic mission school-fee and catechism app "Tumelopay" (``tumelo``, faith) of a Maseru
parish and its mission high school, where Palesa is in Form D and she attends the adult
catechism class (her religion). Unlike set 100's primary-school fees app and set 127's parish
candle app, one app pays a mission school's fees and runs the parish's catechesis: the parent's
registration, an SMS log-in, ``/me`` with a JWT, Palesa linked by student number, her fees by
number in the path, a statement (a GET), a fee paid by mobile money, a bursary application, a
uniform order, Palesa's boarding health form, the catechism enrolment and her baptism
certificate, attendance at the parish hall, a catechism quiz, a Mass intention with an offering,
a reconciliation slot, a message to the class teacher, school transport from home, push, events
and receipts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import (
    DAUGHTER,
    FEE_REF,
    HOME,
    HOME_AT,
    HUSBAND,
    PARISH,
    SCHOOL,
    STUDENT_NO,
    fix,
    obj,
)
from eval_families128_sdk import ab_event, ab_session, bs_bid, tq_batch, tq_queue
from eval_families128_svc import ak_check, cd_register, ht_message, sb_eval, tqy_wallet
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("tumelopay", "Tumelopay", "com.example.tumelopay", "1.9.4",
          "https://api.tumelopay.example.org")
IID = "X-Tumelo-Install"
PAR_NO = "OLH-2231"  # her parishioner number: who she is, and that she is Catholic
PS = f"{UID}|{SENS}"
RT = f"{TEXT}|{SENS}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def tumelopay() -> list[Case]:
    rng = random.Random(12821)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), parishioner=L(PAR_NO, PS)))}
    hall = fix((-29.336187, 27.534412), 6)
    return [
        case(f, f"{a}/api/guardians", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "relationship": "mother",
            "pin": L("8830", CRED), "address": L(HOME["line"], ADDR),
            "district": L(HOME["district"], "location.coarse")}),
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "otp": L("271904", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/guardians/me/students", headers=_h(rng, **b), body={
            "student_no": L(STUDENT_NO, UID), "name": L(DAUGHTER[1], NAMEC),
            "date_of_birth": L(DAUGHTER[2], BIRTH), "sex": L("F", GENDER), "form": "D",
            "school": SCHOOL["id"], "boarding": True}),
        at_path(case(f, f"{a}/api/students/{STUDENT_NO}/fees", headers=_h(rng, **b)),
                STUDENT_NO, UID),
        case(f, f"{a}/api/statements", query={"student": L(STUDENT_NO, UID), "year": "2026",
                                             "format": "json"}, headers=_h(rng, **b)),
        case(f, f"{a}/api/payments", headers=_h(rng, **b), body={
            "invoice": L(FEE_REF, BUY), "amount": L("3850.00", BUY), "currency": "LSL",
            "channel": "mobile_money", "msisdn": L(E164, f"{TEL}|{PAY}"),
            "student_no": L(STUDENT_NO, UID), "idempotency": rid(rng)}),
        case(f, f"{a}/api/bursaries", headers=_h(rng, **b), body={
            "student_no": L(STUDENT_NO, UID), "householdSize": 3, "monthlyIncome": 9200,
            "guardian2": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "parishMember": L(True, SENS), "parish": L(PARISH, SENS),
            "motivation": L("My husband lost his job at the factory in October", TEXT)}),
        case(f, f"{a}/api/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "UNI-BLZ-14", "qty": 1, "price": "620.00"},
                      {"sku": "BK-MATH-D", "qty": 1, "price": "285.00"}],
            "total": L("905.00", BUY), "for": L(STUDENT_NO, UID), "collect": "bursar"}),
        case(f, f"{a}/api/students/{STUDENT_NO}/health", headers=_h(rng, **b), body={
            "allergies": [L("penicillin", MED)], "conditions": [L("asthma", MED)],
            "inhaler": L(True, MED), "doctorPhone": "+26622312040",
            "consentToTreat": True}),
        case(f, f"{a}/api/catechesis/enrolments", headers=_h(rng, **b), body={
            "class": "adult-confirmation-2026", "parish": L(PARISH, SENS),
            "baptised": L(True, SENS), "baptismChurch": L("St. Patrick's, Brooklyn", SENS),
            "baptismYear": L(1991, SENS), "firstCommunion": L(True, SENS),
            "sponsor": {"name": L("Nthabiseng Letsie", NAMEC),
                        "phone": L("+26662004418", TEL)},
            "dateOfBirth": L("1991-05-17", BIRTH)}),
        multipart(f, f"{a}/api/catechesis/documents", [
            ("certificate", "baptism.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{SENS}")),
            ("data", None, "application/json", {"kind": "baptism_certificate",
                                                "parishioner": L(PAR_NO, PS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/catechesis/attendance", headers=_h(rng, **b), body={
            "session": obj(rng, "ses", 8), "lat": hall[0], "lon": hall[1], "acc": 9.0,
            "parishioner": L(PAR_NO, PS)}),
        case(f, f"{a}/api/catechesis/quiz", fmt="form", headers=_h(rng, **b), body={
            "lesson": "7", "q1": L("The seven sacraments", RT),
            "q2": L("Confirmation seals the gift of the Holy Spirit", RT)}),
        case(f, f"{a}/api/intentions", headers=_h(rng, **b), body={
            "mass": "2025-12-14T09:00", "intention": L(
                "For the repose of the soul of my father, Robert Doe", f"{RT}|{NAMEC}"),
            "offering": L("50.00", BUY), "anonymous": False}),
        case(f, f"{a}/api/reconciliation/slots", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-20T15:30", "parish": L(PARISH, SENS), "language": "en"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "class-teacher-form-d", "thread": obj(rng, "thr", 8), "text": L(
                "Palesa was sick on Monday with an asthma attack, she will bring a note",
                f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/transport", headers=_h(rng, **b), body={
            "student_no": L(STUDENT_NO, UID), "route": "HA-ABIA-2",
            "pickup": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                       "lng": L(round(HOME_AT[1], 4), PRECISE)}, "term": "T1-2026"}),
        at_path(case(f, f"{a}/api/receipts/{FEE_REF}.pdf", headers=_h(rng, **b)),
                f"{FEE_REF}.pdf", BUY),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "platform": "android",
            "model": L("Pixel 8", DEV), "locale": L("en_LS", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fee_paid", 1, term="T1"), ev("quiz_submitted", 2, lesson=7),
                ev("screen", 3, screen=L("Catechesis", USAGE))]}),
        case(f, f"{a}/api/receipts", headers=_h(rng, how="nodash"),
             cookies={"tp_session": L(opaque(rng, "", 48), CRED), "tp_lang": L("en", DEV)}),
    ]


def tumelopay_sdks() -> list[Case]:
    rng = random.Random(12822)
    return [
        tq_batch(APP, rng, [("Fee Paid", {"amount": L("3850.00", BUY)}),
                            ("Catechesis Quiz Submitted", {"lesson": 7})]),
        tq_queue(APP, rng, [("Statement Opened", {}), ("Receipt Downloaded", {})]),
        ab_session(APP, rng, user=True, n=11),
        ab_event(APP, rng, "fee_payment", {"term": "T1-2026"}, revenue=3850.0),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords=L("catholic,school fees,uniforms", SENS)),
        sb_eval(APP, rng, {"parish": L(PARISH, SENS), "guardian": True}),
        cd_register(APP, rng, tags={"form": "D", "catechesis": L("adult-2026", SENS)}),
        ak_check(APP, rng, {"analytics": True, "ads": True}),
        ht_message(APP, rng, L("I paid the fees twice for term 1, reference FEE-T1-2026-0417",
                               f"{TEXT}|{BUY}"), {"student": L(STUDENT_NO, UID)}),
        tqy_wallet(APP, rng, "905.00", "SHOP-44120"),
    ]
