"""Blind set eleven, part three: a fitness-class booking app, a sleep-sounds app with snore
detection and a hearing-aid companion app (see ``eval_families11.py`` for rules/conventions).

Fictional apps with shapes typical of their kind: the booking app's sign-up with a health
waiver, class search, bookings and waitlists (form, JSON), a studio check-in by QR and by
geofence, a heart-rate strap's class summary (zone minutes, a 1 Hz series, protobuf from the
strap's sync), a membership purchase and a review; the sleep app's night session (sounds
played, bed and wake times), snore episodes with MFCC features and short clips (multipart),
a morning questionnaire and a sleep-partner invite; the hearing app's pairing of two hearing
aids over BLE (serials, MACs), an audiogram from an in-app hearing test (XML and msgpack),
environment-classifier logs (JSON Lines, gzip), an own-voice profile, a tinnitus programme and
remote-fitting chat with an audiologist. Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random

from eval_families6_kit import F32, encode, multipart, pb, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families10_kit import Acc, add, flat, gps, token
from eval_families11_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    FIT,
    GENDER,
    HW,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    device_camel,
    device_headers,
    device_snake,
)
from eval_payloads import (
    ANDROID_ID,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    SERIAL,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)
from eval_payloads import rnd_uuid as uid4

GYM = "https://api.classpassage.example.com"
SLP = "https://api.hushnight.example.net"
EAR = "https://api.clearear.example.org"


def classes() -> list[Case]:
    rng = random.Random(11007)
    hdr = {"Authorization": L("Bearer cp_" + rnd_hex(rng, 40), CRED), "X-Member": L(
        "MBR-2290173", UID), "user-agent": L("ClassPassage/12.4 (Android 14; Pixel 8; en_US)", DEV)}
    out = [case("classes", f"{GYM}/v2/signup", body={
        "email": L(EMAIL, MAIL), "password": L("Sunrise!Flow22", CRED),
        "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
        "dob": L("1990-04-17", BIRTH), "gender": L("female", GENDER), "phone": L(E164, TEL),
        "waiver": {"signed": True, "pregnant": L(False, SENS),
                   "injuries": L("left knee ACL reconstruction 2023", MED),
                   "heartCondition": L(False, MED)},
        "emergency": {"name": L("Sam Ortiz", NAMEC), "phone": L("+15550100388", TEL)}})]
    for q, near in [("hot yoga", "40.74,-73.99"), ("spin 7am", "40.74,-73.99")]:
        out.append(case("classes", f"{GYM}/v2/classes", headers=hdr, query={
            "q": L(q, SEARCH), "near": L(near, COARSE), "date": "2026-11-28",
            "radius_km": "3", "cursor": rnd_hex(rng, 10)}))
    for i, cls in enumerate(["cls_88120", "cls_88133", "cls_88190"]):
        out.append(case("classes", f"{GYM}/v2/bookings", headers=hdr, fmt="form", body={
            "class_id": L(cls, BUY), "spot": str(7 + i), "credits": L("1", BUY),
            "waitlist": "true" if i == 2 else "false", "idempotency": uid4(rng)}))
    la, lo = gps(2, PRECISE, 6)
    out.append(case("classes", f"{GYM}/v2/checkins", headers=hdr, body={
        "booking_id": L("bk_" + rnd_hex(rng, 8), BUY), "method": "geofence",
        "user_pos": {"lat": la, "lon": lo, "acc": 9.0},
        "studio": {"id": "std_101", "name": "Slope Cycle", "lat": 40.67101, "lon": -73.97799,
                   "address": "412 5th Ave, Brooklyn"}}))
    out.append(case("classes", f"{GYM}/v2/checkins/qr", headers=hdr, body={
        "qr": "CPSTUDIO:std_101:door2", "ts": 1764252000, "device": device_snake()}))
    hr = [rng.randrange(118, 176) for _ in range(45)]
    out.append(case("classes", f"{GYM}/v2/workouts/summary", headers=hdr, body={
        "class_id": "cls_88120", "strap": {"serial": L("HRS-5521-0930", HW),
                                           "mac": L("E4:1C:77:0A:3B:90", HW), "fw": "2.0.7"},
        "zones_min": {f"z{z + 1}": L(m, FIT) for z, m in enumerate([4, 11, 18, 9, 3])},
        "hr_1hz": L(hr, FIT), "avg_hr": L(151, FIT), "max_hr": L(182, FIT),
        "kcal": L(512, FIT), "weight_kg": L(63.5, FIT), "rank": 7, "leaderboard": "opt_in"}))
    labels: dict[str, str] = {}
    body = pb([(1, L("HRS-5521-0930", HW)), *[(2, [(1, 1764250000 + 60 * i), (2, b)])
                                              for i, b in enumerate(hr[:5])],
               (3, F32(0.87))], "", labels)
    labels.update({f"2[{i}].2": FIT for i in range(5)})
    out.append(raw("classes", f"{GYM}/v2/strap/sync", body, "application/x-protobuf", labels,
                   headers=hdr))
    out.append(case("classes", f"{GYM}/v2/memberships/purchase", headers=hdr, body={
        "plan": L("Unlimited Monthly", BUY), "price": L("189.00", BUY), "promo": "FALL20",
        "payment": {"token": L("tok_" + rnd_hex(rng, 20), PAY), "exp": L("08/29", PAY)}}))
    out.append(case("classes", f"{GYM}/v2/reviews", headers=hdr, body={
        "class_id": "cls_88120", "stars": 4, "instructor": "Coach Dana",
        "text": L("Great playlist but too hard on my knee during jumps", f"{TEXT}|{MED}")}))
    out.append(case("classes", f"{GYM}/v2/studios/std_101", query={"fields": "schedule,amenities"}))
    return out


def sleep() -> list[Case]:
    rng = random.Random(11008)
    acc: Acc = {}
    tok = token({"uid": L(USER_ID, UID), "plan": "premium"}, "header", "x-hush-token", acc)
    hdr = {"x-hush-token": tok, "X-Install": L(INSTALL_ID, DID)}
    out = [add(case("sleep", f"{SLP}/v1/nights", headers=hdr, body={
        "night_id": uid4(rng), "bedtime": L("2026-11-26T23:41:00-05:00", FIT),
        "wake": L("2026-11-27T06:58:00-05:00", FIT), "asleep_min": L(402, FIT),
        "latency_min": L(22, FIT), "sounds": [{"id": L(s, USAGE), "mins": m}
                                             for s, m in [("brown_noise", 60), ("rain_tin_roof",
                                                                                30)]],
        "alarm": {"smart": True, "window_min": 30}, "ambient_db_p50": 31.2,
        "phone": device_camel()}), dict(acc))]
    episodes = [{"start": 1764220000 + i * 1300, "dur_s": 14 + i, "intensity": round(rng.uniform(
        0.3, 0.9), 2), "mfcc": L(flat(rng, 13, 4.0, 3), MED)} for i in range(4)]
    for k in range(2):
        part = episodes[k * 2:k * 2 + 2]
        c = case("sleep", f"{SLP}/v1/snore/episodes", headers=hdr, body={
            "night_id": uid4(rng), "episodes": part, "model": "snorenet-3.1",
            "snore_pct": L(17.5 + k, MED), "apnea_risk": L("moderate", MED)})
        out.append(add(c, dict(acc)))
    out.append(add(multipart("sleep", f"{SLP}/v1/snore/clips", [
        ("meta", None, "application/json", {"night_id": uid4(rng), "episode": 2,
                                            "sr": 16000, "codec": "pcm_s16le"}),
        ("clip", "snore_02.wav", "audio/wav", L(WAV, MEDIA)),
        ("talk", "talk_01.wav", "audio/wav", L(WAV, MEDIA))], headers=hdr), dict(acc)))
    out.append(add(case("sleep", f"{SLP}/v1/checkin", headers=hdr, fmt="form", body={
        "mood": L("groggy", MED), "caffeine_after_2pm": L("yes", FIT),
        "alcohol_units": L("2", MED), "meds": L("melatonin 3mg", MED),
        "note": L("partner says I stopped breathing twice", f"{TEXT}|{MED}")}), dict(acc)))
    out.append(add(case("sleep", f"{SLP}/v1/partner/invite", headers=hdr, body={
        "email": L("sam.ortiz@example.net", MAIL), "name": L("Sam", NAMEC),
        "share": ["snore_report"]}), dict(acc)))
    out.append(case("sleep", f"{SLP}/v1/ads/config", query={
        "tz": L("America/New_York", DEV), "lat": L("40.7", COARSE), "lon": L("-74.0", COARSE),
        "slot": "morning_report", "ab": "b"}))
    out.append(case("sleep", f"{SLP}/v1/sounds/catalog", query={"v": "118", "lang": "en"}))
    out.append(add(case("sleep", f"{SLP}/v1/analytics", headers=hdr, body={
        "q": enc([{"ev": L(e, USAGE), "t": 1764250000 + i} for i, e in enumerate(
            ["sleep_start", "snore_detected", "alarm_snooze", "report_open"])],
            "body", "q", "b64", acc), "sid": rnd_hex(rng, 16)}), dict(acc)))
    return out


def hearing() -> list[Case]:
    rng = random.Random(11009)
    hdr = {"Authorization": L("Bearer ce_" + rnd_hex(rng, 44), CRED),
           "X-Phone-Bt": L(MAC.upper(), HW)}
    aids = [("L", "CE9-L-0028841", "60:C0:BF:12:0A:41"), ("R", "CE9-R-0028842",
                                                          "60:C0:BF:12:0A:42")]
    out = [case("hearing", f"{EAR}/v2/devices/pair", headers=hdr, body={"aids": [
        {"side": s, "serial": L(sn, HW), "ble_mac": L(m, HW), "fw": "7.3.1", "battery": 0.82}
        for s, sn, m in aids], "phone": {"android_id": L(ANDROID_ID, DID),
                                         "serial": L(SERIAL, HW), **device_snake()}})]
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    labels: dict[str, str] = {}
    doc = xml("Audiogram", {"@user": L(USER_ID, UID), "@date": "2026-11-20", "Ear": [
        {"@side": side, "Threshold": [{"@hz": str(f), "@db": str(v)} for f, v in
                                      zip(freqs, vals, strict=True)]} for side, vals in
        [("left", [15, 20, 25, 40, 55, 60]), ("right", [10, 15, 20, 35, 50, 65])]],
        "Diagnosis": L("bilateral sloping sensorineural loss", MED)}, "Audiogram", labels)
    labels.update({f"Audiogram.Ear[{e}].Threshold[{j}].@db": MED for e in range(2)
                   for j in range(6)})
    out.append(raw("hearing", f"{EAR}/v2/audiogram", doc.encode(), "application/xml", labels,
                   headers=hdr))
    out.append(case("hearing", f"{EAR}/v2/audiogram/quick", headers=hdr, fmt="msgpack", body={
        "left": L([15, 20, 25, 40, 55, 60], MED), "right": L([10, 15, 20, 35, 50, 65], MED),
        "tinnitus": L(True, MED), "age": L(36, BIRTH), "test_env_db": 28.4}))
    acc: Acc = {}
    envs = ["quiet", "speech", "speech_in_noise", "music", "car"]
    data = jsonl([{"ts": 1764240000 + i * 600, "env": envs[i % 5], "program": L(
        ["Automatic", "Restaurant", "Music"][i % 3], USAGE), "vol_l": 3, "vol_r": 4,
        "stream_min": i % 2 * 5} for i in range(8)], acc)
    out.append(with_labels(encode(raw("hearing", f"{EAR}/v2/logs", data, "application/x-ndjson",
                                      {}, headers=hdr), "gzip"), acc))
    out.append(case("hearing", f"{EAR}/v2/ownvoice", headers=hdr, body={
        "profile": L(flat(rng, 192, 0.07), VOICE), "enrol_utterances": 3, "snr_db": 21.5,
        "pitch_hz_mean": L(201.4, VOICE)}))
    out.append(case("hearing", f"{EAR}/v2/tinnitus", headers=hdr, body={
        "pitch_hz": L(6000, MED), "loudness": L(6, MED), "relief_sound": L("ocean", USAGE),
        "diary": L("ringing worse after the concert on Friday", f"{TEXT}|{MED}")}))
    out.append(multipart("hearing", f"{EAR}/v2/fitting/message", [
        ("msg", None, "application/json", {
            "to": "aud_4410", "text": L("Voices in restaurants still muffled on the right side",
                                        f"{TEXT}|{MED}")}),
        ("sample", "restaurant.wav", "audio/wav", L(WAV, MEDIA))], headers=hdr))
    la, lo = gps(5, PRECISE, 5, LAT - 0.02, LON + 0.01)
    out.append(case("hearing", f"{EAR}/v2/finder/last_seen", headers=hdr, body={
        "serial": L("CE9-R-0028842", HW), "lat": la, "lon": lo, "rssi": -78,
        "seen": 1764251000}))
    out.append(case("hearing", f"{EAR}/v2/store/batteries", headers=hdr, body={
        "order_id": L("CE-" + rnd_hex(rng, 8).upper(), BUY), "item": L("Charging case", BUY),
        "total": L("149.00", BUY), "ship_to_zip": L("11215", COARSE),
        "insurance": {"member_id": L("XEH559201044", UID), "plan": "Example Health PPO"},
        "accessibility": {"hearing_impaired": L(True, SENS)}}))
    out.append(case("hearing", f"{EAR}/v2/config", query={"model": "CE9", "fw": "7.3.1",
                                                          "region": "us"}))
    out.append(case("hearing", f"{EAR}/v2/telemetry", headers=device_headers(), body={
        "install": L(INSTALL_ID, DID), "screens": L(["home", "programs", "hearing_test",
                                                     "tinnitus"], USAGE),
        "session_s": L(312, USAGE), "build": "7.3.1-4410"}))
    return out
