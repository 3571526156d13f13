"""Blind set twelve, part two: a customer-data platform SDK and an ad-verification SDK (see
``eval_families12.py`` for the rules of this set, its conventions and its calls).

CDP: an mParticle-style batch (short keys, identity list ``ui`` with numeric types, user
attributes with ``$`` names, device block ``di``), a RudderStack-style batch (identify, track,
screen, alias with ``context``), an identity-resolution call with an identity map (form with hex
JSON), a zstd-compressed JSON Lines replay. Ad verification (in the style of IAS/DoubleVerify):
impression and viewability pings as query strings with a base64url context, a measurement
cookie, a msgpack signal batch, and pure negatives (tag config, creative scan).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, raw
from eval_families7_kit import enc, jsonl, with_labels
from eval_families9_kit import (
    ADDR,
    ADID,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    UA,
    UID,
    USAGE,
    device_camel,
    device_headers,
    sha,
)
from eval_families10_kit import Acc
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

EMAIL_SHA256 = sha("sha256", EMAIL.lower())
PHONE_SHA256 = sha("sha256", E164)
GAID_NODASH = GAID.replace("-", "")
MP = "https://nativesdks.cdpkit.example.com"
RS = "https://hosted.eventrail.example.io"
AV = "https://pixel.adverify.example.net"


def _mp_batch(rng: random.Random, k: int) -> dict[str, Any]:
    events = [{"dt": "e", "n": L(name, USAGE), "et": "Navigation", "ct": 1764253200000 + i,
               "id": rnd_uuid(rng), "attrs": attrs}
              for i, (name, attrs) in enumerate([
                  ("Product Viewed", {"sku": "SKU-2291", "category": "running"}),
                  ("Search", {"query": L("trail shoes size 8 wide", SEARCH)}),
                  ("Purchase", {"order_id": L("ORD-55120" + str(k), BUY),
                                "revenue": L(129.9 + k, BUY),
                                "items": L("Trail Runner 3 (W8)", BUY)})])]
    return {"dt": "h", "id": rnd_uuid(rng), "ct": 1764253200000, "sdk": "5.61.0",
            "das": L(INSTALL_ID, DID), "mpid": L(-8123341223981 - k, UID),
            "ui": [{"n": 1, "i": L(USER_ID, UID)}, {"n": 7, "i": L(EMAIL, MAIL)},
                   {"n": 12, "i": L(E164, TEL)}],
            "ua": {"$FirstName": L("Jane", NAMEC), "$LastName": L("Doe", NAMEC),
                   "$Gender": L("F", GENDER), "$Age": L(36, BIRTH),
                   "$City": L("New York", COARSE), "$Zip": L("10010", COARSE),
                   "$Address": L("41 E 22nd St Apt 5B", ADDR), "loyalty_tier": "gold",
                   "ltv": L(1840.5, BUY)},
            "di": {"p": L("Android", DEV), "dosv": L("14", DEV), "dma": L("Google", DEV),
                   "dp": L("Pixel 8", DEV), "dlc": L("en_US", DEV), "tz": L(-5, DEV),
                   "anid": L(ANDROID_ID, DID), "gaid": L(GAID, ADID), "lat": False,
                   "arc": L("arm64-v8a", DEV), "vr": L(1080, DEV), "hr": L(2400, DEV),
                   "nca": L("Example Mobile", CARRIER), "mcc": L("310", CARRIER),
                   "mnc": L("260", CARRIER), "bid": "BUILD-7782"},
            "ai": {"an": "Stride", "av": "8.2.1", "apn": "com.example.stride",
                   "fi": False, "lud": 1764000000000},
            "lc": {"lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE),
                   "acc": 18.0}, "msgs": events}


def cdp() -> list[Case]:
    rng = random.Random(12003)
    out = []
    for k in range(3):
        c = case("cdp", f"{MP}/v2/us1-7bd2c1e9/events", gz=k == 2, headers={
            "x-mp-key": "us1-7bd2c1e9", "X-MP-Signature": rnd_hex(rng, 40),
            "Date": "Fri, 27 Nov 2026 14:20:00 GMT", "User-Agent": L(UA, DEV)},
            body=_mp_batch(rng, k))
        out.append(c)
    ctx = {"app": {"name": "Stride", "version": "8.2.1", "build": "4402"},
           "device": {"id": L(ANDROID_ID, DID), "advertisingId": L(GAID, ADID),
                      "adTrackingEnabled": True, "manufacturer": L("Google", DEV),
                      "model": L("Pixel 8", DEV)},
           "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
           "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": L(420, DEV)},
           "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV),
           "ip": L(PUBLIC_IP, IPLOC), "library": {"name": "rudder-android", "version": "1.21.0"}}
    for k in range(3):
        batch = [
            {"type": "identify", "userId": L(USER_ID, UID), "anonymousId": L(INSTALL_ID, DID),
             "context": {**ctx, "traits": {"email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC),
                                          "birthday": L("1990-04-12", BIRTH),
                                          "address": {"street": L("41 E 22nd St", ADDR),
                                                      "postalCode": L("10010", COARSE)}}},
             "messageId": rnd_uuid(rng), "originalTimestamp": "2026-11-27T14:20:01.120Z"},
            {"type": "screen", "name": L(["Home", "Cart", "Order Status"][k], USAGE),
             "anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID), "context": ctx,
             "properties": {"referrer": L("push:winback_nov", USAGE)},
             "messageId": rnd_uuid(rng)},
            {"type": "track", "event": L("Checkout Started", USAGE),
             "anonymousId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
             "properties": {"cart_id": "cart_" + rnd_hex(rng, 8), "value": 89.5 + k,
                            "coupon": "WELCOME10", "experiment": "checkout_v4:B"},
             "messageId": rnd_uuid(rng)}]
        if k == 1:
            batch.append({"type": "alias", "previousId": L(INSTALL_ID, DID),
                          "userId": L(USER_ID, UID), "messageId": rnd_uuid(rng)})
        out.append(case("cdp", f"{RS}/v1/batch", headers={
            "Authorization": "Basic MlVnSjR4U1l3OTBrOg==", "AnonymousId": L(INSTALL_ID, DID)},
            body={"batch": batch, "sentAt": "2026-11-27"}))
    acc: Acc = {}
    idmap = enc({"known_identities": {"customerid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "mobile_number": L("(555) 010-0199", TEL),
                                      "other": L(EMAIL_SHA256, MAIL),
                                      "android_uuid": L(ANDROID_ID, DID),
                                      "push_token": L("fcm:" + rnd_hex(rng, 60), DID)},
                 "previous_mpid": L(-8123341223981, UID)}, "body", "payload", "hex", acc)
    out.append(with_labels(case("cdp", f"{MP}/identity/v1/login", fmt="form", body={
        "client_sdk": "android", "environment": "production", "payload": idmap,
        "request_id": rnd_uuid(rng), "request_timestamp_ms": "1764253201000"}), acc))
    acc = {}
    lines = jsonl([{"k": "session_start", "sid": 4410 + i, "das": L(INSTALL_ID, DID),
                    "ses": L(1200 + i * 300, USAGE), "ip": L(LOCAL_IP, DEV),
                    "cgid": L(PHONE_SHA256, TEL), "t": 1764250000 + i * 3600}
                   for i in range(4)], acc)
    out.append(with_labels(encode(raw("cdp", f"{RS}/v1/replay", lines, "application/x-ndjson",
                                      {}, headers={"Authorization":
                                                   "Basic MlVnSjR4U1l3OTBrOg=="}), "zstd"),
                           acc))
    out.append(case("cdp", f"{MP}/v4/us1-7bd2c1e9/config", query={
        "av": "8.2.1", "sv": "5.61.0", "plan_id": "stride_plan", "plan_version": "7",
        "etag": rnd_hex(rng, 20)}))
    return out


def adverify() -> list[Case]:
    rng = random.Random(12004)
    out = []
    for k in range(4):
        acc: Acc = {}
        ctx = enc({"app": {"bundle": "com.example.newsbrief", "ver": "6.0.3"},
                   "page": L(f"https://newsbrief.example.com/health/article-{k}-"
                             "managing-anxiety-at-work", BROWSE),
                   "dev": {"mk": L("Google", DEV), "md": L("Pixel 8", DEV),
                           "os": L("Android 14", DEV), "vol": L(0.4, DEV),
                           "hp": L(True, DEV), "orient": L("portrait", DEV),
                           "batt": L(0.64, DEV), "chg": L(False, DEV)},
                   "ifa": L(GAID, ADID), "lmt": 0, "ip": L(PUBLIC_IP, IPLOC),
                   "geo": {"lat": L(round(LAT, 2), COARSE), "lon": L(round(LON, 2), COARSE),
                           "type": 2}}, "query", "ctx", "b64url", acc)
        c = case("adverify", f"{AV}/imp/v3/{['load', 'view', 'view50', 'unload'][k]}", query={
            "tid": "pub_8812", "cid": "cr_" + rnd_hex(rng, 8), "plc": "top_banner_320x50",
            "adid": "ad_" + rnd_hex(rng, 10), "iv": round(0.5 + k * 0.15, 2),
            "tiv": k * 1000, "sc": L("1080x2400", DEV), "ctx": ctx, "cb": rng.getrandbits(40),
            "mrc": "1" if k >= 2 else "0"}, cookies={
            "_avid": L("av." + rnd_hex(rng, 24), DID), "_avs": "s" + str(k)},
            headers={"User-Agent": L(UA, DEV), "X-Requested-With": "com.example.newsbrief"})
        out.append(with_labels(c, acc))
    sig = [{"t": 1764253300 + i, "ev": ["inview", "outview", "audible", "touch"][i % 4],
            "ifa": L(GAID_NODASH, ADID), "tx": round(rng.uniform(100, 900), 1),
            "ty": round(rng.uniform(100, 1800), 1),
            "pct": rng.randrange(0, 101)} for i in range(4)]
    out.append(case("adverify", f"{AV}/sig/v1", fmt="msgpack", body={
        "sess": rnd_uuid(rng), "imp": "imp_" + rnd_hex(rng, 12), "s": sig,
        "fraud": {"emu": L(False, DEV), "rooted": L(False, DEV), "dbg": L(False, DEV),
                  "vpn": L(True, DEV), "acc_mag": L(9.81, DEV)},
        "net": {"type": L("cellular", DEV), "op": L("Example Mobile", CARRIER),
                "mccmnc": L("310260", CARRIER)}, "ua": L(UA, DEV)}))
    for k in range(2):
        out.append(case("adverify", f"{AV}/vid/v2/q", query={
            "q": ["start", "complete"][k], "vid": "v_" + rnd_hex(rng, 8), "dur": 15,
            "pos": 15 * k, "muted": 0, "fs": 0, "pid": "pub_8812",
            "ifa_md5": L(sha("md5", GAID), ADID),
            "lang": L("en", DEV), "ref": L("https://newsbrief.example.com/search?q=" +
                                           "panic+attack+symptoms", f"{BROWSE}|{SEARCH}")}))
    # negatives: tag configuration and a creative scan with server-side data
    out.append(case("adverify", f"{AV}/tag/config.json", query={
        "pid": "pub_8812", "v": "4.9.0", "h": rnd_hex(rng, 32)}))
    out.append(case("adverify", f"{AV}/scan/v1", body={
        "creativeId": "cr_" + rnd_hex(rng, 8), "sha1": rnd_hex(rng, 40),
        "landingDomain": "shoes.example.com", "brandSafety": {"score": 0.92, "cats": ["IAB17"]},
        "adServer": {"ip": "198.51.100.14", "lineItem": "li_4451"}, "ts": 1764253301}))
    out.append(case("adverify", f"{AV}/imp/v3/err", query={
        "code": "VPAID_TIMEOUT", "plc": "top_banner_320x50", "sdk": "4.9.0",
        "trace": rnd_hex(rng, 32), "dev": L("Pixel 8", DEV), "tz": L("America/New_York", DEV)},
        headers=device_headers()))
    out.append(case("adverify", f"{AV}/imp/v3/ctx", body={
        "app": {"bundle": "com.example.newsbrief"}, "device": device_camel(),
        "user": {"ifa": L(GAID.upper(), ADID), "geo": {"zip": L("10010", COARSE),
                                                        "city": L("New York", COARSE)}}}))
    return out
