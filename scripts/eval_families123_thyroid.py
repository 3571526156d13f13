"""Thyroid clinic follow-up app "Granthicare" (a Deccan clinic titrating carbimazole for her own
Graves' disease with mild eye signs; sets 91, 99 and 117 had thyroid-cancer, Hashimoto's and
goitre apps, this one is hyperthyroidism): sign-up with her ABHA number, log-in with a second
factor, ``/me``, history, medicines, lab results and a lab report, a symptom diary (msgpack),
watch pulse (protobuf), an eye check with a photo, a home blood collection at her flat, a check-in
at the collection centre, a teleconsult booked and joined from New York, a pregnancy-planning
questionnaire, a message, a refill, insurance, a report shared with her eye doctor, reminders,
push, events and the labs by a cookie GET. No ads SDK."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    srflx,
    varints,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, home, obj
from eval_families123_kit import (
    ABHA,
    CLINIC,
    EYE_DOC,
    HOME_AT,
    HOME_PN,
    LAB_FIX,
    NATID,
    PuneApp,
    hh,
    host_cand,
    pulses,
)
from eval_families123_sdk import (
    gk_batch,
    gk_identify,
    tf_crash,
    tf_crumb,
    tf_session,
    vl_event,
    vl_session,
)
from eval_families123_svc import md_message, nx_autocomplete, pp_upi, sm_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = PuneApp("granthicare", "Granthicare", "com.example.granthicare", "4.0.7",
              "https://api.granthicare.example.org")
IID = "X-GC-Device"
PW = "Shaniwarwada#1991"
MRN = "DTC-24-01187"  # her record number at the clinic (health.medical)
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, lang=False, **kw)


def granthicare() -> list[Case]:
    rng = random.Random(12341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(MRN, MED), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    lla, llo = fix(LAB_FIX)
    nla, nlo = home(4)
    apt = obj(rng, "apt", 10)
    samples = pulses(rng, 12)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, samples[0][0]), (3, L(varints([s[1] for s in samples]),
                                                                  FIT)),
               (4, "Fitband 3"), (5, 600)], "", lab)
    return [
        case(f, f"{a}/api/v2/patients/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "sex": L("female", GENDER), "abha": L(ABHA, NATID), "city": L("Pune", COARSE),
            "clinic": CLINIC["id"]}),
        case(f, f"{a}/api/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/api/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("270455", CRED), "remember": "30d", "challenge": rid(rng)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/history", headers=_h(rng, **b), body={
            "diagnosis": L("Graves' disease", MED), "diagnosedOn": L("2024-03", MED),
            "trab": L("positive", MED), "eyeInvolvement": L("mild", MED),
            "goitre": L("diffuse, grade 1", MED), "smoker": L(False, MED),
            "familyHistory": L("mother: hypothyroidism", MED),
            "allergies": [L("iodinated contrast", MED)]}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={
            "meds": [{"drug": L("Carbimazole", MED), "mg": L(10, MED), "freq": "OD"},
                     {"drug": L("Propranolol", MED), "mg": L(20, MED), "freq": "BD"}],
            "updatedBy": "patient"}),
        case(f, f"{a}/api/v2/labs", headers=_h(rng, **b), body={
            "collectedOn": "2025-12-08", "lab": "lab_kth_02", "results": {
                "tsh": L(0.01, MED), "ft4": L(2.9, MED), "ft3": L(8.1, MED),
                "trab": L(6.2, MED)}, "units": {"tsh": "mIU/L", "ft4": "ng/dL"}}),
        multipart(f, f"{a}/api/v2/labs/report", [
            ("file", "thyroid_panel_0812.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"type": "thyroid_panel", "date": "2025-12-08"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-12", "symptoms": [L("palpitations", MED), L("tremor", MED),
                                               L("heat intolerance", MED)],
            "pulse": L(108, FIT), "weightKg": L(57.2, FIT),
            "note": L("Hands shaky before lunch, took propranolol early", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/api/v2/wearable/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/eye-check", [
            ("photo", "eyes.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("answers", None, "application/json", {
                "cas": L(3, MED), "grittiness": L(True, MED), "doubleVision": L(False, MED),
                "lidSwelling": L(True, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/home-collection", headers=_h(rng, **b), body={
            "address": L(HOME_PN["line"], ADDR), "landmark": L("Opp. Karishma Society", ADDR),
            "pin": L(HOME_PN["pin"], COARSE), "lat": hla, "lon": hlo, "slot": "07:30-08:00",
            "tests": [L("TSH", MED), L("FT4", MED), L("FT3", MED)], "amount": L(950, BUY),
            "pay": "cod"}),
        case(f, f"{a}/api/v2/checkin", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "centre": "lab_kth_02", "lat": lla, "lon": llo,
            "fasting": L(True, MED)}),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "id": apt, "type": "teleconsult", "date": "2025-12-22T19:30:00+05:30",
            "doctor": CLINIC["doctor"], "fee": L(800, BUY),
            "reason": L("Pulse still 110 on carbimazole 10 mg, hands shaking", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/teleconsult/{apt}/join", headers=_h(rng, **b), body={
            "patientLocation": {"lat": nla, "lon": nlo, "country": L("US", COARSE)},
            "tz": L("America/New_York", DEV),
            "candidates": [L(srflx(50610), IPLOC), L(host_cand(50610), DEV)]}),
        case(f, f"{a}/api/v2/questionnaires/pregnancy", headers=_h(rng, **b), body={
            "planningPregnancy": L(True, f"{MED}|{SENS}"),
            "lastPeriod": L("2025-11-28", MED), "contraception": L("none", MED),
            "mrn": L(MRN, MED)}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "clientId": rid(rng),
            "text": L("Since going up to 15 mg I have an itchy rash on both arms",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/refills", headers=_h(rng, **b), body={
            "drug": L("Carbimazole 10 mg", MED), "qty": 60, "pharmacy": "ph_deccan_04",
            "amount": L(186, BUY), "deliverTo": L(HOME_PN["line"], ADDR)}),
        case(f, f"{a}/api/v2/insurance", headers=_h(rng, **b), body={
            "insurer": "Sahyadri Health Insurance", "policyNo": L("SHI/2025/4471920", MED),
            "holder": L(NAME, NAMEC), "validTill": "2026-09-30"}),
        case(f, f"{a}/api/v2/share", headers=_h(rng, **b), body={
            "recipientName": L(EYE_DOC[0], NAMEC), "recipientEmail": L(EYE_DOC[1], MAIL),
            "note": L("For my Graves' eye review on 30 Dec", f"{TEXT}|{MED}"),
            "include": ["labs", "eye-check"]}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "drug": L("Carbimazole", MED), "time": "08:00", "repeat": "daily"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID.replace("-", ""), DID),
            "model": L("Pixel 8", DEV), "tz": L("Asia/Kolkata", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("diary_saved", 1), ev("lab_added", 2),
                ev("screen", 3, screen=L("LabTrends", USAGE))]}),
        case(f, f"{a}/api/v2/labs", headers=_h(rng, how="none"), query={"range": "6m"},
             cookies={"gc_session": L(opaque(rng, "", 40), CRED), "gc_mrn": L(MRN, MED)}),
    ]


def granthicare_sdks() -> list[Case]:
    rng = random.Random(12342)
    return [
        gk_batch(APP, rng, [("Lab Result Added", {"test": L("TSH", MED), "value": L(0.01, MED)}),
                            ("Diary Saved", {"symptoms": 3})]),
        gk_identify(APP, rng, {"condition": L("graves", MED), "city": L("Pune", COARSE)}),
        vl_session(APP, rng, user=True),
        vl_event(APP, rng, "appointment_booked", {"type": "teleconsult"}, revenue=800.0),
        tf_crash(APP, rng, ("java.lang.NumberFormatException", "ft4 '2,9'"),
                 [tf_crumb("nav", "Labs -> AddResult")], screen="AddLabActivity"),
        tf_session(APP, rng, secs=402),
        sm_save(APP, rng, {"analytics": True, "research": False}, user=True),
        pp_upi(APP, rng, "800.00", "Granthicare teleconsult"),
        nx_autocomplete(APP, rng, "Shubhankar Heights Paud Road", ADDR, near=HOME_AT, nd=3),
        md_message(APP, rng, L("Home collection missed today, I was fasting since 10 pm",
                               f"{TEXT}|{MED}"), {"mrn": L(MRN, MED)}),
    ]
