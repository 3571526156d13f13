"""Blind set eleven, part five: more traffic of the same twelve apps (see ``eval_families11.py``):
sign-in and recovery, fraud/risk SDK payloads (installed apps, sensors, typing and touch
rhythms), sensor windows (fall detection, rep counting, bed movement), a pet collar's modem,
curbside pickup, referrals from the address book, IDs in URL path segments and deep links, and
negative controls (health checks, CDN fetches, price feeds, remote config). Values are
synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, raw
from eval_families7_kit import CONTACTS, enc, jsonl, xml
from eval_families10_kit import Acc, add, flat, gps, near, series, token
from eval_families11_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL,
    EMAIL_MD5,
    FACE,
    FIT,
    GENDER,
    HW,
    IPLOC,
    KEYS,
    MAIL,
    MED,
    MOTION,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    IMEI,
    INSTALL_ID,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    L,
    U,
    case,
    rnd_hex,
)
from eval_payloads import rnd_uuid as uid4

CX = "https://api.coinvault.example.com"
QR = "https://api.scanpay.example.net"
CAR = "https://api.hopcar.example.org"
RISK = "https://sdk.fraudshield.example.net"


def _keys(rng: random.Random, text: str) -> list[dict[str, Any]]:
    t, out = 0, []
    for ch in text:
        t += rng.randrange(80, 260)
        out.append({"k": ch, "down": t, "up": t + rng.randrange(60, 120)})
    return out


def money_more() -> list[Case]:
    rng = random.Random(11013)
    out = [case("crypto", f"{CX}/v2/auth/otp", fmt="form", body={
        "phone": L(DIGITS, TEL), "country": "US", "channel": "sms"})]
    out.append(case("crypto", f"{CX}/v2/auth/verify", fmt="form", body={
        "phone": L(NATIONAL, TEL), "code": L("604219", CRED), "device": L(ANDROID_ID, DID)}))
    out.append(case("crypto", f"{CX}/v2/backup", headers={"Authorization": L(
        "Bearer cv_" + rnd_hex(rng, 40), CRED)}, body={
        "scheme": "argon2id+aes256gcm", "ciphertext": rnd_hex(rng, 160), "salt": rnd_hex(rng, 32),
        "hint": L("grandma's street + year", TEXT), "fingerprint": rnd_hex(rng, 16)}))
    out.append(case("crypto", f"{CX}/v2/import/seed", body={  # a careless import flow
        "mnemonic": L("legal winner thank year wave sausage worth useful legal winner thank "
                      "yellow", CRED), "derivation": "m/84'/0'/0'"}))
    out.append(case("crypto", f"{RISK}/v1/assess", headers={"X-Client-Key": "fs_pk_live_" +
                                                             rnd_hex(rng, 20)}, body={
        "session": uid4(rng), "device": {**device_snake(), "android_id": L(ANDROID_ID, DID),
                                         "rooted": L(False, DEV), "adb": L(True, DEV)},
        "apps": L(["com.example.coinvault", "com.example.hopcar", "com.example.vpnfree",
                   "com.example.autoclicker"], APPS),
        "sensors": {"accel": L(series(rng, 25, ("x", "y", "z"), 20, 0.3), MOTION)},
        "typing": {"field": "amount", "keys": L(_keys(rng, "1250.00"), f"{KEYS}|{TEXT}")},
        "pin_pad": {"touches": L([{"x": 200 + rng.randrange(300), "y": 1400 + rng.randrange(
            600), "t": i * 180 + rng.randrange(40), "p": 0.4} for i in range(6)], MOTION)},
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
        "sim": {"operator": L("310260", CARRIER), "country": L("us", CARRIER)}}))
    out.append(case("crypto", f"{CX}/v2/users/{USER_ID}/limits", headers={
        "Authorization": L("Bearer cv_" + rnd_hex(rng, 40), CRED)}))
    out[-1].labels[("url", "path[2]")] = UID
    out.append(case("crypto", f"{CX}/v2/kyc/face-match", body={
        "template": L(flat(rng, 256, 0.06), FACE), "doc_face": L(flat(rng, 256, 0.06), FACE),
        "similarity": 0.91, "liveness": "pass", "attempt": 1}))
    out.append(case("crypto", f"{CX}/v2/markets/candles", query={"product": "ETH-USD",
                                                                 "g": "3600", "n": "168"}))
    out.append(case("qrpay", f"{QR}/deeplink/open", body={
        "link": U("https://pay.scanpay.example.net/r", {"from": L("$janedoe90", UID),
                                                        "amt": L("12.00", BUY),
                                                        "note": L("movie tix", TEXT)}),
        "source": "sms", "opened_at": 1764250500}))
    out.append(case("qrpay", f"{QR}/nfc/tap", headers=device_headers(), body={
        "dpan_last4": L("7781", PAY), "cryptogram": rnd_hex(rng, 32), "atc": 118,
        "amount": L("4.75", BUY), "terminal": "T-00912", "mcc": "5814",
        "pos": {"lat": L(round(LAT, 6), PRECISE), "lon": L(round(LON, 6), PRECISE)}}))
    out.append(case("qrpay", f"{QR}/recents", query={"user": L(USER_ID, UID), "n": "10",
                                                     "email_md5": L(EMAIL_MD5, MAIL)}))
    acc: Acc = {}
    tok = token({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, "header", "authorization",
                acc)
    out.append(add(case("carshare", f"{CAR}/v3/licence/selfie", headers={"Authorization": tok},
                        body={"face": L(flat(rng, 128, 0.07), FACE), "yaw": 2.1,
                              "match_score": 0.88, "doc_ref": "lic_" + rnd_hex(rng, 8)}), acc))
    drive = series(rng, 30, ("ax", "ay", "az"), 50, 0.4)
    out.append(add(encode(case("carshare", f"{CAR}/v3/trips/telemetry", headers={
        "Authorization": tok}, body={"trip": "trp_" + rnd_hex(rng, 10), "imu": L(drive, MOTION),
                                     "harsh_brakes": L(2, USAGE), "max_kmh": L(87, USAGE),
                                     "route": [dict(zip(("lat", "lng"), gps(i * 9, PRECISE, 5),
                                                        strict=True)) for i in range(6)]}),
                          "zstd"), dict(acc)))
    out.append(case("carshare", f"{CAR}/v3/zones.geojson", query={"city": "nyc", "rev": "481"}))
    return out


def home_more() -> list[Case]:
    rng = random.Random(11014)
    hdr = {"Authorization": L("Bearer th_" + rnd_hex(rng, 44), CRED)}
    out = [case("thermostat", "https://api.thermly.example.com/v1/setup/wifi_scan", headers=hdr,
                body={"device": L("TH3-09K2-77QA", HW), "networks": [
                    {"ssid": L(s, WIFI), "bssid": L(b, WIFI), "rssi": r} for s, b, r in
                    [(SSID, BSSID, -44), ("Ortiz-Guest", "7c:2e:bd:01:93:aa", -69),
                     ("NETGEAR71", "a0:40:a0:8e:11:02", -83)]]})]
    out.append(case("thermostat", "https://api.thermly.example.com/v1/health", query={
        "ping": "1"}))
    labels: dict[str, str] = {}
    doc = xml("CollarReport", {"@collar": L("PC2-44810-A", HW), "Modem": {
        "IMEI": L("356938035643809", HW), "ICCID": L("8988303000001234567", SIM),
        "Operator": L("Example IoT", CARRIER)}, "Fix": [
        {"@lat": L(f"{a:.6f}", PRECISE), "@lon": L(f"{b:.6f}", PRECISE), "@t": str(1764250000 + i)}
        for i, (a, b) in enumerate(near(i, 6, LAT + 0.003) for i in range(3))],
        "Battery": "64"}, "CollarReport", labels)
    out.append(raw("petcare", "https://iot.pawpal.example.net/collar/report", doc.encode(),
                   "application/xml", labels))
    out.append(case("petcare", "https://api.pawpal.example.net/referrals", body={
        "from": L(USER_ID, UID), "invitees": [
            {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
            for n, p in [("Luna's mom (Keiko)", "+15550100907"), ("Dr. Patel", "+15550100118")]],
        "channel": "sms"}))
    out.append(case("petcare", "https://cdn.pawpal.example.net/img/breeds/beagle@2x.webp",
                    query={"v": "3"}))
    gro = "https://api.freshcart.example.org"
    la, lo = gps(4, PRECISE, 6, LAT + 0.011, LON - 0.006)
    out.append(case("grocery", f"{gro}/pickup/arrived", headers=device_headers(), body={
        "order_id": L("FC-20261127-8812", BUY), "lat": la, "lng": lo, "bay": "4",
        "car": L("grey Honda Fit, plate KJX-4410", TEXT), "eta_s": 0}))
    out.append(case("grocery", f"{gro}/recipes/save", body={
        "recipe_id": "rc_5512", "note": L("make for Sam's birthday, no nuts!", TEXT),
        "servings": 4}))
    acc: Acc = {}
    out.append(add(case("grocery", f"{gro}/ads/sponsored", query={
        "u": enc({"gaid": L(GAID, ADID), "segs": ["plant_based", "gluten_free_shopper"],
                  "zip": L("11215", COARSE)}, "query", "u", "b64url", acc),
        "slot": "search_top"}), acc))
    out.append(case("grocery", f"{gro}/config", query={"platform": "android",
                                                       "build": "2611.3", "lang": "en"}))
    return out



def body_more() -> list[Case]:
    rng = random.Random(11015)
    gym = "https://api.classpassage.example.com"
    out = [case("classes", f"{gym}/v2/reps", body={
        "exercise": "kettlebell_swing", "watch": {"serial": L("GW5-88213", HW)},
        "imu": L(series(rng, 40, ("ax", "ay", "az", "gx", "gy", "gz"), 20, 0.6), MOTION),
        "reps": L(24, FIT), "load_kg": L(16, FIT)})]
    out.append(case("classes", f"{gym}/v2/friends/find", body={
        "emails": L([sha("sha256", e) for e in ("sam.ortiz@example.net", "keiko@example.com",
                                                "dana.r@example.org")], CONTACTS),
        "me": L(sha("sha256", EMAIL), MAIL)}))
    out.append(case("classes", f"{gym}/v2/cdn/playlist/cls_88120.m3u8", query={"sig":
                                                                               rnd_hex(rng, 32)}))
    slp = "https://api.hushnight.example.net"
    out.append(case("sleep", f"{slp}/v1/movement", headers={"X-Install": L(INSTALL_ID, DID)},
                    body={"night": uid4(rng), "accel": L(series(rng, 40, ("x", "y", "z"), 1000,
                                                                0.05), MOTION),
                          "restless_min": L(38, FIT), "deep_min": L(71, FIT)}))
    out.append(case("sleep", f"{slp}/v1/sub/verify", body={
        "product": L("hush_premium_year", BUY), "token": L("gp." + rnd_hex(rng, 50), BUY),
        "price_micros": L(39990000, BUY), "email": L(EMAIL.upper(), MAIL)}))
    ear = "https://api.clearear.example.org"
    out.append(case("hearing", f"{ear}/v2/remote/session", headers={
        "Authorization": L("Bearer ce_" + rnd_hex(rng, 44), CRED)}, body={
        "audiologist": "aud_4410", "gain_changes": [{"band": 2000, "db": 3}],
        "reason": L("can't hear my grandkids on the phone", f"{TEXT}|{MED}"),
        "device": device_camel()}))
    out.append(case("hearing", f"{ear}/v2/fw/manifest", query={"model": "CE9", "have": "7.3.1"}))
    geo = "https://api.guardme.example.com"
    out.append(case("safety", f"{geo}/v1/fall", headers={"X-Device": L(ANDROID_ID, DID)}, body={
        "window": L(series(rng, 50, ("x", "y", "z"), 10, 2.0), MOTION),
        "lat": L(round(LAT + 0.0011, 6), PRECISE), "lng": L(round(LON - 0.0009, 6), PRECISE),
        "confirmed": False, "imei": L(IMEI, HW)}))
    out.append(case("safety", f"{geo}/v1/fakecall", fmt="form", body={
        "caller_name": L("Mom", TEXT), "delay_s": "30", "voice": "f2"}))
    out.append(case("news", "https://api.dailyledger.example.org/v1/comments/draft", body={
        "article_id": "a_7712001", "keys": L(_keys(rng, "Shelters now"), f"{KEYS}|{TEXT}"),
        "compose_ms": L(5210, KEYS)}))
    out.append(case("weather", "https://api.stormscope.example.com/v3/widget", query={
        "lat": L(str(round(LAT, 3)), PRECISE), "lon": L(str(round(LON, 3)), PRECISE),
        "size": "4x2", "addr": L("Garfield Pl, Brooklyn", ADDR)}))
    out.append(case("weather", "https://api.stormscope.example.com/v3/status", query={
        "client": "android", "ver": "9.4.0"}))
    out.append(case("news", f"https://api.dailyledger.example.org/v1/profiles/{USER_ID}/saved",
                    query={"tag": L("housing lawsuit", TEXT)}))
    out[-1].labels[("url", "path[2]")] = UID
    out.append(case("qrpay", f"{QR}/limits", headers={"X-Phone": L(E164, TEL)},
                    query={"tier": "2"}))
    return out



def extra() -> list[Case]:
    rng = random.Random(11016)
    acc: Acc = {}
    recs = [{"ts": 1764240000 + i * 300, "la": a, "lo": b, "acc": round(rng.uniform(4, 30), 1),
             "src": "fused", "motion": ["still", "walking", "in_vehicle"][i % 3]}
            for i, (a, b) in enumerate(gps(i * 5, PRECISE, 6, LAT + 0.006) for i in range(15))]
    data = jsonl([{"adid": L(GAID, ADID), "dev": L(ANDROID_ID, DID)}, *recs], acc)
    out = [add(encode(raw("weather", "https://collect.geopulse.example.net/v2/locations.ndjson",
                          data, "application/x-ndjson", {}), "deflate"), acc)]
    out.append(case("news", "https://ads.dailyledger.example.org/openrtb/bid", body={
        "id": uid4(rng), "imp": [{"id": "1", "tagid": "article_mid", "banner": {"w": 300,
                                                                               "h": 250}}],
        "site": {"page": L("https://dailyledger.example.org/2026/11/26/flu-season-hospitals",
                           BROWSE), "keywords": "health,flu,hospitals"},
        "device": {"ifa": L(GAID, ADID), "ip": L("203.0.113.7", IPLOC), "os": L("Android", DEV),
                   "geo": {"lat": L(40.74, COARSE), "lon": L(-73.99, COARSE),
                           "zip": L("11215", COARSE)}},
        "user": {"id": L(sha("sha256", USER_ID), UID), "yob": L(1990, BIRTH),
                 "gender": L("F", GENDER)}, "tmax": 300}))
    out.append(case("crypto", f"{CX}/v2/support/tickets", body={
        "subject": L("withdrawal stuck", TEXT),
        "body": L("My withdrawal to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh has been pending "
                  "2 days, I need it for rent", f"{TEXT}|{PAY}"),
        "email": L(EMAIL, MAIL), "app": {"version": "5.8.1", "build": 5810}}))
    out.append(case("thermostat", "https://api.thermly.example.com/v1/links/assistant",
                    fmt="form", body={"code": L(rnd_hex(rng, 24), CRED), "state": rnd_hex(rng, 16),
                                      "redirect_uri": "https://api.thermly.example.com/cb",
                                      "login_hint": L(EMAIL, MAIL)}))
    out.append(case("classes", "https://api.classpassage.example.com/v2/waitlist/notify",
                    body={"class_id": L("cls_88190", BUY), "sms": L(E164, TEL), "push": True}))
    out.append(case("hearing", "https://api.clearear.example.org/v2/caption", body={
        "lang": "en-US", "transcript": L("the pharmacy said my refill is ready at four", TEXT),
        "conf": 0.83, "source": "live_caption"}))
    out.append(case("safety", "https://api.guardme.example.com/v1/walk/route", query={
        "from": L(f"{LAT:.5f},{LON:.5f}", PRECISE), "to": L("Dean St station", SEARCH),
        "mode": "walk", "lit_streets": "1"}))
    return out
