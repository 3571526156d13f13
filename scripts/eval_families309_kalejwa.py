"""A Ghorahi liver clinic's fatty-liver follow-up app "Kalejwa" (her own health: non-alcoholic fatty
liver found on an ultrasound, followed with a FibroScan, liver enzymes, weight and diet). Keys are
Dangaura Tharu, ASCII-folded, with the medical English a Nepali developer keeps (``otp``,
``report``, ``fibroscan``, ``alt``/``ast``, ``hba1c``, ``cap``, ``kpa``): ``naun`` name, ``thar``
surname, ``mobail`` mobile, ``janam_din`` birth date, ``linga`` sex, ``rahdani`` passport,
``birami`` patient, ``birami_nambar`` chart number, ``itihas`` history, ``rog`` illness,
``dawai`` medicine, ``daru`` alcohol, ``chinimaya`` diabetes, ``parivar`` family, ``jach`` test,
``natija`` results, ``kaleja`` liver, ``charbi`` fat, ``taul`` weight, ``kamar`` waist,
``khana`` food/diet, ``kalori`` calories, ``kasrat`` exercise, ``kadam`` steps, ``minet``
minutes, ``bhet_samay`` appointment, ``daktar`` doctor, ``thaun`` place, ``sandesh`` message,
``paune`` recipient, ``bill``, ``rupiya`` amount, ``chukta`` payment, ``khoj`` search, ``bhag``
share. Calls: sign-up (her passport), an SMS code, ``/hamar``, the history (gzip), the
ultrasound report (PDF), lab results, the FibroScan, a follow-up booked, a check-in at the clinic
(her fix), a protobuf weight beat, a diet diary (msgpack), walks synced (JSON Lines), a message to
the hepatologist, medicines, a refill, a video room, sharing the chart with her husband, the bill
by chart number in the path, its payment, a search, push and events with a session cookie. Set
257 tried "nafld" and "fibroscan" (nothing; its app was hepatitis); no earlier set follows a fatty
liver."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families309_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    HEPATOLOGIST,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    fix,
    hd,
    obj,
    tharu_push,
)
from eval_families309_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families309_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kalejwa", "Kalejwa", "com.example.kalejwa", "3.0.6", "https://api.kalejwa.example.org")
IID = "X-Kalejwa-Device"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kalejwa() -> list[Case]:
    rng = random.Random(30931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chart=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CHART, MED)), (2, 1768608000), (3, L(74.2, FIT)), (4, L(92.0, FIT)),
               (5, "3.0.6")], "", lab)
    bill = at_path(case(f, f"{a}/v1/birami/{CHART}/bill", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v1/birami", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janam_din": L(DOB, BIRTH), "linga": L("janni", GENDER),
            "rahdani": L(PASSPORT, NID), "birami_nambar": L(CHART, MED),
            "refer": "ultrasound_centre"}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("318840", CRED)}),
        case(f, f"{a}/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/itihas", gz=True, headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "rog": [L("fatty liver grade 2", MED)],
            "dawai": [L("vitamin E 400 IU", MED)], "daru": L("hapta me ek choti", MED),
            "chinimaya": L(False, MED), "cholesterol": L("badhal", MED),
            "parivar": L("babu ke chinimaya", MED), "garbh": L(False, MED)}),
        multipart(f, f"{a}/v1/report", [
            ("report", "usg_abdomen.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"birami_nambar": L(CHART, MED),
                                                "prakar": "USG abdomen",
                                                "din": "2025-12-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jach/natija", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "lab": "lab_ghr02", "din": "2025-12-03",
            "alt": L(68, MED), "ast": L(41, MED), "hba1c": L(5.9, MED),
            "triglyceride": L(210, MED)}),
        case(f, f"{a}/v1/fibroscan", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "cap": L(302, MED), "kpa": L(6.8, MED),
            "masin": "fs_530_0112", "iqr": L(0.9, MED)}),
        case(f, f"{a}/v1/bhet_samay", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "daktar": "dr_stharu",
            "prakar": L("hepatology follow-up", MED), "din": "2026-03-05T11:00",
            "slot": obj(rng, "sl")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "bhet_samay": obj(rng, "ap"), "thaun": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/taul/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/khana/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "din": "2026-01-16",
            "khana": [L("bihane: roti, dal, chiya bina chini", TEXT),
                      L("sanjh: dhikri aur saag", TEXT)],
            "kalori": L(1650, FIT)}),
        lines(f, f"{a}/v1/kasrat/sync", [
            {"din": "2026-01-14", "kadam": L(7420, FIT), "minet": L(48, FIT)},
            {"din": "2026-01-15", "kadam": L(9105, FIT), "minet": L(62, FIT)},
            {"din": "2026-01-16", "kadam": L(5230, FIT), "minet": L(31, FIT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "paune": {"naun": L(HEPATOLOGIST[0], NAMEC), "email": L(HEPATOLOGIST[1], MAIL)},
            "sandesh": L("Vitamin E khaile se pet me jalan hoi, ka karu?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/dawai", headers=_h(rng, **b), query={
            "birami_nambar": L(CHART, MED), "chalu": "true"}),
        case(f, f"{a}/v1/dawai/refill", fmt="form", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "dawai": L("vitamin E 400 IU x 60", MED),
            "pasal": "ph_ghr07"}),
        case(f, f"{a}/v1/video/kotha", headers=_h(rng, **b), body={
            "bhet_samay": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/bhag", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED),
            "sange": {"naun": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "scope": ["bhet_samay", "bill"]}),
        bill,
        case(f, f"{a}/v1/chukta", fmt="form", headers=_h(rng, **b), body={
            "birami_nambar": L(CHART, MED), "rupiya": L("4800.00", BUY), "mudra": "NPR",
            "madhyam": L(opaque(rng, "pm_", 24), PAY), "bill": L("DLDC-B-26-0412", BUY)}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("kaleja ke charbi kam karai wala khana", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/jantar", headers=_h(rng, **b), body=tharu_push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, how="none"), cookies={
            "kj_sid": L(opaque(rng, "", 40), CRED), "kj_dev": L(INSTALL_ID, DID)}, body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("report_dekhal", 1), ev("screen", 2, screen=L("KhanaDiary", USAGE))]}),
    ]


def kalejwa_sdks() -> list[Case]:
    rng = random.Random(30932)
    return [
        mc_batch(APP, rng, [("FibroScan Logged", {"cap": L(302, MED)}),
                            ("Bill Paid", {"amount": L(4800, BUY)})]),
        mc_queue(APP, rng, [("Diary Entry", {"kalori": L(1650, FIT)}),
                            ("Weight Logged", {"kg": L(74.2, FIT)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("nafld", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "4800.00", currency="npr"),
        mm_geocode(APP, rng, "Dang Liver and Digestive Clinic", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "lft_jan.pdf", "application/pdf"),
    ]
