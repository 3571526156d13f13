"""Driving-school app "Signalbrook Driving School" (she is learning to drive at 34 with a New
York learner permit): sign-up, SMS log-in, ``/me``, the permit (both sides, its number, a lenses
restriction, her address), pickup and drop-off places, a lesson package, a lesson booked, the
lesson's start, GPS trace (msgpack), heartbeat (protobuf) and a harsh-braking event, the end and
her feedback, a note on her panic attacks, theory questions and an attempt, road-test sites and
a booking, an emergency contact, a referral, push, analytics and the lessons by a cookie GET."""

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
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, ZIP, ev, opaque
from eval_families22_kit import PARTNER
from eval_families23_kit import WORK_LINE
from eval_families24_kit import claims, head
from eval_families63_kit import (
    INSTRUCTOR,
    LESSON_END,
    LESSON_START,
    PERMIT,
    ROADTEST,
    App63,
    fix,
    home,
    obj,
    path_fixes,
)
from eval_families63_sdk import (
    bg_bid,
    fp_crumb,
    fp_report,
    sw_event,
    sw_open,
    tb_batch,
)
from eval_families63_svc import (
    aw_route,
    aw_telemetry,
    fg_eval,
    pm_confirm,
    pw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App63("signalbrook", "Signalbrook", "com.example.signalbrook", "3.2.7",
            "https://api.signalbrook.example.com")
IID = "X-SB-Device"
PW = "Mirror-Signal-Turn7"
STUDENT = "SB-104417"  # her student number (id.user)
BRAKE_AT = (40.747118, -73.987066)  # where she braked hard


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def signalbrook() -> list[Case]:
    rng = random.Random(6351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, studentNo=L(STUDENT, UID), phone=L(E164, TEL)))}
    lesson = obj(rng, "les", 10)
    sla, slo = fix(LESSON_START)
    ela, elo = fix(LESSON_END)
    bla, blo = fix(BRAKE_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, lesson),
               (3, [(1, L(40.744518, PRECISE)), (2, L(-73.988201, PRECISE))]),
               (4, 23.5), (5, 1), (6, INSTRUCTOR["plate"])], "", lab)
    return [
        case(f, f"{a}/v2/students", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "password": L(PW, CRED),
            "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "channel": "sms"}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("662019", CRED)}),
        case(f, f"{a}/v2/students/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/students/me/permit", [
            ("front", "permit_front.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("back", "permit_back.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(PERMIT, NATID), "class": "D", "expires": "2030-05-17",
                "restrictions": [L("B: corrective lenses", MED)], "dob": L(DOB, BIRTH),
                "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                            "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/students/me/places", headers=_h(rng, **b), body={
            "pickup": {"label": "home", "line1": L(LINE1, ADDR), "lat": sla, "lng": slo},
            "dropoff": {"label": "work", "line1": L(WORK_LINE, ADDR), "lat": ela, "lng": elo}}),
        case(f, f"{a}/v2/packages/purchase", headers=_h(rng, **b), body={
            "package": L("ten_lessons_60", BUY), "price": L("540.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "promo": None}),
        case(f, f"{a}/v2/lessons", headers=_h(rng, **b), body={
            "lesson": lesson, "instructor": INSTRUCTOR["id"], "slot": "2025-12-13T09:00",
            "pickup": "home", "durationMin": 60, "packageCredit": 1}),
        case(f, f"{a}/v2/lessons/{lesson}/start", headers=_h(rng, **b), body={
            "at": {"lat": sla, "lng": slo, "acc": 6}, "instructor": INSTRUCTOR["id"],
            "car": {"plate": INSTRUCTOR["plate"], "model": INSTRUCTOR["car"], "odo": 41220}}),
        case(f, f"{a}/v2/lessons/{lesson}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "seq": 2, "points": path_fixes(rng, 6, LESSON_START, BRAKE_AT)}),
        raw(f, f"{a}/v2/lessons/{lesson}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lessons/{lesson}/events", headers=_h(rng, **b), body={
            "kind": "harsh_brake", "lat": bla, "lng": blo, "speedKmh": 31.0, "decelG": 0.52,
            "imu": L(imu(rng, 20, scale=2.0), MOTION)}),
        case(f, f"{a}/v2/lessons/{lesson}/end", headers=_h(rng, **b), body={
            "at": {"lat": ela, "lng": elo}, "distanceKm": 7.8, "minutes": 58,
            "instructorPhone": INSTRUCTOR["phone"]}),
        case(f, f"{a}/v2/lessons/{lesson}/feedback", headers=_h(rng, **b), body={
            "rating": 5, "instructor": INSTRUCTOR["name"],
            "text": L("Parallel parking is still scary, more practice on hills please", TEXT)}),
        case(f, f"{a}/v2/students/me/notes", headers=_h(rng, **b), body={
            "forInstructors": True,
            "text": L("I get panic attacks on highways, please start on quiet streets",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/theory/questions", headers=_h(rng, **b), query={
            "set": "ny-permit", "lang": L("en", DEV), "count": "20"}),
        case(f, f"{a}/v2/theory/attempts", headers=_h(rng, **b), body={
            "set": "ny-permit", "answers": [[f"q{100 + i}", rng.randrange(4)] for i in range(6)],
            "score": 17, "timeSpentSec": L(744, USAGE)}),
        case(f, f"{a}/v2/roadtests/sites", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lng": L(f"{LON:.2f}", COARSE), "radiusMi": "15"}),
        case(f, f"{a}/v2/roadtests/booking", headers=_h(rng, **b), body={
            "site": {"id": ROADTEST["id"], "name": ROADTEST["name"], "line": ROADTEST["line"],
                     "lat": ROADTEST["lat"], "lng": ROADTEST["lon"]},
            "date": "2026-01-22T10:45", "permit": L(PERMIT, NATID), "fee": L("95.00", BUY),
            "schoolCar": True}),
        case(f, f"{a}/v2/students/me/emergency", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "partner"}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[3][0], NAMEC), "friendPhone": L(PEOPLE[3][1], TEL),
            "code": "JANE-DRIVES"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("lesson_end", 1, minutes=58), ev("theory_attempt", 2, score=17),
                ev("screen", 3, screen=L("LessonSummary", USAGE))]}),
        case(f, f"{a}/v2/lessons", headers=_h(rng, how="upper"),
             cookies={"sb_session": L(opaque(rng, "", 40), CRED)}),
    ]


def signalbrook_sdks() -> list[Case]:
    rng = random.Random(6352)
    hla, hlo = home(6)
    return [
        tb_batch(APP, rng, [("Lesson Ended", {"minutes": 58}),
                            ("Harsh Brake", {"decelG": 0.52})], at=LESSON_END, nd=4),
        sw_open(APP, rng, user=True, n=7),
        sw_event(APP, rng, "package_purchased", {"package": L("ten_lessons_60", BUY)},
                 revenue=540.0),
        bg_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991),
        fp_report(APP, rng, ("java.lang.SecurityException", "background location revoked"),
                  [fp_crumb("nav", "Lesson -> Live"),
                   fp_crumb("log", "fix", {"acc": 6})], screen="LiveLessonActivity"),
        fg_eval(APP, rng, {"hasPermit": True, "borough": L("Manhattan", COARSE)}),
        pw_register(APP, rng, at=(LAT, LON), nd=2, tags={"package": "ten"}),
        pm_confirm(APP, rng, "540.00"),
        aw_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((ROADTEST["lat"], ROADTEST["lon"]), None)]),
        aw_telemetry(APP, rng, [(40.742906, -73.988714), (40.743871, -73.988051)], PRECISE),
    ]
