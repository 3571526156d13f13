"""A cord-blood bank's client app "Nabani" (``guendanabani`` life; its lab is in Tehuantepec:
she is pregnant with their second child and contracts the collection and 20-year storage of the
cord blood). No earlier set has a cord-blood bank (a grep for "cord blood" and "stem cell"
matched nothing); the midwife and antenatal sets (121, 136, 149, 157) follow a pregnancy, this
one sells a storage contract around the birth. Isthmus Zapotec keys in ASCII with Spanish
loans: ``la`` / ``la_bixhoze`` names, ``correo``, ``telefonu``, ``codigu`` code,
``diidxa_nagaachi`` password, ``dxi_gule`` birth date, ``curp`` / ``rfc`` / ``clabe``,
``lidxe`` home, ``seccion``, ``guidxi`` town, ``cp`` post code, ``embarazo`` pregnancy (loan),
``semana`` week (loan), ``dxi_chigale`` due date (coinage, "day it will be born"),
``guendahuara`` illness, ``medicina`` medicine, ``sangre`` blood group, ``doctora`` her
obstetrician, ``xheela`` spouse, ``contrato`` contract, ``bueltu`` amount, ``guixhe`` pay,
``bicaa_la`` signature, ``recibe`` who receives, ``ra_nuu`` where one is, ``muestra`` sample
(loan), ``xcuidi`` child (the newborn), ``gunaa_ngiiu`` sex (``ngiiu`` man/boy), ``peso``
weight (loan), ``diidxa`` message, ``guyubi`` search, ``naa`` me. Calls: registration with the
pregnancy, an SMS code, ``/naa``, the plans, the contract, the medical questionnaire (gzip), the
ultrasound report upload, her obstetrician, the kit shipped home, the down payment, monthly
payments by CLABE, the consent signature, the labour alert with her fix, the courier pick-up,
the result by contract number in the path, the newborn's registration, invoices by cookie, a
message, a referral for her sister, a search, push and events."""

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
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    CLABE,
    CONTRACT,
    CURP,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_CURP,
    LAB,
    LAB_FIX,
    OBSTETRICIAN,
    RFC,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families189_sdk import cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families189_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nabani", "Nabani", "com.example.nabani", "2.6.0", "https://api.nabani.example.net")
IID = "X-Nabani-Install"
PW = "Biulu2026*cordon"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIT = "health.fitness"
PREG = f"{MED}|{SENS}"  # a stated pregnancy: health and personal.sensitive


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nabani() -> list[Case]:
    rng = random.Random(18941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), contrato=L(CONTRACT, BUY)))}
    hla, hlo = fix(HOME_AT)
    result = at_path(case(f, f"{a}/api/muestra/{CONTRACT}/resultado", headers=_h(rng, **b)),
                     CONTRACT, BUY)
    return [
        case(f, f"{a}/api/cliente/registro", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "telefonu": L(E164, TEL), "diidxa_nagaachi": L(PW, CRED), "dxi_gule": L(DOB, BIRTH),
            "curp": L(CURP, NID), "embarazo": {"semana": L(22, PREG),
                                               "dxi_chigale": L("2026-06-14", PREG)}}),
        case(f, f"{a}/api/biuu/codigu", fmt="form", headers=_h(rng), body={
            "telefonu": L(E164, TEL), "codigu": L("774120", CRED)}),
        case(f, f"{a}/api/naa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/planes", headers=_h(rng, **b), query={"moneda": "MXN"}),
        case(f, f"{a}/api/contrato", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, BUY), "plan": "20_anios", "bueltu": L(34900, BUY),
            "rfc": L(RFC, NID), "uso_cfdi": "D01",
            "xheela": {"la": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID)}}),
        case(f, f"{a}/api/cuestionario", gz=True, headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, BUY), "gemelar": L(False, MED),
            "diabetes_gestacional": L(False, MED), "hepatitis_b": L("negativo", MED),
            "vih": L("negativo", MED), "sangre": L("A-", MED),
            "medicina": [L("acido folico 5 mg", MED), L("sulfato ferroso", MED)],
            "guendahuara_familia": L("talasemia en la familia de mi esposo", f"{TEXT}|{MED}"),
            "parto_previo": L("cesarea 2017", MED)}),
        multipart(f, f"{a}/api/estudios", [
            ("estudio", "ultrasonido_22sem.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"contrato": L(CONTRACT, BUY),
                                                "tipo": L("ultrasonido estructural", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/doctora", headers=_h(rng, **b), body={
            "la": L(OBSTETRICIAN[0], NAMEC), "correo": L(OBSTETRICIAN[1], MAIL),
            "hospital": "hs_istmo_01", "contrato": L(CONTRACT, BUY)}),
        case(f, f"{a}/api/kit/envio", headers=_h(rng, **b), body={
            "lidxe": L(HOME["line"], ADDR), "seccion": L(HOME["area"], COARSE),
            "guidxi": L(HOME["town"], COARSE), "cp": L(HOME["post"], COARSE),
            "telefonu": L(E164, TEL), "recibe": {"la": L(HUSBAND[0], NAMEC)},
            "kit": obj(rng, "kt")}),
        case(f, f"{a}/api/pago/enganche", fmt="form", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, BUY), "bueltu": L("6900.00", BUY),
            "guixhe": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/api/pago/mensualidades", headers=_h(rng, **b), body={
            "total": L(28000, BUY), "meses": 12, "mensual": L(2333.33, BUY),
            "clabe": L(CLABE, PAY)}),
        multipart(f, f"{a}/api/consentimiento", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(32), MEDIA)),
            ("meta", None, "application/json", {"contrato": L(CONTRACT, BUY),
                                                "bicaa_la": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/parto/aviso", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, BUY), "ra_nuu": {"lat": hla, "lon": hlo},
            "semana": L(39, PREG),
            "diidxa": L("Contracciones cada 5 minutos, ya vamos al hospital", f"{TEXT}|{PREG}")}),
        case(f, f"{a}/api/recoleccion", fmt="form", headers=_h(rng, **b), body={
            "muestra": obj(rng, "mu"), "hospital": "hs_istmo_01", "hora": "2026-06-11T06:40",
            "laboratorio": LAB["id"]}),
        result,
        case(f, f"{a}/api/xcuidi", headers=_h(rng, **b), body={
            "contrato": L(CONTRACT, BUY), "la": L("Biulu", NAMEC),
            "la_bixhoze": L("Toledo Doe", NAMEC), "dxi_gule": L("2026-06-11", BIRTH),
            "gunaa_ngiiu": L("ngiiu", GENDER), "peso": L(3.2, FIT), "apgar": L(9, MED)}),
        case(f, f"{a}/api/facturas", headers=_h(rng, how="none"), cookies={
            "nb_sesion": L(opaque(rng, "", 40), CRED), "nb_install": L(INSTALL_ID, DID),
            "nb_req": rid(rng)}),
        case(f, f"{a}/api/diidxa", headers=_h(rng, **b), body={
            "para": "asesora",
            "diidxa": L("Si me hacen cesarea otra vez, igual pueden tomar la muestra?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/referido", fmt="form", headers=_h(rng, **b), body={
            "la": L(SISTER_US[0], NAMEC), "correo": L(SISTER_US[2], MAIL), "codigo": "NBN-REF"}),
        case(f, f"{a}/api/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("celulas madre cordon leucemia", SEARCH)}),
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("contrato_firmado", 1), ev("pantalla", 2, pantalla=L("MiEmbarazo", USAGE))]}),
    ]


def nabani_sdks() -> list[Case]:
    rng = random.Random(18942)
    return [
        mc_batch(APP, rng, [("Contract Signed", {"plan": "20y", "total": L(34900, BUY)}),
                            ("Kit Shipped", {})]),
        mc_queue(APP, rng, [("Labour Alert", {"week": L(39, PREG)}), ("Result Viewed", {})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"contrato": L(CONTRACT, BUY)}, revenue=6900.0,
                 currency="MXN", hashed=True),
        cd_session(APP, rng, secs=733),
        fn_eval(APP, rng, {"lab": LAB["id"], "embarazo_semana": L(22, PREG)}, hdr=True),
        pt_register(APP, rng, tags={"lab": LAB["id"], "etapa": L("embarazo", PREG)}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Laboratorio Nabani Tehuantepec", SEARCH, near=LAB_FIX, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "resultado_muestra.pdf", "application/pdf"),
    ]
