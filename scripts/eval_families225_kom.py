"""Sachet-water ("pure water") home-delivery app "Kompiel" (``kom`` water, ``piel`` white/clean: a
Vittin sachet-water factory delivers bags of 30 sachets to homes and shops on a weekly round).
Keys are Dagbani, ASCII-folded, with English: ``yuli`` name, ``dang_yuli`` surname, ``fon_nomba``
phone, ``soghisim`` password, ``yili_yaghili`` street line, ``gps_adiresi`` GhanaPostGPS code,
``fong`` neighbourhood, ``ting`` town, ``bagi`` bags, ``ligidi`` amount, ``yobu`` payment,
``dabsili`` day, ``kumbu`` complaint, ``yeltogha`` message, ``doo_bee_pagha`` sex, ``nima``
people (household size), ``akawunti`` account, ``masini`` device, ``yela`` events: sign-up with
her home address, a log-in, ``/me``, the weekly subscription, an order, the payment, the
delivery confirmed at her door (its hand-over code), a complaint with a photo, sachet-collection
points near her (2 decimals), the factory's page, an address change with a landmark, her account
by number in the path, a referral of her sister-in-law, a wallet top-up, the order history
(gzip), an offline queue of deliveries (JSON Lines), the invoice by cookie, preferences in a
base64 JSON cookie, push and events. Set 126 has cyclone emergency water delivery and set 170 a
well-water test; this is a factory's sachet-water round."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families225_kit import (
    FACTORY,
    SISTER_IL,
    TML_HOME,
    TML_HOME_AT,
    TZ,
    WALLET,
    WATER_ACC,
    fix,
    hd,
    obj,
)
from eval_families225_sdk import (
    ay_event,
    ay_launch,
    bt_bid,
    bt_notice,
    ch_session,
    km_batch,
    km_pixel,
)
from eval_families225_svc import cs_check, ha_message, pg_wallet, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kompiel", "Kompiel", "com.example.kompiel", "1.5.3", "https://api.kompiel.example.com")
IID = "X-Kompiel-Masini"
PW = "Vittin*kom2026"
ORDER = "KP-O-889104"  # an order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, dag=True, **kw)


def kompiel() -> list[Case]:
    rng = random.Random(22561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, akawunti=L(WATER_ACC, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(TML_HOME_AT)
    acc = at_path(case(f, f"{a}/api/akawunti/{WATER_ACC}", headers=_h(rng, **b)),
                  WATER_ACC, UID)
    return [
        case(f, f"{a}/api/ninsala", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "fon_nomba": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "soghisim": L(PW, CRED),
            "yili_yaghili": L(TML_HOME["line"], ADDR), "gps_adiresi": L(TML_HOME["gps"], ADDR),
            "fong": L(TML_HOME["area"], COARSE), "ting": L(TML_HOME["town"], COARSE),
            "akawunti": L(WATER_ACC, UID)}),
        case(f, f"{a}/api/kpe", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "soghisim": L(PW, CRED)}),
        case(f, f"{a}/api/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/subscription", headers=_h(rng, **b), body={
            "akawunti": L(WATER_ACC, UID), "bagi": 4, "dabsili": "tuesday",
            "ligidi": L(56, BUY), "nima": 4}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "bagi": 10, "bagi_ligidi": 14, "ligidi": L(140, BUY),
            "yili_yaghili": L(TML_HOME["line"], ADDR), "slot": "morning",
            "factory": FACTORY["id"]}),
        case(f, f"{a}/api/yobu", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "ligidi": L("140.00", BUY), "momo": L(WALLET, TEL)}),
        case(f, f"{a}/api/orders/{ORDER}/delivered", headers=_h(rng, **b), body={
            "code": L("4417", CRED), "yaghili": {"lat": hla, "lng": hlo},
            "driver": "drv_vt_12", "bagi": 10}),
        multipart(f, f"{a}/api/kumbu", [
            ("foto", "sachets.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(ORDER, BUY), "batch": "VT-260114-B",
                "kumbu": L("Kom maa mali rubba yurim, two sachets were leaking", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/collection_points", headers=_h(rng, **b), query={
            "lat": L(f"{TML_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{TML_HOME_AT[1]:.2f}", COARSE),
            "kind": "empty_sachets"}),
        case(f, f"{a}/api/factory/{FACTORY['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/yili", headers=_h(rng, **b), body={
            "yili_yaghili": L(TML_HOME["line"], ADDR),
            "landmark": L("Behind the Kalpohin estate mosque, green gate", ADDR),
            "gps_adiresi": L(TML_HOME["gps"], ADDR), "lat": hla, "lng": hlo}),
        acc,
        case(f, f"{a}/api/referral", headers=_h(rng, **b), body={
            "yuli": L(SISTER_IL[0], NAMEC), "fon_nomba": L(SISTER_IL[1], TEL),
            "code": "KP-REF-" + opaque(rng, "", 6)}),
        case(f, f"{a}/api/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "ligidi": L("100.00", BUY), "momo": L(WALLET, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/orders/history", gz=True, headers=_h(rng, **b), body={
            "akawunti": L(WATER_ACC, UID), "orders": [
                {"order": L(ORDER, BUY), "ligidi": L(140, BUY)},
                {"order": L("KP-O-887311", BUY), "ligidi": L(56, BUY)}]}),
        lines(f, f"{a}/api/queue", [
            {"op": "confirm", "order": L(ORDER, BUY), "t": 1768600000},
            {"op": "rate", "order": L(ORDER, BUY), "stars": 4, "t": 1768600100}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/invoices/latest", headers=_h(rng, how="none"), cookies={
            "kp_sesi": L(opaque(rng, "", 40), CRED), "kp_masini": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
        case(f, f"{a}/api/prefs", headers=_h(rng, **b), cookies={
            "kp_sess": L(opaque(rng, "", 40), CRED),
            "kp_prefs": W({"akawunti": L(WATER_ACC, UID), "lang": L("dag", DEV),
                           "round": "tue_am"}, "b64json")}),
        case(f, f"{a}/api/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "lang": L("dag", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/yela", headers=_h(rng, **b), body={
            "ninsala": L(USER_ID, UID), "yela": [
                ev("order_placed", 1, bagi=10), ev("screen", 2, screen=L("Orders", USAGE))]}),
        case(f, f"{a}/api/kumbu/{obj(rng, 'cp')}/yeltogha", headers=_h(rng, **b), body={
            "yeltogha": L("The driver comes after 2pm, I am at work. Please leave the bags with "
                          "my neighbour at number 29.", TEXT)}),
    ]


def kompiel_sdks() -> list[Case]:
    rng = random.Random(22562)
    return [
        km_batch(APP, rng, [("Order Placed", {"bags": 10, "total": L(140, BUY)}),
                            ("Delivered", {})], at=TML_HOME_AT, nd=2),
        km_pixel(APP, rng, "Promo Seen", {"campaign": "harmattan"}),
        ay_launch(APP, rng),
        ay_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=140.0),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="water,home,tamale"),
        bt_notice(APP, rng, "imp"),
        ch_session(APP, rng, secs=211),
        cs_check(APP, rng, {"analytics": True}),
        pl_register(APP, rng, lang="dag", at=TML_HOME_AT, nd=2,
                    tags={"fong": L("Kalpohin", COARSE), "round": "tue_am"}),
        pg_wallet(APP, rng, "140", L(WALLET, TEL)),
        ha_message(APP, rng, L(f"Order {ORDER} was not delivered today", f"{TEXT}|{BUY}"),
                   {"akawunti": L(WATER_ACC, UID)}),
    ]
