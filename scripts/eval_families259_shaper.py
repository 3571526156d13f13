"""A Keaukaha surfboard shaper's custom-order app "Papa Shapes" (``papa he'e nalu`` surfboard:
she orders a mid-length for the Hilo-side breaks, pays a deposit and the rest in three parts,
and brings an old board in for a ding repair). Its API's keys are Hawaii Pidgin with the shaper's
English where it is the trade's (``length``, ``wide``, ``thick``, ``fins``, ``deposit``):
``nem`` / ``las_nem``, ``cell`` phone, ``sekret`` password, ``wea_stay`` address, ``town``,
``how_heavy`` / ``how_tall`` weight and height, ``how_long_surf`` years surfing, ``wea_you_surf``
home break, ``board_kine`` model, ``color_kine`` resin tint, ``hamuch`` amount, ``pay_um``
payment, ``las_4``, ``pitcha`` photo, ``mesej`` message, ``wea_you_at`` where she is,
``ding`` damage, ``look_fo`` search, ``keiki_nem`` / ``how_old`` the child's name and age,
``ship_to`` delivery, ``shaka`` rating, ``wat_you_tink`` review): sign-up, sign-in, ``/me``,
models, her surfer profile, the order, an inspiration photo, the deposit, the order by number in
the path, a message to the shaper, the instalments, the pick-up with her fix, a ding repair (a
photo) and its quote (msgpack), a search, a keiki-board wait list, a board shipped to Tutu in
Kona, a review, receipts by cookie (with a base64 JSON preferences cookie), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    BOARD_ORDER,
    DAUGHTER,
    HOME,
    HOME_AT,
    SHOP,
    SHOP_FIX,
    TUTU,
    TUTU_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import (
    bp_bid,
    cn_crash,
    cn_crumb,
    mo_batch,
    mo_identify,
    tk_event,
    tk_launch,
)
from eval_families259_svc import hp_attach, mp_geocode, ol_check, pk_register, pl_card, pl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("papashapes", "Papa Shapes", "com.example.papashapes", "1.4.3",
          "https://api.papashapes.example.com")
IID = "X-PS-Device"
PW = "Honolii$Glassy7"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, haw=True, **kw)


def papashapes() -> list[Case]:
    rng = random.Random(25951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cell=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX, 5)
    order = at_path(case(f, f"{a}/api/v1/orders/{BOARD_ORDER}", headers=_h(rng, **b)),
                    BOARD_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/sign_up", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cell": L(E164, TEL), "sekret": L(PW, CRED), "wea_stay": L(HOME["line"], ADDR),
            "town": L(HOME["town"], COARSE), "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/api/v1/sign_in", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekret": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/models", headers=_h(rng, **b), query={"shop": SHOP["id"]}),
        case(f, f"{a}/api/v1/surfer", headers=_h(rng, **b), body={
            "how_heavy": L(142, FIT), "how_tall": L("5'6\"", FIT), "how_long_surf": 6,
            "wea_you_surf": "Honolii", "wave_size": "3-5 ft", "level": "intermediate"}),
        case(f, f"{a}/api/v1/orders", headers=_h(rng, **b), body={
            "order": L(BOARD_ORDER, BUY), "board_kine": "mid_length_egg", "length": "7'2\"",
            "wide": "21 1/4", "thick": "2 7/8", "fins": "2+1", "color_kine": "aqua tint",
            "hamuch": L(1150, BUY), "shop": SHOP["id"], "wen_pau": "2026-05-15"}),
        multipart(f, f"{a}/api/v1/orders/{BOARD_ORDER}/inspo", [
            ("pitcha", "inspo.jpg", "image/jpeg", L(JPEG + b"\x14", MEDIA)),
            ("meta", None, "application/json", {
                "note": L("Like dis color but lighter, an one small pinline", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pay_um", fmt="form", headers=_h(rng, **b), body={
            "order": L(BOARD_ORDER, BUY), "deposit": L("400.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "las_4": L("4444", PAY)}),
        order,
        case(f, f"{a}/api/v1/mesej", headers=_h(rng, **b), body={
            "to": "shaper_kekoa", "order": L(BOARD_ORDER, BUY),
            "mesej": L("Can make da tail one swallow instead? My husband says mo fun in da "
                       "small stuff", TEXT)}),
        case(f, f"{a}/api/v1/instalments", headers=_h(rng, **b), body={
            "order": L(BOARD_ORDER, BUY), "hamuch": L(250, BUY), "months": 3,
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/v1/pick_up", headers=_h(rng, **b), body={
            "order": L(BOARD_ORDER, BUY), "wea_you_at": {"lat": sla, "lng": slo},
            "shop": {"lat": SHOP["lat"], "lng": SHOP["lon"]}, "pickup_id": obj(rng, "pu")}),
        multipart(f, f"{a}/api/v1/ding", [
            ("pitcha", "ding.jpg", "image/jpeg", L(JPEG + b"\x15", MEDIA)),
            ("meta", None, "application/json", {
                "board": "old 6'4 thruster",
                "ding": L("Wen hit da reef by Richardson's, get one crack by da fin box",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ding/quote", fmt="msgpack", headers=_h(rng, **b), body={
            "repair": obj(rng, "dr"), "hamuch": L(65, BUY), "rush": False}),
        case(f, f"{a}/api/v1/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("mid length fo small mushy waves", SEARCH)}),
        case(f, f"{a}/api/v1/waitlist", headers=_h(rng, **b), body={
            "board_kine": "keiki_soft_top", "keiki_nem": L(KID, NAMEC),
            "how_old": L(10, BIRTH), "how_heavy": L(76, FIT)}),
        case(f, f"{a}/api/v1/ship_to", headers=_h(rng, **b), body={
            "order": L(BOARD_ORDER, BUY), "nem": L(TUTU[0], NAMEC), "cell": L(TUTU[1], TEL),
            "wea_stay": L(TUTU_HOME["line"], ADDR), "town": L(TUTU_HOME["town"], COARSE),
            "zip": L(TUTU_HOME["zip"], COARSE), "hamuch": L(45, BUY)}),
        case(f, f"{a}/api/v1/review", fmt="form", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "shaka": "5",
            "wat_you_tink": L("Board paddles like one dream, catches everyting", TEXT)}),
        case(f, f"{a}/api/v1/receipts", headers=_h(rng, how="none"), cookies={
            "ps_sesh": L(opaque(rng, "", 40), CRED), "ps_device": L(INSTALL_ID, DID),
            "ps_prefs": W({"units": "ft", "cell": L(E164, TEL), "news": False}, "b64json"),
            "ps_req": rid(rng)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, hamuch=L(1150, BUY)),
                ev("screen", 2, screen=L("OrderStatus", USAGE))]}),
    ]


def papashapes_sdks() -> list[Case]:
    rng = random.Random(25952)
    return [
        mo_batch(APP, rng, [("Order Placed", {"total": L(1150, BUY)}),
                            ("Deposit Paid", {"amount": L(400, BUY)})]),
        mo_identify(APP, rng, {"town": L("Hilo", COARSE), "level": "intermediate"}),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "purchase", {"order": L(BOARD_ORDER, BUY)}, revenue=400.0),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOP_FIX, nd=3,
               keywords="surf,boards,hilo"),
        cn_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad fraction 21 1/4"),
                 [cn_crumb("nav", "Orders -> Dims")], screen="DimsActivity"),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"shop": SHOP["id"]}),
        ol_check(APP, rng, {"analytics": True, "ads": False}),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "400.00"),
        mp_geocode(APP, rng, "Keaukaha Shapes", SEARCH, near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(JPEG + b"\x16", MEDIA), "ding2.jpg", "image/jpeg"),
    ]
