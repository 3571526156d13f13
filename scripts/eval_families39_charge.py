"""EV charging network app "Voltmeadow" (the user's car at home in New York): sign-up, a token
refresh, ``/me``, the car (VIN, plate), linking the RFID charge card, stations nearby and one
station, a session started from the app at a garage (the phone's fix), its heartbeat (protobuf,
a nested fix), the stop with the meter values (msgpack), the receipt by e-mail, a rating, a
damaged cable reported with a photo, a trip planned to a cabin, favourites, the home charger on
the home Wi-Fi, a membership, auto-reload, the carmaker link, push, events and sessions by a
cookie GET."""

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
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families20_kit import FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import home, obj
from eval_families39_kit import (
    CHARGE_CARD,
    EMAID,
    EV_PLATE,
    HOME_CHARGER,
    STATION,
    TRIP_TO,
    VIN,
    geo,
    meter,
)
from eval_families39_sdk import (
    af_event,
    af_launch,
    bq_bid,
    cb_crash,
    cb_crumb,
    tw_batch,
    tw_queue,
)
from eval_families39_svc import ft_eval, hw_message, pm_register, pw_card, tc_route, tc_search
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, case

APP = App("voltmeadow", "Voltmeadow", "com.example.voltmeadow", "6.4.0",
          "https://api.voltmeadow.example.com")
IID = "X-VM-Install"
PW = "Amp-Harbor-2291"
AT_GARAGE = (40.753881, -74.000874)  # the user's phone beside the charger


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def voltmeadow() -> list[Case]:
    rng = random.Random(3951)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), contract=L(EMAID, UID)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "cs", 12)
    gla, glo = geo(AT_GARAGE, 6)
    hla, hlo = home(5)
    lab: dict[str, str] = {}
    beat = pb([(1, sid), (2, L(USER_ID, UID)),
               (3, [(1, L(40.754102, PRECISE)), (2, L(-74.000391, PRECISE))]),
               (4, 80), (5, L(38, DEV))], "", lab)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(E164, TEL), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "voltmeadow-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vehicles", headers=_h(rng, **b), body={
            "vin": L(VIN, HW), "plate": L(EV_PLATE, HW), "plateState": L("NY", COARSE),
            "make": "Auroris", "model": "EV5", "year": 2024, "batteryKwh": 77,
            "connector": "CCS1", "nickname": "Blue"}),
        case(f, f"{a}/v2/cards/link", fmt="form", headers=_h(rng, **b), body={
            "uid": L(CHARGE_CARD, UID), "label": "keychain fob"}),
        case(f, f"{a}/v2/stations", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "connector": "CCS1", "minKw": "50", "available": "true"}),
        case(f, f"{a}/v2/stations/{STATION['id']}", headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/vehicles/{VIN}/status", headers=_h(rng, **b)), VIN, HW),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "session": sid, "evse": STATION["evse"], "connector": 2, "vehicle": L(VIN, HW),
            "phone": {"lat": gla, "lng": glo, "acc": 6},
            "station": {"lat": STATION["lat"], "lng": STATION["lon"]},
            "idTag": L(EMAID, UID), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        raw(f, f"{a}/v2/sessions/{sid}/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sessions/{sid}/stop", fmt="msgpack", headers=_h(rng, **b), body={
            "endedBy": "app", "meter": meter(rng, 4), "evse": STATION["evse"]}),
        case(f, f"{a}/v2/sessions/{sid}/receipt", headers=_h(rng, **b), query={
            "format": "pdf", "email": L(EMAIL, MAIL), "total": L("18.64", BUY)}),
        case(f, f"{a}/v2/sessions/{sid}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "3", "comment": L("Stall 2 cable is frayed near the handle", TEXT)}),
        multipart(f, f"{a}/v2/stations/{STATION['id']}/issues", [
            ("photo", "cable.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("issue", None, "application/json", {
                "evse": STATION["evse"], "kind": "damaged_cable",
                "text": L("Insulation split, copper visible", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips/plan", headers=_h(rng, **b), body={
            "origin": {"lat": hla, "lng": hlo},
            "destination": {"lat": L(TRIP_TO[0], PRECISE), "lng": L(TRIP_TO[1], PRECISE),
                            "typed": L("lake placid cabin", SEARCH)},
            "vehicle": L(VIN, HW), "startSoc": 82, "arrivalSocMin": 15, "avoidTolls": False}),
        case(f, f"{a}/v2/favorites", headers=_h(rng, **b), body={
            "stations": [STATION["id"], "VM-NYC-0233", "VM-NJ-1190"]}),
        case(f, f"{a}/v2/home-charger", headers=_h(rng, **b), body={
            "serial": HOME_CHARGER["serial"], "firmware": HOME_CHARGER["fw"],
            "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)},
            "wifi": {"ssid": L(SSID, WIFI), "password": L("Maple-Window-55", CRED)},
            "offPeakStart": "23:00", "maxAmps": 40}),
        case(f, f"{a}/v2/membership", headers=_h(rng, **b), body={
            "plan": L("meadow_plus_annual", BUY), "price": L("79.00", BUY), "autoRenew": True}),
        case(f, f"{a}/v2/wallet/autoreload", fmt="form", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "threshold": "5.00",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/integrations/auroris", headers=_h(rng, **b), body={
            "code": L(opaque(rng, "ac_", 40), CRED), "vin": L(VIN, HW),
            "scopes": ["soc", "location:charging"]}),
        case(f, f"{a}/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("session_start", 1, kw=150), ev("session_stop", 2, kwh=38.2),
                ev("screen", 3, screen=L("ChargingNow", USAGE))]}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, how="nodash"),
             cookies={"vm_sess": L(opaque(rng, "", 40), CRED)}, query={"page": "1"}),
    ]


def voltmeadow_sdks() -> list[Case]:
    rng = random.Random(3952)
    st = (STATION["lat"], STATION["lon"])
    return [
        tw_batch(APP, rng, [("Charge Started", {"kw": 150, "network": "voltmeadow"}),
                            ("Charge Completed", {"cost": L(18.64, BUY), "kwh": 38.2})],
                 at=AT_GARAGE, nd=2),
        tw_queue(APP, rng, [("Station Viewed", {"kw": 150}), ("Filter Changed", {"minKw": 50})]),
        af_launch(APP, rng, user=True, n=17),
        af_event(APP, rng, "charge_completed", {"kwh": 38.2}, revenue=18.64),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3,
               keywords="ev,charging,road trip"),
        cb_crash(APP, rng, ("java.net.SocketTimeoutException", "ocpp relay timeout"),
                 [cb_crumb("navigation", "Station -> StartSession"),
                  cb_crumb("request", "POST /v2/sessions", {"status": 504})],
                 screen="StartSessionActivity"),
        ft_eval(APP, rng, {"vehicleMake": "Auroris", "plugAndCharge": True}),
        pm_register(APP, rng, tags={"plan": "plus"}, at=AT_GARAGE, nd=2),
        tc_search(APP, rng, "lake placid", SEARCH, near=(LAT, LON), nd=3),
        tc_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE), (st, None),
                            (TRIP_TO, PRECISE)]),
        pw_card(APP, rng),
        hw_message(APP, rng, L("Charged 38 kWh but was billed twice for session at Hudson "
                               "Yards", TEXT), {"plan": "plus"}),
    ]
