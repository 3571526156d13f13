"""Taxi-dispatch app for drivers "Cabrook": she drives for a fleet. Log-in, the licences, a face
check before each shift (selfie, a face embedding, 106 landmarks), shift start with her position,
Wi-Fi and the network, location pings (protobuf; a JSON Lines batch), offers accepted, a trip
(the passenger's pickup a negative), an incident with a dash photo, fuel, earnings and a payout,
breaks, a message to dispatch, push and analytics."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families54_kit import BASE_AT, CAB, HACK, LICENCE, PICKUP_AT, fix, obj, trace
from eval_families54_sdk import cq_crash, cq_crumb, qm_batch, qm_queue, tb_open
from eval_families54_svc import cv_payout, pw_register, rm_route, rm_telemetry, sh_flags
from eval_payloads import BSSID, EMAIL, LAT, LON, PUBLIC_IP, SSID, Case, J, L, case

APP = App("cab", "Cabrook Driver", "com.example.cabrook.driver", "9.12.0",
          "https://dispatch.cabrook.example.net")
DRV = "drv_40817"  # her driver number at the fleet (id.user)
AT0 = (40.742114, -73.987622)  # her first fix of the shift, near home


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid="X-Cabrook-Device", how="plain", auth=auth, **kw)


def cabrook() -> list[Case]:
    rng = random.Random(5461)
    a, f = APP.api, APP.fam
    shift, trip = obj(rng, "sh", 8), obj(rng, "trp", 10)
    s0 = fix(AT0)
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(256)]
    lab: dict[str, str] = {}
    ping = pb([(1, L(DRV, UID)), (2, shift), (3, [(1, L(40.744902, PRECISE)),
                                                  (2, L(-73.986114, PRECISE)), (3, 11.0)]),
               (4, 1765341200), (5, "available")], "", lab)
    jw = {"Authorization": J(claims(rng, driver=L(DRV, UID), name=L(f"{FIRST} {LAST}", NAMEC)))}
    return [
        case(f, f"{a}/api/v4/drivers/login", headers=_h(rng, None), body={
            "driverNo": L(DRV, UID), "password": L("Medallion$Run8", CRED),
            "fleet": "flt_queens_2"}),
        case(f, f"{a}/api/v4/drivers/login/otp", fmt="form", headers=_h(rng, None), body={
            "driverNo": L(DRV, UID), "otp": L("774102", CRED)}),
        case(f, f"{a}/api/v4/drivers/me", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/api/v4/drivers/me/licences", headers=_h(rng), body={
            "dmv": {"number": L(LICENCE, NATID), "state": L("NY", COARSE),
                    "expires": "2030-05-17"},
            "hack": {"number": L(HACK, NATID), "expires": "2027-02-28"},
            "dob": L(DOB, BIRTH), "phone": L(E164, "contact.phone"),
            "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v4/shifts/face-check", headers=_h(rng), body={
            "shift": shift, "embedding": L(f32b64(vec), FACE),
            "landmarks": L(landmarks(rng, 106), FACE), "liveness": 0.991,
            "match": 0.962, "yaw": 4.1, "light": "ok"}),
        multipart(f, f"{a}/api/v4/shifts/face-check/photo", [
            ("selfie", "shift_selfie.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{FACE}")),
            ("meta", None, "application/json", {"shift": shift, "attempt": 1})],
            headers=_h(rng)),
        case(f, f"{a}/api/v4/shifts", headers=_h(rng), body={
            "shift": shift, "cab": CAB, "odometer": 118442, "lat": s0[0], "lng": s0[1],
            "ip": L(PUBLIC_IP, IPLOC), "mccmnc": L(MCCMNC, CARRIER),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "base": {"lat": BASE_AT[0], "lng": BASE_AT[1]}}),
        raw(f, f"{a}/api/v4/pings", ping, "application/x-protobuf", lab, headers=_h(rng)),
        lines(f, f"{a}/api/v4/pings/batch", trace(rng, 5, AT0, (40.7561, -73.9862)),
              headers=_h(rng)),
        case(f, f"{a}/api/v4/offers/ofr_2281/accept", fmt="form", headers=_h(rng), body={
            "shift": shift, "etaSec": "240", "lat": L("40.75501", PRECISE),
            "lng": L("-73.98598", PRECISE)}),
        case(f, f"{a}/api/v4/trips/{trip}/arrived", headers=_h(rng), body={
            "pickup": {"lat": PICKUP_AT[0], "lng": PICKUP_AT[1]},
            "passenger": "pax_77c1e", "passengerPhoneProxy": "+12125550100",
            "waitedSec": 95}),
        case(f, f"{a}/api/v4/trips/{trip}/complete", headers=_h(rng), body={
            "fare": "23.40", "tips": "4.00", "tolls": "0.00", "km": 5.8, "minutes": 19,
            "dropoff": {"lat": 40.72882, "lng": -74.00541}, "payment": "card_in_app"}),
        multipart(f, f"{a}/api/v4/incidents", [
            ("photo", "bumper.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("report", None, "application/json", {
                "trip": trip, "kind": "minor_collision", "lat": L(40.74512, PRECISE),
                "lng": L(-73.99108, PRECISE), "otherPlate": "KLT-2291",
                "text": L("Cyclist clipped my mirror at 23rd and 7th, nobody hurt", TEXT)})],
            headers=_h(rng)),
        case(f, f"{a}/api/v4/fuel", fmt="form", headers=_h(rng), body={
            "cab": CAB["medallion"], "liters": "38.2", "station": "Gas 24 W 23rd",
            "cost": "61.10", "fleetCard": "fleet_card_on_file"}),
        case(f, f"{a}/api/v4/breaks", headers=_h(rng), body={
            "shift": shift, "start": "2025-12-10T01:10:00Z", "kind": "meal",
            "lat": L(40.7417, PRECISE), "lng": L(-73.9897, PRECISE)}),
        case(f, f"{a}/api/v4/earnings", headers=_h(rng), query={
            "week": "2025-W50", "driver": L(DRV, UID)}),
        case(f, f"{a}/api/v4/payouts", fmt="form", headers=_h(rng), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "instant": "1",
            "amount": "412.80"}),
        case(f, f"{a}/api/v4/dispatch/messages", headers=_h(rng), body={
            "shift": shift, "text": L("Heading back to base, low tyre warning", TEXT),
            "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE)}),
        case(f, f"{a}/api/v4/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "mountMode": True, "battery": L(67, DEV), "charging": L(True, DEV)}),
        case(f, f"{a}/api/v4/telemetry", gz=True, headers=_h(rng), body={
            "driver": L(DRV, UID), "events": [
                ev("shift_start", 1), ev("offer_accept", 2, etaSec=240),
                ev("screen", 3, screen=L("TripActive", USAGE))]}),
        case(f, f"{a}/api/v4/shifts/{shift}/end", headers=_h(rng), body={
            "odometer": 118561, "trips": 14, "lat": L(40.742201, PRECISE),
            "lng": L(-73.987511, PRECISE), "faceRecheck": {"embedding": L(f32b64(vec[:128]),
                                                                           FACE),
                                                          "match": 0.958}}),
        case(f, f"{a}/api/v4/drivers/me/vehicle-inspection", fmt="form", headers=_h(rng),
             body={"medallion": CAB["medallion"], "plate": CAB["plate"], "vin": CAB["vin"],
                   "tyresOk": "1", "signedBy": L(f"{FIRST} {LAST}", NAMEC),
                   "driverNo": L(DRV, UID)}),
        case(f, f"{a}/api/v4/shifts/history", headers=_h(rng, None),
             cookies={"cbk_sess": L(opaque(rng, "", 40), CRED), "cbk_fleet": "flt_queens_2"}),
    ]


def cabrook_sdks() -> list[Case]:
    rng = random.Random(5462)
    return [
        qm_batch(APP, rng, [("Shift Started", {"fleet": "flt_queens_2"}),
                            ("Trip Completed", {"km": 5.8})], at=AT0, nd=4),
        qm_queue(APP, rng, [("Offer Shown", {"eta": 240}), ("Offer Accepted", {})]),
        tb_open(APP, rng, user=True, opens=212),
        cq_crash(APP, rng, ("java.lang.SecurityException", "camera in use"),
                 [cq_crumb("nav", "Home -> FaceCheck"), cq_crumb("tap", "start_shift")],
                 screen="FaceCheckActivity"),
        sh_flags(APP, rng, {"fleet": "flt_queens_2", "faceCheck": True}),
        pw_register(APP, rng, tags={"fleet": "flt_queens_2", "driver": L(DRV, UID)},
                    at=AT0, nd=3),
        cv_payout(APP, rng, {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}),
        rm_route(APP, rng, [(AT0, PRECISE), (PICKUP_AT, None), ((40.72882, -74.00541), None)]),
        rm_telemetry(APP, rng, [(40.744902, -73.986114), (40.7501, -73.98712)], PRECISE),
    ]
