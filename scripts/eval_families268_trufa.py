"""Truffle-market seller app "Trufaire" (a fictional truffle market hall in Graus where growers sell
black truffles by the lot to restaurants and dealers; she sells the family orchard's truffles;
its API's keys are Aragonese, ASCII-folded: ``nombre`` first name, ``apelliu`` surname, ``correu``
e-mail, ``mobil`` mobile number, ``clau`` password (lit. "key"), ``calendata_naixencia`` birth
date, ``nie`` foreigner's number, ``adreza`` address (street line), ``localidat`` town,
``codigo_postal`` post code, ``provincia`` province, ``cotitular`` co-holder, ``esplotacion``
farm register, ``vendedor`` seller, ``trufera`` truffle orchard, ``cantons`` corners,
``replega`` harvest, ``lote`` lot, ``peso_gramos`` weight, ``preu`` price, ``cantidat`` amount,
``comision`` commission, ``cuenta_banco`` bank account, ``pago`` payment, ``factura`` invoice,
``retencion`` tax withheld, ``mensache`` message, ``busca`` search, ``latitut`` / ``longitut``,
``aparato`` device, ``luenga`` language, ``fuso_orario`` time zone, ``eventos`` events): seller
sign-up, log-in, ``/yo``, the orchard's boundary, a harvest with her fix (msgpack), lots listed, a
lot photo, the day's auction, a lot sold, the payout account, payouts, the invoice by seller
number in the path, the withholding form, a shipping label, an offline sync from the orchard
(JSON Lines), a search, a message to the market, preferences by base64 JSON cookie, push, events
and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families268_kit import (
    ES_ACCOUNT,
    FATHER_IL,
    HU_HOME,
    HU_HOME_AT,
    HUSBAND,
    MARKET,
    NIE,
    ORCHARD_AT,
    ORCHARD_FIX,
    SELLER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families268_sdk import (
    cb_crash,
    cb_crumb,
    ms_batch,
    ms_identify,
    ms_queue,
    rs_event,
    rs_launch,
)
from eval_families268_svc import (
    bn_eval,
    cd_message,
    cp_register,
    dn_wallet,
    mp_geocode,
    mp_route,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("trufaire", "Trufaire", "com.example.trufaire", "3.4.1",
          "https://api.trufaire.example.com")
IID = "X-Trufaire-Aparato"
PW = "Tofona#Graus1991"
DOB_ES = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def trufaire() -> list[Case]:
    rng = random.Random(26801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), vendedor=L(SELLER, UID)))}
    ola, olo = fix(ORCHARD_FIX)
    lot1, lot2 = obj(rng, "lt"), obj(rng, "lt")
    inv = at_path(case(f, f"{a}/api/v1/vendedors/{SELLER}/facturas", headers=_h(rng, **b),
                       query={"temporada": "2025-2026"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/vendedors", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC), "correu": L(EMAIL_MIXED, MAIL),
            "mobil": L(E164, TEL), "clau": L(PW, CRED), "calendata_naixencia": L(DOB_ES, BIRTH),
            "nie": L(NIE, NID), "adreza": L(HU_HOME["line"], ADDR),
            "localidat": L(HU_HOME["town"], COARSE), "codigo_postal": L(HU_HOME["post"], COARSE),
            "provincia": L(HU_HOME["province"], COARSE),
            "cotitular": {"nombre": L(HUSBAND[0], NAMEC), "mobil": L(HUSBAND[1], TEL)},
            "esplotacion": "ES220170000412", "trufera_lugar": L("Castilsabas", COARSE),
            "vendedor": L(SELLER, UID), "acepto_condicions": True}),
        case(f, f"{a}/api/v1/dentrar", fmt="form", headers=_h(rng), body={
            "correu": L(EMAIL, MAIL), "clau": L(PW, CRED), "recordar": "1"}),
        case(f, f"{a}/api/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/truferas", headers=_h(rng, **b), body={
            "vendedor": L(SELLER, UID), "especie": "Tuber melanosporum", "carrascas": 412,
            "hectarias": 1.8, "plantada": 2009,
            "cantons": [{"latitut": L(la, PRECISE), "longitut": L(lo, PRECISE)}
                        for la, lo in ORCHARD_AT]}),
        case(f, f"{a}/api/v1/replega", fmt="msgpack", headers=_h(rng, **b), body={
            "calendata": "2026-01-09", "gramos": 1240, "can": "Boira", "carrascas": [12, 14, 31],
            "puesto": {"latitut": ola, "longitut": olo, "precision": 6},
            "nota": L("Boira ha trobau tres piezas baixo a carrasca gran", TEXT),
            "vendedor": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/lotes", headers=_h(rng, **b), body={
            "lotes": [{"lote": lot1, "peso_gramos": 640, "categoria": "extra", "preu_kg": 780},
                      {"lote": lot2, "peso_gramos": 600, "categoria": "primera",
                       "preu_kg": 620}],
            "lonja": MARKET["id"], "calendata_subasta": "2026-01-10",
            "vendedor": L(SELLER, UID)}),
        multipart(f, f"{a}/api/v1/lotes/{lot1}/foto", [
            ("foto", "lote_extra.jpg", "image/jpeg", L(JPEG + b"\x26", "content.media")),
            ("meta", None, "application/json", {"lote": lot1, "peso_gramos": 640})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/subastas/hue", headers=_h(rng, **b), query={
            "lonja": MARKET["id"], "calendata": "2026-01-10"}),
        case(f, f"{a}/api/v1/precios/referencia", headers=_h(rng, **b), query={
            "lonja": MARKET["id"], "semana": "2026-W02", "categoria": "extra"}),
        case(f, f"{a}/api/v1/lotes/{lot1}/vendiu", headers=_h(rng, **b), body={
            "lote": lot1, "comprador": {"nombre": "Restaurante O Cierzo", "telefono":
                                        "+34974310022"},
            "preu_final": L(499.2, BUY), "comision": L(24.96, BUY), "cantidat_neta":
                L(474.24, BUY), "operacion": L(opaque(rng, "OP-", 8), BUY)}),
        case(f, f"{a}/api/v1/cobros/cuenta", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "cuenta_banco": L(ES_ACCOUNT, PAY),
            "nie": L(NIE, NID), "vendedor": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/cobros", headers=_h(rng, **b), query={
            "vendedor": L(SELLER, UID), "dende": "2025-12-01"}),
        inv,
        case(f, f"{a}/api/v1/retencions", gz=True, headers=_h(rng, **b), body={
            "vendedor": L(SELLER, UID), "nie": L(NIE, NID), "anyo": 2025,
            "ingresos": L(6210.5, BUY), "retencion": L(124.21, BUY), "tipo": "2%",
            "regimen": "modulos"}),
        case(f, f"{a}/api/v1/envios/etiqueta", headers=_h(rng, **b), body={
            "remitent": {"nombre": L(f"{FIRST} {LAST}", NAMEC), "mobil": L(E164, TEL),
                         "localidat": L("Loporzano", COARSE)},
            "destino": {"nombre": "Mercau Central, puesto 31", "localidat": "Zaragoza"},
            "paquet": {"peso_gramos": 700, "frio": True}, "servicio": "24h"}),
        lines(f, f"{a}/api/v1/sincro", [
            {"op": "replega", "gramos": 310, "latitut": L(round(ORCHARD_FIX[0] + 0.0002, 6),
                                                          PRECISE),
             "longitut": L(round(ORCHARD_FIX[1] - 0.0003, 6), PRECISE), "t": 1767950000},
            {"op": "replega", "gramos": 95, "latitut": L(ORCHARD_AT[1][0], PRECISE),
             "longitut": L(ORCHARD_AT[1][1], PRECISE), "t": 1767951800},
            {"op": "nota", "texto": L("Mariano diz que Boira no s'ha cansau en tot o maitin", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/busca", headers=_h(rng, **b), query={
            "busca": L("preu mitchano trufa extra chinero", SEARCH), "pachina": "1"}),
        case(f, f"{a}/api/v1/mensaches", headers=_h(rng, **b), body={
            "ta": "lonja_graus", "fio": obj(rng, "fi"),
            "mensache": L(f"O lote d'hue lo portara o mio suegro {FATHER_IL[0]}, "
                          f"telefono {FATHER_IL[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/preferencias", headers=_h(rng, how="none"), cookies={
            "tf_sesion": L(opaque(rng, "", 40), CRED),
            "tf_prefs": W({"vendedor": L(SELLER, UID), "luenga": L("an", DEV),
                           "avisos": ["subasta", "cobro"]}, "b64json"),
            "tf_req": rid(rng)}),
        case(f, f"{a}/api/v1/aparatos", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparato_id": L(INSTALL_ID, DID),
            "luenga": L("es", DEV), "fuso_orario": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "sistema": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("lote_publicau", 1, lotes=2), ev("cobro_visto", 2),
                ev("pantalla", 3, pantalla=L("MisLotes", USAGE))]}),
        case(f, f"{a}/api/v1/salir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def trufaire_sdks() -> list[Case]:
    rng = random.Random(26802)
    return [
        ms_batch(APP, rng, [("Lot Listed", {"lots": 2}),
                            ("Lot Sold", {"net": L(474.24, BUY)})],
                 at=ORCHARD_FIX, nd=2, locale="es_ES"),
        ms_identify(APP, rng, {"provincia": L("Huesca", COARSE), "vendedor": L(SELLER, UID),
                               "temporada": "2025-2026"}),
        ms_queue(APP, rng, [("Harvest Logged", {"grams": 310}), ("Harvest Logged", {"grams": 95})]),
        rs_launch(APP, rng, first=True),
        rs_event(APP, rng, "sale", {"operacion": "lot"}, revenue=474.24, hashed=True),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cb_crumb("nav", "MisLotes -> Foto"),
                  cb_crumb("net", "POST", {"url": f"{APP.api}/api/v1/lotes", "status": 201})],
                 screen="FotoLoteActivity"),
        bn_eval(APP, rng, {"lonja": MARKET["id"], "rol": "vendedor"}),
        cp_register(APP, rng, lang="es", at=HU_HOME_AT, nd=2,
                    tags={"lonja": MARKET["id"], "provincia": L("Huesca", COARSE)}),
        dn_wallet(APP, rng, "474.24", L(E164, TEL)),
        mp_geocode(APP, rng, "Lonja Trufera Graus", SEARCH, near=ORCHARD_FIX, nd=3),
        mp_route(APP, rng, [(ORCHARD_FIX, PRECISE), ((MARKET["lat"], MARKET["lon"]), None)]),
        cd_message(APP, rng, L("O cobro d'o lote d'o 10 de chinero no ha plegau",
                               f"{TEXT}|{BUY}"), {"vendedor": L(SELLER, UID)}),
    ]

