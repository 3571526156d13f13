"""Blind set eighteen, part four: more ordinary third-party SDK traffic from fictional vendors, in
shapes new to the evaluation: in-app messaging ("Nudgely"), crash reporting ("Faultline"), ad
mediation ("Pixelhive"), consent ("Okaygate") and push ("Ringlet") (see ``eval_families18.py``
for the rules of this set, its conventions and its calls).

Nudgely: a campaign fetch (attributes as base64 of hex JSON in a query parameter),
impressions/clicks/dismissals (JSON Lines, br), an in-app survey, a content-card feed (msgpack), a
lead form inside a message, a geofence trigger, template assets. Faultline: a crash (multipart: a
JSON report with breadcrumbs and a plain-text log quoting the e-mail and the public IP), an
out-of-memory report (msgpack, gzip), a handled error quoting the phone with a captured request URL
(zstd), a release-health session (form), feedback with a screenshot (multipart), a symbol upload,
an app hang (JSON Lines) and a native crash in protobuf (deflate). Pixelhive: a header-bidding
auction (gzip; adapters' opaque signals), a waterfall beacon, a rewarded server-side-verification
URL with base64url custom data, a click beacon, an ad request in protobuf (zstd), SDK init with the
App Set ID (br), a frequency-cap sync, an ad-quality report. Okaygate: a consent save with the IP
as proof, a cross-device sync by hashed e-mail, a status check carrying a receipt JWT cookie (no
credential), a data-subject request with a one-time code (form), a banner impression, a geo lookup.
Ringlet: a registration with tags, a web-push-style subscription (endpoint and keys), an open
receipt (form), a location update (7-character geohash), quiet hours, and an unregister with the
token in the URL path. ``more()``: breadcrumbs (JSON Lines, gzip), impression beacons (a top-level
array, deflate) and receipts (JSON Lines, br) repeating context per record, and user attributes as
a JSON string in a form field. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    GENDER,
    IP_INT,
    IP_TRUNC,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_abbrev,
    encode,
    jsonl,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import geohash, sjwt
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

NG = "https://api.nudgely.example.com/sdk/v3"
FL = "https://collect.faultline.example.net"
PH = "https://bid.pixelhive.example.org"
OG = "https://consent.okaygate.example.com/v1"
RL = "https://push.ringlet.example.net"


def nudgely() -> list[Case]:
    rng = random.Random(18031)
    out = []
    acc: Acc = {}
    attrs = chain({"city": L("New York", COARSE), "last_order": L("2025-11-28", BUY),
                   "cart": 31.2, "push": True}, "query", "attrs", ["hex", "b64"], acc)
    out.append(add(case("nudgely", f"{NG}/campaigns", query={
        "uid": L(USER_ID, UID), "iid": L(INSTALL_ID, DID), "screen": L("Checkout", USAGE),
        "attrs": attrs, "k": "ng_pub_3c9e"}), acc))
    acc = {}
    acts = ["impression", "click", "impression", "dismiss", "impression", "click", "impression",
            "dismiss", "impression"]
    lines = jsonl([{"cmp": f"c_{40 + i // 2}", "act": L(a, USAGE), "iid": L(INSTALL_ID, DID),
                    "t": 1764960000 + 9 * i} for i, a in enumerate(acts)], acc)
    out.append(add(encode(raw("nudgely", f"{NG}/events", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("nudgely", f"{NG}/survey", body={
        "cmp": "c_44", "uid": L(USER_ID, UID), "nps": 6,
        "comment": L("delivery windows are always too late for me", TEXT),
        "id": rnd_uuid(rng)}))
    out.append(case("nudgely", f"{NG}/cards", fmt="msgpack", body={
        "iid": L(INSTALL_ID, DID), "ev": L("feed_open", USAGE), "read": ["card_1", "card_7"]}))
    out.append(case("nudgely", f"{NG}/forms/f_news", body={"fields": {
        "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL), "zip": L("10118", COARSE),
        "optin": True}, "cmp": "c_47", "iid": L(INSTALL_ID, DID)}))
    out.append(case("nudgely", f"{NG}/geo/trigger", body={
        "region": "rg_114", "lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
        "acc": 12, "iid": L(INSTALL_ID, DID)}))
    out.append(case("nudgely", f"{NG}/templates", query={"ids": "t1,t4,t9", "dpi": "420"}))
    return out


def faultline() -> list[Case]:
    rng = random.Random(18032)
    out = []
    frames = [{"fn": f"a.b.c{i}", "ln": rng.randrange(10, 900)} for i in range(5)]
    log = (f"11-30 18:02:11.402 D/Auth: login ok for {EMAIL}\n"
           f"11-30 18:02:11.951 D/Geo: ip lookup {PUBLIC_IP} -> us-east\n")
    out.append(multipart("faultline", f"{FL}/api/crash", [
        ("report", None, "application/json", {
            "exc": {"type": "IllegalStateException", "msg": "cart empty at checkout"},
            "threads": [{"name": "main", "frames": frames}], "id": rnd_uuid(rng),
            "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV),
                       "arch": L("arm64-v8a", DEV), "freeMem": L(1843, DEV)},
            "user": {"id": L(USER_ID, UID)},
            "crumbs": [{"c": "nav", "m": L("Cart", USAGE)}, {"c": "nav", "m": L("Checkout",
                                                                               USAGE)}]}),
        ("log", "logcat.txt", "text/plain", L(log, f"{MAIL}|{IPLOC}")),
    ], headers={"X-Faultline-Key": "fl_pub_7a12"}))
    out.append(encode(case("faultline", f"{FL}/api/oom", fmt="msgpack", body={
        "kind": "oom", "heapMb": L(512, DEV), "lastScreen": L("RecipeVideo", USAGE),
        "sessionMs": L(914000, USAGE), "iid": L(INSTALL_ID, DID), "id": rnd_uuid(rng)}), "gzip"))
    out.append(encode(case("faultline", f"{FL}/api/error", body={"error": {
        "type": "ValidationError", "message": L(f"phone {DASHED} failed validation", TEL),
        "req": U("https://api.recipebox.example.com/v2/stores", {
            "lat": L(f"{LAT:.5f}", PRECISE), "lng": L(f"{LON:.5f}", PRECISE), "r": "5"})},
        "iid": L(INSTALL_ID, DID), "release": "recipebox@7.2.0"}), "zstd"))
    out.append(case("faultline", f"{FL}/api/session", fmt="form", body={
        "sid": rnd_uuid(rng), "status": "crashed", "iid": L(INSTALL_ID, DID),
        "dur": L("312", USAGE), "release": "recipebox@7.2.0"}))
    out.append(multipart("faultline", f"{FL}/api/feedback", [
        ("meta", None, "application/json", {"comment": L("app closes every time I hit pay",
                                                         TEXT), "email": L(EMAIL, MAIL)}),
        ("shot", "s.jpg", "image/jpeg", L(JPEG + b"\xf1" * 10, MEDIA)),
    ]))
    out.append(multipart("faultline", f"{FL}/api/symbols", [
        ("meta", None, "application/json", {"uuid": rnd_uuid(rng), "arch": "arm64"}),
        ("file", "mapping.txt", "text/plain", b"a.b.c0 -> com.example.Cart:\n"),
    ]))
    acc: Acc = {}
    lines = jsonl([{"thread": t, "ms": rng.randrange(2000, 9000), "stack": frames[:3]}
                   for t in ("main", "RenderThread", "OkHttp")], acc)
    out.append(raw("faultline", f"{FL}/api/hang", lines, "application/x-ndjson", {}))
    lab: dict[str, str] = {}
    data = pb([(1, "SIGABRT"), (2, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV)),
                                    (3, L("arm64-v8a", DEV))]), (3, L(INSTALL_ID, DID)),
               (4, rnd_hex(rng, 40))], "", lab)
    out.append(encode(raw("faultline", f"{FL}/api/native", data, "application/x-protobuf",
                          lab), "deflate"))
    return out


def pixelhive() -> list[Case]:
    rng = random.Random(18033)
    out = []
    out.append(encode(case("pixelhive", f"{PH}/auction", body={
        "id": rnd_uuid(rng), "app": {"bundle": "com.example.wordgrid", "ver": "3.3.1"},
        "device": {"ifa": L(GAID, ADID), "ipv4": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV),
                   "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                   "geo": {"lat": L(round(LAT, 3), PRECISE), "lon": L(round(LON, 3), PRECISE),
                           "type": 2}, "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "os": L("android", DEV), "osv": L("14", DEV), "lang": L("en", DEV),
                   "connectiontype": L(2, DEV)},
        "user": {"yob": L(1991, BIRTH), "gender": L("F", GENDER)},
        "signals": [{"adapter": n, "token": rnd_hex(rng, 48)} for n in ("nA", "nB", "nC")],
        "regs": {"coppa": 0}}), "gzip"))
    out.append(case("pixelhive", f"{PH}/wf", query={
        "iid": L(INSTALL_ID, DID), "unit": "inter_1", "net": "nB", "ms": "412", "ecpm": "3.1"}))
    acc: Acc = {}
    cd = chain({"uid": L(USER_ID, UID), "lvl": 12}, "query", "custom_data", ["b64url"], acc)
    out.append(add(case("pixelhive", f"{PH}/ssv", query={
        "user_id": L(USER_ID, UID), "reward": "coins", "amount": "50", "custom_data": cd,
        "sig": rnd_hex(rng, 64), "key_id": "3"}), acc))
    out.append(case("pixelhive", f"{PH}/click", query={
        "ll": L(f"{LAT:.4f},{LON:.4f}", PRECISE), "xy": "540,1620", "iid": L(INSTALL_ID, DID),
        "imp": rnd_hex(rng, 16)}))
    lab: dict[str, str] = {}
    data = pb([(1, L(GAID, ADID)), (2, L("Pixel 8", DEV)), (3, L("14", DEV)),
               (4, L(IP_INT, IPLOC)), (5, "banner_320x50")], "", lab)
    out.append(encode(raw("pixelhive", f"{PH}/req", data, "application/x-protobuf", lab),
                      "zstd"))
    out.append(encode(case("pixelhive", f"{PH}/init", body={
        "asid": L(rnd_uuid(rng), DID), "iid": L(INSTALL_ID, DID), "dev": device_abbrev(),
        "tcf": "CQK3xAAQK3xAAAcABBENBLFgAP_gAEPgAAqIKLtV_G__bWlr", "sdk": "9.1.0"}), "br"))
    out.append(case("pixelhive", f"{PH}/fcap", body={
        "caps": [{"unit": "inter_1", "n": 3, "per": "hour"}], "v": 4}))
    out.append(case("pixelhive", f"{PH}/report", body={
        "creative": "https://cdn.pixelhive.example.org/c/88112.mp4", "reason": "misleading",
        "comment": L("ad said free but asks for card", TEXT), "iid": L(INSTALL_ID, DID)}))
    return out


def okaygate() -> list[Case]:
    rng = random.Random(18034)
    out = []
    cid = rnd_uuid(rng)
    out.append(case("okaygate", f"{OG}/save", body={
        "uid": L(USER_ID, UID), "cid": L(cid, DID), "region": L("US-NY", COARSE),
        "ip": L(PUBLIC_IP, IPLOC), "gpp": "DBABMA~CqQAAAAAAAA.QA", "purposes": {
            "analytics": True, "ads": False, "sale": False}, "vendors": [12, 77, 310]}))
    out.append(case("okaygate", f"{OG}/sync", body={
        "em": L(EMAIL_SHA256, MAIL), "cid": L(cid, DID), "ts": 1764960500}))
    acc: Acc = {}
    rc = sjwt({"cid": L(cid, DID), "ip": L(IP_TRUNC, IPLOC), "choices": "a1.d0.s0",
               "iat": 1764960500}, "cookie", "og_rcpt", acc)
    out.append(add(case("okaygate", f"{OG}/status", cookies={"og_rcpt": rc},
                        query={"app": "recipebox"}), acc))
    out.append(case("okaygate", f"{OG}/dsar", fmt="form", body={
        "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC), "state": L("NY", COARSE),
        "code": L("640213", CRED), "type": "delete", "cid": L(cid, DID)}))
    out.append(case("okaygate", f"{OG}/ev", body={
        "ev": L("banner_shown", USAGE), "cid": L(cid, DID), "layer": 1}))
    out.append(case("okaygate", f"{OG}/geo", query={"k": "og_pub_51aa"}))
    return out


def ringlet() -> list[Case]:
    rng = random.Random(18035)
    out = []
    tok_ = push_token(rng)
    out.append(case("ringlet", f"{RL}/v2/devices", body={
        "token": L(tok_, DID), "iid": L(INSTALL_ID, DID), "tz": L("America/New_York", DEV),
        "lang": L("en", DEV), "tags": {"zip": L("10118", COARSE), "team": "knicks",
                                       "last_order": L("2025-11-28", BUY),
                                       "birth_year": L("1991", BIRTH)}}))
    wp = "wp_" + rnd_hex(rng, 40)
    out.append(case("ringlet", f"{RL}/v2/webpush", body={
        "endpoint": L(f"{RL}/wp/{wp}", DID),
        "keys": {"p256dh": "BNc" + rnd_hex(rng, 84), "auth": rnd_hex(rng, 22)}}))
    out.append(case("ringlet", f"{RL}/v2/receipts", fmt="form", body={
        "msg": rnd_uuid(rng), "action": L("opened", USAGE), "iid": L(INSTALL_ID, DID)}))
    out.append(case("ringlet", f"{RL}/v2/location", query={
        "gh": L(geohash(n=7), PRECISE), "iid": L(INSTALL_ID, DID)}))
    out.append(case("ringlet", f"{RL}/v2/settings", body={
        "quiet": {"from": "22:00", "to": "07:00"}, "channels": ["orders", "promos"]}))
    c = case("ringlet", f"{RL}/v2/devices/{tok_}/delete")
    c.labels[("url", "path[2]")] = DID
    out.append(c)
    return out


def more() -> list[Case]:
    """Context repeated per record: breadcrumbs, impression beacons, receipts, attributes."""
    rng = random.Random(18036)
    out = []
    acc: Acc = {}
    screens = ["Launch", "Home", "Search", "Recipe", "RecipeVideo", "Recipe", "Cart", "Checkout",
               "Payment", "Checkout", "Payment", "Checkout", "Cart", "Home"]
    lines = jsonl([{"c": "nav", "m": L(s, USAGE), "iid": L(INSTALL_ID, DID),
                    "net": L("wifi", DEV), "t": 1764961000 + 12 * i}
                   for i, s in enumerate(screens)], acc)
    out.append(add(encode(raw("faultline", f"{FL}/api/crumbs", lines, "application/x-ndjson",
                              {}), "gzip"), acc))
    out.append(encode(case("pixelhive", f"{PH}/imp", body=[
        {"imp": rnd_hex(rng, 16), "ifa": L(GAID.upper(), ADID), "ip": L(PUBLIC_IP, IPLOC),
         "mccmnc": L("310260", CARRIER), "unit": u, "rev": round(rng.uniform(0.001, 0.02), 4)}
        for u in ("banner_1", "inter_1", "banner_1", "rewarded_1", "banner_1", "inter_1")]),
        "deflate"))
    acc = {}
    acts = ["received", "received", "opened", "received", "dismissed", "opened"]
    lines = jsonl([{"msg": rnd_uuid(rng), "action": L(a, USAGE), "iid": L(INSTALL_ID, DID)}
                   for a in acts], acc)
    out.append(add(encode(raw("ringlet", f"{RL}/v2/receipts/batch", lines,
                              "application/x-ndjson", {}), "br"), acc))
    out.append(case("nudgely", f"{NG}/attributes", fmt="form", body={
        "uid": L(USER_ID, UID), "a": W({"first_name": L("Jane", NAMEC),
                                        "email": L(EMAIL.upper(), MAIL), "phone": L(E164, TEL),
                                        "birthday": L("1991-05-17", BIRTH),
                                        "city": L("New York", COARSE), "vip": False}, "json")}))
    return out
