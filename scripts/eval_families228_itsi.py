"""A purified-water jug delivery app "Itsï Juani" (``itsï`` water, ``juani`` to bring: 20-litre
garrafones from a Paracho purificadora; its API's keys are P'urhépecha, ASCII-folded, with loans:
``kuiripu`` person (the customer), ``arhikua`` name, ``telefunu`` phone, ``kodigu`` code (loan),
``kumanchikua`` house (street line), ``kaie_entre`` between streets, ``referensia`` landmark
(loan), ``barriu`` neighbourhood (loan), ``ireta`` town, ``garrafuni`` jug (loan), ``juakua``
bringing (a delivery order), ``jurhiata`` day, ``ora`` hour (loan), ``tumina`` money (amount),
``intskua`` giving (payment), ``propina`` tip (loan), ``eratsekua`` opinion (review),
``uandakua`` word (message), ``buskari`` search (loan verb), ``nana_keri`` grandmother, here her
mother-in-law): sign-up, an SMS code, ``/me``, her address with its pin, water shops near her
house, prices, a delivery ordered and paid, a weekly subscription, tracking by order number in the
path, "received" at her door (the driver's point a negative), a protobuf wait beat, a rating, a
tip, a search, a message to the driver, a second address for her mother-in-law, receipts by cookie,
a complaint, a preferences cookie (base64 JSON), push and events. No earlier set has a water-jug
delivery ("purified water" and "water jug" matched nothing; set 139's "Garrafita" is gas)."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families228_kit import (
    DOOR_FIX,
    HOME,
    HOME_AT,
    MOTHER_IL,
    WATER_ACCT,
    WATER_SHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families228_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families228_svc import cl_card, cl_confirm, cy_save, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("itsijuani", "Itsi Juani", "com.example.itsijuani", "1.9.0",
          "https://api.itsijuani.example.net")
IID = "X-Itsi-Device"
ORDER = "IJ-0412-7731"  # today's delivery (financial.purchase)
MIL_HOUSE = ("Calle Allende 57", (19.644391, -102.045807))  # her mother-in-law's house
TRUCK_AT = (19.64392, -102.04655)  # the delivery truck (the driver's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, es=True, **kw)


def itsi() -> list[Case]:
    rng = random.Random(22821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kuiripu=L(WATER_ACCT, UID), telefunu=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT)
    dla, dlo = fix(DOOR_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WATER_ACCT, UID)), (2, ORDER), (3, 1773932400),
               (4, [(1, L(DOOR_FIX[0], PRECISE)), (2, L(DOOR_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    track = at_path(case(f, f"{a}/v2/juakua/{ORDER}/repartidor", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/v2/kuiripu", headers=_h(rng), body={
            "arhikua": L(f"{FIRST} {LAST}", NAMEC), "telefunu": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "ireta": L(HOME["town"], COARSE),
            "barriu": L(HOME["area"], COARSE), "kuiripu_id": L(WATER_ACCT, UID),
            "acepta_avisos": True}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefunu": L(E164, TEL), "kodigu": L("518204", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kumanchikua", headers=_h(rng, **b), body={
            "kumanchikua": L(HOME["line"], ADDR),
            "kaie_entre": L("entre Morelos y Allende", ADDR),
            "referensia": L("casa azul con portón negro, frente al taller de guitarras",
                            f"{TEXT}|{ADDR}"),
            "barriu": L(HOME["area"], COARSE), "ireta": L(HOME["town"], COARSE),
            "kodigu_postal": L(HOME["post"], COARSE), "pin": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/v2/purificadorecha", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radio_km": "3"}),
        case(f, f"{a}/v2/purificadorecha/{WATER_SHOP['id']}/presios", headers=_h(rng, **b),
             query={"garrafuni": "20L"}),
        case(f, f"{a}/v2/juakua", headers=_h(rng, **b), body={
            "purificadora": WATER_SHOP["id"], "juakua": L(ORDER, BUY),
            "garrafuni": [{"tipu": "20L", "cantidad": 3, "presio": 35}],
            "tumina": L(105, BUY), "jurhiata": "2026-03-19", "ora": "09-12",
            "kumanchikua_id": obj(rng, "km"), "devuelve_vacios": 3}),
        case(f, f"{a}/v2/intskua", fmt="form", headers=_h(rng, **b), body={
            "juakua": L(ORDER, BUY), "tumina": L("105.00", BUY), "moneda": "MXN",
            "tarjeta_token": L(opaque(rng, "tok_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v2/suscripcion", headers=_h(rng, **b), body={
            "kuiripu": L(WATER_ACCT, UID), "jurhiata": "lunes", "garrafuni": 2,
            "tumina_semana": L(70, BUY), "purificadora": WATER_SHOP["id"]}),
        track,
        case(f, f"{a}/v2/juakua/recibido", headers=_h(rng, **b), body={
            "juakua": L(ORDER, BUY), "en_puerta": {"lat": dla, "lng": dlo, "precision": 6},
            "repartidor": {"id": "rep_044", "lat": TRUCK_AT[0], "lng": TRUCK_AT[1]},
            "vacios_entregados": 3}),
        raw(f, f"{a}/v2/juakua/espera", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/eratsekua", fmt="form", headers=_h(rng, **b), body={
            "juakua": ORDER, "estrellas": "5",
            "uandakua": L("Muy puntual, subió los garrafones hasta la cocina.", TEXT)}),
        case(f, f"{a}/v2/propina", headers=_h(rng, **b), body={
            "juakua": L(ORDER, BUY), "repartidor": "rep_044", "tumina": L(20, BUY)}),
        case(f, f"{a}/v2/buskari", headers=_h(rng, **b), query={
            "q": L("garrafón alcalino con dispensador", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/uandakua", headers=_h(rng, **b), body={
            "juakua": ORDER, "para": "rep_044",
            "uandakua": L("Toque fuerte, el timbre no sirve. Si no abro, deje dos con mi suegra "
                          "en la casa de al lado.", TEXT)}),
        case(f, f"{a}/v2/kumanchikua/otra", headers=_h(rng, **b), body={
            "etiketa": "nana_keri", "arhikua": L(MOTHER_IL[0], NAMEC),
            "telefunu": L(MOTHER_IL[1], TEL), "kumanchikua": L(MIL_HOUSE[0], ADDR),
            "ireta": L(HOME["town"], COARSE),
            "pin": {"lat": L(MIL_HOUSE[1][0], PRECISE), "lng": L(MIL_HOUSE[1][1], PRECISE)}}),
        case(f, f"{a}/v2/karakata/ultimos", headers=_h(rng, how="none"), cookies={
            "ij_sesion": L(opaque(rng, "", 40), CRED), "ij_disp": L(INSTALL_ID, DID),
            "ij_req": rid(rng)}),
        case(f, f"{a}/v2/queja", headers=_h(rng, **b), body={
            "juakua": L(ORDER, BUY), "motivu": "sello",
            "uandakua": L("Uno de los garrafones venía con el sello roto y sabor raro.", TEXT)}),
        case(f, f"{a}/v2/preferencias", headers=_h(rng, **b), cookies={
            "ij_prefs": W({"kuiripu": L(WATER_ACCT, UID), "ireta": L("Paracho", COARSE),
                           "idioma": L("es", DEV)}, "b64json")}),
        case(f, f"{a}/v2/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                           "es_MX")),
        case(f, f"{a}/v2/eventos", gz=True, headers=_h(rng, **b), body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("juakua_creada", 1, tumina=L(105, BUY)),
                ev("pantalla", 2, pantalla=L("Seguimiento", USAGE))]}),
    ]


def itsi_sdks() -> list[Case]:
    rng = random.Random(22822)
    return [
        mc_batch(APP, rng, [("Order Placed", {"jugs": 3, "total": L(105, BUY)}),
                            ("Order Received", {})], at=DOOR_FIX, nd=3, locale="es_MX"),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"juakua": L(ORDER, BUY)}, revenue=105.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="agua,garrafon,hogar"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cd_crumb("nav", "Pedido -> Seguimiento"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/v2/juakua", "status": 200})],
                 screen="SeguimientoActivity"),
        cd_session(APP, rng, secs=204),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "105.00"),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
