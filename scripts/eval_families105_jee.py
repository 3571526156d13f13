"""Coaching-institute app "Shikharam" for her son Vikram's JEE preparation (the user is the
parent; the child's data). Unlike set 87's mock-test app, this is the classroom programme's
parent app: admission with his reservation-category certificate and a scholarship, fee
instalments, transport, attendance and results by his roll number in the path, doubts with
photos of his working, his medical note, leave, a parent-teacher meeting, the mentor's chat and
his study-app minutes. Her registration, a log-in, ``/me`` with a JWT listing him, his profile,
documents, the scholarship test, the admission, the first instalment, attendance, results, a
doubt, the bus pick-up at their gate and its live position, a meeting booked, the medical form,
a leave request, a mentor message, a material search, screen time (msgpack), a Play purchase,
push, events and notices by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families37_kit import fix
from eval_families105_kit import BUS, CENTRE, HOME_AT, HUSBAND, SON, SON_ID, InApp, hh, obj
from eval_families105_sdk import gn_batch, jl_link, jl_session, px_bid, vl_crash, vl_crumb
from eval_families105_svc import cp_mandate, dc_route, gm_register, jd_eval, sm_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = InApp("shikharam", "Shikharam", "com.example.shikharam", "6.0.4",
            "https://api.shikharam.example.com")
IID = "X-Shk-Install"
PW = "Peak2027!Vik"
KID = f"{SON['first']} {SON['last']}"
CERT = "TS-OBC-2025-0448812"  # his category certificate's number (personal.sensitive)
KIDTXT = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, lang=False, **kw)


def _kid(c: Case) -> Case:
    return at_path(c, SON_ID, UID)


def shikharam() -> list[Case]:
    rng = random.Random(10571)
    a, f = APP.api, APP.fam
    s = f"{a}/v1/students/{SON_ID}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    students=[L(SON_ID, UID)]))}
    b = {"auth": "bearer"}
    pla, plo = fix(HOME_AT, 6)
    return [
        case(f, f"{a}/v1/parents/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L(PW, CRED), "relation": "mother", "city": L("Hyderabad", COARSE)}),
        case(f, f"{a}/v1/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "rollNo": L(SON_ID, UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "gender": L("male", GENDER), "class": 11, "board": "CBSE",
            "school": "Kendriya Vidyalaya Gachibowli", "mobile": L(SON["phone"], TEL),
            "category": L("OBC-NCL", SENS), "pwd": L(False, SENS)}),
        _kid(multipart(f, f"{s}/documents", [
            ("category_certificate", "obc_cert.jpg", "image/jpeg",
             L(JPEG + b"\x91", f"{MEDIA}|{SENS}")),
            ("marksheet", "class10.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"certNo": L(CERT, SENS), "issuer": "MRO"})],
            headers=_h(rng, **b))),
        case(f, f"{a}/v1/scholarship-test/register", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "hallTicketName": L(KID.upper(), NAMEC),
            "centre": CENTRE["id"], "slot": "2025-12-14T09:00+05:30", "mode": "offline"}),
        case(f, f"{a}/v1/admissions", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "batch": "JEE-2027-KPR-B3",
            "feePlan": L("2-year classroom, 4 instalments", BUY), "total": L("285000", BUY),
            "scholarshipPct": 30, "scholarshipAmount": L("85500", BUY),
            "guardian": {"name": L(NAME, NAMEC), "occupation": "engineer"},
            "father": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/fees/instalments/1/pay", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "amount": L("49875.00", BUY),
            "paymentToken": L(opaque(rng, "cptok_", 24), PAY), "receiptEmail": L(EMAIL, MAIL)}),
        _kid(case(f, f"{s}/attendance", headers=_h(rng, **b), query={"month": "2025-12"})),
        _kid(case(f, f"{s}/results", headers=_h(rng, **b), query={"test": "PT-04"})),
        multipart(f, f"{a}/v1/doubts", [
            ("photo", "working.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("doubt", None, "application/json", {
                "student": L(SON_ID, UID), "subject": "physics",
                "text": L("Why is the tension different in the two strings here?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/transport/enrol", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "route": BUS["route"],
            "pickup": {"line": L("Sri Sai Residency gate, Road No. 4, Kondapur", ADDR),
                       "lat": pla, "lng": plo, "time": "06:40"}}),
        case(f, f"{a}/v1/transport/bus/{BUS['id']}/live", headers=_h(rng, **b), query={
            "student": L(SON_ID, UID)}),
        case(f, f"{a}/v1/ptm/book", fmt="form", headers=_h(rng, **b), body={
            "teacher": "tch_maths_07", "slot": "2025-12-20T16:00", "student": L(SON_ID, UID),
            "agenda": L("He had dengue in November and missed two weeks of maths",
                        f"{TEXT}|{MED}")}),
        _kid(case(f, f"{s}/medical", headers=_h(rng, **b), body={
            "bloodGroup": L("B+", MED), "allergies": [L("penicillin", MED)],
            "asthma": L(True, MED), "emergency": {"name": L(HUSBAND[0], NAMEC),
                                                  "phone": L(HUSBAND[1], TEL)}})),
        case(f, f"{a}/v1/leave", fmt="form", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "from": "2025-12-26", "to": "2025-12-28",
            "reason": L("Family function in Vijayawada", TEXT)}),
        case(f, f"{a}/v1/mentor/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "mt", 8),
            "text": L("Vikram wants to move to the evening batch after his school exams",
                      KIDTXT)}),
        case(f, f"{a}/v1/material/search", headers=_h(rng, **b), query={
            "q": L("rotational motion JEE advanced problems", SEARCH), "subject": "physics"}),
        case(f, f"{a}/v1/screen-time", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "day": "2025-12-09", "minutes": L(142, USAGE),
            "videos": L(6, USAGE)}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("test_series_jee_main", BUY),
            "orderId": L("GPA.3302-1184-7720-11093", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_IN", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, "nodash", **b), body={
            "parent": L(USER_ID, UID), "student": L(SON_ID, UID), "events": [
                ev("fee_paid", 1, instalment=1), ev("results_viewed", 2),
                ev("screen", 3, screen=L("Attendance", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), cookies={
            "shk_session": L(opaque(rng, "", 40), CRED), "shk_student": L(SON_ID, UID)}),
    ]


def shikharam_sdks() -> list[Case]:
    rng = random.Random(10572)
    link = U("https://shikharam.example.com/offer", {"roll": L(SON_ID, UID), "sch": "30",
                                                    "utm_source": "sms"})
    return [
        gn_batch(APP, rng, [("Fee Paid", {"amount": L(49875.0, BUY)}),
                            ("Results Viewed", {"test": "PT-04"})], city="Hyderabad"),
        jl_session(APP, rng, first=True),
        jl_link(APP, rng, link),
        px_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, keywords="jee,physics,coaching"),
        vl_crash(APP, rng, ("java.lang.NullPointerException", "results chart"),
                 [vl_crumb("nav", "Home -> Results")], screen="ResultsActivity"),
        jd_eval(APP, rng, {"role": "parent", "students": 1}),
        gm_register(APP, rng, tags={"student": L(SON_ID, UID), "batch": "B3"}),
        cp_mandate(APP, rng, "71250.00"),
        sm_message(APP, rng, L("The bus did not come to the Sri Sai Residency stop today",
                               f"{TEXT}|{ADDR}"), {"student": L(SON_ID, UID)}),
        dc_route(APP, rng, [(HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
    ]
