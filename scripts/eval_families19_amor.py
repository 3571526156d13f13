"""Blind set nineteen, part one: the founding case as a dating app with live rooms and video dates
("Amorio", fictional): SIM and cell identities, the device's public IP in new forms, positions in
new encodings and keystroke timing in new encodings, each beside look-alikes that must not be
flagged (see ``eval_families19.py`` for the rules of this set, its conventions and its calls).

``amorio()``: sign-up with the SIM (PLMN BCD string, upper-case SPN, alpha-3 country, ICCID with
its filler), a ``tel:`` verification (form), the profile (orientation, religion, height), a deck
fetch by a position in radians, swipes with a zoom-12 quadkey (JSON Lines, gzip), messages with
base85 and base32 timings, a composer protobuf with packed zigzag key times (deflate), a typing
beacon with delta-of-delta times (msgpack, zstd), a ``geo:`` URI, a safety check-in (ISO 6709, a
trusted contact), a live room (srflx candidate, the endpoint URL of a UPnP port mapping), a go-live
(stream key in the path, degrees and decimal minutes), a gift, a radio beacon (NAT64 address, ECGI,
NR cell, TAC in hex; form), a config fetch with a session JWT cookie (base64 IP text, MCC/MNC), a
background fix in Web Mercator metres (msgpack, deflate), a Maidenhead area, a video intro
(multipart: ISO 6709), photos (multipart: float32 EXIF pair), a report, hashed contacts, a
subscription, analytics (JSON Lines, br: split MCC and MNC integers per record), an ad request,
push (operator slug, numeric SIM country; form), a radio log (multipart text); negatives: the
travel-mode city, saved date spots, the server list, icebreaker packs (``amorio_more()`` is in
``eval_families19_live.py``). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    EDGE_IP,
    GENDER,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    MP4,
    NAMEC,
    PEOPLE,
    PRECISE,
    SENS,
    SIM,
    SRV_IP,
    TEL,
    TEXT,
    TURN_IP,
    UID,
    USAGE,
    Acc,
    add,
    device_headers,
    dwell_flight,
    encode,
    jsonl,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    sha,
    srflx,
    tok,
)
from eval_families18_kit import FIT, TAC
from eval_families19_kit import (
    ECGI,
    EMAIL_MIXED,
    GAID_NODASH_UPPER,
    GAID_SHA1,
    ICCID_F,
    IID_BRACED,
    IP_B64STR,
    IP_NAT64,
    IP_UPNP,
    MCCMNC_COLON,
    NR_NCI,
    OP_SLUG,
    PHONE_DIGITS_SHA256,
    PHONE_TEL_URI,
    PLMN_BCD,
    SIM_ALPHA3,
    SIM_NUM,
    TAC_HEX,
    b32c,
    b85u16,
    ddm,
    dod,
    f32pair,
    geo_uri,
    iso6709,
    maidenhead,
    mercator,
    quadkey,
    rad,
    venues,
    zz,
)
from eval_payloads import (
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

API = "https://api.amorio.example.com/v3"
EV = "https://ev.amorio.example.net/v1"
LIVE = "https://live.amorio.example.org"


def _downs(rng: random.Random, n: int) -> list[int]:
    t, out = 0, []
    for _ in range(n):
        out.append(t)
        t += rng.randrange(80, 330)
    return out


def auth_headers(iat: int) -> dict[str, J]:
    return {"Authorization": J({"sub": L(USER_ID, UID), "plan": "gold", "iat": iat})}


def amorio() -> list[Case]:
    rng = random.Random(19001)
    out = []
    auth = auth_headers(1765000000)
    dh = {**auth, **device_headers()}
    out.append(case("amorio", f"{API}/signup", headers=device_headers(), body={
        "phone": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL),
        "password": L("Sunset-Rooftops-88", CRED), "device": L(IID_BRACED, DID),
        "sim": {"plmn": L(PLMN_BCD, CARRIER), "spn": L("EXAMPLE MOBILE", CARRIER),
                "iso3": L(SIM_ALPHA3, CARRIER), "iccid": L(ICCID_F, SIM),
                "slots": 2},
        "tos": "2025-10", "nonce": rnd_hex(rng, 24)}))
    out.append(case("amorio", f"{API}/verify", fmt="form", body={
        "tel": L(PHONE_TEL_URI, TEL), "code": L("604219", CRED),
        "mccmnc": L(MCCMNC_COLON, CARRIER), "attempt": "1", "req": rnd_uuid(rng)}))
    out.append(case("amorio", f"{API}/me/profile", headers=dh, body={
        "firstName": L("Jane", NAMEC), "dob": L("1991-05-17", BIRTH), "gender": L("woman", GENDER),
        "orientation": L("bisexual", SENS), "religion": L("Jewish", SENS),
        "heightCm": L(168, FIT), "job": "nurse", "ageRange": [29, 41], "maxKm": 25,
        "bio": L("rooftop gardens, bad puns, good coffee", TEXT),
        "prompts": [{"q": "pr_12", "a": L("a perfect Sunday is the flea market then dumplings",
                                          TEXT)}]}))
    out.append(case("amorio", f"{API}/deck", headers=dh, query={
        "pos": L(rad(), PRECISE), "km": "25", "deck": "d_" + rnd_hex(rng, 8),
        "exp": "ranker_v9b"}))
    acc: Acc = {}
    evs = ["swipe_left", "swipe_left", "swipe_right", "profile_open", "swipe_right", "superlike",
           "swipe_left", "match", "swipe_left", "swipe_right", "profile_open", "swipe_left",
           "swipe_left", "photo_next", "photo_next", "swipe_right", "rewind", "swipe_left",
           "boost_view", "swipe_left"]
    lines = jsonl([{"ev": L(e, USAGE), "target": "u_" + rnd_hex(rng, 10),
                    "iid": L(INSTALL_ID, DID), "qk": L(quadkey(12), COARSE),
                    "t": 1765000100 + 4 * i, "id": rnd_uuid(rng)} for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("amorio", f"{EV}/swipes", lines, "application/x-ndjson", {},
                              headers=auth), "gzip"), acc))
    dw, fl = dwell_flight(rng, 28)
    out.append(case("amorio", f"{API}/matches/m_4410/messages", headers=auth, body={
        "text": L("ok the dumpling place on 8th it is", TEXT), "kt": L(b85u16(fl), KEYS),
        "compose": L(sum(fl) + dw[-1], KEYS), "cid": rnd_uuid(rng)}))
    out.append(case("amorio", f"{API}/matches/m_4410/messages", headers=auth, body={
        "text": L("running 10 min late, sorry!!", TEXT), "ik": L(b32c(dwell_flight(rng, 24)[1]),
                                                                 KEYS),
        "bksp": L(3, KEYS), "cid": rnd_uuid(rng)}))
    downs = _downs(rng, 18)
    ups = [d + rng.randrange(60, 140) for d in downs]
    lab: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, "m_4410"), (3, L(zz(downs), KEYS)),
               (4, L(zz(ups), KEYS)), (5, 1765000300)], "", lab)
    out.append(encode(raw("amorio", f"{EV}/composer", data, "application/x-protobuf", lab,
                          headers=auth), "deflate"))
    out.append(encode(case("amorio", f"{EV}/typing", fmt="msgpack", headers=auth, body={
        "m": "m_4410", "st": "typing", "dd": L(dod(_downs(rng, 16)), KEYS), "n": 16}), "zstd"))
    out.append(case("amorio", f"{API}/matches/m_4410/messages", headers=auth, body={
        "text": L("here now, by the window", TEXT), "cid": rnd_uuid(rng),
        "att": {"kind": "my_location", "geo": L(geo_uri(), PRECISE), "ttlMin": 60}}))
    out.append(case("amorio", f"{API}/safety/checkin", headers=dh, body={
        "where": L(iso6709(5), PRECISE), "date": {"name": L("Alex", NAMEC), "match": "m_4410"},
        "trusted": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)},
        "checkAt": 1765012000, "bat": L(38, DEV)}))
    out.append(case("amorio", f"{LIVE}/rooms/r_77/join", headers=auth, body={
        "cands": [L(srflx(50120), f"{IPLOC}|{DEV}"), relay()],
        "igd": {"endpoint": L(IP_UPNP, IPLOC), "lan": L(LOCAL_IP, DEV), "port": 49152},
        "turn": TURN_IP, "role": "viewer"}))
    key = "sk_" + rnd_hex(rng, 28)
    c = case("amorio", f"{LIVE}/ingest/{key}/start", headers=auth, body={
        "title": L("sunday plant swap, ask me anything", TEXT), "loc": L(ddm(), PRECISE),
        "cat": "just_chatting", "ingest": SRV_IP, "kbps": 3000})
    c.labels[("url", "path[1]")] = CRED
    out.append(c)
    out.append(case("amorio", f"{LIVE}/rooms/r_77/gifts", headers=auth, body={
        "gift": L("rose_bouquet", BUY), "coins": L(299, BUY),
        "order": L("AMR-" + rnd_hex(rng, 10).upper(), BUY), "host": "u_" + rnd_hex(rng, 10)}))
    out.append(case("amorio", f"{EV}/netq", fmt="form", headers=auth, body={
        "ip6": L(IP_NAT64, IPLOC), "ecgi": L(ECGI, CARRIER), "nci": L(str(NR_NCI), CARRIER),
        "tac": L(TAC_HEX, CARRIER), "rsrq": "-11", "rat": L("NR_NSA", DEV), "turn": TURN_IP,
        "rtt": "64"}))
    acc = {}
    sess = tok({"sub": L(USER_ID, UID), "wan": L(IP_B64STR, IPLOC), "plmn": L(MCCMNC, CARRIER),
                "exp": 1767225600}, "cookie", "am_s", acc)
    out.append(add(case("amorio", f"{API}/config", cookies={"am_s": sess}, query={
        "v": "8.2.0", "ab": "deck_v9b", "lang": L("en-US", DEV)}), acc))
    out.append(encode(case("amorio", f"{EV}/loc", fmt="msgpack", headers=auth, body={
        "m": L(mercator(), PRECISE), "acc": 11.0, "t": 1765000500, "bg": True,
        "bat": L(52, DEV)}), "deflate"))
    out.append(case("amorio", f"{API}/nearby/areas", headers=auth, query={
        "loc": L(maidenhead(6), COARSE), "r": "10", "page": "1"}))
    out.append(multipart("amorio", f"{API}/me/intro", [
        ("meta", None, "application/json", {"xyz": L(iso6709(4), PRECISE), "dur": 12.4,
                                            "caption": L("come find me at the flea market",
                                                         TEXT)}),
        ("video", "intro.mp4", "video/mp4", L(MP4 + b"\xa1" * 12, MEDIA)),
    ], headers=auth))
    out.append(multipart("amorio", f"{API}/me/photos", [
        ("meta", None, "application/json", {"exif": {"gps": L(f32pair(), PRECISE),
                                                     "model": L("Pixel 8", DEV)},
                                            "crop": [0, 0, 1080, 1350], "slot": 2}),
        ("photo", "p2.jpg", "image/jpeg", L(JPEG + b"\xa2" * 12, MEDIA)),
    ], headers=auth))
    out.append(case("amorio", f"{API}/reports", headers=dh, body={
        "user": "u_" + rnd_hex(rng, 10), "reason": "harassment",
        "comment": L("he kept asking for my address after I said no", TEXT)}))
    out.append(case("amorio", f"{API}/contacts/hide", headers=auth, body={
        "me": L(PHONE_DIGITS_SHA256, TEL),
        "book": L([sha("sha256", p[1][2:]) for p in PEOPLE], CONTACTS), "alg": "sha256"}))
    out.append(case("amorio", f"{API}/subscriptions", headers=dh, body={
        "sku": L("gold_1m", BUY), "price": L("29.99", BUY), "currency": "USD",
        "token": L("amr.gp." + rnd_hex(rng, 40), BUY)}))
    acc = {}
    names = ["app_open", "deck_view", "profile_open", "match_open", "chat_open", "message_send",
             "live_browse", "live_join", "gift_send", "live_leave", "settings", "app_background",
             "app_open", "chat_open", "voice_intro_play", "date_call_start", "date_call_end",
             "app_background"]
    lines = jsonl([{"e": L(n, USAGE), "iid": L(INSTALL_ID, DID), "mcc": L(310, CARRIER),
                    "mnc": L(260, CARRIER), "ip": L(PUBLIC_IP, IPLOC), "t": 1765000600 + 11 * i,
                    "sid": "s_" + rnd_hex(rng, 8)} for i, n in enumerate(names)], acc)
    out.append(add(encode(raw("amorio", f"{EV}/events", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("amorio", f"{API}/ads/slot", headers=dh, query={
        "ifa": L(GAID_NODASH_UPPER, ADID), "ifah": L(GAID_SHA1, ADID), "slot": "deck_native_3",
        "floor": "0.80"}))
    out.append(case("amorio", f"{API}/push", fmt="form", headers=auth, body={
        "tok": L(push_token(rng), DID), "op": L(OP_SLUG, CARRIER), "simcc": L(SIM_NUM, CARRIER),
        "tz": L("America/New_York", DEV)}))
    log = (f"12-06 21:14:09.101 I/Radio: serving {ECGI} tac={TAC} rat=NR_NSA\n"
           f"12-06 21:14:09.388 W/Net: clat v6 {IP_NAT64} -> stun ok\n")
    out.append(multipart("amorio", f"{API}/diag", [
        ("meta", None, "application/json", {"build": "8.2.0", "id": rnd_uuid(rng)}),
        ("log", "radio.log", "text/plain", L(log, f"{CARRIER}|{IPLOC}")),
    ], headers=auth))
    # negatives: the travel-mode city, saved date spots, the server list, icebreaker packs
    out.append(case("amorio", f"{API}/passport", headers=auth, body={
        "city": "Lisbon", "lat": 38.7223, "lon": -9.1393, "days": 7}))
    out.append(case("amorio", f"{API}/spots/sync", body={"saved": venues(rng, 5), "v": 3}))
    out.append(case("amorio", f"{API}/net/servers", body={
        "edges": [{"ip": EDGE_IP, "pop": "ewr"}, {"ip": SRV_IP, "pop": "ord"}],
        "turn": [TURN_IP], "stun": f"{SRV_IP}:3478", "ttl": 3600}))
    out.append(case("amorio", f"{API}/icebreakers", query={"pack": "ice_v4", "v": "8.2.0"}))
    return out

