"""Blind set fifteen, part five: a golf-swing tracker and a smart-glasses companion app (see
``eval_families15.py`` for the rules of this set, its conventions and its calls).

Golf (in the style of club-mounted swing sensors with a phone app): sign-up, sensor pairing,
swing uploads (msgpack with an IMU window; schema-less protobuf with a packed int16 window,
deflate), a swing video with body-pose keypoints (multipart), a scorecard with shot positions,
heart rate from a watch (JSON Lines), a note to a coach, a tee-time booking, a course search and
analytics (base64url JSON in a query parameter). Smart glasses (in the style of camera glasses
with a voice assistant): pairing and Wi-Fi transfer set-up, the lens prescription (form), wake-
word enrolment (multipart WAV), voice queries, "look and ask" with a photo, face tagging of
people seen, media import (JSON Lines, gzip), head-tracking and eye-tracking windows (br),
live-translation captions, mirrored notifications and wear analytics. Values are synthetic;
hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
import struct

from eval_families15_kit import (
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    FIT,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    device_camel,
    enc,
    encode,
    flat,
    imu,
    jsonl,
    ll,
    multipart,
    pb,
    pose,
    raw,
    series,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

SWING = "https://api.swingiq.example.com"
LUMA = "https://api.lumaframe.example.com"
S_SN, S_MAC = "SIQ-3-0088127", "f0:08:d1:4a:22:7c"
G_SN, G_MAC = "LF-G1-5520913", "5c:e9:1e:03:b4:60"
COURSE_LAT, COURSE_LON = 40.88612, -73.87934  # the user's positions on a public course


def golf() -> list[Case]:
    rng = random.Random(15009)
    out = []
    out.append(case("golf", f"{SWING}/v1/users", body={
        "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC), "birthYear": L(1991, BIRTH),
        "gender": L("f", GENDER), "heightCm": L(171, FIT), "handicap": 18.4, "hand": "right",
        "device": device_camel(), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer siq_" + rnd_hex(rng, 40), CRED)}
    out.append(case("golf", f"{SWING}/v1/sensors", headers=auth, body={
        "serial": L(S_SN, HW), "mac": L(S_MAC.upper(), HW), "fw": "3.2.0", "club": "7i"}))
    for k in range(2):
        out.append(case("golf", f"{SWING}/v1/swings", fmt="msgpack", headers=auth, body={
            "sensor": L(S_SN, HW), "club": ["7i", "driver"][k], "hz": 200,
            "imu": L(imu(rng, 60), MOTION), "clubSpeedMph": 78 + k * 19, "tempo": 3.1,
            "lat": L(round(COURSE_LAT + k * 8e-4, 6), PRECISE),
            "lon": L(round(COURSE_LON - k * 6e-4, 6), PRECISE), "swingId": rnd_uuid(rng)}))
    window = struct.pack("<120h", *[rng.randrange(-3000, 3000) for _ in range(120)])
    lab: dict[str, str] = {}
    data = pb([(1, L(S_SN, HW)), (2, L(window, MOTION)), (3, 200), (4, 1764540000),
               (5, rnd_hex(rng, 8))], "", lab)
    out.append(encode(raw("golf", f"{SWING}/v1/swings/raw", data, "application/x-protobuf", lab,
                          headers=auth), "deflate"))
    out.append(multipart("golf", f"{SWING}/v1/swings/video", [
        ("meta", None, "application/json", {"pose": L(pose(rng, 4), MOTION), "fps": 60,
                                            "model": "pose-lite-17", "angle": "down_the_line"}),
        ("video", "swing.mp4", "video/mp4", L(MP4 + b"\xb1" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("golf", f"{SWING}/v1/rounds", headers=auth, body={
        "course": L("Van Cortlandt Golf Course", COARSE), "tee": "white",
        "partners": [L(PEOPLE[0][0], NAMEC), L(PEOPLE[3][0], NAMEC)],
        "shots": [{"hole": 1 + i // 2, "at": L(ll(6, COURSE_LAT - LAT + i * 3e-4,
                                                  COURSE_LON - LON + i * 2e-4), PRECISE),
                   "club": c} for i, c in enumerate(["driver", "7i", "pw", "putter"])],
        "score": [5, 4, 6]}))
    acc: Acc = {}
    lines = jsonl([{"t": 1764541000 + i * 60, "hr": L(92 + i * 3, FIT), "steps": L(110 + i, FIT),
                    "kcal": L(5.2, FIT)} for i in range(4)], acc)
    out.append(add(raw("golf", f"{SWING}/v1/watch/samples", lines, "application/x-ndjson", {},
                       headers=auth), acc))
    out.append(case("golf", f"{SWING}/v1/coach/share", headers=auth, body={
        "coach": L(PEOPLE[1][2], MAIL), "swings": ["sw_1", "sw_2"],
        "note": L("Had lower-back surgery in March, can't rotate fully yet", f"{TEXT}|{MED}")}))
    out.append(case("golf", f"{SWING}/v1/teetimes/book", headers=auth, body={
        "course": L("Van Cortlandt Golf Course", COARSE), "time": "2026-12-05T08:40",
        "players": L([PEOPLE[0][0], PEOPLE[3][0]], NAMEC), "price": L(96.0, BUY),
        "card": {"last4": L("4242", PAY), "brand": "visa"}, "booking": L("TT-55102", BUY)}))
    out.append(case("golf", f"{SWING}/v1/courses/search", query={
        "q": L("public courses bronx", SEARCH), "lat": L("40.74", COARSE),
        "lon": L("-73.99", COARSE)}))
    acc = {}
    d = enc({"e": L("swing_saved", USAGE), "u": L(USER_ID, UID), "aaid": L(GAID, ADID),
             "club": "7i", "n": rnd_hex(rng, 8)}, "query", "d", "b64url", acc)
    out.append(add(case("golf", "https://t.clubstats.example.net/p", query={"d": d}), acc))
    # negatives: a course map (the course's own coordinates) and the club catalogue
    out.append(case("golf", f"{SWING}/v1/courses/vc-bronx/map", query={
        "bbox": "40.8790,-73.8890,40.8930,-73.8720", "z": "16"}))
    out.append(case("golf", f"{SWING}/v1/catalog/clubs", body={"brands": ["any"],
                                                              "lofts": [9.5, 10.5, 12]}))
    return out


def glasses() -> list[Case]:
    rng = random.Random(15010)
    out = []
    auth = {"Authorization": L("Bearer lf_" + rnd_hex(rng, 44), CRED)}
    out.append(case("glasses", f"{LUMA}/v2/devices/pair", headers=auth, body={
        "serial": L(G_SN, HW), "btMac": L(G_MAC, HW), "owner": L(USER_ID, UID),
        "transfer": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "psk": L("sunflower-2024!", CRED)}, "phone": device_camel()}))
    out.append(case("glasses", f"{LUMA}/v2/lenses/rx", fmt="form", headers=auth, body={
        "od_sph": L("-2.25", MED), "od_cyl": L("-0.50", MED), "od_axis": L("90", MED),
        "os_sph": L("-2.00", MED), "pd_mm": L("62", MED),
        "optometrist": L("Dr. Ana Kim", NAMEC), "tint": "transitions"}))
    out.append(multipart("glasses", f"{LUMA}/v2/voice/enroll", [
        ("profile", None, "application/json", {"wake": "hey luma",
                                               "speaker": L(flat(rng, 256, 0.07), VOICE),
                                               "pitchHz": L(196.4, VOICE),
                                               "mfccMean": L(flat(rng, 13, 4.0, 2), VOICE),
                                               "user": L(USER_ID, UID)}),
        *[(f"s{i}", f"s{i}.wav", "audio/wav", L(WAV + bytes([i]) * 12, MEDIA))
          for i in range(3)],
    ], headers=auth))
    audio = base64.b64encode(WAV + b"\xc1" * 24).decode()
    out.append(case("glasses", f"{LUMA}/v2/assistant/query", headers=auth, body={
        "audio": L(audio, MEDIA), "transcript": L("remind me to refill my Lexapro when I get "
                                                  "home", f"{TEXT}|{MED}"),
        "loc": L(ll(5), PRECISE), "speakerMatch": 0.91, "glasses": L(G_SN, HW),
        "dvector": L(flat(rng, 64, 0.1), VOICE)}))
    out.append(multipart("glasses", f"{LUMA}/v2/assistant/look", [
        ("q", None, "application/json", {"question": L("what's the dosage on this label?",
                                                       TEXT),
                                         "lat": L(round(LAT, 6), PRECISE),
                                         "lon": L(round(LON, 6), PRECISE)}),
        ("frame", "pov.jpg", "image/jpeg", L(JPEG + b"\xc2" * 16, MEDIA)),
    ], headers=auth))
    out.append(case("glasses", f"{LUMA}/v2/memory/faces", headers=auth, body={
        "faces": [{"embedding": L(flat(rng, 128, 0.09), FACE), "box": [120, 88, 64, 72],
                   "tag": L(n, NAMEC) if n else None} for n in (PEOPLE[0][0], None)],
        "capturedAt": 1764550000, "media": "m_" + rnd_hex(rng, 8)}))
    acc: Acc = {}
    lines = jsonl([{"media": "m_" + rnd_hex(rng, 8), "kind": ["photo", "video"][i % 2],
                    "at": 1764550000 + i * 400, "sha1": rnd_hex(rng, 40),
                    "lat": L(round(LAT + i * 2e-4, 5), PRECISE),
                    "lng": L(round(LON + i * 1e-4, 5), PRECISE), "durS": 15 * (i % 2)}
                   for i in range(5)], acc)
    out.append(add(encode(raw("glasses", f"{LUMA}/v2/media/import", lines,
                              "application/x-ndjson", {}, headers=auth), "gzip"), acc))
    out.append(encode(case("glasses", f"{LUMA}/v2/telemetry/tracking", headers=auth, body={
        "head": L(series(rng, 40, ("yaw", "pitch", "roll"), 10, 9.0), MOTION),
        "gaze": L(series(rng, 40, ("gx", "gy"), 10, 0.2), MOTION),
        "ipdCalib": L(62.4, MED), "wearMin": L(214, USAGE), "fw": "11.2"}), "br"))
    out.append(case("glasses", f"{LUMA}/v2/translate/captions", headers=auth, body={
        "pair": "es-en", "lines": L(["Your test results came back, we need to talk about "
                                     "the biopsy", "Can you come in on Tuesday?"],
                                    f"{TEXT}|{MED}")}))
    out.append(case("glasses", f"{LUMA}/v2/notifications/mirror", headers=auth, body={
        "app": "messages", "from": L(PEOPLE[2][0], NAMEC),
        "text": L("Running late, save me a seat at the clinic", TEXT), "readAloud": True}))
    out.append(case("glasses", "https://ev.wearmetrics.example.org/b", body={"events": [
        {"n": L(n, USAGE), "ts": 1764551000 + i, "serial": L(G_SN, HW),
         "wornMin": L(30 + i, USAGE)} for i, n in enumerate(["capture_photo", "assistant_used",
                                                             "translate_started"])],
        "iid": L(INSTALL_ID, DID), "os": L("Android 14", DEV)}))
    # negatives: firmware and the AR lens catalogue (model names and a float table)
    out.append(case("glasses", f"{LUMA}/v2/firmware", query={"hw": "G1", "cur": "11.2"}))
    out.append(case("glasses", f"{LUMA}/v2/lenses/catalog", body={
        "models": ["face-mesh-lite", "hand-tracker-2", "depth-v3"],
        "colorLut": [round(rng.uniform(0, 1), 3) for _ in range(64)]}))
    return out
