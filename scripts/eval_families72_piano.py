"""Piano-lesson app "Etudely" that listens to her playing: sign-up, a Google-style sign-in with an
ID token in a JSON field, ``/me``, her instruments (the MIDI keyboard an accessory), a search, a
piece's page, a performance recorded (M4A and JSON), its MIDI notes and the analysis (msgpack),
practice minutes, a lesson booked with a note, a video of her hands, a recording shared with her
teacher, a goal, her profile, a review, a recital sign-up, a friend referred, the microphone's
calibration, a Play subscription check, push, events and the feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import M4A, MP4, PEOPLE, Acc, add, multipart, push_token, tok
from eval_families20_kit import CITY, DOB, FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    KEYBOARD,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PIECE,
    SEARCH,
    TEACHER,
    TEXT,
    UID,
    USAGE,
    midi,
    obj,
)
from eval_families72_sdk import (
    bj_bid,
    bj_win,
    gp_crash,
    gp_crumb,
    lb_event,
    lb_open,
    tf_batch,
    tf_queue,
)
from eval_families72_svc import po_register, pw_confirm, ss_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("etudely", "Etudely", "com.example.etudely", "4.0.6", "https://api.etudely.example.com")
IID = "Etudely-Install-Id"
PWD = "Satie#Gnossienne3"
GOOGLE_SUB = "108862301447215590913"  # her account at the identity provider (id.user)
BOOKING = "ETD-LSN-30917"  # the lesson's booking code (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def etudely() -> list[Case]:
    rng = random.Random(7241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    perf, lesson = obj(rng, "prf"), obj(rng, "lsn")
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="pro"))}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "etudely-android",
               "iat": 1765300100}, "body", "idToken", acc)
    return [
        case(f, f"{a}/api/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PWD, CRED), "firstName": L(FIRST, NAMEC),
            "birthdate": L(DOB, BIRTH), "level": "intermediate", "yearsPlaying": 6,
            "goal": "repertoire"}),
        add(case(f, f"{a}/api/login/google", headers=_h(rng), body={
            "idToken": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/instruments", headers=_h(rng, **b), body={
            "acoustic": {"make": "Yamaha", "model": "U1", "tunedOn": "2025-10-02"},
            "midi": {"name": KEYBOARD["name"], "ble": KEYBOARD["ble"], "fw": KEYBOARD["fw"]},
            "input": "mic+midi"}),
        case(f, f"{a}/api/pieces", headers=_h(rng, **b), query={
            "q": L("satie gymnopedie easy", SEARCH), "level": "3", "page": "1"}),
        case(f, f"{a}/api/pieces/{PIECE['id']}", headers=_h(rng, **b),
             query={"include": "sheet,audio"}),
        multipart(f, f"{a}/api/performances", [
            ("audio", "take3.m4a", "audio/mp4", L(M4A + b"\x53", MEDIA)),
            ("meta", None, "application/json", {
                "performanceId": perf, "piece": PIECE["id"], "tempo": 66, "durationSec": 192,
                "inputLatencyMs": L(38, DEV), "clientId": rid(rng)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/performances/{perf}/midi", gz=True, headers=_h(rng, **b), body={
            "ppq": 480, "notes": L(midi(rng, 24), MEDIA), "source": KEYBOARD["name"]}),
        case(f, f"{a}/api/performances/{perf}/analysis", fmt="msgpack", headers=_h(rng, **b),
             body={"pitch": 0.94, "rhythm": 0.81, "dynamics": 0.7, "wrong": [12, 57],
                   "model": "etd-listen-5"}),
        case(f, f"{a}/api/practice/sessions", headers=_h(rng, **b), body={
            "minutes": L(32, USAGE), "streakDays": L(11, USAGE), "pieces": [PIECE["id"]],
            "endedAt": 1765319400}),
        case(f, f"{a}/api/lessons/book", headers=_h(rng, **b), body={
            "teacherId": "tch_3318", "slot": "2025-12-15T18:00:00-05:00", "minutes": 45,
            "price": L("45.00", BUY), "booking": L(BOOKING, BUY),
            "note": L("Left-hand stretches hurt since my wrist surgery in May",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/lessons/{lesson}/video", [
            ("video", "hands.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"lessonId": lesson, "angle": "top"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/shares", headers=_h(rng, **b), body={
            "performance": perf, "toName": L(TEACHER[0], NAMEC),
            "toEmail": L(TEACHER[1], MAIL),
            "message": L("Bar 18 still rushes, can we look at it on Monday?", TEXT)}),
        case(f, f"{a}/api/goals", fmt="form", headers=_h(rng, **b), body={
            "goal": L("Play at my sister's wedding in June", TEXT), "minutesPerDay": "30"}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC), "city": L(CITY, COARSE),
            "timezone": L("America/New_York", DEV), "public": False}),
        case(f, f"{a}/api/reviews", fmt="form", headers=_h(rng, **b), body={
            "teacher": "tch_3318", "stars": "5",
            "text": L("Patient and precise, fixed my pedalling in one lesson", TEXT)}),
        case(f, f"{a}/api/recitals/signup", headers=_h(rng, **b), body={
            "recital": "rct_winter25", "performerName": L(NAME, NAMEC),
            "ageBracket": L("30-39", BIRTH), "piece": PIECE["id"], "city": L(CITY, COARSE)}),
        case(f, f"{a}/api/referrals", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL)}),
        case(f, f"{a}/api/mic/calibrate", headers=_h(rng, **b), body={
            "noiseFloorDb": -61.2, "a4Hz": 440.8, "model": L("Pixel 8", DEV),
            "sampleRate": 48000}),
        case(f, f"{a}/api/subscription/verify", headers=_h(rng, **b), body={
            "sku": L("etudely_pro_yearly", BUY), "token": L(play_token(rng), BUY),
            "order": L("GPA.3371-0092-1180-44821", BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b, extra={"X-Etudely-Client": W({
            "iid": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV), "os": L("14", DEV),
            "locale": L("en_US", DEV)}, "b64json")}), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("14", DEV), "headphones": L(True, DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("take_recorded", 1), ev("lesson_booked", 2),
                ev("screen", 3, screen=L("PieceView", USAGE))]}),
        case(f, f"{a}/api/feed", headers=_h(rng, how="nodash"),
             cookies={"etd_sess": L(opaque(rng, "", 40), CRED), "etd_ab": "b"}),
    ]


def etudely_sdks() -> list[Case]:
    rng = random.Random(7242)
    return [
        tf_batch(APP, rng, [("Take Recorded", {"piece": PIECE["id"], "seconds": 192}),
                            ("Lesson Booked", {"price": L(45.0, BUY)})], adid=True),
        tf_queue(APP, rng, [("Practice Ended", {"minutes": L(32, USAGE)}),
                            ("Search", {"q": L("satie gymnopedie easy", SEARCH)})]),
        lb_open(APP, rng, first=True),
        lb_event(APP, rng, "purchase", {"sku": L("etudely_pro_yearly", BUY)}, revenue=89.99,
                 hashed=True),
        bj_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920}},
               yob=1991, gender="F"),
        bj_win(APP, rng),
        gp_crash(APP, rng, ("java.lang.IllegalArgumentException", "AudioRecord buffer"),
                 [gp_crumb("nav", "Piece -> Record"), gp_crumb("ui", "tap record")],
                 meta={"audio": {"latencyMs": 38}}, screen="RecordActivity"),
        ss_eval(APP, rng, {"plan": "pro", "level": "intermediate"}),
        po_register(APP, rng, adid=True, tags={"level": "intermediate"}),
        pw_confirm(APP, rng, "45.00", desc=L(f"Lesson {BOOKING}", BUY)),
    ]
