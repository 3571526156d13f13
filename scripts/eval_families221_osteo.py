"""An osteopathy and physiotherapy clinic's app "Llombu" (Oviedo; her lumbar disc herniation and
sciatica; its API's keys are Asturian, ASCII-folded snake_case: ``nome``, ``apellidos``,
``correu``, ``movil``, ``contrasena``, ``fecha_nacencia``, ``sexu``, ``documentu``,
``direicion``, ``conceyu``, ``mutua`` health insurer, ``numberu_socia`` member number,
``historia`` clinical history, ``dolor`` pain, ``zona`` area, ``intensida`` intensity,
``irradia`` radiates, ``diagnosticu`` diagnosis, ``melecines`` medicines, ``embarazu``
pregnancy, ``resonancia`` MRI, ``cita`` appointment, ``tratamientu`` treatment, ``terapeuta``
therapist, ``bonu`` session pack, ``importe``, ``pagu``, ``posicion``, ``llatitu`` /
``llonxitu``, ``diariu`` diary, ``exercicios`` exercises, ``semeya`` photo, ``mensaxe``,
``autorizacion`` authorisation, ``pasos`` steps, ``pulsu`` pulse, ``firma`` signature,
``compartir`` share): sign-up with her insurer's number, a log-in, ``/mio``, the pain
questionnaire (gzip), the MRI report (PDF), free slots, a booking, a session pack paid, a
check-in with her fix, a protobuf pain diary, home exercises (msgpack), a posture photo, a
message to her osteopath, the insurer's authorisation, invoices by clinical history number in the
path, a video consult, steps and resting pulse from her watch, the consent signature, sharing
with her husband, documents by cookie, push and events."""

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
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families221_kit import (
    GJ_HOME,
    GJ_HOME_AT,
    HISTORY,
    HUSBAND,
    INSURER_NO,
    NIE,
    OSTEO,
    OSTEO_FIX,
    THERAPIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import ax_launch, cp_batch, cp_queue, fa_session
from eval_families221_svc import (
    av_register,
    bd_eval,
    ch_attach,
    cs_check,
    mp_geocode,
    pg_card,
    pg_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("llombu", "Llombu", "com.example.llombu", "2.0.6", "https://api.llombu.example.net")
IID = "X-Llombu-Preseu"
PW = "Uvieu!Llombu91"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def llombu() -> list[Case]:
    rng = random.Random(22141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu=L(EMAIL, MAIL), historia=L(HISTORY, MED)))}
    ola, olo = fix(OSTEO_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(HISTORY, MED)), (2, 1768608000),
                (3, [(1, L(6, MED)), (2, L("ciática esquierda", MED)),
                     (3, L("ibuprofeno 600 mg", MED))]), (4, "2.0.6")], "", lab)
    inv = at_path(case(f, f"{a}/api/pacientes/{HISTORY}/factures", headers=_h(rng, **b)),
                  HISTORY, MED)
    return [
        case(f, f"{a}/api/pacientes", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellidos": L(LAST, NAMEC), "correu": L(EMAIL, MAIL),
            "movil": L(E164, TEL), "contrasena": L(PW, CRED), "fecha_nacencia": L(DOB, BIRTH),
            "sexu": L("muyer", GENDER), "documentu": L(NIE, NID),
            "direicion": L(GJ_HOME["line"], ADDR), "conceyu": L(GJ_HOME["town"], COARSE),
            "mutua": {"compania": "mutua_11", "numberu_socia": L(INSURER_NO, MED)},
            "comunicaciones": False}),
        case(f, f"{a}/api/aniciar", fmt="form", headers=_h(rng), body={
            "correu": L(EMAIL_UPPER, MAIL), "contrasena": L(PW, CRED)}),
        case(f, f"{a}/api/mio", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/anamnesis", gz=True, headers=_h(rng, **b), body={
            "historia": L(HISTORY, MED), "dolor": {
                "zona": L("llumbar", MED), "intensida": L(7, MED), "dende": L("2025-10", MED),
                "irradia": L("pierna esquierda hasta'l nocyu", MED)},
            "diagnosticu_previu": L("hernia discal L4-L5", MED),
            "melecines": [L("ibuprofeno 600 mg", MED), L("metamizol 575 mg", MED)],
            "operaciones": [], "embarazu": L(False, MED), "fuma": L(False, MED),
            "trabayu": "profesora"}),
        multipart(f, f"{a}/api/resonancia", [
            ("informe", "rm_llumbar.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"historia": L(HISTORY, MED),
                                                "fecha": L("2025-12-02", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cites/llibres", headers=_h(rng, **b), query={
            "centru": OSTEO["id"], "selmana": "2026-W04", "terapeuta": "tp_xandra"}),
        case(f, f"{a}/api/cites", headers=_h(rng, **b), body={
            "centru": OSTEO["id"], "terapeuta": "tp_xandra", "fecha": "2026-01-21T18:30",
            "tratamientu": L("osteopatía estructural llumbar", MED), "preciu": L(45, BUY),
            "historia": L(HISTORY, MED), "cabina": "c2"}),
        case(f, f"{a}/api/bonos/pagu", fmt="form", headers=_h(rng, **b), body={
            "bonu": "5_sesiones", "importe": L("175.00", BUY), "moneda": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "caberos_cuatro": L("4444", PAY)}),
        case(f, f"{a}/api/cites/entrada", headers=_h(rng, **b), body={
            "cita": obj(rng, "ci"), "posicion": {"llatitu": ola, "llonxitu": olo},
            "centru": {"id": OSTEO["id"], "llatitu": OSTEO["lat"], "llonxitu": OSTEO["lon"]}}),
        raw(f, f"{a}/api/diariu", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/exercicios/progresu", fmt="msgpack", headers=_h(rng, **b), body={
            "historia": L(HISTORY, MED), "plan": "pl_core_03",
            "exercicios": [{"id": "ex_gatu_camellu", "repeticiones": 10},
                           {"id": "ex_puente", "repeticiones": 12},
                           {"id": "ex_mckenzie", "repeticiones": 8}],
            "dolor_dempues": L(4, MED)}),
        multipart(f, f"{a}/api/semeyes/postura", [
            ("semeya", "postura_llateral.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"historia": L(HISTORY, MED),
                                                "vista": "llateral"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mensaxes", headers=_h(rng, **b), body={
            "pa": {"nome": L(THERAPIST[0], NAMEC), "correu": L(THERAPIST[1], MAIL)},
            "mensaxe": L("Dempués de la sesión del martes dormí meyor, pero pela mañana sigo "
                         "col formiguiu na pierna.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/mutua/autorizacion", headers=_h(rng, **b), body={
            "numberu_socia": L(INSURER_NO, MED), "historia": L(HISTORY, MED),
            "diagnosticu": L("lumbociática L4-L5", MED), "sesiones": 10,
            "volante": "VL-2601-33871"}),
        inv,
        case(f, f"{a}/api/video/sales", headers=_h(rng, **b), body={
            "cita": obj(rng, "ci"), "token_sala": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/reloxu/sync", headers=_h(rng, **b), body={
            "historia": L(HISTORY, MED), "fonte": "wear_os",
            "pasos": [L(4120, FIT), L(6388, FIT), L(2904, FIT)],
            "pulsu_reposu": L(64, FIT), "dies": ["2026-01-15", "2026-01-16", "2026-01-17"]}),
        multipart(f, f"{a}/api/consentimientu", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {"historia": L(HISTORY, MED),
                                                "formulariu": "osteo_v3",
                                                "firmante": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/compartir", headers=_h(rng, **b), body={
            "historia": L(HISTORY, MED), "con": {"nome": L(HUSBAND[0], NAMEC),
                                                 "movil": L(HUSBAND[1], TEL)},
            "alcance": ["cites", "factures"]}),
        case(f, f"{a}/api/documentos", headers=_h(rng, how="none"), cookies={
            "ll_sesion": L(opaque(rng, "", 40), CRED), "ll_preseu": L(INSTALL_ID, DID),
            "ll_req": rid(rng)}),
        case(f, f"{a}/api/preseos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("plan_vistu", 1), ev("pantalla", 2, pantalla=L("Exercicios", USAGE))]}),
    ]


def llombu_sdks() -> list[Case]:
    rng = random.Random(22142)
    return [
        cp_batch(APP, rng, [("Appointment Booked", {"treatment": L("lumbar", MED)}),
                            ("Pack Paid", {"amount": L(175, BUY)})]),
        cp_queue(APP, rng, [("Exercise Done", {"pain_after": L(4, MED)}),
                            ("Diary Entry", {})]),
        ax_launch(APP, rng, first=True, user=True),
        fa_session(APP, rng, secs=388),
        bd_eval(APP, rng, {"centru": OSTEO["id"], "programa": L("llumbar", MED)}, hdr=True),
        av_register(APP, rng, tags={"centru": OSTEO["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Centru Llombu Osteopatía Uviéu", SEARCH, near=GJ_HOME_AT, nd=2),
        ch_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "informe_rm.pdf", "application/pdf"),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "175.00"),
    ]
