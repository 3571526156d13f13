"""A clinic-run Ramadan fasting-safety app for patients with high blood pressure "Fungasalama"
(her Stone Town family clinic enrols fasting patients: a cuff syncs, the pharmacist moves her
tablets to suhoor and iftar, a symptom check says when to break the fast). Unlike set 100's blood
pressure tracker it is clinic-run and built around the fast (its religion is hers). Calls:
enrolment (record number, diagnosis, medicines, the intention to fast), an SMS code, ``/me``
with a JWT, the cuff pairing and sync (protobuf), readings (gzip), the dose timetable (msgpack),
a symptom check, a message to the pharmacist, an appointment, a clinic check-in with her fix,
lab results by record number in the path, weight and waist, water between iftar and suhoor,
prayer-time reminders for her town, sharing with her husband, a video consult, a prescription
photo, the care plan, a summary by a cookie GET, a post-Eid survey, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families143_kit import (
    CLINIC,
    CLINIC_FIX,
    CUFF,
    HOME,
    HUSBAND,
    PATIENT_NO,
    PHARMACIST,
    bp_series,
    fix,
    hd,
    obj,
    push,
)
from eval_families143_sdk import dh_launch, kd_crash, kd_crumb, pz_batch, pz_queue
from eval_families143_svc import (
    bc_message,
    bp_register,
    kc_save,
    kz_confirm,
    mw_reverse,
    zf_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fungasalama", "Fungasalama", "com.example.fungasalama", "1.3.2",
          "https://api.fungasalama.example.org")
IID = "X-FS-Install"
FIT = "health.fitness"
MS = f"{MED}|{SENS}"
TMS = f"{TEXT}|{MED}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def fungasalama() -> list[Case]:
    rng = random.Random(14331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(PATIENT_NO, MED), email=L(EMAIL, MAIL),
                                    program="ramadan-htn"))}
    cla, clo = fix(CLINIC_FIX, 4)
    results = at_path(case(f, f"{a}/v2/patients/{PATIENT_NO}/labs", headers=_h(rng, **b),
                           query={"since": "2026-01-01"}), PATIENT_NO, MED)
    lab: dict[str, str] = {}
    sync = pb([(1, CUFF["serial"]), (2, L(PATIENT_NO, MED)),
               (3, [(1, L(148, MED)), (2, L(94, MED)), (3, L(77, MED)), (4, 1772596800)]),
               (4, CUFF["fw"]), (5, L(64, DEV))], "", lab)
    return [
        case(f, f"{a}/v2/enrol", headers=_h(rng), body={
            "mrn": L(PATIENT_NO, MED), "dob": L(DOB, BIRTH), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "diagnosis": L("Essential hypertension, stage 2", MED),
            "medicines": [L("Amlodipine 10 mg", MED), L("Losartan 50 mg", MED),
                          L("Hydrochlorothiazide 12.5 mg", MED)],
            "intendsToFast": L(True, MS), "fastType": L("Ramadan", SENS),
            "clinic": CLINIC["id"], "consent": True}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("270611", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/devices/cuff", headers=_h(rng, **b), body={
            "serial": CUFF["serial"], "ble": CUFF["ble"], "fw": CUFF["fw"],
            "mrn": L(PATIENT_NO, MED), "arm": "left"}),
        raw(f, f"{a}/v2/cuff/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/readings", gz=True, headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "unit": "mmHg",
            "readings": L(bp_series(rng, 10), MED)}),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "schedule": [
                {"drug": L("Amlodipine 10 mg", MED), "when": L("iftar", MS)},
                {"drug": L("Losartan 50 mg", MED), "when": L("suhoor", MS)}],
            "plan": obj(rng, "dp")}),
        case(f, f"{a}/v2/symptoms/check", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "dizzy": L(True, MED), "headache": L(True, MED),
            "hoursFasting": L(11, MS),
            "text": L("Dizzy and a headache at Asr, should I break my fast?", TMS)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": {"name": L(PHARMACIST[0], NAMEC), "email": L(PHARMACIST[1], "contact.email")},
            "text": L("Can I take the water tablet at suhoor instead? I wake at night to pee "
                      "and miss Fajr.", TMS), "mrn": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": obj(rng, "slot"), "reason": L("BP review, Ramadan "
                                                                          "week 2", MS),
            "mrn": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "mrn": L(PATIENT_NO, MED), "queue": 14}),
        results,
        case(f, f"{a}/v2/body", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "weight_kg": L("71.4", FIT), "waist_cm": L("92", FIT),
            "height_cm": L("164", FIT)}),
        case(f, f"{a}/v2/water", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "glasses": L(7, FIT), "window": L("iftar-suhoor", SENS),
            "date": "2026-03-04"}),
        case(f, f"{a}/v2/reminders/prayer", headers=_h(rng, **b), query={
            "town": L(HOME["town"], COARSE), "method": L("shafii", SENS),
            "doses": "1"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "with": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "what": ["readings", "doses"], "mrn": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v2/consults/video", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "joinToken": L(opaque(rng, "vjt_", 40), CRED),
            "mrn": L(PATIENT_NO, MED)}),
        multipart(f, f"{a}/v2/prescriptions/photo", [
            ("photo", "rx.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(PATIENT_NO, MED),
                                                "source": "camera"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/careplan", headers=_h(rng, **b), query={"mrn": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v2/summary", headers=_h(rng, how="none"), cookies={
            "fs_sid": L(opaque(rng, "", 40), CRED), "fs_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/surveys/post-eid", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(PATIENT_NO, MED), "fastedDays": L("27", SENS), "brokeFast": L("2", MS),
            "comment": L("Broke the fast twice when my head was pounding, better after the "
                         "dose change", TMS)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("reading_saved", 1), ev("dose_taken", 2),
                ev("screen", 3, screen=L("Readings", USAGE))]}),
    ]


def fungasalama_sdks() -> list[Case]:
    rng = random.Random(14332)
    return [
        pz_batch(APP, rng, [("Reading Saved", {"count": 10}), ("Symptom Check", {})]),
        pz_queue(APP, rng, [("Dose Taken", {"slot": "iftar"}), ("Dose Taken", {"slot": "suhoor"})]),
        dh_launch(APP, rng, first=True),
        kd_crash(APP, rng, ("android.bluetooth.BluetoothException", "gatt 133"),
                 [kd_crumb("nav", "Cuff -> Sync"),
                  kd_crumb("log", "cuff", {"serial": CUFF["serial"]})], screen="CuffActivity"),
        zf_eval(APP, rng, {"program": "ramadan-htn"}),
        bp_register(APP, rng, tags={"program": L("ramadan-htn", MS)}),
        kc_save(APP, rng, {"analytics": True, "research": False}),
        kz_confirm(APP, rng, "15000"),
        mw_reverse(APP, rng, CLINIC_FIX, PRECISE, nd=4),
        bc_message(APP, rng, L("The cuff app shows my readings twice", TEXT),
                   {"mrn": L(PATIENT_NO, MED)}),
    ]
