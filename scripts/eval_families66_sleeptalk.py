"""Sleep-talking recorder app "Somniloq" (the phone on the night stand records what she says in
her sleep): sign-up, a log-in, Google sign-in, ``/me``, a night started, the night's detections
(msgpack), a clip and its transcript, a voice enrolment to tell her from her partner, the night's
summary (protobuf), tags and a note, a clip shared, the partner invited, a library search,
settings, the room's readings, a Health Connect import, a subscription, feedback, an export,
push, events and the nights by a cookie GET."""

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
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families66_kit import embedding, talk_events
from eval_families66_sdk import ah_event, ah_launch, bk_bid, cl_crumb, cl_report, tq_batch, tq_queue
from eval_families66_svc import om_check, pb_register, rw_attach, rw_message
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("somniloq", "Somniloq", "com.example.somniloq", "3.3.0",
          "https://api.somniloq.example.com")
IID = "X-Somniloq-Install"
PW = "Murmur%Moon2291"
GOOGLE_SUB = "109876543210987654321"  # her Google account's subject (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def somniloq() -> list[Case]:
    rng = random.Random(6651)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="premium"))}
    b = {"auth": "bearer"}
    night, clip = obj(rng, "ngt", 10), obj(rng, "clp", 10)
    n = f"{a}/v1/nights/{night}"
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "somniloq-android",
               "iat": 1765300000}, "body", "idToken", acc)
    lab: dict[str, str] = {}
    summ = pb([(1, L(USER_ID, UID)), (2, night), (3, L(431, FIT)), (4, 7), (5, L(22, MED)),
               (6, [(1, 1765255800), (2, 1765282200)]), (7, L(74, FIT))], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "displayName": L(FIRST, NAMEC), "birthYear": L(1991, BIRTH),
            "gender": L("female", GENDER), "marketing": False}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
            "idToken": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nights", headers=_h(rng, **b), body={
            "night": night, "start": "2025-12-08T23:31:00-05:00", "charging": True,
            "micGainDb": 18, "baselineDbfs": -52.4, "bedPartner": True}),
        case(f, f"{n}/detections", fmt="msgpack", headers=_h(rng, **b), body={
            "talk": talk_events(rng, 7), "snoreMin": L(22, MED), "coughs": 2}),
        multipart(f, f"{n}/clips", [
            ("audio", "clip_0241.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"clip": clip, "offsetS": 10841, "lengthS": 14,
                                                "dbfs": -21.7, "speaker": "me"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/clips/{clip}/transcript", headers=_h(rng, **b), body={
            "text": L("No, not the red folder, leave the keys under the mat", TEXT),
            "lang": L("en-US", DEV), "confidence": 0.71}),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng, **b), body={
            "purpose": "tell my voice from my partner's", "phrases": 3,
            "embedding": L(embedding(rng), VOICE), "model": "xvec-256", "snr": 21.4}),
        raw(f, f"{n}/summary", summ, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{n}/tags", headers=_h(rng, **b), body={
            "tags": ["late dinner", "stress", "wine"],
            "note": L("Took 3 mg melatonin at eleven, woke at 4", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/clips/{clip}/share", headers=_h(rng, **b), body={
            "caption": L("Apparently I negotiate real estate in my sleep", TEXT),
            "target": "story", "expiresH": 24}),
        case(f, f"{a}/v1/partners/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "canHearClips": True}),
        case(f, f"{a}/v1/library", headers=_h(rng, **b), query={
            "q": L("keys", SEARCH), "speaker": "me", "from": "2025-11-01"}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "sensitivity": "high", "keepDays": "30", "autoStart": "23:30",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{n}/environment", headers=_h(rng, **b), body={
            "tempC": 19.5, "noiseDb": [31, 30, 33, 35, 29], "lux": 0.4, "fan": True}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "sleepMin": L([402, 431, 388], FIT), "restingHr": L([58, 60, 59], FIT),
            "steps": L([7210, 9921, 5118], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("somniloq_premium_year", BUY), "price": L("29.99", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "rating": 4, "text": L("Please let me mute the fan noise in clips", TEXT),
            "appVersion": APP.ver}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "zip", "email": L(EMAIL, MAIL), "include": "clips,transcripts"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("night_started", 1), ev("clip_played", 2, clip=clip),
                ev("screen", 3, screen=L("MorningReport", USAGE))]}),
        case(f, f"{a}/v1/nights", headers=_h(rng, how="upper"),
             cookies={"sq_session": L(opaque(rng, "", 40), CRED),
                      "sq_install": L(INSTALL_ID.upper(), DID)}),
    ]


def somniloq_sdks() -> list[Case]:
    rng = random.Random(6652)
    return [
        tq_batch(APP, rng, [("Night Ended", {"clips": 7, "hours": L(7.2, FIT)}),
                            ("Clip Shared", {"target": "story"})]),
        tq_queue(APP, rng, [("Recording Interrupted", {"reason": "call"}),
                            ("Paywall Viewed", {})]),
        ah_launch(APP, rng, first=True),
        ah_event(APP, rng, "af_subscribe", {"plan": "year"}, revenue=29.99, hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               keywords="sleep,podcasts,white noise"),
        cl_report(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialized"),
                  [cl_crumb("navigation", "Home -> Recording"),
                   cl_crumb("log", "mic busy", {"holder": "com.example.dialer"})],
                  screen="RecordingService",
                  meta={"network": {"type": L("wifi", DEV), "localIp": L(LOCAL_IP, DEV)}}),
        pb_register(APP, rng, tags={"morning_report": "07:00"}),
        om_check(APP, rng, {"analytics": True, "ads": True}),
        rw_message(APP, rng, L("Transcripts stopped working after the update", TEXT),
                   {"plan": "premium"}),
        rw_attach(APP, rng, L(M4A + b"\x32", MEDIA), "clip_0241.m4a", "audio/mp4"),
    ]
