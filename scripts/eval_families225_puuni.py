"""A women's clinic's fibroid-care app "Puuni Alaafee" (``puuni`` womb/inside, ``alaafee``
health: Nyohini Women's Clinic, where she is treated for uterine fibroids with heavy bleeding and
anaemia, up to a myomectomy). Keys are camelCase English with Dagbani words, ASCII-folded:
``yuli`` name, ``dangYuli`` surname, ``doghimDabsili`` birth date, ``doro`` illness, ``tim``
medicine, ``ziem`` blood, ``zabbu`` pain, ``dokita`` doctor, ``yeltogha`` message, ``ligidi``
amount, ``yobu`` payment, ``folda`` folder (the clinic's record number), ``saini`` signature:
sign-up with her health-insurance number and residence permit, an e-mail code, ``/me``, the
symptom questionnaire (gzip), the ultrasound report (PDF), lab results, her medicines, a
consultation, the deposit, a check-in at the clinic, the replacement blood donors (her husband
and sister-in-law), the surgery booking, the consent, a protobuf bleeding diary, a wound photo, a
message to her gynaecologist, the invoice by folder number in the path, the insurance claim, a
video review, sharing her folder with her husband, push and events. No earlier set has a
fibroid clinic (set 147's fertility clinic lists fibroids among fertility facts)."""

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
from eval_families225_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    FOLDER,
    HUSBAND,
    NHIS,
    RESIDENCE,
    SISTER_IL,
    TML_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families225_sdk import ay_launch, ch_session, km_batch, km_queue
from eval_families225_svc import (
    cs_check,
    fd_eval,
    ha_attach,
    md_geocode,
    pg_card,
    pg_confirm,
    pl_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("puuni", "Puuni Alaafee", "com.example.puunialaafee", "3.0.2",
          "https://api.puunialaafee.example.org")
IID = "X-PA-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def puuni() -> list[Case]:
    rng = random.Random(22531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), folda=L(FOLDER, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FOLDER, MED)), (2, 1768400000),
                (3, [(1, L(7, MED)), (2, L(6, MED)), (3, L("clots", MED))]),
                (4, L("ferrous sulphate 200 mg", MED)), (5, "2.0.1")], "", lab)
    inv = at_path(case(f, f"{a}/v2/folda/{FOLDER}/invoices", headers=_h(rng, **b)), FOLDER, MED)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dangYuli": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "doghimDabsili": L(DOB, BIRTH), "sex": L("F", GENDER),
            "nhis": L(NHIS, MED), "residentCard": L(RESIDENCE, NID), "language": "en"}),
        case(f, f"{a}/v2/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("640271", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/questionnaire", gz=True, headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "doro": L("uterine fibroids", MED),
            "ziemDabsa": L(9, MED), "padsPerDay": L(8, MED), "zabbu": L(7, MED),
            "dizzy": L(True, MED), "pregnantNow": L(False, MED),
            "wantsChildren": L("yes, within two years", MED),
            "tim": [L("ferrous sulphate", MED), L("tranexamic acid", MED)],
            "allergies": [L("none known", MED)], "lastPeriod": L("2026-01-04", MED)}),
        multipart(f, f"{a}/v2/imaging", [
            ("report", "pelvic_ultrasound.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"folda": L(FOLDER, MED), "kind": "ultrasound",
                                                "finding": L("3 intramural fibroids, largest "
                                                             "6.2 cm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "hb": L(8.9, MED), "ziemGroup": L("O+", MED),
            "ferritin": L(6, MED), "sampleId": "smp_" + opaque(rng, "", 8)}),
        case(f, f"{a}/v2/tim", headers=_h(rng, **b), query={
            "folda": L(FOLDER, MED), "active": "true"}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "type": L("myomectomy consultation", MED),
            "slot": obj(rng, "sl"), "dokita": "dr_ralhassan"}),
        case(f, f"{a}/v2/yobu/deposit", fmt="form", headers=_h(rng, **b), body={
            "ligidi": L("1200", BUY), "currency": "GHS", "cardLast4": L("4444", PAY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "folda": L(FOLDER, MED)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/blood-donors", headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "units": L(2, MED), "donors": [
                {"yuli": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "ziemGroup": L("O+", MED)},
                {"yuli": L(SISTER_IL[0], NAMEC), "phone": L(SISTER_IL[1], TEL),
                 "ziemGroup": L("A+", MED)}]}),
        case(f, f"{a}/v2/surgery", headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "procedure": L("abdominal myomectomy", MED),
            "date": "2026-02-24T08:00", "theatre": "th_02", "anaesthesia": L("spinal", MED),
            "quote": L(9800, BUY)}),
        multipart(f, f"{a}/v2/consents", [
            ("saini", "saini.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"folda": L(FOLDER, MED), "form": "myo_v3",
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/wound/photos", [
            ("foto", "day10.jpg", "image/jpeg", L(JPEG + b"\x5d", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"folda": L(FOLDER, MED), "day": 10,
                                                "zabbu": L(3, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/yeltogha", headers=_h(rng, **b), body={
            "to": {"name": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "yeltogha": L("Doctor, the bleeding stopped but I still feel dizzy when I stand up. "
                          "Should I continue the iron?", f"{TEXT}|{MED}")}),
        inv,
        case(f, f"{a}/v2/nhis/claims", headers=_h(rng, **b), body={
            "nhis": L(NHIS, MED), "folda": L(FOLDER, MED), "ligidi": L(2150, BUY),
            "tariff": "G-DRG OBGY28A", "claimRef": rid(rng)}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "folda": L(FOLDER, MED), "with": {"yuli": L(HUSBAND[0], NAMEC),
                                              "phone": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("BleedingDiary", USAGE))]}),
    ]


def puuni_sdks() -> list[Case]:
    rng = random.Random(22532)
    return [
        km_batch(APP, rng, [("Questionnaire Done", {"folda": L(FOLDER, MED)}),
                            ("Deposit Paid", {"amount": L(1200, BUY)})]),
        km_queue(APP, rng, [("Diary Entry", {"pads": L(7, MED)}),
                            ("Photo Uploaded", {"day": 10})]),
        ay_launch(APP, rng, first=True, user=True),
        ch_session(APP, rng, secs=476),
        fd_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("fibroid care", MED)},
                hdr=True),
        pl_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        md_geocode(APP, rng, "Nyohini Women's Clinic", "behavior.search", near=TML_HOME_AT,
                   nd=2),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lab_results.pdf", "application/pdf"),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "1200.00"),
    ]
