"""A women's wellness clinic app "Saludmujer" (Clinica Flor de Mayo in Tetuan: Pap smear, HPV
vaccine, follow-ups; its API's keys are Chavacano in ASCII with English loans: ``nombre``,
``apellido``, ``correo``, ``celular``, ``clave`` password, ``cumpleanos`` birth date, ``sexo``
(``mujer``), ``pasaporte``, ``direccion``, ``paciente`` patient number, ``historia`` history,
``ultima_regla`` last period, ``embarazada`` pregnant, ``anticonceptivo`` contraceptive,
``alergia``, ``remedio`` medicine, ``operacion`` operation, ``cita`` appointment, ``servicio``,
``resulta`` result, ``sintomas``, ``sangre`` bleeding, ``dolor`` pain, ``dosis``, ``marido``
husband, ``mensaje``, ``cantidad`` amount, ``tarjeta`` card): registration with her passport, an
OAuth password grant, ``/yo``, the history form (gzip), slots and a Pap smear booked, the fee, a
check-in with her fix, the queue by cookie GET, an HPV dose, the result by patient number in the
path, its acknowledgement, a colposcopy referral, an old US result (PDF), a message to the doctor,
a protobuf spotting diary, prescriptions, a pill reminder (msgpack), a video consult, sharing with
her husband, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DID,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families266_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HUSBAND,
    PASSPORT,
    PATIENT,
    PH_MOBILE,
    ZC_HOME,
    ZC_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families266_sdk import cz_batch, cz_queue, qb_session, rs_launch
from eval_families266_svc import (
    ap_check,
    as_attach,
    cp_register,
    mp_geocode,
    pg_card,
    pg_confirm,
    sn_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("saludmujer", "Saludmujer", "com.example.saludmujer", "2.6.0",
          "https://api.saludmujer.example.org")
IID = "X-SM-Install"
PW = "Flor.deMayo91"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
PREG = f"{SENS}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def saludmujer() -> list[Case]:
    rng = random.Random(26621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), paciente=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1769040000),
                (3, [(1, L(1, MED)), (2, L(0, MED)), (3, L("spotting", MED))]),
                (4, "2.6.0")], "", lab)
    res = at_path(case(f, f"{a}/v2/resultas/{PATIENT}/ultimo", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v2/pacientes", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "celular": L(PH_MOBILE, TEL), "clave": L(PW, CRED),
            "cumpleanos": L("17/05/1991", BIRTH), "sexo": L("mujer", GENDER),
            "pasaporte": L(PASSPORT, NID), "direccion": L(ZC_HOME["line"], ADDR),
            "paciente": L(PATIENT, MED), "como_ya_sabe": "amiga"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "saludmujer-android"}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/historia", gz=True, headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED), "ultima_regla": L("2026-01-05", MED),
            "ciclo_dias": L(29, MED), "embarazada": L(False, PREG),
            "anticonceptivo": L("pildora", MED), "alergia": [L("sulfa", MED)],
            "remedio": [L("metformin 500 mg", MED)], "operacion": [L("cesarea 2016", MED)],
            "fuma": L(False, MED),
            "familia": L("cancer de pecho el de mi nanay", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/citas/disponible", headers=_h(rng, **b), query={
            "clinica": CLINIC["id"], "servicio": L("pap_smear", MED), "fecha": "2026-01-24"}),
        case(f, f"{a}/v2/citas", headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED), "servicio": L("pap smear + pelvic exam", MED),
            "fecha": "2026-01-24", "hora": "09:30", "doctora": "dr_alano",
            "slot": obj(rng, "sl"),
            "nota": L("Tiene yo poco sangre despues del contacto", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/pagos", fmt="form", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "cantidad": L("1200.00", BUY), "moneda": "PHP",
            "tarjeta_ultimo": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "lugar": {"lat": cla, "lng": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/cola/estado", headers=_h(rng, how="none"),
             query={"clinica": CLINIC["id"]},
             cookies={"sm_sesion": L(opaque(rng, "", 40), CRED),
                      "sm_device": L(INSTALL_ID, DID), "sm_req": rid(rng)}),
        case(f, f"{a}/v2/vacuna/hpv", headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED), "dosis": L(2, MED), "vacuna": L("9vHPV", MED),
            "lote": "LT-HV2207-31", "brazo": "izquierdo", "fecha": "2026-01-24"}),
        res,
        case(f, f"{a}/v2/resultas/visto", fmt="form", headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED), "resulta": L("ASC-US, HPV positivo", MED),
            "visto": "1"}),
        case(f, f"{a}/v2/referido", headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED), "para": L("colposcopy", MED),
            "especialista": {"nombre": L("Dr. Ismael Tan", NAMEC)},
            "motivo": L("ASC-US con HPV de alto riesgo", MED), "urgente": False}),
        multipart(f, f"{a}/v2/documentos", [
            ("archivo", "pap_2023_ohio.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"paciente": L(PATIENT, MED),
                                                "tipo": "resulta_anterior"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mensajes", headers=_h(rng, **b), body={
            "para": {"nombre": L(DOCTOR[0], NAMEC), "correo": L(DOCTOR[1], MAIL)},
            "mensaje": L("Dra., ya sale el resulta, ASC-US daw. Necesita ba yo colposcopy? "
                         "Ta preocupa gayot yo.", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/diario", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/recetas", headers=_h(rng, **b), query={
            "paciente": L(PATIENT, MED), "activo": "true"}),
        case(f, f"{a}/v2/recordatorio", fmt="msgpack", headers=_h(rng, **b), body={
            "remedio": L("pildora anticonceptivo", MED), "hora": "21:00",
            "dias": ["lun", "mar", "mie", "jue", "vie", "sab", "dom"], "activo": True}),
        case(f, f"{a}/v2/video/sala", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "token_sala": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/v2/compartir", headers=_h(rng, **b), body={
            "paciente": L(PATIENT, MED),
            "con": {"marido": L(HUSBAND[0], NAMEC), "celular": L(HUSBAND[1], TEL)},
            "alcance": ["citas", "pagos"]}),
        case(f, f"{a}/v2/dispositivos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("cita_hecho", 1), ev("pantalla", 2, pantalla=L("MisResultas", USAGE))]}),
    ]


def saludmujer_sdks() -> list[Case]:
    rng = random.Random(26622)
    return [
        cz_batch(APP, rng, [("Appointment Booked", {"service": L("pap_smear", MED)}),
                            ("Fee Paid", {"amount": L(1200, BUY)})]),
        cz_queue(APP, rng, [("Diary Entry", {"bleeding": L(1, MED)}),
                            ("Result Viewed", {"screen": "MisResultas"})]),
        rs_launch(APP, rng, first=True, user=True),
        qb_session(APP, rng, secs=274),
        sn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("cervical_screening", MED)},
                hdr=True),
        cp_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ap_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Clinica Flor de Mayo Tetuan", "behavior.search",
                   near=ZC_HOME_AT, nd=2),
        as_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "colposcopy_referral.pdf",
                  "application/pdf"),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "1200.00"),
    ]
