"""Blind set ten, part four: an e-reader/audiobook app, a music-streaming app and a social-audio
rooms app (see ``eval_families10.py`` for the rules of this set and its conventions).

Fictional apps with shapes typical of their kind: the reader's position sync (EPUB CFI), highlights
and notes, audiobook listening history (JSON Lines), search, a purchase, a library loan with a
card number and PIN, device registration; the music app's playback events (gzip, cookies with a
session and a device ID), text and voice search (multipart), playlists, follows of public
profiles, contact matching with hashed numbers, the account profile and an audio ad request; the
rooms app's joins, raised hands, speaking-time and audio-level samples, room chat and titles,
a profile, WebRTC ICE candidates and an intro clip. Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import CONTACTS, enc, jsonl, with_labels
from eval_families8_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    EMAIL_SHA256,
    GAID,
    GENDER,
    HW,
    INSTALL_ID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_families10_kit import OGG, Acc, add, flat, token
from eval_payloads import LOCAL_IP, PUBLIC_IP, SERIAL, USER_ID, Case, L, case, rnd_hex
from eval_payloads import rnd_uuid as uid4

READ = "https://sync.pageturn.example.com"
MUSIC = "https://api.tunewave.example.net"
ROOMS = "https://api.hallway.example.io"


def reader() -> list[Case]:
    rng = random.Random(10010)
    hdr = {"Authorization": L("Bearer pt_" + rnd_hex(rng, 44), CRED),
           "X-PT-Device": L(INSTALL_ID, DID), "User-Agent": device_headers()["User-Agent"]}
    books = [("bk_88120", "The Quiet Garden"), ("bk_90412", "Living Well with Crohn's"),
             ("bk_77031", "A Field Guide to Owls")]
    out = []
    for i, (bid, title) in enumerate(books):
        out.append(case("reader", f"{READ}/v2/positions", headers=hdr, body={
            "book_id": bid, "title": L(title, USAGE),
            "cfi": L(f"epubcfi(/6/{14 + 2 * i}!/4/2/{10 + i}:0)", USAGE),
            "percent": L(round(rng.uniform(5, 95), 1), USAGE),
            "updated_at": 1764250000 + i * 60, "rev": rng.randrange(100)}))
    out.append(case("reader", f"{READ}/v2/annotations", headers=hdr, body={"items": [
        {"book_id": "bk_90412", "type": "highlight", "color": "yellow",
         "text": L("flares often follow periods of stress", TEXT),
         "note": L("this is exactly what happened in March", f"{TEXT}|{MED}"),
         "range": "epubcfi(/6/8!/4/2/6,/1:0,/1:38)", "id": uid4(rng)},
        {"book_id": "bk_88120", "type": "note", "text": L("the letter scene", TEXT),
         "note": L("read this to Grandma on Sunday", TEXT), "range": "epubcfi(/6/20!/4)",
         "id": uid4(rng)}]}))
    acc: Acc = {}
    data = jsonl([{"asin": f"AB{rnd_hex(rng, 8).upper()}", "title": L(t, USAGE),
                   "chapter": ch, "pos_ms": L(p, USAGE), "listened_s": L(ls, USAGE),
                   "speed": 1.25, "ts": 1764200000 + n * 3600, "sleep_timer": n == 2}
                  for n, (t, ch, p, ls) in enumerate([
                      ("Sapiens-style History", 4, 1843000, 1800),
                      ("Healing After Loss", 2, 600000, 2700),
                      ("Healing After Loss", 3, 1200000, 900)])], acc)
    out.append(with_labels(encode(raw("reader", f"{READ}/v2/listening", data,
                                      "application/x-ndjson", {}, headers=hdr), "deflate"), acc))
    for q in ("books about grief", "crohn's diet cookbook"):
        out.append(case("reader", f"{READ}/v2/store/search", headers=hdr,
                        query={"q": L(q, SEARCH), "page": "1", "sort": "relevance",
                               "exp": "ranker_v9"}))
    out.append(case("reader", f"{READ}/v2/store/orders", headers=hdr, body={
        "order_id": L("PT-" + rnd_hex(rng, 10).upper(), BUY),
        "items": [{"id": "bk_90412", "title": L("Living Well with Crohn's", BUY),
                   "price": L(12.99, BUY)}], "total": L(14.03, BUY),
        "gift_to": {"name": L("Grace Lee", NAMEC), "email": L("grace.lee@example.com", MAIL)}}))
    out.append(case("reader", f"{READ}/v2/library/loan", headers=hdr, fmt="form", body={
        "library": "brooklyn-public-ex", "card": L("21234009876543", UID),
        "pin": L("4417", CRED), "title_id": "ol_55120", "format": "epub"}))
    out.append(case("reader", f"{READ}/v2/devices/register", headers=hdr, body={
        "device_name": L("Jane's Pixel", f"{NAMEC}|{DEV}"), "serial": L(SERIAL, HW),
        "device": device_snake(), "fonts": ["Bookerly", "OpenDyslexic"]}))
    out.append(case("reader", f"{READ}/v2/stats", headers=hdr, body={
        "wpm": L(238, USAGE), "sessions_7d": L(11, USAGE), "minutes_7d": L(412, USAGE),
        "streak": L(9, USAGE), "goal": 30, "tz": L("America/New_York", DEV)}))
    return out


def music() -> list[Case]:
    rng = random.Random(10011)
    acc: Acc = {}
    ck = {"tw_sess": L("s%3A" + rnd_hex(rng, 48), CRED), "tw_did": L(rnd_hex(rng, 32), DID),
          "tw_consent": "ads=0,perf=1"}
    hdr = {"User-Agent": device_headers()["User-Agent"], "App-Platform": L("Android", DEV)}
    out = []
    tracks = [("tw:track:4kQ8x", 212000, "playlist"), ("tw:track:9nE1c", 31000, "search"),
              ("tw:track:1bQ7z", 187000, "radio"), ("tw:track:6pM2w", 240000, "album"),
              ("tw:track:0aZ9k", 5000, "playlist"), ("tw:track:3yT5r", 199000, "playlist")]
    for b in range(3):
        out.append(case("music", f"{MUSIC}/gabo/v3/events", headers=hdr, cookies=ck, gz=True,
                        body={"events": [
                            {"type": L("play_end", USAGE), "uri": L(u, USAGE),
                             "ms_played": L(ms, USAGE), "context": ctx,
                             "reason_end": "trackdone" if ms > 60000 else "fwdbtn",
                             "shuffle": False, "seq": b * 10 + i, "ts": 1764251000 + i * 200}
                            for i, (u, ms, ctx) in enumerate(tracks[b * 2:b * 2 + 2])],
                            "client": {"id": "tw-android", "ver": "9.1.12"}}))
    out.append(case("music", f"{MUSIC}/search/v1", headers=hdr, cookies=ck, query={
        "q": L("songs like fleetwood mac dreams", SEARCH), "type": "track,artist",
        "limit": "20", "market": L("US", COARSE), "req": uid4(rng)}))
    out.append(multipart("music", f"{MUSIC}/voice/v1/search", [
        ("audio", "q.ogg", "audio/ogg", L(OGG, MEDIA)),
        ("meta", None, "application/json", {"transcript": L("play something for my run", SEARCH),
                                            "lang": L("en-US", DEV), "latency_ms": 412})],
        headers=hdr, cookies=ck))
    for name, desc, cat in [("Chemo day calm", "for the long infusion days", f"{TEXT}|{MED}"),
                            ("Wedding Sept 2027", "first dance shortlist w/ Tom", TEXT)]:
        out.append(case("music", f"{MUSIC}/v1/users/{USER_ID}/playlists", headers=hdr,
                        cookies=ck, body={"name": L(name, cat), "description": L(desc, cat),
                                          "public": False, "collaborative": False}))
        out[-1].labels[("url", "path[2]")] = UID  # /v1/users/<id>: 0-based
    out.append(case("music", f"{MUSIC}/v1/me/following", headers=hdr, cookies=ck, body={
        "type": "user", "ids": ["djkwame", "indie_radar_official", "lucia.plays"],
        "artists": ["ar:2Wq9", "ar:7Rb1"]}))
    acc = {}
    book = enc([{"h": sha("sha256", f"+1555010{rng.randrange(1000, 9999)}")} for _ in range(8)],
               "body", "contacts", "json", acc)
    out.append(add(case("music", f"{MUSIC}/v1/friends/match", headers=hdr, cookies=ck, body={
        "contacts": book, "self": L(sha("sha256", E164), TEL), "algo": "sha256"}),
        {**acc, ("body", "contacts"): CONTACTS}))
    out.append(case("music", f"{MUSIC}/v1/me", headers=hdr, cookies=ck, body={
        "email": L(EMAIL, MAIL), "birthdate": L("1990-04-12", BIRTH),
        "gender": L("female", GENDER), "postal_code": L("11217", COARSE),
        "display_name": L("jane.d", UID), "marketing_opt_in": False}))
    acc = {}
    tok = token({"sub": L(USER_ID, UID), "prd": "free", "cty": L("US", COARSE)}, "body",
                "user_token", acc)
    out.append(with_labels(case("music", "https://ads.audiomix.example.com/v2/request", body={
        "user_token": tok, "ifa": L(GAID, ADID), "lmt": 0, "ip": L(PUBLIC_IP, "location.ip"),
        "geo": {"lat": L(40.74, COARSE), "lon": L(-73.99, COARSE)},
        "device": device_camel(), "carrier": L("Example Mobile", CARRIER),
        "slot": "between_tracks", "dur_max": 30, "em_h": L(EMAIL_SHA256, MAIL)}), acc))
    return out


def rooms() -> list[Case]:
    rng = random.Random(10012)
    hdr = {"Authorization": L("Token hw_" + rnd_hex(rng, 40), CRED),
           "CH-UserID": L("5521907", UID), "CH-DeviceId": L(INSTALL_ID.upper(), DID),
           "CH-AppBuild": "3110", "User-Agent": device_headers()["User-Agent"]}
    out = []
    for k, room in enumerate(["rm_Xq1", "rm_B7t", "rm_L2p"]):
        out.append(case("rooms", f"{ROOMS}/join_channel", headers=hdr, body={
            "channel": room, "attribution_source": L("feed", USAGE),
            "attribution_details": "eyJpc19leHBsb3JlIjpmYWxzZX0="}))
        out.append(case("rooms", f"{ROOMS}/audience_reply", headers=hdr, body={
            "channel": room, "raise_hands": L(k != 1, USAGE), "unraise_hands": k == 1}))
        out.append(case("rooms", f"{ROOMS}/active_ping", headers=hdr, fmt="form", body={
            "channel": room, "speaking_ms": L(str(rng.randrange(0, 240000)), USAGE),
            "listening_ms": L(str(rng.randrange(60000, 900000)), USAGE),
            # loudness envelope (dBFS per 100 ms): not a voiceprint, unlabelled
            "levels": ",".join(str(round(rng.uniform(-60, -12), 1)) for _ in range(30))}))
    out.append(case("rooms", f"{ROOMS}/create_channel", headers=hdr, body={
        "topic": L("Sober living support - day 30 check-in", f"{TEXT}|{MED}"),
        "is_private": False, "club": "clb_" + rnd_hex(rng, 5), "language": "en"}))
    out.append(case("rooms", f"{ROOMS}/create_channel", headers=hdr, body={
        "topic": L("Queer founders in NYC: fundraising AMA", f"{TEXT}|{SENS}"),
        "is_private": False, "language": "en"}))
    out.append(case("rooms", f"{ROOMS}/send_channel_message", headers=hdr, body={
        "channel": "rm_Xq1", "message": L("@marco congrats on the new job!! dm me", TEXT),
        "client_msg_id": uid4(rng)}))
    out.append(case("rooms", f"{ROOMS}/update_profile", headers=hdr, body={
        "bio": L("Product designer, Brooklyn. Mom of two. Runner.", f"{TEXT}|{COARSE}"),
        "pronouns": L("she/her", GENDER), "twitter": L("@janedoe_designs", UID),
        "name": L("Jane Doe", NAMEC), "photo_id": rnd_hex(rng, 24)}))
    out.append(case("rooms", f"{ROOMS}/invite_contacts", headers=hdr, body={
        "contacts": L([{"name": n, "phone": p} for n, p in [
            ("Marco Bellini", "+15550100871"), ("Grace Lee", "+15550100912"),
            ("Dad", "+15550100204")]], CONTACTS), "channel": "rm_Xq1"}))
    acc: Acc = {}
    stats = enc({"cands": [
        {"type": "host", "ip": L(LOCAL_IP, DEV), "port": 50432, "proto": "udp"},
        {"type": "srflx", "ip": L(PUBLIC_IP, "location.ip"), "port": 61002, "proto": "udp"},
        {"type": "relay", "ip": "198.51.100.20", "port": 3478, "proto": "udp"}],
        "rtt_ms": 48, "jitter": 3.1, "loss": 0.002, "codec": "opus"}, "body", "webrtc",
        "gzb64", acc)
    out.append(with_labels(case("rooms", f"{ROOMS}/rtc_stats", headers=hdr, body={
        "channel": "rm_Xq1", "webrtc": stats, "session": uid4(rng)}), acc))
    out.append(multipart("rooms", f"{ROOMS}/upload_intro", [
        ("clip", "intro.wav", "audio/wav", L(WAV, MEDIA)),
        ("meta", None, "application/json", {"duration_ms": 9200, "transcript": L(
            "Hey, I'm Jane, I design apps and I run marathons", f"{TEXT}|{NAMEC}"),
            "pitch_stats": L(flat(rng, 8, 30.0, 2), "biometric.voice")})], headers=hdr))
    out.append(case("rooms", "https://events.hallway.example.io/v1/batch", body={
        "device": device_camel(), "user": L("5521907", UID), "events": [
            {"name": L(n, USAGE), "ts": 1764252000 + i * 30, "props": {"room": r}}
            for i, (n, r) in enumerate([("room_view", "rm_Xq1"), ("hand_raise", "rm_Xq1"),
                                         ("speaker_promoted", "rm_Xq1"), ("leave", "rm_Xq1")])],
        "geo": {"lat": L(40.7417, PRECISE), "lon": L(-73.9894, PRECISE)}}))
    return out
