"""Language-exchange app "Parlora" (video calls with a native speaker; she learns Turkish before
her Istanbul stay, her partner Deniz learns English): a Google sign-in by ID token, ``/me``, the
profile, a photo, a face check (a 128-float template), a voice intro and its transcript, a
partner search, a request, messages (JSON and msgpack, a correction), a voice message, a
translation, a call (ICE candidates, face thumbnails for moderation, quality stats, a rating), a
pronunciation drill (WAV and voice features), a report, settings, a Play purchase, push, events
and the streak by a cookie GET."""

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
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    Acc,
    add,
    multipart,
    push_token,
    relay,
    srflx,
    tok,
)
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others, rid
from eval_families50_kit import HANDLE, PARTNER, mfcc, obj, pitch, vector
from eval_families50_sdk import (
    bq_bid,
    bq_win,
    cw_crash,
    cw_crumb,
    sm_batch,
    sm_identify,
    tw_event,
    tw_open,
)
from eval_families50_svc import al_message, bt_register, fb_eval
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("parlora", "Parlora", "com.example.parlora", "9.12.0", "https://api.parlora.example.net")
IID = "X-Parlora-Install"
GOOGLE_SUB = "108822417390215566031"  # her Google account's subject (id.user)
CONV = "cv_5e81a2c09d"
CALL = "call_7b04e3f1"
OTHERS = others(random.Random(5050), 3, "pl_u_")  # other learners (negatives)
HOST_CAND = (f"candidate:3390211842 1 udp 2122260223 {LOCAL_IP} 50311 typ host generation 0 "
             "ufrag Xq1v network-cost 10")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def parlora() -> list[Case]:
    rng = random.Random(5051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), plan="plus"))}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "parlora-android",
               "iat": 1765320000}, "body", "idToken", acc)
    return [
        add(case(f, f"{a}/api/v1/auth/google", headers=_h(rng), body={
            "idToken": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profile", headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "displayName": L(FIRST, NAMEC), "age": L(34, BIRTH),
            "gender": L("female", GENDER), "native": ["en"], "learning": [{"lang": "tr",
                                                                          "level": "A2"}],
            "city": L("New York", COARSE),
            "bio": L("Moving to Istanbul for work in January, I want to order çay without "
                     "panicking", TEXT)}),
        multipart(f, f"{a}/api/v1/profile/photo", [
            ("photo", "profile.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/verification/face", headers=_h(rng, **b), body={
            "template": L(vector(rng, 128), FACE), "model": "fn-128-v3", "liveness": 0.97,
            "faceBox": [188, 240, 530, 690], "attempt": 1}),
        multipart(f, f"{a}/api/v1/profile/voice-intro", [
            ("audio", "intro.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "durationMs": 18200, "lang": "tr",
                "transcript": L("Merhaba, benim adım Jane, Türkçe öğreniyorum",
                                f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/partners/search", headers=_h(rng, **b), query={
            "native": "tr", "learning": "en", "q": L("Beyoğlu", SEARCH), "ageMin": "25",
            "ageMax": "45", "online": "1"}),
        case(f, f"{a}/api/v1/partners/{PARTNER['id']}/requests", headers=_h(rng, **b), body={
            "message": L("Selam Deniz! I can help with English idioms, you with Turkish?", TEXT),
            "requestId": rid(rng)}),
        case(f, f"{a}/api/v1/conversations/{CONV}/messages", headers=_h(rng, **b), body={
            "clientId": obj(rng, "cm", 12), "to": PARTNER["id"], "lang": "tr",
            "text": L("Yarın akşam yedide konuşalım mı?", TEXT)}),
        case(f, f"{a}/api/v1/conversations/{CONV}/messages", fmt="msgpack", headers=_h(rng, **b),
             body={"clientId": obj(rng, "cm", 12), "to": PARTNER["id"], "kind": "correction",
                   "original": "I am agree with you", "replyTo": obj(rng, "m", 10),
                   "corrected": L("I agree with you (no 'am' before agree)", TEXT)}),
        multipart(f, f"{a}/api/v1/conversations/{CONV}/voice", [
            ("audio", "vm_0412.m4a", "audio/mp4", L(M4A + b"\x32", MEDIA)),
            ("meta", None, "application/json", {
                "to": PARTNER["id"], "durationMs": 9100,
                "waveform": [rng.randrange(0, 255) for _ in range(24)]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/translate", fmt="form", headers=_h(rng, **b), body={
            "text": L("Could you speak a little more slowly?", TEXT), "source": "en",
            "target": "tr"}),
        case(f, f"{a}/api/v1/calls", headers=_h(rng, **b), body={
            "callId": CALL, "callee": PARTNER["id"], "video": True, "codec": "vp9"}),
        case(f, f"{a}/api/v1/calls/{CALL}/ice", headers=_h(rng, **b), body={
            "candidates": [L(srflx(50311), IPLOC), L(HOST_CAND, DEV), relay()]}),
        multipart(f, f"{a}/api/v1/calls/{CALL}/thumbnails", [
            ("frame0", "t_0120.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("frame1", "t_0480.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"offsetsS": [120, 480], "faces": [1, 1],
                                                "nsfw": 0.01, "side": "local"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/calls/{CALL}/stats", gz=True, headers=_h(rng, **b), body={
            "durationS": L(1740, USAGE), "rttMs": [88, 92, 140, 101], "lossPct": 0.4,
            "bitrateKbps": 1180, "resolution": "640x480", "fps": 24, "network": L("wifi", DEV),
            "remote": PARTNER["id"], "relayed": False}),
        case(f, f"{a}/api/v1/calls/{CALL}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Deniz explained the vowel harmony so clearly", TEXT)}),
        multipart(f, f"{a}/api/v1/pronunciation", [
            ("audio", "drill.wav", "audio/wav", L(WAV + b"\x33", MEDIA)),
            ("features", None, "application/json", {
                "phrase": "Bir çay lütfen", "mfccMeans": L(mfcc(rng), VOICE),
                "pitchHz": L(pitch(rng, 30), VOICE), "score": 78, "snrDb": 29.4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/reports", headers=_h(rng, **b), body={
            "reported": OTHERS[0], "reason": "inappropriate", "messageIds": [obj(rng, "m", 10)],
            "comment": L("Kept asking for my Instagram instead of practising", TEXT)}),
        case(f, f"{a}/api/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "showAge": "0", "blurBackground": "1", "autoTranslate": "0"}),
        case(f, f"{a}/api/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("parlora_plus_monthly", BUY), "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("call_ended", 1, secs=1740), ev("correction_sent", 2),
                ev("screen", 3, screen=L("ConversationView", USAGE))]}),
        case(f, f"{a}/api/v1/streak", headers=_h(rng, how="none"),
             cookies={"pl_sid": L(opaque(rng, "", 44), CRED), "pl_iid": L(INSTALL_ID, DID)}),
    ]


def parlora_sdks() -> list[Case]:
    rng = random.Random(5052)
    return [
        sm_batch(APP, rng, [("Call Ended", {"secs": 1740, "partnerLang": "tr"}),
                            ("Correction Sent", {"chars": 38})], adid=True),
        sm_identify(APP, rng, {"learning": "tr", "level": "A2", "age": L(34, BIRTH),
                               "email": L(EMAIL, MAIL)}),
        tw_open(APP, rng, first=True),
        tw_event(APP, rng, "subscribe", {"plan": "plus_monthly"}, revenue=12.99, hashed=True),
        bq_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}, "rwdd": 1},
               yob=1991, gender="F", keywords="language,turkish,travel"),
        bq_win(APP, rng),
        cw_crash(APP, rng, ("org.webrtc.MediaCodecVideoEncoder$EncoderException", "stalled"),
                 [cw_crumb("nav", "Conversation -> Call"),
                  cw_crumb("net", "POST", {"url": f"{APP.api}/api/v1/calls/{CALL}/ice",
                                           "status": 204})], screen="CallActivity"),
        fb_eval(APP, rng, {"plan": "plus", "learning": "tr"}),
        bt_register(APP, rng, tags={"learning": "tr", "streak": "12"}),
        al_message(APP, rng, L("The call drops every time my partner turns on video", TEXT),
                   {"plan": "plus", "callId": CALL}),
    ]
