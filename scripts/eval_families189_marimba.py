"""The cultural house's children's workshop app "Saaxcuidi" (``saa`` fiesta/music, ``xcuidi``
child: Saturday marimba and diidxaza (Zapotec) song classes for children at the Casa de la
Cultura; her account, Xunaxi's data). Set 174's Odissi dance school and the language classes of
sets 152 and 163 are the nearest kinds; here the child learns an instrument and her father's
language, records songs and sits a vocabulary quiz. Isthmus Zapotec keys in ASCII with Spanish
loans: ``jnaa_bixhoze`` parent/guardian (coinage, "mother-father"), ``xcuidi`` child,
``alumno`` pupil (loan), ``la`` / ``la_bixhoze`` names, ``dxi_gule`` birth date,
``gunaa_ngiiu`` sex, ``curp``, ``grado`` grade, ``xquenda_binni`` people identity,
``guendahuara`` illness, ``alergia`` allergy (loan), ``medicina`` medicine (loan), ``taller``
workshop (loan), ``permiso`` consent (loan), ``bicaa_la`` signature, ``recoge`` who collects,
``ra_nuu`` where one is, ``grabacion`` recording (loan), ``retratu`` photo, ``diidxa``
message/word, ``tarea`` homework (loan), ``respuesta`` answer (loan), ``traje`` costume (loan),
``estatura`` height, ``cintura`` waist, ``bueltu`` amount, ``guixhe`` pay, ``guyubi`` search,
``correo``, ``telefonu``, ``diidxa_nagaachi`` password, ``lidxe`` home, ``naa`` me. Calls:
the guardian's sign-up, a form log-in, ``/naa``, the child enrolled, her health form (gzip), a
workshop paid, attendance by pupil number in the path, workshops by age, the photo consent, a
pick-up authorisation, the door check-in, a song recording, the credential photo, a message to
the teacher, homework, the quiz answers, recital tickets, the costume's measurements, notices by
cookie, a search, push and events."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    CASA,
    CASA_FIX,
    CURP,
    DAUGHTER,
    HOME,
    MOTHER_IL,
    fix,
    hd,
    push,
)
from eval_families189_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families189_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("saaxcuidi", "Saaxcuidi", "com.example.saaxcuidi", "1.8.2",
          "https://api.saaxcuidi.example.org")
IID = "X-Saaxcuidi-Device"
PW = "Marimba.Xunaxi17"
NID = "personal.national_id"
ALUMNO = "SXC-26-0077"  # Xunaxi's pupil number at the workshop (id.user)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def saaxcuidi() -> list[Case]:
    rng = random.Random(18931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), alumnos=[L(ALUMNO, UID)],
                                    rol="jnaa_bixhoze"))}
    cla, clo = fix(CASA_FIX, 5)
    attend = at_path(case(f, f"{a}/v1/alumno/{ALUMNO}/asistencia", headers=_h(rng, **b),
                          query={"beeu": "2026-02"}), ALUMNO, UID)
    return [
        case(f, f"{a}/v1/jnaa_bixhoze", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "telefonu": L(NATIONAL, TEL), "diidxa_nagaachi": L(PW, CRED), "curp": L(CURP, NID),
            "lidxe": L(HOME["line"], ADDR), "seccion": L(HOME["area"], COARSE)}),
        case(f, f"{a}/v1/biuu", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "diidxa_nagaachi": L(PW, CRED)}),
        case(f, f"{a}/v1/naa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/xcuidi", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "la": L(DAUGHTER["first"], NAMEC),
            "la_bixhoze": L(DAUGHTER["last"], NAMEC), "dxi_gule": L(DAUGHTER["dob"], BIRTH),
            "gunaa_ngiiu": L(DAUGHTER["sex"], GENDER), "curp": L(DAUGHTER["curp"], NID),
            "grado": "3", "xquenda_binni": L("binniza", SENS), "relacion": "jnaa"}),
        case(f, f"{a}/v1/salud", gz=True, headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "guendahuara": L("asma leve", MED),
            "alergia": [L("picadura de abeja", MED)], "medicina": L("salbutamol inhalador", MED),
            "sangre": L("O+", MED),
            "nota": L("Si se agita mucho, que use su inhalador y descanse", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/taller/inscripcion", fmt="form", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "taller": "marimba_inicial", "horario": "sab_10",
            "bueltu": L("450.00", BUY), "guixhe": L(opaque(rng, "pm_", 24), PAY)}),
        attend,
        case(f, f"{a}/v1/talleres", headers=_h(rng, **b), query={
            "edad": L("8", BIRTH), "casa": CASA["id"]}),
        case(f, f"{a}/v1/permiso", fmt="form", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "retratu": "si", "video": "no",
            "bicaa_la": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/recoge", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "binni": {"la": L(MOTHER_IL[0], NAMEC),
                                                "telefonu": L(MOTHER_IL[1], TEL),
                                                "relacion": "jnaa_bixhoze"},
            "dxi": ["sab"]}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "ra_nuu": {"lat": cla, "lon": clo},
            "casa": {"id": CASA["id"], "lat": CASA["lat"], "lon": CASA["lon"]}}),
        multipart(f, f"{a}/v1/grabacion", [
            ("audio", "la_sandunga.m4a", "audio/mp4", L(M4A + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"alumno": L(ALUMNO, UID),
                                                "cancion": "La Sandunga", "tarea": "tr_09"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/retratu", [
            ("retratu", "credencial.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"alumno": L(ALUMNO, UID), "uso": "credencial"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/diidxa", headers=_h(rng, **b), body={
            "para": "maestra_marimba",
            "diidxa": L(f"Maestra, {KID} no vendra el sabado, tiene fiebre y tos",
                        f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/tareas", headers=_h(rng, **b), query={"alumno": L(ALUMNO, UID)}),
        case(f, f"{a}/v1/tarea/respuesta", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "tarea": "tr_10",
            "respuesta": [L("bi", TEXT), L("nisa", TEXT), L("gueta", TEXT)]}),
        case(f, f"{a}/v1/recital/boletos", fmt="form", headers=_h(rng, **b), body={
            "recital": "rc_jun26", "binni": "4", "bueltu": L("200", BUY)}),
        case(f, f"{a}/v1/traje", headers=_h(rng, **b), body={
            "alumno": L(ALUMNO, UID), "estatura": L(128, "health.fitness"),
            "cintura": L(56, "health.fitness"), "talla": "8", "bueltu": L(380, BUY)}),
        case(f, f"{a}/v1/avisos", headers=_h(rng, how="none"), cookies={
            "sx_sesion": L(opaque(rng, "", 40), CRED), "sx_dev": L(INSTALL_ID, DID),
            "sx_req": rid(rng)}),
        case(f, f"{a}/v1/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("clases de marimba para ninos sabado", SEARCH)}),
        case(f, f"{a}/v1/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("grabacion_subida", 1), ev("pantalla", 2, pantalla=L("Tareas", USAGE))]}),
    ]


def saaxcuidi_sdks() -> list[Case]:
    rng = random.Random(18932)
    return [
        mc_batch(APP, rng, [("Workshop Paid", {"amount": L(450, BUY)}),
                            ("Recording Uploaded", {"song": "La Sandunga"})]),
        mc_identify(APP, rng, {"rol": "jnaa_bixhoze", "hijos": 1,
                               "guidxi": L("Juchitan", COARSE)}),
        tn_launch(APP, rng),
        fn_eval(APP, rng, {"casa": CASA["id"], "hijos": 1}),
        cd_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cd_crumb("nav", "Tareas -> Grabar")], user={"id": L(USER_ID, UID)},
                 screen="GrabarActivity"),
        pt_register(APP, rng, tags={"taller": "marimba_inicial"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "fotos": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "450.00"),
        hs_message(APP, rng, L(f"La inscripcion de {KID} sale como no pagada",
                               f"{TEXT}|{NAMEC}"), {"alumno": L(ALUMNO, UID)}),
    ]
