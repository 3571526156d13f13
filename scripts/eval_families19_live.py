"""Blind set nineteen, part two: more of the founding case's dating app ("Amorio", fictional, see
``eval_families19_amor.py``) and the live-video SDK inside it ("Beamlet", fictional), each identity
and timing beside look-alikes that must not be flagged (see ``eval_families19.py`` for the rules of
this set, its conventions and its calls).

``amorio_more()``: a video-date offer (a bracketed IP, host and relay candidates), live-chat key
rows that spell the text, digraph latencies of a bio, ``down-up`` pairs of a password change, an
event ticket (the venue's coordinates a negative), GSM cell events (a top-level array, br), an
e-mail confirmation link (base64url e-mail), an account deletion, privacy settings (TTLs), live
heartbeats (JSON Lines, no coding: the ECGI and a reverse-DNS name of the public IP per record), a
date's call quality (msgpack, gzip: the IP as hex beside per-second stats and the TURN address),
"crossed paths" positions as 4-decimal ``"lat,lon"`` strings, a ban-evasion check (base64url
protobuf in a form field: the IMEI dashed and as SHA-1, SHA-256 of the serial, the MAC dotted and
as MD5, SHA-256 of the IMSI, the install ID and advertising ID as base64 of their bytes, the ECI in
hex, SSID/BSSID), card-drag trajectories (JSON Lines, zstd), verification frames with ``x,y;``
landmark strings (JSON Lines, gzip), four speakers' embeddings in a voice room (msgpack) and a
search with a seconds string. ``beamlet()``: a join-token fetch with the public IP in a header, a
publisher report (network block, a zero-padded mapped address), quality events (JSON Lines,
deflate: cell ID and TAC as strings and integers per record) and a negative edge allocation. Values
are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADID,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    EDGE_IP,
    FACE,
    HW,
    IP_HEX,
    IPLOC,
    KEYS,
    MAIL,
    MCCMNC,
    MOTION,
    PRECISE,
    SEARCH,
    SIM,
    SRV_IP,
    TEXT,
    TURN_IP,
    UID,
    USAGE,
    VOICE,
    WIFI,
    Acc,
    add,
    dwell_flight,
    encode,
    flat,
    jsonl,
    keys,
    landmarks,
    ll,
    pbu,
    raw,
    relay,
    srflx,
    swipe,
)
from eval_families18_kit import CELL_ID, TAC, lmstr, secs
from eval_families19_amor import API, EV, LIVE, auth_headers
from eval_families19_kit import (
    ECGI,
    ECI_HEX,
    EMAIL_B64URL,
    GAID_RAW_B64,
    GSM_CID,
    IID_RAW_B64,
    IMEI_DASHED,
    IMEI_SHA1,
    IMSI_SHA256,
    IP_BRACKET,
    IP_LABEL,
    IP_PADDED,
    LAC,
    MAC_DOTTED,
    MAC_MD5,
    MCCMNC_COLON,
    SERIAL_SHA256,
    digraphs,
    pairs,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

BL = "https://rtc.beamlet.example.net/v4"



def amorio_more() -> list[Case]:
    """A video date, live-chat keys, digraphs, a password change, cells, confirmations."""
    rng = random.Random(19002)
    out = []
    auth = auth_headers(1765010000)
    out.append(case("amorio", f"{LIVE}/dates/offer", headers=auth, body={
        "call": rnd_uuid(rng), "peer": "u_" + rnd_hex(rng, 10),
        "cands": [L(srflx(50122), f"{IPLOC}|{DEV}"), relay(),
                  L(f"candidate:2 1 udp 2122260223 {LOCAL_IP} 50122 typ host", DEV)],
        "pub": L(IP_BRACKET, IPLOC), "video": True}))
    t = "love that plant"
    out.append(case("amorio", f"{LIVE}/rooms/r_77/chat", headers=auth, body={
        "text": L(t, TEXT), "kev": L(keys(rng, t, "row"), f"{KEYS}|{TEXT}")}))
    bio = "rooftop tomatoes and terrible puns"
    out.append(case("amorio", f"{API}/me/bio", headers=auth, body={
        "bio": L(bio, TEXT), "dg": L(digraphs(rng, bio), KEYS)}))
    out.append(case("amorio", f"{API}/me/password", headers=auth, body={
        "old": L("Sunset-Rooftops-88", CRED), "new": L("Tomato-Terrace-19", CRED),
        "pt": L(pairs(keys(rng, "x" * 17)), KEYS)}))
    out.append(case("amorio", f"{API}/events/ev_spd_12/tickets", headers=auth, body={
        "ticket": L("TKT-" + rnd_hex(rng, 8).upper(), BUY), "total": L(18.0, BUY),
        "venue": {"name": "The Copper Room", "lat": 40.721702, "lon": -73.987731}}))
    out.append(encode(case("amorio", f"{EV}/cells", body=[
        {"ev": L(e, USAGE), "cid": L(GSM_CID + i, CARRIER), "lac": L(LAC, CARRIER),
         "op": L("Example Mobile", CARRIER), "rat": "gsm"}
        for i, e in enumerate(["chat_open", "message_send", "photo_send", "chat_close"])]), "br"))
    out.append(case("amorio", f"{API}/email/confirm", query={
        "e": L(EMAIL_B64URL, MAIL), "t": L(rnd_hex(rng, 32), CRED)}))
    out.append(case("amorio", f"{API}/me/delete", headers=auth, body={
        "reason": "met_someone", "comment": L("met someone here, thanks for everything", TEXT),
        "email": L(EMAIL, MAIL)}))
    out.append(case("amorio", f"{API}/me/settings", headers=auth, body={
        "hideDistance": True, "incognito": False, "readReceipts": True, "theme": "dark",
        "ttl": 86400}))
    acc: Acc = {}
    evs = ["live_join", "heartbeat", "heartbeat", "comment", "heartbeat", "gift_view",
           "heartbeat", "heartbeat", "follow_host", "live_leave"]
    lines = jsonl([{"room": "r_77", "ev": L(e, USAGE), "watchMs": L(30000 * i, USAGE),
                    "iid": L(INSTALL_ID, DID), "ecgi": L(ECGI, CARRIER),
                    "host": L(f"{IP_LABEL}.dyn.isp.example.net", IPLOC)}
                   for i, e in enumerate(evs)], acc)
    out.append(add(raw("amorio", f"{EV}/live/beats", lines, "application/x-ndjson", {},
                       headers=auth), acc))
    out.append(encode(case("amorio", f"{LIVE}/dates/quality", fmt="msgpack", headers=auth, body={
        "call": rnd_uuid(rng), "wan": L(IP_HEX, IPLOC), "turn": TURN_IP,
        "stats": [{"s": i, "kbps": rng.randrange(600, 1800), "loss": round(rng.random() / 50, 3)}
                  for i in range(12)], "mccmnc": L(MCCMNC, CARRIER)}), "gzip"))
    out.append(case("amorio", f"{API}/crossed-paths", headers=auth, body={
        "pts": [{"ll": L(ll(4, i * 2.1e-4, -i * 1.7e-4), PRECISE), "t": 1765020000 + 300 * i}
                for i in range(8)], "opt": True}))
    out.extend(_trust(rng, auth))
    return out


def _trust(rng: random.Random, auth: dict[str, J]) -> list[Case]:
    """Ban-evasion checks, card-drag trajectories, verification frames, voices in a room."""
    out = []
    acc: Acc = {}
    d = pbu([(1, L(IMEI_DASHED, HW)), (2, L(IMEI_SHA1, HW)), (3, L(SERIAL_SHA256, HW)),
             (4, L(MAC_DOTTED, HW)), (5, L(MAC_MD5, HW)), (6, L(IMSI_SHA256, SIM)),
             (7, L(IID_RAW_B64, DID)), (8, L(GAID_RAW_B64, ADID)), (9, L(ECI_HEX, CARRIER)),
             (10, [(1, L(SSID, WIFI)), (2, L(BSSID.upper(), WIFI))]), (11, "t_3")],
            "body", "d", acc)
    out.append(add(case("amorio", f"{API}/trust/device", fmt="form", headers=auth, body={
        "d": d, "v": "3", "n": rnd_hex(rng, 16)}), acc))
    acc = {}
    lines = jsonl([{"card": "u_" + rnd_hex(rng, 10), "dir": dr, "path": L(swipe(rng, 14), MOTION),
                    "iid": L(INSTALL_ID, DID)} for dr in ["left", "left", "right", "left", "up",
                                                          "right"]], acc)
    out.append(add(encode(raw("amorio", f"{EV}/drags", lines, "application/x-ndjson", {},
                              headers=auth), "zstd"), acc))
    acc = {}
    lines = jsonl([{"f": i, "lm": L(lmstr(landmarks(rng, 68)), FACE), "yaw": round(-20 + 8 * i, 1)}
                   for i in range(6)], acc)
    out.append(add(encode(raw("amorio", f"{API}/verify/frames", lines, "application/x-ndjson",
                              {}, headers=auth), "gzip"), acc))
    out.append(case("amorio", f"{LIVE}/rooms/r_80/voices", fmt="msgpack", headers=auth, body={
        "spk": [{"peer": "u_" + rnd_hex(rng, 10), "emb": L(flat(rng, 128, 0.05), VOICE),
                 "talkMs": rng.randrange(2000, 90000)} for _ in range(4)], "mode": "audio_only"}))
    out.append(case("amorio", f"{API}/search", headers=auth, query={
        "q": L("plant swap", SEARCH), "ik": L(secs(dwell_flight(rng, 10)[1]), KEYS),
        "scope": "rooms"}))
    return out


def beamlet() -> list[Case]:
    rng = random.Random(19003)
    out = []
    app = {"X-Beamlet-App": "bl_app_amorio_3f0c"}
    out.append(case("beamlet", f"{BL}/token", headers={**app, "X-Beamlet-Client-IP": L(
        PUBLIC_IP, IPLOC)}, query={"channel": "r_77", "uid": L(USER_ID, UID), "role": "pub"}))
    out.append(case("beamlet", f"{BL}/report/publish", headers=app, body={
        "channel": "r_77", "uid": L(USER_ID, UID), "sid": rnd_uuid(rng),
        "net": {"type": L("cellular", DEV), "rat": L("NR", DEV),
                "plmn": L(MCCMNC_COLON, CARRIER), "op": L("Example Mobile", CARRIER)},
        "ice": {"local": L(LOCAL_IP, DEV), "mapped": L(IP_PADDED, IPLOC), "relay": TURN_IP},
        "enc": {"w": 720, "h": 1280, "fps": 30, "kbps": 2800}}))
    acc: Acc = {}
    kinds = ["first_frame", "stall", "bitrate_drop", "stall", "reconnect", "bitrate_up"]
    lines = jsonl([{"k": k, "ms": rng.randrange(40, 3000), "cell": L(str(CELL_ID), CARRIER),
                    "tac": L(TAC, CARRIER), "ip": L(IP_PADDED, IPLOC), "uid": L(USER_ID, UID),
                    "seq": i} for i, k in enumerate(kinds)], acc)
    out.append(add(encode(raw("beamlet", f"{BL}/quality", lines, "application/x-ndjson", {},
                              headers=app), "deflate"), acc))
    out.append(case("beamlet", f"{BL}/edges/allocate", headers=app, body={
        "regions": ["us-east", "us-central"], "edges": [EDGE_IP, SRV_IP], "ttl": 30,
        "sz": 4, "proto": "udp"}))
    return out
