"""Kidney-transplant immunosuppressant tracker "Kindinwell" (her transplant was in New York in
2023; her follow-up labs are in Lagos this year): sign-up, an OAuth password grant and an MFA
code, ``/me``, the transplant profile, her medicines, doses taken (msgpack), a pill-bottle photo,
tacrolimus trough and kidney-function results, a lab report (PDF), daily vitals (gzip), a cuff
reading (protobuf), a symptom check-in, a message to her nephrologist, a report shared with her,
a clinic visit, a pharmacy refill, reminders, the travel time zone, an emergency card, push,
events and the trend chart by a cookie-authenticated GET."""

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
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families27_kit import PDF
from eval_families78_kit import (
    CENTRE,
    HOME_NG,
    HOME_NG_AT,
    LAB,
    MEDS,
    NEPHRO,
    TX_DATE,
    TX_RECIPIENT,
    TZ,
    obj,
)
from eval_families78_sdk import ij_crash, ij_crumb, ip_bid, ky_batch, ky_lines, op_session
from eval_families78_svc import ay_eval, if_save, ik_register, ir_attach, ir_message, om_geocode
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("kindinwell", "Kindinwell", "com.example.kindinwell", "2.14.0",
          "https://api.kindinwell.example.com")
IID = "X-Kw-Install"
PW = "Graft&Grace2023"
CUFF = "KWC-3B-0041187"  # her BP cuff's serial (an accessory: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _med(i: int) -> dict[str, Any]:
    n, d, t = MEDS[i]
    return {"name": L(n, MED), "dose": L(d, MED), "times": t, "withFood": i == 1}


def kindinwell() -> list[Case]:
    rng = random.Random(7821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tx=L(TX_RECIPIENT, MED)))}
    lab: dict[str, str] = {}
    cuff = pb([(1, L(USER_ID, UID)), (2, CUFF), (3, [(1, L(128, MED)), (2, L(84, MED)),
                                                     (3, L(71, FIT))]), (4, 1765351200),
               (5, 87)], "", lab)
    dose = obj(rng, "dose", 10)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(E164, TEL), "terms": "2025-06"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kw-android", "scope": "profile meds labs"}),
        case(f, f"{a}/v1/mfa/verify", fmt="form", headers=_h(rng), body={
            "code": L("731260", CRED), "trust_device": "true",
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/transplant", headers=_h(rng, **b), body={
            "organ": L("kidney", MED), "date": L(TX_DATE, MED),
            "donor": L("living_related", MED), "recipientNo": L(TX_RECIPIENT, MED),
            "centre": {"id": CENTRE["id"], "name": CENTRE["name"], "phone": CENTRE["phone"]},
            "primaryDiagnosis": L("IgA nephropathy", MED), "bloodType": L("O+", MED),
            "cmvStatus": L("D+/R-", MED)}),
        case(f, f"{a}/v1/medicines", headers=_h(rng, **b), body={
            "medicines": [_med(0), _med(1), _med(2)], "pharmacyId": "ph_lg_0213"}),
        case(f, f"{a}/v1/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "id": dose, "drug": L(MEDS[0][0], MED), "dose": L(MEDS[0][1], MED),
            "scheduled": "2025-12-10T08:00:00+01:00", "takenAt": "2025-12-10T08:07:31+01:00",
            "late": False, "uid": L(USER_ID, UID)}),
        multipart(f, f"{a}/v1/medicines/scan", [
            ("photo", "bottle.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"drug": L(MEDS[1][0], MED),
                                                "lot": "MMF-24K118", "expires": "2026-08"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "lab": {"id": LAB["id"], "name": LAB["name"], "address": LAB["line"],
                    "lat": LAB["lat"], "lon": LAB["lon"]},
            "drawnAt": "2025-12-09T07:40:00+01:00", "results": [
                {"test": "tacrolimus_trough", "value": L(7.2, MED), "unit": "ng/mL"},
                {"test": "creatinine", "value": L(1.1, MED), "unit": "mg/dL"},
                {"test": "egfr", "value": L(62, MED), "unit": "mL/min/1.73m2"}],
            "sampleId": "MD-25-0099184"}),
        multipart(f, f"{a}/v1/labs/report", [
            ("report", "marina_results_0912.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"lab": LAB["id"], "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vitals", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "day": "2025-12-10", "bp": {
                "sys": L(128, MED), "dia": L(84, MED)}, "weightKg": L(66.4, FIT),
            "tempC": L(36.9, MED), "fluidInMl": L(2800, MED), "urineOutMl": L(2150, MED)}),
        raw(f, f"{a}/v1/vitals/cuff", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "symptoms": [L("tenderness over graft", MED), L("ankle swelling", MED)],
            "pain": L(3, MED), "fever": L(False, MED),
            "note": L("Swelling worse after the long flight, wearing compression socks",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "clin_8812", "thread": obj(rng, "thr", 8),
            "text": L("Trough was 7.2 on Tuesday, should I keep 4 mg or lower it?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/reports/share", headers=_h(rng, **b), body={
            "recipient": {"name": L(NEPHRO[0], NAMEC), "email": L(NEPHRO[2], MAIL),
                          "phone": L(NEPHRO[1], TEL)},
            "range": "90d", "include": ["labs", "doses", "vitals"]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "clinic": "clin_lg_0440", "slot": "2025-12-17T10:30:00+01:00",
            "reason": L("3-monthly post-transplant review", MED), "visitId": obj(rng, "vis", 8)}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "drug": L(MEDS[0][0], MED), "packs": 2, "pharmacy": "ph_lg_0213",
            "deliverTo": {"line": L(HOME_NG["line"], ADDR), "area": L(HOME_NG["area"], COARSE),
                          "city": L(HOME_NG["city"], COARSE)},
            "total": L("84500.00", BUY), "currency": "NGN",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "drug": L(MEDS[2][0], MED), "time": "08:00", "snooze": "10", "sound": "chime"}),
        case(f, f"{a}/v1/settings/travel", headers=_h(rng, **b), body={
            "deviceTz": L(TZ, DEV), "shiftDoses": True, "city": L("Lagos", COARSE),
            "returnDate": "2026-09-30"}),
        case(f, f"{a}/v1/emergency-card", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "condition": L("Kidney transplant recipient", MED),
            "allergies": [L("sulfonamides", MED)], "meds": [L(m[0], MED) for m in MEDS],
            "contact": {"name": L("Yetunde Adeyemi", NAMEC), "phone": L("+2348035550176", TEL)}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dose_logged", 1, onTime=True), ev("lab_added", 2),
                ev("screen", 3, screen=L("TroughTrend", USAGE))]}),
        case(f, f"{a}/v1/trends/trough", query={"range": "180d"},
             headers=_h(rng, how="none"), cookies={"kw_session": L(opaque(rng, "", 40), CRED),
                                                  "kw_uid": L(USER_ID, UID)}),
    ]


def kindinwell_sdks() -> list[Case]:
    rng = random.Random(7822)
    return [
        ky_batch(APP, rng, [("Dose Logged", {"drug": L(MEDS[0][0], MED), "onTime": True}),
                            ("Lab Result Added", {"test": L("tacrolimus_trough", MED)})]),
        ky_lines(APP, rng, [("Reminder Fired", {}), ("Dose Logged", {"late": True})]),
        op_session(APP, rng, user=True, n=41),
        ip_bid(APP, rng, {"native": {"ver": "1.2"}}, keywords=L("kidney health,dialysis", MED)),
        ij_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"7,2\""),
                 [ij_crumb("nav", "Labs -> AddResult"), ij_crumb("net", "POST /v1/labs")],
                 screen="AddLabActivity"),
        ay_eval(APP, rng, {"organ": L("kidney", MED), "country": L("NG", COARSE)}),
        ik_register(APP, rng, tags={"reminders": "on"}),
        if_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        ir_message(APP, rng, L("Refill order 2 packs still pending since Monday", TEXT),
                   {"plan": "plus"}),
        ir_attach(APP, rng, L(JPEG + b"\x82", f"{MEDIA}|{MED}"), "prescription.jpg",
                  "image/jpeg"),
        om_geocode(APP, rng, "pharmacy", "behavior.search", near=HOME_NG_AT, nd=3),
    ]

