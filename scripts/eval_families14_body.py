"""Blind set fourteen, part three: a smart-scale app and a sign-language/face-tracking
accessibility app (see ``eval_families14.py`` for the rules of this set, its conventions and its
calls).

Smart scale (in the style of body-composition scale companions): sign-up with a body profile,
the scale's Wi-Fi setup, household users, measurement uploads (JSON Lines under brotli, a BLE
frame relayed as schema-less protobuf), pregnancy and "hide numbers" modes (form), a baby
weighing, goals, an export to a health platform (gzip+base64 JSON in a form field), a
dietitian share and an analytics hit (query). Sign-language app (in the style of sign-
recognition, video-relay and head-pointer apps): sign-up with hearing status, sign recognition
frames (msgpack: hand and face landmarks), a video-relay call set-up, head-pointer calibration,
switch-scanning typing, an emergency text, live call captions with audio chunks, interpreter
booking, dictionary search and a community sign video (multipart).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families14_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    FIT,
    GAID_NODASH,
    GENDER,
    HW,
    KEYS,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    WIFI,
    Acc,
    add,
    device_camel,
    device_headers,
    enc,
    encode,
    hands,
    jsonl,
    keys,
    multipart,
    pb,
    points,
    raw,
    series,
)
from eval_payloads import (
    BSSID,
    EMAIL,
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

SCALE = "https://api.weighwell.example.com"
SETUP = "http://scale-setup.weighwell.example"
SIGN = "https://api.signbridge.example.org"
SC_SERIAL, SC_MAC = "WW-S3-7781204", "0c:8b:95:3d:72:e1"
HOUSE = [("Jane Doe", "1991-03-08", "F", 171), ("Tom Reyes", "1988-11-21", "M", 183),
         ("Mia Doe", "2018-07-19", "F", 121)]


def scale() -> list[Case]:
    rng = random.Random(14005)
    out = []
    out.append(case("scale", f"{SCALE}/v2/signup", body={
        "email": L(EMAIL, MAIL), "password": L("Scales&Tails7", CRED),
        "name": L("Jane Doe", NAMEC), "birthDate": L("1991-03-08", BIRTH),
        "sex": L("female", GENDER), "heightCm": L(171, FIT), "units": "kg",
        "device": device_camel(), "installId": L(INSTALL_ID, DID)}))
    out.append(case("scale", f"{SETUP}/setup/wifi", fmt="form", body={
        "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "pass": L("sunflower-2024!", CRED),
        "token": L(rnd_hex(rng, 16), CRED)}))
    auth = {"Authorization": L("Bearer ww_" + rnd_hex(rng, 40), CRED)}
    out.append(case("scale", f"{SCALE}/v2/scales", headers=auth, body={
        "serial": L(SC_SERIAL, HW), "mac": L(SC_MAC.replace(":", "").upper(), HW),
        "users": [{"slot": i + 1, "name": L(n, NAMEC), "birthDate": L(b, BIRTH),
                   "sex": L(s, GENDER), "heightCm": L(hc, FIT), "athlete": i == 1}
                  for i, (n, b, s, hc) in enumerate(HOUSE)]}))
    acc: Acc = {}
    lines = jsonl([{"scale": L(SC_SERIAL, HW), "slot": 1, "ts": 1764310000 + d * 86400,
                    "weightKg": L(round(64.2 - d * 0.15, 2), FIT),
                    "fatPct": L(round(24.1 - d * 0.1, 1), FIT), "waterPct": L(55.2, FIT),
                    "muscleKg": L(45.8, FIT), "boneKg": L(2.6, FIT),
                    "visceral": L(5, FIT), "impedanceOhm": L(512 + d, FIT),
                    "hr": L(64 + d, FIT)} for d in range(4)], acc)
    out.append(add(encode(raw("scale", f"{SCALE}/v2/measurements/batch", lines,
                              "application/x-ndjson", {}, headers=auth), "br"), acc))
    lab: dict[str, str] = {}
    data = pb([(1, L(SC_MAC.replace(":", ""), HW)), (2, 1),
               (3, [(1, L(6420, FIT)), (2, L(518, FIT)), (3, L(66, FIT))]),
               (4, 1764320000), (5, rnd_hex(rng, 8))], "", lab)
    out.append(raw("scale", f"{SCALE}/v2/ble/relay", data, "application/x-protobuf", lab,
                   headers=auth))
    out.append(case("scale", f"{SCALE}/v2/users/1/modes", fmt="form", headers=auth, body={
        "pregnancy": L("on", SENS), "due_date": L("2027-04-02", SENS),
        "hide_numbers": L("on", MED), "reason": L("ed_recovery", MED)}))
    out.append(case("scale", f"{SCALE}/v2/baby/weigh", headers=auth, body={
        "baby": {"name": L("Noah", NAMEC), "birthDate": L("2026-10-30", BIRTH)},
        "withBabyKg": L(68.9, FIT), "withoutKg": L(64.3, FIT), "babyKg": L(4.6, FIT)}))
    out.append(case("scale", f"{SCALE}/v2/users/1/goals", headers=auth, body={
        "targetKg": L(60, FIT), "targetFatPct": L(21, FIT), "by": "2027-06-01",
        "weeklyKg": L(-0.25, FIT)}))
    acc = {}
    blob = enc({"user": L(USER_ID, UID), "samples": [
        {"type": "weight", "v": L(round(64.2 - i * 0.1, 1), FIT), "t": 1764310000 + i * 86400}
        for i in range(5)]}, "body", "payload", "gzb64", acc)
    out.append(add(case("scale", f"{SCALE}/v2/export/health", fmt="form", headers=auth,
                        body={"payload": blob, "target": "health_connect"}), acc))
    out.append(case("scale", f"{SCALE}/v2/share", headers=auth, body={
        "to": L("r.morales.rd@example.com", MAIL), "role": "dietitian",
        "note": L("My weekly weigh-ins since the thyroid meds", f"{TEXT}|{MED}"),
        "range": "90d"}))
    out.append(case("scale", f"{SCALE}/v2/store/order", headers=auth, body={
        "items": L([{"sku": "WW-PLUS-12M", "qty": 1}], BUY), "total": L(49.99, BUY),
        "card": {"brand": "visa", "last4": L("4242", PAY)}}))
    out.append(case("scale", "https://t.metricsly.example.net/collect", query={
        "aid": L(GAID_NODASH.upper(), "id.advertising"), "ev": L("weigh_in_done", USAGE),
        "bmi_band": L("18.5-25", FIT), "sid": rnd_hex(rng, 16)}))
    # negatives: an accessory's product page (a garment-like size/sex field) and firmware
    out.append(case("scale", f"{SCALE}/v2/shop/products/tape-measure", query={
        "sex": "unisex", "size": "M", "color": "white"}))
    out.append(case("scale", f"{SCALE}/v2/firmware", query={"hw": "S3", "fw": "1.8.2"}))
    return out


def signing() -> list[Case]:
    rng = random.Random(14006)
    out = []
    out.append(case("signing", f"{SIGN}/v1/signup", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC),
        "hearing": L("Deaf", SENS), "primaryLanguage": L("ASL", SENS),
        "password": L("Hands-Up-2026", CRED), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer sb_" + rnd_hex(rng, 40), CRED), **device_headers()}
    for k in range(3):
        body = {"session": rnd_uuid(rng), "fps": 15,
                "hands": L(hands(rng, 6), MOTION),
                "face": L(points(rng, 68, 2, 0.2, 3), FACE) if k != 1 else None,
                "user": L(USER_ID, UID)}
        out.append(case("signing", f"{SIGN}/v1/recognize", fmt="msgpack", headers=auth,
                        body=body))
    out.append(case("signing", f"{SIGN}/v1/recognize/result", headers=auth, body={
        "gloss": L("ME GO DOCTOR TOMORROW EAR INFECTION", f"{TEXT}|{MED}"),
        "english": L("I'm going to the doctor tomorrow for my ear infection", f"{TEXT}|{MED}"),
        "confidence": 0.82, "model": "asl-tr-4"}))
    out.append(case("signing", f"{SIGN}/v1/vrs/call", headers=auth, body={
        "myNumber": L(DIGITS, TEL), "callee": {"name": L(PEOPLE[1][0], NAMEC),
                                             "number": L(PEOPLE[1][1], TEL)},
        "e911": {"address": L("350 Fifth Avenue Apt 4B, New York, NY 10118", ADDR),
                 "lat": L(LAT, PRECISE), "lon": L(LON, PRECISE)},
        "video": {"codec": "h264", "jitterMs": [4.1, 3.8, 5.2, 4.4], "rttMs": 71}}))
    out.append(case("signing", f"{SIGN}/v1/pointer/calibrate", headers=auth, body={
        "mesh": L(points(rng, 68, 3, 0.1, 4), FACE),
        "pose": L(series(rng, 30, ("yaw", "pitch", "roll"), 33, 8.0), MOTION),
        "dwellMs": 800, "screen": L("1080x2400", DEV)}))
    out.append(case("signing", f"{SIGN}/v1/scan-keyboard/text", headers=auth, body={
        "events": L(keys(rng, "need more time on my test", "row"), f"{KEYS}|{TEXT}"),
        "mode": "row_column", "scanMs": 900}))
    out.append(case("signing", f"{SIGN}/v1/text911", headers=auth, body={
        "text": L("Fire alarm going off in my building, I'm deaf, 4th floor", f"{TEXT}|{SENS}"),
        "callback": L(E164, TEL), "loc": L(f"{LAT:.6f},{LON:.6f}", PRECISE),
        "address": L("350 Fifth Avenue Apt 4B", ADDR), "acc": 6}))
    for k in range(2):
        chunk = base64.b64encode(WAV + bytes([k]) * 32).decode()
        out.append(case("signing", f"{SIGN}/v1/captions/stream", headers=auth, body={
            "call": "vc_" + rnd_hex(rng, 8), "seq": k, "audio": L(chunk, MEDIA),
            "partial": L(["Hi it's the pharmacy calling about", "your refill of sertraline"][k],
                         TEXT if k == 0 else f"{TEXT}|{MED}"),
            "levelDb": [round(-30 + rng.uniform(-5, 5), 1) for _ in range(12)]}))
    out.append(case("signing", f"{SIGN}/v1/interpreters/book", headers=auth, body={
        "appointment": {"where": L("Example Hospital Cardiology, 5th floor", MED),
                        "when": "2026-12-04T09:30", "kind": L("cardiology follow-up", MED)},
        "contactEmail": L(EMAIL, MAIL), "prefers": "female interpreter"}))
    out.append(case("signing", f"{SIGN}/v1/dictionary/search", headers=auth, query={
        "q": L("chemotherapy", SEARCH), "region": "US"}))
    out.append(multipart("signing", f"{SIGN}/v1/community/signs", [
        ("meta", None, "application/json", {"word": "bodega", "author": L(USER_ID, UID),
                                            "license": "cc-by"}),
        ("video", "bodega.mp4", "video/mp4", L(MP4 + b"\x09" * 8, MEDIA)),
    ], headers=auth))
    # negatives: a dictionary entry and the on-device model manifest
    out.append(case("signing", f"{SIGN}/v1/dictionary/entries/4412", query={"v": "2"}))
    out.append(case("signing", f"{SIGN}/v1/models/manifest", body={
        "models": [{"name": "hands-lite-v3", "sha256": rnd_hex(rng, 64), "bytes": 2210000},
                   {"name": "face-nmm-v1", "sha256": rnd_hex(rng, 64), "bytes": 1400000}]}))
    return out
