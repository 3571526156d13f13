"""Language-academy staff app "Charradeta" (a fictional language academy in Huesca where she teaches
English to children's and adults' groups; the staff API's keys are Aragonese, ASCII-folded, mixed
with English its developer kept: ``profesora`` teacher (staff number), ``clau`` password,
``fichache`` clocking in, ``horario`` timetable, ``grupo`` group, ``alumnos`` pupils,
``asistencia`` attendance, ``nomina`` payslip, ``salario`` salary, ``nuss`` social security
number, ``iban``, ``situacion_familiar`` family situation (the tax form), ``conchuge`` spouse,
``fillos`` children, ``anyo_naixencia`` birth year, ``baixa`` sick leave, ``vacacions``
holidays, ``sustitucion`` cover, ``material`` teaching material, ``kilometraje`` mileage,
``gastos`` expenses, ``mensache``, ``ta`` to, ``adreza``, ``localidat``; English ``email``,
``token``, ``id``): an e-mail log-in, ``/yo``, the clock-in with her fix at the door, the
timetable, the attendance of a group, a payslip by staff number in the path, the payroll data
(her NUSS and IBAN), the withholding form (her husband, the daughter's birth year), the sick
leave after her knee surgery (the clinic's certificate), holidays, a cover request, a worksheet
upload, mileage to the Jaca branch, a message to a pupil's father, the staff room chat, a
protobuf clock-out beat, preferences by base64 JSON cookie, push and events."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families268_kit import (
    ACADEMY,
    ACADEMY_FIX,
    DAUGHTER,
    ES_ACCOUNT,
    HU_HOME,
    HUSBAND,
    NIE,
    NUSS,
    TEACHER,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import cb_crash, cb_crumb, ms_batch, ms_identify, ms_pixel, rs_launch
from eval_families268_svc import bn_eval, cd_message, cp_register, cs_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("charradeta", "Charradeta", "com.example.charradeta", "4.7.2",
          "https://staff.charradeta.example.com")
IID = "X-Charradeta-Device"
PW = "Teacher!Uesca22"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
DOCX = b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(40))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def charradeta() -> list[Case]:
    rng = random.Random(26841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), profesora=L(TEACHER, UID),
                                    sede=ACADEMY["id"], rol="docent"))}
    ala, alo = fix(ACADEMY_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TEACHER, UID)), (2, 1769702400), (3, "salida"),
               (4, [(1, L(round(ACADEMY_FIX[0], 5), PRECISE)),
                    (2, L(round(ACADEMY_FIX[1], 5), PRECISE))]), (5, L(58, DEV))], "", lab)
    slip = at_path(case(f, f"{a}/v3/profesoras/{TEACHER}/nominas/2026-01", headers=_h(rng, **b)),
                   TEACHER, UID)
    group = "gr_b1_tarde"
    return [
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "clau": L(PW, CRED), "sede": ACADEMY["id"]}),
        case(f, f"{a}/v3/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/fichache", headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "tipo": "dentrada", "t": 1769673600,
            "puesto": {"latitut": ala, "longitut": alo, "precision": 12},
            "sede": {"id": ACADEMY["id"], "latitut": ACADEMY["lat"],
                     "longitut": ACADEMY["lon"]}}),
        case(f, f"{a}/v3/horario", headers=_h(rng, **b), query={
            "profesora": L(TEACHER, UID), "semana": "2026-W05"}),
        case(f, f"{a}/v3/grupos/{group}/asistencia", headers=_h(rng, **b), body={
            "calendata": "2026-01-29", "sesion": obj(rng, "se"),
            "alumnos": [{"id": "al_0931", "present": True}, {"id": "al_1177", "present": False},
                        {"id": "al_1202", "present": True}], "unidat": "Unit 6"}),
        slip,
        case(f, f"{a}/v3/nomina/datos", headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "nombre": L(f"{FIRST} {LAST}", NAMEC),
            "nie": L(NIE, NID), "nuss": L(NUSS, NID), "iban": L(ES_ACCOUNT, PAY),
            "adreza": L(HU_HOME["line"], ADDR), "localidat": L(HU_HOME["town"], COARSE),
            "cp": L(HU_HOME["post"], COARSE)}),
        case(f, f"{a}/v3/nomina/situacion_familiar", gz=True, headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "nie": L(NIE, NID), "estau_civil": "casada",
            "conchuge": {"nombre": L(HUSBAND[0], NAMEC), "rendas_menos_1500": False},
            "fillos": [{"anyo_naixencia": L(2016, BIRTH), "convivencia": True}],
            "discapacidat": L(False, "personal.sensitive")}),
        multipart(f, f"{a}/v3/baixas", [
            ("parte", "parte_baixa.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "profesora": L(TEACHER, UID), "dende": "2026-02-03", "dica": "2026-03-15",
                "motivo": L("operacion d'o chinollo (LCA)", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/vacacions", fmt="form", headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "dende": "2026-04-01", "dica": "2026-04-08",
            "nota": L("Semana Santa en Ohio con a mia chirmana", TEXT)}),
        case(f, f"{a}/v3/sustitucions", headers=_h(rng, **b), body={
            "grupo": group, "calendata": "2026-02-02", "motivo": L("cita medica", MED),
            "profesora": L(TEACHER, UID)}),
        multipart(f, f"{a}/v3/material", [
            ("fichero", "unit6_past_simple.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             L(DOCX, MEDIA)),
            ("meta", None, "application/json", {"grupo": group, "nivel": "B1",
                                                "titol": "Past simple: winter holidays"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/formacion/solicitud", [
            ("cv", "cv_jane_doe.pdf", "application/pdf", L(PDF, MEDIA)),
            ("datos", None, "application/json", {
                "profesora": L(TEACHER, UID), "nombre": L(f"{FIRST} {LAST}", NAMEC),
                "nie": L(NIE, NID), "curso": "CELTA-YL", "cofinanciau": L(320, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/gastos/kilometraje", headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "dende": "Huesca", "dica": "Jaca (sede 2)", "km": 146,
            "cantidat": L(37.96, BUY), "calendata": "2026-01-22"}),
        case(f, f"{a}/v3/mensaches", headers=_h(rng, **b), body={
            "ta": "fam_al_1177", "grupo": group,
            "texto": L("Buenas tardes, o suyo fillo no ha veniu hue; le'n ninvio os deberes "
                       "por correu.", TEXT)}),
        case(f, f"{a}/v3/sala/mensaches", headers=_h(rng, **b), body={
            "sala": "profes_uesca",
            "texto": L("Bi ha cafe en a sala? Traigo tortas de Chaca", TEXT)}),
        raw(f, f"{a}/v3/fichache/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/preferencias", headers=_h(rng, how="none"), cookies={
            "ch_sesion": L(opaque(rng, "", 40), CRED),
            "ch_prefs": W({"profesora": L(TEACHER, UID), "luenga": L("en", DEV),
                           "tema": "claro"}, "b64json")}),
        case(f, f"{a}/v3/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("fichache", 1), ev("pantalla", 2, pantalla=L("Nomina", USAGE))]}),
        case(f, f"{a}/v3/sesion/renovar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/emergencia/contacto", headers=_h(rng, **b), body={
            "profesora": L(TEACHER, UID), "nombre": L(HUSBAND[0], NAMEC),
            "telefono": L(HUSBAND[1], TEL), "relacion": "mariu",
            "filla_escuela": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC)}),
    ]


def charradeta_sdks() -> list[Case]:
    rng = random.Random(26842)
    return [
        ms_batch(APP, rng, [("Clocked In", {"site": ACADEMY["id"]}),
                            ("Payslip Viewed", {"month": "2026-01"})], at=ACADEMY_FIX, nd=2),
        ms_identify(APP, rng, {"rol": "docent", "sede": ACADEMY["id"],
                               "localidat": L("Huesca", COARSE)}),
        ms_pixel(APP, rng, "Worksheet Opened", {"unit": 6}),
        rs_launch(APP, rng, user=True),
        cb_crash(APP, rng, ("java.lang.NullPointerException", "attendance row"),
                 [cb_crumb("nav", "Grupos -> Asistencia")], screen="AsistenciaActivity"),
        bn_eval(APP, rng, {"sede": ACADEMY["id"], "fichache_gps": True}),
        cp_register(APP, rng, at=ACADEMY_FIX, nd=2, tags={"sede": ACADEMY["id"]}),
        cs_check(APP, rng, {"analytics": True}),
        cd_message(APP, rng, L("A nomina de chinero no incluye as horas extra", f"{TEXT}|{BUY}"),
                   {"profesora": L(TEACHER, UID)}),
    ]
