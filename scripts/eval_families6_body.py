"""Blind set six, part five: biometric and behavioural payloads in new settings (see
``eval_families6.py`` for the rules of this set and its labelling conventions).

Shapes: a workforce time-clock app (clock-in with GPS, the workplace Wi-Fi and a face template
as base64 float16; enrolment photos with 68 landmark objects and a 512-float embedding as
multipart/form-data per RFC 7578; a msgpack clock-out with a float32 ``bin`` template; leave
requests), an online-exam proctoring app (key events with down/up times, dwell/flight series,
a face-landmark check, answers, an environment scan with running apps), an insurer's
driving-telematics app (accelerometer/gyroscope batches as gzip+base64 JSON in a form field,
trip summaries, harsh-event records, a crash pulse as hex-wrapped JSON) and a bank's voice-ID
service (an ECAPA-style 192-float speaker embedding, a WAV sample, MFCC statistics as hex of
float32, and a protobuf with a packed float field). Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families6_kit import (
    COARSE,
    CRED,
    DEV,
    F32,
    MEDIA,
    PRECISE,
    USAGE,
    b64,
    encode,
    floats,
    multipart,
    pb,
    raw,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    MAC,
    NAME,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

FACE, VOICE = "biometric.face", "biometric.voice"
KEYS, MOTION = "behavior.keystroke", "behavior.motion"
MED, TEXT = "health.medical", "content.text"


def _jpeg(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        rng.randbytes(500) + b"\xff\xd9"


def _f16(rng: random.Random, n: int) -> bytes:
    return struct.pack(f"<{n}e", *[rng.gauss(0, 0.05) for _ in range(n)])


def time_clock(rng: random.Random, i: int) -> Case:
    kind = i % 4
    emp = "E-" + str(10400 + i)  # the employee's number at the employer (id.user)
    hdr = {"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED)}
    if kind == 0:
        # the offline queue flushed at once: each punch a record with its own fix and template
        punches = [{"employee_id": L(emp, "id.user"), "site_id": "site-" + rnd_hex(rng, 4),
                    "action": L(act, USAGE), "ts": 1700000000 + 3600 * k,
                    "gps": {"lat": L(round(LAT + 1e-4 * k, 6), PRECISE),
                            "lon": L(round(LON - 1e-4 * k, 6), PRECISE), "accuracy_m": 8.5},
                    "within_geofence": True,
                    "wifi": {"ssid": L(SSID, "location.wifi"),
                             "bssid": L(BSSID, "location.wifi")},
                    # a 512-d float16 face template, base64; the liveness score is a number
                    # about the capture, not a faceprint (unlabelled)
                    "face": {"template": L(b64(_f16(rng, 512)), FACE),
                             "liveness_score": 0.98, "model": "facenet-r100-fp16"}}
                   for k, act in enumerate(["clock_in", "break_start", "break_end"])]
        body: Any = {"punches": punches, "queued": True,
                     "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}
        return case("time-clock", "https://api.punchly.example/v2/punches/batch", body=body,
                    headers=hdr)
    if kind == 1:
        pts = [{"x": round(rng.uniform(220, 860), 1), "y": round(rng.uniform(300, 1300), 1)}
               for _ in range(68)]
        meta = {"employee_id": L(emp, "id.user"), "consent_version": "bio-2026-01",
                "landmarks": L(pts, FACE), "embedding": L(floats(rng, 512), FACE),
                "capture": {"camera": "front", "width": 1080, "height": 1440}}
        # enrolment photos are photos of the employee (content.media); the faceprint is the
        # landmarks and embedding computed from them
        return multipart("time-clock", "https://api.punchly.example/v2/face/enroll",
                         [("meta", None, "application/json", meta),
                          ("photo_0", "front.jpg", "image/jpeg", L(_jpeg(rng), MEDIA)),
                          ("photo_1", "left.jpg", "image/jpeg", L(_jpeg(rng), MEDIA))],
                         headers=hdr)
    if kind == 2:
        body = {"employee_id": L(emp, "id.user"), "action": L("clock_out", USAGE),
                "ts": 1700030000 + i, "template": L(struct.pack("<128f", *floats(rng, 128)),
                                                     FACE),
                "lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE),
                "device_id": L(ANDROID_ID, "id.device")}
        return case("time-clock", "https://api.punchly.example/v2/punches", body=body,
                    fmt="msgpack", headers=hdr)
    body = {"employee_id": L(emp, "id.user"), "request_id": rnd_uuid(rng),
            "leave": {"type": "pto", "from": "2026-12-01", "to": "2026-12-03",
                      "reason": L("physiotherapy after knee surgery", f"{MED}|{TEXT}")},
            "approver": "mgr-" + rnd_hex(rng, 4)}
    return encode(case("time-clock", "https://api.punchly.example/v2/leave", body=body,
                       headers=hdr), "br")


def _typed(rng: random.Random, text: str) -> list[dict[str, Any]]:
    t, out = 0, []
    for ch in text:
        t += rng.randint(80, 260)
        out.append({"code": "Space" if ch == " " else f"Key{ch.upper()}", "down": t,
                    "up": t + rng.randint(60, 140)})
    return out


def proctoring(rng: random.Random, i: int) -> Case:
    kind = i % 4
    sess = rnd_uuid(rng)
    hdr = {"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED), "X-Exam-Session": sess}
    if kind == 0:
        if i % 8 == 0:
            # key events spelling what the student typed: timing series and the text itself
            body: Any = {"session": sess, "question": 4,
                         "keys": L(_typed(rng, "osmosis moves water"), f"{KEYS}|{TEXT}")}
        else:
            n = 24
            body = {"session": sess, "question": 5,
                    "dwell_ms": L([rng.randint(60, 140) for _ in range(n)], KEYS),
                    "flight_ms": L([rng.randint(40, 300) for _ in range(n - 1)], KEYS),
                    # typing cadence and corrections: the keystroke pattern itself
                    "wpm": L(round(rng.uniform(28, 61), 1), KEYS), "backspaces": L(3, KEYS)}
        return case("proctoring", "https://api.examguard.example/v1/keystrokes", body=body,
                    headers=hdr)
    if kind == 1:
        marks = [[round(rng.uniform(300, 800), 1), round(rng.uniform(400, 1100), 1)]
                 for _ in range(68)]
        # four sampled frames, each with its own 68-point landmark set
        frames = [{"t": 1700000000 + i + 5 * k, "faces_detected": 1,
                   "landmarks68": L([[round(x + rng.gauss(0, 2), 1), round(y + rng.gauss(0, 2), 1)]
                                     for x, y in marks], FACE),
                   "frame_id": rng.randint(1, 9999)} for k in range(4)]
        body = {"session": sess, "frames": frames, "lighting": "ok"}
        return encode(case("proctoring", "https://api.examguard.example/v1/face-check",
                           body=body, headers=hdr), "gzip")
    if kind == 2:
        body = {"session": sess, "answers": [
            {"q": 4, "text": L("Osmosis moves water across a membrane toward higher solute "
                               "concentration.", TEXT)},
            {"q": 5, "choice": "C"}],
            # leaving the exam window: an interaction with the app (usage)
            "focus_lost": L(2, USAGE), "submitted_at": 1700003600}
        return case("proctoring", "https://api.examguard.example/v1/answers", body=body,
                    headers=hdr)
    body = {"student_id": L("S" + str(rng.randint(10**6, 10**7)), "id.user"),
            "name": L(NAME, "contact.name"), "ip": L(PUBLIC_IP, "location.ip"),
            "local_ip": L(LOCAL_IP, DEV), "screen": L("1080x2400", DEV),
            "running_apps": L(["com.example.chat", "com.example.notes",
                               "com.example.calculator"], "device.apps"),
            "remote_tools_installed": L(["com.example.remotedesk"], "device.apps"),
            "vm": L(False, DEV), "rooted": L(False, DEV), "check_id": rnd_hex(rng, 12),
            # the proctoring vendor's device fingerprint: SHA-512 of the Android ID
            "device_hash": L(h("sha512", ANDROID_ID), "id.device")}
    return case("proctoring", "https://api.examguard.example/v1/env-scan", body=body,
                headers=hdr)


def _axis(rng: random.Random, n: int, g: float) -> list[dict[str, Any]]:
    return [{"t": 20 * k, "x": round(rng.gauss(0, 0.3), 3), "y": round(rng.gauss(0, 0.3), 3),
             "z": round(rng.gauss(g, 0.3), 3)} for k in range(n)]


def telematics(rng: random.Random, i: int) -> Case:
    kind = i % 4
    trip = rnd_uuid(rng)
    if kind == 0:
        batch = {"trip_id": trip, "hz": 50, "accel": L(_axis(rng, 40, 9.81), MOTION),
                 "gyro": L(_axis(rng, 40, 0.0), MOTION),
                 # position fixes taken with the samples: records, labelled per element
                 "fixes": [{"lat": L(round(LAT - 2e-4 * k, 5), PRECISE),
                            "lon": L(round(LON + 1e-4 * k, 5), PRECISE), "t": 1000 * k,
                            "speed": round(rng.uniform(8, 14), 1)} for k in range(10)],
                 "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV)},
                 "install_id": L(INSTALL_ID, "id.device")}
        return case("telematics", "https://ingest.drivescore.example/v3/sensors",
                    body={"payload": W(batch, "gzb64json"), "v": "3"}, fmt="form")
    if kind == 1:
        body: Any = {"trip_id": trip,
                     "policy_number": L("DS-" + str(rng.randint(10**7, 10**8)), "id.user"),
                     "start": {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
                               "t": 1700000000},
                     "end": {"lat": L(40.68912, PRECISE), "lon": L(-73.98243, PRECISE),
                             "t": 1700001500},
                     "start_area": L("Manhattan, NY", COARSE),
                     "distance_km": 8.4, "duration_s": 1500, "hard_brakes": 2,
                     "speeding_s": 40, "score": rng.randint(60, 99)}
        return case("telematics", "https://api.drivescore.example/v1/trips", body=body)
    if kind == 2:
        kinds = ["hard_brake", "rapid_accel", "sharp_turn", "phone_handling"]
        events = [{"type": kinds[k % 4], "lat": L(round(LAT - 0.004 * k, 5), PRECISE),
                   "lon": L(round(LON + 0.002 * k, 5), PRECISE), "t": 1700000100 + 60 * k,
                   "g": round(rng.uniform(-0.6, -0.3), 2)} for k in range(12)]
        return encode(case("telematics", "https://api.drivescore.example/v1/events",
                           body={"trip_id": trip, "events": events}), "zstd")
    pulse = {"user": L(USER_ID, "id.user"), "peak_g": 3.7,
             "accel_mag": L([round(abs(rng.gauss(1, 0.8)), 3) for _ in range(64)], MOTION),
             "lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
             "ts": 1700000900}
    return case("telematics", "https://api.drivescore.example/v1/crash",
                body={"pulse": W(pulse, "hexjson"), "alg": "cd-2"})


def _wav(rng: random.Random, n: int) -> bytes:
    pcm = struct.pack(f"<{n}h", *[rng.randint(-3000, 3000) for _ in range(n)])
    return (b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16) + b"data" +
            struct.pack("<I", len(pcm)) + pcm)


def voice_bank(rng: random.Random, i: int) -> Case:
    kind = i % 4
    cust = "C" + str(rng.randint(10**8, 10**9))  # the bank's customer number
    hdr = {"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED)}
    if kind == 0:
        # device binding as banking SDKs do it: hardware and SIM identifiers, some hashed
        binding = {"android_id": L(ANDROID_ID, "id.device"),
                   "serial": L(SERIAL, "id.hardware"),
                   "imei_sha256": L(h("sha256", IMEI), "id.hardware"),
                   "wifi_mac": L(MAC.upper(), "id.hardware"),
                   "iccid_md5": L(h("md5", ICCID), "id.sim"),
                   "imsi_sha1": L(h("sha1", IMSI), "id.sim"),
                   "sim_operator": L("310260", "location.carrier"),
                   "binding_ts": 1700000000 + i}
        body: Any = {"customer_id": L(cust, "id.user"), "device_binding": binding,
                     "voiceprint": {"embedding": L(floats(rng, 192), VOICE),
                                    "model": "ecapa-tdnn-192"},
                     "phrase_id": "p3", "snr_db": 23.1, "enrol_id": rnd_uuid(rng)}
        return case("voice-bank", "https://voiceid.vaultbank.example/v1/enroll", body=body,
                    headers=hdr)
    if kind == 1:
        meta = {"customer_id": L(cust, "id.user"), "attempt": rnd_uuid(rng), "phrase_id": "p3"}
        # the spoken sample itself is a recording (content.media); the voiceprint is what the
        # server computes from it
        return multipart("voice-bank", "https://voiceid.vaultbank.example/v1/verify",
                         [("meta", None, "application/json", meta),
                          ("audio", "sample.wav", "audio/wav", L(_wav(rng, 600), MEDIA))],
                         headers=hdr)
    if kind == 2:
        mfcc = struct.pack("<40f", *[rng.gauss(0, 6) for _ in range(40)])
        body = {"customer_id": L(cust, "id.user"), "features_hex": L(mfcc.hex(), VOICE),
                "feature_kind": "mfcc40_mean", "frames": 812}
        return case("voice-bank", "https://voiceid.vaultbank.example/v1/features", body=body,
                    headers=hdr)
    labels: dict[str, str] = {}
    vec = struct.pack("<192f", *floats(rng, 192))
    msg = pb([(1, L(cust, "id.user")), (2, L(ANDROID_ID, "id.device")),
              (3, L(vec, VOICE)), (4, F32(0.87)), (5, "ecapa-tdnn-192")], "", labels)
    return raw("voice-bank", "https://voiceid.vaultbank.example/v1/verify-embedding", msg,
               "application/x-protobuf", labels, headers=hdr)


FAMILIES = (time_clock, proctoring, telematics, voice_bank)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
