"""A cooking-gas refill plant's home-delivery and smart-valve app "Gasbuta" (English keys, a few
pidgin status words). Set 139 has a gas-cylinder street-truck reservation app; Gasbuta is
different: the plant collects her own 12.5 kg cylinder from the door, refills it and brings it
back, and a Bluetooth level-and-leak valve on the cylinder reports its level. Calls: sign-up,
log-in (a PIN), ``/me``, the delivery address with her house's point, the valve's pairing and
level sync (protobuf with a nested fix), a refill order, the payment (a mobile-money collection),
a rider's live tracking, the pick-up and return confirmations (a delivery code), a leak alert
from the kitchen (her home Wi-Fi and LAN address), a safety inspection photo, an order history
by customer number in the path, a subscription, a complaint, a rating, push, events and
log-out."""

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
    NAMEC,
    PAY,
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
from eval_families145_kit import (
    GAS_CUST,
    GAS_PLANT,
    HUSBAND,
    KANO_HOME,
    KANO_HOME_AT,
    VALVE,
    dev_block,
    fix,
    hd,
)
from eval_families145_sdk import bf_bid, cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families145_svc import cl_wallet, cy_save, mm_reverse, mm_telemetry, pt_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("gasbuta", "Gasbuta", "com.example.gasbuta", "3.0.8",
          "https://api.gasbuta.example.com")
IID = "X-Gasbuta-Device"
PIN = "5814"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gasbuta() -> list[Case]:
    rng = random.Random(14511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, customer=L(GAS_CUST, UID), phone=L(E164, TEL)))}
    hla, hlo = fix(KANO_HOME_AT, 6)
    order = "GBO-" + opaque(rng, "", 8).upper()
    lab: dict[str, str] = {}
    sync = pb([(1, L(GAS_CUST, UID)), (2, VALVE["serial"]), (3, 1765330000),
               (4, [(1, L(KANO_HOME_AT[0], PRECISE)), (2, L(KANO_HOME_AT[1], PRECISE))]),
               (5, 23), (6, VALVE["fw"])], "", lab)
    history = at_path(case(f, f"{a}/v2/customers/{GAS_CUST}/orders", headers=_h(rng, **b),
                           query={"limit": "10"}), GAS_CUST, UID)
    return [
        case(f, f"{a}/v2/customers", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "pin": L(PIN, CRED), "customerNo": L(GAS_CUST, UID), "device": dev_block()}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/addresses", headers=_h(rng, **b), body={
            "line": L(KANO_HOME["line"], ADDR), "area": L(KANO_HOME["area"], COARSE),
            "lga": L(KANO_HOME["lga"], COARSE), "state": L("Kano", COARSE),
            "lat": hla, "lon": hlo, "landmark": "opposite the blue mosque gate",
            "gateContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/valves/pair", headers=_h(rng, **b), body={
            "serial": VALVE["serial"], "ble": VALVE["ble"], "fw": VALVE["fw"],
            "cylinderKg": 12.5, "customer": L(GAS_CUST, UID)}),
        raw(f, f"{a}/v2/valves/level", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "order": L(order, BUY), "kg": 12.5, "pricePerKg": 1250, "total": L(15625, BUY),
            "plant": GAS_PLANT["id"], "customer": L(GAS_CUST, UID), "pickup": "door"}),
        case(f, f"{a}/v2/payments", headers=_h(rng, **b), body={
            "order": L(order, BUY), "amount": L(15625, BUY), "channel": "wallet",
            "wallet": L(E164, TEL), "ref": rid(rng)}),
        case(f, f"{a}/v2/orders/{order}/track", headers=_h(rng, **b)),
        case(f, f"{a}/v2/orders/pickup", fmt="form", headers=_h(rng, **b), body={
            "order": L(order, BUY), "code": L("4471", CRED), "status": "don carry"}),
        case(f, f"{a}/v2/orders/return", fmt="form", headers=_h(rng, **b), body={
            "order": L(order, BUY), "code": L("9025", CRED), "status": "e don reach",
            "sealOk": "true"}),
        case(f, f"{a}/v2/alerts/leak", headers=_h(rng, **b), body={
            "valve": VALVE["serial"], "ppm": 410, "where": "kitchen",
            "home": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV)},
            "at": {"lat": hla, "lon": hlo}, "customer": L(GAS_CUST, UID)}),
        multipart(f, f"{a}/v2/inspections", [
            ("photo", "hose.jpg", "image/jpeg", JPEG + b"\x45"),
            ("meta", None, "application/json", {"customer": L(GAS_CUST, UID),
                                                "hose": "cracked", "regulator": "ok"})],
            headers=_h(rng, **b)),
        history,
        case(f, f"{a}/v2/subscriptions", headers=_h(rng, **b), body={
            "customer": L(GAS_CUST, UID), "every": "5w", "kg": 12.5,
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/complaints", headers=_h(rng, **b), body={
            "order": L(order, BUY),
            "text": L("Rider came late and the cylinder smelled of gas at the valve", TEXT)}),
        case(f, f"{a}/v2/ratings", fmt="form", headers=_h(rng, **b), body={
            "order": L(order, BUY), "stars": "3", "rider": "rd_1192"}),
        case(f, f"{a}/v2/plants", headers=_h(rng, **b), query={
            "near": L(f"{KANO_HOME_AT[0]:.2f},{KANO_HOME_AT[1]:.2f}", COARSE), "open": "1"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID.upper(), DID),
            **dev_block()}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("level_low", 1, pct=23), ev("order", 2),
                ev("screen", 3, screen=L("Cylinder", USAGE))]}),
        case(f, f"{a}/v2/logout", headers=_h(rng, **b), body={
            "refresh": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def gasbuta_sdks() -> list[Case]:
    rng = random.Random(14512)
    return [
        mc_batch(APP, rng, [("Refill Ordered", {"kg": 12.5}), ("Level Low", {"pct": 23})],
                 at=KANO_HOME_AT, nd=3),
        mc_queue(APP, rng, [("Valve Sync", {"ok": True}), ("Leak Alert", {"ppm": 410})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "refill", {"kg": 12.5}, revenue=15625.0, currency="NGN"),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        cy_save(APP, rng, {"analytics": True, "ads": False}),
        cl_wallet(APP, rng, "15625", L(E164, TEL)),
        mm_reverse(APP, rng, KANO_HOME_AT, PRECISE, nd=6),
        mm_telemetry(APP, rng, [(12.00281, 8.53822), (12.00284, 8.53821)], PRECISE),
        pt_register(APP, rng, at=KANO_HOME_AT, nd=2, tags={"plant": GAS_PLANT["id"]}),
        cd_session(APP, rng, secs=301),
    ]
