"""Karaoke singing-coach app "Belto": sign-up, a Google sign-in (an ID token), ``/me``, the
profile and avatar, a song search, the song's guide, headphone calibration, a vocal-range test,
a take uploaded (M4A and its metadata), the take's analysis (her pitch contour and timbre, gzip
JSON) and a live pitch stream (protobuf, packed floats), a voice ID enrolment, a question to
the coach, a duet invitation to a friend, a comment, follows, a check-in at a karaoke bar,
warm-ups (msgpack), publishing, a Play subscription, push, events and the feed by a cookie
GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
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
    VOICE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families51_kit import BAR_AT, DUET_FRIEND, SONG, contour, fix, melody, obj
from eval_families51_sdk import (
    bt_bid,
    bt_notice,
    cp_crash,
    cp_crumb,
    iv_event,
    iv_link,
    iv_session,
    ty_batch,
    ty_identify,
)
from eval_families51_svc import fs_eval, pk_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("belto", "Belto", "com.example.belto", "4.6.1", "https://api.belto.example.com")
IID = "X-Belto-Install"
PW = "High-C-Lantern-6"
HANDLE = "janesings"
SINGERS = others(random.Random(5170), 4, "bl_")  # other singers (negatives)
BAR_FIX = (40.728392, -73.984817)  # her phone inside the bar


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def belto() -> list[Case]:
    rng = random.Random(5171)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    take = obj(rng, "take", 10)
    f0 = contour(rng, 60)
    mfcc = [round(rng.gauss(0, 6), 3) for _ in range(13)]
    timbre = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    acc: dict[str, str] = {}
    live = pb([(1, take), (2, L(USER_ID, UID)), (3, 1765320600),
               (4, L(struct.pack(f"<{len(f0[:40])}f", *f0[:40]), VOICE)), (5, 20)], "", acc)
    bla, blo = fix(BAR_FIX)
    idt: Acc = {}
    id_token = tok({"iss": "https://accounts.example.com", "sub": L("104877320915567123408",
                                                                     UID),
                    "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "belto-android",
                    "iat": 1765300000}, "body", "id_token", idt)
    return [
        case(f, f"{a}/auth/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "birthYear": L(1991, BIRTH), "newsletter": False}),
        add(case(f, f"{a}/auth/google", fmt="form", headers=_h(rng), body={
            "id_token": id_token, "client": "android"}), idt),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/profile", headers=_h(rng, **b), body={
            "displayName": L(f"{FIRST} {LAST[0]}.", NAMEC), "city": L("New York", COARSE),
            "bio": L("Shower soprano working on my belt. Open to duets!", TEXT),
            "voiceType": "mezzo-soprano"}),
        multipart(f, f"{a}/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/songs/search", headers=_h(rng, **b), query={
            "q": L("harbor lights acoustic", SEARCH), "limit": "20"}),
        case(f, f"{a}/songs/{SONG['id']}/guide", headers=_h(rng, **b), query={
            "key": "G", "shift": "-2"}),
        case(f, f"{a}/calibration", headers=_h(rng, **b), body={
            "headphones": "Pulse Buds 2", "latencyMs": 182, "mic": "builtin",
            "noiseFloorDb": 34.5, "gainDb": 6}),
        case(f, f"{a}/range-test", headers=_h(rng, **b), body={
            "lowest": "E3", "highest": "C5", "voiceType": "mezzo-soprano", "passaggio": "E4",
            "attempts": 2}),
        multipart(f, f"{a}/takes", [
            ("audio", "take.m4a", "audio/mp4", L(M4A + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"take": take, "song": SONG["id"],
                                                "keyShift": -2, "durationMs": 198400,
                                                "score": 84})], headers=_h(rng, **b)),
        case(f, f"{a}/takes/{take}/analysis", gz=True, headers=_h(rng, **b), body={
            "frameMs": 20, "pitchHz": L(f0, VOICE), "reference": melody(12),
            "timbre": {"mfccMean": L(mfcc, VOICE), "embedding": L(timbre, VOICE)},
            "accuracy": 0.81, "onTimePct": 92, "vibratoHz": 5.4}),
        raw(f, f"{a}/takes/{take}/live", live, "application/x-protobuf", acc,
            headers=_h(rng, **b)),
        case(f, f"{a}/voice-id/enroll", headers=_h(rng, **b), body={
            "purpose": "tag my takes in party mode", "phrases": 3,
            "embedding": L([round(rng.gauss(0, 0.1), 4) for _ in range(192)], VOICE),
            "model": "spk-ecapa-192"}),
        case(f, f"{a}/coach/questions", headers=_h(rng, **b), body={
            "take": take, "text": L("I keep going flat on the high notes in the chorus", TEXT)}),
        case(f, f"{a}/duets", headers=_h(rng, **b), body={
            "song": SONG["id"], "part": "A", "invite": {"name": L(DUET_FRIEND[0], NAMEC),
                                                        "phone": L(DUET_FRIEND[1], TEL)}}),
        case(f, f"{a}/comments", headers=_h(rng, **b), body={
            "on": obj(rng, "take", 10), "author": SINGERS[0],
            "text": L("That bridge gave me chills, how do you keep it so steady?", TEXT)}),
        case(f, f"{a}/follow", fmt="form", headers=_h(rng, **b), body={
            "targets": ",".join(SINGERS[1:]), "source": "leaderboard"}),
        case(f, f"{a}/venues/checkin", headers=_h(rng, **b), body={
            "venue": "ven_22c9", "venueLat": BAR_AT[0], "venueLon": BAR_AT[1],
            "lat": bla, "lon": blo, "mode": "party"}),
        case(f, f"{a}/warmups/complete", fmt="msgpack", headers=_h(rng, **b), body={
            "exercises": ["lip_trill", "siren", "5_note_scale"],
            "practiceMinutes": L(14, USAGE), "streak": 6}),
        case(f, f"{a}/takes/{take}/publish", fmt="form", headers=_h(rng, **b), body={
            "caption": L("First try at this one, be nice", TEXT), "visibility": "public",
            "allow_duet": "1"}),
        case(f, f"{a}/billing/play", headers=_h(rng, **b), body={
            "sku": L("belto_pro_monthly", BUY), "orderId": L("GPA.3347-2210-9981-66120", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("take_uploaded", 1, secs=198), ev("warmup_done", 2),
                ev("screen", 3, screen=L("TakeReview", USAGE))]}),
        case(f, f"{a}/feed", headers=_h(rng, how="plain"),
             cookies={"bl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def belto_sdks() -> list[Case]:
    rng = random.Random(5172)
    return [
        ty_batch(APP, rng, [("Take Recorded", {"song": SONG["id"], "score": 84}),
                            ("Paywall Viewed", {"from": "analysis"})]),
        ty_identify(APP, rng, {"handle": L(HANDLE, UID), "plan": "pro"}),
        iv_session(APP, rng, first=True),
        iv_event(APP, rng, "subscription", {"plan": "pro_monthly"}, revenue=7.99, hashed=True),
        bt_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}},
               yob=1991, gender="F", keywords="karaoke,pop,music"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                 [cp_crumb("nav", "Song -> Record"),
                  cp_crumb("ui", "tap", {"target": "record"})], screen="RecordActivity"),
        fs_eval(APP, rng, {"liveCoach": True}, hdr=True),
        pk_register(APP, rng, adid=True, tags={"voice": "mezzo"}),
        bt_notice(APP, rng, "imp"),
        iv_link(APP, rng, U("https://belto.example.com/open/challenge", {
            "c": "winter_duets", "utm_source": "newsletter", "uid": L(USER_ID, UID),
            "em": L(EMAIL_SHA256, MAIL)})),
    ]
