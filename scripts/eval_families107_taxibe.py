"""Taxi-be (minibus) route app "Lalantsara" for Antananarivo: lines are numbered, there is no
booking and no driver; riders plan by line, see crowd reports and buses' positions, pay a fare
by wallet and report a full or skipped stop. Sign-up by SMS, the profile, saved places (home and
office), a route plan, lines near her, a ride's trace (msgpack), a stop's arrivals by ID in the
path, a crowd report with a photo, a fare, a lost item, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CRED,
    DEV,
    DID,
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
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families107_kit import (
    BOARD_AT,
    LINES,
    MG_PHONE,
    OFFICE_AT,
    STOP,
    TANA_AT,
    TANA_HOME,
    fix,
    obj,
    trace,
)
from eval_families107_sdk import bt_bid, bt_notice, ck_crash, ck_crumb, ly_batch, ly_pixel, sf_event
from eval_families107_svc import mz_route, mz_telemetry, pf_register, pv_confirm
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lalantsara", "Lalantsara", "mg.example.lalantsara", "3.0.7",
          "https://api.lalantsara.example.net")
IID = "X-LTS-Install"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "upper", **kw})


def lalantsara() -> list[Case]:
    rng = random.Random(10721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone_number=L(MG_PHONE, TEL)))}
    ride = obj(rng, "ride", 10)
    bla, blo = fix(BOARD_AT, 5)
    ola, olo = fix(OFFICE_AT, 6)
    return [
        case(f, f"{a}/v2/auth/sms", headers=_h(rng), body={"phone": L(MG_PHONE, TEL),
                                                           "lang": L("fr", DEV)}),
        case(f, f"{a}/v2/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(MG_PHONE, TEL), "code": L("771204", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me", headers=_h(rng, **b), body={
            "display_name": L(FIRST, NAMEC), "usual_lines": LINES[:2], "lang": L("fr", DEV)}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={
            "label": "Trano", "address": L(TANA_HOME["adiresy"], ADDR),
            "lat": L(TANA_AT[0], PRECISE), "lon": L(TANA_AT[1], PRECISE)}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={
            "label": "Birao", "address": L("Immeuble Fitaratra, Ankorondrano", ADDR),
            "lat": ola, "lon": olo}),
        case(f, f"{a}/v2/plan", headers=_h(rng, **b), query={
            "from": L(f"{BOARD_AT[0]:.5f},{BOARD_AT[1]:.5f}", PRECISE),
            "to": L(f"{OFFICE_AT[0]:.5f},{OFFICE_AT[1]:.5f}", PRECISE),
            "depart": "2025-12-15T07:20", "max_walk": "600"}),
        case(f, f"{a}/v2/lines/near", headers=_h(rng, **b), query={
            "lat": L(f"{BOARD_AT[0]:.4f}", PRECISE), "lon": L(f"{BOARD_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("Ankorondrano Galaxy", SEARCH), "type": "stop"}),
        case(f, f"{a}/v2/stops/{STOP['id']}/arrivals", headers=_h(rng, **b),
             query={"lines": ",".join(LINES)}),
        case(f, f"{a}/v2/rides", headers=_h(rng, **b), body={
            "ride": ride, "line": LINES[1], "stop": STOP["id"],
            "stop_pos": {"lat": STOP["lat"], "lon": STOP["lon"]},
            "board": {"lat": bla, "lon": blo}, "t": 1765344011}),
        case(f, f"{a}/v2/rides/{ride}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "ride": ride, "user": L(USER_ID, UID),
            "fixes": trace(rng, 5, BOARD_AT, OFFICE_AT)}),
        case(f, f"{a}/v2/rides/{ride}/fare", fmt="form", headers=_h(rng, **b), body={
            "amount": L("600", BUY), "currency": "MGA", "wallet": L(MG_PHONE, TEL),
            "method": L(opaque(rng, "wl_", 16), PAY)}),
        multipart(f, f"{a}/v2/crowd", [
            ("photo", "feno.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("report", None, "application/json", {
                "line": LINES[0], "stop": STOP["id"], "level": "full", "skipped": True,
                "comment": L("Feno hatrany Analakely, tsy nijanona", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lost", headers=_h(rng, **b), body={
            "line": LINES[1], "when": "2025-12-15T07:45",
            "item": L("Kitapo mainty misy solomaso, antso 032 55 010 99", f"{TEXT}|{TEL}"),
            "contact": L(MG_PHONE, TEL)}),
        case(f, f"{a}/v2/rate", headers=_h(rng, **b), body={
            "ride": ride, "stars": 3, "tags": ["crowded", "music"]}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "tz": L("Indian/Antananarivo", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "u": L(USER_ID, UID), "ev": [ev("plan_viewed", 1), ev("ride_started", 2, line="147"),
                                         ev("screen", 3, view=L("Arrivals", USAGE))]}),
        case(f, f"{a}/v2/alerts", headers=_h(rng, how="none"), query={"lines": "119,147"},
             cookies={"lts_sess": L(opaque(rng, "", 44), CRED), "lts_trace": rid(rng)}),
    ]


def lalantsara_sdks() -> list[Case]:
    rng = random.Random(10722)
    return [
        ly_batch(APP, rng, [("Ride Started", {"line": "147"}),
                            ("Fare Paid", {"amount": L(600, BUY)})], at=BOARD_AT, nd=3),
        ly_pixel(APP, rng, "Plan Viewed", {"lines": 2}),
        sf_event(APP, rng, "first_ride", {"line": "147"}, user=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BOARD_AT, nd=3),
        bt_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [ck_crumb("navigation", "Plan -> Ride")], screen="RideActivity"),
        pf_register(APP, rng, tags={"lines": "119,147"}),
        pv_confirm(APP, rng, "600", "mga"),
        mz_route(APP, rng, [(BOARD_AT, PRECISE), ((STOP["lat"], STOP["lon"]), None),
                            (OFFICE_AT, PRECISE)], mode="bus"),
        mz_telemetry(APP, rng, [(round(BOARD_AT[0], 6), round(BOARD_AT[1], 6)),
                                (-18.905102, 47.523377)], PRECISE),
    ]

