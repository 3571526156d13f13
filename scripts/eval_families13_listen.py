"""Blind set thirteen, part three: a baby-monitor camera's companion app and a karaoke/singing
app (see ``eval_families13.py`` for the rules of this set, its conventions and its calls).

Baby monitor (in the style of nursery cameras with breathing and cry detection): Wi-Fi
provisioning of the camera (JSON to the camera's setup host), cloud registration, snapshots
(multipart), cry and breathing events, the baby's profile, sleep and feeding logs (zstd JSON),
caregiver invitations, camera telemetry as base64 protobuf in a form field. Karaoke (in the
style of social singing apps): session start with the SIM operator, performance uploads
(multipart audio with a voice-profile vector), a live-duet pitch stream (msgpack), analytics
(JSON Lines, gzip), lyric search, comments, coin purchases. Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families13_kit import (
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    FIT,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    device_abbrev,
    device_camel,
    enc,
    encode,
    flat,
    jsonl,
    multipart,
    pb64,
    raw,
    sim_block,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

CAM = "https://api.nestling.example.com"
SETUP = "http://cam-setup.nestling.example"
SING = "https://api.singalong.example.net"
CAM_SERIAL, CAM_MAC = "NSTL-C2-0099812", "b8:27:eb:4a:11:02"


def monitor() -> list[Case]:
    rng = random.Random(13005)
    out = []
    out.append(case("babycam", f"{SETUP}/prov/config", body={
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                 "psk": L("sunflower-2024!", CRED), "sec": "WPA2"},
        "owner": L(USER_ID, UID), "claimCode": L(rnd_hex(rng, 12), CRED),
        "tz": L("America/New_York", DEV), "region": "US"}))
    out.append(case("babycam", f"{SETUP}/prov/scan", body={
        "results": [{"ssid": L(s, WIFI), "bssid": L(b, WIFI), "rssi": r}
                    for s, b, r in [(SSID, BSSID, -41), ("Apt4C-Guest", "aa:bb:cc:44:55:66",
                                                           -70),
                                    ("Linksys-77", "10:20:30:40:50:60", -82)]]}))
    auth = {"Authorization": L("Bearer ns_" + rnd_hex(rng, 40), CRED),
            "User-Agent": L(UA, DEV)}
    out.append(case("babycam", f"{CAM}/v1/cameras", headers=auth, body={
        "serial": L(CAM_SERIAL, HW), "mac": L(CAM_MAC.replace(":", "").upper(), HW),
        "fw": "2.14.1", "wifiSsid": L(SSID, WIFI), "rssi": -41,
        "room": "Nursery", "owner": L(USER_ID, UID),
        "phone": {"installId": L(INSTALL_ID, DID), **device_camel()}}))
    for k in range(1, 2):
        out.append(multipart("babycam", f"{CAM}/v1/cameras/{CAM_SERIAL}/snapshots", [
            ("meta", None, "application/json", {"trigger": ["motion", "cry"][k],
                                                "ts": 1764265000 + k * 60, "w": 1280,
                                                "h": 720}),
            ("image", f"snap_{k}.jpg", "image/jpeg", L(JPEG + bytes([k]) * 16, MEDIA)),
        ], headers=auth))
    for k in range(3):
        out.append(case("babycam", f"{CAM}/v1/events", headers=auth, body={
            "camera": L(CAM_SERIAL, HW), "type": "cry", "confidence": round(0.8 + k / 20, 2),
            # a loudness envelope (dBFS per 250 ms) and a detector score: no speaker features
            "loudness": [round(-38 + rng.uniform(-6, 12), 1) for _ in range(24)],
            "durationMs": 6000 + k * 500, "eventId": rnd_uuid(rng),
            "clip": L(WAV.hex() + "00" * 8, MEDIA) if k == 2 else None}))
    out.append(case("babycam", f"{CAM}/v1/breathing", headers=auth, body={
        "camera": L(CAM_SERIAL, HW), "windowStart": 1764266000,
        "breathsPerMin": L([32, 34, 31, 33, 35, 34, 30, 29, 33, 32], FIT),
        "pauses": [{"at": 1764266420, "seconds": L(16, MED), "alert": L("apnea_alert", MED)}],
        "roomTempC": 21.5, "humidity": 44}))
    out.append(case("babycam", f"{CAM}/v1/babies", headers=auth, body={
        "name": L("Mia", NAMEC), "birthDate": L("2026-07-19", BIRTH), "sex": L("F", GENDER),
        "birthWeightG": L(2310, FIT), "gestationWeeks": L(34, MED),
        "notes": L("reflux, on famotidine", f"{TEXT}|{MED}"), "photo": None}))
    acc: Acc = {}
    out.append(encode(case("babycam", f"{CAM}/v1/logs", headers=auth, body={
        "sleep": [{"start": L(f"2026-11-27T{h:02d}:10", FIT), "end": L(f"2026-11-27T{h+2:02d}:05",
                                                                         FIT)}
                  for h in (1, 5, 13)],
        "feeds": [{"at": "2026-11-27T04:00", "kind": L("breast_left", FIT),
                   "minutes": L(14, FIT)},
                  {"at": "2026-11-27T08:30", "kind": L("formula", FIT), "ml": L(90, FIT)}],
        "diapers": 6, "growth": {"weightG": L(5120, FIT), "lengthCm": L(59.5, FIT)}}), "zstd"))
    out.append(case("babycam", f"{CAM}/v1/caregivers/invite", headers=auth, body={
        "name": L("Rosa Morales", NAMEC), "email": L("rosa.m@example.com", MAIL),
        "phone": L("+15550187733", TEL), "role": "viewer", "canTalk": False}))
    tele = pb64([(1, L(CAM_SERIAL, HW)), (2, -41), (3, 2150), (4, [(1, 1764266500), (2, 98)]),
                 (5, L(PUBLIC_IP, IPLOC)), (6, "2.14.1")], "body", "t", acc)
    out.append(add(case("babycam", f"{CAM}/v1/telemetry", fmt="form", body={
        "t": tele, "n": rnd_hex(rng, 16)}), acc))
    out.append(case("babycam", f"{CAM}/v1/live/start", headers=auth, body={
        "camera": L(CAM_SERIAL, HW), "viewerInstall": L(INSTALL_ID, DID),
        "ice": {"host": L("192.168.1.23", DEV), "srflx": L(PUBLIC_IP, IPLOC)},
        "sessionId": rnd_uuid(rng)}))
    # negatives: firmware check and the lullaby catalogue
    out.append(case("babycam", f"{CAM}/v1/firmware", query={
        "model": "C2", "current": "2.14.1", "channel": "stable", "sha": rnd_hex(rng, 40)}))
    out.append(case("babycam", f"{CAM}/v1/lullabies", query={"set": "classic", "rev": "9"}))
    return out


def karaoke() -> list[Case]:
    rng = random.Random(13006)
    out = []
    auth = {"X-Sing-Token": L("st_" + rnd_hex(rng, 32), CRED), "user-agent": L(UA, DEV)}
    for k in range(2):
        out.append(case("karaoke", f"{SING}/v2/session", headers=auth, body={
            "uid": L(USER_ID, UID), "did": L(INSTALL_ID, DID), "dev": device_abbrev(),
            "sim": sim_block("snake" if k else "camel"), "ip": L(PUBLIC_IP, IPLOC),
            "coldStart": k == 0, "sessionId": rnd_uuid(rng)}))
    for k in range(3):
        out.append(multipart("karaoke", f"{SING}/v2/performances", [
            ("meta", None, "application/json", {
                "songId": f"sg_{1000 + k}", "arrangement": "duet" if k == 1 else "solo",
                "score": 8120 + k * 77, "lineAccuracy": [round(rng.uniform(0.5, 1), 2)
                                                         for _ in range(12)],
                "voiceProfile": L(flat(rng, 64, 0.2), VOICE),
                "pitchMeanHz": L(round(rng.uniform(190, 230), 1), VOICE),
                "range": {"low": L("F3", VOICE), "high": L("C5", VOICE)},
                "caption": L(["for my dad, miss you", "duet with Sam!", ""][k], TEXT)
                if k != 2 else "", "uid": L(USER_ID, UID), "public": True}),
            ("audio", f"perf_{k}.m4a", "audio/mp4", L(M4A + bytes([k]) * 8, MEDIA)),
        ], headers=auth))
    for k in range(2):
        frames = [[i * 10, round(196 + 30 * rng.random(), 1), round(rng.uniform(0.2, 0.9), 2)]
                  for i in range(20)]
        out.append(case("karaoke", f"{SING}/v2/duet/frames", fmt="msgpack", headers=auth,
                        body={"room": "dr_" + rnd_hex(rng, 8), "seq": k, "f0": frames,
                              "uid": L(USER_ID, UID), "lat": L(round(LAT, 3), PRECISE),
                              "lon": L(round(LON, 3), PRECISE)}))
    acc: Acc = {}
    evs = jsonl([{"event": L("song_started", USAGE), "song": L("sg_1000", USAGE),
                  "uid": L(USER_ID, UID), "t": 1764267000},
                 {"event": L("song_finished", USAGE), "song": L("sg_1000", USAGE),
                  "sungSec": L(211, USAGE), "uid": L(USER_ID, UID), "t": 1764267211},
                 {"event": L("lyrics_search", USAGE), "q": L("someone like you adele", SEARCH),
                  "uid": L(USER_ID, UID), "t": 1764267300},
                 {"event": L("carrier_info", USAGE), "mcc": L(310, CARRIER),
                  "mnc": L(260, CARRIER), "cell": L(44012345, CARRIER),
                  "uid": L(USER_ID, UID), "t": 1764267301}], acc)
    out.append(add(encode(raw("karaoke", f"{SING}/v2/log", evs, "application/x-ndjson", {},
                              headers=auth), "gzip"), acc))
    for q in ["bohemian rhapsody", "songs about leaving an abusive husband"]:
        out.append(case("karaoke", f"{SING}/v2/search", query={
            "q": L(q, SEARCH), "page": "1", "uid": L(USER_ID, UID), "rid": rnd_hex(rng, 12)},
            headers=auth))
    out.append(case("karaoke", f"{SING}/v2/performances/pf_8812/comments", headers=auth, body={
        "text": L("omg your high notes!! call me 555-010-0199 let's duet",
                  f"{TEXT}|{TEL}"), "uid": L(USER_ID, UID), "clientId": rnd_uuid(rng)}))
    out.append(case("karaoke", f"{SING}/v2/coins/purchase", headers=auth, body={
        "sku": L("coins_500", BUY), "price": L("4.99", BUY), "currency": "USD",
        "purchaseToken": L("gpa." + rnd_hex(rng, 32), BUY), "uid": L(USER_ID, UID),
        "orderId": L("GPA.3312-8812-4471-00912", BUY)}))
    c = case("karaoke", f"{SING}/v2/users/{USER_ID}/profile", headers=auth, body={
        "displayName": L("JaneSings", UID), "bio": L("alto, church choir every Sunday",
                                                     f"{TEXT}|personal.sensitive"),
        "birthYear": L(1989, BIRTH), "email": L(EMAIL, MAIL), "phone": L(E164, TEL)})
    c.labels[("url", "path[2]")] = UID
    out.append(c)
    enc_acc: Acc = {}
    blob = enc({"uid": L(USER_ID, UID), "embedding": L(flat(rng, 128, 0.1), VOICE),
                "model": "timbre-v2"}, "body", "vp", "gzb64", enc_acc)
    out.append(add(case("karaoke", f"{SING}/v2/match/voice", headers=auth, body={
        "vp": blob, "want": "duet_partner"}), enc_acc))
    # negatives: song catalogue, lyrics file and reference melody
    out.append(case("karaoke", f"{SING}/v2/songs", query={
        "genre": "pop", "sort": "hot", "page": "3", "exp": "catalog_b"}))
    out.append(case("karaoke", f"{SING}/v2/songs/sg_1000/ref", body={
        "notes": [[i * 480, 60 + (i * 7) % 12, 240] for i in range(16)], "bpm": 96,
        "key": "A minor", "checksum": rnd_hex(rng, 32)}))
    return out
