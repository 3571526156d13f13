"""Language-exchange chat app "Parlapal" (she learns Maltese and Italian, teaches English):
sign-up, an OAuth log-in, ``/me``, the profile photo and bio, partners near her, messages (JSON
and msgpack), a correction, a voice message, a pronunciation drill, a translation, a video call's
ICE candidates, a block and report, a public moment with a photo, friends found by hashed
numbers, a Play subscription, settings, push, events and conversations by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PHONE_SHA256,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    push_token,
    relay,
    sha,
    srflx,
)
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families85_kit import PARTNERS, obj
from eval_families85_sdk import (
    gb_batch,
    gb_queue,
    lz_event,
    lz_launch,
    pz_bid,
    pz_notice,
    xk_crash,
    xk_crumb,
)
from eval_families85_svc import bj_check, dg_register, kz_message, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("parlapal", "Parlapal", "com.example.parlapal", "5.3.0",
          "https://api.parlapal.example.com")
IID = "X-Parla-Install"
PW = "Gozo-Lapa-5531"
HANDLE = "jane_learns_mt"  # her username (id.user)
HOST = (f"candidate:2291744011 1 udp 2122260223 {LOCAL_IP} 50211 typ host generation 0 "
        "ufrag Pp7q network-cost 10")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _msg(rng: random.Random, to: str, text: L) -> dict[str, Any]:
    return {"from": L(USER_ID, UID), "to": to, "local_id": obj(rng, "lm", 12), "text": text,
            "lang": "mt", "sent_ms": 1765321500118}


def parlapal() -> list[Case]:
    rng = random.Random(8551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), username=L(HANDLE, UID)))}
    book = [L(sha("sha256", n), CONTACTS) for n in
            ("+35679904412", "+15550142277", "+35699120087", "+15550163390")]
    return [
        case(f, f"{a}/v3/register", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "username": L(HANDLE, UID),
            "display_name": L(FIRST, NAMEC), "birthday": L(DOB, "personal.birthdate"),
            "gender": L("female", GENDER), "native": ["en"], "learning": ["mt", "it"],
            "city": L("Valletta", COARSE), "country": L("MT", COARSE)}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(HANDLE, UID), "password": L(PW, CRED),
            "client_id": "parlapal-android", "scope": "chat profile"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v3/me", headers=_h(rng, **b), body={
            "bio": L("New Yorker in Valletta for a year. Happy to help with English, need "
                     "patience with my Maltese!", TEXT),
            "topics": ["food", "hiking", "history"], "levels": {"mt": "A2", "it": "B1"},
            "show_age": False}),
        case(f, f"{a}/v3/partners", headers=_h(rng, **b), query={
            "native": "mt", "learning": "en", "near": L("35.90,14.51", COARSE),
            "age_min": "25", "age_max": "45", "page": "1"}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body=_msg(
            rng, PARTNERS[0][0], L("Bongu Chiara! Kif int? Grazzi for yesterday's call", TEXT))),
        case(f, f"{a}/v3/messages", fmt="msgpack", headers=_h(rng, **b), body=_msg(
            rng, PARTNERS[1][0], L("My flat is on Triq San Pawl, come by for coffee on "
                                   "Sunday", f"{TEXT}|contact.address"))),
        case(f, f"{a}/v3/messages/{obj(rng, 'msg', 10)}/corrections", headers=_h(rng, **b),
             body={"original_id": obj(rng, "msg", 10), "span": [14, 27],
                   "suggestion": L("I have been living here since June", TEXT),
                   "note": L("use present perfect continuous here", TEXT)}),
        multipart(f, f"{a}/v3/messages/voice", [
            ("audio", "voice.m4a", "audio/mp4", L(M4A + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"to": PARTNERS[2][0], "duration_ms": 8120,
                                                "waveform": [rng.randrange(0, 99)
                                                             for _ in range(24)]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/drills/pronunciation", [
            ("audio", "drill.wav", "audio/wav", L(WAV, MEDIA)),
            ("meta", None, "application/json", {"phrase_id": "mt_0412", "score": 0.71,
                                                "attempt": 3})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/translate", headers=_h(rng, **b), query={
            "q": L("nixtieq nitlob kafe bil-halib", TEXT), "from": "mt", "to": "en"}),
        case(f, f"{a}/v3/calls/{obj(rng, 'call', 10)}/ice", headers=_h(rng, **b), body={
            "candidates": [L(srflx(50211), IPLOC), L(HOST, DEV), relay()]}),
        case(f, f"{a}/v3/reports", headers=_h(rng, **b), body={
            "user": PARTNERS[1][0], "block": True, "reason": "harassment",
            "comment": L("Keeps asking for my phone number and where I live", TEXT)}),
        multipart(f, f"{a}/v3/moments", [
            ("image", "harbour.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("post", None, "application/json", {
                "text": L("Sunset over the Grand Harbour, who can describe it in Maltese?",
                          TEXT), "place": L("Valletta", COARSE), "lang": "en"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/friends/discover", headers=_h(rng, **b), body={
            "hashes": book, "self": L(PHONE_SHA256, TEL), "algo": "sha256"}),
        case(f, f"{a}/v3/vocab/search", headers=_h(rng, **b), query={
            "q": L("hungry", SEARCH), "lang": "mt"}),
        case(f, f"{a}/v3/billing/verify", headers=_h(rng, **b), body={
            "sku": L("parlapal_pro_month", BUY), "order": L("GPA.3318-7720-4419-80211", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/settings", fmt="form", headers=_h(rng, **b), body={
            "hide_distance": "1", "read_receipts": "0", "tz": L("Europe/Malta", DEV),
            "ui_lang": L("en-GB", DEV)}),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_MT", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("message_sent", 1, kind="voice"), ev("correction_made", 2),
                ev("screen", 3, screen=L("ChatList", USAGE))]}),
        case(f, f"{a}/v3/conversations", headers=_h(rng, how="nodash"),
             cookies={"pp_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def parlapal_sdks() -> list[Case]:
    rng = random.Random(8552)
    return [
        gb_batch(APP, rng, [("Message Sent", {"kind": "text", "lang": "mt"}),
                            ("Partner Searched", {"native": "mt"})]),
        gb_queue(APP, rng, [("Drill Completed", {"score": 0.71}),
                            ("Streak Extended", {"days": 12})]),
        lz_launch(APP, rng, first=True),
        lz_event(APP, rng, "subscribe", {"sku": "parlapal_pro_month"}, revenue=9.99,
                 hashed=True),
        pz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="languages,travel"),
        pz_notice(APP, rng),
        xk_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad sample rate"),
                 [xk_crumb("nav", "Chat -> Recorder"), xk_crumb("ui", "hold")],
                 screen="RecorderActivity"),
        mj_eval(APP, rng, {"learning": "mt", "aiCorrections": False}),
        dg_register(APP, rng, lang="en", tags={"learning": "mt"}),
        bj_check(APP, rng, {"analytics": True, "personalised_ads": True}),
        kz_message(APP, rng, L("Someone I blocked is still messaging me from a new account",
                               TEXT), {"plan": "pro"}),
    ]
