"""A Chagas clinic's screening-and-treatment app "Vinchucare" (El Alto; her own health data: she
tested seropositive after months in her mother-in-law's adobe house in the Sorata valley, where
the triatomine bug, vinchuca, lives). The clinic runs it: the exposure questionnaire, the two
serologies and the ECG, 60 days of benznidazole with a pregnancy test first, a dose log, side
effects (a rash, with a photo), blood counts, a vector report with the bug's photo and the
house's position, relatives referred for testing. Calls: sign-up, a log-in, ``/me``, the
screening, results by record number in the query, a lab report (PDF), an ECG (JPEG), the
treatment start, doses, a side effect and its photo, blood counts, an appointment, a video
consult, a message to the nurse, the vector report and the bug's photo, family referrals, a
clinic check-in, reminders, sharing with the nurse, the care plan by a cookie GET, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families139_kit import (
    CARNET,
    CLINIC,
    CLINIC_FIX,
    EA_HOME,
    EA_HOME_AT,
    HUSBAND,
    MOTHER_IN_LAW,
    NATID,
    NURSE,
    RECORD,
    SON,
    TZ,
    VALLEY_HOUSE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import cq_crash, cq_crumb, cq_session, mv_batch, tt_launch
from eval_families139_svc import ck_check, fq_eval, hy_attach, mw_geocode, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vinchucare", "Vinchucare", "com.example.vinchucare", "3.0.2",
          "https://api.vinchucare.example.org")
IID = "X-Vc-Install"
PW = "Sorata&Valle91"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(64))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def vinchucare() -> list[Case]:
    rng = random.Random(13941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), record=L(RECORD, MED)))}
    vla, vlo = fix(VALLEY_HOUSE_AT)
    cla, clo = fix(CLINIC_FIX, 5)
    doses = [{"day": i + 1, "at": 1773140400 + 86400 * i, "mg": 150, "taken": True}
             for i in range(8)]
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "documentNumber": L(CARNET, NATID),
            "recordNumber": L(RECORD, MED),
            "address": {"line": L(EA_HOME["line"], ADDR), "zone": L(EA_HOME["zone"], COARSE),
                        "city": L("El Alto", COARSE)}}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/screening", headers=_h(rng, **b), body={
            "endemicStay": L(True, MED), "bugSeenAtHome": L(True, MED),
            "adobeHouse": L(True, MED), "transfusion": L(False, MED),
            "motherTested": L("unknown", MED), "pregnant": L(False, MED),
            "notes": L("Dormi siete meses en la casa de adobe de mi suegra en Sorata",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={
            "record": L(RECORD, MED), "type": "serology"}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "elisa_iha_resultado.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "record": L(RECORD, MED), "kind": "lab", "elisa": L("reactivo", MED),
                "iha": L("1:64 reactivo", MED)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/ecg", [
            ("image", "ecg_2026-03-02.jpg", "image/jpeg", L(JPEG + b"\x7e", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "finding": L("bloqueo incompleto de rama derecha", MED),
                "hr": L(74, MED), "device": "ecg_room_2"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/treatment/start", headers=_h(rng, **b), body={
            "drug": L("Benznidazol 100 mg", MED), "dailyDose": L("300 mg", MED),
            "days": L(60, MED), "weightKg": L(64, FIT), "startDate": "2026-03-10",
            "pregnancyTest": L("negativo", MED), "contraception": L("DIU", MED)}),
        case(f, f"{a}/v1/doses", headers=_h(rng, **b), body={
            "treatment": obj(rng, "tx"), "doses": L(doses, MED)}),
        case(f, f"{a}/v1/side-effects", headers=_h(rng, **b), body={
            "rash": L(True, MED), "severity": L("moderada", MED), "itch": L(True, MED),
            "startedDay": L(9, MED),
            "text": L("Me salieron ronchas en los brazos y me pica mucho de noche",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/side-effects/photo", [
            ("photo", "brazo_izq.jpg", "image/jpeg", L(JPEG + b"\x7f", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"site": L("left forearm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/labs/cbc", headers=_h(rng, **b), body={
            "date": "2026-03-24", "wbc": L(4.1, MED), "platelets": L(188, MED),
            "alt": L(41, MED), "lab": "lab_norte_1"}),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2026-03-26T08:30-04:00",
            "reason": L("Control de benznidazol y la alergia en la piel", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/consults/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED), "camera": "front"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("Licenciada, tengo nauseas despues de la segunda pastilla",
                                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/vector-reports", headers=_h(rng, **b), body={
            "at": {"lat": vla, "lon": vlo, "acc": 12}, "place": L("Sorata", COARSE),
            "room": "dormitorio", "bugs": 3,
            "owner": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL)},
            "report": obj(rng, "vr")}),
        multipart(f, f"{a}/v1/vector-reports/photo", [
            ("photo", "vinchuca.jpg", "image/jpeg", L(JPEG + b"\x80", MEDIA)),
            ("meta", None, "application/json", {"bugs": 3, "alive": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/family/referrals", headers=_h(rng, **b), body={
            "referrals": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                           "relation": "spouse"},
                          {"name": L(f"{SON['first']} {SON['last']}", NAMEC),
                           "birthDate": L(SON["dob"], BIRTH), "relation": "son"}],
            "note": L("Mateo tambien durmio en esa casa en vacaciones", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Benznidazol 100 mg", MED), "at": "08:00"},
                      {"what": L("Benznidazol 200 mg", MED), "at": "20:00"}],
            "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "with": {"name": L(NURSE[0], NAMEC), "email": L(NURSE[1], MAIL)},
            "include": ["doses", "labs", "side_effects"], "days": 60}),
        case(f, f"{a}/v1/careplan", headers=_h(rng, how="none"), cookies={
            "vc_session": L(opaque(rng, "", 40), CRED), "vc_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("photo_uploaded", 2),
                ev("screen", 3, view=L("TreatmentCalendar", USAGE))]}),
    ]


def vinchucare_sdks() -> list[Case]:
    rng = random.Random(13942)
    return [
        mv_batch(APP, rng, [("Dose Logged", {"drug": L("benznidazole", MED)}),
                            ("Side Effect Reported", {"kind": L("rash", MED)})]),
        tt_launch(APP, rng, user=True, n=22),
        cq_crash(APP, rng, ("java.lang.NullPointerException", "doseCalendar.selectedDay"),
                 [cq_crumb("nav", "Home -> Calendar"), cq_crumb("tap", "day_9")],
                 screen="CalendarActivity"),
        cq_session(APP, rng, secs=212),
        fq_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("chagas", MED)}),
        pc_register(APP, rng, tags={"clinic": CLINIC["id"], "reminders": "on"}),
        ck_check(APP, rng, {"analytics": True, "research": True}),
        mw_geocode(APP, rng, "Centro Chagas Alto Norte", SEARCH, near=EA_HOME_AT, nd=3),
        hy_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "receta_benznidazol.pdf",
                  "application/pdf"),
    ]
