"""Mountain-sports traumatology clinic app "Crebadura" (a fictional clinic in Jaca that treats the
ski resorts' injuries; she tore the anterior cruciate ligament of her right knee skiing; its API
is camelCase Aragonese, ASCII-folded: ``pacient`` patient, ``historiaClinica`` clinical history
number, ``nombre``, ``apelliu``, ``sexo`` sex (``muller`` woman), ``calendataNaixencia``,
``nie``, ``tarchetaSanitaria`` health card, ``correu``, ``telefono``, ``clau``; ``accident``,
``pista`` piste, ``lesion`` injury, ``chinollo`` knee, ``dreito`` right, ``dolor`` pain,
``infladura`` swelling, ``alerchias`` allergies, ``melecinas`` medicines, ``resonancia`` MRI,
``cita`` appointment, ``operacion`` surgery, ``anestesia``, ``consentimiento`` consent,
``firma`` signature, ``rehabilitacion``, ``flexion`` bend (degrees), ``baixa`` sick leave,
``muletas`` crutches, ``fianza`` deposit, ``copago`` co-payment, ``mege`` doctor,
``compartir`` share): sign-up with her NIE and insurance card, a log-in by SMS code, ``/yo``,
the accident report with her fix on the piste, the questionnaire (gzip), the MRI report (PDF),
the diagnosis GET, the surgery booking, the consent signature, the check-in at the clinic, a
protobuf rehabilitation diary, an exercise video, a message to her surgeon, the sick-leave
certificate for her employer, crutches hire and the co-payment, sharing with her husband, the
invoice by history number in the path, prescriptions, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families268_kit import (
    ACADEMY,
    CHART,
    CLINIC,
    CLINIC_FIX,
    HEALTH_CARD,
    HUSBAND,
    JACA_AT,
    NIE,
    SLOPE_FIX,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import cb_crash, cb_crumb, cb_session, ms_batch, ms_queue, rs_launch
from eval_families268_svc import (
    bn_eval,
    cd_attach,
    cp_register,
    cs_check,
    dn_card,
    dn_confirm,
    mp_route,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("crebadura", "Crebadura", "com.example.crebadura", "5.0.3",
          "https://api.crebadura.example.net")
IID = "X-Crebadura-Install"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def crebadura() -> list[Case]:
    rng = random.Random(26821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), historia=L(CHART, MED)))}
    sla, slo = fix(SLOPE_FIX, 5)
    cla, clo = fix(CLINIC_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1769472000),
                (3, [(1, L(3, MED)), (2, L(95, MED)), (3, L("paracetamol 1 g", MED))]),
                (4, "5.0.3")], "", lab)
    inv = at_path(case(f, f"{a}/v1/pacients/{CHART}/facturas", headers=_h(rng, **b)), CHART,
                  MED)
    return [
        case(f, f"{a}/v1/pacients", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC), "correu": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "calendataNaixencia": L(DOB, BIRTH),
            "sexo": L("muller", GENDER), "nie": L(NIE, NID),
            "tarchetaSanitaria": L(HEALTH_CARD, MED), "aseguradora": "Mutua d'Esquiadors",
            "luenga": "en"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "codigo": L("318554", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/accidents", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "calendata": "2026-01-17T11:42",
            "estacion": "Astun", "pista": "Truchas (roya)",
            "puesto": {"latitut": sla, "longitut": slo},
            "lesion": L("chinollo dreito, torzion con esquis", MED),
            "rescate": "pisters", "testigo": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/questionario", gz=True, headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "alerchias": [L("ibuprofeno", MED)],
            "melecinas": [L("levotiroxina 50 mcg", MED)], "fumadora": L(False, MED),
            "embarazada": L(False, MED), "operacionsAnteriors": [L("apendicectomia 2008", MED)],
            "peso": L(61, "health.fitness"), "altura": L(168, "health.fitness")}),
        multipart(f, f"{a}/v1/resonancias", [
            ("informe", "rm_chinollo_dreito.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"historiaClinica": L(CHART, MED),
                                                "prueba": "RM", "zona": L("chinollo dreito",
                                                                          MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/diagnostico", headers=_h(rng, **b), query={
            "historiaClinica": L(CHART, MED), "version": "ultima"}),
        case(f, f"{a}/v1/operacions", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "procedimiento": L("plastia LCA isquiotibials",
                                                                 MED),
            "calendata": "2026-02-03T08:30", "quirofano": "q2", "anestesia": L("raquidea", MED),
            "fianza": L(300, BUY)}),
        multipart(f, f"{a}/v1/consentimientos", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(34), MEDIA)),
            ("formulario", None, "application/json", {
                "historiaClinica": L(CHART, MED), "documento": "ci_lca_v4",
                "firmau": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "puesto": {"latitut": cla, "longitut": clo, "precision": 9},
            "clinica": {"id": CLINIC["id"], "latitut": CLINIC["lat"],
                        "longitut": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/rehabilitacion/diario", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/rehabilitacion/videos", [
            ("video", "flexion_semana3.mp4", "video/mp4", L(MP4 + b"\x03", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"historiaClinica": L(CHART, MED), "semana": 3,
                                                "flexion": L(95, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fisio/sesions", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "sesion": obj(rng, "fs"), "modalidat": "video",
            "sala_token": L(opaque(rng, "vr_", 36), CRED),
            "exercicios": [L("isometricos cuadriceps", MED), L("flexion pasiva 90", MED)]}),
        case(f, f"{a}/v1/mensaches", headers=_h(rng, **b), body={
            "ta": {"nombre": L(SURGEON[0], NAMEC), "correu": L(SURGEON[1], MAIL)},
            "texto": L("Dende ahiere o chinollo ye mas inflau y me fa mal de nueits, ye normal?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/baixas", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "dende": "2026-02-03", "dica": "2026-03-15",
            "motivo": L("postoperatorio LCA", MED), "empresa": ACADEMY["name"],
            "nuss_empresa": "22/1048812/55"}),
        case(f, f"{a}/v1/muletas/alquiler", fmt="form", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED), "semanas": "6", "preu": L("18.00", BUY),
            "fianza": L("40.00", BUY)}),
        case(f, f"{a}/v1/pagos/copago", fmt="form", headers=_h(rng, **b), body={
            "cantidat": L("120.00", BUY), "moneda": "EUR", "ultimos4": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "historiaClinica": L(CHART, MED)}),
        case(f, f"{a}/v1/compartir", headers=_h(rng, **b), body={
            "historiaClinica": L(CHART, MED),
            "con": {"nombre": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL),
                    "correu": L(HUSBAND[2], MAIL)}, "permisos": ["citas", "facturas"]}),
        inv,
        case(f, f"{a}/v1/recetas", headers=_h(rng, **b), query={
            "historiaClinica": L(CHART, MED), "activas": "true"}),
        case(f, f"{a}/v1/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("diario_rehabilitacion", 1), ev("pantalla", 2, pantalla=L("Ejercicios",
                                                                              USAGE))]}),
    ]


def crebadura_sdks() -> list[Case]:
    rng = random.Random(26822)
    return [
        ms_batch(APP, rng, [("Surgery Booked", {"deposit": L(300, BUY)}),
                            ("Diary Entry", {"flexion": L(95, MED)})]),
        ms_queue(APP, rng, [("Exercise Done", {"set": "quad_3x10"}),
                            ("Video Uploaded", {"week": 3})]),
        rs_launch(APP, rng, first=True),
        cb_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [cb_crumb("nav", "Rehabilitacion -> Video"),
                  cb_crumb("net", "POST", {"url": f"{APP.api}/v1/rehabilitacion/videos",
                                           "status": 0})], screen="VideoActivity"),
        cb_session(APP, rng, secs=640),
        bn_eval(APP, rng, {"clinica": CLINIC["id"], "programa": L("rodilla-lca", MED)}),
        cp_register(APP, rng, at=JACA_AT, nd=2, tags={"clinica": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        dn_card(APP, rng, email=True),
        dn_confirm(APP, rng, "120.00"),
        mp_route(APP, rng, [(JACA_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)],
                 mode="driving"),
        cd_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "informe_urgencias.pdf",
                  "application/pdf"),
    ]

