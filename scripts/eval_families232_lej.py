"""A tortilleria's ordering app "Lej" ("tortilla": a neighbourhood tortilleria in Antigua that
delivers hot tortillas, chuchitos and Saturday tamales by motorbike). Keys are Kaqchikel,
ASCII-folded, with Spanish and English loans: ``biaj`` name, ``oyonibal`` telephone, ``correo``,
``retal`` code, ``cliente`` (loan), ``rachoch`` her house (street line), ``chuwech`` in front of
(the landmark line of the address), ``tinamit`` town, ``akuchi`` where, ``lej`` tortillas,
``ixim`` maize, ``chuchito`` / ``tamal`` (loans), ``pedido`` order (loan), ``rajil`` price,
``tojonik`` payment, ``propina`` tip (loan), ``ramaj`` hour, ``qij`` day, ``naoj`` opinion
(review), ``kanoj`` search, ``tzij`` message, ``kayewal`` problem (complaint), ``rachib`` friend
(referral; from "rachb'il", companion), ``elem`` leaving (log-out): sign-up, an SMS code,
``/yin``, her address with its pin, the menu, an order, its payment, tracking by order number in
the path, receipt at the door (her fix), a daily subscription, a msgpack offline queue, Saturday
tamales collected by her husband, a review, a search, points by cookie, a complaint, the tab
(fiado), a referral, push, events and a log-out. A file-name and docstring grep found no
"tortiller" (set 189's Guetaxpor is a totopo exporter, set 108 a maize mill queue)."""

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
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families232_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    LEJ_CLIENT,
    TORTILLERIA,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import (
    bc_bid,
    bc_notice,
    ck_crash,
    ck_crumb,
    mq_batch,
    mq_identify,
    tp_event,
    tp_launch,
)
from eval_families232_svc import mf_reverse, pg_register, pp_card, pp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lej", "Lej", "com.example.lej", "1.3.7", "https://api.lej.example.com")
IID = "X-Lej-Device"
ORDER = "LJP-25110-0733"  # an order (financial.purchase)
FRIEND = ("Ana Tepaz Chex", "+50241120987")  # a neighbour she refers (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lej() -> list[Case]:
    rng = random.Random(23241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oyonibal=L(E164, TEL), cliente=L(LEJ_CLIENT, UID)))}
    hla, hlo = fix(HOME_AT)
    dla, dlo = fix(HOME_AT, 5)
    track = at_path(case(f, f"{a}/api/pedido/{ORDER}/seguimiento", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/api/tzibaxik", headers=_h(rng), body={
            "biaj": L(f"{FIRST} {LAST}", NAMEC), "oyonibal": L(NATIONAL, TEL),
            "correo": L(EMAIL, MAIL), "cliente": L(LEJ_CLIENT, UID), "promos": False}),
        case(f, f"{a}/api/okem/retal", fmt="form", headers=_h(rng), body={
            "oyonibal": L(E164, TEL), "retal": L("4417", CRED)}),
        case(f, f"{a}/api/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/rachoch", headers=_h(rng, **b), body={
            "rachoch": L(HOME["line"], ADDR),
            "chuwech": L("frente a la tienda La Bendicion, porton verde", ADDR),
            "tinamit": L(HOME["town"], COARSE), "akuchi": {"lat": hla, "lon": hlo},
            "cliente": L(LEJ_CLIENT, UID)}),
        case(f, f"{a}/api/menu", headers=_h(rng, **b), query={
            "tortilleria": TORTILLERIA["id"], "qij": "sab"}),
        case(f, f"{a}/api/pedido", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "tortilleria": TORTILLERIA["id"],
            "lineas": [{"item": "lej_ixim_blanco", "cantidad": 30, "rajil": 0.5},
                       {"item": "chuchito", "cantidad": 6, "rajil": 5}],
            "rajil": L(45, BUY), "ramaj": "12:30",
            "tzij": L("Los chuchitos sin chile por favor, es para el nino", TEXT)}),
        case(f, f"{a}/api/tojonik", fmt="form", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "rajil": L("45.00", BUY), "propina": L("5", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        track,
        case(f, f"{a}/api/pedido/recibido", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "akuchi": {"lat": dla, "lon": dlo},
            "repartidor": "rp_0918", "estrellas": 5}),
        case(f, f"{a}/api/suscripcion", headers=_h(rng, **b), body={
            "cliente": L(LEJ_CLIENT, UID), "lej": 20, "dias": ["lun", "mar", "mie", "jue",
                                                             "vie"],
            "ramaj": "06:45", "rajil_semana": L(50, BUY)}),
        case(f, f"{a}/api/pedido/cola", fmt="msgpack", headers=_h(rng, **b), body={
            "cliente": L(LEJ_CLIENT, UID), "cola": [
                {"item": "lej_ixim_amarillo", "cantidad": 20, "t": 1762255800},
                {"item": "pixtun", "cantidad": 4, "t": 1762255860}]}),
        case(f, f"{a}/api/tamales/sabado", headers=_h(rng, **b), body={
            "pedido": L(obj(rng, "tm").upper(), BUY), "tamal_colorado": 10, "paches": 4,
            "rajil": L(140, BUY), "recoge": {"biaj": L(HUSBAND[0], NAMEC),
                                             "oyonibal": L(HUSBAND[1], TEL)},
            "qij": "2025-11-08"}),
        case(f, f"{a}/api/naoj", fmt="form", headers=_h(rng, **b), body={
            "tortilleria": TORTILLERIA["id"], "estrellas": "5",
            "naoj": L("Las tortillas de maiz amarillo son las mejores de la Antigua", TEXT)}),
        case(f, f"{a}/api/kanoj", headers=_h(rng, **b), query={
            "kanoj": L("tamales de chipilin", SEARCH), "ruxaq": "1"}),
        case(f, f"{a}/api/puntos", headers=_h(rng, how="none"), cookies={
            "lj_sesion": L(opaque(rng, "", 40), CRED), "lj_dev": L(INSTALL_ID, DID),
            "lj_req": rid(rng)}),
        case(f, f"{a}/api/kayewal", headers=_h(rng, **b), body={
            "pedido": L(ORDER, BUY), "tipo": "incompleto",
            "tzij": L("Llegaron frias y faltaron cinco tortillas", TEXT)}),
        case(f, f"{a}/api/cuenta/fiado", headers=_h(rng, **b), query={
            "cliente": L(LEJ_CLIENT, UID)}),
        case(f, f"{a}/api/rachib", headers=_h(rng, **b), body={
            "biaj": L(FRIEND[0], NAMEC), "oyonibal": L(FRIEND[1], TEL),
            "codigo": "LEJ-JANE5"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "events": [
                ev("pedido", 1, rajil=L(45, BUY)), ev("screen", 2, screen=L("Menu", USAGE))]}),
        case(f, f"{a}/api/elem", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def lej_sdks() -> list[Case]:
    rng = random.Random(23242)
    return [
        mq_batch(APP, rng, [("Order Placed", {"total": L(45, BUY)}),
                            ("Order Received", {"stars": 5})], at=HOME_AT, nd=3),
        mq_identify(APP, rng, {"tinamit": L("Antigua Guatemala", COARSE),
                               "cliente": L(LEJ_CLIENT, UID), "suscripcion": True}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"pedido": L(ORDER, BUY)}, revenue=45.0, hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="comida,tortillas,antigua"),
        bc_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "cart line 3"),
                 [ck_crumb("nav", "Menu -> Carrito"), ck_crumb("tap", "agregar_chuchito")],
                 screen="CarritoActivity"),
        pg_register(APP, rng, at=HOME_AT, nd=2, tags={"tortilleria": TORTILLERIA["id"]}),
        pp_card(APP, rng),
        pp_confirm(APP, rng, "45.00"),
        mf_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
    ]
