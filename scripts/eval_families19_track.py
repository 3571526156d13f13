"""Blind set nineteen, part four: ordinary third-party SDK traffic in a comics reader and a
bird-watching app, from fictional vendors in payload shapes new to the evaluation: product
analytics ("Pulseboard"), a mobile measurement partner ("Clickroute"), an ad network ("Admoor") and
remote config with experiments ("Switchyard") (see ``eval_families19.py`` for the rules of this
set, its conventions and its calls).

Pulseboard: event batches whose properties are ``[key, value]`` pairs (the value labelled by the
key beside it), an envelope carrying gzip+base64 JSON in a field, an identity cookie (base64url
JSON: base64 of the e-mail's SHA-256 digest), super-properties in a header (base64 JSON), a GET
beacon with zlib+base64url JSON, screen timings (msgpack, gzip), a tap heat map of grid cells.
Clickroute: an install (GAID upper case without dashes, base64 Android ID, the IMEI without its
check digit, zero-padded IP), a session (form), a revenue event with upper-case SHA-1 e-mail and
SHA-256 of the phone's ten digits, a deep link (base64 user ID in the link's query), an uninstall
token, a fingerprint match, ad revenue and a conversion update. Admoor: an ad request as base64url
protobuf in a query parameter (2-decimal doubles), a bid request (gzip; NAT64 address, 3-decimal
geo, year of birth), impression and click beacons, a rewarded callback URL, an SDK init (br;
``lat`` the limit-ad-tracking flag), an ad report, an impression beacon carrying zlib+hex JSON in a
query parameter. Switchyard: fetches (query; JSON context), exposures (JSON Lines, deflate), a
signed context JWT in a query parameter (no credential), definitions. ``more()``: per-record
context batches (JSON Lines, zstd and gzip; a top-level array, gzip), advanced matching (MD5
e-mail, SHA-512 and base64 phone, SHA-256 of a first name), an alias (query) and user attributes as
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
    DEV,
    DID,
    EMAIL_MD5,
    GAID_MD5,
    GENDER,
    HW,
    IP_TRUNC,
    IPLOC,
    MAIL,
    MCCMNC,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_camel,
    device_snake,
    encode,
    jsonl,
    pbu,
    push_token,
    raw,
    sha,
)
from eval_families18_kit import PHONE_SHA512, sjwt
from eval_families19_kit import (
    AID_B64,
    EMAIL_SHA1_UPPER,
    EMAIL_SHA256_B64,
    GAID_NODASH_UPPER,
    IMEI14,
    IP_NAT64,
    IP_PADDED,
    OP_SLUG,
    PHONE_B64,
    PHONE_DIGITS_SHA256,
    USER_B64,
)
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

PB = "https://in.pulseboard.example.com/v3"
CR = "https://app.clickroute.example.net"
AM = "https://ads.admoor.example.org"
SY = "https://cfg.switchyard.example.com/v2"
WK = "pb_wk_c41e07"


def pulseboard() -> list[Case]:
    rng = random.Random(19021)
    out = []
    out.append(case("pulseboard", f"{PB}/batch", body={"wk": WK, "u": {
        "iid": L(INSTALL_ID, DID), "uid": L(USER_ID, UID)}, "evs": [
        {"n": L("comic_open", USAGE), "ts": 1765100000, "p": [["series", "s_221"], ["page", 4]]},
        {"n": L("signup", USAGE), "ts": 1765100050, "p": [["email", L(EMAIL, MAIL)],
                                                          ["method", "email"]]},
        {"n": L("purchase", USAGE), "ts": 1765100090, "p": [["sku", L("coins_500", BUY)],
                                                            ["amount", L(4.99, BUY)],
                                                            ["currency", "USD"]]},
        {"n": L("search", USAGE), "ts": 1765100120, "p": [["q", L("moth queen", "behavior.search")],
                                                          ["results", 7]]}]}))
    acc: Acc = {}
    env = chain({"ctx": {**device_snake(), "carrier": {"mcc": L("310", CARRIER),
                                                       "mnc": L("260", CARRIER)}},
                 "iid": L(INSTALL_ID, DID),
                 "evs": [{"n": L("page_turn", USAGE), "c": 38}, {"n": L("chapter_end", USAGE)}]},
                "body", "p", ["gz", "b64"], acc)
    out.append(add(case("pulseboard", f"{PB}/env", body={"v": 2, "enc": "gzip+b64", "p": env,
                                                          "wk": WK}), acc))
    acc = {}
    ck = chain({"iid": L(INSTALL_ID, DID), "em": L(EMAIL_SHA256_B64, MAIL), "v": 1}, "cookie",
               "pb_id", ["b64url"], acc)
    out.append(add(case("pulseboard", f"{PB}/e", cookies={"pb_id": ck}, query={
        "e": L("screen", USAGE), "s": L("Reader", USAGE), "wk": WK}), acc))
    acc = {}
    sup = chain({"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                 "op": L(OP_SLUG, CARRIER), "simcc": L("us", CARRIER), "app": "4.2.0"},
                "header", "x-pb-super", ["b64"], acc)
    out.append(add(case("pulseboard", f"{PB}/track", headers={"X-PB-Super": sup}, body={
        "n": L("bookmark_add", USAGE), "iid": L(INSTALL_ID, DID), "p": [["series", "s_221"]]}),
        acc))
    acc = {}
    d = chain({"iid": L(INSTALL_ID, DID), "e": L("app_open", USAGE), "ip": L(PUBLIC_IP, IPLOC),
               "tz": L("America/New_York", DEV)}, "query", "d", ["z", "b64url"], acc)
    out.append(add(case("pulseboard", f"{PB}/px", query={"d": d, "wk": WK}), acc))
    screens = [("Library", 41000), ("Reader", 603000), ("Store", 22000), ("Reader", 311000)]
    out.append(encode(case("pulseboard", f"{PB}/screens", fmt="msgpack", body={
        "iid": L(INSTALL_ID, DID), "wk": WK,
        "s": [{"n": L(n, USAGE), "d": L(ms, USAGE)} for n, ms in screens]}), "gzip"))
    out.append(case("pulseboard", f"{PB}/heat", body={
        "s": L("Reader", USAGE), "cells": [[r, c, rng.randrange(1, 30)] for r in range(3)
                                           for c in range(4)], "vw": 12, "vh": 20, "wk": WK}))
    return out


def clickroute() -> list[Case]:
    rng = random.Random(19022)
    out = []
    out.append(case("clickroute", f"{CR}/install", body={
        "gaid": L(GAID_NODASH_UPPER, ADID), "andi": L(AID_B64, DID), "imei14": L(IMEI14, HW),
        "ref": "utm_source=birdads&utm_campaign=spring_migration", "click_ts": 1765090000,
        "install_ts": 1765090400, "ip": L(IP_PADDED, IPLOC), "ua": L(UA, DEV),
        "cr_uid": L(INSTALL_ID, DID), "app": "com.example.birdwise"}))
    out.append(case("clickroute", f"{CR}/session", fmt="form", body={
        "cr_uid": L(INSTALL_ID, DID), "n": L("12", USAGE), "ip": L(PUBLIC_IP, IPLOC),
        "op": L("Example Mobile", CARRIER), "app": "com.example.birdwise"}))
    out.append(case("clickroute", f"{CR}/event", body={
        "ev": L("subscribe", USAGE), "rev": L(5.99, BUY), "cur": "USD",
        "order": L("GPA.3391-2207-5510-80121", BUY), "cr_uid": L(INSTALL_ID, DID),
        "em_sha1": L(EMAIL_SHA1_UPPER, MAIL), "ph_sha256": L(PHONE_DIGITS_SHA256, TEL),
        "sig": rnd_hex(rng, 64)}))
    out.append(case("clickroute", f"{CR}/open", query={
        "url": U("https://birdwise.example.com/s/list/8812", {
            "ref_uid": L(USER_B64, UID), "utm_campaign": "share_list"}),
        "cr_uid": L(INSTALL_ID, DID), "t": "1765091000"}))
    out.append(case("clickroute", f"{CR}/uninstall", body={
        "cr_uid": L(INSTALL_ID, DID), "push": L(push_token(rng), DID),
        "app": "com.example.birdwise"}))
    out.append(case("clickroute", f"{CR}/match", body={
        "ipv4": L(PUBLIC_IP, IPLOC), "lang": L("en-US", DEV), "sw": L(1080, DEV),
        "sh": L(2400, DEV), "model": L("Pixel 8", DEV), "click": "clk_" + rnd_hex(rng, 20)}))
    out.append(case("clickroute", f"{CR}/adrev", body={
        "cr_uid": L(INSTALL_ID, DID), "network": "admoor", "rev": 0.0123, "unit": "banner_1"}))
    out.append(case("clickroute", f"{CR}/cv", body={
        "cr_uid": L(INSTALL_ID, DID), "cv": 23, "coarse": "high", "window": 2}))
    return out


def admoor() -> list[Case]:
    rng = random.Random(19023)
    out = []
    acc: Acc = {}
    r = pbu([(1, L(GAID, ADID)), (2, [(1, L("Pixel 8", DEV)), (2, L("14", DEV))]),
             (3, [(1, L(round(LAT, 2), COARSE)), (2, L(round(LON, 2), COARSE))]),
             (4, L(MCCMNC, CARRIER)), (5, "slot_reader_b")], "query", "r", acc)
    out.append(add(case("admoor", f"{AM}/v1/ad", query={"r": r, "k": "am_app_71c2"}), acc))
    out.append(encode(case("admoor", f"{AM}/v2/bid", body={
        "id": rnd_uuid(rng), "imp": [{"tag": "reader_mrec", "floor": 0.6, "w": 300, "h": 250}],
        "app": {"bundle": "com.example.panelry", "ver": "4.2.0"},
        "dev": {"ifa": L(GAID, ADID), "ipv6": L(IP_NAT64, IPLOC), "os": L("android", DEV),
                "osv": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                "mccmnc": L("310-260", CARRIER),
                "geo": {"lat": L(round(LAT, 3), PRECISE), "lon": L(round(LON, 3), PRECISE),
                        "type": 1}},
        "user": {"yob": L(1991, BIRTH), "gender": L("F", GENDER), "kw": "comics,fantasy"},
        "regs": {"gpp": "DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA", "coppa": 0}}),
        "gzip"))
    acc = {}
    x = chain({"ifa": L(GAID, ADID), "op": L("Example Mobile", CARRIER), "fmt": "mrec"},
              "query", "x", ["z", "hex"], acc)
    out.append(add(case("admoor", f"{AM}/v1/imp", query={
        "imp": rnd_hex(rng, 16), "cpm": "1.42", "cr": "cr_" + rnd_hex(rng, 6),
        "ts": "1765100400", "x": x}), acc))
    out.append(case("admoor", f"{AM}/v1/click", query={
        "imp": rnd_hex(rng, 16), "x": "512", "y": "1344", "dwell": "2300"}))
    out.append(case("admoor", f"{AM}/v1/reward", query={
        "cb": U("https://panelry.example.com/ssv", {"user_id": L(USER_ID, UID),
                                                     "reward": "coins_50"}),
        "sig": rnd_hex(rng, 40)}))
    out.append(encode(case("admoor", f"{AM}/v1/init", body={
        "appKey": "am_app_71c2", "iid": L(INSTALL_ID, DID), "gaid_md5": L(GAID_MD5, ADID),
        "lat": False, "dev": device_camel(), "units": ["reader_mrec", "banner_1"]}), "br"))
    out.append(case("admoor", f"{AM}/v1/report", body={
        "cr": "cr_" + rnd_hex(rng, 6), "reason": "misleading",
        "comment": L("ad says free but then asks for a card", TEXT), "iid": L(INSTALL_ID, DID)}))
    return out


def switchyard() -> list[Case]:
    rng = random.Random(19024)
    out = []
    out.append(case("switchyard", f"{SY}/fetch", query={
        "iid": L(INSTALL_ID, DID), "sim": L("us", CARRIER), "v": "5.1.0",
        "platform": L("android", DEV), "k": "sy_sdk_0a93"}))
    out.append(case("switchyard", f"{SY}/fetch", body={
        "iid": L(INSTALL_ID, DID), "k": "sy_sdk_0a93", "etag": rnd_hex(rng, 12),
        "attrs": {"age": L(34, BIRTH), "premium": True, "city": L("Brooklyn", COARSE)}}))
    acc: Acc = {}
    exps = [("map_v2", "b"), ("onboard_short", "control"), ("paywall_7", "a"), ("feed_rank", "c"),
            ("map_v2", "b"), ("dark_icons", "on")]
    lines = jsonl([{"flag": f, "var": v, "iid": L(INSTALL_ID, DID), "t": 1765100500 + i}
                   for i, (f, v) in enumerate(exps)], acc)
    out.append(add(encode(raw("switchyard", f"{SY}/exposures", lines, "application/x-ndjson",
                              {}), "deflate"), acc))
    acc = {}
    ctx = sjwt({"iid": L(INSTALL_ID, DID), "ip": L(IP_TRUNC, IPLOC), "simcc": L("US", CARRIER),
                "tier": "free"}, "query", "ctx", acc)
    out.append(add(case("switchyard", f"{SY}/fetch", query={"ctx": ctx, "app": "birdwise"}),
                   acc))
    out.append(case("switchyard", f"{SY}/definitions", query={
        "env": "prod", "salt": sha("sha256", "map_v2"), "v": "5.1.0", "k": "sy_sdk_0a93"}))
    return out


def more() -> list[Case]:
    """Context repeated per record: an analytics queue and MMP events."""
    rng = random.Random(19025)
    out = []
    acc: Acc = {}
    evs = ["app_open", "list_view", "bird_id_start", "bird_id_done", "sighting_add", "map_open",
           "list_view", "share", "app_background", "app_open", "sighting_add", "app_background",
           "app_open", "library_open", "comic_open", "page_turn", "page_turn", "chapter_end",
           "store_open", "app_background"]
    lines = jsonl([{"n": L(e, USAGE), "iid": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
                    "op": L("Example Mobile", CARRIER), "ts": 1765110000 + 40 * i,
                    "id": rnd_hex(rng, 12)} for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("pulseboard", f"{PB}/q", lines, "application/x-ndjson", {},
                              headers={"X-PB-Key": WK}), "zstd"), acc))
    out.append(encode(case("clickroute", f"{CR}/events", body=[
        {"ev": L(e, USAGE), "cr_uid": L(INSTALL_ID, DID), "gaid": L(GAID, ADID),
         "ip": L(IP_PADDED, IPLOC), "n": rnd_hex(rng, 10)}
        for e in ["tutorial_done", "list_create", "trial_start", "level_3", "share",
                  "trial_convert", "list_create", "invite_sent"]]), "gzip"))
    acc = {}
    lines = jsonl([{"imp": rnd_hex(rng, 16), "ifa": L(GAID, ADID), "ip": L(PUBLIC_IP, IPLOC),
                    "op": L("Example Mobile", CARRIER), "geo": L(f"{LAT:.2f},{LON:.2f}", COARSE),
                    "cpm": round(rng.uniform(0.3, 2.5), 2), "unit": "reader_mrec"}
                   for _ in range(8)], acc)
    out.append(add(encode(raw("admoor", f"{AM}/v1/imps", lines, "application/x-ndjson", {}),
                          "gzip"), acc))
    out.append(case("clickroute", f"{CR}/match/advanced", body={
        "cr_uid": L(INSTALL_ID, DID), "em_md5": L(EMAIL_MD5, MAIL),
        "ph_sha512": L(PHONE_SHA512, TEL), "ph_b64": L(PHONE_B64, TEL),
        "fn_sha256": L(sha("sha256", "jane"), NAMEC), "zip": L("11211", COARSE)}))
    out.append(case("pulseboard", f"{PB}/alias", query={
        "from": L(INSTALL_ID, DID), "to": L(USER_ID, UID), "wk": WK}))
    out.append(case("switchyard", f"{SY}/user", fmt="form", body={
        "iid": L(INSTALL_ID, DID), "k": "sy_sdk_0a93", "attrs": W({
            "em": L(EMAIL_SHA256_B64, MAIL), "country": L("US", COARSE), "plan": "free",
            "birth_year": L(1991, BIRTH)}, "json")}))
    return out
