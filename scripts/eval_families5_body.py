"""Blind set five, part four: health, typing and device-fingerprint payloads (see
``eval_families5.py`` for the rules of this set and its labelling conventions).

Shapes: a wearable band's sync through its companion app (heart-rate, SpO2, step and sleep series,
an ECG classification; JSON or msgpack), a medication-reminder app's sync and the analytics hit it
sends to a third-party SDK, a keyboard app's cloud features (personal dictionary, text shortcuts,
cloud clipboard, swipe-typing gesture traces, typing statistics) and an anti-fraud SDK's device
fingerprint (Android ``Build`` fields, MediaDrm id, Wi-Fi and cell, sensor samples; gzip+base64
JSON in a form, as such SDKs post it). Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    IMEI,
    INSTALL_ID,
    LOCAL_IP,
    MAC,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, MED, FIT = "device.info", "behavior.usage", "health.medical", "health.fitness"
CARRIER, WIFI, TEXT = "location.carrier", "location.wifi", "content.text"


def wearable(rng: random.Random, i: int) -> Case:
    t0 = 1700000000
    hr = [{"t": t0 + 60 * j, "bpm": rng.randint(58, 96)} for j in range(30)]
    body: dict[str, Any] = {
        "user_id": L(USER_ID, "id.user"),
        # the band itself: its serial number and Bluetooth MAC are hardware identifiers of a
        # device that goes everywhere with its owner (TAXONOMY id.hardware)
        "band": {"serial": L("PF3A" + str(rng.randint(10**7, 10**8)), "id.hardware"),
                 "mac": L("e4:5f:01:" + ":".join(rnd_hex(rng, 2) for _ in range(3)),
                          "id.hardware"),
                 "fw": "3.2.14", "battery": L(54, DEV), "model": L("PulseBand 3", DEV)},
        "samples": {"heart_rate": L(hr, FIT),
                    "spo2": L([rng.randint(94, 99) for _ in range(12)], FIT),
                    "hrv_rmssd_ms": L([round(rng.uniform(25, 60), 1) for _ in range(8)], FIT),
                    "steps": [{"start": t0 + 900 * j, "end": t0 + 900 * (j + 1),
                               "count": L(rng.randint(0, 1400), FIT)} for j in range(4)]},
        "sleep": {"start": t0 - 30000, "end": t0 - 2000, "score": L(82, FIT),
                  "stages": L([{"stage": s, "start": t0 - 30000 + 3600 * j, "min": 60}
                               for j, s in enumerate(("light", "deep", "rem", "light"))], FIT)},
        "sync": {"id": rnd_uuid(rng), "cursor": rnd_hex(rng, 24), "phone_model":
                 L("Pixel 8", DEV)}}
    if i % 3 == 0:  # an on-demand ECG reading: a heart-rhythm classification (a condition)
        body["ecg"] = {"recorded_at": t0 + 120, "classification": L("atrial_fibrillation", MED),
                       "avg_hr": L(88, FIT), "sample_rate_hz": 512,
                       "voltage_uv": L([rng.randint(-400, 900) for _ in range(64)], MED)}
        # the ECG waveform is a medical record (health.medical), not a fitness figure
    if i % 2:
        body["profile"] = {"weight_kg": L(61.2, FIT), "height_cm": L(168, FIT),
                           "birth_year": L(1990, "personal.birthdate"),
                           "resting_hr": L(57, FIT)}
    return case("wearable", "https://sync.pulsefit.example/v2/bands/sync", body=body,
                fmt="msgpack" if i % 2 else "json", gz=i % 4 == 0,
                headers={"Authorization": L("Bearer " + rnd_hex(rng, 48), "secret.credential")})


def medication(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:
        meds = [{"id": "m1", "name": L("Sertraline", MED), "dose": L("50 mg", MED),
                 "schedule": L(["08:00"], MED), "reason": L("depression", MED)},
                {"id": "m2", "name": L("Metformin", MED), "dose": L("500 mg", MED),
                 "schedule": L(["08:00", "20:00"], MED), "reason": L("type 2 diabetes", MED)}]
        body = {"user": {"id": L(USER_ID, "id.user"), "dob": L("1990-04-01",
                                                               "personal.birthdate")},
                "medications": meds,
                # doses taken and missed: the adherence record (one label for the list)
                "intake_log": L([{"med": "m1", "due": 1700000000 + 86400 * j,
                                  "status": "taken" if j % 3 else "missed"} for j in range(5)],
                                MED),
                "allergies": L(["penicillin"], MED),
                "prescriber": {"name": L("Dr. Maria Lopez", "contact.name"),
                               "phone": L("+1 555 010 0342", "contact.phone")},
                "pharmacy": {"name": "Corner Pharmacy", "zip": L("10001",
                                                                 "location.coarse")},
                "caregiver_email": L("alex.roe@example.net", "contact.email"),
                "client": {"tz": L("America/New_York", "device.info"), "v": "2.7.0"},
                "sync_id": rnd_uuid(rng)}
        return case("medication", "https://api.medminder.example/v1/sync", body=body,
                    headers={"Authorization": J({"sub": L(USER_ID, "id.user"), "exp": 1})})
    # the same app's analytics hit to a third-party SDK: the event names the medicine
    q = {"e": L("dose_taken" if i % 4 == 1 else "dose_missed", USAGE),
         "p.med_name": L("Sertraline", MED), "p.streak_days": L("12", USAGE),
         "aid": L(h("md5", GAID), "id.advertising"), "uid": L(h("sha1", USER_ID), "id.user"),
         "os": L("Android 14", DEV), "ts": "1700000000", "sid": str(rng.randint(10**9, 10**10))}
    return case("medication", "https://in.mobile-analytics.example/v2/e", query=q)


def keyboard(rng: random.Random, i: int) -> Case:
    kind = i % 3
    common: dict[str, Any] = {"install": L(INSTALL_ID, "id.device"),
                              "lang": L("en-US", DEV), "kbd_version": "9.4.2"}
    if kind == 0:  # personal dictionary and text shortcuts, synced for backup
        body = {**common,
                "learned_words": L(["Jaycee", "oatmilk", "Sertraline", "Gunks"], TEXT),
                "shortcuts": [{"shortcut": "omw", "phrase": L("On my way! 10 min", TEXT)},
                              {"shortcut": "addr", "phrase": L("12 Example Street, Apt 4B",
                                                               TEXT + "|contact.address")}],
                "blocked_words": L(["ugh"], TEXT), "dict_hash": rnd_hex(rng, 40)}
        return case("keyboard", "https://cloud.keyboardly.example/v1/dictionary/sync",
                    body=body, gz=True)
    if kind == 1:  # cloud clipboard and a swipe-typing gesture with its committed word
        t0 = 1700000000000
        gesture = [[round(150 + 37.5 * j, 1), round(1810 + 11 * (j % 4), 1), t0 + 14 * j]
                   for j in range(24)]
        body = {**common,
                "clips": [{"text": L("Confirmation code 7XKQ2P, gate B22", TEXT),
                           "copied_at": t0 - 5000}],
                "glide": {"trace": L(gesture, "behavior.motion"),
                          "committed": L("tonight", TEXT), "candidates_shown": 3,
                          "layout": "qwerty"}}
        return case("keyboard", "https://cloud.keyboardly.example/v1/clipboard/push",
                    body=body)
    stats = {**common, "day": "2026-11-26", "keys_typed": L(1532, USAGE),
             "words_per_minute": L(38.5, "behavior.keystroke"),
             "backspace_ratio": L(0.071, "behavior.keystroke"),
             "autocorrect_accepts": L(41, USAGE), "emoji_panel_opens": L(9, USAGE),
             "theme": "midnight", "experiment": "suggest_strip_v2:B"}
    # typing cadence (wpm, correction rate) is the keystroke pattern TAXONOMY names
    return case("keyboard", "https://stats.keyboardly.example/v1/daily", body=stats,
                fmt="form")


def fingerprint(rng: random.Random, i: int) -> Case:
    t0 = 1700000000000
    sig: dict[str, Any] = {
        "build": {"fingerprint": L("google/shiba/shiba:14/UP1A.231005.007/10754064:user/"
                                   "release-keys", DEV),
                  "board": L("shiba", DEV), "hardware": L("shiba", DEV),
                  "bootloader": L("ripcurrent-14.0-10612309", DEV),
                  "serial": L(SERIAL, "id.hardware"), "sdk_int": L(34, DEV)},
        "ids": {"android_id_sha256": L(h("sha256", ANDROID_ID), "id.device"),
                "gaid": L(GAID.upper(), "id.advertising"),
                # MediaDrm (Widevine) device-unique id: bound to the hardware, survives
                # resets (TAXONOMY id.hardware)
                "drm_id": L(rnd_hex(rng, 64), "id.hardware"),
                "imei_md5": L(h("md5", IMEI), "id.hardware"),
                "wlan_mac": L(MAC.upper(), "id.hardware")},
        "net": {"wifi": {"ssid": L(f'"{SSID}"', WIFI),  # Android quotes SSIDs
                         "bssid": L(BSSID, WIFI), "rssi": -51},
                "cell": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                         "lac": L(rng.randint(1000, 60000), CARRIER),
                         "cid": L(rng.randint(10**6, 2 * 10**8), CARRIER)},
                "local_ip": L(LOCAL_IP, DEV), "public_ip": L(PUBLIC_IP, "location.ip"),
                "vpn": L(False, DEV), "proxy": None},
        "state": {"battery": L(0.87, DEV), "charging": L(False, DEV),
                  "uptime_ms": L(86400123, DEV), "brightness": L(0.42, DEV),
                  "adb_enabled": L(False, DEV), "dev_options": L(False, DEV),
                  "rooted": L(False, DEV), "emulator": L(False, DEV)},
        "sensors": {"accel": L([[t0 + 10 * j, round(rng.gauss(0.1, 0.05), 4),
                                 round(rng.gauss(9.78, 0.05), 4),
                                 round(rng.gauss(0.3, 0.05), 4)] for j in range(32)],
                               "behavior.motion"),
                    "gyro": L([[t0 + 10 * j, round(rng.gauss(0, 0.01), 5),
                                round(rng.gauss(0, 0.01), 5), round(rng.gauss(0, 0.01), 5)]
                               for j in range(32)], "behavior.motion"),
                    # the phone's sensor hardware (one label for the list)
                    "list": L(["LSM6DSO Accelerometer", "LSM6DSO Gyroscope", "TMD3719 Light"],
                              DEV)},
        "collector": {"v": "6.3.1", "elapsed_ms": 412, "nonce": rnd_hex(rng, 32)}}
    form = {"org_id": "org" + rnd_hex(rng, 8), "session_id": rnd_uuid(rng),
            "payload": W(sig, "gzb64json"), "sdk": "fraudshield-android",
            "account_hint": L(h("sha256", EMAIL.lower()), "contact.email")
            if i % 2 else "", "ts": str(t0)}
    return case("fingerprint", "https://h.fraudshield.example/fp/clear", body=form, fmt="form")


FAMILIES = (wearable, medication, keyboard, fingerprint)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
