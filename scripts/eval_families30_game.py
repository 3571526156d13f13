"""Mobile shooter "Emberclash" with squad voice chat and anti-cheat: a guest log-in linked to an
e-mail account, an age gate, the player profile, matchmaking (server pings), joining voice
(ICE candidates, noise-suppression gains), voice settings, a voice report with a clip, anti-cheat
telemetry (touch strokes, gyro aiming, a gamepad's sticks, integrity) and a protobuf heartbeat,
squad chat, friends from contacts (hashed), a purchase, a match result, controls, a bug report
(rewarded video ads)."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    APPS,
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EDGE_IP,
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    PHONE_SHA256,
    SRV_IP,
    TEL,
    TEXT,
    UID,
    USAGE,
    frame_times,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    series,
    srflx,
)
from eval_families18_kit import band_gains
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, others, rid
from eval_families29_kit import others_hash
from eval_families30_kit import stick, strokes
from eval_families30_sdk import (
    at_bid,
    at_notice,
    bw_crash,
    bw_crumb,
    cw_batch,
    cw_identify,
    cw_queue,
    iw_event,
    iw_install,
    iw_session,
)
from eval_families30_svc import as_save, fq_eval, nw_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("emberclash", "Emberclash", "com.example.emberclash", "2.31.4",
          "https://api.emberclash.example.net")
IID = "X-EC-Install"
TAG = "JaneFlare#2291"  # her public gamer tag (id.user)
MATCH = "m_" + "7f2c90ab1e44"
HOST = (f"candidate:1128094512 1 udp 2122260223 {LOCAL_IP} 50122 typ host generation 0 "
        "ufrag Ec4z network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _heartbeat(rng: random.Random) -> Case:
    """The anti-cheat heartbeat (schema-less protobuf): the match (a negative), the user and
    Android IDs, the tick, an integrity sub-message, and the gyroscope's last samples as packed
    float32 (``6``)."""
    gyro = [round(rng.gauss(0, 0.8), 3) for _ in range(48)]
    lab: dict[str, str] = {}
    data = pb([(1, MATCH), (2, L(USER_ID, UID)), (3, L(ANDROID_ID, DID)), (4, 18422),
               (5, [(1, L(False, DEV)), (2, L(False, DEV)), (3, "sig_ok")]),
               (6, L(struct.pack(f"<{len(gyro)}f", *gyro), MOTION)), (7, 60)], "", lab)
    return raw(APP.fam, f"{APP.api}/v1/anticheat/heartbeat", data, "application/x-protobuf",
               lab, headers=_h(rng, auth="bearer"))


def emberclash() -> list[Case]:
    rng = random.Random(3061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(TAG, UID)))}
    squad = others(rng, 3, "p_")
    cases = [
        case(f, f"{a}/v1/auth/guest", headers=_h(rng), body={
            "device_id": L(ANDROID_ID, DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "gpu": L("Mali-G715", DEV),
            "lang": L("en", DEV)}),
        case(f, f"{a}/v1/auth/link", headers=_h(rng, **b), body={
            "provider": "email", "email": L(EMAIL, MAIL), "password": L("Ember-Clash-1991", CRED)}),
        case(f, f"{a}/v1/age-gate", fmt="form", headers=_h(rng, **b), body={
            "birth_month": L("1991-05", BIRTH), "consent": "1"}),
        case(f, f"{a}/v1/player/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/player/profile", headers=_h(rng, **b), body={
            "tag": L(TAG, UID), "avatar": "av_fox_07", "banner": "bn_ember",
            "voice_chat": True, "crossplay": False}),
        case(f, f"{a}/v1/matchmaking/tickets", headers=_h(rng, **b), body={
            "mode": "squad_br", "party": squad[:2], "region": "us-east",
            "pings": [{"dc": "use1", "ip": SRV_IP, "ms": 21}, {"dc": "use2", "ip": EDGE_IP,
                                                                  "ms": 34}],
            "input": "touch", "ticket": rid(rng)}),
        case(f, f"{a}/v1/voice/join", headers=_h(rng, **b), body={
            "channel": "sq_" + opaque(rng, "", 8), "codec": "opus/48000",
            "ice": {"srflx": L(srflx(50122), IPLOC), "host": L(HOST, DEV),
                    "relay": relay(50123)},
            "ns_gains_db": band_gains(rng), "vad_threshold": -42, "ptt": False}),
        case(f, f"{a}/v1/voice/settings", headers=_h(rng, **b), body={
            "changer": "robot", "pitch_semitones": -3, "input_gain": 0.8, "output": 0.6,
            "mute_strangers": True, "spatial": True}),
        multipart(f, f"{a}/v1/voice/reports", [
            ("clip", "voice_last30s.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("report", None, "application/json", {
                "reported": squad[2], "match": MATCH, "reason": "harassment",
                "comment": L("He kept screaming slurs at our squad the whole round", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/anticheat/telemetry", gz=True, headers=_h(rng, **b), body={
            "match": MATCH, "uid": L(USER_ID, UID),
            "touch": L(strokes(rng, 3), MOTION),
            "gyro_aim": L(series(rng, 30, ("gx", "gy", "gz"), dt=16, scale=0.6), MOTION),
            "gamepad": stick(rng, 20), "frame_ms": frame_times(20, 60.0, rng),
            "aim_snaps": 2, "headshot_ratio": 0.18,
            "integrity": {"rooted": L(False, DEV), "emulator": L(False, DEV),
                          "debugger": L(False, DEV),
                          "suspicious_packages": [L("com.example.speedtoolx", APPS)],
                          "apk_sha256": opaque(rng, "", 64)}}),
        _heartbeat(rng),
        case(f, f"{a}/v1/chat/messages", headers=_h(rng, **b), body={
            "channel": "squad", "match": MATCH,
            "text": L("push B after the smoke, I have the sniper", TEXT), "nonce": rid(rng)}),
        case(f, f"{a}/v1/friends/contacts-match", headers=_h(rng, **b), body={
            "self": L(PHONE_SHA256, TEL), "hashes": [L(x, CONTACTS) for x in others_hash(rng, 4)],
            "algo": "sha256_e164"}),
        case(f, f"{a}/v1/friends/requests", headers=_h(rng, **b), body={
            "to": squad[0], "source": "recent_match", "match": MATCH}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "sku": L("gems_1200", BUY), "price": L(9.99, BUY),
            "order_id": L("GPA.3316-4402-8817-52290", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/matches/{MATCH}/result", headers=_h(rng, **b), body={
            "placement": 3, "kills": 5, "damage": 1240, "revives": 2,
            "play_time_s": L(1284, USAGE), "squad": squad[:2]}),
        case(f, f"{a}/v1/settings/controls", headers=_h(rng, **b), body={
            "sensitivity": {"look": 62, "ads": 40}, "gyro": "ads_only", "haptics": True,
            "hud": [{"btn": "fire", "x": 0.86, "y": 0.71, "s": 1.2},
                    {"btn": "jump", "x": 0.93, "y": 0.55, "s": 0.9}]}),
        case(f, f"{a}/v1/support/bug", fmt="form", headers=_h(rng, **b), body={
            "text": L("Voice chat cuts out every time the zone closes", TEXT),
            "gpu": L("Mali-G715", DEV), "ram_mb": L(8192, DEV), "fps_avg": "57.4",
            "contact": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_end", 1, placement=3), ev("voice_joined", 2),
                ev("screen_view", 3, screen=L("Lobby", USAGE))]}),
        case(f, f"{a}/v1/news", query={"lang": L("en", DEV)}, headers=_h(rng, how="none"),
             cookies={"ec_sess": L(opaque(rng, "", 48), CRED), "ec_inst": L(INSTALL_ID, DID)}),
    ]
    return cases


def emberclash_sdks() -> list[Case]:
    rng = random.Random(3062)
    video = {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 2400, "placement": 5,
                       "rwdd": 1}, "tagid": "ec_rewarded_revive"}
    return [
        cw_batch(APP, rng, [("Match Ended", {"placement": 3, "mode": "squad_br"}),
                            ("Gems Purchased", {"price": L(9.99, BUY)})], adid=True),
        cw_queue(APP, rng, [("LobbyScreen", {}), ("Voice Joined", {"squad": 3})]),
        cw_identify(APP, rng, {"tag": L(TAG, UID), "age_bracket": L("25-34", BIRTH),
                               "spender": True}),
        iw_install(APP, rng),
        iw_session(APP, rng, n=41),
        iw_event(APP, rng, "af_purchase", {"sku": "gems_1200"}, revenue=9.99),
        at_bid(APP, rng, video, nd=None, yob=1991),
        at_notice(APP, rng, "billing"),
        bw_crash(APP, rng, ("java.lang.UnsatisfiedLinkError", "libvoice.so: dlopen failed"),
                 [bw_crumb("navigation", "LobbyActivity"),
                  bw_crumb("log", "voice init retry")],
                 user={"id": L(USER_ID, UID), "name": L(TAG, UID)}, screen="MatchActivity"),
        fq_eval(APP, rng, {"season": 14, "gyro": True}),
        nw_register(APP, rng, adid=True, tags={"tier": "gold", "squad_size": "3"}),
        as_save(APP, rng, {"analytics": True, "ads_personalized": False}),
    ]
