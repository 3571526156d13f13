"""Blind set seventeen, part four: a customer-support chat SDK, a session-replay SDK and a
maps/geocoding SDK in a shopping app (see ``eval_families17.py`` for the rules of this set, its
conventions and its calls).

Support chat ("Helpwave", fictional): visitor identify with an identity-verification HMAC,
messages (form, a session cookie) quoting an order number, an offline queue (JSON Lines, gzip)
quoting the street and the phone, a typing preview (query), an attachment (multipart JPEG), a
CSAT comment, a callback request, a help-centre search and an article view, a widget settings
fetch. Session replay ("Rewind", fictional): typed records (JSON Lines, zstd) with captured
inputs, a touch trajectory, taps, a captured login request whose body is a JSON string and an
on-screen address label; screenshot frames (multipart), a masked segment (gzip) with a card
field's key intervals and scroll deltas, console logs, a web cookie and the recording config.
Maps ("Cartolite", fictional): reverse geocoding (``latlng`` at 6 decimals), autocomplete of the
user's own street with a 3-decimal bias, a place search, directions, telemetry (JSON Lines,
gzip) with a viewport elsewhere, saved places, a geofence trail (protobuf, br), a tile and a
static map of a venue. Fraud/device fingerprint ("Devprint", fictional): signals as base64
JSON with hex JSON nested inside (identifiers, SIM, Wi-Fi, hardware), a behavioural msgpack
(password dwell/flight, e-mail key events, a swipe, an IMU window), the app's login carrying the
verdict token, ICE candidates, a velocity check with hashes, a protobuf beacon with a Wi-Fi
scan (deflate). ``more()``: reverse geocoding at 2/4/5 decimals (one ``lon,lat``) and a chat
history (br) with the agent's messages. Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    ADID,
    APPS,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_PCT,
    EMAIL_SHA256,
    HW,
    IP_INT,
    IPLOC,
    JPEG,
    KEYS,
    MAC_PLAIN,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SIM,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    chain,
    device_camel,
    device_headers,
    device_snake,
    dwell_flight,
    encode,
    imu,
    jsonl,
    keys,
    ll,
    multipart,
    pb,
    raw,
    relay,
    sha,
    srflx,
    swipe,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    ICCID,
    IMSI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
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

HW_ = "https://widget.helpwave.example.com/v2"
RW = "https://rec.rewind.example.net/v1"
CT = "https://api.cartolite.example.org"
PK = "pk.ct_3b71f0c2a9"
DP = "https://fp.devprint.example.net"


def helpwave() -> list[Case]:
    rng = random.Random(17011)
    out = []
    vid = rnd_uuid(rng)
    out.append(case("helpwave", f"{HW_}/visitors/identify", body={
        "visitor_id": L(vid, DID), "user_id": L(USER_ID, UID),
        "user_hash": L(sha("sha256", "hw-secret" + USER_ID), CRED), "name": L("Jane Doe", NAMEC),
        "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
        "custom": {"orders": L(7, BUY), "vip": True, "zip": L("10118", COARSE)},
        "device": device_camel(), "widget": "hw_site_88"}))
    ck = {"hw_sess": L("hws." + rnd_hex(rng, 40), CRED), "hw_vid": L(vid, DID)}
    cv = "cv_" + rnd_hex(rng, 10)
    out.append(case("helpwave", f"{HW_}/conversations/{cv}/messages", fmt="form", cookies=ck,
                    body={"body": L("hi, my order SN-10442 never arrived", f"{TEXT}|{BUY}"),
                          "client_msg_id": rnd_uuid(rng), "kind": "text"}))
    acc: Acc = {}
    q = jsonl([{"cv": cv, "body": L(t, cat), "at": 1764801500 + 20 * i, "cid": rnd_hex(rng, 8)}
               for i, (t, cat) in enumerate([
                   ("please send it to 350 Fifth Avenue Apt 4B instead", f"{TEXT}|{ADDR}"),
                   ("you can call me at (555) 010-0199 after 5", f"{TEXT}|{TEL}"),
                   ("the tracking page just spins", TEXT), ("thanks!", TEXT)])], acc)
    out.append(add(encode(raw("helpwave", f"{HW_}/queue", q, "application/x-ndjson", {},
                              cookies=ck), "gzip"), acc))
    out.append(case("helpwave", f"{HW_}/typing", cookies=ck, query={
        "cv": cv, "typing": L("1", USAGE), "preview": L("i was charged twice for", TEXT)}))
    out.append(multipart("helpwave", f"{HW_}/conversations/{cv}/attachments", [
        ("meta", None, "application/json", {"caption": L("the error on the payment screen",
                                                         TEXT), "cv": cv}),
        ("file", "Screenshot_20261204.jpg", "image/jpeg", L(JPEG + b"\x71" * 12, MEDIA)),
    ], cookies=ck))
    out.append(case("helpwave", f"{HW_}/conversations/{cv}/csat", cookies=ck, body={
        "score": 2, "comment": L("second time this month, not happy", TEXT)}))
    out.append(case("helpwave", f"{HW_}/callbacks", cookies=ck, body={
        "phone": L(E164, TEL), "best_time": "after 17:00", "topic": "billing"}))
    out.append(case("helpwave", f"{HW_}/kb/search", query={
        "q": L("how to delete my account", SEARCH), "locale": L("en-US", DEV), "site": "hw_88"}))
    out.append(case("helpwave", f"{HW_}/kb/events", body={
        "ev": L("article_view", USAGE), "article": L("refund-policy", USAGE),
        "visitor_id": L(vid, DID), "ms": L(48000, USAGE)}))
    # negative: the widget's settings (colours, business hours, the site's public key)
    out.append(case("helpwave", f"{HW_}/widget/settings", query={"site": "hw_88", "v": "2.9.1"}))
    return out


def rewind() -> list[Case]:
    rng = random.Random(17012)
    out = []
    sid = rnd_uuid(rng)
    req = '{"email":"jane.doe@example.org","password":"Sunflower!2024","remember":true}'
    acc: Acc = {}
    recs = jsonl([
        {"t": "meta", "dev": device_snake(), "uid": L(USER_ID, UID), "iid": L(INSTALL_ID, DID)},
        {"t": "screen", "name": L("LoginScreen", USAGE), "ts": 0},
        {"t": "input", "id": "email_field", "v": L(EMAIL, MAIL), "ts": 2100},
        {"t": "input", "id": "password_field", "v": "••••••••••••••", "ts": 5200},
        {"t": "net", "url": "https://api.shopnest.example.com/v2/login", "m": "POST",
         "req": req, "status": 200, "ts": 5900},
        {"t": "screen", "name": L("HomeScreen", USAGE), "ts": 6400},
        {"t": "touch", "pts": L(swipe(rng, 14), MOTION), "ts": 7000},
        {"t": "tap", "x": 212, "y": 1680, "ts": 9100},
        {"t": "input", "id": "search_box", "v": L("wireless earbuds", SEARCH), "ts": 11000},
        {"t": "text", "id": "addr_label", "v": L(STREET, "contact.address"), "ts": 14000}],
        acc)
    acc.update({("body", "[4].req.email"): MAIL, ("body", "[4].req.password"): CRED})
    out.append(add(encode(raw("rewind", f"{RW}/rec/{sid}/0", recs, "application/x-ndjson", {},
                              headers={"X-Rewind-Key": "rw_pub_0c4d"}), "zstd"), acc))
    out.append(multipart("rewind", f"{RW}/rec/{sid}/frames", [
        ("meta", None, "application/json", {"seq": [0, 1], "w": 540, "h": 1200, "q": 40}),
        ("f0", "f0.jpg", "image/jpeg", L(JPEG + b"\x81" * 10, MEDIA)),
        ("f1", "f1.jpg", "image/jpeg", L(JPEG + b"\x82" * 10, MEDIA)),
    ]))
    _, fl = dwell_flight(rng, 16)
    acc = {}
    seg = jsonl([
        {"t": "screen", "name": L("CheckoutScreen", USAGE), "ts": 30000},
        {"t": "text", "id": "card_holder", "v": "**** ****", "ts": 30400},
        {"t": "keys", "field": "card_number", "iv": L(fl, KEYS), "ts": 31000},
        {"t": "scroll", "dy": [120, 340, -80, 410], "ts": 36000},
        {"t": "screen", "name": L("OrderConfirmedScreen", USAGE), "ts": 41000}], acc)
    out.append(add(encode(raw("rewind", f"{RW}/rec/{sid}/1", seg, "application/x-ndjson", {}),
                          "gzip"), acc))
    out.append(case("rewind", f"{RW}/logs", body={"sid": sid, "logs": [
        {"lvl": "debug", "msg": L("user jane.doe@example.org loaded 12 orders", MAIL)},
        {"lvl": "info", "msg": "image cache warmed in 212ms"},
        {"lvl": "warn", "msg": L("geocode fallback for 40.741830,-73.989310", PRECISE)}]}))
    out.append(case("rewind", f"{RW}/identify", cookies={
        "rw_did": L(INSTALL_ID, DID), "rw_sid": sid}, body={
        "uid": L(USER_ID, UID), "traits": {"email": L(EMAIL_PCT, MAIL), "plan": "plus"}}))
    # negative: the recording config (sampling, masking rules)
    out.append(case("rewind", f"{RW}/config", query={
        "key": "rw_pub_0c4d", "sample": "0.1", "mask": "inputs,images", "v": "1.8.0"}))
    return out


def cartolite() -> list[Case]:
    rng = random.Random(17013)
    out = []
    sess = rnd_uuid(rng)
    out.append(case("cartolite", f"{CT}/v1/reverse", query={
        "latlng": L(ll(6), PRECISE), "key": PK, "sess": sess, "lang": L("en", DEV)}))
    out.append(case("cartolite", f"{CT}/v1/autocomplete", query={
        "q": L("350 Fifth Av", ADDR), "near": L(ll(3), PRECISE), "key": PK, "sess": sess}))
    out.append(case("cartolite", f"{CT}/v1/search", query={
        "q": L("urgent care open now", SEARCH), "ll": L(ll(4), PRECISE), "key": PK,
        "limit": "10"}))
    out.append(case("cartolite", f"{CT}/v1/directions", headers={"X-Cartolite-Key": PK},
                    body={"origin": {"lat": L(round(LAT, 6), PRECISE),
                                     "lng": L(round(LON, 6), PRECISE)},
                          "destination": {"lat": L(40.73061, PRECISE),
                                          "lng": L(-73.935242, PRECISE)},
                          "profile": L("walking", USAGE), "alternatives": True}))
    acc: Acc = {}
    uid = rnd_uuid(rng)
    tel = jsonl([
        {"ev": L("map.load", USAGE), "userId": L(uid, DID), "zoom": 14.5,
         "center": [-73.9442, 40.6782], "sdk": "cartolite-android/4.0.2"},
        {"kind": "loc", "lat": L(round(LAT + 2e-4, 5), PRECISE),
         "lng": L(round(LON - 1e-4, 5), PRECISE), "acc": 9.5, "userId": L(uid, DID)},
        {"kind": "loc", "lat": L(round(LAT + 5e-4, 5), PRECISE),
         "lng": L(round(LON - 3e-4, 5), PRECISE), "acc": 7.0, "userId": L(uid, DID)},
        {"ev": L("map.gesture", USAGE), "gesture": "pinch", "userId": L(uid, DID)}], acc)
    out.append(add(encode(raw("cartolite", f"{CT}/events/v2", tel, "application/x-ndjson",
                              {}), "gzip"), acc))
    out.append(case("cartolite", f"{CT}/v1/places/saved", headers={
        "Authorization": L("Bearer ct_usr_" + rnd_hex(rng, 32), CRED)}, body={
        "label": "Home", "address": L(STREET, ADDR), "zip": L("10118", COARSE),
        "lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE)}))
    lab: dict[str, str] = {}
    trail = [(2, [(1, round(LAT + i * 1.3e-4, 6)), (2, round(LON - i * 0.9e-4, 6)),
                  (3, 1764801600 + 60 * i)]) for i in range(5)]
    data = pb([(1, L(INSTALL_ID, DID)), *trail, (3, "fence_home")], "", lab)
    lab.update({f"2[{i}].{k}": PRECISE for i in range(5) for k in (1, 2)})
    out.append(encode(raw("cartolite", f"{CT}/v1/geofence/trail", data,
                          "application/x-protobuf", lab), "br"))
    # negatives: a vector tile and a static map of a venue the user looked at
    out.append(case("cartolite", f"{CT}/tiles/v3/15/9650/12318.pbf", query={"key": PK}))
    out.append(case("cartolite", f"{CT}/v1/static", query={
        "center": "40.750504,-73.993439", "zoom": "16", "size": "600x300", "key": PK}))
    return out


def devprint() -> list[Case]:
    rng = random.Random(17014)
    out = []
    sid = rnd_uuid(rng)
    acc: Acc = {}
    x = chain({"sim": {"op": L("Example Mobile", CARRIER), "iso": L("us", CARRIER),
                       "iccid": L(ICCID, SIM), "imsi": L(IMSI, SIM)},
               "wifi": {"bssid": L(BSSID, WIFI), "ssid": L(SSID, WIFI)},
               "hw": {"serial": L(SERIAL, HW), "mac": L(MAC_PLAIN, HW)}},
              "body", "p.x", ["hex"], acc)
    p = chain({"aid": L(ANDROID_ID, DID), "gaid": L(GAID, ADID),
               "gsf": L("3a8c1f0e9b2d4c67", DID), "drm": L(rnd_hex(rng, 64), DID),
               "fp": L("google/shiba/shiba:14/AP2A.240905.003/12231197:user/release-keys", DEV),
               "sensors": L(["accel-0 (400 Hz)", "gyro-0 (400 Hz)", "prox-0"], DEV),
               "root": L(False, DEV), "emu": L(False, DEV), "ipPub": L(PUBLIC_IP, IPLOC),
               "ipLan": L(LOCAL_IP, DEV), "apps": L(["com.example.shopnest",
                                                     "com.example.fastcash"], APPS),
               "boot": 1764700000, "fonts": rnd_hex(rng, 16), "canvas": rnd_hex(rng, 32),
               "x": x}, "body", "p", ["b64"], acc)
    out.append(add(case("devprint", f"{DP}/v4/collect", body={"v": 4, "sid": sid, "p": p}),
                   acc))
    dw, fl = dwell_flight(rng, 14)
    out.append(case("devprint", f"{DP}/v4/behav", fmt="msgpack", body={
        "sid": sid, "pw": {"dwell": L(dw, KEYS), "flight": L(fl, KEYS)},
        "em": {"ev": L(keys(rng, EMAIL), f"{KEYS}|{MAIL}")}, "touch": L(swipe(rng, 12), MOTION),
        "acc": L(imu(rng, 16), MOTION), "paste": 0, "ttsMs": L(sum(fl) + sum(dw), KEYS)}))
    out.append(case("shopnest", "https://api.shopnest.example.com/v2/login", headers={
        "X-DP-Token": L("dpt." + rnd_hex(rng, 48), CRED), **device_headers()}, body={
        "email": L(EMAIL, MAIL), "password": L("Sunflower!2024", CRED)}))
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 50122 typ host generation 0"
    out.append(case("devprint", f"{DP}/v4/net", body={
        "sid": sid, "cands": [L(host, DEV), L(srflx(50122), f"{IPLOC}|{DEV}"), relay()],
        "stun": "stun.devprint.example.net:3478"}))
    out.append(case("devprint", f"{DP}/v4/velocity", body={
        "event": "signup", "em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL),
        "dfp": L(rnd_hex(rng, 32), DID), "ipn": L(IP_INT, IPLOC), "sid": sid}))
    lab: dict[str, str] = {}
    scan = [(3, [(1, b), (2, -40 - 7 * i)]) for i, b in enumerate(
        [BSSID, "f0:9f:c2:aa:10:01", "f0:9f:c2:aa:10:02"])]
    data = pb([(1, L(ANDROID_ID, DID)), (2, L(IP_INT, IPLOC)), *scan,
               (4, [(1, L(MCCMNC, CARRIER)), (2, L("Example Mobile", CARRIER))])], "", lab)
    lab.update({f"3[{i}].1": WIFI for i in range(3)})
    out.append(encode(raw("devprint", f"{DP}/v4/c", data, "application/x-protobuf", lab),
                      "deflate"))
    return out


def more() -> list[Case]:
    """Reverse geocoding at 2, 4 and 5 decimals (the last as ``lon,lat``) and a chat history
    in which only the visitor's messages are the user's."""
    rng = random.Random(17023)
    out = []
    for nd, k in ((2, "latlng"), (4, "latlng"), (5, "lonlat")):
        pos = ll(nd) if k == "latlng" else f"{round(LON, nd):.{nd}f},{round(LAT, nd):.{nd}f}"
        out.append(case("cartolite", f"{CT}/v1/reverse", query={
            k: L(pos, PRECISE if nd >= 3 else COARSE), "key": PK, "types": "address"}))
    acc: Acc = {}
    chat = [("visitor", "hi again, still no package"),
            ("agent", "Sorry to hear that! Let me check."),
            ("visitor", "it says delivered but nothing at my door"),
            ("agent", "I have refunded order SN-10442."), ("visitor", "ok thank you so much")]
    hist = jsonl([{"from": w, "body": L(t, TEXT) if w == "visitor" else t,
                   "agent": "Sam (support)" if w == "agent" else None, "id": rnd_hex(rng, 10)}
                  for w, t in chat], acc)
    out.append(add(encode(raw("helpwave", f"{HW_}/history/sync", hist, "application/x-ndjson",
                              {}), "br"), acc))
    return out
