"""Chess and puzzle app "Rookwise" with friends, chat and a voice room: sign-up with a handle,
log-in, ``/me``, her profile (bio, FIDE ID), friends found by hashed contacts,
a player search, a move, game chat, a result, the fair-play telemetry (piece drags,
think times, focus losses, the accelerometer; gzip), a Play Integrity verdict, puzzles (msgpack),
the voice room's ICE candidates and a moderation clip with a speaker embedding, a cheating
report, a club, a tournament entry, devices, events, a Play purchase and the game archive by a
cookie-authenticated GET. Ads between games on the free tier."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_MD5,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PHONE_SHA256,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    flat,
    multipart,
    push_token,
    relay,
    series,
    sha,
    srflx,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families33_kit import HANDLE, PLAYERS, drags, obj, think_ms
from eval_families33_sdk import (
    bs_bid,
    bs_notice,
    fm_crumb,
    fm_notify,
    rh_event,
    rh_session,
    th_batch,
    th_profile,
)
from eval_families33_svc import ag_save, fc_eval, hw_attach, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LOCAL_IP, LON, NAME, USER_ID, Case, J, L, case

APP = App("rookwise", "Rookwise", "com.example.rookwise", "3.22.1",
          "https://api.rookwise.example.com")
IID = "X-Rw-Install"
GAME = "g_8TqW2kLm"
MOVES = ["e2e4", "g1f3", "d2d4", "f3d4", "b1c3", "c1e3", "f2f3", "d1d2"]
HOST_CAND = (f"candidate:2280918273 1 udp 2122260223 {LOCAL_IP} 48122 typ host generation 0 "
             "ufrag Rw4k network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def rookwise() -> list[Case]:
    rng = random.Random(3361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), tier="free"))}
    b = {"auth": "bearer"}
    contacts = [L(sha("sha256", f"+1555014{i:04d}"), CONTACTS) for i in (2277, 6339, 8773, 1004)]
    return [
        case(f, f"{a}/v1/auth/register", headers=_h(rng), body={
            "username": L(HANDLE, UID), "email": L(EMAIL, MAIL),
            "password": L("Sicilian!Najdorf6", CRED), "birthYear": L(1991, BIRTH),
            "country": L("US", COARSE), "skill": "intermediate"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L("Sicilian!Najdorf6", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "bio": L("Club player, Sicilian forever, blitz on the subway", TEXT),
            "realName": L(NAME, NAMEC), "showRealName": False, "location": L("New York", COARSE),
            "fideId": L("2094417", UID), "avatarHash": L(EMAIL_MD5, MAIL), "flag": "us",
            "title": None}),
        case(f, f"{a}/v1/friends/find", headers=_h(rng, **b), body={
            "hashes": contacts, "me": L(PHONE_SHA256, TEL), "algo": "sha256_e164"}),
        case(f, f"{a}/v1/players/search", headers=_h(rng, **b), query={
            "q": L("bishop_br", SEARCH), "limit": "10"}),
        case(f, f"{a}/v1/games/{GAME}/moves", headers=_h(rng, **b), body={
            "uci": MOVES[3], "ply": 7, "clk": 281400, "lag": 38}),
        case(f, f"{a}/v1/games/{GAME}/chat", headers=_h(rng, **b), body={
            "text": L("gg, that knight sac was brutal", TEXT), "room": "player"}),
        case(f, f"{a}/v1/games/{GAME}/result", fmt="form", headers=_h(rng, **b), body={
            "result": "0-1", "termination": "resign", "ply": "41", "opponent": PLAYERS[0]}),
        case(f, f"{a}/v1/fairplay/telemetry", gz=True, headers=_h(rng, **b), body={
            "gid": GAME, "uid": L(USER_ID, UID), "drags": L(drags(rng, MOVES[::2]), MOTION),
            "think": L(think_ms(rng, 20), USAGE),
            "focusLoss": L([{"t": 41200, "ms": 3100}, {"t": 188420, "ms": 940}], USAGE),
            "acc": L(series(rng, 20, ("x", "y", "z"), dt=50, scale=0.3), MOTION),
            "scr": L("1080x2400", DEV), "emu": L(False, DEV), "dbg": L(False, DEV)}),
        case(f, f"{a}/v1/fairplay/attest", fmt="form", headers=_h(rng, **b), body={
            "integrity": L(opaque(rng, "eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIn0.", 180),
                           CRED), "nonce": opaque(rng, "", 32), "gid": GAME}),
        case(f, f"{a}/v1/puzzles/attempts", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "attempts": [
                {"pid": "pz_10448", "ok": True, "ms": L(18340, USAGE), "rating": 1712},
                {"pid": "pz_20871", "ok": False, "ms": L(52010, USAGE), "rating": 1804}]}),
        case(f, f"{a}/v1/voice/rooms/club-41/join", headers=_h(rng, **b), body={
            "session": rid(rng), "ice": {"srflx": L(srflx(47811), IPLOC),
                                         "host": L(HOST_CAND, DEV), "relay": relay(47811)},
            "muted": False}),
        multipart(f, f"{a}/v1/voice/moderation", [
            ("clip", "vc_clip.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "room": "club-41", "speaker": L(USER_ID, UID),
                "embedding": L(flat(rng, 192, 0.6), VOICE), "model": "spk-ecapa-2",
                "vadThreshold": 0.55, "noiseGainDb": [-12.5, -9.0, -7.25],
                "reason": "spot_check"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "player": PLAYERS[1], "game": obj(rng, "g", 8), "reason": "engine_use",
            "comment": L("Perfect accuracy in a lost position, moves every 2 seconds", TEXT)}),
        case(f, f"{a}/v1/clubs/washington-sq/join", headers=_h(rng, **b), body={
            "answer": L("I play at the park most Sundays, rated about 1550", TEXT)}),
        case(f, f"{a}/v1/tournaments/winter-blitz/register", headers=_h(rng, **b), body={
            "entryFee": L("5.00", BUY), "currency": "USD",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "section": "U1600"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "lang": L("en", DEV), "notify": {"yourMove": True, "friendOnline": False}}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("rookwise_diamond_monthly", BUY),
            "orderId": L("GPA.3309-4418-2207-93715", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("game_started", 1, tc="5+3"), ev("puzzle_solved", 2),
                ev("screen_view", 3, screen=L("PuzzleRush", USAGE))]}),
        case(f, f"{a}/v1/games/archive", query={"month": "2025-12"}, headers=_h(rng, how="none"),
             cookies={"rw_sess": L(opaque(rng, "", 48), CRED), "rw_inst": L(INSTALL_ID, DID)}),
    ]


def rookwise_sdks() -> list[Case]:
    rng = random.Random(3362)
    inter = {"banner": {"w": 320, "h": 480, "pos": 7}, "instl": 1, "tagid": "rw_between_games"}
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "rw_lobby_banner"}
    return [
        th_batch(APP, rng, [("Game Finished", {"tc": "5+3", "result": "loss"}),
                            ("Puzzle Solved", {"ms": L(18340, USAGE)})]),
        th_profile(APP, rng, {"handle": L(HANDLE, UID), "rating_band": "1500-1599",
                              "tier": "free"}),
        rh_session(APP, rng, n=22, user=True),
        rh_event(APP, rng, "membership", {"tier": "diamond"}, revenue=4.99),
        bs_bid(APP, rng, inter, yob=1991, gender="F"),
        bs_bid(APP, rng, banner, at=(LAT, LON), nd=2),
        bs_notice(APP, rng, "imp"),
        fm_notify(APP, rng, ("java.lang.IllegalArgumentException", "bad FEN"),
                  [fm_crumb("navigation", "Lobby -> Game"),
                   fm_crumb("user", "Drag e2 -> e4")],
                  user={"id": L(USER_ID, UID), "name": L(HANDLE, UID)}, context="GameActivity"),
        fc_eval(APP, rng, {"ratingBand": "1500-1599", "tier": "free"}, get=True),
        pw_register(APP, rng, adid=True, tags={"tier": "free"}),
        ag_save(APP, rng, {"analytics": True, "ads": True}),
        hw_attach(APP, rng, L(PNG, MEDIA), "board_glitch.png", "image/png"),
    ]
