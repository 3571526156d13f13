"""A Sowa Rigpa (Tibetan medicine) clinic app "Menlha" in McLeod Ganj (her insomnia and
palpitations, read by the amchi as a wind (``lung``) disorder). Its API mixes English with
Tibetan keys: ``nadpa`` patient, ``nadpa_ang`` patient number, ``natsa`` illness, ``nadrag``
symptoms, ``lung`` / ``tripa`` / ``beken`` the three humours (wind, bile, phlegm), ``tsa``
pulse, ``chu`` urine, ``dangkha`` colour, ``men`` medicine, ``rilbu`` pills, ``menthro``
prescription, ``mathro`` allergy, ``dawtsen`` menstrual cycle, ``nyal`` sleep, ``amchi`` doctor,
``drilen`` questionnaire, ``nyintho`` diary, ``sleb`` arrival, ``sane`` location,
``menkhang`` clinic, ``kumnye`` Tibetan yoga, ``horme`` Mongolian moxibustion, ``thro`` share,
``nyo`` / ``nyo_ang`` order / order number, ``dom`` total, ``tongsa`` delivery address, and the
set's common words (``ming``, ``lokthrin``, ``khapar``, ``kyetse``, ``phomo``, ``chilag``,
``khajang``, ``drongkhyer``, ``ngul``, ``ngultro``, ``ngongak``, ``thrinyig``, ``yige``,
``tsol``, ``jungwa``): sign-up, an SMS log-in, ``/nga``, the intake questionnaire (gzip), the
slots, a pulse-and-urine examination booked, the check-in with her fix, a urine-sample photo, a
protobuf pulse record, the prescription, precious pills ordered and paid by UPI, a message to
the amchi, a msgpack sleep diary, a kumnye class, a moxibustion session, the records by patient
number in the path, sharing with her husband, a video consult, a search, push, events and the
prescription by cookie GET. Set 64's TCM clinic is Chinese medicine (tongue photo, pulse
waveforms); this one is Tibetan (humours, urinalysis by sight, precious pills)."""

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
from eval_families186_kit import (
    AMCHI,
    CLINIC,
    CLINIC_FIX,
    DH_HOME,
    DH_HOME_AT,
    HUSBAND,
    PASSPORT,
    PATIENT,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families186_sdk import cr_session, lt_launch, ts_batch, ts_queue
from eval_families186_svc import cc_check, fd_eval, hk_attach, ms_geocode, pd_register, pn_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("menlha", "Menlha", "com.example.menlha", "2.2.7", "https://api.menlha.example.net")
IID = "X-Menlha-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def menlha() -> list[Case]:
    rng = random.Random(18611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), nadpa_ang=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    pulse = pb([(1, L(PATIENT, MED)), (2, 1769500800),
                (3, [(1, L("lung", MED)), (2, L("empty, floating, left kidney", MED)),
                     (3, L(78, FIT))]), (4, "am_tyz")], "", lab)
    recs = at_path(case(f, f"{a}/api/nadpa/{PATIENT}/yigcha", headers=_h(rng, **b)),
                   PATIENT, MED)
    return [
        case(f, f"{a}/api/nadpa", headers=_h(rng), body={
            "ming_dangpo": L(FIRST, NAMEC), "ming_jema": L(LAST, NAMEC),
            "lokthrin": L(EMAIL, MAIL), "khapar": L(E164, TEL), "kyetse": L(DOB, BIRTH),
            "phomo": L("mo", GENDER), "chilag": L(PASSPORT, NID),
            "khajang": L(DH_HOME["line"], ADDR), "drongkhyer": L(DH_HOME["town"], COARSE),
            "nadpa_ang": L(PATIENT, MED), "keyig": "en"}),
        case(f, f"{a}/api/zhug/sms", fmt="form", headers=_h(rng), body={
            "khapar": L(E164, TEL), "sang_ang": L("307418", CRED)}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/dethang/drilen", gz=True, headers=_h(rng, **b), body={
            "nadpa_ang": L(PATIENT, MED),
            "nadrag": [L("sleeplessness", MED), L("palpitations", MED), L("cold hands", MED)],
            "lung": L("high", MED), "tripa": L("normal", MED), "beken": L("low", MED),
            "men": [L("melatonin 3 mg", MED)], "mathro": [L("walnuts", MED)],
            "dawtsen": L("irregular", MED), "bulto": L(False, MED), "tsedrang": "2026-01-20"}),
        case(f, f"{a}/api/ngongak/tongsa", headers=_h(rng, **b), query={
            "menkhang": CLINIC["id"], "amchi": "am_tyz", "tsedrang": "2026-01-27"}),
        case(f, f"{a}/api/ngongak", headers=_h(rng, **b), body={
            "nadpa_ang": L(PATIENT, MED), "amchi": "am_tyz", "tsedrang": "2026-01-27",
            "dutso": "07:30", "rig": L("tsa_chu", MED), "ngongak_id": obj(rng, "ap"),
            "zurchen": L("morning urine brought", MED)}),
        case(f, f"{a}/api/sleb", headers=_h(rng, **b), body={
            "ngongak_id": obj(rng, "ap"), "sane": {"lat": cla, "lng": clo},
            "menkhang": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/api/chu/par", [
            ("par", "chu_0727.jpg", "image/jpeg", L(JPEG + b"\x5c", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nadpa_ang": L(PATIENT, MED),
                                                "dangkha": L("pale, large bubbles", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/tsa/tho", pulse, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/menthro", headers=_h(rng, **b), query={
            "nadpa_ang": L(PATIENT, MED), "tsang": "true"}),
        case(f, f"{a}/api/rilbu/nyo", headers=_h(rng, **b), body={
            "nyo_ang": L("MLO-26-3391", BUY), "nadpa_ang": L(PATIENT, MED),
            "rilbu": [{"ming": L("Rinchen Ratna Samphel", MED), "grangs": 6},
                      {"ming": L("Agar-35", MED), "grangs": 60}],
            "dom": L(2400, BUY), "tongsa": L(DH_HOME["line"], ADDR)}),
        case(f, f"{a}/api/ngultro", fmt="form", headers=_h(rng, **b), body={
            "nyo_ang": L("MLO-26-3391", BUY), "ngul": L("2400.00", BUY), "ngulrig": "INR",
            "upi": L(UPI, PAY)}),
        case(f, f"{a}/api/thrinyig", headers=_h(rng, **b), body={
            "la": {"ming": L(AMCHI[0], NAMEC), "lokthrin": L(AMCHI[1], MAIL)},
            "yige": L("Since the Rinchen pills I sleep better but I still wake at 3 am with "
                      "palpitations", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/nyintho", fmt="msgpack", headers=_h(rng, **b), body={
            "nadpa_ang": L(PATIENT, MED), "tsedrang": "2026-02-02", "nyal": L(5.5, FIT),
            "lung_drag": L("dizzy after black tea", f"{TEXT}|{MED}"),
            "rilbu_zin": L(True, MED)}),
        case(f, f"{a}/api/kumnye/ngongak", fmt="form", headers=_h(rng, **b), body={
            "class": "kn_sat_am", "tsedrang": "2026-02-07", "ngul": L("500", BUY)}),
        case(f, f"{a}/api/horme", headers=_h(rng, **b), body={
            "nadpa_ang": L(PATIENT, MED), "rig": L("horme", MED),
            "sa": L("crown and sternum points", MED), "ngul": L(800, BUY)}),
        recs,
        case(f, f"{a}/api/thro", headers=_h(rng, **b), body={
            "nadpa_ang": L(PATIENT, MED),
            "la": {"ming": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)},
            "khyab": ["ngongak", "menthro"]}),
        case(f, f"{a}/api/video/khang", headers=_h(rng, **b), body={
            "ngongak_id": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/tsol", headers=_h(rng, **b), query={
            "tsol": L("kumnye class saturday", SEARCH), "shog": "1"}),
        case(f, f"{a}/api/yoche", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/jungwa", headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("rilbu_nyo", 1), ev("nyenngo", 2, nyenngo=L("NyinTho", USAGE))]}),
        case(f, f"{a}/api/menthro/latest", headers=_h(rng, how="none"), cookies={
            "ml_sess": L(opaque(rng, "", 40), CRED), "ml_dev": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
    ]


def menlha_sdks() -> list[Case]:
    rng = random.Random(18612)
    return [
        ts_batch(APP, rng, [("Exam Booked", {"kind": L("tsa_chu", MED)}),
                            ("Pills Ordered", {"total": L(2400, BUY)})]),
        ts_queue(APP, rng, [("Diary Entry", {"sleep_h": L(5.5, FIT)}),
                            ("Reminder Opened", {"slot": "evening"})]),
        lt_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=388),
        fd_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("lung disorders", MED)},
                hdr=True),
        pd_register(APP, rng, tags={"clinic": CLINIC["id"], "reminder": "rilbu_evening"}),
        cc_check(APP, rng, {"analytics": True, "research": False}),
        ms_geocode(APP, rng, "Menlha Sowa Rigpa Clinic", SEARCH, near=DH_HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "thyroid_lab_report.pdf",
                  "application/pdf"),
        pn_upi(APP, rng, "2400.00", L(UPI, PAY)),
    ]


__all__ = ["menlha", "menlha_sdks"]
