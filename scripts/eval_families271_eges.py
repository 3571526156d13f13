"""A gastro clinic's heartburn and reflux (GERD) programme app "Egesmaong" (``eges`` stomach,
``maong`` good: Dagupan Digestive Care Center; her own health data). Its API's keys are
Pangasinan in ASCII mixed with English and Spanish loans: ``ngaran`` / ``apelyido`` name /
surname, ``numero`` mobile, ``petsa_kianak`` birth date, ``seks`` (``bii`` woman), ``adres`` /
``kalye`` / ``barangay`` / ``baley`` address, street, district, town, ``pasyente`` patient
number, ``philhealth``, ``sakit`` illness, ``sintomas`` symptoms, ``agamil`` medicine, ``inom``
dose taken, ``mangan`` meal, ``akan`` food, ``labi`` night, ``ogip`` sleep, ``timbang`` weight,
``kaatagey`` height, ``iskedyul`` appointment, ``kantidad`` amount, ``bayad`` payment,
``mensahe`` message, ``anapen`` search, ``asawa`` spouse: sign-up with PhilHealth, an SMS log-in,
``/siak``, the intake questionnaire (gzip), a protobuf symptom diary, a meal log, prescriptions,
a dose taken, an endoscopy booked, the deposit, a PhilHealth claim, a check-in at the clinic, the
endoscopy report (PDF), a message to her doctor, the night-reflux log, weight and height, the
invoices by patient number in the path, sharing with her husband, a video consult, a search,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import multipart, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families271_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    PHILHEALTH,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import cs_session, mt_batch, mt_queue, tp_launch
from eval_families271_svc import (
    ck_check,
    fb_eval,
    hp_attach,
    ma_geocode,
    pd_register,
    py_card,
    py_confirm,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("egesmaong", "Egesmaong", "com.example.egesmaong", "3.1.4",
          "https://api.egesmaong.example.net")
IID = "X-Eges-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def egesmaong() -> list[Case]:
    rng = random.Random(27111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasyente=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1773993600),
                (3, [(1, L("heartburn", MED)), (2, L(6, MED)), (3, L("after dinner", MED))]),
                (4, [(1, L("regurgitation", MED)), (2, L(3, MED))]), (5, "2.4.0")], "", lab)
    inv = at_path(case(f, f"{a}/v2/pasyente/{CHART}/invoices", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v2/pasyente", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero": L(E164, TEL), "petsa_kianak": L(DOB, BIRTH), "seks": L("bii", GENDER),
            "philhealth": L(PHILHEALTH, NID),
            "adres": {"kalye": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
                      "baley": L(HOME["town"], COARSE)},
            "referral": "walk-in", "salita": "en"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "numero": L(E164, TEL), "code": L("604219", CRED)}),
        case(f, f"{a}/v2/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kuestioner", gz=True, headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "sakit": [L("GERD", MED), L("hiatal hernia?", MED)],
            "sintomas": {"heartburn_per_linggo": L(5, MED), "regurgitation": L(True, MED),
                         "dysphagia": L(False, MED), "ubo_ed_labi": L(True, MED)},
            "agamil": [L("omeprazole 20 mg", MED), L("antacid chewable", MED)],
            "alerhiya": [L("aspirin", MED)], "sigarilyo": L(False, MED),
            "kape_kada_agew": L(3, MED), "nagbuntis": L(False, MED)}),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/mangan", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "oras": "2026-03-18T20:30",
            "akan": [L("kaleskes", MED), L("pigar-pigar", MED), L("kape", MED)],
            "sintomas": L("Ansakit so pagew ko kasumpal na inapoy, nanlapu ed 21:00",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/agamil", headers=_h(rng, **b), query={
            "pasyente": L(CHART, MED), "active": "true"}),
        case(f, f"{a}/v2/agamil/inom", fmt="form", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "agamil": L("omeprazole 20 mg", MED),
            "oras": "06:30", "sakbay_mangan": L("on", MED)}),
        case(f, f"{a}/v2/iskedyul", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "klase": L("upper endoscopy", MED),
            "petsa": "2026-04-02T08:00", "sedation": L("conscious sedation", MED),
            "doktor": "dr_abalos", "room": "endo_2"}),
        case(f, f"{a}/v2/bayad/deposit", fmt="form", headers=_h(rng, **b), body={
            "kantidad": L("3500", BUY), "currency": "PHP", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "pasyente": L(CHART, MED)}),
        case(f, f"{a}/v2/philhealth/claim", headers=_h(rng, **b), body={
            "philhealth": L(PHILHEALTH, NID), "pasyente": L(CHART, MED),
            "case_rate": L("EGD diagnostic", MED), "kantidad": L(4200, BUY),
            "member_type": "voluntary"}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "iskedyul": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/resulta", [
            ("report", "egd_report.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasyente": L(CHART, MED), "kind": "EGD",
                                                "finding": L("LA grade A esophagitis", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mensahe", headers=_h(rng, **b), body={
            "to": {"ngaran": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "mensahe": L("Doc, still burning at night even with omeprazole. Can I take it twice?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/labi", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "petsa": "2026-03-19",
            "reflux_ed_labi": L(2, MED), "ulo_nataas": L(True, MED), "ogip_oras": L(6.5, FIT)}),
        case(f, f"{a}/v2/timbang", fmt="form", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "timbang_kg": L("68.4", FIT), "kaatagey_cm": L("163", FIT),
            "petsa": "2026-03-20"}),
        inv,
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "pasyente": L(CHART, MED), "asawa": {"ngaran": L(HUSBAND[0], NAMEC),
                                                 "numero": L(HUSBAND[1], TEL)},
            "scope": ["iskedyul", "invoices"]}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "iskedyul": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v2/anapen", headers=_h(rng, **b), query={
            "q": L("akan ya agmanaglag ed eges", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("MealLog", USAGE))]}),
    ]


def egesmaong_sdks() -> list[Case]:
    rng = random.Random(27112)
    return [
        mt_batch(APP, rng, [("Diary Saved", {"score": L(6, MED)}),
                            ("Deposit Paid", {"amount": L(3500, BUY)})]),
        mt_queue(APP, rng, [("Dose Taken", {"drug": L("omeprazole", MED)}),
                            ("Meal Logged", {"items": 3})]),
        tp_launch(APP, rng, first=True, user=True),
        cs_session(APP, rng, secs=388),
        fb_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("gerd", MED)}, hdr=True),
        pd_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        ma_geocode(APP, rng, "Dagupan Digestive Care Center", SEARCH, near=HOME_AT, nd=2),
        hp_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "egd_report.pdf", "application/pdf"),
        py_card(APP, rng),
        py_confirm(APP, rng, "3500.00"),
    ]
