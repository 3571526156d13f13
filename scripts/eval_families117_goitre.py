"""Goitre follow-up app "Kalkanbez" (kalkan bez: the thyroid) of a Bishkek endocrine centre,
for her own multinodular goitre found in spring (iodine deficiency; not set 91's cancer
survivorship nor set 99's Hashimoto's titration: nodules followed by ultrasound, a fine-needle
biopsy and iodine). Sign-up with her patient card, an OAuth password grant, an SMS code,
``/me`` with a JWT, her history, labs (gzip), an ultrasound report and image, the biopsy result,
iodine doses (msgpack), symptoms, a neck photo, an appointment, the centre's doctors, her
referral typed by her, a message to the nurse, the insurance card, a reminder, results by card
number in the path, push, events and her chart by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PHONE_SHA256
from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families117_kit import (
    BIRTH,
    BUY,
    CLINIC,
    COARSE,
    CRED,
    DEV,
    DID,
    ENDO,
    FIT,
    GENDER,
    KG_HOME,
    KG_LANG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PATIENT_CARD,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
)
from eval_families117_sdk import ag_batch, ag_identify, ay_install, ci_crash, ci_session
from eval_families117_svc import fj_eval, hk_message, ps_register, tp_charge
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("kalkanbez", "Kalkanbez", "com.example.kalkanbez", "1.4.7",
          "https://api.kalkanbez.example.org")
IID = "X-Kalkan-Device"
PW = "Tiroid!Ala2025"
REFERRER = ("Dr. Elena Markova", "+996 555 204 617")  # her GP, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(KG_LANG, DEV)
    return h


def kalkanbez() -> list[Case]:
    rng = random.Random(11741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(PATIENT_CARD, MED)))}
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "birthDate": L(DOB, BIRTH), "sex": L("F", GENDER),
            "patientCard": L(PATIENT_CARD, MED), "city": L(KG_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kalkanbez-android"}),
        case(f, f"{a}/v1/auth/sms", headers=_h(rng), body={"code": L("771204", CRED),
                                                           "phoneHash": L(PHONE_SHA256, TEL)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "diagnosis": L("multinodular goitre", MED), "since": "2025-03",
            "familyHistory": L("mother: hypothyroidism", MED), "pregnant": L(False, SENS),
            "heightCm": L(166, FIT), "weightKg": L(61.5, FIT)}),
        case(f, f"{a}/v1/labs", gz=True, headers=_h(rng, **b), body={
            "results": L([{"test": "TSH", "value": 1.9, "unit": "mIU/L", "date": "2025-06-30"},
                          {"test": "FT4", "value": 14.2, "unit": "pmol/L",
                           "date": "2025-06-30"},
                          {"test": "urine iodine", "value": 62, "unit": "ug/L",
                           "date": "2025-06-30"}], MED), "lab": "lab_ala_02"}),
        multipart(f, f"{a}/v1/ultrasound", [
            ("image", "neck_us.png", "image/png", L(PNG + b"\x51", f"{MEDIA}|{MED}")),
            ("report", None, "application/json", {
                "volumeMl": L(24.6, MED), "nodules": [
                    {"lobe": L("right", MED), "sizeMm": L(14, MED), "tirads": L(3, MED)},
                    {"lobe": L("left", MED), "sizeMm": L(8, MED), "tirads": L(2, MED)}],
                "studyId": "US-25-0711"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/biopsy", headers=_h(rng, **b), body={
            "nodule": 1, "bethesda": L("II", MED), "result": L("benign follicular nodule", MED),
            "date": "2025-07-02", "specimen": "FNA-25-1184"}),
        case(f, f"{a}/v1/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "drug": L("potassium iodide", MED), "doseMcg": L(200, MED), "taken": True,
            "at": 1752555600}),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "items": [L("tight collar feeling", MED), L("trouble swallowing pills", MED)],
            "severity": L(2, MED), "note": L("Worse after talking a lot at work",
                                             f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "neck.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"angle": "front", "week": 16})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "doctorId": ENDO["id"], "doctor": ENDO["name"], "clinic": CLINIC["id"],
            "slot": "2025-08-04T10:30:00+06:00", "reason": L("6-month ultrasound", MED),
            "price": L("2500", BUY), "clinicPhone": CLINIC["phone"]}),
        case(f, f"{a}/v1/clinics/{CLINIC['id']}/doctors", headers=_h(rng, **b),
             query={"specialty": "endocrinology"}),
        case(f, f"{a}/v1/referral", headers=_h(rng, **b), body={
            "referrerName": L(REFERRER[0], NAMEC), "referrerPhone": L(REFERRER[1], TEL),
            "letterDate": "2025-03-14"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse_desk", "text": L("Should I keep taking iodine before the climb in "
                                          "July?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "insurance.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L("TRV-8812-0447", MED),
                                                "insurer": "Alatoo Mutual"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "type": "iodine", "time": "08:00", "tz": L("Asia/Bishkek", DEV)}),
        at_path(case(f, f"{a}/v1/patients/{PATIENT_CARD}/results", headers=_h(rng, **b)),
                PATIENT_CARD, MED),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("ultrasound_viewed", 2),
                ev("screen", 3, screen=L("Nodules", USAGE))]}),
        case(f, f"{a}/v1/chart", headers=_h(rng, how="none"), cookies={
            "kb_session": L(opaque(rng, "", 40), CRED), "kb_device": L(INSTALL_ID, DID)}),
    ]


def kalkanbez_sdks() -> list[Case]:
    rng = random.Random(11742)
    return [
        ag_batch(APP, rng, [("Dose Logged", {"drug": L("potassium iodide", MED)}),
                            ("Screen Viewed", {"screen": L("Labs", USAGE)})]),
        ag_identify(APP, rng, {"condition": L("goitre", MED), "city": L("Bishkek", COARSE)}),
        ay_install(APP, rng),
        ci_crash(APP, rng, ("java.lang.NumberFormatException", "TSH value '1,9'"),
                 ["Labs -> Add", "POST /v1/labs 400"], screen="LabsActivity",
                 extra={"lastLab": L("TSH", MED)}),
        ci_session(APP, rng, secs=288),
        fj_eval(APP, rng, {"patient": True}, get=True),
        ps_register(APP, rng, tags={"iodine_reminder": True, "condition": L("goitre", MED)}),
        tp_charge(APP, rng, "2500", "appt_0804"),
        hk_message(APP, rng, L("The app lost my ultrasound from July 11", f"{TEXT}|{MED}"),
                   {"card": L(PATIENT_CARD, MED)}),
    ]
