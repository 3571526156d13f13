"""E-scooter sharing app "Voltride": an SMS sign-in, a driver's licence scan, scooters nearby, a
reservation, a Bluetooth unlock, the ride's fixes (msgpack), parking with a photo, a rating and
receipt, wallet top-up and a monthly pass, a report on another scooter, an incident, a group ride
and a shared live ride."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, pos
from eval_families21_kit import track
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head, rid
from eval_families26_kit import (
    NO_PARKING,
    OTHER_SCOOTERS,
    RIDE_END,
    RIDE_RECEIPT,
    RIDE_START,
    SCOOTER,
    SCOOTER_SUPPORT,
    SCOOTERS_AT,
)
from eval_families26_sdk import loom_event, loom_launch, warden_crumb, warden_report, wren_batch
from eval_families26_svc import (
    agree_save,
    atlas_reverse,
    atlas_route,
    till_tokenize,
    tog_eval,
    wick_register,
    wick_zone,
)
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("voltride", "Voltride", "com.example.voltride", "7.8.0",
          "https://api.voltride.example.com")
IID = "X-Voltride-Device"
RIDE = "rd_5f1e90c2ab"
LIC_MEDIA = f"{MEDIA}|{NATID}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _fix(at: tuple[float, float]) -> dict[str, L]:
    return {"lat": L(at[0], PRECISE), "lng": L(at[1], PRECISE)}


def voltride() -> list[Case]:
    rng = random.Random(2641)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL)))}
    lat4, lon4 = pos(4)
    lat5, lon5 = pos(5)
    lat2, lon2 = pos(2)
    sc = SCOOTER
    fixes = track(rng, 4, RIDE_START, t0=1765318000)
    return [
        case(f, f"{a}/v2/auth/sms", headers=_h(rng), body={"phone": L(E164, TEL),
                                                           "channel": "sms"}),
        case(f, f"{a}/v2/auth/sms/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("604118", CRED),
            "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile", headers=_h(rng, auth="bearer"), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "birth_date": L(DOB, BIRTH), "marketing": False}),
        multipart(f, f"{a}/v2/licence", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG, LIC_MEDIA)),
            ("back", "licence_back.jpg", "image/jpeg", L(JPEG + b"\x01", LIC_MEDIA)),
            ("meta", None, "application/json", {
                "number": L(LICENCE, NATID), "state": L("NY", COARSE), "class": "D",
                "expires": "2029-05-17", "dob": L(DOB, BIRTH)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/vehicles/nearby", headers=_h(rng, auth="bearer"),
             query={"lat": lat4, "lng": lon4, "radius_m": "400", "type": "scooter"}),
        case(f, f"{a}/v2/reservations", headers=_h(rng, auth="bearer"), body={
            "vehicle": sc["code"], "vehicle_at": {"lat": SCOOTERS_AT[0][0],
                                                  "lng": SCOOTERS_AT[0][1]},
            "vehicle_battery": sc["battery"], "user_at": {"lat": lat5, "lng": lon5},
            "hold_min": 10}),
        case(f, f"{a}/v2/rides/start", headers=_h(rng, auth="bearer"), body={
            "qr": sc["code"], "unlock": "ble", "vehicle_ble": sc["ble"],
            "vehicle_fw": sc["fw"], **_fix(RIDE_START), "accuracy_m": 6,
            "helmet_confirmed": True, "request_id": rid(rng)}),
        case(f, f"{a}/v2/rides/{RIDE}/telemetry", fmt="msgpack",
             headers=_h(rng, auth="bearer"), body={
                 "fixes": fixes, "vehicle": {"imei": sc["imei"], "speed_kmh": 18.5,
                                             "battery": 71, "code": sc["code"]}}),
        multipart(f, f"{a}/v2/rides/{RIDE}/end", [
            ("parking_photo", "parking.jpg", "image/jpeg", L(JPEG + b"\x02", MEDIA)),
            ("end", None, "application/json", {
                **_fix(RIDE_END), "accuracy_m": 5, "zone_id": "zn_ev_042",
                "no_parking_nearby": NO_PARKING, "kickstand": True})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/rides/{RIDE}/rating", headers=_h(rng, auth="bearer"), body={
            "stars": 4, "comment": L("Brakes felt soft going down the bridge ramp", TEXT),
            "receipt": L(RIDE_RECEIPT, BUY), "fare": L("6.85", BUY),
            "minutes": 19, "distance_km": 3.1}),
        case(f, f"{a}/v2/wallet/topup", headers=_h(rng, auth="bearer"), body={
            "amount": L("20.00", BUY), "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "idempotency_key": rid(rng)}),
        case(f, f"{a}/v2/passes", headers=_h(rng, auth="bearer"), body={
            "pass": L("monthly_30min_unlimited", BUY), "price": L("29.99", BUY),
            "auto_renew": True}),
        case(f, f"{a}/v2/rides", query={"limit": "20"}, headers=_h(rng, how="none"),
             cookies={"vr_sess": L(opaque(rng, "", 50), CRED), "vr_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/reports/vehicle", headers=_h(rng, auth="bearer"), body={
            "vehicle": OTHER_SCOOTERS[0], "vehicle_at": {"lat": SCOOTERS_AT[2][0],
                                                         "lng": SCOOTERS_AT[2][1]},
            "reporter_at": {"lat": L(40.743874, PRECISE), "lng": L(-73.985244, PRECISE)},
            "issue": "blocking_sidewalk",
            "note": L("Lying across the curb ramp on 34th, a wheelchair can't pass", TEXT)}),
        case(f, f"{a}/v2/incidents", headers=_h(rng, auth="bearer"), body={
            "ride": RIDE, "injured": L(True, MED), "at": _fix((40.735107, -73.993312)),
            "description": L("Hit a pothole and scraped my knee, nothing broken",
                             f"{TEXT}|{MED}"), "police_report": False,
            "callback": L(PHONE, TEL), "support_phone": SCOOTER_SUPPORT}),
        case(f, f"{a}/v2/group-rides", headers=_h(rng, auth="bearer"), body={
            "guests": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)}],
            "vehicles": OTHER_SCOOTERS[1:], "payer": "host"}),
        case(f, f"{a}/v2/rides/{RIDE}/share", headers=_h(rng, auth="bearer"), body={
            "to": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "eta_min": 12, "channel": "sms"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "rider_id": L(USER_ID, UID), "events": [
                ev("scan_qr", 1, code=sc["code"]), ev("ride_started", 2),
                ev("ride_ended", 3, fare=L("6.85", BUY)),
                ev("screen_view", 4, screen=L("RideSummary", USAGE))]}),
        case(f, f"{a}/v2/zones", headers=_h(rng, auth="bearer"),
             query={"lat": lat2, "lng": lon2, "layers": "no_parking,slow"}),
    ]


def voltride_sdks() -> list[Case]:
    rng = random.Random(2642)
    return [
        wren_batch(APP, rng, [("Ride Started", {"vehicle": SCOOTER["code"]}),
                              ("Ride Ended", {"fare": L(6.85, BUY), "minutes": 19})], nd=3),
        loom_launch(APP, rng, first=True),
        loom_event(APP, rng, "first_ride", {"receipt": L(RIDE_RECEIPT, BUY),
                                            "fare": L(6.85, BUY)}, hashed="sha256"),
        warden_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                      [warden_crumb("navigation", "Map -> Unlock"),
                       warden_crumb("state", "ble connect " + SCOOTER["ble"])],
                      screen="UnlockActivity"),
        tog_eval(APP, rng, {"market": "nyc", "helmet_selfie": False}),
        wick_register(APP, rng),
        wick_zone(APP, rng, nd=4),
        till_tokenize(APP, rng),
        atlas_route(APP, rng, SCOOTERS_AT[0], mode="pedestrian", nd=5),
        atlas_reverse(APP, rng, RIDE_END, nd=6),
        agree_save(APP, rng, {"analytics": True, "ads_personalised": False}),
    ]
