"""Volcano-eruption and evacuation alert app "Gosvakt" (Reykjanes): the device registered (the
SIM's and the visited network's codes), an account with her home area, her fix and a background
batch on the way to the harbour (gzip), zones, her household's needs, "I'm safe" from the
shelter, a route there, shelters near her, an alert and its receipt, a cell broadcast echoed
with the serving cell, an ash-fall report with a photo, family to notify, the flat's Wi-Fi and
the networks around (indoor positioning), a protobuf heartbeat, a car, feedback, settings, events
and the inbox by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
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
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import head
from eval_families77_kit import (
    CELL,
    ERUPTION_AT,
    HARBOUR_FIX,
    MOTHER,
    RVK_AT,
    RVK_BSSID,
    RVK_SSID,
    SHELTER_AT,
    SISTER,
    fix,
    obj,
    path_fixes,
)
from eval_families77_sdk import hv_crash, hv_crumb, hv_session, lt_queue, lt_track
from eval_families77_svc import fg_eval, hn_register, kf_reverse, kf_route, sk_check
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case

APP = App("gosvakt", "Gosvakt", "com.example.gosvakt", "5.0.2", "https://api.gosvakt.example.net")
IID = "X-Gosvakt-Device"
TM = f"{TEXT}|{MED}"
AT_SHELTER = (63.998236, -22.558127)  # her phone at the mass-care centre
DRIVE_MID = (63.912054, -22.178311)  # her car on the way to the harbour


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def gosvakt() -> list[Case]:
    rng = random.Random(7761)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    alert = obj(rng, "alr", 10)
    hla, hlo = fix(HARBOUR_FIX, 6)
    sla, slo = fix(AT_SHELTER, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(INSTALL_ID, DID)), (2, [(1, L(RVK_AT[0], PRECISE)),
                                             (2, L(RVK_AT[1], PRECISE))]),
               (3, L(77, DEV)), (4, L(True, DEV)), (5, 1768420000)], "", lab)
    batch = (path_fixes(rng, 2, RVK_AT, DRIVE_MID)
             + path_fixes(rng, 2, DRIVE_MID, HARBOUR_FIX, t0=1768360000))
    return [
        case(f, f"{a}/api/v1/devices/register", headers=_h(rng, how="none"), body={
            "installId": L(INSTALL_ID, DID), "pushToken": L(push_token(rng), DID),
            "lang": L("en", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "simMccMnc": L(MCCMNC, CARRIER), "simCountry": L("us", CARRIER),
            "networkMccMnc": L("27401", CARRIER), "networkCountry": L("is", CARRIER),
            "criticalAlerts": True}),
        case(f, f"{a}/api/v1/account", headers=_h(rng, **s), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "language": L("en", DEV), "homeArea": L("Reykjavík", COARSE)}),
        case(f, f"{a}/api/v1/location", headers=_h(rng, **s), body={
            "lat": hla, "lon": hlo, "accuracyM": 6, "battery": L(62, DEV),
            "zone": L("GRV", COARSE), "ts": 1768363500}),
        case(f, f"{a}/api/v1/location/batch", gz=True, headers=_h(rng, **s), body={
            "device": L(INSTALL_ID, DID), "fixes": batch}),
        case(f, f"{a}/api/v1/zones", headers=_h(rng, **s), body={
            "home": L("HBS-101", COARSE), "following": ["GRV", "RNB", "VOG"]}),
        case(f, f"{a}/api/v1/household", headers=_h(rng, **s), body={
            "members": 1, "pets": 0, "needsAssistance": False, "car": True,
            "medicalNeeds": L("Insulin must stay refrigerated and my pump charger needs power",
                              TM)}),
        case(f, f"{a}/api/v1/safe", headers=_h(rng, **s), body={
            "status": "safe", "alert": alert, "lat": sla, "lon": slo,
            "message": L("Evacuated from the harbour, safe at the Reykjanesbaer centre",
                          f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/api/v1/route", headers=_h(rng, **s), body={
            "from": {"lat": L(HARBOUR_FIX[0], PRECISE), "lon": L(HARBOUR_FIX[1], PRECISE)},
            "to": {"shelter": "sh_rnb_02", "lat": SHELTER_AT[0], "lon": SHELTER_AT[1]},
            "avoid": {"lat": ERUPTION_AT[0], "lon": ERUPTION_AT[1], "radiusKm": 4},
            "mode": "car"}),
        case(f, f"{a}/api/v1/shelters", headers=_h(rng, **s), query={
            "near": L(f"{HARBOUR_FIX[0]:.3f},{HARBOUR_FIX[1]:.3f}", PRECISE), "open": "true"}),
        case(f, f"{a}/api/v1/alerts/{alert}", headers=_h(rng, **s)),
        case(f, f"{a}/api/v1/alerts/{alert}/receipt", fmt="form", headers=_h(rng, **s), body={
            "deliveredAt": "2026-01-14T05:02:11Z", "channel": "push", "latencyMs": "840",
            "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/cellbroadcast", headers=_h(rng, **s), body={
            "cbChannel": 4370, "serial": 11021, "receivedAt": "2026-01-14T05:01:58Z",
            "cell": {"ecgi": L(CELL["ecgi"], CARRIER), "tac": L(CELL["tac"], CARRIER),
                     "plmn": L("27401", CARRIER)}}),
        multipart(f, f"{a}/api/v1/reports/ash", [
            ("photo", "ash.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("data", None, "application/json", {
                "lat": L(round(HARBOUR_FIX[0], 5), PRECISE),
                "lon": L(round(HARBOUR_FIX[1], 5), PRECISE), "ashMm": 2, "smell": "sulphur"})],
            headers=_h(rng, **s)),
        case(f, f"{a}/api/v1/family", headers=_h(rng, **s), body={"notify": [
            {"name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL),
             "email": L(SISTER[2], MAIL)},
            {"name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL)}]}),
        case(f, f"{a}/api/v1/wifi", headers=_h(rng, **s), body={
            "connected": {"ssid": L(RVK_SSID, WIFI), "bssid": L(RVK_BSSID, WIFI), "rssi": -48},
            "nearby": [{"bssid": L("a0:63:91:2c:5e:01", WIFI), "rssi": -70},
                       {"bssid": L("b4:75:0e:9a:11:3c", WIFI), "rssi": -77}]}),
        raw(f, f"{a}/api/v1/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **s)),
        case(f, f"{a}/api/v1/vehicle", fmt="form", headers=_h(rng, **s), body={
            "hasCar": "1", "seats": "4", "plate": "RX-Q41", "fuelPct": "60"}),
        case(f, f"{a}/api/v1/feedback", fmt="form", headers=_h(rng, **s), body={
            "text": L("The siren alert came 4 minutes after the SMS from my carrier", TEXT),
            "user": L(USER_ID, UID)}),
        case(f, f"{a}/api/v1/settings", headers=_h(rng, **s), body={
            "overrideDnd": True, "language": L("en", DEV), "sound": "siren",
            "tz": L("Atlantic/Reykjavik", DEV)}),
        case(f, f"{a}/api/v1/lava/overlay", headers=_h(rng, how="upper"), query={
            "bbox": "-22.60,63.80,-22.20,63.95", "z": "11"}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **s), body={
            "user": L(USER_ID, UID), "events": [
                ev("alert_shown", 1, alert=alert), ev("route_started", 2),
                ev("screen", 3, screen=L("EvacuationMap", USAGE))]}),
        case(f, f"{a}/api/v1/inbox", headers=_h(rng, how="nodash"),
             cookies={"gv_s": L(opaque(rng, "", 40), CRED)}),
    ]


def gosvakt_sdks() -> list[Case]:
    rng = random.Random(7762)
    return [
        lt_track(APP, rng, [("Alert Shown", {"level": "red"}),
                            ("Route Started", {"mode": "car"})], at=HARBOUR_FIX, nd=4),
        lt_queue(APP, rng, [("Safe Marked", {"shelter": "sh_rnb_02"}),
                            ("Family Notified", {"count": 2})]),
        hv_session(APP, rng, secs=95),
        hv_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate tile bitmap"),
                 [hv_crumb("navigation", "Alert -> EvacuationMap"),
                  hv_crumb("log", "tile", {"z": 11})], screen="EvacuationMapActivity"),
        fg_eval(APP, rng, {"region": L("Reykjanes", COARSE)}),
        hn_register(APP, rng, at=RVK_AT, nd=3, tags={"zone": L("HBS-101", COARSE)}),
        kf_reverse(APP, rng, SHELTER_AT, None),
        kf_route(APP, rng, [(HARBOUR_FIX, PRECISE), (SHELTER_AT, None)]),
        sk_check(APP, rng, {"analytics": True, "crash": True}),
    ]
