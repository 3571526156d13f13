"""A choir singer's vocal-training app "Laululind" recording her voice: sign-up, log-in, ``/me``,
a range test with its pitch contour, a recorded exercise (WAV), a voice enrolment and a check
(speaker embeddings), an exercise attempt (msgpack), joining her choir with its code, her part
recorded over the rehearsal track (M4A), rehearsal check-in with her fix, a vocal-health note, a
message to the director, a lesson, a subscription, a practice log (JSON Lines), microphone
calibration, sharing a recording by SMS, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families80_kit import CHOIR, DIRECTOR, SECTION, embedding, fix, obj, pitch
from eval_families80_sdk import km_batch, km_queue, ok_bid, rv_event, rv_install, vk_crash, vk_crumb
from eval_families80_svc import ak_attach, ly_eval, no_check, tk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("laululind", "Laululind", "com.example.laululind", "4.0.6",
          "https://api.laululind.example.com")
IID = "X-Laululind-Id"
PW = "Solfege-Rain-614"
HALL_FIX = (40.757391, -73.974102)  # her phone at rehearsal


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def laululind() -> list[Case]:
    rng = random.Random(8071)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    take = obj(rng, "take", 10)
    hla, hlo = fix(HALL_FIX, 5)
    log = [{"user": L(USER_ID, UID), "exercise": f"ex_{i + 11}", "minutes": L(m, USAGE),
            "day": f"2025-12-0{i + 6}"} for i, m in enumerate([18, 25, 12])]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "birthYear": L(1991, BIRTH), "gender": L("female", GENDER),
            "voiceType": "alto", "experience": "choir_10y"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/range-test", headers=_h(rng, **b), body={
            "lowest": "E3", "highest": "D5", "f0": pitch(rng, 40, 165.0), "frameMs": 20,
            "tessitura": ["G3", "C5"]}),
        multipart(f, f"{a}/v1/takes", [
            ("audio", "take_lip_trill.wav", "audio/wav", L(WAV, MEDIA)),
            ("meta", None, "application/json", {
                "take": take, "exercise": "ex_lip_trill_5", "f0": pitch(rng, 30),
                "intonationScore": 82, "bpm": 72})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng, **b), body={
            "embedding": L(embedding(rng), VOICE), "model": "xvec-256", "phrases": 4,
            "purpose": "find her voice in full-choir recordings"}),
        case(f, f"{a}/v1/voice/verify", headers=_h(rng, **b), body={
            "recording": obj(rng, "reh", 10), "segment": [312.4, 318.9],
            "embedding": L(embedding(rng), VOICE), "threshold": 0.72}),
        case(f, f"{a}/v1/exercises/ex_sirens/attempts", fmt="msgpack", headers=_h(rng, **b),
             body={"take": take, "centsOff": [12, -8, 5, -3, 21], "score": 77,
                   "practiceMinutes": L(14, USAGE)}),
        case(f, f"{a}/v1/choirs/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("HCC-ALTO-7731", CRED), "section": SECTION}),
        case(f, f"{a}/v1/choirs/{CHOIR['id']}/scores", headers=_h(rng, **b),
             query={"piece": "rachmaninoff-vespers-6"}),
        multipart(f, f"{a}/v1/choirs/{CHOIR['id']}/parts", [
            ("audio", "bogoroditse_alto2.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"piece": "rachmaninoff-vespers-6",
                                                "bars": [1, 24], "section": SECTION})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/choirs/{CHOIR['id']}/attendance", headers=_h(rng, **b), body={
            "rehearsal": "2025-12-11", "lat": hla, "lon": hlo,
            "hall": {"name": CHOIR["hall"], "lat": CHOIR["lat"], "lon": CHOIR["lon"]}}),
        case(f, f"{a}/v1/voice-health", headers=_h(rng, **b), body={
            "condition": L("vocal fold nodules", MED), "restDays": L(10, MED),
            "note": L("Laryngologist says no singing until the 20th, then half voice",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": L(DIRECTOR[0], NAMEC), "email": L(DIRECTOR[1], MAIL)},
            "text": L("I'll miss Thursday, I'm on vocal rest for my nodules", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/lessons", headers=_h(rng, **b), body={
            "coach": "coach_41", "slot": "2025-12-21T11:00", "price": L("55.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "product": L("laululind_pro_month", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/calendar/sync", headers=_h(rng, **b), body={
            "account": L(EMAIL, MAIL), "provider": "google", "events": [
                {"title": "HCC rehearsal", "start": "2025-12-11T19:00", "where": CHOIR["hall"]},
                {"title": "HCC concert", "start": "2025-12-20T16:00", "where": CHOIR["hall"]}]}),
        lines(f, f"{a}/v1/practice/log", log, headers=_h(rng, **b)),
        case(f, f"{a}/v1/mic/calibrate", fmt="form", headers=_h(rng, **b), body={
            "input": "USB-C headset", "noiseFloorDb": "28.4", "gainDb": "9",
            "sampleRate": "48000", "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/takes/{take}/share", fmt="form", headers=_h(rng, **b), body={
            "sms": L(PEOPLE[2][1], TEL), "message": L("Listen to my alto line!", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("take_recorded", 1, sec=42), ev("enrolled", 2),
                ev("screen", 3, screen=L("PartPractice", USAGE))]}),
        case(f, f"{a}/v1/library", headers=_h(rng, how="nodash"),
             cookies={"ll_sid": L(opaque(rng, "", 40), CRED), "ll_theme": "night"}),
    ]


def laululind_sdks() -> list[Case]:
    rng = random.Random(8072)
    return [
        km_batch(APP, rng, [("Take Recorded", {"exercise": "lip_trill", "score": 82}),
                            ("Part Uploaded", {})]),
        km_queue(APP, rng, [("Metronome Started", {"bpm": 72}), ("Range Test Done", {})]),
        rv_install(APP, rng, first=False, user=True, n=21),
        rv_event(APP, rng, "subscribe", {"plan": "pro_month"}, revenue=7.99, hashed=True),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="choir,singing,classical"),
        vk_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                 [vk_crumb("nav", "Exercise -> Record"),
                  vk_crumb("log", "audio route", {"route": "usb"})], screen="RecordActivity"),
        ly_eval(APP, rng, {"section": SECTION, "pitchEngine": "v3"}),
        tk_register(APP, rng, tags={"rehearsal_reminders": "on"}),
        no_check(APP, rng, {"analytics": True, "ads": True}),
        ak_attach(APP, rng, L(M4A + b"\x01", MEDIA), "glitch.m4a", "audio/mp4"),
    ]
