"""Marshrutka (minibus) route tracker "Qatnov" (Tashkent's fixed-route minibuses, a stored-value
card): SMS sign-up and its code, ``/me`` with a JWT, the profile with her home and work, stops
near her (query), minibuses on a route (negatives), a journey plan from her fix, a stop search,
the transit card and a top-up, boarding with the fare, the ride's trace (msgpack) and heartbeat
(protobuf, a nested fix), alighting with a comment, a crowding report, the live trip shared with
her husband, an SOS with the cell, a lost-item report with a photo, a saved place, a network
report (IP, Wi-Fi, nearby networks, SIM and network), push, events and trip history by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
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
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families94_kit import (
    SPOUSE,
    STOPS,
    TRANSIT_CARD,
    UZ_BSSID,
    UZ_HOME,
    UZ_HOME_AT,
    UZ_LAN,
    UZ_SSID,
    UZ_WORK_AT,
    minibus_ride,
    uz_fix,
    vehicles,
)
from eval_families94_sdk import kz_batch, kz_pixel, mb_event, mb_session, sb_bid, xc_crash, xc_crumb
from eval_families94_svc import bq_eval, xp_register, xt_route, xt_telemetry
from eval_payloads import EMAIL, INSTALL_ID, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("qatnov", "Qatnov", "uz.example.qatnov", "3.0.8", "https://api.qatnov.example.com")
IID = "X-Qatnov-Device"
BOARD_AT = (41.362871, 69.286102)  # her fix at the Bog'ishamol stop
ALIGHT_AT = (41.311562, 69.279311)  # her fix getting off near Amir Temur square


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def qatnov() -> list[Case]:
    rng = random.Random(9461)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    trip = obj(rng, "trip", 10)
    bla, blo = uz_fix(BOARD_AT)
    ala, alo = uz_fix(ALIGHT_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(41.341207, PRECISE)),
                                                     (2, L(69.283911, PRECISE))]),
               (4, 27.5), (5, "45"), (6, 1764745390)], "", lab)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("uz", DEV), "channel": "sms"}),
        case(f, f"{a}/v1/auth/sms/verify", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "code": L("5093", CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "name": L(FIRST, NAMEC), "email": L(EMAIL, MAIL),
            "home": {"label": "Uy", "lat": L(UZ_HOME_AT[0], PRECISE),
                     "lon": L(UZ_HOME_AT[1], PRECISE)},
            "work": {"label": "Ish", "lat": L(round(UZ_WORK_AT[0], 5), PRECISE),
                     "lon": L(round(UZ_WORK_AT[1], 5), PRECISE)}}),
        case(f, f"{a}/v1/stops/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{UZ_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{UZ_HOME_AT[1]:.4f}", PRECISE),
            "r": "500"}),
        case(f, f"{a}/v1/routes/45/vehicles", headers=_h(rng, **b), query={"dir": "1"}),
        case(f, f"{a}/v1/plan", headers=_h(rng, **b), body={
            "from": {"lat": bla, "lon": blo},
            "to": {"stop": STOPS[2]["id"], "lat": STOPS[2]["lat"], "lon": STOPS[2]["lon"]},
            "depart": "2025-12-03T08:10:00+05:00", "modes": ["marshrutka", "metro"]}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Chorsu bozori", SEARCH), "type": "stop"}),
        case(f, f"{a}/v1/cards", headers=_h(rng, **b), body={
            "number": L(TRANSIT_CARD, PAY), "nickname": "Metro karta", "balance": 48000}),
        case(f, f"{a}/v1/cards/topup", fmt="form", headers=_h(rng, **b), body={
            "card_last4": L(TRANSIT_CARD[-4:], PAY), "amount": L("50000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "trip": trip, "route": "45", "vehicle": vehicles(rng, 1, "45")[0],
            "stop": STOPS[1]["id"], "at": {"lat": bla, "lon": blo},
            "fare": L("2000", BUY), "payment_ref": L(obj(rng, "pay", 10), BUY)}),
        case(f, f"{a}/v1/trips/{trip}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": minibus_ride(rng, 5, BOARD_AT, ALIGHT_AT), "seq": 2}),
        raw(f, f"{a}/v1/trips/{trip}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/alight", headers=_h(rng, **b), body={
            "stop": STOPS[2]["id"], "lat": ala, "lon": alo, "rating": 2,
            "comment": L("Driver was on the phone the whole way and skipped Minor", TEXT)}),
        case(f, f"{a}/v1/crowding", fmt="form", headers=_h(rng, **b), body={
            "route": "45", "level": "standing", "stop": STOPS[0]["id"],
            "lat": L(f"{STOPS[0]['lat'] + 0.0004:.3f}", PRECISE),
            "lon": L(f"{STOPS[0]['lon'] - 0.0003:.3f}", PRECISE)}),
        case(f, f"{a}/v1/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(SPOUSE[0], NAMEC), "phone": L(SPOUSE[2], TEL)},
            "eta": "08:41", "lat": ala, "lon": alo}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "lat": L(41.329118, PRECISE), "lon": L(69.284302, PRECISE),
            "text": L("A man keeps following me off the bus", TEXT),
            "cell": {"mcc": L("434", CARRIER), "mnc": L("05", CARRIER),
                     "cid": L(20331, CARRIER), "lac": L(1520, CARRIER)},
            "battery": L(17, DEV)}),
        multipart(f, f"{a}/v1/lost-items", [
            ("photo", "backpack.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("item", None, "application/json", {
                "route": "45", "plate": vehicles(rng, 1, "45")[0]["plate"],
                "text": L("Blue child's backpack with a dinosaur keyring", TEXT),
                "phone": L(E164, TEL)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={
            "label": "Uy", "address": L(UZ_HOME["kocha"], ADDR),
            "lat": L(round(UZ_HOME_AT[0], 5), PRECISE),
            "lon": L(round(UZ_HOME_AT[1], 5), PRECISE)}),
        case(f, f"{a}/v1/diagnostics/network", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "lan": L(UZ_LAN, DEV),
            "wifi": {"ssid": L(UZ_SSID, WIFI), "bssid": L(UZ_BSSID, WIFI)},
            "scan": [L("58:d9:d5:3e:a1:91", WIFI), L("c0:25:e9:14:7b:02", WIFI),
                     L("70:4f:57:aa:30:6e", WIFI)],
            "sim": {"mccmnc": L("310260", CARRIER), "country": L("us", CARRIER)},
            "network": {"mccmnc": L("43405", CARRIER), "country": L("uz", CARRIER)},
            "type": L("LTE", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "lang": L("uz", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_started", 1, route="45"), ev("trip_ended", 2, minutes=L(31, USAGE)),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v1/trips/history", headers=_h(rng, how="nodash"),
             cookies={"qt_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def qatnov_sdks() -> list[Case]:
    rng = random.Random(9462)
    return [
        kz_batch(APP, rng, [("Trip Started", {"route": "45"}),
                            ("Card Topped Up", {"amount": L(50000, BUY)})],
                 at=UZ_WORK_AT, nd=3, roaming=True),
        kz_pixel(APP, rng, "Map Opened", {"layer": "routes"}),
        mb_session(APP, rng, first=True),
        mb_event(APP, rng, "card_topup", {"card": "transit"}, revenue=50000.0),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=UZ_HOME_AT, nd=3),
        xc_crash(APP, rng, ("java.lang.NullPointerException", "vehicle.position is null"),
                 [xc_crumb("nav", "Map -> Route45"),
                  xc_crumb("net", "GET /v1/routes/45/vehicles", {"status": 200})],
                 screen="LiveMapActivity"),
        bq_eval(APP, rng, {"city": L("tashkent", "location.coarse"), "metroLayer": True},
                hdr=True),
        xp_register(APP, rng, at=UZ_HOME_AT, nd=2, tags={"route_45": "1"}, lang="uz"),
        xt_route(APP, rng, [(UZ_HOME_AT, PRECISE), ((STOPS[1]["lat"], STOPS[1]["lon"]), None),
                            (UZ_WORK_AT, PRECISE)]),
        xt_telemetry(APP, rng, [BOARD_AT, (41.341207, 69.283911)], PRECISE),
    ]
