"""An anticoagulation clinic's INR self-testing app "Koagula" (she takes warfarin after a
mechanical heart-valve repair; the clinic is in Msida): sign-up with her clinic record number, an
OAuth password log-in, ``/me`` (JWT bearer), the intake (indication, target range, medicines,
the valve), the meter's pairing and a protobuf sync with its last result, INR results (gzip
series), a result photo of the meter, the nurse's dose plan, a dose log (msgpack), a missed dose
note, a bleeding-symptom check, a diet log of vitamin K foods, an appointment, a video consult,
a message to the nurse, strips ordered to her flat, results shared with her GP in the US by
e-mail, a travel letter as PDF, the clinic check-in by her fix, her card details by cookie, push
and events. Set 131 has a thyroid clinic and set 56 a pharmacy list naming warfarin; this is an
INR self-testing programme run by a clinic."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims
from eval_families144_kit import (
    CLINIC,
    CLINIC_FIX,
    CLINIC_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    METER,
    NURSE,
    SISTER_US,
    fix,
    hd,
    inr,
    obj,
    push,
)
from eval_families144_sdk import cf_session, sl_batch, sl_identify, tg_launch
from eval_families144_svc import (
    cb_check,
    fk_eval,
    hl_attach,
    hl_message,
    mg_geocode,
    mg_route,
    pq_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("koagula", "Koagula", "com.example.koagula", "4.0.3", "https://api.koagula.example.org")
IID = "X-Koagula-Device"
PW = "Warf-Valve!2026"
MED, FIT = "health.medical", "health.fitness"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def koagula() -> list[Case]:
    rng = random.Random(14403)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(CLINIC_NO, MED)))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, METER["serial"]), (3, 1767830400),
               (4, [(1, L(2.7, MED)), (2, L(32.0, MED)), (3, METER["strip_lot"])]),
               (5, METER["fw"])], "", lab)
    cla, clo = fix(CLINIC_FIX, 5)
    reads = inr(rng, 10)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, "secret.credential"),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER),
            "clinicNumber": L(CLINIC_NO, MED),
            "address": {"line1": L(HOME["line"], ADDR), "postcode": L(HOME["post"], COARSE),
                        "locality": L("Valletta", COARSE)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "koagula-android", "scope": "inr profile"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "indication": L("mechanical mitral valve", MED), "targetRange": L("2.5-3.5", MED),
            "anticoagulant": L("warfarin", MED), "weeklyDoseMg": L(35, MED),
            "otherMedicines": [L("Bisoprolol 2.5 mg", MED), L("Omeprazole 20 mg", MED)],
            "previousBleed": L(False, MED), "heightCm": L(168, FIT), "weightKg": L(64.0, FIT),
            "alcoholUnitsWeek": L(3, MED)}),
        case(f, f"{a}/v1/meters/pair", headers=_h(rng, **b), body={
            "serial": METER["serial"], "ble": METER["ble"], "firmware": METER["fw"],
            "patient": L(CLINIC_NO, MED)}),
        raw(f, f"{a}/v1/meters/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/inr/results", gz=True, headers=_h(rng, **b), body={
            "meter": METER["serial"], "results": L(reads, MED), "patient": L(CLINIC_NO, MED)}),
        multipart(f, f"{a}/v1/inr/photo", [
            ("photo", "meter.jpg", "image/jpeg", L(JPEG + b"\x1a", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"inr": L(2.1, MED), "strip": METER["strip_lot"],
                                               "takenAt": "2026-01-12T08:02:00+01:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dose-plan", headers=_h(rng, **b), query={
            "patient": L(CLINIC_NO, MED), "weeks": "2"}),
        case(f, f"{a}/v1/doses/log", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "doses": [
                {"day": "2026-01-10", "mg": L(5, MED), "taken": L(True, MED)},
                {"day": "2026-01-11", "mg": L(5, MED), "taken": L(False, MED)}]}),
        case(f, f"{a}/v1/doses/missed", fmt="form", headers=_h(rng, **b), body={
            "day": "2026-01-11",
            "note": L("Forgot my evening warfarin, we were on the boat back from Gozo",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "gumBleeding": L(True, MED), "bruising": L("small, left arm", MED),
            "blackStools": L(False, MED), "nosebleedMinutes": L(0, MED)}),
        case(f, f"{a}/v1/diet", headers=_h(rng, **b), body={
            "vitaminKFoods": [L("spinach", MED), L("broccoli", MED)],
            "note": L("Had a big plate of bigilla and greens at my mother-in-law's",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/appointments", fmt="form", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2026-01-20T09:15+01:00",
            "reason": L("INR 4.1 after antibiotics", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/consults/join", headers=_h(rng, **b), body={
            "room": obj(rng, "room"), "displayName": L(f"{FIRST} {LAST}", NAMEC),
            "joinToken": L(opaque(rng, "vt_", 40), CRED)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": L(NURSE[0], NAMEC),
            "text": L("My gums bled when brushing, should I skip tonight's dose?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/supplies/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "strips-24", "qty": 2}, {"sku": "lancets-50", "qty": 1}],
            "total": L(46.8, BUY), "deliverTo": {"line": L(HOME["line"], ADDR),
                                                 "phone": L(NATIONAL, TEL)}}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "recipientEmail": L("dr.halvorsen@clinic.example.net", MAIL),
            "recipientName": L("Dr Paul Halvorsen", NAMEC), "range": "90d",
            "patient": L(CLINIC_NO, MED), "ccEmail": L(SISTER_US[2], MAIL)}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "travel_letter.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "travel_letter",
                                               "patient": L(CLINIC_NO, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lng": clo},
            "clinicAt": {"lat": CLINIC["lat"], "lng": CLINIC["lon"]}, "queue": "A17"}),
        case(f, f"{a}/v1/card", headers=_h(rng, how="none"), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED), "kg_dev": L(INSTALL_ID, DID),
            "kg_mrn": L(CLINIC_NO, MED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("inr_logged", 1), ev("dose_confirmed", 2),
                ev("screen", 3, screen=L("DosePlan", USAGE))]}),
        case(f, f"{a}/v1/inr/latest", headers=_h(rng, **b), query={
            "patient": L(CLINIC_NO, MED), "fields": "inr,dose,next_test"}),
        case(f, f"{a}/v1/emergency-card", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH),
            "condition": L("mechanical mitral valve, on warfarin", MED),
            "iceName": L(HUSBAND[0], NAMEC), "icePhone": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/procedures", fmt="form", headers=_h(rng, **b), body={
            "kind": L("dental extraction", MED), "date": "2026-02-03",
            "bridging": L("enoxaparin 60 mg", MED), "dentist": "Dr A. Example"}),
    ]


def koagula_sdks() -> list[Case]:
    rng = random.Random(14404)
    return [
        sl_batch(APP, rng, [("INR Logged", {"in_range": L(True, MED)}),
                            ("Screen Viewed", {"screen": L("DosePlan", USAGE)})]),
        sl_identify(APP, rng, {"locality": L("Valletta", COARSE), "plan": "selftest"}),
        tg_launch(APP, rng, first=True),
        cf_session(APP, rng, secs=318),
        fk_eval(APP, rng, {"country": L("MT", COARSE), "programme": "selftest"}),
        pq_register(APP, rng, tags={"reminder": "evening", "clinic": CLINIC["id"]}),
        cb_check(APP, rng, {"analytics": True, "ads": False}),
        mg_geocode(APP, rng, "Harbour Anticoagulation Clinic", "behavior.search",
                   near=HOME_AT, nd=3),
        mg_route(APP, rng, [(HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)]),
        hl_message(APP, rng, L("The app shows my INR twice for Monday", TEXT),
                   {"clinicNumber": L(CLINIC_NO, MED)}),
        hl_attach(APP, rng, L(JPEG + b"\x2b", MEDIA), "screen.jpg", "image/jpeg"),
    ]
