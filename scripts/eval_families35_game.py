"""Real-time multiplayer shooter "Rivetfall": a guest account on the Android ID linked to a
Google sign-in (an ID token in a JSON field), ``/me``, the profile (gamer tag, birth month),
settings, a graphics benchmark, matchmaking (the public IP from STUN), a party invite, squad
voice chat (ICE candidates), a voice-chat report with the clip, squad chat (msgpack), a match
result, friends by hashed contacts, a Play purchase and a gift, a clan application, a ban
appeal; and the anti-cheat SDK "Cheatmoat" (device fingerprint and integrity token, gyro aim and
touch telemetry, a protobuf heartbeat with packed gyro floats). Rewarded ads between matches."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families10_kit import OGG
from eval_families17_kit import (
    APPS,
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PHONE_SHA256,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    sha,
    srflx,
    swipe,
    tok,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, sdk_id
from eval_families35_kit import BUILD_FP, CHEAT_PKGS, DRM_ID, GPU, OTHERS, TAG, gyro, obj
from eval_families35_sdk import (
    aw_event,
    aw_session,
    bt_bid,
    bt_notice,
    cl_crumb,
    cl_notify,
    sl_batch,
)
from eval_families35_svc import as_save, pf_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("rivetfall", "Rivetfall", "com.example.rivetfall", "2.31.4",
          "https://api.rivetfall.example.com")
IID = "X-Rf-Install"
CM = "https://api.cheatmoat.example.com/v2"
GOOGLE_SUB = "108830912274415092281"  # her Google account's subject (id.user)
MATCH = "m_" + "7d2c91e04b"
HOST_CAND = (f"candidate:3320918273 1 udp 2122260223 {LOCAL_IP} 50418 typ host generation 0 "
             "ufrag Rf9q network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _cm_h() -> dict[str, Any]:
    return {"User-Agent": "Cheatmoat-Android/4.2.0", "X-CM-Game": APP.key("cheatmoat"),
            "X-CM-Device": L(sdk_id(APP, "cheatmoat"), DID)}


def cheatmoat() -> list[Case]:
    """Anti-cheat: the fingerprint at launch, in-match telemetry (gzip), a protobuf heartbeat."""
    rng = random.Random(3533)
    g = gyro(rng, 24)
    packed = struct.pack(f"<{3 * len(g)}f", *[v for row in g for v in row[1:]])
    lab: dict[str, str] = {}
    hb = pb([(1, obj(rng, "cms", 12)), (2, L(USER_ID, UID)), (3, 118),
             (4, [(1, sha("sha256", APP.pkg + APP.ver)), (2, L(False, DEV)),
                  (3, L(False, DEV))]),
             (5, L(packed, MOTION)), (6, 1765321702418)], "", lab)
    return [
        case(f"{APP.fam}-cheatmoat", f"{CM}/init", headers=_cm_h(), body={
            "aid": L(ANDROID_ID, DID), "drmId": L(DRM_ID, DID),
            "fingerprint": L(BUILD_FP, DEV), "gpu": L(GPU, DEV),
            "kernel": L("6.1.57-android14-11-gd5b0c3e1a2f4", DEV), "rooted": L(False, DEV),
            "debuggable": L(False, DEV), "emulator": L(False, DEV),
            "suspiciousPackages": [L(p, APPS) for p in CHEAT_PKGS],
            "apkSha256": sha("sha256", APP.pkg), "sensors": [L("lsm6dso", DEV), L("bmp390", DEV)],
            "integrityToken": L("eyJhbGciOiJBMjU2S1ciLCJlbmMiOiJBMjU2R0NNIn0." +
                                opaque(rng, "", 120), CRED)}),
        case(f"{APP.fam}-cheatmoat", f"{CM}/telemetry", gz=True, headers=_cm_h(), body={
            "match": MATCH, "player": L(TAG, UID), "gyroAim": L(g, MOTION),
            "touches": L(swipe(rng, 12), MOTION),
            "aim": {"flickMs": [182, 240, 211, 197], "hsPct": 0.31, "snapDeg": 14.2},
            "fps": 88.4, "frameDrops": 3}),
        raw(f"{APP.fam}-cheatmoat", f"{CM}/hb", hb, "application/x-protobuf", lab,
            headers=_cm_h()),
    ]


def rivetfall() -> list[Case]:
    rng = random.Random(3531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, tag=L(TAG, UID), tier="battlepass"))}
    b = {"auth": "bearer"}
    acc: dict[tuple[str, str], str] = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "rivetfall-android",
               "iat": 1765321000}, "body", "idToken", acc)
    link = case(f, f"{a}/v2/auth/link/google", headers=_h(rng, **b),
                body={"idToken": idt, "nonce": opaque(rng, "", 16)})
    link.labels.update(acc)
    contacts = [L(sha("sha256", n), CONTACTS) for n in
                ("+15550142277", "+15550163390", "+15550129981", "+15550176612")]
    cases = [
        case(f, f"{a}/v2/auth/guest", headers=_h(rng), body={
            "deviceId": L(ANDROID_ID, DID), "installId": L(INSTALL_ID, DID),
            "platform": "android"}),
        link,
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile", fmt="form", headers=_h(rng, **b), body={
            "gamerTag": L(TAG, UID), "birthMonth": L("1991-05", BIRTH),
            "serverRegion": "na-east", "banner": "bn_rust_04"}),
        case(f, f"{a}/v2/settings", headers=_h(rng, **b), body={
            "sensitivity": 1.35, "gyroAim": True, "gyroSensitivity": 2.1, "invertY": False,
            "voice": {"enabled": True, "pushToTalk": True, "vadThresholdDb": -42},
            "graphics": {"preset": "high", "fpsCap": 90}}),
        case(f, f"{a}/v2/device/benchmark", headers=_h(rng, **b), body={
            "gpu": L(GPU, DEV), "gl": L("OpenGL ES 3.2", DEV), "ramMb": L(7680, DEV),
            "thermal": L("nominal", DEV), "avgFps": 88.4, "p1Fps": 61.2, "score": 14820}),
        case(f, f"{a}/v2/matchmaking/tickets", headers=_h(rng, **b), body={
            "mode": "squad_br", "party": [L(USER_ID, UID), "usr_k2m8q4x7t9pa"],
            "pings": {"use1": 18, "use2": 31, "usw1": 74}, "clientIp": L(PUBLIC_IP, IPLOC),
            "natType": "moderate"}),
        case(f, f"{a}/v2/parties/{obj(rng, 'pty', 8)}/invite", headers=_h(rng, **b), body={
            "to": OTHERS[1], "message": L("ranked tonight after 9?", TEXT)}),
        case(f, f"{a}/v2/voice/ice", headers=_h(rng, **b), body={
            "room": f"{MATCH}-squad2", "candidates": [
                {"candidate": L(srflx(50418), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0},
                {"candidate": L(HOST_CAND, DEV), "sdpMid": "0", "sdpMLineIndex": 0},
                {"candidate": relay(), "sdpMid": "0", "sdpMLineIndex": 0}]}),
        multipart(f, f"{a}/v2/reports/voice", [
            ("clip", "voice_report.ogg", "audio/ogg", L(OGG, MEDIA)),
            ("meta", None, "application/json", {
                "reported": OTHERS[0], "match": MATCH, "reason": "hate_speech",
                "comment": L("He kept yelling slurs in squad voice all match", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chat/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "ch": "squad", "from": L(TAG, UID), "text": L("rotate north, zone closing", TEXT),
            "ts": 1765321544}),
        case(f, f"{a}/v2/matches/{MATCH}/result", headers=_h(rng, **b), body={
            "placement": 3, "kills": 7, "damage": 1420, "headshotPct": 0.31,
            "accuracy": 0.27, "playTimeS": L(1402, USAGE), "squad": OTHERS[:3]}),
        case(f, f"{a}/v2/friends/match-contacts", headers=_h(rng, **b), body={
            "hashes": contacts, "self": L(PHONE_SHA256, TEL)}),
        case(f, f"{a}/v2/store/purchases/verify", headers=_h(rng, **b), body={
            "productId": L("rf_coins_2400", BUY), "orderId": L("GPA.3319-4471-0925-81120", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/store/gift", fmt="form", headers=_h(rng, **b), body={
            "to": OTHERS[1], "sku": "skin_ember_dragon", "price": L("9.99", BUY),
            "note": L("happy birthday!!", TEXT)}),
        case(f, f"{a}/v2/clans/{obj(rng, 'cln', 6)}/apply", headers=_h(rng, **b), body={
            "answer": L("Mostly weekends, EST evenings, I play support", TEXT)}),
        case(f, f"{a}/v2/account/email", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "newsletter": "0"}),
        case(f, f"{a}/v2/support/appeals", headers=_h(rng, **b), body={
            "tag": L(TAG, UID), "email": L(EMAIL, MAIL), "banId": obj(rng, "ban", 8),
            "text": L("The autoclicker is for another game and it's uninstalled now", TEXT)}),
        case(f, f"{a}/v2/push/register", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/telemetry/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_end", 1, placement=3, mode="squad_br"),
                ev("store_open", 2),
                ev("screen", 3, screen=L("Lobby", USAGE))]}),
        case(f, f"{a}/v2/battlepass/progress", headers=_h(rng, how="none"),
             cookies={"rf_sess": L(opaque(rng, "", 48), CRED),
                      "rf_inst": L(INSTALL_ID.upper(), DID)}),
    ]
    return cases


def rivetfall_sdks() -> list[Case]:
    rng = random.Random(3532)
    rewarded = {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 2400, "plcmt": 4},
                "rwdd": 1, "ext": {"reward": "revive_token"}}
    return [
        *cheatmoat(),
        sl_batch(APP, rng, [("Match Ended", {"placement": 3, "kills": 7}),
                            ("Store Opened", {})], adid=True),
        aw_session(APP, rng, first=True),
        aw_event(APP, rng, "purchase", {"sku": "rf_coins_2400"}, revenue=19.99),
        bt_bid(APP, rng, rewarded, yob=1991, gender="F",
               keywords="shooter,battle royale,esports"),
        bt_notice(APP, rng, "win"),
        cl_notify(APP, rng, ("java.lang.IllegalStateException", "voice engine not started"),
                  [cl_crumb("navigation", "Lobby -> Match"),
                   cl_crumb("request", "POST", {"url": f"{APP.api}/v2/voice/ice",
                                                "status": 409})],
                  user={"id": L(USER_ID, UID), "name": L(TAG, UID)}, ctx="MatchActivity"),
        pf_register(APP, rng, adid=True, tags={"tier": "battlepass"}),
        as_save(APP, rng, {"analytics": True, "ads": True, "personalised_ads": False}),
    ]
