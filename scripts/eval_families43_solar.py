"""Home energy and solar battery app "Sunvault" (camelCase API): sign-up with the service
address and utility account, an OAuth password grant, ``/me``, the site (the home's point, its
equipment), the gateway's Wi-Fi set-up, half-hourly energy relayed from the gateway (gzip), a
protobuf live snapshot, the tariff, bills by account in the path, autopay, battery modes, an EV
charging schedule, priority services, an outage report, an installer visit, a referral, a savings
report by e-mail, a rebate application, a neighbourhood comparison, a roof photo, meter data
consent, a solar forecast, push, events and the dashboard by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families17_kit import DASHED as PHONE_DASHED
from eval_families18_kit import NATID
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import home
from eval_families43_kit import (
    BATTERY,
    GATEWAY_PW,
    INVERTER,
    METER,
    UTILITY_ACCT,
    halfhours,
)
from eval_families43_sdk import cb_crumb, cb_report, io_launch, th_batch, th_identify
from eval_families43_svc import fs_eval, hm_message, mb_reverse, of_save, pm_bank, pt_register
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

APP = App("sunvault", "Sunvault", "com.example.sunvault", "3.12.0",
          "https://api.sunvault.example.com")
IID = "X-SV-Install-Id"
PW = "Kilowatt&Fern33"
SITE = "site_7c41a09e"  # the home's system ID (the vendor's object: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def sunvault() -> list[Case]:
    rng = random.Random(4361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), acct=L(UTILITY_ACCT, UID)))}
    hla, hlo = home(6)
    ola, olo = home(5)
    lab: dict[str, str] = {}
    snap = pb([(1, SITE), (2, INVERTER["serial"]), (3, 1765306800), (4, 3.42), (5, 0.61),
               (6, 78), (7, [(1, L(round(LAT, 4), PRECISE)), (2, L(round(LON, 4), PRECISE))])],
              "", lab)
    bills = at_path(case(f, f"{a}/v1/accounts/{UTILITY_ACCT}/bills", headers=_h(rng, **b),
                         query={"months": "12"}), UTILITY_ACCT, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(PHONE_DASHED, TEL), "serviceAddress": _addr(),
            "utilityAccount": L(UTILITY_ACCT, UID), "utility": "Metro Harbor Power"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sunvault-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), body={
            "siteId": SITE, "address": _addr(), "lat": hla, "lon": hlo, "roofTiltDeg": 22,
            "panels": 18, "inverter": INVERTER, "battery": BATTERY, "meter": METER}),
        case(f, f"{a}/v1/sites/{SITE}/gateway/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "passphrase": L(GATEWAY_PW, CRED),
            "gatewayIp": "192.168.1.50", "phoneIp": L(LOCAL_IP, DEV), "band": "5GHz"}),
        case(f, f"{a}/v1/sites/{SITE}/intervals", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "meter": METER, "intervals": halfhours(rng)}),
        raw(f, f"{a}/v1/sites/{SITE}/live", snap, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sites/{SITE}/tariff", headers=_h(rng, **b), body={
            "tariff": L("Harbor Time-of-Use EV 2025", BUY), "peakRate": 0.41,
            "offPeakRate": 0.13, "exportRate": 0.08, "since": "2025-06-01"}),
        bills,
        case(f, f"{a}/v1/autopay", fmt="form", headers=_h(rng, **b), body={
            "account": L(UTILITY_ACCT, UID), "bankLast4": L("6789", PAY), "day": "12"}),
        case(f, f"{a}/v1/sites/{SITE}/battery/mode", fmt="form", headers=_h(rng, **b), body={
            "mode": "self_consumption", "reservePct": "30", "stormWatch": "on",
            "stormZip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/sites/{SITE}/ev/schedule", headers=_h(rng, **b), body={
            "vehicle": "Kestrel EV4", "vin": L("3KXMPL8E2NF104417", HW),
            "windows": [{"from": "00:30", "to": "05:30"}], "targetPct": 80}),
        case(f, f"{a}/v1/priority-services", headers=_h(rng, **b), body={
            "reason": L("home oxygen concentrator", MED), "dependent": False,
            "note": L("I rely on an oxygen concentrator at night, please warn me of outages",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/outages", headers=_h(rng, **b), body={
            "lat": ola, "lon": olo, "since": "2025-12-09T21:40:00-05:00",
            "text": L("Whole block dark, battery did not take over", TEXT)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "installer": {"name": "Brightline Solar Co", "phone": "+12125550177"},
            "slot": "2025-12-16T09:00", "kind": "battery_service",
            "access": L("Buzzer 4B, code 4411, dog is friendly", f"{TEXT}|{CRED}")}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[2][0], NAMEC), "friendEmail": L(PEOPLE[2][2], MAIL),
            "code": "SUNJANE50"}),
        case(f, f"{a}/v1/rebates", headers=_h(rng, **b), body={
            "program": "NY-BATT-2025", "ssnLast4": L("4325", NATID),
            "householdSize": 2, "ownsHome": True, "applicant": L(NAME, NAMEC)}),
        multipart(f, f"{a}/v1/sites/{SITE}/photos", [
            ("photo", "roof.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"kind": "roof", "panels": 18})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/meter-consent", fmt="form", headers=_h(rng, **b), body={
            "meter": METER, "account": L(UTILITY_ACCT, UID), "authorizedName": L(NAME, NAMEC),
            "agree": "true"}),
        case(f, f"{a}/v1/forecast", headers=_h(rng, **b), query={
            "lat": pos(2)[0], "lon": pos(2)[1], "days": "3"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("mode_changed", 1, mode="self_consumption"), ev("bill_viewed", 2),
                ev("screen", 3, screen=L("EnergyFlow", USAGE))]}),
        case(f, f"{a}/v1/dashboard", headers=_h(rng, how="upper"),
             cookies={"sv_session": L(opaque(rng, "", 40), CRED), "sv_site": SITE}),
    ]


def sunvault_sdks() -> list[Case]:
    rng = random.Random(4362)
    return [
        th_batch(APP, rng, [("Mode Changed", {"mode": "backup"}),
                            ("Bill Viewed", {"month": "2025-11"})]),
        th_identify(APP, rng, {"zip": L(ZIP, COARSE), "tariff": L("tou_ev_2025", BUY),
                               "batteryKwh": 13.5}),
        io_launch(APP, rng, user=True),
        cb_report(APP, rng, ("java.net.SocketTimeoutException", "gateway 192.168.1.50"),
                  [cb_crumb("nav", "Home -> Gateway"),
                   cb_crumb("http", "GET /local/status", {"inverter": INVERTER["serial"]})],
                  screen="GatewaySetupActivity"),
        fs_eval(APP, rng, {"hasBattery": True, "state": L(STATE, COARSE)}, get=True),
        pt_register(APP, rng, tags={"battery": "1", "zip": L(ZIP, COARSE)}, at=(LAT, LON),
                    nd=2),
        of_save(APP, rng, {"analytics": True, "marketing": True}),
        pm_bank(APP, rng),
        mb_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
        hm_message(APP, rng, L("My battery has shown 0% since last night's outage", TEXT),
                   {"site": SITE, "battery": BATTERY["serial"]}),
    ]
