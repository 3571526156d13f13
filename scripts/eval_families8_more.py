"""Blind set eight, part six: a connected-car companion app, a real-estate app and an insurance-
claims app (see ``eval_families8.py`` for the rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the car app's vehicle link (VIN per ISO
3779, telematics-unit IMEI), vehicle status, remote commands with a PIN, trip logs (a record per
position with odometer and fuel; gzip+base64 JSON in a form field, as telematics gateways post
them), charging sessions and a ``"lat,lon"`` parking spot; the real-estate app's saved search (a
map polygon drawn by the user and filters), listing views, a tour booking, a mortgage pre-
qualification (JWT-authenticated, with the applicant's income band and SSN) and an agent
message; the claims app's first notice of loss (what happened, where, injuries), damage photos
(multipart/form-data, RFC 7578, with EXIF position), a witness's contact and a repair-shop choice
(negatives: the shop's address and phone). Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart
from eval_families7_kit import enc, with_labels
from eval_families8_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL,
    EMAIL_SHA256,
    HW,
    IMEI,
    INSTALL_ID,
    JPEG,
    LAT,
    LON,
    MAIL,
    MED,
    NAMEC,
    NATID,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_camel,
    device_headers,
)
from eval_payloads import NAME, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

CAR = "https://api.drivelink.example.com"
HOMES = "https://api.nestfind.example.com"
CLAIM = "https://claims.example-insure.example"
VIN = "1HGCM82633A004352"


def car() -> list[Case]:
    rng = random.Random(8814)
    hdr = {"Authorization": L("Bearer dl_" + rnd_hex(rng, 44), CRED),
           "X-DL-Device": L(INSTALL_ID, DID), **device_headers()}
    out = [case("car", f"{CAR}/v1/vehicles/link", headers=hdr, body={
        "vin": L(VIN, HW), "tcu_imei": L(IMEI, HW), "nickname": "Blue Accord",
        "owner": {"user_id": L(USER_ID, UID), "name": L(NAME, NAMEC)},
        "model_year": 2023, "market": "US"})]
    out += [case("car", f"{CAR}/v1/vehicles/status", headers=hdr, query={
        "vin": L(VIN, HW), "fields": fields, "units": "imperial"})
        for fields in ("odometer,fuel,doors,location", "tyres", "charge,range")]
    out.append(case("car", f"{CAR}/v1/vehicles/commands", headers=hdr, body={
        "vin": L(VIN, HW), "command": L("remote_start", USAGE), "pin": L("4819", CRED),
        "phone_loc": {"lat": L(LAT, PRECISE), "lon": L(LON, PRECISE)},
        "request_id": rnd_uuid(rng)}))
    for k in range(6):
        acc: dict[tuple[str, str], str] = {}
        trip = enc({"vin": L(VIN, HW), "trip": f"tr_{k}", "points": [
            {"lat": L(round(LAT + (k * 15 + i) * 4e-4, 5), PRECISE),
             "lon": L(round(LON - (k * 15 + i) * 3e-4, 5), PRECISE),
             "odo_km": round(18211.4 + i * 0.2, 1), "fuel_pct": 62 - i // 5,
             "spd_kmh": 38 + i % 7, "ts": 1764250000 + i * 10}
            for i in range(15)]}, "body", "payload", "gzb64", acc)
        out.append(with_labels(case("car", f"{CAR}/v1/telematics/trips", headers=hdr,
                                    fmt="form", body={"payload": trip,
                                                      "enc": "gzip+b64", "seq": str(k)}), acc))
    out.append(case("car", f"{CAR}/v1/charging/sessions", headers=hdr, body={
        "vin": L(VIN, HW), "station": {"operator": "ChargeNet", "id": "CN-US-0912",
                                       "address": "500 W 33rd St, New York, NY",
                                       "lat": 40.75361, "lon": -74.00115},
        "kwh": 31.2, "cost": L(12.48, BUY), "card_last4": L("1881", "financial.payment")}))
    out.append(case("car", f"{CAR}/v1/parking", headers=hdr, body={
        "vin": L(VIN, HW), "spot": L(f"{LAT},{LON}", PRECISE), "level": "P2",
        "note": L("next to the pillar with the red stripe", TEXT)}))
    return out


def homes() -> list[Case]:
    rng = random.Random(8815)
    hdr = {"Authorization": L("Bearer nf_" + rnd_hex(rng, 40), CRED), **device_headers(),
           "X-Anon-Id": L(INSTALL_ID, DID)}
    # the area drawn on the map is a search area like a bounding box: unlabelled (a call)
    poly = [[-73.9921, 40.7441], [-73.9812, 40.7441], [-73.9812, 40.7362], [-73.9921, 40.7362]]
    out = [case("homes", f"{HOMES}/v2/searches", headers=hdr, body={
        "name": "Near work", "polygon": poly, "beds_min": 2, "price_max": 4200,
        "keywords": L("balcony pet friendly", SEARCH), "notify": True})]
    for lid in ("L-88123", "L-88170", "L-90211", "L-90244", "L-91002", "L-91310"):
        out.append(case("homes", f"{HOMES}/v2/listings/{lid}", headers=hdr, query={
            "src": L("map", USAGE), "my_lat": L(round(LAT, 4), PRECISE),
            "my_lng": L(round(LON, 4), PRECISE), "ab": "gallery_v2"}))
    out.append(case("homes", f"{HOMES}/v2/tours", headers=hdr, body={
        "listing": "L-88170", "listing_address": "221 E 21st St #4C, New York, NY 10010",
        "when": "2026-11-29T11:00:00-05:00", "name": L(NAME, NAMEC), "phone": L(E164, TEL),
        "email": L(EMAIL, MAIL), "message": L("Can I bring my dog to the viewing?", TEXT),
        "agent_phone": "+1 212 555 0190"}))
    pq = case("homes", f"{HOMES}/v2/mortgage/prequal", headers={
        "Authorization": J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                            "scope": "prequal"}), **device_headers()}, body={
        "applicant": {"name": L(NAME, NAMEC), "dob": L("1990-04-12", "personal.birthdate"),
                      "ssn": L("123456789", NATID), "address": {
                          "street": L("350 Fifth Avenue, Apt 12B", ADDR),
                          "zip": L("10118", COARSE)}},
        "income_band": "100-125k", "credit_consent": True, "down_payment_pct": 20})
    out.append(pq)
    acc: dict[tuple[str, str], str] = {}
    ud = enc({"em": L(EMAIL_SHA256, MAIL), "ct": L("newyork", COARSE), "zp": L("10118", COARSE)},
             "query", "ud", "b64url", acc)
    out.append(with_labels(case("homes", "https://px.adsignal.example.com/tr", query={
        "ev": L("Lead", USAGE), "cd_listing": "L-88170", "ud": ud, "anid": L(INSTALL_ID, DID)}),
        acc))
    return out


def claims() -> list[Case]:
    rng = random.Random(8816)
    hdr = {"Authorization": L("Bearer ci_" + rnd_hex(rng, 40), CRED), **device_headers()}
    out = [case("claims", f"{CLAIM}/fnol/v1/claims", headers=hdr, body={
        "policy_number": L("PA-4471-22981", UID), "insured": {
            "name": L(NAME, NAMEC), "phone": L(NATIONAL, TEL), "email": L(EMAIL, MAIL)},
        "loss": {"type": "auto_collision", "date": "2026-11-26T17:40:00-05:00",
                 "location": {"lat": L(LAT, PRECISE), "lon": L(LON, PRECISE),
                              "street": L("5th Ave & W 34th St", ADDR),
                              "city": L("New York", COARSE)},
                 "description": L("Rear-ended at a red light, other driver ran off", TEXT),
                 "injuries": L("whiplash, neck pain since last night", f"{MED}|{TEXT}"),
                 "police_report": "NYPD-2026-118822"},
        "vehicle": {"vin": L(VIN, HW), "plate": "KXT4821", "drivable": False},
        "device": device_camel()})]
    for n in range(3):
        out.append(multipart("claims", f"{CLAIM}/fnol/v1/claims/CLM-77120/photos", [
            ("photo", f"damage_{n}.jpg", "image/jpeg", L(JPEG, "content.media")),
            ("meta", None, "application/json", {
                "gps": {"lat": L(round(LAT + n * 1e-5, 6), PRECISE),
                        "lon": L(round(LON, 6), PRECISE)},
                "taken": f"2026-11-26T17:4{n}:00", "angle": ["front", "rear", "side"][n]})],
            headers=hdr))
    out.append(case("claims", f"{CLAIM}/fnol/v1/claims/CLM-77120/parties", headers=hdr, body={
        "witness": {"name": L("Sam Rivera", NAMEC), "phone": L("+1 917 555 0133", TEL)},
        "other_driver": {"plate": "HJR2210", "insurer": "Other Mutual"}}))
    out.append(encode(case("claims", f"{CLAIM}/fnol/v1/claims/CLM-77120/repair", headers=hdr,
                           body={"shop": {"name": "Midtown Collision", "phone": "+1 212 555 0177",
                                          "address": "410 W 37th St, New York, NY 10018",
                                          "lat": 40.75581, "lon": -73.99564},
                                 "rental_needed": True, "pickup_window": "9-12"}), "zstd"))
    return out
