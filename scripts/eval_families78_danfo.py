"""Danfo-bus route and fare app "Gbera" (Lagos minibuses, a fare wallet): sign-up and log-in,
``/me``, stops near her, a journey plan from her flat, a route and its fare, wallet top-ups,
boarding at Ojuelegba, the trip's trace (msgpack) and heartbeat (protobuf, a nested fix),
alighting at CMS, a crowd report, a live trip shared with her cousin, an SOS, a lost item, saved
places, a fare dispute, the network report (roaming SIM, cell, Wi-Fi, IP), trip history, push,
events and the wallet balance by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families78_kit import (
    ALIGHT_FIX,
    BOARD_FIX,
    BUS,
    HOME_NG,
    HOME_NG_AT,
    STALL_AT,
    STOPS,
    WALLET_CARD,
    bus_ride,
    fix,
    obj,
)
from eval_families78_sdk import ij_crash, ij_crumb, ip_bid, ky_batch, ky_lines, op_event, op_session
from eval_families78_svc import ay_eval, ik_register, om_reverse, om_route, om_telemetry
from eval_payloads import BSSID, EMAIL, INSTALL_ID, PUBLIC_IP, SSID, USER_ID, Case, J, L, case

APP = App("gbera", "Gbera", "com.example.gbera", "2.6.5", "https://api.gbera.example.com")
IID = "X-Gbera-Install"
PW = "Molue#Yellow88"
COUSIN = ("Yetunde Adeyemi", "+2348035550176")  # her cousin in Lagos (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def gbera() -> list[Case]:
    rng = random.Random(7851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wallet=L(WALLET_CARD, UID), email=L(EMAIL, MAIL)))}
    trip = obj(rng, "trip", 10)
    bla, blo = fix(BOARD_FIX)
    ala, alo = fix(ALIGHT_FIX)
    hla, hlo = fix(HOME_NG_AT, 5)
    ojl, cms = STOPS["Ojuelegba"], STOPS["CMS"]
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(6.481207, PRECISE)),
                                                     (2, L(3.377915, PRECISE))]),
               (4, 21.4), (5, BUS["id"]), (6, 1765350410)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "city": L("Lagos", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stops/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{BOARD_FIX[0]:.5f}", PRECISE), "lon": L(f"{BOARD_FIX[1]:.5f}", PRECISE),
            "r": "500"}),
        case(f, f"{a}/v1/plan", headers=_h(rng, **b), body={
            "from": {"lat": hla, "lon": hlo, "label": "Current location"},
            "to": {"text": L("CMS Marina", SEARCH)}, "modes": ["danfo", "brt", "keke"],
            "depart": "2025-12-10T07:10:00+01:00"}),
        case(f, f"{a}/v1/routes/{BUS['route']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/fares", query={"route": BUS["route"], "from": ojl[0], "to": cms[0]},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "card": L(WALLET_CARD, UID), "amount": L("2000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "trip": trip, "bus": BUS["id"], "plate": BUS["plate"], "stop": ojl[0],
            "stopAt": {"lat": ojl[1], "lon": ojl[2]}, "position": {"lat": bla, "lon": blo},
            "fare": L("500", BUY), "wallet": L(WALLET_CARD, UID)}),
        case(f, f"{a}/v1/trips/{trip}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": bus_ride(rng, 6), "bus": BUS["id"], "seq": 2}),
        raw(f, f"{a}/v1/trips/{trip}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/end", headers=_h(rng, **b), body={
            "stop": cms[0], "position": {"lat": ala, "lon": alo, "acc": 11},
            "charged": L("500", BUY), "minutes": 52}),
        case(f, f"{a}/v1/reports/crowd", fmt="form", headers=_h(rng, **b), body={
            "stop": ojl[0], "level": "4",
            "comment": L("No bus for 30 mins, everybody dey wait under the bridge", TEXT)}),
        case(f, f"{a}/v1/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(COUSIN[0], NAMEC), "phone": L(COUSIN[1], TEL)},
            "expiresMin": 90, "now": {"lat": L(6.47811, PRECISE), "lon": L(3.37992, PRECISE)}}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "trip": trip, "plate": BUS["plate"], "lat": L(6.471102, PRECISE),
            "lon": L(3.383318, PRECISE),
            "text": L("Conductor took my phone charger and won't let me off", TEXT),
            "notify": [L(COUSIN[1], TEL)]}),
        case(f, f"{a}/v1/lost-items", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "item": L("Black umbrella and a small nylon of ankara samples", TEXT),
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={"places": [
            {"name": "Home", "address": L(HOME_NG["line"], ADDR),
             "lat": L(HOME_NG_AT[0], PRECISE), "lon": L(HOME_NG_AT[1], PRECISE)},
            {"name": "Shop", "lat": L(STALL_AT[0], PRECISE), "lon": L(STALL_AT[1], PRECISE)}]}),
        case(f, f"{a}/v1/disputes", headers=_h(rng, **b), body={
            "trip": trip, "amount": L("500", BUY),
            "text": L("I was charged twice at CMS, only one ride", TEXT)}),
        case(f, f"{a}/v1/diagnostics/network", headers=_h(rng, **b), body={
            "simOperator": L("310260", CARRIER), "simOperatorName": L("Example Mobile", CARRIER),
            "networkCountry": L("ng", CARRIER), "roaming": L(True, CARRIER),
            "cellId": L(20417, CARRIER), "radio": L("LTE", DEV), "ip": L(PUBLIC_IP, IPLOC),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "rttMs": 188}),
        case(f, f"{a}/v1/trips", query={"month": "2025-12", "limit": "30"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_started", 1, route=BUS["route"]), ev("trip_ended", 2, minutes=52),
                ev("screen", 3, screen=L("LiveTrip", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "gb_session": L(opaque(rng, "", 40), CRED), "gb_install": L(INSTALL_ID, DID)}),
    ]


def gbera_sdks() -> list[Case]:
    rng = random.Random(7852)
    return [
        ky_batch(APP, rng, [("Trip Started", {"route": BUS["route"]}),
                            ("Fare Paid", {"fare": L(500, BUY)})], at=BOARD_FIX, nd=4),
        ky_lines(APP, rng, [("Offline Trace Saved", {"points": 6}),
                            ("Stop Viewed", {"stop": STOPS["CMS"][0]})]),
        op_session(APP, rng, user=True, n=19),
        op_event(APP, rng, "wallet_topup", {"method": "card"}, revenue=2000.0),
        ip_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BOARD_FIX, nd=2),
        ij_crash(APP, rng, ("java.lang.NullPointerException", "stop == null"),
                 [ij_crumb("nav", "Plan -> LiveTrip"), ij_crumb("net", "GET /v1/fares")],
                 screen="LiveTripActivity"),
        ay_eval(APP, rng, {"city": L("lagos", COARSE), "brt": False}, hdr=True),
        ik_register(APP, rng, at=HOME_NG_AT, nd=2, tags={"commuter": True}),
        om_telemetry(APP, rng, [(6.489412, 3.373905), (6.481207, 3.377915)], PRECISE),
        om_reverse(APP, rng, ALIGHT_FIX, PRECISE, nd=5),
        om_route(APP, rng, [(BOARD_FIX, PRECISE), (STOPS["CMS"][1:], None)],
                 mode="bus"),
    ]
