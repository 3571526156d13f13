"""Robot lawn mower "Mowlark" at her weekend house in the Hudson Valley: sign-up, a log-in,
``/me``, the property, the RTK base's survey, Wi-Fi provisioning, binding the mower, lawn zones
and no-go zones (boundary polygons in metres from the base), a schedule, a rain delay by ZIP,
mower telemetry (protobuf and gzip JSON: local positions, battery, blade hours), a manual
drive, an alert photo of an obstacle, theft protection with a PIN, firmware, blade replacement
ordered, a support case, push, events and the status by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families57_kit import (
    MOWER,
    WEEKEND,
    WEEKEND_AT,
    WEEKEND_BSSID,
    WEEKEND_SSID,
    fix,
    obj,
    polygon,
)
from eval_families57_sdk import bl_bid, gw_crash, gw_crumb, me_alias, me_batch, tb_event, tb_session
from eval_families57_svc import bm_register, cb_reverse, ph_attach, ph_message, sf_eval, tl_card
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("mowlark", "Mowlark", "com.example.mowlark", "2.9.4", "https://api.mowlark.example.com")
IID = "X-Mowlark-Client"
PW = "Clover&Sprocket5"
MOWER_PIN = "8142"  # the mower's anti-theft PIN (secret.credential)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def mowlark() -> list[Case]:
    rng = random.Random(5771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    wla, wlo = fix(WEEKEND_AT, 7)
    lab: dict[str, str] = {}
    tele = pb([(1, MOWER["serial"]), (2, [(1, 12.41), (2, -3.87), (3, 1.57)]), (3, 78),
               (4, 412.6), (5, "mowing"), (6, L(USER_ID, UID))], "", lab)
    sn = MOWER["serial"]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL),
            "country": "US", "newsletter": False}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mowlark-app"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/properties", headers=_h(rng, **b), body={
            "name": "Weekend house", "street": L(WEEKEND["line"], ADDR),
            "city": L(WEEKEND["city"], COARSE), "state": L(WEEKEND["state"], COARSE),
            "zip": L(WEEKEND["zip"], COARSE), "lawnM2": 740, "slopeMaxPct": 22}),
        case(f, f"{a}/v1/properties/base-station", headers=_h(rng, **b), body={
            "survey": {"lat": wla, "lon": wlo, "altM": 61.42, "fixType": "rtk_fixed",
                       "sats": 23}, "baseSerial": "MWL-RTK-0412887", "antennaHeightM": 1.2}),
        case(f, f"{a}/v1/mowers/{sn}/wifi", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(WEEKEND_SSID, WIFI), "bssid": L(WEEKEND_BSSID, WIFI),
            "password": L("orchard-hill-0118", CRED), "band": "2.4"}),
        case(f, f"{a}/v1/mowers/bind", headers=_h(rng, **b), body={
            "serial": sn, "mac": MOWER["mac"], "model": MOWER["model"], "firmware": MOWER["fw"],
            "owner": L(USER_ID, UID), "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mowers/{sn}/zones", headers=_h(rng, **b), body={
            "zones": [{"id": obj(rng, "zn", 6), "name": "Front lawn", "polygon": polygon(rng, 12)},
                      {"id": obj(rng, "zn", 6), "name": "Orchard", "polygon": polygon(rng, 9,
                                                                                    15, 9)}],
            "origin": "base_station", "units": "m"}),
        case(f, f"{a}/v1/mowers/{sn}/nogo", headers=_h(rng, **b), body={
            "areas": [{"name": "Flower bed", "polygon": polygon(rng, 6, 3, 2)},
                      {"name": "Kids trampoline", "polygon": polygon(rng, 6, 2.5, 2.5)}]}),
        case(f, f"{a}/v1/mowers/{sn}/schedule", headers=_h(rng, **b), body={
            "days": ["sat", "sun"], "start": "09:30", "durationMin": 150, "cutHeightMm": 55,
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/weather/rain-delay", headers=_h(rng, **b), query={
            "zip": L(WEEKEND["zip"], COARSE), "mower": sn, "hours": "24"}),
        raw(f, f"{a}/v1/mowers/{sn}/telemetry", tele, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mowers/{sn}/status", gz=True, headers=_h(rng, **b), body={
            "position": {"x": 12.41, "y": -3.87, "heading": 1.57}, "batteryPct": 78,
            "bladeHours": 412.6, "bladeRpm": 3100, "areaDoneM2": 305, "errors": [],
            "rtk": "fixed", "tempC": 31.5}),
        case(f, f"{a}/v1/mowers/{sn}/drive", fmt="msgpack", headers=_h(rng, **b), body={
            "v": 0.4, "w": -0.2, "seq": 117, "deadmanMs": 300}),
        multipart(f, f"{a}/v1/mowers/{sn}/alerts", [
            ("snapshot", "obstacle.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("alert", None, "application/json", {"kind": "obstacle", "x": 4.2, "y": 9.8,
                                                 "ack": L(USER_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mowers/{sn}/theft", fmt="form", headers=_h(rng, **b), body={
            "pin": L(MOWER_PIN, CRED), "geofence": "on", "alarm": "on"}),
        case(f, f"{a}/v1/mowers/{sn}/firmware", headers=_h(rng, **b), query={
            "current": MOWER["fw"], "channel": "stable"}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "MWL-BLADE-9", "qty": 1}], "total": L("34.99", BUY),
            "ship": {"street": L(WEEKEND["line"], ADDR), "zip": L(WEEKEND["zip"], COARSE)},
            "order": L("MWL-O-5538120", BUY)}),
        case(f, f"{a}/v1/support/cases", headers=_h(rng, **b), body={
            "mower": sn, "text": L("It keeps stopping at the orchard edge with RTK lost", TEXT),
            "bladeHours": 412.6, "logs": opaque(rng, "log_", 16)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("zone_edited", 1, zones=2), ev("manual_drive", 2, secs=L(95, USAGE)),
                ev("screen", 3, screen=L("MapEditor", USAGE))]}),
        case(f, f"{a}/v1/mowers", headers=_h(rng, how="none"),
             cookies={"ml_session": L(opaque(rng, "", 40), CRED), "ml_client": L(INSTALL_ID, DID)}),
    ]


def mowlark_sdks() -> list[Case]:
    rng = random.Random(5772)
    return [
        tb_session(APP, rng, user=True, n=12),
        me_batch(APP, rng, [("Zone Saved", {"points": 12}),
                            ("Mowing Started", {"cut_mm": 55})], at=WEEKEND_AT, nd=2),
        me_alias(APP, rng, {"zip": L(WEEKEND["zip"], COARSE), "mowers": 1,
                            "lawn_m2": 740}),
        tb_event(APP, rng, "purchase", {"sku": "MWL-BLADE-9"}, revenue=34.99),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="lawn,garden,tools"),
        gw_crash(APP, rng, ("java.lang.IllegalArgumentException", "polygon self-intersects"),
                 [gw_crumb("navigation", "Map -> ZoneEditor"),
                  gw_crumb("ui", "vertex_drag", {"i": 7})], screen="ZoneEditorActivity"),
        sf_eval(APP, rng, {"rtk": True, "mowers": 1}),
        bm_register(APP, rng, at=WEEKEND_AT, nd=2, tags={"mower_model": "X5"}),
        cb_reverse(APP, rng, WEEKEND_AT, PRECISE, nd=6),
        tl_card(APP, rng, email=True),
        ph_message(APP, rng, L("Blade motor error E42 after the rain", TEXT),
                   {"mower": MOWER["serial"], "fw": MOWER["fw"]}),
        ph_attach(APP, rng, L(JPEG + b"\xb2", MEDIA), "blade_guard.jpg", "image/jpeg"),
    ]
