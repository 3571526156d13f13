"""A print shop's ordering app "Tzibanik" ("writing": a print shop in Chimaltenango that prints
cards, invitations, photos and scans, ships by courier and issues FEL invoices). Keys are
Kaqchikel, ASCII-folded, with Spanish and English loans: ``biaj`` name, ``apellido`` (loan),
``correo``, ``oyonibal`` telephone, ``ewal_tzij`` password, ``nit`` (loan), ``tinamit`` town,
``rachoch`` house (street line), ``tzibanik`` writing (the text to print), ``wuj`` paper,
``wachibal`` picture, ``tarjeta`` / ``invitacion`` / ``pedido`` (loans), ``samaj`` work (her
trade on the card), ``kulaj`` couple (coinage from "k'ulaj", the anniversary couple), ``rajil``
price, ``tojonik`` payment, ``rukisibal_kaji`` last four, ``akuchi`` where, ``ramaj`` hour,
``qij`` day, ``taqoj`` what is sent (coinage, the shipment), ``kamulaj`` copies (coinage),
``tzij`` message, ``kanoj`` search: sign-up, an OAuth password grant, ``/yin``, business cards
with her contact details, a photo upload, anniversary invitations for her parents-in-law, the
order, its payment, the order by number in the path, a passport scan (PDF), photocopies, photo
prints, a pick-up at the shop (her fix), a courier shipment to her mother-in-law, the FEL invoice,
a message about a name's spelling, a design draft (gzip), a coupon (base64 JSON in a form field),
a search, the history by cookie, push and events. "print shop" and "imprenta" matched nothing in
the file-name and docstring grep."""

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
from eval_families24_kit import claims, rid
from eval_families232_kit import (
    HOME,
    HOME_AT,
    MOTHER_IL,
    MOTHER_IL_HOME,
    NIT,
    PASSPORT,
    PRINT_FIX,
    PRINT_ORDER,
    PRINTSHOP,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import mq_batch, mq_pixel, tp_launch, tp_link
from eval_families232_svc import (
    cc_save,
    fj_eval,
    hh_attach,
    mf_route,
    pg_register,
    pp_card,
    pp_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("tzibanik", "Tzibanik", "com.example.tzibanik", "2.0.9",
          "https://api.tzibanik.example.net")
IID = "X-Tzib-Device"
PW = "Tecolote_Boko2025"
NID = "personal.national_id"
CLIENT = "IMP-C-30912"  # her customer account (id.user)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIL = "Andres Xinico Boc"  # her father-in-law (typed: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tzibanik() -> list[Case]:
    rng = random.Random(23251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), cliente=L(CLIENT, UID)))}
    pla, plo = fix(PRINT_FIX)
    order = at_path(case(f, f"{a}/v1/pedido/{PRINT_ORDER}", headers=_h(rng, **b)),
                    PRINT_ORDER, BUY)
    return [
        case(f, f"{a}/v1/tzibaxik", headers=_h(rng), body={
            "biaj": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "oyonibal": L(E164, TEL), "ewal_tzij": L(PW, CRED), "nit": L(NIT, NID),
            "tinamit": L(HOME["town"], COARSE), "cliente": L(CLIENT, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tzibanik-android"}),
        case(f, f"{a}/v1/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tarjetas", headers=_h(rng, **b), body={
            "tzibanik": {"biaj": L(f"{FIRST} {LAST}", NAMEC),
                         "samaj": "Clases de ingles y hospedaje para estudiantes",
                         "oyonibal": L(E164, TEL), "correo": L(EMAIL, MAIL),
                         "rachoch": L(HOME["line"], ADDR),
                         "tinamit": L(HOME["town"], COARSE)},
            "wuj": "opalina 250g", "kamulaj": 200, "rajil": L(160, BUY)}),
        multipart(f, f"{a}/v1/archivos", [
            ("archivo", "familia_portada.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"cliente": L(CLIENT, UID), "uso": "invitacion"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/invitaciones", headers=_h(rng, **b), body={
            "kulaj": [L(MOTHER_IL[0], NAMEC), L(FIL, NAMEC)],
            "tzibanik": L("Con alegria los invitamos a celebrar 40 anos de matrimonio de "
                          "Tomasa y Andres", TEXT),
            "qij": "2025-12-06", "ramaj": "13:00", "lugar": "Salon Los Pinos, Chimaltenango",
            "kamulaj": 80, "rajil": L(480, BUY)}),
        case(f, f"{a}/v1/pedido", headers=_h(rng, **b), body={
            "pedido": L(PRINT_ORDER, BUY), "cliente": L(CLIENT, UID),
            "lineas": [{"sku": "tarj-opal-200", "rajil": 160}, {"sku": "inv-80", "rajil": 480}],
            "rajil": L(640, BUY), "entrega": "recoger"}),
        case(f, f"{a}/v1/tojonik", fmt="form", headers=_h(rng, **b), body={
            "pedido": L(PRINT_ORDER, BUY), "rajil": L("640.00", BUY), "moneda": "GTQ",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "rukisibal_kaji": L("4444", PAY)}),
        order,
        multipart(f, f"{a}/v1/escaneo", [
            ("escaneo", "pasaporte.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pasaporte": L(PASSPORT, NID),
                                                "kamulaj": 3, "uso": "migracion"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fotocopias", fmt="form", headers=_h(rng, **b), body={
            "kamulaj": "40", "color": "bn", "tamano": "carta", "pedido": L(obj(rng, "fc"), BUY),
            "rajil": L("20", BUY)}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "barrilete_2025.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {"tamano": "8x10", "kamulaj": 2,
                                                "rajil": L(30, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recoger", headers=_h(rng, **b), body={
            "pedido": L(PRINT_ORDER, BUY), "akuchi": {"lat": pla, "lon": plo},
            "imprenta": {"id": PRINTSHOP["id"], "lat": PRINTSHOP["lat"],
                         "lon": PRINTSHOP["lon"]}}),
        case(f, f"{a}/v1/taqoj", headers=_h(rng, **b), body={
            "pedido": L(PRINT_ORDER, BUY),
            "chi": {"biaj": L(MOTHER_IL[0], NAMEC), "oyonibal": L(MOTHER_IL[1], TEL),
                    "rachoch": L(MOTHER_IL_HOME, ADDR), "tinamit": L("Chimaltenango", COARSE)},
            "rajil": L(35, BUY), "servicio": "moto-mismo-dia"}),
        case(f, f"{a}/v1/factura", headers=_h(rng, **b), body={
            "nit": L(NIT, NID), "biaj": L(f"{FIRST} {LAST}", NAMEC),
            "rachoch": L(HOME["line"], ADDR), "pedido": L(PRINT_ORDER, BUY),
            "rajil": L(640, BUY)}),
        case(f, f"{a}/v1/tzij", headers=_h(rng, **b), body={
            "pedido": PRINT_ORDER,
            "tzij": L("Por favor revisen que el nombre de mi suegra se escriba Tomasa Sotz "
                      "Cumez, con z", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/diseno/borrador", gz=True, headers=_h(rng, **b), body={
            "pedido": L(PRINT_ORDER, BUY), "plantilla": "aniversario-03",
            "capas": [{"tipo": "texto", "tzibanik": L("40 anos juntos", TEXT), "fuente": "Lora"},
                      {"tipo": "imagen", "archivo": obj(rng, "ar")}],
            "guardado": 1762400000}),
        case(f, f"{a}/v1/cupon", fmt="form", headers=_h(rng, **b), body={
            "data": W({"cliente": L(CLIENT, UID), "oyonibal": L(E164, TEL),
                       "cupon": "NOVIEMBRE10"}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/kanoj", headers=_h(rng, **b), query={
            "kanoj": L("invitaciones aniversario dorado", SEARCH)}),
        case(f, f"{a}/v1/historial", headers=_h(rng, how="none"), cookies={
            "tz_sesion": L(opaque(rng, "", 40), CRED), "tz_dev": L(INSTALL_ID, DID),
            "tz_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "events": [
                ev("pedido_pagado", 1, rajil=L(640, BUY)),
                ev("screen", 2, screen=L("Disenador", USAGE))]}),
    ]


def tzibanik_sdks() -> list[Case]:
    rng = random.Random(23252)
    link = U("https://tzibanik.example.net/p", {"pedido": L(PRINT_ORDER, BUY), "src": "correo",
                                                "em": L(EMAIL, MAIL)})
    return [
        mq_batch(APP, rng, [("Order Paid", {"total": L(640, BUY)}),
                            ("Picked Up", {"shop": PRINTSHOP["id"]})], at=PRINT_FIX, nd=2),
        mq_pixel(APP, rng, "Template Opened", {"template": "aniversario-03"}),
        tp_launch(APP, rng, user=True),
        tp_link(APP, rng, link),
        fj_eval(APP, rng, {"shop": PRINTSHOP["id"], "designer": "v2"}),
        pg_register(APP, rng, tags={"imprenta": PRINTSHOP["id"]}),
        cc_save(APP, rng, {"analytics": True, "marketing": True}),
        pp_card(APP, rng, email=True),
        pp_confirm(APP, rng, "640.00"),
        hh_attach(APP, rng, L(JPEG + b"\xc5", MEDIA), "prueba_invitacion.jpg", "image/jpeg"),
        mf_route(APP, rng, [(HOME_AT, PRECISE),
                            ((PRINTSHOP["lat"], PRINTSHOP["lon"]), None)]),
    ]
