"""An Asturian skittles league app "Cuatreada" (bolos cuatreada: the federation's amateur league;
she throws for Peña La Xiranda at the Deva bolera with her father-in-law; its API's keys are
Asturian, ASCII-folded camelCase: ``nome`` first name, ``apellidos`` surnames, ``telefonu``
phone, ``claveAccesu`` password, ``nacencia`` birth date, ``documentu`` ID document,
``llicencia`` league licence, ``pena`` team, ``categoria`` category, ``conceyu`` municipality,
``certificauMedicu`` medical certificate, ``cuota`` fee, ``titular`` holder, ``alliniacion``
line-up, ``xugadores`` players, ``tirada`` throw, ``bolos`` pins, ``acta`` score sheet,
``posicion`` position, ``llatitu`` / ``llonxitu``, ``mensaxe``, ``pidiu`` order, ``bebies``
drinks, ``reservaBolera`` lane booking, ``clasificacion`` ranking, ``espicha`` cider feast,
``acompanantes`` companions, ``alerxies`` allergies, ``reclamacion`` complaint, ``gueta`` search,
``usuariu`` user): sign-up with her NIE, an OAuth password grant, ``/mio``, the medical
certificate (PDF), the licence fee by direct debit, the calendar, a line-up with her
father-in-law, a match's throws with her fix at the bolera, the score sheet photo, a team
message, drinks from the bar (msgpack), a training lane booking, the ranking, the club feast's
RSVP, her file by a base64 JSON cookie, a search, a complaint, an offline throws queue (JSON
Lines), push and events."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families221_kit import (
    BOLERA,
    BOLERA_FIX,
    ES_ACCOUNT,
    FATHER_IL,
    GJ_HOME,
    GJ_HOME_AT,
    LICENCE,
    NIE,
    PENA,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import ax_launch, cp_batch, cp_queue, fa_session, pj_bid, pj_notice
from eval_families221_svc import av_register, bd_eval, ch_message, cs_check, mp_geocode, mp_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("cuatreada", "Cuatreada", "com.example.cuatreada", "1.9.0",
          "https://api.cuatreada.example.org")
IID = "X-Cuatreada-Device"
PW = "Bolos$Deva2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def cuatreada() -> list[Case]:
    rng = random.Random(22111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), llicencia=L(LICENCE, UID),
                                    pena=PENA["id"]))}
    bla, blo = fix(BOLERA_FIX, 5)
    partida = obj(rng, "pd")
    return [
        case(f, f"{a}/v2/xugadores", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefonu": L(NATIONAL, TEL), "claveAccesu": L(PW, CRED), "nacencia": L(DOB, BIRTH),
            "documentu": {"tipu": "NIE", "numberu": L(NIE, NID)},
            "direicion": L(GJ_HOME["line"], ADDR), "conceyu": L(GJ_HOME["town_ast"], COARSE),
            "llicencia": L(LICENCE, UID), "pena": PENA["id"], "categoria": "femenina"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cuatreada-android"}),
        case(f, f"{a}/v2/mio", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/llicencies/certificauMedicu", [
            ("certificau", "certificau_medicu.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"llicencia": L(LICENCE, UID),
                                                "aptu": L(True, MED),
                                                "fechaRevision": L("2026-01-08", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/llicencies/cuota", headers=_h(rng, **b), body={
            "llicencia": L(LICENCE, UID), "temporada": "2026", "cuota": L(35, BUY),
            "domiciliacion": {"iban": L(ES_ACCOUNT, PAY), "titular": L(NAME, NAMEC)}}),
        case(f, f"{a}/v2/calendariu", headers=_h(rng, **b), query={
            "pena": PENA["id"], "temporada": "2026", "fase": "primavera"}),
        case(f, f"{a}/v2/partides/{partida}/alliniacion", headers=_h(rng, **b), body={
            "partida": partida, "pena": PENA["id"],
            "xugadores": [{"llicencia": L(LICENCE, UID), "orde": 1},
                          {"nome": L(FATHER_IL[0], NAMEC), "llicencia": "FAB-2026-00218",
                           "orde": 2},
                          {"llicencia": "FAB-2026-01907", "orde": 3}]}),
        case(f, f"{a}/v2/partides/{partida}/tirades", headers=_h(rng, **b), body={
            "llicencia": L(LICENCE, UID), "bolera": BOLERA["id"],
            "posicion": {"llatitu": bla, "llonxitu": blo},
            "boleraPosicion": {"llatitu": BOLERA["lat"], "llonxitu": BOLERA["lon"]},
            "tirades": [{"tirada": 1, "bolos": 6, "emboque": False},
                        {"tirada": 2, "bolos": 9, "emboque": True},
                        {"tirada": 3, "bolos": 4, "emboque": False}]}),
        multipart(f, f"{a}/v2/partides/{partida}/acta", [
            ("semeya", "acta_xiranda.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"partida": partida, "resultau": "312-287",
                                                "xubidoPor": L(LICENCE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pena/mensaxes", headers=_h(rng, **b), body={
            "pena": PENA["id"],
            "mensaxe": L("El güelu Celestino trai la bola nueva el sábadu; yo llevo el pinchu "
                         "y les bebíes", TEXT)}),
        case(f, f"{a}/v2/chigre/pidiu", fmt="msgpack", headers=_h(rng, **b), body={
            "bolera": BOLERA["id"], "mesa": "fuera_2",
            "bebies": [{"nome": "sidra natural", "cantida": 2, "preciu": 3.5},
                       {"nome": "agua", "cantida": 1, "preciu": 1.2}],
            "total": L(8.2, BUY), "llicencia": L(LICENCE, UID)}),
        case(f, f"{a}/v2/reservaBolera", fmt="form", headers=_h(rng, **b), body={
            "bolera": BOLERA["id"], "fecha": "2026-01-21", "hora": "18:00",
            "reservaBolera": L("RB-0121-0447", BUY), "preciu": L("6", BUY),
            "llicencia": L(LICENCE, UID)}),
        case(f, f"{a}/v2/clasificacion", headers=_h(rng, **b), query={
            "llicencia": L(LICENCE, UID), "categoria": "femenina", "temporada": "2025"}),
        case(f, f"{a}/v2/espicha/rsvp", headers=_h(rng, **b), body={
            "evento": "espicha_sanxuan", "llicencia": L(LICENCE, UID), "acompanantes": 3,
            "alerxies": L("Nel ye alérxicu al kiwi", f"{TEXT}|{MED}|{NAMEC}"),
            "importe": L(45, BUY)}),
        case(f, f"{a}/v2/ficha", headers=_h(rng, how="none"), cookies={
            "cu_sess": L(opaque(rng, "", 40), CRED),
            "cu_prefs": W({"llicencia": L(LICENCE, UID), "llingua": L("ast", DEV),
                           "tema": "escuru"}, "b64json")}),
        case(f, f"{a}/v2/gueta", headers=_h(rng, **b), query={
            "q": L("boleres con lluz artificial en Siero", SEARCH), "paxina": "1"}),
        case(f, f"{a}/v2/reclamaciones", headers=_h(rng, **b), body={
            "partida": partida, "llicencia": L(LICENCE, UID),
            "reclamacion": L("El xuez nun contó l'emboque de la segunda tirada", TEXT)}),
        lines(f, f"{a}/v2/sync/tirades", [
            {"partida": partida, "tirada": 4, "bolos": 7, "t": 1768746120},
            {"partida": partida, "tirada": 5, "bolos": 3, "t": 1768746201},
            {"usuariu": L(USER_ID, UID), "llicencia": L(LICENCE, UID), "pendientes": 0}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/preseos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventos", headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("tirades_unviaes", 1), ev("pantalla", 2, pantalla=L("Clasificacion", USAGE))]}),
        case(f, f"{a}/v2/sesion/refrescar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "device": L(INSTALL_ID.upper(), DID)}),
    ]


def cuatreada_sdks() -> list[Case]:
    rng = random.Random(22112)
    return [
        cp_batch(APP, rng, [("Throws Sent", {"pins": 19}), ("Ranking Viewed", {})]),
        cp_queue(APP, rng, [("Throw Logged", {"tirada": 4}), ("Sheet Photo", {})]),
        ax_launch(APP, rng, user=True),
        pj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="bolos,sidra,asturies"),
        pj_notice(APP, rng, "imp"),
        fa_session(APP, rng, secs=1804),
        bd_eval(APP, rng, {"pena": PENA["id"], "conceyu": L("Xixón", COARSE)}),
        av_register(APP, rng, at=BOLERA_FIX, nd=2, tags={"pena": PENA["id"]}),
        cs_check(APP, rng, {"analytics": True, "ads": False}),
        mp_route(APP, rng, [(GJ_HOME_AT, PRECISE), ((BOLERA["lat"], BOLERA["lon"]), None)]),
        mp_geocode(APP, rng, "Bolera La Llosa Deva", SEARCH, near=GJ_HOME_AT, nd=3),
        ch_message(APP, rng, L(f"La mio llicencia {LICENCE} sal caducada y pagué la cuota",
                               f"{TEXT}|{UID}"), {"llicencia": L(LICENCE, UID)}),
    ]
