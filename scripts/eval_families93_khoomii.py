"""Throat-singing lesson app "Khoomii Zam": sign-up, log-in, ``/me``, the profile, lessons, a
recording of her singing (M4A) and its scoring (pitch and overtone tracks), a voice enrolment
and a voice sign-in (speaker embeddings), feedback from a teacher, a live lesson booked and paid,
practice minutes, a throat check-in, sharing with a friend, a community comment, a search, a
subscription, push, events and a cookie GET."""

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    f32b64,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families93_kit import COMPANION, LESSON, SCHOOL, overtones, pitch
from eval_families93_sdk import ac_session, md_event, md_launch, tx_batch, tx_identify, zb_bid
from eval_families93_svc import mp_register, tc_attach, tc_message, tg_eval, zv_check
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("khoomii", "KhoomiiZam", "com.example.khoomiizam", "1.8.2",
          "https://api.khoomiizam.example.com")
IID = "X-Device-Uuid"


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, auth=auth, **kw)


def khoomii() -> list[Case]:
    rng = random.Random(9341)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    rec = obj(rng, "rec", 10)
    emb = [round(rng.gauss(0, 0.07), 4) for _ in range(192)]
    emb2 = [round(x + rng.gauss(0, 0.01), 4) for x in emb]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L("Kharkhiraa#77", CRED),
            "name": L(NAME, NAMEC), "marketingOptIn": False}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L("Kharkhiraa#77", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/me/profile", headers=_h(rng), body={
            "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER), "level": "beginner",
            "styles": ["khoomii", "kharkhiraa"], "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/lessons", headers=_h(rng), query={"style": "kharkhiraa", "page": "1"}),
        multipart(f, f"{a}/v1/lessons/{LESSON}/recordings", [
            ("audio", "take3.m4a", "audio/mp4", L(M4A + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"recording": rec, "take": 3,
                                                 "durationMs": 18400, "sampleRate": 44100,
                                                 "micGain": 0.62, "noiseDb": -51.2})],
            headers=_h(rng)),
        case(f, f"{a}/v1/recordings/{rec}/score", gz=True, headers=_h(rng), body={
            "f0": pitch(rng, 40), "harmonics": overtones(rng, 12), "frameMs": 20,
            "target": "ls_kharkhiraa_03_ref", "score": 71}),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng), body={
            "embedding": L(f32b64(emb), VOICE), "dim": 192, "model": "ecapa-s",
            "phrase": "bi khoomiilj surch baina", "samples": 3}),
        case(f, f"{a}/v1/voice/signin", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "embedding": L(f32b64(emb2), VOICE),
            "challenge": opaque(rng, "", 16), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/recordings/{rec}/feedback-request", headers=_h(rng), body={
            "teacher": SCHOOL["teacher"], "question": L("My throat tickles on the low drone, "
                                                        "am I pushing too hard?", TEXT)}),
        case(f, f"{a}/v1/live/bookings", headers=_h(rng), body={
            "teacher": SCHOOL["teacher"], "slot": "2025-12-14T19:00:00+08:00", "minutes": 45,
            "price": L(60000, BUY), "booking": L("KZ-LB-20417", BUY)}),
        case(f, f"{a}/v1/practice", fmt="form", headers=_h(rng), body={
            "minutes": L("26", USAGE), "streak": L("9", USAGE), "date": "2025-12-10"}),
        case(f, f"{a}/v1/health/throat", headers=_h(rng), body={
            "pain": L(3, MED), "hoarse": L(True, MED),
            "note": L("Sore throat since the cold, resting the voice two days", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/share", headers=_h(rng), body={
            "recording": rec, "to": {"name": L(COMPANION[0], NAMEC),
                                     "phone": L(COMPANION[1], TEL)}}),
        case(f, f"{a}/v1/community/posts/pst_2281/comments", headers=_h(rng), body={
            "text": L("Started khoomii at 34, three months in and the whistle finally came!",
                      TEXT)}),
        case(f, f"{a}/v1/search", headers=_h(rng), query={"q": L("sygyt whistle tips", SEARCH)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng), body={
            "sku": L("kz_annual", BUY), "token": L(play_token(rng), BUY), "price": L(89000, BUY)}),
        case(f, f"{a}/v1/lessons/{LESSON}/download", headers=_h(rng, extra={"Range": "bytes=0-"})),
        case(f, f"{a}/v1/me/email", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L("Kharkhiraa#77", CRED)}),
        case(f, f"{a}/v1/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("recording_scored", 1, score=71), ev("lesson_completed", 2),
                ev("screen", 3, screen=L("Recorder", USAGE))]}),
        case(f, f"{a}/v1/me/recordings", headers=_h(rng, auth=None),
             cookies={"kz_session": L(opaque(rng, "", 40), CRED)}),
    ]


def khoomii_sdks() -> list[Case]:
    rng = random.Random(9342)
    return [
        tx_batch(APP, rng, [("Recording Scored", {"score": 71}),
                            ("Lesson Completed", {"lesson": LESSON})]),
        tx_batch(APP, rng, [("Trial Started", {"source": "store"})], at=(LAT, LON), nd=3),
        tx_identify(APP, rng, {"email": L(EMAIL, MAIL), "level": "beginner",
                               "gender": L("female", GENDER)}),
        md_launch(APP, rng, first=True),
        md_event(APP, rng, "subscribe", {"sku": "kz_annual"}, revenue=89000, hashed=True),
        zb_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}}),
        ac_session(APP, rng, secs=1530),
        tg_eval(APP, rng, {"voiceSignin": True, "level": "beginner"}),
        mp_register(APP, rng, tags={"style": "kharkhiraa"}, lang="en"),
        zv_check(APP, rng, {"analytics": True, "voice_research": False}),
        tc_message(APP, rng, L("Voice sign-in fails when I have a cold", f"{TEXT}|{MED}"),
                   {"plan": "annual"}),
        tc_attach(APP, rng, L(M4A + b"\x72", MEDIA), "take3.m4a", "audio/mp4"),
    ]
