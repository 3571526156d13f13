"""Blind set seventeen, part one: a product-analytics SDK, a mobile measurement partner (MMP)
and a remote-config/A-B testing SDK, as embedded in a shopping app and a puzzle game (see
``eval_families17.py`` for the rules of this set, its conventions and its calls).

Analytics ("Tallyho", fictional): columnar batches (a ``cols`` header and positional ``rows``),
an identify call as hex of base64 JSON in a query parameter, super properties as a base64url
JSON cookie, heartbeats (form), a JSON Lines stream (br) with a search and an order, an alias,
a game's msgpack batch, an opt-out and a settings fetch. MMP ("Linkwise", fictional): an install
(form, with the Play install referrer as a query string inside a field and a body signature), an
in-app event as base64 JSON in a field with SHA-512/SHA-1 of the normalised e-mail/phone, a deep
link resolution (a URL inside a query parameter), a probabilistic match with an IPv4-mapped
address, an uninstall-tracking push token, session starts (msgpack, zstd), web-to-app with the
landing page and a web cookie, ad revenue and consent pings, a sign-in attribute call. Remote
config ("Flagpole", fictional): a GraphQL query with a targeting context, a GET with a base64url
JSON context, exposures (JSON Lines, br), a goal, a stream subscription keyed by the SHA-256 of
the install ID, a definitions fetch. ``more()``: attribution events with the advertising ID in
four forms, a news app's columnar batch (deflate), an offline queue (JSON Lines, gzip) that
repeats IP and operator per record, two more targeting contexts (one msgpack, br). Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADID,
    BIRTH,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    E164,
    EMAIL_MD5,
    EMAIL_SHA1,
    EMAIL_SHA256,
    EMAIL_SHA512,
    EMAIL_UPPER,
    GAID_MD5,
    GAID_NODASH,
    GAID_UPPER,
    GENDER,
    IID_NODASH,
    IID_SHA256,
    IP6_MAPPED,
    IPLOC,
    MAIL,
    MCCMNC,
    NAMEC,
    NATIONAL,
    PHONE_SHA1,
    PHONE_SHA256,
    SEARCH,
    TEL,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_abbrev,
    enc,
    encode,
    jsonl,
    push_token,
    raw,
    sha,
)
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

TH = "https://in.tallyho.example.com/c/v2"
LW = "https://s2s.linkwise.example.net/v3"
FP = "https://edge.flagpole.example.org"
WK = "th_pub_4f1a9c20"


def _rows(rng: random.Random, evs: list[tuple[str, str, int]], t0: int) -> list[list[object]]:
    """Positional rows under ``cols = [e, t, s, d, eid]``: event, time, screen, screen time."""
    return [[L(e, USAGE), t0 + 7 * i, L(s, USAGE), L(d, USAGE) if d else 0, rnd_hex(rng, 12)]
            for i, (e, s, d) in enumerate(evs)]


def tallyho() -> list[Case]:
    rng = random.Random(17001)
    out = []
    cols = ["e", "t", "s", "d", "eid"]
    shop = [("app_open", "Launch", 0), ("screen_view", "Home", 5400),
            ("screen_view", "Search", 2100), ("tap_product", "Search", 0),
            ("screen_view", "Product", 8800), ("add_to_cart", "Product", 0),
            ("screen_view", "Cart", 3100), ("app_background", "Cart", 0)]
    out.append(case("tallyho", f"{TH}/batch", body={
        "wk": WK, "sent": 1764800100, "cols": cols, "rows": _rows(rng, shop, 1764800000),
        "ctx": {"aid": L(INSTALL_ID, DID), "uid": L(USER_ID, UID), "dev": device_abbrev(),
                "op": L("Example Mobile", CARRIER), "mccmnc": L(MCCMNC, CARRIER)}}))
    game = [("level_start", "Level12", 0), ("level_fail", "Level12", 41000),
            ("level_start", "Level12", 0), ("level_complete", "Level12", 83000),
            ("screen_view", "Shop", 6200), ("iap_view", "Shop", 0)]
    out.append(encode(case("tallyho", f"{TH}/batch", body={
        "wk": "th_pub_0b77e1d3", "cols": cols, "rows": _rows(rng, game, 1764801000),
        "ctx": {"aid": L(IID_NODASH, DID), "ab": "g2", "sdk": "4.2.0"}}), "gzip"))
    acc: Acc = {}
    d = chain({"aid": L(INSTALL_ID, DID), "uid": L(USER_ID, UID), "traits": {
        "em": L(EMAIL_SHA256, MAIL), "ph": L(E164, TEL), "name": L("Jane Doe", NAMEC),
        "city": L("New York", COARSE), "age": L(34, BIRTH), "gender": L("female", GENDER),
        "orders": L(7, BUY), "plan": "plus", "signup": "2024-03-02"}}, "query", "d",
        ["b64", "hex"], acc)
    out.append(add(case("tallyho", f"{TH}/id", query={"d": d, "wk": WK, "_": "1764800200"}),
                   acc))
    acc = {}
    sp = chain({"aid": L(INSTALL_ID, DID), "utm_source": "newsletter", "first": 1764000000,
                "lib": "android"}, "cookie", "th_sp", ["b64url"], acc)
    out.append(add(case("tallyho", f"{TH}/e", cookies={"th_sp": sp, "th_u": L(USER_ID, UID)},
                        query={"e": L("wishlist_add", USAGE), "wk": WK, "p": "TR-223"}), acc))
    out.append(case("tallyho", f"{TH}/hb", fmt="form", body={
        "aid": L(INSTALL_ID, DID), "sess": rnd_uuid(rng), "len": L("331", USAGE), "fg": "1",
        "bat": L("0.64", DEV), "net": L("wifi", DEV), "wk": WK}))
    acc = {}
    lines = jsonl([
        {"e": L("search", USAGE), "aid": L(INSTALL_ID, DID),
         "p": {"q": L("trail running shoes women", SEARCH), "n": 42}},
        {"e": L("order_completed", USAGE), "aid": L(INSTALL_ID, DID),
         "p": {"order_id": L("SN-10442", BUY), "total": L(128.4, BUY), "currency": "USD",
               "items": [{"sku": "TR-223", "name": L("Trail Runner 2", BUY), "price": 89.9},
                         {"sku": "MS-7", "name": L("Merino socks 2-pack", BUY),
                          "price": 19.25}], "coupon": "SPRING10"}},
        {"e": L("share", USAGE), "aid": L(INSTALL_ID, DID), "p": {"to": "messages"}},
        {"e": L("push_opt_in", USAGE), "aid": L(INSTALL_ID, DID), "p": {}}], acc)
    out.append(add(encode(raw("tallyho", f"{TH}/stream", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("tallyho", f"{TH}/alias", fmt="form", body={
        "from": L(INSTALL_ID, DID), "to": L(USER_ID, UID), "wk": WK}))
    out.append(case("tallyho", f"{TH}/people/set_once", body={
        "uid": L(USER_ID, UID), "$first_name": L("Jane", NAMEC), "$last_name": L("Doe", NAMEC),
        "$phone": L(NATIONAL, TEL), "$email": L(EMAIL_UPPER, MAIL),
        "birthday": L("1991-05-17", BIRTH), "$created": "2024-03-02T10:11:00Z"}))
    out.append(case("tallyho", f"{TH}/m", fmt="msgpack", body={
        "aid": L(INSTALL_ID, DID), "wk": "th_pub_0b77e1d3",
        "evs": [{"n": L(n, USAGE), "lvl": 12 + i, "stars": 3, "seed": rnd_hex(rng, 8)}
                for i, n in enumerate(["level_complete", "booster_used", "level_complete"])]}))
    out.append(case("tallyho", f"{TH}/optout", query={"aid": L(IID_NODASH.upper(), DID),
                                                      "wk": WK}))
    # negative: the settings fetch (write key, version, ETag, sampling)
    out.append(case("tallyho", f"{TH}/settings", headers={"If-None-Match": 'W/"a81c0f"'},
                    query={"wk": WK, "v": "4.2.0", "sample": "1.0", "flush": "30"}))
    return out


def linkwise() -> list[Case]:
    rng = random.Random(17002)
    out = []
    ref = "utm_source=adnook&utm_medium=cpi&utm_campaign=spring_sale&lw_click=ck_" + rnd_hex(
        rng, 16)
    out.append(case("linkwise", f"{LW}/install", fmt="form", body={
        "lw_key": "lwk_pub_77c2", "lw_uid": L(INSTALL_ID, DID), "gaid": L(GAID, ADID),
        "aid": L(ANDROID_ID, DID), "ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV),
        "referrer": ref, "click_ts": "1764790011", "install_begin_ts": "1764790090",
        "carrier": L("Example Mobile", CARRIER), "sim_iso": L("us", CARRIER),
        "lang": L("en-US", DEV), "model": L("Pixel 8", DEV), "osv": L("14", DEV),
        "first": "1", "sig": sha("sha256", "install-" + rnd_hex(rng, 8))}))
    acc: Acc = {}
    p = enc({"name": L("purchase", USAGE), "revenue": L(128.4, BUY), "currency": "USD",
             "order_id": L("SN-10442", BUY), "em": L(EMAIL_SHA512, MAIL),
             "ph": L(PHONE_SHA1, TEL), "gaid": L(GAID_UPPER, ADID),
             "lw_uid": L(INSTALL_ID, DID)}, "body", "payload", "b64", acc)
    out.append(add(case("linkwise", f"{LW}/event", body={
        "payload": p, "sig": rnd_hex(rng, 64), "ts": 1764800300, "v": "6.1.2"}), acc))
    out.append(case("linkwise", f"{LW}/dl/resolve", query={
        "link": "https://go.shopnest.example.com/reset?email=jane.doe%40example.org&src=mail",
        "gaid": L(GAID, ADID), "t": "1764800400"}))
    out[-1].labels[("query", "link.email")] = MAIL
    out.append(case("linkwise", f"{LW}/match", body={
        "ip": L(IP6_MAPPED, IPLOC), "ua": L(UA, DEV), "lang": L("en-US", DEV),
        "tz": L("America/New_York", DEV), "sw": L(1080, DEV), "sh": L(2400, DEV),
        "click": "ck_" + rnd_hex(rng, 16), "ts": 1764790100}))
    out.append(case("linkwise", f"{LW}/uninstall/token", body={
        "lw_uid": L(IID_NODASH.upper(), DID), "push": L(push_token(rng), DID),
        "app": "com.example.shopnest"}))
    for n in range(2):
        out.append(encode(case("linkwise", f"{LW}/session", fmt="msgpack", body={
            "lw_uid": L(INSTALL_ID, DID), "gaid_md5": L(GAID_MD5, ADID),
            "sess_n": L(14 + n, USAGE), "prev_len": L(420 - 95 * n, USAGE),
            "mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "bat": L(64 - n, DEV),
            "t": 1764800500 + n * 3600, "nonce": rnd_hex(rng, 16)}), "zstd"))
    out.append(case("linkwise", f"{LW}/w2a", cookies={"_lwc": L(
        f"LW1.2.{rng.randrange(10**9, 10**10)}.1764700000", DID)}, query={
        "page": L("https://shopnest.example.com/sale/spring-running", BROWSE),
        "gaid": L(GAID, ADID), "btn": "open_app"}))
    out.append(case("linkwise", f"{LW}/adrevenue", body={
        "lw_uid": L(INSTALL_ID, DID), "network": "adnook", "revenue": 0.0132,
        "currency": "USD", "placement": "home_banner", "precision": "estimated"}))
    out.append(case("linkwise", f"{LW}/consent", body={
        "lw_uid": L(INSTALL_ID, DID), "gdpr_applies": False, "ad_personalization": True,
        "ad_user_data": True, "tcf": "CQH1xAAQH1xAAAcABBENBKFsAP_gAEPgAAqIKKtV_G__bWlr8X73"}))
    out.append(case("linkwise", f"{LW}/cuid", fmt="form", body={
        "lw_uid": L(INSTALL_ID, DID), "cuid": L(USER_ID, UID), "em_md5": L(EMAIL_MD5, MAIL),
        "phone": L(NATIONAL, TEL), "sig": rnd_hex(rng, 40)}))
    # negative: the SDK's link-domain list and a signed config
    out.append(case("linkwise", f"{LW}/config", query={
        "lw_key": "lwk_pub_77c2", "v": "6.1.2", "domains": "go.shopnest.example.com"}))
    return out


def flagpole() -> list[Case]:
    rng = random.Random(17003)
    out = []
    key = {"X-Flagpole-Client-Key": "fpc_live_2a9f7c11"}
    out.append(case("flagpole", f"{FP}/graphql", headers=key, body={
        "operationName": "Flags",
        "query": "query Flags($ctx: Ctx!) { flags(ctx: $ctx) { key value variant } }",
        "variables": {"ctx": {
            "key": L(INSTALL_ID, DID), "user": L(USER_ID, UID), "email": L(EMAIL_UPPER, MAIL),
            "city": L("New York", COARSE), "osVersion": L("14", DEV), "appVersion": "8.3.0",
            "ltv": L(182.4, BUY), "orders": L(7, BUY), "birthYear": L(1991, BIRTH),
            "beta": True}}}))
    acc: Acc = {}
    ctx = chain({"k": L(INSTALL_ID, DID), "locale": L("en-US", DEV), "lat": L(40.74, COARSE),
                 "lon": L(-73.99, COARSE), "v": "8.3.0"}, "query", "ctx", ["b64url"], acc)
    out.append(add(case("flagpole", f"{FP}/v2/config", headers={**key, "If-None-Match": '"c9"'},
                        query={"ctx": ctx, "env": "prod"}), acc))
    acc = {}
    flags = ["checkout_v3", "free_shipping_banner", "search_rerank", "onboarding_short",
             "dark_paywall"]
    lines = jsonl([{"flag": f, "variant": ["control", "treatment"][i % 2],
                    "bucket": rng.randrange(10000), "k": L(INSTALL_ID, DID),
                    "u": L(USER_ID, UID), "rule": f"r{i}", "ts": 1764800600 + i}
                   for i, f in enumerate(flags)], acc)
    out.append(add(encode(raw("flagpole", f"{FP}/v2/exposures", lines, "application/x-ndjson",
                              {}, headers=key), "br"), acc))
    out.append(case("flagpole", f"{FP}/v2/goals", headers=key, body={
        "goal": L("add_to_cart", USAGE), "value": 39.99, "k": L(INSTALL_ID, DID),
        "exp": "checkout_v3", "variant": "treatment", "id": rnd_uuid(rng)}))
    out.append(case("flagpole", f"{FP}/v2/stream", headers=key, query={
        "k": L(IID_SHA256, DID), "env": "prod", "since": "1764800000"}))
    # negative: the flag definitions (rules, percentages, a hashed salt)
    out.append(case("flagpole", f"{FP}/v2/definitions", headers=key, query={
        "env": "prod", "etag": rnd_hex(rng, 16), "salt": sha("sha256", "checkout_v3")}))
    return out


def more() -> list[Case]:
    """Attribution events with the advertising ID in four forms, an offline analytics queue
    that repeats context per record, and two more remote-config contexts."""
    rng = random.Random(17018)
    out = []
    ids = [("gaid", GAID), ("gaid", GAID_UPPER), ("gaid_nd", GAID_NODASH), ("gaid_md5", GAID_MD5)]
    evs = [("add_to_cart", 0.0), ("subscribe", 4.99), ("tutorial_complete", 0.0),
           ("level_up", 0.0)]
    for i, ((k, g), (ev, rev)) in enumerate(zip(ids, evs, strict=True)):
        body = {"lw_uid": L(INSTALL_ID, DID), k: L(g, ADID), "event": L(ev, USAGE),
                "ip": L(PUBLIC_IP, IPLOC), "ts": str(1764803000 + i), "nonce": rnd_hex(rng, 16)}
        if rev:
            body.update({"revenue": L(str(rev), BUY), "sku": L("plus_monthly", BUY)})
        out.append(case("linkwise", f"{LW}/event", fmt="form" if i % 2 else "json", body=body))
    acc: Acc = {}
    screens = ["Home", "Search", "Product", "Cart", "Checkout"]
    q = jsonl([{"e": L("screen_view", USAGE), "s": L(screens[i % 5], USAGE),
                "aid": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
                "op": L("Example Mobile", CARRIER), "t": 1764790000 + 40 * i,
                "eid": rnd_hex(rng, 12), "wk": WK} for i in range(20)], acc)
    out.append(add(encode(raw("tallyho", f"{TH}/stream", q, "application/x-ndjson", {}),
                          "gzip"), acc))
    news = [("app_open", "Launch", 0), ("screen_view", "Headlines", 12800),
            ("article_open", "Article", 0), ("screen_view", "Article", 64100),
            ("bookmark", "Article", 0), ("screen_view", "Weather", 7300),
            ("screen_view", "Headlines", 9900), ("app_background", "Headlines", 0)]
    out.append(encode(case("tallyho", f"{TH}/batch", body={
        "wk": "th_pub_77aa019e", "cols": ["e", "t", "s", "d", "eid"],
        "rows": _rows(rng, news, 1764804000),
        "ctx": {"aid": L(INSTALL_ID.upper(), DID), "ip": L(PUBLIC_IP, IPLOC),
                "tz": L("America/New_York", DEV), "lang": L("en-US", DEV)}}), "deflate"))
    key = {"X-Flagpole-Client-Key": "fpc_live_8d0e4b7a"}
    out.append(case("flagpole", f"{FP}/v2/evaluate", headers=key, body={
        "key": L(IID_NODASH, DID), "attrs": {
            "email_sha1": L(EMAIL_SHA1, MAIL), "age": L(34, BIRTH), "spend": L(23.97, BUY),
            "level": 12, "device": L("Pixel 8", DEV), "carrier": L("Example Mobile", CARRIER)},
        "flags": ["hard_mode_offer", "rewarded_x2"]}))
    out.append(encode(case("flagpole", f"{FP}/v2/evaluate", headers=key, fmt="msgpack", body={
        "key": L(INSTALL_ID, DID), "user": L(USER_ID, UID),
        "attrs": {"zip": L("10118", COARSE), "gender": L("female", GENDER),
                  "phone_sha256": L(PHONE_SHA256, TEL), "os": L("android", DEV)}}), "br"))
    return out
