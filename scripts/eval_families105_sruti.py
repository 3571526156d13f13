"""Carnatic-music lesson app "Shrutiloka": one-to-one online vocal lessons with a teacher in
Chennai (she learns from Hyderabad). Sign-up, a log-in, ``/me`` with a JWT, a teacher search, a
month of lessons booked, joining a lesson's video call (ICE candidates), a practice log
(msgpack) and a recording, a feedback request, the lessons by a session header, a notebook entry,
a graded-exam registration (her husband's name, her address) with a photo and a signature,
concerts near her and tickets for two, the drone settings, a community post, a review, a Play
subscription, push, events, the progress by a cookie GET and a referral."""

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
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    srflx,
)
from eval_families20_kit import FIRST, LAST, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families25_kit import PNG
from eval_families105_kit import (
    FRIEND,
    GURU,
    HOME_AT,
    HOME_HY,
    HUSBAND,
    VENUE,
    InApp,
    hh,
    host_cand,
    obj,
)
from eval_families105_sdk import (
    gn_batch,
    gn_pixel,
    jl_link,
    jl_session,
    px_bid,
    px_win,
    vl_crash,
    vl_crumb,
)
from eval_families105_svc import cp_card, gm_register, jd_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = InApp("shrutiloka", "Shrutiloka", "com.example.shrutiloka", "5.1.3",
            "https://api.shrutiloka.example.com")
IID = "X-Sl-Install"
PW = "Kalyani#Raga88"
STUDENT = "SL-STU-77412"  # her student number (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, **kw)


def shrutiloka() -> list[Case]:
    rng = random.Random(10531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), student=L(STUDENT, UID)))}
    b = {"auth": "bearer"}
    lesson = obj(rng, "les", 10)
    rec = obj(rng, "rec", 10)
    progress = at_path(case(f, f"{a}/v1/students/{STUDENT}/progress", headers=_h(rng, "nodash"),
                            cookies={"sl_sess": L(opaque(rng, "", 40), CRED)}), STUDENT, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "password": L(PW, CRED), "city": L("Hyderabad", COARSE),
            "country": L("IN", COARSE), "instrument": "vocal", "level": "beginner",
            "shruti": "E"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "shrutiloka-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/gurus", headers=_h(rng, **b), query={
            "q": L("Kamala Raghavan varnam", SEARCH), "style": "carnatic", "page": "1"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "guru": GURU["id"], "slots": ["2025-12-13T07:00", "2025-12-20T07:00"],
            "plan": L("8 lessons / month", BUY), "amount": L("4800.00", BUY), "currency": "INR",
            "tz": L("Asia/Kolkata", DEV), "student": L(STUDENT, UID)}),
        case(f, f"{a}/v1/lessons/{lesson}/join", headers=_h(rng, **b), body={
            "candidates": [L(host_cand(), DEV), L(srflx(50412), IPLOC)],
            "turn": "turn:relay.shrutiloka.example.com:3478", "camera": "front",
            "micGainDb": 6}),
        case(f, f"{a}/v1/practice", fmt="msgpack", headers=_h(rng, **b), body={
            "raga": "Mayamalavagowla", "exercise": "sarali varisai 5", "minutes": L(35, USAGE),
            "tempoBpm": 72, "speeds": 3, "pitchScore": 0.83}),
        multipart(f, f"{a}/v1/practice/recordings", [
            ("audio", "varisai_5.m4a", "audio/mp4", L(M4A + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"id": rec, "raga": "Mayamalavagowla",
                                                "durationS": 212, "tonic": "E"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recordings/{rec}/feedback-request", headers=_h(rng, **b), body={
            "guru": GURU["id"],
            "note": L("Struggling with the gamaka on ga in the third speed", TEXT)}),
        case(f, f"{a}/v1/lessons", headers=_h(rng, auth="session"), query={
            "from": "2025-12-01", "to": "2025-12-31"}),
        case(f, f"{a}/v1/notebook", headers=_h(rng, **b), body={
            "title": L("Endaro Mahanubhavulu - notes", TEXT),
            "body": L("Pallavi: breathe after 'endaro', hold the ma longer in the second line",
                      TEXT), "kriti": "krt_0211"}),
        case(f, f"{a}/v1/exams/register", headers=_h(rng, **b), body={
            "grade": 1, "candidate": L(f"{FIRST} {LAST}", NAMEC), "dob": L("17/05/1991", BIRTH),
            "husbandOrFather": L(HUSBAND[0], NAMEC),
            "address": {"line1": L(HOME_HY["line1"], ADDR), "line2": L(HOME_HY["line2"], ADDR),
                        "city": L(HOME_HY["city"], COARSE), "pin": L(HOME_HY["pin"], COARSE)},
            "centreCity": L("Hyderabad", COARSE), "fee": L("1500.00", BUY)}),
        multipart(f, f"{a}/v1/exams/photos", [
            ("photo", "passport.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("signature", "sign.png", "image/png", L(PNG + b"\xc3", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/concerts", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "month": "2025-12"}),
        case(f, f"{a}/v1/tickets", headers=_h(rng, **b), body={
            "concert": "cnc_8812", "venue": {"id": VENUE["id"], "name": VENUE["name"],
                                             "lat": VENUE["lat"], "lon": VENUE["lon"]},
            "seats": ["B12", "B13"], "total": L("1200.00", BUY),
            "attendees": [{"name": L(NAME, NAMEC)}, {"name": L(HUSBAND[0], NAMEC)}]}),
        case(f, f"{a}/v1/tanpura/settings", fmt="form", headers=_h(rng, **b), body={
            "tonic": "E", "string1": "pa", "tempo": "62", "volume": "0.7"}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "text": L("Anyone in Kondapur want to practise varnams together on weekends?",
                      f"{TEXT}|{COARSE}"), "tags": ["practice", "varnam"]}),
        case(f, f"{a}/v1/gurus/{GURU['id']}/reviews", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "text": L("Very patient teacher, explains every gamaka slowly", TEXT)}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("shrutiloka_plus_yearly", BUY),
            "orderId": L("GPA.3371-9920-4418-20573", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_IN", DEV),
            "headphones": L(True, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("practice_done", 1, minutes=L(35, USAGE)), ev("recording_uploaded", 2),
                ev("screen", 3, screen=L("Tanpura", USAGE))]}),
        progress,
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friendName": L(FRIEND[0], NAMEC), "friendPhone": L(FRIEND[1], TEL),
            "message": L("Try my Carnatic teacher on Shrutiloka, first lesson is free", TEXT)}),
    ]


def shrutiloka_sdks() -> list[Case]:
    rng = random.Random(10532)
    link = U("https://shrutiloka.example.com/r/trial", {"ref": L(STUDENT, UID),
                                                       "utm_source": "whatsapp", "g": GURU["id"]})
    return [
        gn_batch(APP, rng, [("Practice Done", {"minutes": L(35, USAGE), "raga": "Mayamalavagowla"}),
                            ("Lesson Joined", {"guru": GURU["id"]})], adid=True),
        gn_pixel(APP, rng, "Landing Viewed", {"src": "whatsapp"}),
        jl_session(APP, rng, first=True),
        jl_link(APP, rng, link),
        px_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="carnatic,music,lessons",
               yob=1991, gender="F"),
        px_win(APP, rng),
        vl_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialized"),
                 [vl_crumb("nav", "Practice -> Record"),
                  vl_crumb("ui", "tap", {"view": "record_button"})], screen="RecordActivity"),
        jd_eval(APP, rng, {"instrument": "vocal", "trial": False}, hdr=True),
        gm_register(APP, rng, tags={"guru": GURU["id"], "level": "beginner"}),
        cp_card(APP, rng, "4800.00"),
    ]
