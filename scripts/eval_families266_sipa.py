"""A kids' summer sepak takraw (sipa) clinic app "Sipazam" (Gabo's eight Saturdays at the Tetuan
covered court; its API's keys are Chavacano in ASCII with English loans: ``nombre``, ``apellido``,
``correo``, ``celular``, ``clave``, ``relacion``, ``bata`` child, ``cumpleanos``, ``sexo``
(``hombre``), ``psa`` birth-certificate number, ``estatura`` height, ``peso`` weight,
``talla_camiseta`` jersey size, ``jugador`` player, ``nivel`` level, ``asma``, ``remedio``,
``tipo_sangre`` blood group, ``cuota`` fee, ``horario`` schedule, ``asistencia``, ``recoge``
pick-up, ``persona``, ``prueba`` test, ``salto`` jump, ``pulso`` pulse, ``mensaje``, ``asiento``
seat, ``direccion``, ``orden``, ``total``): the parent's account, an e-mail code, ``/yo``, Gabo's
enrolment, his medical clearance (gzip) and certificate photo, the fee, the schedule, a check-in at
the court with her fix, a pick-up authorisation for his grandmother, his evaluation by player
number in the path, fitness tests (msgpack), a message to the coach, a spike video, a carpool
offer, the games by cookie GET, a jersey order, feedback, an offline check-in queue (JSON
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
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families24_kit import claims
from eval_families266_kit import (
    COURT,
    COURT_FIX,
    MOTHER_IL,
    PH_MOBILE,
    PLAYER,
    SON,
    ZC_HOME,
    ZC_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families266_sdk import (
    cz_batch,
    cz_identify,
    lc_bid,
    lc_notice,
    qb_crash,
    qb_crumb,
    rs_launch,
    rs_link,
)
from eval_families266_svc import cp_register, mp_geocode, pg_card, pg_confirm, sn_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("sipazam", "Sipazam", "com.example.sipazam", "5.1.2", "https://api.sipazam.example.com")
IID = "X-Sipazam-Device"
PW = "Gabo23!Tetuan"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sipazam() -> list[Case]:
    rng = random.Random(26641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), jugadores=[L(PLAYER, UID)],
                                    rol="tutor"))}
    cla, clo = fix(COURT_FIX, 5)
    ev_p = at_path(case(f, f"{a}/v1/jugadores/{PLAYER}/evaluacion", headers=_h(rng, **b)),
                   PLAYER, UID)
    return [
        case(f, f"{a}/v1/cuenta", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "celular": L(PH_MOBILE, TEL), "clave": L(PW, CRED), "relacion": "nanay"}),
        case(f, f"{a}/v1/cuenta/codigo", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "codigo": L("915306", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/jugadores", headers=_h(rng, **b), body={
            "bata": {"nombre": L(SON["first"], NAMEC), "apellido": L(SON["last"], NAMEC),
                     "cumpleanos": L(SON["dob"], BIRTH), "sexo": L("hombre", GENDER),
                     "psa": L(SON["psa"], NID), "estatura": L(134, FIT), "peso": L(29, FIT),
                     "talla_camiseta": "YM", "numero_camiseta": 23},
            "jugador": L(PLAYER, UID), "nivel": "principiante", "grupo_edad": "8-10"}),
        case(f, f"{a}/v1/medico", gz=True, headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID), "asma": L(True, MED),
            "remedio": L("salbutamol inhaler antes del juego", MED),
            "alergia": [L("mani", MED)], "tipo_sangre": L("O+", MED),
            "pediatra": L("Dra. Aurora Lim", NAMEC), "puede_jugar": L(True, MED)}),
        multipart(f, f"{a}/v1/medico/certificado", [
            ("foto", "med_cert.jpg", "image/jpeg", L(JPEG + b"\x5b", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"jugador": L(PLAYER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pagos", fmt="form", headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID), "cuota": L("2500.00", BUY), "moneda": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "descuento_hermano": "0"}),
        case(f, f"{a}/v1/horario", headers=_h(rng, **b), query={
            "jugador": L(PLAYER, UID), "semana": "2026-W16", "cancha": COURT["id"]}),
        case(f, f"{a}/v1/asistencia", headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID), "sesion": obj(rng, "ss"),
            "lugar": {"lat": cla, "lng": clo},
            "cancha": {"id": COURT["id"], "lat": COURT["lat"], "lng": COURT["lon"]}}),
        case(f, f"{a}/v1/recoge", headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID),
            "persona": {"nombre": L(MOTHER_IL[0], NAMEC), "celular": L(MOTHER_IL[1], TEL),
                        "relacion": "lola"}, "dias": ["sab"]}),
        ev_p,
        case(f, f"{a}/v1/evaluacion/pruebas", fmt="msgpack", headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID), "fecha": "2026-04-25",
            "sprint_20m_s": L(4.6, FIT), "salto_cm": L(31, FIT), "pulso_reposo": L(88, FIT),
            "saque_bueno": {"metido": 7, "total": 10}, "coach": "co_rj02"}),
        case(f, f"{a}/v1/mensajes", headers=_h(rng, **b), body={
            "para": "co_rj02", "hilo": obj(rng, "hl"),
            "mensaje": L("Coach, hende puede si Gabo practica mañana, ta ataca su asma anoche",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/videos", [
            ("video", "gabo_spike.mp4", "video/mp4", L(MP4 + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "jugador": L(PLAYER, UID),
                "pie": L("Primero roll spike de Gabo!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "jugador": L(PLAYER, UID), "asiento": 2, "sale": "07:15",
            "direccion": L(ZC_HOME["line"], ADDR), "barangay": L(ZC_HOME["brgy"], COARSE),
            "celular": L(PH_MOBILE, TEL)}),
        case(f, f"{a}/v1/juegos", headers=_h(rng, how="none"), query={"liga": "verano-2026"},
             cookies={"sz_sesion": L(opaque(rng, "", 40), CRED),
                      "sz_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/tienda/orden", headers=_h(rng, **b), body={
            "orden": L("SZ-OR-5521", BUY),
            "items": [{"sku": "jersey-ym-23", "qty": 1, "precio": 650},
                      {"sku": "ball-rattan-s", "qty": 2, "precio": 90}],
            "total": L(830, BUY), "recoge_na": COURT["id"]}),
        case(f, f"{a}/v1/comentario", fmt="form", headers=_h(rng, **b), body={
            "estrellas": "5",
            "texto": L("Bien bueno el coach, pero mucho calor na cancha, necesita mas agua",
                       TEXT)}),
        lines(f, f"{a}/v1/sync", [
            {"tipo": "asistencia", "jugador": L(PLAYER, UID),
             "lat": L(round(COURT_FIX[0], 4), PRECISE), "lng": L(round(COURT_FIX[1], 4), PRECISE),
             "t": 1776477600},
            {"tipo": "asistencia", "jugador": L(PLAYER, UID),
             "lat": L(round(COURT_FIX[0] + 0.0001, 4), PRECISE),
             "lng": L(round(COURT_FIX[1], 4), PRECISE), "t": 1777082400}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("asistencia", 1), ev("pantalla", 2, pantalla=L("Evaluacion", USAGE))]}),
    ]


def sipazam_sdks() -> list[Case]:
    rng = random.Random(26642)
    link = U("https://sipazam.example.com/j", {"jugador": L(PLAYER, UID), "ref": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        cz_batch(APP, rng, [("Player Enrolled", {"age_group": "8-10"}),
                            ("Fee Paid", {"amount": L(2500, BUY)})], at=COURT_FIX, nd=3),
        cz_identify(APP, rng, {"role": "parent", "kids": 1, "ciudad": L("Zamboanga City",
                                                                        COARSE)}),
        rs_launch(APP, rng, first=True),
        rs_link(APP, rng, link),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sepak takraw,kids,sports"),
        lc_notice(APP, rng, "imp"),
        qb_crash(APP, rng, ("java.lang.NullPointerException", "evaluation chart"),
                 [qb_crumb("nav", "Jugador -> Evaluacion")], screen="EvaluacionActivity"),
        sn_eval(APP, rng, {"league": "verano-2026", "kids": 1}),
        cp_register(APP, rng, tags={"court": COURT["id"], "age_group": "8-10"}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "2500.00"),
        mp_geocode(APP, rng, "Tetuan covered court sipa", "behavior.search", near=ZC_HOME_AT, nd=3),
    ]
