"""Smart garden irrigation app "Dripwarden": an account, an OAuth log-in, ``/me``, claiming the
controller on her terrace and giving it her Wi-Fi, two sites (her terrace at home and her
community-garden plot), zones, a schedule, a manual run, a protobuf relay of the controller's
readings with her phone's fix, the weather by position and by ZIP, a leaf-disease photo, sharing
with her partner, support logs with the controller's Wi-Fi scan, a usage export, firmware, push,
events, a Play subscription and the sites by a cookie GET. The controllers are other devices."""

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
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import LINE1, LINE2, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families65_kit import (
    CLAIM,
    CTRL,
    CTRL2,
    NEIGHBOURS,
    PLOT_AT,
    WIFI_PASS,
    fix,
    moisture,
    obj,
)
from eval_families65_sdk import al_event, al_launch, fk_crash, fk_crumb, sb_batch, sb_pixel
from eval_families65_svc import cb_attach, mc_reverse, pl_register, px_check, ty_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("dripwarden", "Dripwarden", "com.example.dripwarden", "6.1.4",
          "https://api.dripwarden.example.com")
IID = "X-DW-Client"
PW = "Rosemary-Terrace-9"
S1 = CTRL["serial"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _c(rng: random.Random, path: str, **kw: Any) -> Case:
    return case(APP.fam, f"{APP.api}/v1/controllers/{S1}/{path}",
                headers=_h(rng, auth="bearer"), **kw)


def dripwarden() -> list[Case]:
    rng = random.Random(6561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = fix((LAT, LON), 5)
    pla, plo = fix(PLOT_AT)
    lab: dict[str, str] = {}
    relay = pb([(1, S1), (2, L(USER_ID, UID)), (3, [(1, 0.27), (2, 9.4), (3, 1.8)]),
                (4, [(1, L(round(LAT, 6), PRECISE)), (2, L(round(LON, 6), PRECISE))]),
                (5, 1765390211)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "zip": L(ZIP, COARSE), "timezone": L("America/New_York", DEV), "units": "us"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dw-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/controllers/claim", headers=_h(rng, **b), body={
            "serial": S1, "claimCode": L(CLAIM, CRED), "mac": CTRL["mac"], "name": "Terrace"}),
        _c(rng, "wifi", body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "passphrase": L(WIFI_PASS, CRED),
            "security": "wpa2", "phoneIp": L(LOCAL_IP, DEV), "controllerIp": CTRL["ip"]}),
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), body={
            "name": "Terrace", "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "zip": L(ZIP, COARSE), "lat": hla, "lon": hlo, "areaM2": 14, "soil": "potting mix",
            "controller": S1}),
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), body={
            "name": "Plot 14", "garden": "East 6th Street Community Garden",
            "pin": {"lat": pla, "lon": plo}, "areaM2": 9, "soil": "loam",
            "controller": CTRL2["serial"], "controllerMac": CTRL2["mac"]}),
        _c(rng, "zones", body={"zones": [
            {"n": 1, "name": "Tomatoes", "emitter": "drip", "gph": 1.0},
            {"n": 2, "name": "Herbs", "emitter": "drip", "gph": 0.5},
            {"n": 3, "name": "Planters", "emitter": "micro", "gph": 2.0}]}),
        _c(rng, "schedules", body={
            "id": obj(rng, "sch", 8), "days": ["mon", "wed", "fri"], "start": "06:10",
            "zones": [{"n": 1, "min": 12}, {"n": 2, "min": 6}], "rainSkip": True}),
        _c(rng, "run", fmt="msgpack", body={"zone": 3, "minutes": 5, "source": "app",
                                            "req": rid(rng)}),
        raw(f, f"{a}/v1/relay/readings", relay, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "days": "3"}),
        case(f, f"{a}/v1/weather/station", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "sensor": "et0"}),
        multipart(f, f"{a}/v1/diagnose", [
            ("leaf", "tomato_leaf.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("info", None, "application/json", {
                "plant": "tomato", "zone": 1,
                "symptom": L("Yellow spots on the lower leaves, spreading up", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sharing/invites", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "role": "viewer",
            "sites": ["Terrace"]}),
        case(f, f"{a}/v1/support/logs", gz=True, headers=_h(rng, **b), body={
            "controller": S1, "fw": CTRL["fw"], "uptimeS": 881204,
            "wifi": {"ssid": L(SSID, WIFI), "rssi": -61,
                     "nearby": [L(x, WIFI) for x in NEIGHBOURS]},
            "readings": moisture(rng, 3), "ticket": obj(rng, "tk", 8)}),
        case(f, f"{a}/v1/usage/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "from": "2025-06-01", "to": "2025-11-30",
            "format": "csv"}),
        _c(rng, "firmware/ack", body={
            "from": "4.2.6", "to": CTRL["fw"], "mac": CTRL["mac"],
            "phoneModel": L("Pixel 8", DEV), "phoneOs": L("Android 14", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "client": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("zone_run", 1, zone=3), ev("schedule_saved", 2),
                ev("screen", 3, screen=L("Zones", USAGE))]}),
        case(f, f"{a}/v1/subscription/verify", headers=_h(rng, **b), body={
            "productId": L("dripwarden_pro_monthly", BUY), "purchaseToken":
            L(play_token(rng), BUY), "orderId": L("GPA.3345-7730-1182-90042", BUY)}),
        at_path(case(f, f"{a}/v1/users/{USER_ID}/sites", headers=_h(rng, how="none"),
                     cookies={"dw_session": L(opaque(rng, "", 44), CRED),
                              "dw_client": L(INSTALL_ID.upper(), DID), "dw_rid": rid(rng)}),
                USER_ID, UID),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "stars": "3",
            "text": L("Rain skip watered anyway during Tuesday's storm", TEXT)}),
    ]


def dripwarden_sdks() -> list[Case]:
    rng = random.Random(6562)
    return [
        sb_batch(APP, rng, [("Zone Run", {"zone": 3, "minutes": 5}),
                            ("Controller Claimed", {"model": "DW8"})], at=(LAT, LON)),
        sb_pixel(APP, rng, "Onboarding Step", {"step": "wifi"}),
        al_launch(APP, rng, n=31),
        al_event(APP, rng, "subscribe_pro", {"plan": "monthly"}, revenue=4.99),
        fk_crash(APP, rng, ("java.net.SocketTimeoutException", "controller 192.168.1.60"),
                 [fk_crumb("navigation", "Setup -> Wifi"),
                  fk_crumb("log", "ble write", {"controller": S1, "ssid": L(SSID, WIFI)})],
                 screen="WifiSetupActivity"),
        ty_eval(APP, rng, {"controllers": 2, "zip": L(ZIP, COARSE)}),
        pl_register(APP, rng, at=(LAT, LON), nd=2, tags={"frost_alerts": "1"}),
        px_check(APP, rng, {"analytics": True, "marketing": True}),
        mc_reverse(APP, rng, PLOT_AT, PRECISE, nd=5),
        cb_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "wiring.jpg", "image/jpeg"),
    ]
