"""A children's eye clinic's amblyopia-therapy app "Gueyin" (Oftalmoloxía Infantil El Coto in
Gijón; Nel, 7, has a lazy left eye: patching, atropine drops and a dichoptic game; the parent's
app; its API's keys are Asturian, ASCII-folded camelCase: ``nome``, ``apellidos``, ``telefonu``,
``contrasena``, ``relacion`` relationship, ``fiu`` son, ``nacencia``, ``sexu`` (``neñu`` boy),
``dni``, ``tarxetaSanitaria`` health card, ``pacienteNumberu`` patient number, ``colexu``
school, ``graduacion`` prescription, ``parche`` patch, ``hores`` hours, ``gueyuTapau`` eye
covered, ``xuegu`` game, ``minutos``, ``contraste`` contrast, ``melecina``, ``gotes`` drops,
``agudeza`` acuity, ``gafes`` glasses, ``montura`` frame, ``pidiu`` order, ``cita``,
``posicion``, ``semeya``, ``mensaxe``, ``informe`` report, ``tutora`` class teacher,
``copagu`` co-payment, ``premios`` rewards): the parent's sign-up, log-in, ``/mio`` with a
``pacientes`` claim, linking Nel (DNI, health card), his prescription, patching hours, a game
session (msgpack), the drops, a home acuity test, glasses ordered, a review booked, a check-in
at the clinic with her fix, a photo of him with the patch, a message to the orthoptist, a school
report (PDF) for his teacher, the co-payment, rewards, an offline session queue (JSON Lines),
reports by patient number in the path, the session cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families221_kit import (
    EYE_CLINIC,
    EYE_FIX,
    GJ_HOME_AT,
    PATIENT,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import ax_launch, cp_batch, cp_pixel, fa_crash, fa_crumb, fa_session
from eval_families221_svc import av_register, bd_eval, cs_save, mp_route, pg_card, pg_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gueyin", "Gueyin", "com.example.gueyin", "1.3.5", "https://api.gueyin.example.com")
IID = "X-Gueyin-Device"
PW = "Nel2018*Parche"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
KID = f"{SON['first']} {SON['last']}"
TEACHER_MAIL = "marta.g@cpelmuro.example.org"  # his class teacher's address (typed: contact.email)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ast=True, **kw)


def gueyin() -> list[Case]:
    rng = random.Random(22151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pacientes=[L(PATIENT, MED)],
                                    rol="madre"))}
    ela, elo = fix(EYE_FIX)
    reports = at_path(case(f, f"{a}/v1/pacientes/{PATIENT}/informes", headers=_h(rng, **b),
                           query={"dende": "2025-09-01"}), PATIENT, MED)
    return [
        case(f, f"{a}/v1/cuentes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefonu": L(NATIONAL, TEL), "contrasena": L(PW, CRED), "relacion": "madre",
            "llingua": "ast"}),
        case(f, f"{a}/v1/aniciarSesion", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "contrasena": L(PW, CRED), "recordar": "true"}),
        case(f, f"{a}/v1/mio", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fiu/enllazar", headers=_h(rng, **b), body={
            "fiu": {"nome": L(SON["first"], NAMEC), "apellidos": L(SON["last"], NAMEC),
                    "nacencia": L(SON["dob"], BIRTH), "sexu": L(SON["sex"], GENDER),
                    "dni": L(SON["dni"], NID), "tarxetaSanitaria": L(SON["tis"], MED)},
            "pacienteNumberu": L(PATIENT, MED), "colexu": SCHOOL["id"], "cursu": "2P"}),
        case(f, f"{a}/v1/graduacion", headers=_h(rng, **b), query={
            "pacienteNumberu": L(PATIENT, MED), "ultima": "true"}),
        case(f, f"{a}/v1/parche/rexistru", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "fecha": "2026-01-15", "hores": L(2.5, MED),
            "gueyuTapau": L("drechu", MED), "entrada": obj(rng, "pr")}),
        case(f, f"{a}/v1/xuegu/sesiones", fmt="msgpack", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "xuegu": "rescate_nel_mar",
            "minutos": L(30, MED), "contraste": L(0.42, MED), "nivel": 14, "puntos": 3120,
            "sesion": obj(rng, "xs")}),
        case(f, f"{a}/v1/melecina/confirmar", fmt="form", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "melecina": L("atropina 1% colirio", MED),
            "gotes": L("1", MED), "gueyu": L("drechu", MED), "fecha": "2026-01-17"}),
        case(f, f"{a}/v1/agudeza/casa", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "prueba": "tabla_lea_casa",
            "agudeza": {"drechu": L("1.0", MED), "izquierdu": L("0.5", MED)},
            "distancia_m": 3}),
        case(f, f"{a}/v1/gafes/pidiu", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "graduacion": {
                "drechu": {"esfera": L(0.5, MED), "cilindru": L(0.0, MED)},
                "izquierdu": {"esfera": L(3.25, MED), "cilindru": L(-0.75, MED),
                              "exe": L(180, MED)}},
            "montura": "mt_flex_kids_azul", "pidiu": L("GF-26-01183", BUY),
            "preciu": L(119, BUY)}),
        case(f, f"{a}/v1/cites", headers=_h(rng, **b), body={
            "pacienteNumberu": L(PATIENT, MED), "clinica": EYE_CLINIC["id"],
            "tipu": L("revisión ortóptica", MED), "fecha": "2026-02-03T16:15",
            "consulta": "c4"}),
        case(f, f"{a}/v1/cites/entrada", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "posicion": {"llatitu": ela, "llonxitu": elo},
            "clinica": {"llatitu": EYE_CLINIC["lat"], "llonxitu": EYE_CLINIC["lon"]}}),
        multipart(f, f"{a}/v1/semeyes", [
            ("semeya", "nel_parche.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pacienteNumberu": L(PATIENT, MED),
                                                "privada": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensaxes", headers=_h(rng, **b), body={
            "pa": "ortoptista_ines", "filu": obj(rng, "fl"),
            "mensaxe": L("Nel nun quier ponese'l parche en clase porque-y dicen pirata. ¿Podemos "
                         "ponelu namás en casa?", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/informes/colexu", [
            ("informe", "informe_colexu.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "tutora": L(TEACHER_MAIL, MAIL), "alumnu": L(KID, NAMEC),
                "nota": L("Tien de sentar en primera fila; usa parche 2 hores al día",
                          f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/copagu", fmt="form", headers=_h(rng, **b), body={
            "pidiu": L("GF-26-01183", BUY), "importe": L("59.50", BUY),
            "metodu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/premios/canxear", headers=_h(rng, **b), body={
            "premiu": "pegatines_dinosaurios", "moneda_xuegu": 400,
            "pacienteNumberu": L(PATIENT, MED)}),
        lines(f, f"{a}/v1/xuegu/cola", [
            {"pacienteNumberu": L(PATIENT, MED), "minutos": L(15, MED), "t": 1768570200},
            {"pacienteNumberu": L(PATIENT, MED), "minutos": L(20, MED), "t": 1768656600},
            {"usuariu": L(USER_ID, UID), "pendientes": 0}], headers=_h(rng, **b)),
        reports,
        case(f, f"{a}/v1/axustes", headers=_h(rng, how="none"), cookies={
            "gy_sid": L(opaque(rng, "", 40), CRED), "gy_dev": L(INSTALL_ID, DID),
            "gy_req": rid(rng)}),
        case(f, f"{a}/v1/preseos", headers=_h(rng, **b), body=push(push_token(rng), "ast_ES")),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "eventos": [
                ev("parche_rexistrau", 1), ev("pantalla", 2, pantalla=L("Xuegu", USAGE))]}),
    ]


def gueyin_sdks() -> list[Case]:
    rng = random.Random(22152)
    return [
        cp_batch(APP, rng, [("Patch Logged", {"hours": L(2.5, MED)}),
                            ("Game Played", {"minutes": L(30, MED)})], locale="ast_ES"),
        cp_pixel(APP, rng, "Report Opened", {"kind": "colexu"}),
        ax_launch(APP, rng, first=True),
        fa_crash(APP, rng, ("java.lang.IllegalStateException", "dichoptic surface lost"),
                 [fa_crumb("nav", "Xuegu -> Nivel14"), fa_crumb("tap", "pausa")],
                 user={"id": L(USER_ID, UID)}, screen="XueguActivity"),
        fa_session(APP, rng, secs=1930),
        bd_eval(APP, rng, {"clinica": EYE_CLINIC["id"], "terapia": L("ambliopia", MED)}),
        av_register(APP, rng, lang="ast", tags={"clinica": EYE_CLINIC["id"],
                                                "recordatoriu": "20:00"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "59.50"),
        mp_route(APP, rng, [(GJ_HOME_AT, PRECISE), ((EYE_CLINIC["lat"], EYE_CLINIC["lon"]),
                                                    None)]),
    ]
