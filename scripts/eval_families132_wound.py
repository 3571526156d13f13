"""A wound clinic's diabetic foot-ulcer app "Soafut" (Port Vila; her own health data). Unlike set
105's self-tracker and set 122's foot-care clinic, the clinic runs it: each photo is measured
against a printed calibration sticker, a nurse reviews it and books a video consult, dressings
are sent to her, an offloading boot is hired, and her meter syncs over Bluetooth. Calls:
sign-up, a log-in, ``/me``, the intake, a wound photo (JPEG and JSON), an assessment, glucose
readings (gzip JSON), a meter sync (protobuf), an appointment, a video consult, a message to the
nurse, a dressing order, the boot hire, reminders, a wound's history, results by record number
in the query, sharing with her GP, foot temperatures, steps, a clinic check-in, the care plan by
a cookie GET, push and events."""

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
    GENDER,
    JPEG,
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
from eval_families24_kit import claims
from eval_families132_kit import (
    CLINIC,
    CLINIC_FIX,
    METER,
    NURSE,
    PATIENT_NO,
    VILA_HOME,
    fix,
    glucose,
    hd,
    obj,
    push,
)
from eval_families132_sdk import cd_crash, cd_crumb, cd_session, mc_batch, tn_launch
from eval_families132_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("soafut", "Soafut", "com.example.soafut", "1.9.3", "https://api.soafut.example.org")
IID = "X-Soafut-Install"
PW = "Frangipani&Heal9"
FIT = "health.fitness"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def soafut() -> list[Case]:
    rng = random.Random(13231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(PATIENT_NO, MED)))}
    wound = obj(rng, "wnd")
    reads = glucose(rng, 12)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, METER["serial"]), (3, 1765324800),
               (4, [(1, L(9.4, MED)), (2, L(12, MED)), (3, L(3, MED))]),
               (5, METER["fw"])], "", lab)
    cla, clo = fix(CLINIC_FIX, 5)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "clinicNumber": L(PATIENT_NO, MED),
            "address": {"line": L(VILA_HOME["line"], ADDR), "town": L("Port Vila", COARSE)}}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "soafut-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "diabetesType": L("type 2", MED), "yearsSinceDiagnosis": L(4, MED),
            "hba1c": L(8.9, MED), "medications": [L("Metformin 1000 mg", MED),
                                                  L("Gliclazide 80 mg", MED)],
            "neuropathy": L(True, MED), "smoker": False, "heightCm": L(166, FIT),
            "weightKg": L(82.5, FIT)}),
        multipart(f, f"{a}/v1/wounds/{wound}/photos", [
            ("photo", "left_foot_2025-12-10.jpg", "image/jpeg", L(JPEG + b"\xb1",
                                                                  f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "site": L("left plantar, first metatarsal head", MED),
                "lengthMm": L(18.5, MED), "widthMm": L(11.0, MED), "depthMm": L(3.0, MED),
                "sticker": "CAL-25-0071", "flash": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/wounds/{wound}/assessment", headers=_h(rng, **b), body={
            "pain": L(4, MED), "exudate": L("moderate", MED), "odour": L(False, MED),
            "rednessCm": L(1.5, MED), "dressingChanged": True}),
        case(f, f"{a}/v1/glucose", gz=True, headers=_h(rng, **b), body={
            "meter": METER["serial"], "unit": "mmol/L", "readings": L(reads, MED)}),
        raw(f, f"{a}/v1/meter/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2025-12-12T09:30+11:00",
            "reason": L("Ulcer edge looks red and warm", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/consults/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED), "camera": "rear"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("The dressing was wet this morning and smells a bit",
                                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/supplies/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "foam-10x10", "qty": 10}, {"sku": "saline-500", "qty": 2}],
            "total": L(3400, BUY), "deliverTo": {"line": L(VILA_HOME["line"], ADDR),
                                                  "phone": L(E164, TEL)},
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/boot/hire", headers=_h(rng, **b), body={
            "shoeSizeEu": L(39, FIT), "side": L("left", MED), "deposit": L(5000, BUY),
            "weeks": 6}),
        case(f, f"{a}/v1/boot/wear", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "days": [{"d": "2025-12-08", "min": 610},
                                                   {"d": "2025-12-09", "min": 545}],
            "sensor": "OB-3310", "adherencePct": L(71, MED)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Metformin", MED), "at": "07:00"},
                      {"what": L("Check both feet", MED), "at": "20:00"}], "tz": L(
                          "Pacific/Efate", DEV)}),
        case(f, f"{a}/v1/wounds/{wound}/history", headers=_h(rng, **b), query={"limit": "20"}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={
            "mrn": L(PATIENT_NO, MED), "type": "swab"}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "doctor": {"name": L(NURSE[0], NAMEC), "email": L(NURSE[1], MAIL)},
            "include": ["photos", "glucose"], "days": 30}),
        case(f, f"{a}/v1/foot-temps", headers=_h(rng, **b), body={
            "leftC": L(33.9, MED), "rightC": L(31.6, MED), "deltaC": L(2.3, MED),
            "probe": "IRT-2"}),
        case(f, f"{a}/v1/activity/import", headers=_h(rng, **b), body={
            "source": "health_connect", "days": [{"d": "2025-12-08", "steps": L(3120, FIT)},
                                                 {"d": "2025-12-09", "steps": L(2874, FIT)}]}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        case(f, f"{a}/v1/careplan", headers=_h(rng, how="none"), cookies={
            "sf_session": L(opaque(rng, "", 40), CRED), "sf_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("photo_taken", 1), ev("glucose_synced", 2, n=12),
                ev("screen", 3, view=L("WoundTimeline", USAGE))]}),
    ]


def soafut_sdks() -> list[Case]:
    rng = random.Random(13232)
    return [
        mc_batch(APP, rng, [("Wound Photo Uploaded", {"site": L("left plantar", MED)}),
                            ("Consult Joined", {})]),
        tn_launch(APP, rng, user=True, n=14),
        cd_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "torch busy"),
                 [cd_crumb("nav", "Timeline -> Capture"), cd_crumb("log", "sticker not found")],
                 screen="CaptureActivity"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("diabetic foot", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Vila Wound & Foot Clinic", "behavior.search"),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral_letter.pdf", "application/pdf"),
    ]
