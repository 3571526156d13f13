"""Blind set twelve, part five: a video-player analytics SDK and a live-chat SDK (see
``eval_families12.py`` for the rules of this set, its conventions and its calls).

Video QoE (in the style of Mux/Conviva): a short-key beacon with view metadata and events (JSON),
Conviva-style session heartbeats with tags and an event list (JSON, deflate), an ad-break event
in a query string, JSON Lines offline heartbeats, CDN/bitrate-only negatives.
Live chat (in the style of embedded chat widgets): visitor registration with custom variables,
messages (JSON, form), typing indicators with a sneak peek, an attachment (multipart), an
end-of-chat rating with a transcript request, a session JWT cookie, agent/queue negatives.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import jsonl, with_labels
from eval_families9_kit import (
    ADDR,
    ADID,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    device_headers,
    sha,
)
from eval_families10_kit import Acc, token
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    NAME,
    PHONE,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

MUX = "https://beacon.playstat.example.com"
CV = "https://ws.qoe-meter.example.net"
CHAT = "https://chat.talkbubble.example.io"
MEDIA = "content.media"
TITLES = [("Baby's First Year: Ep 3 Sleep", "Baby's First Year"),
          ("Sobriety Stories: Day 90", "Sobriety Stories"), ("The Long Coast", None)]


def video() -> list[Case]:
    rng = random.Random(12009)
    out = []
    for k, (title, series) in enumerate(TITLES):
        out.append(case("video", f"{MUX}/v1/b/env_7hq2", gz=k == 1, body={
            "metadata": {"view_id": rnd_uuid(rng), "vsid": rnd_hex(rng, 16),
                         "uvi": L(USER_ID, UID), "mvrid": L(INSTALL_ID, DID),
                         "vtt": L(title, USAGE), "vsr": L(series, USAGE) if series else None,
                         "vid": "vid_" + rnd_hex(rng, 8), "vdu": 1320000, "pnm": "ExoPlayer",
                         "pve": "2.19.1", "vostp": L("Android", DEV), "vosve": L("14", DEV),
                         "vdvmo": L("Pixel 8", DEV), "vdvmn": L("Google", DEV),
                         "vctp": L("wifi", DEV), "psw": L(1080, DEV), "psh": L(607, DEV),
                         "sex": "ab_player_v2"},
            "events": [{"e": e, "ts": 1764254200000 + i * 10000, "ph": i * 10000,
                        "br": 2400000 + i * 100000, "dfr": i, "cdn": "edge-3"}
                       for i, e in enumerate(["viewstart", "playing", "hb", "hb", "pause"])]},
            headers={"User-Agent": L(UA, DEV)}))
    for k in range(3):
        title, series = TITLES[k]
        body = {"t": "CwsSessionHb", "cid": "c3.ExampleStream", "clid": L(
            "1234567.8901234.2345678.3456789", DID), "sid": 3301 + k, "seq": k * 4,
            "st": 1764254300000, "pht": k * 20000, "bl": 12000, "br": 3100, "cwsstate": 3,
            "tags": {"c3.viewer.id": L(EMAIL, MAIL), "c3.cm.name": L(title, USAGE),
                     "c3.cm.seriesName": L(series or "", USAGE) if series else "",
                     "c3.app.version": "5.1.0", "c3.device.model": L("Pixel 8", DEV),
                     "c3.device.brand": L("Google", DEV), "c3.cm.contentType": "VOD",
                     "c3.ad.id": L(GAID, ADID), "c3.net.carrier": L("Example Mobile", CARRIER),
                     "c3.viewer.ip": L(PUBLIC_IP, IPLOC), "c3.geo.city": L("New York", COARSE)},
            "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3, "br": 3100}, "seq": k},
                    {"t": "CwsCustomEvent", "name": L("Subtitles On", USAGE),
                     "attr": {"lang": L("es", USAGE)}}]}
        out.append(encode(case("video", f"{CV}/0/wsg", body=body, headers={
            "X-Conviva-Key": "9f1e3c77aa"}), "deflate"))
    for k in range(2):
        out.append(case("video", f"{MUX}/v1/ad", query={
            "e": ["adbreakstart", "adended"][k], "view": rnd_uuid(rng), "pos": "preroll",
            "aid": "vast_" + rnd_hex(rng, 6), "ifa": L(GAID, ADID), "uvi": L(USER_ID, UID),
            "vtt": L(TITLES[0][0], USAGE), "dev": L("Pixel 8", DEV), "cb": rng.getrandbits(32)}))
    acc: Acc = {}
    lines = jsonl([{"type": "heartbeat", "viewer": L(USER_ID, UID), "title": L(t, USAGE),
                    "watched_s": L(60 * (i + 1), USAGE), "rebuffer_ms": 400 * i,
                    "bitrate_kbps": 3100, "device": {"model": L("Pixel 8", DEV),
                                                     "os": L("Android 14", DEV)},
                    "downloaded": True, "t": 1764254400 + i} for i, (t, _) in enumerate(TITLES)],
                  acc)
    out.append(with_labels(raw("video", f"{MUX}/v1/offline", lines, "application/x-ndjson", {}),
                           acc))
    for k in range(2):
        out.append(case("video", f"{MUX}/v1/qos", body={
            "cdn": "edge-3", "pop": "ewr", "bitrate": [2400, 3100, 3100, 4500], "ttff": 812 + k,
            "errors": [], "playerSession": rnd_uuid(rng), "segmentHash": rnd_hex(rng, 40)}))
    return out


def chat() -> list[Case]:
    rng = random.Random(12010)
    out = []
    acc: Acc = {}
    sess = token({"visitor_id": L("v_" + rnd_hex(rng, 12), DID), "org": "org_552",
                  "exp": 1764260000}, "cookie", "__tb_session", acc)
    jar = {"__tb_session": sess, "__tb_vid": L(INSTALL_ID, DID)}
    out.append(with_labels(case("chat", f"{CHAT}/v2/visitors", cookies=jar, headers={
        **device_headers()}, body={
        "visitor": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
                    "external_id": L(USER_ID, UID)},
        "custom_variables": {"plan": "family", "last_order": L("ORD-77812", BUY),
                             "account_age_days": 411},
        "page": {"screen": L("Order Help", USAGE), "referrer": L("Order Details", USAGE)},
        "visit": {"ip": L(PUBLIC_IP, IPLOC), "count": L(7, USAGE)}}), dict(acc)))
    msgs = ["hi, my order ORD-77812 never arrived",
            "it was supposed to go to 41 E 22nd St Apt 5B",
            "my card ending 4242 was still charged",
            "I need the insulin pens in it by friday"]
    cats = [f"{TEXT}|{BUY}", f"{TEXT}|{ADDR}", f"{TEXT}|{PAY}", f"{TEXT}|{MED}"]
    for k, (text, cat) in enumerate(zip(msgs, cats, strict=True)):
        body = {"chat_id": "ch_9911", "event": {"type": "message", "text": L(text, cat),
                                                "custom_id": rnd_uuid(rng),
                                                "author_id": L(INSTALL_ID, DID)},
                "seq": k}
        if k % 2:
            out.append(with_labels(case("chat", f"{CHAT}/v2/chats/ch_9911/events",
                                        cookies=jar, body=body), dict(acc)))
        else:
            out.append(with_labels(case("chat", f"{CHAT}/v2/send_event", fmt="form", cookies=jar,
                                        body={"chat_id": "ch_9911", "type": "message",
                                              "text": L(text, cat), "seq": str(k)}), dict(acc)))
    for k, peek in enumerate(["sorry one more thing, my daugh", ""]):
        out.append(with_labels(case("chat", f"{CHAT}/v2/typing", cookies=jar, body={
            "chat_id": "ch_9911", "is_typing": L(bool(peek), USAGE),
            "sneak_peek": L(peek, TEXT) if peek else "", "ts": 1764254500 + k}), dict(acc)))
    out.append(with_labels(multipart("chat", f"{CHAT}/v2/files", [
        ("chat_id", None, "text/plain", "ch_9911"),
        ("file", "IMG_20261127_141901.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("caption", None, "text/plain", L("photo of the damaged box at my door", TEXT)),
    ], cookies=jar), dict(acc)))
    out.append(with_labels(case("chat", f"{CHAT}/v2/chats/ch_9911/rating", cookies=jar, body={
        "score": 2, "comment": L("agent was kind but nothing got fixed", TEXT),
        "send_transcript_to": L(EMAIL, MAIL), "agent": {"id": "ag_31", "name": "Priya K."},
        "queue_wait_s": 148}), dict(acc)))
    out.append(case("chat", f"{CHAT}/v2/pre_chat", fmt="form", body={
        "name": L("Jane", NAMEC), "email": L(EMAIL, MAIL), "topic": "delivery",
        "order_no": L("ORD-77812", BUY), "consent": "1", "dept": "support",
        "email_sha": L(sha("sha256", EMAIL), MAIL)}, headers={"User-Agent": L(UA, DEV)}))
    out.append(case("chat", f"{CHAT}/v2/login", headers={
        "Authorization": L("Bearer tb_" + rnd_hex(rng, 40), CRED)}, body={
        "license": 1488220, "client_id": "c_4d1a", "device": {"model": L("Pixel 8", DEV)},
        "push_token": L("fcm:" + rnd_hex(rng, 80), DID)}))
    out.append(case("chat", f"{CHAT}/v2/agents/availability", query={
        "license": "1488220", "group": "2", "ts": "1764254600"}))
    out.append(case("chat", f"{CHAT}/v2/greeting", query={
        "license": "1488220", "vid": L(INSTALL_ID, DID), "screen": L("Order Help", USAGE),
        "lang": L("en", DEV)}))
    return out
