"""Blind set eight, part four: a browser app and a photo editor (see ``eval_families8.py`` for the
rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the browser's sync service (history
records with URL, title and visit times, gzip; open tabs per device as JSON Lines; bookmarks in a
Netscape-style tree flattened to records; an autofill profile), its omnibox suggestions (query
string ``q`` with the typed prefix, cookies holding a session and a preferences string), a
safe-browsing-style hash-prefix lookup (negatives) and a usage ping with a base64 JSON payload;
the photo editor's face-detection result upload (per face: a bounding box, 68 landmark points,
head pose, an embedding as base64 of float32), a photo upload with EXIF GPS
(multipart/form-data, RFC 7578), a cloud render job (negatives), a store purchase, and a schema-
less protobuf analytics batch (br). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
import struct

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import enc, floats, jsonl, with_labels
from eval_families8_kit import (
    ADDR,
    ADID,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    FACE,
    GAID,
    INSTALL_ID,
    JPEG,
    LAT,
    LON,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    UID,
    USAGE,
    device_headers,
    sha,
)
from eval_payloads import NAME, USER_ID, Case, L, case, rnd_hex, rnd_uuid

SYNC = "https://sync.surfbrowser.example.com"
EDIT = "https://api.retouchly.example.app"
PAGES = [("https://www.example.com/health/lyme-disease-symptoms", "Lyme disease: symptoms"),
         ("https://news.example.org/2026/11/27/city-council-vote", "City council vote delayed"),
         ("https://shop.example.net/p/trail-running-shoes-w-8", "Trail running shoes, women's 8"),
         ("https://forum.example.com/t/visa-interview-tips/4411", "Visa interview tips"),
         ("https://maps.example.com/?q=pharmacy+near+me", "pharmacy near me - Maps"),
         ("https://jobs.example.com/search?q=nurse+practitioner", "Nurse practitioner jobs"),
         ("https://bank.example.com/login", "Sign in"),
         ("https://recipes.example.org/thai-green-curry", "Thai green curry"),
         ("https://www.example.com/clinics/fertility-treatment-costs", "Fertility treatment costs"),
         ("https://realty.example.com/rent/brooklyn-2br", "2 bedroom apartments for rent"),
         ("https://wiki.example.org/wiki/Tax_brackets", "Tax brackets - Wiki"),
         ("https://video.example.net/watch?v=k3Xm9", "How to fix a leaking tap"),
         ("https://travel.example.com/flights/jfk-lis", "Flights New York to Lisbon"),
         ("https://forum.example.com/t/anxiety-and-sleep/9182", "Anxiety and sleep"),
         ("https://news.example.org/2026/11/26/markets-close", "Markets close higher"),
         ("https://shop.example.net/cart", "Your cart")]


def browser() -> list[Case]:
    rng = random.Random(8809)
    hdr = {"Authorization": L("Bearer sb_" + rnd_hex(rng, 48), CRED),
           "X-Client-Id": L(INSTALL_ID, DID), **device_headers()}
    recs = [{"id": rnd_hex(rng, 12), "histUri": L(u, BROWSE), "title": L(t, BROWSE),
             "visits": [{"date": 1764250000000000 + i * 7_000_000, "type": 1}]}
            for i, (u, t) in enumerate(PAGES)]
    out = [case("browser", f"{SYNC}/1.5/8812/storage/history", headers=hdr, gz=True,
                body={"records": recs[k:k + 8], "batch": str(k)}) for k in (0, 8)]
    acc: dict[tuple[str, str], str] = {}
    data = jsonl([{"device": L("Pixel 8", DEV), "tab_index": i, "url": L(u, BROWSE),
                   "title": L(t, BROWSE), "lastUsed": 1764251000 + i}
                  for i, (u, t) in enumerate(PAGES[:5])], acc)
    out.append(with_labels(raw("browser", f"{SYNC}/1.5/8812/storage/tabs", data,
                               "application/x-ndjson", {}, headers=hdr), acc))
    out.append(case("browser", f"{SYNC}/1.5/8812/storage/bookmarks", headers=hdr, body={
        "items": [{"guid": rnd_hex(rng, 12), "type": "bookmark", "parent": "mobile",
                   "bmkUri": L(u, BROWSE), "title": L(t, BROWSE)} for u, t in PAGES[5:11]]}))
    out.append(case("browser", f"{SYNC}/1.5/8812/storage/addresses", headers=hdr, body={
        "given-name": L("Jane", NAMEC), "family-name": L("Doe", NAMEC),
        "street-address": L("350 Fifth Avenue\nApt 12B", ADDR),
        "address-level2": L("New York", COARSE), "postal-code": L("10118", COARSE),
        "tel": L(E164, TEL), "email": L(EMAIL, MAIL), "timesUsed": 3}))
    # the PREF cookie is a query string; its parts are labelled where the decoder puts them
    pref = {("cookie", "PREF.hl"): DEV, ("cookie", "PREF.tz"): DEV}
    for typed in ("lyme disease sympt", "urgent care open n", "flights to lis", "2br apartm",
                  "how to fix leaking t"):
        out.append(with_labels(case(
            "browser", "https://suggest.surfbrowser.example.com/complete/search",
            query={"client": "surf-android", "q": L(typed, SEARCH), "hl": L("en", DEV),
                   "cp": str(len(typed)), "psi": rnd_hex(rng, 16)},
            cookies={"SID": L("g.a000" + rnd_hex(rng, 60), CRED),
                     "PREF": "hl=en-US&tz=America.New_York"}), dict(pref)))
    out.append(case("browser", "https://sb.surfbrowser.example.com/v4/fullHashes:find", body={
        "client": {"clientId": "surf", "clientVersion": "121.0"},
        "threatInfo": {"threatTypes": ["MALWARE", "SOCIAL_ENGINEERING"],
                       "hashPrefixes": [base64.b64encode(bytes.fromhex(rnd_hex(rng, 8))).decode()
                                        for _ in range(3)]}}))
    acc = {}
    payload = enc({"clientId": L(INSTALL_ID, DID), "os": L("Android 14", DEV),
                   "searches": {"default_engine": L(14, USAGE)}, "tabsOpened": L(23, USAGE),
                   "activeMinutes": L(96, USAGE), "defaultBrowser": True,
                   "adId": L(GAID, ADID)}, "body", "payload", "b64", acc)
    out.append(with_labels(case("browser", "https://telemetry.surfbrowser.example.com/submit",
                                body={"docType": "metrics", "payload": payload,
                                      "docId": rnd_uuid(rng)}), acc))
    return out


def _f32b64(values: list[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def _faces(rng: random.Random, count: int) -> list[dict[str, object]]:
    """Per face: a box (unlabelled), 68 landmark points and a 128-float embedding (one series
    and one vector, each labelled once)."""
    faces: list[dict[str, object]] = []
    for f in range(count):
        x0, y0 = 300 + f * 500, 400
        faces.append({
            "bbox": {"x": x0, "y": y0, "w": 380, "h": 420}, "score": 0.98,
            "landmarks": L([{"x": x0 + rng.randrange(380), "y": y0 + rng.randrange(420)}
                            for _ in range(68)], FACE),
            "pose": {"yaw": round(rng.uniform(-20, 20), 1), "pitch": 3.2, "roll": -1.1},
            "embedding": L(_f32b64(floats(rng, 128, 0.09)), FACE),
            "smile": 0.71, "eyes_open": 0.99})
    return faces


def photo() -> list[Case]:
    rng = random.Random(8810)
    hdr = {"Authorization": L("Bearer rt_" + rnd_hex(rng, 40), CRED), **device_headers(),
           "X-Install-Id": L(INSTALL_ID, DID)}
    out = [case("photo", f"{EDIT}/v2/faces/analyze", headers=hdr, body={
        "image_id": "img_" + rnd_hex(rng, 16), "image_sha256": sha("sha256", f"photo-{n}"),
        "width": 3024, "height": 4032, "faces": _faces(rng, 2 - n % 2), "model": "facekit-4.1"})
        for n in range(3)]
    out.append(multipart("photo", f"{EDIT}/v2/uploads", [
        ("file", "IMG_20261127_101512.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("exif", None, "application/json", {
            "GPSLatitude": L(LAT, PRECISE), "GPSLongitude": L(LON, PRECISE),
            "GPSAltitude": 31.0, "DateTimeOriginal": "2026:11:27 10:15:12",
            "Make": L("Google", DEV), "Model": L("Pixel 8", DEV), "ExposureTime": "1/120",
            "FNumber": 1.68, "ISO": 50})], headers=hdr))
    out.append(case("photo", f"{EDIT}/v2/render", headers=hdr, body={
        "image_id": "img_" + rnd_hex(rng, 16), "ops": [
            {"op": "crop", "x": 120, "y": 80, "w": 2800, "h": 3700},
            {"op": "filter", "name": "vintage", "intensity": 0.7},
            {"op": "retouch", "region": {"x": 410, "y": 520, "w": 60, "h": 60}}],
        "output": {"format": "jpeg", "quality": 92}, "job_id": rnd_uuid(rng)}))
    out.append(case("photo", f"{EDIT}/v2/purchases", headers=hdr, body={
        "product_id": L("pro_yearly", BUY),
        "purchase_token": L("opkbmcdlfhgjnalc." + rnd_hex(rng, 60), BUY),
        "order_id": L("GPA.3345-1122-9087-55210", BUY), "price_micros": L(29_990_000, BUY),
        "currency": "USD", "user_id": L(USER_ID, UID)}))
    labels: dict[str, str] = {}
    body = pb([(1, L(INSTALL_ID, DID)), (2, L(USER_ID, UID)),
               (3, [(1, L("editor_open", USAGE)), (2, 1764251000)]),
               (3, [(1, L("filter_applied", USAGE)), (2, 1764251030), (3, "vintage")]),
               (3, [(1, L("export", USAGE)), (2, 1764251090)]),
               (4, [(1, L("Pixel 8", DEV)), (2, L("14", DEV)), (3, L("en_US", DEV))])],
              "", labels)
    for i in range(3):  # a repeated sub-message is indexed by the decoder
        labels[f"3[{i}].1"] = labels.pop("3.1", USAGE)
    out.append(encode(raw("photo", "https://events.appmetrics.example.com/v1/batch", body,
                          "application/x-protobuf", labels), "br"))
    out.append(case("photo", f"{EDIT}/v2/profile", headers=hdr, body={
        "display_name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
        "avatar_face": {"bbox": [12, 20, 200, 220]}, "followers": 120}))
    return out
