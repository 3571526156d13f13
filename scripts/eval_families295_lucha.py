"""A Huajuapan wrestling arena's ticket app "Lucha Ñuu Dee" (Ñuu Dee is Huajuapan's Mixtec
name; a fictional arena with Saturday lucha libre shows, where she takes her husband and son).
Its API's keys are Mixtec ASCII-folded with the ring's Spanish: ``sivi`` name, ``apeyido``
surname, ``telefono``, ``tuun_kasi`` password, ``kivi_kaku`` birth date, ``socio`` fan-club
member, ``funcion`` show, ``boleto`` ticket, ``tayu`` seat (chair), ``kuenta`` count,
``orden`` order, ``xuun`` money, ``chavi`` payment, ``ultimos4`` last four, ``yii`` husband,
``see`` child, ``kuia`` age (years), ``kasaa`` arrival (the entry scan), ``maskara`` mask,
``talla`` size, ``luchador`` wrestler, ``foto``, ``ndatuun`` message, ``nanduku`` search,
``voto``, ``motivo`` reason, ``kivi`` day.

Sign-up, log-in, ``/yo``, the shows, the seat map, three tickets (the family's names), the
payment, the QR by order number in the path, a ticket sent to her husband, the entry scan with
her fix, a child's mask (msgpack), the son in the children's mask contest (photo, age), a photo
with a wrestler, a chat line, a search, the fan vote, the fan-club card, a refund for a
cancelled show, a preferences cookie, push, events and a log-out. Set 117 has horse-games tickets
and many sets have concerts; a lucha libre arena ("lucha libre": no match) is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families295_kit import ARENA, ARENA_FIX, HUSBAND, SON, TX_HOME_AT, fix, hd, obj, push
from eval_families295_sdk import (
    bk_bid,
    bk_notice,
    cr_crash,
    cr_crumb,
    ms_batch,
    ms_identify,
    ty_event,
    ty_launch,
    ty_link,
)
from eval_families295_svc import fg_eval, hc_message, mp_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("luchanuudee", "Lucha Nuu Dee", "com.example.luchanuudee", "4.7.1",
          "https://api.luchanuudee.example.com")
IID = "X-LND-Device"
PW = "RayoMixteco#26"
FAN = "LND-SC-30417"  # her fan-club card (id.user)
ORDER = "OR-260207-8841"  # the family's ticket order (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mx=True, **kw)


def lucha() -> list[Case]:
    rng = random.Random(29561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), socio=L(FAN, UID)))}
    ala, alo = fix(ARENA_FIX)
    show = "fn_260207"
    qr = at_path(case(f, f"{a}/v3/ordenes/{ORDER}/qr", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v3/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(E164, TEL), "tuun_kasi": L(PW, CRED), "kivi_kaku": L(DOB, BIRTH),
            "socio": L(FAN, UID), "boletin": False}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "tuun_kasi": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/funciones", headers=_h(rng, **b), query={
            "arena": ARENA["id"], "desde": "2026-02-01"}),
        case(f, f"{a}/v3/funciones/{show}/tayu", headers=_h(rng, **b),
             query={"zona": "ring"}),
        case(f, f"{a}/v3/ordenes", headers=_h(rng, **b), body={
            "funcion": show, "orden": L(ORDER, BUY), "kuenta": 3,
            "tayu": ["R3-14", "R3-15", "R3-16"], "xuun": L(540, BUY),
            "asistentes": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                           L(KID, NAMEC)]}),
        case(f, f"{a}/v3/chavi", fmt="form", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "xuun": L("540.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v3/boletos/enviar", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "tayu": "R3-15",
            "yii": {"sivi": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v3/kasaa", headers=_h(rng, **b), body={
            "orden": L(ORDER, BUY), "puerta": "B", "lugar": {"lat": ala, "lon": alo},
            "arena": {"id": ARENA["id"], "lat": ARENA["lat"], "lon": ARENA["lon"]}}),
        case(f, f"{a}/v3/tienda/maskara", fmt="msgpack", headers=_h(rng, **b), body={
            "luchador": "lc_rayo_mixteco", "talla": "nino", "kuenta": 1,
            "xuun": L(180, BUY), "orden": L(ORDER, BUY)}),
        multipart(f, f"{a}/v3/concurso/maskaras", [
            ("foto", "emiliano_maskara.jpg", "image/jpeg", L(JPEG + b"\x65", MEDIA)),
            ("meta", None, "application/json", {
                "see": {"sivi": L(KID, NAMEC), "kuia": L(10, BIRTH)},
                "categoria": "infantil", "funcion": show})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/fotos", [
            ("foto", "con_el_rayo.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "luchador": "lc_rayo_mixteco",
                "texto": L("Mi hijo con el Rayo Mixteco, el mejor dia de su vida", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/funciones/{show}/chat", headers=_h(rng, **b), body={
            "ndatuun": L("Arriba el Rayo Mixteco! Saludos desde Tlaxiaco", TEXT),
            "msg_id": obj(rng, "mg")}),
        case(f, f"{a}/v3/nanduku", headers=_h(rng, **b), query={
            "q": L("Rayo Mixteco proxima funcion", SEARCH)}),
        case(f, f"{a}/v3/funciones/{show}/voto", fmt="form", headers=_h(rng, **b), body={
            "pelea": "pl_03", "voto": "rudos", "socio": L(FAN, UID)}),
        case(f, f"{a}/v3/socio", headers=_h(rng, **b), query={"socio": L(FAN, UID)}),
        case(f, f"{a}/v3/reembolsos", headers=_h(rng, **b), body={
            "orden": L("OR-260131-5520", BUY), "xuun": L(360, BUY),
            "motivo": L("La funcion del 31 se cancelo por la lluvia", TEXT)}),
        case(f, f"{a}/v3/prefs", headers=_h(rng, how="none"), cookies={
            "lnd_sid": L(opaque(rng, "", 40), CRED),
            "lnd_prefs": W({"socio": L(FAN, UID), "lang": L("es", DEV)}, "b64json")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("orden_pagada", 1, xuun=L(540, BUY)),
                ev("pantalla", 2, pantalla=L("MapaTayu", USAGE))]}),
        case(f, f"{a}/v3/kee", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def lucha_sdks() -> list[Case]:
    rng = random.Random(29562)
    link = U("https://luchanuudee.example.com/o", {"orden": L(ORDER, BUY), "src": "sms",
                                                   "em": L(EMAIL, MAIL)})
    return [
        ms_batch(APP, rng, [("Order Paid", {"total": L(540, BUY)}),
                            ("Entered Arena", {"gate": "B"})], at=ARENA_FIX, nd=3,
                 locale="es_MX"),
        ms_identify(APP, rng, {"socio": L(FAN, UID), "nuu": L("Tlaxiaco", COARSE)}),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "purchase", {"orden": L(ORDER, BUY)}, revenue=540.0, currency="MXN",
                 hashed=True),
        ty_link(APP, rng, link),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=ARENA_FIX, nd=2,
               keywords="lucha,deportes,huajuapan"),
        bk_notice(APP, rng, "imp"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [cr_crumb("nav", "Funciones -> MapaTayu")], screen="MapaActivity"),
        fg_eval(APP, rng, {"arena": ARENA["id"], "socio": True}, hdr=True),
        pk_register(APP, rng, lang="es", at=ARENA_FIX, nd=2, tags={"luchador": "rayo"}),
        mp_route(APP, rng, [(TX_HOME_AT, PRECISE), ((ARENA["lat"], ARENA["lon"]), None)]),
        hc_message(APP, rng, L(f"No me llego el QR de la orden {ORDER}", f"{TEXT}|{BUY}"),
                   {"socio": L(FAN, UID)}),
    ]
