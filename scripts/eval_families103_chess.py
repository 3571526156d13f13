"""Chess-school app "Gambitka" of a Sofia chess academy (the user is the parent; her son Nico
studies there in person): the parent's sign-up and log-in, ``/me``, the student's profile (his
FIDE ID), his medical note, the term's enrolment and tuition, authorised pickups (the nanny, his
father), attendance at the academy's door (msgpack), his progress by his ID in the path, a live
training game (schema-less protobuf), a game's PGN naming him, a junior tournament entry (his
personal number for the federation), a tournament photo, a message to the coach, homework and
video lessons, the schedule by his ID in the query, a carpool offer, notification settings,
push, events and notices by a cookie GET. Unlike set 81's online children's chess school (COPPA
ads), this academy is paid and in person: no ad SDK, a door check-in, pickups and tournaments."""

from __future__ import annotations

import random
from typing import Any

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
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families103_kit import (
    ACADEMY,
    ACADEMY_FIX,
    NANNY,
    SOFIA_AT,
    SON,
    SON_AGE,
    SON_DOB,
    SON_FIDE,
    SON_ID,
    SON_LNCH,
    TOURNAMENT,
    fix,
    obj,
    pgn,
)
from eval_families103_sdk import ae_session, fq_crash, fq_crumb, fq_logs, gf_batch, gf_identify
from eval_families103_svc import hr_message, ph_check, pm_register, st_eval, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("gambitka", "Gambitka", "com.example.gambitka", "2.2.0",
          "https://api.gambitka.example.com")
IID = "X-Gambitka-Install"
PW = "Rook&Pawn-1904"
S_URL = f"https://api.gambitka.example.com/v1/students/{SON_ID}"
T_URL = f"https://api.gambitka.example.com/v1/tournaments/{TOURNAMENT}"
TN = f"{TEXT}|{NAMEC}"
TMN = f"{TEXT}|{MED}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def gambitka() -> list[Case]:
    rng = random.Random(10371)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    children=[L(SON_ID, UID)]))}
    b = {"auth": "bearer"}
    ala, alo = fix(ACADEMY_FIX)
    lab: dict[str, str] = {}
    live = pb([(1, L(SON_ID, UID)), (2, obj(rng, "g", 12)), (3, "e2e4 e7e5 g1f3 b8c6 f1c4"),
               (4, [(1, 300000), (2, 3000)]),
               (5, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV))]), (6, 1)], "", lab)
    return [
        case(f, f"{a}/v1/parents/signup", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "phone": L(PHONE_PAREN, TEL), "relation": L("mother", GENDER),
            "language": L("en", DEV)}),
        case(f, f"{a}/v1/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "studentId": L(SON_ID, UID), "firstName": L(SON[0], NAMEC),
            "lastName": L(SON[1], NAMEC), "birthDate": L(SON_DOB, BIRTH),
            "gender": L("male", GENDER), "grade": 5, "fideId": L(SON_FIDE, UID),
            "rating": 1184, "level": "intermediate"}),
        at_path(case(f, f"{S_URL}/medical", headers=_h(rng, **b), body={
            "allergies": [L("peanuts", MED)], "conditions": [L("mild asthma", MED)],
            "note": L("Nico keeps a salbutamol inhaler in the front pocket of his backpack",
                      TMN), "photoConsent": False}), SON_ID, UID),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "group": "U12-B", "term": "2025-winter",
            "tuition": L("240.00", BUY), "currency": "BGN", "academy": ACADEMY["id"]}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("240.00", BUY), "cardToken": L(opaque(rng, "ctk_", 24), PAY),
            "invoiceEmail": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/pickups", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "authorised": [
                {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "relation": "nanny"},
                {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
                 "relation": "father"}]}),
        case(f, f"{a}/v1/attendance", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "qr": "ATT-03-251209", "lat": ala, "lon": alo,
            "academy": {"lat": ACADEMY["lat"], "lon": ACADEMY["lon"]}, "ts": 1765378800}),
        at_path(case(f, f"{S_URL}/progress", headers=_h(rng, **b), query={"range": "term"}),
                SON_ID, UID),
        raw(f, f"{a}/v1/games/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/games/pgn", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "pgn": L(pgn(), TN), "source": "club_blitz"}),
        case(f, f"{T_URL}/entries", headers=_h(rng, **b), body={
            "firstName": L(SON[0], NAMEC), "lastName": L(SON[1], NAMEC),
            "birthDate": L(SON_DOB, BIRTH), "fideId": L(SON_FIDE, UID),
            "personalNumber": L(SON_LNCH, NATID), "federation": "USA", "section": "U12",
            "entryFee": L("30.00", BUY), "parentPhone": L(E164, TEL)}),
        multipart(f, f"{T_URL}/photos", [
            ("photo", "round5.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("data", None, "application/json", {
                "caption": L("Nico's first tournament win!", TN), "student": L(SON_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "coach_tsvetan", "student": L(SON_ID, UID),
            "text": L("Nico will miss Saturday's class, we are hiking in Rila", TN)}),
        case(f, f"{a}/v1/homework/hw_0912/submit", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "solved": 11, "of": 12, "timeSpentS": L(1420, USAGE)}),
        case(f, f"{a}/v1/lessons/video/progress", fmt="form", headers=_h(rng, **b), body={
            "lesson": "vl_endgames_04", "student": L(SON_ID, UID), "watchedS": L(864, USAGE)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "student": L(SON_ID, UID), "week": "50"}),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "seats": 2, "day": "TUE", "parentName": L(FIRST, NAMEC),
            "from": {"lat": L(round(SOFIA_AT[0], 3), PRECISE),
                     "lon": L(round(SOFIA_AT[1], 3), PRECISE)},
            "note": L("I can take two kids home after the Tuesday class", TEXT)}),
        case(f, f"{a}/v1/parents/notifications", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "sms": L(E164, TEL), "weekly": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(SON_ID, UID), "events": [
                ev("homework_submitted", 1, solved=11), ev("pgn_uploaded", 2),
                ev("screen", 3, screen=L("Progress", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"),
             cookies={"gk_sess": L(opaque(rng, "", 40), CRED), "gk_student": L(SON_ID, UID)}),
    ]


def gambitka_sdks() -> list[Case]:
    rng = random.Random(10372)
    return [
        gf_batch(APP, rng, [("Lesson Completed", {"student_age": L(SON_AGE, BIRTH)}),
                            ("Puzzle Solved", {"rating": 1184})]),
        gf_identify(APP, rng, {"children": 1, "child_age": L(SON_AGE, BIRTH),
                               "city": L("Sofia", COARSE)}),
        ae_session(APP, rng, first=True),
        fq_crash(APP, rng, ("java.lang.IllegalArgumentException", "illegal move e1g1"),
                 [fq_crumb("navigation", "Games -> LiveBoard")],
                 meta={"student": L(SON_ID, UID)}, screen="LiveBoardActivity"),
        fq_logs(APP, rng, [("pgn upload", {"student": L(SON_ID, UID), "moves": 21}),
                           ("board sync", {"latencyMs": 84})]),
        st_eval(APP, rng, {"childAge": L(SON_AGE, BIRTH), "tournaments": True}),
        pm_register(APP, rng, tags={"group": "U12-B"}),
        ph_check(APP, rng, {"analytics": True, "marketing": False}),
        tb_confirm(APP, rng, "240.00"),
        hr_message(APP, rng, L("How do I add Nico's father as a second parent?", TN),
                   {"group": "U12-B"}),
    ]
