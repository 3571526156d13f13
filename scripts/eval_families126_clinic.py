"""Gout and kidney clinic app "Fatuola" (``fatu`` kidney, ``ola`` life) of a renal and gout
clinic in Apia where she is a patient (her own health data). Unlike set 118's self-kept gout log
this is the clinic's patient app: its record number, labs it orders, its prescriptions and
dietitian. Registration with her record number, a log-in, ``/me`` with a JWT, the intake
(conditions, medicines, family history), lab results (eGFR, creatinine, urate: msgpack), a flare
with a photo, a home blood-pressure reading, a protobuf day summary, fluid intake, a refill, the
dietitian's food diary (gzip), a visit booked, a message to the nurse, results shared with her New
York doctor, a lab-form photo, a food search, reminders, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    DIGITS,
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
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families126_kit import CLINIC, FALE_AT, MRN, NEPHRO, hd, obj
from eval_families126_sdk import ab_event, ab_launch, fr_crash, fr_crumb, mw_batch
from eval_families126_svc import hl_attach, ol_check, pc_register, tm_search, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fatuola", "Fatuola", "com.example.fatuola", "3.0.4", "https://api.fatuola.example.net")
IID = "X-Fatuola-Install"
PW = "Niu-Vai-2291!"
NY_DOC = ("Dr. Rachel Brenner", "r.brenner@gramercyint.example.com")  # typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fatuola() -> list[Case]:
    rng = random.Random(12631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, "2025-12-10"),
              (3, [(1, L(1850, MED)), (2, L(132.0, MED)), (3, L(84.0, MED))]),
              (4, L(6412, FIT)), (5, "bp-cuff-ble")], "", lab)
    diary = [{"meal": m, "food": L(food, MED), "purines": p} for m, food, p in
             [("breakfast", "koko Samoa and panikeke", "low"),
              ("lunch", "sapasui with pisupo", "high"), ("dinner", "oka i'a", "medium")]]
    return [
        case(f, f"{a}/v1/patients/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(DIGITS, TEL), "dob": L(DOB, BIRTH),
            "sex": L("F", GENDER), "mrn": L(MRN, MED), "password": L(PW, CRED),
            "clinicId": CLINIC["id"]}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, mrn=L(MRN, MED), email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "conditions": [L("gout", MED), L("chronic kidney disease stage 3a", MED),
                           L("hypertension", MED)],
            "medications": [{"name": L("allopurinol", MED), "dose": L("100 mg", MED)},
                            {"name": L("amlodipine", MED), "dose": L("5 mg", MED)}],
            "familyHistory": L("father on dialysis", MED), "heightCm": L(168, FIT),
            "weightKg": L(74.2, FIT), "smoker": L(False, MED)}),
        case(f, f"{a}/v1/labs", fmt="msgpack", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "drawn": "2025-12-08", "orderedBy": NEPHRO,
            "results": {"egfr": L(52, MED), "creatinine": L(118, MED), "urate": L(0.47, MED),
                        "potassium": L(4.6, MED)}}),
        multipart(f, f"{a}/v1/flares", [
            ("photo", "toe.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "joint": L("left big toe", MED), "pain": L(8, MED), "start": "2025-12-09T02:10",
                "trigger": L("seafood at the funeral feast", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/vitals/bp", headers=_h(rng, **b), body={
            "systolic": L(142, MED), "diastolic": L(91, MED), "pulse": L(78, FIT),
            "cuff": {"serial": "OMX-33-1902", "fw": "1.4"}}),
        raw(f, f"{a}/v1/days", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/fluids", fmt="form", headers=_h(rng, **b), body={
            "ml": L("1800", MED), "date": "2025-12-10", "limit": L("2000", MED)}),
        case(f, f"{a}/v1/prescriptions/refill", headers=_h(rng, **b), body={
            "rx": obj(rng, "rx", 6), "drug": L("allopurinol 100 mg", MED), "qty": 30,
            "pickup": "clinic pharmacy", "copay": L("15.00", BUY)}),
        case(f, f"{a}/v1/diet/diary", gz=True, headers=_h(rng, **b), body={
            "date": "2025-12-10", "items": L(diary, MED), "dietitian": "Mele"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                       "lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "with": NEPHRO, "slot": "2025-12-18T10:00",
            "reason": L("review kidney function and urate", MED), "fee": L("40.00", BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nurse",
            "text": L("My toe is swollen again since Tuesday, can I double the colchicine?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NY_DOC[0], NAMEC), "recipientEmail": L(NY_DOC[1], MAIL),
            "include": "labs,meds"}),
        multipart(f, f"{a}/v1/labs/forms", [
            ("scan", "lab_form.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 1})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/foods", query={"q": L("palusami purines", SEARCH)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "pill": "08:00", "water": "every 2h", "tz": L("Pacific/Apia", DEV)}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("SM-A546E", DEV), "locale": L("en_WS", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("lab_viewed", 1), ev("flare_logged", 2),
                ev("screen", 3, screen=L("KidneyTrends", USAGE))]}),
        case(f, f"{a}/v1/labs", headers=_h(rng, how="nodash"),
             cookies={"fo_sess": L(opaque(rng, "", 44), CRED)}),
    ]


def fatuola_sdks() -> list[Case]:
    rng = random.Random(12632)
    return [
        mw_batch(APP, rng, [("Flare Logged", {"joint": L("toe", MED)}),
                            ("Labs Viewed", {"egfr_band": L("3a", MED)})]),
        ab_launch(APP, rng, n=22),
        ab_event(APP, rng, "appointment_booked", {"clinic": CLINIC["id"]}, revenue=40.0),
        fr_crash(APP, rng, ("java.lang.NullPointerException", "urate chart"),
                 [fr_crumb("nav", "Labs -> Trends")], screen="TrendsActivity"),
        tp_eval(APP, rng, {"ckd": L(True, MED), "newDiet": True}),
        pc_register(APP, rng, tags={"pill_reminder": "on"}),
        ol_check(APP, rng, {"analytics": True, "research": False}),
        tm_search(APP, rng, "Fatuola clinic Motootua", "behavior.search", near=FALE_AT, nd=3),
        hl_attach(APP, rng, L(JPEG + b"\x83", f"{MEDIA}|{MED}"), "rash.jpg", "image/jpeg"),
    ]
