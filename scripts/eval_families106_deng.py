"""Kurdish-language audiobook app "Dengname" (deng: voice; Kurmanji and Sorani titles read by
narrators; unlike set 10's e-reader it is listening only): sign-up with Google-style e-mail,
log-in, ``/me``, a search, the catalogue, playback start and a progress sync (msgpack), a
protobuf listening heartbeat, offline downloads, a bookmark with a note, a clip shared, a
narration request, a review, the family profile for her daughter, the subscription and a Play
purchase check, car mode, push, events and the library by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families106_kit import BOOK, CHILD, obj
from eval_families106_sdk import hw_event, hw_session, lt_batch, ob_bid, sl_crash
from eval_families106_svc import ah_check, cw_register, fk_eval, pb_message
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("deng", "Dengname", "com.example.dengname", "4.6.0", "https://api.dengname.example.org")


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="X-Dn-Device", **kw)


def dengname() -> list[Case]:
    rng = random.Random(10641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer", "lang": True}
    ch = obj(rng, "ch", 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, BOOK["id"]), (3, ch), (4, 1834),
               (5, L(2710, USAGE)), (6, 1.25)], "", lab)
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Mem&Zin1692", CRED),
            "displayName": L(NAME, NAMEC), "uiLang": L("ku-Latn", DEV), "marketing": False}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L("Mem&Zin1692", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan=L("family", BUY)))})),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("Ehmedê Xanî", SEARCH), "lang": "kmr", "page": "1"}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("çîrokên zarokan", SEARCH), "lang": "ckb"}),
        case(f, f"{a}/v3/books/{BOOK['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/playback/start", headers=_h(rng, **b), body={
            "book": BOOK["id"], "chapter": ch, "narrator": BOOK["narrator"], "speed": 1.25,
            "output": L("bluetooth", DEV), "session": opaque(rng, "ps", 12)}),
        case(f, f"{a}/v3/playback/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "book": BOOK["id"], "chapter": ch, "posMs": 1834000,
            "listenedSec": L(2710, USAGE), "isbn": BOOK["isbn"]}),
        raw(f, f"{a}/v3/playback/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/downloads", headers=_h(rng, **b), body={
            "book": BOOK["id"], "chapters": [ch, obj(rng, "ch", 6)], "wifiOnly": True,
            "freeStorage": L(22011330560, DEV)}),
        case(f, f"{a}/v3/bookmarks", headers=_h(rng, **b), body={
            "book": BOOK["id"], "chapter": ch, "posMs": 1201400,
            "note": L("Read this passage to Sara tonight", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/clips/share", headers=_h(rng, **b), body={
            "book": BOOK["id"], "fromMs": 1190000, "toMs": 1221000,
            "message": L("Guhdarî bike, ev beş pir xweş e", TEXT), "channel": "whatsapp"}),
        case(f, f"{a}/v3/requests", fmt="form", headers=_h(rng, **b), body={
            "title": "Dîwana Melayê Cizîrî", "text": L(
                "Please add a Kurmanji narration, my daughter is learning to read", TEXT)}),
        case(f, f"{a}/v3/books/{BOOK['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Rêzan's voice is perfect for Mem û Zîn", TEXT)}),
        case(f, f"{a}/v3/family/profiles", headers=_h(rng, **b), body={
            "name": L(CHILD["first"], NAMEC), "birthYear": L(2014, BIRTH), "kidsMode": True,
            "avatar": "fox_3", "profileId": obj(rng, "prof", 6)}),
        case(f, f"{a}/v3/subscriptions", headers=_h(rng, **b), body={
            "plan": L("family_monthly", BUY), "price": L("7.99", BUY), "currency": "USD",
            "trial": False}),
        case(f, f"{a}/v3/purchases/play", fmt="form", headers=_h(rng, **b), body={
            "productId": L("dn_family_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-5520-1174-40921", BUY)}),
        case(f, f"{a}/v3/carmode", headers=_h(rng, **b), body={
            "connected": True, "car": L("Android Auto 11.4", DEV), "sessionMin": L(34, USAGE)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("ku", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("chapter_complete", 1, chapter=ch), ev("speed_changed", 2, speed=1.25),
                ev("screen", 3, screen=L("Player", USAGE))]}),
        case(f, f"{a}/v3/library", headers=_h(rng, how="plain"),
             cookies={"dn_sess": L(opaque(rng, "", 40), CRED), "dn_profile": "main"}),
    ]


def dengname_sdks() -> list[Case]:
    rng = random.Random(10642)
    return [
        lt_batch(APP, rng, [("playback_started", {"book": BOOK["id"]}),
                            ("search", {"q": L("Ehmedê Xanî", SEARCH)})], adid=True),
        hw_session(APP, rng, first=True),
        hw_event(APP, rng, "subscribe", {"plan": "family_monthly"}, revenue=7.99,
                 currency="USD", hashed=True),
        ob_bid(APP, rng, {"audio": {"mimes": ["audio/mp4"], "minduration": 5}},
               keywords=L("kurdish literature,poetry", SEARCH)),
        sl_crash(APP, rng, ("android.media.MediaCodec$CodecException", "decoder stalled"),
                 ["play chapter", "seek"], screen="PlayerActivity",
                 extra={"email_hash": L(EMAIL_SHA256, MAIL)}),
        fk_eval(APP, rng, {"kidsMode": True}, hdr=True),
        cw_register(APP, rng, tags={"lang": "kmr", "plan": L("family", BUY)}),
        ah_check(APP, rng, {"analytics": True, "ads": True}),
        pb_message(APP, rng, L("I was charged twice for the family plan this month",
                               f"{TEXT}|{BUY}"), {"plan": L("family_monthly", BUY)}),
    ]
