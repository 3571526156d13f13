"""Car-insurance telematics app "Steerwise": a quote (driver, licence, VIN and plate), binding the
policy, a second driver, the windscreen tag's pairing, trips (msgpack, and a GPS trace as
protobuf), a hard-braking event and a crash detection with accelerometer and gyroscope windows,
phone handling while driving, a claim with photos and the other driver's details, a body shop,
roadside help, the ID card, a premium payment and an odometer photo."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    DIGITS,
    E164,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head, rid
from eval_families29_kit import (
    BODYSHOP,
    BODYSHOP_AT,
    BRAKE_FIX,
    CAR,
    CLAIM_NO,
    CLAIMS_PHONE,
    CRASH_FIX,
    DRIVE_START,
    OTHER_DRIVER,
    PARTNER_DOB,
    PLATE,
    PLATE_STATE,
    POLICY,
    TAG,
    VIN,
    drive,
    obj,
)
from eval_families29_sdk import (
    ab_event,
    ab_launch,
    gp_crash,
    gp_crumb,
    tf_batch,
    tf_queue,
)
from eval_families29_svc import ak_route, ak_telemetry, ow_save, pbk_bank, rp_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("steerwise", "Steerwise", "com.example.steerwise", "4.12.0",
          "https://api.steerwise.example.com")
IID = "X-Steerwise-Device"
TRIP = "trp_80c2e51f"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _trace(rng: random.Random) -> Case:
    """A trip's GPS trace as schema-less protobuf: the trip (a negative), the VIN, then
    repeated fixes ``2[i]`` (lat/lon ``location.precise``; time and speed not)."""
    pts = drive(random.Random(2949), 4)
    rows = [(2, [(1, p["t"] // 1000), (2, p["lat"]), (3, p["lon"]), (4, p["spd"])])
            for p in pts]
    data = pb([(1, TRIP), (3, VIN), *rows, (4, 4)], "", {})
    lab = {"3": HW}
    for i in range(len(pts)):
        lab.update({f"2[{i}].2": PRECISE, f"2[{i}].3": PRECISE})
    return raw(APP.fam, f"{APP.api}/v1/trips/{TRIP}/trace", data, "application/x-protobuf",
               lab, headers=_h(rng, auth="bearer"))


def steerwise() -> list[Case]:
    rng = random.Random(2941)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), policy=L(POLICY, UID)))}
    b = {"auth": "bearer"}
    vehicle = {"vin": L(VIN, HW), "plate": L(PLATE, HW), "plate_state": L(PLATE_STATE, COARSE),
               **CAR, "annual_miles": 7500, "garaging_zip": L(ZIP, COARSE)}
    cases = [
        case(f, f"{a}/v1/quotes", headers=_h(rng), body={
            "driver": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                       "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
                       "marital_status": "single",
                       "licence": {"number": L(LICENCE, NATID), "state": L("NY", COARSE),
                                   "years_licensed": 14}},
            "vehicle": vehicle, "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "prior_claims": 0}),
        case(f, f"{a}/v1/policies", headers=_h(rng), body={
            "quote_id": obj(rng, "qt"), "email": L(EMAIL, MAIL),
            "password": L("Overpass!Grey22", CRED), "premium_6mo": L("612.40", BUY),
            "start": "2025-12-15", "telematics_consent": True}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Overpass!Grey22", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/policies/{POLICY}/drivers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "dob": L(PARTNER_DOB, BIRTH),
            "licence": {"number": L("318220947", NATID), "state": L("NY", COARSE)},
            "relationship": "partner"}),
        case(f, f"{a}/v1/tags/pair", headers=_h(rng, **b), body={
            "tag_serial": TAG["serial"], "tag_ble": TAG["ble"], "tag_fw": TAG["fw"],
            "vin": L(VIN, HW), "battery_pct": 96}),
        case(f, f"{a}/v1/trips", fmt="msgpack", headers=_h(rng, **b), body={
            "trip_id": TRIP, "uid": L(USER_ID, UID), "tag": TAG["serial"],
            "start": {"lat": L(DRIVE_START[0], PRECISE), "lon": L(DRIVE_START[1], PRECISE)},
            "points": drive(rng, 6), "distance_km": 6.8, "duration_s": 1260,
            "night": False}),
        _trace(rng),
        case(f, f"{a}/v1/trips/{TRIP}/events", headers=_h(rng, **b), body={
            "type": "hard_brake", "at": {"lat": L(BRAKE_FIX[0], PRECISE),
                                         "lon": L(BRAKE_FIX[1], PRECISE)},
            "speed_kmh_before": 52, "decel_g": 0.47,
            "imu": L(imu(rng, 40, dt=10), MOTION), "event_id": rid(rng)}),
        case(f, f"{a}/v1/trips/{TRIP}/distraction", headers=_h(rng, **b), body={
            "handling_s": L(74, USAGE), "unlocks": L(3, USAGE), "calls_handsfree": 1,
            "speed_while_handling_kmh": 31}),
        case(f, f"{a}/v1/crash-detection", gz=True, headers=_h(rng, **b), body={
            "trip_id": TRIP, "peak_g": 3.9,
            "window": L(imu(rng, 60, dt=10, scale=9.0), MOTION),
            "at": {"lat": L(CRASH_FIX[0], PRECISE), "lon": L(CRASH_FIX[1], PRECISE)},
            "user_response": "im_ok", "auto_call": False}),
        multipart(f, f"{a}/v1/claims", [
            ("photo1", "rear_bumper.jpg", "image/jpeg", L(JPEG + b"\x01", MEDIA)),
            ("photo2", "other_car.jpg", "image/jpeg", L(JPEG + b"\x02", MEDIA)),
            ("claim", None, "application/json", {
                "policy": L(POLICY, UID), "claim_ref": CLAIM_NO, "date": "2025-12-09",
                "location": {"lat": L(CRASH_FIX[0], PRECISE), "lon": L(CRASH_FIX[1], PRECISE)},
                "description": L("Stopped at the light on 9th Ave, he backed into my front "
                                 "bumper", TEXT),
                "injuries": L("Sore neck, went to urgent care", f"{TEXT}|{MED}"),
                "other_driver": {"name": L(OTHER_DRIVER[0], NAMEC),
                                 "phone": L(OTHER_DRIVER[1], TEL),
                                 "plate": L(OTHER_DRIVER[2], HW), "insurer": "Granite Mutual"},
                "police_report": "NYPD-2025-118204"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/claims/{CLAIM_NO}/shop", headers=_h(rng, **b), body={
            "shop": {"name": BODYSHOP["name"], "phone": BODYSHOP["phone"],
                     "line1": BODYSHOP["line"], "lat": BODYSHOP_AT[0], "lon": BODYSHOP_AT[1]},
            "rental_needed": True, "pickup_phone": L(DIGITS, TEL),
            "claims_line": CLAIMS_PHONE}),
        case(f, f"{a}/v1/roadside", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{CRASH_FIX[0] + 0.0081:.5f}", PRECISE),
            "lon": L(f"{CRASH_FIX[1] - 0.0123:.5f}", PRECISE), "service": "flat_tire",
            "plate": L(PLATE, HW), "callback": L(NATIONAL, TEL),
            "note": L("Rear left tyre, I'm parked by the hydrant", TEXT)}),
        at_path(case(f, f"{a}/v1/policies/{POLICY}/id-card", headers=_h(rng, **b),
                     query={"format": "pdf"}), POLICY, UID),
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "policy": L(POLICY, UID), "amount": L("102.07", BUY),
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY), "autopay": True}),
        multipart(f, f"{a}/v1/odometer", [
            ("photo", "odometer.jpg", "image/jpeg", L(JPEG + b"\x03", MEDIA)),
            ("meta", None, "application/json", {"vin": L(VIN, HW), "reading_mi": 18244,
                                                "ocr_confidence": 0.93})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friend_name": L(PEOPLE[4][0], NAMEC), "friend_email": L(PEOPLE[4][2], MAIL),
            "code": "STEER-JD25"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "motion_permission": "always", "battery_optimisation": False}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("trip_reviewed", 1, trip=TRIP), ev("claim_started", 2),
                ev("screen_view", 3, screen=L("DrivingScore", USAGE))]}),
        case(f, f"{a}/v1/trips", query={"week": "2025-W50"}, headers=_h(rng, how="none"),
             cookies={"sw_sess": L(opaque(rng, "", 56), CRED), "sw_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def steerwise_sdks() -> list[Case]:
    rng = random.Random(2942)
    fixes = [(p["lat"].value, p["lon"].value) for p in drive(random.Random(2943), 3)]
    return [
        tf_batch(APP, rng, [("Trip Completed", {"km": 6.8, "score": 82}),
                            ("Claim Started", {"type": "collision"})], nd=3),
        tf_queue(APP, rng, [("Trip Detected", {"source": "tag"}),
                            ("Screen Viewed", {"name": L("Trips", USAGE)})]),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "policy_bound", {"term": "6mo"}, revenue=612.4, hashed=True),
        gp_crash(APP, rng, ("android.bluetooth.BluetoothException", "tag disconnected"),
                 [gp_crumb("log", "tag link lost"), gp_crumb("navigation", "Trips -> Trip")],
                 tags={"tag_fw": TAG["fw"]}, screen="TripDetailActivity"),
        sb_eval(APP, rng, {"state": L("NY", COARSE), "hasTag": True}),
        rp_register(APP, rng, nd=2, tags={"state": L("NY", COARSE)}),
        ow_save(APP, rng, {"analytics": True, "advertising": False, "telematics": True},
                receipt=True),
        pbk_bank(APP, rng),
        ak_route(APP, rng, DRIVE_START, PRECISE, BODYSHOP_AT, None),
        ak_telemetry(APP, rng, fixes, PRECISE),
    ]
