"""Teachers' credit union app "Kaubwai" (``kaubwai``: wealth, savings; a fictional member-owned
savings and credit union for teachers in South Tarawa, dues and repayments taken from pay). Its
API's keys are Gilbertese: the shared ``aram``, ``aran_utu``, ``tarebon``, ``bongin_bung``,
``mwaane_ke_aine``, ``tabo_ni_maeka``, ``kawa``, ``namba_ni_kaain``, ``mwane``, ``taeka``,
``nati``, ``buu``, ``ngai``, plus ``mwakuri`` job, ``tabo_ni_mwakuri`` workplace,
``namba_ni_kpf`` provident-fund number, ``namba_ni_TIN`` taxpayer number, ``botaki_kaareirei``
teachers' union (lit. "teachers' association"), ``mata`` face, ``tamnei`` picture, ``akaunti``
account, ``bukina`` reason, ``kauring`` reminder, ``pin_ngkoa``/``pin_bou`` old/new PIN, ``tia_kaboonga`` beneficiary (lit. "one who
benefits"), ``kaubwai`` savings; ``loan``, ``guarantor``, ``pin`` and ``token`` English):
membership with her KPF number, tax number and work permit, a log-in, ``/ngai``, a selfie with a
face template, the work-permit photo, savings, a deposit, a loan application (gzip) with
guarantors, the payslip, the loan accepted, a repayment by loan number in the path, a junior
saver for her daughter, a transfer to her sister-in-law in Fiji (FJD), a protobuf beat at the
office, the statement by cookie, a beneficiary, branches near her (2 decimals), a message, a PIN
change, push, events and a log-out. Loan and savings apps exist (sets 78, 99, 119 and others:
lenders, savings groups, a salary advance); this is a credit union whose members own it."""

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
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    CU,
    DAUGHTER,
    FJ_ACCOUNT,
    HOME,
    HOME_AT,
    HUSBAND,
    KI_ACCOUNT,
    KPF,
    LOAN,
    MEMBER,
    SISTER_FJ,
    TIN,
    WORK_PERMIT,
    hd,
    push,
)
from eval_families181_sdk import (
    ct_crash,
    ct_crumb,
    ct_session,
    mb_batch,
    mb_identify,
    tb_event,
    tb_launch,
)
from eval_families181_svc import ca_save, ce_card, ce_confirm, fg_eval, hb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kaubwai", "Kaubwai", "com.example.kaubwai", "3.0.7", "https://api.kaubwai.example.net")
IID = "X-Kaubwai-Device"
NID = "personal.national_id"
PW = "Teacher#Bikeni2026"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
CU_FIX = (1.329807, 172.977534)  # her phone at the credit union's Bairiki office


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> list[float]:
    return [round(rng.gauss(0, 0.09), 5) for _ in range(128)]


def kaubwai() -> list[Case]:
    rng = random.Random(18121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kaain=L(MEMBER, UID)))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, 1768900000),
               (3, [(1, L(CU_FIX[0], PRECISE)), (2, L(CU_FIX[1], PRECISE)), (3, 14.0)]),
               (4, L(52, DEV))], "", lab)
    repay = at_path(case(f, f"{a}/api/loan/{LOAN}/kabwaka", fmt="form", headers=_h(rng, **b),
                         body={"mwane": L("187.50", BUY), "akaunti": L(KI_ACCOUNT, PAY),
                               "month": "2026-02"}), LOAN, PAY)
    return [
        case(f, f"{a}/api/kaain", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "tarebon": L(E164, TEL), "bongin_bung": L(DOB, BIRTH),
            "mwaane_ke_aine": L("aine", GENDER), "tabo_ni_maeka": L(HOME["line"], ADDR),
            "kawa": L(HOME["village"], COARSE), "namba_ni_kpf": L(KPF, NID),
            "namba_ni_TIN": L(TIN, NID), "permit": L(WORK_PERMIT, NID),
            "mwakuri": "kaareirei", "tabo_ni_mwakuri": "Bikenibeu Secondary School",
            "botaki_kaareirei": L(True, SENS),
            "buu": {"aram": L(HUSBAND[0], NAMEC), "tarebon": L(HUSBAND[1], TEL)},
            "namba_ni_kaain": L(MEMBER, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "namba_ni_kaain": L(MEMBER, UID), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/ngai", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/kyc/selfie", [
            ("tamnei", "selfie.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "mata": L(_face(rng), FACE), "liveness": 0.981, "model": "fn-128-v3",
                "namba_ni_kaain": L(MEMBER, UID)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kyc/permit", [
            ("tamnei", "work_permit.jpg", "image/jpeg", L(JPEG + b"\x1a", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"permit": L(WORK_PERMIT, NID),
                                                "expires": "2027-01-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kaubwai", headers=_h(rng, **b), query={
            "namba_ni_kaain": L(MEMBER, UID)}),
        case(f, f"{a}/api/kaubwai/deposit", fmt="form", headers=_h(rng, **b), body={
            "mwane": L("200.00", BUY), "mai_akaunti": L(KI_ACCOUNT, PAY),
            "namba_ni_kaain": L(MEMBER, UID)}),
        case(f, f"{a}/api/loan/apply", gz=True, headers=_h(rng, **b), body={
            "namba_ni_kaain": L(MEMBER, UID), "loan": 4500, "months": 24, "rate": 9.5,
            "bukina": L("A new 40 hp outboard engine for the family boat", TEXT),
            "salary": 1480, "tabo_ni_mwakuri": "Bikenibeu Secondary School",
            "guarantor": [{"aram": L("Kabuati Tiaon", NAMEC), "tarebon": L("+68673155092", TEL),
                           "kaain": "TCU-08841"},
                          {"aram": L("Teretia Ioane", NAMEC), "tarebon": L("+68673177316", TEL),
                           "kaain": "TCU-09920"}]}),
        multipart(f, f"{a}/api/loan/payslip", [
            ("payslip", "payslip_dec.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"month": "2025-12",
                                                "namba_ni_kaain": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/loan/accept", headers=_h(rng, **b), body={
            "loan": L(LOAN, PAY), "monthly": L(187.5, BUY), "payroll_deduction": True,
            "signed": L(f"{FIRST} {LAST}", NAMEC), "akaunti": L(KI_ACCOUNT, PAY)}),
        repay,
        case(f, f"{a}/api/junior", headers=_h(rng, **b), body={
            "nati": {"aram": L(DAUGHTER["first"], NAMEC), "aran_utu": L(DAUGHTER["last"], NAMEC),
                     "bongin_bung": L(DAUGHTER["dob"], BIRTH),
                     "mwaane_ke_aine": L(DAUGHTER["sex"], GENDER),
                     "birth_reg": L(DAUGHTER["brn"], NID)},
            "tia_kawakina": L(MEMBER, UID), "mwane": L(50, BUY)}),
        case(f, f"{a}/api/transfer/fiti", headers=_h(rng, **b), body={
            "nakon": {"aram": L(SISTER_FJ[0], NAMEC), "akaunti": L(FJ_ACCOUNT, PAY),
                      "bank": "Example Bank Fiji", "tarebon": L(SISTER_FJ[1], TEL)},
            "mwane": L(300, BUY), "currency": "FJD", "rate": 1.41,
            "taeka": L("Ibukin bwainikamaiun mataia Takoua i Rabi (eye drops)",
                       f"{TEXT}|{MED}")}),
        raw(f, f"{a}/api/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/statement", headers=_h(rng, how="none"), query={"month": "2026-01"},
             cookies={"kb_session": L(opaque(rng, "", 40), CRED),
                      "kb_member": L(MEMBER, UID), "kb_req": rid(rng)}),
        case(f, f"{a}/api/tia_kaboonga", headers=_h(rng, **b), body={
            "aram": L(HUSBAND[0], NAMEC), "tarebon": L(HUSBAND[1], TEL), "buu": True,
            "share": 100}),
        case(f, f"{a}/api/branches", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/taeka", headers=_h(rng, **b), body={
            "nakon": "loans_desk",
            "taeka": L(f"Can my KPF number {KPF} be used instead of the December payslip?",
                       f"{TEXT}|{NID}")}),
        case(f, f"{a}/api/pin", fmt="form", headers=_h(rng, **b), body={
            "pin_ngkoa": L("2604", CRED), "pin_bou": L("8817", CRED)}),
        case(f, f"{a}/api/kauring", headers=_h(rng, **b), body={
            "loan": L(LOAN, PAY), "bong": 25, "sms": L(E164, TEL)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("loan_applied", 1), ev("screen", 2, screen=L("Kaubwai", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kaubwai_sdks() -> list[Case]:
    rng = random.Random(18122)
    return [
        mb_batch(APP, rng, [("Deposit Made", {"amount": L(200, BUY)}),
                            ("Loan Applied", {"months": 24})]),
        mb_identify(APP, rng, {"kaain": L(MEMBER, UID), "kawa": L("Bikenibeu", COARSE),
                               "union": L("teachers", SENS)}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "loan_applied", {"months": 24}, hashed=True),
        ct_crash(APP, rng, ("java.lang.SecurityException", "camera permission"),
                 [ct_crumb("nav", "Kyc -> Selfie")], screen="SelfieActivity"),
        ct_session(APP, rng, secs=604),
        fg_eval(APP, rng, {"branch": CU["id"], "member_years": 2}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        ce_card(APP, rng, email=True),
        ce_confirm(APP, rng, "200.00"),
        hb_message(APP, rng, L(f"My repayment for {LOAN} shows twice", f"{TEXT}|{PAY}"),
                   {"kaain": L(MEMBER, UID)}),
    ]
