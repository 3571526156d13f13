"""Blind set eighteen, part three: ordinary third-party SDK traffic in a recipe app and a word
game, from fictional vendors in payload shapes new to the evaluation: product analytics
("Strata"), a mobile measurement partner ("Tapwire"), a customer-data platform ("Mergepoint")
and remote config ("Tunebox") (see ``eval_families18.py`` for the rules of this set, its
conventions and its calls).

Strata: dictionary-encoded batches (a string table of event and screen names referenced by index
from positional rows; the same as schema-less protobuf with a repeated string field, deflate),
user-property operations (``set``/``inc``/``unset`` records whose value sits beside its key name),
session pings (form), an identity header (gzip+base64url JSON with an upper-case SHA-256 of the
e-mail and MD5 of E.164), screen timings (gzip), an opt-out keyed by SHA-256 of the Android ID and
a settings fetch. Tapwire: an install pixel (query: base64 of the advertising ID, the IP as an
integer, a clipboard click token), a deep-link open (a URL inside a parameter), an event postback
(SHA-256 advertising ID, MD5 Android ID), a re-engagement (form: Android ID upper case, MD5 of the
IMEI, SHA-1 of the MAC), an uninstall token, a fingerprint match (IP as an octet list), a
conversion-value update whose ``coarse`` is no location. Mergepoint: identity resolution, an
audience row under a schema header, a track batch (gzip) with context location and IP, an alias
(form), computed traits (the user ID in the URL path), consent purposes, a store-finder event,
traits with a postal address, a deletion request (hex e-mail), a destination config. Tunebox: a
fetch as base64url protobuf in a query parameter, conditions as a JSON string in a form field, a
realtime subscription, an activation, a signed context JWT in a header (no credential),
definitions. ``more()``: per-record context batches. Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    ADID,
    AID_MD5,
    AID_UPPER,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_UPPER,
    GAID_SHA256,
    GENDER,
    HW,
    IP_INT,
    IPLOC,
    MAC_SHA1,
    MAIL,
    MCCMNC,
    NAMEC,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_snake,
    encode,
    jsonl,
    pb,
    pbu,
    push_token,
    raw,
    sha,
)
from eval_families18_kit import (
    AID_SHA256,
    EMAIL_HEX,
    EMAIL_SHA256_UPPER,
    GAID_B64,
    IID_UPPER,
    IMEI_MD5,
    IP_OCTETS,
    PHONE_E164_MD5,
    PHONE_NOPLUS_SHA256,
    sjwt,
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

ST = "https://ingest.strata.example.com/v1"
TW = "https://t.tapwire.example.net"
MP = "https://edge.mergepoint.example.org/v2"
TB = "https://cfg.tunebox.example.com"
WK = "st_wk_9a21c0"


def _table(names: list[str], rng: random.Random) -> tuple[list[L], list[list[object]]]:
    """A string table (event and screen names) and rows ``[event, t, screen, dwell, eid]``."""
    return [L(n, USAGE) for n in names], [
        [e, 1764950000 + 7 * i, s, d, rnd_hex(rng, 10)]
        for i, (e, s, d) in enumerate([(0, -1, 0), (1, 2, 5400), (1, 4, 2100), (1, 3, 61000),
                                       (5, 3, 0), (7, -1, 0)])]


def strata() -> list[Case]:
    rng = random.Random(18021)
    out = []
    st, rows = _table(["app_open", "screen_view", "Home", "Recipe", "Search", "recipe_save",
                       "Cart", "app_background"], rng)
    body = {"k": WK, "st": st, "ev": rows, "ctx": {"iid": L(INSTALL_ID, DID),
                                                   "uid": L(USER_ID, UID), **device_snake()}}
    c = case("strata", f"{ST}/b", body=body)
    c.labels.update({("body", f"ev[{i}][3]"): USAGE for i in (1, 2, 3)})
    out.append(c)
    names = ["level_start", "screen_view", "Board", "hint_used", "level_complete", "Shop"]
    lab: dict[str, str] = {}
    data = pb([*[(1, n) for n in names], (2, [(1, 0), (2, 1764951000)]),
               (2, [(1, 1), (2, 1764951002), (3, 2)]), (2, [(1, 3), (2, 1764951090)]),
               (3, L(INSTALL_ID, DID)), (4, "2.8.0")], "", lab)
    lab.update({f"1[{i}]": USAGE for i in range(len(names))})
    out.append(encode(raw("strata", f"{ST}/pb", data, "application/x-protobuf", lab,
                          headers={"X-Strata-Key": "st_wk_41d7aa"}), "deflate"))
    out.append(case("strata", f"{ST}/u", body={"uid": L(USER_ID, UID), "iid": L(INSTALL_ID, DID),
                                               "ops": [
        {"op": "set", "k": "email", "v": L(EMAIL_UPPER, MAIL)},
        {"op": "set", "k": "first_name", "v": L("Jane", NAMEC)},
        {"op": "set", "k": "zip", "v": L("10118", COARSE)},
        {"op": "inc", "k": "recipes_saved", "v": 1}, {"op": "set", "k": "plan", "v": "free"},
        {"op": "unset", "k": "trial"}], "k": WK}))
    out.append(case("strata", f"{ST}/s", fmt="form", body={
        "iid": L(INSTALL_ID, DID), "sid": rnd_uuid(rng), "n": L("42", USAGE),
        "len": L("615", USAGE), "bg": "1", "k": WK}))
    acc: Acc = {}
    idh = chain({"uid": L(USER_ID, UID), "em": L(EMAIL_SHA256_UPPER, MAIL),
                 "ph": L(PHONE_E164_MD5, TEL)}, "header", "x-strata-identity", ["gz", "b64url"],
                acc)
    out.append(add(case("strata", f"{ST}/e", headers={"X-Strata-Identity": idh}, query={
        "e": L("recipe_share", USAGE), "k": WK, "r": "r_8812"}), acc))
    screens = [("Board", 84000), ("Hints", 6100), ("Board", 122000), ("Shop", 9400),
               ("Leaderboard", 15800)]
    out.append(encode(case("strata", f"{ST}/screens", body={
        "iid": L(IID_UPPER, DID), "k": "st_wk_41d7aa",
        "screens": [{"n": L(n, USAGE), "ms": L(ms, USAGE), "i": i}
                    for i, (n, ms) in enumerate(screens)]}), "gzip"))
    out.append(case("strata", f"{ST}/optout", query={"did": L(AID_SHA256, DID), "k": WK}))
    out.append(case("strata", f"{ST}/settings", headers={"If-None-Match": '"st-77"'},
                    query={"k": WK, "v": "2.8.0", "flushSec": "20"}))
    return out


def tapwire() -> list[Case]:
    rng = random.Random(18022)
    out = []
    out.append(case("tapwire", f"{TW}/i.gif", query={
        "gaid": L(GAID_B64, ADID), "ipn": L(str(IP_INT), IPLOC), "ua": L(UA, DEV),
        "clip": "tw_clk_" + rnd_hex(rng, 20), "ref": "utm_source=wordads&utm_medium=cpi",
        "app": "com.example.recipebox", "ts": "1764950100"}))
    out.append(case("tapwire", f"{TW}/open", query={
        "link": U("https://go.recipebox.example.com/r/8812", {
            "from": L(USER_ID, UID), "utm_campaign": "fall_soups"}),
        "tw_id": L(INSTALL_ID, DID), "t": "1764950200"}))
    out.append(case("tapwire", f"{TW}/ev", body={
        "ev": L("purchase", USAGE), "rev": L(4.99, BUY), "order": L("RB-55102", BUY),
        "gaid_sha256": L(GAID_SHA256, ADID), "aid_md5": L(AID_MD5, DID),
        "tw_id": L(INSTALL_ID, DID), "sig": rnd_hex(rng, 64)}))
    out.append(case("tapwire", f"{TW}/reengage", fmt="form", body={
        "andi": L(AID_UPPER, DID), "imei_md5": L(IMEI_MD5, HW), "mac_sha1": L(MAC_SHA1, HW),
        "tw_id": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC), "campaign": "winback_7"}))
    out.append(case("tapwire", f"{TW}/uninstall", body={
        "tw_id": L(INSTALL_ID, DID), "push": L(push_token(rng), DID),
        "app": "com.example.wordgrid"}))
    out.append(case("tapwire", f"{TW}/match", body={
        "ip4": L(IP_OCTETS, IPLOC), "sw": L(1080, DEV), "sh": L(2400, DEV),
        "tz": L("America/New_York", DEV), "fonts": sha("sha1", "fonts-" + rnd_hex(rng, 6)),
        "click": "tw_clk_" + rnd_hex(rng, 20)}))
    out.append(case("tapwire", f"{TW}/cv", body={
        "tw_id": L(INSTALL_ID, DID), "cv": 12, "coarse": "medium", "lock": False, "window": 1}))
    out.append(case("tapwire", f"{TW}/consent", body={
        "tw_id": L(INSTALL_ID, DID), "lat": False, "att": "n/a", "gdpr": False}))
    return out


def mergepoint() -> list[Case]:
    rng = random.Random(18023)
    out = []
    key = {"Authorization": "Basic bXBfd3JpdGVfa2V5X3JlY2lwZWJveDo="}
    out.append(case("mergepoint", f"{MP}/identity/resolve", headers=key, body={
        "identities": {"email": L(EMAIL, MAIL), "phone_e164": L("+15550100199", TEL),
                       "gaid": L(GAID, ADID), "customer_id": L(USER_ID, UID),
                       "mp_id": L(INSTALL_ID, DID)},
        "consent": {"analytics": True, "ads": False}, "ts": 1764950300}))
    out.append(case("mergepoint", f"{MP}/audiences/fall_buyers/rows", headers=key, body={
        "schema": ["EMAIL_SHA256", "PHONE_SHA256", "MADID"],
        "data": [[L(sha("sha256", EMAIL), MAIL), L(PHONE_NOPLUS_SHA256, TEL), L(GAID, ADID)]],
        "op": "add"}))
    ctx = {"ip": L(PUBLIC_IP, IPLOC), "location": {"city": L("New York", COARSE),
                                                   "region": L("NY", COARSE),
                                                   "country": L("US", COARSE)},
           "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}
    out.append(encode(case("mergepoint", f"{MP}/track", headers=key, body={"batch": [
        {"event": L("Recipe Viewed", USAGE), "mp_id": L(INSTALL_ID, DID), "context": ctx,
         "properties": {"recipe": "r_8812", "cuisine": "thai"}, "messageId": rnd_uuid(rng)},
        {"event": L("Order Completed", USAGE), "mp_id": L(INSTALL_ID, DID),
         "properties": {"order_id": L("RB-55102", BUY), "total": L(42.18, BUY),
                        "products": [{"name": L("Pad see ew kit", BUY), "qty": 2}]},
         "messageId": rnd_uuid(rng)}]}), "gzip"))
    out.append(case("mergepoint", f"{MP}/alias", fmt="form", headers=key, body={
        "prev": L(INSTALL_ID, DID), "user": L(USER_ID, UID)}))
    c = case("mergepoint", f"{MP}/profiles/{USER_ID}/traits", headers=key,
             query={"fields": "ltv,churn_risk,segment"})
    c.labels[("url", "path[2]")] = UID
    out.append(c)
    out.append(case("mergepoint", f"{MP}/consent", headers=key, body={
        "mp_id": L(INSTALL_ID, DID), "purposes": {"analytics": True, "personalisation": True,
                                                  "ads": False}, "policy": "2025-09"}))
    out.append(case("mergepoint", f"{MP}/track", headers=key, body={"batch": [{
        "event": L("Store Finder Used", USAGE), "mp_id": L(INSTALL_ID, DID),
        "properties": {"geo": {"lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4),
                                                                            PRECISE)},
                       "radius_mi": 5}}]}))
    out.append(case("mergepoint", f"{MP}/identify", headers=key, body={
        "user_id": L(USER_ID, UID), "traits": {
            "name": L("Jane Doe", NAMEC), "birthday": L("1991-05-17", BIRTH),
            "gender": L("female", GENDER), "address": {
                "street": L(STREET, ADDR), "city": L("New York", COARSE),
                "postal_code": L("10118", COARSE)}, "diet": "pescatarian"}}))
    out.append(case("mergepoint", f"{MP}/privacy/delete", headers=key, body={
        "email_hex": L(EMAIL_HEX, MAIL), "reason": "user_request", "ticket": rnd_uuid(rng)}))
    out.append(case("mergepoint", f"{MP}/destinations", headers=key,
                    query={"v": "5.2.0", "etag": rnd_hex(rng, 12)}))
    return out


def tunebox() -> list[Case]:
    rng = random.Random(18024)
    out = []
    acc: Acc = {}
    r = pbu([(1, L(INSTALL_ID, DID)), (2, "4.1.0"), (3, L("us", CARRIER)), (4, L("en-US", DEV)),
             (5, L("Pixel 8", DEV))], "query", "r", acc)
    out.append(add(case("tunebox", f"{TB}/v1/fetch", query={"r": r, "app": "wordgrid"}), acc))
    out.append(case("tunebox", f"{TB}/v1/fetch", fmt="form", body={
        "iid": L(INSTALL_ID, DID), "cond": W({
            "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV)},
            "user": {"tier": "free", "ltv": L(12.97, BUY),
                     "last_search": L("vegan lasagna", SEARCH)}}, "json"), "tmpl": "17"}))
    out.append(case("tunebox", f"{TB}/v1/realtime", headers={"If-None-Match": '"t17"'},
                    query={"iid": L(INSTALL_ID, DID), "since": "17"}))
    out.append(case("tunebox", f"{TB}/v1/activate", body={
        "iid": L(INSTALL_ID, DID), "exp": "onboarding_v4", "arm": "b", "ts": 1764950400,
        "id": rnd_uuid(rng)}))
    acc = {}
    ctx = sjwt({"iid": L(INSTALL_ID, DID), "simcc": L("US", CARRIER), "age": L(34, BIRTH),
                "tier": "free"}, "header", "x-tunebox-ctx", acc)
    out.append(add(case("tunebox", f"{TB}/v1/fetch", headers={"X-Tunebox-Ctx": ctx},
                        query={"app": "recipebox"}), acc))
    out.append(case("tunebox", f"{TB}/v1/definitions", query={
        "app": "recipebox", "v": "4.1.0", "salt": sha("sha256", "onboarding_v4")}))
    return out


def more() -> list[Case]:
    """Context repeated per record: an analytics offline queue, MMP events, CDP page views."""
    rng = random.Random(18025)
    out = []
    acc: Acc = {}
    evs = ["app_open", "recipe_view", "recipe_view", "timer_start", "timer_end", "recipe_save",
           "search", "recipe_view", "share", "app_background", "app_open", "recipe_view",
           "timer_start", "app_background"]
    lines = jsonl([{"e": L(e, USAGE), "iid": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
                    "mccmnc": L(MCCMNC, CARRIER), "t": 1764940000 + 30 * i,
                    "id": rnd_hex(rng, 12), "k": WK} for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("strata", f"{ST}/q", lines, "application/x-ndjson", {}), "br"),
                   acc))
    for i, (ev, rev) in enumerate([("level_up", 0.0), ("purchase", 1.99),
                                   ("ad_watch", 0.0), ("subscribe", 3.99)]):
        body = {"ev": L(ev, USAGE), "tw_id": L(INSTALL_ID, DID), "gaid": L(GAID, ADID),
                "ip": L(PUBLIC_IP, IPLOC), "op": L("Example Mobile", CARRIER),
                "n": rnd_hex(rng, 16)}
        if rev:
            body.update({"rev": L(str(rev), BUY), "sku": L(f"gems_{i}", BUY)})
        out.append(case("tapwire", f"{TW}/ev", fmt="form" if i % 2 else "json", body=body))
    acc = {}
    pages = ["Home", "Recipe", "Recipe", "Cart", "Checkout", "Order Confirmation", "Home",
             "Saved", "Recipe"]
    lines = jsonl([{"type": "page", "name": L(p, USAGE), "mp_id": L(INSTALL_ID, DID),
                    "context": {"ip": L(PUBLIC_IP, IPLOC), "timezone": L("America/New_York",
                                                                          DEV)},
                    "messageId": rnd_uuid(rng)} for p in pages], acc)
    out.append(add(encode(raw("mergepoint", f"{MP}/batch", lines, "application/x-ndjson", {},
                              headers={"Authorization": "Basic bXBfd3JpdGVfa2V5Og=="}), "zstd"),
                   acc))
    return out
