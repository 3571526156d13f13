"""Home-energy app "Sunbarrow" for rooftop solar, a home battery and a heat pump: sign-up, an
OAuth log-in, the home (address, position, utility account), the roof's outline, the gateway on
the home Wi-Fi, the equipment, the utility's meter data by log-in, a day's readings, the
occupancy schedule and setpoints, a readings backfill (msgpack), an auto-away geofence exit
(protobuf), the tariff, a battery quote, a loan payment, a rebate with its invoice, a support
ticket with a photo, a household member, an outage report, devices, events, a Play purchase and
a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
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
from eval_families18_kit import IID_UPPER
from eval_families19_kit import EMAIL_MIXED
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
    pos,
)
from eval_families24_kit import claims, head
from eval_families33_kit import (
    BATTERY,
    GATEWAY,
    HEATPUMP,
    HOME_WIFI_PASS,
    INSTALLER,
    INVERTER,
    METER,
    SOLAR_LOAN,
    UTILITY_ACCT,
    UTILITY_PHONE,
    halfhours,
    roof,
)
from eval_families33_sdk import fm_crumb, fm_notify, rh_event, rh_session, th_batch, th_profile
from eval_families33_svc import ag_save, fc_eval, gt_reverse, hw_message, pw_register
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

APP = App("sunbarrow", "Sunbarrow", "com.example.sunbarrow", "6.3.0",
          "https://api.sunbarrow.example.com")
IID = "X-Sunbarrow-Device"
SITE = "site_3f81c07a"
AWAY_FIX = (40.744512, -73.986203)  # her phone leaving the home zone (auto-away)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _away(rng: random.Random) -> Case:
    """The auto-away geofence exit (schema-less protobuf): the site, the transition, the time,
    her fix ``4.1``/``4.2`` and her user ID ``5``."""
    lab: dict[str, str] = {}
    data = pb([(1, SITE), (2, "exit"), (3, 1765291380),
               (4, [(1, L(AWAY_FIX[0], PRECISE)), (2, L(AWAY_FIX[1], PRECISE)), (3, 24)]),
               (5, L(USER_ID, UID)), (6, "heatpump_eco")], "", lab)
    return raw(APP.fam, f"{APP.api}/api/v3/sites/{SITE}/presence", data,
               "application/x-protobuf", lab, headers=_h(rng, auth="bearer"))


def sunbarrow() -> list[Case]:
    rng = random.Random(3311)
    a, f, s = APP.api, APP.fam, f"{APP.api}/api/v3/sites/{SITE}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    site=SITE))}
    b = {"auth": "bearer"}
    lat6, lon6 = pos(6)
    cases = [
        case(f, f"{a}/api/v3/auth/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(NATIONAL, TEL),
            "password": L("Photon-Harbor-22", CRED), "marketingOptIn": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng, how="upper"), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Photon-Harbor-22", CRED), "client_id": "sunbarrow-android",
            "scope": "sites energy offline_access"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/sites", headers=_h(rng, **b), body={
            "nickname": "Home", "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "postalCode": L(ZIP, COARSE)},
            "location": {"latitude": lat6, "longitude": lon6},
            "timeZone": L("America/New_York", DEV),
            "utility": {"name": "Harborline Electric", "accountNumber": L(UTILITY_ACCT, UID),
                        "meterSerial": METER["serial"], "meterModel": METER["model"]},
            "occupants": 2, "heating": "air_to_water_heat_pump", "floorAreaM2": 96}),
        case(f, f"{s}/roof", headers=_h(rng, **b), body={
            "geometry": {"type": "Polygon", "coordinates": [L(roof(), PRECISE)]},
            "azimuthDeg": 182, "tiltDeg": 27, "areaM2": 41.5, "panels": 18,
            "shading": [0.92, 0.95, 0.97, 0.88], "source": "satellite_trace"}),
        case(f, f"{a}/api/v3/gateways/claim", headers=_h(rng, **b), body={
            "serial": GATEWAY["serial"], "mac": GATEWAY["mac"], "site": SITE,
            "setupCode": L("SB-44Q7-K2M9", CRED),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "passphrase": L(HOME_WIFI_PASS, CRED), "security": "wpa2"},
            "phoneIp": L(LOCAL_IP, DEV)}),
        case(f, f"{s}/equipment", headers=_h(rng, **b), body={"items": [
            {"kind": "inverter", "serial": INVERTER["serial"], "model": INVERTER["model"],
             "fw": INVERTER["fw"], "mac": INVERTER["mac"]},
            {"kind": "battery", "serial": BATTERY["serial"], "capacityKwh": BATTERY["kwh"]},
            {"kind": "heat_pump", "serial": HEATPUMP["serial"], "model": HEATPUMP["model"]}],
            "installer": INSTALLER["name"], "installerPhone": INSTALLER["phone"],
            "commissioned": "2025-10-02"}),
        case(f, f"{a}/api/v3/utility/connect", fmt="form", headers=_h(rng, **b), body={
            "utility": "harborline", "username": L(EMAIL, MAIL),
            "password": L("Grid!Harbor1991", CRED), "accountNumber": L(UTILITY_ACCT, UID),
            "consent": "meter_data_24m"}),
        case(f, f"{s}/energy", headers=_h(rng, **b), query={
            "from": "2025-12-08T00:00:00-05:00", "to": "2025-12-09T00:00:00-05:00",
            "resolution": "30m", "series": "import,export,pv,battery,heatpump"}),
        case(f, f"{s}/schedule", headers=_h(rng, **b), body={
            "occupancy": [{"days": "mon-fri", "away": ["08:15", "18:30"]},
                          {"days": "sat-sun", "away": []}],
            "vacation": {"from": "2025-12-20", "to": "2026-01-03"},
            "heatPump": {"comfortC": 21.0, "ecoC": 17.5, "dhwC": 48, "boostBeforeMin": 45},
            "battery": {"reservePct": 20, "stormWatch": True}}),
        case(f, f"{s}/readings/backfill", fmt="msgpack", headers=_h(rng, **b), body={
            "gateway": GATEWAY["serial"], "meter": METER["serial"],
            "uploadedBy": L(USER_ID, UID), "readings": halfhours(rng, 8), "tz": "-05:00"}),
        _away(rng),
        case(f, f"{s}/tariff", headers=_h(rng, **b), body={
            "accountNumber": L(UTILITY_ACCT, UID), "plan": "EL-TOU-3",
            "rates": {"peak": 0.41, "offPeak": 0.17, "export": 0.09},
            "peakHours": ["16:00", "21:00"], "netMetering": True, "evCharging": False}),
        case(f, f"{a}/api/v3/quotes", headers=_h(rng, **b), body={
            "product": "battery_addon_13_5", "site": SITE,
            "contact": {"name": L(NAME, NAMEC), "phone": L(E164, TEL),
                        "email": L(EMAIL, MAIL)},
            "address": {"street": L(f"{LINE1} {LINE2}", ADDR), "zip": L(ZIP, COARSE)},
            "monthlyBillUsd": 142, "roofAgeYears": 6, "bestTime": "weekday evenings"}),
        case(f, f"{a}/api/v3/financing/payments", fmt="form", headers=_h(rng, **b), body={
            "agreement": L(SOLAR_LOAN, BUY), "amount": L("118.40", BUY), "currency": "USD",
            "paymentMethodId": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        multipart(f, f"{a}/api/v3/rebates", [
            ("application", None, "application/json", {
                "program": "heat_pump_2025", "applicant": L(NAME, NAMEC),
                "accountNumber": L(UTILITY_ACCT, UID), "address": L(
                    f"{LINE1} {LINE2}, {CITY}, {STATE} {ZIP}", ADDR),
                "invoiceTotal": L("14820.00", BUY), "incomeBand": "80-120_ami",
                "equipmentSerial": HEATPUMP["serial"]}),
            ("invoice", "installer_invoice.pdf", "application/pdf", L(PDF, MEDIA))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/support/tickets", [
            ("photo", "inverter_screen.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("ticket", None, "application/json", {
                "subject": "Inverter fault F-217",
                "body": L("Inverter shows F-217 every afternoon since Sunday and the "
                          "battery stops charging", TEXT),
                "serial": INVERTER["serial"], "errorCode": "F-217",
                "callback": L(DASHED, TEL), "installerMail": INSTALLER["mail"]})],
            headers=_h(rng, **b)),
        case(f, f"{s}/members", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL), "role": "viewer",
            "canChangeSetpoints": True}),
        case(f, f"{a}/api/v3/outages", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE),
            "since": "2025-12-09T17:42:00-05:00", "phone": L(E164, TEL),
            "note": L("Whole block is dark, streetlights out too", TEXT),
            "utilityPhone": UTILITY_PHONE}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "timeZone": L("America/New_York", DEV), "language": L("en-US", DEV),
            "alerts": {"gridOutage": True, "lowBattery": True}}),
        case(f, f"{a}/api/v3/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("sunbarrow_insights_yearly", BUY),
            "orderId": L("GPA.3391-4402-7731-20958", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "installId": L(IID_UPPER, DID), "events": [
                ev("energy_flow_viewed", 1, screen=L("EnergyFlow", USAGE)),
                ev("setpoint_changed", 2, fromC=20.5, toC=21.0),
                ev("session_end", 3, seconds=L(212, USAGE))]}),
        case(f, f"{s}/alerts", query={"since": "2025-12-01"}, headers=_h(rng, how="none"),
             cookies={"sb_session": L(opaque(rng, "", 48), CRED),
                      "sb_device": L(INSTALL_ID, DID)}),
    ]
    return cases


def sunbarrow_sdks() -> list[Case]:
    rng = random.Random(3312)
    return [
        th_batch(APP, rng, [("Energy Flow Viewed", {"pvKw": 3.4, "soc": 71}),
                            ("Schedule Saved", {"awayBlocks": 1})], at=(LAT, LON), nd=3),
        th_profile(APP, rng, {"zip": L(ZIP, COARSE), "systemKw": 7.6, "hasBattery": True,
                              "heatPump": True, "$email": L(EMAIL, MAIL)}),
        rh_session(APP, rng, first=True),
        rh_event(APP, rng, "quote_requested", {"product": "battery_addon_13_5"}, hashed=True),
        fm_notify(APP, rng, ("java.net.SocketTimeoutException", "gateway poll timed out"),
                  [fm_crumb("navigation", "EnergyFlow -> Gateway"),
                   fm_crumb("request", "GET /local/status",
                            {"host": "192.168.1.40", "gateway": GATEWAY["serial"]})],
                  meta={"gateway": {"fw": GATEWAY["fw"], "rssi": -58}},
                  context="GatewayActivity"),
        fc_eval(APP, rng, {"state": L(STATE, COARSE), "hasBattery": True, "vpp": "eligible"}),
        pw_register(APP, rng, tags={"zip": L(ZIP, COARSE), "plan": "insights"}),
        ag_save(APP, rng, {"analytics": True, "marketing": False}),
        gt_reverse(APP, rng, (LAT, LON), PRECISE),
        hw_message(APP, rng, L("Can I change the battery reserve before the storm on "
                               "Thursday?", TEXT), {"site": SITE, "plan": "insights"}),
    ]
