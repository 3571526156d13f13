"""A vela society's app "Velanu" (an Isthmus vela: a society's night ball in honour of a patron
saint, with a mass, the regada of fruit and floats, the crowning of the queen and the limosna
each household brings at the door; she is a member of the Vela San Vicente society). Isthmus
Zapotec keys in ASCII (glottal stops dropped): ``la`` given name, ``la_bixhoze`` first surname
(coinage, "father's name"), ``la_jnaa`` second surname ("mother's name"), ``correo`` e-mail
(loan), ``telefonu`` phone (loan), ``diidxa_nagaachi`` password (coinage, "hidden word"),
``dxi_gule`` birth date ("day born"), ``gunaa_ngiiu`` sex (coinage, "woman-man"; ``gunaa``
woman), ``lidxe`` my home (street line), ``seccion`` town section, ``guidxi`` town, ``xheela``
spouse, ``xquenda_binni`` people/ethnic identity (coinage; ``dxu`` outsider), ``socio`` member
(loan), ``saa`` fiesta, ``mesa`` table (loan), ``binni`` persons, ``bueltu`` money/amount,
``guixhe`` pay, ``cuota`` dues, ``limosna`` door gift, ``bido`` saint, ``misa`` mass,
``xuaana`` mayordomo, ``reina`` queen, ``guie`` flowers, ``xhiga`` gourd bowls, ``ra_nuu`` where
(one is), ``retratu`` photo, ``diidxa`` word/message, ``guyubi`` search, ``iza`` year,
``xcuidi`` child, ``naa`` me, ``biuu`` entered (log-in), ``biree`` went out (log-out).
Calls: sign-up, a form log-in, ``/naa``, the member card by number in the path, the season's
velas, dues, a table booked, the limosna record (msgpack), receipts by cookie, a mass intention,
the queen vote, the regada entry, the door check-in with her fix, a protobuf beat, a photo, a
message to the mayordomo, a search, guests invited, the address, the table ticket by booking
code in the path, push, events (gzip) and log-out."""

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
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    SISTER_US,
    SOCIO,
    VELA_FIX,
    VELA_HALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families189_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families189_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("velanu", "Velanu", "com.example.velanu", "3.4.1", "https://api.velanu.example.org")
IID = "X-Velanu-Dispositivo"
PW = "Bigu!SanVicente91"
DOB_MX = "17/05/1991"
MESA_CODE = "VSV-M14-2605"  # her table booking (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, zap=True, **kw)


def velanu() -> list[Case]:
    rng = random.Random(18901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), socio=L(SOCIO, UID)))}
    vla, vlo = fix(VELA_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SOCIO, UID)), (2, VELA_HALL["id"]), (3, 1779400800),
               (4, [(1, L(VELA_FIX[0], PRECISE)), (2, L(VELA_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/socio/{SOCIO}", headers=_h(rng, **b)), SOCIO, UID)
    ticket = at_path(case(f, f"{a}/api/mesa/{MESA_CODE}/boleto", headers=_h(rng, **b)),
                     MESA_CODE, BUY)
    return [
        case(f, f"{a}/api/biuu_cubi", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "telefonu": L(E164, TEL), "diidxa_nagaachi": L(PW, CRED),
            "dxi_gule": L(DOB_MX, BIRTH), "gunaa_ngiiu": L("gunaa", GENDER),
            "lidxe": L(HOME["line"], ADDR), "seccion": L(HOME["area"], COARSE),
            "guidxi": L(HOME["town"], COARSE), "xquenda_binni": L("dxu", SENS),
            "xheela": {"la": L(HUSBAND[0], NAMEC), "telefonu": L(HUSBAND[1], TEL),
                       "xquenda_binni": L("binniza", SENS)},
            "socio": L(SOCIO, UID), "acepta": True}),
        case(f, f"{a}/api/biuu", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "diidxa_nagaachi": L(PW, CRED), "gudxi": "1"}),
        case(f, f"{a}/api/naa", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/saa", headers=_h(rng, **b), query={"iza": "2026", "beeu": "05"}),
        case(f, f"{a}/api/saa/vsv_2026/programa", headers=_h(rng, **b), query={"dxi": "2026-05-22"}),
        case(f, f"{a}/api/cuota", fmt="form", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "iza": "2026", "bueltu": L("1500.00", BUY), "moneda": "MXN",
            "guixhe": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/api/mesa", headers=_h(rng, **b), body={
            "vela": "vsv_2026", "mesa": "M-14", "binni": 8, "pedido": L(MESA_CODE, BUY),
            "bueltu": L(2400, BUY), "socio": L(SOCIO, UID),
            "diidxa": L("Mesa cerca de la marimba, vamos con Na Chica y la nina", TEXT)}),
        case(f, f"{a}/api/limosna", fmt="msgpack", headers=_h(rng, **b), body={
            "socio": L(SOCIO, UID), "vela": "vsv_2026",
            "limosna": [{"cosa": "carton cerveza", "stale": 2},
                        {"cosa": "bueltu", "stale": 1, "bueltu": L(500, BUY)}],
            "xuaana": "xu_vsv_2026", "recibio": "puerta_2"}),
        case(f, f"{a}/api/limosna/recibos", headers=_h(rng, how="none"), cookies={
            "vn_sesion": L(opaque(rng, "", 40), CRED), "vn_disp": L(INSTALL_ID, DID),
            "vn_req": rid(rng)}),
        case(f, f"{a}/api/misa", headers=_h(rng, **b), body={
            "bido": L("San Vicente Ferrer", SENS), "dxi": "2026-05-21",
            "intencion": L("Para la salud de mi suegra Francisca Lopez Santiago, operada del "
                           "corazon", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "bueltu": L(200, BUY)}),
        case(f, f"{a}/api/reina/voto", fmt="form", headers=_h(rng, **b), body={
            "candidata": "cand_03", "socio": L(SOCIO, UID), "vela": "vsv_2026"}),
        case(f, f"{a}/api/regada", headers=_h(rng, **b), body={
            "carreta": False, "guie": 40, "xhiga": 120, "traje": "huipil bordado",
            "binni": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC)],
            "xcuidi_iza": L(8, BIRTH), "socio": L(SOCIO, UID)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "vela": "vsv_2026", "ra_nuu": {"lat": vla, "lon": vlo, "presicion": 9},
            "salon": {"id": VELA_HALL["id"], "lat": VELA_HALL["lat"], "lon": VELA_HALL["lon"]},
            "mesa": "M-14", "checkin_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/sesion/pulsu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/retratu", [
            ("retratu", "son_bigu.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "album": "vsv_2026",
                "diidxa": L("Bailando el son Bigu con mi esposo hasta el amanecer", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/diidxa", headers=_h(rng, **b), body={
            "xuaana": "xu_vsv_2026",
            "diidxa": L("Xuaana, mi esposo Candido Toledo Lopez (971 162 0385) lleva los "
                        "cartones el viernes", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("renta traje de tehuana talla M", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/invitados", headers=_h(rng, **b), body={
            "mesa": "M-14", "invitados": [{"la": L(SISTER_US[0], NAMEC),
                                           "correo": L(SISTER_US[2], MAIL)}],
            "diidxa": L("Emily, ven a la vela, te presto un huipil", TEXT)}),
        case(f, f"{a}/api/lidxe", headers=_h(rng, **b), body={
            "lidxe": L(HOME["line"], ADDR), "seccion": L(HOME["area"], COARSE),
            "guidxi": L(HOME["town"], COARSE), "cp": L(HOME["post"], COARSE),
            "ra_nuu": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                       "lon": L(round(HOME_AT[1], 5), PRECISE)}}),
        ticket,
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b), body=push(push_token(rng), "zai_MX")),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "socio": L(USER_ID, UID), "eventos": [
                ev("mesa_reservada", 1, mesa="M-14"), ev("cuota_pagada", 2, bueltu=L(1500, BUY)),
                ev("pantalla", 3, pantalla=L("MiMesa", USAGE))]}),
        case(f, f"{a}/api/biree", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispositivo": L(INSTALL_ID, DID)}),
    ]


def velanu_sdks() -> list[Case]:
    rng = random.Random(18902)
    return [
        mc_batch(APP, rng, [("Table Booked", {"vela": "vsv_2026", "total": L(2400, BUY)}),
                            ("Checked In", {"hall": VELA_HALL["id"]})],
                 at=VELA_FIX, nd=2, locale="es_MX"),
        mc_identify(APP, rng, {"seccion": L(HOME["area"], COARSE), "socio": L(SOCIO, UID),
                               "guidxi": L("Juchitan", COARSE)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"pedido": L(MESA_CODE, BUY)}, revenue=2400.0,
                 currency="MXN", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VELA_FIX, nd=3,
               keywords="fiesta,vela,traje"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "qr boleto closed"),
                 [cd_crumb("nav", "MiMesa -> Boleto"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/checkin", "status": 201})],
                 screen="BoletoActivity"),
        pt_register(APP, rng, lang="es", at=HOME_AT, nd=2,
                    tags={"vela": "vsv_2026", "bido": L("San Vicente Ferrer", SENS)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2400.00"),
        hs_message(APP, rng, L(f"Pague la mesa {MESA_CODE} dos veces", f"{TEXT}|{BUY}"),
                   {"socio": L(SOCIO, UID)}),
    ]
