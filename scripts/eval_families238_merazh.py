"""A facial plastic surgery clinic's patient app "Merazh" (Magas; her septorhinoplasty: a
deviated septum that blocks her breathing and a dorsal hump; an English camelCase API with
Ingush words where the clinic's forms are bilingual: ``tsamogash`` illness, ``molkha``
medicine, ``lor`` doctor, ``lazar`` pain, ``surt`` photo, ``khaam`` message, ``dosh``
remark, ``tsi`` name, ``familie`` surname, ``vaennai_di`` birth date, ``pol`` sex): sign-up
with her residence permit, a log-in by SMS code, ``/me``, the questionnaire (gzip), face photos
for the plan, the 3D simulation's choices, a sinus CT (PDF), the consultation booked, the
deposit, the lab tests, results by medical card number in the path, the consent signature, a
check-in with her fix, a protobuf recovery diary, a message to her surgeon, prescriptions, a
video review with a join token, the splint removal, sharing with her husband, the invoice by
cookie, instalments (her rouble account), push and events. An earlier set has a sinus operation
(a FESS for chronic sinusitis in Guwahati); "rhinoplast" and "plastic surg" matched no
docstring: here a facial plastic surgeon's septorhinoplasty with a simulation."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
from eval_families238_kit import (
    CARD_NO,
    CLINIC,
    CLINIC_FIX,
    HOME_AT,
    HUSBAND,
    RU_ACCOUNT,
    SURGEON,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families238_sdk import cm_session, mg_batch, mg_queue, tv_launch
from eval_families238_svc import cb_check, fd_eval, hg_attach, mt_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("merazh", "Merazh", "com.example.merazh", "2.2.5", "https://api.merazh.example.net")
IID = "X-MZ-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def merazh() -> list[Case]:
    rng = random.Random(23851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(CARD_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1770192000),
                (3, [(1, L(3, MED)), (2, L("moderate", MED)), (3, L("yellow bruising", MED)),
                     (4, L(True, MED))]),
                (4, "2.2.5")], "", lab)
    results = at_path(case(f, f"{a}/v1/cards/{CARD_NO}/labs", headers=_h(rng, **b),
                           query={"status": "ready"}), CARD_NO, MED)
    return [
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "tsi": L(FIRST, NAMEC), "familie": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "vaennai_di": L(DOB, BIRTH), "pol": L("zh", GENDER),
            "document": {"type": "vnzh", "number": L(VNZH, NID)}, "source": "friend"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("590273", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/questionnaire", gz=True, headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED),
            "tsamogash": [L("deviated septum", MED), L("nasal obstruction left", MED)],
            "molkha": [L("xylometazoline spray", MED)], "allergies": [L("latex", MED)],
            "priorSurgery": L("none", MED), "smoker": L(False, MED),
            "pregnant": L(False, MED), "snoring": L(True, MED)}),
        multipart(f, f"{a}/v1/photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("profile", "profile_l.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"card": L(CARD_NO, MED), "set": "preop"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/simulation", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "dorsalHump": L("reduce 2 mm", MED),
            "tip": L("slight rotation", MED), "septum": L("straighten", MED),
            "dosh": L("I want it to look natural, not small", TEXT)}),
        multipart(f, f"{a}/v1/imaging", [
            ("ct", "sinus_ct.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"card": L(CARD_NO, MED), "kind": "CT",
                                                "region": L("paranasal sinuses", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "type": L("septorhinoplasty consultation", MED),
            "start": "2026-01-26T11:30", "lor": "dr_0007", "price": L(3000, BUY)}),
        case(f, f"{a}/v1/payments/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("30000", BUY), "currency": "RUB", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "card": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/labs/order", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED),
            "tests": [L("CBC", MED), L("coagulation", MED), L("HIV/HBV/HCV", MED),
                      L("ECG", MED)], "lab": "lab_magas_1"}),
        results,
        multipart(f, f"{a}/v1/consents", [
            ("signature", "sig.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {"card": L(CARD_NO, MED), "form": "srp_v4",
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": L(SURGEON[0], NAMEC), "email": L(SURGEON[1], MAIL)},
            "khaam": L("Day 4: the lazar is less but I still cannot breathe through the left "
                       "side, is the splint blocking it?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/prescriptions", headers=_h(rng, **b), query={
            "card": L(CARD_NO, MED), "active": "true"}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/appointments/splint", fmt="form", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "type": L("splint removal", MED),
            "date": "2026-02-10", "slot": obj(rng, "sl")}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "card": L(CARD_NO, MED), "with": {"name": L(HUSBAND[0], NAMEC),
                                              "phone": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        case(f, f"{a}/v1/invoices/latest", headers=_h(rng, how="none"), cookies={
            "mz_session": L(opaque(rng, "", 40), CRED), "mz_dev": L(INSTALL_ID, DID),
            "mz_req": rid(rng)}),
        case(f, f"{a}/v1/payments/instalments", headers=_h(rng, **b), body={
            "total": L(165000, BUY), "months": 10, "monthly": L(16500, BUY),
            "account": L(RU_ACCOUNT, PAY), "card": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("simulation_saved", 1), ev("screen", 2, screen=L("RecoveryDiary", USAGE))]}),
    ]


def merazh_sdks() -> list[Case]:
    rng = random.Random(23852)
    return [
        mg_batch(APP, rng, [("Simulation Saved", {"views": 3}),
                            ("Deposit Paid", {"amount": L(30000, BUY)})]),
        mg_queue(APP, rng, [("Diary Entry", {"swelling": L("moderate", MED)}),
                            ("Photo Uploaded", {"day": 7})]),
        tv_launch(APP, rng, first=True, user=True),
        cm_session(APP, rng, secs=602),
        fd_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("rhinoplasty", MED)}, hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "Magas Facial Surgery Centre", "behavior.search", near=HOME_AT,
                   nd=2),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_summary.pdf",
                  "application/pdf"),
    ]
