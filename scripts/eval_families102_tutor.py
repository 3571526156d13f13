"""Amharic-English tutoring marketplace "Qalbridge" (learners book tutors of either language; she
learns to read and write fidel for her Addis year; unlike sets 22, 41 and 64's tutoring apps it is
a two-language marketplace with in-person lessons at cafés and handwriting practice): sign-up, a
token, ``/me``, a tutor search near her office, a tutor's page, a booking and its payment, a
message, a pronunciation recording, handwriting strokes, a typing drill (key events), answers
(msgpack), a placement test, a review, a favourite, a lesson pack bought on Play, her photo and
bio, her availability, a referral, push, events and upcoming lessons by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    KEYS,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    keys,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families102_kit import ADDIS_PHONE, CAFE_AT, FRIEND, OFFICE_AT, TUTOR, obj, strokes
from eval_families102_sdk import (
    au_bid,
    cp_crumb,
    cp_report,
    cp_sessions,
    gb_batch,
    ot_event,
    ot_session,
)
from eval_families102_svc import bq_register, gh_eval, hf_message, tc_wallet
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("qalbridge", "Qalbridge", "com.example.qalbridge", "6.7.0",
          "https://api.qalbridge.example.com")
IID = "X-Qal-Install"
PW = "Fidel-Ha-Hu-Hi-77"
BOOKING = "QB-BK-558120"  # her booking reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def qalbridge() -> list[Case]:
    rng = random.Random(10261)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), role="learner"))}
    b = {"auth": "bearer"}
    lesson = obj(rng, "les", 10)
    pay = at_path(case(f, f"{a}/v1/bookings/{BOOKING}/pay", fmt="form", headers=_h(rng, **b),
                       body={"amount": L(TUTOR["rate"], BUY), "currency": "ETB",
                             "method": L(opaque(rng, "pm_", 24), PAY)}), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "role": "learner",
            "learning": "am", "speaks": ["en"], "level": "A2",
            "timezone": L("Africa/Addis_Ababa", DEV)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "qalbridge-android"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tutors/search", headers=_h(rng, **b), query={
            "q": L("fidel reading for adults", SEARCH), "teaches": "am", "mode": "in_person",
            "near": L(f"{OFFICE_AT[0]:.3f},{OFFICE_AT[1]:.3f}", PRECISE), "maxRate": "500"}),
        case(f, f"{a}/v1/tutors/{TUTOR['id']}", headers=_h(rng, **b), query={"lang": "en"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "ref": L(BOOKING, BUY), "tutor": TUTOR["id"], "slot": "2025-12-13T10:00+03:00",
            "mode": "in_person", "place": {"name": "Buna Bet café, Kazanchis",
                                           "lat": CAFE_AT[0], "lon": CAFE_AT[1]},
            "price": L(TUTOR["rate"], BUY), "lessons": 1,
            "notes": L("I can speak a little but cannot read fidel yet", TEXT)}),
        pay,
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": TUTOR["id"], "thread": obj(rng, "thr", 8),
            "text": L("Selam Hirut, can we meet at 10 instead of 9 on Saturday?",
                      f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/lessons/{lesson}/recordings", [
            ("audio", "ha_hu_hi.m4a", "audio/mp4", L(M4A + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {"exercise": "ex_fidel_row1", "durationMs": 8120})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/practice/handwriting", headers=_h(rng, **b), body={
            "glyph": "U+1200", "strokes": L(strokes(rng, 24), MOTION), "score": 0.78,
            "device": "phone"}),
        case(f, f"{a}/v1/practice/typing", headers=_h(rng, **b), body={
            "drill": "translit_01", "keys": L(keys(rng, "selam new"), f"{KEYS}|{TEXT}"),
            "wpm": 14, "errors": 1}),
        case(f, f"{a}/v1/practice/answers", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "set": "intro_03",
            "answers": [L("Sime Jane new", f"{TEXT}|{NAMEC}"),
                        L("Ke New York new yemetahut", TEXT)], "correct": 2}),
        case(f, f"{a}/v1/placement", headers=_h(rng, **b), body={
            "test": "am_read_v2", "score": 31, "level": "A2", "durationS": 840}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "tutor": TUTOR["id"], "stars": 5, "booking": L(BOOKING, BUY),
            "text": L("Patient and funny, I read my first street sign today", TEXT)}),
        case(f, f"{a}/v1/favourites", fmt="form", headers=_h(rng, **b),
             body={"tutor": TUTOR["id"]}),
        case(f, f"{a}/v1/packs/verify", headers=_h(rng, **b), body={
            "productId": L("qal_pack_10_lessons", BUY), "orderId": L("GPA.3371-1208-4419-55120",
                                                                     BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        multipart(f, f"{a}/v1/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "bio": L("Ethiopian-American mum in Addis for a year, want to read to my son",
                     f"{TEXT}|{SENS}"),
            "goals": ["reading", "writing"], "showLastName": False}),
        case(f, f"{a}/v1/availability", headers=_h(rng, **b), body={
            "slots": ["sat_09_12", "tue_18_20"], "tz": L("Africa/Addis_Ababa", DEV)}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "email": L("meron.haile@example.net", MAIL), "name": L(FRIEND[0], NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lesson_booked", 1), ev("drill_done", 2, drill="translit_01"),
                ev("screen", 3, screen=L("FidelPractice", USAGE))]}),
        case(f, f"{a}/v1/lessons/upcoming", headers=_h(rng, how="nodash"),
             cookies={"qb_sid": L(opaque(rng, "", 40), CRED), "qb_ui": "en"}),
    ]


def qalbridge_sdks() -> list[Case]:
    rng = random.Random(10262)
    return [
        gb_batch(APP, rng, [("Lesson Booked", {"price": L(450.0, BUY), "mode": "in_person"}),
                            ("Tutor Searched", {"q": L("fidel reading for adults", SEARCH)})]),
        ot_session(APP, rng, first=True),
        ot_event(APP, rng, "first_booking", {"tutor": TUTOR["id"]}, revenue=450.0),
        au_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991,
               keywords="amharic,language,lessons"),
        cp_report(APP, rng, ("android.media.MediaRecorder$Exception", "start failed -38"),
                  [cp_crumb("navigation", "Lesson -> Record")], screen="RecordActivity"),
        cp_sessions(APP, rng, [1260, 305]),
        gh_eval(APP, rng, {"role": "learner", "learning": "am"}, get=True),
        bq_register(APP, rng, tags={"learning": "am", "level": "A2"}, lang="en"),
        tc_wallet(APP, rng, "450.00", ADDIS_PHONE),
        hf_message(APP, rng, L("My tutor did not come to the café on Saturday", TEXT),
                   {"booking": L(BOOKING, BUY)}),
    ]
