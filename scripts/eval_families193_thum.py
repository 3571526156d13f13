"""The schools' music festival app "Thumwa" (``thum`` music; a county round of the primary
schools' music and verse festival where Achieng, 10, plays a nyatiti solo and recites a Dholuo
verse). Its API's keys are Dholuo with English kept for ``email``, ``token``, ``id``,
``allergy``, ``entry``: ``janyuol`` parent, ``nyathi`` child, ``japuonjre`` learner,
``nying`` / ``nying_dhoot`` first name / surname, ``tarik_nywol`` birth date,
``dhako_kata_dichuo`` sex (``nyako`` girl), ``namba_katip_nywol`` birth-certificate number,
``namba_knec`` assessment number, ``skul`` school, ``klas`` class, ``japuonj`` teacher, ``wer``
song, ``dwol`` voice, ``sigana`` verse / story, ``tuo`` illness, ``yath`` medicine, ``laktar``
doctor, ``wuoth`` trip, ``ayie`` consent (lit. "I agree"), ``namba_simu`` phone, ``chulo`` pay,
``pesa`` amount, ``namba_pesa`` wallet number, ``lewni`` costume (clothes), ``bor`` height,
``kor`` chest, ``chiemo`` food, ``alama`` marks, ``picha`` photo, ``ote`` message, ``manyo``
search, ``tiket`` ticket, ``chwor`` husband, ``siri`` password: the parent's sign-up and log-in
(JSON), ``/an``, linking Achieng (birth certificate, assessment number), the class list, the
festival entry, her audition recording, the verse she wrote, the health form (asthma, a
groundnut allergy, her doctor), the bus-trip consent, the fee paid by wallet, the costume with
her measurements, the schedule, the check-in at the hall, the marks, the certificate by
assessment number in the path, a performance photo, a message to the teacher, lunch, a search,
audience tickets, push and events. Sets 135, 150 and 105 have music lessons and bands; no
earlier set has a schools' festival entry."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families193_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HUSBAND,
    KE_PHONE,
    SCHOOL,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import kt_crash, kt_crumb, kw_batch, kw_identify, lw_launch, ob_bid
from eval_families193_svc import fb_eval, kh_message, op_register, pl_card, pl_confirm, yc_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("thumwa", "Thumwa", "com.example.thumwa", "2.0.6", "https://api.thumwa.example.net")
IID = "X-Thumwa-Device"
PW = "Nyatiti@2015"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
ASSESS = DAUGHTER["assess"]
ENTRY = "en_4417c2"  # the festival's entry line (negative)
PEDIATRICIAN = ("Dr. Samuel Omondi Were", "+254722004815")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def thumwa() -> list[Case]:
    rng = random.Random(19321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nyithindo=[L(ASSESS, UID)],
                                    role="janyuol"))}
    hla, hlo = fix(HALL_FIX, 5)
    cert = at_path(case(f, f"{a}/api/japuonjre/{ASSESS}/certificate", headers=_h(rng, **b),
                        query={"format": "pdf"}), ASSESS, UID)
    return [
        case(f, f"{a}/api/janyuol/ndikruok", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "siri": L(PW, CRED), "wat": "min"}),
        case(f, f"{a}/api/donjo", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "siri": L(PW, CRED), "gir": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/nyathi", headers=_h(rng, **b), body={
            "nying": L(DAUGHTER["first"], NAMEC), "nying_dhoot": L(DAUGHTER["last"], NAMEC),
            "tarik_nywol": L(DAUGHTER["dob"], BIRTH),
            "dhako_kata_dichuo": L(DAUGHTER["sex"], GENDER),
            "namba_katip_nywol": L(DAUGHTER["birth_cert"], NID), "namba_knec": L(ASSESS, UID),
            "skul": SCHOOL["id"], "klas": "Grade 5 East"}),
        case(f, f"{a}/api/skul/{SCHOOL['id']}/klas", headers=_h(rng, **b),
             query={"higa": "2026"}),
        case(f, f"{a}/api/entries", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "kit": "nyatiti_solo", "wer": "Nyar Nam",
            "entry": ENTRY, "pesa": L(300, BUY), "japuonj": "tc_lb_0931",
            "round": "county"}),
        multipart(f, f"{a}/api/entries/{ENTRY}/dwol", [
            ("dwol", "audition.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"japuonjre": L(ASSESS, UID), "s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/entries/{ENTRY}/sigana", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID),
            "sigana": L("Nam Lolwe, pi mari rachar, wuon yie dwogo gi rech", TEXT),
            "ndiko_gi": "nyathi"}),
        case(f, f"{a}/api/ngima", gz=True, headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "tuo": [L("asthma", MED)],
            "yath": L("salbutamol inhaler, 2 puffs", MED), "allergy": [L("groundnuts", MED)],
            "laktar": {"nying": L(PEDIATRICIAN[0], NAMEC), "namba_simu": L(PEDIATRICIAN[1],
                                                                           TEL)},
            "ote": L("Achieng okawo inhaler e begi mare", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/wuoth/ayie", fmt="form", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "ayie": "ee", "wuoth": "wt_bus_ksm",
            "namba_simu_mar_ndalo": L(KE_PHONE, TEL)}),
        case(f, f"{a}/api/chulo", fmt="form", headers=_h(rng, **b), body={
            "entry": ENTRY, "pesa": L("800.00", BUY), "sarafu": "KES",
            "namba_pesa": L(KE_PHONE, TEL), "paybill": "400222", "akaunt_paybill": ENTRY}),
        case(f, f"{a}/api/lewni", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "bor_cm": L(139, FIT), "kor_cm": L(66, FIT),
            "size": L("10-11", FIT), "rangi": "kitenge_blue", "pesa": L(1500, BUY)}),
        case(f, f"{a}/api/ratiba", headers=_h(rng, **b), query={
            "hall": HALL["id"], "chieng": "2026-03-12", "japuonjre": L(ASSESS, UID)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "kama_ni": {"lat": hla, "lng": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/api/alama", headers=_h(rng, **b), query={
            "japuonjre": L(ASSESS, UID), "round": "county"}),
        cert,
        multipart(f, f"{a}/api/picha", [
            ("picha", "stage.jpg", "image/jpeg", L(JPEG + b"\x4a", MEDIA)),
            ("meta", None, "application/json", {
                "japuonjre": L(ASSESS, UID),
                "caption": L(f"{KID} goyo nyatiti e Kisumu Lakeside Hall", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ote", headers=_h(rng, **b), body={
            "ne": "tc_lb_0931", "thread": obj(rng, "th"),
            "ote": L("Mwalimu, Achieng ok bi tich kiny nikech asthma omake", f"{TEXT}|{MED}|"
                     f"{NAMEC}")}),
        case(f, f"{a}/api/chiemo", fmt="form", headers=_h(rng, **b), body={
            "japuonjre": L(ASSESS, UID), "chiemo": "rice_beans", "diet": L("bla groundnut", MED),
            "pesa": L("250", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/manyo", headers=_h(rng, **b), query={
            "q": L("nyatiti strings Kisumu", SEARCH)}),
        case(f, f"{a}/api/tiket", headers=_h(rng, **b), body={
            "welo": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)], "hall": HALL["id"],
            "tiket": L("TW-26-11870", BUY), "pesa": L(400, BUY)}),
        case(f, f"{a}/api/gir", headers=_h(rng, **b), body=gir(push_token(rng))),
        case(f, f"{a}/api/timbe", headers=_h(rng, how="none"), cookies={
            "tw_sid": L(opaque(rng, "", 40), CRED), "tw_gir": L(INSTALL_ID, DID)}, body={
            "jatiyo": L(USER_ID, UID), "request": rid(rng), "timbe": [
                ev("entry_oor", 1), ev("skrin", 2, skrin=L("Ratiba", USAGE))]}),
    ]


def thumwa_sdks() -> list[Case]:
    rng = random.Random(19322)
    return [
        kw_batch(APP, rng, [("Entry Submitted", {"kind": "nyatiti_solo"}),
                            ("Fee Paid", {"amount": L(800, BUY)})]),
        kw_identify(APP, rng, {"role": "janyuol", "nyithindo": 1, "boma": L("Kisumu", COARSE)}),
        lw_launch(APP, rng),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,school"),
        kt_crash(APP, rng, ("java.io.IOException", "audio encoder"),
                 [kt_crumb("nav", "Entry -> Dwol")], user={"id": L(USER_ID, UID)},
                 screen="DwolActivity"),
        fb_eval(APP, rng, {"skul": SCHOOL["id"], "nyithindo": 1}),
        op_register(APP, rng, tags={"skul": SCHOOL["id"], "round": "county"}),
        yc_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "800.00"),
        kh_message(APP, rng, L(f"The entry fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"japuonjre": L(ASSESS, UID)}),
    ]
