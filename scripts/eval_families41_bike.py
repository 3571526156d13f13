"""Smart bike computer and indoor trainer app "Cadenzo": sign-up with her body and FTP, a log-in,
``/me``, heart-rate and power zones, pairing a power meter, a trainer and the head unit, a ride's
FIT file (multipart), its summary, track (msgpack) and power, cadence and heart-rate streams
(gzip), an indoor session (protobuf), live tracking shared with her partner and its beacon, a
crash alert with an IMU window, a planned route from home, a segment leaderboard, a club, a
training goal, the weather at her position, a comment, a firmware check, a Play subscription,
push, events and the ride list by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MOTION,
    NAMEC,
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
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families41_kit import (
    CLUB_MEET,
    FTP,
    HEAD_UNIT,
    MAXHR,
    PARK_LOOP,
    POWER_METER,
    TRAINER,
    WEIGHT,
    cadence,
    home,
    hr,
    obj,
    path,
    watts,
)
from eval_families41_sdk import (
    bm_batch,
    bm_pixel,
    bq_bid,
    rr_event,
    rr_session,
    sf_crash,
    sf_crumb,
)
from eval_families41_svc import cl_route, cl_search, pp_register, sg_flags
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("cadenzo", "Cadenzo", "com.example.cadenzo", "9.3.0", "https://api.cadenzo.example.com")
IID = "X-Cadenzo-Install"
PW = "Climb-Bear-Mtn-9"
FITF = b".FIT\x0e\x10\x43\x08" + bytes(range(40))  # a FIT activity file's header and records
HOME: tuple[float, float] = (LAT, LON)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def cadenzo() -> list[Case]:
    rng = random.Random(4131)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), athlete=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    pw, cd, hb = watts(rng, 60), cadence(rng, 60), hr(rng, 60)
    lab: dict[str, str] = {}
    indoor = pb([(1, L(USER_ID, UID)), (2, obj(rng, "wo", 8)),
                 (3, [(1, L(204, FIT)), (2, L(91, FIT)), (3, L(151, FIT)), (4, L(3600, FIT))]),
                 (4, L(struct.pack("<30H", *pw[:30]), FIT)), (5, TRAINER["serial"])], "", lab)
    ride_id = obj(rng, "rd", 10)
    return [
        case(f, f"{a}/v2/athletes", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "birthYear": L(1991, BIRTH), "gender": L("F", GENDER),
            "weightKg": L(WEIGHT, FIT), "heightCm": L(168, FIT), "ftp": L(FTP, FIT),
            "maxHr": L(MAXHR, FIT), "units": "metric"}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/zones", headers=_h(rng, **b), body={
            "hr": L([112, 130, 148, 165, 186], FIT), "power": L([117, 159, 191, 223, 254], FIT),
            "restingHr": L(54, FIT)}),
        case(f, f"{a}/v2/sensors", headers=_h(rng, **b), body={"sensors": [
            {"type": "power", "serial": POWER_METER["serial"], "antId": POWER_METER["ant"],
             "ble": POWER_METER["ble"], "fw": POWER_METER["fw"]},
            {"type": "trainer", "serial": TRAINER["serial"], "ble": TRAINER["ble"],
             "model": TRAINER["model"]}], "phone": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v2/uploads", [
            ("file", "2025-07-05-0712.fit", "application/octet-stream",
             L(FITF, f"{FIT}|{PRECISE}")),
            ("meta", None, "application/json", {
                "name": L("Saturday loop with Alex", f"{TEXT}|{NAMEC}"), "private": False,
                "headUnit": HEAD_UNIT["serial"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/rides/{ride_id}/summary", headers=_h(rng, **b), body={
            "distanceKm": L(42.7, FIT), "movingS": L(5810, FIT), "avgPower": L(176, FIT),
            "np": L(188, FIT), "tss": L(79, FIT), "avgHr": L(146, FIT), "maxHr": L(178, FIT),
            "kcal": L(1021, FIT), "elevM": L(388, FIT), "start": {"lat": hla, "lon": hlo},
            "weather": {"tempC": 24, "windKph": 11}}),
        case(f, f"{a}/v2/rides/{ride_id}/track", fmt="msgpack", headers=_h(rng, **b),
             body={"points": path(rng, 8, HOME, PARK_LOOP), "source": "gps"}),
        case(f, f"{a}/v2/rides/{ride_id}/streams", gz=True, headers=_h(rng, **b), body={
            "hz": 1, "watts": L(pw, FIT), "cadence": L(cd, FIT), "heartrate": L(hb, FIT),
            "powerMeter": POWER_METER["serial"]}),
        raw(f, f"{a}/v2/indoor", indoor, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/live/sessions", headers=_h(rng, **b), body={
            "watchers": [{"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}],
            "position": {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE)},
            "battery": L(81, DEV), "expiresIn": 14400}),
        case(f, f"{a}/v2/live/beacon", headers=_h(rng, **b), query={
            "ll": L(f"{PARK_LOOP[0]:.5f},{PARK_LOOP[1]:.5f}", PRECISE), "kph": "27.4",
            "hr": L("151", FIT), "sess": obj(rng, "lv", 8)}),
        case(f, f"{a}/v2/incidents", headers=_h(rng, **b), body={
            "kind": "crash", "peakG": 7.9, "imu": L(imu(rng, 16), MOTION),
            "lat": L(round(PARK_LOOP[0] + 0.0012, 6), PRECISE),
            "lon": L(round(PARK_LOOP[1] - 0.0009, 6), PRECISE),
            "notify": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "cancelled": False}),
        case(f, f"{a}/v2/routes", headers=_h(rng, **b), body={
            "title": L("Home to Nyack coffee", TEXT), "profile": "road",
            "waypoints": [{"lat": hla, "lon": hlo}, {"lat": 41.09065, "lon": -73.91791}],
            "avoidHighways": True}),
        case(f, f"{a}/v2/segments/{obj(rng, 'sg', 6)}/leaderboard", headers=_h(rng, **b),
             query={"filter": "women", "age": L("30-34", BIRTH), "weight": L("55-64", FIT)}),
        case(f, f"{a}/v2/clubs/{obj(rng, 'cl', 6)}/join", headers=_h(rng, **b), body={
            "meet": {"lat": CLUB_MEET[0], "lon": CLUB_MEET[1]}, "ride": "sat-7am",
            "message": L("Hi! I average 28 km/h on the flats", TEXT)}),
        case(f, f"{a}/v2/plans", headers=_h(rng, **b), body={
            "goal": L("Finish the Catskills Gran Fondo in September", TEXT),
            "hoursPerWeek": 7, "days": ["tue", "thu", "sat", "sun"], "ftp": L(FTP, FIT)}),
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "hours": "6"}),
        case(f, f"{a}/v2/rides/{obj(rng, 'rd', 10)}/comments", fmt="form",
             headers=_h(rng, **b), body={"text": L("Great pull on the climb!", TEXT)}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("cadenzo_pro_annual", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3382-1904-5521-77310", BUY), "price": L("79.99", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "athleteId": L(USER_ID, UID), "events": [
                ev("ride_saved", 1, km=42.7), ev("sensor_paired", 2),
                ev("screen", 3, screen=L("LiveTrack", USAGE))]}),
        case(f, f"{a}/v2/rides", headers=_h(rng, how="nodash"),
             query={"page": "1", "per": "20"},
             cookies={"cz_sid": L(opaque(rng, "", 40), CRED), "cz_trace": rid(rng)}),
    ]


def cadenzo_sdks() -> list[Case]:
    rng = random.Random(4132)
    return [
        bm_batch(APP, rng, [("Ride Saved", {"km": L(42.7, FIT), "avgPower": L(176, FIT)}),
                            ("Screen Viewed", {"screen": L("Zones", USAGE)})],
                 at=HOME, nd=2),
        bm_pixel(APP, rng, "Onboarding Step", {"step": 3, "sensor": "power"}),
        rr_session(APP, rng, user=True, n=41),
        rr_event(APP, rng, "cz8p0q", {"plan": "pro_annual"}, revenue=79.99, hashed=True),
        bq_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=HOME, nd=3,
               yob=1991, gender="F", keywords="cycling,road bike,gran fondo"),
        sf_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [sf_crumb("nav", "Ride -> Sensors"),
                  sf_crumb("log", "connect", {"serial": POWER_METER["serial"]})],
                 screen="SensorsActivity"),
        sg_flags(APP, rng, {"beta": True, "liveTrack": True}, get=True),
        pp_register(APP, rng, at=HOME, nd=2, tags={"club": "member"}),
        cl_route(APP, rng, [(HOME, PRECISE), (PARK_LOOP, PRECISE), (CLUB_MEET, None)]),
        cl_search(APP, rng, "bike shop open now", "behavior.search", near=HOME, nd=3),
    ]
