"""Leprosy household-contact app "Kamaiu" (``kamaiu``: to heal; a fictional Ministry of Health
programme: when a case is found, everyone in the household is registered, examined and given a
single dose of rifampicin as prophylaxis; her husband's cousin is the index case). Its API's keys
are Gilbertese: ``aram``, ``aran_utu``, ``tarebon``, ``bongin_bung``, ``mwaane_ke_aine`` sex
(lit. "man or woman"; ``aine`` woman), ``tabo_ni_maeka``, ``kawa``, ``aba`` as in
``eval_families181_karewe``, plus ``namba_rejita`` register number, ``aoraki`` illness,
``bwainikamaiu`` medicine, ``tuoa`` examination, ``kanikina`` sign/symptom, ``kun`` skin,
``kiro`` weight (kg), ``mata`` eyes, ``mamaara`` weakness, ``ririki`` age (years), ``mwenga`` household, ``kaain_mwenga`` household
members, ``nati`` child, ``buu`` spouse, ``kariaia`` consent, ``tamnei`` picture, ``aomata``
people (ethnic group), ``kaeka`` answer, ``tabo`` place, ``taeka`` message, ``rongorongo``
news/articles, ``kaongora`` notice, ``ngai`` me; ``permit`` and ``token`` English: sign-up as a
household contact, an SMS code, ``/ngai``, the household, the skin self-examination (gzip), a
photo of a patch on her daughter's arm, her dose, her daughter's dose by weight, the signed
consent, a protobuf follow-up diary, the clinic check-in, slots and a booking, a message to the
nurse, an article search, her certificate by register number in the path, relatives on Abemama
traced, a side effect, the address, notices by cookie, push and events. No earlier set has a
leprosy programme (sets 93, 112 and 128 are TB treatment apps)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    CLINIC,
    CLINIC_FIX,
    CONTACT_NO,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    INDEX_CASE,
    MOTHER_IL,
    WORK_PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families181_sdk import ct_session, mb_batch, mb_queue, tb_launch
from eval_families181_svc import ca_check, fg_eval, hb_attach, mk_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kamaiu", "Kamaiu", "com.example.kamaiu", "2.3.0", "https://api.kamaiu.example.org")
IID = "X-Kamaiu-Install"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
COUSIN = "Bwebwe Tekinaiti"  # the index case, named by her (contact.name)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kamaiu() -> list[Case]:
    rng = random.Random(18111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tarebon=L(E164, TEL),
                                    namba_rejita=L(CONTACT_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CONTACT_NO, MED)), (2, 1769000000),
                (3, [(1, L(False, MED)), (2, L(0, MED)), (3, L("akea bitaki", MED))]),
                (4, "2.3.0")], "", lab)
    cert = at_path(case(f, f"{a}/v1/rejita/{CONTACT_NO}/reta", headers=_h(rng, **b)),
                   CONTACT_NO, MED)
    return [
        case(f, f"{a}/v1/rejita", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "tarebon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "bongin_bung": L(DOB, BIRTH),
            "mwaane_ke_aine": L("aine", GENDER), "aomata": L("I-Matang (American)", SENS),
            "permit": L(WORK_PERMIT, NID), "namba_rejita": L(CONTACT_NO, MED),
            "index_case": L(INDEX_CASE, MED), "kaain": "kaain_mwenga",
            "tabo_ni_maeka": L(HOME["line"], ADDR), "kawa": L(HOME["village"], COARSE)}),
        case(f, f"{a}/v1/kakoaua", fmt="form", headers=_h(rng), body={
            "tarebon": L(E164, TEL), "kakoaua": L("550913", CRED)}),
        case(f, f"{a}/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mwenga", headers=_h(rng, **b), body={
            "namba_rejita": L(CONTACT_NO, MED), "kaain_mwenga": [
                {"aram": L(HUSBAND[0], NAMEC), "tarebon": L(HUSBAND[1], TEL), "ririki": L(38, BIRTH),
                 "aomata": L("I-Kiribati", SENS)},
                {"aram": L(KID, NAMEC), "bongin_bung": L(DAUGHTER["dob"], BIRTH),
                 "mwaane_ke_aine": L(DAUGHTER["sex"], GENDER)},
                {"aram": L(COUSIN, NAMEC), "aoraki": L("leprosy, multibacillary (index)", MED),
                 "namba": L(INDEX_CASE, MED)}]}),
        case(f, f"{a}/v1/tuoa/ngai", gz=True, headers=_h(rng, **b), body={
            "namba_rejita": L(CONTACT_NO, MED), "kun": {
                "kanikina": L(False, MED), "mamaara": L(False, MED),
                "numbness": L(False, MED)}, "mata": L("raoiroi", MED),
            "bwainikamaiu_ngkai": [L("cetirizine 10 mg", MED)], "pregnant": L(False, MED)}),
        multipart(f, f"{a}/v1/tuoa/tamnei", [
            ("tamnei", "meere_elbow.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "nati": L(KID, NAMEC), "tabo_n_rabwata": L("left elbow", MED),
                "kanikina": L("pale patch, 2 cm, not numb", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bwainikamaiu", headers=_h(rng, **b), body={
            "namba_rejita": L(CONTACT_NO, MED), "bwainikamaiu": L("rifampicin 600 mg", MED),
            "kiro": L(61, FIT), "bong": "2026-01-21", "lot": "RFP-2511-0447",
            "tia_anga": "nurse_0219", "at": {"lat": cla, "lng": clo}}),
        case(f, f"{a}/v1/bwainikamaiu", headers=_h(rng, **b), body={
            "nati": {"aram": L(KID, NAMEC), "ririki": L(7, BIRTH),
                     "kiro": L(DAUGHTER["kg"], FIT)},
            "bwainikamaiu": L("rifampicin 300 mg (10-15 mg/kg)", MED),
            "tia_kariaia": L(f"{FIRST} {LAST}", NAMEC), "bong": "2026-01-21",
            "lot": "RFP-2511-0447"}),
        multipart(f, f"{a}/v1/kariaia", [
            ("signature", "kariaia.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "form": "sdr_pep_child_v2", "nati": L(KID, NAMEC),
                "tia_kariaia": L(f"{FIRST} {LAST}", NAMEC), "kariaia": True})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/tuoa/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "appointment": obj(rng, "ap"), "at": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/tuoa/slots", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "bong": "2026-04-21"}),
        case(f, f"{a}/v1/tuoa/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "namba_rejita": L(CONTACT_NO, MED), "kaain": "3"}),
        case(f, f"{a}/v1/taeka", headers=_h(rng, **b), body={
            "nakon": "nurse_0219",
            "taeka": L("Meere has had a pale patch on her left elbow since December. Could it be "
                       "the sickness?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/rongorongo", headers=_h(rng, **b), query={
            "ukeuke": L("rifampicin red urine child", f"{SEARCH}|{MED}")}),
        cert,
        case(f, f"{a}/v1/kaongora/aba", headers=_h(rng, **b), body={
            "namba_rejita": L(CONTACT_NO, MED), "aba": L("Abemama", COARSE),
            "kawa": L("Kariatebike", COARSE),
            "kaain": [{"aram": L(MOTHER_IL[0], NAMEC), "tarebon": L(MOTHER_IL[1], TEL)}],
            "bong_ni_kawara": "2025-12-24"}),
        case(f, f"{a}/v1/kanikina", headers=_h(rng, **b), body={
            "namba_rejita": L(CONTACT_NO, MED),
            "kanikina": [L("red urine", MED), L("mild nausea", MED)],
            "taeka": L("Orange urine the next morning and a little nausea, better by noon",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ngai/tabo_ni_maeka", headers=_h(rng, **b), body={
            "tabo_ni_maeka": L(HOME["line"], ADDR), "kawa": L(HOME["village"], COARSE),
            "aba": L(HOME["island"], COARSE), "lat": L(round(HOME_AT[0], 4), "location.precise"),
            "lon": L(round(HOME_AT[1], 4), "location.precise")}),
        case(f, f"{a}/v1/kaongora", headers=_h(rng, how="none"), cookies={
            "km_sid": L(opaque(rng, "", 40), CRED), "km_dev": L(INSTALL_ID, DID),
            "km_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "gil_KI")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("dose_recorded", 1), ev("screen", 2, screen=L("TuoaDiary", USAGE))]}),
    ]


def kamaiu_sdks() -> list[Case]:
    rng = random.Random(18112)
    return [
        mb_batch(APP, rng, [("Dose Recorded", {"drug": L("rifampicin", MED)}),
                            ("Household Added", {"members": 3})]),
        mb_queue(APP, rng, [("Diary Entry", {"new_patches": L(0, MED)}),
                            ("Photo Uploaded", {"kind": "skin"})]),
        tb_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=388),
        fg_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("leprosy-sdr-pep", MED)},
                hdr=True),
        pk_register(APP, rng, lang="gil", tags={"clinic": CLINIC["id"]}),
        ca_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Bikenibeu Health Centre", SEARCH, near=HOME_AT, nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral_skin_clinic.pdf",
                  "application/pdf"),
    ]
