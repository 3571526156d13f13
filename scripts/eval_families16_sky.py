"""Blind set sixteen, part four: a consumer drone flight app and a plant-identification app (see
``eval_families16.py`` for the rules of this set, its conventions and its calls).

Drone (in the style of camera-drone companion apps): operator registration, a remote-pilot
certificate (form), pairing the aircraft, its Remote ID module and the controller, a flight log
(schema-less protobuf, repeated sub-messages of doubles, zstd), an airspace authorisation with
the flight-area polygon, a photo with EXIF GPS (multipart), Remote ID telemetry (msgpack),
flight insurance and analytics (gzip). Plant ID (in the style of leaf-photo identification
apps): identification with a photo, its position and the leaf's contour, a garden record, a
journal note, pollen alerts naming the user's allergies, a subscription, a community
observation with obscured coordinates, an ad request (form, a truncated IP) and a search.
Negatives: airport zones, a launch site's weather, firmware, the species catalogue, a botanical
garden and a leaf-shape template. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families16_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    IP_TRUNC,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    add,
    device_camel,
    device_snake,
    encode,
    jsonl,
    ll,
    multipart,
    pb,
    points,
    raw,
    sim_block,
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
)

SKY = "https://api.skypilot.example.com"
LEAF = "https://api.leafscan.example.org"
D_SN, RID_SN, RC_MAC = "SP4M-2291-77813", "1581F5FKD22C40019", "60:60:1f:a2:33:9e"


def drone() -> list[Case]:
    rng = random.Random(16007)
    out = []
    out.append(case("drone", f"{SKY}/v2/operators", body={
        "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
        "address": {"line1": L(STREET, ADDR), "city": L("New York", COARSE),
                    "state": L("NY", COARSE), "zip": L("10118", COARSE)},
        "dob": L("1991-04-23", BIRTH), "registration": L("FA3K7YTR9P", UID)}))
    auth = {"Authorization": L("Bearer sky_" + rnd_hex(rng, 40), CRED)}
    out.append(case("drone", f"{SKY}/v2/operators/cert", fmt="form", headers=auth, body={
        "cert_no": L("4412907", UID), "issued": "2025-05-10", "type": "part107"}))
    out.append(case("drone", f"{SKY}/v2/aircraft/pair", headers=auth, body={
        "serial": L(D_SN, HW), "remoteId": L(RID_SN, HW), "rcMac": L(RC_MAC, HW),
        "model": "SP Mini 4", "phone": device_camel()}))
    track = [(round(LAT + i * 4e-4, 7), round(LON - i * 3e-4, 7)) for i in range(5)]
    lab: dict[str, str] = {}
    data = pb([(1, "fl_" + rnd_hex(rng, 10)), (2, [(1, round(LAT, 7)), (2, round(LON, 7))]),
               *[(3, [(1, la), (2, lo), (3, 30.0 + 10 * i)]) for i, (la, lo) in
                 enumerate(track)],
               (4, [(1, round(LAT + 2e-5, 7)), (2, round(LON + 1e-5, 7))]),
               (5, L(D_SN, HW)), (6, 212)], "", lab)
    lab.update({"2.1": PRECISE, "2.2": PRECISE, "4.1": PRECISE, "4.2": PRECISE})
    lab.update({f"3[{i}].{k}": PRECISE for i in range(5) for k in (1, 2)})
    out.append(encode(raw("drone", f"{SKY}/v2/flights/upload", data, "application/x-protobuf",
                          lab, headers=auth), "zstd"))
    poly = [[round(LAT + a, 5), round(LON + b, 5)] for a, b in
            [(0.002, -0.002), (0.002, 0.002), (-0.002, 0.002), (-0.002, -0.002)]]
    out.append(case("drone", f"{SKY}/v2/airspace/authorize", headers=auth, body={
        "area": L(poly, PRECISE), "maxAltFt": 200, "start": "2026-12-06T15:00Z",
        "durationMin": 30, "cert": L("4412907", UID), "phone": L(E164, TEL)}))
    out.append(multipart("drone", f"{SKY}/v2/media", [
        ("exif", None, "application/json", {"GPSLatitude": L(round(LAT + 8e-4, 6), PRECISE),
                                            "GPSLongitude": L(round(LON - 6e-4, 6), PRECISE),
                                            "Make": "SkyPilot", "gimbalPitch": -90,
                                            "relAlt": 61.2}),
        ("photo", "DJI_0042.jpg", "image/jpeg", L(JPEG + b"\x61" * 18, MEDIA)),
    ], headers=auth))
    out.append(case("drone", f"{SKY}/v2/rid/log", fmt="msgpack", headers=auth, body={
        "uas": L(RID_SN, HW), "op": {"lat": L(round(LAT, 6), PRECISE),
                                     "lon": L(round(LON, 6), PRECISE)},
        "ac": [{"lat": L(round(la, 6), PRECISE), "lon": L(round(lo, 6), PRECISE), "alt": 60}
               for la, lo in track[:3]],
        "cells": [3.91, 3.90, 3.92, 3.89], "cycles": 41}))
    out.append(case("drone", f"{SKY}/v2/insurance/buy", headers=auth, body={
        "policy": L("PL-2026-88123", BUY), "premium": L(12.0, BUY), "hours": 24,
        "card": {"last4": L("4242", PAY), "exp": L("08/29", PAY)}}))
    out.append(encode(case("drone", "https://ev.flightstat.example.net/b", body={
        "gaid": L(GAID, ADID), "sim": sim_block(), "events": [
            {"n": L(n, USAGE), "t": 1764740000 + i} for i, n in
            enumerate(["takeoff", "photo", "rth", "landing"])]}), "gzip"))
    out.append(case("drone", f"{SKY}/v2/spotters/share", headers=auth, body={
        "to": [L(PEOPLE[0][1], TEL), L(PEOPLE[3][1], TEL)],
        "pilot": [{"p": L(ll(6, i * 2e-5, -i * 1e-5), PRECISE), "t": 1764741000 + i}
                  for i in range(5)], "aircraft": L(D_SN, HW), "msg": L("flying at the pier, "
                                                                        "come watch", TEXT)}))
    # negatives: an airport's zone, a launch site's weather, firmware
    out.append(case("drone", f"{SKY}/v2/zones/KJFK", query={
        "lat": "40.641311", "lon": "-73.778139", "radiusNm": "5"}))
    out.append(case("drone", f"{SKY}/v2/weather", headers=auth, query={
        "site": "Floyd Bennett Field", "lat": "40.5910", "lon": "-73.8918", "alt": "120"}))
    out.append(case("drone", f"{SKY}/v2/firmware", query={"model": "SPM4", "cur": "01.02.0300"}))
    return out


def plantid() -> list[Case]:
    rng = random.Random(16008)
    out = []
    auth = {"Authorization": L("Bearer ls_" + rnd_hex(rng, 32), CRED)}
    contour = [[round(rng.uniform(0, 1), 3), round(rng.uniform(0, 1), 3)] for _ in range(64)]
    out.append(multipart("plantid", f"{LEAF}/v3/identify", [
        ("meta", None, "application/json", {"lat": L(round(LAT, 5), PRECISE),
                                            "lon": L(round(LON, 5), PRECISE), "organ": "leaf",
                                            "contour": contour,
                                            "exif": {"Model": L("Pixel 8", DEV)}}),
        ("img", "leaf.jpg", "image/jpeg", L(JPEG + b"\x71" * 9, MEDIA)),
    ], headers=auth))
    out.append(case("plantid", f"{LEAF}/v3/gardens", headers=auth, body={
        "name": "Backyard", "lat": L(round(LAT + 1e-4, 6), PRECISE),
        "lng": L(round(LON, 6), PRECISE), "zip": L("10118", COARSE), "zone": "7b",
        "plants": ["monstera", "basil", "fig"]}))
    out.append(case("plantid", f"{LEAF}/v3/journal", headers=auth, body={
        "plant": "fig", "note": L("repotted after the move, leaves yellowing", TEXT)}))
    out.append(case("plantid", f"{LEAF}/v3/pollen/alerts", headers=auth, body={
        "allergies": L(["ragweed", "birch", "asthma"], MED), "zip": L("10118", COARSE),
        "push": L("fcm:" + rnd_hex(rng, 64), DID), "severity": "moderate"}))
    out.append(case("plantid", f"{LEAF}/v3/billing", headers=auth, body={
        "sku": L("leafscan_pro_year", BUY), "price": L(29.99, BUY),
        "token": L("gp_" + rnd_hex(rng, 40), BUY)}))
    out.append(case("plantid", f"{LEAF}/v3/observations", headers=auth, body={
        "species": "Ailanthus altissima", "lat": L(40.74, COARSE), "lng": L(-73.99, COARSE),
        "obscured": True, "by": L("jane_grows", UID), "photo": "ph_" + rnd_hex(rng, 8)}))
    out.append(case("plantid", "https://ad.greenads.example.com/get", fmt="form", body={
        "gaid": L(GAID, ADID), "mccmnc": L(MCCMNC, CARRIER),
        "operator": L("EXAMPLE MOBILE", CARRIER), "ip": L(IP_TRUNC, IPLOC),
        "lat": L("40.742", PRECISE), "lon": L("-73.989", PRECISE), "slot": "id_result",
        "os": L("android 14", DEV)}))
    out.append(case("plantid", f"{LEAF}/v3/search", headers=auth, query={
        "q": L("is pothos toxic to cats", SEARCH), "lang": L("en", DEV)}))
    acc: dict[tuple[str, str], str] = {}
    lines = jsonl([{"e": L(n, USAGE), "uid": L(USER_ID, UID), "iid": L(INSTALL_ID, DID),
                    "dev": device_snake() if i == 0 else {}} for i, n in
                   enumerate(["scan", "result_view", "save_plant"])], acc)
    out.append(add(raw("plantid", "https://t.leafscan.example.org/i", lines,
                       "application/x-ndjson", {}), acc))
    out.append(multipart("plantid", f"{LEAF}/v3/journal/voice", [
        ("meta", None, "application/json", {"transcript": L("the fig got frost last night, "
                                                            "move it inside", TEXT),
                                            "plant": "fig", "user": L(USER_ID, UID)}),
        ("audio", "note.m4a", "audio/mp4", L(M4A + b"\x72" * 9, MEDIA)),
    ], headers=auth))
    # negatives: the species catalogue, a botanical garden's page, a leaf-shape template
    out.append(case("plantid", f"{LEAF}/v3/species", query={"genus": "Ficus", "page": "2"}))
    out.append(case("plantid", f"{LEAF}/v3/places/nybg", headers=auth, body={
        "name": "New York Botanical Garden", "lat": 40.862583, "lng": -73.877036,
        "hours": "10-18"}))
    out.append(case("plantid", f"{LEAF}/v3/models/leaf-shape", body={
        "template": points(rng, 68, 2, 0.3), "classes": ["ovate", "lanceolate", "palmate"]}))
    return out
