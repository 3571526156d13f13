"""Blind set ten, part two: a courier/delivery-driver fleet app, a transit ticketing app and a
dashcam companion app (see ``eval_families10.py`` for the rules of this set and its conventions).

Fictional apps with shapes typical of their kind: the courier app's GPS breadcrumbs at 1 Hz
(JSON, msgpack, JSON Lines, schema-less protobuf with double coordinates), stop arrival with
the recipient, a proof-of-delivery upload (multipart: photo, signature strokes, signer),
a customer chat, a shift start with the driver's licence and a fleet-MDM heartbeat carrying the
phone's hardware and SIM identifiers; the transit app's NFC card link, trip history (XML), a
top-up, a journey planner, a concession application and a validator beacon report (form); the
dashcam app's Wi-Fi Direct pairing, clip uploads with a GPS track and NMEA sentences, a collision
event with G-sensor samples, a GPX upload and a firmware check. Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families8_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    HW,
    IMEI,
    JPEG,
    LAT,
    LON,
    MAC,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PHONE,
    PRECISE,
    SEARCH,
    SENS,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_headers,
    fixes,
)
from eval_families10_kit import MP4, WORK_LAT, WORK_LON, Acc, add, gps, series, strokes, token
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    ICCID,
    IMSI,
    LOCAL_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)
from eval_payloads import rnd_uuid as uid4

FLEET = "https://api.routewise.example.com"
TIX = "https://tickets.metroline.example.org"
CAM = "https://cloud.roadeye.example.net"


def courier() -> list[Case]:
    rng = random.Random(10004)
    hdr = {"Authorization": L("Bearer rw_" + rnd_hex(rng, 48), CRED),
           "X-Driver-Id": L("drv_55120", UID), **device_headers()}
    out = []
    for k in range(3):  # 1 Hz breadcrumbs, 20 per batch
        out.append(case("courier", f"{FLEET}/v4/breadcrumbs", headers=hdr,
                        fmt="msgpack" if k == 1 else "json", body={
                            "shift_id": "sh_" + rnd_hex(rng, 10), "seq": 300 + k,
                            "points": fixes(rng, 20, 6), "battery": L(0.58 - k * 0.01, DEV)}))
    acc: Acc = {}
    data = jsonl([{"t": 1764252000 + i, "la": la, "lo": lo, "v": round(rng.uniform(0, 12), 1),
                   "hdg": rng.randrange(360)} for i, (la, lo) in
                  enumerate(gps(i, PRECISE, 6, LAT + 0.01, LON) for i in range(12))], acc)
    out.append(with_labels(encode(raw("courier", f"{FLEET}/v4/breadcrumbs.ndjson", data,
                                      "application/x-ndjson", {}, headers=hdr), "zstd"), acc))
    labels: dict[str, str] = {}
    body = pb([(1, "drv_55120"), *[(2, [(1, round(LAT + i * 2e-4, 6)),  # doubles
                                         (2, round(LON - i * 1e-4, 6)),
                                         (3, 1764252100 + i), (4, 9)]) for i in range(8)]],
              "", labels)
    labels = {f"2[{i // 2}].{i % 2 + 1}": PRECISE for i in range(16)}  # repeated: 2[i].k
    out.append(encode(raw("courier", f"{FLEET}/v4/breadcrumbs.pb", body, "application/x-protobuf",
                          labels, headers=hdr), "gzip"))
    stops = [("Maria Gonzalez", "58 Bergen St", "Apt 3R", "Brooklyn", "11201", "+15550100417",
              "leave with neighbour in 3L, dog in yard"),
             ("Ahmed Karimi", "1207 Dean St", "", "Brooklyn", "11216", "+15550100582",
              "ring twice, I work nights"),
             ("Priya Nair", "77 Clinton Ave", "Unit 2", "Brooklyn", "11205", "+15550100733",
              "wheelchair user, please bring to door")]
    for i, (nm, line1, line2, city, z, tel, note) in enumerate(stops):
        la, lo = gps(i * 40, PRECISE, 6, LAT + 0.02, LON + 0.01)
        address: dict[str, Any] = {"line1": L(line1, ADDR), "city": L(city, COARSE),
                                   "postal": L(z, COARSE)}
        if line2:
            address["line2"] = L(line2, ADDR)
        rec = {"stop_id": f"st_{rng.randrange(10**6)}", "parcel": "1Z" + rnd_hex(rng, 14).upper(),
               "recipient": {"name": L(nm, NAMEC), "phone": L(tel, TEL)}, "address": address,
               "note": L(note, f"{TEXT}|{SENS}" if "wheelchair" in note else TEXT),
               "arrived": {"lat": la, "lng": lo, "ts": 1764253000 + i * 900}}
        out.append(case("courier", f"{FLEET}/v4/stops/arrive", headers=hdr, body=rec))
    for i, nm in enumerate(["Maria Gonzalez", "A. Karimi"]):
        la, lo = gps(i * 40, PRECISE, 6, LAT + 0.02, LON + 0.01)
        out.append(multipart("courier", f"{FLEET}/v4/pod", [
            ("photo", "pod.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("signature", None, "application/json", L(strokes(rng, 30), MOTION)),
            ("meta", None, "application/json", {
                "signer": L(nm, NAMEC), "relation": "recipient" if i == 0 else "self",
                "lat": la, "lng": lo, "parcel": "1Z" + rnd_hex(rng, 14).upper(),
                "photo_sha1": rnd_hex(rng, 40)})], headers=hdr))
    out.append(case("courier", f"{FLEET}/v4/chat", headers=hdr, body={
        "thread": "th_" + rnd_hex(rng, 8), "to": "customer", "masked_number": "+15550109000",
        "text": L("Hi Maria, I'm outside, gate code?", f"{TEXT}|{NAMEC}")}))
    out.append(case("courier", f"{FLEET}/v4/shift/start", headers=hdr, body={
        "driver": {"id": L("drv_55120", UID), "name": L("Jane Doe", NAMEC),
                   "licence_no": L("D123-4567-8901", NATID), "licence_state": "NY"},
        "vehicle": {"fleet_no": "VAN-042", "odometer_km": 88213},
        "selfie_check": {"score": 0.94, "liveness": True},
        "start": {"lat": L(40.7101, PRECISE), "lng": L(-73.9512, PRECISE)}}))
    out.append(case("courier", f"{FLEET}/v4/telematics/event", headers=hdr, body={
        "type": L("harsh_brake", USAGE), "g_peak": 0.62,
        "accel": L(series(rng, 25, ("x", "y", "z"), dt=20, scale=2.5), MOTION),
        "lat": L(40.71533, PRECISE), "lng": L(-73.95902, PRECISE), "speed_kmh": 41}))
    out.append(case("courier", "https://mdm.fleetctl.example.com/api/heartbeat", fmt="form", body={
        "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "wifi_mac": L(MAC, HW),
        "imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM), "operator": L("Example Mobile", CARRIER),
        "mccmnc": L("310260", CARRIER), "cell_id": L("20993281", CARRIER),
        "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "lan_ip": L(LOCAL_IP, DEV),
        "battery": L("58", DEV), "policy": "kiosk-v7", "compliance": "ok",
        "android_id": L(ANDROID_ID, DID)}))
    return out


def transit() -> list[Case]:
    rng = random.Random(10005)
    acc: Acc = {}
    sess = token({"sub": L(USER_ID, UID), "scope": "tickets", "exp": 1764259999}, "cookie",
                 "mtl_session", acc)
    ck = {"mtl_session": sess, "mtl_ab": "fare_ui_b"}
    hdr = {"User-Agent": device_headers()["User-Agent"], "X-Device": L(ANDROID_ID, DID)}
    out = [add(case("transit", f"{TIX}/api/cards/link", headers=hdr, cookies=ck, body={
        "nfc_uid": L("04:A2:3B:1C:5D:80", HW), "card_number": L("6014 2207 9931 4405", UID),
        "tech": "MIFARE DESFire EV2", "concession": L("disabled", SENS),
        "companion_allowed": True}), dict(acc))]
    labels: dict[str, str] = {}
    trips = [("Atlantic Av", "14 St-Union Sq", 2.90), ("14 St-Union Sq", "Grand Central", 2.90),
             ("Grand Central", "Atlantic Av", 2.90), ("Atlantic Av", "Jay St", 0.0)]
    doc = xml("TripSync", {"@card": L("04A23B1C5D80", HW), "Trip": [
        {"@id": f"tr{rng.randrange(10**7)}", "Entry": L(a, COARSE), "Exit": L(b, COARSE),
         "Tap": str(1764240000 + i * 3600), "Fare": L(f"{f:.2f}", BUY),
         "Validator": "V-" + rnd_hex(rng, 4)} for i, (a, b, f) in enumerate(trips)]},
        "TripSync", labels)
    out.append(add(raw("transit", f"{TIX}/api/trips/sync", doc.encode(), "application/xml",
                       labels, headers=hdr, cookies=ck), dict(acc)))
    out.append(add(case("transit", f"{TIX}/api/wallet/topup", headers=hdr, cookies=ck, body={
        "amount": L(40.0, BUY), "currency": "USD", "product": L("7-day unlimited", BUY),
        "card": {"token": L("tok_" + rnd_hex(rng, 20), PAY), "brand": "visa",
                 "last4": L("4242", PAY)}, "billing_zip": L("11217", COARSE),
        "idempotency_key": uid4(rng)}), dict(acc)))
    for frm, to, q in [("Home", "Mercy Hospital", "mercy hosp"),
                       ("Work", "Riverside Stadium", "riverside stad")]:
        out.append(case("transit", f"{TIX}/api/plan", headers=hdr, query={
            "q": L(q, SEARCH), "from_lat": L(str(LAT), PRECISE), "from_lon": L(str(LON), PRECISE),
            "to": L(to, SEARCH), "from_label": frm, "depart": "now", "modes": "subway,bus",
            "wheelchair": L("true", SENS)}))
    out.append(add(multipart("transit", f"{TIX}/api/concessions/apply", [
        ("proof", "letter.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("form", None, "application/json", {
            "type": L("disability", SENS), "condition": L("low vision", f"{SENS}|{MED}"),
            "dob": L("1990-04-12", BIRTH), "name": L("Jane Doe", NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "address": {"street": L("412 Pacific St", ADDR), "zip": L("11217", COARSE)}})],
        headers=hdr, cookies=ck), dict(acc)))
    out.append(add(case("transit", f"{TIX}/api/concessions/apply", headers=hdr, cookies=ck,
                        body={"type": L("senior", BIRTH), "dob": L("1957-09-30", BIRTH),
                              "name": L("Robert Doe", NAMEC), "relation": "parent",
                              "medicare_no": L("1EG4-TE5-MK73", NATID)}), dict(acc)))
    for i in range(2):
        out.append(add(case("transit", f"{TIX}/api/tickets/activate", headers=hdr, cookies=ck,
                            body={"ticket_id": "tk_" + rnd_hex(rng, 12),
                                  "qr_sig": rnd_hex(rng, 64), "valid_from": 1764250000 + i,
                                  "station": L("Atlantic Av", COARSE), "device_time_skew": 2}),
                       dict(acc)))
    out.append(case("transit", "https://beacons.metroline.example.org/r", fmt="form", body={
        "beacon": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "major": "12", "minor": "7",
        "rssi": "-71", "station_id": L("R31", COARSE), "did": L(ANDROID_ID, DID),
        "ts": "1764250120"}))
    out.append(case("transit", "https://metrics.tapflow.example.com/v1/e", fmt="form", body={
        "screen": L("TripHistory", USAGE), "event": L("view", USAGE),
        "session_n": L("31", USAGE), "os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
        "app": "3.8.1", "cid": uid4(rng)}))
    return out


def dashcam() -> list[Case]:
    rng = random.Random(10006)
    hdr = {"Authorization": L("Bearer re_" + rnd_hex(rng, 36), CRED), **device_headers()}
    cam_sn = "RE4K7F21A0093"
    out = [case("dashcam", f"{CAM}/v1/cameras/pair", headers=hdr, body={
        "camera": {"serial": L(cam_sn, HW), "model": "RoadEye 4K Duo", "fw": "2.3.11",
                   "wifi_direct": {"ssid": L("ROADEYE-7F21", WIFI),
                                   "password": L("re7f21-kq9x", CRED),
                                   "mac": L("4C:EB:D6:7F:21:0A", HW)}},
        "phone_home_wifi": {"ssid": L(SSID, WIFI)}, "owner": L(USER_ID, UID)})]
    for k in range(3):
        track = [[*near_pair(i + k * 30), round(rng.uniform(20, 60), 1), 1764254000 + i]
                 for i in range(10)]
        meta = {"camera_sn": L(cam_sn, HW), "clip_id": uid4(rng), "duration_s": 60,
                "trigger": "manual" if k else "event",
                # rows of [lat, lon, km/h, t]: a numeric matrix, one label at its path
                "track": L(track, PRECISE),
                "plates_seen": ["KJT-4471"], "sha256": rnd_hex(rng, 64)}
        out.append(multipart("dashcam", f"{CAM}/v1/clips", [
            ("video", f"clip{k}.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", meta)], headers=hdr))
    la, lo = 40.72891, -73.99412
    nmea = ("$GPRMC,171455.00,A,4043.7346,N,07359.6472,W,21.4,87.3,271126,,,A*6C\n"
            "$GPGGA,171455.00,4043.7346,N,07359.6472,W,1,09,0.9,14.2,M,-34.2,M,,*5B")
    out.append(case("dashcam", f"{CAM}/v1/events/collision", headers=hdr, body={
        "camera_sn": L(cam_sn, HW), "g": L(series(rng, 40, ("x", "y", "z"), 10, 3.0), MOTION),
        "lat": L(la, PRECISE), "lon": L(lo, PRECISE), "nmea": L(nmea, PRECISE),
        "severity": 2, "clip_ref": uid4(rng)}))
    labels: dict[str, str] = {}
    gpx = xml("gpx", {"@version": "1.1", "@creator": "RoadEye", "trk": {
        "name": L("Drive to Mom's", TEXT), "trkseg": {"trkpt": [
            {"@lat": L(a, PRECISE), "@lon": L(b, PRECISE), "time": f"2026-11-27T17:{i:02}:00Z"}
            for i, (a, b) in enumerate(near_pair(j, WORK_LAT, WORK_LON) for j in range(6))]}}},
        "gpx", labels)
    out.append(encode(raw("dashcam", f"{CAM}/v1/trips/gpx", gpx.encode(), "application/gpx+xml",
                          labels, headers=hdr), "deflate"))
    out.append(case("dashcam", f"{CAM}/v1/firmware/check", query={
        "model": "RE4K-DUO", "fw": "2.3.11", "sn": L(cam_sn, HW), "region": "us",
        "channel": "stable", "nonce": rnd_hex(rng, 16)}))
    out.append(case("dashcam", f"{CAM}/v1/account", headers=hdr, body={
        "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL), "name": L("Jane Doe", NAMEC),
        "vehicle": {"make": "Subaru", "model": "Outback", "year": 2019},
        "insurance": {"carrier": "Example Mutual", "policy": L("EMX-55-1204933", UID)},
        "emergency_contact": {"name": L("Tom Doe", NAMEC), "phone": L("+15550100188", TEL)}}))
    out.append(case("dashcam", f"{CAM}/v1/push/register", headers=hdr, body={
        "fcm": L("eN3x:APA91b" + rnd_hex(rng, 100), DID), "parking_mode_alerts": True,
        "app": "1.9.0"}))
    acc: Acc = {}
    ctx = enc({"camera_sn": L(cam_sn, HW), "home": {"lat": L(40.74, COARSE),
                                                    "lon": L(-73.99, COARSE)},
               "wifi_ssid": L("ROADEYE-7F21", WIFI)}, "query", "ctx", "b64url", acc)
    out.append(with_labels(case("dashcam", "https://a.sdkstat.example.io/p", query={
        "e": L("clip_saved", USAGE), "ctx": ctx, "iid": L(uid4(rng), DID),
        "t": "1764254100"}), acc))
    return out


def near_pair(i: int, lat: float = 40.7281, lon: float = -73.9951) -> tuple[float, float]:
    return round(lat + i * 0.00031, 6), round(lon + i * 0.00022, 6)
