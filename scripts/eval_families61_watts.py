"""Cycling power meter and training app "Wattcrank": sign-up, a log-in, ``/me``, her training
profile (FTP, heart rates, weight, zones), pairing the meter and calibrating it (an accessory),
a ride's FIT upload, a live protobuf sample, laps, streams (gzip), a segment's leaderboard and
her effort, a pro's power curve beside hers, a planned workout, an indoor session (msgpack), a
route from home, a club, her bike, live tracking shared with a friend, push, events, a Play
subscription and the feed by a cookie GET."""

from __future__ import annotations

import gzip
import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import track
from eval_families24_kit import claims, head
from eval_families61_kit import (
    FTP,
    MAX_HR,
    METER,
    PRO,
    SEGMENT,
    WEIGHT_KG,
    board,
    fix,
    hr,
    obj,
    path,
    watts,
)
from eval_families61_sdk import (
    cm_crumb,
    cm_report,
    im_event,
    im_session,
    ob_bid,
    ob_notice,
    tf_batch,
)
from eval_families61_svc import fw_eval, mp_route, mp_telemetry, pf_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

FIT = "health.fitness"
APP = App("wattcrank", "Wattcrank", "com.example.wattcrank", "6.3.0",
          "https://api.wattcrank.example.com")
IID = "X-WC-Device"
PW = "Cadence!Hill72"
HANDLE = "janespins"  # her public handle (id.user)
RIVER = (40.85402, -73.96211)  # a turn on her ride (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def wattcrank() -> list[Case]:
    rng = random.Random(6131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email=L(EMAIL, MAIL)))}
    act = obj(rng, "act", 12)
    lab: dict[str, str] = {}
    sample = pb([(1, L(USER_ID, UID)), (2, act), (3, [(1, L(40.850174, PRECISE)),
                                                      (2, L(-73.963802, PRECISE))]),
                 (4, L(246, FIT)), (5, L(158, FIT)), (6, L(88, FIT)), (7, METER["battery"]),
                 (8, METER["ant"])], "", lab)
    fitfile = gzip.compress(b".FIT" + bytes(range(64)) * 3)
    streams_ll = L([[p["lat"].value, p["lng"].value] for p in path(rng, 5, (LAT, LON), RIVER)],
                   PRECISE)  # a stream: one series, labelled once
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "birthday": L(DOB, BIRTH),
            "sex": L("F", GENDER), "weightKg": L(WEIGHT_KG, FIT), "heightCm": L(168, FIT)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(HANDLE, UID), "password": L(PW, CRED),
            "client_id": "wc-android"}),
        case(f, f"{a}/v1/athlete/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/athlete/profile", headers=_h(rng, **b), body={
            "ftp": L(FTP, FIT), "maxHr": L(MAX_HR, FIT), "restingHr": L(52, FIT),
            "weightKg": L(WEIGHT_KG, FIT), "zones": {
                "power": [L(z, FIT) for z in (127, 173, 208, 243, 277, 347)],
                "hr": [L(z, FIT) for z in (112, 131, 149, 167, 186)]}}),
        case(f, f"{a}/v1/sensors/pair", headers=_h(rng, **b), body={
            "serial": METER["serial"], "antId": METER["ant"], "ble": METER["ble"],
            "firmware": METER["fw"], "crankLengthMm": METER["crankMm"],
            "battery": METER["battery"], "phoneModel": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/sensors/{METER['serial']}/calibration", fmt="form",
             headers=_h(rng, **b), body={"zeroOffset": "512", "tempC": "11.5",
                                         "crankLengthMm": "172.5", "result": "ok"}),
        multipart(f, f"{a}/v1/uploads", [
            ("file", "ride.fit.gz", "application/gzip", L(fitfile, f"{FIT}|{PRECISE}")),
            ("meta", None, "application/json", {
                "name": L("Sunday River Road hills, legs gone", TEXT), "type": "ride",
                "gear": "bk_2204", "private": False, "externalId": obj(rng, "up")})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/live/{act}", sample, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/activities/{act}/laps", headers=_h(rng, **b), body={"laps": L([
            {"n": i + 1, "secs": 480, "avgW": 228 + 6 * i, "np": 236 + 5 * i, "avgHr": 158 + 3 * i}
            for i in range(4)], FIT), "activity": act}),
        case(f, f"{a}/v1/activities/{act}/streams", gz=True, headers=_h(rng, **b), body={
            "watts": L(watts(rng, 30), FIT), "heartrate": L(hr(rng, 30), FIT),
            "cadence": L([86 + (i % 5) for i in range(30)], FIT), "latlng": streams_ll,
            "resolution": "1s"}),
        case(f, f"{a}/v1/segments/{SEGMENT['id']}/leaderboard", headers=_h(rng, **b),
             query={"filter": "overall", "page": "1", "perPage": "6"}),
        case(f, f"{a}/v1/segments/{SEGMENT['id']}/efforts", headers=_h(rng, **b), body={
            "activity": act, "elapsedSecs": L(352, FIT), "avgW": L(251, FIT),
            "avgHr": L(171, FIT), "rank": 14, "start": list(SEGMENT["start"]),
            "end": list(SEGMENT["end"]), "leaders": board(rng, 5)}),
        case(f, f"{a}/v1/power-curve/compare", headers=_h(rng, **b), body={
            "durations": [5, 60, 300, 1200, 3600, 7200, 14400],
            "me": [L(w, FIT) for w in (742, 398, 281, 244, 226, 201, 184)],
            "pro": {"name": PRO[0], "watts": PRO[1]}}),
        case(f, f"{a}/v1/workouts", headers=_h(rng, **b), body={
            "name": "4x8 threshold", "steps": L([{"pctFtp": 95, "secs": 480},
                                                {"pctFtp": 55, "secs": 240}] * 4, FIT),
            "scheduledFor": "2025-12-11"}),
        case(f, f"{a}/v1/trainer/sessions", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ergTargetW": 220, "watts": L(watts(rng, 20, 215), FIT),
            "cadence": L([90 + (i % 3) for i in range(20)], FIT),
            "trainer": {"model": "SmartRoller 2", "serial": "SR2-55120881"}}),
        case(f, f"{a}/v1/routes", headers=_h(rng, **b), body={
            "name": "GWB loop", "waypoints": [
                {"lat": L(round(LAT, 5), PRECISE), "lng": L(round(LON, 5), PRECISE),
                 "kind": "start"},
                {"lat": SEGMENT["start"][0], "lng": SEGMENT["start"][1], "kind": "segment"},
                {"lat": SEGMENT["end"][0], "lng": SEGMENT["end"][1], "kind": "segment"}]}),
        case(f, f"{a}/v1/clubs/club_7712/join", fmt="form", headers=_h(rng, **b), body={
            "message": L("Hi! I ride Sundays from Midtown, around 28 km/h", TEXT)}),
        case(f, f"{a}/v1/gear", headers=_h(rng, **b), body={
            "type": "road", "brand": "Velotrue", "frameSerial": "WTU911G0428R",
            "weightKg": 7.9, "crankLengthMm": METER["crankMm"], "purchased": "2024-03"}),
        case(f, f"{a}/v1/safety/live", headers=_h(rng, **b), body={
            "contact": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)},
            "at": dict(zip(("lat", "lng"), fix(RIVER, 5), strict=True)),
            "phoneBattery": L(61, DEV), "eta": "2025-12-09T14:40:00-05:00"}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, how="upper", **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ride_uploaded", 1), ev("segment_pr", 2, segment=SEGMENT["id"]),
                ev("screen", 3, screen=L("PowerCurve", USAGE))]}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "sku": L("wattcrank_pro_monthly", BUY), "orderId": L("GPA.3340-2281-0047-12290", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="none"),
             cookies={"wc_sess": L(opaque(rng, "", 40), CRED), "wc_dev": L(INSTALL_ID, DID)}),
    ]


def wattcrank_sdks() -> list[Case]:
    rng = random.Random(6132)
    return [
        tf_batch(APP, rng, [("Ride Uploaded", {"np": L(236, FIT), "km": L(61.4, FIT)}),
                            ("Power Curve Viewed", {"compare": "pro"})],
                 at=(LAT, LON), nd=3),
        im_session(APP, rng, first=True),
        im_event(APP, rng, "subscription_started", {"plan": "pro"}, revenue=9.99, hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=2, yob=1991,
               gender="F", keywords="cycling,power meter,training"),
        ob_notice(APP, rng, "imp"),
        cm_report(APP, rng, ("java.lang.IllegalArgumentException", "ANT+ channel closed"),
                  [cm_crumb("navigation", "Ride -> Sensors"),
                   cm_crumb("log", "meter", {"serial": METER["serial"], "battery": 64})],
                  screen="SensorsActivity"),
        fw_eval(APP, rng, {"meter": "wc-pm2", "ftp": L(FTP, FIT)}),
        pf_register(APP, rng, tags={"club": "club_7712"}, at=(LAT, LON), nd=2),
        mp_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE), (SEGMENT["start"], None),
                            (SEGMENT["end"], None)]),
        mp_telemetry(APP, rng, [(p["lat"].value, p["lon"].value)
                                for p in track(rng, 2, RIVER)], PRECISE),
    ]
