"""Blind set fourteen, part five: a street-parking app and an e-scooter sharing app (see
``eval_families14.py`` for the rules of this set, its conventions and its calls).

Parking (in the style of pay-by-phone parking apps): the account and its vehicle, parking
sessions started by zone and position, an extension (form), a stop (query), a residential permit
application (multipart with a proof-of-residence PDF), an accessible-parking placard, a
citation payment (XML), a parking search ("lat,lon" string), a garage reservation (msgpack) and
an embedded location SDK's visit batch (JSON Lines, gzip). E-scooter sharing (in the style of
micro-mobility apps): sign-up with a licence scan (multipart), nearby vehicles (query), unlock,
ride telemetry (schema-less protobuf, brotli), a fall-detection window (gzip+base64 JSON in a
JSON field), a late-night reaction test, end of ride with a parking photo, a receipt (form), a
group ride and a damage report. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families14_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_PCT,
    HW,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PDF,
    PEOPLE,
    PLATE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    device_headers,
    enc,
    encode,
    jsonl,
    multipart,
    pb,
    raw,
    series,
    sim_block,
    xml,
)
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PARK = "https://api.parkpal.example.com"
ZIP = "https://api.zipzap.example.org"


def parking() -> list[Case]:
    rng = random.Random(14009)
    out = []
    out.append(case("parking", f"{PARK}/v2/account", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "mobile": L(E164, TEL), "password": L("Meter-Maid-9", CRED),
        "vehicle": {"plate": L(PLATE, HW), "state": L("NY", COARSE), "make": "Honda",
                    "color": "blue"},
        "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer pp_" + rnd_hex(rng, 40), CRED), **device_headers()}
    for k in range(3):
        out.append(case("parking", f"{PARK}/v2/sessions", headers=auth, body={
            "zone": L(str(4512 + k * 7), COARSE), "plate": L(PLATE, HW),
            "lat": L(round(LAT + k * 6e-4, 6), PRECISE),
            "lng": L(round(LON - k * 4e-4, 6), PRECISE), "minutes": 60 + k * 30,
            "price": L(round(4.5 + k * 2.25, 2), BUY),
            "paymentMethod": L("pm_" + rnd_hex(rng, 22), PAY), "reqId": rnd_uuid(rng)}))
    out.append(case("parking", f"{PARK}/v2/sessions/ps_88120/extend", fmt="form",
                    headers=auth, body={"minutes": "30", "price": L("2.25", BUY),
                                        "pm": L("pm_" + rnd_hex(rng, 22), PAY)}))
    out.append(case("parking", f"{PARK}/v2/sessions/ps_88120/stop", headers=auth, query={
        "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE), "early": "1"}))
    out.append(multipart("parking", f"{PARK}/v2/permits/residential", [
        ("application", None, "application/json", {
            "name": L("Jane Doe", NAMEC), "address": L("350 Fifth Avenue Apt 4B", ADDR),
            "zip": L("10118", COARSE), "dl": L("123 456 789", NATID), "plate": L(PLATE, HW),
            "email": L(EMAIL, MAIL)}),
        ("proof", "con_ed_bill.pdf", "application/pdf", L(PDF + b"\x31" * 12, MEDIA)),
    ], headers=auth))
    out.append(case("parking", f"{PARK}/v2/placards", headers=auth, body={
        "placard": L("NYC-DP-0077120", SENS), "type": L("permanent_disability", SENS),
        "expires": "2028-05-31", "plate": L(PLATE, HW)}))
    lab: dict[str, str] = {}
    doc = xml("CitationPayment", {"@ref": "CT-" + rnd_hex(rng, 8).upper(), "Plate": L(PLATE, HW),
                                  "Amount": L("65.00", BUY), "Card": {
        "Token": L("ctk_" + rnd_hex(rng, 20), PAY), "Last4": L("4242", PAY)},
        "Payer": {"Name": L("Jane Doe", NAMEC), "Email": L(EMAIL, MAIL)}},
        "CitationPayment", lab)
    out.append(raw("parking", f"{PARK}/v2/citations/pay", doc.encode(), "application/xml",
                   lab, headers=auth))
    out.append(case("parking", f"{PARK}/v2/search", headers=auth, query={
        "near": L(f"{LAT:.4f},{LON:.4f}", PRECISE),
        "dest": L("Example Hospital oncology entrance", SEARCH), "arrive": "2026-12-01T08:30"}))
    out.append(case("parking", f"{PARK}/v2/garages/g_19/reserve", fmt="msgpack", headers=auth,
                    body={"entry": "2026-12-01T08:00", "exit": "2026-12-01T12:00",
                          "price": L(18.0, BUY), "plate": L(PLATE, HW),
                          "driver": L("Jane Doe", NAMEC), "phone": L(E164, TEL)}))
    acc: Acc = {}
    visits = jsonl([{"adid": L(GAID, ADID), "lat": L(round(LAT + i * 0.002, 5), PRECISE),
                     "lon": L(round(LON + i * 0.001, 5), PRECISE), "dwellMin": 20 + i * 9,
                     "arrived": 1764340000 + i * 7200, "ip": L(PUBLIC_IP, IPLOC),
                     "net": sim_block("snake")} for i in range(4)], acc)
    out.append(add(encode(raw("parking", "https://geo.placesig.example.net/v4/visits", visits,
                              "application/x-ndjson", {}), "gzip"), acc))
    # negatives: holidays calendar and the app config
    out.append(case("parking", f"{PARK}/v2/holidays", query={"year": "2026", "v": "3"}))
    out.append(case("parking", f"{PARK}/v2/config", body={"build": 7710, "flags": ["nfc"]}))
    return out


def scooter() -> list[Case]:
    rng = random.Random(14010)
    out = []
    out.append(multipart("scooter", f"{ZIP}/v1/signup", [
        ("profile", None, "application/json", {
            "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "licence": {"number": L("123 456 789", NATID), "dob": L("1991-03-08", BIRTH),
                        "expires": "2029-03-08"}, "installId": L(INSTALL_ID, DID)}),
        ("licence_front", "dl.jpg", "image/jpeg", L(JPEG + b"\x41" * 10, MEDIA)),
    ], headers=device_headers()))
    auth = {"Authorization": L("Bearer zz_" + rnd_hex(rng, 40), CRED),
            "X-Rider": L(USER_ID, UID), "User-Agent": device_headers()["User-Agent"]}
    out.append(case("scooter", f"{ZIP}/v1/vehicles/nearby", headers=auth, query={
        "lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE), "r": "400"}))
    out.append(case("scooter", f"{ZIP}/v1/rides/unlock", headers=auth, body={
        "vehicle": "ZZ-SC-" + str(rng.randrange(10000, 99999)),
        "at": {"lat": L(LAT, PRECISE), "lng": L(LON, PRECISE), "acc": 5.0},
        "pm": L("pm_" + rnd_hex(rng, 24), PAY), "helmet": True}))
    lab: dict[str, str] = {}
    data = pb([(1, "rd_" + rnd_hex(rng, 8)), (2, L(USER_ID, UID))], "", lab)
    for i in range(5):
        one: dict[str, str] = {}
        data += pb([(3, [(1, L(LAT + i * 2e-4, PRECISE)), (2, L(LON + i * 1.5e-4, PRECISE)),
                         (3, 17.5 + i), (4, 1764350000 + i * 5)])], "", one)
        lab.update({f"3[{i}]" + k[1:]: v for k, v in one.items()})
    out.append(encode(raw("scooter", f"{ZIP}/v1/rides/rd/telemetry", data,
                          "application/x-protobuf", lab, headers=auth), "br"))
    acc: Acc = {}
    win = enc({"acc": L(series(rng, 50, ("x", "y", "z"), 10, 4.0), MOTION),
               "gyro": L(series(rng, 50, ("x", "y", "z"), 10, 1.5), MOTION),
               "lat": L(round(LAT + 0.001, 6), PRECISE), "lng": L(round(LON + 0.0008, 6),
                                                                  PRECISE)},
              "body", "window", "gzb64", acc)
    out.append(add(case("scooter", f"{ZIP}/v1/safety/fall", headers=auth, body={
        "window": win, "verdict": "hard_brake", "ride": "rd_" + rnd_hex(rng, 8)}), acc))
    taps = [{"x": rng.randrange(100, 980), "y": rng.randrange(300, 2000), "t": i * 410 +
             rng.randrange(0, 90), "hit": i % 5 != 3} for i in range(10)]
    out.append(case("scooter", f"{ZIP}/v1/safety/reaction-test", headers=auth, body={
        "taps": L(taps, MOTION), "meanReactionMs": 612, "passed": True, "hour": 1}))
    out.append(multipart("scooter", f"{ZIP}/v1/rides/end", [
        ("end", None, "application/json", {
            "lat": L(round(LAT + 0.0061, 6), PRECISE), "lng": L(round(LON + 0.0043, 6),
                                                                PRECISE),
            "distanceM": 2140, "cost": L(6.85, BUY)}),
        ("parking_photo", "park.jpg", "image/jpeg", L(JPEG + b"\x42" * 16, MEDIA)),
    ], headers=auth))
    out.append(case("scooter", f"{ZIP}/v1/receipts/email", fmt="form", headers=auth, body={
        "to": L(EMAIL, MAIL), "total": L("6.85", BUY), "ride": "rd_" + rnd_hex(rng, 8)}))
    out.append(case("scooter", f"{ZIP}/v1/group", headers=auth, body={
        "guests": [{"name": L(n, NAMEC), "phone": L(p, TEL)} for n, p, _ in PEOPLE[:2]],
        "payFor": True}))
    out.append(case("scooter", f"{ZIP}/v1/reports/damage", headers=auth, body={
        "vehicle": "ZZ-SC-20417", "issue": "brake", "comment": L(
            "Rear brake barely works, nearly hit a kid on the crossing", TEXT),
        "lat": L(round(LAT + 0.0061, 6), PRECISE), "lng": L(round(LON + 0.0043, 6),
                                                            PRECISE)}))
    out.append(case("scooter", f"{ZIP}/v1/referral", query={
        "inviter": L(EMAIL_PCT, MAIL), "code": "RIDE-JD7", "src": "sms"}))
    out.append(case("scooter", f"{ZIP}/v1/e", cookies={"zz_sid": L(rnd_hex(rng, 40), CRED)},
                    body={"events": [{"n": L(n, USAGE), "t": 1764350100 + i}
                                      for i, n in enumerate(["map_opened", "ride_started",
                                                             "ride_ended"])],
                          "dev": {"lang": L("en-US", DEV), "osv": L("14", DEV)}}))
    # negatives: the service-area geofence and the price table
    out.append(case("scooter", f"{ZIP}/v1/areas/svc-12.geojson", query={"rev": "88"}))
    out.append(case("scooter", f"{ZIP}/v1/pricing", query={"area": "svc-12", "v": "5"}))
    return out
