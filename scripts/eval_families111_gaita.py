"""Gaita (bagpipe) school app "Punteira" of a town's school and its pipe band, for her son Brais
(the child's data; set 95's "Sazly" was a general music school; this one centres on the pipe band:
uniform measurements, a festival trip abroad with a parental authorisation, a rented practice
chanter, tuning analysis of his chanter, a competition). Galician keys. Her family account, a
log-in, ``/eu`` (a JWT naming her son), his enrolment, his timetable by his ID in the path, an
absence, a practice recording, tuning, the uniform, the trip's authorisation (signature image) and
payment, fees by a cookie GET, the direct debit, a message to his teacher, the gallery by his ID in
the query, a chanter rented, pick-up people, a competition entry, push, events, notices by a
cookie with his ID, a rating and a Play subscription."""

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
    GENDER,
    M4A,
    MAIL,
    MED,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families25_kit import PNG
from eval_families111_kit import (
    FIT,
    GL_PHONE,
    HOME_GL,
    IBAN_ES,
    NATID,
    NIE,
    PARTNER,
    SCHOOL,
    SON,
    SON_CIP,
    SON_ID,
    TEACHER,
    TRIP,
    gl_head,
    obj,
)
from eval_families111_sdk import ab_event, ab_open, bp_bid, cv_session, tr_batch, tr_queue
from eval_families111_svc import cl_attach, fh_eval, oc_check, pc_card, pm_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("punteira", "Punteira", "com.example.punteira", "1.19.0",
          "https://api.punteira.example.com")
IID = "X-Punteira-Instalacion"
PW = "Muineira-de-Chantada-7"
KID = f"{TEXT}|{NAMEC}"  # a text naming her son


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang=None, **kw)


def punteira() -> list[Case]:
    rng = random.Random(11141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), alumnos=[L(SON_ID, UID)]))}
    horario = at_path(case(f, f"{a}/api/alumnos/{SON_ID}/horario", headers=_h(rng, **b),
                           query={"curso": "2025-26"}), SON_ID, UID)
    return [
        case(f, f"{a}/api/familias", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelidos": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "numero_dni": L(NIE, NATID), "contrasinal": L(PW, CRED),
            "enderezo": L(HOME_GL["rua"], ADDR), "codigo_postal": L(HOME_GL["cp"], COARSE),
            "concello": L(HOME_GL["concello"], COARSE), "relacion": "nai"}),
        case(f, f"{a}/api/sesion", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "contrasinal": L(PW, CRED), "lembrar": "1"}),
        case(f, f"{a}/api/eu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/alumnos", headers=_h(rng, **b), body={
            "nome": L(SON["nome"], NAMEC), "apelidos": L(SON["apelidos"], NAMEC),
            "data_nacemento": L(SON["dob"], BIRTH), "idade": L(SON["idade"], BIRTH),
            "sexo": L("neno", GENDER), "tarxeta_sanitaria": L(SON_CIP, MED),
            "alerxias": [L("froitos secos", MED)],
            "observacions": L("Ten asma leve, leva o inhalador na mochila", f"{TEXT}|{MED}"),
            "escola": SCHOOL["id"], "instrumento": "gaita", "nivel": "iniciacion_2",
            "autoriza_imaxes": False}),
        horario,
        case(f, f"{a}/api/asistencia/xustificar", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "data": "2025-12-04",
            "motivo": L("Brais ten febre e quedou na casa", f"{KID}|{MED}")}),
        multipart(f, f"{a}/api/practicas", [
            ("audio", "muineira.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("datos", None, "application/json", {"alumno": L(SON_ID, UID),
                                                  "peza": "Muiñeira de Chantada",
                                                  "duracion_s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/afinacion", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "punteiro": "Do", "ronco_hz": 233.1,
            "notas": [{"nota": n, "cents": c} for n, c in
                      (("do", -4), ("re", 7), ("mi", -12), ("fa", 3), ("sol", 0))]}),
        case(f, f"{a}/api/uniforme", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "altura_cm": L(146, FIT), "peito_cm": L(71, FIT),
            "cintura_cm": L(62, FIT), "pe": L(36, FIT), "traxe": "camisa+chaleco+faixa"}),
        multipart(f, f"{a}/api/saidas/{TRIP}/autorizacion", [
            ("sinatura", "sinatura.png", "image/png", L(PNG, MEDIA)),
            ("datos", None, "application/json", {
                "alumno": L(SON_ID, UID), "titor": L(NAME, NAMEC),
                "numero_dni": L(NIE, NATID), "telefono": L(GL_PHONE, TEL),
                "medicacion": L("inhalador de salbutamol se o precisa", MED),
                "destino": "Lorient (FR)", "autoriza": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/saidas/{TRIP}/pago", headers=_h(rng, **b), body={
            "importe": L("185.00", BUY), "referencia": L("PT-SAI-26-0418", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/mensualidades", headers=_h(rng, how="none"),
             query={"curso": "2025-26"},
             cookies={"pt_sesion": L(opaque(rng, "", 44), CRED), "pt_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mensualidades/domiciliacion", fmt="form", headers=_h(rng, **b), body={
            "iban": L(IBAN_ES, PAY), "titular": L(NAME, NAMEC), "alumno": L(SON_ID, UID)}),
        case(f, f"{a}/api/mensaxes", headers=_h(rng, **b), body={
            "para": TEACHER[1], "fio": obj(rng, "fio", 8),
            "texto": L("Anxo, Brais non poderá ir ao ensaio do xoves, ten médico", KID)}),
        case(f, f"{a}/api/galeria", headers=_h(rng, **b), query={
            "alumno": L(SON_ID, UID), "evento": "magosto_2025"}),
        case(f, f"{a}/api/instrumentos/aluguer", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "instrumento": "punteiro_practicas",
            "serie": "PP-2219-0071", "fianza": L("40.00", BUY), "meses": 9}),
        case(f, f"{a}/api/recollida", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "autorizados": [
                {"nome": L(PARTNER[0], NAMEC), "telefono": L(PARTNER[1], TEL),
                 "relacion": "padrasto"},
                {"nome": L(NAME, NAMEC), "telefono": L(GL_PHONE, TEL), "relacion": "nai"}]}),
        case(f, f"{a}/api/concurso/inscricion", headers=_h(rng, **b), body={
            "alumno": L(SON_ID, UID), "categoria": "solistas_infantil",
            "data_nacemento": L(SON["dob"], BIRTH), "peza": "Alborada de Veiga",
            "escola": SCHOOL["id"]}),
        case(f, f"{a}/api/dispositivos", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "instalacion": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "so": L("Android 14", DEV), "idioma": L("gl_ES", DEV)}),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("practica_subida", 1, s=94), ev("afinador_aberto", 2),
                ev("pantalla", 3, pantalla=L("Horario", USAGE))]}),
        case(f, f"{a}/api/avisos", headers=_h(rng, how="upper"),
             cookies={"pt_sesion": L(opaque(rng, "", 44), CRED), "pt_alumno": L(SON_ID, UID),
                      "pt_req": rid(rng)}),
        case(f, f"{a}/api/valoracion", fmt="form", headers=_h(rng, **b), body={
            "nota": "5", "comentario": L("Moi contentos co profesor e coa banda", TEXT)}),
        case(f, f"{a}/api/subscricions/play", headers=_h(rng, **b), body={
            "produto": L("partituras_premium_mes", BUY), "token": L(play_token(rng), BUY),
            "pedido": L("GPA.3391-0082-7714-20931", BUY)}),
    ]


def punteira_sdks() -> list[Case]:
    rng = random.Random(11142)
    return [
        tr_batch(APP, rng, [("Practice Uploaded", {"child_age": L(11, BIRTH), "s": 94}),
                            ("Tuner Opened", {})]),
        tr_queue(APP, rng, [("Score Viewed", {"piece": "alborada"}),
                            ("Metronome", {"bpm": 96})]),
        ab_open(APP, rng, first=True),
        ab_event(APP, rng, "trip_paid", {"trip": TRIP}, revenue=185.0),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True,
               ipgeo=("GA", "Vigo", "36208")),
        cv_session(APP, rng, secs=380),
        fh_eval(APP, rng, {"children": 1, "child_age": L(11, BIRTH)}),
        pm_register(APP, rng, tags={"alumno_idade": L("11", BIRTH), "banda": "infantil"}),
        oc_check(APP, rng, {"analitica": True, "publicidade": False}),
        pc_card(APP, rng, email=True),
        cl_attach(APP, rng, L(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), MEDIA),
                  "palleta_rota.jpg", "image/jpeg"),
    ]
