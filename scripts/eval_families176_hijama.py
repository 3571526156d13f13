"""A Unani (tibb) clinic with wet cupping, "Shifa Hijama" (University Town, Peshawar; her
migraines; a woman practitioner): its API's keys are Pashto in Latin letters with English where
the clinic's software has it: ``noom`` name, ``mobile`` mobile, ``brekhnalik`` e-mail,
``zegedo_neta`` birth date, ``jins`` sex, ``khar`` city, ``marez_shmera`` patient file number,
``naroghi`` illness, ``sar_dard`` headache, ``dawa`` medicine, ``hamal`` pregnancy,
``da_wine_group`` blood group, ``da_wine_fishar`` blood pressure, ``wazan`` weight, ``qad``
height, ``nakhe`` symptoms, ``wakht`` appointment, ``hakeema`` the (woman) practitioner,
``nuqte`` cupping points, ``piyale`` cups, ``nuskha`` prescription, ``sunnat_wrazi`` the Sunnah
days of the lunar month, ``ruzha`` fast, ``adaygi`` payment, ``tol_paise`` total, ``paigham``
message, ``rasedal`` arrival, ``andzor`` photo, ``gharunkay`` the person shared with: sign-up, an
SMS code, ``/zama``, the intake questionnaire (gzip), a search for women practitioners, slots, the
booking, the payment by wallet, the check-in, the cupping chart, a photo of the marks, a protobuf
headache diary, prescriptions, a herbal order (msgpack), a message to the hakeema, a video
consult, sharing her file with her husband, bills by file number in the path, the Sunnah-day
preference, push, events and a log-out. Hijama, cupping and Unani matched nothing in a
docstring grep of ``scripts/``; "herbal" appears in modules of sets 110, 155 and 161."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    CLINIC,
    CLINIC_FIX,
    HUSBAND,
    PATIENT,
    PK_HOME,
    PK_HOME_AT,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families176_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families176_svc import cy_check, fn_eval, md_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shifa", "Shifa Hijama", "com.example.shifahijama", "2.2.0",
          "https://api.shifahijama.example.net")
IID = "X-Shifa-Install"
WAL = f"{TEL}|{PAY}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def shifa() -> list[Case]:
    rng = random.Random(17611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, brekhnalik=L(EMAIL, MAIL), marez=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    appt = obj(rng, "wk")
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768300000),
                (3, [(1, L(7, MED)), (2, L("khwa ta", MED)), (3, L("sumatriptan 50 mg", MED))]),
                (4, L(6.5, FIT)), (5, "2.2.0")], "", lab)
    bills = at_path(case(f, f"{a}/v1/marezan/{PATIENT}/bilunah", headers=_h(rng, **b)),
                    PATIENT, MED)
    return [
        case(f, f"{a}/v1/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "brekhnalik": L(EMAIL_MIXED, MAIL), "zegedo_neta": L(DOB, BIRTH),
            "jins": L("khaza", GENDER), "khar": L(PK_HOME["town"], COARSE),
            "zanana_hakeema": True, "referral": "khor"}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "kod": L("318840", CRED)}),
        case(f, f"{a}/v1/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pukhtana", gz=True, headers=_h(rng, **b), body={
            "marez_shmera": L(PATIENT, MED), "naroghi": [L("migraine", MED)],
            "sar_dard": {"pa_miasht_ke": L(6, MED), "arkh": L("kin arkh", MED)},
            "dawa": [L("sumatriptan 50 mg", MED), L("propranolol 40 mg", MED)],
            "hamal": L(False, MED), "da_wine_group": L("B+", MED),
            "da_wine_fishar": L("110/70", MED), "shakar": L(False, MED),
            "wazan": L(61, FIT), "qad": L(166, FIT), "alerji": [L("aspirin", MED)]}),
        case(f, f"{a}/v1/hakeeman", headers=_h(rng, **b), query={
            "latun": L("zanana hijama sar dard", SEARCH), "khar": "Peshawar"}),
        case(f, f"{a}/v1/wakhtuna", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "hakeema": "hk_nasreen", "neta": "2026-01-19"}),
        case(f, f"{a}/v1/wakht", headers=_h(rng, **b), body={
            "wakht_id": appt, "marez_shmera": L(PATIENT, MED), "hakeema": "hk_nasreen",
            "dol": L("hijama rateba (wet cupping)", MED), "neta": "2026-01-19T10:30",
            "tol_paise": L(3500, BUY)}),
        case(f, f"{a}/v1/adaygi", fmt="form", headers=_h(rng, **b), body={
            "wakht_id": appt, "paise": L("3500", BUY), "sikka": "PKR",
            "wallet_shmera": L(WALLET, WAL), "marez_shmera": L(PATIENT, MED)}),
        case(f, f"{a}/v1/rasedal", headers=_h(rng, **b), body={
            "wakht_id": appt, "dzay": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/hijama/nuqte", headers=_h(rng, **b), body={
            "marez_shmera": L(PATIENT, MED), "wakht_id": appt,
            "nuqte": [L("al-kahil", MED), L("akhdain-left", MED), L("akhdain-right", MED),
                      L("hamah", MED)], "piyale": L(7, MED), "wina_ml": L(120, MED)}),
        multipart(f, f"{a}/v1/andzor", [
            ("andzor", "cupping_marks.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"marez_shmera": L(PATIENT, MED), "wradz": 2})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/dard/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/nuskha", headers=_h(rng, **b), query={
            "marez_shmera": L(PATIENT, MED), "faal": "true"}),
        case(f, f"{a}/v1/nuskha/ghokhtana", fmt="msgpack", headers=_h(rng, **b), body={
            "marez_shmera": L(PATIENT, MED),
            "shayan": [{"noom": "itrifal ustukhuddus", "tedad": 1, "baya": 950},
                       {"noom": "roghan-e-kaddu", "tedad": 2, "baya": 600}],
            "tol_paise": L(2150, BUY), "pata": L(PK_HOME["line"], ADDR),
            "khar": L(PK_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/paigham", headers=_h(rng, **b), body={
            "ta": "hk_nasreen",
            "matan": L("Hakeema sahiba, da hijame na pas sar dard kam shawe kho zre me "
                       "tezegi, propranolol pregdam?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video/khuna", headers=_h(rng, **b), body={
            "wakht_id": obj(rng, "wk"), "join_token": L(opaque(rng, "vc_", 36), CRED)}),
        case(f, f"{a}/v1/marez/share", headers=_h(rng, **b), body={
            "marez_shmera": L(PATIENT, MED),
            "gharunkay": {"noom": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)},
            "scope": ["wakhtuna", "bilunah"]}),
        bills,
        case(f, f"{a}/v1/tarjihat", fmt="form", headers=_h(rng, **b), body={
            "sunnat_wrazi": L("17,19,21", SENS), "ruzha_ke": L("na", SENS),
            "zhaba": L("ps", DEV)}),
        multipart(f, f"{a}/v1/lab/report", [
            ("report", "cbc_jan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"marez_shmera": L(PATIENT, MED),
                                                "test": L("CBC, ferritin", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rasidona", headers=_h(rng, how="none"), cookies={
            "sh_session": L(opaque(rng, "", 40), CRED), "sh_device": L(INSTALL_ID, DID),
            "sh_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ps_PK")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("wakht_booked", 1), ev("screen", 2, screen=L("SarDardDiary", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def shifa_sdks() -> list[Case]:
    rng = random.Random(17612)
    return [
        mc_batch(APP, rng, [("Appointment Booked", {"kind": L("hijama", MED)}),
                            ("Paid", {"amount": L(3500, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"pain": L(7, MED)}),
                            ("Photo Uploaded", {"day": 2})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("migraine", MED)}, hdr=True),
        pt_register(APP, rng, lang="ps", tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Shifa Hijama University Town", SEARCH, near=PK_HOME_AT, nd=2),
        md_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "old_mri_report.pdf", "application/pdf"),
    ]

