"""The son's public school's parent app "Yatiqawawa" (Mateo, 9, in fourth grade at a public
Unidad Educativa in Villa Dolores; the user is his mother; the child's data). Sets 100, 106, 128
and 132 have school fees and boarding; this public school charges no fees: the app is about
attendance at the gate by QR, absence notes, the school breakfast's diet, the annual school cash
bonus collected with both identity cards, the parents' committee's duties and dues, homework
photos, the report card, authorised pick-up adults. Calls: the parent's sign-up, a log-in,
``/me`` (a ``students`` claim), linking Mateo, attendance by student code in the path, a gate
check-in, an absence note, the health form, the breakfast diet, the bonus, a homework photo, the
report card, a message to the teacher, a committee duty, authorised adults, the committee's dues,
a uniform order (msgpack), Mateo's photo, notices by a cookie GET, an early pick-up, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families139_kit import (
    CARNET,
    GATE_FIX,
    HUSBAND,
    MOTHER_IN_LAW,
    NATID,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import cq_crash, cq_crumb, mv_batch, mv_identify, tt_event
from eval_families139_svc import ch_card, ch_confirm, ck_save, fq_eval, hy_message, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yatiqawawa", "Yatiqawawa", "com.example.yatiqawawa", "2.2.5",
          "https://api.yatiqawawa.example.org")
IID = "X-Yq-Device"
PW = "Mateo#Escuela4"
FIT = "health.fitness"
SID = SON["code"]
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def yatiqawawa() -> list[Case]:
    rng = random.Random(13961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(SID, UID)]))}
    gla, glo = fix(GATE_FIX, 5)
    att = at_path(case(f, f"{a}/api/v1/estudiantes/{SID}/asistencia", headers=_h(rng, **b),
                       query={"mes": "2026-03"}), SID, UID)
    report = at_path(case(f, f"{a}/api/v1/estudiantes/{SID}/boletin", headers=_h(rng, **b),
                          query={"gestion": "2026", "trimestre": "1"}), SID, UID)
    photo = at_path(multipart(f, f"{a}/api/v1/estudiantes/{SID}/foto", [
        ("foto", "mateo.jpg", "image/jpeg", L(JPEG + b"\xa3", MEDIA)),
        ("meta", None, "application/json", {"uso": "carnet_escolar"})], headers=_h(rng, **b)),
        SID, UID)
    return [
        case(f, f"{a}/api/v1/tutores", headers=_h(rng), body={
            "nombres": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "ci": L(CARNET, NATID),
            "celular": L(E164, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "parentesco": "madre"}),
        case(f, f"{a}/api/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/estudiantes/vincular", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "nombres": L(SON["first"], NAMEC),
            "apellidos": L(SON["last"], NAMEC), "fechaNacimiento": L(SON["dob"], BIRTH),
            "sexo": L(SON["sex"], GENDER), "ci": L(SON["ci"], NATID), "curso": "4to B",
            "turno": "manana", "unidad": SCHOOL["id"]}),
        att,
        case(f, f"{a}/api/v1/asistencia/ingreso", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "qr": "UEJQ-GATE-2", "yo": {"lat": gla, "lon": glo},
            "puerta": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        case(f, f"{a}/api/v1/justificaciones", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "desde": "2026-03-16", "dias": 2,
            "motivo": L("Mateo tiene fiebre y tos, lo llevo al centro de salud",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/salud/ficha", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "alergias": [L("mani", MED)], "asma": L(False, MED),
            "grupoSanguineo": L("O+", MED), "vacunas": L("completas", MED),
            "pesoKg": L(29.5, FIT), "tallaCm": L(131, FIT),
            "emergencia": {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/desayuno", fmt="form", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "restriccion": L("sin mani", MED), "racion": "normal"}),
        case(f, f"{a}/api/v1/bono", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "ciEstudiante": L(SON["ci"], NATID),
            "ciTutor": L(CARNET, NATID), "monto": L(200, BUY), "gestion": 2026,
            "cobro": obj(rng, "cb")}),
        multipart(f, f"{a}/api/v1/tareas", [
            ("foto", "tarea_division.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("data", None, "application/json", {"codigo": L(SID, UID), "materia": "matematicas",
                                                "tarea": obj(rng, "tr")})], headers=_h(rng, **b)),
        report,
        case(f, f"{a}/api/v1/mensajes", headers=_h(rng, **b), body={
            "para": "docente_4b", "codigo": L(SID, UID),
            "texto": L("Profesora, Mateo no entiende la division, puede darle practica extra?",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/junta/turnos", headers=_h(rng, **b), body={
            "turno": "puerta_lunes", "fecha": "2026-03-23", "codigo": L(SID, UID)}),
        case(f, f"{a}/api/v1/autorizados", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "personas": [
                {"nombre": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL),
                 "relacion": "padre"},
                {"nombre": L(MOTHER_IN_LAW[0], NAMEC), "celular": L(MOTHER_IN_LAW[1], TEL),
                 "relacion": "abuela"}]}),
        case(f, f"{a}/api/v1/cuotas/junta", fmt="form", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "monto": L("30", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/uniforme/pedido", fmt="msgpack", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "items": [{"prenda": "buzo", "talla": "10", "cant": 1},
                                             {"prenda": "polera", "talla": "10", "cant": 2}],
            "total": L(185, BUY), "pedido": L("UNF-0318", BUY)}),
        photo,
        case(f, f"{a}/api/v1/comunicados", headers=_h(rng, how="none"),
             query={"unidad": SCHOOL["id"]},
             cookies={"yq_sesion": L(opaque(rng, "", 40), CRED), "yq_disp": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/salidas", headers=_h(rng, **b), body={
            "codigo": L(SID, UID), "hora": "10:30",
            "motivo": L("Cita con el dentista por una muela picada", f"{TEXT}|{MED}"),
            "recoge": {"nombre": L(HUSBAND[0], NAMEC)}}),
        case(f, f"{a}/api/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("asistencia_vista", 1), ev("justificacion_enviada", 2),
                ev("pantalla", 3, nombre=L("Boletin", USAGE))]}),
    ]


def yatiqawawa_sdks() -> list[Case]:
    rng = random.Random(13962)
    return [
        mv_batch(APP, rng, [("Absence Justified", {"days": 2}),
                            ("Report Card Viewed", {"term": 1})]),
        mv_identify(APP, rng, {"childGrade": 4, "childBirthYear": L(2016, BIRTH),
                               "zone": L("Villa Dolores", COARSE), "children": 1}),
        tt_event(APP, rng, "uniform_order", {"pedido": L("UNF-0318", BUY)}, revenue=185.0,
                 currency="BOB"),
        cq_crash(APP, rng, ("java.lang.IllegalStateException", "Fragment not attached"),
                 [cq_crumb("nav", "Inicio -> Boletin"), cq_crumb("tap", "descargar_pdf")],
                 screen="BoletinActivity"),
        fq_eval(APP, rng, {"school": SCHOOL["id"], "grade": 4}),
        pc_register(APP, rng, tags={"unidad": SCHOOL["id"], "curso": "4B"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ch_card(APP, rng),
        ch_confirm(APP, rng, "30"),
        hy_message(APP, rng, L(f"No aparece la asistencia de {KID} en marzo",
                               f"{TEXT}|{NAMEC}"), {"codigo": L(SID, UID)}),
    ]
