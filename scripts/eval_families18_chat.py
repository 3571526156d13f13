"""Blind set eighteen, part one: the founding case as a messaging app with stories and live rooms
("Murmur", fictional): SIM and cell identities, the device's public IP in new forms, positions
in new encodings and keystroke timing in new encodings, each beside look-alikes that must not be
flagged (see ``eval_families18.py`` for the rules of this set, its conventions and its calls).

``murmur()``: registration with the SIM (MCC, MNC, SPN, ISO, ICCID) and the serving cell (ECI, TAC
beside PCI/EARFCN/RSRP), SMS verification (form), end-to-end-encryption key upload (all negatives),
contact discovery by truncated hashes, an encrypted message whose composer timings travel in clear
(base36 flight string, compose time), a channel post (zigzag-delta varints), a typing beacon
(key-class rows as a JSON string in a form field), a search (seconds string), a composer protobuf
with one repeated sub-message per key (deflate), a caption's centisecond bytes (msgpack), a story
(multipart: an Open Location Code, a place, sticker anchors), live location (GeoJSON order;
micro-degrees in msgpack, zstd), a degrees-minutes-seconds pin, a 5-character geohash, a 2-decimal
weather sticker, a call offer (srflx/host/relay candidates, ``ip:port``), call quality (``0x`` IP,
cell IDs, form), a network probe (``X-Real-IP``, octet list, CIDR beside router/resolver/STUN),
push registration, analytics (JSON Lines, gzip: base64 IP bytes and MCC/MNC per record), a config
fetch with a session JWT cookie, a profile edit, a sticker purchase, a diagnostics log, a spam
report; negatives: the server list, a sticker pack, regions. ``murmur_more()``: a go-live (stream
key in the path), header-enrichment number verification, a saved place (WKT), people nearby
(4-decimal strings), channel events with city, region and a truncated IP, live-room chat key
events, an app-lock PIN with hex and base64 uint16 timings, a gesture-typing path, and negatives
(audience aggregates, a venue page, viewer stats). Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DNS_IP,
    E164,
    EDGE_IP,
    EMAIL_UPPER,
    GATEWAY_IP,
    IP_TRUNC,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    SEARCH,
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
    device_camel,
    device_headers,
    dwell_flight,
    encode,
    jsonl,
    keys,
    ll,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    sha,
    srflx,
    swipe,
    tok,
    u16,
)
from eval_families18_kit import (
    CELL_ID,
    DMS,
    IP_0X,
    IP_B64,
    IP_CIDR,
    IP_OCTETS,
    IP_PORT,
    PHONE_NOPLUS_SHA256,
    TAC,
    WKT,
    b36,
    centis,
    e6,
    geohash,
    pluscode,
    secs,
    zigzag,
)
from eval_payloads import (
    ICCID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

API = "https://api.murmur.example.com"
LOG = "https://t.murmur.example.net"


def _downs(rng: random.Random, n: int) -> list[int]:
    t, out = 0, []
    for _ in range(n):
        out.append(t)
        t += rng.randrange(80, 340)
    return out


def murmur() -> list[Case]:
    rng = random.Random(18001)
    out = []
    out.append(case("murmur", f"{API}/v2/register", headers=device_headers(), body={
        "number": L(E164, TEL), "installId": L(INSTALL_ID, DID), "push": L(push_token(rng), DID),
        "sim": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                "spn": L("Example Mobile", CARRIER), "iso": L("us", CARRIER),
                "iccid": L(ICCID, SIM), "slot": 0},
        "cell": {"eci": L(CELL_ID, CARRIER), "tac": L(TAC, CARRIER), "pci": 311, "earfcn": 2300,
                 "rsrp": -97},
        "device": device_camel(), "nonce": rnd_hex(rng, 32), "regLock": False}))
    out.append(case("murmur", f"{API}/v2/verify", fmt="form", body={
        "number": L(NATIONAL, TEL), "code": L("318224", CRED), "session": rnd_uuid(rng),
        "transport": "sms"}))
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "dev": 1, "iat": 1764900000})}
    out.append(case("murmur", f"{API}/v2/keys", headers=auth, body={
        "identityKey": "BQ" + rnd_hex(rng, 64), "registrationId": 11873,
        "signedPreKey": {"keyId": 7, "publicKey": "BR" + rnd_hex(rng, 64),
                         "signature": rnd_hex(rng, 128)},
        "oneTimeKeys": [{"keyId": 100 + i, "publicKey": "BS" + rnd_hex(rng, 64)}
                        for i in range(4)]}))
    out.append(case("murmur", f"{API}/v2/directory", headers=auth, body={
        "me": L(PHONE_NOPLUS_SHA256, TEL),
        "book": L([sha("sha256", p[1][1:])[:10] for p in PEOPLE], CONTACTS), "v": 3}))
    dw, fl = dwell_flight(rng, 31)
    out.append(case("murmur", f"{API}/v2/messages/g_8812", headers=auth, body={
        "ct": rnd_hex(rng, 96), "ts": 1764900100, "dest": "g_8812",
        "typing": {"fl": L(b36(fl), KEYS), "composeMs": L(sum(fl) + dw[-1], KEYS)}}))
    out.append(case("murmur", f"{API}/v2/channels/c_51/posts", headers=auth, body={
        "text": L("rooftop show moved to 9, bring layers", TEXT),
        "mentions": L(["sam.p", "rosa.m"], UID), "kt": L(zigzag(_downs(rng, 37)), KEYS),
        "draft": "d_" + rnd_hex(rng, 6)}))
    rows = [[rng.choice([1, 1, 1, 2, 3, 4]), rng.randrange(70, 330)] for _ in range(26)]
    out.append(case("murmur", f"{API}/v2/typing", fmt="form", headers=auth, body={
        "chat": "dm_4471", "state": "composing", "cad": W(L(rows, KEYS), "json")}))
    out.append(case("murmur", f"{API}/v2/search", headers=auth, query={
        "q": L("rooftop show", SEARCH), "ik": L(secs(dwell_flight(rng, 12)[1]), KEYS),
        "scope": "chats"}))
    lab: dict[str, str] = {}
    ks = [[(1, rng.randrange(60, 150)), (2, rng.randrange(80, 300)), (3, rng.choice([1, 2, 4]))]
          for _ in range(14)]
    data = pb([(1, L(USER_ID, UID)), (2, L(ks[0], KEYS)), *[(2, k) for k in ks[1:]],
               (3, "dm"), (4, 1764900200)], "", lab)
    out.append(encode(raw("murmur", f"{LOG}/v1/composer", data, "application/x-protobuf", lab,
                          headers=auth), "deflate"))
    out.append(case("murmur", f"{LOG}/v1/caption", fmt="msgpack", headers=auth, body={
        "uid": L(USER_ID, UID), "f": L(centis(dwell_flight(rng, 20)[1]), KEYS),
        "bk": L(3, KEYS), "field": "story_caption"}))
    out.append(multipart("murmur", f"{API}/v2/stories", [
        ("meta", None, "application/json", {
            "caption": L("koreatown karaoke night", TEXT), "pin": L(pluscode(), PRECISE),
            "place": L("Koreatown", COARSE), "stickers": anchors(rng, 3), "ttl": 86400}),
        ("media", "s.jpg", "image/jpeg", L(JPEG + b"\xd1" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("murmur", f"{API}/v2/live-location", headers=auth, body={
        "type": "Feature", "geometry": {"type": "Point", "coordinates": L(
            [round(LON, 6), round(LAT, 6)], PRECISE)},
        "properties": {"acc": 9.5, "bat": L(41, DEV), "until": 1764903700, "to": "dm_4471"}}))
    out.append(encode(case("murmur", f"{API}/v2/live-location/batch", fmt="msgpack",
                           headers=auth, body={"pts": [
        {"la": L(e6(LAT + i * 1.4e-4), PRECISE), "lo": L(e6(LON - i * 9e-5), PRECISE),
         "t": 1764900300 + 15 * i, "hdg": rng.randrange(360)} for i in range(6)]}), "zstd"))
    out.append(case("murmur", f"{API}/v2/messages/dm_4471/pin", headers=auth, body={
        "pin": L(DMS, PRECISE), "note": L("meet here after work", TEXT), "ts": 1764900400}))
    out.append(case("murmur", f"{API}/v2/groups/nearby", headers=auth, query={
        "gh": L(geohash(n=5), COARSE), "cc": L("US", CARRIER), "radius": "5km"}))
    out.append(case("murmur", f"{API}/v2/stickers/weather", query={
        "ll": L("40.74,-73.99", COARSE), "units": "f"}))
    out.append(case("murmur", f"{API}/v2/calls/offer", headers=auth, body={
        "callId": rnd_uuid(rng), "to": "u_" + rnd_hex(rng, 10), "video": True,
        "candidates": [L(srflx(), f"{IPLOC}|{DEV}"), relay(),
                       L(f"candidate:1 1 udp 2122260223 {LOCAL_IP} 53211 typ host", DEV)],
        "mapped": L(IP_PORT, IPLOC)}))
    out.append(case("murmur", f"{API}/v2/calls/quality", fmt="form", headers=auth, body={
        "wan": L(IP_0X, IPLOC), "lan": L(LOCAL_IP, DEV), "turn": TURN_IP, "rtt": "88",
        "jitter": "12", "net": L("lte", DEV), "mccmnc": L(MCCMNC, CARRIER),
        "cid": L(str(CELL_ID), CARRIER), "tac": L(str(TAC), CARRIER), "mos": "4.1"}))
    out.append(case("murmur", f"{API}/v2/net/probe", headers={**auth, "X-Real-IP": L(
        PUBLIC_IP, IPLOC)}, body={"octets": L(IP_OCTETS, IPLOC), "cidr": L(IP_CIDR, IPLOC),
                                  "gw": GATEWAY_IP, "dns": DNS_IP, "stun": SRV_IP,
                                  "nat": "port-restricted"}))
    out.append(case("murmur", f"{API}/v2/push/register", fmt="form", body={
        "token": L(push_token(rng), DID), "iid": L(INSTALL_ID, DID), "cc": L("us", CARRIER),
        "op": L("example mobile", CARRIER), "tz": L("America/New_York", DEV)}))
    names = ["app_open", "chat_list", "chat_open", "message_send", "voice_note_record",
             "story_view", "story_view", "story_reply", "call_start", "call_end", "settings",
             "app_background", "app_open", "chat_open", "voice_note_send", "live_join",
             "live_leave", "app_background"]
    acc: Acc = {}
    lines = jsonl([{"ev": L(n, USAGE), "iid": L(INSTALL_ID, DID), "sim": L(MCCMNC, CARRIER),
                    "ipb": L(IP_B64, IPLOC), "eid": rnd_uuid(rng), "seq": i}
                   for i, n in enumerate(names)], acc)
    out.append(add(encode(raw("murmur", f"{LOG}/v1/events", lines, "application/x-ndjson", {}),
                          "gzip"), acc))
    acc = {}
    sess = tok({"sub": L(USER_ID, UID), "cip": L(PUBLIC_IP, IPLOC), "mccmnc": L(MCCMNC, CARRIER),
                "exp": 1767225600}, "cookie", "mm_s", acc)
    out.append(add(case("murmur", f"{API}/v2/config", cookies={"mm_s": sess}, query={
        "v": "6.14.0", "bucket": "exp_41b", "lang": L("en-US", DEV)}), acc))
    out.append(case("murmur", f"{API}/v2/me", headers=auth, body={
        "name": L("Jane Doe", NAMEC), "username": L("jane.walks", UID),
        "about": L("rooftops and rainy walks", TEXT), "birthday": L("1991-05-17", BIRTH),
        "recovery": L(EMAIL_UPPER, MAIL), "avatar": "av_" + rnd_hex(rng, 8)}))
    out.append(case("murmur", f"{API}/v2/stickers/buy", headers=auth, body={
        "sku": L("pack_rainy_days", BUY), "price": L(1.99, BUY),
        "order": L("GPA.3301-7719-0042-55180", BUY), "nonce": rnd_hex(rng, 16)}))
    log = (f"12-05 09:14:02.118 W/Net: stun ok mapped={PUBLIC_IP}:53211\n"
           f"12-05 09:14:02.410 I/Radio: serving eci={CELL_ID} tac={TAC} rsrp=-97\n")
    out.append(multipart("murmur", f"{API}/v2/diag", [
        ("meta", None, "application/json", {"build": "6.14.0", "id": rnd_uuid(rng)}),
        ("log", "net.log", "text/plain", L(log, f"{IPLOC}|{CARRIER}")),
    ], headers=auth))
    out.append(case("murmur", f"{API}/v2/report", headers=auth, body={
        "msg": "m_" + rnd_hex(rng, 10), "reason": "spam",
        "comment": L("keeps sending me crypto links", TEXT)}))
    # negatives: the server list, a sticker pack's anchors, the regions config
    out.append(case("murmur", f"{API}/v2/net/servers", body={
        "edges": [{"ip": EDGE_IP, "pop": "ewr"}, {"ip": SRV_IP, "pop": "iad"}],
        "turn": [TURN_IP], "stun": f"{SRV_IP}:3478"}))
    out.append(case("murmur", f"{API}/v2/stickers/pack_rainy_days", body={
        "anchors": anchors(rng, 6), "frames": [round(i * 41.7, 1) for i in range(24)]}))
    out.append(case("murmur", f"{API}/v2/config/regions", query={
        "supported": "US,CA,GB,DE", "v": "6.14.0"}))
    return out


def murmur_more() -> list[Case]:
    """A go-live, header-enrichment verification, a saved place, people nearby, insights."""
    rng = random.Random(18002)
    out = []
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "dev": 1, "iat": 1764910000})}
    key = "live_" + rnd_hex(rng, 24)
    c = case("murmur", f"https://live.murmur.example.org/rtmp/app/{key}/start", headers=auth,
             body={"title": L("rooftop set, come hang", TEXT), "at": L(ll(4), PRECISE),
                   "ingest": SRV_IP, "bitrate": 3500})
    c.labels[("url", "path[2]")] = CRED
    out.append(c)
    out.append(case("murmur", "https://he.murmur.example.net/v1/verify", query={
        "mccmnc": L(MCCMNC, CARRIER), "sid": rnd_uuid(rng)}, body={
        "msisdn_h": L(PHONE_NOPLUS_SHA256, TEL), "alg": "sha256"}))
    out.append(case("murmur", f"{API}/v2/places", headers=auth, body={
        "label": "home", "geom": L(WKT, PRECISE), "street": L(STREET, ADDR),
        "icon": "house"}))
    out.append(case("murmur", f"{API}/v2/people/nearby", headers=auth, query={
        "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE), "page": "1"}))
    out.append(case("murmur", f"{LOG}/v1/channel", body={
        "iid": L(INSTALL_ID, DID), "ev": L("channel_view", USAGE), "dwellMs": L(48200, USAGE),
        "geo": {"city": L("New York", COARSE), "region": L("NY", COARSE),
                "ip": L(IP_TRUNC, IPLOC)}, "channel": "c_51"}))
    t = "see you at 9"
    out.append(case("murmur", "https://live.murmur.example.org/chat", headers=auth, body={
        "room": "r_" + rnd_hex(rng, 8), "text": L(t, TEXT),
        "kev": L(keys(rng, t), f"{KEYS}|{TEXT}")}))
    dw, fl = dwell_flight(rng, 6)
    out.append(case("murmur", f"{API}/v2/lock/set", headers=auth, body={
        "pin": L("482916", CRED), "pinDw": L(u16(dw, "hex"), KEYS), "pinFl": L(u16(fl), KEYS),
        "hint": None}))
    out.append(case("murmur", f"{LOG}/v1/glide", headers=auth, body={
        "word": L("rooftop", TEXT), "path": L(swipe(rng, 18), MOTION), "layout": "qwerty"}))
    # negatives: audience aggregates, a venue page, a live room's viewer stats
    out.append(case("murmur", f"{API}/v2/channels/c_51/insights", headers=auth, body={
        "topCities": {"New York": 0.41, "Newark": 0.06}, "ageBuckets": {"25-34": 0.5},
        "hourly": [rng.randrange(200) for _ in range(24)]}))
    out.append(case("murmur", f"{API}/v2/venues/v_220", query={
        "name": "Rooftop Loft", "lat": "40.747012", "lon": "-73.986520"}))
    out.append(case("murmur", "https://live.murmur.example.org/stats", body={
        "viewers": 118, "peak": 141, "bitrateKbps": [3400, 3520, 3310], "dropped": 4,
        "ingest": SRV_IP}))
    return out
