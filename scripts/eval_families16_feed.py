"""Blind set sixteen, part three: an AR-effects (lens) SDK embedded in a social feed app and an
anti-spam/anti-bot SDK in a comment composer (see ``eval_families16.py`` for the rules of this
set, its conventions and its calls).

AR effects (in the style of face-effect SDKs licensed to feed apps): SDK init, remote config
with SIM headers in odd cases, face-tracking quality telemetry (106 landmarks), a face swap
(multipart photo + 512-float embedding), an age/gender filter's estimates, a selfie-to-avatar
build (three photos, a 468-point mesh, skin tone), geo-anchored effects (the user's position
beside a virtual object's mesh and pose), effect usage (JSON Lines) and a crash report.
Anti-spam composer (in the style of behavioural anti-bot SDKs): key events that spell the
comment, a masked compact timing string, a touch swipe and an accelerometer window beside a
scroll-velocity list, a device context as base64 JSON in a header, protobuf with packed
varint timings (deflate), key-code rows in msgpack, hex JSON in a query parameter, a signed
verdict JWT, a DM's flight string. Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import (
    APPS,
    BIRTH,
    CARRIER,
    CRED,
    DEV,
    DID,
    FACE,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    MCCMNC,
    MEDIA,
    MOTION,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    compact,
    device_camel,
    device_snake,
    dwell_flight,
    enc,
    encode,
    flat,
    imu,
    jsonl,
    jwt,
    keys,
    landmarks,
    multipart,
    obj_mesh,
    pb,
    points,
    raw,
    scroll_velocity,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    IMEI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

LENS = "https://sdk.lensforge.example.com"
SHIELD = "https://guard.spamshield.example.net"
FEED = "https://api.snapfeed.example.org"


def _varints(values: list[int]) -> bytes:
    out = bytearray()
    for n in values:
        while True:
            b, n = n & 0x7F, n >> 7
            out.append(b | (0x80 if n else 0))
            if not n:
                break
    return bytes(out)


def arfx() -> list[Case]:
    rng = random.Random(16005)
    out = []
    sdk = {"X-Lens-Key": "lf_pub_5a91c", "X-Host-App": "com.example.snapfeed"}
    out.append(case("arfx", f"{LENS}/v4/init", headers=sdk, body={
        "device": device_snake(), "gpu": L("Mali-G715", DEV), "installId": L(INSTALL_ID, DID),
        "sdk": "4.8.2", "caps": {"faceMesh": True, "depth": False}}))
    out.append(case("arfx", f"{LENS}/v4/config", headers={
        **sdk, "x-SIM-Operator": L("Example Mobile", CARRIER),
        "X-Mcc-Mnc": L(MCCMNC, CARRIER), "x-sim-COUNTRY": L("US", CARRIER),
        "X-Net": L("wifi", DEV)}, query={"v": "4.8.2"}))
    out.append(case("arfx", f"{LENS}/v4/telemetry/tracking", headers=sdk, body={
        "lm": L(landmarks(rng, 106), FACE), "trackFps": 29.4, "lostFrames": 3, "faceCount": 1,
        "box": [210, 388, 300, 340], "effect": "fx_bunny_ears",
        "frameMs": [33, 34, 33, 32, 35, 33]}))
    out.append(multipart("arfx", f"{LENS}/v4/swap", [
        ("req", None, "application/json", {"emb": L(flat(rng, 512, 0.045), FACE),
                                           "target": "tmpl_hero_12", "strength": 0.9}),
        ("src", "me.jpg", "image/jpeg", L(JPEG + b"\x51" * 14, MEDIA)),
    ], headers=sdk))
    out.append(case("arfx", f"{LENS}/v4/attrs", headers=sdk, body={
        "estAge": L(28, BIRTH), "gender": L("female", GENDER), "glasses": False,
        "effect": "fx_age_machine", "uid": L(USER_ID, UID)}))
    out.append(multipart("arfx", f"{LENS}/v4/avatar/build", [
        ("face", None, "application/json", {"mesh": L(points(rng, 468, 3, 0.07), FACE),
                                            "skin": L("#8d5524", SENS), "style": "toon"}),
        *[(f"v{i}", f"v{i}.jpg", "image/jpeg", L(JPEG + bytes([i]) * 8, MEDIA))
          for i in range(3)],
    ], headers=sdk))
    out.append(case("arfx", f"{LENS}/v4/anchors", headers=sdk, body={
        "geo": {"lat": L(round(LAT, 6), PRECISE), "lon": L(round(LON, 6), PRECISE),
                "acc": 4.1},
        "object": {"id": "obj_dragon", "verts": obj_mesh(rng, 40),
                   "pose": [0.0, 1.2, -2.5, 0.0, 0.71, 0.0, 0.71], "scale": 0.4},
        "plane": {"extent": [1.8, 2.4], "normal": [0, 1, 0]}}))
    acc: Acc = {}
    lines = jsonl([{"fx": f"fx_{n}", "ev": L("effect_applied", USAGE), "sec": L(s, USAGE),
                    "iid": L(INSTALL_ID, DID), "t": 1764730000 + i * 40}
                   for i, (n, s) in enumerate([("bunny_ears", 12), ("age_machine", 31),
                                               ("swap", 8), ("dragon", 44)])], acc)
    out.append(add(encode(raw("arfx", f"{LENS}/v4/events", lines, "application/x-ndjson", {},
                              headers=sdk), "br"), acc))
    out.append(encode(case("arfx", f"{LENS}/v4/crash", headers=sdk, body={
        "threads": ["GLThread 42", "FaceTracker", "main"], "signal": "SIGSEGV",
        "lastEffect": L("fx_swap", USAGE), "device": device_camel(), "memMb": 512}), "deflate"))
    # negatives: an effect bundle (the canonical face template, a prop mesh, key frames), licence
    out.append(case("arfx", f"{LENS}/v4/bundles/fx_bunny_ears", headers=sdk, body={
        "canonicalFace": points(rng, 468, 3, 0.07), "prop": obj_mesh(rng, 60),
        "keyframesMs": [0, 120, 240, 480, 960], "blend": [round(rng.random(), 2) for _ in
                                                          range(52)]}))
    out.append(case("arfx", f"{LENS}/v4/license/check", headers=sdk, query={
        "key": "lf_pub_5a91c", "bundle": "com.example.snapfeed", "n": rnd_hex(rng, 16)}))
    return out


def antispam() -> list[Case]:
    rng = random.Random(16006)
    out = []
    text = "this is so fake lol"
    ev = keys(rng, text)
    out.append(case("antispam", f"{SHIELD}/v2/compose", body={
        "events": L(ev, f"{KEYS}|{TEXT}"), "text": L(text, TEXT), "paste": 0,
        "scrollV": scroll_velocity(rng, 12),
        "swipe": L([{"t": i * 16, "x": 540 + i * 3, "y": 1600 - i * 55} for i in range(14)],
                   MOTION),
        "acc": L(imu(rng, 20), MOTION), "sid": rnd_uuid(rng)}))
    ev2 = keys(rng, "0000", "obj")
    out.append(case("antispam", f"{SHIELD}/v2/field", fmt="form", body={
        "field": "pin", "ks": L(compact(ev2, masked=True), KEYS), "sid": rnd_hex(rng, 16)}))
    acc: Acc = {}
    ctx = enc({"imei": L(IMEI, HW), "aid": L(ANDROID_ID, DID),
               "sim": {"op": L("Example Mobile", CARRIER), "iso": L("us", CARRIER),
                       "mccmnc": L(MCCMNC, CARRIER)},
               "ip": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
               "bssid": L(BSSID, WIFI), "emu": L(False, DEV), "root": L(False, DEV)},
              "header", "x-shield-ctx", "b64", acc)
    out.append(add(case("antispam", f"{SHIELD}/v2/ctx", headers={"X-Shield-Ctx": ctx},
                        body={"sdk": "2.3.0"}), acc))
    d, f = dwell_flight(rng, 16)
    lab: dict[str, str] = {}
    data = pb([(1, "s_" + rnd_hex(rng, 8)), (2, L(_varints(f), KEYS)), (3, L(_varints(d), KEYS)),
               (4, L(PUBLIC_IP, IPLOC)), (5, L(310, CARRIER)), (6, L(260, CARRIER))], "", lab)
    out.append(encode(raw("antispam", f"{SHIELD}/v2/pb", data, "application/x-protobuf", lab),
                      "deflate"))
    # key classes only (1 letter, 2 digit, 3 space, 4 backspace), not the characters
    rows = [[rng.choice([1, 1, 1, 2, 3, 4]), t, t + rng.randrange(60, 140)]
            for t in range(0, 3000, 190)]
    out.append(case("antispam", f"{SHIELD}/v2/mp", fmt="msgpack", body={
        "kc": L(rows, KEYS), "ime": L("com.example.keyboard", APPS),
        "apps": L(["com.example.autoclicker", "com.example.vpnfree"], APPS),
        "sid": rnd_hex(rng, 12)}))
    acc = {}
    hx = enc({"dw": L(d, KEYS), "fl": L(f, KEYS), "sid": rnd_hex(rng, 8)}, "query", "h", "hex",
             acc)
    out.append(add(case("antispam", f"{SHIELD}/v2/h", query={"h": hx, "v": "2"}), acc))
    lab = {}
    verdict = jwt({"sub": L(ANDROID_ID, DID), "ip": L(PUBLIC_IP, IPLOC), "score": 0.12,
                   "iat": 1764731000}, "x-shield-token", lab)
    c = case("antispam", f"{FEED}/v1/posts/p_88/comments", headers={
        "X-Shield-Token": verdict, "Authorization": L("Bearer sf_" + rnd_hex(rng, 32), CRED)},
        body={"text": L("this is so fake lol", TEXT), "replyTo": L("@marco_films", UID)})
    c.labels.update({("header", p): cat for p, cat in lab.items()})
    out.append(c)
    out.append(case("antispam", f"{FEED}/v1/dm/first", fmt="form", body={
        "to": "u_55120", "msg": L("hey saw your post about the marathon, are you training?",
                                  TEXT),
        "t": L(",".join(str(x) for x in f[:12]), KEYS), "shield": L("sh1." + rnd_hex(rng, 40),
                                                                    CRED)}))
    feedrows: list[dict[str, Any]] = [
        {"item": f"p_{i}", "dwellMs": L(rng.randrange(400, 9000), USAGE),
         "vel": scroll_velocity(rng, 3)} for i in range(6)]
    out.append(case("antispam", f"{FEED}/v1/feed/impressions", body={
        "rows": feedrows, "uid": L(USER_ID, UID), "fps": [59.8, 60.0, 57.2]}))
    acc = {}
    sq = enc({"field": "search", "ev": L(keys(rng, "marathon training"), f"{KEYS}|{SEARCH}"),
              "ip": L(PUBLIC_IP, IPLOC), "sid": rnd_hex(rng, 8)}, "query", "q", "b64url", acc)
    out.append(add(case("antispam", f"{SHIELD}/v2/b", query={"q": sq, "t": "1764731200"}), acc))
    out.append(case("antispam", f"{FEED}/v1/search", headers={
        "X-Typing-Cadence": L(".".join(str(x) for x in f[:10]), KEYS),
        "X-Sim-Mccmnc": L("310/260", CARRIER)}, query={"q": L("marathon training", SEARCH)}))
    # negatives: SDK config, a proof-of-work challenge, server time sync
    out.append(case("antispam", f"{SHIELD}/v2/config", query={"sdk": "2.3.0", "p": "android"}))
    out.append(case("antispam", f"{SHIELD}/v2/challenge", body={
        "nonce": rnd_hex(rng, 32), "difficulty": 18, "solution": rnd_hex(rng, 16),
        "iterMs": [12, 14, 11, 13, 12, 15, 12, 13]}))
    out.append(case("antispam", f"{SHIELD}/v2/time", query={"client": "1764731100123"}))
    return out
