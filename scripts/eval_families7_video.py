"""Blind set seven, part six: the founding case, a short-video app (see ``eval_families7.py`` for
the rules of this set and its labelling conventions).

Request shapes typical of large short-video apps as described in public security write-ups: a
block of common query parameters on every call (``device_id``, ``iid``, ``device_type``,
``resolution``, ``dpi``, ``language``, ``region``, ``sys_region``, ``carrier_region``,
``op_region``, ``mcc_mnc``, ``ac``, ``timezone_name``, ``_rticket``, ``ts``), signature headers
(``x-ss-stub`` an MD5 of the body, ``x-khronos``, an opaque ``x-sign``), a session cookie and
``x-tt-token``; device registration as schema-less protobuf and a device-info header carrying
protobuf inside base64; the camera's effect pipeline uploading 106 face landmarks, 52 blendshape
weights and a 256-float face embedding (JSON, msgpack with a float32 ``bin``, protobuf with packed
floats); voice-effect features (pitch contour, MFCCs, a base64 float32 speaker embedding); a
comment with its keystroke rhythm; draft uploads (multipart/form-data, RFC 7578: an MP4 with an
ISO 6709 location tag, a cover and JSON metadata); an IP-derived region report; watch-event
batches (msgpack, br); contact matching with hashed numbers. Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import dataclasses
import json
import random
import struct
from typing import Any
from urllib.parse import urlencode

import msgpack
from eval_families6_kit import F32, encode, multipart, pb, raw
from eval_families7_kit import (
    ADID,
    BIRTH,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    IPLOC,
    KEYS,
    MEDIA,
    MOTION,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Labels,
    b64url,
    floats,
    pb64,
    sha,
    with_labels,
)
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    resolve,
    rnd_hex,
)

API = "https://api.reelio.example.com"
DEVICE_ID = "7312094471829016321"  # the app's own 19-digit device ID (server-assigned)
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + bytes(600)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(200)


def common(rng: random.Random, n: int) -> dict[str, Any]:
    """The parameters every request of the app carries."""
    return {"device_id": L(DEVICE_ID, DID), "iid": L(INSTALL_ID, DID), "aid": "1988",
            "app_name": "reelio", "version_code": "340204", "device_platform": "android",
            "device_type": L("Pixel 8", DEV), "device_brand": L("google", DEV),
            "os_version": L("14", DEV), "os_api": L("34", DEV),
            "resolution": L("1080*2400", DEV), "dpi": L("420", DEV),
            "language": L("en", DEV), "region": L("US", DEV), "sys_region": L("US", DEV),
            "carrier_region": L("US", CARRIER), "op_region": L("US", CARRIER),
            "mcc_mnc": L("310260", CARRIER), "ac": L("wifi" if n % 2 else "4g", DEV),
            "timezone_name": L("America/New_York", DEV), "timezone_offset": L("-18000", DEV),
            "current_region": L("US", COARSE), "_rticket": str(1764240000000 + n * 37),
            "ts": str(1764240000 + n), "channel": "googleplay", "uoo": "0"}


def headers(rng: random.Random, body: bytes = b"") -> dict[str, Any]:
    return {"x-ss-stub": sha("md5", body.decode("latin-1")).upper(),
            "x-khronos": "1764240000", "x-sign": "0404" + rnd_hex(rng, 80),
            "x-tt-trace-id": f"00-{rnd_hex(rng, 32)}-{rnd_hex(rng, 16)}-01",
            "x-tt-token": L("04" + rnd_hex(rng, 120), CRED),
            "User-Agent": L("com.example.reelio/340204 (Linux; U; Android 14; en_US; Pixel 8; "
                            "Build/UQ1A.240105.004)", DEV)}


def cookies(rng: random.Random) -> dict[str, Any]:
    return {"sessionid": L(rnd_hex(rng, 32), CRED), "install_id": L(INSTALL_ID, DID),
            "store-country-code": L("us", COARSE)}


def get(rng: random.Random, n: int, path: str, query: dict[str, Any]) -> Case:
    return case("shortvideo", f"{API}{path}", query={**common(rng, n), **query},
                headers=headers(rng), cookies=cookies(rng))


def _raw(rng: random.Random, n: int, path: str, data: bytes, ctype: str,
         labels: dict[str, str]) -> Case:
    c = get(rng, n, path, {})
    r = raw("shortvideo", c.exchange.url or "", data, ctype, labels,
            headers={k: v for k, v in headers(rng, data).items()}, cookies=cookies(rng))
    # The common query, header and cookie labels of ``get`` apply to the raw twin.
    r.labels.update({k: v for k, v in c.labels.items() if k[0] != "body"})
    return r


def register(rng: random.Random) -> list[Case]:
    out = []
    for n in range(2):
        lab: dict[str, str] = {}
        msg = pb([(1, L(DEVICE_ID, DID)), (2, L(INSTALL_ID, DID)),
                  (3, [(1, L("Pixel 8", DEV)), (2, L("Android", DEV)), (3, L("14", DEV)),
                       (4, L("1080*2400", DEV)), (5, L(420, DEV))]),
                  (4, [(1, L("310260", CARRIER)), (2, L("Example Mobile", CARRIER)),
                       (3, L("us", CARRIER)), (4, L("us", CARRIER))]),
                  (5, L(GAID, ADID)), (6, L(ANDROID_ID, DID)),
                  (7, L("America/New_York", DEV)), (8, L("en_US", DEV)), (9, "34.2.4"),
                  (10, L(0, DEV))], "", lab)
        out.append(_raw(rng, n, "/service/2/device_register/", msg, "application/x-protobuf",
                        lab))
    for n in range(3):
        c = get(rng, n + 2, "/aweme/v1/feed/", {"count": "6", "pull_type": "1",
                                               "feed_style": "0"})
        acc: Labels = {}
        info = pb64([(1, L("Pixel 8", DEV)), (2, L(ANDROID_ID.upper(), DID)),
                     (3, L("310260", CARRIER)), (4, L(int(88123114 + n), DEV))],
                    "header", "x-device-info", acc)
        c.exchange = dataclasses.replace(c.exchange, request_headers=(
            *c.exchange.request_headers, ("x-device-info", info)))
        out.append(with_labels(c, acc))
    return out


def _landmarks(rng: random.Random) -> list[list[float]]:
    return [[round(rng.uniform(200, 880), 2), round(rng.uniform(600, 1500), 2)]
            for _ in range(106)]


def camera(rng: random.Random) -> list[Case]:
    out = []
    for n in range(3):
        body = {"effect_id": f"{rng.randint(10**6, 10**7)}", "face_count": 1,
                "frame_ts": 1764240000123 + n,
                "faces": [{"landmarks_106": L(_landmarks(rng), FACE),
                           "blendshapes": L([round(rng.random(), 3) for _ in range(52)], FACE),
                           "embedding": L(floats(rng, 256, 0.06, 5), FACE),
                           "yaw": 3.1, "pitch": -2.4, "roll": 0.7,
                           "age_estimate": L(31, BIRTH), "gender_estimate": L("female", GENDER)}]}
        c = get(rng, n, "/effect/api/v2/face_features", {})
        lab: dict[str, str] = {}
        r = raw("shortvideo", c.exchange.url or "", json.dumps(
            resolve(body, "", lab)).encode(), "application/json", lab,
            headers=headers(rng), cookies=cookies(rng))
        r.labels.update({k: v for k, v in c.labels.items() if k[0] != "body"})
        out.append(encode(r, "gzip") if n == 2 else r)
    for n in range(2):
        emb = struct.pack("<256f", *floats(rng, 256, 0.06, 5))
        lab = {}
        tree = {"effect_id": "7718231", "embedding": L(emb, FACE),
                "landmarks": L([round(v, 1) for p in _landmarks(rng) for v in p], FACE)}
        out.append(_raw(rng, n, "/effect/api/v2/face_sync", msgpack.packb(resolve(tree, "", lab)),
                        "application/x-msgpack", lab))
    for n in range(2):
        lab = {}
        vec = struct.pack("<128f", *floats(rng, 128, 0.08, 5))
        msg = pb([(1, "7718231"), (2, L(vec, FACE)),
                  (3, [(1, F32(3.1)), (2, F32(-2.4))]), (4, L(DEVICE_ID, DID))], "", lab)
        out.append(_raw(rng, n, "/effect/api/v2/face_template", msg, "application/x-protobuf",
                        lab))
    for n in range(2):
        spk = struct.pack("<192f", *floats(rng, 192, 0.05, 5))
        body = {"effect": "chipmunk", "sample_rate": 16000,
                "pitch_contour": L([round(rng.uniform(150, 260), 1) for _ in range(64)], VOICE),
                "mfcc": L([floats(rng, 13, 6.0, 2) for _ in range(20)], VOICE),
                "speaker_embedding": L(b64url(spk), VOICE), "duration_ms": 4200}
        lab = {}
        out.append(_raw(rng, n, "/effect/api/v2/voice_features", json.dumps(
            resolve(body, "", lab)).encode(), "application/json", lab))
    return out


def comments(rng: random.Random) -> list[Case]:
    out = []
    texts = ["this made my whole week lol", "where is this cafe??", "same thing happened to me",
             "omg my dog does this", "ok but the ending"]
    for n, text in enumerate(texts):
        t, rhythm, spelled = 0, [], []
        for ch in text:
            down = t + rng.randint(60, 260)
            up = down + rng.randint(50, 120)
            rhythm.append({"d": down, "u": up})
            spelled.append({"c": ch, "d": down, "u": up})
            t = up
        spells = n in (2, 4)  # these builds log the characters with their timings
        ks = spelled if spells else rhythm
        c = get(rng, n, "/aweme/v1/comment/publish/", {})
        form = {"aweme_id": str(rng.randint(10**18, 10**19)), "text": L(text, TEXT),
                "text_extra": "[]", "is_self_see": "0",
                "ks": L(json.dumps(ks), f"{KEYS}|{TEXT}" if spells else KEYS)}
        lab: dict[str, str] = {}
        r = raw("shortvideo", c.exchange.url or "", urlencode(resolve(form, "", lab)).encode(),
                "application/x-www-form-urlencoded", lab, headers=headers(rng),
                cookies=cookies(rng))
        r.labels.update({k: v for k, v in c.labels.items() if k[0] != "body"})
        out.append(r)
    return out


def drafts(rng: random.Random) -> list[Case]:
    out = []
    for n in range(3):
        meta = {"caption": L(["first day at the new job!! #nervous", "sunday reset vlog",
                              "trying the viral pasta #foodtok"][n], TEXT),
                "hashtags": L([["nervous"], ["reset", "vlog"], ["foodtok", "pasta"]][n], TEXT),
                "mentions": L(["marco.r", "sofia_lx"], UID), "is_draft": True,
                "visibility": "private", "music_id": str(rng.randint(10**18, 10**19)),
                "duration_ms": 14820, "poi": {"poi_id": "2207841", "name": "Bryant Park",
                                              "lat": L(round(LAT + 0.0127, 5), PRECISE),
                                              "lon": L(round(LON + 0.0056, 5), PRECISE)},
                "video_meta": {"location": L(f"{LAT:+.4f}{LON:+09.4f}/", PRECISE),
                               "make": L("Google", DEV), "model": L("Pixel 8", DEV)},
                "user_id": L(USER_ID, UID)}
        c = multipart("shortvideo", f"{API}/aweme/v1/create/draft/", [
            ("video", "VID_20261127_101500.mp4", "video/mp4", L(MP4, MEDIA)),
            ("cover", "cover.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", meta)], cookies=cookies(rng))
        out.append(c)
    return out


def telemetry(rng: random.Random) -> list[Case]:
    out = []
    c = case("shortvideo", f"{API}/api/v1/region/report", body={
        "ip": L(PUBLIC_IP, IPLOC), "ip_city": L("New York", COARSE), "ip_region": L("NY", COARSE),
        "ip_country": L("US", COARSE), "sim_country": L("US", CARRIER),
        "locale_region": L("US", DEV), "tz": L("America/New_York", DEV)},
        cookies=cookies(rng))
    out.append(c)
    for n in range(4):
        events = [{"item_id": str(rng.randint(10**18, 10**19)),
                   "play_ms": L(rng.randint(500, 60000), USAGE),
                   "action": L(rng.choice(["like", "share", "skip", "follow"]), USAGE),
                   "enter_from": "homepage_hot", "req_id": rnd_hex(rng, 32)} for _ in range(5)]
        lab: dict[str, str] = {}
        data = msgpack.packb(resolve({"device_id": L(DEVICE_ID, DID), "events": events}, "",
                                     lab))
        out.append(encode(_raw(rng, n, "/api/v1/watch_batch", data, "application/x-msgpack",
                               lab), "br"))
    for _n in range(4):
        # Feed scrolling gestures: each swipe's touch points form one trajectory (a series).
        swipes = []
        for _ in range(3):
            x, y, pts = rng.randint(300, 800), rng.randint(1600, 2100), []
            for i in range(12):
                pts.append({"x": x + rng.randint(-6, 6), "y": y - i * rng.randint(60, 110),
                            "t": i * 8, "p": round(rng.uniform(0.2, 0.6), 2)})
            swipes.append({"points": L(pts, MOTION), "velocity": round(rng.uniform(2, 9), 2),
                           "item_id": str(rng.randint(10**18, 10**19))})
        out.append(case("shortvideo", f"{API}/api/v1/gesture/report", body={
            "device_id": L(DEVICE_ID, DID), "swipes": swipes}, cookies=cookies(rng)))
    # Contact matching: the user's own number and the address book's numbers, hashed.
    book = [{"phone_sha256": L(sha("sha256", f"+1555010{rng.randint(1000, 9999)}"), CONTACTS),
             "name_sha256": L(rnd_hex(rng, 64), CONTACTS)} for _ in range(6)]
    out.append(case("shortvideo", f"{API}/aweme/v1/contacts/match", body={
        "self_phone_sha256": L(sha("sha256", E164), TEL), "contacts": book},
        cookies=cookies(rng)))
    return out


def build() -> list[Case]:
    rng = random.Random(7601)
    out = register(rng) + camera(rng) + comments(rng) + drafts(rng) + telemetry(rng)
    out += [get(rng, 10 + n, "/aweme/v1/notice/count/", {"source": "0"}) for n in range(3)]
    out += [get(rng, 20 + n, "/aweme/v1/general/search/single/",
                {"keyword": L(kw, "behavior.search"), "search_source": "normal_search",
                 "search_id": rnd_hex(rng, 32)})
            for n, kw in enumerate(["therapist tips anxiety", "apartments for rent brooklyn"])]
    return out
