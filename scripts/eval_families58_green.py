"""Greenhouse climate controller "Glasshaven" (a small greenhouse on her building's roof): sign-up,
a log-in, ``/me`` with a JWT, claiming the controller (its code; the site at her home position and
ZIP), giving it her home Wi-Fi, the zones (polygons in metres), set-points, relayed climate
readings (gzip), a live reading (protobuf), an irrigation schedule (msgpack), alert rules by SMS
and e-mail, the weather for her ZIP, a plant photo, a grow journal, crops, a household member
invited, history, a firmware check, a Pro plan bought on Play, push, events and the controllers by
a cookie GET."""

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
from eval_families20_kit import CITY, FIRST, LAST, LINE1, ZIP, App, ev, opaque, play_token, pos
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import home
from eval_families58_kit import CLAIM_CODE, CTRL, SENSORS, WIFI_PASS, climate, code, zones
from eval_families58_sdk import (
    bs_bid,
    fp_crumb,
    fp_report,
    gm_batch,
    st_click,
    st_event,
    st_session,
)
from eval_families58_svc import bg_opened, bg_register, cm_reverse, cw_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("glasshaven", "Glasshaven", "com.example.glasshaven", "7.0.3",
          "https://cloud.glasshaven.example.com")
IID = "X-GH-Client"
PW = "Seedling-Copper-58"
SER = CTRL["serial"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def glasshaven() -> list[Case]:
    rng = random.Random(5871)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="free"))}
    b = {"auth": "session"}
    hla, hlo = home(5)
    lab: dict[str, str] = {}
    live = pb([(1, SER), (2, 24.6), (3, 67.9), (4, 712), (5, L(USER_ID, UID)),
               (6, 1765302400)], "", lab)
    return [
        case(f, f"{a}/api/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "units": "metric", "newsletter": True}),
        case(f, f"{a}/api/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/controllers/claim", headers=_h(rng, **b), body={
            "serial": SER, "claimCode": L(CLAIM_CODE, CRED), "model": CTRL["model"],
            "site": {"name": "Roof greenhouse", "lat": hla, "lon": hlo, "line1": L(LINE1, ADDR),
                     "city": L(CITY, COARSE), "zip": L(ZIP, COARSE),
                     "tz": L("America/New_York", DEV)}}),
        case(f, f"{a}/api/v1/controllers/{SER}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "password": L(WIFI_PASS, CRED),
            "security": "wpa2", "controllerMac": CTRL["mac"], "controllerIp": CTRL["ip"],
            "phoneIp": L(LOCAL_IP, DEV), "rssi": -61}),
        case(f, f"{a}/api/v1/controllers/{SER}/zones", headers=_h(rng, **b), body={
            "zones": zones(), "origin": "controller", "units": "m"}),
        case(f, f"{a}/api/v1/controllers/{SER}/setpoints", headers=_h(rng, **b), body={
            "day": {"tC": 25, "rh": 65}, "night": {"tC": 17, "rh": 75}, "co2Ppm": 800,
            "ventOpenAtC": 27.5, "heaterBelowC": 12}),
        case(f, f"{a}/api/v1/telemetry/upload", gz=True, headers=_h(rng, **b), body={
            "controller": SER, "sensors": SENSORS, "readings": climate(rng, 24),
            "relay": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/api/v1/telemetry/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/controllers/{SER}/schedule", fmt="msgpack", headers=_h(rng, **b),
             body={"zones": {"z1": [["06:30", 240], ["18:00", 180]], "z2": [["07:00", 60]],
                             "z3": [["07:15", 45]]}, "skipIfRhAbove": 85, "version": 14}),
        case(f, f"{a}/api/v1/alerts/rules", fmt="form", headers=_h(rng, **b), body={
            "metric": "tC", "below": "8", "sms": L(E164, TEL), "email": L(EMAIL, MAIL),
            "controller": SER}),
        case(f, f"{a}/api/v1/weather", headers=_h(rng, how="none"), query={
            "zip": L(ZIP, COARSE), "lat": pos(2)[0], "lon": pos(2)[1], "days": "3"}),
        multipart(f, f"{a}/api/v1/plants/{code(rng, 'pl_', 8)}/photos", [
            ("photo", "tomato_leaf.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"zone": "z1", "guess": "early blight",
                                                "confidence": 0.71})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/journal", headers=_h(rng, **b), body={
            "zone": "z1", "text": L("Yellowing on the lower leaves of the San Marzanos, "
                                    "pruned and sprayed copper.", TEXT)}),
        case(f, f"{a}/api/v1/crops", headers=_h(rng, **b), body={"crops": [
            {"zone": "z1", "variety": "San Marzano", "sown": "2025-09-02"},
            {"zone": "z3", "variety": "Genovese basil", "sown": "2025-10-11"}]}),
        case(f, f"{a}/api/v1/household/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "role": "viewer"}),
        case(f, f"{a}/api/v1/controllers/{SER}/history", headers=_h(rng, **b), query={
            "from": "2025-12-01", "to": "2025-12-09", "metric": "tC,rh,co2", "step": "1h"}),
        case(f, f"{a}/api/v1/controllers/{SER}/firmware/check", headers=_h(rng, **b), body={
            "current": CTRL["fw"], "model": CTRL["model"], "phoneModel": L("Pixel 8", DEV),
            "appVersion": APP.ver}),
        case(f, f"{a}/api/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("gh_pro_yearly", BUY), "orderId": L("GPA.3318-4420-1187-30915", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("controller_claimed", 1), ev("setpoint_changed", 2, metric="tC"),
                ev("screen", 3, screen=L("ClimateChart", USAGE))]}),
        case(f, f"{a}/api/v1/controllers", headers=_h(rng, how="upper"),
             cookies={"gh_session": L(opaque(rng, "", 40), CRED)}),
    ]


def glasshaven_sdks() -> list[Case]:
    rng = random.Random(5872)
    return [
        gm_batch(APP, rng, [("Controller Claimed", {"model": CTRL["model"]}),
                            ("Chart Viewed", {"metric": "tC"})], at=(LAT, LON), nd=2),
        st_click(APP, rng, U("https://glasshaven.example.com/open", {
            "email": L(EMAIL, MAIL), "controller": SER, "utm_source": "frost_email"})),
        st_session(APP, rng, first=True),
        st_event(APP, rng, "subscribe_pro", {"plan": "yearly"}, revenue="49.99"),
        bs_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=(LAT, LON), nd=3,
               gz=True),
        fp_report(APP, rng, ("java.net.SocketTimeoutException", "controller offline"),
                  [fp_crumb("Zones -> Schedule"),
                   fp_crumb("POST /schedule", "request", {"controller": SER})],
                  screen="ScheduleActivity"),
        bg_register(APP, rng, tags={"controllers": "1"}),
        bg_opened(APP, rng, "frost_alert"),
        cm_reverse(APP, rng, (LAT, LON), PRECISE, nd=4),
        cw_card(APP, rng),
    ]
