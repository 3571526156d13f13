"""An IV-therapy clinic's patient app "Xurhijkua Suero" (``xurhijkua`` cure, medicine; a
sueroterapia clinic in Uruapan where she gets intravenous iron for iron-deficiency anaemia; her own
health data). Keys are P'urhépecha, ASCII-folded, with loans and English API words: ``arhikua``
first name, ``apeyidu`` surname (loan), ``telefunu`` phone, ``nip`` PIN, ``tsipekua_jurhiata``
birth date (a coinage: "life day"), ``sexu`` sex (``uarhiti`` woman), ``ireta`` town,
``pamenchakua`` illness, pain, ``xurhijkua`` medicine, ``xurhijki`` doctor, ``mintsita`` heart,
``alerjia`` allergy (loan), ``embarasu`` pregnancy (loan), ``presion`` blood pressure (loan),
``kilu`` weight (loan), ``tumina`` money, ``intskua`` payment, ``jurhiata`` day, ``uandakua``
message, ``achati`` husband, ``karakata`` paper (invoice), ``expediente`` file (loan): sign-up
with her CURP, a log-in, ``/me``, the medical questionnaire (gzip), her lab results (PDF and
values), the plan, an infusion booked and paid, check-in at the clinic, vitals (msgpack), a
protobuf infusion log, a reaction report, a message to the doctor, prescriptions, a video consult,
sharing with her husband, invoices by file number in the path, a CFDI request, a five-session
package, medicine reminders, push and events. No earlier set has an IV-drip clinic ("IV drip",
"vitamin drip" and "IV iron" matched nothing; sets 41 and 76 book an iron infusion inside an IBD
diary)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families228_kit import (
    CLINIC,
    CLINIC_FIX,
    CURP,
    EXPEDIENTE,
    HOME_AT,
    HUSBAND,
    RFC,
    fix,
    hd,
    obj,
    push,
)
from eval_families228_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families228_svc import (
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("xurhijkua", "Xurhijkua Suero", "com.example.xurhijkua", "2.2.5",
          "https://api.xurhijkua.example.org")
IID = "X-XS-Install"
NIP = "917305"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
DOCTOR = ("Dra. Itzel Morales Zamudio", "itzel.morales@suerocupatitzio.example.org")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def suero() -> list[Case]:
    rng = random.Random(22831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), expediente=L(EXPEDIENTE, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    log = pb([(1, L(EXPEDIENTE, MED)), (2, 1774540800),
              (3, [(1, L("hierro sacarosa 200 mg", MED)), (2, L(42, MED)),
                   (3, L("prurito leve", MED))]),
              (4, "2.2.5")], "", lab)
    inv = at_path(case(f, f"{a}/v1/expedientes/{EXPEDIENTE}/karakata", headers=_h(rng, **b)),
                  EXPEDIENTE, MED)
    return [
        case(f, f"{a}/v1/pacientes", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "nip": L(NIP, CRED), "tsipekua_jurhiata": L(DOB, BIRTH),
            "sexu": L("uarhiti", GENDER), "curp": L(CURP, NID), "ireta": L("Paracho", COARSE),
            "idioma": "es"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "nip": L(NIP, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cuestionario", gz=True, headers=_h(rng, **b), body={
            "expediente": L(EXPEDIENTE, MED),
            "pamenchakua": [L("anemia ferropénica", MED), L("migraña", MED)],
            "xurhijkua": [L("sulfato ferroso 325 mg", MED), L("sumatriptán 50 mg", MED)],
            "alerjia": [L("medio de contraste yodado", MED)], "embarasu": L(False, MED),
            "lactancia": L(False, MED), "mintsita": L("palpitaciones al subir escaleras", MED),
            "reglas_abundantes": L(True, MED), "fuma": L(False, MED)}),
        multipart(f, f"{a}/v1/laboratorios", [
            ("pdf", "biometria_ferritina.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "expediente": L(EXPEDIENTE, MED), "hemoglobina": L(10.1, MED),
                "ferritina": L(8, MED), "laboratorio": "lab_upn_03",
                "jurhiata": "2026-03-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/planes/actual", headers=_h(rng, **b), query={
            "expediente": L(EXPEDIENTE, MED)}),
        case(f, f"{a}/v1/citas", headers=_h(rng, **b), body={
            "expediente": L(EXPEDIENTE, MED), "tratamiento": L("hierro intravenoso", MED),
            "jurhiata": "2026-03-26T09:30", "sillon": "sl_03", "clinica": CLINIC["id"],
            "tumina": L(2350, BUY)}),
        case(f, f"{a}/v1/intskua", fmt="form", headers=_h(rng, **b), body={
            "tumina": L("2350.00", BUY), "moneda": "MXN", "ultimos4": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "cita": obj(rng, "ct")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "ubicacion": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/signos", fmt="msgpack", headers=_h(rng, **b), body={
            "expediente": L(EXPEDIENTE, MED), "presion": L("104/68", MED),
            "pulsu": L(88, FIT), "temperatura": L(36.6, MED), "kilu": L(61.5, FIT),
            "sillon": "sl_03", "enfermera": "enf_017"}),
        raw(f, f"{a}/v1/infusion/bitacora", log, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reacciones", headers=_h(rng, **b), body={
            "expediente": L(EXPEDIENTE, MED),
            "uandakua": L("Sentí comezón en el brazo y un poco de mareo al final del suero.",
                          f"{TEXT}|{MED}"), "severidad": L("leve", MED)}),
        case(f, f"{a}/v1/uandakua", headers=_h(rng, **b), body={
            "xurhijki": {"arhikua": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "uandakua": L("Doctora, ¿puedo tomar el sulfato ferroso el mismo día de la infusión?",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/recetas", headers=_h(rng, **b), query={
            "expediente": L(EXPEDIENTE, MED), "vigentes": "true"}),
        case(f, f"{a}/v1/video/salas", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "token_sala": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/v1/compartir", headers=_h(rng, **b), body={
            "expediente": L(EXPEDIENTE, MED), "achati": {"arhikua": L(HUSBAND[0], NAMEC),
                                                       "telefunu": L(HUSBAND[1], TEL)},
            "alcance": ["citas", "karakata"]}),
        inv,
        case(f, f"{a}/v1/karakata/cfdi", fmt="form", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "regimen": "612", "email": L(EMAIL, MAIL),
            "tumina": L("2350.00", BUY), "uso": "D01"}),
        case(f, f"{a}/v1/paquetes", headers=_h(rng, **b), body={
            "paquete": L("hierro IV x5", MED), "sesiones": 5, "tumina": L(10500, BUY),
            "expediente": L(EXPEDIENTE, MED)}),
        case(f, f"{a}/v1/recordatorios", headers=_h(rng, **b), body={
            "xurhijkua": L("sulfato ferroso 325 mg", MED), "ora": "08:00", "dias": 30}),
        case(f, f"{a}/v1/dispositivos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "kuiripu": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("cita_reservada", 1), ev("pantalla", 2, pantalla=L("Laboratorios", USAGE))]}),
    ]


def suero_sdks() -> list[Case]:
    rng = random.Random(22832)
    return [
        mc_batch(APP, rng, [("Appointment Booked", {"therapy": L("iron IV", MED)}),
                            ("Payment Done", {"amount": L(2350, BUY)})]),
        mc_queue(APP, rng, [("Reaction Logged", {"severity": L("mild", MED)}),
                            ("Reminder Set", {"days": 30})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("iron", MED)}, hdr=True),
        pt_register(APP, rng, lang="es", tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Clínica Suero Cupatitzio Uruapan", "behavior.search",
                   near=HOME_AT, nd=2),
        mm_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((CLINIC["lat"], CLINIC["lon"]), None)]),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ferritina_marzo.pdf", "application/pdf"),
    ]
