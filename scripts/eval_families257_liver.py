"""A Colonia clinic's fatty-liver programme app "Liverwaab" (her own health: non-alcoholic fatty
liver found on an ultrasound, prediabetes; a visiting hepatologist by video every quarter). Its
API's keys mix Yapese with the English medical words the clinic's staff use (``ALT``,
``ultrasound``, ``chart``): ``fithingan`` first name, ``fithingan_tabinaw`` family name,
``imeil`` e-mail, ``telefon`` phone, ``rran_ni_gargeel`` birth date, ``ppin_pumoon`` sex,
``mar`` illness (m'ar), ``falay`` medicine, ``kilo`` weight, ``ggan`` food, ``tuba`` toddy /
alcohol, ``dakter`` doctor, ``thin`` message, ``sasing`` picture / upload, ``salpiy`` amount,
``pi_salpiy`` payment, ``rran`` day, ``ngiyal`` time, ``gay`` search: registration with her
passport and insurance, an SMS log-in, ``/me``, the intake questionnaire (gzip), a lab report
(PDF) and its values, an ultrasound booking, a deposit, a check-in, a protobuf weight and waist
log, a food diary (msgpack), a refill, a message to her doctor, a video consult, the elastography
result by chart number in the path, a search, sharing with her husband, the walking group's steps,
the invoice by cookie, the consent signature, push and events."""

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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families257_sdk import cm_session, rt_launch, tm_batch, tm_queue
from eval_families257_svc import (
    cs_check,
    ff_eval,
    fp_card,
    fp_confirm,
    ha_attach,
    mw_geocode,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("liverwaab", "Liverwaab", "com.example.liverwaab", "2.4.1",
          "https://api.liverwaab.example.net")
IID = "X-LW-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"
INSURANCE = "YHI-0041877"  # her health-insurance member number (health.medical, as set 37)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def liverwaab() -> list[Case]:
    rng = random.Random(25731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), chart=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    log = pb([(1, L(CHART, MED)), (2, 1768694400),
              (3, [(1, L(78.4, FIT)), (2, L(96.0, FIT)), (3, L(6400, FIT))]),
              (4, "2.4.1")], "", lab)
    res = at_path(case(f, f"{a}/v2/charts/{CHART}/elastography", headers=_h(rng, **b)),
                  CHART, MED)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL, MAIL), "telefon": L(E164, TEL), "rran_ni_gargeel": L(DOB, BIRTH),
            "ppin_pumoon": L("ppin", GENDER),
            "passport": {"country": "US", "number": L(PASSPORT, NID)},
            "insurance_no": L(INSURANCE, MED), "referral": "hospital_ultrasound"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "code": L("220637", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", gz=True, headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "mar": [L("fatty liver", MED), L("prediabetes", MED)],
            "falay": [L("metformin 500 mg", MED)], "tuba": {"per_week": L(2, MED)},
            "smoker": L(False, MED), "pregnant": L(False, MED),
            "family": L("mother: type 2 diabetes", MED), "kilo": L(79.2, FIT)}),
        multipart(f, f"{a}/v2/labs/upload", [
            ("sasing", "liver_panel.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"chart": L(CHART, MED), "kind": "liver panel"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "rran": "2026-01-12", "ALT": L(68, MED), "AST": L(44, MED),
            "GGT": L(71, MED), "HbA1c": L(6.1, MED), "lab": "lab_col_02"}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "kind": L("abdominal ultrasound", MED),
            "rran": "2026-01-22", "ngiyal": "09:30", "room": "us_2"}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "salpiy": L("45.00", BUY), "currency": "USD", "last4": L("4444", PAY),
            "pi_salpiy": L(opaque(rng, "pm_", 24), PAY), "chart": L(CHART, MED)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lon": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/log", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/ggan", fmt="msgpack", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "rran": "2026-01-18", "ggan": [
                {"meal": "breakfast", "what": L("taro and boiled reef fish", FIT),
                 "kcal": L(420, FIT)},
                {"meal": "dinner", "what": L("breadfruit, greens, one beer", FIT),
                 "kcal": L(610, FIT)}]}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "falay": L("vitamin E 800 IU", MED), "pharmacy": "ph_col",
            "pickup": "2026-01-24"}),
        case(f, f"{a}/v2/thin", headers=_h(rng, **b), body={
            "dakter": {"fithingan": L(DOCTOR[0], NAMEC), "imeil": L(DOCTOR[1], MAIL)},
            "thin": L("I still get a dull pain under my right ribs after fried food, should I "
                      "come in earlier?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/join", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "room_token": L(opaque(rng, "vt_", 36), CRED)}),
        res,
        case(f, f"{a}/v2/gay", headers=_h(rng, **b), query={
            "gay": L("low sugar breakfast local food", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "chart": L(CHART, MED), "with": {"fithingan": L(HUSBAND[0], NAMEC),
                                             "telefon": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "walks"]}),
        case(f, f"{a}/v2/walking/week", headers=_h(rng, **b), body={
            "group": "wg_tomil_tue", "steps": [L(n, FIT) for n in (6400, 8120, 5030, 9900)],
            "user": L(USER_ID, UID)}),
        case(f, f"{a}/v2/invoices/latest", headers=_h(rng, how="none"), cookies={
            "lw_session": L(opaque(rng, "", 40), CRED), "lw_device": L(INSTALL_ID, DID),
            "lw_req": rid(rng)}),
        multipart(f, f"{a}/v2/consents", [
            ("signature", "sig.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"chart": L(CHART, MED), "form": "elasto_v2",
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("labs_viewed", 1), ev("screen", 2, screen=L("FoodDiary", USAGE))]}),
    ]


def liverwaab_sdks() -> list[Case]:
    rng = random.Random(25732)
    return [
        tm_batch(APP, rng, [("Labs Viewed", {"panel": "liver"}),
                            ("Deposit Paid", {"amount": L(45, BUY)})]),
        tm_queue(APP, rng, [("Weight Logged", {"kg": L(78.4, FIT)}),
                            ("Diary Saved", {"meals": 2})]),
        rt_launch(APP, rng, first=True, user=True),
        cm_session(APP, rng, secs=604),
        ff_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("fatty liver", MED)}, hdr=True),
        pp_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mw_geocode(APP, rng, "Waab Liver Clinic", SEARCH, near=HOME_AT, nd=2),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ultrasound_report.pdf",
                  "application/pdf"),
        fp_card(APP, rng),
        fp_confirm(APP, rng, "45.00"),
    ]
