"""Smart motorcycle helmet "Visorlink" with crash detection and a rider intercom (snake_case API):
sign-up, a log-in, ``/riders/me``, pairing the helmet, her medical card and emergency contacts,
her motorcycle, a ride started from home, its track (msgpack) and a live protobuf fix, a crash
alarm (her fix and the helmet's IMU window) cancelled as a false alarm, a test SOS, the intercom
(joining a group, a push-to-talk clip), a voice command, a helmet-camera clip, a planned route,
the firmware check and helmet diagnostics (negatives), a subscription, push, events and the ride
list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, others
from eval_families62_kit import BEAR_MTN, CRASH_FIX, HELMET, INTERCOM, MOTO, fix, home, obj, ride
from eval_families62_sdk import (
    as_attribution,
    as_session,
    bc_bid,
    bc_notice,
    ck_crash,
    ck_crumb,
    mq_batch,
    mq_identify,
)
from eval_families62_svc import fh_eval, mc_route, mc_telemetry, px_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("visorlink", "Visorlink", "com.example.visorlink", "4.6.0",
          "https://api.visorlink.example.com")
IID = "X-VL-Phone"
PW = "Throttle&Lean42"
HANDLE = "janerides"  # her intercom handle (id.user)
RIDERS = others(random.Random(6230), 3, "vl_")  # the group's other riders (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def visorlink() -> list[Case]:
    rng = random.Random(6231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rider=L(HANDLE, UID), name=L(f"{FIRST} {LAST}", NAMEC)))}
    rid_ = obj(rng, "ride", 10)
    hla, hlo = home(5)
    cla, clo = fix(CRASH_FIX, 6)
    lab: dict[str, str] = {}
    live = pb([(1, L(USER_ID, UID)), (2, rid_),
               (3, [(1, L(40.912384, PRECISE)), (2, L(-73.950118, PRECISE))]),
               (4, 71.5), (5, 12), (6, HELMET["battery"])], "", lab)
    window = imu(rng, 40)
    return [
        case(f, f"{a}/v1/riders", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birth_date": L(DOB, BIRTH),
            "handle": L(HANDLE, UID), "units": "imperial"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "phone_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/riders/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/helmets/pair", headers=_h(rng, auth="bearer"), body={
            "serial": HELMET["serial"], "ble": HELMET["ble"], "firmware": HELMET["fw"],
            "model": HELMET["model"], "battery": HELMET["battery"], "size": "M",
            "phone_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/riders/me/medical", headers=_h(rng, **b), body={
            "blood_type": L("O+", MED), "allergies": [L("penicillin", MED)],
            "organ_donor": True,
            "notes": L("Mild asthma, inhaler in the left jacket pocket", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/riders/me/emergency-contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
                          "relation": "partner"},
                         {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
                          "relation": "friend"}]}),
        case(f, f"{a}/v1/bikes", headers=_h(rng, **b), body={
            "make": MOTO["make"], "model": MOTO["model"], "year": MOTO["year"],
            "vin": MOTO["vin"], "color": "graphite"}),
        case(f, f"{a}/v1/rides", headers=_h(rng, **b), body={
            "ride": rid_, "start": {"lat": hla, "lon": hlo}, "helmet": HELMET["serial"],
            "crash_detection": True, "share_live": True}),
        case(f, f"{a}/v1/rides/{rid_}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "fmt": "lat,lon,kmh",
            "points": L(ride(rng, 14), PRECISE), "t0": 1765299600, "dt": 15}),
        raw(f, f"{a}/v1/rides/{rid_}/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/crash/alerts", headers=_h(rng, **b), body={
            "ride": rid_, "helmet": HELMET["serial"], "lat": cla, "lon": clo,
            "peak_g": 9.8, "imu": L(window, MOTION), "countdown_s": 30,
            "detected_at": "2025-12-09T15:42:07Z"}),
        case(f, f"{a}/v1/crash/alerts/{obj(rng, 'ca', 8)}/cancel", fmt="form",
             headers=_h(rng, **b), body={"reason": "false_alarm", "by": "rider",
                                         "after_s": "11"}),
        case(f, f"{a}/v1/sos/test", headers=_h(rng, **b), body={
            "recipients": [L(PARTNER[1], TEL)],
            "message": L("TEST: Jane's Visorlink crash alert test, no action needed",
                         f"{TEXT}|{NAMEC}"),
            "lat": home(4)[0], "lon": home(4)[1]}),
        case(f, f"{a}/v1/intercom/groups/{INTERCOM}/join", headers=_h(rng, **b), body={
            "handle": L(HANDLE, UID), "riders": RIDERS, "channel": 2, "codec": "opus"}),
        multipart(f, f"{a}/v1/intercom/groups/{INTERCOM}/clips", [
            ("audio", "ptt.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"from": L(HANDLE, UID), "ms": 3400})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/commands", headers=_h(rng, **b), body={
            "transcript": L("call Alex Doe", f"{TEXT}|{NAMEC}"), "intent": "call",
            "target": L(PARTNER[1], TEL), "noise_db": 78, "wind_suppression": True}),
        multipart(f, f"{a}/v1/media/clips", [
            ("video", "helmetcam_0412.mp4", "video/mp4", L(MP4 + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"ride": rid_, "start_lat": hla,
                                                "start_lon": hlo, "seconds": 45})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/routes", headers=_h(rng, **b), body={
            "name": "Bear Mountain loop", "stops": [
                {"lat": hla, "lon": hlo, "label": "home"},
                {"lat": BEAR_MTN[0], "lon": BEAR_MTN[1], "label": "Bear Mountain Inn"}],
            "avoid": ["highways"]}),
        case(f, f"{a}/v1/firmware", headers=_h(rng, how="none"), query={
            "model": "X3", "current": HELMET["fw"], "serial": HELMET["serial"]}),
        case(f, f"{a}/v1/helmets/{HELMET['serial']}/diag", gz=True, headers=_h(rng, **b), body={
            "battery": HELMET["battery"], "temp_c": 31.5, "mic_gain": 7, "ble_rssi": -58,
            "phone_model": L("Pixel 8", DEV), "phone_os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "product": L("vl_crashcare_month", BUY), "price": L("4.99", BUY),
            "purchase_token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("ride_started", 1), ev("crash_alert_cancelled", 2),
                ev("screen", 3, screen=L("RideSummary", USAGE))]}),
        case(f, f"{a}/v1/rides", headers=_h(rng, how="none"), query={"limit": "20"},
             cookies={"vl_sess": L(opaque(rng, "", 40), CRED), "vl_uid": L(USER_ID, UID)}),
    ]


def visorlink_sdks() -> list[Case]:
    rng = random.Random(6232)
    return [
        mq_batch(APP, rng, [("Ride Started", {"bike": MOTO["model"]}),
                            ("Intercom Joined", {"riders": 3})], at=(LAT, LON), nd=2),
        mq_identify(APP, rng, {"riding_years": 6, "state": L("NY", "location.coarse")}),
        as_session(APP, rng, user=True),
        as_attribution(APP, rng),
        bc_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}},
               at=(LAT, LON), nd=3, yob=1991, gender="F"),
        bc_notice(APP, rng),
        ck_crash(APP, rng, ("java.io.IOException", "BLE write failed: intercom channel"),
                 [ck_crumb("navigation", "Ride -> Intercom"),
                  ck_crumb("log", "helmet link", {"serial": HELMET["serial"]})],
                 screen="IntercomActivity"),
        fh_eval(APP, rng, {"crashDetection": True, "helmet": "X3"}),
        mc_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE), (BEAR_MTN, None)],
                 "motorcycle"),
        mc_telemetry(APP, rng, [(40.881207, -73.947512), (40.884615, -73.945977)], PRECISE),
        px_register(APP, rng, at=(LAT, LON), nd=3, tags={"crashcare": "1"}),
    ]
