"""Blind set sixteen, part five: a caller-ID/spam-call blocker and a roadside-assistance app (see
``eval_families16.py`` for the rules of this set, its conventions and its calls).

Caller ID (in the style of crowd-sourced caller-ID apps): registration with the SIM's IMSI,
ICCID, operator and country, an OTP (form), an address-book upload (gzip), a call-log upload
(JSON Lines, zstd), a number lookup (query) and a spam score by number in the URL path, a spam
report, an SMS filter check, a premium purchase and analytics with SIM headers and a country
cookie. Roadside assistance (in the style of motor-club apps): membership with VIN and plate, a
help request with position, reverse-geocoded address and serving cell, a live location share
(a top-level JSON array of E7 integers), a damage photo with EXIF GPS, payment, a rating, and
the dispatch hand-off to a towing partner (XML). Negatives: a spam-list download, a business
directory card, the tow truck's ETA poll, a service-area map and nearby garages. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families16_kit import (
    ADDR,
    BUY,
    CARRIER,
    CONTACTS,
    CRED,
    DASHED,
    DEV,
    DID,
    DIGITS,
    E164,
    HW,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SIM,
    STREET,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    e7,
    encode,
    imu,
    jsonl,
    ll,
    multipart,
    raw,
    xml,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    ICCID,
    IMEI,
    IMSI,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)

WHO = "https://api.whocalls.example.net"
TOW = "https://api.towpal.example.com"
VIN, PLATE = "1HGCM82633A004352", "JDX-5521"


def callerid() -> list[Case]:
    rng = random.Random(16009)
    out = []
    out.append(case("callerid", f"{WHO}/v1/register", body={
        "phone": L(E164, TEL), "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL),
        "sim": {"imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM), "mcc": L("310", CARRIER),
                "mnc": L("260", CARRIER), "spn": L("Example Mobile", CARRIER),
                "simCountry": L("US", CARRIER), "slot": 0},
        "imei": L(IMEI, HW), "androidId": L(ANDROID_ID, DID), "ua": L(UA, DEV)}))
    out.append(case("callerid", f"{WHO}/v1/verify", fmt="form", body={
        "phone": L(DASHED, TEL), "otp": L("730118", CRED), "cc": L("us", CARRIER)}))
    ck = {"wc_sid": L("s%3A" + rnd_hex(rng, 40), CRED), "wc_cc": L("US", CARRIER)}
    book = [{"name": L(n, CONTACTS), "phones": [L(p, CONTACTS)], "email": L(m, CONTACTS)}
            for n, p, m in PEOPLE]
    out.append(encode(case("callerid", f"{WHO}/v1/contacts/upload", cookies=ck, body={
        "contacts": book, "total": len(book)}), "gzip"))
    acc: Acc = {}
    log = jsonl([{"number": L(p, TEL), "cachedName": L(n, CONTACTS) if n else None,
                  "type": t, "durS": d, "date": 1764750000 - i * 3600}
                 for i, (p, n, t, d) in enumerate([
                     (PEOPLE[0][1], PEOPLE[0][0], "in", 312),
                     ("+15550199902", None, "missed", 0),
                     (PEOPLE[2][1], PEOPLE[2][0], "out", 48),
                     ("+18885550123", None, "blocked", 0),
                     (PEOPLE[1][1], PEOPLE[1][0], "in", 1290)])], acc)
    out.append(add(encode(raw("callerid", f"{WHO}/v1/calllog/sync", log, "application/x-ndjson",
                              {}, cookies=ck), "zstd"), acc))
    out.append(case("callerid", f"{WHO}/v1/search", cookies=ck, query={
        "q": L("+15550199902", TEL), "type": "4", "countryCode": L("US", CARRIER),
        "encoding": "json"}))
    out.append(case("callerid", f"{WHO}/v1/numbers/%2B18885550123/spam-score", cookies=ck))
    out[-1].labels[("url", "path[2]")] = TEL
    out.append(case("callerid", f"{WHO}/v1/spam/report", cookies=ck, body={
        "number": L("+18885550123", TEL), "category": "scam",
        "comment": L("said my car warranty expired and asked for my card", TEXT)}))
    out.append(case("callerid", f"{WHO}/v1/sms/check", cookies=ck, body={
        "sender": L("+15550177001", TEL),
        "body": L("Your bank code is 551903. Never share it.", f"{TEXT}|{CRED}")}))
    out.append(case("callerid", f"{WHO}/v1/premium", cookies=ck, body={
        "sku": L("premium_month", BUY), "price": L(4.99, BUY),
        "orderId": L("GPA.5512-8812-0031-11204", BUY)}))
    out.append(case("callerid", "https://m.callstat.example.org/e", headers={
        "X-Operator": L("Example Mobile", CARRIER), "x-mccmnc": L(MCCMNC, CARRIER),
        "X-User": L(USER_ID, UID), "x-MSISDN": L(DIGITS, TEL)},
        query={"e": L("caller_id_shown", USAGE), "n": rnd_hex(rng, 8)}))
    out.append(case("callerid", f"{WHO}/v1/alerts/nearby", cookies=ck, fmt="form", body={
        "lac": L("4412", CARRIER), "cid": L("1887203", CARRIER), "ip": L(PUBLIC_IP, IPLOC),
        "op": L("example mobile", CARRIER), "radius": "city"}))
    # negatives: the spam list delta, a business card, app config
    out.append(case("callerid", f"{WHO}/v1/spamlist", query={"since": "88412", "cc": "all"}))
    out.append(case("callerid", f"{WHO}/v1/business/b_4410", cookies=ck, body={
        "name": "Tony's Pizza", "phone": "+12125550198", "address": "17 Example Ave",
        "lat": 40.7421, "lng": -73.9911}))
    out.append(case("callerid", f"{WHO}/v1/config", query={"v": "14.2.1"}))
    return out


def roadside() -> list[Case]:
    rng = random.Random(16010)
    out = []
    out.append(case("roadside", f"{TOW}/v1/members", body={
        "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
        "member": L("TP-7712-0093", UID),
        "vehicle": {"vin": L(VIN, HW), "plate": L(PLATE, HW), "make": "Honda",
                    "model": "Accord", "year": 2019, "color": "grey"}}))
    auth = {"Authorization": L("Bearer tp_" + rnd_hex(rng, 36), CRED)}
    out.append(case("roadside", f"{TOW}/v1/jobs", headers=auth, body={
        "pos": {"lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE),
                "acc": 6.5},
        "address": L("402 W 32nd St, New York, NY 10001", ADDR),
        "problem": L("flat tire, no spare, two kids in the car", TEXT),
        "cell": {"mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "lac": L(4412, CARRIER),
                 "cid": L(1887203, CARRIER)},
        "battery": L(18, DEV), "callback": L(E164, TEL), "vin": L(VIN, HW)}))
    out.append(case("roadside", f"{TOW}/v1/jobs/j_55012/track", headers=auth, body=[
        {"lat": L(e7(LAT + i * 1e-5), PRECISE), "lon": L(e7(LON), PRECISE), "t": 1764751000 + i}
        for i in range(6)]))
    out.append(multipart("roadside", f"{TOW}/v1/jobs/j_55012/photos", [
        ("gps", None, "application/json", {"lat": L(round(LAT, 5), PRECISE),
                                           "lon": L(round(LON, 5), PRECISE)}),
        ("p1", "tire.jpg", "image/jpeg", L(JPEG + b"\x81" * 11, MEDIA)),
    ], headers=auth))
    out.append(case("roadside", f"{TOW}/v1/jobs/j_55012/pay", headers=auth, body={
        "amount": L(95.0, BUY), "tip": L(15.0, BUY), "cardToken": L("tok_" + rnd_hex(rng, 24),
                                                                    PAY),
        "last4": L("1881", PAY)}))
    out.append(case("roadside", f"{TOW}/v1/jobs/j_55012/rating", headers=auth, body={
        "stars": 5, "comment": L("Driver Luis was kind with my kids", TEXT)}))
    lab: dict[str, str] = {}
    doc = xml("Dispatch", {"@job": "j_55012", "Member": {
        "@id": L("TP-7712-0093", UID), "Name": L("Jane Doe", NAMEC),
        "Phone": L(NATIONAL, TEL)},
        "Vehicle": {"@vin": L(VIN, HW), "Plate": L(PLATE, HW)},
        "Location": {"@lat": L(f"{LAT:.5f}", PRECISE), "@lon": L(f"{LON:.5f}", PRECISE),
                     "Street": L(STREET, ADDR)}, "Service": "tire"}, "Dispatch", lab)
    out.append(encode(raw("roadside", "https://partner.towline.example.org/dispatch",
                          doc.encode(), "application/xml", lab), "deflate"))
    out.append(encode(case("roadside", f"{TOW}/v1/crash/detect", headers=auth, body={
        "imu": L(imu(rng, 50, 10, 12.0), MOTION), "peakG": 6.1,
        "at": L(ll(5), PRECISE), "speedKmh": 42, "member": L("TP-7712-0093", UID)}), "br"))
    # negatives: the truck's ETA poll, the service-area map, garages near a named shop
    out.append(case("roadside", f"{TOW}/v1/jobs/j_55012/eta", headers=auth))
    out.append(case("roadside", f"{TOW}/v1/areas", query={"bbox": "40.4,-74.3,41.0,-73.6"}))
    out.append(case("roadside", f"{TOW}/v1/garages", query={
        "near": "Example Tire Center", "lat": "40.7505", "lng": "-73.9934", "r": "5km"}))
    return out

