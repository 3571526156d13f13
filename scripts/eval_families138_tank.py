"""A rooftop water tank's app "Tankwise" (a level sensor on the 10,000-litre tank on her Muyenga
house, and water-bowser deliveries when the mains are dry). Unlike set 126's cyclone-season
emergency water deliveries and set 130's prepaid meter, it is a smart-home device first: the
sensor is set up on her home Wi-Fi (its name, its BSSID, its password and the networks the phone
saw nearby), readings go up through the phone, leaks raise alerts, and bowser orders and tank
cleaning are booked from the level. Calls: sign-up, an SMS code, ``/me``, the sensor's pairing
and Wi-Fi set-up, a nearby-networks scan, the tank's profile (``lat,lon`` string), readings
(protobuf), usage, a bowser order, its mobile-money payment, the order by number in the path, the
delivery with a photo, a review, alert contacts, a tank cleaning, rain (2 decimals), sharing
with her husband, a firmware check, an offline order queue (msgpack), billing by a cookie GET,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families138_kit import (
    ACCOUNT_NO,
    BOWSER,
    HUSBAND,
    KLA_HOME,
    KLA_HOME_AT,
    SENSOR,
    TANK,
    fix,
    hd,
    obj,
    push,
)
from eval_families138_sdk import (
    cs_crash,
    cs_crumb,
    sn_batch,
    ta_event,
    ta_launch,
)
from eval_families138_svc import cj_card, ck_check, mk_reverse, mk_route, pn_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("tankwise", "Tankwise", "com.example.tankwise", "1.12.0",
          "https://api.tankwise.example.com")
IID = "X-Tankwise-Install"
PW = "RainOnTheRoof!27"
WIFI_PW = "Muyenga-home-2024"
ORDER = "BW-26-014471"  # a bowser delivery (financial.purchase)
NEARBY = [("Ssekandi-Guest", "aa:bb:cc:11:22:34"), ("MuyengaHeights_2G", "d8:07:b6:44:10:9e"),
          ("DIRECT-7F-HP OfficeJet", "7a:2c:41:0e:55:f1")]  # networks the phone saw (wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=False, **kw)


def tankwise() -> list[Case]:
    rng = random.Random(13871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), account=L(ACCOUNT_NO, UID)))}
    hla, hlo = fix(KLA_HOME_AT, 5)
    lab: dict[str, str] = {}
    reading = pb([(1, L(ACCOUNT_NO, UID)), (2, SENSOR["serial"]), (3, TANK["id"]),
                  (4, [(1, 6420), (2, 1768395600), (3, 31.5)]),
                  (5, [(1, 6385), (2, 1768399200), (3, 31.2)]), (6, L(USER_ID, UID)),
                  (7, L("Pixel 8", DEV))], "", lab)
    track = at_path(case(f, f"{a}/v1/orders/{ORDER}", headers=_h(rng, **b),
                         query={"fields": "eta,driver"}), ORDER, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED),
            "address": {"line": L(KLA_HOME["line"], ADDR), "area": L("Muyenga", COARSE),
                        "city": L("Kampala", COARSE)}, "account": L(ACCOUNT_NO, UID)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("315806", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sensors/pair", headers=_h(rng, **b), body={
            "serial": SENSOR["serial"], "mac": SENSOR["mac"], "fw": SENSOR["fw"],
            "setupAp": SENSOR["ssid"], "account": L(ACCOUNT_NO, UID),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L(WIFI_PW, CRED), "security": "WPA2"},
            "phoneIp": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/sensors/scan", headers=_h(rng, **b), body={
            "serial": SENSOR["serial"], "networks": [
                {"ssid": L(s, WIFI), "bssid": L(m, WIFI), "rssi": -48 - 9 * i}
                for i, (s, m) in enumerate([(SSID, BSSID), *NEARBY])]}),
        case(f, f"{a}/v1/tanks/{TANK['id']}", headers=_h(rng, **b), body={
            "litres": TANK["litres"], "heightCm": 240, "roofM2": 96, "mainsBackup": True,
            "location": L(f"{KLA_HOME_AT[0]:.6f},{KLA_HOME_AT[1]:.6f}", PRECISE),
            "household": 5}),
        raw(f, f"{a}/v1/readings", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/usage", headers=_h(rng, **b), query={
            "account": L(ACCOUNT_NO, UID), "period": "30d"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "supplier": BOWSER["id"], "litres": 5000,
            "price": L(120000, BUY), "deliverTo": {"line": L(KLA_HOME["line"], ADDR),
                                                   "lat": hla, "lon": hlo},
            "gateNote": L("Blue gate after the church, hoot twice", TEXT),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/orders/pay", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "amount": L("120000", BUY), "msisdn": L(E164, TEL),
            "provider": "mobile_money", "ref": rid(rng)}),
        track,
        multipart(f, f"{a}/v1/orders/{ORDER}/delivered", [
            ("photo", "tank_full.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA)),
            ("data", None, "application/json", {"order": L(ORDER, BUY), "litres": 5000,
                                                "ok": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "stars": "4",
            "text": L("Driver was polite but spilled water on the compound", TEXT)}),
        case(f, f"{a}/v1/alerts/contacts", headers=_h(rng, **b), body={
            "contacts": [{"phone": L(E164, TEL), "sms": True, "push": True},
                         {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "sms": True}], "levelPct": 20, "leak": True}),
        case(f, f"{a}/v1/cleaning", headers=_h(rng, **b), body={
            "tank": TANK["id"], "date": "2026-02-02", "amount": L(80000, BUY),
            "booking": L("CLN-26-0318", BUY), "access": L(KLA_HOME["line"], ADDR)}),
        case(f, f"{a}/v1/rain", headers=_h(rng, **b), query={
            "lat": L(f"{KLA_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{KLA_HOME_AT[1]:.2f}",
                                                                COARSE), "days": "7"}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "role": "viewer",
            "tank": TANK["id"]}),
        case(f, f"{a}/v1/firmware", headers=_h(rng, **b), query={
            "serial": SENSOR["serial"], "current": SENSOR["fw"], "hw": "rev-c"}),
        case(f, f"{a}/v1/orders/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_NO, UID), "queued": [
                {"local": obj(rng, "q"), "litres": 3000, "price": L(75000, BUY)}],
            "net": "offline"}),
        case(f, f"{a}/v1/billing", headers=_h(rng, how="none"), cookies={
            "tw_session": L(opaque(rng, "", 40), CRED), "tw_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sensor_paired", 1), ev("order_placed", 2, litres=5000),
                ev("screen", 3, screen=L("TankLevel", USAGE))]}),
    ]


def tankwise_sdks() -> list[Case]:
    rng = random.Random(13872)
    return [
        sn_batch(APP, rng, [("Sensor Paired", {"fw": SENSOR["fw"]}),
                            ("Order Placed", {"price": L(120000, BUY)})],
                 at=KLA_HOME_AT, nd=3),
        ta_launch(APP, rng, user=True, n=31),
        ta_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=120000.0,
                 currency="UGX", hashed=True),
        cs_crash(APP, rng, ("java.io.IOException", "softap connection reset"),
                 [cs_crumb("nav", "Pair -> Wifi"), cs_crumb("log", "ap joined")],
                 screen="PairActivity"),
        ck_check(APP, rng, {"analytics": True, "ads": False}),
        pn_register(APP, rng, at=KLA_HOME_AT, nd=2, tags={"tank": TANK["id"]}),
        cj_card(APP, rng),
        mk_reverse(APP, rng, KLA_HOME_AT, PRECISE, nd=5),
        mk_route(APP, rng, [((BOWSER["lat"], BOWSER["lon"]), None), (KLA_HOME_AT, PRECISE)]),
    ]
