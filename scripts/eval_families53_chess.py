"""Multiplayer chess app with voice chat "Knightloom": registration with a username, an OAuth
log-in, the account by JWT, the profile (an avatar and a bio), a seek, moves (msgpack), game chat,
joining a voice room (ICE candidates) and its call stats, a voice clip, a report of a player,
fair-play telemetry (a touch path, focus losses, engine apps installed), a player search, friends
found by hashed numbers and a friend request, a tournament with a fee, an engine analysis, a
lesson booked, push, events, the archive by a cookie GET and a Play purchase."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    APPS,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    relay,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families53_kit import HANDLE, OPPONENTS, PGN, obj, touch_path
from eval_families53_sdk import bt_bid, bt_win, ck_push, ck_session, mp_batch, mp_pixel, sk_session
from eval_families53_svc import pw_card, pw_confirm, tg_poll
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PUBLIC_IP, USER_ID, Case, J, L, W, case, h

APP = App("knightloom", "Knightloom", "com.example.knightloom", "5.17.3",
          "https://api.knightloom.example.com")
IID = "X-KL-Client"
PW = "Najdorf!Sveshnikov4"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _ctx() -> dict[str, Any]:
    """The client context header: base64 JSON (the install ID, the zone, the network)."""
    return {"X-KL-Context": W({"client": L(INSTALL_ID, DID), "tz": L("America/New_York", DEV),
                               "net": L("wifi", DEV), "build": 51703}, "b64json")}


def knightloom() -> list[Case]:
    rng = random.Random(5341)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, username=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    game, room = obj(rng, "g", 12), obj(rng, "vr", 8)
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 61733 typ host generation 0"
    srflx = (f"candidate:3 1 udp 1686052607 {PUBLIC_IP} 61733 typ srflx raddr 0.0.0.0 "
             "rport 0 generation 0")
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "username": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "birthYear": L(1991, BIRTH), "country": L("US", COARSE), "newsletter": False}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(HANDLE, UID), "password": L(PW, CRED),
            "client_id": "kl-android"}),
        case(f, f"{a}/api/v1/account", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/account/profile", [
            ("avatar", "me.png", "image/png", L(PNG + b"\x71", MEDIA)),
            ("profile", None, "application/json", {
                "bio": L("Najdorf addict from Brooklyn, 1700 rapid", TEXT),
                "location": L("Brooklyn", COARSE), "flag": L("US", COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/seeks", headers=_h(rng, how="none", extra=_ctx(), **b), body={
            "time": "10+5", "rated": True, "ratingMin": 1550, "ratingMax": 1850,
            "color": "random", "voice": True}),
        case(f, f"{a}/api/v1/games/{game}/moves", fmt="msgpack", headers=_h(rng, how="none", **b),
             body={"uci": "g1f3", "san": "Nf3", "ply": 3, "clockMs": 588120,
                   "moveTimeMs": 2411}),
        case(f, f"{a}/api/v1/games/{game}/chat", headers=_h(rng, how="none", **b), body={
            "room": "player", "text": L("gl hf! didn't expect the Najdorf", TEXT)}),
        case(f, f"{a}/api/v1/voice/rooms/{room}/join", headers=_h(rng, how="none", extra=_ctx(),
                                                                   **b), body={
            "game": game, "codec": "opus", "pushToTalk": False,
            "candidates": [{"candidate": L(host, DEV), "sdpMLineIndex": 0},
                           {"candidate": L(srflx, IPLOC), "sdpMLineIndex": 0},
                           {"candidate": relay(), "sdpMLineIndex": 0}]}),
        case(f, f"{a}/api/v1/voice/rooms/{room}/stats", fmt="form", headers=_h(rng, **b),
             body={"jitterMs": "11", "lossPct": "0.4", "rttMs": "48", "mos": "4.2",
                   "network": L("wifi", DEV), "talkSec": L("312", USAGE)}),
        multipart(f, f"{a}/api/v1/voice/clips", [
            ("clip", "clip.m4a", "audio/mp4", L(M4A + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"room": room, "durationMs": 14200,
                                                "speaker": L(HANDLE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/reports", headers=_h(rng, **b), body={
            "player": OPPONENTS[0], "game": game, "reason": "abusive_voice",
            "details": L("He kept insulting me on voice after I won the exchange", TEXT)}),
        case(f, f"{a}/api/v1/fairplay", gz=True, headers=_h(rng, **b), body={
            "game": game, "drag": L(touch_path(rng, 30), MOTION),
            "focusLost": L(2, USAGE), "moveTimesMs": [2411, 5120, 980, 14022, 3301],
            "suspectApps": [L("com.example.stockfishpro", APPS),
                            L("com.example.chessvision", APPS)]}),
        case(f, f"{a}/api/v1/players/search", headers=_h(rng, **b), query={
            "q": L("zugzwang", SEARCH), "limit": "20"}),
        case(f, f"{a}/api/v1/friends/discover", headers=_h(rng, **b), body={
            "self": L(PHONE_SHA256, TEL),
            "hashes": [L(h("sha256", p[1]), CONTACTS) for p in PEOPLE[:4]]}),
        case(f, f"{a}/api/v1/friends/requests", fmt="form", headers=_h(rng, **b), body={
            "to": OPPONENTS[1], "message": ""}),
        case(f, f"{a}/api/v1/tournaments/{obj(rng, 't', 6)}/join", headers=_h(rng, **b), body={
            "entryFee": L("5.00", BUY), "currency": "USD",
            "paymentMethod": L(opaque(rng, "pm_", 22), PAY)}),
        case(f, f"{a}/api/v1/analysis", headers=_h(rng, **b), body={
            "pgn": PGN, "depth": 22, "engine": "sf17", "game": game}),
        case(f, f"{a}/api/v1/lessons", headers=_h(rng, **b), body={
            "coach": "coach_" + opaque(rng, "", 6), "slot": "2025-12-13T15:00:00-05:00",
            "price": L("35.00", BUY),
            "message": L("I keep losing to the Grand Prix Attack, can we work on it?", TEXT)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "client": L(INSTALL_ID, DID),
            "platform": "android", "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("game_end", 1, result="win"), ev("voice_join", 2),
                ev("screen", 3, screen=L("Board", USAGE))]}),
        case(f, f"{a}/api/v1/games/archive", headers=_h(rng, how="none"),
             cookies={"kl_sid": L(opaque(rng, "", 32), CRED), "kl_theme": "walnut"}),
        case(f, f"{a}/api/v1/billing/play", fmt="form", headers=_h(rng, **b), body={
            "productId": L("kl_diamond_yearly", BUY),
            "orderId": L("GPA.3342-9018-7731-60455", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def knightloom_sdks() -> list[Case]:
    rng = random.Random(5342)
    return [
        mp_batch(APP, rng, [("Game Finished", {"result": "win", "time_control": "10+5"}),
                            ("Voice Joined", {"room_size": 2})], screen="Board", adid=True),
        mp_pixel(APP, rng, "Lobby", {"rating_band": "1600-1800"}),
        ck_session(APP, rng),
        ck_push(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="chess,strategy,board games"),
        bt_win(APP, rng),
        sk_session(APP, rng, secs=1840),
        tg_poll(APP, rng, {"voiceChat": True, "ratingBand": "1600-1800"}),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "5.00"),
    ]
