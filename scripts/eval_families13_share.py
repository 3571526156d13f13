"""Blind set thirteen, part six: a cloud photo-gallery/backup app and a second-hand
classifieds marketplace (see ``eval_families13.py`` for the rules of this set, its conventions
and its calls).

Gallery (in the style of photo-backup services): uploads (multipart JPEG with EXIF metadata),
metadata batches (msgpack), face clusters with embeddings and names, albums shared by e-mail,
OCR text from screenshots, photo search, a places timeline (deflate), memories views. Marketplace
(in the style of local buy-and-sell apps): listings with photos and a pickup spot, searches and
saved searches, buyer-seller chat, escrow checkout, seller ID verification with a face match,
reviews, a form-encoded analytics beacon with cookies. Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import (
    ADDR,
    ADID,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PHONE_SHA256,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_headers,
    enc,
    encode,
    flat,
    multipart,
    near,
    urlq,
)
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PIX = "https://sync.pixvault.example.net"
SWAP = "https://api.swapshop.example.org"
CONT = "content.contacts"


def _exif(rng: random.Random, i: int) -> dict[str, Any]:
    lat, lon = near(i, 6)
    return {"GPSLatitude": L(lat, PRECISE), "GPSLongitude": L(lon, PRECISE),
            "GPSAltitude": round(rng.uniform(5, 40), 1), "Make": L("Google", DEV),
            "Model": L("Pixel 8", DEV), "DateTimeOriginal": f"2026:11:2{i % 10} 14:0{i % 10}:11",
            "Orientation": 1, "ISO": 100 + i}


def gallery() -> list[Case]:
    rng = random.Random(13011)
    out = []
    auth = {"Authorization": L("Bearer pv_" + rnd_hex(rng, 40), CRED), "User-Agent": L(UA, DEV)}
    for k in range(3):
        out.append(multipart("gallery", f"{PIX}/v3/upload", [
            ("meta", None, "application/json", {
                "owner": L(USER_ID, UID), "exif": _exif(rng, k), "sha1": rnd_hex(rng, 40),
                "phash": rnd_hex(rng, 16), "bytes": 2811234 + k, "mime": "image/jpeg"}),
            ("file", f"PXL_2026112{k}.jpg", "image/jpeg", L(JPEG + bytes([k]) * 20, MEDIA)),
        ], headers=auth))
    for k in range(2):
        items = []
        for i in range(4):
            lat, lon = near(i + k * 4, 5)
            items.append({"id": "ph_" + rnd_hex(rng, 10), "lat": L(lat, PRECISE),
                          "lon": L(lon, PRECISE), "taken": 1764180000 + i * 3600,
                          "people": L(["Rosa Morales", "Mia"][: 1 + i % 2], NAMEC),
                          "caption": L(["first day of school!", "Mia's 5th birthday",
                                        "IVF clinic, embryo transfer day", "beach"][i],
                                       TEXT if i != 2 else f"{TEXT}|{SENS}"),
                          "fav": i == 1})
        out.append(case("gallery", f"{PIX}/v3/meta/batch", fmt="msgpack", headers=auth,
                        body={"owner": L(USER_ID, UID), "items": items, "cursor": k}))
    for k in range(2):
        out.append(case("gallery", f"{PIX}/v3/faces/clusters", headers=auth, body={
            "owner": L(USER_ID, UID), "clusters": [
                {"cid": f"fc_{k}{j}", "name": L(["Rosa Morales", "Sam Patel"][j], NAMEC),
                 "centroid": L(flat(rng, 128, 0.07), FACE), "count": 212 - j * 90,
                 "coverPhoto": "ph_" + rnd_hex(rng, 10)} for j in range(2)],
            # an editing preset's tone curve: floats that are not a face
            "toneCurve": [round(i / 63 + rng.uniform(-0.01, 0.01), 3) for i in range(64)],
            "model": "facenet-mobile-2"}))
    out.append(case("gallery", f"{PIX}/v3/albums/share", headers=auth, body={
        "album": {"title": L("Mia's first year", TEXT), "count": 341},
        "invite": [L("rosa.m@example.com", MAIL), L("sam.patel@example.net", MAIL)],
        "message": L("all the baby pics for grandma", TEXT), "allowUploads": True}))
    for k, (txt, cats) in enumerate([
            ("Card ending 4242 charged $84.10 at PHARMACY #118", f"{TEXT}|{PAY}"),
            ("Your appointment with Dr. Osei (Psychiatry) is confirmed for Dec 3",
             f"{TEXT}|health.medical")]):
        out.append(case("gallery", f"{PIX}/v3/ocr", headers=auth, body={
            "photo": "ph_" + rnd_hex(rng, 10), "lang": L("en", DEV),
            "text": L(txt, cats), "blocks": 3 + k}))
    for q in ["mia beach", "passport"]:
        out.append(case("gallery", f"{PIX}/v3/search", headers=auth, query={
            "q": L(q, SEARCH), "limit": "50", "rid": rnd_hex(rng, 10)}))
    places = [{"name": L(n, COARSE), "from": 1761000000 + i * 86400, "photos": 10 + i}
              for i, n in enumerate(["Brooklyn, NY", "Montauk, NY", "Guadalajara, Jalisco"])]
    out.append(encode(case("gallery", f"{PIX}/v3/timeline/places", headers=auth, body={
        "owner": L(USER_ID, UID), "places": places, "home": {
            "lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE)}}), "deflate"))
    out.append(case("gallery", f"{PIX}/v3/events", headers=auth, body={
        "e": [{"n": L("memory_opened", USAGE), "t": 1764272000},
              {"n": L("backup_completed", USAGE), "t": 1764272100}],
        "install": L(INSTALL_ID, DID), "dev": device_headers()["X-Os-Version"]}))
    # negatives: quota check and a thumbnail fetch
    out.append(case("gallery", f"{PIX}/v3/quota", query={"plan": "200gb", "t": "1764272200"}))
    out.append(case("gallery", f"{PIX}/v3/thumb/ph_88f1a0c2d3", query={"w": "256",
                                                                      "sig": rnd_hex(rng, 32)}))
    return out


def market() -> list[Case]:
    rng = random.Random(13012)
    out = []
    jar = {"ss_sess": L(rnd_hex(rng, 40), CRED), "ss_did": L(INSTALL_ID, DID),
           "ss_exp": "search_v7"}
    for k, (title, desc, cats) in enumerate([
            ("Maternity dress, size M", "Worn twice during my pregnancy, smoke free home",
             f"{TEXT}|{SENS}"),
            ("Kids bike 16in", "Outgrown. Pickup near Madison Sq Park, text 555-010-0199",
             f"{TEXT}|{TEL}")]):
        lat, lon = near(k, 3)
        out.append(multipart("market", f"{SWAP}/v2/listings", [
            ("listing", None, "application/json", {
                "seller": L(USER_ID, UID), "title": L(title, TEXT), "description": L(desc, cats),
                "price": 25 + k * 15, "category": ["women_clothing", "kids"][k],
                # the garment's target sex and size, not the user's
                "attrs": {"sex": "female", "size": "M"} if k == 0 else {"wheel": 16},
                "pickup": {"lat": L(lat, PRECISE), "lng": L(lon, PRECISE)},
                "listingKey": rnd_uuid(rng)}),
            ("photo0", "p0.jpg", "image/jpeg", L(JPEG + bytes([k]) * 8, MEDIA)),
        ], cookies=jar))
    for k in range(2):
        out.append(case("market", f"{SWAP}/v2/search", cookies=jar, query={
            "q": L(["crib", "wheelchair ramp"][k], SEARCH),
            "lat": L(round(LAT, 2), COARSE), "lng": L(round(LON, 2), COARSE),
            "radius_km": "8", "sort": "newest", "qid": rnd_hex(rng, 12)}))
    out.append(case("market", f"{SWAP}/v2/saved-searches", cookies=jar, body={
        "user": L(USER_ID, UID), "queries": L(["crib", "breast pump", "stroller"],
                                              f"{SEARCH}|{SENS}"), "notify": "daily"}))
    for k, (msg, cats) in enumerate([("Is it still available? I can pick up tonight", TEXT),
                                     ("Meet at the Union Sq Starbucks at 6? My cell is "
                                      "(555) 010-0199", f"{TEXT}|{TEL}"),
                                     ("I'll leave it with my doorman at 350 5th Ave",
                                      f"{TEXT}|{ADDR}")]):
        out.append(case("market", f"{SWAP}/v2/threads/t_{rnd_hex(rng, 6)}/messages",
                        cookies=jar, body={"from": L(USER_ID, UID), "text": L(msg, cats),
                                           "offer": 20 if k == 0 else None,
                                           "clientMsgId": rnd_uuid(rng)}))
    out.append(case("market", f"{SWAP}/v2/checkout", cookies=jar, body={
        "listing": "ls_" + rnd_hex(rng, 8), "order": L("SO-" + rnd_hex(rng, 10), BUY),
        "total": L(41.5, BUY), "card": {"token": L("tok_" + rnd_hex(rng, 20), PAY),
                                        "last4": L("1881", PAY)},
        "shipTo": {"name": L("Jane Doe", NAMEC), "line1": L("350 Fifth Avenue Apt 4B", ADDR),
                   "zip": L("10118", COARSE), "phone": L("+15550100199", TEL)}}))
    acc: Acc = {}
    face = enc({"embedding": L(flat(rng, 512, 0.04), FACE), "liveness": 0.98,
                "docFaceMatch": 0.93}, "body", "fm", "b64", acc)
    out.append(multipart("market", f"{SWAP}/v2/verify/id", [
        ("doc", "license_front.jpg", "image/jpeg", L(JPEG + b"DL", MEDIA)),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"SF", MEDIA)),
        ("fields", None, "application/json", {"dlNumber": L("123456789", NATID),
                                              "state": L("NY", COARSE),
                                              "fullName": L("Jane A Doe", NAMEC)}),
    ], cookies=jar))
    out.append(add(case("market", f"{SWAP}/v2/verify/face", cookies=jar, body={
        "fm": face, "session": rnd_uuid(rng)}), acc))
    c = case("market", f"{SWAP}/v2/users/lookup/{urlq(EMAIL)}", cookies=jar,
             query={"include": "ratings", "me": L(USER_ID, UID)})
    c.labels[("url", "path[3]")] = MAIL  # the user's own e-mail, percent-encoded in the path
    out.append(c)
    out.append(case("market", f"{SWAP}/v2/reviews", cookies=jar, body={
        "about": "u_other_5521", "stars": 2,
        "text": L("Sam showed up 40 min late and haggled", TEXT)}))
    out.append(case("market", f"{SWAP}/v2/contacts/match", cookies=jar, body={
        "hashes": L([rnd_hex(random.Random(i), 64) for i in range(5)], CONT),
        "self": L(PHONE_SHA256, TEL)}))
    out.append(case("market", f"{SWAP}/b", fmt="form", cookies=jar, body={
        "e": L("listing_viewed", USAGE), "lid": "ls_4412a0",
        "gaid": L(GAID.replace("-", "").upper(), ADID),
        "ua": L(UA, DEV),
        "ref": L("https://www.example.com/search?q=used+crib", f"{BROWSE}|{SEARCH}"),
        "ts": "1764273000"}))
    # negatives: the category tree and shipping-rate table
    out.append(case("market", f"{SWAP}/v2/categories", query={"v": "12", "rev": "2026-11"}))
    out.append(case("market", f"{SWAP}/v2/shipping/rates", body={
        "from": "zone_3", "to": "zone_5", "weightOz": 34, "carriers": ["std", "exp"]}))
    return out
