"""A sickle-cell and malaria children's clinic's app "Makila Malamu" (Bumbu, Kinshasa); here her
own consultation for anaemia, the clinic seeing mothers too: an account, a log-in, ``/me``, her
patient file by number in the path, the health mutual, a booking, a symptom questionnaire, vitals
and the haemoglobin result, a malaria rapid test, the lab report photo, the prescription and its
refill, a diet diary, a message to her doctor, her son's sickle-cell screening, the fee by mobile
money, check-in at the clinic, a teleconsultation note, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    CLINIC,
    DOCTOR,
    FILE_NO,
    KIN_HOME,
    KIN_HOME_AT,
    MUTUELLE,
    SON,
    fix,
    kin_head,
    obj,
)
from eval_families133_sdk import bs_bid, fl_crash, fl_crumb, st_session, tally_batch, tally_traits
from eval_families133_svc import ak_register, cb_reverse, gw_flags, hc_attach, pm_momo
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("makila", "MakilaMalamu", "org.example.makilamalamu", "4.0.1",
          "https://api.makilamalamu.example.org")
IID = "X-MM-Install"
PWD = "Ngaliema!Sante9"
FIT = "health.fitness"
KID = "enf_7c20d4e1"  # her son's file at the clinic (id.user: his)
CLINIC_FIX = (-4.369912, 15.290388)  # her phone in the waiting room


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def makila() -> list[Case]:
    rng = random.Random(13307)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(FILE_NO, UID)))}
    visit = obj(rng, "vis", 8)
    cla, clo = fix(CLINIC_FIX, 5)
    chart = at_path(case(f, f"{a}/v1/patients/{FILE_NO}/dossier", headers=_h(rng, **b)),
                    FILE_NO, UID)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "given_name": L(FIRST, NAMEC), "family_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "password": L(PWD, CRED),
            "birth_date": L(DOB, BIRTH), "sex": L("female", GENDER),
            "address": {"commune": L(KIN_HOME["commune"], COARSE),
                        "quartier": L(KIN_HOME["quartier"], COARSE)}}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PWD, CRED),
            "client_id": "mm-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        chart,
        case(f, f"{a}/v1/patients/me/coverage", headers=_h(rng, **b), body={
            "mutuelle": "Mutuelle des commerçants de Kinshasa",
            "member_no": L(MUTUELLE, MED), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "service": L("consultation adulte - anémie", MED),
            "slot": "2025-12-10T09:30:00+01:00", "patient": L(FILE_NO, UID),
            "fee": L("15000", BUY)}),
        case(f, f"{a}/v1/visits/{visit}/questionnaire", headers=_h(rng, **b), body={
            "fatigue": L(True, MED), "dizziness": L(True, MED), "palpitations": L(False, MED),
            "heavy_periods": L(True, MED), "pregnant": L(False, SENS),
            "fever_last_7d": L(False, MED), "diet": L("peu de viande, beaucoup de pondu", MED)}),
        case(f, f"{a}/v1/visits/{visit}/vitals", headers=_h(rng, **b), body={
            "weight_kg": L(61.5, FIT), "height_cm": L(167, FIT), "pulse": L(98, FIT),
            "bp": L("104/66", MED), "temp_c": L(36.8, MED), "spo2": L(97, MED)}),
        case(f, f"{a}/v1/visits/{visit}/labs", headers=_h(rng, **b), body={
            "hb_g_dl": L(8.9, MED), "mcv_fl": L(71, MED), "ferritin_ng_ml": L(6, MED),
            "hb_electrophoresis": L("AS", MED), "sample": obj(rng, "smp", 8),
            "analyser": "HemoCue-301-KIN-04"}),
        case(f, f"{a}/v1/visits/{visit}/rdt", fmt="form", headers=_h(rng, **b), body={
            "test": "paludisme_TDR", "result": L("negatif", MED), "lot": "TDR-2511-88",
            "cassette": opaque(rng, "", 12)}),
        multipart(f, f"{a}/v1/visits/{visit}/documents", [
            ("file", "resultats_labo.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{MED}")),
            ("doc", None, "application/json", {"kind": "lab_report",
                                               "patient": L(FILE_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits/{visit}/prescription", headers=_h(rng, **b), body={
            "diagnosis": L("anémie ferriprive", MED), "prescriber": DOCTOR,
            "items": [L("sulfate ferreux 200 mg 2x/j", MED), L("acide folique 5 mg 1x/j", MED)],
            "duration_days": 90}),
        case(f, f"{a}/v1/prescriptions/refill", fmt="form", headers=_h(rng, **b), body={
            "item": L("sulfate ferreux 200 mg", MED), "pharmacy": "ph_bumbu_2",
            "patient": L(FILE_NO, UID)}),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-12", "tablets_taken": L(2, MED), "energy": L(3, MED),
            "note": L("Moins de vertiges, selles noires depuis le fer", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "dr_mbuyi", "thread": obj(rng, "thr"),
            "text": L("Docteur, puis-je prendre le fer avec le thé ? Je suis encore essoufflée",
                      f"{TEXT}|{MED}")}),
        at_path(case(f, f"{a}/v1/children/{KID}/screening", headers=_h(rng, **b), body={
            "child": {"first_name": L(SON["first"], NAMEC), "birth_date": L(SON["dob"], BIRTH),
                      "sex": L("M", GENDER)},
            "genotype": L("AS", MED), "malaria_episodes_12m": L(2, MED),
            "guardian_phone": L(NATIONAL, TEL)}), KID, UID),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "visit": visit, "amount": L("15000", BUY), "currency": "CDF",
            "wallet": L(E164, f"{TEL}|{PAY}"), "idem": rid(rng)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "visit": visit, "lat": cla, "lon": clo, "clinic_lat": CLINIC["lat"],
            "clinic_lon": CLINIC["lon"], "queue_no": 17}),
        case(f, f"{a}/v1/teleconsult/{visit}/notes", headers=_h(rng, **b), body={
            "reason": L("contrôle hémoglobine à 4 semaines", MED),
            "location": {"lat": L(round(KIN_HOME_AT[0], 4), PRECISE),
                         "lon": L(round(KIN_HOME_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("fr_CD", DEV), "model": L("Pixel 8", DEV), "os": L("14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("appointment_booked", 1), ev("lab_viewed", 2),
                ev("screen", 3, screen=L("Resultats", USAGE))]}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, how="upper"),
             cookies={"mm_sid": L(opaque(rng, "", 40), CRED), "mm_dev": L(INSTALL_ID, DID)}),
    ]


def makila_sdks() -> list[Case]:
    rng = random.Random(13308)
    return [
        st_session(APP, rng, first=True),
        tally_batch(APP, rng, [("Appointment Booked", {"service": L("anemie", MED)}),
                               ("Lab Result Viewed", {"hb": L(8.9, MED)})]),
        tally_traits(APP, rng, {"patient_type": "adulte", "commune": L("Ngaliema", COARSE)}),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991),
        fl_crash(APP, rng, ("java.lang.NumberFormatException", "hb value '8,9'"),
                 [fl_crumb("nav", "Visite -> Resultats"), fl_crumb("log", "parse hb")],
                 screen="ResultatsActivity"),
        gw_flags(APP, rng, {"clinic": CLINIC["id"], "teleconsult": True}),
        ak_register(APP, rng, tags={"programme": L("anemie", MED)}),
        pm_momo(APP, rng, "15000", reason="consultation"),
        cb_reverse(APP, rng, CLINIC_FIX, PRECISE),
        hc_attach(APP, rng, L(JPEG + b"\x42", f"{MEDIA}|{MED}"), "ordonnance.jpg", "image/jpeg"),
    ]
