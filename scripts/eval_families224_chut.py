"""A private digestive clinic's colorectal-screening app "Lekil Chut" (``lekil`` good, ``chut``
belly; the Clinica Digestiva Los Altos in San Cristobal: her faecal immunochemical test came back
positive, so she has a screening colonoscopy under sedation, a small polyp removed and its
pathology). Its API's keys are Tzotzil in ASCII (glottal apostrophes dropped) with the Spanish
medical loans the clinic's staff use and English where APIs keep it: ``sbi`` first name,
``slajeb_sbi`` surname (lit. "the last of the name"), ``koponob`` phone (from k'opon, to speak
to someone), ``mukul_kop`` password (lit. "hidden word"), ``svokel`` birth (date), ``antz_vinik``
sex (``antz`` woman), ``yav_snaj`` address (lit. "the place of her house"), ``jteklum`` town,
``expediente`` record number, ``chamel`` illness, ``poxil`` medicine, ``kux`` pain, ``chich``
blood, ``sta`` stool, ``vayel`` sleep (sedation), ``chiuk`` companion (lit. "with"),
``stsib_sbi`` signature (lit. "the writing of her name"), ``takbil_kop`` message (lit. "sent
word"), ``takin`` amount, ``tojel`` payment, ``skakalil`` date, ``ora`` hour, ``lokol`` image,
``skelobil`` results (lit. "what was seen"), ``spasel`` events (lit. "what was done"): sign-up, a
log-in, ``/me``, the positive FIT result, the medical questionnaire (msgpack), the colonoscopy
booked with her husband as escort, the deposit, the bowel-prep kit ordered to her house, the
prep diary (protobuf), the consent signature, a check-in at the clinic, the post-procedure
symptoms, her earlier US report uploaded (PDF), a message to the doctor, the results by record
number in the path, the pathology, the follow-up, the tax invoice (her RFC), push, events and a
log-out. No earlier set has colorectal screening (a docstring and file-name grep: "colonoscop",
"colorectal", "faecal"/"fecal" nothing; set 193's gastro clinic is an upper gastroscopy and
H. pylori, set 41 an IBD diary)."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families224_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    CURP,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    RFC,
    fix,
    hd,
    obj,
    push,
)
from eval_families224_sdk import ck_session, mj_batch, mj_queue, th_launch
from eval_families224_svc import (
    cn_check,
    fj_eval,
    hk_attach,
    mp_geocode,
    pj_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lekilchut", "Lekil Chut", "com.example.lekilchut", "3.4.1",
          "https://api.lekilchut.example.com")
IID = "X-LC-Dispositivo"
PW = "Huitepec#2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def lekilchut() -> list[Case]:
    rng = random.Random(22411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), expediente=L(CHART, MED),
                                    rol="paciente"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1770681600),
                (3, [(1, L(2, MED)), (2, L("transparente", MED)), (3, L(True, MED))]),
                (4, [(1, L(1, MED)), (2, L("nausea leve", MED))]), (5, "3.4.1")], "", lab)
    res = at_path(case(f, f"{a}/api/v1/expediente/{CHART}/skelobil", headers=_h(rng, **b),
                       query={"estudio": "colonoscopia"}), CHART, MED)
    return [
        case(f, f"{a}/api/v1/tsibael", headers=_h(rng), body={
            "sbi": L(FIRST, NAMEC), "slajeb_sbi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "koponob": L(E164, TEL), "mukul_kop": L(PW, CRED), "svokel": L(DOB, BIRTH),
            "antz_vinik": L("antz", GENDER), "curp": L(CURP, NID),
            "yav_snaj": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE),
            "jteklum": L(HOME["town"], COARSE), "cp": L(HOME["cp"], COARSE),
            "expediente": L(CHART, MED), "skop": L("en", DEV), "aviso_privacidad": True}),
        case(f, f"{a}/api/v1/ochel", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "mukul_kop": L(PW, CRED), "kuxul": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/prueba/fit", gz=True, headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "prueba": L("FIT inmunoquimica", MED),
            "skelobil": L("positivo, 142 ng/mL", MED), "skakalil": "2026-01-19",
            "laboratorio": "lab_jobel_03", "folio_lab": obj(rng, "fl")}),
        case(f, f"{a}/api/v1/chamel/cuestionario", fmt="msgpack", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED),
            "poxil": [L("losartan 50 mg", MED), L("aspirina 100 mg", MED)],
            "alerjia": [L("sulfas", MED)], "chich_ta_sta": L(True, MED),
            "kux_chut": L("ta jujun kakal, ta olol akubal", MED),
            "stot_chamel": L("smeel: cancer de colon a los 61", MED),
            "yalal_kg": L(64, "health.fitness"), "snatil_cm": L(167, "health.fitness"),
            "anticoagulante": L(False, MED)}),
        case(f, f"{a}/api/v1/cita", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "estudio": L("colonoscopia de tamizaje", MED),
            "skakalil": "2026-02-10", "ora": "08:00", "sala": "endo_2",
            "vayel": L("sedacion con propofol", MED),
            "chiuk": {"sbi": L(HUSBAND[0], NAMEC), "koponob": L(HUSBAND[1], TEL),
                      "xchiilal": "smalal"}}),
        case(f, f"{a}/api/v1/tojel/anticipo", fmt="form", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "takin": L("1500.00", BUY), "moneda": "MXN",
            "tarjeta_slajeb": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/poxil/kanel", headers=_h(rng, **b), body={
            "poxil": L("polietilenglicol 4 L + bisacodilo", MED), "stojol": L(389, BUY),
            "takel_ta": {"yav_snaj": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE)},
            "farmacia": "fa_centro_11", "kanel": obj(rng, "pd")}),
        raw(f, f"{a}/api/v1/preparacion/diario", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/consentimiento", [
            ("stsib_sbi", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("vun", None, "application/json", {
                "expediente": L(CHART, MED), "formato": "colono_sed_v4",
                "sbi": L(f"{FIRST} {LAST}", NAMEC),
                "chiuk": L(HUSBAND[0], NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/yulel", headers=_h(rng, **b), body={
            "cita": obj(rng, "ci"), "yav": {"lat": cla, "lon": clo, "presicion": 9},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        case(f, f"{a}/api/v1/chamel/despues", headers=_h(rng, **b), body={
            "expediente": L(CHART, MED), "kux": L(2, MED), "chich": L(False, MED),
            "ik": L("ep ik ta chut", MED), "yalel": L("Lek xa oyun, kuxul xa jol, mu xa xkux jchut", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/vunetik", [
            ("vun", "colonoscopy_2019_portland.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"expediente": L(CHART, MED),
                                                "tipo": "reporte_previo", "jabil": 2019})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/takbil_kop", headers=_h(rng, **b), body={
            "buch_un": {"sbi": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "takbil_kop": L("Doctora, mi xu' xa chkuch' li aspirina? Oy to jutuk chich ta sta.",
                            f"{TEXT}|{MED}")}),
        res,
        case(f, f"{a}/api/v1/patologia", headers=_h(rng, **b), query={
            "expediente": L(CHART, MED), "muestra": "pt_260210_01"}),
        case(f, f"{a}/api/v1/cita/yan", headers=_h(rng, **b), query={
            "expediente": L(CHART, MED), "estudio": L("colonoscopia de vigilancia", MED),
            "jabil": "2029"}),
        case(f, f"{a}/api/v1/factura", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "sbi": L(f"{FIRST} {LAST}", NAMEC), "cp": L(HOME["cp"], COARSE),
            "uso_cfdi": "D01", "regimen": "605", "total": L("6850.00", BUY),
            "email": L(EMAIL, MAIL), "cita": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/dispositivo", headers=_h(rng, **b),
             body=push(push_token(rng), "en_US", tok="push_token", iid="dispositivo_id")),
        case(f, f"{a}/api/v1/spasel", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "spasel": [
                ev("cita_creada", 1), ev("pantalla", 2, pantalla=L("Preparacion", USAGE)),
                ev("resultado_visto", 3)]}),
        case(f, f"{a}/api/v1/lokel", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispositivo": L(INSTALL_ID, DID)}),
    ]


def lekilchut_sdks() -> list[Case]:
    rng = random.Random(22412)
    return [
        mj_batch(APP, rng, [("Appointment Booked", {"study": L("colonoscopy", MED)}),
                            ("Deposit Paid", {"amount": L(1500, BUY)})], locale="es_MX"),
        mj_queue(APP, rng, [("Prep Dose Logged", {"dose": L(2, MED)}),
                            ("Prep Finished", {})]),
        th_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=388),
        fj_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("colorectal-screening", MED)},
                hdr=True),
        ps_register(APP, rng, lang="es", tags={"clinica": CLINIC["id"]}),
        cn_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Clinica Digestiva Los Altos", "behavior.search",
                   near=HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "pathology_polyp.pdf", "application/pdf"),
        pj_confirm(APP, rng, "1500.00"),
    ]
