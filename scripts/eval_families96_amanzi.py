"""Water-outage app "Amanzi Watch" (a fictional metro's water service: outages, tanker requests,
meter readings, bills): registration with the municipal account, a log-in, ``/me``, outages
near home, an outage report with her fix and the Wi-Fi around, a photo of a burst main, a
protobuf "still off" ping, a tanker request (a chronic illness in the household), the tanker's
ETA, a meter reading with its photo, ward alerts, the bill and its payment, a water-quality
complaint, a street search, a rating, push, events and the account by a cookie GET."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families96_kit import DBN, DBN_HOME_AT, MUNI_ACCT, STANDPIPE_AT, WATER_METER
from eval_families96_sdk import ab_session, bk_bid, bk_win, co_session, tw_batch, tw_pixel
from eval_families96_svc import od_save, pw_register, ts_geocode, ts_reverse
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("amanzi", "AmanziWatch", "com.example.amanziwatch", "1.19.2",
          "https://api.amanziwatch.example.org")
IID = "Amanzi-Install-Id"
PW = "Umgeni-River-2025"
WARD = "Ward 33"
NEAR_BSSIDS = ["d8:07:b6:41:9e:02", "f0:9f:c2:7a:33:1d"]  # neighbours' access points (nearby)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def amanzi() -> list[Case]:
    rng = random.Random(9631)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), acct=L(MUNI_ACCT, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(DBN_HOME_AT, 6)
    mla, mlo = fix((-29.871377, 30.988602), 5)  # her fix by the burst main down the road
    rep = "OUT-25-118204"  # the outage report's reference (a case ID: a negative)
    tank = obj(rng, "tk", 10)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, rep), (3, [(1, L(DBN_HOME_AT[0], PRECISE)),
                                                   (2, L(DBN_HOME_AT[1], PRECISE))]),
               (4, 2), (5, 1765351200)], "", lab)
    return [
        case(f, f"{a}/v1/residents", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "mobile": L(PHONE, TEL), "accountNo": L(MUNI_ACCT, UID), "address": {
                "street": L(DBN["line"], ADDR), "suburb": L(DBN["suburb"], COARSE),
                "city": L(DBN["city"], COARSE), "postalCode": L(DBN["code"], COARSE)},
            "ward": L(WARD, COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/outages", headers=_h(rng, **b), query={
            "near": L(f"{DBN_HOME_AT[0]:.3f},{DBN_HOME_AT[1]:.3f}", PRECISE), "radiusM": "3000",
            "status": "open"}),
        case(f, f"{a}/v1/outages/reports", headers=_h(rng, **b), body={
            "ref": rep, "kind": "no_water", "since": "2025-12-09T18:30:00+02:00",
            "address": L(f"{DBN['line']}, {DBN['suburb']}", ADDR),
            "fix": {"lat": hla, "lng": hlo, "acc": 12, "wifi": [
                {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "rssi": -48},
                {"bssid": L(NEAR_BSSIDS[0], WIFI), "rssi": -77},
                {"bssid": L(NEAR_BSSIDS[1], WIFI), "rssi": -83}]},
            "householdSize": 3,
            "note": L("No water since last night, the whole of upper Bulwer Road is dry", TEXT)}),
        multipart(f, f"{a}/v1/outages/reports/{rep}/photos", [
            ("photo", "burst_main.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"lat": mla, "lng": mlo,
                                                "caption": L("Burst main on the corner", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/outages/reports/{rep}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/outages/reports/{rep}/follow", headers=_h(rng, **b), body={
            "channel": "push", "until": "restored"}),
        case(f, f"{a}/v1/residents/me/household", headers=_h(rng, **b), body={
            "residents": 3, "hasTank": False, "tankLitres": 0, "borehole": False,
            "meter": WATER_METER}),
        case(f, f"{a}/v1/tankers/requests", headers=_h(rng, **b), body={
            "id": tank, "address": L(DBN["line"], ADDR), "suburb": L(DBN["suburb"], COARSE),
            "containers": 6, "contactNo": L(NATIONAL, TEL),
            "priority": {"infant": True, "chronicIllness": L(True, MED), "elderly": False},
            "standpipe": {"lat": STANDPIPE_AT[0], "lng": STANDPIPE_AT[1]}}),
        case(f, f"{a}/v1/tankers/requests/{tank}/eta", headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/meters/readings", [
            ("photo", "meter.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("reading", None, "application/json", {"meter": WATER_METER, "value": "004127",
                                                   "account": L(MUNI_ACCT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alerts/subscriptions", fmt="form", headers=_h(rng, **b), body={
            "ward": L(WARD, COARSE), "suburb": L(DBN["suburb"], COARSE), "sms": "1",
            "push": "1", "ctx": W({"installId": L(INSTALL_ID, DID), "lang": L("en-ZA", DEV),
                                   "appVersion": APP.ver}, "b64json")}),
        case(f, f"{a}/v1/accounts/bill", headers=_h(rng, **b), query={
            "account": L(MUNI_ACCT, UID), "period": "2025-11"}),
        case(f, f"{a}/v1/accounts/payments", headers=_h(rng, **b), body={
            "account": L(MUNI_ACCT, UID), "amount": L("412.77", BUY), "currency": "ZAR",
            "method": L(opaque(rng, "pm_", 24), PAY), "ref": rid(rng)}),
        case(f, f"{a}/v1/accounts/paperless", fmt="form", headers=_h(rng, **b), body={
            "account": L(MUNI_ACCT, UID), "billingEmail": L(EMAIL, MAIL), "enabled": "1"}),
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "category": "quality", "address": L(DBN["line"], ADDR),
            "text": L("Water came back brown and smells of chlorine", TEXT)}),
        case(f, f"{a}/v1/streets", headers=_h(rng, **b), query={
            "q": L("Bulwer", SEARCH), "city": "durban"}),
        case(f, f"{a}/v1/tankers/requests/{tank}/rating", fmt="form", headers=_h(rng, **b),
             body={"stars": "5", "comment": L("Driver waited for the gogo next door", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("outage_reported", 1), ev("tanker_requested", 2),
                ev("screen", 3, screen=L("OutageMap", USAGE))]}),
        case(f, f"{a}/v1/accounts/summary", headers=_h(rng, how="upper"),
             cookies={"aw_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def amanzi_sdks() -> list[Case]:
    rng = random.Random(9632)
    return [
        tw_batch(APP, rng, [("Outage Reported", {"kind": "no_water"}),
                            ("Tanker Requested", {"containers": 6})], at=DBN_HOME_AT, nd=2),
        tw_pixel(APP, rng, "Outage Map Viewed", {"suburb": L("Glenwood", COARSE)}),
        ab_session(APP, rng, first=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DBN_HOME_AT, nd=3,
               keywords="water,plumbing,tanks"),
        bk_win(APP, rng),
        co_session(APP, rng),
        pw_register(APP, rng, at=DBN_HOME_AT, nd=2, tags={"ward": L(WARD, COARSE)}),
        od_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        ts_reverse(APP, rng, DBN_HOME_AT, PRECISE, nd=5),
        ts_geocode(APP, rng, "18 Bulwer Road, Glenwood", ADDR, near=DBN_HOME_AT, nd=3),
    ]
