"""Dialysis-schedule app "Dialyslot" (a New York company; she dialyses three times a week at her
Manhattan unit and books travel dialysis for her months in Baku): sign-up, a password grant and
an MFA code, ``/me`` with a JWT, her prescription and nephrologist, units near her (the profile's
position in the path) and near her Baku flat, a travel request with the serology a visiting
centre asks for, the referral letter (PDF) and a lab sheet's photo, the week's schedule, a chair
slot booked with a pick-up from her flat, a swap request, a check-in at the chair, the chair's
vitals (gzip), the session's end (msgpack), fluids (form), labs, medicines, a message to her
care team, results shared with her nephrologist, push, events and reminders by a JWT cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    ADDR,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families95_kit import (
    BAKU_HOME,
    BAKU_HOME_AT,
    BAKU_UNIT,
    CHAIR_FIX,
    MEMBER_DS,
    NEPHRO,
    NY_UNIT,
    fix,
    obj,
    vitals,
)
from eval_families95_sdk import cm_batch, cm_queue, fm_sessions, sm_session
from eval_families95_svc import ce_geocode, ce_route, ov_save, pt_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("dialyslot", "Dialyslot", "com.example.dialyslot", "2.14.1",
          "https://api.dialyslot.example.com")
IID = "X-Dialyslot-Device"
PW = "Fistula-Harbor-31"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def dialyslot() -> list[Case]:
    rng = random.Random(9521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_DS, MED)))}
    b = {"auth": "bearer"}
    trq, slot, sess = obj(rng, "trq", 8), obj(rng, "slot", 8), obj(rng, "ses", 8)
    seg = f"{LAT:.4f},{LON:.4f}"
    near_home = at_path(case(f, f"{a}/v1/units/nearby/{seg}", query={"radiusKm": "10"},
                             headers=_h(rng, **b)), seg, PRECISE)
    pla, plo = fix(BAKU_HOME_AT)
    cla, clo = fix(CHAIR_FIX)
    acc: Acc = {}
    jar = {"ds_session": tok(claims(rng, scope="patient"), "cookie", "ds_session", acc)}
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH),
            "homeUnit": NY_UNIT["id"], "memberId": L(MEMBER_DS, MED),
            "modality": L("in-center hemodialysis", MED)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dialyslot-android"}),
        case(f, f"{a}/v1/oauth/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("551204", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/prescription", headers=_h(rng, **b), body={
            "dryWeightKg": L(63.5, MED), "sessionsPerWeek": L(3, MED), "hours": L(4, MED),
            "dialyzer": L("FX80", MED), "bloodFlow": L(350, MED), "dialysateFlow": L(500, MED),
            "heparinIU": L(2000, MED), "access": L("left forearm AV fistula", MED),
            "nephrologist": {"name": L(NEPHRO[0], NAMEC), "email": L(NEPHRO[1], MAIL),
                             "phone": L(NEPHRO[2], TEL)}}),
        near_home,
        case(f, f"{a}/v1/units/search", headers=_h(rng, **b), query={
            "near": L(f"{BAKU_HOME_AT[0]:.3f},{BAKU_HOME_AT[1]:.3f}", PRECISE),
            "from": "2025-12-15", "to": "2026-01-09", "q": L("Bakı dializ", SEARCH)}),
        case(f, f"{a}/v1/travel-requests", headers=_h(rng, **b), body={
            "id": trq, "unitId": BAKU_UNIT["id"], "from": "2025-12-15", "to": "2026-01-09",
            "serology": {"hbsag": L("negative", MED), "antiHcv": L("negative", MED),
                         "hiv": L("negative", MED), "testedOn": "2025-11-28"},
            "lastKtV": L(1.42, MED), "referringDoctor": L(NEPHRO[0], NAMEC),
            "localAddress": L(BAKU_HOME["unvan"], ADDR), "localCity": L("Baku", COARSE),
            "phone": L(E164, TEL)}),
        multipart(f, f"{a}/v1/travel-requests/{trq}/documents", [
            ("file", "referral_letter.pdf", "application/pdf", L(PDF + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"docType": "referral_letter", "pages": 2})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/travel-requests/{trq}/documents", [
            ("file", "serology.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"docType": "lab_sheet", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "unit": BAKU_UNIT["id"], "week": "2025-W51"}),
        case(f, f"{a}/v1/schedule/slots/{slot}/book", headers=_h(rng, **b), body={
            "shift": "MWF-2", "chair": "C14", "transport": True,
            "pickup": {"address": L(BAKU_HOME["unvan"], ADDR), "lat": pla, "lon": plo,
                       "time": "11:15"},
            "unit": {"id": BAKU_UNIT["id"], "name": BAKU_UNIT["name"],
                     "phone": BAKU_UNIT["phone"], "line": BAKU_UNIT["line"],
                     "lat": BAKU_UNIT["lat"], "lon": BAKU_UNIT["lon"]}}),
        case(f, f"{a}/v1/schedule/swaps", headers=_h(rng, **b), body={
            "from": slot, "to": obj(rng, "slot", 8),
            "reason": L("Ferry to Aktau on Saturday, can I move to Friday afternoon?", TEXT)}),
        case(f, f"{a}/v1/sessions/{sess}/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "accuracy": 11, "preWeightKg": L(65.9, FIT),
            "preBp": {"sys": L(148, MED), "dia": L(86, MED)}, "tempC": L(36.6, MED)}),
        case(f, f"{a}/v1/sessions/{sess}/vitals", gz=True, headers=_h(rng, **b), body={
            "chair": "C14", "machine": "4008S-22117", "readings": L(vitals(rng, 8), MED)}),
        case(f, f"{a}/v1/sessions/{sess}/end", fmt="msgpack", headers=_h(rng, **b), body={
            "postWeightKg": L(63.7, FIT), "ufMl": L(2200, MED), "ktv": L(1.38, MED),
            "durationMin": L(238, MED), "symptoms": [L("cramps", MED), L("headache", MED)],
            "needle": "15G", "endedAt": 1765476120}),
        case(f, f"{a}/v1/fluids", fmt="form", headers=_h(rng, **b), body={
            "ml": L("250", MED), "drink": "tea", "at": "2025-12-16T09:12"}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "date": "2025-12-17", "potassium": L(5.3, MED), "phosphate": L(1.9, MED),
            "albumin": L(38, MED), "hemoglobin": L(10.9, MED), "lab": "unit_az_0031"}),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={
            "list": [L("sevelamer 800 mg", MED), L("cinacalcet 30 mg", MED),
                     L("epoetin alfa 4000 IU", MED)], "updated": "2025-12-16"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "care_team",
            "text": L("My fistula thrill feels weaker since the flight, should I worry?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEPHRO[0], NAMEC), "recipientEmail": L(NEPHRO[1], MAIL),
            "include": "sessions,labs", "range": "30d"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "timezone": L("Asia/Baku", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("slot_booked", 1, shift="MWF-2"), ev("checkin", 2),
                ev("screen", 3, screen=L("TravelRequest", USAGE))]}),
        add(case(f, f"{a}/v1/reminders", headers=_h(rng, how="upper"), cookies=jar), acc),
    ]


def dialyslot_sdks() -> list[Case]:
    rng = random.Random(9522)
    return [
        cm_batch(APP, rng, [("Session Checked In", {"unit": BAKU_UNIT["id"]}),
                            ("Travel Request Sent", {"days": 25})],
                 at=CHAIR_FIX, nd=2, baku=True, tz="Asia/Baku"),
        cm_queue(APP, rng, [("Fluid Logged", {"ml": L(250, MED)}),
                            ("Reminder Opened", {"kind": "session"})]),
        sm_session(APP, rng, 41, baku=True),
        fm_sessions(APP, rng, [12, 7, 19]),
        sb_eval(APP, rng, {"modality": L("in-center hemodialysis", MED), "travel": True},
                get=True),
        pt_register(APP, rng, tz="Asia/Baku", tags={"unit": BAKU_UNIT["id"], "shift": "MWF-2"}),
        ov_save(APP, rng, {"analytics": True, "marketing": False}),
        ce_route(APP, rng, [(BAKU_HOME_AT, PRECISE), ((BAKU_UNIT["lat"], BAKU_UNIT["lon"]), None)]),
        ce_geocode(APP, rng, "Təbriz küçəsi 12, Bakı", SEARCH, near=BAKU_HOME_AT, nd=3),
    ]
