"""Tuition-academy app "Parhailo" (online classes from Lahore for overseas children, and its
Johar Town campus during the visit): the parent's account (her), a token, ``/me``, her daughter
Ayesha's student profile (birth date, a learning need), enrolment, the timetable by the child's
ID in the path, a class joined, homework photographed, a quiz, an Urdu reading (M4A), letter
tracing (a finger's path), a message to the tutor, the fees, a tutor search, a pick-up person, the
campus near her, screen-time limits, parental consent, a progress report by e-mail, push, events
and the report card by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
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
    MOTION,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families75_kit import FIL, INVOICE, KID, LHR_HOME_AT, obj, trace_letters
from eval_families75_sdk import bl_bid, hl_crash, hl_crumb, nb_event, nb_session, sh_batch
from eval_families75_svc import ad_card, ij_check, jh_eval, md_attach, pk_register
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("parhailo", "Parhailo", "com.example.parhailo", "6.0.7",
          "https://api.parhailo.example.com")
IID = "X-Parhailo-Device"
PASSWORD = "Ayesha&Maths14"
KURL = f"https://api.parhailo.example.com/v2/students/{KID['id']}"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _k(c: Case) -> Case:
    return at_path(c, KID["id"], UID)


def parhailo() -> list[Case]:
    rng = random.Random(7571)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID["id"], UID)]))}
    b = {"auth": "bearer"}
    cls = obj(rng, "cls", 8)
    return [
        case(f, f"{a}/v2/parents", headers=_h(rng, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PASSWORD, CRED), "relation": "mother", "country": L("US", COARSE),
            "city": L("New York", COARSE), "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PASSWORD, CRED), "client_id": "parhailo-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/students", headers=_h(rng, **b), body={
            "id": L(KID["id"], UID), "name": L(KID["name"], NAMEC),
            "dob": L(KID["dob"], BIRTH), "gender": L("girl", GENDER), "grade": "6",
            "school": "PS 116", "subjects": ["maths", "urdu", "science"],
            "learningNeeds": L("mild dyslexia", f"{MED}|{SENS}"), "avatar": "owl_3"}),
        _k(case(f, f"{KURL}/enrolments", headers=_h(rng, **b), body={
            "courses": ["crs_math6_us", "crs_urdu_l2"], "term": "2026-winter",
            "fee": L("180.00", BUY), "currency": "USD", "invoice": L(INVOICE, BUY)})),
        _k(case(f, f"{KURL}/timetable", headers=_h(rng, **b), query={"week": "2025-W51"})),
        case(f, f"{a}/v2/classes/{cls}/join", headers=_h(rng, **b), body={
            "student": L(KID["id"], UID), "passcode": L("731-204", CRED),
            "camera": True, "mic": True, "device": L("Pixel 8", DEV)}),
        multipart(f, f"{a}/v2/homework", [
            ("page1", "worksheet_1.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"student": L(KID["id"], UID),
                                                "subject": "maths", "assignment": "hw_4471"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/quizzes/qz_1882/answers", headers=_h(rng, **b), body={
            "student": L(KID["id"], UID), "answers": [{"q": 1, "a": "3/4"}, {"q": 2, "a": "12"},
                                                      {"q": 3, "a": L("Lahore is the capital "
                                                                      "of Punjab", TEXT)}],
            "seconds": L(412, USAGE)}),
        _k(multipart(f, f"{KURL}/reading", [
            ("audio", "urdu_reading.m4a", "audio/mp4", L(M4A + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"passage": "ur_l2_p07", "wpm": 41})],
            headers=_h(rng, **b))),
        _k(case(f, f"{KURL}/tracing", headers=_h(rng, **b), body={
            "letter": "jeem", "path": L(trace_letters(rng, 14), MOTION), "score": 0.76})),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "tut_hamza_22", "clientId": rid(rng),
            "text": L("Ayesha has had a fever since Tuesday, can we move Thursday's maths?",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v2/fees/pay", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "amount": L("180.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/tutors/search", headers=_h(rng, **b), query={
            "subject": "urdu", "q": L("urdu tutor for dyslexic child", f"{SEARCH}|{MED}|{SENS}"),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/pickups", headers=_h(rng, **b), body={
            "student": L(KID["id"], UID), "campus": "cmp_johar",
            "name": L(FIL[0], NAMEC), "phone": L(FIL[1], TEL), "relation": "grandfather",
            "code": L("PK-5521", CRED)}),
        case(f, f"{a}/v2/campuses/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LHR_HOME_AT[0]:.3f}", PRECISE),
            "lng": L(f"{LHR_HOME_AT[1]:.3f}", PRECISE)}),
        _k(case(f, f"{KURL}/limits", headers=_h(rng, **b), body={
            "dailyMinutes": 90, "bedtime": "20:30", "chat": False})),
        case(f, f"{a}/v2/consents/parental", fmt="form", headers=_h(rng, **b), body={
            "student": L(KID["id"], UID), "signedName": L(NAME, NAMEC),
            "recording": "true", "photos": "false"}),
        _k(case(f, f"{KURL}/reports/request", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "term": "2025-autumn"})),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(KID["id"], UID), "events": [
                ev("class_joined", 1), ev("homework_uploaded", 2),
                ev("screen", 3, screen=L("ReportCard", USAGE))]}),
        _k(case(f, f"{KURL}/report-card", headers=_h(rng, how="none"),
                cookies={"ph_sess": L(opaque(rng, "", 40), CRED),
                         "ph_student": L(KID["id"], UID)})),
    ]


def parhailo_sdks() -> list[Case]:
    rng = random.Random(7572)
    return [
        sh_batch(APP, rng, [("Class Joined", {"subject": "maths"}),
                            ("Homework Uploaded", {"pages": 1})]),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "fee7pd", {"term": "2026-winter"}, revenue=180.0),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True, cat=["IAB5"]),
        hl_crash(APP, rng, ("java.lang.OutOfMemoryError", "worksheet bitmap"),
                 [hl_crumb("nav", "Homework -> Camera"), hl_crumb("tap", "capture")],
                 user={"id": L(USER_ID, UID), "student": L(KID["id"], UID)},
                 screen="HomeworkCameraActivity"),
        jh_eval(APP, rng, {"grade": "6", "childAge": L(KID["age"], BIRTH)}),
        pk_register(APP, rng, tags={"child_age": L(str(KID["age"]), BIRTH), "grade": "6"}),
        ij_check(APP, rng, {"analytics": True, "ads": False}),
        ad_card(APP, rng),
        md_attach(APP, rng, L(JPEG + b"\xb3", MEDIA), "fee_receipt.jpg", "image/jpeg"),
    ]
