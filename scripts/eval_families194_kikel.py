"""A vein clinic's patient app "Kiikel Bej" (blood road: a vein; her varicose veins treated with
foam sclerotherapy in Merida; keys in maaya t'aan ASCII with medical words in Spanish:
``kiikel`` blood, ``ook`` leg, ``kiinam`` pain, ``sipil`` swelling (coinage), ``tsaak``
medicine, ``tsakyaj`` doctor, ``kojaanil`` illness/symptoms, ``yaan_u_paal`` pregnant,
``expediente`` chart number, ``poliza`` insurance policy, ``ceap`` the vein class, ``medias``
compression stockings, ``aalil`` weight, ``chowakil`` height, ``xiimbal`` walking (steps),
``yaax_kaaba``/``tsook_kaaba`` first name/surname, ``koreo``, ``telefono``, ``kiinil_siijil``
birth date, ``xiib_koolel`` sex, ``curp``, ``rfc``, ``kaat`` booking/order, ``tojol`` price,
``taakin`` amount, ``bool`` payment, ``tsook_kantul`` last four, ``tuux_yaan`` where she is,
``oochel`` photo, ``tsiib`` text, ``ti`` to, ``laaktsil`` family, ``beetil`` events, ``teen``
me). Sign-up with her CURP and policy, an SMS log-in, ``/teen`` with her chart number, the
intake questionnaire (gzip), leg photos, the Doppler report (PDF), the plan, accepting it, a
deposit, the session booked, a check-in with her fix, a protobuf symptom diary, stockings by
measurement (msgpack), a message to the angiologist, steps synced, sharing with her husband,
invoices by chart number in the path, an insurance claim, a video consult, push, events and a
log-out. New kind: a docstring grep for "varicose" and "vein" matched nothing."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    BIRTH,
    BUY,
    CLINIC,
    CLINIC_FIX,
    COARSE,
    CRED,
    DOCTOR,
    FIT,
    GENDER,
    HOME,
    HOME_AT,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    MY_CURP,
    MY_RFC,
    NAMEC,
    NID,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families194_sdk import cc_session, mk_batch, mk_queue, tu_launch
from eval_families194_svc import cx_check, fp_eval, ha_attach, mx_geocode, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("kiikelbej", "Kiikel Bej", "com.example.kiikelbej", "2.2.7",
          "https://api.kiikelbej.example.net")
IID = "X-KB-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
CHART = "CVS-2026-01187"  # her chart number (health.medical, as set 151's dental chart)
POLICY = "GMM-7730045128-01"  # her medical-expenses policy (health.medical, as set 37's member ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def kiikelbej() -> list[Case]:
    rng = random.Random(19471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koreo=L(EMAIL, MAIL), expediente=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1769000000),
                (3, [(1, L(3, MED)), (2, L("leve", MED)), (3, L("sin moreton", MED))]),
                (4, L(7412, FIT)), (5, "2.2.7")], "", lab)
    inv = at_path(case(f, f"{a}/v2/pacientes/{CHART}/facturas", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v2/pacientes", headers=_h(rng), body={
            "yaax_kaaba": L(FIRST, NAMEC), "tsook_kaaba": L(LAST, NAMEC),
            "koreo": L(EMAIL, MAIL), "telefono": L(E164, TEL), "kiinil_siijil": L(DOB, BIRTH),
            "xiib_koolel": L("koolel", GENDER), "curp": L(MY_CURP, NID),
            "aseguradora": "Seguros Ejemplo", "poliza": L(POLICY, MED)}),
        case(f, f"{a}/v2/ookol/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "kodigo": L("390266", CRED)}),
        case(f, f"{a}/v2/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kojaanil", gz=True, headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "ook_aal": L(True, MED), "calambres": L(True, MED),
            "kiinam": L(6, MED), "yaan_u_paal": L(False, MED),
            "tsaak": [L("anticonceptivo oral", MED)], "trombosis_previa": L(False, MED),
            "u_na_yaan": L("varices", MED), "horas_de_pie": L(7, MED),
            "aalil": L(61, FIT), "chowakil": L(168, FIT)}),
        multipart(f, f"{a}/v2/oochel", [
            ("oochel", "ook_tsiik.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"expediente": L(CHART, MED),
                                                "ook": L("tsiik, pantorrilla", MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/estudios", [
            ("pdf", "doppler_venoso.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"expediente": L(CHART, MED),
                                                "ceap": L("C2s", MED), "tipo": "doppler"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/plan", headers=_h(rng, **b), query={"expediente": L(CHART, MED)}),
        case(f, f"{a}/v2/plan/aceptar", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED),
            "procedimiento": L("escleroterapia con espuma, safena menor", MED),
            "sesiones": 3, "tojol": L(12600, BUY), "moneda": "MXN"}),
        case(f, f"{a}/v2/bool", fmt="form", headers=_h(rng, **b), body={
            "taakin": L("4200", BUY), "moneda": "MXN", "tsook_kantul": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "expediente": L(CHART, MED)}),
        case(f, f"{a}/v2/kaat", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "tipo": L("escleroterapia sesion 1", MED),
            "kiin": "2026-01-27T09:30", "consultorio": "c3", "tsakyaj": "dr_euan"}),
        case(f, f"{a}/v2/kuchul", headers=_h(rng, **b), body={
            "kaat": obj(rng, "ap"), "tuux_yaan": {"lat": cla, "lon": clo},
            "clinica": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/diario", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/medias", fmt="msgpack", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "compresion": L("20-30 mmHg", MED),
            "tobillo_cm": L(22, FIT), "pantorrilla_cm": L(35, FIT), "largo": "AD",
            "tojol": L(1450, BUY), "kaat": L("KB-MD-2291", BUY)}),
        case(f, f"{a}/v2/tsikbal", headers=_h(rng, **b), body={
            "ti": {"kaaba": L(DOCTOR[0], NAMEC), "koreo": L(DOCTOR[1], MAIL)},
            "tsiib": L("Yaan jump'eel moreton nojoch tu'ux tu ts'ao'ob le inyeccion, "
                       "normal wa?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/xiimbal", headers=_h(rng, **b), body={
            "fuente": "health_connect", "kiinoob": [
                {"kiin": "2026-01-28", "pasos": L(6120, FIT)},
                {"kiin": "2026-01-29", "pasos": L(8034, FIT)}]}),
        case(f, f"{a}/v2/compartir", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED),
            "laaktsil": {"kaaba": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)},
            "permisos": ["citas", "facturas"]}),
        inv,
        case(f, f"{a}/v2/reembolso", headers=_h(rng, **b), body={
            "poliza": L(POLICY, MED), "taakin": L(12600, BUY), "rfc": L(MY_RFC, NID),
            "cp": L(HOME["cp"], COARSE), "diagnostico": L("I83.9 varices miembros inferiores",
                                                           MED)}),
        case(f, f"{a}/v2/video", headers=_h(rng, **b), body={
            "kaat": obj(rng, "ap"), "sala_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/beetil", headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "session": rid(rng), "beetil": [
                ev("plan_ilaan", 1), ev("pantalla", 2, pantalla=L("Diario", USAGE))]}),
        case(f, f"{a}/v2/jookol", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kiikelbej_sdks() -> list[Case]:
    rng = random.Random(19472)
    return [
        mk_batch(APP, rng, [("Plan Accepted", {"sessions": 3}),
                            ("Deposit Paid", {"amount": L(4200, BUY)})]),
        mk_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Photo Uploaded", {"leg": "left"})]),
        tu_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=505),
        fp_eval(APP, rng, {"clinica": CLINIC["id"], "programa": L("escleroterapia", MED)},
                hdr=True),
        ps_register(APP, rng, lang="es", tags={"clinica": CLINIC["id"]}),
        cx_check(APP, rng, {"analytics": True, "research": False}),
        mx_geocode(APP, rng, CLINIC["name"], SEARCH, near=HOME_AT, nd=2),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "receta_medias.pdf", "application/pdf"),
    ]
