"""Blind set nineteen, part five: more ordinary third-party SDK traffic from fictional vendors, in
shapes new to the evaluation: crash reporting ("Bugbarn"), consent ("Agreeable"), push ("Chimeup"),
payments ("Coinlane") and maps ("Mapwright"), in the comics reader and the bird-watching app of
``eval_families19_track.py`` (see ``eval_families19.py`` for the rules of this set, its conventions
and its calls).

Bugbarn: a crash (gzip; an exception value quoting the national phone number, the user's e-mail and
IP, breadcrumbs, a captured URL with the percent-encoded e-mail), an ANR (multipart: a JSON report
and a log quoting a ``"lat,lon"``), a release-health session (form), feedback (multipart: a
screenshot), a mapping upload, a handled error quoting a position (msgpack), breadcrumbs (JSON
Lines, br). Agreeable: a consent save with the IP and the User-Agent as proof, a cross-device sync
by upper-case SHA-1 and SHA-512 of the e-mail, a status check with ``Sec-GPC``, an access request
with a one-time code (form), a banner beacon. Chimeup: a registration with tags as a JSON string,
an open receipt (form), a geofence entry, an unregister with the token in the URL path, an in-app
message click. Coinlane: card tokenisation (form: number, expiry, CVC, name, ZIP), 3-D Secure
device data (base64url JSON in a field: the IP, the UTC offset, the screen), a confirmation whose
``mcc`` is a merchant category code, a wallet token, a risk beacon (operator slug, zero-padded IP),
a receipt e-mail. Mapwright: autocomplete of the user's street, a reverse geocode, a walking route
(origin and destination), telemetry in protobuf with repeated fixes (zstd); negatives: vector
tiles, a park's static map, an offline region's box. ``more()``: sessions, receipts (a top-level
array, deflate) and a consent log (JSON Lines, br) repeating context per record, a 3-D Secure
challenge code (form), a place search, user attributes as a JSON string in a form field (the phone
with a parenthesised area code), a navigation session with fixes. Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_PCT,
    EMAIL_SHA512,
    EMAIL_UPPER,
    IP_TRUNC,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_snake,
    encode,
    jsonl,
    ll,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_SHA1_UPPER, IP_PADDED, OP_SLUG, PHONE_PAREN
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

BB = "https://r.bugbarn.example.net/api/5"
AG = "https://cmp.agreeable.example.com/v1"
CU = "https://api.chimeup.example.org/v3"
CL = "https://api.coinlane.example.com/v1"
MW = "https://api.mapwright.example.org"
BKEY = {"X-Bugbarn-Auth": "bb_key=bb_pub_5e1f, bb_client=android/3.4.0"}


def bugbarn() -> list[Case]:
    rng = random.Random(19031)
    out = []
    frames = [{"fn": f"com.example.panelry.r{i}", "ln": rng.randrange(10, 800)} for i in range(5)]
    out.append(encode(case("bugbarn", f"{BB}/store", headers=BKEY, body={
        "event_id": rnd_hex(rng, 32), "release": "4.2.0",
        "exc": {"type": "NumberFormatException",
                "value": L(f'For input string: "{NATIONAL}"', TEL), "frames": frames},
        "user": {"id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                 "ip_address": L(PUBLIC_IP, IPLOC)},
        "contexts": {"device": {"model": L("Pixel 8", DEV), "arch": L("arm64-v8a", DEV),
                                "memory_size": L(8035000000, DEV), "battery": L(71, DEV)},
                     "os": {"version": L("14", DEV)}},
        "crumbs": [{"cat": "ui", "msg": L("Library", USAGE)}, {"cat": "ui", "msg": L(
            "Checkout", USAGE)}, {"cat": "http", "msg": "POST /v1/orders 500"},
            {"cat": "http", "msg": L(f"GET /v1/account?email={EMAIL_PCT}", MAIL)}]}), "gzip"))
    log = (f"12-07 08:01:12.330 D/Geo: last fix {ll(5)} acc=9\n"
           "12-07 08:01:17.512 W/Main: input dispatching timed out\n")
    out.append(multipart("bugbarn", f"{BB}/anr", [
        ("report", None, "application/json", {"thread": "main", "blocked_ms": 5200,
                                              "id": rnd_uuid(rng)}),
        ("log", "anr.txt", "text/plain", L(log, PRECISE)),
    ], headers=BKEY))
    out.append(case("bugbarn", f"{BB}/session", fmt="form", headers=BKEY, body={
        "sid": rnd_uuid(rng), "status": "ok", "duration": L("641", USAGE),
        "did": L(INSTALL_ID, DID), "rel": "4.2.0"}))
    out.append(multipart("bugbarn", f"{BB}/feedback", [
        ("fb", None, "application/json", {
            "comment": L("page 12 keeps going blank after the update", TEXT),
            "email": L(EMAIL_UPPER, MAIL), "name": L("Jane Doe", NAMEC)}),
        ("shot", "screen.jpg", "image/jpeg", L(JPEG + b"\xc1" * 12, MEDIA)),
    ], headers=BKEY))
    out.append(multipart("bugbarn", f"{BB}/mapping", [
        ("meta", None, "application/json", {"build": "4.2.0", "uuid": rnd_uuid(rng)}),
        ("map", "mapping.txt", "text/plain",
         "com.example.panelry.Reader -> a.b:\n    void open() -> a\n"),
    ], headers=BKEY))
    out.append(case("bugbarn", f"{BB}/handled", fmt="msgpack", headers=BKEY, body={
        "msg": L(f"reverse geocode failed for {LAT:.4f},{LON:.4f}", PRECISE),
        "did": L(INSTALL_ID, DID), "lvl": "warning", "id": rnd_hex(rng, 32)}))
    acc: Acc = {}
    crumbs = ["Library", "Series", "Reader", "Reader", "Store", "Checkout", "Reader", "Settings"]
    lines = jsonl([{"s": L(s, USAGE), "did": L(INSTALL_ID, DID), "t": 1765120000 + 9 * i}
                   for i, s in enumerate(crumbs)], acc)
    out.append(add(encode(raw("bugbarn", f"{BB}/crumbs", lines, "application/x-ndjson", {},
                              headers=BKEY), "br"), acc))
    return out


def agreeable() -> list[Case]:
    rng = random.Random(19032)
    out = []
    cid = rnd_uuid(rng)
    out.append(case("agreeable", f"{AG}/save", body={
        "cid": L(cid, DID), "tcf": "CQbW9YAQbW9YAAKA1AENBXFsAP_gAEPgAAqIKYtV_G__bWlr8X7",
        "purposes": [1, 2, 7], "proof": {"ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV)},
        "region": L("US-NY", COARSE), "ts": 1765120100, "ui": "ui_12"}))
    out.append(case("agreeable", f"{AG}/sync", body={
        "em_sha1": L(EMAIL_SHA1_UPPER, MAIL),
        "em_sha512": L(EMAIL_SHA512, MAIL), "cid": L(cid, DID), "policy": "2025-11"}))
    out.append(case("agreeable", f"{AG}/status", headers={"Sec-GPC": "1"}, query={
        "cid": L(cid, DID), "v": "ui_12"}))
    out.append(case("agreeable", f"{AG}/dsar", fmt="form", body={
        "email": L(EMAIL, MAIL), "code": L("552190", CRED), "type": "access"}))
    out.append(case("agreeable", f"{AG}/b", query={
        "cid": L(cid, DID), "ev": L("banner_shown", USAGE), "ui": "ui_12", "r": rnd_hex(rng, 8)}))
    return out


def chimeup() -> list[Case]:
    rng = random.Random(19033)
    out = []
    tk = push_token(rng)
    out.append(case("chimeup", f"{CU}/devices", body={
        "token": L(tk, DID), "lang": L("en", DEV), "tz": L("America/New_York", DEV),
        "tags": W({"city": L("Brooklyn", COARSE), "last_buy": L("2025-12-01", BUY),
                   "fav_bird": "kestrel", "lists": 6}, "json"), "app": "birdwise"}))
    out.append(case("chimeup", f"{CU}/receipts", fmt="form", body={
        "msg": "m_" + rnd_hex(rng, 8), "ev": L("opened", USAGE), "dev": L(tk[:22], DID)}))
    out.append(case("chimeup", f"{CU}/geofence", body={
        "dev": L(tk[:22], DID), "fence": "gf_prospect_park", "ev": "enter",
        "lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE), "acc": 14}))
    c = case("chimeup", f"{CU}/devices/{tk}/unregister", body={"reason": "logout"})
    c.labels[("url", "path[2]")] = DID
    out.append(c)
    out.append(case("chimeup", f"{CU}/iam", body={
        "iam": "iam_" + rnd_hex(rng, 6), "btn": "cta_1", "ev": L("click", USAGE),
        "dev": L(tk[:22], DID)}))
    return out


def coinlane() -> list[Case]:
    rng = random.Random(19034)
    out = []
    out.append(case("coinlane", f"{CL}/tokens", fmt="form", body={
        "card[number]": L("4242424242424242", PAY), "card[exp_month]": L("09", PAY),
        "card[exp_year]": L("2029", PAY), "card[cvc]": L("314", PAY),
        "card[name]": L("Jane Doe", NAMEC), "card[address_zip]": L("11211", COARSE),
        "key": "cl_pk_live_7Q2x", "guid": L(INSTALL_ID, DID)}))
    acc: Acc = {}
    sdk = chain({"ip": L(PUBLIC_IP, IPLOC), "tz": L(-300, DEV), "sw": L(1080, DEV),
                 "sh": L(2400, DEV), "lang": L("en-US", DEV), "app": L(rnd_uuid(rng), DID)},
                "body", "sdk_data", ["b64url"], acc)
    out.append(add(case("coinlane", f"{CL}/3ds/auth", body={
        "intent": "pi_" + rnd_hex(rng, 12), "sdk_data": sdk, "ver": "2.2.0"}), acc))
    out.append(case("coinlane", f"{CL}/intents/confirm", body={
        "intent": "pi_" + rnd_hex(rng, 12), "amount": L(1299, BUY), "currency": "usd",
        "pm": L("pm_" + rnd_hex(rng, 14), PAY), "mcc": "5815",
        "descriptor": "PANELRY COMICS", "order": L("PN-77120", BUY)}))
    out.append(case("coinlane", f"{CL}/wallet", body={
        "wallet_token": L(rnd_hex(rng, 48), PAY), "last4": L("4242", PAY), "brand": "visa",
        "network": "card_network_b"}))
    out.append(case("coinlane", f"{CL}/risk", body={
        "did": L(INSTALL_ID, DID), "ip": L(IP_PADDED, IPLOC), "op": L(OP_SLUG, CARRIER),
        "rooted": L(False, DEV), "n": rnd_hex(rng, 16)}))
    out.append(case("coinlane", f"{CL}/receipts", body={
        "receipt_email": L(EMAIL, MAIL), "order": L("PN-77120", BUY), "locale": "en-US"}))
    return out


def mapwright() -> list[Case]:
    rng = random.Random(19035)
    out = []
    key = "mw_pk_9c1d20"
    out.append(case("mapwright", f"{MW}/v2/autocomplete", query={
        "q": L("350 Fifth Av", "contact.address"), "near": L(ll(2), COARSE),
        "sess": rnd_uuid(rng), "key": key}))
    out.append(case("mapwright", f"{MW}/v2/reverse", query={"latlng": L(ll(6), PRECISE),
                                                            "key": key}))
    out.append(case("mapwright", f"{MW}/v2/route", query={"key": key}, body={
        "origin": {"lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE)},
        "dest": {"lat": L(40.66212, PRECISE), "lng": L(-73.96912, PRECISE)},
        "profile": L("walking", USAGE), "alts": 2}))
    lab: dict[str, str] = {}
    tid = rnd_uuid(rng)
    fixes = [(2, [(1, round(LAT + i * 1.3e-4, 6)), (2, round(LON - i * 8e-5, 6)),
                  (3, 1765120500 + 5 * i)]) for i in range(4)]
    data = pb([(1, L(tid, DID)), *fixes, (3, "walking")], "", lab)
    lab.update({f"2[{i}].{f}": PRECISE for i in range(4) for f in (1, 2)})
    out.append(encode(raw("mapwright", f"{MW}/telemetry", data, "application/x-protobuf", lab,
                          headers={"X-MW-Key": key}), "zstd"))
    # negatives: vector tiles, a park's static map, an offline region's box
    out.append(case("mapwright", f"{MW}/tiles/v3/14/4825/6160.mvt", query={
        "key": key, "style": "outdoors", "ttl": "86400"}))
    out.append(case("mapwright", f"{MW}/v2/static", query={
        "center": "40.6602,-73.9690", "zoom": "15", "marker": "Prospect Park Audubon Center",
        "key": key}))
    out.append(case("mapwright", f"{MW}/v2/offline", body={
        "bbox": [-74.05, 40.62, -73.90, 40.72], "minz": 10, "maxz": 16, "sz": 73400320}))
    return out


def more() -> list[Case]:
    """Context repeated per record (sessions, receipts, a consent log), a challenge, user
    attributes as a JSON string in a form field, a search, a navigation session."""
    rng = random.Random(19036)
    out = []
    acc: Acc = {}
    lines = jsonl([{"sid": rnd_uuid(rng), "did": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
                    "model": L("Pixel 8", DEV), "os": L("14", DEV),
                    "dur": L(rng.randrange(30, 1800), USAGE), "status": "ok"}
                   for _ in range(8)], acc)
    out.append(add(encode(raw("bugbarn", f"{BB}/sessions", lines, "application/x-ndjson", {},
                              headers=BKEY), "gzip"), acc))
    tk = push_token(rng)[:22]
    out.append(encode(case("chimeup", f"{CU}/receipts/batch", body=[
        {"msg": "m_" + rnd_hex(rng, 8), "ev": L(e, USAGE), "dev": L(tk, DID),
         "t": 1765130000 + 60 * i}
        for i, e in enumerate(["received", "opened", "received", "dismissed", "received",
                               "opened", "received", "received"])]), "deflate"))
    acc = {}
    cid = rnd_uuid(rng)
    lines = jsonl([{"cid": L(cid, DID), "ip": L(IP_TRUNC, IPLOC), "region": L("US-NY", COARSE),
                    "choice": c, "ui": "ui_12", "t": 1765130100 + 86400 * i}
                   for i, c in enumerate(["reject_all", "custom", "custom", "accept_all",
                                          "custom", "reject_all"])], acc)
    out.append(add(encode(raw("agreeable", f"{AG}/log", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("coinlane", f"{CL}/3ds/challenge", fmt="form", body={
        "intent": "pi_" + rnd_hex(rng, 12), "otp": L("881402", CRED),
        "acs": "acs_" + rnd_hex(rng, 10)}))
    out.append(case("mapwright", f"{MW}/v2/search", query={
        "q": L("heron rookery", "behavior.search"), "near": L(ll(3), PRECISE),
        "key": "mw_pk_9c1d20"}))
    out.append(case("chimeup", f"{CU}/users/attrs", fmt="form", body={
        "dev": L(tk, DID), "attrs": W({"email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
                                       "first": L("Jane", NAMEC), "city": L("Brooklyn", COARSE),
                                       "birthday": L("1991-05-17", BIRTH)}, "json")}))
    out.append(case("mapwright", f"{MW}/nav/session", body={
        "tid": L(rnd_uuid(rng), DID), "dev": device_snake(), "fixes": [
            {"lat": L(round(LAT + i * 1.1e-4, 6), PRECISE),
             "lon": L(round(LON - i * 9e-5, 6), PRECISE), "spd": round(rng.uniform(1, 2), 2)}
            for i in range(5)]}))
    return out
