"""A physiotherapy centre's app "Ssanyu Rehab" (Kololo, Kampala; ``ssanyu`` joy): her right knee
after a boda-boda (motorcycle taxi) crash (her own health data). Unlike set 64's running-gait
analysis and set 6's body tracker, it is a clinic's rehabilitation course after a road
accident: the injury's intake with where the crash happened, an X-ray report, sessions with
range-of-motion readings measured by the phone's camera, a home-exercise log, a pain diary, a
health-insurance claim, crutches on hire. Calls: the patient's sign-up (her insurance member
number, her alien ID card), a PIN log-in, ``/me``, the intake, the X-ray report (PDF), an
appointment, a check-in at the centre, a session's record, the home-exercise log (msgpack),
knee angles (protobuf), the pain diary (gzip), an insurance claim and its documents by claim
number in the path, a co-payment, a message to the physiotherapist, sharing with her, steps,
body measurements, a crutch hire, a video session, an exercise search, the plan by a cookie
GET, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families24_kit import claims
from eval_families138_kit import (
    ACCIDENT_AT,
    ALIEN_ID,
    KLA_HOME,
    PATIENT_NO,
    PHYSIO,
    PHYSIO_FIX,
    POLICY,
    THERAPIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families138_sdk import cs_crash, cs_crumb, cs_session, sn_batch, ta_launch
from eval_families138_svc import (
    cj_card,
    fr_eval,
    hm_attach,
    mk_reverse,
    pn_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ssanyu", "Ssanyu Rehab", "com.example.ssanyurehab", "2.2.5",
          "https://api.ssanyurehab.example.org")
IID = "X-Ssanyu-Install"
PIN = "604219"
FIT = "health.fitness"
NATID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48, 112))
CLAIM = "CLM-SVM-2601-0442"  # her insurance claim (financial.purchase: the bill claimed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, lang=False, **kw)


def ssanyu() -> list[Case]:
    rng = random.Random(13851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT_NO, MED)))}
    xla, xlo = fix(ACCIDENT_AT, 5)
    pla, plo = fix(PHYSIO_FIX, 5)
    sess = obj(rng, "ses")
    lab: dict[str, str] = {}
    angles = pb([(1, L(PATIENT_NO, MED)), (2, sess),
                 (3, [(1, L(95.0, MED)), (2, L(-5.0, MED)), (3, "right")]),
                 (4, [(1, L(102.0, MED)), (2, L(-3.0, MED)), (3, "right")]),
                 (5, "cam-gonio-1.4")], "", lab)
    claim_docs = at_path(case(f, f"{a}/v1/claims/{CLAIM}/documents", headers=_h(rng, **b)),
                         CLAIM, BUY)
    pain = [{"d": f"2026-01-{d:02d}", "am": 6 - d // 6, "pm": 7 - d // 5} for d in range(5, 15)]
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "pin": L(PIN, CRED), "dob": L(DOB, BIRTH),
            "sex": L("female", GENDER), "idNumber": L(ALIEN_ID, NATID),
            "address": {"line": L(KLA_HOME["line"], ADDR), "area": L("Muyenga", COARSE),
                        "city": L("Kampala", COARSE)},
            "insurance": {"insurer": "Savannah Mutual Health", "memberNo": L(POLICY, MED)},
            "fileNo": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "mechanism": L("boda-boda passenger, fell on the right side", MED),
            "injuryDate": "2025-12-28", "diagnosis": L("right knee MCL sprain, grade 2", MED),
            "painScore": L(6, MED), "swelling": L(True, MED), "surgery": False,
            "accidentAt": {"lat": xla, "lon": xlo}, "policeRef": "CPS-KBL-1228-0917",
            "painkillers": [L("Diclofenac 50 mg", MED)]}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "xray_right_knee.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "xray_report",
                                                "patient": L(PATIENT_NO, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "centre": PHYSIO["id"], "slot": "2026-01-15T10:00+03:00",
            "reason": L("Knee gives way on stairs", f"{TEXT}|{MED}"),
            "booking": L("APT-26-3381", BUY)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "centre": PHYSIO["id"], "at": {"lat": pla, "lon": plo},
            "centreAt": {"lat": PHYSIO["lat"], "lon": PHYSIO["lon"]}}),
        case(f, f"{a}/v1/sessions/{sess}", headers=_h(rng, **b), body={
            "flexionDeg": L(95, MED), "extensionDeg": L(-5, MED),
            "painBefore": L(5, MED), "painAfter": L(3, MED),
            "exercises": [{"code": "SLR", "sets": 3, "reps": 12},
                          {"code": "mini-squat", "sets": 2, "reps": 10}],
            "therapist": "th_014"}),
        case(f, f"{a}/v1/home-exercises/log", fmt="msgpack", headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "days": [
                {"d": "2026-01-12", "done": 3, "pain": L(4, MED)},
                {"d": "2026-01-13", "done": 2, "pain": L(5, MED)}], "programme": "knee-p2"}),
        raw(f, f"{a}/v1/rom/measurements", angles, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pain-diary", gz=True, headers=_h(rng, **b), body={
            "patient": L(PATIENT_NO, MED), "scale": "0-10", "entries": L(pain, MED)}),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "memberNo": L(POLICY, MED),
            "amount": L(480000, BUY), "sessions": 4,
            "diagnosisCode": L("S83.4", MED), "currency": "UGX"}),
        claim_docs,
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "claim": L(CLAIM, BUY), "copay": L(96000, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "therapist", "text": L("Sharp pain on the inside of the knee after the "
                                         "squats yesterday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "with": {"name": L(THERAPIST[0], NAMEC), "email": L(THERAPIST[1], MAIL)},
            "include": ["rom", "pain"], "days": 30}),
        case(f, f"{a}/v1/activity", headers=_h(rng, **b), body={
            "source": "health_connect", "days": [{"d": "2026-01-12", "steps": L(2210, FIT)},
                                                 {"d": "2026-01-13", "steps": L(3085, FIT)}]}),
        case(f, f"{a}/v1/body", headers=_h(rng, **b), body={
            "heightCm": L(166, FIT), "weightKg": L(68.4, FIT), "thighCm": L(51.5, FIT)}),
        case(f, f"{a}/v1/equipment/hire", headers=_h(rng, **b), body={
            "item": "elbow_crutches", "weeks": 3, "deposit": L(70000, BUY),
            "deliverTo": L(KLA_HOME["line"], ADDR)}),
        case(f, f"{a}/v1/video/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "name": L(f"{FIRST} {LAST}", NAMEC),
            "token": L(opaque(rng, "vr_", 40), CRED)}),
        case(f, f"{a}/v1/exercises/search", headers=_h(rng, **b), query={
            "q": L("knee strengthening without squats", SEARCH), "level": "2"}),
        case(f, f"{a}/v1/plan", headers=_h(rng, how="none"), cookies={
            "sr_session": L(opaque(rng, "", 40), CRED), "sr_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("session_done", 1), ev("rom_measured", 2, deg=L(95, MED)),
                ev("screen", 3, screen=L("PainDiary", USAGE))]}),
    ]


def ssanyu_sdks() -> list[Case]:
    rng = random.Random(13852)
    return [
        sn_batch(APP, rng, [("Exercise Completed", {"code": "SLR"}),
                            ("Pain Logged", {"score": L(4, MED)})]),
        ta_launch(APP, rng, user=True, n=9),
        cs_crash(APP, rng, ("java.lang.IllegalStateException", "camera pose not ready"),
                 [cs_crumb("nav", "Session -> Measure"), cs_crumb("log", "landmarks lost")],
                 screen="MeasureActivity"),
        cs_session(APP, rng, secs=905),
        fr_eval(APP, rng, {"centre": PHYSIO["id"], "programme": L("knee rehab", MED)},
                hdr=True),
        pn_register(APP, rng, tags={"centre": PHYSIO["id"]}),
        cj_card(APP, rng),
        mk_reverse(APP, rng, ACCIDENT_AT, PRECISE, nd=5),
        hm_attach(APP, rng, L(JPEG + b"\x9a", f"{MEDIA}|{MED}"), "bruise.jpg", "image/jpeg"),
    ]

