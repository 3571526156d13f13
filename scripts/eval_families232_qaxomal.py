"""An orthopaedic clinic's patient app "Qaxomal" ("pain": a private clinic in Antigua; she tore the
medial meniscus of her right knee falling on the cobbles and has a knee arthroscopy). Keys are
Kaqchikel, ASCII-folded, with Spanish and English loans: ``biaj_nabey`` / ``biaj_ruka`` first /
second name (coinages, "first name" / "second name"), ``correo``, ``oyonibal`` telephone,
``retal`` code, ``ralaxik`` birth, ``ixoq_achin`` sex, ``pasaporte``, ``seguro`` insurance,
``poliza``, ``expediente`` record (loans), ``qaxomal`` pain, ``akuchi_qaxomal`` where it hurts,
``achike_xbanatej`` what happened, ``yabil`` illness, ``aqom`` medicine, ``aqomanel`` doctor,
``ralal`` weight, ``rupalem`` height, ``kik`` blood, ``sipojik`` swelling (coinage from
"sipoj", swollen), ``wachibal`` image, ``rajil`` price, ``tojonik`` payment, ``akuchi`` where (her
position), ``tzij`` message, ``qij`` day, ``ramaj`` hour, ``samaj`` work (exercises): sign-up with
her passport and travel-insurance policy, an SMS code, ``/yin``, the intake (gzip), the MRI report
(PDF), the plan and quote, a deposit, the surgery booking, lab results, the consent (signature
image), a check-in at the clinic, a protobuf recovery diary, a wound photo, a message to the
surgeon, crutches rented, home exercises and their log (JSON Lines), a video room, invoices by
record number in the path, the insurance claim, push and events. Health: her own. "meniscus",
"arthroscop" and "cobble" as an injury matched nothing; the physiotherapy apps of sets 138, 164
and 227 are physio-led, this one is a surgical clinic's."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families232_kit import (
    CLINIC,
    CLINIC_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    POLICY,
    RECORD,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import ck_session, mq_batch, mq_queue, tp_launch
from eval_families232_svc import (
    cc_check,
    fj_eval,
    hh_attach,
    mf_geocode,
    pg_register,
    pp_card,
    pp_confirm,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("qaxomal", "Qaxomal", "com.example.qaxomal", "5.0.3",
          "https://api.qaxomal.example.com")
IID = "X-Qx-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=False, **kw)


def qaxomal() -> list[Case]:
    rng = random.Random(23231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), expediente=L(RECORD, MED)))}
    cla, clo = fix(CLINIC_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(RECORD, MED)), (2, 1763424000),
                (3, [(1, L(4, MED)), (2, L("moderada", MED)), (3, L(1240, FIT)),
                     (4, L("acetaminofen 500 mg", MED))]),
                (4, "2.0.1")], "", lab)
    inv = at_path(case(f, f"{a}/v2/expediente/{RECORD}/facturas", headers=_h(rng, **b)),
                  RECORD, MED)
    return [
        case(f, f"{a}/v2/paciente", headers=_h(rng), body={
            "biaj_nabey": L(FIRST, NAMEC), "biaj_ruka": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "oyonibal": L(E164, TEL), "ralaxik": L(DOB, BIRTH), "ixoq_achin": L("F", GENDER),
            "pasaporte": L(PASSPORT, NID),
            "seguro": {"aseguradora": "Example Travel Health", "poliza": L(POLICY, MED)},
            "chabal": "en"}),
        case(f, f"{a}/v2/okem/retal", fmt="form", headers=_h(rng), body={
            "oyonibal": L(E164, TEL), "retal": L("730418", CRED)}),
        case(f, f"{a}/v2/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/triaje", gz=True, headers=_h(rng, **b), body={
            "expediente": L(RECORD, MED), "qaxomal": L(7, MED),
            "akuchi_qaxomal": L("rodilla derecha, lado interno", MED),
            "achike_xbanatej": L("Me cai en el empedrado de la 5a Avenida y se me torcio la "
                                 "rodilla", f"{TEXT}|{MED}"),
            "aqom": [L("ibuprofeno 400 mg", MED)], "alergia": [L("sulfas", MED)],
            "ralal": L(64, FIT), "rupalem": L(162, FIT), "fuma": L(False, MED)}),
        multipart(f, f"{a}/v2/imagen", [
            ("informe", "resonancia_rodilla.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "expediente": L(RECORD, MED),
                "estudio": L("resonancia magnetica rodilla derecha", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/plan", headers=_h(rng, **b), query={"expediente": L(RECORD, MED)}),
        case(f, f"{a}/v2/cotizacion/aceptar", headers=_h(rng, **b), body={
            "expediente": L(RECORD, MED),
            "procedimiento": L("artroscopia, meniscectomia parcial medial", MED),
            "rajil": L(18500, BUY), "moneda": "GTQ", "poliza": L(POLICY, MED),
            "cobertura": 0.8}),
        case(f, f"{a}/v2/tojonik/deposito", fmt="form", headers=_h(rng, **b), body={
            "rajil": L("3700", BUY), "moneda": "GTQ", "rukisibal_kaji": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "expediente": L(RECORD, MED)}),
        case(f, f"{a}/v2/cita", headers=_h(rng, **b), body={
            "expediente": L(RECORD, MED), "tipo": L("cirugia artroscopica de rodilla", MED),
            "qij": "2025-11-12", "ramaj": "07:30", "quirofano": "q2",
            "anestesia": L("raquidea", MED), "ayuno": True}),
        case(f, f"{a}/v2/laboratorio/resultados", headers=_h(rng, **b), query={
            "expediente": L(RECORD, MED), "tipo": L("preoperatorio", MED)}),
        multipart(f, f"{a}/v2/consentimiento", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"expediente": L(RECORD, MED),
                                                "formulario": "artroscopia_v4",
                                                "firmado": L(f"{FIRST} {LAST}", NAMEC),
                                                "testigo": L(HUSBAND[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/okel", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "akuchi": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/diario", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/herida/wachibal", [
            ("foto", "rodilla_dia5.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"expediente": L(RECORD, MED), "qij": 5,
                                                "sipojik": L("leve", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tzij", headers=_h(rng, **b), body={
            "chi": {"biaj": L(SURGEON[0], NAMEC), "correo": L(SURGEON[1], MAIL)},
            "tzij": L("Day 5: the knee is still swollen and I can't bend it past 60 degrees, "
                      "should I keep the ice?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/muletas", headers=_h(rng, **b), body={
            "renta_dias": 21, "rajil": L(210, BUY), "deposito": L(300, BUY),
            "entrega": {"rachoch": L(HOME["line"], ADDR), "ramaj": "17:00"}}),
        case(f, f"{a}/v2/samaj/ejercicios", headers=_h(rng, **b), query={
            "expediente": L(RECORD, MED), "fase": "1"}),
        lines(f, f"{a}/v2/samaj/registro", [
            {"ejercicio": "cuadriceps-isometrico", "series": 3, "flexion_grados": L(55, MED),
             "expediente": L(RECORD, MED), "t": 1763510400},
            {"ejercicio": "elevacion-pierna", "series": 3, "qaxomal": L(3, MED),
             "expediente": L(RECORD, MED), "t": 1763596800}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/video/sala", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "joinToken": L(opaque(rng, "vs_", 36), CRED)}),
        inv,
        case(f, f"{a}/v2/seguro/reclamo", headers=_h(rng, **b), body={
            "poliza": L(POLICY, MED), "diagnostico": L("S83.2 desgarro de menisco", MED),
            "facturas": [L("FEL-A-88102", BUY), L("FEL-A-88317", BUY)],
            "rajil": L(19320, BUY), "reembolso_kaji": L("4444", PAY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "en_US")),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "sesion": rid(rng), "events": [
                ev("plan_visto", 1), ev("screen", 2, screen=L("Diario", USAGE))]}),
    ]


def qaxomal_sdks() -> list[Case]:
    rng = random.Random(23232)
    return [
        mq_batch(APP, rng, [("Plan Accepted", {"procedure": L("arthroscopy", MED)}),
                            ("Deposit Paid", {"amount": L(3700, BUY)})], locale="en_US"),
        mq_queue(APP, rng, [("Diary Entry", {"pain": L(4, MED)}),
                            ("Exercise Logged", {"sets": 3})]),
        tp_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=604),
        fj_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("knee-arthroscopy", MED)},
                hdr=True),
        pg_register(APP, rng, lang="en", tags={"clinic": CLINIC["id"]}),
        cc_check(APP, rng, {"analytics": True, "research": False}),
        pp_card(APP, rng, email=True),
        pp_confirm(APP, rng, "3700.00"),
        mf_geocode(APP, rng, "Clinica Ortopedica Santa Lucia", "behavior.search",
                   near=HOME_AT, nd=2),
        hh_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "informe_operatorio.pdf",
                  "application/pdf"),
    ]
