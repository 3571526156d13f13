"""Microlet (minibus) route and fare app "Rotamikro" (Dili's numbered microlet lines): sign-up by
SMS, ``/me`` by session, stops near her, routes and live microlets, a plan from her fix (``lat,lon``
in the path), a trip started, tracked (protobuf) and ended, a wallet top-up and its history by
wallet number in the path, saved places, a destination search, a complaint about a driver, a
lost item with a photo, crowd-sourced positions (JSON Lines), her son's student pass, push,
events with the network context, alerts by cookie, an SOS share and a rating."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import head
from eval_families129_kit import (
    HOME_AT,
    HOME_LINE,
    HUSBAND,
    MIKRO,
    OFFICE_AT,
    SON,
    SON_STUDENT_NO,
    STOPS,
    WALLET_NO,
    fix,
    obj,
    trip,
)
from eval_families129_sdk import (
    VISITED,
    bm_bid,
    bm_win,
    ct_crash,
    ct_crumb,
    tk_batch,
    tk_beacon,
    tl_event,
)
from eval_families129_svc import bh_register, cj_route, cj_telemetry
from eval_payloads import BSSID, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, L, case

APP = App("rotamikro", "Rotamikro", "com.example.rotamikro", "4.1.0",
          "https://api.rotamikro.example.com")
IID = "X-Rm-Device"
BUS_AT = (-8.55417, 125.56961)  # where she boards, on the road by Farol stop (her fix)


def _h(rng: random.Random, how: str = "plain", lang: bool = True, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=lang, **kw)


def rotamikro() -> list[Case]:
    rng = random.Random(12961)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    tid = obj(rng, "trip", 10)
    bla, blo = fix(BUS_AT)
    ola, olo = fix(OFFICE_AT)
    seg = f"{BUS_AT[0]:.5f},{BUS_AT[1]:.5f}"
    lab: dict[str, str] = {}
    track = pb([(1, L(USER_ID, UID)), (2, tid), (3, [(1, L(-8.556027, PRECISE)),
                                                     (2, L(125.571318, PRECISE))]),
                (4, 22.5), (5, MIKRO["plate"]), (6, 1765318290)], "", lab)
    crowd = [{"uid": L(USER_ID, UID), "route": MIKRO["route"], "t": p["t"], "lat": p["lat"],
              "lon": p["lon"], "onboard": True} for p in trip(rng, 3)]
    return [
        case(f, f"{a}/v1/accounts", fmt="form", headers=_h(rng, lang=True), body={
            "phone": L(E164, TEL), "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC)}),
        case(f, f"{a}/v1/accounts/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "otp": L("309184", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, **s)),
        case(f, f"{a}/v1/stops/nearby", headers=_h(rng, **s), query={
            "lat": L(f"{BUS_AT[0]:.4f}", PRECISE), "lon": L(f"{BUS_AT[1]:.4f}", PRECISE),
            "radius": "300"}),
        case(f, f"{a}/v1/routes", headers=_h(rng, how="none"),
             query={"from": STOPS["farol"][0], "to": STOPS["colmera"][0]}),
        case(f, f"{a}/v1/routes/{MIKRO['route']}/vehicles", headers=_h(rng, how="none")),
        at_path(case(f, f"{a}/v1/plan/{seg}/{STOPS['becora'][0]}", headers=_h(rng, **s),
                     query={"depart": "now"}), seg, PRECISE),
        case(f, f"{a}/v1/trips", headers=_h(rng, **s), body={
            "trip": tid, "route": MIKRO["route"], "plate": MIKRO["plate"],
            "boardedAt": {"lat": bla, "lon": blo}, "stop": STOPS["farol"][0],
            "fare": L("0.25", BUY)}),
        raw(f, f"{a}/v1/trips/{tid}/track", track, "application/x-protobuf", lab,
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/trips/{tid}/end", headers=_h(rng, **s), body={
            "at": {"lat": ola, "lon": olo}, "stop": STOPS["colmera"][0],
            "fare": L("0.25", BUY), "paidWith": "wallet", "wallet": L(WALLET_NO, UID)}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **s), body={
            "wallet": L(WALLET_NO, UID), "amount": L("5.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(case(f, f"{a}/v1/wallet/{WALLET_NO}/history", headers=_h(rng, **s),
                     query={"limit": "20"}), WALLET_NO, UID),
        case(f, f"{a}/v1/places", headers=_h(rng, **s), body={"places": [
            {"label": "Uma", "line": L(HOME_LINE, ADDR), "lat": fix(HOME_AT)[0],
             "lon": fix(HOME_AT)[1], "nearestStop": STOPS["farol"][0]},
            {"label": "Servisu", "lat": ola, "lon": olo, "nearestStop": STOPS["colmera"][0]}]}),
        case(f, f"{a}/v1/search", headers=_h(rng, **s), query={
            "q": L("Hospital Nasional Guido Valadares", SEARCH),
            "near": L(f"{BUS_AT[0]:.3f},{BUS_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **s), body={
            "plate": MIKRO["plate"], "route": MIKRO["route"], "driverPhone": MIKRO["driver_phone"],
            "text": L("The driver charged my son 50 cents instead of the student fare and "
                      "drove off before he sat down.", TEXT),
            "lat": L(round(OFFICE_AT[0], 4), PRECISE), "lon": L(round(OFFICE_AT[1], 4), PRECISE)}),
        multipart(f, f"{a}/v1/lost-items", [
            ("photo", "bag.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("item", None, "application/json", {
                "trip": tid, "description": L("Blue backpack with a tais strap and a school "
                                              "notebook", TEXT), "contact": L(E164, TEL)})],
            headers=_h(rng, **s)),
        lines(f, f"{a}/v1/crowd", crowd, headers=_h(rng, how="upper", **s)),
        multipart(f, f"{a}/v1/passes/student", [
            ("card", "kartaun.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("pass", None, "application/json", {
                "name": L(SON[0], NAMEC), "birthDate": L(SON[1], BIRTH),
                "studentNo": L(SON_STUDENT_NO, UID), "wallet": L(WALLET_NO, UID)})],
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **s), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **s), body={
            "uid": L(USER_ID, UID),
            "ctx": {"net": {"type": L("wifi", DEV), "ssid": L(SSID, WIFI),
                            "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
                            "simOperator": L("Example Mobile", CARRIER),
                            "networkMccMnc": L(VISITED, CARRIER)}},
            "events": [ev("trip_end", 1, minutes=L(14, USAGE)), ev("wallet_topup", 2),
                       ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, how="none"),
             query={"routes": f"{MIKRO['route']},rt_08"},
             cookies={"rm_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **s), body={
            "lat": L(round(BUS_AT[0], 5), PRECISE), "lon": L(round(BUS_AT[1], 5), PRECISE),
            "shareWith": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}],
            "battery": L(21, DEV), "trip": tid}),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **s), body={
            "trip": tid, "stars": "4", "comment": L("Crowded but quick", TEXT)}),
    ]


def rotamikro_sdks() -> list[Case]:
    rng = random.Random(12962)
    return [
        tk_batch(APP, rng, [("Trip Ended", {"route": MIKRO["route"], "fare": L(0.25, BUY)}),
                            ("Wallet Topped Up", {"amount": L(5.0, BUY)})],
                 at=OFFICE_AT, nd=4),
        tk_beacon(APP, rng, "route_viewed", {"route": MIKRO["route"]}),
        tl_event(APP, rng, "wallet_topup", {"method": "card"}, revenue=5.0),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=OFFICE_AT, nd=3, gender="F"),
        bm_win(APP, rng),
        ct_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "stop list 0"),
                 [ct_crumb("nav", "Plan -> LiveMap"),
                  ct_crumb("log", "vehicles", {"route": MIKRO["route"], "plate": MIKRO["plate"]})],
                 screen="LiveMapActivity"),
        bh_register(APP, rng, at=HOME_AT, nd=2, tags={"routes": "rt_10"}),
        cj_route(APP, rng, [(BUS_AT, PRECISE), ((STOPS["colmera"][1], STOPS["colmera"][2]), None),
                            (OFFICE_AT, PRECISE)], mode="transit"),
        cj_telemetry(APP, rng, [(round(-8.553218, 6), round(125.570104, 6)),
                                (round(OFFICE_AT[0], 6), round(OFFICE_AT[1], 6))], PRECISE),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "wallet not loaded"),
                 [ct_crumb("nav", "Wallet")], screen="WalletActivity",
                 user={"id": L(USER_ID, UID), "wallet": L(WALLET_NO, UID)}),
    ]
