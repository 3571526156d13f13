"""Smart aquarium and hydroponics controller "Reefloom": an account, an OAuth password grant,
``/me`` with a JWT, claiming the hub (her home Wi-Fi), the hub's place for sunrise, a tank, probe
telemetry (gzip JSON and protobuf: pH, temperature, conductivity, level: look-alikes), pump
schedules (msgpack), lights imitating a reef's sun and moon, dosing, a tank photo, livestock, a
hydroponic bed, alert settings, sharing the tank, a community post, a supplies order, a firmware
check, a remote camera session, push, events and the tanks by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import relay
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families45_kit import HUB, REEF_AT, TANK, WIFI_PASS, obj, readings
from eval_families45_sdk import ar_open, bm_bid, fk_crash, fk_crumb, ls_batch, ls_queue
from eval_families45_svc import ak_message, aw_check, fb_eval, ph_register, pm_card
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

APP = App("reefloom", "Reefloom", "com.example.reefloom", "3.3.0",
          "https://cloud.reefloom.example.net")
IID = "X-Reefloom-Client"
PW = "Coral&Kelp-2025"
SER = HUB["serial"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def reefloom() -> list[Case]:
    rng = random.Random(4551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hubs=[SER]))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    probe = pb([(1, SER), (2, 1765381800), (3, 6.42), (4, 25.1), (5, 184),
                (6, [(1, 1), (2, 0), (3, 1)]), (7, L(USER_ID, UID))], "", lab)
    return [
        case(f, f"{a}/api/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L("janes_reef", UID),
            "country": L("US", COARSE), "units": "metric", "newsletter": False}),
        case(f, f"{a}/api/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "reefloom-android"}),
        case(f, f"{a}/api/v2/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/hubs/claim", headers=_h(rng, **b), body={
            "serial": SER, "mac": HUB["mac"], "model": HUB["model"], "firmware": HUB["fw"],
            "claimCode": L("RLF-77Q2-K9", CRED), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "wifiPassword": L(WIFI_PASS, CRED), "hubIp": HUB["ip"], "phoneIp": L(LOCAL_IP, DEV),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/hubs/{SER}/place", headers=_h(rng, **b), body={
            "lat": L(round(LAT, 2), COARSE), "lon": L(round(LON, 2), COARSE),
            "city": L(CITY, COARSE), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/tanks", headers=_h(rng, **b), body={
            "tank": TANK, "hub": SER, "name": L("Living room reef", TEXT), "litres": 120,
            "kind": "reef", "sumpLitres": 40, "startedOn": "2024-03-02"}),
        case(f, f"{a}/api/v2/hubs/{SER}/telemetry", gz=True, headers=_h(rng, **b), body={
            "hub": SER, "rssi": -58, "uptimeS": 882211, "readings": readings(rng, 6)}),
        raw(f, f"{a}/api/v2/hubs/{SER}/probe", probe, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/hubs/{SER}/pumps", fmt="msgpack", headers=_h(rng, **b), body={
            "return": {"pct": 70, "feedPauseMin": 10},
            "wave": {"mode": "gyre", "pct": [40, 85], "periodS": 12},
            "ato": {"enabled": True, "maxMlPerDay": 1800}}),
        case(f, f"{a}/api/v2/hubs/{SER}/lights", headers=_h(rng, **b), body={
            "sunMode": "biotope", "biotope": {"name": "Agincourt Reef", "lat": REEF_AT[0],
                                              "lon": REEF_AT[1]},
            "moon": True, "peakPct": {"royal": 80, "blue": 75, "white": 35, "uv": 40},
            "offsetH": -15}),
        case(f, f"{a}/api/v2/tanks/{TANK}/dosing", fmt="form", headers=_h(rng, **b), body={
            "alk_ml": "12.5", "ca_ml": "11.0", "mg_ml": "2.0", "split": "24"}),
        multipart(f, f"{a}/api/v2/tanks/{TANK}/photos", [
            ("image", "reef_1210.jpg", "image/jpeg", L(JPEG + b"\x49", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("My clownfish finally hosted the anemone!", TEXT),
                "public": True, "takenAt": 1765380001})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/tanks/{TANK}/livestock", headers=_h(rng, **b), body={"add": [
            {"species": "Amphiprion ocellaris", "count": 2, "added": "2025-11-30"},
            {"species": "Entacmaea quadricolor", "count": 1, "added": "2025-12-01"}]}),
        case(f, f"{a}/api/v2/hydro/beds", headers=_h(rng, **b), body={
            "bed": obj(rng, "bed", 6), "crops": ["basil", "butterhead lettuce"],
            "ecTarget": [1.2, 1.8], "phTarget": [5.8, 6.3], "lightH": 16, "hub": SER}),
        case(f, f"{a}/api/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "sms": L(E164, TEL), "email": L(EMAIL, MAIL), "temp_max": "26.5", "ph_min": "7.9",
            "leak": "1"}),
        case(f, f"{a}/api/v2/tanks/{TANK}/share", headers=_h(rng, **b), body={
            "email": L(PARTNER[2], MAIL), "name": L(PARTNER[0], NAMEC), "role": "viewer"}),
        case(f, f"{a}/api/v2/community/posts", headers=_h(rng, **b), body={
            "title": L("Alk swings at night?", TEXT),
            "body": L("My alkalinity drops 0.6 dKH overnight, is my skimmer too strong?", TEXT),
            "tags": ["reef", "alkalinity"], "tank": TANK}),
        case(f, f"{a}/api/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "RL-ALK-2L", "qty": 1, "price": 24.99},
                      {"sku": "RL-CAL-2L", "qty": 1, "price": 24.99}],
            "order": L("RLO-2025-661902", BUY), "total": L("56.41", BUY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(E164, TEL)}}),
        case(f, f"{a}/api/v2/hubs/{SER}/firmware", headers=_h(rng, **b), query={
            "current": HUB["fw"], "model": "HC4", "channel": "stable"}),
        case(f, f"{a}/api/v2/hubs/{SER}/remote", headers=_h(rng, **b), body={
            "camera": "cam_0", "clientIp": L(PUBLIC_IP, IPLOC), "relay": relay(),
            "session": obj(rng, "rs", 12)}),
        case(f, f"{a}/api/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "client": L(INSTALL_ID, DID),
            "lang": L("en-US", DEV), "model": L("Pixel 8", DEV), "sdk": L(34, DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("hub_claimed", 1), ev("dose_changed", 2, alk=12.5),
                ev("screen", 3, screen=L("TankDashboard", USAGE))]}),
        case(f, f"{a}/api/v2/tanks", headers=_h(rng, how="nodash"),
             cookies={"rl_session": L(opaque(rng, "", 40), CRED), "rl_csrf": opaque(rng, "", 16)}),
    ]


def reefloom_sdks() -> list[Case]:
    rng = random.Random(4552)
    return [
        ls_batch(APP, rng, [("Dose Changed", {"alk_ml": 12.5}),
                            ("Photo Shared", {"public": True})]),
        ls_queue(APP, rng, [("Hub Offline", {"minutes": 14, "hub": SER}),
                            ("Alert Opened", {"kind": "temp_high"})]),
        ar_open(APP, rng, first=True),
        bm_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, keywords="aquarium,reef"),
        fk_crash(APP, rng, ("java.net.SocketTimeoutException", "hub local api"),
                 [fk_crumb("nav", "Tank -> Pumps"),
                  fk_crumb("net", "GET", {"url": f"http://{HUB['ip']}/api/state", "status": 0})],
                 screen="PumpsActivity", extra={"hub": SER}),
        fb_eval(APP, rng, {"hubModel": "HC4", "tanks": 1}, hdr=True),
        ph_register(APP, rng, tags={"tank": "reef", "hydro": "1"}),
        aw_check(APP, rng, {"analytics": True, "ads": True}),
        pm_card(APP, rng),
        ak_message(APP, rng, L("The return pump stops every night at 2am", TEXT),
                   {"hub": SER, "firmware": HUB["fw"]}),
    ]
