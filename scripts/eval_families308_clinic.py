"""A Kalimpong women's clinic app "Durpincare" (her left ovarian cyst under watch; keys in
Lepcha and Nepali with the English of medical forms: ``abryang`` name, ``ptso`` surname, ``fon``
phone, ``janmamiti`` birth date, ``linga`` sex, ``dok`` illness, ``aushadhi`` medicine,
``vee`` blood (``vee_samuha`` blood group, ``vee_jaanch`` blood test, Nepali ``jaanch``),
``pet_dukhai`` belly pain (Nepali), ``mahinabari`` period (Nepali), ``garbha`` pregnancy
(Nepali), ``li`` house, ``rakam`` amount, ``bhuktani`` payment, ``ring`` message, ``jiwansathi``
spouse): sign-up with her passport as the foreign patient's ID, an SMS code, ``/me``, the
intake (gzip), an ultrasound report (PDF), reports by record number, a CA-125 home blood draw at
her flat, the follow-up scan booked, its payment, the check-in, a protobuf symptom diary, a
message to her gynaecologist, prescriptions, a video room, sharing with her husband, invoices by
record number in the path, a travel-insurance claim, a pill reminder, push and events. Earlier
sets have gynaecology for fibroids (147, 219), endometriosis (44) and cervical screening (134,
261, 266); none follows an ovarian cyst (a grep for "ovarian cyst" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families308_kit import (
    CLINIC,
    CLINIC_FIX,
    GYNAE,
    HOME,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    UHID,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import cr_session, ta_batch, ta_queue, tr_launch
from eval_families308_svc import cm_check, fd_eval, hk_attach, mt_geocode, pr_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("durpincare", "Durpincare", "com.example.durpincare", "5.0.3",
          "https://api.durpincare.example.com")
IID = "X-DC-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
PREG = f"{MED}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def durpincare() -> list[Case]:
    rng = random.Random(30851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), uhid=L(UHID, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(UHID, MED)), (2, 1771300000),
                (3, [(1, L(3, MED)), (2, L("spotting", MED)), (3, L("paracetamol 500 mg", MED))]),
                (4, "5.0.3")], "", lab)
    inv = at_path(case(f, f"{a}/v3/patients/{UHID}/invoices", headers=_h(rng, **b)), UHID, MED)
    return [
        case(f, f"{a}/v3/patients", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "janmamiti": L(DOB, BIRTH), "linga": L("mahila", GENDER),
            "id_document": {"type": "passport", "number": L(PASSPORT, NID)},
            "uhid": L(UHID, MED), "referral": "self"}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "code": L("770314", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/intake", gz=True, headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "dok": L("left ovarian cyst, 4.2 cm, simple", MED),
            "mahinabari": {"last": L("2026-02-02", MED), "cycle_days": L(29, MED)},
            "garbha": L(False, PREG), "pet_dukhai": L("dull, left side, mid-cycle", MED),
            "aushadhi": [L("combined pill", MED), L("iron 100 mg", MED)],
            "allergy": [L("sulfa drugs", MED)], "vee_samuha": L("B+", MED),
            "surgery_before": L(False, MED)}),
        multipart(f, f"{a}/v3/reports/upload", [
            ("report", "tvs_usg_jan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uhid": L(UHID, MED), "kind": "ultrasound",
                                                "finding": L("4.2 cm simple cyst", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/reports", headers=_h(rng, **b), query={"uhid": L(UHID, MED),
                                                               "kind": "all"}),
        case(f, f"{a}/v3/labs/home-collection", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "vee_jaanch": [L("CA-125", MED), L("CBC", MED)],
            "li": L(HOME["line"], ADDR), "at": {"lat": hla, "lng": hlo},
            "slot": "2026-02-20T08:00", "rakam": L(1450, BUY), "fasting": True}),
        case(f, f"{a}/v3/appointments", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "type": L("follow-up ultrasound", MED),
            "start": "2026-03-04T11:30", "doctor": "dr_0412", "room": "usg_2"}),
        case(f, f"{a}/v3/payments", fmt="form", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "rakam": L("1800", BUY), "mudra": "INR",
            "bhuktani": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"],
                       "phone": CLINIC["phone"]}}),
        raw(f, f"{a}/v3/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": {"abryang": L(GYNAE[0], NAMEC), "email": L(GYNAE[1], MAIL)},
            "ring": L("Doctor, the pain on the left side is sharper since yesterday, should I "
                      "come before the 4th?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/prescriptions", headers=_h(rng, **b), query={
            "uhid": L(UHID, MED), "active": "true"}),
        case(f, f"{a}/v3/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "jiwansathi": {"abryang": L(HUSBAND[0], NAMEC),
                                                 "fon": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        inv,
        case(f, f"{a}/v3/insurance/claims", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "insurer": "Example Travel Health",
            "member": L("ETH-US-88120374", MED), "rakam": L(3250, BUY),
            "diagnosis": L("N83.2 ovarian cyst", MED), "claim_ref": rid(rng)}),
        case(f, f"{a}/v3/reminders", fmt="form", headers=_h(rng, **b), body={
            "aushadhi": L("combined pill", MED), "bela": "21:30", "uhid": L(UHID, MED)}),
        case(f, f"{a}/v3/pharmacy/orders", headers=_h(rng, **b), body={
            "uhid": L(UHID, MED), "aushadhi": [L("combined pill x3 strips", MED)],
            "delivery": {"li": L(HOME["line"], ADDR), "pin": L(HOME["pin"], "location.coarse")},
            "rakam": L(540, BUY), "order": L("DWC-RX-20816", BUY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("report_viewed", 1), ev("screen", 2, screen=L("SymptomDiary", USAGE))]}),
        case(f, f"{a}/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def durpincare_sdks() -> list[Case]:
    rng = random.Random(30852)
    return [
        ta_batch(APP, rng, [("Appointment Booked", {"type": L("ultrasound", MED)}),
                            ("Lab Booked", {"amount": L(1450, BUY)})]),
        ta_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}),
                            ("Report Opened", {"n": 1})]),
        tr_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=388),
        fd_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("gynae-cyst", MED)}, hdr=True),
        pr_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cm_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "Durpin Women's Clinic", "behavior.search", near=HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ca125_result.pdf", "application/pdf"),
    ]
