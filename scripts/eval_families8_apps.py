"""Blind set eight, part one: a food-delivery app, a ride-share driver app and a bank's KYC
onboarding (see ``eval_families8.py`` for the rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the food app's saved delivery address,
restaurant search near the user, menu view, cart, order (items, tip, a vaulted card's last four),
live order tracking, courier chat, rating and a third-party analytics hit (form-encoded); the
driver app's online toggle, continuous GPS batches with speed and bearing (gzip JSON, a
schema-less protobuf twin with double coordinates, zstd), trip accept, telematics motion series,
selfie identity check (multipart/form-data, RFC 7578), payout bank account and a licence upload;
the KYC flow's applicant data, ID-document upload with OCR fields, a selfie with a face template,
a device fingerprint (hex-wrapped JSON) and a proof-of-address photo. Values are synthetic; hosts
are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import enc, floats, with_labels
from eval_families8_kit import (
    ADDR,
    ADID,
    ANDROID_ID,
    BIRTH,
    BUY,
    CARRIER,
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
    KEYS,
    LAT,
    LON,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_headers,
    fixes,
    sha,
)
from eval_payloads import NAME, PUBLIC_IP, USER_ID, Case, J, L, case

FOOD = "https://api.dishdash.example.com"
DRIVE = "https://driver.drivego.example.net"
KYC = "https://kyc.examplebank.example"
HOME = {"line1": L("350 Fifth Avenue, Apt 12B", ADDR), "city": L("New York", COARSE),
        "state": L("NY", COARSE), "zip": L("10118", COARSE)}
# a restaurant's own address and coordinates: a business, not the user (negatives)
SHOP = {"name": "Bangkok Garden", "address": "112 W 34th St, New York, NY 10120",
        "lat": 40.75012, "lng": -73.98876, "phone": "+1 212 555 0147"}


def food() -> list[Case]:
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "exp": 1764300000}), **device_headers()}
    out = [
        case("food", f"{FOOD}/v2/addresses", headers=auth, body={
            "label": "Home", **HOME, "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE),
            "recipient_name": L(NAME, NAMEC), "recipient_phone": L(NATIONAL, TEL),
            "instructions": L("Buzz 12B, the dog is friendly", TEXT), "is_default": True}),
        case("food", f"{FOOD}/v2/restaurants/search", headers=auth, query={
            "q": L("green curry", SEARCH), "lat": L(round(LAT, 3), PRECISE),
            "lng": L(round(LON, 3), PRECISE), "radius_km": 3, "sort": "eta", "page": 1,
            "experiment": "ranker_v7_b"}),
        case("food", f"{FOOD}/v2/restaurants/r_88213/menu", headers=auth, query={
            "source": L("search_results", USAGE), "position": 3, "session_id": "s-51c0e2"}),
        case("food", f"{FOOD}/v2/cart/items", headers=auth, body={
            "cart_id": "c_71f0a9", "restaurant": SHOP, "item_id": "m_5521",
            "name": "Green Curry (Chicken)", "unit_price": 15.5, "qty": 2,
            "options": ["extra rice"], "event": L("add_to_cart", USAGE)}),
    ]
    order = {"order_id": L("ORD-2026-88412", BUY), "restaurant": SHOP,
             "items": [{"name": L("Green Curry (Chicken)", BUY), "qty": 2, "unit_price": 15.5},
                       {"name": L("Mango Sticky Rice", BUY), "qty": 1, "unit_price": 8.0}],
             "subtotal": L(39.0, BUY), "tip": L(6.0, BUY), "total": L(49.87, BUY),
             "currency": "USD", "delivery": {"address": HOME, "lat": L(LAT, PRECISE),
                                             "lng": L(LON, PRECISE), "contactless": True},
             "payment": {"method": "card", "last4": L("4242", PAY), "exp": L("04/29", PAY),
                         "brand": "visa", "token": L("pm_1Qx8Zt2eZvKYlo2C", PAY)},
             "promo_code": "WELCOME10", "client_ts": 1764251234567}
    out.append(case("food", f"{FOOD}/v2/orders", headers=auth, body=order))
    out.append(encode(case("food", f"{FOOD}/v2/orders/track", headers=auth, body={
        "order_id": L("ORD-2026-88412", BUY),
        "me": {"loc": L(f"{LAT:.5f},{LON:.5f}", PRECISE), "acc_m": 14.0},
        "courier_id": "cr_0912", "poll_seq": 7}), "br"))
    out.append(case("food", f"{FOOD}/v2/places/autocomplete", headers=auth, query={
        # the user typing their own street: an address, not a search for a place (a call)
        "input": L("350 Fifth Av", ADDR), "session": "ac_" + "3f9b21c7",
        "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE)}))
    for n, (item, total) in enumerate([("Pad See Ew", 17.25), ("Tom Kha Soup", 12.4)]):
        out.append(case("food", f"{FOOD}/v2/orders/reorder", headers=auth, body={
            "from_order": L(f"ORD-2026-8{n}391", BUY), "new_order_id": L(f"ORD-2026-9{n}102", BUY),
            "items": [{"name": L(item, BUY), "qty": 1}], "total": L(total, BUY),
            "deliver_to": {"lat": L(LAT, PRECISE), "lng": L(LON, PRECISE)},
            "eta_min": 35}))
    out.append(case("food", f"{FOOD}/v2/orders/ORD-2026-88412/chat", headers=auth, body={
        "to": "courier", "text": L("I'm in the lobby, door code is 4521", TEXT),
        "proxy_number": "+1 646 555 0100", "msg_id": "9f2a1c3e-77d0-4a8e-bb51-2f7c1d6e0a19"}))
    out.append(case("food", f"{FOOD}/v2/orders/ORD-2026-88412/rating", headers=auth, body={
        "food": 4, "delivery": 5, "comment": L("Curry arrived cold but courier was great", TEXT),
        "tip_added": L(2.0, BUY), "support_phone": "+1 800 555 0123"}))
    for screen in ("home", "search_results", "restaurant_menu", "checkout", "order_status"):
        out.append(case("food", "https://collect.metricsly.example.com/v1/e", fmt="form", body={
            "k": "pk_live_9x2Qm", "uid": L(USER_ID, UID), "did": L(INSTALL_ID, DID),
            "aaid": L(GAID, ADID), "ev": L("screen_view", USAGE), "scr": L(screen, USAGE),
            "mdl": L("Pixel 8", DEV), "osv": L("14", DEV), "car": L("Example Mobile", CARRIER),
            "ts": "1764251234"}))
    acc: dict[tuple[str, str], str] = {}
    props = enc({"restaurant_id": "r_88213", "cuisine": "thai", "order_value": L(49.87, BUY),
                 "city": L("New York", COARSE)}, "body", "props", "json", acc)
    out.append(with_labels(case("food", "https://collect.metricsly.example.com/v1/e", body={
        "k": "pk_live_9x2Qm", "uid": L(USER_ID, UID), "did": L(INSTALL_ID, DID),
        "aaid": L(GAID, ADID), "ev": L("order_placed", USAGE), "props": props,
        "mdl": L("Pixel 8", DEV), "osv": L("14", DEV), "car": L("Example Mobile", CARRIER),
        "ip": L(PUBLIC_IP, "location.ip"), "ts": "1764251234"}, fmt="form"), acc))
    return out


def driver() -> list[Case]:
    rng = random.Random(8801)
    hdr = {"X-Driver-Token": L("dvr_sess_4be1c2d9a07f6e35b8c1", CRED),
           "X-Device-Id": L(ANDROID_ID, DID), "X-Carrier-MCCMNC": L("310260", CARRIER),
           "User-Agent": device_headers()["User-Agent"]}
    out = [case("driver", f"{DRIVE}/v3/status", headers=hdr, body={
        "status": L("online", USAGE), "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE),
        "vehicle_id": "veh_2231", "battery": L(0.81, DEV), "charging": L(True, DEV)})]
    for k in range(12):  # every ~48 s while online: 12 fixes at 4 s, precisions vary by OEM
        keys = ("lat", "lng") if k % 2 else ("latitude", "longitude")
        out.append(case("driver", f"{DRIVE}/v3/locations", headers=hdr, gz=k % 3 != 2, body={
            "batch": k, "fixes": fixes(rng, 12, 6 - k % 2, keys), "mode": "en_route"}))
    for k in range(2):  # E7 integers, as compact trip traces carry them
        out.append(case("driver", f"{DRIVE}/v3/trace", headers=hdr, body={
            "trip_id": "t_55102", "seq": k, "pts": [
                {"lat_e7": L(round((LAT + (k * 10 + i) * 3e-4) * 1e7), PRECISE),
                 "lng_e7": L(round((LON + (k * 10 + i) * 3e-4) * 1e7), PRECISE),
                 "t": 1764250000 + i * 5, "spd_cms": 1150} for i in range(10)]}))
    labels: dict[str, str] = {}
    fx = [(2, [(1, round(LAT + i * 2e-4, 6)), (2, round(LON + i * 2e-4, 6)),
               (3, 11.5), (4, 270), (5, 1764250000 + i)]) for i in range(8)]
    body = pb([(1, L(ANDROID_ID, DID)), *fx, (9, L("Pixel 8", DEV)), (10, "3.12.0")], "", labels)
    # a repeated sub-message is indexed by the decoder (2[i].1), so its labels are set here
    labels.update({f"2[{i}].{f}": PRECISE for i in range(8) for f in (1, 2)})
    out.append(encode(raw("driver", f"{DRIVE}/v3/locations.pb", body, "application/x-protobuf",
                          labels, headers=hdr), "zstd"))
    out.append(case("driver", f"{DRIVE}/v3/trips/t_55102/accept", headers=hdr, body={
        "driver_loc": {"lat": L(LAT, PRECISE), "lng": L(LON, PRECISE)}, "eta_s": 240,
        "offer_id": "of_77c1", "surge": 1.4}))
    out.append(case("driver", f"{DRIVE}/v3/telematics", headers=hdr, body={
        "trip_id": "t_55102", "hz": 25,
        "accel": L([{"t": i * 40, "x": v, "y": round(v / 2, 4), "z": 9.81} for i, v in
                    enumerate(floats(rng, 30, 0.8))], MOTION),
        "gyro": L(floats(rng, 90, 0.05), MOTION), "harsh_brakes": 1}))
    out.append(multipart("driver", f"{DRIVE}/v3/identity/selfie", [
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("meta", None, "application/json", {"driver_id": L("drv_30981", UID), "attempt": 1,
                                             "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE),
                                             "liveness": 0.97})], headers=hdr))
    out.append(case("driver", f"{DRIVE}/v3/payout/bank", headers=hdr, body={
        "holder": L(NAME, NAMEC), "routing": L("021000021", PAY),
        "account": L("000123456789", PAY), "type": "checking",
        "address": {"street": L("350 Fifth Avenue, Apt 12B", ADDR), "zip": L("10118", COARSE)}}))
    out.append(multipart("driver", f"{DRIVE}/v3/documents", [
        ("licence_front", "front.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("fields", None, "application/json", {
            "licence_number": L("D123-456-789", NATID), "dob": L("1990-04-12", BIRTH),
            "name": L(NAME, NAMEC), "expires": "2031-04-12", "state": "NY"})], headers=hdr))
    return out


def kyc() -> list[Case]:
    rng = random.Random(8802)
    hdr = {"Authorization": L("Bearer kyc_at_5f1e0c9a2b7d4e63", CRED), **device_headers(),
           "X-Session-Id": "ks_01HF8Q"}
    out = [case("kyc", f"{KYC}/onboarding/v1/applicant", headers=hdr, body={
        "first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
        "date_of_birth": L("1990-04-12", BIRTH), "ssn": L("123-45-6789", NATID),
        "email": L(EMAIL, MAIL), "mobile": L(E164, TEL), "address": HOME,
        "employment": "employed", "annual_income_band": "50-75k",
        "citizenship": "US", "consents": {"esign": True, "privacy_v": "2026-03"}})]
    out.append(multipart("kyc", f"{KYC}/onboarding/v1/documents", [
        ("front", "id_front.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("back", "id_back.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("ocr", None, "application/json", {
            "doc_type": "drivers_license", "number": L("D123-456-789", NATID),
            "full_name": L("JANE DOE", NAMEC), "dob": L("1990-04-12", BIRTH),
            "sex": L("F", "personal.gender"),
            "address": L("350 FIFTH AVE APT 12B NEW YORK NY 10118", ADDR),
            "issued": "2023-04-12", "expiry": "2031-04-12", "confidence": 0.93,
            "barcode_hash": sha("sha256", "pdf417-blob")})], headers=hdr))
    out.append(multipart("kyc", f"{KYC}/onboarding/v1/selfie", [
        ("image", "selfie.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("face", None, "application/json", {
            "template": L(floats(rng, 128, 0.08, 5), FACE),
            "bbox": {"x": 212, "y": 180, "w": 420, "h": 420},
            "landmarks": L([[rng.randrange(200, 640), rng.randrange(180, 600)] for _ in range(68)],
                           FACE),
            "liveness_score": 0.991, "challenge": "turn_left", "model": "fm-3.2"})], headers=hdr))
    acc: dict[tuple[str, str], str] = {}
    fp = enc({"android_id_sha256": L(sha("sha256", ANDROID_ID), DID), "gaid": L(GAID, ADID),
              "model": L("Pixel 8", DEV), "rooted": L(False, DEV), "emulator": L(False, DEV),
              "sim_operator": L("310260", CARRIER), "boot_count": 41,
              "installer": "com.android.vending"}, "body", "fp", "hex", acc)
    out.append(with_labels(case("kyc", f"{KYC}/onboarding/v1/device", headers=hdr, body={
        "fp": fp, "nonce": "b7f3e0d1c2a94856", "sdk": "riskkit/2.8.0"}), acc))
    out.append(multipart("kyc", f"{KYC}/onboarding/v1/proof-of-address", [
        ("bill", "bill.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("extracted", None, "application/json", {
            "name": L(NAME, NAMEC), "address": L("350 Fifth Avenue, Apt 12B, New York, NY 10118",
                                                 ADDR),
            "issuer": "Example Power & Light", "issuer_phone": "+1 800 555 0142",
            "statement_date": "2026-10-31"})], headers=hdr))
    out.append(case("kyc", f"{KYC}/onboarding/v1/behaviour", headers=hdr, body={
        # typing rhythm while the SSN was entered (digits not logged): timing series only
        "field": "ssn", "dwell_ms": L([rng.randrange(60, 140) for _ in range(9)], KEYS),
        "flight_ms": L([rng.randrange(90, 400) for _ in range(8)], KEYS),
        "paste": False, "corrections": L(1, KEYS),
        "device_tilt": L([{"t": i * 50, "pitch": v, "roll": round(v / 3, 4)}
                          for i, v in enumerate(floats(rng, 20, 2.0))], MOTION)}))
    out.append(case("kyc", f"{KYC}/onboarding/v1/status", headers=hdr, query={
        "applicant": L("app_7731c0", UID), "step": L("selfie_done", USAGE),
        "cb": "1764251300123"}))
    out.append(case("kyc", f"{KYC}/onboarding/v1/disclosures", headers=hdr, body={
        "pep": False, "health_condition_affecting_work": L("epilepsy", MED),
        "occupation": "nurse", "tax_residency": "US"}))
    return out
