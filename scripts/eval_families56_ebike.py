"""E-bike app "Voltlatch" with a theft-alarm GPS tracker: an SMS log-in, ``/me``, the profile,
registering the bike and pairing its tracker (the tracker's own IMEI and SIM), the home geofence,
a ride's trace (gzip JSON) and a protobuf summary with a nested start fix, arming the alarm at
her office rack, an alarm acknowledged, sharing her live position with her partner, the battery
by frame number in the path, a firmware check, a service booking, a photo for the theft cover,
the cover bought with her address, the home Wi-Fi handed to the bike for updates, chargers
nearby, push, events, a cookie GET and a Play check."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families56_kit import (
    BIKE_PIN,
    EBIKE,
    FIT,
    OFFICE_RACK_AT,
    SHOP_AT,
    TRACKER,
    fix,
    home,
    obj,
    trace,
)
from eval_families56_sdk import ao_bid, cm_crash, cm_crumb, lm_launch, lm_link, sw_batch, sw_pixel
from eval_families56_svc import aq_reverse, aq_route, aq_telemetry, bz_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("voltlatch", "Voltlatch", "com.example.voltlatch", "5.6.3",
          "https://api.voltlatch.example.net")
IID = "X-VL-Install-Id"
HOME_AT = (LAT, LON)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def voltlatch() -> list[Case]:
    rng = random.Random(5631)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    rla, rlo = fix(OFFICE_RACK_AT, 5)
    lab: dict[str, str] = {}
    sla, slo = fix(HOME_AT, 6)
    summary = pb([(1, L(USER_ID, UID)), (2, EBIKE["frame"]), (3, [(1, sla), (2, slo)]),
                  (4, 5.8), (5, 1765311000), (6, L(212, FIT))], "", lab)
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("318204", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/profile", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "height_cm": L(168, FIT), "weight_kg": L(70, FIT), "units": "metric"}),
        case(f, f"{a}/v2/bikes", headers=_h(rng, **b), body={
            "frame_number": EBIKE["frame"], "motor_serial": EBIKE["motor"],
            "model": EBIKE["model"], "battery_serial": EBIKE["battery_serial"],
            "purchased": "2025-06-14", "dealer": {"name": "Spoke & Volt", "lat": SHOP_AT[0],
                                                  "lon": SHOP_AT[1]},
            "receipt": L("SV-2025-06-1184", BUY), "price_paid": L("2899.00", BUY)}),
        case(f, f"{a}/v2/bikes/{EBIKE['frame']}/tracker", headers=_h(rng, **b), body={
            "tracker_id": TRACKER["id"], "imei": TRACKER["imei"], "iccid": TRACKER["iccid"],
            "firmware": TRACKER["fw"], "unlock_pin": L(BIKE_PIN, CRED)}),
        case(f, f"{a}/v2/geofences", headers=_h(rng, **b), body={
            "name": "home", "lat": hla, "lng": hlo, "radius_m": 60, "auto_disarm": True}),
        case(f, f"{a}/v2/rides", gz=True, headers=_h(rng, **b), body={
            "ride_id": obj(rng, "ride", 10), "bike": EBIKE["frame"], "assist": "eco",
            "points": trace(rng, 10, HOME_AT, OFFICE_RACK_AT), "km": 5.8,
            "kcal": L(212, FIT)}),
        raw(f, f"{a}/v2/rides/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/alarm/arm", fmt="form", headers=_h(rng, **b), body={
            "bike": EBIKE["frame"], "lat": L(f"{OFFICE_RACK_AT[0]:.5f}", PRECISE),
            "lng": L(f"{OFFICE_RACK_AT[1]:.5f}", PRECISE), "sensitivity": "high"}),
        case(f, f"{a}/v2/alarm/{obj(rng, 'alm', 10)}/ack", headers=_h(rng, **b), body={
            "tracker": TRACKER["id"], "action": "false_alarm",
            "phone_fix": {"lat": L(round(OFFICE_RACK_AT[0] + 0.0001, 4), PRECISE),
                          "lng": L(round(OFFICE_RACK_AT[1] - 0.0001, 4), PRECISE)}}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "with": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "hours": 2, "lat": rla, "lng": rlo}),
        case(f, f"{a}/v2/bikes/{EBIKE['battery_serial']}/battery", headers=_h(rng, **b),
             query={"cycles": "1", "temp": "1"}),
        case(f, f"{a}/v2/firmware/check", headers=_h(rng, how="upper"), query={
            "motor": "m4.2.0", "display": "d1.9.3", "tracker": TRACKER["fw"],
            "phone_os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/service", headers=_h(rng, **b), body={
            "shop": "Spoke & Volt", "slot": "2025-12-13T11:00",
            "notes": L("Rear brake squeals and the display resets when it rains", TEXT)}),
        multipart(f, f"{a}/v2/cover/photos", [
            ("photo", "bike_side.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"frame": EBIKE["frame"], "angle": "side"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/cover", headers=_h(rng, **b), body={
            "plan": L("theft_plus_monthly", BUY), "premium": L("11.90", BUY),
            "holder": {"name": L("Jane Doe", NAMEC), "line1": L(LINE1, "contact.address"),
                       "line2": L(LINE2, "contact.address"), "city": L(CITY, COARSE),
                       "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "bike_value": 2899}),
        case(f, f"{a}/v2/bikes/{EBIKE['frame']}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "password": L("maple-tree-88", CRED),
            "ota_window": "02:00-04:00"}),
        case(f, f"{a}/v2/chargers", headers=_h(rng, **b), query={
            "near": L(f"{OFFICE_RACK_AT[0]:.3f},{OFFICE_RACK_AT[1]:.3f}", PRECISE),
            "radius": "800"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("alarm_armed", 1), ev("ride_finished", 2, km=5.8),
                ev("screen", 3, screen=L("BikeDashboard", USAGE))]}),
        case(f, f"{a}/v2/bikes", headers=_h(rng, how="nodash"),
             cookies={"vl_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v2/billing/verify", headers=_h(rng, **b), body={
            "sku": L("voltlatch_guard_monthly", BUY), "order_id": L("GPA.3301-8841-2275-90314",
                                                                   BUY),
            "token": L(play_token(rng), BUY)}),
    ]


def voltlatch_sdks() -> list[Case]:
    rng = random.Random(5632)
    return [
        sw_batch(APP, rng, [("Alarm Armed", {"sensitivity": "high"}),
                            ("Ride Finished", {"km": 5.8})], at=OFFICE_RACK_AT, nd=2),
        sw_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        lm_launch(APP, rng, first=True),
        lm_link(APP, rng, U("https://go.voltlatch.example.net/invite", {
            "code": "RIDE-4K2", "utm_source": "friend", "to": L(E164, TEL)})),
        ao_bid(APP, rng, {"native": {"ver": "1.2"}}, at=OFFICE_RACK_AT, nd=3),
        cm_crash(APP, rng, ("android.bluetooth.BluetoothException", "bond lost"),
                 [cm_crumb("nav", "Dashboard -> Alarm"),
                  cm_crumb("log", "tracker ping", {"tracker": TRACKER["id"]})],
                 screen="AlarmActivity"),
        bz_register(APP, rng, tags={"alarm": "on"}, at=HOME_AT, nd=2),
        aq_route(APP, rng, [(HOME_AT, PRECISE), (SHOP_AT, None), (OFFICE_RACK_AT, PRECISE)]),
        aq_reverse(APP, rng, OFFICE_RACK_AT, PRECISE, nd=5),
        aq_telemetry(APP, rng, [(40.75229, -73.98127), (40.75231, -73.98122)], PRECISE),
    ]
