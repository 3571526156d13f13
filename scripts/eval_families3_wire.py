"""Fresh evaluation families, part two: other wire formats and behavioural/biometric payloads.

Sentry envelopes (newline-delimited header/item/payload, per Sentry's envelope docs), a
Crashlytics-style crash report and a location beacon as schema-less protobuf (wire format per
protobuf.dev "Encoding"; paths are field numbers as DESIGN.md says), a game SDK's msgpack
telemetry, a web session with cookies and JWTs (RFC 7519), keystroke-dynamics telemetry,
a face-liveness/KYC upload, a voice-enrolment feature upload, motion-sensor batches, and a
family of negative controls. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import random
import struct
from typing import Any
from urllib.parse import quote

from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
    resolve,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE = "device.info", "behavior.usage"
E164 = "+15550100199"


def _raw(family: str, url: str, data: bytes, ctype: str, labels: dict[str, str],
         headers: dict[str, Any] | None = None) -> Case:
    c = case(family, url, headers=headers)
    hdrs = (*c.exchange.request_headers, ("Content-Type", ctype))
    c.exchange = dataclasses.replace(c.exchange, method="POST", request_headers=hdrs,
                                     request_body=data)
    c.labels.update({("body", p): cat for p, cat in labels.items()})
    return c


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def pb(fields: list[tuple[int, Any]], path: str, labels: dict[str, str]) -> bytes:
    """Encode (field number, value) pairs; L markers label the field's path (``7.9.2``)."""
    out = bytearray()
    for num, val in fields:
        p = f"{path}.{num}" if path else str(num)
        if isinstance(val, L):
            labels[p] = val.category
            val = val.value
        if isinstance(val, bool | int):
            out += _varint(num << 3) + _varint(int(val))
        elif isinstance(val, float):
            out += _varint(num << 3 | 1) + struct.pack("<d", val)
        else:
            raw = pb(val, p, labels) if isinstance(val, list) else (
                val.encode() if isinstance(val, str) else val)
            out += _varint(num << 3 | 2) + _varint(len(raw)) + raw
    return bytes(out)


def crash_proto(rng: random.Random, i: int) -> Case:
    """Crashlytics-style report. Only what an auditor can read off schema-less bytes is
    labelled: strings and identifiers; unnamed integers (RAM, cores) are not."""
    session = [(1, "Crashlytics Android SDK/18.6.0"), (2, rnd_hex(rng, 32).upper()),
               (3, 1700000000), (5, True),
               (6, [(1, "com.example.clipshare"), (2, "321"), (3, "3.2.1")]),
               (7, [(1, L(USER_ID, "id.user"))]),
               (8, [(1, 3), (2, L("14", DEV)), (3, L("UP1A.231005.007", DEV)), (4, False)]),
               (9, [(1, 9), (2, L("Pixel 8", DEV)), (3, 8), (4, 8000000000),
                    (5, 110000000000), (6, False), (8, L("Google", DEV))]),
               (10, [(1, 1700000000), (2, "crash"),
                     (3, [(1, [(1, "java.lang.IllegalStateException"),
                               (2, "clip buffer overflow")])])])]
    labels: dict[str, str] = {}
    data = pb([(1, "18.6.0"), (2, "1:123456789:android:" + rnd_hex(rng, 16)), (3, 4),
               (4, L(INSTALL_ID.replace("-", ""), "id.device")), (5, "321"), (6, "3.2.1"),
               (7, session)], "", labels)
    return _raw("crash-proto", "https://crashlyticsreports.example/v1/upload", data,
                "application/x-protobuf", labels)


def geo_proto(rng: random.Random, i: int) -> Case:
    """An ad SDK's location beacon: doubles for the fix, the GAID as a string."""
    labels: dict[str, str] = {}
    fix = [(1, L(LAT, "location.precise")), (2, L(LON, "location.precise")),
           (3, 9.5), (4, 1700000000123)] if i % 2 else [  # 3: accuracy radius, not a place
        (1, L(round(LAT * 1e7), "location.precise")),
        (2, L(round(LON * 1e7), "location.precise"))]  # E7 sint-less ints, as in many schemas
    data = pb([(1, rnd_uuid(rng)), (2, L(GAID, "id.advertising")), (3, fix),
               (4, [(1, L("Example Mobile", "location.carrier")),
                    (2, L("310260", "location.carrier"))]),
               (5, L("Pixel 8", DEV)), (6, 1700000000), (7, rnd_hex(rng, 16))], "", labels)
    return _raw("geo-proto", "https://beacon.adgeo.example/v2/ping", data,
                "application/x-protobuf", labels)


def sentry_envelope(rng: random.Random, i: int) -> Case:
    trace = rnd_hex(rng, 32)
    head = {"event_id": rnd_hex(rng, 32), "sent_at": "2026-11-27T08:00:01.000Z",
            "dsn": f"https://{rnd_hex(rng, 32)}@o1.ingest.sentry-sdk.example/42",
            "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
            "trace": {"trace_id": trace, "public_key": rnd_hex(rng, 32),
                      "release": "com.example.clipshare@3.2.1+321", "sample_rate": "1"}}
    event = {"event_id": head["event_id"], "timestamp": 1700000000.5, "platform": "java",
             "level": "fatal", "release": "com.example.clipshare@3.2.1+321", "dist": "321",
             "user": {"id": L(INSTALL_ID, "id.device"),  # the SDK's default: installation id
                      "ip_address": L(PUBLIC_IP, "location.ip") if i % 2 else "{{auto}}",
                      "geo": {"city": L("New York", "location.coarse"),
                              "region": L("New York", "location.coarse")}},
             "contexts": {"device": {"family": L("Pixel", DEV), "model": L("Pixel 8", DEV),
                                     "arch": L("arm64-v8a", DEV),
                                     "battery_level": L(87.0, DEV), "charging": L(False, DEV),
                                     "orientation": "portrait", "simulator": L(False, DEV),
                                     "memory_size": L(7812345856, DEV),
                                     "free_storage": L(25012345678, DEV),
                                     "screen_width_pixels": L(1080, DEV),
                                     "screen_height_pixels": L(2400, DEV),
                                     "screen_dpi": L(420, DEV),
                                     # device state like AppLovin's bt_ms (label added
                                     # after the first run, for consistency)
                                     "boot_time": L("2026-11-26T07:00:00.000Z", DEV),
                                     "timezone": L("America/New_York", DEV),
                                     "id": L(INSTALL_ID, "id.device"),
                                     "locale": L("en_US", DEV),
                                     "connection_type": L("wifi", DEV),
                                     "manufacturer": L("Google", DEV),
                                     "processor_count": L(8, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "build": L("UP1A.231005.007", DEV),
                                 "kernel_version": L("5.15.110-android14-11", DEV),
                                 "rooted": L(False, DEV)},
                          "app": {"app_identifier": "com.example.clipshare",
                                  "app_version": "3.2.1",
                                  "app_start_time": "2026-11-27T07:59:00.000Z"},
                          "trace": {"trace_id": trace, "span_id": rnd_hex(rng, 16),
                                    "op": "ui.load"}},
             "breadcrumbs": {"values": [
                 {"timestamp": 1700000000.1, "type": "navigation", "category": "ui.lifecycle",
                  "data": {"state": "resumed", "screen": L("EditorActivity", USAGE)}},
                 {"timestamp": 1700000000.2, "type": "http", "category": "http",
                  "data": {"url": U("https://api.clipshare.example/v2/clips",
                                    {"user": L(USER_ID, "id.user"), "page": "2"}),
                           "method": "GET", "status_code": 200}}]},
             "exception": {"values": [{"type": "IllegalStateException",
                                       "value": "clip buffer overflow", "module": "java.lang"}]},
             "tags": {"experiment": "render_v2_b", "build_type": "release"}}
    session = {"sid": rnd_uuid(rng), "did": L(INSTALL_ID, "id.device"), "init": True,
               "started": "2026-11-27T07:59:00.000Z", "status": "crashed", "seq": 0,
               "errors": 1, "attrs": {"release": "com.example.clipshare@3.2.1+321",
                                      "environment": "production"}}
    labels: dict[str, str] = {}
    lines = resolve([head, None, event, None, session], "", labels)
    ev, se = json.dumps(lines[2]).encode(), json.dumps(lines[4]).encode()
    lines[1] = {"type": "event", "length": len(ev), "content_type": "application/json"}
    lines[3] = {"type": "session", "length": len(se)}
    data = b"\n".join(json.dumps(x).encode() for x in lines) + b"\n"
    return _raw("sentry-env", "https://o1.ingest.sentry-sdk.example/api/42/envelope/", data,
                "application/x-sentry-envelope", labels,
                headers={"X-Sentry-Auth": "Sentry sentry_version=7, sentry_client=sentry.java."
                                          "android/7.3.0, sentry_key=" + rnd_hex(rng, 32)})


def game_msgpack(rng: random.Random, i: int) -> Case:
    body = {"v": 3, "ts": 1700000000123,
            "device": {"id": L(ANDROID_ID.upper(), "id.device"),
                       "ad_id": L(GAID.replace("-", ""), "id.advertising"),
                       "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                       "ram_mb": L(7812, DEV), "gpu": L("Mali-G715", DEV),
                       "ip": L(PUBLIC_IP, "location.ip")},
            # the SDK's "fingerprint" blob: hex of a JSON object (labels continue inside)
            "fp": W({"aid": L(ANDROID_ID, "id.device"), "mail": L(EMAIL, "contact.email")},
                    "hexjson"),
            "player": {"id": L(USER_ID, "id.user"), "nickname": L("jdoe_runner", "id.user"),
                       "level": 12, "country": L("US", DEV)},
            "session": {"id": rnd_uuid(rng), "length_s": L(600 + i, USAGE), "n": L(31, USAGE)},
            "events": [{"n": L("level_complete", USAGE), "t": 1700000000000 + 40 * j,
                        "lvl": 11 + j, "seed": rng.randint(0, 2**31)} for j in range(2)],
            "iap": {"sku": L("gem_pack_500", "financial.purchase"),
                    "price_micros": L(4990000, "financial.purchase"), "cur": "USD",
                    "receipt_hash": rnd_hex(rng, 64)},
            "perf": {"fps": [58, 60, 59, 57], "frame_ms": [16.6, 16.8, 17.1],
                     "build": "2026.11.3", "asset_crc": rng.randint(0, 2**32)}}
    return case("game-msgpack", "https://events.gamesdk.example/v3/batch", body=body,
                fmt="msgpack")


def _jwt(claims: dict[str, Any]) -> str:
    def seg(o: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
    return f"{seg({'alg': 'RS256', 'kid': 'k1', 'typ': 'JWT'})}.{seg(claims)}." + seg("sig")


def web_session(rng: random.Random, i: int) -> Case:
    """Cookies and JWTs: the session JWT cookie is a credential whose claims carry IDs."""
    claims: dict[str, Any] = {"sub": L(USER_ID, "id.user"), "email": L(EMAIL, "contact.email"),
                              "did": L(ANDROID_ID, "id.device"), "iat": 1700000000,
                              "exp": 1700003600, "jti": rnd_uuid(rng), "iss": "https://id.example"}
    clab: dict[str, str] = {}
    jar = {"auth": _jwt(resolve(claims, "auth.claims", clab)), "sid": rnd_hex(rng, 48),
           "uid": quote(USER_ID), "ll": quote(f"{LAT:.3f},{LON:.3f}"), "ab": "exp42=b",
           "lang": "en-US", "_fbp": f"fb.1.1700000000123.{rng.randint(10**9, 10**10)}"}
    c = case("web-session", "https://m.shop.clipshare.example/api/cart",
             query={"zip": L("10001", "location.coarse"), "q": L("tripod", "behavior.search")},
             headers={"Authorization": J({"sub": L(USER_ID, "id.user"),
                                          "phone_number": L(E164, "contact.phone"),
                                          "device_id": L(INSTALL_ID, "id.device"),
                                          "nonce": rnd_hex(rng, 16)}),
                      "traceparent": f"00-{rnd_hex(rng, 32)}-{rnd_hex(rng, 16)}-01",
                      "X-Device-Model": L("Pixel 8", DEV)})
    cookie = ("Cookie", "; ".join(f"{k}={v}" for k, v in jar.items()))
    c.exchange = dataclasses.replace(c.exchange,
                                     request_headers=(*c.exchange.request_headers, cookie))
    c.labels.update({("cookie", p): cat for p, cat in clab.items()})
    c.labels.update({("cookie", "auth"): "secret.credential",
                     ("cookie", "sid"): "secret.credential", ("cookie", "uid"): "id.user",
                     ("cookie", "ll"): "location.precise", ("cookie", "lang"): DEV,
                     # _fbp: the ad pixel's browser id, tied to this browser/device
                     ("cookie", "_fbp"): "id.device"})
    return c


def keyboard(rng: random.Random, i: int) -> Case:
    t0 = 1700000000000
    body: dict[str, Any] = {"session_id": rnd_uuid(rng), "layout": "qwerty-us",
                            "device": {"model": L("Pixel 8", DEV)},
                            "screen": {"w": L(1080, DEV), "h": L(2400, DEV)}}
    if i % 2 == 0:  # key identity + timings: the rhythm, and the text it spells
        down = [t0 + sum(rng.randint(90, 220) for _ in range(j)) for j in range(12)]
        body["field"] = "comment_box"
        body["keys"] = L([{"kc": 29 + j % 26, "d": d, "u": d + rng.randint(60, 130)}
                          for j, d in enumerate(down)], "behavior.keystroke|content.text")
    else:  # timing features only (no key identity): the rhythm alone
        body["field_hash"] = rnd_hex(rng, 16)
        body["dwell_ms"] = L([rng.randint(60, 130) for _ in range(20)], "behavior.keystroke")
        body["flight_ms"] = L([rng.randint(40, 300) for _ in range(19)], "behavior.keystroke")
        body["cpm"] = L(212, "behavior.keystroke")
    body["risk_score"] = round(rng.random(), 3)
    return case("keystroke", "https://collect.bioguard.example/v1/typing", body=body)


def kyc_face(rng: random.Random, i: int) -> Case:
    lm = [[round(rng.uniform(120, 360), 2), round(rng.uniform(160, 480), 2)] for _ in range(106)]
    emb = [round(rng.gauss(0, 0.05), 6) for _ in range(512)]
    selfie: dict[str, Any] = {"pose": {"yaw": 2.1, "pitch": -1.3, "roll": 0.4},
                              "liveness": {"score": 0.987, "passed": True},
                              "image_sha256": rnd_hex(rng, 64),
                              # the selfie itself is a photo of the user (content.media)
                              "image": L(base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
                                                          + rng.randbytes(300)).decode(),
                                         "content.media")}
    if i % 2 == 0:
        selfie["landmarks_106"] = L(lm, "biometric.face")
        selfie["embedding"] = L(emb, "biometric.face")
    else:  # flat landmarks and a float32 template packed as base64
        selfie["face_points"] = L([c for p in lm[:68] for c in p], "biometric.face")
        selfie["face_template"] = L(base64.b64encode(struct.pack("<128f", *emb[:128])).decode(),
                                    "biometric.face")
    body = {"session_id": rnd_uuid(rng), "selfie": selfie,
            "document": {"type": "passport", "country": "USA", "expiry": "2031-05-01",
                         "number": L("X" + str(rng.randint(10**7, 10**8 - 1)),
                                     "personal.national_id"),
                         "surname": L("DOE", "contact.name"),
                         "given_names": L("JANE", "contact.name"),
                         "birth_date": L("900401", "personal.birthdate")},
            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)},
            "sdk_version": "4.2.0"}
    return case("kyc-face", "https://verify.idcheck.example/v2/liveness", body=body)


def voice(rng: random.Random, i: int) -> Case:
    feats: dict[str, Any] = {"mfcc": L([[round(rng.gauss(0, 10), 3) for _ in range(13)]
                                        for _ in range(40)], "biometric.voice")}
    if i % 2 == 0:
        feats["xvector"] = L([round(rng.gauss(0, 1), 5) for _ in range(512)], "biometric.voice")
    else:
        feats["spk_emb"] = L([round(rng.gauss(0, 1), 5) for _ in range(256)], "biometric.voice")
    body = {"utterance_id": rnd_uuid(rng), "enrollment": True, "sample_rate_hz": 16000,
            "duration_ms": 2300, "snr_db": 23.4, "features": feats,
            "transcript": L("hey clip start recording", "content.text"),
            "user_ref": L(USER_ID, "id.user"), "vad": [0, 1, 1, 1, 0, 1, 1, 0],
            "model_version": "spk-2026.10"}
    return case("voice", "https://voice.assistant.example/v1/enroll", body=body, gz=i % 2 == 1)


def motion(rng: random.Random, i: int) -> Case:
    t0 = 1700000000000
    if i % 2 == 0:  # array of samples
        accel: Any = L([{"t": t0 + 20 * j, "x": round(rng.gauss(0, 0.3), 4),
                         "y": round(rng.gauss(9.8, 0.3), 4), "z": round(rng.gauss(0, 0.3), 4)}
                        for j in range(50)], "behavior.motion")
    else:  # struct of arrays: findings are per field (DESIGN.md), so each axis list is
        # labelled, not the object (fixed after the first run); the time axis alone is not
        accel = {"t": [t0 + 20 * j for j in range(50)],
                 "x": L([round(rng.gauss(0, 0.3), 4) for _ in range(50)], "behavior.motion"),
                 "y": L([round(rng.gauss(9.8, 0.3), 4) for _ in range(50)], "behavior.motion"),
                 "z": L([round(rng.gauss(0, 0.3), 4) for _ in range(50)], "behavior.motion")}
    body = {"batch_id": rnd_uuid(rng), "sensors": {"accel": accel,
                                                   "gyro_hz": 50, "vendor": "STMicro"},
            "touch": L([{"a": "down" if j == 0 else "up" if j == 11 else "move",
                         "x": 300 + 7 * j, "y": 900 - 11 * j,
                         "p": round(0.4 + 0.01 * j, 2), "t": t0 + 16 * j} for j in range(12)],
                       "behavior.motion"),
            "tap": {"x": 540, "y": 1210, "target": "btn_export"},  # one UI tap: not a series
            "device_id": L(INSTALL_ID, "id.device"), "app": "com.example.clipshare"}
    return case("motion", "https://sdk.bioguard.example/v1/sensors", body=body)


def negatives(rng: random.Random, i: int) -> Case:
    """Nothing personal, in shapes that resemble identifiers, coordinates and addresses."""
    body = {"request_id": rnd_uuid(rng), "idempotency_key": rnd_uuid(rng).upper(),
            "nonce": base64.b64encode(rng.randbytes(16)).decode(),
            "hmac": base64.b64encode(rng.randbytes(32)).decode(),
            "content": {"sha256": rnd_hex(rng, 64), "md5": rnd_hex(rng, 32), "crc32": 3735928559,
                        "asset_id": rnd_uuid(rng), "bytes": 482113},
            "build": {"version": "3.2.1", "code": 321, "commit": rnd_hex(rng, 40),
                      "sdk": "21.5.0", "schema": "2026-10-01"},
            "experiments": [{"id": "exp_" + str(rng.randint(1, 99)), "bucket": rng.randint(0, 99),
                             "variant": "B"}],
            "spans": [{"trace_id": rnd_hex(rng, 32), "span_id": rnd_hex(rng, 16),
                       "start_us": 1700000000000000 + j, "dur_us": 1200 + j}
                      for j in range(3)],
            # a tap in dp that happens to fall in latitude/longitude ranges: still a UI position
            "ui": {"tap": {"x": 40.7, "y": 73.9}, "anchor": [0.5, 0.5], "scale": 2.625},
            "edges": {"server_ip": "198.51.100.23", "resolver": "192.0.2.53",
                      "cdn_pop": "EWR52-P3"},
            "timestamps": {"created_at": "2026-11-27T08:00:00Z", "epoch_ms": 1700000000123},
            "campaign_id": rnd_uuid(rng)}
    return case("negative3", "https://cfg.sdkhub.example/v2/handshake", body=body,
                headers={"X-Request-Id": rnd_uuid(rng), "X-Amzn-Trace-Id":
                         f"Root=1-{rnd_hex(rng, 8)}-{rnd_hex(rng, 24)}",
                         "If-None-Match": f'"{rnd_hex(rng, 32)}"'})


FAMILIES = (crash_proto, geo_proto, sentry_envelope, game_msgpack, web_session, keyboard,
            kyc_face, voice, motion, negatives)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
