"""Blind set seventeen, part five: the founding case, a short-video/social app ("Reelio",
fictional) as a privacy auditor sees it: SIM and carrier codes, the device's public IP,
positions, keystroke timing, each beside look-alikes that must not be flagged (see
``eval_families17.py`` for the rules of this set, its conventions and its calls).

Sign-in with the SIM's serial, IMSI and line number; a nearby feed with an environment header
(base64url JSON: SIM codes, an upper-case operator, LAN address, CDN region and data-centre
code), a session JWT cookie with the client IP and SIM country; a network diagnostic (the
public IP as an IPv4-mapped address and as a PTR name, in a ``Forwarded`` header, beside the
router, resolver, edge and TURN addresses); an upload (multipart: geotag, a tagged place with
its own coordinates, edit cut points and sticker anchors); drafts (msgpack, a ``"lat,lon"``
string); comments, a DM and a search with key events, masked compact timings, flight strings,
hex uint16 dwell times and packed protobuf varints (zstd); a profile edit; contact discovery;
analytics (JSON Lines, br; a top-level array, gzip) repeating IP and carrier per record; a
friends map (msgpack), a location share (E7), a nearby-creators search, a watch beacon, an
in-feed ad request, coins, a user report; negatives: audience aggregates, a place page, the
server list, the supported-regions config, a music chart. ``reel_more()``: the common
parameters as a query, a base64 JSON header and a base64url JSON cookie, an offline comment
queue with flight strings (gzip), a typing-cadence batch (msgpack), a memories history (a
top-level array, br), an SMS invite to address-book entries, a merch order, draft captions
disclosing a pregnancy and an insulin pump (JSON Lines, br). Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DASHED,
    DEV,
    DID,
    DNS_IP,
    E164,
    EDGE_IP,
    EMAIL_UPPER,
    GATEWAY_IP,
    GENDER,
    IP6_MAPPED,
    IP_INT,
    IP_TRUNC,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    SRV_IP,
    STREET,
    TEL,
    TEXT,
    TURN_IP,
    UID,
    USAGE,
    Acc,
    add,
    anchors,
    chain,
    compact,
    cuts,
    dwell_flight,
    e7,
    encode,
    jsonl,
    keys,
    ll,
    multipart,
    pb,
    raw,
    sha,
    tok,
    u16,
    varints,
)
from eval_payloads import (
    GAID,
    ICCID,
    IMSI,
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

API = "https://api.reelio.example.com/v4"
LOG = "https://log.reelio.example.net"


def reel() -> list[Case]:
    rng = random.Random(17015)
    out = []
    out.append(case("reelio", f"{API}/auth/sms/verify", fmt="form", body={
        "phone": L(E164, TEL), "code": L("804117", CRED), "sim_serial": L(ICCID, SIM),
        "imsi": L(IMSI, SIM), "line1": L(NATIONAL, TEL), "device_id": L(INSTALL_ID, DID),
        "mcc_mnc": L(MCCMNC, CARRIER)}))
    acc: Acc = {}
    sess = tok({"sub": L(USER_ID, UID), "cip": L(PUBLIC_IP, IPLOC), "simcc": L("us", CARRIER),
                "exp": 1767225600}, "cookie", "reel_sess", acc)
    ck = {"reel_sess": sess, "reel_did": L(INSTALL_ID, DID)}
    envl: Acc = {}
    env = chain({"sim": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                         "spn": L("EXAMPLE MOBILE", CARRIER), "iso": L("US", CARRIER)},
                 "net": {"type": L("5g", DEV), "lan": L(LOCAL_IP, DEV)},
                 "sys_region": L("US", DEV), "cdn_region": "us-east-1", "idc": "useast5"},
                "header", "x-reel-env", ["b64url"], envl)
    hdr = {"X-Reel-Env": env, "x-SIM-Operator": L(MCCMNC, CARRIER)}
    out.append(add(add(case("reelio", f"{API}/feed/nearby", headers=hdr, cookies=ck, query={
        "count": "12", "cursor": "0", "lat": L("40.74", COARSE), "lon": L("-73.99", COARSE),
        "carrier_region": L("US", CARRIER), "mcc_mnc": L(MCCMNC, CARRIER),
        "cdn_region": "us-east-1", "idc": "useast5", "ac": L("5g", DEV)}), acc), envl))
    out.append(add(case("reelio", f"{API}/net/diag", headers={
        "Forwarded": L(f"for={PUBLIC_IP};proto=https", IPLOC)}, cookies=ck, body={
        "pub": L(IP6_MAPPED, IPLOC), "ptr": L("7.113.0.203.in-addr.arpa", IPLOC),
        "lan": L(LOCAL_IP, DEV), "gw": GATEWAY_IP, "dns": [DNS_IP], "edge": EDGE_IP,
        "turn": TURN_IP, "ingest": SRV_IP, "rttMs": [22, 31, 90]}), acc))
    out.append(add(multipart("reelio", f"{API}/posts/upload", [
        ("meta", None, "application/json", {
            "caption": L("sunday walk, best bagel in the city", TEXT),
            "mentions": L(["bagel.boss", "lena.sings"], UID),
            "geo": {"lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE)},
            "poi": {"id": "poi_55120", "name": L("Madison Square Park", COARSE),
                    "lat": 40.742, "lng": -73.9879},
            "music": "m_88412", "cuts": cuts(rng, 9), "stickers": anchors(rng, 3)}),
        ("video", "clip.mp4", "video/mp4", L(MP4 + b"\x91" * 12, MEDIA)),
        ("cover", "cover.jpg", "image/jpeg", L(JPEG + b"\x92" * 12, MEDIA)),
    ], cookies=ck), acc))
    out.append(add(case("reelio", f"{API}/drafts/sync", fmt="msgpack", cookies=ck, body={
        "drafts": [{"id": f"dr_{i}", "caption": L(c, TEXT), "at": L(ll(5, i * 2e-4), PRECISE),
                    "cuts": cuts(rng, 5)} for i, c in enumerate(["bagel pt 2", "rainy day"])]}),
        acc))
    t = "this made my whole week"
    out.append(add(case("reelio", f"{API}/comments", cookies=ck, body={
        "item": "v_" + rnd_hex(rng, 10), "text": L(t, TEXT),
        "kev": L(keys(rng, t), f"{KEYS}|{TEXT}")}), acc))
    t = "where is this??"
    out.append(add(case("reelio", f"{API}/comments", fmt="form", cookies=ck, body={
        "item": "v_" + rnd_hex(rng, 10), "text": L(t, TEXT),
        "ks": L(compact(keys(rng, t), masked=True), KEYS)}), acc))
    dw, fl = dwell_flight(rng, 22)
    out.append(add(case("reelio", f"{API}/dm/send", cookies=ck, body={
        "to": "u_" + rnd_hex(rng, 10), "text": L("are you going to the show friday?", TEXT),
        "fl": L(".".join(map(str, fl)), KEYS), "dw": L(u16(dw, "hex"), KEYS)}), acc))
    q = "bagel near me"
    out.append(add(case("reelio", f"{API}/search", cookies=ck, body={
        "q": L(q, SEARCH), "kev": L(keys(rng, q, "row"), f"{KEYS}|{SEARCH}"), "src": "bar"}),
        acc))
    lab: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, L(varints(dwell_flight(rng, 18)[1]), KEYS)),
               (3, L("lol same", TEXT)), (4, 1764802000)], "", lab)
    out.append(encode(raw("reelio", f"{API}/comments/pb", data, "application/x-protobuf", lab,
                          cookies={"reel_sess": L("opaque." + rnd_hex(rng, 30), CRED)}), "zstd"))
    out.append(add(case("reelio", f"{API}/me/profile", cookies=ck, body={
        "handle": L("jane.walks", UID), "bio": L("bagels, rain, long walks", TEXT),
        "birthday": L("1991-05-17", BIRTH), "email": L(EMAIL_UPPER, MAIL),
        "phone": L(DASHED, TEL), "gender": L("female", GENDER),
        "site": "https://jane.example.com"}), acc))
    out.append(add(case("reelio", f"{API}/friends/discover", cookies=ck, body={
        "me": L(PHONE_SHA256, TEL), "book": L([sha("sha256", p[1]) for p in PEOPLE], CONTACTS),
        "salt": "", "v": 2}), acc))
    names = ["app_launch", "feed_impression", "video_play", "video_like", "comment_open",
             "profile_view", "search_open", "upload_start", "upload_done", "app_background",
             "app_launch", "feed_impression", "video_play", "share_open", "share_done",
             "app_background"]
    acc2: Acc = {}
    lines = jsonl([{"ev": L(n, USAGE), "uid": L(USER_ID, UID), "ip": L(PUBLIC_IP, IPLOC),
                    "mccmnc": L(MCCMNC, CARRIER), "seq": i, "eid": rnd_uuid(rng),
                    "cdn": "us-east-1"} for i, n in enumerate(names)], acc2)
    out.append(add(encode(raw("reelio", f"{LOG}/v2/batch", lines, "application/x-ndjson", {}),
                          "br"), acc2))
    out.append(encode(case("reelio", f"{LOG}/v2/arr", body=[
        {"e": L(n, USAGE), "did": L(INSTALL_ID, DID), "ipn": L(IP_INT, IPLOC),
         "op": L("Example Mobile", CARRIER), "t": 1764802100 + i}
        for i, n in enumerate(["duet_open", "fx_panel", "fx_apply", "publish"])]), "gzip"))
    out.append(add(case("reelio", f"{API}/friends/map", fmt="msgpack", cookies=ck, body={
        "lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE),
        "bat": L(58, DEV), "acc": 11.0, "spd": 1.2, "ghost": False}), acc))
    out.append(add(case("reelio", f"{API}/share/location", cookies=ck, body={
        "to": "u_" + rnd_hex(rng, 10), "latE7": L(e7(LAT), PRECISE), "lngE7": L(e7(LON), PRECISE),
        "until": 1764805600}), acc))
    out.append(add(case("reelio", f"{API}/creators/nearby", cookies=ck, query={
        "ll": L(ll(3), PRECISE), "radius_km": "2", "cat": "food"}), acc))
    out.append(case("reelio", f"{LOG}/v2/watch", body={
        "item": "v_" + rnd_hex(rng, 10), "ev": L("play_end", USAGE), "playMs": L(18400, USAGE),
        "did": L(INSTALL_ID, DID), "bitrate": 2100, "cdnIp": EDGE_IP, "dropped": 3}))
    out.append(case("reelio", "https://ads.reelio.example.net/v1/feed", query={
        "gaid": L(GAID, ADID), "op": L("EXAMPLE MOBILE", CARRIER), "simcc": L("US", CARRIER),
        "ip": L(IP_TRUNC, IPLOC), "geo": L("40.74,-73.99", COARSE), "slot": "feed_5"}))
    out.append(add(case("reelio", f"{API}/wallet/coins", cookies=ck, body={
        "sku": L("coins_700", BUY), "price": L(9.99, BUY),
        "orderId": L("GPA.3391-5512-7781-22014", BUY),
        "token": L("pt_" + rnd_hex(rng, 40), BUY)}), acc))
    out.append(add(case("reelio", f"{API}/report", cookies=ck, body={
        "target": "u_" + rnd_hex(rng, 10), "reason": "harassment",
        "text": L("he keeps commenting on my videos about where I live", TEXT)}), acc))
    # negatives: audience aggregates, a place page, the server list, regions, a chart
    out.append(case("reelio", f"{API}/creator/insights", body={
        "topCountries": {"US": 0.52, "CA": 0.08}, "ageBuckets": {"18-24": 0.44},
        "watchHeat": [rng.randrange(100) for _ in range(40)]}))
    out.append(case("reelio", f"{API}/poi/poi_55120", query={
        "name": "Madison Square Park", "lat": "40.742054", "lng": "-73.987900"}))
    out.append(case("reelio", f"{API}/net/servers", body={
        "edges": [{"ip": EDGE_IP, "region": "us-east-1"}, {"ip": SRV_IP, "region": "eu-west-1"}],
        "turn": TURN_IP, "dns": DNS_IP}))
    out.append(case("reelio", f"{API}/config/regions", query={
        "supported": "US,CA,MX,GB", "default": "US", "v": "31.4.0"}))
    out.append(case("reelio", f"{API}/music/chart", query={"region": "us-east-1", "n": "50"}))
    return out


def reel_more() -> list[Case]:
    """Common parameters in three carriers (query, base64 JSON header, base64url JSON cookie),
    an offline comment queue, a typing-cadence batch, a memories location history."""
    rng = random.Random(17021)
    out = []
    common = {"device_id": L(INSTALL_ID, DID), "sys_region": L("US", DEV),
              "carrier_region": L("US", CARRIER), "op_region": L("US", CARRIER),
              "mcc_mnc": L(MCCMNC, CARRIER), "ac": L("wifi", DEV), "os_version": L("14", DEV),
              "device_type": L("Pixel 8", DEV), "timezone_name": L("America/New_York", DEV),
              "app_language": L("en", DEV), "version_code": "310400", "_rticket": "1764803500"}
    out.append(case("reelio", f"{API}/feed/following", query={**common, "count": "8"}))
    acc: Acc = {}
    hv = chain(common, "header", "x-common-params", ["b64"], acc)
    out.append(add(case("reelio", f"{API}/inbox/unread", headers={"X-Common-Params": hv}), acc))
    acc = {}
    cv = chain(common, "cookie", "cp", ["b64url"], acc)
    out.append(add(case("reelio", f"{API}/live/list", cookies={"cp": cv},
                        query={"tab": "nearby"}), acc))
    acc = {}
    texts = ["omg", "need this recipe", "the dog at the end", "why is no one talking about this",
             "saved", "hahaha", "which park is this", "10/10", "me every monday", "part 2 pls"]
    q = jsonl([{"item": "v_" + rnd_hex(rng, 8), "text": L(t, TEXT),
                "fl": L(",".join(map(str, dwell_flight(rng, len(t) + 1)[1])), KEYS)}
               for t in texts], acc)
    out.append(add(encode(raw("reelio", f"{API}/comments/queue", q, "application/x-ndjson", {}),
                          "gzip"), acc))
    rows: list[dict[str, object]] = []
    for field in ["caption", "comment", "dm", "search", "bio", "comment", "dm", "caption"]:
        dw, fl = dwell_flight(rng, rng.randrange(8, 24))
        rows.append({"field": field, "dw": L(dw, KEYS), "fl": L(fl, KEYS),
                     "bs": L(rng.randrange(0, 4), KEYS), "at": 1764803600 + len(rows) * 90})
    out.append(case("reelio", f"{LOG}/v2/typing", fmt="msgpack", body={
        "uid": L(USER_ID, UID), "rows": rows}))
    places = ["Madison Square Park", "", "Union Square", "", "Bryant Park", "", "", "Chelsea",
              "", "", "Flatiron", "", "", "Koreatown", "", "Murray Hill"]
    out.append(encode(case("reelio", f"{API}/memories/sync", body=[
        {"lat": L(round(LAT + i * 3e-4, 5), PRECISE), "lng": L(round(LON - i * 2e-4, 5), PRECISE),
         **({"place": L(p, COARSE)} if p else {}), "at": 1764000000 + i * 86400,
         "item": "v_" + rnd_hex(rng, 8)} for i, p in enumerate(places)]), "br"))
    out.append(case("reelio", f"{API}/invite/sms", body={
        "invitees": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                     for n, p, _ in PEOPLE[:3]],
        "msg": L("join me on reelio, it's fun", TEXT), "ref": "rf_" + rnd_hex(rng, 6)}))
    out.append(case("reelio", f"{API}/shop/orders", body={
        "order": L("RM-20931", BUY), "items": L(["tote bag", "sticker pack"], BUY),
        "total": L(31.5, BUY), "ship": {"name": L("Jane Doe", NAMEC), "street": L(STREET, ADDR),
                                        "city": L("New York", COARSE), "state": L("NY", COARSE),
                                        "zip": L("10118", COARSE), "phone": L(E164, TEL)}}))
    acc = {}
    posts = jsonl([
        {"caption": L("22 weeks and finally showing", f"{TEXT}|{SENS}"),
         "loc": L(ll(4), PRECISE), "draft": "dr_31"},
        {"caption": L("new insulin pump who dis", f"{TEXT}|{MED}"),
         "loc": L(ll(4, 3e-4), PRECISE), "draft": "dr_32"},
        {"caption": L("rainy walk again", TEXT), "loc": None, "draft": "dr_33"}], acc)
    out.append(add(encode(raw("reelio", f"{API}/drafts/queue", posts, "application/x-ndjson",
                              {}), "br"), acc))
    return out
