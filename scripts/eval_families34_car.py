"""Smart-car companion app "Orvane Connect" (her own electric car): a log-in with MFA, adding the
car (VIN, plate), remote unlock and climate, where she parked, a trip (protobuf), public charging,
the home charging schedule, the phone as a key and a key shared with a friend, the owner's
driver's licence, valet mode, a service visit, a destination sent to the car, the car's
telematics unit and its own hotspot (look-alikes), the home Wi-Fi for updates and the connected
services subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, LINE1, App, ev, opaque, play_token, pos
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families29_kit import HOME_WIFI_PASS
from eval_families34_kit import (
    CAR,
    CAR_HOTSPOT,
    CAR_PIN,
    CHARGER,
    DEALER,
    LICENCE_EXP,
    PARKED_FIX,
    PLATE,
    TCU,
    VALET_PIN,
    VIN,
    obj,
    trip_pts,
)
from eval_families34_sdk import cl_beacon, cl_track, cw_crash, cw_crumb, sw_event
from eval_families34_svc import ch_open, ch_register, mf_route, mf_telemetry, pq_confirm, tr_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, NAME, SSID, USER_ID, Case, J, L, case

APP = App("orvane", "Orvane Connect", "com.example.orvane.connect", "3.22.0",
          "https://api.orvane.example.com")
IID = "X-Orvane-Install"
V = f"{APP.api}/v1/vehicles/{VIN}"
PW = "Volt&Slate2024"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _car(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her car (its VIN in the URL path: ``id.hardware``)."""
    c = case(APP.fam, f"{V}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, VIN, HW)


def _trip(rng: random.Random) -> Case:
    """A trip as schema-less protobuf: the VIN, the trip (a negative), repeated fixes ``3[i]``
    (lat/lon ``location.precise``; time and speed not), distance and energy."""
    pts = trip_pts(random.Random(3449), 4)
    rows = [(3, [(1, 1765382400 + 30 * i), (2, la), (3, lo), (4, spd)])
            for i, (la, lo, spd) in enumerate(pts)]
    data = pb([(1, VIN), (2, obj(rng, "trp", 12)), *rows, (4, 6120), (5, 1.18)], "", {})
    lab = {"1": HW}
    for i in range(len(pts)):
        lab.update({f"3[{i}].2": PRECISE, f"3[{i}].3": PRECISE})
    return raw(APP.fam, f"{APP.api}/v1/trips", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def orvane() -> list[Case]:
    rng = random.Random(3441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), vins=[L(VIN, HW)]))}
    lat6, lon6 = pos(6)
    lat5, lon5 = pos(5)
    cases = [
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "deviceName": L("Jane's Pixel 8", f"{DEV}|{NAMEC}")}),
        case(f, f"{a}/v1/auth/mfa", headers=_h(rng, extra={"X-MFA-Code": L("604918", CRED)}),
             body={"mfaToken": L(opaque(rng, "mfa_", 32), CRED), "method": "sms"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "plate": L(PLATE, HW), "plateState": L("NY", COARSE),
            "nickname": L("Jane's E7", NAMEC), **CAR}),
        _car(rng, "/commands/unlock", {"pin": L(CAR_PIN, CRED), "commandId": rid(rng),
                                       "phoneLocation": {"lat": lat6, "lng": lon6,
                                                         "accuracyM": 6}}),
        _car(rng, "/commands/climate", {"targetC": 21.5, "seatHeat": {"driver": 2},
                                        "defrost": False, "commandId": rid(rng)}),
        case(f, f"{a}/v1/parking", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "lat": L(PARKED_FIX[0], PRECISE),
            "lng": L(PARKED_FIX[1], PRECISE), "source": "ble_disconnect",
            "note": L("Level 2 near the elevator", TEXT)}),
        _trip(rng),
        case(f, f"{a}/v1/charging/sessions", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "chargerId": CHARGER["id"], "site": {
                "name": CHARGER["name"], "lat": CHARGER["lat"], "lon": CHARGER["lon"]},
            "connector": CHARGER["connector"], "kwh": 38.2, "durationMin": 41,
            "cost": L("17.19", BUY), "paymentMethodId": L(opaque(rng, "pm_", 24), PAY)}),
        _car(rng, "/charging/schedule", {"home": {
            "lat": lat5, "lng": lon5, "radiusM": 150, "address": L(LINE1, ADDR)},
            "offPeak": {"start": "00:00", "end": "06:00"}, "limitPct": 80, "rate": 0.14}),
        case(f, f"{a}/v1/keys/phone", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "keyId": obj(rng, "key", 12),
            "publicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + opaque(rng, "", 40),
            "pairingCode": L("218405", CRED), "phoneBleName": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/keys/share", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "recipient": {"name": L(PEOPLE[1][0], NAMEC),
                                             "email": L(PEOPLE[1][2], MAIL),
                                             "phone": L(PEOPLE[1][1], TEL)},
            "permissions": ["unlock", "drive"], "validUntil": "2025-12-20T23:59:00-05:00"}),
        multipart(f, f"{a}/v1/owner/license", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\x01", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "number": L(LICENCE, NATID), "name": L(NAME, NAMEC),
                "dateOfBirth": L(DOB, BIRTH), "expires": LICENCE_EXP, "class": "D",
                "state": L("NY", COARSE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/valet", fmt="form", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "valetPin": L(VALET_PIN, CRED), "speedLimitKph": "40"}),
        case(f, f"{a}/v1/service/appointments", headers=_h(rng, **b), body={
            "dealer": DEALER, "vin": L(VIN, HW), "odometerKm": 18422,
            "concern": L("Grinding noise from the front left wheel when braking", TEXT),
            "contactPhone": L(E164, TEL), "preferred": "2025-12-15T09:00:00-05:00"}),
        _car(rng, "/navigation", {"query": L("whole foods union square", SEARCH),
                                  "destination": {"name": "Whole Foods Market",
                                                  "lat": 40.73568, "lng": -73.99117}}),
        _car(rng, "/tcu", {"imei": TCU["imei"], "iccid": TCU["iccid"], "fw": TCU["fw"],
                           "hotspotSsid": CAR_HOTSPOT[0], "hotspotBssid": CAR_HOTSPOT[1]}),
        _car(rng, "/wifi", {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                            "password": L(HOME_WIFI_PASS, CRED), "security": "WPA2",
                            "purpose": "ota_updates"}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("orvane_connect_premium_1y", BUY),
            "orderId": L("GPA.3341-8820-1174-40552", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "timeZone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("remote_unlock", 1, result="ok"), ev("charge_started", 2),
                ev("screen_view", 3, screen=L("Charging", USAGE))]}),
        at_path(case(f, f"{V}/status", headers=_h(rng, how="none"),
                     cookies={"ov_session": L(opaque(rng, "", 48), CRED),
                              "ov_install": L(INSTALL_ID, DID)}), VIN, HW),
    ]
    return cases


def orvane_sdks() -> list[Case]:
    rng = random.Random(3442)
    fixes = [(la, lo) for la, lo, _ in trip_pts(random.Random(3450), 3)]
    return [
        cl_track(APP, rng, [("Remote Unlock", {"result": "ok"}),
                            ("Charge Session Ended", {"cost": L(17.19, BUY)})]),
        cl_beacon(APP, rng, "App Opened", {"screen": L("Home", USAGE), "cold": True}),
        sw_event(APP, rng, "ov2m7c", {"plan": "premium_1y"}, revenue=99.0,
                 name="subscribe"),
        cw_crash(APP, rng, ("java.lang.SecurityException", "BLUETOOTH_CONNECT denied"),
                 [cw_crumb("nav", "Home -> Key"), cw_crumb("log", "ble scan start")],
                 keys={"vehicleModel": CAR["model"]}, screen="DigitalKeyActivity"),
        tr_eval(APP, rng, {"model": CAR["model"], "market": "us"}, get=True),
        ch_register(APP, rng, nd=3, tags={"model": "E7"}),
        ch_open(APP, rng),
        pq_confirm(APP, rng, "17.19"),
        mf_route(APP, rng, (round(LAT, 5), round(LON, 5)), PRECISE,
                 (CHARGER["lat"], CHARGER["lon"]), None),
        mf_telemetry(APP, rng, fixes, PRECISE),
    ]
