"""Mobile game "Voxhollow" (a squad shooter) with voice chat and a face-based age check for the
18+ voice lobbies: sign-up, a log-in, a refresh, the profile, the age estimation (three selfie
frames, a face embedding, five landmarks, the estimate) and its result, voice rooms (the ICE
candidates, Opus chunks), a voice report, a voice ID for ranked chat, squad chat (msgpack), match
telemetry with the aim drag (gzip), an integrity attestation (protobuf), a friend invited from
her contacts, gems bought on Play and spent, leaderboards, settings, a support ticket, push,
events and the inventory by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WIFI,
    f32b64,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    srflx,
)
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families47_kit import GAMERTAG, TURN_AT, aim, obj, opus_frames, tags
from eval_families47_sdk import (
    aq_event,
    aq_session,
    bm_bid,
    bm_notice,
    ck_crumb,
    ck_logs,
    ck_report,
    cw_batch,
    cw_pixel,
)
from eval_families47_svc import co_save, fm_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("voxhollow", "Voxhollow", "com.example.voxhollow", "1.42.0",
          "https://api.voxhollow.example.net")
IID = "X-Vox-Device"
PW = "Ember-Fox-Squad7"
OTHERS = tags(random.Random(4740), 4)  # teammates and an opponent (negatives)
HOST_CAND = (f"candidate:2977101122 1 udp 2122260223 {LOCAL_IP} 50412 typ host generation 0 "
             "ufrag Vx7a network-cost 10")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def voxhollow() -> list[Case]:
    rng = random.Random(4741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, gamertag=L(GAMERTAG, UID), age_band=L("18+", BIRTH)))}
    s = {"auth": "session"}
    room, match = obj(rng, "vr", 10), obj(rng, "m", 12)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    lab: dict[str, str] = {}
    att = pb([(1, L(USER_ID, UID)), (2, L(ANDROID_ID, DID)), (3, L("Pixel 8", DEV)),
              (4, L(False, DEV)), (5, opaque(rng, "pi.", 48)),
              (6, [(1, L("14", DEV)), (2, L(MCCMNC, CARRIER))])], "", lab)
    frames = [(f"frame{i}", f"f{i}.jpg", "image/jpeg", L(JPEG + bytes([0xA0 + i]), MEDIA))
              for i in range(3)]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "gamertag": L(GAMERTAG, UID),
            "birthdate": L(DOB, BIRTH), "country": L("US", COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(GAMERTAG, UID), "password": L(PW, CRED), "platform": "android"}),
        case(f, f"{a}/v1/auth/refresh", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profile/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/age/estimate", [*frames, (
            "analysis", None, "application/json", {
                "embedding": L(f32b64(vec), FACE), "landmarks5": L(landmarks(rng, 5), FACE),
                "estimatedAge": L(33.6, BIRTH), "model": "agenet-v3", "liveness": 0.97,
                "faceBox": [188, 402, 344, 344]})], headers=_h(rng, **s)),
        case(f, f"{a}/v1/age/result", headers=_h(rng, **s), body={
            "check": obj(rng, "ac", 10), "method": "face_estimation",
            "over18": L(True, BIRTH), "ageBand": L("30-39", BIRTH), "retries": 1}),
        case(f, f"{a}/v1/voice/rooms", headers=_h(rng, **s), query={
            "match": match, "region": "use1", "lobby": "18plus"}),
        case(f, f"{a}/v1/voice/rooms/{room}/join", headers=_h(rng, **s), body={
            "candidates": {"host": L(HOST_CAND, DEV), "srflx": L(srflx(50412), IPLOC),
                           "relay": relay(61011)},
            "turn": TURN_AT, "muted": False, "pushToTalk": True, "codec": "opus/48000"}),
        multipart(f, f"{a}/v1/voice/rooms/{room}/chunks", [
            ("audio", "chunk_0041.opus", "audio/ogg", L(opus_frames(rng, 12), MEDIA)),
            ("meta", None, "application/json", {"seq": 41, "speaker": L(USER_ID, UID),
                                                "vad": True})], headers=_h(rng, **s)),
        multipart(f, f"{a}/v1/voice/reports", [
            ("clip", "report.opus", "audio/ogg", L(opus_frames(rng, 20), MEDIA)),
            ("report", None, "application/json", {
                "reported": OTHERS[3], "room": room, "reason": "harassment",
                "text": L("He kept shouting slurs at our squad all match", TEXT)})],
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/voice/id", headers=_h(rng, **s), body={
            "purpose": "ranked_voice_verification", "phrases": 3, "snr": 21.4,
            "embedding": L([round(rng.gauss(0, 0.1), 4) for _ in range(192)], VOICE)}),
        case(f, f"{a}/v1/chat/messages", fmt="msgpack", headers=_h(rng, **s), body={
            "room": room, "from": L(USER_ID, UID), "to": OTHERS[:3],
            "text": L("gg, rotate to B next round", TEXT), "ts": 1765321880}),
        case(f, f"{a}/v1/matches/{match}/telemetry", gz=True, headers=_h(rng, **s), body={
            "player": L(USER_ID, UID), "squad": OTHERS[:3], "kills": 11, "deaths": 6,
            "playSeconds": L(1420, USAGE), "aim": L(aim(rng, 40), MOTION), "fps": 58,
            "pingMs": 41, "server": "use1-07"}),
        raw(f, f"{a}/v1/integrity/attest", att, "application/x-protobuf", lab,
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/friends/invite", headers=_h(rng, **s), body={
            "name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL),
            "via": "sms", "code": "FOXSQUAD"}),
        case(f, f"{a}/v1/store/purchase", headers=_h(rng, **s), body={
            "productId": L("gems_1200", BUY), "orderId": L("GPA.3318-2201-9174-66120", BUY),
            "purchaseToken": L(play_token(rng), BUY), "price": L("9.99", BUY)}),
        case(f, f"{a}/v1/store/spend", fmt="form", headers=_h(rng, **s), body={
            "item": L("skin_ember_fox", BUY), "gems": L("800", BUY), "balanceBefore": "1350"}),
        case(f, f"{a}/v1/leaderboards", headers=_h(rng, **s), query={
            "season": "s12", "around": "me", "mode": "ranked"}),
        case(f, f"{a}/v1/settings", headers=_h(rng, **s), body={
            "voiceChat": "friends_only", "profanityFilter": True, "language": L("en", DEV),
            "sensitivity": 0.72, "region": "use1"}),
        case(f, f"{a}/v1/support/tickets", fmt="form", headers=_h(rng, **s), body={
            "subject": "age check", "email": L(EMAIL, MAIL),
            "text": L("My age check failed twice, it says I look under 18", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **s), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **s), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match_end", 1, mode="ranked"), ev("voice_join", 2),
                ev("screen", 3, screen=L("Armory", USAGE))]}),
        case(f, f"{a}/v1/inventory", headers=_h(rng, how="none"), cookies={
            "vx_sess": L(opaque(rng, "", 40), CRED), "vx_dev": L(INSTALL_ID, DID),
            "vx_trace": rid(rng)}),
    ]


def voxhollow_sdks() -> list[Case]:
    rng = random.Random(4742)
    return [
        cw_batch(APP, rng, [("Match Ended", {"mode": "ranked", "playSeconds": L(1420, USAGE)}),
                            ("Gems Purchased", {"sku": "gems_1200", "price": L(9.99, BUY)})],
                 adid=True),
        cw_pixel(APP, rng, "TitleScreen", {"firstOpen": True}),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "purchase", {"sku": "gems_1200"}, revenue=9.99),
        bm_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920,
                                    "ext": {"rewarded": 1}}}, yob=1991, gender="F",
               keywords="shooter,squad,esports"),
        bm_notice(APP, rng, "win"),
        ck_report(APP, rng, ("java.lang.OutOfMemoryError", "texture atlas"),
                  [ck_crumb("navigation", "Lobby -> Match"),
                   ck_crumb("state", "voice", {"room": "joined", "muted": False})],
                  meta={"network": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                                    "rssi": -58, "pingMs": 41}}, screen="UnityPlayerActivity"),
        ck_logs(APP, rng, [("voice jitter buffer overflow", {"room": "vr", "ms": 380}),
                           ("shader cache miss", {"count": 14})]),
        fm_eval(APP, rng, {"ageVerified": L(True, BIRTH), "voiceLobby": "18plus"}, ip=True),
        co_save(APP, rng, {"analytics": True, "ads": True, "voice_ml": False}, user=True),
    ]
