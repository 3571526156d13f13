"""A music school's app "Sebene" (Congolese rumba guitar, Gombe) for her son Dieumerci, 12, who
plays guitar; she is the account holder: sign-up, a log-in, ``/me``, the child's profile and his
progress by ID in the path, an enrolment and its mobile-money fee, lessons, her pick-up check-in
at the school, practice sessions with a tuner's readings, his recording and photo, homework, a
message to the teacher, an authorised pick-up person, recital tickets, a guitar rental delivered
home, the photo consent, push, events and a cookie GET with the child's profile."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    HUSBAND,
    KIN_HOME,
    KIN_HOME_AT,
    SCHOOL_AT,
    SON,
    TEACHER,
    fix,
    kin_head,
    obj,
    practice,
)
from eval_families133_sdk import bs_bid, fl_crash, fl_crumb, st_event, st_session, tally_batch
from eval_families133_svc import ab_check, ak_register, cb_route, gw_flags, pm_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("sebene", "Sebene", "com.example.sebene", "5.1.0", "https://api.sebene.example.com")
IID = "X-Sebene-Install"
PWD = "Gitare*Rumba12"
KID = SON["id"]
PICKUP_FIX = (-4.325733, 15.308041)  # her phone at the school gate


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def sebene() -> list[Case]:
    rng = random.Random(13311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(KID, UID)]))}
    lesson = obj(rng, "les", 8)
    pla, plo = fix(PICKUP_FIX, 6)
    progress = at_path(case(f, f"{a}/v1/students/{KID}/progress", headers=_h(rng, **b)),
                       KID, UID)
    return [
        case(f, f"{a}/v1/parents/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL), "password": L(PWD, CRED),
            "relationship": "mother"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PWD, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "id": L(KID, UID), "first_name": L(SON["first"], NAMEC),
            "birth_date": L(SON["dob"], BIRTH), "age": L(SON["age"], BIRTH),
            "gender": L("boy", GENDER), "instrument": "guitare", "level": 2,
            "school_grade": "7e", "left_handed": False}),
        progress,
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "student": L(KID, UID), "course": "Guitare rumba - sebene niveau 2",
            "term": "2025-T3", "fee": L("120", BUY), "currency": "USD",
            "teacher": TEACHER["id"]}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "enrolment": obj(rng, "enr", 8), "amount": L("120", BUY), "currency": "USD",
            "msisdn": L(E164, f"{TEL}|{PAY}"), "idem": rid(rng)}),
        case(f, f"{a}/v1/lessons", headers=_h(rng, **b), query={
            "student": L(KID, UID), "week": "2025-W50"}),
        case(f, f"{a}/v1/lessons/{lesson}/pickup", headers=_h(rng, **b), body={
            "student": L(KID, UID), "lat": pla, "lon": plo,
            "school": {"lat": SCHOOL_AT[0], "lon": SCHOOL_AT[1]}, "eta_min": 0}),
        case(f, f"{a}/v1/practice/sessions", headers=_h(rng, **b), body={
            "student": L(KID, UID), "minutes": L(35, USAGE), "piece": "Marie-Louise",
            "tuner": practice(rng, 6), "metronome_bpm": 96}),
        multipart(f, f"{a}/v1/practice/recordings", [
            ("audio", "sebene.m4a", "audio/mp4", L(M4A + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"student": L(KID, UID), "secs": 92,
                                                "piece": "Marie-Louise", "take": 3})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/students/{KID}/photo", [
            ("photo", "dieumerci.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA))],
            headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v1/assignments/{obj(rng, 'asg', 6)}/submit", headers=_h(rng, **b), body={
            "student": L(KID, UID),
            "answer": L("La sebene commence après le refrain, en mi majeur", TEXT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": TEACHER["id"], "teacher_name": TEACHER["name"],
            "text": L("Dieumerci s'est blessé au doigt, il ne jouera pas samedi",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/students/{KID}/pickup-people", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "relation": "père"}),
        case(f, f"{a}/v1/recitals/rct_2512/tickets", headers=_h(rng, **b), body={
            "qty": 3, "total": L("15.00", BUY), "order": L("SB-RCT-55102", BUY),
            "seats": ["B4", "B5", "B6"]}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("sebene_premium_monthly", BUY),
            "orderId": L("GPA.3318-2204-7713-52190", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/teachers/{TEACHER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/rentals", headers=_h(rng, **b), body={
            "instrument": "guitare classique 3/4", "serial": "SBG-34-00871",
            "deposit": L("40", BUY), "delivery": {
                "line": L(KIN_HOME["line"], ADDR), "commune": L(KIN_HOME["commune"], COARSE),
                "contact": L(NAME, NAMEC)}}),
        case(f, f"{a}/v1/consents/media", fmt="form", headers=_h(rng, **b), body={
            "student": L(KID, UID), "photos_public": "false", "recordings_class": "true"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("fr_CD", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "student": L(KID, UID), "events": [
                ev("practice_logged", 1, minutes=35), ev("recording_sent", 2),
                ev("screen", 3, screen=L("Progres", USAGE))]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="none"),
             cookies={"sb_session": L(opaque(rng, "", 40), CRED),
                      "sb_student": L(KID, UID), "sb_install": L(INSTALL_ID, DID)}),
    ]


def sebene_sdks() -> list[Case]:
    rng = random.Random(13312)
    return [
        st_session(APP, rng, user=True),
        st_event(APP, rng, "enrolment", {"course": "sebene-2"}, revenue=120.0),
        tally_batch(APP, rng, [("Practice Logged", {"minutes": L(35, USAGE),
                                                    "child_age": L(12, BIRTH)}),
                               ("Recording Sent", {"take": 3})]),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        fl_crash(APP, rng, ("java.lang.OutOfMemoryError", "audio buffer"),
                 [fl_crumb("nav", "Pratique -> Enregistrer"), fl_crumb("tap", "stop")],
                 screen="RecorderActivity"),
        gw_flags(APP, rng, {"childAge": L(SON["age"], BIRTH), "instrument": "guitar"}),
        ak_register(APP, rng, tags={"student_age": L(SON["age"], BIRTH), "level": "2"}),
        ab_check(APP, rng, {"analytics": True, "ads": False}),
        cb_route(APP, rng, [(KIN_HOME_AT, PRECISE), (SCHOOL_AT, None)]),
        pm_card(APP, rng),
    ]
