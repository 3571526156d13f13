"""A diabetic-eye screening van's app "Mejaja" (``mej`` eye: a mobile retinal-camera van that
parks at Majuro's villages; she has type 2 diabetes). Unlike set 113's glaucoma drop and pressure
log and set 105's foot-ulcer tracker, it is a screening service: an intake, a slot at the van's
stop, a check-in, the two retinal photos the camera uploads under her record, the grader's
result, a referral to the visiting ophthalmology team, eye drops before the photo and a recall.
Calls: sign-up with her diagnosis, a log-in, ``/me`` with a JWT, the history (HbA1c, medicines,
years since diagnosis), van stops near her, a slot, the check-in with her fix, a vision test,
the photos (multipart JPEG with JSON), the camera's sync (protobuf), the result by record number
in the query, the referral letter (PDF), a message to the nurse, a reminder setting, glucose
readings (gzip), the recall, sharing with her husband, a consent form, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families148_kit import (
    CAMERA,
    HUSBAND,
    MAJ_HOME,
    MAJ_HOME_AT,
    MRN,
    PDF,
    VAN,
    VAN_FIX,
    fix,
    hd,
    push,
)
from eval_families148_sdk import cn_session, sb_batch, sb_identify, tp_event, tp_launch
from eval_families148_svc import cg_check, cg_save, fa_eval, hf_attach, ms_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mejaja", "Mejaja", "com.example.mejaja", "1.9.0", "https://api.mejaja.example.org")
IID = "X-Mejaja-Install"
FIT = "health.fitness"
PW = "Lagoon-Eyes-2025"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def mejaja() -> list[Case]:
    rng = random.Random(14821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mrn=L(MRN, MED), email=L(EMAIL, MAIL)))}
    vla, vlo = fix(VAN_FIX, 6)
    lab: dict[str, str] = {}
    sync = pb([(1, L(MRN, MED)), (2, CAMERA["serial"]), (3, 1765411200),
               (4, [(1, L("R1", MED)), (2, L("M0", MED)), (3, 2)]), (5, CAMERA["fw"])], "", lab)
    slot = "sl_" + opaque(rng, "", 10)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "password": L(PW, CRED), "village": L(MAJ_HOME["area"], COARSE),
            "diabetes": {"type": L("type 2", MED), "since": L(2016, MED)}}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "hba1c": L(8.4, MED), "medicines": [
                L("metformin 1000mg", MED), L("gliclazide 80mg", MED)],
            "bloodPressure": L("142/88", MED), "lastEyeExam": L("never", MED),
            "heightCm": L(163, FIT), "weightKg": L(79.0, FIT), "smoker": L(False, MED)}),
        case(f, f"{a}/v1/stops", headers=_h(rng, **b), query={
            "near": L(f"{MAJ_HOME_AT[0]:.3f},{MAJ_HOME_AT[1]:.3f}", PRECISE), "week": "2"}),
        case(f, f"{a}/v1/slots", headers=_h(rng, **b), body={
            "van": VAN["id"], "stop": "Delap Elementary", "slot": slot,
            "at": "2025-12-16T09:20:00+12:00", "mrn": L(MRN, MED)}),
        case(f, f"{a}/v1/slots/{slot}/checkin", fmt="form", headers=_h(rng, **b), body={
            "lat": vla, "lon": vlo, "mrn": L(MRN, MED)}),
        case(f, f"{a}/v1/vision", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "left": L("6/12", MED), "right": L("6/9", MED),
            "glasses": L(True, MED), "drops": L("tropicamide 1%", MED)}),
        multipart(f, f"{a}/v1/images", [
            ("left", "od_left.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("right", "os_right.jpg", "image/jpeg", L(JPEG + b"\xb2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED), "camera": CAMERA["serial"],
                                                "field": 2, "quality": "good"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/camera/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={"mrn": L(MRN, MED)}),
        case(f, f"{a}/v1/results/ack", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "grade": L("R2 pre-proliferative left", MED),
            "maculopathy": L("M1", MED), "seen": True}),
        multipart(f, f"{a}/v1/referrals", [
            ("letter", "referral.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"mrn": L(MRN, MED), "urgency": L("soon", MED),
                                               "team": "visiting ophthalmology"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("My left eye is blurry since Sunday, is that the sugar?",
                                     f"{TEXT}|{MED}"), "ref": rid(rng)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": L("metformin", MED), "time": "07:00", "tz": L("Pacific/Majuro", DEV)}),
        case(f, f"{a}/v1/glucose", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "readings": L([
                {"t": 1765238400 + 43200 * i, "mmol": round(rng.uniform(7.0, 13.1), 1)}
                for i in range(6)], MED)}),
        case(f, f"{a}/v1/recall", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "months": L(6, MED), "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "with": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "scope": ["results", "appointments"]}),
        case(f, f"{a}/v1/consent", fmt="form", headers=_h(rng, **b), body={
            "photos_for_training": "no", "signed_name": L(f"{FIRST} {LAST}", NAMEC),
            "mrn": L(MRN, MED)}),
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "item": "screening fee", "amount": L(5.0, BUY), "receipt": L("MJ-RC-10442", BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("slot_booked", 1), ev("result_viewed", 2),
                ev("screen", 3, screen=L("Results", USAGE))]}),
        case(f, f"{a}/v1/clinic/info", headers=_h(rng, how="none"), query={"van": VAN["id"]},
             cookies={"mj_sid": L(opaque(rng, "", 36), CRED), "mj_dev": L(INSTALL_ID, DID)}),
    ]


def mejaja_sdks() -> list[Case]:
    rng = random.Random(14822)
    return [
        sb_batch(APP, rng, [("Slot Booked", {"stop": "Delap Elementary"}),
                            ("Result Viewed", {"grade": L("R2", MED)})], at=VAN_FIX, nd=3),
        sb_identify(APP, rng, {"email": L(EMAIL, MAIL), "diabetes": L("type 2", MED),
                               "village": L("Delap", COARSE)}),
        tp_launch(APP, rng, user=True, n=4),
        tp_event(APP, rng, "screening_booked", {"van": VAN["id"]}, hashed=True),
        cn_session(APP, rng, secs=388),
        fa_eval(APP, rng, {"country": L("MH", COARSE)}, hdr=True),
        ps_register(APP, rng, at=MAJ_HOME_AT, nd=2, tags={"diabetes": L("yes", MED)}),
        cg_save(APP, rng, {"analytics": True, "ads": False}),
        cg_check(APP, rng, {"analytics": True, "ads": False}),
        ms_geocode(APP, rng, "Delap Elementary School", "behavior.search", near=MAJ_HOME_AT,
                   nd=2),
        hf_attach(APP, rng, L(JPEG + b"\xb3", f"{MEDIA}|{MED}"), "eye_screen.jpg",
                  "image/jpeg"),
    ]
