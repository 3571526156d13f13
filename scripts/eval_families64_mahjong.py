"""Mahjong game "Jadewind Mahjong" with table voice chat and in-app purchases: a guest
session, the account linked (nickname, birth year), a log-in, the profile, matchmaking, moves
(msgpack), voice chat joined (ICE candidates), a voice message, table chat, a friend request,
friends invited from her contacts, a gem pack bought and verified, a gift, an integrity check,
the friends' leaderboard, an avatar, voice settings, a daily reward, protobuf voice statistics,
push, events, the lobby by a cookie GET and a club."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import relay, srflx
from eval_families17_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MCCMNC,
    MEDIA,
    PEOPLE,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families64_kit import FRIEND_CODE, GEMS_ORDER, NICK, PLAYERS, obj, tiles
from eval_families64_sdk import (
    bm_bid,
    bm_win,
    cq_crash,
    cq_crumb,
    cq_sessions,
    ek_batch,
    ek_beacon,
    rr_event,
    rr_session,
)
from eval_families64_svc import cw_save, pc_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("jadewind", "Jadewind Mahjong", "com.example.jadewind", "8.4.0",
          "https://api.jadewind.example.com")
IID = "X-JW-Install"
PW = "EastWind!Pung7"
HOST = (f"candidate:3012 1 udp 2122260223 {LOCAL_IP} 50122 typ host generation 0 ufrag Jw2k "
        "network-cost 10")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def jadewind() -> list[Case]:
    rng = random.Random(6461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nick=L(NICK, UID), tier="jade"))}
    tid = obj(rng, "tbl", 8)
    lab: dict[str, str] = {}
    stats = pb([(1, L(NICK, UID)), (2, tid), (3, [(1, 38), (2, 0.4), (3, 2)]),
                (4, L(PUBLIC_IP, IPLOC)), (5, L("wifi", DEV)), (6, L(MCCMNC, CARRIER))], "", lab)
    return [
        case(f, f"{a}/v1/guest", headers=_h(rng), body={
            "androidId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
            "adId": L(GAID, ADID), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/account/link", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "nickname": L(NICK, UID),
            "birthYear": L(1991, BIRTH), "region": "NA"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(NICK, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/match", headers=_h(rng, **b), body={
            "mode": "hk_3fan", "stake": 2000, "region": "us-east", "pingMs": 38,
            "voice": True}),
        case(f, f"{a}/v1/tables/{tid}/moves", fmt="msgpack", headers=_h(rng, **b), body={
            "round": 3, "seat": 2, "hand": tiles(rng, 13), "action": "discard", "tile": "b7",
            "thinkMs": 3200, "opponents": PLAYERS}),
        case(f, f"{a}/v1/voice/join", headers=_h(rng, **b), body={
            "room": tid, "codec": "opus", "bitrate": 24000, "echoCancel": True,
            "candidates": [{"candidate": L(HOST, DEV), "sdpMid": "0"},
                           {"candidate": L(srflx(50122), IPLOC), "sdpMid": "0"},
                           {"candidate": relay(61002), "sdpMid": "0"}]}),
        multipart(f, f"{a}/v1/voice/messages", [
            ("audio", "voice.m4a", "audio/mp4", L(M4A + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"to": PLAYERS[0], "durationMs": 5200})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tables/{tid}/chat", headers=_h(rng, **b), body={
            "text": L("Nice pung! One more round after this?", TEXT), "quick": False}),
        case(f, f"{a}/v1/friends/requests", headers=_h(rng, **b), body={
            "friendCode": FRIEND_CODE, "message": L("Good game last night, add me", TEXT)}),
        case(f, f"{a}/v1/friends/invite-contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(p[0], CONTACTS), "phone": L(p[1], CONTACTS)}
                         for p in PEOPLE[1:3]], "channel": "sms"}),
        case(f, f"{a}/v1/iap/verify", headers=_h(rng, **b), body={
            "productId": L("jw_gems_1200", BUY), "orderId": L(GEMS_ORDER, BUY),
            "price": L("9.99", BUY), "currency": "USD",
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "to": PLAYERS[1], "item": "jade_tileset", "gems": 300}),
        case(f, f"{a}/v1/integrity", headers=_h(rng, **b), body={
            "rooted": L(False, DEV), "emulator": L(False, DEV),
            "androidId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
            "attestation": opaque(rng, "eyJhbGciOiJBMjU2S1ci", 60),
            "apkDigest": opaque(rng, "", 64)}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, **b), query={
            "season": "12", "scope": "friends"}),
        multipart(f, f"{a}/v1/profile/avatar", [
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/settings/voice", fmt="form", headers=_h(rng, **b), body={
            "pushToTalk": "1", "noiseSuppression": "high", "autoJoin": "0"}),
        case(f, f"{a}/v1/rewards/daily", headers=_h(rng, **b), body={
            "streakDays": L(12, USAGE), "claimedAt": 1765318800}),
        raw(f, f"{a}/v1/voice/stats", stats, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("round_won", 1, fan=5, minutes=L(14, USAGE)), ev("voice_joined", 2),
                ev("screen", 3, screen=L("GemStore", USAGE))]}),
        case(f, f"{a}/v1/lobby", headers=_h(rng, how="none"), cookies={
            "jw_sess": L(opaque(rng, "", 40), CRED), "jw_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/clubs", headers=_h(rng, **b), body={
            "name": L("Thursday Tile Aunties", TEXT), "private": True, "maxMembers": 16}),
    ]


def jadewind_sdks() -> list[Case]:
    rng = random.Random(6462)
    return [
        ek_batch(APP, rng, [("Round Won", {"fan": 5, "minutes": L(14, USAGE)}),
                            ("Store Viewed", {"pack": "jw_gems_1200", "price": 9.99})],
                 adid=True),
        ek_beacon(APP, rng, "Ad Reward Claimed", {"gems": 20}),
        rr_session(APP, rng, user=True, n=31, secs=2460),
        rr_event(APP, rng, "iap_purchase", {"sku": L("jw_gems_1200", BUY)}, revenue=9.99),
        bm_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920,
                                    "ext": {"rewarded": 1}}}, yob=1991, gender="F"),
        bm_win(APP, rng, "2.35"),
        cq_crash(APP, rng, ("java.lang.UnsatisfiedLinkError", "libjingle_peerconnection"),
                 [cq_crumb("navigation", "Lobby -> Table"),
                  cq_crumb("state", "voice join", {"room": "tbl_voice"})],
                 screen="TableActivity"),
        cq_sessions(APP, rng, [1800000, 2460000]),
        pc_register(APP, rng, tags={"club": "thursday", "tier": "jade"}),
        cw_save(APP, rng, {"personalised_ads": True, "analytics": True}, user=True),
    ]
