"""Blind set seventeen, part two: an OpenRTB-style ad exchange SDK, an SDK-specific ad network
and a consent-management platform (see ``eval_families17.py`` for the rules of this set, its
conventions and its calls).

Exchange ("Bidloom", fictional): OpenRTB 2.6-style bid requests from a news app, a game and a
shopping app (a native request as a JSON string inside ``imp``, EIDs with hashed e-mail/phone,
``didsha1``/``dpidmd5``/``macsha1``, a truncated IP, a limit-ad-tracking request with a zeroed
IFA, gzip and br), a bid token as base64 protobuf in a form field, win and click beacons (a
4-decimal ``"lat,lon"`` in a query) and a contextual request carrying the user's search.
Network ("Adnook", fictional): an ad request whose parameters are base64url protobuf in a query
parameter, event beacons (JSON Lines, gzip), a rewarded callback, SDK init (msgpack, with the
installed apps), an opt-out with a SHA-256 of the advertising ID, a web-view ad request with the
page URL and an ad cookie, a geo-targeting request, an ad report with the creative's snapshot
and a config fetch. CMP ("Consently", fictional): a consent save with proof-of-consent fields,
a receipt JWT in a cookie, a status check, a data-subject request with a one-time code, a
consent-mode ping, a change log (JSON Lines, zstd) and a geo lookup. ``more()``: four more bid
requests (other apps, codings, 2-6 decimal geos, an IPv4-mapped ``ipv6``, IFA forms), three ad
beacons with ``"lat,lon"`` strings and a consent save (zstd). Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import json
import random
from typing import Any

from eval_families17_kit import (
    ADID,
    AID_MD5,
    AID_SHA1,
    AID_UPPER,
    APPS,
    BIRTH,
    BROWSE,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
    GAID_NODASH,
    GAID_SHA256,
    GAID_UPPER,
    GENDER,
    IP6_MAPPED,
    IP_TRUNC,
    IPLOC,
    JPEG,
    MAC_SHA1,
    MAIL,
    MCCMNC,
    NAMEC,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UA,
    UID,
    USER_SHA256,
    Acc,
    add,
    device_snake,
    encode,
    jsonl,
    jwt,
    ll,
    multipart,
    pb64,
    pbu,
    raw,
    sim_block,
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
    case,
    rnd_hex,
    rnd_uuid,
)

BL = "https://rtb.bidloom.example.org"
AN = "https://ads.adnook.example.com/v5"
CM = "https://cmp.consently.example.com/v2"
TCF = "CQH1xAAQH1xAAAcABBENBKFsAP_gAEPgAAqIKKtV_G__bWlr8X73eQ"


def _geo(nd: int, typ: int = 1) -> dict[str, Any]:
    cat = PRECISE if nd >= 3 else COARSE
    return {"lat": L(round(LAT, nd), cat), "lon": L(round(LON, nd), cat), "type": typ,
            "accuracy": 20, "utcoffset": L(-300, DEV), "city": L("New York", COARSE),
            "region": L("NY", COARSE), "zip": L("10118", COARSE), "country": L("USA", COARSE)}


def bidloom() -> list[Case]:
    rng = random.Random(17004)
    out = []
    dev = {"ua": L(UA, DEV), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
           "os": L("Android", DEV), "osv": L("14", DEV), "w": L(1080, DEV), "h": L(2400, DEV),
           "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
           "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV)}
    out.append(case("bidloom", f"{BL}/openrtb/2.6/bid", headers={"x-openrtb-version": "2.6"},
                    body={
        "id": rnd_uuid(rng), "tmax": 250, "at": 1, "cur": ["USD"],
        "imp": [{"id": "1", "tagid": "article_mrec", "banner": {"w": 300, "h": 250},
                 "bidfloor": 0.8}],
        "app": {"bundle": "com.example.dailyledger", "ver": "12.0.1", "publisher": {"id": "p77"},
                "content": {"title": L("Knee injury recovery: what physios say", "behavior.usage"),
                            "url": L("https://dailyledger.example.com/health/knee-recovery",
                                     BROWSE), "cat": ["IAB7"]}},
        "device": {**dev, "ifa": L(GAID_UPPER, ADID), "ip": L(PUBLIC_IP, IPLOC), "lmt": 0,
                   "geo": _geo(3)},
        "user": {"id": L(USER_SHA256, UID), "buyeruid": L("bl-" + rnd_hex(rng, 20), DID),
                 "yob": L(1991, BIRTH), "gender": L("F", GENDER),
                 "ext": {"consent": TCF, "eids": [
                     {"source": "mail-match.example", "uids": [{"id": L(EMAIL_SHA256, MAIL),
                                                               "atype": 3}]},
                     {"source": "phone-match.example", "uids": [{"id": L(PHONE_SHA256, TEL),
                                                                "atype": 3}]},
                     {"source": "mmp.example", "uids": [{"id": L(INSTALL_ID, DID),
                                                        "atype": 1}]}]}},
        "regs": {"coppa": 0, "gpp": "DBABMA~CQH1xAAQH1xAA", "gpp_sid": [7]},
        "source": {"tid": rnd_uuid(rng), "ext": {"schain": {"ver": "1.0", "complete": 1,
                                                           "nodes": [{"asi": "bidloom.example",
                                                                      "sid": "p77", "hp": 1}]}}}}))
    native = json.dumps({"ver": "1.2", "assets": [{"id": 1, "title": {"len": 90}},
                                                  {"id": 2, "img": {"type": 3, "w": 1200}}]})
    out.append(encode(case("bidloom", f"{BL}/openrtb/2.6/bid", body={
        "id": rnd_uuid(rng), "tmax": 300,
        "imp": [{"id": "1", "native": {"request": native, "ver": "1.2"}, "rwdd": 1}],
        "app": {"bundle": "com.example.tilequest", "ver": "3.9.0"},
        "device": {**dev, "ifa": "00000000-0000-0000-0000-000000000000", "lmt": 1,
                   "ip": L(IP_TRUNC, IPLOC), "geo": {**_geo(2, 2), "ipservice": 3}},
        "regs": {"coppa": 0, "ext": {"us_privacy": "1YYN"}}}), "gzip"))
    out.append(encode(case("bidloom", f"{BL}/openrtb/2.6/bid", body={
        "id": rnd_uuid(rng), "imp": [{"id": "1", "video": {"w": 1080, "h": 1920,
                                                          "mimes": ["video/mp4"]}}],
        "app": {"bundle": "com.example.shopnest", "ver": "8.3.0"},
        "device": {"ifa": L(GAID, ADID), "didsha1": L(AID_SHA1, DID),
                   "dpidmd5": L(AID_MD5, DID), "macsha1": L(MAC_SHA1, "id.hardware"),
                   "ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV), "geo": _geo(5)},
        "user": {"keywords": "running,outdoor", "data": [{"id": "seg-prov-9",
                                                          "segment": [{"id": "s-1102"}]}]}}),
        "br"))
    acc: Acc = {}
    bt = pb64([(1, L(GAID, ADID)), (2, [(1, L("310", CARRIER)), (2, L("260", CARRIER))]),
               (3, L(PUBLIC_IP, IPLOC)), (4, L(LAT, PRECISE)), (5, L(LON, PRECISE)),
               (6, "sdk-7.4.0"), (7, 1764800700)], "body", "bt", acc)
    out.append(add(case("bidloom", f"{BL}/sdk/token", fmt="form", body={
        "bt": bt, "placement": "interstitial_2", "app": "com.example.tilequest"}), acc))
    out.append(case("bidloom", f"{BL}/win", query={
        "bid": rnd_hex(rng, 16), "price": "AAABmG6uJ1Hs9aX0", "aid": L(GAID, ADID),
        "imp": "1", "cb": rnd_hex(rng, 8)}))
    out.append(case("bidloom", f"{BL}/clk", query={
        "bid": rnd_hex(rng, 16), "aid": L(GAID, ADID), "ll": L(ll(4), PRECISE),
        "dest": "https://brand.example.net/landing?cmp=spring", "t": "1764800800"}))
    out.append(case("bidloom", f"{BL}/ctx/bid", query={
        "aid": L(GAID, ADID), "kw": L("trail running shoes women", SEARCH),
        "slot": "search_results_1", "app": "com.example.shopnest", "ip": L(PUBLIC_IP, IPLOC)}))
    return out


def adnook() -> list[Case]:
    rng = random.Random(17005)
    out = []
    hdr = {"X-Adnook-Sdk": "5.2.1", "X-Adnook-Uid": L(INSTALL_ID, DID)}
    for n, (plc, nd) in enumerate([("home_banner", 6), ("level_end", 3)]):
        acc: Acc = {}
        r = pbu([(1, "com.example.tilequest"), (2, plc), (3, L(GAID, ADID)),
                 (4, [(1, L("Pixel 8", DEV)), (2, L("14", DEV)), (3, L("en-US", DEV))]),
                 (5, [(1, L(round(LAT, nd), PRECISE)), (2, L(round(LON, nd), PRECISE)),
                      (3, 18.0)]),
                 (6, L(MCCMNC, CARRIER)), (7, L(PUBLIC_IP, IPLOC)), (8, 1764800900 + n)],
                "query", "r", acc)
        out.append(add(case("adnook", f"{AN}/ad", headers=hdr,
                            query={"r": r, "cb": rnd_hex(rng, 10)}), acc))
    acc = {}
    evs = jsonl([{"ev": e, "cr": f"cr_{551 + i}", "aid": L(GAID, ADID), "ms": 250 * i,
                  "ts": 1764801000 + i} for i, e in enumerate(
                      ["impression", "viewable", "q1", "mid", "q3", "complete", "click"])], acc)
    out.append(add(encode(raw("adnook", f"{AN}/events", evs, "application/x-ndjson", {},
                              headers=hdr), "gzip"), acc))
    out.append(case("adnook", f"{AN}/reward", query={
        "user_id": L(USER_ID, UID), "reward": "coins", "amount": "50", "txn": rnd_uuid(rng),
        "sig": rnd_hex(rng, 64)}))
    out.append(case("adnook", f"{AN}/init", fmt="msgpack", headers=hdr, body={
        "app_key": "ank_9f1e22a0", "gaid": L(GAID_NODASH, ADID), "aid": L(AID_UPPER, DID),
        "apps": L(["com.example.shopnest", "com.example.dailyledger", "com.example.fastcash",
                   "com.example.recipebox"], APPS),
        "dev": device_snake(), "sim": sim_block("snake"),
        "consent": {"gdpr": 0, "us_privacy": "1YNN"}}))
    out.append(case("adnook", f"{AN}/optout", fmt="form", body={
        "gaid_h": L(GAID_SHA256, ADID), "optout": "1", "src": "adchoices"}))
    out.append(case("adnook", f"{AN}/web", cookies={"_adnk": L("uid-" + rnd_hex(rng, 24), DID)},
                    query={"url": L("https://news.example.org/2026/11/housing-market-cools",
                                    BROWSE),
                           "gaid": L(GAID, ADID), "sz": "320x50"}))
    out.append(case("adnook", f"{AN}/geo", headers=hdr, body={
        "geo": {"ll": L(ll(5), PRECISE), "acc": 12, "src": "fused"}, "gaid": L(GAID, ADID),
        "radius_km": 5}))
    out.append(multipart("adnook", f"{AN}/report", [
        ("meta", None, "application/json", {
            "reason": "misleading", "comment": L("this ad keeps saying I won a phone", TEXT),
            "cr": "cr_557", "aid": L(GAID, ADID)}),
        ("creative", "creative.jpg", "image/jpeg", JPEG + b"\x61" * 8),
    ], headers=hdr))
    # negative: the network's placement config
    out.append(case("adnook", f"{AN}/config", query={
        "app_key": "ank_9f1e22a0", "v": "5.2.1", "placements": "home_banner,level_end"}))
    return out


def consently() -> list[Case]:
    rng = random.Random(17006)
    out = []
    cid = rnd_uuid(rng)
    out.append(case("consently", f"{CM}/consent", body={
        "cid": L(cid, DID), "tc": TCF, "gpp": "DBABMA~CQH1xAAQH1xAA", "gppSid": [7],
        "purposes": {str(i): i % 3 != 0 for i in range(1, 11)},
        "vendors": {"consent": [12, 52, 755], "li": [32]}, "region": L("US-NY", COARSE),
        "ua": L(UA, DEV), "lang": L("en", DEV), "ip": L(PUBLIC_IP, IPLOC),
        "ts": 1764801100, "uiv": "3.4"}))
    lab: dict[str, str] = {}
    rec = jwt({"cid": L(cid, DID), "rgn": L("US-NY", COARSE), "p": "1111011110",
               "iat": 1764801100}, "cst_rcpt", lab, "ES256")
    del lab["cst_rcpt"]  # a consent receipt proves choices, it opens nothing: no credential
    out.append(case("consently", f"{CM}/status", cookies={"cst_rcpt": rec},
                    query={"cid": L(cid, DID), "v": "3.4"}))
    out[-1].labels.update({("cookie", p): c for p, c in lab.items()})
    out.append(case("consently", f"{CM}/dsar", fmt="form", body={
        "type": "delete", "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC),
        "state": L("NY", COARSE), "code": L("551903", CRED), "cid": L(cid, DID)}))
    out.append(case("consently", "https://cm.consently.example.com/ping", query={
        "gcs": "G111", "gcd": "13t3t3t3t5", "cid": L(f"{rng.randrange(10**9)}.1764000000", DID),
        "dma": "1", "npa": "0"}))
    acc: Acc = {}
    log = jsonl([{"cid": L(cid, DID), "change": f"purposes.{p}:{v}", "src": "settings",
                  "ts": 1764801200 + 60 * i}
                 for i, (p, v) in enumerate([(4, "false"), (7, "false"), (9, "true")])], acc)
    out.append(add(encode(raw("consently", f"{CM}/log", log, "application/x-ndjson", {}),
                          "zstd"), acc))
    # negatives: the geo lookup (nothing sent but a GPC signal) and the vendor list
    out.append(case("consently", f"{CM}/geo", headers={"Sec-GPC": "1"}))
    out.append(case("consently", f"{CM}/vendor-list.json", query={"v": "412", "lang": "en"}))
    return out


def more() -> list[Case]:
    """More bid requests (other apps, codings, precisions and ID forms), ad beacons and a
    consent save from the game."""
    rng = random.Random(17019)
    out = []
    apps = [("com.example.weatherly", 2, "ip", PUBLIC_IP, GAID, "none"),
            ("com.example.tilequest", 4, "ipv6", IP6_MAPPED, GAID_UPPER, "gzip"),
            ("com.example.dailyledger", 5, "ip", PUBLIC_IP, GAID_NODASH, "br"),
            ("com.example.fitloop", 6, "ip", IP_TRUNC, GAID, "zstd")]
    for i, (bundle, nd, ipk, ip, ifa, coding) in enumerate(apps):
        user = {"yob": L(1991, BIRTH)} if i % 2 else {"gender": L("F", GENDER)}
        c = case("bidloom", f"{BL}/openrtb/2.6/bid", body={
            "id": rnd_uuid(rng), "imp": [{"id": "1", "banner": {"w": 320, "h": 50},
                                          "bidfloor": round(0.2 * (i + 1), 2)}],
            "app": {"bundle": bundle, "ver": f"{i + 2}.0.0"},
            "device": {"ifa": L(ifa, ADID), ipk: L(ip, IPLOC), "ua": L(UA, DEV),
                       "os": L("Android", DEV), "osv": L("14", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "geo": _geo(nd, 1 if nd > 2 else 2)},
            "user": user, "source": {"tid": rnd_uuid(rng)}, "tmax": 200 + 50 * i})
        out.append(c if coding == "none" else encode(c, coding))
    beacons = [("impression", GAID, ll(4)), ("click", GAID_UPPER, ll(3)),
               ("complete", GAID_NODASH, ll(5))]
    for ev, aid, pos in beacons:
        out.append(case("adnook", f"{AN}/px", query={
            "ev": ev, "aid": L(aid, ADID), "ip": L(PUBLIC_IP, IPLOC), "geo": L(pos, PRECISE),
            "cr": f"cr_{rng.randrange(500, 600)}", "cb": rnd_hex(rng, 8)}))
    out.append(encode(case("consently", f"{CM}/consent", body={
        "cid": L(rnd_uuid(rng), DID), "app": "com.example.tilequest", "region": L("US-NY", COARSE),
        "ip": L(IP_TRUNC, IPLOC), "ua": L(UA, DEV), "gpp": "DBABMA~CQH1xAAQH1xAA",
        "choices": {"sale": False, "targeted": False, "sensitive": False}}), "zstd"))
    return out
