"""Home water-leak sensor system "Drymark" (a hub, three puck sensors and a shut-off valve): an
account, an OAuth password grant, ``/me`` with a JWT, the home (address, geocoded point, zone),
claiming the hub over her Wi-Fi (SSID, BSSID, password), its provisioning status, the sensors and
their first readings relayed over Bluetooth (protobuf), closing the valve, its calibration (flow
and pressure series, gzip), an alert acknowledged with a photo, the away-mode geofence and a
presence exit, a household member invited, an insurer discount, a plumber booked, the usage
report, network diagnostics, SMS alert settings, push, events and the device list by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    F32,
    IPLOC,
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
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families60_kit import (
    CLAIM_CODE,
    HUB,
    PARTNER_MAIL,
    PLUMBER_PHONE,
    POLICY,
    SENSORS,
    VALVE,
    WIFI_PASS,
    fix,
    flow,
    obj,
    pressure,
)
from eval_families60_sdk import af_session, sf_crumb, sf_error, tl_batch, tl_queue
from eval_families60_svc import (
    bm_open,
    bm_register,
    hm_attach,
    mn_reverse,
    mn_search,
    pk_card,
    pm_check,
    sb_eval,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("drymark", "Drymark", "com.example.drymark", "4.6.1", "https://api.drymark.example.net")
IID = "X-Drymark-Client"
PW = "Cedar-Drip-7713"
HOME_ID = "home_5k2q81"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def drymark() -> list[Case]:
    rng = random.Random(6071)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), home=HOME_ID))}
    b = {"auth": "bearer"}
    alert = obj(rng, "alr", 10)
    hla, hlo = fix((LAT, LON), 5)
    gla, glo = fix((LAT, LON), 6)
    lab: dict[str, str] = {}
    reading = pb([(1, SENSORS[0]["serial"]), (2, F32(19.5)), (3, F32(48.0)), (4, 97),
                  (5, [(1, 1765290000), (2, 0)]), (6, HUB["fw"])], "", lab)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "marketing": False}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "drymark-android"}),
        case(f, f"{a}/v3/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/homes", headers=_h(rng, **b), body={
            "id": HOME_ID, "name": "Home", "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "location": {"lat": hla, "lng": hlo}, "timezone": L("America/New_York", DEV),
            "waterSource": "municipal", "floors": 1}),
        case(f, f"{a}/v3/hubs/claim", headers=_h(rng, **b), body={
            "home": HOME_ID, "claimCode": L(CLAIM_CODE, CRED), "serial": HUB["serial"],
            "mac": HUB["mac"], "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                                        "password": L(WIFI_PASS, CRED), "security": "WPA2"},
            "phone": {"lanIp": L(LOCAL_IP, DEV), "model": L("Pixel 8", DEV)}}),
        case(f, f"{a}/v3/hubs/{HUB['id']}/provisioning", headers=_h(rng, **b), query={
            "nonce": opaque(rng, "", 16), "hubIp": HUB["lan"], "fw": HUB["fw"]}),
        case(f, f"{a}/v3/hubs/{HUB['id']}/sensors", headers=_h(rng, **b), body={"sensors": [
            {**s, "battery": 100, "rssi": -61 - i} for i, s in enumerate(SENSORS)]}),
        raw(f, f"{a}/v3/sensors/{SENSORS[0]['id']}/readings", reading,
            "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/valves/{VALVE['id']}/commands", fmt="form", headers=_h(rng, **b),
             body={"action": "close", "reason": "leak_alert", "alert": alert}),
        case(f, f"{a}/v3/valves/{VALVE['id']}/calibrate", gz=True, headers=_h(rng, **b), body={
            "valveSerial": VALVE["serial"], "flowLpm": flow(rng, 30),
            "pressurePsi": pressure(rng, 30), "stepS": 60, "baselinePsi": 62.0}),
        case(f, f"{a}/v3/alerts/{alert}/ack", headers=_h(rng, **b), body={
            "response": "found_leak", "sensor": SENSORS[0]["id"],
            "note": L("Dishwasher hose cracked, towels down, plumber coming tomorrow", TEXT)}),
        multipart(f, f"{a}/v3/alerts/{alert}/photos", [
            ("photo", "under_sink.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"sensor": SENSORS[0]["id"], "room": "Kitchen"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/homes/{HOME_ID}/geofence", headers=_h(rng, **b), body={
            "center": {"lat": gla, "lng": glo}, "radiusM": 150, "autoAway": True}),
        case(f, f"{a}/v3/presence", fmt="form", headers=_h(rng, **b), body={
            "home": HOME_ID, "transition": "exit",
            "lat": L("40.7467", PRECISE), "lng": L("-73.9856", PRECISE), "acc": "22",
            "battery": L("61", DEV)}),
        case(f, f"{a}/v3/homes/{HOME_ID}/members", headers=_h(rng, **b), body={
            "name": L(PARTNER_MAIL[0], NAMEC), "email": L(PARTNER_MAIL[1], MAIL),
            "role": "member", "alerts": True}),
        case(f, f"{a}/v3/insurance/link", headers=_h(rng, **b), body={
            "insurer": "Harborline Mutual", "policyNumber": POLICY, "name": L(NAME, NAMEC),
            "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE), "shareAlerts": True}),
        case(f, f"{a}/v3/services/plumber", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-10T09:00", "callback": L(DIGITS, TEL),
            "issue": L("Cracked dishwasher supply hose under the kitchen sink", TEXT),
            "price": L("129.00", BUY), "partnerPhone": PLUMBER_PHONE}),
        case(f, f"{a}/v3/homes/{HOME_ID}/usage", headers=_h(rng, **b), query={
            "period": "month", "resolution": "1d", "unit": "gal"}),
        case(f, f"{a}/v3/diagnostics", headers=_h(rng, **b), body={
            "publicIp": L(PUBLIC_IP, IPLOC), "lanIp": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "rssi": -54, "hubIp": HUB["lan"], "hubMac": HUB["mac"], "latencyMs": 41}),
        case(f, f"{a}/v3/notifications", fmt="form", headers=_h(rng, **b), body={
            "sms": "on", "smsTo": L(E164, TEL), "quietFrom": "23:00", "quietTo": "07:00"}),
        case(f, f"{a}/v3/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("valve_closed", 1, source="app"), ev("alert_ack", 2),
                ev("screen", 3, screen=L("FlowChart", USAGE))]}),
        case(f, f"{a}/v3/devices", headers=_h(rng, how="upper"), query={"home": HOME_ID},
             cookies={"dm_session": L(opaque(rng, "", 44), CRED)}),
    ]


def drymark_sdks() -> list[Case]:
    rng = random.Random(6072)
    return [
        tl_batch(APP, rng, [("Hub Claimed", {"sensors": 3}),
                            ("Valve Closed", {"source": "alert"})], at=(LAT, LON), nd=2),
        af_session(APP, rng, first=True),
        tl_queue(APP, rng, [("Alert Viewed", {"sensor": "kitchen"}),
                            ("Valve Closed", {"source": "app"})]),
        sf_error(APP, rng, ("java.net.UnknownHostException", "hub.local"),
                 [sf_crumb("navigation", "Setup -> WiFi"),
                  sf_crumb("log", "hub", {"serial": HUB["serial"], "ip": HUB["lan"]})],
                 context="ProvisionActivity"),
        sb_eval(APP, rng, {"valve": True, "state": L(STATE, COARSE)}),
        bm_register(APP, rng, tags={"critical_alerts": "on"}),
        bm_open(APP, rng),
        pm_check(APP, rng, {"analytics": True, "ads": False}),
        pk_card(APP, rng),
        mn_search(APP, rng, f"{LINE1}, {CITY}", ADDR, near=(LAT, LON), nd=2),
        mn_reverse(APP, rng, (LAT, LON), PRECISE, nd=6),
        hm_attach(APP, rng, L(JPEG + b"\x72", MEDIA), "valve_wiring.jpg", "image/jpeg"),
    ]
