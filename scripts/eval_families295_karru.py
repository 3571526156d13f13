"""The temporary import permit of her US pickup, app "Tutu Karru" (lit. "car paper"; a fictional
permit service: she drove down from California and keeps the truck in Mexico while her resident
card is valid). Its API's keys are Mixtec ASCII-folded with the customs loans: ``sivi`` name,
``sivi_vee`` surname (lit. "house name", a coinage), ``telefono``, ``tuun_kasi`` password,
``kivi_kaku`` birth date, ``pasaporte``, ``tutu`` card (her resident card), ``karru`` car
(loan), ``serie`` VIN, ``placa`` plate, ``dueno`` owner, ``yii`` husband, ``licencia``,
``permiso``, ``deposito`` deposit, ``xuun`` money, ``chavi`` payment, ``nandiko_xuun`` refund
(lit. "money comes back"), ``ichi`` street, ``nuu`` town, ``kasaa`` arrival, ``ndatuun``
message, ``nanduku`` search, ``kivi`` day, ``poliza`` insurance policy.

Sign-up (her passport and resident card), an OAuth password grant, ``/yo``, the pickup's record
(VIN, plate), its title (PDF), the permit application and fee, the deposit, her arrival at the
permit module, the permit by number in the path, the windshield sticker's photo, a message to the
help desk, her husband as an additional driver (his licence), a search, the status, the exit
notice, the deposit refund, her Mexican address, the insurance policy, a receipt by cookie, a
protobuf drive beat, push and events. Customs appear in earlier sets as a barrel's entry (135),
a trader's border pass (136) and parcels (156, 181); set 201's grep found no vehicle permit."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families295_kit import (
    HUSBAND,
    MODULE,
    MODULE_FIX,
    PASSPORT,
    PERMIT,
    RESIDENCE,
    TX_HOME,
    TX_HOME_AT,
    VIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families295_sdk import bk_bid, cr_session, ms_batch, ms_pixel, ty_launch, ty_link
from eval_families295_svc import ck_save, cx_card, cx_confirm, fg_eval, hc_attach, mp_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tutukarru", "Tutu Karru", "com.example.tutukarru", "3.0.2",
          "https://api.tutukarru.example.org")
IID = "X-TK-Install"
PW = "Nogales!F150k"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
DRIVE_AT = (18.553164, -97.442207)  # her phone on the highway near Tehuacan, driving home


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def karru() -> list[Case]:
    rng = random.Random(29511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), permiso=L(PERMIT, BUY)))}
    mla, mlo = fix(MODULE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(PERMIT, BUY)), (3, 1767100000),
               (4, [(1, L(round(DRIVE_AT[0], 4), PRECISE)),
                    (2, L(round(DRIVE_AT[1], 4), PRECISE)), (3, 88.0)]),
               (5, L(41, DEV))], "", lab)
    doc = at_path(case(f, f"{a}/v2/permisos/{PERMIT}/pdf", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/v2/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "sivi_vee": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(NATIONAL, TEL), "tuun_kasi": L(PW, CRED), "kivi_kaku": L(DOB, BIRTH),
            "pasaporte": L(PASSPORT, NID), "nacionalidad": "US",
            "tutu": {"tipo": "residente_temporal", "numero": L(RESIDENCE, NID)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tutukarru-android"}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/karru", headers=_h(rng, **b), body={
            "serie": VIN, "marca": "Ford", "modelo": "F-150", "anio": 2022, "color": "gris",
            "placa": "8LKT321", "placa_estado": "CA",
            "dueno": {"sivi": L(f"{FIRST} {LAST}", NAMEC), "pasaporte": L(PASSPORT, NID)}}),
        multipart(f, f"{a}/v2/karru/titulo", [
            ("titulo", "title_ca.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"serie": VIN, "tipo": "title"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/permisos", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "serie": VIN, "entrada": "Nogales",
            "kivi_entrada": "2025-12-28", "tutu": L(RESIDENCE, NID),
            "xuun": L(51.0, BUY), "moneda": "USD"}),
        case(f, f"{a}/v2/deposito", fmt="form", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "xuun": L("400.00", BUY), "moneda": "USD",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v2/kasaa", headers=_h(rng, **b), body={
            "modulo": {"id": MODULE["id"], "lat": MODULE["lat"], "lon": MODULE["lon"]},
            "lugar": {"lat": mla, "lon": mlo}, "turno": obj(rng, "tn"),
            "permiso": L(PERMIT, BUY)}),
        doc,
        multipart(f, f"{a}/v2/permisos/holograma", [
            ("foto", "holograma.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"permiso": L(PERMIT, BUY),
                                                "pegado": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/ndatuun", headers=_h(rng, **b), body={
            "hilo": obj(rng, "th"),
            "ndatuun": L("Mi esposo Fidencio Ramirez Cruz tambien va a manejar la camioneta, "
                         "se puede?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/conductores", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY),
            "yii": {"sivi": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL),
                    "licencia": L("OAX-LC-4418207", NID)}}),
        case(f, f"{a}/v2/nanduku", headers=_h(rng, **b), query={
            "q": L("retorno vehiculo Nogales horario", SEARCH)}),
        case(f, f"{a}/v2/permisos/estado", headers=_h(rng, **b), query={
            "permiso": L(PERMIT, BUY), "serie": VIN}),
        case(f, f"{a}/v2/salida", fmt="form", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "aduana": "Nogales", "kivi": "2026-07-02"}),
        case(f, f"{a}/v2/nandiko_xuun", headers=_h(rng, **b), body={
            "permiso": L(PERMIT, BUY), "xuun": L(400.0, BUY), "moneda": "USD",
            "tarjeta": {"ultimos4": L("4444", PAY), "titular": L(f"{FIRST} {LAST}", NAMEC)}}),
        case(f, f"{a}/v2/domicilio", headers=_h(rng, **b), body={
            "ichi": L(TX_HOME["line"], ADDR), "barrio": L(TX_HOME["barrio"], COARSE),
            "nuu": L(TX_HOME["town"], COARSE), "cp": L(TX_HOME["post"], COARSE),
            "estado": L(TX_HOME["state"], COARSE)}),
        case(f, f"{a}/v2/poliza", fmt="form", headers=_h(rng, **b), body={
            "aseguradora": "Seguros Ejemplo", "poliza": L("SEJ-AU-7730192", BUY),
            "vigencia": "2026-12-27", "serie": VIN}),
        case(f, f"{a}/v2/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "tk_sesion": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        raw(f, f"{a}/v2/viaje/pulso", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("permiso_pagado", 1), ev("screen", 2, screen=L("Deposito", USAGE))]}),
    ]


def karru_sdks() -> list[Case]:
    rng = random.Random(29512)
    link = U("https://tutukarru.example.org/p", {"permiso": L(PERMIT, BUY), "src": "mail",
                                                 "em": L(EMAIL, MAIL)})
    return [
        ms_batch(APP, rng, [("Permit Paid", {"total": L(51, BUY)}),
                            ("Deposit Paid", {"total": L(400, BUY)})], at=MODULE_FIX, nd=3),
        ms_pixel(APP, rng, "Guide Opened", {"section": "return"}),
        ty_launch(APP, rng, user=True),
        ty_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="autos,seguros,frontera"),
        cr_session(APP, rng, secs=612),
        fg_eval(APP, rng, {"module": MODULE["id"], "resident": True}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cx_card(APP, rng, email=True),
        cx_confirm(APP, rng, "400.00", "usd"),
        mp_route(APP, rng, [(TX_HOME_AT, PRECISE), ((MODULE["lat"], MODULE["lon"]), None)]),
        hc_attach(APP, rng, L(PDF, MEDIA), "title_ca.pdf", "application/pdf"),
    ]
