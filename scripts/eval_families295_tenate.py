"""A palm-weaving cooperative's member app "Tenate" (Santa María Xochixtlapilco, near Huajuapan
de León: she weaves palm hats and tenates with her mother-in-law and delivers them to the
cooperative). Its API's keys are Mixtec (Tu'un Savi) written the way a local developer types
it, ASCII-folded (the saltillo dropped, ñ as n), with loans where the trade uses Spanish:
``sivi`` name, ``apeyido`` surname (loan), ``telefono``, ``tuun_kasi`` password (lit. "closed
word", a coinage), ``kivi_kaku`` birth date (lit. "day born"), ``vee`` house (the street line),
``nuu`` town, ``socia`` member (loan), ``nana_yii`` mother-in-law (lit. "husband's mother"),
``tinu`` work (a delivered piece), ``kuenta`` count, ``yavi`` price, ``xuun`` money (the
amount), ``chavi`` payment, ``soyate`` palm (loan), ``manojo`` bundle, ``kasaa`` arrival,
``lugar`` place (loan), ``ndatuun`` message, ``nanduku`` search, ``foto``, ``tutu`` paper (an
ID card), ``yoo`` month, ``semana`` week, ``vaa`` good / yes, ``kuee`` illness.

Sign-up (her residence card, her mother-in-law), log-in, ``/yo``, the catalogue, a delivery of
hats with her fix in the patio, a hat's photo with a caption, weekly payments by member number in
the path, the payout account (her CLABE and RFC), an advance, palm bundles (msgpack), arrival at
the warehouse, a protobuf work beat, a message about her mother-in-law's hands, a search, a hat
sent to her sister in California, a receipt by cookie, an offline sync (JSON Lines), the
assembly vote, a dye workshop, push, events and a log-out. Set 124's palm-oil cooperative and set
147's kente shop are other trades: this is a weaver's production ledger."""

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
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families295_kit import (
    COOP,
    MEMBER,
    MOTHER_IL,
    MX_CLABE,
    PATIO_AT,
    RESIDENCE,
    RFC,
    SISTER_US,
    TX_HOME,
    TX_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families295_sdk import (
    bk_bid,
    bk_notice,
    cr_crash,
    cr_crumb,
    ms_batch,
    ms_identify,
    ms_queue,
    ty_event,
    ty_launch,
)
from eval_families295_svc import cx_wallet, hc_message, mp_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tenate", "Tenate", "com.example.tenate", "1.8.4", "https://api.tenate.example.com")
IID = "X-Tenate-Device"
PW = "Soyate#Xochi2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mx=True, **kw)


def tenate() -> list[Case]:
    rng = random.Random(29501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, socia=L(MEMBER, UID), email=L(EMAIL, MAIL)))}
    pla, plo = fix(PATIO_AT)
    wla, wlo = fix((COOP["lat"] + 0.000021, COOP["lon"] - 0.000034), 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, 12), (3, 1768521600),
               (4, [(1, L(PATIO_AT[0], PRECISE)), (2, L(PATIO_AT[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    weekly = at_path(case(f, f"{a}/v1/socias/{MEMBER}/chavi", headers=_h(rng, **b),
                          query={"yoo": "2026-01"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/registro", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "tuun_kasi": L(PW, CRED), "kivi_kaku": L(DOB, BIRTH),
            "vee": L(TX_HOME["line"], ADDR), "nuu": L(TX_HOME["town"], COARSE),
            "estado": L(TX_HOME["state"], COARSE), "tutu": L(RESIDENCE, NID),
            "socia": L(MEMBER, UID),
            "nana_yii": {"sivi": L(MOTHER_IL[0], NAMEC), "telefono": L(MOTHER_IL[1], TEL)},
            "cooperativa": COOP["id"]}),
        case(f, f"{a}/v1/kivi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "tuun_kasi": L(PW, CRED), "nakaa": "1"}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalogo", headers=_h(rng, **b), query={
            "tinu": "sombrero", "semana": "2026-W03", "cooperativa": COOP["id"]}),
        case(f, f"{a}/v1/entregas", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "entrega": obj(rng, "en"),
            "tinu": [{"tipo": "sombrero_fino", "kuenta": 8, "yavi": 85},
                     {"tipo": "tenate_grande", "kuenta": 4, "yavi": 60}],
            "xuun": L(920, BUY), "lugar": {"lat": pla, "lon": plo, "sizuste": 7}}),
        multipart(f, f"{a}/v1/tinu/foto", [
            ("foto", "sombrero_fino.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "socia": L(MEMBER, UID), "tipo": "sombrero_fino",
                "ndatuun": L("Tejido de 14 vueltas, palma blanqueada con azufre", TEXT)})],
            headers=_h(rng, **b)),
        weekly,
        case(f, f"{a}/v1/cuenta", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "clabe": L(MX_CLABE, PAY),
            "banco": "Banco Ejemplo", "rfc": L(RFC, NID), "socia": L(MEMBER, UID)}),
        case(f, f"{a}/v1/anticipo", fmt="form", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "xuun": L("1500", BUY), "semanas": "4",
            "motivo": L("Para los utiles de Emiliano y la luz", TEXT)}),
        case(f, f"{a}/v1/soyate", fmt="msgpack", headers=_h(rng, **b), body={
            "socia": L(MEMBER, UID), "manojo": 6, "yavi_manojo": 45,
            "xuun": L(270, BUY), "recoger": "2026-01-17"}),
        case(f, f"{a}/v1/kasaa", headers=_h(rng, **b), body={
            "bodega": {"id": COOP["id"], "lat": COOP["lat"], "lon": COOP["lon"]},
            "lugar": {"lat": wla, "lon": wlo}, "socia": L(MEMBER, UID),
            "kasaa_id": obj(rng, "ks")}),
        raw(f, f"{a}/v1/tinu/pulso", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/ndatuun", headers=_h(rng, **b), body={
            "to": "coord_xochi", "hilo": obj(rng, "th"),
            "ndatuun": L("Nana Macaria Cruz Lopez tiene artritis en las manos, esta semana solo "
                         "entregamos 6 sombreros", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/nanduku", headers=_h(rng, **b), query={
            "nanduku": L("tenate grande con tapa", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/pedidos", headers=_h(rng, **b), body={
            "tinu": "sombrero_fino", "kuenta": 2, "xuun": L(170, BUY),
            "envio": {"sivi": L(SISTER_US[0], NAMEC), "telefono": L(SISTER_US[1], TEL),
                      "email": L(SISTER_US[2], MAIL),
                      "ichi": L("418 Cooper Rd, Oxnard, CA 93030", ADDR)},
            "pedido": L(obj(rng, "pd"), BUY)}),
        case(f, f"{a}/v1/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "tn_sesion": L(opaque(rng, "", 40), CRED), "tn_device": L(INSTALL_ID, DID),
            "tn_req": rid(rng)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "tinu", "tipo": "sombrero_fino", "kuenta": 3, "socia": L(MEMBER, UID),
             "lat": L(PATIO_AT[0], PRECISE), "lon": L(PATIO_AT[1], PRECISE)},
            {"op": "tinu", "tipo": "tenate_grande", "kuenta": 1, "socia": L(MEMBER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/asamblea/voto", fmt="form", headers=_h(rng, **b), body={
            "asamblea": "as_2026_01", "punto": "3", "voto": "vaa", "socia": L(MEMBER, UID)}),
        case(f, f"{a}/v1/taller", headers=_h(rng, **b), body={
            "taller": "tintes_naturales", "kivi": "2026-02-07",
            "sivi": L(f"{FIRST} {LAST}", NAMEC), "telefono": L(E164, TEL)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entrega_creada", 1, xuun=L(920, BUY)),
                ev("pantalla", 2, pantalla=L("ChaviSemana", USAGE))]}),
        case(f, f"{a}/v1/kee", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tenate_sdks() -> list[Case]:
    rng = random.Random(29502)
    return [
        ms_batch(APP, rng, [("Delivery Logged", {"pieces": 12, "total": L(920, BUY)}),
                            ("Payout Viewed", {})], at=PATIO_AT, nd=2, locale="es_MX"),
        ms_identify(APP, rng, {"nuu": L("Tlaxiaco", COARSE), "socia": L(MEMBER, UID),
                               "tinu": "sombrero"}),
        ms_queue(APP, rng, [("Piece Logged", {"tipo": "sombrero_fino"}),
                            ("Piece Logged", {"tipo": "tenate_grande"})]),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "sale", {"pedido": "sombrero_fino"}, revenue=170.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TX_HOME_AT, nd=3,
               keywords="artesania,palma,oaxaca"),
        bk_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cr_crumb("nav", "Entregas -> Foto"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/v1/entregas", "status": 201})],
                 screen="FotoActivity"),
        pk_register(APP, rng, lang="es", at=PATIO_AT, nd=2,
                    tags={"cooperativa": COOP["id"], "nuu": L("Huajuapan", COARSE)}),
        cx_wallet(APP, rng, "920", L(E164, TEL)),
        mp_reverse(APP, rng, PATIO_AT, PRECISE, nd=5),
        hc_message(APP, rng, L("Mi pago de la semana 3 no llego a mi cuenta", TEXT),
                   {"socia": L(MEMBER, UID)}),
    ]
