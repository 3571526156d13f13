"""A party-rental app "Gupot Rentals" (``gupot`` party; a Dededo yard renting tents, tables,
chairs, chafing dishes and bounce houses, delivered and set up): its API's keys are CHamoru as
a local developer writes them with English where APIs keep it: ``naan`` / ``apiyidu`` first
name / surname, ``telefon`` phone, ``kontrasena`` password, ``direksion_entrega`` delivery
address, ``songsong`` village, ``lamasa`` tables, ``siya`` chairs, ``brinkadot`` bounce house
(``brinka`` jump), ``presiu`` price, ``total``, ``depositu`` deposit, ``orden`` order,
``fecha_entrega`` delivery date, ``chofe`` driver, ``kodigu_potton`` gate code, ``kinalamten``
damage, ``opinion`` review, ``estreyas`` stars, ``mensahi`` message, ``aligao`` search,
``litratu`` photo: sign-up, an SMS log-in, ``/yo``, the catalogue, a quote for the house with
her drop pin, the order, the deposit, a delivery window (msgpack), the order by number in the
path, the truck's position, a message with the gate code and her husband's phone, a photo of the
set-up, a damage note, the balance, a review, a search, the cart synced (JSON Lines), invoices by
cookie, push, events and a log-out. No earlier set has a party-rental yard ("party rental",
"tent rental", "bounc" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families226_kit import HOME, HOME_AT, ORDER, YARD, fix, hd, obj, push
from eval_families226_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families226_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    hs_message,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gupot", "Gupot Rentals", "com.example.gupotrentals", "4.1.0",
          "https://api.gupotrentals.example.com")
IID = "X-Gupot-Device"
PW = "Tent20x40!Dededo"
TRUCK_AT = (13.51702, 144.83655)  # the rental truck on the way (the driver's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ch=True, **kw)


def gupot() -> list[Case]:
    rng = random.Random(22671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), kliente=L("GRC-11820", UID)))}
    hla, hlo = fix(HOME_AT, 6)
    order = at_path(case(f, f"{a}/api/orden/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/kliente", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED), "kliente": L("GRC-11820", UID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodigu": L("270391", CRED)}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/katalogo", headers=_h(rng, **b), query={
            "kategoria": "tents,tables,chairs,bounce", "fecha": "2026-08-15"}),
        case(f, f"{a}/api/quote", headers=_h(rng, **b), body={
            "items": [{"sku": "tent_20x40", "kantidat": 1, "presiu": 280},
                      {"sku": "lamasa_8ft", "kantidat": 8, "presiu": 10},
                      {"sku": "siya_white", "kantidat": 60, "presiu": 1.5},
                      {"sku": "brinkadot_castle", "kantidat": 1, "presiu": 150}],
            "direksion_entrega": L(HOME["line"], ADDR), "songsong": L(HOME["village"], COARSE),
            "pin": {"lat": hla, "lng": hlo}, "sona": "north"}),
        case(f, f"{a}/api/orden", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "quote": obj(rng, "qt"), "fecha_entrega": "2026-08-14",
            "fecha_rekohi": "2026-08-16", "total": L(600, BUY), "depositu": L(150, BUY),
            "direksion_entrega": L(HOME["line"], ADDR), "kliente": L("GRC-11820", UID),
            "nota": L("Gi tatten guma, gi papa' trongkon mangga", TEXT)}),
        case(f, f"{a}/api/apas", fmt="form", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "kantidat": L("150.00", BUY), "tipu": "depositu",
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/orden/entrega", fmt="msgpack", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "fecha": "2026-08-14", "ora": "15:00-17:00",
            "setup": True, "telefon": L(E164, TEL)}),
        order,
        case(f, f"{a}/api/orden/trak", headers=_h(rng, **b), query={
            "orden": L(ORDER, BUY), "chofe": "drv_0188"}),
        case(f, f"{a}/api/orden/chofe/lugat", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "trak": {"lat": TRUCK_AT[0], "lng": TRUCK_AT[1]},
            "yard": {"lat": YARD["lat"], "lng": YARD["lon"]}, "eta_min": 12}),
        case(f, f"{a}/api/mensahi", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "hilo": obj(rng, "th"),
            "mensahi": L("I kodigu potton 4471. Yanggen taya' yo, agang si Joaquin gi "
                         "+16715550142", f"{TEXT}|{CRED}|{TEL}")}),
        multipart(f, f"{a}/api/orden/litratu", [
            ("litratu", "setup.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"orden": L(ORDER, BUY), "when": "setup"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kinalamten", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "item": "siya_white", "kantidat": 2,
            "mensahi": L("Dos siya ma yulang ni manpatgon, bai hu apasi", TEXT)}),
        case(f, f"{a}/api/apas", fmt="form", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "kantidat": L("462.00", BUY), "tipu": "balance",
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/opinion", fmt="form", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "estreyas": "5",
            "opinion": L("Si Yu'os ma'ase'! Maolek i tent, ha na' listo gi oran", TEXT)}),
        case(f, f"{a}/api/aligao", headers=_h(rng, **b), query={
            "q": L("tent 20x40 yan sidewalls", SEARCH), "paha": "1"}),
        lines(f, f"{a}/api/cart/sync", [
            {"op": "add", "sku": "chafing_dish", "kantidat": 6, "kliente": L("GRC-11820", UID)},
            {"op": "remove", "sku": "cotton_candy", "kantidat": 1}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/invoices", headers=_h(rng, how="none"), cookies={
            "gr_sess": L(opaque(rng, "", 40), CRED), "gr_dev": L(INSTALL_ID, DID),
            "gr_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ch_GU")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, total=L(600, BUY)),
                ev("screen", 2, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def gupot_sdks() -> list[Case]:
    rng = random.Random(22672)
    return [
        mc_batch(APP, rng, [("Quote Requested", {"items": 4}),
                            ("Order Placed", {"total": L(600, BUY)})], at=HOME_AT, nd=3,
                 locale="ch_GU"),
        mc_identify(APP, rng, {"songsong": L(HOME["village"], COARSE), "orders": 3}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"orden": L(ORDER, BUY)}, revenue=600.0,
                 currency="USD", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="party,birthday,rentals"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "cart item"),
                 [cd_crumb("nav", "Katalogo -> Cart"), cd_crumb("tap", "add_chafing_dish")],
                 screen="CartActivity"),
        pt_register(APP, rng, lang="ch", at=HOME_AT, nd=2, tags={"sona": "north"}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "150.00", "usd"),
        mm_geocode(APP, rng, "214 Chalan Lagu Dededo", f"{ADDR}|{SEARCH}", near=HOME_AT, nd=3),
        hs_message(APP, rng, L(f"Can the truck come before 3pm for order {ORDER}?",
                               f"{TEXT}|{BUY}"), {"orden": L(ORDER, BUY)}),
    ]
