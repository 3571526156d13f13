"""Car-insurance app "Roadvigil" with a dashcam and crash detection: a quote that signs her up
(address, licence, the car), a log-in, an SMS code, ``/me``, the policy bound, her licence
photographed, the car, a trip's start, a protobuf telemetry frame and a gzip trace, the trip's end,
a crash detected with its accelerometer window, the dashcam clip, a claim with the other driver
and a damage photo, a tow, a second driver, the score, the home-Wi-Fi upload check, fraud
signals, push, events and the ID card by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import DASHED, E164, JPEG, MCCMNC, MP4, multipart, push_token
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    ADDR,
    BIRTH,
    BUY,
    CAR,
    CARRIER,
    CLAIM,
    COARSE,
    CRASH_AT,
    CRED,
    DEV,
    DID,
    GARAGE,
    GENDER,
    IPLOC,
    LICENCE,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    OTHER,
    PARTNER,
    PAY,
    POLICY,
    PRECISE,
    TEL,
    TEXT,
    TRIP_END,
    UID,
    USAGE,
    WIFI,
    accel,
    fix,
    obj,
    trace,
)
from eval_families72_sdk import (
    gp_crash,
    gp_crumb,
    gp_session,
    lb_event,
    lb_open,
    tf_batch,
    tf_identify,
)
from eval_families72_svc import cm_message, mc_reverse, mc_route, pw_card
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("roadvigil", "Roadvigil", "com.example.roadvigil", "6.3.0",
          "https://api.roadvigil.example.com")
IID = "X-RV-Install"
PWD = "Brake-Light-2291"
START = (40.741806, -73.989422)  # her car outside home
DASHCAM_IP = "192.168.1.57"  # the dashcam on the home network (another device: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def roadvigil() -> list[Case]:
    rng = random.Random(7251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    trip, crash = obj(rng, "trp"), obj(rng, "crs")
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), policy=L(POLICY, UID)))}
    sla, slo = fix(START, 5)
    ela, elo = fix(TRIP_END)
    cla, clo = fix(CRASH_AT)
    lab: dict[str, str] = {}
    frame = pb([(1, trip), (2, L(POLICY, UID)),
                (3, [(1, L(40.743912, PRECISE)), (2, L(-73.991507, PRECISE))]),
                (4, 38), (5, 271), (6, 1765312140)], "", lab)
    return [
        case(f, f"{a}/v1/quotes", headers=_h(rng), body={
            "driver": {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                       "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
                       "licence": L(LICENCE, NATID), "licenceState": L(STATE, COARSE),
                       "yearsLicensed": 14},
            "contact": {"email": L(EMAIL, MAIL), "phone": L(DASHED, TEL)},
            "garaging": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                         "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                         "zip": L(ZIP, COARSE)},
            "vehicle": {"vin": CAR["vin"], "year": CAR["year"], "make": CAR["make"],
                        "model": CAR["model"], "annualMiles": 7500},
            "password": L(PWD, CRED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PWD, CRED), "device": "android"}),
        case(f, f"{a}/v1/auth/otp", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("305118", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/policies/bind", headers=_h(rng, **b), body={
            "quoteId": obj(rng, "qt"), "policyNumber": L(POLICY, UID),
            "premiumMonthly": L("138.20", BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "cardLast4": L("4444", PAY), "startDate": "2025-12-10"}),
        multipart(f, f"{a}/v1/verification/licence", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"licence": L(LICENCE, NATID),
                                                "expires": "2031-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "vin": CAR["vin"], "plate": CAR["plate"], "plateState": "NY",
            "odometer": 41230, "dashcam": {"serial": "RVC-2-0081734", "fw": "3.0.4"}}),
        case(f, f"{a}/v1/trips/start", headers=_h(rng, **b), body={
            "tripId": trip, "lat": sla, "lon": slo, "startedAt": 1765312000,
            "bluetoothCar": "Honda HFT"}),
        raw(f, f"{a}/v1/telemetry", frame, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/points", gz=True, headers=_h(rng, **b), body={
            "points": trace(rng, 5, START, CRASH_AT), "policy": L(POLICY, UID)}),
        case(f, f"{a}/v1/trips/{trip}/end", headers=_h(rng, **b), body={
            "lat": ela, "lon": elo, "distanceKm": 3.9, "score": 71, "harshBrakes": 2,
            "maxKmh": 52}),
        case(f, f"{a}/v1/crash", headers=_h(rng, **b), body={
            "crashId": crash, "tripId": trip, "lat": cla, "lon": clo, "peakG": 6.6,
            "speedBeforeKmh": 24, "window": L(accel(rng, 40, spike=20), MOTION),
            "autoCall": True, "confirmedByUser": True}),
        multipart(f, f"{a}/v1/crash/{crash}/clip", [
            ("clip", "crash.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"crashId": crash, "durationSec": 20,
                                                 "camera": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "claimNumber": CLAIM, "crashId": crash,
            "description": L("Rear-ended at the light on 7th Ave, the other car did not stop "
                             "in time", TEXT),
            "injuries": L("whiplash, neck pain", MED),
            "otherDriver": {"name": L(OTHER[0], NAMEC), "phone": L(OTHER[1], TEL),
                            "plate": OTHER[2], "insurer": OTHER[3], "policy": OTHER[4]}}),
        multipart(f, f"{a}/v1/claims/{CLAIM}/photos", [
            ("photo", "bumper.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"claim": CLAIM, "part": "rear bumper"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/claims/{CLAIM}/tow", fmt="form", headers=_h(rng, **b), body={
            "pickupLat": L(f"{CRASH_AT[0]:.4f}", PRECISE),
            "pickupLon": L(f"{CRASH_AT[1]:.4f}", PRECISE), "shop": GARAGE["name"],
            "shopPhone": GARAGE["phone"], "callback": L(E164, TEL)}),
        at_path(case(f, f"{a}/v1/policies/{POLICY}/drivers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "dob": L("1989-02-11", BIRTH),
            "licence": L("778 341 026", NATID), "relation": "spouse"}), POLICY, UID),
        case(f, f"{a}/v1/score", headers=_h(rng, **b), query={"period": "week"}),
        case(f, f"{a}/v1/dashcam/offload", headers=_h(rng, **b), body={
            "onlyOn": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "dashcamIp": DASHCAM_IP, "phoneIp": L(LOCAL_IP, DEV), "pending": 3}),
        case(f, f"{a}/v1/fraud/signals", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "simCountry": L("US", CARRIER),
            "networkCountry": L("US", CARRIER), "vpn": L(False, DEV), "rooted": L(False, DEV),
            "timezone": L("America/New_York", DEV), "requestId": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "androidId": L(ANDROID_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("trip_ended", 1, km=3.9), ev("crash_confirmed", 2),
                ev("screen", 3, screen=L("ClaimWizard", USAGE))]}),
        case(f, f"{a}/v1/documents/id-card", headers=_h(rng, how="none"),
             query={"format": "pdf"},
             cookies={"rv_session": L(opaque(rng, "", 44), CRED),
                      "rv_install": L(INSTALL_ID, DID)}),
    ]


def roadvigil_sdks() -> list[Case]:
    rng = random.Random(7252)
    return [
        tf_batch(APP, rng, [("Trip Ended", {"km": 3.9, "score": 71}),
                            ("Crash Confirmed", {"auto_call": True})], at=TRIP_END, nd=2,
                 ip=True),
        tf_identify(APP, rng, {"state": L(STATE, COARSE), "policy": L(POLICY, UID),
                               "car": "Honda Accord 2020"}),
        lb_open(APP, rng, user=True, n=9),
        lb_event(APP, rng, "policy_bound", {"policy": L(POLICY, UID)}, revenue=138.2,
                 hashed=True),
        gp_crash(APP, rng, ("java.io.IOException", "dashcam socket reset"),
                 [gp_crumb("nav", "Home -> Dashcam"),
                  gp_crumb("net", "GET", {"url": f"http://{DASHCAM_IP}/clips", "status": 0})],
                 screen="DashcamActivity"),
        gp_session(APP, rng),
        pw_card(APP, rng),
        mc_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((GARAGE["lat"], GARAGE["lon"]), None)], profile="driving"),
        mc_reverse(APP, rng, CRASH_AT, PRECISE, nd=5),
        cm_message(APP, rng, L(f"How long does claim {CLAIM} take? My neck still hurts",
                               f"{TEXT}|{MED}"), {"policy": L(POLICY, UID)}),
    ]
