"""A trotro (shared minibus) route and fare app "Trotrokwan": routes between Kumasi's lorry
stations, the mate's fare paid by mobile money, a live van position shared while she rides, the
stop she calls, trips to Bonwire and the Asokwa clinic, lost property, a rating of the driver,
a rider card, saved places (home, the chapel), offline trip logs (JSON Lines) and push. New: a
file-name and docstring grep of ``scripts/`` for "trotro" matched nothing; sets with buses and
minibus taxis (102, 107, 108, 121) book seats or hail cars, this one follows shared vans on
fixed routes and pays the mate per leg."""

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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families147_kit import (
    CHAPEL,
    HUSBAND,
    KSI_HOME,
    KSI_HOME_AT,
    MOMO,
    RIDER,
    STATION,
    STATION_FIX,
    VAN,
    fix,
    hd,
    obj,
    push,
)
from eval_families147_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    mc_queue,
    tn_launch,
)
from eval_families147_svc import (
    fn_eval,
    mm_reverse,
    mm_route,
    mm_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("trotrokwan", "Trotrokwan", "com.example.trotrokwan", "5.1.0",
          "https://api.trotrokwan.example.net")
IID = "X-TK-Install"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def trotrokwan() -> list[Case]:
    rng = random.Random(14711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rider=L(RIDER, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STATION_FIX, 6)
    trip = obj(rng, "trip")
    seg = f"{STATION_FIX[0]:.5f},{STATION_FIX[1]:.5f}"
    near = at_path(case(f, f"{a}/v2/stops/near/{seg}", headers=_h(rng, **b),
                        query={"r": "400"}), seg, PRECISE)
    card = at_path(case(f, f"{a}/v2/riders/{RIDER}/card", headers=_h(rng, **b)), RIDER, UID)
    recs = [{"trip": trip, "t": 1767781200 + 60 * i, "lat": L(round(la, 5), PRECISE),
             "lng": L(round(lo, 5), PRECISE), "rider": L(RIDER, UID)}
            for i, (la, lo) in enumerate([(6.689011, -1.621877), (6.679403, -1.623912),
                                          (6.668120, -1.625004)])]
    from eval_families22_kit import lines
    return [
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v2/auth/otp/verify", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "otp": L("552913", CRED), "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/riders", headers=_h(rng, **b), body={
            "rider": L(RIDER, UID), "name": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL.upper(), MAIL), "city": L("Kumasi", COARSE),
            "lang": L("en", DEV)}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={"places": [
            {"label": "home", "lat": L(KSI_HOME_AT[0], PRECISE),
             "lng": L(KSI_HOME_AT[1], PRECISE), "street": L(KSI_HOME["line"], ADDR)},
            {"label": "chapel", "lat": CHAPEL["lat"], "lng": CHAPEL["lon"]}]}),
        near,
        case(f, f"{a}/v2/routes", headers=_h(rng, **b), query={
            "from": STATION["id"], "to": "ts_ahd", "at": "2026-01-12T07:30"}),
        case(f, f"{a}/v2/routes/search", headers=_h(rng, **b), query={
            "q": L("Kejetia to Bonwire", SEARCH), "near": L(f"{sla.value},{slo.value}",
                                                            PRECISE)}),
        case(f, f"{a}/v2/trips", headers=_h(rng, **b), body={
            "trip": trip, "vehicle": VAN["id"], "plate": VAN["plate"], "route": VAN["route"],
            "board": {"lat": sla, "lng": slo}, "rider": L(RIDER, UID)}),
        case(f, f"{a}/v2/trips/{trip}/fare", headers=_h(rng, **b), body={
            "amount": L(8.5, BUY), "currency": "GHS", "method": "momo",
            "wallet": L(MOMO, TEL), "mate": "mt_0412"}),
        lines(f, f"{a}/v2/trips/{trip}/track", recs, headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips/{trip}/stop", fmt="form", headers=_h(rng, **b), body={
            "stop": "Ahodwo Roundabout", "lat": L("6.6641", PRECISE),
            "lng": L("-1.6252", PRECISE)}),
        case(f, f"{a}/v2/trips/{trip}/rate", headers=_h(rng, **b), body={
            "stars": 2, "text": L("Driver was on phone whole way and overtook at Santasi",
                                  TEXT)}),
        case(f, f"{a}/v2/lost", headers=_h(rng, **b), body={
            "trip": trip, "item": L("Blue handbag with my Ghana Card inside", TEXT),
            "contact": L(MOMO, TEL), "name": L(f"{FIRST} {LAST}", NAMEC)}),
        card,
        case(f, f"{a}/v2/card/topup", fmt="form", headers=_h(rng, **b), body={
            "rider": L(RIDER, UID), "amount": L("50.00", BUY), "wallet": L(MOMO, TEL),
            "pin": L("7730", CRED)}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="upper"), query={"month": "2026-01"},
             cookies={"tk_s": L(opaque(rng, "", 36), CRED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "trip": trip, "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "eta": "07:58", "link": f"https://t.trotrokwan.example.net/s/{rid(rng)[:8]}"}),
        case(f, f"{a}/v2/sos", headers=_h(rng, **b), body={
            "trip": trip, "at": {"lat": L(6.679403, PRECISE), "lng": L(-1.623912, PRECISE)},
            "note": L("Van stopped, men arguing with driver", TEXT)}),
        case(f, f"{a}/v2/passes", headers=_h(rng, **b), body={
            "kind": "weekly", "route": VAN["route"], "price": L(70, BUY),
            "rider": L(RIDER, UID), "wallet": L(MOMO, TEL)}),
        case(f, f"{a}/v2/complaints", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "kind": "overcharge",
            "text": L("Mate took 10 cedis for 8.50 fare and no change", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_start", 1), ev("fare_paid", 2),
                ev("screen", 3, screen=L("LiveTrip", USAGE))]}),
        case(f, f"{a}/v2/config", headers=_h(rng, **b), query={
            "v": APP.ver, "city": L("Kumasi", COARSE)}),
    ]


def trotrokwan_sdks() -> list[Case]:
    rng = random.Random(14712)
    return [
        mc_batch(APP, rng, [("Trip Started", {"route": VAN["route"]}),
                            ("Fare Paid", {"amount": L(8.5, BUY)})], at=STATION_FIX, nd=3),
        mc_queue(APP, rng, [("Stop Called", {"stop": "Ahodwo Roundabout"}),
                            ("Trip Ended", {"min": 26})]),
        mc_pixel(APP, rng, "app_open", {"src": "widget"}),
        tn_launch(APP, rng, user=True, n=14),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STATION_FIX, nd=3),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1580),
        fn_eval(APP, rng, {"city": L("Kumasi", COARSE), "rides30d": 22}, hdr=True),
        mm_route(APP, rng, [(STATION_FIX, PRECISE), (KSI_HOME_AT, PRECISE)]),
        mm_reverse(APP, rng, (6.679403, -1.623912), PRECISE),
        mm_telemetry(APP, rng, [(6.689011, -1.621877), (6.679403, -1.623912)], PRECISE),
    ]
