"""Dental-implant clinic app "Kbilmedi" (Saburtalo; her lower-left molar implant): sign-up with
her residence permit, a log-in by SMS code, ``/me``, the medical questionnaire (medicines,
allergies, smoking, bleeding), a CBCT scan upload (PDF), the treatment plan and its quote, a
deposit, the surgery booking, the consent form, a check-in at the clinic, a protobuf post-op pain
and swelling diary, photos of the healing gum, a message to her dentist, medicines, a video
consult, the crown's shade, sharing her chart with her husband, the invoice by chart number in the
path, an instalment plan, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families151_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DENTIST,
    HUSBAND,
    IMPLANT,
    RESIDENCE,
    TB_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families151_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families151_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("kbilmedi", "Kbilmedi", "com.example.kbilmedi", "4.2.0",
          "https://api.kbilmedi.example.net")
IID = "X-KM-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kbilmedi() -> list[Case]:
    rng = random.Random(15121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chart=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1768003200),
                (3, [(1, L(4, MED)), (2, L(2, MED)), (3, L("ibuprofen 400 mg", MED))]),
                (4, "1.3.2")], "", lab)
    inv = at_path(case(f, f"{a}/v3/patients/{CHART}/invoices", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v3/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "sex": L("F", GENDER),
            "document": {"type": "residence_permit", "number": L(RESIDENCE, NID)},
            "language": "en", "referral": "friend"}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("482913", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/questionnaire", gz=True, headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "medicines": [L("levothyroxine 50 mcg", MED)],
            "allergies": [L("penicillin", MED)], "smoker": L(False, MED),
            "bleedingDisorder": L(False, MED), "thyroid": L("hypothyroidism", MED),
            "pregnant": L(False, MED), "lastDentalVisit": "2024-11"}),
        multipart(f, f"{a}/v3/imaging", [
            ("scan", "cbct_lower_left.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"chart": L(CHART, MED), "kind": "CBCT",
                                                "region": L("lower left molar", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/plans/current", headers=_h(rng, **b), query={"chart": L(CHART, MED)}),
        case(f, f"{a}/v3/plans/accept", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "tooth": L(IMPLANT["site"], MED),
            "procedure": L("implant + bone graft", MED), "system": IMPLANT["system"],
            "quote": L(2450, BUY), "currency": "GEL"}),
        case(f, f"{a}/v3/payments/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500", BUY), "currency": "GEL", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "chart": L(CHART, MED)}),
        case(f, f"{a}/v3/appointments", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "type": L("implant surgery", MED), "start": "2026-01-20T10:00",
            "chair": "ch_04", "sedation": L("local", MED)}),
        multipart(f, f"{a}/v3/consents", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(30), MEDIA)),
            ("form", None, "application/json", {"chart": L(CHART, MED), "form": "implant_v7",
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v3/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/healing/photos", [
            ("photo", "day7.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"chart": L(CHART, MED), "day": 7,
                                                "swelling": L("mild", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": {"name": L(DENTIST[0], NAMEC), "email": L(DENTIST[1], MAIL)},
            "text": L("The gum is still bleeding a little on day 3, is that normal?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/prescriptions", headers=_h(rng, **b), query={
            "chart": L(CHART, MED), "active": "true"}),
        case(f, f"{a}/v3/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"),
            "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/crown/shade", fmt="form", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "shade": L("A2", MED), "material": L("zirconia", MED)}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "with": {"name": L(HUSBAND[0], NAMEC),
                                             "phone": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        inv,
        case(f, f"{a}/v3/payments/instalments", headers=_h(rng, **b), body={
            "total": L(1950, BUY), "months": 6, "monthly": L(325, BUY),
            "iban": L("GE29NB0000000101904917", PAY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("plan_viewed", 1), ev("screen", 2, screen=L("HealingDiary", USAGE))]}),
    ]


def kbilmedi_sdks() -> list[Case]:
    rng = random.Random(15122)
    return [
        mc_batch(APP, rng, [("Plan Accepted", {"tooth": L(IMPLANT["site"], MED)}),
                            ("Deposit Paid", {"amount": L(500, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"pain": L(4, MED)}),
                            ("Photo Uploaded", {"day": 7})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=512),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("implants", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Saburtalo Implant Dental Centre", "behavior.search",
                   near=TB_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "panoramic_xray.pdf", "application/pdf"),
    ]
