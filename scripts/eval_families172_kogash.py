"""A prosthetics and orthotics workshop's app "Kogash" (Grozny; she is the carer account of her
father-in-law Said-Emin, a left below-knee amputee after diabetic foot disease; its API's keys
are Chechen in Latin letters: ``tse`` first name, ``famili`` surname, ``telefon`` phone,
``qayla_dosh`` password, ``kod`` code, ``gergara`` relative, ``marda`` father-in-law,
``vina_de`` birth date, ``tsamgar`` illness, ``invalidnost`` disability group (a Russian loan
word), ``kog`` leg, ``baram`` measure, ``lakkhalla`` height, ``dozalla`` weight, ``lazar`` pain,
``kart`` card, ``bron`` booking, ``khan`` time, ``mettig`` place, ``shoralla``/``dokhalla``
latitude/longitude, ``khaam`` message, ``lor`` doctor, ``yoza`` text, ``akhcha`` money,
``makh_bar`` payment, ``lakhar`` search, ``khilamash`` events, ``ghirs`` device, ``san`` my):
sign-up, an SMS log-in, ``/san``, the patient record, the social fund's compensation claim
(gzip; his SNILS, passport and rehabilitation programme), his IPRA (PDF), a casting booking, the
stump measurements, a 3-D scan, a gait session from the smart liner, a check-in with her fix, a
protobuf liner diary, socket adjustments (msgpack), a message to the prosthetist, transport to
the workshop, the orders by patient card in the path, a cover's payment, a video fitting, a
search, an invoice by cookie, push and events. No earlier set has a prosthetics workshop (a
file-name and docstring grep for "prosthe" and "orthotic" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    E164,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families172_kit import (
    FATHER_IL,
    HOME,
    HOME_AT,
    LIMB_CARD,
    RU_ACCOUNT,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families172_sdk import al_launch, ct_session, tk_batch, tk_queue
from eval_families172_svc import cv_check, fk_eval, hg_attach, mt_geocode, mt_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kogash", "Kogash", "com.example.kogash", "3.0.7", "https://api.kogash.example.net")
IID = "X-Kogash-Install"
PW = "Said-Emin!Kog54"
NID = "personal.national_id"
FIT = "health.fitness"
FPASS = "9603 118427"  # her father-in-law's internal passport
PROSTHETIST = ("Aslan Temirkhanov", "a.temirkhanov@ortokog.example.org")  # typed: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def _imu(rng: random.Random, n: int = 6) -> list[list[float]]:
    return [[round(0.02 * i, 2), round(rng.uniform(-2, 2), 3), round(rng.uniform(8, 11), 3),
             round(rng.uniform(-1, 1), 3)] for i in range(n)]


def kogash() -> list[Case]:
    rng = random.Random(17221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pacient=L(LIMB_CARD, MED),
                                    rol="carer"))}
    wla, wlo = fix(WORKSHOP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(LIMB_CARD, MED)), (2, 1768780800),
                (3, [(1, L(9.5, MED)), (2, L(3, MED)), (3, L("redness at tibial crest", MED))]),
                (4, "2.0.1")], "", lab)
    orders = at_path(case(f, f"{a}/v1/pacientash/{LIMB_CARD}/zakazash", headers=_h(rng, **b)),
                     LIMB_CARD, MED)
    return [
        case(f, f"{a}/v1/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "rol": "carer",
            "gergara": "nus", "mott": "ru"}),
        case(f, f"{a}/v1/chuvalar/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("730518", CRED)}),
        case(f, f"{a}/v1/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pacient", headers=_h(rng, **b), body={
            "marda": {"tse": L(FATHER_IL["name"], NAMEC), "vina_de": L(FATHER_IL["dob"], BIRTH),
                      "telefon": L(FATHER_IL["phone"], TEL), "snils": L(FATHER_IL["snils"], NID)},
            "kart": L(LIMB_CARD, MED), "invalidnost": L("II gruppa", f"{SENS}|{MED}"),
            "amputaciya": L("left transtibial, 2024-06", MED),
            "tsamgar": [L("diabetes mellitus type 2", MED), L("peripheral neuropathy", MED)],
            "lakkhalla": L(172, FIT), "dozalla": L(84, FIT), "k_level": L("K2", MED)}),
        case(f, f"{a}/v1/sfr/kompensaciya", gz=True, headers=_h(rng, **b), body={
            "snils": L(FATHER_IL["snils"], NID), "pasport": L(FPASS, NID),
            "ipra": L("IPRA 1187.20.20/2025", MED), "izdeliye": L("8-07-09 shin prosthesis", MED),
            "akhcha": L(187400, BUY), "schet": L(RU_ACCOUNT, PAY), "bik": "049690603",
            "poluchatel": L(FATHER_IL["name"], NAMEC)}),
        multipart(f, f"{a}/v1/dokumentash", [
            ("file", "ipra_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kart": L(LIMB_CARD, MED), "kep": "ipra"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bron", fmt="form", headers=_h(rng, **b), body={
            "kart": L(LIMB_CARD, MED), "khan": "2026-01-19T11:00", "kep": L("socket casting", MED),
            "kabinet": "cab_3"}),
        case(f, f"{a}/v1/kog/baram", headers=_h(rng, **b), body={
            "kart": L(LIMB_CARD, MED), "agho": "left",
            "baram_sm": {"stump_length": L(14.5, MED), "circ_4cm": L(31.0, MED),
                         "circ_8cm": L(28.5, MED), "circ_12cm": L(25.0, MED)},
            "kog_baram": L(26, FIT)}),
        multipart(f, f"{a}/v1/kog/skan", [
            ("scan", "stump_scan.obj", "model/obj", L(b"v 0.1 0.2 0.3\nv 0.2 0.3 0.1\n" * 4,
                                                      f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kart": L(LIMB_CARD, MED), "skaner": "sc_02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kog/gait", headers=_h(rng, **b), body={
            "kart": L(LIMB_CARD, MED), "liner": "ln_6mm_0417",
            "imu": L(_imu(rng), MOTION), "lazar": L(3, MED), "tsamgar_yoza": L(
                "He limps after 300 m, the socket rubs below the knee", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "bron": obj(rng, "bk"), "mettig": {"shoralla": wla, "dokhalla": wlo},
            "masterskaya": {"id": WORKSHOP["id"], "shoralla": WORKSHOP["lat"],
                            "dokhalla": WORKSHOP["lon"]}}),
        raw(f, f"{a}/v1/liner/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/socket/fit", fmt="msgpack", headers=_h(rng, **b), body={
            "kart": L(LIMB_CARD, MED), "socket": L("PTB total-contact", MED),
            "padding_mm": L(3, MED), "alignment": {"toe_out_deg": 5, "flex_deg": 4},
            "master": "pr_07"}),
        case(f, f"{a}/v1/khaam", headers=_h(rng, **b), body={
            "lor": {"tse": L(PROSTHETIST[0], NAMEC), "email": L(PROSTHETIST[1], MAIL)},
            "yoza": L("His stump swells in the evening and the sugar was 11 today, should he "
                      "wear the shrinker?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "kkhachin_adres": L(HOME["line"], ADDR), "yurt": L(HOME["town"], "location.coarse"),
            "khan": "2026-01-19T09:30", "kresla": L(True, f"{MED}|{SENS}"),
            "telefon": L(FATHER_IL["phone"], TEL)}),
        orders,
        case(f, f"{a}/v1/makh_bar", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L("KZ-26-00412", BUY), "akhcha": L("9800.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_4": L("4444", PAY)}),
        case(f, f"{a}/v1/video/otag", headers=_h(rng, **b), body={
            "bron": obj(rng, "bk"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("silicone liner 6 mm diabetic skin", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/schet/latest", headers=_h(rng, how="none"), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED), "kg_install": L(INSTALL_ID, "id.device"),
            "kg_req": rid(rng)}),
        case(f, f"{a}/v1/ghirs", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/khilamash", headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "sesiya": rid(rng), "khilamash": [
                ev("measure_saved", 1), ev("ekran", 2, ekran=L("LinerDiary", USAGE))]}),
    ]


def kogash_sdks() -> list[Case]:
    rng = random.Random(17222)
    return [
        tk_batch(APP, rng, [("Measurements Saved", {"side": "left"}),
                            ("Casting Booked", {"kind": L("socket casting", MED)})]),
        tk_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Scan Uploaded", {})]),
        al_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=624),
        fk_eval(APP, rng, {"workshop": WORKSHOP["id"], "program": L("lower-limb", MED)},
                hdr=True),
        ps_register(APP, rng, tags={"workshop": WORKSHOP["id"]}, lang="ru"),
        cv_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "Ortokog Workshop Grozny", SEARCH, near=HOME_AT, nd=2),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_2024.pdf", "application/pdf"),
    ]
