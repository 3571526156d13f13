"""Cyclone-season emergency water delivery app "Vaiafa" (``vai`` water, ``afa`` cyclone): when
the storms cut the village supply, households order trucked water into their tanks. Unlike set
122's evacuation-centre registry this is a delivery service. Sign-up by SMS, ``/me`` with a JWT,
the household's delivery address with directions, the tank (a level sensor's readings in
protobuf), an order with a priority reason, its payment by mobile money, the order by number in
the path, the truck's ETA polled with her fix, the delivery confirmed with a photo, a missed
delivery, an outage report, a cyclone-alert subscription, a search, a rating, push, events and
a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families126_kit import (
    DEPOT_AT,
    FALE,
    FALE_AT,
    LOCAL_PHONE,
    TANK,
    TRUCK,
    fix,
    hd,
    tank_levels,
)
from eval_families126_sdk import (
    ab_launch,
    bm_bid,
    fr_crash,
    fr_crumb,
    fr_session,
    mw_batch,
    mw_pixel,
)
from eval_families126_svc import ol_check, pc_register, pk_wallet, tm_search, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("vaiafa", "Vaiafa", "com.example.vaiafa", "1.4.7", "https://api.vaiafa.example.org")
IID = "X-Vaiafa-Device"
ORDER = "VA-2512-03318"  # her water order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vaiafa() -> list[Case]:
    rng = random.Random(12661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    levels = tank_levels(rng, 6)
    tank = pb([(1, L(USER_ID, UID)), (2, "tank-sn-88120"), (3, TANK["litres"]),
               (4, [(1, float(r[1])) for r in levels]), (5, 1765357500)], "", lab)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v1/auth/sms/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("730445", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, phone=L(E164, TEL)))})),
        case(f, f"{a}/v1/household", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "altPhone": L(LOCAL_PHONE, TEL),
            "address": L(FALE["line"], ADDR), "village": L(FALE["village"], COARSE),
            "district": L(FALE["district"], COARSE), "people": 7,
            "directions": L("Past the EFKS church, third fale on the left, green tank",
                            f"{TEXT}|{ADDR}"),
            "lat": fix(FALE_AT)[0], "lon": fix(FALE_AT)[1]}),
        case(f, f"{a}/v1/tanks", headers=_h(rng, **b), body={
            "litres": TANK["litres"], "kind": TANK["kind"], "roofCatchment": True,
            "sensor": "tank-sn-88120"}),
        raw(f, f"{a}/v1/tanks/levels", tank, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "litres": 4000, "price": L("160.00", BUY),
            "priority": True,
            "priorityReason": L("household member on home dialysis", MED),
            "deliverTo": {"lat": fix(FALE_AT, 5)[0], "lon": fix(FALE_AT, 5)[1]}}),
        case(f, f"{a}/v1/orders/{ORDER}/pay", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "amount": L("160.00", BUY), "method": "mobile_money",
            "wallet": L(LOCAL_PHONE, TEL)}),
        at_path(case(f, f"{a}/v1/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY),
        case(f, f"{a}/v1/orders/{ORDER}/eta", query={
            "at": L(f"{FALE_AT[0]:.5f},{FALE_AT[1]:.5f}", PRECISE)}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/trucks/{TRUCK['id']}", query={"fields": "pos,driver"},
             headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/orders/{ORDER}/delivered", [
            ("photo", "tank_full.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("data", None, "application/json", {
                "order": L(ORDER, BUY), "litres": 4000, "driver": TRUCK["driver"],
                "truck": TRUCK["plate"], "signedBy": L(NAME, NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders/{ORDER}/missed", headers=_h(rng, **b), body={
            "text": L("Driver Pita could not find us, the road by the river is flooded", TEXT),
            "truckPhone": TRUCK["phone"]}),
        case(f, f"{a}/v1/outages", fmt="msgpack", headers=_h(rng, **b), body={
            "village": L(FALE["village"], COARSE), "since": "2025-12-09T18:00",
            "lat": fix(FALE_AT, 4)[0], "lon": fix(FALE_AT, 4)[1], "pipeBurst": True}),
        case(f, f"{a}/v1/alerts", fmt="form", headers=_h(rng, **b), body={
            "district": L(FALE["district"], COARSE), "cyclone": "1", "lang": L("sm", DEV)}),
        case(f, f"{a}/v1/depots", query={"q": L("depot Vaitele", SEARCH)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/depots/near", query={"lat": str(DEPOT_AT[0]), "lon": str(DEPOT_AT[1])},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/ratings", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "stars": 5,
            "comment": L("Came before the second storm, faafetai", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "lang": L("sm", DEV), "model": L("SM-A546E", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("order_placed", 1, litres=4000), ev("eta_viewed", 2),
                ev("screen", 3, screen=L("TankLevel", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="upper"),
             cookies={"va_sid": L(opaque(rng, "", 36), CRED)}),
    ]


def vaiafa_sdks() -> list[Case]:
    rng = random.Random(12662)
    return [
        mw_batch(APP, rng, [("Order Placed", {"litres": 4000, "price": L(160.0, BUY)}),
                            ("Alert Opened", {"kind": "cyclone"})], at=FALE_AT, nd=2),
        mw_pixel(APP, rng, "Tank Checked", {"pct": 41}),
        ab_launch(APP, rng, n=6),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fr_crash(APP, rng, ("java.net.UnknownHostException", "api.vaiafa.example.org"),
                 [fr_crumb("net", "GET /v1/orders", {"offline": True})], screen="OrdersActivity"),
        fr_session(APP, rng, secs=190),
        tp_eval(APP, rng, {"cycloneMode": True, "district": L(FALE["district"], COARSE)}),
        pc_register(APP, rng, tags={"district": L(FALE["district"], COARSE)}, at=FALE_AT, nd=2),
        ol_check(APP, rng, {"analytics": True, "ads": True}),
        pk_wallet(APP, rng, L(LOCAL_PHONE, TEL), "160.00"),
        tm_search(APP, rng, "Faleasiu-Uta", COARSE, near=FALE_AT, nd=2),
    ]
