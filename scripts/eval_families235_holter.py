"""A Takoradi cardiology clinic's patient app "Takoheart" (her palpitations: a 48-hour Holter
monitor lent by the clinic, an event diary, the report, an echocardiogram). Its API's keys are
Nzema in ASCII with the clinic's English loans: ``duma``, ``agyale_duma``, ``fonu``,
``awole_kenle``, ``raale_nrenyia`` sex (``raalɛ`` woman, ``nrenyia`` man), ``ghana_kaade``,
``koodu`` SMS code, ``eyale`` illness/complaint, ``ayile`` medicine, ``agyale_eyale`` family
illness, ``ahonle`` body (activity in the diary), ``doketa`` doctor, ``kelata`` letter, ``meke``
time, ``kenle`` day, ``ezukoa`` amount, ``tuale`` payment, ``eleka`` place, ``edweke`` message,
``kunli`` husband, ``nomba`` number; ``holter``, ``ecg``, ``echo`` as the clinic writes them.
Calls: sign-up (her Ghana Card and health-plan number), an SMS code, ``/me``, the referral letter
(PDF), the symptom questionnaire (gzip), the fitting booked, a deposit, the check-in with her fix,
pairing the clinic's recorder, a protobuf event-diary entry, the 48-hour recording, an ECG strip
summary (gzip), results by patient number in the path, the report, a message to her
cardiologist, a refill, an echocardiogram booked, sharing with her husband, a video consult, push,
events and an invoice by cookie. A docstring grep found "holter" and "arrhythm" nowhere (ECGs
appear inside leishmaniasis, TB and Chagas apps; set 237's cardiac rehabilitation app is being
written at the same time and is a different kind: exercise sessions, not a monitor)."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    CARDIOLOGIST,
    CLINIC,
    CLINIC_FIX,
    HOLTER,
    HUSBAND,
    NCG,
    PATIENT,
    TK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families235_sdk import ak_batch, ak_queue, cp_session, sk_launch
from eval_families235_svc import ce_check, fs_eval, he_attach, mb_geocode, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("takoheart", "Takoheart", "com.example.takoheart", "3.1.2",
          "https://api.takoheart.example.org")
IID = "X-Takoheart-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
ECG = b"HOLTER3\x00" + bytes(range(200, 256)) * 3  # the recorder's file (her heart's signal)
PLAN = "WCHP-5518-20417"  # her health-plan member number (health.medical, as set 37)
DOB_GH = "17-05-1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def takoheart() -> list[Case]:
    rng = random.Random(23531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patient=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768210800),
                (3, [(1, L("fluttering", MED)), (2, L("climbing stairs", MED)),
                     (3, L(40, MED))]), (4, HOLTER["serial"])], "", lab)
    res = at_path(case(f, f"{a}/api/patients/{PATIENT}/results", headers=_h(rng, **b),
                       query={"kind": "holter"}), PATIENT, MED)
    return [
        case(f, f"{a}/api/patients", headers=_h(rng), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fonu": L(E164, TEL), "awole_kenle": L(DOB_GH, BIRTH),
            "raale_nrenyia": L("raale", GENDER), "ghana_kaade": L(NCG, NID),
            "health_plan": {"name": "West Coast Health Plan", "nomba": L(PLAN, MED)}}),
        case(f, f"{a}/api/auth/koodu", fmt="form", headers=_h(rng), body={
            "fonu": L(E164, TEL), "koodu": L("271604", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/referrals", [
            ("kelata", "referral_gp.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"patient": L(PATIENT, MED),
                                                "from": "gp_anaji"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/questionnaire", gz=True, headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED),
            "eyale": [L("palpitations", MED), L("dizziness on standing", MED)],
            "meke": L("evenings, 2-3 times a week", MED), "fainted": L(False, MED),
            "ayile": [L("levonorgestrel", MED)], "caffeine_cups": L(3, MED),
            "thyroid": L("normal TSH 2025", MED),
            "agyale_eyale": L("father: atrial fibrillation at 58", MED)}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "type": L("holter fitting 48h", MED),
            "slot": obj(rng, "sl"), "kenle": "2026-01-12", "room": "ecg_2"}),
        case(f, f"{a}/api/payments/deposit", fmt="form", headers=_h(rng, **b), body={
            "ezukoa": L("350.00", BUY), "currency": "GHS", "card_last4": L("4444", PAY),
            "tuale": L(opaque(rng, "pm_", 24), PAY), "patient": L(PATIENT, MED)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "eleka": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/api/holter/pair", headers=_h(rng, **b), body={
            "serial": HOLTER["serial"], "model": HOLTER["model"], "firmware": "3.4.11",
            "patient": L(PATIENT, MED), "leads": 3, "battery_recorder": 97}),
        raw(f, f"{a}/api/holter/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/holter/recording", [
            ("recording", "holter_48h.htr", "application/octet-stream", L(ECG, MED)),
            ("meta", None, "application/json", {"patient": L(PATIENT, MED),
                                                "serial": HOLTER["serial"], "hours": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ecg/summary", gz=True, headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "hr_min": L(52, MED), "hr_avg": L(78, MED),
            "hr_max": L(148, MED), "pvc_count": L(412, MED), "af_burden": L(0.0, MED),
            "strip": L("AAMAAwAEAAUABgAHAAgACQAKAAsADAANAA4ADwAQ", MED),
            "sample_hz": 250}),
        res,
        case(f, f"{a}/api/reports", headers=_h(rng, **b), query={
            "patient": L(PATIENT, MED), "format": "pdf"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": {"duma": L(CARDIOLOGIST[0], NAMEC), "email": L(CARDIOLOGIST[1], MAIL)},
            "edweke": L("The skipped beats were worse after coffee on Tuesday, should I stop "
                        "it completely?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/prescriptions/refill", fmt="form", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "ayile": L("bisoprolol 2.5 mg", MED),
            "pharmacy": "ph_anaji_02"}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED), "type": L("echocardiogram", MED),
            "slot": obj(rng, "sl"), "ezukoa": L(600, BUY)}),
        case(f, f"{a}/api/share", headers=_h(rng, **b), body={
            "patient": L(PATIENT, MED),
            "kunli": {"duma": L(HUSBAND[0], NAMEC), "fonu": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        case(f, f"{a}/api/video/rooms", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/invoices/latest", headers=_h(rng, how="none"), cookies={
            "th_sess": L(opaque(rng, "", 40), CRED), "th_dev": L(INSTALL_ID, DID),
            "th_prefs": W({"patient": L(PATIENT, MED), "lang": "en"}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_entry", 1), ev("screen", 2, screen=L("HolterDiary", USAGE))]}),
    ]


def takoheart_sdks() -> list[Case]:
    rng = random.Random(23532)
    return [
        ak_batch(APP, rng, [("Diary Entry", {"symptom": L("fluttering", MED)}),
                            ("Deposit Paid", {"amount": L(350, BUY)})]),
        ak_queue(APP, rng, [("Recorder Paired", {"leads": 3}), ("Report Opened", {})]),
        sk_launch(APP, rng, first=True, user=True),
        cp_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("holter", MED)}, hdr=True),
        pa_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ce_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Takoradi Heart Clinic", "behavior.search", near=TK_HOME_AT, nd=2),
        he_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "holter_report.pdf", "application/pdf"),
    ]
