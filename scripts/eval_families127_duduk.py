"""Duduk lesson booking app "Duduktun" of an Armenian music school in Manhattan (lessons at the
school's studio or online with a teacher in Yerevan): sign-up, a log-in, ``/me``, her profile
(level, goals), teachers near her, a lesson booked and paid, a reed ordered to her home, a
practice recording with the tuner's pitch trace, a video call's set-up, lesson notes, a message to
the teacher, a rental duduk, a gift voucher for her husband, a concert ticket, a search, push,
events and the lesson list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import M4A, NATIONAL, multipart
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families127_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HUSBAND,
    LESSON_BOOKING,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    STUDIO_AT,
    TEACHER,
    TEL,
    TEXT,
    UID,
    USAGE,
    obj,
)
from eval_families127_sdk import (
    ab_event,
    ab_open,
    bq_bid,
    bq_win,
    cf_session,
    mc_batch,
    mc_beacon,
)
from eval_families127_svc import co_save, pg_card, pg_charge, tg_route, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LOCAL_IP, LON, USER_ID, Case, J, L, case
from eval_payloads import NAME as FULL_NAME

APP = App("duduk", "Duduktun", "com.example.duduktun", "1.12.0", "https://api.duduktun.example.net")
IID = "X-Duduktun-Device"
PW = "Apricot-Reed-2025"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def duduktun() -> list[Case]:
    rng = random.Random(12703)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(FULL_NAME, NAMEC)))}
    lesson = obj(rng, "ls")
    pitch = [round(440 * 2 ** (rng.gauss(0, 0.02)), 1) for _ in range(24)]
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(FULL_NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "city": L(CITY, COARSE), "marketing": False}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "level": "beginner", "instrument": "duduk in A", "goals": ["Dle Yaman", "Hovern Engan"],
            "bio": L("Learning the duduk my grandfather played in Gyumri", TEXT),
            "practiceMinutesGoal": 20}),
        case(f, f"{a}/api/teachers", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE), "radiusKm": "10",
            "online": "1"}),
        case(f, f"{a}/api/teachers/{TEACHER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "teacherId": TEACHER["id"], "slot": "2025-12-13T11:00:00-05:00", "minutes": 45,
            "mode": "studio", "studio": {"name": TEACHER["studio"], "lat": STUDIO_AT[0],
                                         "lng": STUDIO_AT[1]},
            "price": L("65.00", BUY), "student": L(USER_ID, UID)}),
        case(f, f"{a}/api/bookings/{LESSON_BOOKING}/pay", fmt="form", headers=_h(rng, **b),
             body={"booking": L(LESSON_BOOKING, BUY), "amount": L("65.00", BUY),
                   "method": L("pm_card_visa_4444", PAY)}),
        case(f, f"{a}/api/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "reed-ararat-a", "qty": 2, "unit": 18.0}],
            "total": L("36.00", BUY), "shipTo": {"name": L(FULL_NAME, NAMEC),
                                                 "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                                 "city": L(CITY, COARSE),
                                                 "state": L(STATE, COARSE),
                                                 "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/api/practice/recordings", [
            ("audio", "dle_yaman_take3.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {
                "piece": "Dle Yaman", "seconds": 94, "tunerHz": pitch, "inTunePct": 71,
                "note": L("Struggling with the long breath in the second phrase", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/calls/{lesson}/setup", headers=_h(rng, **b), body={
            "candidates": [{"type": "host", "ip": L(LOCAL_IP, DEV), "port": 50412},
                           {"type": "relay", "ip": "198.51.100.20", "port": 3478}],
            "codec": "opus", "echoCancel": True}),
        case(f, f"{a}/api/lessons/{lesson}/notes", headers=_h(rng, **b)),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": TEACHER["id"], "thread": obj(rng, "thr", 8),
            "text": L("Running ten minutes late, the 6 train is stuck", TEXT)}),
        case(f, f"{a}/api/rentals", headers=_h(rng, **b), body={
            "instrument": "duduk-a-apricot-0192", "months": 3, "deposit": L("120.00", BUY),
            "monthly": L("25.00", BUY)}),
        case(f, f"{a}/api/vouchers", headers=_h(rng, **b), body={
            "amount": L("130.00", BUY), "recipientName": L(HUSBAND[0], NAMEC),
            "recipientPhone": L(HUSBAND[1], TEL),
            "message": L("Happy anniversary, Davit! Now we can play together", TEXT)}),
        case(f, f"{a}/api/events/tickets", headers=_h(rng, **b), body={
            "eventId": "ev_duduk_night_1220", "seats": ["C12", "C13"],
            "total": L("80.00", BUY), "venue": "Merkin Hall"}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("duduk sheet music Komitas", SEARCH), "page": "1"}),
        case(f, f"{a}/api/reminders", fmt="form", headers=_h(rng, **b), body={
            "time": "19:30", "days": "mon,wed,fri", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "fcm:", 64), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/api/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("practice_started", 1, piece="Dle Yaman"), ev("tuner_opened", 2),
                ev("screen", 3, screen=L("LessonDetail", USAGE))]}),
        case(f, f"{a}/api/lessons", headers=_h(rng, how="upper"),
             cookies={"dt_sid": L(opaque(rng, "", 44), CRED), "dt_theme": "dark"}),
        case(f, f"{a}/api/config", headers={"User-Agent": L(APP.ua, DEV), "X-Req": rid(rng)},
             query={"v": APP.ver}),
    ]



def duduktun_sdks() -> list[Case]:
    rng = random.Random(12704)
    return [
        mc_batch(APP, rng, [("Lesson Booked", {"mode": "studio", "price": L(65.0, BUY)}),
                            ("Practice Saved", {"seconds": 94})]),
        mc_beacon(APP, rng, "Teacher Viewed", {"teacher": TEACHER["id"]}),
        ab_open(APP, rng, first=True, user=False),
        ab_event(APP, rng, "first_lesson", {"teacher": TEACHER["id"]}, revenue=65.0),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, yob=1991,
               gender="F", keywords="music,armenian,folk"),
        bq_win(APP, rng),
        cf_session(APP, rng, secs=1260),
        tq_eval(APP, rng, {"beta_tuner": True}, hdr=True),
        co_save(APP, rng, {"analytics": True, "ads": True, "personalization": False}),
        pg_card(APP, rng),
        pg_charge(APP, rng, "6500", desc="Duduk lesson 45 min"),
        tg_route(APP, rng, [((LAT, LON), PRECISE), (STUDIO_AT, None)], mode="foot"),
    ]
