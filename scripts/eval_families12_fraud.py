"""Blind set twelve, part three: a fraud/bot-detection SDK and a CAPTCHA challenge (see
``eval_families12.py`` for the rules of this set, its conventions and its calls).

Fraud (in the style of device-intelligence SDKs): a full device profile as gzip+base64 JSON in a
JSON field (hardware, build, sensors, fonts, battery, SIM, emulator and root checks, installed
apps, Wi-Fi), behavioural signals on a login screen (touch dynamics, accelerometer, key timings),
a schema-less protobuf heartbeat, a risk decision JWT forwarded to the app's back end, config.
CAPTCHA (in the style of invisible/slider challenges): challenge fetch, pointer/touch movement
series in a JSON form field, a slider drag track in base64 protobuf, a pass token at sign-in.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, jwt, pb, raw
from eval_families7_kit import enc, pb64, with_labels
from eval_families9_kit import (
    ADID,
    APPS,
    CARRIER,
    CRED,
    DEV,
    DID,
    HW,
    IPLOC,
    KEYS,
    MAIL,
    PRECISE,
    SIM,
    TEL,
    UA,
    UID,
    USAGE,
    WIFI,
    device_camel,
    device_headers,
    sha,
)
from eval_families10_kit import Acc, series
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    ICCID,
    IMSI,
    LAT,
    LOCAL_IP,
    LON,
    MAC,
    PHONE,
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

FR = "https://collect.trustlayer.example.com"
CAP = "https://api.humancheck.example.org"
APP = "https://api.shopbright.example.com"
MOTION = "behavior.motion"
FP = "fp_" + "7c1e0a9b33d24f6e8a51"  # the SDK's stable device fingerprint


def _profile(rng: random.Random, k: int) -> dict[str, Any]:
    return {
        "hw": {"brand": L("google", DEV), "model": L("Pixel 8", DEV),
               "board": L("shiba", DEV), "cpuCores": L(9, DEV), "ramMb": L(7812, DEV),
               "storageTotalMb": L(117210, DEV), "abi": L("arm64-v8a", DEV)},
        "build": {"fingerprint": L("google/shiba/shiba:14/AP2A.240905.003/1223:user/"
                                   "release-keys", DEV), "sdkInt": L(34, DEV),
                  "securityPatch": L("2024-09-05", DEV), "bootloader": L("ripcurrent-14.5",
                                                                         DEV)},
        "ids": {"androidId": L(ANDROID_ID, DID), "gaid": L(GAID, ADID),
                "serial": L(SERIAL, HW), "wlanMac": L(MAC, HW),
                "drmId": L(rnd_hex(random.Random(7), 64), DID), "fp": L(FP, DID)},
        "sensors": L([{"name": "LSM6DSO Accelerometer", "vendor": "STMicro"},
                      {"name": "LSM6DSO Gyroscope", "vendor": "STMicro"},
                      {"name": "TMD3719 Light", "vendor": "AMS"}], DEV),
        "fonts": L(["Roboto", "NotoSansCJK", "GoogleSans", "CutiveMono"], DEV),
        "battery": {"level": L(64 - k, DEV), "temp": L(31.5, DEV), "charging": L(False, DEV),
                    "health": L("good", DEV)},
        "sim": {"state": "READY", "operator": L("310260", CARRIER),
                "operatorName": L("Example Mobile", CARRIER), "countryIso": L("us", CARRIER),
                "iccid": L(ICCID, SIM), "subscriberId": L(IMSI, SIM),
                "line1Number": L(PHONE.replace(" ", ""), TEL), "slots": 2},
        "emu": {"qemu": L(False, DEV), "goldfish": L(False, DEV), "genymotion": L(False, DEV),
                "sensorsFlat": L(False, DEV)},
        "root": {"su": L(False, DEV), "magisk": L(False, DEV), "testKeys": L(False, DEV),
                 "fridaPort": L(False, DEV), "hooked": L(False, DEV)},
        "apps": L(["com.example.bankone", "com.example.cryptowallet", "com.example.dating",
                   "com.example.vpnfast", "com.example.remotedesk"], APPS),
        "net": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "localIp": L(LOCAL_IP, DEV),
                "vpn": L(False, DEV), "proxy": L(False, DEV)},
        "uptimeMs": 81231000 + k, "collectedAt": 1764253400000 + k,
        "screen": {"w": L(1080, DEV), "h": L(2400, DEV), "brightness": L(0.42, DEV)},
        "tz": L("America/New_York", DEV), "locale": L("en_US", DEV)}


def fraud() -> list[Case]:
    rng = random.Random(12005)
    out = []
    for k in range(3):
        acc: Acc = {}
        blob = enc(_profile(rng, k), "body", "p", "gzb64", acc)
        out.append(with_labels(case("fraud", f"{FR}/v3/profile", headers={
            "X-TL-Org": "org_3391", "X-Request-Id": rnd_uuid(rng), "User-Agent": L(UA, DEV)},
            body={"sid": rnd_uuid(rng), "p": blob, "v": "6.2.0", "ev": ["launch", "login",
                                                                        "checkout"][k]}), acc))
    for k in range(3):
        taps = [{"x": 300 + rng.randrange(-40, 40), "y": 1500 + rng.randrange(-60, 60),
                 "p": round(rng.uniform(0.3, 0.9), 2), "sz": round(rng.uniform(0.02, 0.06), 3),
                 "t": i * 37} for i in range(12)]
        out.append(case("fraud", f"{FR}/v3/behavior", gz=k == 0, headers={"X-TL-Org": "org_3391"},
                        body={"sid": rnd_uuid(rng), "fp": L(FP, DID), "screen": L("Login", USAGE),
                              "touch": L(taps, MOTION),
                              "accel": L(series(rng, 25, ("x", "y", "z"), 20, 0.6), MOTION),
                              "gyro": L(series(rng, 25, ("x", "y", "z"), 20, 0.2), MOTION),
                              "keys": {"field": "password", "dwell": L(
                                  [rng.randrange(60, 150) for _ in range(10)], KEYS),
                                  "flight": L([rng.randrange(40, 300) for _ in range(9)], KEYS),
                                  "pasted": L(k == 2, KEYS), "corrections": L(k, KEYS)},
                              "holdAngle": L(round(rng.uniform(30, 60), 1), MOTION),
                              "handedness": L("right", MOTION), "durMs": 8300 + k}))
    for k in range(2):
        lab: dict[str, str] = {}
        data = pb([(1, L(FP, DID)), (2, rnd_uuid(rng)), (3, 1764253500 + k),
                   (4, L(LAT, PRECISE)), (5, L(LON, PRECISE)), (6, L(False, DEV)),
                   (7, [(1, L("Example Mobile", CARRIER)), (2, L("310260", CARRIER))]),
                   (8, L(PUBLIC_IP, IPLOC)), (9, "6.2.0")], "", lab)
        out.append(raw("fraud", f"{FR}/v3/hb", data, "application/x-protobuf", lab,
                       headers={"X-TL-Org": "org_3391"}))
    for k in range(2):
        lab = {}
        tok = jwt({"sub": L(FP, DID), "sid": rnd_uuid(rng), "score": 0.07 + k,
                   "verdict": "allow", "ip": L(PUBLIC_IP, IPLOC), "iat": 1764253600,
                   "exp": 1764253900}, "x-risk-token", lab)
        c = case("fraud", f"{APP}/v1/auth/login", headers={"X-Risk-Token": tok},
                 body={"email": L(EMAIL, MAIL), "password": L("Tr1ckyPass!" + str(k), CRED),
                       "device": device_camel()})
        c.labels.update({("header", p): v for p, v in lab.items()})
        out.append(c)
    out.append(case("fraud", f"{FR}/v3/config", query={
        "org": "org_3391", "v": "6.2.0", "platform": L("android", DEV),
        "cfg_hash": rnd_hex(rng, 32)}))
    out.append(encode(case("fraud", f"{FR}/v3/err", body={
        "code": "SENSOR_TIMEOUT", "stack": "at tl.c.a(SourceFile:12)", "sid": rnd_uuid(rng),
        "v": "6.2.0", "os": L("14", DEV)}), "deflate"))
    out.append(case("fraud", f"{APP}/v1/account/link", headers=device_headers(), body={
        "userId": L(USER_ID, UID), "deviceFingerprint": L(FP, DID),
        "emailHash": L(sha("sha256", EMAIL), MAIL), "riskSession": rnd_uuid(rng)}))
    return out


def _track(rng: random.Random, n: int) -> list[list[int]]:
    x, y, t, pts = 120, 900, 0, []
    for _ in range(n):
        x += rng.randrange(5, 30)
        y += rng.randrange(-6, 7)
        t += rng.randrange(8, 24)
        pts.append([x, y, t])
    return pts


def captcha() -> list[Case]:
    rng = random.Random(12006)
    out = []
    for k in range(2):
        out.append(case("captcha", f"{CAP}/checksiteconfig", query={
            "v": "9c1e2a4", "host": "com.example.shopbright", "sitekey": "sk_4b1c" + str(k),
            "sc": "1", "swa": "1", "hl": L("en", DEV)}, headers={"User-Agent": L(UA, DEV)}))
    for k in range(3):
        acc: Acc = {}
        motion = enc({"st": 1764253700000 + k, "dct": 1764253700100,
                      "mm": L(_track(rng, 18), MOTION), "md": L(_track(rng, 5), MOTION),
                      "mu": L(_track(rng, 5), MOTION), "ts": L(_track(rng, 8), MOTION),
                      "topLevel": {"sc": {"w": L(412, DEV), "h": L(915, DEV),
                                          "dpr": L(2.625, DEV)},
                                   "nv": {"ua": L(UA, DEV), "lang": L("en-US", DEV),
                                          "hwc": L(8, DEV), "mem": L(8, DEV)},
                                   "tz": L(-300, DEV), "exec": False},
                      "v": 1}, "body", "motionData", "json", acc)
        out.append(with_labels(case("captcha", f"{CAP}/getcaptcha/sk_4b1c0", fmt="form", body={
            "v": "9c1e2a4", "sitekey": "sk_4b1c0", "host": "com.example.shopbright",
            "hl": L("en", DEV), "motionData": motion, "n": rnd_hex(rng, 40),
            "c": '{"type":"hsw","req":"' + rnd_hex(rng, 40) + '"}'}), acc))
    for k in range(3):
        acc = {}
        drag: list[tuple[int, Any]] = [(1, [(1, rnd_hex(rng, 16)), (2, k * 1000 + 540)])]
        drag += [(3, pt) for pt in [[(1, x), (2, y), (3, t)] for x, y, t in _track(rng, 6)]]
        body = pb64(drag, "body", "d", acc)
        c = case("captcha", f"{CAP}/slide/verify", fmt="form", body={
            "d": body, "cid": "ch_" + rnd_hex(rng, 10), "w": "300", "pos": str(180 + k)})
        acc[("body", "d.3")] = MOTION  # the drag track: one series (repeated field 3)
        out.append(with_labels(c, acc))
    for k in range(2):
        out.append(case("captcha", f"{APP}/v1/auth/signup", fmt="form", body={
            "email": L(EMAIL, MAIL), "password": L("Sh0pBright#" + str(k), CRED),
            "h-captcha-response": L("P1_" + rnd_hex(rng, 120), CRED),
            "name": L("Jane Doe", "contact.name"), "marketing": "0"}))
    out.append(case("captcha", f"{CAP}/siteverify-telemetry", body={
        "sitekey": "sk_4b1c0", "solveMs": 2140, "attempts": 1, "type": "invisible",
        "challengeId": "ch_" + rnd_hex(rng, 10), "ts": 1764253710}))
    return out
