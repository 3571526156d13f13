"""Diabetic foot-ulcer wound-photo tracker "Solewatch", prescribed by a Hyderabad foot clinic (she
has type 2 diabetes with neuropathy and an ulcer under her left big toe's joint): sign-up with
her ABHA number, a log-in, ``/me`` with a JWT, her history, the wound, photos with measurements
from a calibration sticker, an assessment, a dressing change, glucose readings (msgpack), the
offloading boot's wear summary (protobuf), foot temperatures, a visit booked and the clinics
near her flat, a check-in at the clinic (her fix and the Wi-Fi she joined), a message to the
podiatrist, the insurance card, a report shared with her endocrinologist, her husband as
caregiver, a Health Connect import, reminders, push, events and the wounds by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, ev, opaque
from eval_families24_kit import claims
from eval_families37_kit import fix
from eval_families105_kit import (
    ABHA,
    CLINIC_FIX,
    FOOT_CLINIC,
    HOME_AT,
    HUSBAND,
    NATID,
    PODIATRIST,
    InApp,
    glucose,
    hh,
    obj,
    temps,
)
from eval_families105_sdk import gn_batch, gn_queue, jl_event, jl_session, vl_crash, vl_crumb
from eval_families105_svc import an_check, cp_upi, gm_register, jd_eval, sm_attach
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = InApp("solewatch", "Solewatch", "com.example.solewatch", "2.6.0",
            "https://api.solewatch.example.com")
IID = "X-Solewatch-Device"
PW = "Neem&Tulsi-2025"
MRN = "GDFC-MRN-204471"  # her record number at the clinic (health.medical)
POLICY = "SHI-4471-2208-19"  # her health-insurance policy (health.medical)
BOOT = "OFB-22-118730"  # the offloading boot's sensor serial (a negative)
WM = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, lang=False, **kw)


def solewatch() -> list[Case]:
    rng = random.Random(10521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    b = {"auth": "bearer"}
    wid = obj(rng, "wnd", 10)
    cla, clo = fix(CLINIC_FIX, 6)
    lab: dict[str, str] = {}
    boot = pb([(1, L(USER_ID, UID)), (2, wid), (3, L(13.5, MED)),
               (4, [(1, L(3120, FIT)), (2, L(41, MED)), (3, 1765305600)]), (5, BOOT)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "clinicCode": "GDFC-0447", "abha": L(ABHA, NATID),
            "diabetesType": L("type2", MED), "diagnosedYear": L(2019, MED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "conditions": [L("peripheral neuropathy", MED), L("background retinopathy", MED)],
            "medications": [{"name": L("Metformin", MED), "dose": L("1000 mg twice daily", MED)},
                            {"name": L("Glimepiride", MED), "dose": L("2 mg", MED)}],
            "hba1c": L(8.4, MED), "smoker": L(False, MED), "previousUlcer": L(True, MED),
            "heightCm": L(163, FIT), "weightKg": L(74.2, FIT)}),
        case(f, f"{a}/v1/wounds", headers=_h(rng, **b), body={
            "id": wid, "site": L("left foot, plantar, first metatarsal head", MED),
            "wagner": L(2, MED), "onset": L("2025-10-28", MED),
            "cause": L("New sandals, I did not feel the blister until it opened",
                       f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/wounds/{wid}/photos", [
            ("photo", "ulcer_1210.jpg", "image/jpeg", L(JPEG + b"\xb1", WM)),
            ("meta", None, "application/json", {
                "capturedAt": 1765339200, "sticker": "cal-25mm", "distanceCm": 15,
                "lengthMm": L(14.2, MED), "widthMm": L(9.8, MED), "areaMm2": L(109.3, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wounds/{wid}/assessments", headers=_h(rng, **b), body={
            "depthMm": L(3.1, MED), "exudate": L("moderate", MED), "sloughPct": L(20, MED),
            "granulationPct": L(70, MED), "odour": L(False, MED),
            "periwound": [L("callus", MED), L("maceration", MED)], "pain": L(1, MED),
            "assessedBy": "self", "photoRef": obj(rng, "ph", 8)}),
        case(f, f"{a}/v1/dressings", fmt="form", headers=_h(rng, **b), body={
            "wound": wid, "type": L("silver alginate", MED), "changedAt": "1765342800",
            "note": L("Some yellow discharge on the old dressing", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/glucose", fmt="msgpack", headers=_h(rng, **b), body={
            "unit": "mg/dL", "readings": L(glucose(rng, 8), MED),
            "meter": {"serial": "GLM-77120-A", "model": "Accu-Dot 2"}}),
        raw(f, f"{a}/v1/offloading", boot, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/foot-temperature", headers=_h(rng, **b), body={
            "left": L(temps(rng, 32.6), MED), "right": L(temps(rng, 30.4), MED),
            "maxDeltaC": L(2.4, MED), "device": "thermo_strip", "roomC": 27.5}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": FOOT_CLINIC["id"], "name": FOOT_CLINIC["name"],
                       "phone": FOOT_CLINIC["phone"], "lat": FOOT_CLINIC["lat"],
                       "lon": FOOT_CLINIC["lon"]},
            "clinician": PODIATRIST, "slot": "2025-12-15T10:30+05:30",
            "reason": L("debridement and review of the ulcer", MED), "fee": L("800.00", BUY)}),
        case(f, f"{a}/v1/clinics/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE),
            "specialty": "diabetic_foot", "radiusKm": "10"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "apt", 8), "lat": cla, "lon": clo, "accuracyM": 8,
            "wifi": {"ssid": L("GDFC-Patients", WIFI), "bssid": L("f4:92:bf:3a:10:c2", WIFI)}}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": PODIATRIST,
            "text": L("The edge of the wound looks red and warm since yesterday, should I come "
                      "in earlier?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "policy_card.jpg", "image/jpeg", L(JPEG + b"\xb2", WM)),
            ("data", None, "application/json", {"policy": L(POLICY, MED),
                                                "insurer": "Suraksha Health", "tpa": "TPA-19"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "doctorName": L("Dr. Anil Varma", NAMEC),
            "doctorEmail": L("a.varma@endocare.example.net", MAIL),
            "include": "photos,measurements,glucose", "expiresDays": "14"}),
        case(f, f"{a}/v1/caregivers", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband",
            "canViewPhotos": True, "alerts": ["missed_photo", "temp_delta"]}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([3120, 2874, 4410], FIT), "glucoseMgdl": L([142, 188, 131], MED),
            "weightKg": L(74.0, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "photoDays": "mon,thu", "time": "20:00", "tz": L("Asia/Kolkata", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_IN", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, "nodash", **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("photo_captured", 1, wound=wid), ev("temp_logged", 2),
                ev("screen", 3, screen=L("WoundTimeline", USAGE))]}),
        case(f, f"{a}/v1/wounds", headers=_h(rng, how="upper"),
             cookies={"sw_session": L(opaque(rng, "", 42), CRED)}),
    ]


def solewatch_sdks() -> list[Case]:
    rng = random.Random(10522)
    return [
        gn_batch(APP, rng, [("Photo Captured", {"wagner": L(2, MED), "sticker": True}),
                            ("Temp Logged", {"deltaC": L(2.4, MED)})], city="Hyderabad"),
        gn_queue(APP, rng, [("Reminder Opened", {"kind": "photo"}),
                            ("Dressing Logged", {"type": L("silver alginate", MED)})]),
        jl_session(APP, rng, user=True),
        jl_event(APP, rng, "s0lw3a", "subscribe", {"plan": L("care_plus_monthly", BUY)},
                 revenue=299.0),
        vl_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "CAMERA_ERROR"),
                 [vl_crumb("nav", "Timeline -> Capture"),
                  vl_crumb("log", "sticker detected", {"mm": 25})], screen="CaptureActivity"),
        jd_eval(APP, rng, {"clinic": "GDFC", "thermometry": True}),
        gm_register(APP, rng, tags={"stage": L("wagner2", MED), "clinic": "GDFC"}),
        an_check(APP, rng),
        cp_upi(APP, rng, "800.00"),
        sm_attach(APP, rng, L(JPEG + b"\xb3", MEDIA), "dressing_kit.jpg", "image/jpeg"),
    ]
