"""Blind set five, part five: camera, audio, proximity and gRPC-web payloads (see
``eval_families5.py`` for the rules of this set and its labelling conventions).

Shapes: a beauty-filter camera app uploading a photo with a flat 106-point landmark vector and
inferred age/gender (multipart/form-data, RFC 7578, real JPEG magic bytes), and its face-feature
sync as msgpack with a float32 vector in a ``bin`` field; a podcast app's listener voice message
(a RIFF/WAVE file part with a transcript), its voice-profile features (MFCC statistics and an
x-vector) and its playback-progress sync; a proximity-marketing SDK's Bluetooth beacon scan
(iBeacon ``uuid:major:minor`` and Eddystone-UID ids, as beacon SDKs print them); and gRPC-web
calls (``application/grpc-web+proto`` frames: a flag byte and a 4-byte big-endian length before
the protobuf message, and the ``-text`` variant, base64 of the frames, per the gRPC-web
protocol spec). Protobuf paths are field numbers (DESIGN.md); as in the earlier sets, only values
an auditor can read off schema-less bytes (strings, and numbers the profile matches) are labelled.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
import struct
from typing import Any

from eval_families3_wire import _raw, pb
from eval_families4_more import multipart
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, FACE, VOICE = "device.info", "behavior.usage", "biometric.face", "biometric.voice"
PRECISE, COARSE, WIFI, MEDIA = "location.precise", "location.coarse", "location.wifi", \
    "content.media"


def _jpeg(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xdb\x00\x43\x00" + rng.randbytes(800) + b"\xff\xd9"


def beauty(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:
        flat = [round(rng.uniform(200, 880), 2) if k % 2 == 0 else round(rng.uniform(300, 1400), 2)
                for k in range(212)]  # x0, y0, x1, y1, ... for 106 points
        meta = {"filter": "peach_glow_v3", "strength": 0.7,
                "face": {"rect": [180, 290, 720, 760], "landmarks106": L(flat, FACE),
                         # inferred from the face: an age and a gender, as TAXONOMY names them
                         "age_estimate": L(31, "personal.birthdate"),
                         "gender_estimate": L("female", "personal.gender"),
                         "smile": 0.82},
                "device": {"model": L("Pixel 8", DEV), "camera": "front"},
                "uid": L(USER_ID, "id.user")}
        return multipart("beauty-cam", "https://edit.glowcam.example/v3/render",
                         [("meta", None, "application/json", meta),
                          ("image", "capture.jpg", "image/jpeg", L(_jpeg(rng), MEDIA))],
                         headers={"X-Device-Id": L(ANDROID_ID, "id.device")})
    vec = struct.pack("<256f", *[rng.gauss(0, 0.06) for _ in range(256)])
    body: dict[str, Any] = {"feature": L(vec, FACE), "dim": 256, "model": "glowface-r50-2026.07",
                            "album_cluster": "c" + rnd_hex(rng, 6),
                            "device_id": L(ANDROID_ID, "id.device"), "ts": 1700000000}
    # a 256-float face feature vector kept to find the user's face across the album
    return case("beauty-cam", "https://sync.glowcam.example/v1/faces", body=body,
                fmt="msgpack")


def _wav(rng: random.Random, n: int) -> bytes:
    pcm = struct.pack(f"<{n}h", *[rng.randint(-4000, 4000) for _ in range(n)])
    fmt = struct.pack("<HHIIHH", 1, 1, 16000, 32000, 2, 16)
    return (b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt " + struct.pack("<I", 16)
            + fmt + b"data" + struct.pack("<I", len(pcm)) + pcm)


def podcast(rng: random.Random, i: int) -> Case:
    if i % 3 == 0:  # a listener's voice message to the show
        meta = {"episode_guid": rnd_uuid(rng), "duration_ms": 14200,
                "transcript": L("Hi, it's Jane from Brooklyn, I loved the episode on sleep.",
                                "content.text"),
                "listener": {"name": L(NAME, "contact.name"), "email": L(EMAIL, "contact.email"),
                             "city": L("Brooklyn", COARSE)}}
        return multipart("podcast", "https://api.podnest.example/v1/voicemail",
                         [("meta", None, "application/json", meta),
                          ("audio", "voicemail.wav", "audio/wav", L(_wav(rng, 800), MEDIA))],
                         headers={"Authorization": L("Bearer " + rnd_hex(rng, 40),
                                                     "secret.credential")})
    if i % 3 == 1:  # voice-profile features computed on the phone for "who is speaking"
        prof = {"user": L(USER_ID, "id.user"),
                "mfcc_mean": L([round(rng.gauss(0, 8), 3) for _ in range(13)], VOICE),
                "mfcc_std": L([round(abs(rng.gauss(4, 1)), 3) for _ in range(13)], VOICE),
                "xvector": L([round(rng.gauss(0, 0.1), 5) for _ in range(192)], VOICE),
                "frames": 1420, "sample_rate": 16000, "model": "spk-ecapa-2026.03"}
        return case("podcast", "https://api.podnest.example/v1/voice-profile", body=prof,
                    gz=True)
    # playback progress: what was listened to and how far (app interactions)
    body = {"plays": [{"episode_guid": rnd_uuid(rng), "feed": "https://feeds.example/sleep.xml",
                       "position_s": L(1234 + i, USAGE), "speed": 1.5,
                       "completed": L(False, USAGE)}],
            "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV)},
            "install_id": L(INSTALL_ID, "id.device"), "sent_at": 1700000000}
    return case("podcast", "https://api.podnest.example/v1/progress", body=body)


def beacons(rng: random.Random, i: int) -> Case:
    # Beacon ids locate the phone to a shop aisle; TAXONOMY's nearest id is location.wifi
    # ("nearby network identifiers", mapped to Precise location in both store labels), so
    # each beacon's identifier is labelled so, as a BSSID would be. RSSI and TX power are not.
    scans = [{"id": L("f7826da6-4fa2-4e98-8024-bc5b71e0893e:101:" + str(7 + j), WIFI),
              "type": "ibeacon", "rssi": -60 - 4 * j, "tx": -59, "ts": 1700000000 + j}
             for j in range(3)]
    scans.append({"id": L("edd1ebeac04e5defa017:0bdb87539b67", WIFI), "type": "eddystone_uid",
                  "rssi": -77, "tx": -20, "ts": 1700000004})
    body: dict[str, Any] = {
        "adid": L(GAID if i % 2 else GAID.replace("-", "") if i % 3 else
                  base64.b64encode(GAID.encode()).decode(), "id.advertising"),
        "scans": scans,
        "wifi": [{"bssid": L(BSSID.replace(":", "-"), WIFI), "ssid": L(SSID, WIFI),
                  "rssi": -49}],
        "fix": {"ll": L(f"{LAT:.2f},{LON:.2f}", COARSE), "acc_m": 1500},
        "os": L("android", DEV), "sdk": "proxi-4.2.0", "batch": rnd_uuid(rng)}
    if i % 3 == 0:
        body["fix"] = {"lat_e7": L(round(LAT * 1e7), PRECISE),
                       "lng_e7": L(round(LON * 1e7), PRECISE), "acc_m": 8}
    return case("ble-beacons", "https://collect.proxibeacon.example/v2/scans", body=body,
                gz=i % 2 == 1)


def _frame(msg: bytes) -> bytes:
    return b"\x00" + struct.pack(">I", len(msg)) + msg


def grpc_web(rng: random.Random, i: int) -> Case:
    labels: dict[str, str] = {}
    if i % 2 == 0:  # a telemetry service's Report call
        msg = pb([(1, L(INSTALL_ID, "id.device")),
                  (2, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV)), (3, L("en_US", DEV))]),
                  (3, [(1, "screen_view"), (2, 1700000000123), (3, rnd_hex(rng, 16))]),
                  (3, [(1, "article_saved"), (2, 1700000004567), (3, rnd_hex(rng, 16))]),
                  (4, L(h("sha256", EMAIL.lower()), "contact.email")),
                  (5, L(f"{LAT:.5f},{LON:.5f}", PRECISE)), (6, "4.0.1")], "", labels)
        # field 3 repeats: the decoders index repeated fields (3[0], 3[1]) as JSON arrays
        labels.update({"3[0].1": USAGE, "3[1].1": USAGE})
        method = "telemetry.v1.Collector/Report"
    else:  # an account lookup: the user's id and phone, and a trace id
        msg = pb([(1, L(USER_ID, "id.user")), (2, L("+15550100199", "contact.phone")),
                  (3, [(1, rnd_hex(rng, 32)), (2, rnd_hex(rng, 16))]),
                  (4, L(GAID, "id.advertising"))], "", labels)
        method = "account.v2.Accounts/GetProfile"
    data, ctype = _frame(msg), "application/grpc-web+proto"
    if i % 4 in (2, 3):
        data, ctype = base64.b64encode(data), "application/grpc-web-text"
    return _raw("grpc-web", f"https://rpc.newsreader.example/{method}", data, ctype, labels,
                headers={"X-Grpc-Web": "1", "X-User-Agent": "grpc-web-kotlin/0.9",
                         "Authorization": L("Bearer " + rnd_hex(rng, 40), "secret.credential")})


FAMILIES = (beauty, podcast, beacons, grpc_web)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
