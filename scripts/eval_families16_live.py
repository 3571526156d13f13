"""Blind set sixteen, part one: a live-streaming broadcaster app and a VTuber (virtual-avatar
streaming) app (see ``eval_families16.py`` for the rules of this set, its conventions and its
calls).

Live streaming (in the style of mobile go-live apps with gifting): sign-up, a session JWT in a
cookie, go-live with the ingest server and CDN region beside the device's own IP and SIM, a
WebRTC publish offer with host/srflx/relay ICE candidates, stream-health heartbeats (msgpack)
with frame timings, the beauty filter's face analysis, an age check with a selfie, viewer
comments with a compact keystroke string, gifts, coin purchases, payout tax details, an
analytics batch (JSON Lines, gzip), an in-feed ad request (query) and moderation words.
VTuber (in the style of face-tracking avatar apps): face calibration (a 468-point mesh and
neutral blendshapes), a tracking stream (schema-less protobuf with packed float32 blendshapes,
zstd), hand tracking (br), voice-clone enrolment (multipart WAV), an avatar model upload
(msgpack, the virtual mesh a look-alike), a connectivity check, an RTMP stream key in the URL
path. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
import struct

from eval_families16_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EDGE_IP,
    FACE,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    SENS,
    SRV_IP,
    SSN,
    STREET,
    TEXT,
    TURN_IP,
    UA,
    UID,
    USAGE,
    VOICE,
    WAV,
    Acc,
    add,
    blend,
    compact,
    device_abbrev,
    device_camel,
    device_snake,
    encode,
    f32b64,
    flat,
    frame_times,
    jsonl,
    keys,
    landmarks,
    multipart,
    obj_mesh,
    pb,
    points,
    raw,
    relay,
    sim_block,
    srflx,
    tok,
)
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

BEAM = "https://api.beamcast.example.com"
PUP = "https://api.puppetly.example.net"
MCCMNC_DASH = "310-260"


def live() -> list[Case]:
    rng = random.Random(16001)
    out = []
    out.append(case("live", f"{BEAM}/v3/account/signup", body={
        "email": L(EMAIL, MAIL), "password": L("r0ckets&Rain", CRED),
        "birthday": L("2008-03-14", BIRTH), "handle": L("jane.streams", UID),
        "device": device_snake(), "install_id": L(INSTALL_ID, DID), "sim": sim_block("snake")}))
    acc: Acc = {}
    sess = tok({"sub": L(USER_ID, UID), "rgn": L("US", COARSE), "exp": 1767000000},
               "cookie", "bl_sess", acc)
    ck = {"bl_sess": sess, "bl_ab": "g7"}
    out.append(add(case("live", f"{BEAM}/v3/live/start", cookies=ck, body={
        "title": L("Cooking ramen at home, ask me anything", TEXT), "category": "food",
        "geo": {"lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE),
                "city": L("New York", COARSE)},
        "ingest": {"server": SRV_IP, "region": "us-east-1", "pop": "IAD", "port": 1935},
        "net": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                "op": L("Example Mobile", CARRIER), "simCountry": L("us", CARRIER),
                "type": L("5G", DEV)},
        "clientIp": L(PUBLIC_IP, IPLOC),
        "beauty": {"smooth": 0.6, "whiten": 0.3, "slim": 0.2, "eyeEnlarge": 0.25},
        "bitrateKbps": 2500, "resolution": "720x1280"}), acc))
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 53211 typ host generation 0"
    out.append(add(case("live", f"{BEAM}/v3/rtc/publish", cookies=ck, body={
        "streamId": "st_" + rnd_hex(rng, 10), "sdpType": "offer",
        "candidates": [L(host, DEV), L(srflx(), f"{IPLOC}|{DEV}"), relay()],
        "codecs": ["H264", "opus"], "turn": TURN_IP}), acc))
    for k in range(2):
        out.append(add(case("live", f"{BEAM}/v3/live/health", fmt="msgpack", cookies=ck, body={
            "fps": 30, "kbps": 2400 + k * 90, "pts": frame_times(60, 30.0, rng),
            "ingest": SRV_IP, "rttMs": 48 + k, "net": L("cell", DEV),
            "cell": {"mccmnc": L(310260, CARRIER), "ci": L(88213044, CARRIER),
                     "tac": L(3301, CARRIER)}, "dropped": 3 * k, "bat": L(71 - k, DEV)}),
            acc))
    out.append(add(case("live", f"{BEAM}/v3/beauty/analyze", cookies=ck, body={
        "lm106": L(landmarks(rng, 106), FACE), "faceShape": L("heart", FACE),
        "skinTone": L("#c68a6b", SENS), "filter": {"name": "peach", "intensity": 0.7},
        "lut": [round(rng.random(), 3) for _ in range(32)], "frame": 1204}), acc))
    out.append(multipart("live", f"{BEAM}/v3/safety/age-check", [
        ("meta", None, "application/json", {"emb": L(f32b64(flat(rng, 512, 0.05)), FACE),
                                            "estAge": L(17, BIRTH), "liveness": 0.98,
                                            "uid": L(USER_ID, UID)}),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x11" * 20, MEDIA)),
    ], cookies={"bl_sess": "opaque-" + rnd_hex(rng, 24)}))
    out[-1].labels[("cookie", "bl_sess")] = CRED
    ev = keys(rng, "where did you get that pot")
    out.append(add(case("live", f"{BEAM}/v3/rooms/rm_5512/comments", cookies=ck, body={
        "text": L("where did you get that pot @dj_moss", TEXT),
        "mentions": [L("dj_moss", UID)], "ks": L(compact(ev), f"{KEYS}|{TEXT}"),
        "composeMs": L(ev[-1]["u"], KEYS), "roomId": "rm_5512", "clientSeq": 41}), acc))
    out.append(case("live", f"{BEAM}/v3/gifts/send", fmt="form", body={
        "gift_id": "g_rose", "count": "5", "coins": L("50", BUY), "room": "rm_5512",
        "to": "u_9931", "combo": "2", "sess": L(sess, CRED)}))
    out[-1].labels.update({("body", "sess.claims.sub"): UID, ("body", "sess.claims.rgn"): COARSE})
    out.append(case("live", f"{BEAM}/v3/wallet/coins", body={
        "sku": L("coins_1200", BUY), "price": L(14.99, BUY), "currency": "USD",
        "orderId": L("GPA.3391-2280-1145-60213", BUY),
        "purchaseToken": L("pt_" + rnd_hex(rng, 48), BUY), "user": L(USER_ID, UID)}))
    out.append(add(encode(case("live", f"{BEAM}/v3/creator/payout", cookies=ck, body={
        "legalName": L("Jane Doe", NAMEC), "ssn": L(SSN, NATID), "street": L(STREET, ADDR),
        "zip": L("10118", COARSE), "routing": L("021000021", PAY),
        "account": L("000123456789", PAY), "entity": "individual"}), "br"), acc))
    acc2: Acc = {}
    names = ["feed_view", "live_enter", "gift_panel_open", "comment_sent", "live_exit"]
    lines = jsonl([{"ev": L(n, USAGE), "uid": L(USER_ID, UID), "gaid": L(GAID, ADID),
                    "ip": L(PUBLIC_IP, IPLOC), "carrier": L("Example Mobile", CARRIER),
                    "mccmnc": L("310-260", CARRIER), "ts": 1764700000 + i * 30,
                    "dur": L(30 * i, USAGE)} for i, n in enumerate(names)], acc2)
    out.append(add(encode(raw("live", "https://log.beamstats.example.net/v2/batch", lines,
                              "application/x-ndjson", {}), "gzip"), acc2))
    out.append(case("live", "https://ads.feedserve.example.org/v1/req", query={
        "ifa": L(GAID, ADID), "ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV),
        "carrier": L("Example Mobile", CARRIER), "mccmnc": L(MCCMNC_DASH, CARRIER),
        "lat": L("40.74", COARSE), "lon": L("-73.99", COARSE), "make": L("Google", DEV),
        "model": L("Pixel 8", DEV), "placement": "live_feed_3", "w": "1080", "h": "1920",
        "bidfloor": "1.2", "req": rnd_uuid(rng)}))
    out.append(add(case("live", f"{BEAM}/v3/moderation/words", cookies=ck, body={
        "blocked": L(["ugly", "go back to", "doxx"], TEXT), "slowModeS": 5}), acc))
    # negatives: a CDN playlist (edge IP, region) and the ingest server list
    out.append(case("live", "https://edge.beamcdn.example.net/hls/st_88/index.m3u8", query={
        "edge": EDGE_IP, "region": "us-east-1", "pop": "JFK", "token": "cdn-pub-12",
        "t": "1764700100"}))
    out.append(add(case("live", f"{BEAM}/v3/ingest/servers", cookies=ck, body={
        "servers": [{"ip": SRV_IP, "region": "us-east-1", "lat": 38.94, "lon": -77.45},
                    {"ip": EDGE_IP, "region": "us-west-2", "lat": 45.6, "lon": -121.18}],
        "probeMs": [22, 71]}), acc))
    return out



def vtuber() -> list[Case]:
    rng = random.Random(16002)
    out = []
    auth = {"Authorization": L("Bearer pp_" + rnd_hex(rng, 40), CRED)}
    out.append(case("vtuber", f"{PUP}/v1/tracking/calibrate", headers=auth, body={
        "mesh": L(points(rng, 468, 3, 0.08), FACE), "neutral": L(blend(rng), FACE),
        "ipdMm": L(63.1, FACE), "camera": {"fovDeg": 78, "w": 1280, "h": 720},
        "device": device_camel()}))
    lab: dict[str, str] = {}
    frames = [(2, [(1, 1764710000 + i * 33),
                   (2, L(struct.pack("<52f", *blend(rng)), FACE)), (3, 0.5 * i)])
              for i in range(4)]
    data = pb([(1, "trk_" + rnd_hex(rng, 8)), *frames, (4, 30)], "", lab)
    lab = {f"2[{i}].2": FACE for i in range(4)}  # repeated sub-messages are indexed
    out.append(encode(raw("vtuber", f"{PUP}/v1/tracking/stream", data,
                          "application/x-protobuf", lab, headers=auth), "zstd"))
    out.append(encode(case("vtuber", f"{PUP}/v1/tracking/hands", headers=auth, body={
        "hands": L([points(rng, 21, 3, 0.2) for _ in range(3)], MOTION),
        "head": L([{"t": i * 33, "yaw": round(rng.gauss(0, 9), 2),
                    "pitch": round(rng.gauss(0, 5), 2)} for i in range(20)], MOTION),
        "fps": 30}), "br"))
    out.append(multipart("vtuber", f"{PUP}/v1/voice/clone", [
        ("profile", None, "application/json", {
            "spkEmb": L(flat(rng, 256, 0.06), VOICE), "f0Mean": L(142.3, VOICE),
            "formants": L([530, 1840, 2480], VOICE), "lang": L("en-US", DEV)}),
        ("take1", "take1.wav", "audio/wav", L(WAV + b"\x21" * 16, MEDIA)),
        ("take2", "take2.wav", "audio/wav", L(WAV + b"\x22" * 16, MEDIA)),
    ], headers=auth))
    out.append(case("vtuber", f"{PUP}/v1/collab/invite", headers=auth, body={
        "to": L("mochi_vt", UID), "msg": L("collab Saturday? I'll bring the horror game", TEXT),
        "from": L(USER_ID, UID)}))
    out.append(case("vtuber", f"{PUP}/v1/avatars/upload", fmt="msgpack", headers=auth, body={
        "name": "Kitsune v2", "verts": struct.pack("<96f", *[v for p in obj_mesh(rng, 32)
                                                            for v in p]),
        "bones": ["hips", "spine", "neck", "head"], "shapes": ["blink", "aa", "oh", "joy"],
        "presets": {"smile": blend(rng, 16), "angry": blend(rng, 16)}, "owner": L(USER_ID, UID)}))
    out.append(case("vtuber", f"{PUP}/v1/net/check", headers=auth, body={
        "publicIp": L(PUBLIC_IP, IPLOC), "isp": L("Example Broadband", CARRIER),
        "nat": "port-restricted", "turn": TURN_IP, "gpu": L("Mali-G715", DEV),
        "lan": L(LOCAL_IP, DEV), "d": device_abbrev()}))
    out.append(case("vtuber", "https://ingest.puppetly.example.net/live/sk_live_"
                    "9f2c7a81d04e", headers={"X-Client": "puppetly/2.4"}))
    out[-1].labels[("url", "path[1]")] = CRED
    out.append(case("vtuber", f"{PUP}/v1/stream/schedule", headers=auth, body={
        "title": L("Karaoke night + reading your letters", TEXT), "at": "2026-12-12T01:00Z",
        "tz": L("America/New_York", DEV)}))
    # negatives: the avatar store's expression presets and a voice-changer preset
    out.append(case("vtuber", f"{PUP}/v1/store/expressions", headers=auth, body={
        "pack": "idol-basic", "clips": [{"name": n, "weights": blend(rng), "ms": [0, 120, 240]}
                                        for n in ("wink", "pout")]}))
    out.append(case("vtuber", f"{PUP}/v1/voice/presets", headers=auth, body={
        "preset": "anime_girl", "pitchShiftSemitones": 5, "formantShift": 1.18,
        "reverbMix": 0.2, "eq": [round(rng.uniform(-6, 6), 1) for _ in range(10)]}))
    return out
