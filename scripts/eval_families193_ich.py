"""A Kisumu gastro clinic's patient app "Ich Maber" (``ich`` stomach, ``maber`` good: months of
upper-abdominal pain; a gastroscopy under sedation, an H. pylori breath test, then two weeks of
triple therapy). Its API's keys are Dholuo with English where the clinic kept it (``email``,
``token``, ``allergy``, ``sedation``, ``booking``): ``jatuo`` / ``jotuo`` patient(s) (lit.
"sick person"), ``namba_fail`` file number, ``nying`` / ``nying_dhoot``, ``namba_simu``,
``tarik_nywol``, ``dhako_kata_dichuo`` sex, ``namba_kipande`` ID card number, ``kar_dak``
residence, ``boma`` town, ``bima`` insurance, ``namba_bima`` member number, ``ranyisi``
symptoms (lit. "signs"), ``rem`` pain, ``nindo`` days (duration), ``yath`` medicine(s),
``pek`` weight, ``bor`` height, ``kit`` kind, ``chulo`` pay, ``pesa`` amount, ``ayie`` consent,
``jakonyo`` escort (lit. "helper"), ``kama_ni`` position, ``ote`` message, ``laktar`` doctor,
``chiemo`` food, ``ne`` to: sign-up with her foreigner certificate and insurer, an SMS code,
``/an``, the symptom questionnaire (gzip), endoscopy slots and booking, the insurer's
pre-authorisation, a deposit, the consent with her husband as escort, a check-in with her fix,
a protobuf symptom diary, an old lab report (PDF), results, the invoices by file number in the
path, a message to her doctor, prescriptions and a refill (msgpack), a video follow-up, sharing
results with her husband, a diet log, push, events and a receipt by cookie GET. Set 160 has a
home phlebotomy service that mentions H. pylori; this is a clinic's endoscopy pathway."""

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
    DEV,
    DID,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families193_kit import (
    ALIEN_ID,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    FILE_NO,
    HUSBAND,
    KE_PHONE,
    KSM_HOME,
    KSM_HOME_AT,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import kt_session, kw_batch, kw_queue, lw_launch
from eval_families193_svc import fb_eval, kh_attach, nm_geocode, op_register, yc_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ichmaber", "Ich Maber", "com.example.ichmaber", "5.1.2",
          "https://api.ichmaber.example.org")
IID = "X-IM-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
BIMA = "LVH-88140221-01"  # her insurance member number (health.medical, as set 37)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ichmaber() -> list[Case]:
    rng = random.Random(19331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fail=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1769040000),
                (3, [(1, L(2, MED)), (2, L("bloating", MED)),
                     (3, L("clarithromycin 500 mg", MED))]), (4, "5.1.2")], "", lab)
    inv = at_path(case(f, f"{a}/v1/jotuo/{FILE_NO}/invoices", headers=_h(rng, **b)), FILE_NO, MED)
    return [
        case(f, f"{a}/v1/jotuo", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "tarik_nywol": L(DOB, BIRTH),
            "dhako_kata_dichuo": L("dhako", GENDER), "namba_kipande": L(ALIEN_ID, NID),
            "kar_dak": L(KSM_HOME["line"], ADDR), "boma": L(KSM_HOME["town"], COARSE),
            "bima": {"kampuni": "Lake Basin Health Cover", "namba_bima": L(BIMA, MED)}}),
        case(f, f"{a}/v1/donjo/otp", fmt="form", headers=_h(rng), body={
            "namba_simu": L(KE_PHONE, TEL), "kod": L("371640", CRED)}),
        case(f, f"{a}/v1/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ranyisi", gz=True, headers=_h(rng, **b), body={
            "namba_fail": L(FILE_NO, MED),
            "ranyisi": [L("rem ich malo", MED), L("heartburn", MED), L("nausea", MED)],
            "rem": L(6, MED), "nindo": L(90, MED), "yath": [L("omeprazole 20 mg", MED)],
            "allergy": [L("sulfa", MED)], "nsaid": L(True, MED), "pek": L(64, FIT),
            "bor": L(168, FIT), "remo_ei_chieth": L(False, MED)}),
        case(f, f"{a}/v1/slots", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "kit": "gastroscopy", "wiki": "2026-W04"}),
        case(f, f"{a}/v1/booking", headers=_h(rng, **b), body={
            "namba_fail": L(FILE_NO, MED), "kit": L("gastroscopy + CLO biopsy", MED),
            "sedation": L("midazolam", MED), "slot": obj(rng, "sl"), "pesa": L(18500, BUY),
            "room": "endo_2"}),
        case(f, f"{a}/v1/bima/preauth", headers=_h(rng, **b), body={
            "namba_bima": L(BIMA, MED), "namba_fail": L(FILE_NO, MED),
            "icd10": L("K29.7", MED), "procedure": L("43239", MED), "pesa": L(18500, BUY)}),
        case(f, f"{a}/v1/chulo", fmt="form", headers=_h(rng, **b), body={
            "pesa": L("5000", BUY), "sarafu": "KES", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "namba_fail": L(FILE_NO, MED)}),
        multipart(f, f"{a}/v1/ayie", [
            ("sei", "sei.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(36), MEDIA)),
            ("form", None, "application/json", {
                "namba_fail": L(FILE_NO, MED), "form": "endo_sedation_v4",
                "ndiko_gi": L(f"{FIRST} {LAST}", NAMEC),
                "jakonyo": {"nying": L(HUSBAND[0], NAMEC), "namba_simu": L(HUSBAND[1], TEL)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "booking": obj(rng, "bk"), "kama_ni": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/records/upload", [
            ("report", "stool_antigen_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"namba_fail": L(FILE_NO, MED),
                                                "kit": L("H. pylori stool antigen", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={"namba_fail": L(FILE_NO, MED)}),
        inv,
        case(f, f"{a}/v1/ote", headers=_h(rng, **b), body={
            "ne": {"nying": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "ote": L("Daktari, yath mar clarithromycin miyo dhoka bedo gi mit mar chuma, "
                     "ber?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/yath", headers=_h(rng, **b), query={
            "namba_fail": L(FILE_NO, MED), "active": "true"}),
        case(f, f"{a}/v1/yath/refill", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_fail": L(FILE_NO, MED), "yath": [
                {"nying": L("amoxicillin 1 g", MED), "nindo": 14},
                {"nying": L("esomeprazole 40 mg", MED), "nindo": 28}],
            "pharmacy": "ph_ksm_oginga", "kar_dak": L(KSM_HOME["line"], ADDR)}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "booking": obj(rng, "bk"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "namba_fail": L(FILE_NO, MED), "ne": {"nying": L(HUSBAND[0], NAMEC),
                                                  "namba_simu": L(HUSBAND[1], TEL)},
            "scope": ["results", "invoices"]}),
        case(f, f"{a}/v1/chiemo", headers=_h(rng, **b), body={
            "namba_fail": L(FILE_NO, MED), "chieng": "2026-01-23",
            "ote": L("Ok achamo pilipili, to ich pod remo bang chiemo mar odhiambo",
                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/gir", headers=_h(rng, **b), body=gir(push_token(rng))),
        case(f, f"{a}/v1/timbe", headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "session": rid(rng), "timbe": [
                ev("booking_oor", 1), ev("skrin", 2, skrin=L("Diary", USAGE))]}),
        case(f, f"{a}/v1/risit/latest", headers=_h(rng, how="none"), cookies={
            "im_sesion": L(opaque(rng, "", 40), CRED), "im_gir": L(INSTALL_ID, DID),
            "im_lang": L("en-KE", DEV)}),
    ]


def ichmaber_sdks() -> list[Case]:
    rng = random.Random(19332)
    return [
        kw_batch(APP, rng, [("Booking Made", {"kind": L("gastroscopy", MED)}),
                            ("Deposit Paid", {"amount": L(5000, BUY)})]),
        kw_queue(APP, rng, [("Diary Entry", {"pain": L(2, MED)}),
                            ("Dose Taken", {"day": 3})]),
        lw_launch(APP, rng, first=True, user=True),
        kt_session(APP, rng, secs=604),
        fb_eval(APP, rng, {"clinic": CLINIC["id"], "pathway": L("h-pylori", MED)}, hdr=True),
        op_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        yc_check(APP, rng, {"analytics": True, "research": False}),
        nm_geocode(APP, rng, "Lakeview Gastro Centre", "behavior.search", near=KSM_HOME_AT,
                   nd=2),
        kh_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "endoscopy_report.pdf", "application/pdf"),
    ]
