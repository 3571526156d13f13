"""Minibus-taxi route planner "Kombiroute" (Cape Town): sign-up by SMS, ``/me``, her saved
home and work, a route plan from her position, ranks nearby (negatives), a destination search,
the live trip's fixes (protobuf and JSON Lines), fares (estimates are no purchase; a fare paid
by card is), a wallet top-up, a trip shared with a friend, a safety alert with her fix, a crowd
report, a lost-item report, a rating of a rank, favourites, settings, push, events and a cookie
GET."""

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
    MAIL,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families73_kit import CT_HOME_AT, CT_HOME_EN, CT_PHONE_LOCAL, RANKS, WORK_AT, fix, obj
from eval_families73_kit import trip as track
from eval_families73_sdk import av_event, av_session, gm_batch, gm_pixel, ob_bid, ob_win
from eval_families73_svc import as_check, mk_reverse, mk_search, pm_register, sg_eval
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("kombiroute", "Kombiroute", "com.example.kombiroute", "2.0.7",
          "https://api.kombiroute.example.net")
TAXI_FIX = (-33.927733, 18.419802)  # her fix boarding on Buitengracht (location.precise)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="Kr-Install", how=how, **kw)


def kombiroute() -> list[Case]:
    rng = random.Random(7351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(CT_PHONE_LOCAL.replace(" ", ""), TEL)))}
    trip_id = obj(rng, "trp")
    hla, hlo = fix(CT_HOME_AT, 5)
    wla, wlo = fix(WORK_AT, 5)
    tla, tlo = fix(TAXI_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, trip_id), (2, L(USER_ID, UID)),
               (3, [(1, L(-33.925102, PRECISE)), (2, L(18.421377, PRECISE))]),
               (4, 31.5), (5, 1765383000)], "", lab)
    share = obj(rng, "shr")
    return [
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "msisdn": L(CT_PHONE_LOCAL, TEL), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "msisdn": L(CT_PHONE_LOCAL.replace(" ", ""), TEL), "code": L("448102", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "homeCountryPhone": L(E164, TEL)}),
        case(f, f"{a}/v1/me/places", headers=_h(rng, **b), body={"places": [
            {"label": "home", "address": L(CT_HOME_EN["line1"], ADDR), "lat": hla, "lng": hlo},
            {"label": "work", "address": L("Foreshore, Cape Town", COARSE),
             "lat": wla, "lng": wlo}]}),
        case(f, f"{a}/v1/plan", headers=_h(rng, **b), query={
            "from": L(f"{CT_HOME_AT[0]:.5f},{CT_HOME_AT[1]:.5f}", PRECISE),
            "to": L(f"{WORK_AT[0]:.5f},{WORK_AT[1]:.5f}", PRECISE), "depart": "07:20",
            "modes": "taxi,walk"}),
        case(f, f"{a}/v1/ranks/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{TAXI_FIX[0]:.3f}", PRECISE), "lng": L(f"{TAXI_FIX[1]:.3f}", PRECISE),
            "radius": "800"}),
        case(f, f"{a}/v1/ranks/{RANKS[0]['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("taxi to Muizenberg beach", SEARCH), "near": "cape-town"}),
        case(f, f"{a}/v1/fares/estimate", headers=_h(rng, **b), body={
            "from": RANKS[0]["id"], "to": RANKS[1]["id"], "fare": "18.00",
            "routes": ["CT-Mowbray", "CT-Claremont"]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "id": trip_id, "boardLat": tla, "boardLng": tlo, "route": "CT-Mowbray",
            "rank": RANKS[0]["id"], "rankPoint": [RANKS[0]["lat"], RANKS[0]["lon"]]}),
        raw(f, f"{a}/v1/trips/{trip_id}/ping", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/trips/{trip_id}/fixes", [
            dict(p, trip=trip_id) for p in track(rng, 5, TAXI_FIX, (RANKS[1]["lat"],
                                                                     RANKS[1]["lon"]))],
              headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip_id}/pay", fmt="form", headers=_h(rng, **b), body={
            "fare": L("18.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "driverCode": "CA 431-229"}),
        case(f, f"{a}/v1/wallet/topup", headers=_h(rng, **b), body={
            "amount": L("200.00", BUY), "voucher": L("4471 9920 1185 3302", BUY)}),
        case(f, f"{a}/v1/trips/{trip_id}/share", headers=_h(rng, **b), body={
            "id": share, "to": {"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL)},
            "eta": "08:02"}),
        case(f, f"{a}/v1/safety/alerts", headers=_h(rng, **b), body={
            "trip": trip_id, "kind": "reckless_driving", "lat": tla, "lng": tlo,
            "text": L("Driver racing on the N2, overloaded with 19 people", TEXT),
            "vehicle": "CA 431-229"}),
        case(f, f"{a}/v1/crowd", fmt="form", headers=_h(rng, **b), body={
            "rank": RANKS[1]["id"], "queue": "long", "wait": "25"}),
        case(f, f"{a}/v1/lost", headers=_h(rng, **b), body={
            "trip": trip_id, "text": L("Left a blue umbrella and my work badge, Jane Doe",
                                       f"{TEXT}|{NAMEC}"),
            "contact": L(CT_PHONE_LOCAL, TEL)}),
        case(f, f"{a}/v1/ranks/{RANKS[1]['id']}/ratings", headers=_h(rng, **b), body={
            "stars": 3, "safety": 4, "comment": L("Marshals were helpful", TEXT)}),
        case(f, f"{a}/v1/me/favourites", headers=_h(rng, **b), body={
            "routes": ["CT-Mowbray", "CT-Sea Point"]}),
        case(f, f"{a}/v1/me/settings", headers=_h(rng, **b), body={
            "shareTripsWith": L(PEOPLE[1][1], TEL), "dataSaver": True, "lang": L("en", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "carrier": L("Example Mobile", "location.carrier")}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "u": L(USER_ID, UID), "events": [
                ev("trip_started", 1, route="CT-Mowbray"), ev("fare_paid", 2,
                                                             fare=L(18.0, BUY)),
                ev("screen", 3, screen=L("TripLive", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="plain"),
             cookies={"kr_s": L(opaque(rng, "", 40), CRED)}),
    ]


def kombiroute_sdks() -> list[Case]:
    rng = random.Random(7352)
    return [
        gm_batch(APP, rng, [("Trip Started", {"route": "CT-Mowbray"}),
                            ("Rank Viewed", {"rank": RANKS[0]["id"]})], at=TAXI_FIX, nd=4),
        gm_pixel(APP, rng, "Onboarding Shown", {"step": 1}),
        av_session(APP, rng, first=True),
        av_event(APP, rng, "fare_paid", {"route": "CT-Mowbray"}, revenue=18.0),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TAXI_FIX, nd=3),
        ob_win(APP, rng),
        sg_eval(APP, rng, {"live_queue": True, "city": L("cpt", COARSE)}),
        pm_register(APP, rng, at=TAXI_FIX, nd=2, tags={"commuter": True}),
        as_check(APP, rng),
        mk_search(APP, rng, "Muizenberg station", SEARCH, near=TAXI_FIX, nd=3),
        mk_reverse(APP, rng, TAXI_FIX, PRECISE, nd=6),
    ]
