"""Scooter and e-bike rental app "Zipwheel": sign-up by SMS, the profile, ``/me``, the licence
check (both sides, the number, the address) and a liveness selfie with its face template,
vehicles nearby, unlocking by QR, a helmet selfie before the ride, the ride's trace (msgpack) and
heartbeat (protobuf), a fall detection with an IMU window, parking with a photo, the receipt, a
wallet top-up, a monthly pass, a damage report, an emergency contact, a referral, settings,
push, events and the ride history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    imu,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque, pos
from eval_families24_kit import claims, head
from eval_families37_kit import (
    BIKE,
    DOCK_AT,
    LICENCE_NY,
    PARK_FIX,
    RIDE_START,
    SCOOTER,
    fix,
    home,
    obj,
    ride,
)
from eval_families37_sdk import am_event, am_launch, bf_bid, cc_crash, cc_crumb, ml_batch
from eval_families37_svc import (
    nw_register,
    pl_card,
    ts_eval,
    tw_reverse,
    tw_route,
    tw_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("zipwheel", "Zipwheel", "com.example.zipwheel", "4.27.1",
          "https://api.zipwheel.example.com")
IID = "Zw-Device-Id"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def zipwheel() -> list[Case]:
    rng = random.Random(3741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    rid_ = obj(rng, "ride", 10)
    sla, slo = fix(RIDE_START)
    pla, plo = fix(PARK_FIX)
    fall_at = fix((40.746311, -73.991402))
    vec = [round(rng.gauss(0, 0.09), 4) for _ in range(128)]
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, rid_), (3, [(1, L(40.745874, PRECISE)),
                                                     (2, L(-73.991028, PRECISE))]),
               (4, 17.5), (5, SCOOTER["battery"]), (6, SCOOTER["serial"])], "", lab)
    return [
        case(f, f"{a}/v3/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/auth/phone/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "otp": L("205318", CRED)}),
        case(f, f"{a}/v3/users/me/profile", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "birth_date": L(DOB, BIRTH), "marketing": False}),
        case(f, f"{a}/v3/users/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/identity/licence", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("back", "licence_back.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE_NY, NATID), "class": "D", "expires": "2031-05-17",
                "state": L(STATE, COARSE), "dob": L(DOB, BIRTH),
                "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "zip": L(ZIP, COARSE)}})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/identity/selfie", headers=_h(rng, **b), body={
            "check": obj(rng, "idv", 10), "template": L(f32b64(vec), FACE),
            "landmarks68": L(landmarks(rng, 68), FACE), "liveness": 0.982,
            "matchScore": 0.91, "faceBox": [212, 318, 402, 402]}),
        case(f, f"{a}/v3/vehicles/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{RIDE_START[0]:.4f}", PRECISE), "lng": L(f"{RIDE_START[1]:.4f}", PRECISE),
            "types": "scooter,ebike", "radius": "400"}),
        case(f, f"{a}/v3/rides", headers=_h(rng, **b), body={
            "qr": SCOOTER["qr"], "vehicle": SCOOTER["id"], "ride": rid_,
            "position": {"lat": sla, "lng": slo, "acc": 5},
            "vehicleBle": "F4:12:FA:39:8C:01", "vehicleBattery": SCOOTER["battery"]}),
        multipart(f, f"{a}/v3/rides/{rid_}/helmet", [
            ("selfie", "helmet.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"helmetScore": 0.94, "cameraFacing": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rides/{rid_}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": ride(rng, 6), "vehicle": SCOOTER["id"], "seq": 3}),
        raw(f, f"{a}/v3/rides/{rid_}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rides/{rid_}/incidents", headers=_h(rng, **b), body={
            "kind": "fall_detected", "lat": fall_at[0], "lng": fall_at[1],
            "imu": L(imu(rng, 24), MOTION), "peakG": 3.8, "userOk": True}),
        multipart(f, f"{a}/v3/rides/{rid_}/end", [
            ("parking_photo", "parked.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("end", None, "application/json", {"lat": pla, "lng": plo, "zone": "pz_1183",
                                               "zoneCentre": list(DOCK_AT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rides/{rid_}/receipt", headers=_h(rng, **b), query={
            "fare": L("6.85", BUY), "minutes": "14", "km": "2.4"}),
        case(f, f"{a}/v3/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("20.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/passes", headers=_h(rng, **b), body={
            "product": L("zw_monthly_unlimited", BUY), "price": L("34.99", BUY),
            "autoRenew": True}),
        multipart(f, f"{a}/v3/reports/damage", [
            ("photo", "brake.jpg", "image/jpeg", L(JPEG + b"\x65", MEDIA)),
            ("report", None, "application/json", {
                "vehicle": BIKE["id"], "serial": BIKE["serial"], "part": "brake",
                "text": L("Rear brake lever is loose, nearly went into a cab", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/safety/contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "shareOnFall": True}),
        case(f, f"{a}/v3/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendPhone": L(PEOPLE[2][1], TEL), "code": "JANE5RIDES"}),
        case(f, f"{a}/v3/group-rides", headers=_h(rng, **b), body={
            "ride": rid_, "beginnerMode": True, "maxKmh": 20, "invite": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[1:4]]}),
        case(f, f"{a}/v3/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("ride_end", 1, minutes=14), ev("helmet_check", 2, passed=True),
                ev("screen", 3, screen=L("RideSummary", USAGE))]}),
        case(f, f"{a}/v3/rides/history", headers=_h(rng, how="plain"),
             cookies={"zw_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def zipwheel_sdks() -> list[Case]:
    rng = random.Random(3742)
    hla, hlo = home(6)
    return [
        ml_batch(APP, rng, [("Ride Ended", {"fare": L(6.85, BUY), "minutes": 14}),
                            ("Helmet Verified", {})], at=PARK_FIX, nd=4),
        am_launch(APP, rng, first=True),
        am_event(APP, rng, "ride_completed", {"vehicle": "scooter"}, revenue=6.85),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RIDE_START, nd=3, yob=1991,
               gender="F"),
        cc_crash(APP, rng, ("java.io.IOException", "ble unlock timeout"),
                 [cc_crumb("navigation", "Map -> Unlock"),
                  cc_crumb("ui", "scan", {"qr": SCOOTER["qr"]})], screen="UnlockActivity"),
        ts_eval(APP, rng, {"city": L("nyc", COARSE), "helmetCheck": True}),
        nw_register(APP, rng, at=RIDE_START, nd=2, tags={"pass": "monthly"}),
        pl_card(APP, rng),
        tw_route(APP, rng, [((hla.value, hlo.value), PRECISE), (DOCK_AT, None),
                            ((PARK_FIX[0], PARK_FIX[1]), PRECISE)]),
        tw_reverse(APP, rng, PARK_FIX, PRECISE, nd=5),
        tw_telemetry(APP, rng, [(pos(6)[0].value, pos(6)[1].value),
                                (RIDE_START[0], RIDE_START[1])], PRECISE),
    ]
