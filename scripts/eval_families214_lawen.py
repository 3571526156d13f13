"""An intercultural family health centre's app "Lawentuwe" (lawentuwe: a place of healing; a
fictional public CESFAM in Padre Las Casas with a Mapuche-medicine programme: a lawentuchefe
(herbalist) and a visiting machi beside the chronic-disease programme). She is in the
cardiovascular programme (hypertension, prediabetes) and sleeps badly. Its API's keys are
Mapudungun (Unificado, ASCII-folded) with Spanish clinical words (``ficha`` record, ``hora``
appointment slot): ``uy`` name, ``kupalme`` surname, ``nutramkawe`` phone, ``run`` RUN,
``llegun_antu`` birth date, ``domo_wentru`` sex, ``ruka`` house, ``waria`` town, ``kutran``
illness, ``lawen`` medicine/remedy, ``mollfun_newen`` blood pressure (lit. blood strength),
``kochu_mollfun`` blood glucose (lit. sweet blood), ``fanen`` weight, ``pewma`` dream,
``umautulan`` "I cannot sleep", ``trapum`` appointment (lit. gathering), ``machi`` healer,
``lawentuchefe`` herbalist, ``futa`` husband, ``nutram`` message, ``kintun``
search, ``adentun`` photo/document, ``chew`` where, ``pikun``/``puel`` latitude/longitude,
``ngellipun`` prayer, ``femun`` events: registration, an SMS code, ``/inche``, the health
questionnaire (gzip), a protobuf reading from the programme's cuff, a home pressure log, slots, a
lawentuchefe appointment, a machi consultation note (a dream), a check-in with her fix, the
pharmacy pick-up, the herbal remedies, lab results (PDF), a video consult, a message to the nurse,
sharing with her husband, the record by number in the path, appointments by cookie, a search, push,
events and a log-out (``tripan``). Earlier sets have a Xhosa healer (155), Chinese medicine (64)
and chronic medication pick-up; this is a public primary-care centre combining both systems."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    CESFAM,
    CESFAM_FIX,
    FICHA,
    HOME,
    HOME_AT,
    HUSBAND,
    RUN,
    fix,
    hd,
    obj,
    push,
)
from eval_families214_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families214_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lawentuwe", "Lawentuwe", "com.example.lawentuwe", "5.0.2",
          "https://api.lawentuwe.example.net")
IID = "X-LW-Install"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def lawentuwe() -> list[Case]:
    rng = random.Random(21441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ficha=L(FICHA, MED)))}
    cla, clo = fix(CESFAM_FIX, 5)
    lab: dict[str, str] = {}
    cuff = pb([(1, L(FICHA, MED)), (2, 1768300000),
               (3, [(1, L(148, MED)), (2, L(94, MED)), (3, L(81, FIT))]), (4, "2.2.0")], "", lab)
    rec = at_path(case(f, f"{a}/v3/ficha/{FICHA}/resumen", headers=_h(rng, **b)), FICHA, MED)
    return [
        case(f, f"{a}/v3/che", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nutramkawe": L(E164, TEL), "run": L(RUN, NID), "llegun_antu": L(DOB, BIRTH),
            "domo_wentru": L("domo", GENDER), "prevision": "FONASA", "tramo": "B",
            "ruka": L(HOME["line"], ADDR), "waria": L(HOME["town"], COARSE),
            "cesfam": CESFAM["id"]}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "nutramkawe": L(E164, TEL), "codigo": L("913370", CRED)}),
        case(f, f"{a}/v3/inche", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/cuestionario", gz=True, headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "kutran": [L("hipertension", MED), L("prediabetes", MED)],
            "lawen": [L("losartan 50 mg", MED), L("metformina 850 mg", MED)],
            "alergias": [L("sulfas", MED)], "fuma": L(False, MED),
            "embarazo": L(False, f"{MED}|{SENS}"), "fanen": L(71.5, FIT),
            "altura_cm": L(164, FIT)}),
        raw(f, f"{a}/v3/mollfun_newen/cuff", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/mollfun_newen", headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "registros": [
                {"t": "2026-01-12T08:10", "sis": L(142, MED), "dia": L(91, MED)},
                {"t": "2026-01-13T08:05", "sis": L(151, MED), "dia": L(96, MED)}],
            "kochu_mollfun": L(112, MED), "fanen": L(71.2, FIT)}),
        case(f, f"{a}/v3/horas", headers=_h(rng, **b), query={
            "cesfam": CESFAM["id"], "tipo": L("lawentuchefe", MED), "semana": "2026-W04"}),
        case(f, f"{a}/v3/trapum", headers=_h(rng, **b), body={
            "hora": obj(rng, "hr"), "tipo": L("lawentuchefe", MED), "ficha": L(FICHA, MED),
            "motivo": L("umautulan hace tres semanas", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/machi/nota", headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "trapum": obj(rng, "tp"),
            "pewma": L("Sueño con agua que sube por la casa y mi suegra me llama",
                       f"{TEXT}|{MED}|{SENS}"), "acepta_ngellipun": L(True, SENS)}),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "trapum": obj(rng, "tp"), "chew": {"pikun": cla, "puel": clo},
            "cesfam": {"id": CESFAM["id"], "pikun": CESFAM["lat"], "puel": CESFAM["lon"]}}),
        case(f, f"{a}/v3/farmacia/retiro", fmt="form", headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "lawen": L("losartan 50 mg x30", MED),
            "retira": L(HUSBAND[0], NAMEC), "retira_run": L(HUSBAND[2], NID)}),
        case(f, f"{a}/v3/lawen/hierbas", headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "lawen": [L("natre", MED), L("toronjil cuyano", MED),
                                             L("foye (canelo)", MED)],
            "indicacion": L("agua de natre en la noche por 10 dias", MED)}),
        multipart(f, f"{a}/v3/examenes", [
            ("adentun", "hba1c_enero.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ficha": L(FICHA, MED), "tipo": L("HbA1c", MED),
                                                "valor": L(6.1, MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/video/sala", headers=_h(rng, **b), body={
            "trapum": obj(rng, "tp"), "joinToken": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/v3/nutram", headers=_h(rng, **b), body={
            "iney": "enfermera_pscv",
            "nutram": L("Señorita, con el natre duermo mejor pero la presión sigue en 150",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/compartir", headers=_h(rng, **b), body={
            "ficha": L(FICHA, MED), "futa": {"uy": L(HUSBAND[0], NAMEC),
                                             "nutramkawe": L(HUSBAND[1], TEL)},
            "alcance": ["horas", "farmacia"]}),
        rec,
        case(f, f"{a}/v3/horas/mias", headers=_h(rng, how="none"), cookies={
            "lw_sesion": L(opaque(rng, "", 40), CRED), "lw_install": L(INSTALL_ID, DID),
            "lw_req": rid(rng)}),
        case(f, f"{a}/v3/kintun", headers=_h(rng, **b), query={
            "kintun": L("para que sirve el natre", SEARCH)}),
        case(f, f"{a}/v3/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/femun", headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "sesion": rid(rng), "femun": [
                ev("registro_presion", 1), ev("screen", 2, screen=L("Lawen", USAGE))]}),
        case(f, f"{a}/v3/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "install": L(INSTALL_ID, DID)}),
    ]


def lawentuwe_sdks() -> list[Case]:
    rng = random.Random(21442)
    return [
        mc_batch(APP, rng, [("Reading Logged", {"program": L("pscv", MED)}),
                            ("Appointment Booked", {"kind": L("lawentuchefe", MED)})],
                 locale="es_CL"),
        mc_queue(APP, rng, [("Reading Logged", {"sys": L(151, MED)}),
                            ("Lab Uploaded", {"pages": 1})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"cesfam": CESFAM["id"], "program": L("cardiovascular", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"cesfam": CESFAM["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "CESFAM Intercultural Lawentuwe", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "receta_losartan.pdf", "application/pdf"),
    ]
