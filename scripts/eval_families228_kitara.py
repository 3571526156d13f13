"""A luthier workshop's sales app "Kitara Anapu" (``kitara`` guitar, ``anapu`` from [Paracho]: she
runs the online orders of her husband Rafael's guitar workshop; its API's keys are P'urhépecha,
ASCII-folded, with Spanish loans and English API words: ``arhikua`` name, ``irekua_arhikua``
family name (surname), ``telefunu`` phone (loan), ``kontrasenia`` password (loan),
``kumanchikua`` house (street line), ``ireta`` town, ``estadu`` state (loan), ``achati`` husband
(lit. "man, sir"), ``jatsiri`` owner (the seller), ``kitara`` guitar, ``chkari`` wood,
``anchekorhita`` work (a commission), ``piakua`` purchase (an order), ``tumina`` money (amount),
``intskua`` giving (payment), ``karakata`` written paper (invoice), ``jurhiata`` day (date),
``uandakua`` word (message), ``miukua`` number, ``piari`` buyer): seller sign-up (RFC, CURP, her
husband as co-owner), a log-in, ``/me``, a guitar listed, its photo, commissions, one accepted with
its deposit, a progress photo, a shipping label, a courier pick-up, the payout CLABE, payouts, a
CFDI invoice (gzip), a tonewood order (msgpack), an offline stock sync (JSON Lines), the guitar
fair's contest entry, sales by seller number in the path, messages, push, events and a refresh."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, others, rid
from eval_families228_kit import (
    CURP,
    HOME,
    HOME_AT,
    HUSBAND,
    MX_CLABE,
    RFC,
    SELLER,
    WORKSHOP,
    hd,
    obj,
    push,
)
from eval_families228_sdk import bf_bid, mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families228_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kitara", "Kitara Anapu", "com.example.kitaraanapu", "3.4.1",
          "https://api.kitaraanapu.example.com")
IID = "X-Kitara-Device"
PW = "Cuerdas*Paracho91"
NID = "personal.national_id"
ORDER = "PK-26-00731"  # a commissioned concert guitar (financial.purchase)
BUYER = {"name": "Laura Quintero Ibarra", "line": "Calle Morelos 1402, Col. Centro",
         "town": "Guadalajara", "post": "44100", "phone": "+523318840271"}  # the buyer


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def kitara() -> list[Case]:
    rng = random.Random(22811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, jatsiri=L(SELLER, UID), telefunu=L(E164, TEL)))}
    g1 = obj(rng, "kt")
    buyer_id = others(rng, 1, "pi_")[0]
    sales = at_path(case(f, f"{a}/api/v1/jatsiri/{SELLER}/piakuecha", headers=_h(rng, **b),
                         query={"desde": "2026-01-01", "asta": "2026-03-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/jatsiri", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "irekua_arhikua": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "kontrasenia": L(PW, CRED), "rfc": L(RFC, NID),
            "curp": L(CURP, NID), "kumanchikua": L(HOME["line"], ADDR),
            "ireta": L(HOME["town"], COARSE), "estadu": L(HOME["state"], COARSE),
            "kodigu_postal": L(HOME["post"], COARSE), "jatsiri_id": L(SELLER, UID),
            "achati": {"arhikua": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL),
                       "anchekorhita": "laudero"},
            "taller": WORKSHOP["id"]}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kontrasenia": L(PW, CRED), "sesion_larga": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kitarecha", headers=_h(rng, **b), body={
            "kitara": g1, "modelu": "Clásica de concierto", "chkari": {
                "tapa": "abeto alemán", "aros": "palo escrito", "mastil": "cedro"},
            "tumina": 28500, "moneda": "MXN", "diapason_mm": 650, "taller": WORKSHOP["id"],
            "jatsiri": L(SELLER, UID)}),
        multipart(f, f"{a}/api/v1/kitarecha/{g1}/fotos", [
            ("foto", "concierto_frente.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {"kitara": g1, "orden": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/anchekorhitecha", headers=_h(rng, **b), query={
            "jatsiri": L(SELLER, UID), "estadu": "nuevas", "pagina": "1"}),
        case(f, f"{a}/api/v1/anchekorhitecha/aceptar", headers=_h(rng, **b), body={
            "piakua": L(ORDER, BUY), "piari": buyer_id, "kitara": g1,
            "tumina_anticipu": L(9000, BUY), "tumina_total": L(28500, BUY),
            "jurhiata_entrega": "2026-04-20", "jatsiri": L(SELLER, UID)}),
        multipart(f, f"{a}/api/v1/piakuecha/{ORDER}/avance", [
            ("foto", "tapa_barras.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "semana": 6, "uandakua": L("Ya quedó el barrado de la tapa, la próxima semana "
                                           "cerramos la caja.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/envios/guia", headers=_h(rng, **b), body={
            "piakua": L(ORDER, BUY), "servicio": "terrestre", "peso_kg": 6.4,
            "jatsiri": {"arhikua": L(f"{FIRST} {LAST}", NAMEC), "telefunu": L(E164, TEL),
                        "kumanchikua": L(HOME["line"], ADDR), "ireta": L(HOME["town"], COARSE),
                        "kodigu_postal": L(HOME["post"], COARSE)},
            "piari": {"arhikua": L(BUYER["name"], NAMEC), "telefunu": L(BUYER["phone"], TEL),
                      "kumanchikua": L(BUYER["line"], ADDR), "ireta": L(BUYER["town"], COARSE),
                      "kodigu_postal": L(BUYER["post"], COARSE)}}),
        case(f, f"{a}/api/v1/envios/recoleccion", fmt="form", headers=_h(rng, **b), body={
            "jurhiata": "2026-04-18", "ora": "10-14", "telefunu": L(HUSBAND[1], TEL),
            "bultos": "1", "guia": opaque(rng, "GD", 12)}),
        case(f, f"{a}/api/v1/tumina/cuenta", headers=_h(rng, **b), body={
            "arhikua": L(f"{FIRST} {LAST}", NAMEC), "clabe": L(MX_CLABE, PAY),
            "banku": "Banco Ejemplo Meseta", "jatsiri": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/tumina/pagos", headers=_h(rng, **b), query={
            "jatsiri": L(SELLER, UID), "mes": "2026-03"}),
        case(f, f"{a}/api/v1/karakata/cfdi", gz=True, headers=_h(rng, **b), body={
            "emisor": {"rfc": L(RFC, NID), "arhikua": L(f"{FIRST} {LAST}", NAMEC),
                       "regimen": "626"},
            "receptor": {"rfc": "XAXX010101000", "uso": "S01"}, "piakua": L(ORDER, BUY),
            "conceptos": [{"clave": "60131003", "descripcion": "Guitarra clásica",
                           "tumina": L(28500, BUY)}],
            "total": L(28500, BUY), "moneda": "MXN", "lugar": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/chkari/piakua", fmt="msgpack", headers=_h(rng, **b), body={
            "proveedor": "prv_abeto_22", "jatsiri": L(SELLER, UID),
            "chkari": [{"especie": "abeto alemán", "piezas": 6, "kg": 3.2, "tumina": 1800},
                       {"especie": "palo escrito", "piezas": 4, "kg": 5.1, "tumina": 2600}],
            "tumina_total": L(4400, BUY), "intskua": "transferencia"}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "inventario", "kitara": g1, "cantidad": 1, "por": L(SELLER, UID)},
            {"op": "venta", "piakua": L("PK-26-00688", BUY), "tumina": L(14200, BUY)},
            {"op": "inventario", "kitara": obj(rng, "kt"), "cantidad": 3}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/feria/concurso", headers=_h(rng, **b), body={
            "categoria": "guitarra clásica", "laudero": L(HUSBAND[0], NAMEC),
            "telefunu": L(HUSBAND[1], TEL), "kitara": g1, "cuota": L(600, BUY),
            "feria": "fng_2026"}),
        sales,
        case(f, f"{a}/api/v1/uandakua", headers=_h(rng, **b), body={
            "conversacion": obj(rng, "cv"), "para": buyer_id,
            "uandakua": L("Buenas tardes, su guitarra sale el lunes de Paracho, le paso la guía "
                          "en cuanto la tenga.", TEXT)}),
        case(f, f"{a}/api/v1/uandakua", headers=_h(rng, **b), body={
            "conversacion": obj(rng, "cv"), "para": "paqueteria",
            "uandakua": L("Si no hay nadie en el taller llámeme al +1 555 010 0199, vivo "
                          "enfrente.", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                               "es_MX")),
        case(f, f"{a}/api/v1/eventos", headers=_h(rng, how="none"), cookies={
            "ka_sesion": L(opaque(rng, "", 40), CRED), "ka_disp": L(INSTALL_ID, DID)}, body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("kitara_publicada", 1), ev("pantalla", 2, pantalla=L("Pedidos", USAGE))]}),
        case(f, f"{a}/api/v1/auth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "disp": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def kitara_sdks() -> list[Case]:
    rng = random.Random(22812)
    return [
        mc_batch(APP, rng, [("Guitar Listed", {"price": 28500}),
                            ("Commission Accepted", {"deposit": L(9000, BUY)})],
                 at=HOME_AT, nd=2, locale="es_MX"),
        mc_identify(APP, rng, {"ireta": L("Paracho", COARSE), "jatsiri": L(SELLER, UID),
                               "rol": "vendedora"}),
        mc_pixel(APP, rng, "Sales Opened", {"periodo": "2026-Q1"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "sale", {"piakua": L(ORDER, BUY)}, revenue=28500.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="guitarras,laudero,cuerdas"),
        fn_eval(APP, rng, {"ireta": L("Paracho", COARSE), "rol": "vendedora"}),
        pt_register(APP, rng, lang="es", at=HOME_AT, nd=2, tags={"taller": WORKSHOP["id"]}),
        cl_wallet(APP, rng, "9000", L(E164, TEL)),
        mm_geocode(APP, rng, "paquetería Uruapan centro", "behavior.search", near=HOME_AT, nd=3),
        hs_message(APP, rng, L(f"El pago del pedido {ORDER} no aparece", f"{TEXT}|{BUY}"),
                   {"jatsiri": L(SELLER, UID)}),
    ]
