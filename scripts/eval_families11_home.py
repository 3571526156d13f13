"""Blind set eleven, part two: a smart-thermostat/home-energy app, a pet-care app and a grocery-
delivery app with a loyalty card (see ``eval_families11.py`` for the rules and conventions).

Fictional apps with shapes typical of their kind: the thermostat app's device claim (serial,
MAC, home Wi-Fi), home setup with the address and a geofence, geofence transitions (form, as a
background task posts them), occupancy and schedule uploads (JSON Lines, zstd), energy reports
(XML, a utility's Green-Button-like shape) and a firmware poll; the pet app's owner profile,
pet record with microchip and vet history, walk tracks (msgpack, protobuf), a lost-pet alert and
a vet-clinic search; the grocery app's loyalty-card scan, searches, basket and substitutions,
dietary profile, slot booking, checkout (deflate) and a receipt-scan upload. Values are
synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families10_kit import Acc, add, gps, token
from eval_families11_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    EMAIL,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_camel,
    device_snake,
    fixes,
)
from eval_payloads import BSSID, LAT, LON, NAME, SSID, USER_ID, Case, L, case, rnd_hex
from eval_payloads import rnd_uuid as uid4

HOME = "https://api.thermly.example.com"
PET = "https://api.pawpal.example.net"
GRO = "https://api.freshcart.example.org"


def thermostat() -> list[Case]:
    rng = random.Random(11004)
    hdr = {"Authorization": L("Bearer th_" + rnd_hex(rng, 44), CRED),
           "User-Agent": L("Thermly/4.2 (Linux; Android 14; Pixel 8)", DEV)}
    out = [case("thermostat", f"{HOME}/v1/devices/claim", headers=hdr, body={
        "serial": L("TH3-09K2-77QA", HW), "mac": L("D8:EB:46:2A:91:0C", HW),
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "rssi": -51,
                 "psk": L("maple-street-4471", CRED)}, "fw": "4.12.3",
        "pairing_code": L("7Q4-K2M", CRED), "owner": L(USER_ID, UID)})]
    out.append(case("thermostat", f"{HOME}/v1/homes", headers=hdr, body={
        "name": "Home", "address": {"line1": L("221 Garfield Pl", ADDR), "line2": L("Apt 4", ADDR),
                                    "city": L("Brooklyn", COARSE), "zip": L("11215", COARSE)},
        "geofence": {"lat": L(LAT, PRECISE), "lon": L(LON, PRECISE), "radius_m": 150},
        "members": [{"email": L("sam.ortiz@example.net", MAIL), "role": "member",
                     "name": L("Sam Ortiz", NAMEC)}],
        "utility": {"provider": "Example Power & Light", "account": L("8842-1193-0071", UID)},
        "sqft": 950, "heating": "gas", "tz": L("America/New_York", DEV)}))
    for i, ev in enumerate(["exit", "enter", "exit"]):
        la, lo = round(LAT + 0.0021 * (i + 1), 5), round(LON - 0.0017 * (i + 1), 5)
        out.append(case("thermostat", f"{HOME}/v1/geofence/event", headers=hdr, fmt="form",
                        body={"home_id": "hm_5512", "transition": ev,
                              "lat": L(str(la), PRECISE), "lon": L(str(lo), PRECISE),
                              "acc": "18", "ts": str(1764230000 + i * 14000),
                              "person": L(USER_ID, UID), "battery": L("0.47", DEV)}))
    acc: Acc = {}
    recs = [{"t": 1764230000 + i * 900, "room": r, "occupied": o, "temp_c": round(20 + i * .1, 1),
             "humidity": 41 + i, "setpoint": 21.0} for i, (r, o) in
            enumerate([("Bedroom", True), ("Living room", False), ("Bedroom", False),
                       ("Kitchen", True)])]
    data = jsonl(recs, acc)
    out.append(with_labels(encode(raw("thermostat", f"{HOME}/v1/telemetry", data,
                                      "application/x-ndjson", {}, headers=hdr), "zstd"), acc))
    out.append(case("thermostat", f"{HOME}/v1/schedule", headers=hdr, body={"weekdays": [
        {"at": "06:30", "mode": "heat", "c": 21}, {"at": "08:15", "mode": "away", "c": 16},
        {"at": "18:00", "mode": "heat", "c": 21.5}, {"at": "23:00", "mode": "sleep", "c": 18}],
        "eco": True, "changed_by": L(USER_ID, UID), "source": "app"}))
    labels: dict[str, str] = {}
    doc = xml("UsageReport", {"@account": L("8842-1193-0071", UID), "ServiceAddress": L(
        "221 Garfield Pl Apt 4, Brooklyn NY 11215", ADDR), "Reading": [
        {"@start": str(1764201600 + d * 86400), "kWh": f"{9.3 + d * .7:.1f}", "Cost": "2.41"}
        for d in range(3)], "Tariff": "EL1-TOU"}, "UsageReport", labels)
    out.append(raw("thermostat", f"{HOME}/v1/energy/import", doc.encode(), "application/xml",
                   labels, headers=hdr))
    out.append(case("thermostat", f"{HOME}/v1/firmware", query={
        "model": "TH3", "current": "4.12.3", "channel": "stable", "hw_rev": "C"}))
    out.append(case("thermostat", f"{HOME}/v1/outdoor", query={
        "zip": L("11215", COARSE), "units": "metric"}))
    out.append(case("thermostat", f"{HOME}/v1/analytics", headers=hdr, body={
        "events": [{"e": L(n, USAGE), "ts": 1764250000 + k} for k, n in
                   enumerate(["open_app", "set_temp", "view_energy", "enable_eco"])],
        "device": device_snake(), "experiment": {"id": "exp_eco_nudge", "arm": "B"}}))
    return out


def petcare() -> list[Case]:
    rng = random.Random(11005)
    acc: Acc = {}
    tok = token({"sub": L(USER_ID, UID), "name": L(NAME, NAMEC), "iss": "pawpal"},
                "cookie", "pp_at", acc)
    ck: dict[str, Any] = {"pp_at": tok, "pp_ab": "grid-v2"}
    out = [add(case("petcare", f"{PET}/owners/me", cookies=ck, body={
        "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
        "address": L("221 Garfield Pl, Apt 4, Brooklyn, NY 11215", ADDR),
        "emergencyContact": {"name": L("Sam Ortiz", NAMEC), "phone": L("+15550100388", TEL)},
        "birthYear": L(1990, BIRTH), "marketingOptIn": False}), dict(acc))]
    out.append(add(case("petcare", f"{PET}/pets", cookies=ck, body={
        "name": "Biscuit", "species": "dog", "breed": "beagle", "dob": "2019-06-02",
        "sex": "male", "neutered": True, "weightKg": 11.4, "colour": "tricolour",
        "microchip": L("985112003456789", HW), "insurance": {"policy": L("PI-88231-07", UID)},
        "vet": {"clinic": "Park Slope Animal Clinic", "phone": "+17185550142",
                "address": "300 7th Ave, Brooklyn, NY"},
        "records": [{"date": "2026-03-14", "type": "vaccine", "item": "rabies 3yr"},
                    {"date": "2026-09-02", "type": "diagnosis", "item": "otitis externa",
                     "meds": "Otomax 2x daily"}]}), dict(acc)))
    for k in range(2):
        out.append(add(case("petcare", f"{PET}/walks", cookies=ck, fmt="msgpack" if k else "json",
                            body={"walkId": uid4(rng), "petIds": ["pet_3381"],
                                  "track": fixes(rng, 15, 6), "distanceM": 1830 + k * 211,
                                  "poops": 1, "note": L(["met Luna at the park", "short one, rain"
                                                         ][k], TEXT)}), dict(acc)))
    labels: dict[str, str] = {}
    body = pb([(1, "pet_3381"), *[(2, [(1, a), (2, b), (3, 1764250000 + i * 5)])
                                  for i, (a, b) in enumerate(gps(i, PRECISE, 6, LAT + 0.004)
                                                             for i in range(6))]], "", labels)
    labels = {f"2[{i // 2}].{i % 2 + 1}": PRECISE for i in range(12)}
    out.append(add(raw("petcare", f"{PET}/walks/live", body, "application/x-protobuf", labels,
                       cookies=ck), dict(acc)))
    out.append(add(multipart("petcare", f"{PET}/alerts/lost", [
        ("alert", None, "application/json", {
            "petId": "pet_3381", "lastSeen": {"lat": L(40.74402, PRECISE),
                                              "lng": L(-73.98611, PRECISE)},
            "message": L("Biscuit slipped his collar near 5th Ave, call me!", TEXT),
            "contactPhone": L(E164, TEL), "reward": "100"}),
        ("photo", "biscuit.jpg", "image/jpeg", L(JPEG, MEDIA))], cookies=ck), dict(acc)))
    out.append(case("petcare", f"{PET}/clinics/search", query={
        "q": L("emergency vet open now", SEARCH), "near": L("40.742,-73.989", PRECISE),
        "limit": "20"}))
    out.append(add(case("petcare", f"{PET}/appointments", cookies=ck, body={
        "clinicId": "cl_2291", "slot": "2026-12-02T10:30:00-05:00", "petId": "pet_3381",
        "reason": L("ear scratching again", TEXT), "deposit": L("25.00", BUY),
        "card": {"token": L("tok_" + rnd_hex(rng, 20), PAY), "last4": L("4242", PAY)}}),
        dict(acc)))
    out.append(case("petcare", f"{PET}/feed", query={"page": "2", "species": "dog",
                                                      "etag": rnd_hex(rng, 16)}))
    out.append(add(case("petcare", f"{PET}/track", cookies=ck, body={
        "payload": enc({"events": [{"name": L("walk_started", USAGE)},
                                   {"name": L("screen_view", USAGE),
                                    "screen": L("health_records", USAGE)}],
                        "device": device_camel()}, "body", "payload", "gzb64", acc)}),
        dict(acc)))
    return out


def grocery() -> list[Case]:
    rng = random.Random(11006)
    hdr = {"authorization": L("Bearer fc." + rnd_hex(rng, 40), CRED),
           "X-Loyalty-Card": L("6277 4410 0931 2284", UID), "X-Store": "st_0412"}
    out = [case("grocery", f"{GRO}/loyalty/link", headers=hdr, body={
        "card_number": L("6277441009312284", UID), "scan": "barcode_ean13",
        "phone": L(E164, TEL), "birthday": L("04-17", BIRTH), "household_size": 2})]
    for q in ["oat milk", "gluten free bread", "pregnancy vitamins", "lactaid"]:
        cat = f"{SEARCH}|{SENS}" if "pregnancy" in q else SEARCH
        out.append(case("grocery", f"{GRO}/search", headers=hdr, query={
            "q": L(q, cat), "store": "st_0412", "page": "1", "sort": "relevance"}))
    basket = [("Oatly Barista 1L", 2, "4.99"), ("Schar GF Bread", 1, "6.49"),
              ("Lactaid 2% Milk", 1, "5.29"), ("Bananas", 6, "0.29")]
    out.append(case("grocery", f"{GRO}/cart", headers=hdr, body={"items": [
        {"sku": f"sku_{rng.randrange(10**6)}", "name": L(n, USAGE), "qty": L(q, USAGE),
         "unit_price": p, "substitute": {"allow": k != 1, "pref": "same brand"}}
        for k, (n, q, p) in enumerate(basket)], "cart_id": uid4(rng)}))
    out.append(case("grocery", f"{GRO}/profile/diet", headers=hdr, body={
        "diets": [L("gluten_free", MED), L("lactose_free", MED), L("halal", SENS)],
        "allergies": L(["peanut", "sesame"], MED), "conditions": L("coeliac", MED),
        "dislikes": ["cilantro"], "note": L("celiac, please no cross-contact bakery items",
                                            f"{TEXT}|{MED}")}))
    out.append(case("grocery", f"{GRO}/slots", headers=hdr, query={
        "postcode": L("11215", COARSE), "date": "2026-11-28", "type": "delivery"}))
    out.append(case("grocery", f"{GRO}/slots/reserve", headers=hdr, body={
        "slot_id": "sl_" + rnd_hex(rng, 8), "window": "18:00-19:00", "fee": L("3.99", BUY)}))
    acc: Acc = {}
    order = {"order": {"id": L("FC-20261127-8812", BUY), "total": L("27.74", BUY),
                       "items": L(["Oatly Barista 1L x2", "Schar GF Bread", "Lactaid 2% Milk",
                                   "Bananas x6"], BUY)},
             "delivery": {"name": L(NAME, NAMEC), "street": L("221 Garfield Pl", ADDR),
                          "unit": L("Apt 4", ADDR), "zip": L("11215", COARSE),
                          "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE),
                          "instructions": L("buzzer broken, text me at arrival", TEXT),
                          "phone": L(E164, TEL)},
             "payment": {"method": L("pm_" + rnd_hex(rng, 24), PAY), "last4": L("1881", PAY)},
             "loyalty": {"card": L("6277441009312284", UID), "points_redeemed": 500},
             "substitutions": "call_me", "bag_fee": "0.10"}
    out.append(with_labels(encode(case("grocery", f"{GRO}/checkout", headers=hdr, body={
        "blob": enc(order, "body", "blob", "json", acc), "v": 2}), "deflate"), acc))
    out.append(multipart("grocery", f"{GRO}/receipts/scan", [
        ("image", "receipt.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("meta", None, "application/json", {"store": "st_0412", "total": L("41.18", BUY),
                                            "card_last4": L("1881", PAY)})], headers=hdr))
    out.append(case("grocery", f"{GRO}/events", headers=hdr, body={"batch": [
        {"type": L(t, USAGE), "sku": s, "ts": 1764250200 + i, "trace": rnd_hex(rng, 16)}
        for i, (t, s) in enumerate([("product_view", "sku_88121"), ("add_to_cart", "sku_88121"),
                                    ("substitution_declined", "sku_20331")])]}))
    out.append(case("grocery", f"{GRO}/catalog/promos", query={"store": "st_0412",
                                                               "v": "2026.11.27"}))
    return out
