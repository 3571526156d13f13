"""A bariatric surgery programme's patient app "Inadahi" (``inadahi`` care; a weight-surgery
centre in Tamuning; her own sleeve gastrectomy): its API's keys are CHamoru as a local
developer writes them with English where APIs keep it: ``naan`` / ``apiyidu`` first name /
surname, ``telefon`` phone, ``kontrasena`` password, ``haanen_mafanagu`` birth date (lit. "day
born"), ``sekso`` sex (``palaoan`` woman), ``direksion`` street address, ``songsong`` village,
``aseguransa`` health plan (``numirun_miembro`` member number), ``minakkat`` weight,
``linekka`` height, ``chetnot`` illness, ``amot`` medicine, ``operasion`` surgery, ``dokto``
doctor, ``nengkanno`` food, ``gimen`` drink, ``kantidat`` amount, ``apas`` payment,
``mensahi`` message, ``grupu`` group, ``litratu`` photo, ``bitamina`` vitamins, ``piniti`` pain,
``pasiente`` patient, ``kodigu`` code, ``aligao`` search: sign-up with her health plan, an SMS
log-in, ``/yo``, the intake questionnaire (gzip), smart-scale weigh-ins (msgpack), a food and
fluid diary, an information seminar, pre-op labs (PDF), the psychological evaluation, a
dietitian's video room, the surgery booked, the plan's pre-authorisation, the deposit, a
protobuf post-op check, steps, a progress photo, a support-group post, a message to her
dietitian, a vitamins order, results by chart number in the path, invoices by cookie, push and
events. No earlier set has a bariatric or weight-surgery programme ("bariatric", "gastric",
"obesity" matched no docstring; "weight loss" only set 111's CPAP sleep clinic in passing)."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families226_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DIETITIAN,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families226_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families226_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("inadahi", "Inadahi", "com.example.inadahi", "3.7.2", "https://api.inadahi.example.net")
IID = "X-Inadahi-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIT = "health.fitness"
DOB_US = "05/17/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def inadahi() -> list[Case]:
    rng = random.Random(22621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasiente=L(CHART, MED),
                                    programa="sleeve"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    check = pb([(1, L(CHART, MED)), (2, 1769385600),
                (3, [(1, L(3, MED)), (2, L(1150, FIT)), (3, L("nausea gi egga'an", MED)),
                     (4, L(62, FIT))]), (4, "3.7.2")], "", lab)
    results = at_path(case(f, f"{a}/v2/pasiente/{CHART}/resulta", headers=_h(rng, **b),
                           query={"tipu": "lab"}), CHART, MED)
    return [
        case(f, f"{a}/v2/pasiente", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "haanen_mafanagu": L(DOB_US, BIRTH),
            "sekso": L("palaoan", GENDER), "direksion": L(HOME["line"], ADDR),
            "songsong": L(HOME["village"], COARSE), "zip": L(HOME["zip"], COARSE),
            "aseguransa": {"kompania": "Example Health Guam", "plan": "PPO-600",
                           "numirun_miembro": L(MEMBER, MED)},
            "referido_ni": "primary_care"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodigu": L("508117", CRED)}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", gz=True, headers=_h(rng, **b), body={
            "pasiente": L(CHART, MED), "minakkat_kg": L(112.4, FIT), "linekka_cm": L(162, FIT),
            "bmi": L(42.8, FIT),
            "chetnot": [L("type 2 diabetes", MED), L("sleep apnea", MED),
                        L("high blood pressure", MED)],
            "amot": [L("metformin 1000 mg", MED), L("lisinopril 10 mg", MED)],
            "operasion_antes": [L("cesarean 2015", MED)], "chumupa": L(False, MED),
            "prueba_dieta": L("6 meses, 8 kg", MED)}),
        case(f, f"{a}/v2/minakkat", fmt="msgpack", headers=_h(rng, **b), body={
            "pasiente": L(CHART, MED), "balansa": "scale_model_bs440",
            "minakkat": [{"fecha": "2026-01-05", "kg": L(112.4, FIT)},
                         {"fecha": "2026-01-12", "kg": L(111.1, FIT)},
                         {"fecha": "2026-01-19", "kg": L(110.3, FIT)}],
            "gurasa_porsiento": L(46.2, FIT)}),
        case(f, f"{a}/v2/diario", headers=_h(rng, **b), body={
            "fecha": "2026-01-20", "pasiente": L(CHART, MED),
            "nengkanno": [{"naan": L("kelaguen mannok, ti mineskla hineksa", f"{TEXT}|{FIT}"),
                           "proteina_g": L(28, FIT)},
                          {"naan": L("protein shake", FIT), "proteina_g": L(30, FIT)}],
            "gimen_ml": L(1400, FIT)}),
        case(f, f"{a}/v2/seminar", fmt="form", headers=_h(rng, **b), body={
            "seminar": "sem_2026_01_24", "taotao": "2", "lenguahi": "en",
            "gachong": L(HUSBAND[0], NAMEC)}),
        multipart(f, f"{a}/v2/dokumento", [
            ("file", "preop_labs.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasiente": L(CHART, MED), "tipu": "labs",
                                                "a1c": L(7.4, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "pasiente": L(CHART, MED), "tipu": L("psych_eval_bariatric", MED),
            "fecha": "2026-02-03T09:30", "dokto": "prv_0412", "slot": obj(rng, "sl")}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "tipu": "dietitian",
            "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/operasion", headers=_h(rng, **b), body={
            "pasiente": L(CHART, MED), "operasion": L("laparoscopic sleeve gastrectomy", MED),
            "fecha": "2026-03-09", "espitat": "hosp_tmn", "dokto": "prv_0077",
            "pre_op_dieta": L("liquid 14 days", MED)}),
        case(f, f"{a}/v2/aseguransa/preauth", headers=_h(rng, **b), body={
            "numirun_miembro": L(MEMBER, MED), "cpt": L("43775", MED),
            "icd10": [L("E66.01", MED), L("E11.9", MED)], "bmi": L(42.8, FIT),
            "copay": L(2150, BUY)}),
        case(f, f"{a}/v2/apas/depositu", fmt="form", headers=_h(rng, **b), body={
            "kantidat": L("500.00", BUY), "currency": "USD", "last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "pasiente": L(CHART, MED)}),
        raw(f, f"{a}/v2/post-op/check", check, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pasu", headers=_h(rng, **b), body={
            "source": "phone", "dias": [{"fecha": "2026-03-20", "pasu": L(3120, FIT)},
                                        {"fecha": "2026-03-21", "pasu": L(4410, FIT)}]}),
        multipart(f, f"{a}/v2/litratu", [
            ("litratu", "progress_w4.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{FIT}")),
            ("meta", None, "application/json", {"week": 4, "minakkat": L(101.8, FIT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/grupu/posts", headers=_h(rng, **b), body={
            "grupu": "grp_sleeve_2026",
            "tinige": L("Kuatro simana despues di operasion: 10 kg esta, ya ti hu nesesita "
                        "metformin", f"{TEXT}|{MED}|{FIT}")}),
        case(f, f"{a}/v2/mensahi", headers=_h(rng, **b), body={
            "para": {"naan": L(DIETITIAN[0], NAMEC), "email": L(DIETITIAN[1], MAIL)},
            "mensahi": L("Siña hu kanno' titiyas gi simana sais? Gof na'piniti i tiyan-hu",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tenda/orden", headers=_h(rng, **b), body={
            "items": [{"sku": "bx_multi_60", "naan": L("bariatric multivitamin chewable", MED),
                       "kantidat": 2, "presiu": 24.0},
                      {"sku": "calc_cit_90", "naan": L("calcium citrate 500 mg", MED),
                       "kantidat": 1, "presiu": 19.0}],
            "total": L(67.0, BUY), "entrega": {"direksion": L(HOME["line"], ADDR),
                                                "songsong": L(HOME["village"], COARSE)}}),
        results,
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "lugat": {"lat": cla, "lng": clo},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/invoices", headers=_h(rng, how="none"), cookies={
            "in_sess": L(opaque(rng, "", 40), CRED), "in_dev": L(INSTALL_ID, DID),
            "in_req": rid(rng)}),
        case(f, f"{a}/v2/aligao", headers=_h(rng, **b), query={
            "q": L("protein tinalo' ti dangkolo", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("weigh_in", 1), ev("screen", 2, screen=L("Diario", USAGE))]}),
    ]


def inadahi_sdks() -> list[Case]:
    rng = random.Random(22622)
    return [
        mc_batch(APP, rng, [("Weigh In", {"kg": L(110.3, FIT)}),
                            ("Seminar Booked", {"seats": 2})]),
        mc_queue(APP, rng, [("Diary Entry", {"protein_g": L(58, FIT)}),
                            ("Step Goal Met", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=633),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("sleeve", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"], "phase": L("post_op", MED)}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00"),
        mm_geocode(APP, rng, "Tamuning Weight Surgery Center", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "insurance_letter.pdf", "application/pdf"),
    ]
