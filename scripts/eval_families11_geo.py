"""Blind set eleven, part four: a weather-radar app with an embedded location SDK, a news app
with a paywall and comments, and a personal-safety/SOS app (see ``eval_families11.py``).

Fictional apps with shapes typical of their kind: the weather app's own calls (radar tiles,
forecast by rounded position, saved places, alerts subscription) and its location SDK's
background batches (JSON gzip, JSON Lines, base64 protobuf in a form field, a hex config
echo), Wi-Fi and cell scans, ad-ID registration; the news app's article views, reading
history sync (msgpack), metered paywall state in cookies, subscription purchase, comments and
a search; the safety app's continuous location sharing (1 Hz batches, br), emergency contacts,
a timed check-in, an SOS with audio, a medical ID and a trusted-circle invite. Values are
synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import CONTACTS, enc, jsonl, pb64, with_labels
from eval_families10_kit import WORK_LAT, WORK_LON, Acc, add, gps, token
from eval_families11_kit import (
    ADDR,
    ADID,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    EMAIL_SHA256,
    GAID,
    GAID_NODASH,
    HW,
    IPLOC,
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
    WAV,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
    fixes,
    sha,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)
from eval_payloads import rnd_uuid as uid4

WX = "https://api.stormscope.example.com"
SDK = "https://collect.geopulse.example.net"
NEWS = "https://api.dailyledger.example.org"
SOS = "https://api.guardme.example.com"


def weather() -> list[Case]:
    rng = random.Random(11010)
    out = [case("weather", f"{WX}/v3/radar/tiles/7/37/48.png", query={
        "t": "1764250200", "layer": "precip", "style": "classic"})]
    out.append(case("weather", f"{WX}/v3/forecast", headers=device_headers(), query={
        "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "units": "imperial",
        "ad_id": L(GAID, ADID)}))
    out.append(case("weather", f"{WX}/v3/places", body={"places": [
        {"label": "Home", "lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE)},
        {"label": "Work", "lat": L(round(WORK_LAT, 4), PRECISE),
         "lon": L(round(WORK_LON, 4), PRECISE)},
        {"label": "Mom", "city": L("Scranton", COARSE), "zip": L("18503", COARSE)}],
        "device": L(ANDROID_ID, DID)}))
    out.append(case("weather", f"{WX}/v3/alerts/subscribe", body={
        "push_token": L("fcm:" + rnd_hex(rng, 64), DID), "zones": L(["NYZ072", "NYZ075"],
                                                                     COARSE),
        "types": ["tornado", "flood"], "quiet_hours": "22-07"}))
    hdr = {"X-GP-Key": "gp_pub_" + rnd_hex(rng, 24), "X-GP-Install": L(INSTALL_ID, DID)}
    for _ in range(2):
        out.append(encode(case("weather", f"{SDK}/v2/locations", headers=hdr, body={
            "adid": L(GAID, ADID), "lat_enabled": False, "batch": fixes(rng, 12, 6,
                                                                         ("latitude", "longitude")),
            "carrier": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                        "name": L("Example Mobile", CARRIER)}, "ip": L(PUBLIC_IP, IPLOC),
            "bg": True, "trigger": "significant_change", "batch_id": uid4(rng)}), "gzip"))
    acc: Acc = {}
    aps = [(BSSID, SSID, -48), ("aa:bb:cc:44:55:66", "xfinitywifi", -71),
           ("10:7b:44:90:2e:c1", "DIRECT-roku-119", -80), ("f4:92:bf:22:01:aa", "Linden Cafe",
                                                            -77)]
    data = jsonl([{"type": "wifi", "bssid": L(b, WIFI), "ssid": L(s, WIFI), "rssi": r,
                   "ts": 1764250000} for b, s, r in aps] +
                 [{"type": "cell", "mcc": L(310, CARRIER), "mnc": L(260, CARRIER),
                   "lac": L(21007, CARRIER), "cid": L(88412301, CARRIER), "rsrp": -97}], acc)
    out.append(with_labels(raw("weather", f"{SDK}/v2/scans", data, "application/x-ndjson", {},
                               headers=hdr), acc))
    acc = {}
    visits = [(40.741911, -73.989220), (40.742113, -73.989431)]
    blob = pb64([(1, L(GAID_NODASH, ADID)), *[(2, [(1, a), (2, b), (3, 1764250000 + i * 60)])
                                              for i, (a, b) in enumerate(visits)],
                 (3, L("Pixel 8", DEV))], "body", "p", acc)
    fixed = acc | {("body", f"p.2[{i}].{k}"): PRECISE for i in range(2) for k in (1, 2)}
    out.append(add(case("weather", f"{SDK}/v2/visit", headers=hdr, fmt="form",
                        body={"p": blob, "v": "4"}), fixed))
    acc = {}
    out.append(add(case("weather", f"{SDK}/v2/config", headers=hdr, query={
        "ctx": enc({"aid": L(GAID, ADID), "os": L("android 14", DEV), "gdpr": 0,
                    "lip": L(LOCAL_IP, DEV)}, "query", "ctx", "hex", acc)}), acc))
    out.append(case("weather", f"{SDK}/v2/ids", headers=hdr, body={
        "hashed_email": L(EMAIL_SHA256, MAIL), "adid_md5": L(sha("md5", GAID), ADID),
        "consent": {"gdpr": False, "ccpa": "1YNN"}, "sdk": "5.2.0"}))
    out.append(case("weather", f"{WX}/v3/events", body={"e": [
        {"n": L(n, USAGE), "ts": 1764250300 + i} for i, n in
        enumerate(["radar_play", "layer_change", "premium_paywall_view"])],
        "d": device_camel()}))
    return out


def news() -> list[Case]:
    rng = random.Random(11011)
    ck: dict[str, Any] = {"dl_sess": L(rnd_hex(rng, 40), CRED), "dl_meter": "3of5",
                          "dl_uid": L(USER_ID, UID), "_ga": L("GA1.2.1183921.1764200000", DID)}
    out = []
    for slug in ["2026/11/27/city-council-budget-vote", "2026/11/26/flu-season-hospitals"]:
        out.append(case("news", f"{NEWS}/v1/articles/{slug.split('/')[-1]}", cookies=ck,
                        query={"ref": "home_top", "ab": "hl_v2"}))
        out[-1].labels[("url", "path[2]")] = USAGE  # /v1/articles/<slug>: an article read
    out.append(case("news", f"{NEWS}/v1/history/sync", cookies=ck, fmt="msgpack", body={
        "reads": [{"article_id": L(f"a_{rng.randrange(10**7)}", USAGE),
                   "section": L(s, USAGE), "read_pct": L(p, USAGE),
                   "ts": 1764240000 + i * 700} for i, (s, p) in
                  enumerate([("politics", 0.92), ("health", 0.4), ("sports", 1.0)])],
        "device": device_snake()}))
    out.append(case("news", f"{NEWS}/v1/paywall/event", cookies=ck, body={
        "event": L("paywall_shown", USAGE), "meter": 5, "article": "a_7712001",
        "offer": "intro_1usd", "variant": "wall-C"}))
    acc: Acc = {}
    out.append(add(case("news", f"{NEWS}/v1/subscriptions", cookies=ck, body={
        "plan": L("digital_annual", BUY), "price": L("99.00", BUY),
        "purchase_token": L("gp." + rnd_hex(rng, 60), BUY), "order_id": L(
            "GPA.3345-1192-7731-40021", BUY), "billing": {"zip": L("11215", COARSE),
                                                          "name": L(NAME, NAMEC)},
        "gift": {"to": L("rosa.doe@example.com", MAIL), "message": L(
            "Happy birthday Mom! No more paywall", TEXT)}}), acc))
    for i, (txt, extra) in enumerate([
            ("The council should fund the shelters, vote them out in May.", SENS),
            ("As a nurse at Methodist I can confirm the ER waits are real.", ""),
            ("Typo in the second paragraph: 'there' -> 'their'.", "")]):
        out.append(case("news", f"{NEWS}/v1/comments", cookies=ck, fmt="form" if i == 2
                        else "json", body={"article_id": "a_7712001", "parent": "" if i != 1
                                           else "c_44120", "body": L(txt, f"{TEXT}|{extra}"
                                                                     if extra else TEXT),
                                           "display_name": L("jdoe_bk", UID)}))
    out.append(case("news", f"{NEWS}/v1/search", cookies=ck, query={
        "q": L("rent stabilization lottery brooklyn", SEARCH), "sort": "newest"}))
    out.append(case("news", f"{NEWS}/v1/newsletters", cookies=ck, body={
        "email": L(EMAIL, MAIL), "lists": ["morning", "politics"], "source": "article_end"}))
    out.append(case("news", f"{NEWS}/v1/local", query={"zip": L("11215", COARSE),
                                                       "edition": "nyc"}))
    out.append(case("news", f"{NEWS}/v1/webview/visit", cookies=ck, body={
        "url": L("https://recipes.example.com/pumpkin-bread?utm_source=dl", BROWSE),
        "from": "a_7712001", "dwell_s": 41}))
    out.append(case("news", f"{NEWS}/v1/front", query={"edition": "nyc", "v": "20261127.2",
                                                       "etag": rnd_hex(rng, 20)}))
    return out


def safety() -> list[Case]:
    rng = random.Random(11012)
    acc: Acc = {}
    tok = token({"sub": L(USER_ID, UID), "phone_number": L(E164, TEL)}, "header",
                "authorization", acc)
    hdr = {"Authorization": tok, "User-Agent": L("okhttp/4.12.0 GuardMe/3.9.2", DEV)}
    out = []
    for k in range(3):
        c = case("safety", f"{SOS}/v1/share/{'ses_' + rnd_hex(rng, 8)}/points", headers=hdr,
                 body={"points": fixes(rng, 20, 6), "battery": L(0.31 - k * 0.01, DEV),
                       "charging": L(False, DEV), "moving": True, "seq": k})
        out.append(add(encode(c, "br") if k == 1 else c, dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/contacts", headers=hdr, body={"contacts": [
        {"name": L(n, NAMEC), "phone": L(p, TEL), "relation": r, "notify": ["sos", "late"]}
        for n, p, r in [("Sam Ortiz", "+15550100388", "partner"),
                        ("Rosa Doe", "+15550100271", "mother")]]}), dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/contacts/import", headers=hdr, body={
        "hashed": L([sha("sha256", f"+1555010{n:04d}") for n in (388, 271, 512, 640)],
                    CONTACTS)}), dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/checkins/timer", headers=hdr, fmt="form", body={
        "expect_at": "1764262800", "dest_label": L("walking home from Dean St station", TEXT),
        "dest_lat": L("40.68101", PRECISE), "dest_lng": L("-73.97514", PRECISE),
        "pin": L("8841", CRED)}), dict(acc)))
    la, lo = gps(7, PRECISE, 6)
    out.append(add(multipart("safety", f"{SOS}/v1/sos", [
        ("alert", None, "application/json", {
            "type": "panic_button", "lat": la, "lng": lo, "acc": 11,
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "cell": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER)},
            "silent": True, "message": L("help, being followed on 5th Ave", TEXT)}),
        ("audio", "sos.wav", "audio/wav", L(WAV, MEDIA))], headers=hdr), dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/medical_id", headers=hdr, body={
        "blood_type": L("O-", MED), "allergies": L(["penicillin"], MED),
        "conditions": L(["epilepsy"], MED), "meds": L(["levetiracetam 500mg"], MED),
        "dob": L("1990-04-17", BIRTH), "organ_donor": True,
        "doctor": {"name": L("Dr. Alan Brooks", NAMEC), "phone": L("+15550100845", TEL)},
        "home": L("221 Garfield Pl Apt 4, Brooklyn", ADDR)}), dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/circle/invite", headers=hdr, query={
        "email": L("sam.ortiz@example.net", MAIL), "role": "guardian"}), dict(acc)))
    labels: dict[str, str] = {}
    body = pb([(1, L(USER_ID, UID)), (2, [(1, la), (2, lo), (3, 1764251000)]),
               (3, L("Pixel 8", DEV)), (4, L(0.3, DEV))], "", labels)
    out.append(add(raw("safety", f"{SOS}/v1/heartbeat", body, "application/x-protobuf", labels,
                       headers=hdr), dict(acc)))
    out.append(add(case("safety", f"{SOS}/v1/subscription", headers=hdr, body={
        "sku": L("guard_plus_monthly", BUY), "token": L("gp." + rnd_hex(rng, 40), BUY),
        "card_last4": L("4242", PAY)}), dict(acc)))
    out.append(case("safety", f"{SOS}/v1/crime/heatmap", query={
        "bbox": "40.70,-74.00,40.76,-73.95", "z": "14", "since": "30d"}))
    out.append(add(case("safety", f"{SOS}/v1/device", headers=hdr, body={
        "imei_sha1": L(sha("sha1", "490154203237518"), HW), "adid": L(GAID, ADID),
        "fall_detection": True, "lip": L(LOCAL_IP, DEV)}), dict(acc)))
    return out
