"""Home EV charger app "Voltnest" with a car link: sign-up, a log-in, ``/me``, the installation
site, claiming the charger, its Wi-Fi, a protobuf commissioning report, linking the car (an OAuth
code), the car's details and state, a smart-charging schedule with tariff slots, a home session
with its charge curve, public stations nearby, a public session (msgpack) and its stop, a rebate
claim with the installer's invoice, a household member invited, diagnostics, a subscription,
push, events and the monthly energy by a cookie GET."""

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
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix, home, obj
from eval_families59_kit import CAR, CHARGER, STATION, WIFI_PW, curve, tariff
from eval_families59_sdk import af_bid, gl_batch, gl_pixel, sk_event, sk_session
from eval_families59_svc import bk_register, fw_eval, pw_reverse, pw_route, tf_card
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
    W,
    case,
)

APP = App("voltnest", "Voltnest", "com.example.voltnest", "6.1.3",
          "https://cloud.voltnest.example.com")
IID = "X-VN-Installation"
PW = "Kilowatt&Fern42"
PUB_FIX = (40.753811, -74.001552)  # her phone by the public station


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def voltnest() -> list[Case]:
    rng = random.Random(5931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    h5 = home(5)
    ser, vid = CHARGER["serial"], obj(rng, "veh", 10)
    pla, plo = fix(PUB_FIX)
    xc = {"X-VN-Client": W({"installation": L(INSTALL_ID, DID), "os": L("Android 14", DEV),
                            "app": APP.ver}, "b64json")}
    lab: dict[str, str] = {}
    comm = pb([(1, ser), (2, CHARGER["fw"]), (3, [(1, L(SSID, WIFI)), (2, L(BSSID, WIFI)),
                                                   (3, -58)]),
               (4, L(INSTALL_ID, DID)), (5, L(LOCAL_IP, DEV)), (6, CHARGER["lan"])], "", lab)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "country": "US", "terms": "2025-06"}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sites", headers=_h(rng, **b), body={
            "name": "Home", "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "lat": hla, "lon": hlo, "utility": "Metro Electric & Gas", "panelAmps": 200,
            "parking": "garage"}),
        case(f, f"{a}/v2/chargers/claim", headers=_h(rng, **b), body={
            "serial": ser, "mac": CHARGER["mac"], "model": CHARGER["model"],
            "claimCode": L("7QK4-2M9X-VN", CRED), "site": "site_4c81e07d"}),
        case(f, f"{a}/v2/chargers/{ser}/network", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "password": L(WIFI_PW, CRED),
            "security": "WPA2-PSK", "band": "5GHz", "chargerIp": CHARGER["lan"]}),
        raw(f, f"{a}/v2/chargers/{ser}/commissioning", comm, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vehicles/link", fmt="form", headers=_h(rng, **b), body={
            "provider": "corvane", "code": L(opaque(rng, "cv_ac_", 32), CRED),
            "code_verifier": L(opaque(rng, "", 43), CRED),
            "redirect_uri": "voltnest://oauth/corvane"}),
        case(f, f"{a}/v2/vehicles", headers=_h(rng, **b), body={
            "vehicle": vid, "vin": CAR["vin"], "make": CAR["make"], "model": CAR["model"],
            "batteryKwh": CAR["kwh"], "year": 2023, "defaultCharger": ser}),
        case(f, f"{a}/v2/vehicles/{vid}/state", headers=_h(rng, **b), body={
            "vin": CAR["vin"], "socPct": 31, "rangeKm": 121, "pluggedIn": True,
            "odometerKm": 18422, "position": {"lat": h5[0], "lon": h5[1], "heading": 212},
            "cabinTempC": 14.5}),
        case(f, f"{a}/v2/chargers/{ser}/schedule", headers=_h(rng, **b), body={
            "mode": "smart", "departure": "07:30", "targetSoc": 80, "tariff": tariff(),
            "solarOnly": False, "maxAmps": 32}),
        case(f, f"{a}/v2/chargers/{ser}/sessions", gz=True, headers=_h(rng, **b), body={
            "session": obj(rng, "cs", 12), "start": "2025-12-08T23:00:00-05:00",
            "end": "2025-12-09T04:10:00-05:00", "kWh": 38.4, "curve": curve(rng, 24),
            "estCost": {"amount": "4.31", "currency": "USD"}, "vehicle": vid}),
        case(f, f"{a}/v2/public/stations", headers=_h(rng, **b), query={
            "lat": L(f"{PUB_FIX[0]:.3f}", PRECISE), "lon": L(f"{PUB_FIX[1]:.3f}", PRECISE),
            "radius": "2000", "connector": "ccs"}),
        case(f, f"{a}/v2/public/stations/{STATION['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/public/sessions", fmt="msgpack", headers=_h(rng, **b, extra=xc),
             body={
            "station": STATION["id"], "connector": 2, "vehicle": vid,
            "position": {"lat": pla, "lon": plo},
            "stationAt": [STATION["lat"], STATION["lon"]],
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/public/sessions/{obj(rng, 'ps', 10)}/stop", fmt="form",
             headers=_h(rng, **b), body={"kWh": "22.7", "amount": L("9.88", BUY),
                                         "currency": "USD", "idle": "0"}),
        multipart(f, f"{a}/v2/rebates", [
            ("invoice", "install_invoice.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("claim", None, "application/json", {
                "program": "metro-ev-home-2025", "installer": "Brightline Electric",
                "installerPhone": "+17185550190", "invoiceTotal": L("1840.00", BUY),
                "accountHolder": L(NAME, NAMEC),
                "serviceAddress": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)},
                "charger": ser})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/household/invites", headers=_h(rng, **b), body={
            "email": L(PARTNER[2], MAIL), "name": L(PARTNER[0], NAMEC), "role": "driver"}),
        case(f, f"{a}/v2/support/diagnostics", headers=_h(rng, **b), body={
            "charger": ser, "firmware": CHARGER["fw"], "rssi": -61,
            "chargerMac": CHARGER["mac"], "chargerIp": CHARGER["lan"],
            "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                      "ip": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI)},
            "log": "ocpp ws reconnect x3; contactor ok"}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("voltnest_plus_monthly", BUY),
            "orderId": L("GPA.3355-0192-8841-20476", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("schedule_saved", 1, mode="smart"), ev("session_viewed", 2),
                ev("screen", 3, screen=L("EnergyMonth", USAGE))]}),
        case(f, f"{a}/v2/energy/monthly", headers=_h(rng, how="upper"), query={
            "month": "2025-11"}, cookies={"vn_session": L(opaque(rng, "", 44), CRED)}),
    ]


def voltnest_sdks() -> list[Case]:
    rng = random.Random(5932)
    return [
        gl_pixel(APP, rng, "Onboarding Step", {"step": "charger_model", "n": 2}),
        gl_batch(APP, rng, [("Charge Scheduled", {"mode": "smart", "targetSoc": 80}),
                            ("Public Session Paid", {"amount": L(9.88, BUY)})],
                 at=(LAT, LON), nd=2),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "v9p1x3", {"plan": "plus_monthly"}, revenue="4.99"),
        af_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}}),
        fw_eval(APP, rng, {"chargerModel": "home11", "v2g": False, "utility": "meg"}),
        bk_register(APP, rng, at=(LAT, LON), nd=2, tags={"charger": "home11"}),
        tf_card(APP, rng),
        pw_reverse(APP, rng, PUB_FIX, PRECISE, nd=5),
        pw_route(APP, rng, [((LAT, LON), PRECISE),
                            ((STATION["lat"], STATION["lon"]), None)]),
    ]
