"""Blind set sixteen, part seven: batches of the same twelve app kinds that repeat context per
record, as offline queues and SDK flushes do (see ``eval_families16.py`` for the rules of this
set, its conventions and its calls), and negative-only look-alikes.

Batches: a live app's viewer analytics (a top-level JSON array, br), an offline comment queue
(JSON Lines, gzip) with flight strings, VTuber tracking frames (msgpack), duet drafts (base64
JSON in a JSON field), creator replies with packed dwell times, AR face-tracking sessions (JSON
Lines, zstd), anti-spam composer sessions (gzip+base64 JSON in a form field), a drone's flight
history (XML), plant observations (a top-level array), caller-ID lookups (schema-less protobuf,
repeated sub-messages), roadside job history, open-house visits, prior tax returns (JSON Lines),
gift history (msgpack), an in-feed OpenRTB bid request and an anti-bot device fingerprint.
Negatives: a voice effect's pitch-shift automation, a clip's frame timings and scroll jank,
a 3D sticker's mesh, a CDN and TURN server list, a venue's coordinates, a stock avatar's
expression, an audio effect chain. Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EDGE_IP,
    EMAIL_SHA256,
    FACE,
    GAID_NODASH,
    GENDER,
    HW,
    IP_INT,
    IPLOC,
    KEYS,
    MCCMNC,
    NAMEC,
    NATID,
    PEOPLE,
    PRECISE,
    SIM,
    SRV_IP,
    SSN,
    STREET,
    TEL,
    TEXT,
    TURN_IP,
    UA,
    UID,
    USAGE,
    VOICE,
    WIFI,
    Acc,
    add,
    blend,
    dwell_flight,
    enc,
    encode,
    f32b64,
    flat,
    frame_times,
    jsonl,
    keys,
    landmarks,
    obj_mesh,
    pb,
    raw,
    scroll_velocity,
    u16,
    xml,
)
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    MAC,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)


def _near(i: int, nd: int) -> tuple[float, float]:
    return round(LAT + i * 3.1e-4, nd), round(LON - i * 2.7e-4, nd)


def social() -> list[Case]:
    rng = random.Random(16013)
    out = []
    names = ["feed_view", "live_enter", "like", "share", "gift_panel_open", "live_exit",
             "follow", "profile_view"]
    batch = [{"ev": L(names[i % 8], USAGE), "room": f"rm_{5500 + i}", "uid": L(USER_ID, UID),
              "ip": L(PUBLIC_IP, IPLOC), "mccmnc": L(MCCMNC, CARRIER),
              "lat": L(40.74, COARSE), "lon": L(-73.99, COARSE), "net": L("5g", DEV),
              "ts": 1764770000 + i * 20} for i in range(20)]
    out.append(encode(case("live", "https://log.beamstats.example.net/v2/arr", body=batch),
                      "br"))
    acc: Acc = {}
    texts = ["lol", "so good", "where are you", "hi from nyc", "love this song", "drop the link",
             "first!", "can you say hi to my mom", "that pan tho", "what camera", "gg",
             "bye bye"]
    q = jsonl([{"text": L(t, TEXT), "fl": L(",".join(map(str, dwell_flight(rng, len(t) + 1)[1])),
                                            KEYS),
                "room": "rm_5512", "mention": L("dj_moss", UID) if i % 4 == 0 else None}
               for i, t in enumerate(texts)], acc)
    out.append(add(encode(raw("live", "https://api.beamcast.example.com/v3/comments/queue", q,
                              "application/x-ndjson", {}), "gzip"), acc))
    out.append(case("vtuber", "https://api.puppetly.example.net/v1/tracking/frames",
                    fmt="msgpack", body={"frames": [
                        {"t": i * 33, "bs": L(blend(rng), FACE),
                         "lm": L(landmarks(rng, 68, 1280, 720), FACE)} for i in range(20)],
                        "avatar": "kitsune_v2", "fps": 30}))
    acc = {}
    drafts = enc({"drafts": [{"caption": L(f"take {i} with sis", TEXT),
                              "lat": L(_near(i, 6)[0], PRECISE), "lng": L(_near(i, 6)[1], PRECISE),
                              "fx": {"pitchShift": i % 5, "formant": 1.0 + i / 20},
                              "frameMs": frame_times(8, 30.0)} for i in range(12)]},
                 "body", "d", "b64", acc)
    out.append(add(case("duet", "https://api.duetly.example.com/v2/drafts/export",
                        body={"d": drafts, "v": 7}), acc))
    replies = []
    for i in range(12):
        dw, _ = dwell_flight(rng, 10 + i)
        replies.append({"text": L(f"thanks for watching #{i}", TEXT), "dw": L(u16(dw), KEYS),
                        "c": "c_" + rnd_hex(rng, 6)})
    out.append(case("creator", "https://studio.creatorhub.example.org/api/comments/bulk",
                    headers={"Authorization": L("Bearer ch_" + rnd_hex(rng, 40), CRED)},
                    body={"replies": replies}))
    acc = {}
    sess = jsonl([{"lm": L(landmarks(rng, 106), FACE), "estAge": L(27 + i % 3, BIRTH),
                   "iid": L(INSTALL_ID, DID), "fx": f"fx_{i}", "fps": 29.7}
                  for i in range(12)], acc)
    out.append(add(encode(raw("arfx", "https://sdk.lensforge.example.com/v4/sessions", sess,
                              "application/x-ndjson", {}), "zstd"), acc))
    acc = {}
    comp = []
    for i in range(12):
        t = ["nice", "fake", "follow me", "check my page", "wow", "lol ok"][i % 6]
        comp.append({"ev": L(keys(rng, t), f"{KEYS}|{TEXT}"), "text": L(t, TEXT),
                     "ip": L(PUBLIC_IP, IPLOC), "op": L("Example Mobile", CARRIER),
                     "scroll": scroll_velocity(rng, 4)})
    z = enc({"sessions": comp}, "body", "z", "gzb64", acc)
    out.append(add(case("antispam", "https://guard.spamshield.example.net/v2/bulk", fmt="form",
                        body={"z": z, "sdk": "2.3.0"}), acc))
    takes = [{"take": i, "xvec": L(f32b64(flat(rng, 192, 0.05)), VOICE),
              "f0": L(round(rng.uniform(190, 230), 1), VOICE), "fx": {"semi": i % 4 - 1},
              "clip": "v_" + rnd_hex(rng, 8)} for i in range(10)]
    out.append(encode(case("duet", "https://api.duetly.example.com/v2/voice/takes",
                           body=takes), "gzip"))
    gifts = [{"gift": ["rose", "lion", "heart"][i % 3], "coins": L(10 * (i + 1), BUY),
              "order": L(f"GO-{88100 + i}", BUY), "to": f"u_{9900 + i}"} for i in range(10)]
    out.append(case("live", "https://api.beamcast.example.com/v3/gifts/history", fmt="msgpack",
                    body={"gifts": gifts, "uid": L(USER_ID, UID)}))
    out.append(case("duet", "https://rtb.feedx.example.com/openrtb2", body={
        "id": rnd_hex(rng, 16), "imp": [{"id": "1", "video": {"w": 1080, "h": 1920}}],
        "app": {"bundle": "com.example.duetly", "ver": "9.1.0"},
        "device": {"ifa": L(GAID, ADID), "ip": L(PUBLIC_IP, IPLOC), "ua": L(UA, DEV),
                   "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                   "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "geo": {"lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE),
                           "type": 1, "country": L("USA", COARSE), "zip": L("10118", COARSE)}},
        "user": {"id": L(USER_ID, UID), "yob": L(1991, BIRTH), "gender": L("F", GENDER),
                 "ext": {"eids": [{"source": "email.example", "uids": [
                     {"id": L(EMAIL_SHA256, "contact.email")}]}]}},
        "tmax": 300}))
    fp: dict[str, Any] = {
        "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "mac": L(MAC.upper(), HW),
        "imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM), "aid": L(ANDROID_ID, DID),
        "gaid": L(GAID_NODASH.upper(), ADID), "sim": {"mcc": L(310, CARRIER),
                                                      "mnc": L(260, CARRIER),
                                                      "spn": L("Example Mobile", CARRIER),
                                                      "iso": L("us", CARRIER)},
        "ipNum": L(IP_INT, IPLOC), "lan": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
        "bssid": L(BSSID, WIFI), "apps": L(["com.example.magisk", "com.example.gamehack"], APPS),
        "root": L(True, DEV), "tz": L("America/New_York", DEV), "boot": 1764000000,
        "gl": L("Mali-G715", DEV), "fontHash": rnd_hex(rng, 16), "canvas": rnd_hex(rng, 32)}
    out.append(encode(case("antispam", "https://guard.spamshield.example.net/v2/fp",
                           body={"fp": fp, "sid": rnd_hex(rng, 12)}), "deflate"))
    return out


def others() -> list[Case]:
    rng = random.Random(16014)
    out = []
    lab: dict[str, str] = {}
    doc = xml("Flights", {"@pilot": L("FA3K7YTR9P", UID), "Flight": [
        {"@id": f"fl_{i}", "@aircraft": L("SP4M-2291-77813", HW),
         "Home": {"@lat": L(f"{_near(i, 5)[0]:.5f}", PRECISE),
                  "@lon": L(f"{_near(i, 5)[1]:.5f}", PRECISE)}, "Minutes": 12 + i}
        for i in range(10)]}, "Flights", lab)
    out.append(raw("drone", "https://api.skypilot.example.com/v2/flights/history",
                   doc.encode(), "application/xml", lab))
    notes = ["by the fence", "front stoop", "near the bus stop", "in the park", "my window box",
             "the courtyard", "roof garden", "school gate", "sidewalk tree", "corner lot",
             "backyard", "neighbour's hedge", "playground", "church lawn"]
    obs = [{"lat": L(_near(i, 5)[0], PRECISE), "lon": L(_near(i, 5)[1], PRECISE),
            "note": L(n, TEXT), "sp": "Taraxacum officinale"} for i, n in enumerate(notes)]
    out.append(case("plantid", "https://api.leafscan.example.org/v3/observations/bulk", body=obs))
    lab = {}
    nums = ["+15550199902", "+18885550123", PEOPLE[0][1], "+15550177001", PEOPLE[3][1],
            "+12125550198", "+15550100777", PEOPLE[4][1]]
    data = pb([(1, L(E164, TEL)), (2, [(1, L(IMSI, SIM)), (2, L(MCCMNC, CARRIER))]),
               *[(3, [(1, n), (2, 1764780000 + i * 60)]) for i, n in enumerate(nums)]], "", lab)
    lab.update({f"3[{i}].1": TEL for i in range(len(nums))})
    out.append(raw("callerid", "https://api.whocalls.example.net/v1/lookups/sync", data,
                   "application/x-protobuf", lab))
    jobs = [{"lat": L(_near(i, 6)[0], PRECISE), "lng": L(_near(i, 6)[1], PRECISE),
             "addr": L(f"{100 + 10 * i} W {30 + i}th St", ADDR), "paid": L(75.0 + i * 5, BUY),
             "svc": ["tow", "tire", "jump", "lockout"][i % 4]} for i in range(14)]
    out.append(case("roadside", "https://api.towpal.example.com/v1/jobs/history", headers={
        "Authorization": L("Bearer tp_" + rnd_hex(rng, 36), CRED)}, body={"jobs": jobs}))
    visits = [{"listing": f"L-88{i}20441", "llat": 40.68 + i / 100, "llng": -73.97,
               "me": {"lat": L(round(40.68 + i / 100 + 4e-5, 6), PRECISE),
                      "lng": L(round(-73.97 - 3e-5, 6), PRECISE)},
               "at": 1764790000 + i * 86400} for i in range(12)]
    out.append(encode(case("homes", "https://api.homefinder.example.com/v2/openhouse/visits",
                           body={"visits": visits}), "gzip"))
    acc: Acc = {}
    prior = jsonl([{"year": 2023 + i, "ssn": L(SSN, NATID), "name": L("Jane Doe", NAMEC),
                    "addr": L(STREET, ADDR), "ip": L(PUBLIC_IP, IPLOC), "agi": 118000 + i * 1700,
                    "refund": 1200 + i * 40} for i in range(3)], acc)
    out.append(add(raw("tax", "https://api.easyfile.example.org/v1/returns/prior", prior,
                       "application/x-ndjson", {}), acc))
    return out


def negatives() -> list[Case]:
    """Look-alikes with no personal data: effect settings, timings, meshes, servers, venues."""
    rng = random.Random(16015)
    return [
        case("duet", "https://api.duetly.example.com/v2/fx/automation", body={
            "param": "pitchShift", "points": [{"t": i * 250, "v": round(rng.uniform(-4, 4), 2)}
                                              for i in range(24)], "formant": 1.05}),
        case("duet", "https://api.duetly.example.com/v2/perf", body={
            "frameMs": frame_times(120, 60.0, rng), "jank": scroll_velocity(rng, 20),
            "droppedFrames": 4, "decoder": "c2.exynos.h264"}),
        case("arfx", "https://sdk.lensforge.example.com/v4/stickers/3d_cat", body={
            "verts": obj_mesh(rng, 120), "uv": [[round(rng.random(), 3)] * 2
                                                for _ in range(40)], "tris": 236}),
        case("live", "https://api.beamcast.example.com/v3/net/servers", body={
            "cdn": [{"ip": EDGE_IP, "region": "us-east-1"}, {"ip": SRV_IP, "region": "eu-west"}],
            "turn": [TURN_IP], "stun": "stun.beamcast.example.com:3478"}),
        case("live", "https://api.beamcast.example.com/v3/events/ev_77/venue", query={
            "venue": "Example Garden Arena", "lat": "40.750504", "lng": "-73.993439"}),
        case("vtuber", "https://api.puppetly.example.net/v1/stock/avatars/a_12", body={
            "idle": blend(rng), "mesh": obj_mesh(rng, 30), "voice": {"pitch": 4, "breath": 0.2}}),
        case("duet", "https://api.duetly.example.com/v2/fx/chains/ch_9", body={
            "chain": [{"fx": "eq", "bands": flat(rng, 10, 3.0, 1)}, {"fx": "pitch", "semi": -3},
                      {"fx": "reverb", "mix": 0.25, "decayMs": 1800}]}),
        case("creator", "https://studio.creatorhub.example.org/api/health", query={
            "region": "us-east-2", "build": "7.4.0"}),
    ]
