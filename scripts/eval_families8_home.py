"""Blind set eight, part three: a smart-TV casting app, a kids' learning app and a continuous-
glucose-monitor companion app (see ``eval_families8.py`` for the rules of this set and its
labelling conventions).

Fictional apps with request shapes typical of their kind: the casting app's cloud report of a
local discovery (SSDP/DIAL answers: friendly name, model, LAN address, MAC of each TV) with the
phone's Wi-Fi, a UPnP AVTransport ``SetAVTransportURI``-style XML log of what was cast, remote-key
telemetry, TV pairing with a code, and a spoken search (multipart/form-data, RFC 7578: a WAV part
and the transcript); the kids' app's child profile created by a parent, lesson events (JSON Lines),
a letter-tracing stroke upload, a read-aloud recording and the COPPA-flagged ad request it makes;
the CGM app's glucose readings (a record per reading; msgpack and deflate), sensor pairing, an
insulin/carb log, a follower invite, a clinical profile and an alert event. Values are synthetic;
hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import enc, floats, jsonl, with_labels, xml
from eval_families8_kit import (
    ADID,
    ANDROID_ID,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    EMAIL_SHA256,
    FIT,
    GAID,
    HW,
    INSTALL_ID,
    LAT,
    LON,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
)
from eval_payloads import BSSID, LOCAL_IP, SSID, USER_ID, Case, L, case, rnd_hex, rnd_uuid

CAST = "https://cloud.castly.example.com"
KIDS = "https://api.abckids.example.org"
CGM = "https://sync.glucolink.example.health"


def tv() -> list[Case]:
    rng = random.Random(8806)
    hdr = {"Authorization": L("Bearer cst_" + rnd_hex(rng, 32), CRED),
           "X-Castly-Device": L(ANDROID_ID, DID), "User-Agent": device_headers()["User-Agent"]}
    tvs = [{"friendlyName": n, "modelName": m, "ip": ip, "mac": L(mac, HW),
            "dialVersion": "2.2", "uuid": rnd_uuid(rng)}
           for n, m, ip, mac in [("Living Room TV", "ExampleVision 55Q7", "192.168.1.40",
                                  "a4:77:33:9e:10:5c"),
                                 ("Bedroom", "StreamStick 4K", "192.168.1.52",
                                  "F0-D2-F1-08-7A-33")]]
    out = [case("tv", f"{CAST}/v2/discovery/report", headers=hdr, body={
        "phone": {"lan_ip": L(LOCAL_IP, DEV), "wifi": {"ssid": L(SSID, WIFI),
                                                         "bssid": L(BSSID, WIFI),
                                                         "freq_mhz": 5180, "rssi": -51}},
        "found": tvs, "scan_ms": 2300, "protocol": "ssdp+dial"})]
    labels: dict[str, str] = {}
    doc = xml("CastLog", {"@version": "1", "Session": {
        "@id": "cs_" + rnd_hex(rng, 12), "Target": "Living Room TV",
        "Action": "SetAVTransportURI",
        "Title": L("Night Shift S02E05", USAGE),
        "CurrentURI": "https://media.example.net/v/99812/master.m3u8",
        "Position": "00:12:41", "Viewer": L(USER_ID, UID)}}, "CastLog", labels)
    out.append(raw("tv", f"{CAST}/v2/cast/log", doc.encode(), "application/xml", labels,
                   headers=hdr))
    out += [case("tv", f"{CAST}/v2/telemetry", headers=hdr, gz=True, body={
        "events": [{"key": L(k, USAGE), "t": 1764251000 + s * 9000 + i} for i, k in
                   enumerate(keys)],
        "device": device_snake(), "session_len_s": L(1840 + s * 77, USAGE)})
        for s, keys in enumerate([["KEY_VOLUP", "KEY_VOLUP", "KEY_PAUSE", "KEY_HOME"],
                                  ["KEY_PLAY", "KEY_FF", "KEY_FF"],
                                  ["KEY_BACK", "KEY_DOWN", "KEY_OK", "KEY_MUTE"]])]
    out.append(case("tv", f"{CAST}/v2/pair", headers=hdr, body={
        "code": L("K7Q-42M", CRED), "tv_uuid": rnd_uuid(rng),
        "tv_mac": L("A477339E105C", HW),
        "phone_name": L("Pixel 8", DEV)}))
    out.append(multipart("tv", f"{CAST}/v2/voice/search", [
        ("audio", "q.wav", "audio/wav", L(WAV, MEDIA)),
        ("meta", None, "application/json", {"transcript": L("comedy movies with dogs", SEARCH),
                                            "lang": L("en-US", DEV), "confidence": 0.88,
                                            # which household member spoke: a voiceprint
                                            "speaker_vec": L(floats(rng, 192, 0.07), VOICE)})],
        headers=hdr))
    out.append(case("tv", f"{CAST}/v2/recommendations", headers=hdr, query={
        "watched": L("Night Shift S02E05", USAGE), "limit": "20", "region": L("US", COARSE),
        "exp": "reco_b3"}))
    return out


def kids() -> list[Case]:
    rng = random.Random(8807)
    hdr = {"Authorization": L("Bearer kid_" + rnd_hex(rng, 36), CRED), **device_headers()}
    out = [case("kids", f"{KIDS}/v1/family/children", headers=hdr, body={
        "parent": {"email": L(EMAIL, MAIL), "account_id": L(USER_ID, UID)},
        "child": {"first_name": L("Mia", NAMEC), "birth_year": L(2020, BIRTH),
                  "age": L(6, BIRTH), "grade": "K", "avatar": "fox_03",
                  "reading_level": "B"}, "parental_gate_answer": 42})]
    for day in range(4):
        out.append(kids_day(hdr, day))
    return out + kids_rest(hdr, rng)


def kids_day(hdr: dict[str, object], day: int) -> Case:
    acc: dict[tuple[str, str], str] = {}
    data = jsonl([{"child_id": L("ch_51d2", UID), "lesson": lesson, "event": L(ev, USAGE),
                   "score": sc, "duration_s": L(d + day * 11, USAGE) if d else 0,
                   "ts": 1764251000 + day * 86400 + i * 60}
                  for i, (lesson, ev, sc, d) in enumerate([
                      ("phonics_a", "lesson_start", None, 0), ("phonics_a", "lesson_end", 8, 240),
                      ("count_10", "lesson_start", None, 0), ("count_10", "lesson_end", 10, 180)])],
                 acc)
    return with_labels(encode(raw("kids", f"{KIDS}/v1/events", data, "application/x-ndjson",
                                  {}, headers=hdr), "deflate"), acc)


def kids_rest(hdr: dict[str, object], rng: random.Random) -> list[Case]:
    out = []
    out.append(case("kids", f"{KIDS}/v1/tracing", headers=hdr, body={
        "child_id": L("ch_51d2", UID), "letter": "b",
        "strokes": L([{"x": 120 + i * 3, "y": 300 - i * 5, "t": i * 16, "p": round(v + 0.5, 3)}
                      for i, v in enumerate(floats(rng, 40, 0.1))], MOTION),
        "accuracy": 0.82}))
    out.append(multipart("kids", f"{KIDS}/v1/readaloud", [
        ("recording", "page3.wav", "audio/wav", L(WAV, MEDIA)),
        ("meta", None, "application/json", {"child_id": L("ch_51d2", UID), "book": "bk_0112",
                                            "page": 3, "words_correct": 18})], headers=hdr))
    out.append(case("kids", "https://ads.kidsafe-net.example.com/v2/req", query={
        "coppa": "1", "app": "com.example.abckids", "aid": L(ANDROID_ID, DID),
        "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
        "os": L("android", DEV), "osv": L("14", DEV), "mccmnc": L("310-260", CARRIER),
        "w": L("1080", DEV), "h": L("2400", DEV), "placement": "between_lessons"}))
    return out


def cgm() -> list[Case]:
    rng = random.Random(8808)
    hdr = {"Authorization": L("Bearer glk_" + rnd_hex(rng, 40), CRED),
           "X-GL-Install": L(INSTALL_ID, DID), **device_headers()}
    out = []
    for k in range(10):  # every hour: 12 five-minute readings; msgpack, some JSON
        out.append(case("cgm", f"{CGM}/v3/readings", headers=hdr,
                        fmt="msgpack" if k % 2 else "json", body={
            "sensor": L("SN3F7K2Q9", HW), "readings": [
                {"ts": 1764240000 + (k * 12 + i) * 300, "mg_dl": L(rng.randrange(70, 190), MED),
                 "trend": L(rng.choice(["flat", "up", "down45"]), MED)} for i in range(12)]}))
    out.append(encode(case("cgm", f"{CGM}/v3/readings/backfill", headers=hdr, body={
        "sensor": L("SN3F7K2Q9", HW), "unit": "mmol/L",
        "values": L([round(rng.uniform(4.0, 9.5), 1) for _ in range(24)], MED),
        "start": 1764200000, "interval_s": 300}), "deflate"))
    out.append(case("cgm", f"{CGM}/v3/sensors/pair", headers=hdr, body={
        "sensor_serial": L("SN3F7K2Q9", HW), "transmitter_mac": L("D4:36:39:A1:7C:02", HW),
        "warmup_min": 60, "ble_key": "3q2+7w==", "phone": device_camel()}))
    out.append(case("cgm", f"{CGM}/v3/log", headers=hdr, body={"entries": [
        {"type": "insulin", "units": L(4.5, MED), "insulin": L("rapid-acting", MED),
         "ts": 1764245000},
        {"type": "carbs", "grams": L(45, MED), "note": L("pasta, felt shaky before lunch",
                                                          f"{MED}|{TEXT}"), "ts": 1764245100},
        {"type": "exercise", "minutes": L(30, "health.fitness"), "ts": 1764248000}]}))
    out.append(case("cgm", f"{CGM}/v3/share/invite", headers=hdr, body={
        "follower_email": L("sam.doe@example.net", MAIL), "relation": "spouse",
        "alerts": ["urgent_low", "high"]}))
    out.append(case("cgm", f"{CGM}/v3/profile", headers=hdr, body={
        "user_id": L(USER_ID, UID), "diabetes_type": L("T1", MED),
        "diagnosed_year": L(2009, MED), "weight_kg": L(64.5, FIT), "dob": L("1990-04-12", BIRTH),
        "target_low": L(70, MED), "target_high": L(180, MED), "clinic_code": "CLN-2231"}))
    out += [case("cgm", f"{CGM}/v3/alerts", headers=hdr, body={
        "alert": L(kind, MED), "value": L(value, MED), "ts": 1764249999 + n * 5400,
        "loc": {"lat": L(round(LAT + n * 1e-4, 5), PRECISE),
                "lon": L(round(LON, 5), PRECISE)}, "acknowledged": n > 0})
        for n, (kind, value) in enumerate([("urgent_low", 52), ("high", 251), ("rise_rate", 188)])]
    acc: dict[tuple[str, str], str] = {}
    ctx = enc({"email_sha256": L(EMAIL_SHA256, MAIL), "plan": "premium",
               "city": L("New York", COARSE)}, "query", "ctx", "b64url", acc)
    out.append(with_labels(case("cgm", "https://t.metricflow.example.com/e", query={
        "e": L("sensor_paired", USAGE), "d": L(INSTALL_ID, DID), "ctx": ctx}), acc))
    return out
