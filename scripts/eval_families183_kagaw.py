"""Schistosomiasis screening and treatment app "Kagawsuri" (kagaw: germ, suri: examine) of a
fictional control clinic in Palo, Leyte: she waded in her in-laws' rice field in Samar and has
blood in her stool (her own health data). Its API's keys are Waray (Winaray) with English:
``ngaran`` name, ``apelyido`` surname, ``selpon`` mobile number, ``adlaw_pagkatawo`` birth date,
``sekso`` sex (``babaye`` woman), ``puyanan`` residence (street line), ``syudad`` city,
``bana`` husband, ``anak`` child, ``pasyente`` patient, ``pakiana`` questionnaire (lit.
"question"), ``sintomas`` symptoms, ``hilanat`` fever, ``naglusong`` waded in, ``uma`` field,
``bulong`` medicine, ``bugat`` weight, ``kataas`` height, ``resulta`` result, ``reseta``
prescription, ``botika`` pharmacy, ``mensahe`` message, ``pamiling`` search, ``petsa`` date,
``oras`` time, ``rason`` reason, ``latitud``/``longhitud``, ``litrato`` photo, ``parehistro``
sign-up, ``pagsulod``/``paggawas`` log-in/out, ``ako`` me, ``mga_hitabo`` events. Calls:
sign-up (her PhilHealth number), log-in, ``/ako``, the exposure and symptom questionnaire (gzip),
the stool-exam booking, the check-in with her fix, the specimen kit, the result by patient
number in the path, the weight for the dose, a protobuf dose diary, side effects (msgpack), a
video consult, a message to the doctor, the household screening (husband and daughter), the
PhilHealth check, a photo of the lab slip, a follow-up, a pharmacy pick-up, a search, receipts
by cookie, push, events and a log-out. No earlier set has a schistosomiasis or snail-fever app
(a docstring grep for "schisto", "snail", "praziquantel" and "parasit" found none)."""

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
from eval_families183_kit import (
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT_NO,
    PHILHEALTH,
    fix,
    gamit,
    hd,
    obj,
)
from eval_families183_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families183_svc import cy_check, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kagawsuri", "Kagawsuri", "com.example.kagawsuri", "1.8.2",
          "https://api.kagawsuri.example.org")
IID = "X-Kagawsuri-Gamit"
PW = "Humay!Samar2026"
NID, FIT = "personal.national_id", "health.fitness"
DOCTOR = ("Dr. Marites Ocenar", "m.ocenar@paloschisto.example.org")  # typed by her: contact.*
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, war=True, **kw)


def kagawsuri() -> list[Case]:
    rng = random.Random(18311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasyente=L(PATIENT_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT_NO, MED)), (2, 1768521600),
                (3, [(1, L("praziquantel 600 mg", MED)), (2, L(4, MED)),
                     (3, L("lipong ngan kaluya", MED))]), (4, "1.8.2")], "", lab)
    result = at_path(case(f, f"{a}/v1/resulta/{PATIENT_NO}", headers=_h(rng, **b)),
                     PATIENT_NO, MED)
    return [
        case(f, f"{a}/v1/parehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "adlaw_pagkatawo": L(DOB, BIRTH),
            "sekso": L("babaye", GENDER), "puyanan": L(HOME["line"], ADDR),
            "barangay": L(HOME["brgy"], COARSE), "syudad": L(HOME["town"], COARSE),
            "philhealth": L(PHILHEALTH, NID),
            "bana": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "tugot_privacy": True}),
        case(f, f"{a}/v1/pagsulod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "hinumdomi": "1"}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pakiana", gz=True, headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED), "naglusong": L(True, MED),
            "uma": L("Barangay San Andres, Catbalogan", COARSE),
            "sintomas": [L("sakit han tiyan", MED), L("may dugo an tai", MED)],
            "hilanat": L(False, MED), "kadugayon_adlaw": L(12, MED),
            "nagburod": L(False, MED), "bersyon_pakiana": "2025.3"}),
        case(f, f"{a}/v1/eksamen/booking", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED), "klase": L("Kato-Katz stool exam", MED),
            "klinika": CLINIC["id"], "petsa": "2026-01-19", "oras": "08:30",
            "slot": obj(rng, "sl")}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "klinika": CLINIC["id"], "lugar": {"latitud": cla, "longhitud": clo, "sigurado": 9},
            "lugar_klinika": {"latitud": CLINIC["lat"], "longhitud": CLINIC["lon"]},
            "check_in_id": obj(rng, "ci")}),
        case(f, f"{a}/v1/eksamen/kit", fmt="form", headers=_h(rng, **b), body={
            "kit_barcode": "KK-26-558120", "pasyente": L(PATIENT_NO, MED),
            "kuha_petsa": "2026-01-19"}),
        result,
        case(f, f"{a}/v1/dosis/kalkula", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED), "bugat_kg": L(64, FIT), "kataas_cm": L(165, FIT),
            "bulong": L("praziquantel", MED), "mg_kada_kg": 40, "dosis_mg": L(2560, MED)}),
        raw(f, f"{a}/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/epekto", fmt="msgpack", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED),
            "sintomas": [L("lipong", MED), L("kaluya", MED), L("sakit han ulo", MED)],
            "grabe": L(2, MED), "oras": "2026-01-22T21:40"}),
        case(f, f"{a}/v1/video/kwarto", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "para": {"ngaran": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "mensahe": L("Doc, kahapon waray na dugo ha akon tai pero malipong pa ako.",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/panimalay/eksamen", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED), "kaupod": [
                {"ngaran": L(HUSBAND[0], NAMEC), "relasyon": "bana", "naglusong": L(True, MED)},
                {"ngaran": L(KID, NAMEC), "relasyon": "anak", "edad": L(10, BIRTH),
                 "naglusong": L(False, MED)}]}),
        case(f, f"{a}/v1/philhealth/check", headers=_h(rng, **b), query={
            "philhealth": L(PHILHEALTH, NID), "pasyente": L(PATIENT_NO, MED)}),
        multipart(f, f"{a}/v1/resulta/litrato", [
            ("litrato", "lab_slip.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasyente": L(PATIENT_NO, MED),
                                                "tipo": "lab_slip"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/follow_up", fmt="form", headers=_h(rng, **b), body={
            "pasyente": L(PATIENT_NO, MED), "petsa": "2026-03-02",
            "rason": L("ulit nga eksamen han tai pagkatapos han bulong", MED)}),
        case(f, f"{a}/v1/botika/kuha", headers=_h(rng, **b), body={
            "botika": "bt_palo_rhu", "reseta": L("praziquantel 600 mg x4", MED),
            "pasyente": L(PATIENT_NO, MED), "presyo": 0}),
        case(f, f"{a}/v1/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("klinika bukas Sabado Palo", SEARCH), "pahina": "1"}),
        case(f, f"{a}/v1/resibo/urhi", headers=_h(rng, how="none"), cookies={
            "ks_sesyon": L(opaque(rng, "", 40), CRED), "ks_gamit": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/v1/mga_hitabo", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "mga_hitabo": [
                ev("pakiana_nahuman", 1), ev("screen", 2, screen=L("Resulta", USAGE)),
                ev("bayad_konsulta", 3, kantidad=L(350, BUY))]}),
        case(f, f"{a}/v1/paggawas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def kagawsuri_sdks() -> list[Case]:
    rng = random.Random(18312)
    return [
        mc_batch(APP, rng, [("Questionnaire Done", {"exposed": L(True, MED)}),
                            ("Exam Booked", {"clinic": CLINIC["id"]})],
                 at=CLINIC_FIX, nd=2, locale="war_PH"),
        mc_identify(APP, rng, {"syudad": L("Tacloban City", COARSE),
                               "pasyente": L(PATIENT_NO, MED), "plan": "philhealth"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "consult_paid", {"klinika": CLINIC["id"]}, revenue=350.0,
                 hashed=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cd_crumb("nav", "Resulta -> Litrato"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/resulta/litrato",
                                           "status": 500})], screen="LitratoActivity"),
        pt_register(APP, rng, lang="war", at=HOME_AT, nd=2,
                    tags={"klinika": CLINIC["id"], "programa": L("schisto", MED)}),
        fn_eval(APP, rng, {"klinika": CLINIC["id"], "programa": L("schisto", MED)}, hdr=True),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        hs_message(APP, rng, L("An akon resulta han eksamen diri pa makita ha app",
                               f"{TEXT}|{MED}"), {"pasyente": L(PATIENT_NO, MED)}),
        mm_geocode(APP, rng, "Palo Schisto Control Clinic", SEARCH, near=HOME_AT, nd=2),
    ]
