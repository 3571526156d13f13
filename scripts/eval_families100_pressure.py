"""Hypertension home blood-pressure programme "Tensilog" of a Kigali clinic's NCD service (she was
diagnosed in 2023; camelCase API). Not set 25's consumer diary with ads: the clinic enrols her
with a code, a nurse reviews her readings and titrates her medicines. Enrolment, an OAuth
password grant, ``/me`` with a JWT, the intake (conditions, family history, medicines, habits),
her health plan, pairing the cuff, a protobuf cuff sync, a manual reading with a note and its
place (on home leave in New York), a week's readings (msgpack), a dose taken, symptoms, a lab
report photographed, a message to the nurse, her care plan by her clinic number in the path, a
review booked, a report shared with her US doctor, a Health Connect import (gzip), reminders, a
salt quiz, a pharmacy refill delivered home, push, events and the readings by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families100_kit import (
    BP_CUFF,
    BP_MEDS,
    CLINIC_RW,
    ENROL,
    HOME_RW,
    INSURANCE,
    LOCAL,
    NURSE,
    US_DOCTOR,
    readings,
)
from eval_families100_sdk import fs_crash, fs_crumb, fs_sessions, sl_event, ty_batch, ty_queue
from eval_families100_svc import ag_check, ag_save, cw_register, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tensilog", "Tensilog", "com.example.tensilog", "1.12.0",
          "https://api.tensilog.example.com")
IID = "X-Tensilog-Install"
PW = "Amahoro!Kigali7"
MRN = "KCY-NCD-20418"  # her clinic (hospital) number (health.medical)
MEDH = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tensilog() -> list[Case]:
    rng = random.Random(10031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED),
                                    clinic=CLINIC_RW["id"]))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, BP_CUFF["serial"]),
               (3, [(1, L(148, MED)), (2, L(93, MED)), (3, L(74, FIT)), (4, 1765690011)]),
               (4, [(1, L(141, MED)), (2, L(90, MED)), (3, L(71, FIT)), (4, 1765733277)]),
               (5, BP_CUFF["battery"])], "", lab)
    home = pos(5)  # on home leave in New York (the profile's position)
    plan = at_path(case(f, f"{a}/v1/patients/{MRN}/plan", headers=_h(rng, **b)), MRN, MED)
    return [
        case(f, f"{a}/v1/enrol", headers=_h(rng, lang=True), body={
            "enrolmentCode": L(ENROL, CRED), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER), "phone": L(LOCAL, TEL),
            "clinic": CLINIC_RW["id"]}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "client_id": "tensilog-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "conditions": [L("hypertension", MED)], "diagnosedYear": L(2023, MED),
            "familyHistory": [L("stroke (father)", MED), L("diabetes (mother)", MED)],
            "medications": [{"name": L(n, MED), "dose": L(d, MED), "schedule": "morning"}
                            for n, d in BP_MEDS],
            "smoker": L(False, MED), "alcoholUnitsWeek": L(3, MED),
            "heightCm": L(168, FIT), "weightKg": L(71.4, FIT)}),
        case(f, f"{a}/v1/insurance", headers=_h(rng, **b), body={
            "memberNumber": L(INSURANCE, MED), "plan": "Expat Gold",
            "holderName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/cuffs/pair", headers=_h(rng, **b), body={
            "serial": BP_CUFF["serial"], "ble": BP_CUFF["ble"], "model": BP_CUFF["model"],
            "firmware": BP_CUFF["fw"], "battery": BP_CUFF["battery"]}),
        raw(f, f"{a}/v1/readings/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/readings", headers=_h(rng, **b), body={
            "systolic": L(152, MED), "diastolic": L(96, MED), "pulse": L(81, FIT),
            "arm": "left", "position": "seated", "source": "manual", "where": {
                "lat": home[0], "lon": home[1]},
            "note": L("Took it right after climbing the stairs at the office", MEDH)}),
        case(f, f"{a}/v1/readings/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "readings": readings(rng, 4), "cuff": BP_CUFF["serial"]}),
        case(f, f"{a}/v1/medications/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L("Amlodipine 5 mg", MED), "status": "taken",
            "takenAt": "2025-12-14T07:42:00+02:00"}),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "symptoms": [L("headache", MED), L("dizziness", MED)], "severity": L(3, MED),
            "text": L("Morning headache behind the eyes since Tuesday", MEDH)}),
        multipart(f, f"{a}/v1/labs", [
            ("image", "labs.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "tests": [L("creatinine", MED), L("potassium", MED)], "date": "2025-12-10"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": NURSE, "thread": "thr_" + opaque(rng, "", 8),
            "text": L("Evening readings are still above 140, should I take the second pill?",
                      MEDH)}),
        plan,
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC_RW["id"], "slot": "2026-01-08T09:30:00+02:00",
            "reason": L("3-month review, medicine adjustment", MED),
            "reminderPhone": L(LOCAL, TEL)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "recipientName": L(US_DOCTOR[0], NAMEC), "recipientEmail": L(US_DOCTOR[1], MAIL),
            "range": "90d", "includeMedications": True}),
        case(f, f"{a}/v1/health-connect/import", gz=True, headers=_h(rng, **b), body={
            "steps": [L(s, FIT) for s in (6210, 8033, 4120, 9902, 7311, 5120, 10433)],
            "restingHr": [L(r, FIT) for r in (66, 64, 68, 65, 67, 63, 66)],
            "weightKg": L(71.2, FIT), "source": "health_connect"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "07:30,19:30", "timezone": L("Africa/Kigali", DEV), "snooze": "10"}),
        case(f, f"{a}/v1/quizzes/salt", headers=_h(rng, **b), body={
            "answers": [L(x, MED) for x in ("often", "daily", "sometimes", "yes")],
            "score": L(11, MED), "quiz": "salt_v2"}),
        case(f, f"{a}/v1/pharmacy/refills", headers=_h(rng, **b), body={
            "pharmacy": "ph_kcy_11", "items": [{"name": L("Amlodipine 10 mg", MED), "qty": 30}],
            "total": L("8400", BUY), "deliverTo": {"street": L(HOME_RW["street"], ADDR),
                                                  "district": L(HOME_RW["district"], COARSE)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="upper", **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("reading_saved", 1, source="cuff"), ev("dose_taken", 2),
                ev("screen", 3, screen=L("Trends", USAGE))]}),
        case(f, f"{a}/v1/readings", headers=_h(rng, how="none"), query={"days": "30"},
             cookies={"tl_session": L(opaque(rng, "", 40), CRED)}),
    ]


def tensilog_sdks() -> list[Case]:
    rng = random.Random(10032)
    return [
        ty_batch(APP, rng, [("Reading Logged", {"category": L("stage_2", MED)}),
                            ("Trends Viewed", {"range": "30d"})]),
        ty_queue(APP, rng, [("Reminder Opened", {}), ("Dose Taken", {"med": L("amlodipine",
                                                                              MED)})]),
        sl_event(APP, rng, "rd91xa", {"program": "clinic"}, hashed=True),
        fs_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133"),
                 [fs_crumb("navigation", "Home -> CuffSync"),
                  fs_crumb("log", "cuff found", {"serial": BP_CUFF["serial"]})],
                 screen="CuffSyncActivity"),
        fs_sessions(APP, rng, [188, 342]),
        ag_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        ag_check(APP, rng, {"analytics": True, "marketing": False}),
        cw_register(APP, rng, tags={"program": L("hypertension", MED), "lang": "en"}),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "8400", "rwf"),
    ]
