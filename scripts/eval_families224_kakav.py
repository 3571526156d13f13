"""A chocolate shop's app "Kakavchi" (``kakav`` cacao, ``chi`` sweet; the Kakavchi Chocolateria on
the Real de Guadalupe sells stone-ground (metate) chocolate from Chiapas cacao, runs tasting
workshops and a monthly box; a loyalty card). Its API's keys are Tzotzil in ASCII written in
camelCase by its developer, with English and the Spanish of the trade (``tableta``, ``taller``,
``factura``): ``biil`` name, ``slajebSbi`` surname, ``koponob`` phone, ``mukulKop`` password,
``svokel`` birth (date), ``yavSnaj`` address, ``jteklum`` town, ``kakavTarjeta`` loyalty card,
``kanel`` order (lit. "wanting"), ``stojol`` price, ``takin`` amount, ``tojel`` payment,
``matanal`` gift, ``buchUn`` recipient (lit. "who is it for"), ``takel`` sending, ``sael``
search, ``lekilal`` rating, ``yalel`` remark, ``tsibal`` writing (a card's text), ``lokol``
photo, ``yav`` place, ``spasel`` events: sign-up, log-in, ``/me``, shops near her house (3
decimals), the catalogue, a search, a pick-up order, its payment, the monthly box to her house, a
workshop for her and her visiting sister, a gift box shipped to her sister in Portland, a
check-in at the shop, points by cookie, a review, a workshop photo, a kiosk's offline queue (JSON
Lines), the order by number in the path, the tax invoice, push and events. New: a docstring and
file-name grep found no "chocolate" or "cacao" ("cocoa" only set 132's copra buyer)."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families224_kit import (
    HOME,
    HOME_AT,
    KAKAV_CARD,
    RFC,
    SHOP,
    SHOP_FIX,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families224_sdk import (
    bp_bid,
    ck_session,
    mj_batch,
    mj_identify,
    mj_pixel,
    th_event,
)
from eval_families224_svc import cn_check, hk_message, mp_geocode, pj_card, pj_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kakavchi", "Kakavchi", "com.example.kakavchi", "2.3.0",
          "https://api.kakavchi.example.com")
IID = "X-Kakav-Install"
PW = "Metate#Cacao26"
ORDER = "KC-260207-0418"  # a pick-up order (financial.purchase)
SIS_ADDR = {"line": "2214 SE Taylor St", "city": "Portland", "zip": "97214"}  # her sister's


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kakavchi() -> list[Case]:
    rng = random.Random(22451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    kakavTarjeta=L(KAKAV_CARD, UID)))}
    sla, slo = fix(SHOP_FIX, 5)
    order = at_path(case(f, f"{a}/api/v3/kanel/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    queue = lines(f, f"{a}/api/v3/kiosko/sync", [
        {"op": "kanel", "kanel": L("KC-260131-0977", BUY), "takin": L(185, BUY),
         "kakavTarjeta": L(KAKAV_CARD, UID), "ts": 1769880000},
        {"op": "puntos", "kakavTarjeta": L(KAKAV_CARD, UID), "puntos": 18, "ts": 1769880004}],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/v3/tsibael", headers=_h(rng), body={
            "biil": L(FIRST, NAMEC), "slajebSbi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "koponob": L(NATIONAL, TEL), "mukulKop": L(PW, CRED),
            "svokel": L("17/05/1991", BIRTH), "kakavTarjeta": L(KAKAV_CARD, UID),
            "noticias": True}),
        case(f, f"{a}/api/v3/ochel", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "mukulKop": L(PW, CRED)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/tiendas/nopol", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/api/v3/kakav", headers=_h(rng, **b), query={
            "tipo": "tableta", "tienda": SHOP["id"], "pajina": "1"}),
        case(f, f"{a}/api/v3/sael", headers=_h(rng, **b), query={
            "q": L("chocolate de metate sin azucar 70", SEARCH)}),
        case(f, f"{a}/api/v3/kanel", headers=_h(rng, **b), body={
            "kanel": L(ORDER, BUY), "tienda": SHOP["id"], "ora": "17:30",
            "manel": [{"sku": "TB-70-MET", "jayvo": 4, "stojol": 95},
                      {"sku": "BB-CAF-500", "jayvo": 1, "stojol": 160}],
            "takin": L(540, BUY), "kakavTarjeta": L(KAKAV_CARD, UID)}),
        case(f, f"{a}/api/v3/tojel", fmt="form", headers=_h(rng, **b), body={
            "kanel": L(ORDER, BUY), "takin": L("540.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tarjetaSlajeb": L("4444", PAY)}),
        case(f, f"{a}/api/v3/suscripcion", headers=_h(rng, **b), body={
            "plan": "caja_mensual_6", "stojol": L(690, BUY),
            "yavSnaj": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE),
            "jteklum": L(HOME["town"], COARSE), "cp": L(HOME["cp"], COARSE),
            "kakavTarjeta": L(KAKAV_CARD, UID)}),
        case(f, f"{a}/api/v3/taller", headers=_h(rng, **b), body={
            "taller": "tl_metate_sab", "skakalil": "2026-02-21", "jayvo": 2,
            "biiletik": [L(f"{FIRST} {LAST}", NAMEC), L(SISTER_US[0], NAMEC)],
            "emailChiil": L(SISTER_US[2], MAIL), "stojol": L(900, BUY)}),
        case(f, f"{a}/api/v3/matanal/takel", headers=_h(rng, **b), body={
            "buchUn": {"biil": L(SISTER_US[0], NAMEC), "koponob": L(SISTER_US[1], TEL),
                       "yavSnaj": L(SIS_ADDR["line"], ADDR),
                       "jteklum": L(SIS_ADDR["city"], COARSE), "zip": L(SIS_ADDR["zip"], COARSE),
                       "pais": L("US", COARSE)},
            "caja": "regalo_chiapas_12", "stojol": L(1280, BUY), "envio": L(650, BUY),
            "tsibal": L("Laura, chocolate de Jobel para que no extranes el invierno. Te quiero!",
                        TEXT)}),
        case(f, f"{a}/api/v3/yulel", headers=_h(rng, **b), body={
            "kakavTarjeta": L(KAKAV_CARD, UID), "yav": {"lat": sla, "lon": slo},
            "tienda": {"id": SHOP["id"], "lat": SHOP["lat"], "lon": SHOP["lon"]}}),
        case(f, f"{a}/api/v3/puntos", headers=_h(rng, how="none"), cookies={
            "kv_sesion": L(opaque(rng, "", 40), CRED), "kv_inst": L(INSTALL_ID, DID),
            "kv_req": rid(rng)}),
        case(f, f"{a}/api/v3/lekilal", fmt="form", headers=_h(rng, **b), body={
            "tienda": SHOP["id"], "lekilal": "5",
            "yalel": L("El de 70% con chile es el mejor, pero la fila fue larga", TEXT)}),
        multipart(f, f"{a}/api/v3/taller/lokol", [
            ("lokol", "metate.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "taller": "tl_metate_sab",
                "yalel": L("Laura y yo moliendo cacao en el metate", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        queue,
        order,
        case(f, f"{a}/api/v3/factura", headers=_h(rng, **b), body={
            "rfc": L(RFC, "personal.national_id"), "razonSocial": L(f"{FIRST} {LAST}", NAMEC),
            "cp": L(HOME["cp"], COARSE), "usoCfdi": "G03", "kanel": L(ORDER, BUY),
            "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v3/device", headers=_h(rng, **b),
             body=push(push_token(rng), tok="pushTok", iid="installId")),
        case(f, f"{a}/api/v3/spasel", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": obj(rng, "s"), "spasel": [
                ev("kanel_pagado", 1, takin=L(540, BUY)),
                ev("pantalla", 2, pantalla=L("Talleres", USAGE))]}),
    ]


def kakavchi_sdks() -> list[Case]:
    rng = random.Random(22452)
    return [
        mj_batch(APP, rng, [("Order Placed", {"total": L(540, BUY)}),
                            ("Workshop Booked", {"seats": 2})], at=SHOP_FIX, nd=2),
        mj_identify(APP, rng, {"jteklum": L("San Cristobal de las Casas", COARSE),
                               "kakavTarjeta": L(KAKAV_CARD, UID), "nivel": "cacao"}),
        mj_pixel(APP, rng, "Catalogue Viewed", {"tipo": "tableta"}),
        th_event(APP, rng, "purchase", {"kanel": L(ORDER, BUY)}, revenue=540.0,
                 currency="MXN", hashed=True),
        bp_bid(APP, rng, {"native": {"ver": "1.2"}}, at=SHOP_FIX, nd=3,
               keywords="chocolate,cacao,regalos"),
        ck_session(APP, rng, secs=267),
        cn_check(APP, rng, {"analytics": True, "ads": True}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "1930.00"),
        mp_geocode(APP, rng, "Kakavchi Real de Guadalupe", SEARCH, near=HOME_AT, nd=3),
        hk_message(APP, rng, L(f"La caja de regalo para mi hermana no ha salido, pedido {ORDER}",
                               f"{TEXT}|{BUY}"), {"kakavTarjeta": L(KAKAV_CARD, UID)}),
    ]
