"""Blind set fourteen, part two: a home-security/alarm app and an anti-theft/phone-finder app (see
``eval_families14.py`` for the rules of this set, its conventions and its calls).

Home security (in the style of self-monitored and professionally monitored alarm apps): sign-in
with an MFA code, the alarm panel's registration (Wi-Fi, geofence), arming and disarming with a
code, duress and verbal passcodes (form), emergency contacts (msgpack), guest codes, "familiar
faces" enrolment and a doorbell's unknown-visitor event, a clip upload (multipart), voice-arming
enrolment, a monitoring centre's alarm record (XML), an insurance certificate. Phone finder (in
the style of anti-theft apps): device registration, location pings (schema-less protobuf, zstd),
a network-based locate (cells and Wi-Fi), a SIM-change alert, a "thief selfie" (multipart), a
lock-screen message, trusted numbers with a contacts backup, a pocket-alarm motion window
(base64url JSON in a query), a location history export (gzip). Values are synthetic; hosts
are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families14_kit import (
    ADDR,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    FACE,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PEOPLE,
    PRECISE,
    SIM,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    device_abbrev,
    device_snake,
    enc,
    encode,
    flat,
    multipart,
    pb,
    raw,
    series,
    xml,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

HOME = "https://api.hearthguard.example.com"
FIND = "https://api.findmine.example.net"
PANEL, PANEL_MAC = "HG-P2-00418837", "70:b3:d5:2c:19:a4"
ACCT = "HG-ACCT-552019"
STREET = "350 Fifth Avenue Apt 4B"


def alarm() -> list[Case]:
    rng = random.Random(14003)
    out = []
    out.append(case("alarm", f"{HOME}/v3/auth/login", body={
        "email": L(EMAIL, MAIL), "password": L("Keep0ut!Home", CRED),
        "device": device_snake(), "installId": L(INSTALL_ID, DID)}))
    out.append(case("alarm", f"{HOME}/v3/auth/otp", fmt="form", body={
        "otp": L("551903", CRED), "challenge": rnd_hex(rng, 20)}))
    auth = {"Authorization": L("Bearer hg_" + rnd_hex(rng, 44), CRED), "User-Agent": L(UA, DEV),
            "X-Account": L(ACCT, UID)}
    out.append(case("alarm", f"{HOME}/v3/panels", headers=auth, body={
        "serial": L(PANEL, HW), "mac": L(PANEL_MAC.replace(":", "").upper(), HW),
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                 "psk": L("sunflower-2024!", CRED)},
        "premises": {"street": L(STREET, ADDR), "city": L("New York", COARSE),
                     "zip": L("10118", COARSE)},
        "geofence": {"lat": L(LAT, PRECISE), "lng": L(LON, PRECISE), "radiusM": 150},
        "plan": "pro_monitoring", "timezone": L("America/New_York", DEV)}))
    for k, (mode, code) in enumerate([("away", "2580"), ("off", "2580"), ("stay", "2580")]):
        body: dict[str, object] = {"panel": L(PANEL, HW), "mode": mode, "code": L(code, CRED),
                                   "by": L(USER_ID, UID), "reqId": rnd_uuid(rng),
                                   "padDwellMs": L([rng.randrange(70, 160) for _ in code],
                                                   KEYS),
                                   "padFlightMs": L([rng.randrange(90, 300) for _ in code[1:]],
                                                    KEYS)}
        if k == 0:
            body["trigger"] = {"kind": "geofence_exit", "lat": L(round(LAT + 0.0021, 5),
                                                                 PRECISE),
                               "lng": L(round(LON - 0.0017, 5), PRECISE)}
        out.append(case("alarm", f"{HOME}/v3/panels/{PANEL}/arm", headers=auth, body=body))
    out.append(case("alarm", f"{HOME}/v3/account/passcodes", fmt="form", headers=auth, body={
        "duress_code": L("2581", CRED), "verbal_passcode": L("pineapple", CRED),
        "account": L(ACCT, UID)}))
    out.append(case("alarm", f"{HOME}/v3/account/contacts", fmt="msgpack", headers=auth, body={
        "contacts": [{"name": L(n, NAMEC), "phone": L(p, TEL), "order": i + 1,
                      "hasKey": i == 0} for i, (n, p, _) in enumerate(PEOPLE[:3])],
        "primaryPhone": L(DASHED, TEL)}))
    out.append(case("alarm", f"{HOME}/v3/panels/{PANEL}/guests", headers=auth, body={
        "guest": {"name": L("Tom Reyes", NAMEC), "email": L(PEOPLE[3][2], MAIL)},
        "code": L("7391", CRED), "days": ["sat", "sun"], "from": "09:00", "to": "12:00"}))
    for i, who in enumerate(["Rosa Morales", "Mia Doe"]):
        out.append(multipart("alarm", f"{HOME}/v3/faces/familiar", [
            ("person", None, "application/json", {
                "label": L(who, NAMEC), "embedding": L(flat(rng, 512, 0.05), FACE),
                "landmarks5": L([[0.31, 0.42], [0.68, 0.41], [0.5, 0.58], [0.36, 0.74],
                                 [0.64, 0.73]], FACE), "camera": L("HG-C4-" + str(771 + i),
                                                                   HW)}),
            ("crop", "face.jpg", "image/jpeg", L(JPEG + bytes([40 + i]) * 9, MEDIA)),
        ], headers=auth))
    out.append(case("alarm", f"{HOME}/v3/events/doorbell", headers=auth, body={
        "camera": L("HG-D1-2044", HW), "type": "person", "match": None,
        "face": {"vector": L(flat(rng, 128, 0.09), FACE), "box": [412, 188, 96, 110],
                 "quality": 0.81},
        "clipId": "clip_" + rnd_hex(rng, 10), "at": 1764300000}))
    out.append(multipart("alarm", f"{HOME}/v3/clips", [
        ("meta", None, "application/json", {"camera": L("HG-D1-2044", HW),
                                            "durationS": 14, "trigger": "motion"}),
        ("video", "clip.mp4", "video/mp4", L(MP4, MEDIA)),
    ], headers=auth))
    out.append(multipart("alarm", f"{HOME}/v3/voice/enroll", [
        ("profile", None, "application/json", {
            "user": L(USER_ID, UID), "phrase": "guardian arm away",
            "speaker": L(flat(rng, 192, 0.1), VOICE), "snrDb": 24.5, "samples": 3}),
        ("sample0", "s0.wav", "audio/wav", L(WAV, MEDIA)),
    ], headers=auth))
    lab: dict[str, str] = {}
    doc = xml("AlarmRecord", {"@account": L(ACCT, UID), "Premises": {
        "Address": L(STREET, ADDR), "Zip": L("10118", COARSE),
        "Phone": L(E164, TEL), "Name": L("Jane Doe", NAMEC)},
        "Event": {"@code": "E130", "@zone": "3", "Desc": "Burglary - back door"},
        "CallList": {"Contact": [{"@order": str(i + 1), "Name": L(n, NAMEC),
                                  "Phone": L(p, TEL)} for i, (n, p, _) in
                                 enumerate(PEOPLE[:2])]},
        "Panel": L(PANEL, HW), "Seq": rnd_hex(rng, 8)}, "AlarmRecord", lab)
    out.append(raw("alarm", f"{HOME}/v3/monitoring/dispatch", doc.encode(), "application/xml",
                   lab, headers=auth))
    out.append(case("alarm", f"{HOME}/v3/documents/insurance-cert", fmt="form", headers=auth,
                    body={"policy": L("HO3-8812-44107", UID), "insured": L("Jane Doe", NAMEC),
                          "address": L(STREET, ADDR), "deliver": L(EMAIL, MAIL)}))
    out.append(case("alarm", f"{HOME}/v3/t", cookies={"hg_sid": L(rnd_hex(rng, 40), CRED),
                                                      "hg_exp": "tiles_b"},
                    query={"s": L("CameraLiveView", USAGE), "dur": L("42", USAGE),
                           "a": L(ACCT, UID)}))
    # negatives: firmware manifest, health ping
    out.append(case("alarm", f"{HOME}/v3/firmware", query={"model": "HG-P2", "ch": "stable",
                                                           "cur": "5.2.11"}))
    out.append(case("alarm", f"{HOME}/v3/ping", body={"nonce": rnd_hex(rng, 24),
                                                      "t": 1764300100}))
    return out


def finder() -> list[Case]:
    rng = random.Random(14004)
    out = []
    auth = {"Authorization": L("Bearer fm_" + rnd_hex(rng, 40), CRED)}
    out.append(case("finder", f"{FIND}/v1/devices", headers=auth, body={
        "owner": L(EMAIL, MAIL), "imei": L(IMEI, HW), "serial": L(SERIAL, HW),
        "androidId": L(ANDROID_ID, DID), "push": L("fcm:" + rnd_hex(rng, 60), DID),
        "dev": device_abbrev()}))
    for k in range(2):
        lab: dict[str, str] = {}
        data = pb([(1, L(IMEI, HW)), (2, [(1, L(LAT + k * 3e-4, PRECISE)),
                                          (2, L(LON + k * 2e-4, PRECISE)), (3, 9.5)]),
                   (3, L(41 - k, DEV)), (4, L("wifi", DEV)), (5, 1764301000 + k * 900),
                   (6, rnd_hex(rng, 12))], "", lab)
        out.append(encode(raw("finder", f"{FIND}/v1/ping", data, "application/x-protobuf",
                              lab, headers=auth), "zstd"))
    out.append(case("finder", f"{FIND}/v1/locate/network", headers=auth, body={
        "cells": [{"mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "lac": L(7033, CARRIER),
                   "cid": L(22018 + i, CARRIER), "dbm": -85 - i * 6} for i in range(2)],
        "wifi": [{"bssid": L(b, WIFI), "ssid": L(s, WIFI), "rssi": r} for s, b, r in [
            (SSID, BSSID, -48), ("Apt4C-Guest", "aa:bb:cc:44:55:66", -71)]],
        "ip": L(PUBLIC_IP, IPLOC)}))
    out.append(case("finder", f"{FIND}/v1/alerts/sim-change", headers=auth, body={
        "device": L(IMEI, HW), "old": {"imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM),
                                       "operator": L("Example Mobile", CARRIER)},
        "new": {"imsi": L("310410987654321", SIM), "iccid": L("8901410987654321098", SIM),
                "msisdn": L("+15550177120", TEL), "operator": L("Other Wireless", CARRIER),
                "mccMnc": L("310-410", CARRIER)},
        "notify": L(EMAIL, MAIL), "at": 1764302000}))
    for k in range(2):
        out.append(multipart("finder", f"{FIND}/v1/intruder", [
            ("meta", None, "application/json", {
                "device": L(IMEI, HW), "failedUnlocks": 3 + k,
                "lat": L(round(LAT + 0.004, 6), PRECISE), "lon": L(round(LON - 0.003, 6),
                                                                   PRECISE),
                "faceBox": [0.31, 0.22, 0.28, 0.35], "camera": "front"}),
            ("photo", f"intruder{k}.jpg", "image/jpeg", L(JPEG + bytes([70 + k]) * 11, MEDIA)),
        ], headers=auth))
    out.append(case("finder", f"{FIND}/v1/commands/lock", headers=auth, body={
        "device": L(IMEI, HW), "pin": L("130588", CRED),
        "message": L("This phone is lost. Please call 555-010-0199, reward offered",
                     f"{TEXT}|{TEL}"), "alarm": True}))
    out.append(case("finder", f"{FIND}/v1/commands/poll", query={
        "iid": L(INSTALL_ID, DID), "since": "1764302000", "n": rnd_hex(rng, 10)}))
    acc: Acc = {}
    win = enc({"imei": L(IMEI, HW), "acc": L(series(rng, 40, ("x", "y", "z"), 20, 3.0), MOTION),
               "trigger": "pocket_removed"}, "query", "d", "b64url", acc)
    out.append(add(case("finder", f"{FIND}/v1/pocket-alarm", query={"d": win, "v": "2"}), acc))
    out.append(case("finder", f"{FIND}/v1/commands/wipe", fmt="form", headers=auth, body={
        "device": L(IMEI, HW), "password": L("Findm3-Fast!", CRED), "confirm": "WIPE"}))
    out.append(case("finder", f"{FIND}/v1/trusted", headers=auth, body={
        "numbers": L([PEOPLE[0][1], PEOPLE[2][1]], TEL), "smsCommands": True,
        "contactsBackup": [{"name": L(n, CONTACTS), "tel": L(p, CONTACTS)}
                           for n, p, _ in PEOPLE]}))
    fixes = [{"t": 1764250000 + i * 600, "la": L(round(LAT + i * 3e-4, 5), PRECISE),
              "lo": L(round(LON - i * 2e-4, 5), PRECISE), "src": "gps"} for i in range(6)]
    out.append(case("finder", f"{FIND}/v1/history/export", headers=auth, gz=True, body={
        "device": L(IMEI, HW), "fixes": fixes, "format": "gpx"}))
    # negatives: help article, app config
    out.append(case("finder", f"{FIND}/v1/help/articles/sim-lock", query={"locale_v": "3"}))
    out.append(case("finder", f"{FIND}/v1/config", body={"build": 9120, "abBucket": 41}))
    return out
