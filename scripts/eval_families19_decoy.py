"""Blind set nineteen, part six: negative-heavy traffic from a music-streaming app ("Tunesmith"), a
shopping app ("Shelfwise"), a trivia game ("Quizzle") and a weather app ("Skyvane"), all fictional:
requests full of realistic look-alikes that must NOT be flagged, with the few real fields beside
them labelled (see ``eval_families19.py`` for the rules of this set, its conventions and its
calls).

Tunesmith: recommendations (item vectors of tracks under ``v``), song recognition (a base64url
fingerprint and 32-bit peak hashes of the music), plays (JSON Lines, gzip: the user's listening
beside track IDs, offsets and cache TTLs), metadata prefetch (``ttl``/``sz``), followed artists
(fictional performers), an offline manifest (hashes, sizes, TTLs), CDN edges, crossfade and EQ
settings, saved concerts (venues' coordinates), a playlist (its name is the user's text), audio-ad
beacons, the household's other devices (their install IDs beside this one's), a group-listening
session (peers, TURN). Shelfwise: catalogue pages and product impressions (SKUs, catalogue codes
that look like serial numbers, EAN-13s, prices, stock, UI grid cells), sign-in and sign-up failures
and a reset link request (the user's e-mail beside the app's own error texts and support address;
device headers), a cart, an order, a store search by ZIP and a store page (its coordinates, hours
and phone), price alerts, a review, a barcode scan, similar items (item vectors), a brand list,
experiment assignments, a gift note. Quizzle: a question pack, answers naming fictional celebrities
with response times, a lobby (other players' install IDs, a seed), board state (grid cells, a
nonce, an HMAC), a hint purchase, a leaderboard window, an ads SDK's init (public keys), an error
text naming the game server's address, an avatar, a streak, a friend code, an app-written share
text, a match ticket (pings keyed by server addresses). Skyvane: a forecast at the user's 3-decimal
position, saved cities (places the user follows, not where the user is), a station's observation,
radar tiles, an alert subscription by forecast zone, air-quality sensors (their own coordinates), a
widget refresh, pollen by ZIP, a premium purchase, a lightning layer's box, a tile-cache report.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import hashlib
import hmac
import random

from eval_families17_kit import (
    BUY,
    COARSE,
    DEV,
    DID,
    EDGE_IP,
    EMAIL_UPPER,
    MAIL,
    PRECISE,
    SRV_IP,
    TEXT,
    TURN_IP,
    UID,
    USAGE,
    Acc,
    add,
    audio_fp,
    device_headers,
    encode,
    flat,
    jsonl,
    push_token,
    raw,
    sha,
)
from eval_families19_kit import ERRORS, FAMOUS, catalog, chroma, grid, item_vecs, others, venues
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

QZ = "https://play.quizzle.example.org/api"
SV = "https://api.skyvane.example.com/v1"
TS = "https://api.tunesmith.example.com/v4"
SW = "https://api.shelfwise.example.net/v2"


def _auth(iat: int) -> dict[str, J]:
    return {"Authorization": J({"sub": L(USER_ID, UID), "iat": iat, "scope": "listen"})}


def tunesmith() -> list[Case]:
    rng = random.Random(19041)
    out = []
    auth = _auth(1765200000)
    out.append(case("tunesmith", f"{TS}/recs", headers={**auth, **device_headers()}, body={
        "seeds": [f"trk_{rnd_hex(rng, 10)}" for _ in range(3)], "items": item_vecs(rng, 6),
        "ctx": {"hour": 21, "bucket": "rec_v12_b", "ttl": 900}, "n": 30}))
    out.append(case("tunesmith", f"{TS}/identify", headers={**auth, **device_headers()}, body={
        "fp": chroma(rng), "peaks": audio_fp(rng, 32), "dur": 8.0, "sr": 11025,
        "id": rnd_uuid(rng), "v": "fp3"}))
    acc: Acc = {}
    plays = [(f"trk_{rnd_hex(rng, 10)}", ev) for ev in
             ["play_start", "play_complete", "play_start", "skip", "play_start", "play_complete"]]
    lines = jsonl([{"trk": t, "ev": L(ev, USAGE), "pos": rng.randrange(0, 240000),
                    "ttl": 2592000, "sz": rng.randrange(3, 9) * 1048576, "seq": i,
                    "cdn": EDGE_IP} for i, (t, ev) in enumerate(plays)], acc)
    out.append(add(encode(raw("tunesmith", f"{TS}/plays", lines, "application/x-ndjson", {},
                              headers=auth), "gzip"), acc))
    out.append(case("tunesmith", f"{TS}/tracks", query={
        "ids": ",".join(f"trk_{rnd_hex(rng, 10)}" for _ in range(4)), "ttl": "3600", "sz": "320",
        "fmt": "ogg"}))
    out.append(case("tunesmith", f"{TS}/me/following", headers=auth, body={
        "artists": FAMOUS[:6], "ids": [f"art_{rnd_hex(rng, 8)}" for _ in range(6)], "rev": 41}))
    out.append(case("tunesmith", f"{TS}/offline/manifest", body={"files": [
        {"id": f"trk_{rnd_hex(rng, 10)}", "sha1": sha("sha1", str(i)), "sz": rng.randrange(
            3000000, 9000000), "ttl": 2592000, "kbps": 320} for i in range(5)],
        "quota": 2147483648, "v": "4.8.1"}))
    out.append(case("tunesmith", f"{TS}/edges", query={
        "pop": "ewr", "ips": f"{EDGE_IP},{SRV_IP}", "proto": "h3"}))
    out.append(case("tunesmith", f"{TS}/me/playback", headers=auth, body={
        "xf": 6000, "eq": flat(rng, 10, 3.0, 1), "norm": -14, "gapless": True}))
    out.append(case("tunesmith", f"{TS}/me/concerts", headers=auth, body={
        "saved": [{"event": f"ev_{rnd_hex(rng, 6)}", "artist": FAMOUS[i], "venue": v}
                  for i, v in enumerate(venues(rng, 3))]}))
    out.append(case("tunesmith", f"{TS}/playlists", headers=auth, body={
        "name": L("rooftop sundays", TEXT), "public": False,
        "tracks": [f"trk_{rnd_hex(rng, 10)}" for _ in range(5)]}))
    out.append(case("tunesmith", f"{TS}/ads/beacon", query={
        "ad": "aud_" + rnd_hex(rng, 8), "q": "q2", "cb": str(rng.getrandbits(32)),
        "dur": "30"}))
    out.append(case("tunesmith", f"{TS}/me/devices", headers=auth, body={
        "self": L(INSTALL_ID, DID), "others": [{"iid": o, "name": n} for o, n in zip(
            others(rng, 3), ["Living room TV", "Kitchen speaker", "Work laptop"], strict=True)],
        "rev": 9}))
    out.append(case("tunesmith", f"{TS}/jam", headers=auth, body={
        "session": "jam_" + rnd_hex(rng, 8), "peers": [{"iid": o, "vol": 70}
                                                      for o in others(rng, 2)],
        "turn": TURN_IP, "ttl": 600, "codec": "opus"}))
    return out


def shelfwise() -> list[Case]:
    rng = random.Random(19042)
    out = []
    hdr = device_headers()
    out.append(case("shelfwise", f"{SW}/catalog", headers=hdr, query={
        "cat": "c_221", "page": "2", "sz": "48", "sort": "pop", "exp": "grid_v3_b"}))
    out.append(case("shelfwise", f"{SW}/impressions", headers=hdr, body={
        "screen": L("Category", USAGE), "grid": grid(rng, 12), "items": catalog(rng, 8),
        "req": rnd_uuid(rng)}))
    out.append(case("shelfwise", f"{SW}/auth/login/failed", headers=hdr, body={
        "email": L(EMAIL, MAIL), "error": ERRORS[1], "code": "E_VERIFY_422",
        "support": "help@shelfwise.example.net", "retry": 2}))
    out.append(case("shelfwise", f"{SW}/auth/reset", headers=hdr, query={
        "email": L(EMAIL, MAIL), "src": "login_failed", "tpl": "reset_v2"}))
    out.append(case("shelfwise", f"{SW}/auth/signup", body={
        "email": L(EMAIL_UPPER, MAIL), "msg": ERRORS[0], "retryAfter": 0,
        "brand": "Shelfwise", "terms": "tos_2025_09"}))
    out.append(case("shelfwise", f"{SW}/cart", headers=hdr, body={
        "lines": [{"sku": p["sku"], "qty": 1, "price": p["price"]} for p in catalog(rng, 3)],
        "coupon": "WINTER15", "ttl": 1800}))
    out.append(case("shelfwise", f"{SW}/orders", headers=hdr, body={
        "order": L("SW-" + rnd_hex(rng, 8).upper(), BUY), "total": L(84.37, BUY),
        "items": L([p["sku"] for p in catalog(rng, 2)], BUY), "ship": "std", "n": rnd_hex(rng,
                                                                                         16)}))
    out.append(case("shelfwise", f"{SW}/stores", query={"zip": L("11211", COARSE),
                                                        "radius": "10", "sz": "5"}))
    store = venues(rng, 1)[0]
    out.append(case("shelfwise", f"{SW}/stores/{store['id']}", query={
        "lat": str(store["lat"]), "lon": str(store["lon"]), "hours": "09:00-21:00",
        "tel": "+1 555 010 4400"}))
    out.append(case("shelfwise", f"{SW}/alerts", body={
        "sku": catalog(rng, 1)[0]["sku"], "target": 59.99, "channel": "push", "ttl": 2592000}))
    out.append(case("shelfwise", f"{SW}/reviews", headers=hdr, body={
        "sku": catalog(rng, 1)[0]["sku"], "stars": 4,
        "text": L("runs small, order a size up", TEXT), "nick": L("janed_91", UID)}))
    out.append(case("shelfwise", f"{SW}/scan", headers=hdr, body={
        "ean": "4006381333931", "scanMs": 420, "cam": "rear", "torch": False}))
    out.append(case("shelfwise", f"{SW}/similar", body={
        "anchor": "prd_" + rnd_hex(rng, 8), "items": item_vecs(rng, 5, 24, "prd"), "k": 12}))
    out.append(case("shelfwise", f"{SW}/brands/follow", body={
        "brands": ["Northwind Outfitters", "Contoso Home", "Fabrikam Goods", "Tailspin Toys"],
        "src": "brand_page"}))
    out.append(case("shelfwise", f"{SW}/exp", query={
        "grid_v3": "b", "ship_bar": "control", "salt": rnd_hex(rng, 12), "v": "7.3.0",
        "sdk": "sw_sdk_pk_4c1"}))
    out.append(case("shelfwise", f"{SW}/giftwrap", body={
        "order": L("SW-" + rnd_hex(rng, 8).upper(), BUY), "paper": "kraft",
        "note": L("happy birthday Sam, don't eat it all at once", TEXT),
        "tpl": "Thanks for shopping with Shelfwise!"}))
    return out


def quizzle() -> list[Case]:
    rng = random.Random(19051)
    out = []
    out.append(case("quizzle", f"{QZ}/packs", query={"pack": "icons_90s", "v": "3",
                                                     "ttl": "86400", "lang": "en"}))
    out.append(case("quizzle", f"{QZ}/rounds/rd_4471/answers", body={
        "answers": [{"q": f"q_{rnd_hex(rng, 6)}", "a": FAMOUS[i], "ms": rng.randrange(900, 6000)}
                    for i in range(5)],
        "score": 800, "sig": hmac.new(b"k", b"rd_4471", hashlib.sha256).hexdigest()}))
    out.append(case("quizzle", f"{QZ}/lobby/lb_92/join", body={
        "me": L(INSTALL_ID, DID), "players": [{"iid": o, "seat": i + 1}
                                              for i, o in enumerate(others(rng, 3))],
        "host": others(rng, 1)[0], "seed": rng.getrandbits(48), "ttl": 60}))
    out.append(case("quizzle", f"{QZ}/board", body={
        "cells": grid(rng, 16), "moves": [[rng.randrange(4), rng.randrange(4)] for _ in range(6)],
        "nonce": rnd_hex(rng, 16), "mac": rnd_hex(rng, 64), "t": 1765300000}))
    out.append(case("quizzle", f"{QZ}/shop/buy", body={
        "sku": L("hint_pack_10", BUY), "price": L(0.99, BUY), "cur": "USD",
        "receipt": L("GPA.3304-1180-7723-01944", BUY)}))
    out.append(case("quizzle", f"{QZ}/leaderboard", query={"board": "weekly", "around": "me",
                                                           "n": "20"}))
    out.append(case("quizzle", f"{QZ}/ads/init", body={
        "appKey": "qz_sdk_5b7e11d0", "placements": ["interstitial_1", "rewarded_hint"],
        "v": "9.1.0", "test": False}))
    out.append(case("quizzle", f"{QZ}/errors", body={
        "code": "E_SYNC", "msg": f"Could not reach game server {SRV_IP}:7777, retrying",
        "srv": SRV_IP, "retry": 3, "build": "2.14.1"}))
    out.append(case("quizzle", f"{QZ}/me/avatar", body={"avatar": "fox_07", "frame": "gold"}))
    out.append(case("quizzle", f"{QZ}/me/streak", body={
        "streak": 12, "tz": L("America/New_York", DEV), "claimed": True}))
    out.append(case("quizzle", f"{QZ}/friends/add", body={"code": "QZ-8841-2201",
                                                         "src": "share_card"}))
    out.append(case("quizzle", f"{QZ}/share", body={
        "text": "I scored 9/10 on 90s Icons! Can you beat me? #Quizzle", "card": "c_icons",
        "ev": L("share_result", USAGE)}))
    out.append(case("quizzle", f"{QZ}/match/ticket", body={
        "region": "us-east", "ping": {EDGE_IP: 18, SRV_IP: 41, TURN_IP: 77},
        "mmr": 1430, "ticket": rnd_uuid(rng)}))
    return out


def skyvane() -> list[Case]:
    rng = random.Random(19052)
    out = []
    out.append(case("skyvane", f"{SV}/forecast", query={
        "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "units": "imperial",
        "ttl": "600"}))
    out.append(case("skyvane", f"{SV}/me/cities", body={"cities": [
        {"name": "Lisbon", "lat": 38.7223, "lon": -9.1393},
        {"name": "Reykjavik", "lat": 64.1466, "lon": -21.9426},
        {"name": "Kyoto", "lat": 35.0116, "lon": 135.7681}], "order": [2, 0, 1]}))
    out.append(case("skyvane", f"{SV}/stations/KNYC/obs", query={
        "lat": "40.7789", "lon": "-73.9692", "elev": "47"}))
    out.append(case("skyvane", f"{SV}/radar/7/37/48.png", query={"t": "1765300800",
                                                                 "ttl": "300"}))
    out.append(case("skyvane", f"{SV}/alerts/subscribe", body={
        "zones": L(["NYZ075"], COARSE), "push": L(push_token(rng), DID),
        "types": ["winter_storm", "heat"]}))
    out.append(case("skyvane", f"{SV}/aq/sensors", body={"sensors": [
        {"id": f"pa_{rng.randrange(10000, 99999)}", "lat": round(40.70 + rng.random() / 10, 5),
         "lon": round(-74.0 + rng.random() / 10, 5), "pm25": round(rng.uniform(2, 30), 1)}
        for _ in range(4)], "since": 1765290000}))
    out.append(case("skyvane", f"{SV}/widget", body={
        "w": 4, "h": 2, "ttl": 900, "sz": "4x2", "theme": "auto", "rev": 3}))
    out.append(case("skyvane", f"{SV}/pollen", query={"zip": L("11211", COARSE), "days": "3"}))
    out.append(case("skyvane", f"{SV}/premium", body={
        "sku": L("sky_plus_yearly", BUY), "price": L(19.99, BUY), "trial": False}))
    out.append(case("skyvane", f"{SV}/layers/lightning", query={
        "bbox": "-74.3,40.4,-73.6,41.0", "window": "30m", "res": "2km"}))
    out.append(case("skyvane", f"{SV}/cache/report", body={
        "tiles": 412, "bytes": 58720256, "hit": 0.87, "evicted": 31, "ttl": 86400}))
    return out
