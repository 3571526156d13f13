"""A residents' savings and credit cooperative's app "Tereka" (Muyenga Residents SACCO;
``tereka`` save, put away). Unlike the rotating-savings groups of sets 88, 112, 124 and 133 and
the remittance apps, a SACCO is a registered cooperative: members buy shares, save, borrow
against guarantees by other members and vote at the annual meeting. Calls: membership with
her alien ID card, her passport and her husband as next of kin, the passport scan and a selfie,
a PIN log-in, ``/me``, shares, a savings deposit by mobile money, the balance by member number
in the path, a loan with two guarantors, the guarantors' status, accepting the loan with an SMS
code, the disbursement to her bank, the schedule by loan number in the path, a repayment,
statements by a cookie GET, the annual meeting's vote and check-in, a withdrawal (msgpack),
nominees (the twins), a KYC context header (base64 JSON), a complaint, offline transactions
(JSON Lines), push and events."""

from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families138_kit import (
    ALIEN_ID,
    FRIEND,
    HUSBAND,
    HUSBAND_NIN,
    KLA_HOME,
    KLA_HOME_AT,
    LOAN,
    MEMBER,
    PASSPORT,
    SACCO,
    TWINS,
    UG_ACCOUNT,
    fix,
    hd,
    push,
)
from eval_families138_sdk import (
    bm_bid,
    cs_crash,
    cs_crumb,
    sn_batch,
    sn_identify,
    ta_event,
    ta_launch,
)
from eval_families138_svc import cj_wallet, fr_eval, mk_geocode, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tereka", "Tereka", "com.example.tereka", "3.7.1", "https://api.tereka.example.net")
IID = "X-Tereka-Device"
PIN = "271991"
NATID = "personal.national_id"
AGM_FIX = (0.293791, 32.614044)  # her fix in the SACCO's hall at the annual meeting


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    if kw.get("auth"):
        kw.setdefault("how", "none")  # signed in: the bearer alone
    return hd(APP, rng, IID, **kw)


def tereka() -> list[Case]:
    rng = random.Random(13861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID)))}
    ala, alo = fix(AGM_FIX, 5)
    bal = at_path(case(f, f"{a}/v3/members/{MEMBER}/balances", headers=_h(rng, **b)),
                  MEMBER, UID)
    sched = at_path(case(f, f"{a}/v3/loans/{LOAN}/schedule", headers=_h(rng, **b)),
                    LOAN, BUY)
    offline = lines(f, f"{a}/v3/tx/offline", [
        {"member": L(MEMBER, UID), "kind": "deposit", "amount": L(50000, BUY),
         "local_id": rid(rng), "t": 1768390000},
        {"member": L(MEMBER, UID), "kind": "repayment", "amount": L(210000, BUY),
         "local_id": rid(rng), "t": 1768393600}], headers=_h(rng, **b))
    return [
        case(f, f"{a}/v3/members/apply", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
            "idType": "alien_id", "idNumber": L(ALIEN_ID, NATID),
            "passportNo": L(PASSPORT, NATID), "occupation": "consultant",
            "address": {"line": L(KLA_HOME["line"], ADDR), "village": L("Muyenga", COARSE),
                        "division": L("Makindye", COARSE)},
            "nextOfKin": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "nin": L(HUSBAND_NIN, NATID), "relation": "spouse"},
            "memberNo": L(MEMBER, UID)}),
        multipart(f, f"{a}/v3/kyc/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x13", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x14", MEDIA)),
            ("meta", None, "application/json", {"member": L(MEMBER, UID), "doc": "passport"})],
            headers=_h(rng)),
        case(f, f"{a}/v3/auth/pin", fmt="form", headers=_h(rng), body={
            "member": L(MEMBER, UID), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/shares", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "shares": 20, "amount": L(400000, BUY),
            "unitPrice": 20000, "ref": rid(rng)}),
        case(f, f"{a}/v3/savings/deposit", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L(300000, BUY), "msisdn": L(E164, TEL),
            "account": "voluntary", "ref": rid(rng)}),
        bal,
        case(f, f"{a}/v3/loans/apply", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L(2500000, BUY), "months": 12,
            "purpose": L("School fees and van for the twins, term one", TEXT),
            "monthlyIncome": 3200000, "guarantors": [
                {"name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL),
                 "memberNo": "MRS-0003318"},
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "memberNo": "MRS-0004470"}], "loan": L(LOAN, BUY)}),
        case(f, f"{a}/v3/loans/guarantors", headers=_h(rng, **b), query={
            "loan": L(LOAN, BUY), "status": "all"}),
        case(f, f"{a}/v3/loans/accept", fmt="form", headers=_h(rng, **b), body={
            "loan": L(LOAN, BUY), "otp": L("993107", CRED), "agree": "true"}),
        case(f, f"{a}/v3/loans/disburse", headers=_h(rng, **b), body={
            "loan": L(LOAN, BUY), "amount": L(2500000, BUY),
            "bankAccount": L(UG_ACCOUNT, PAY), "accountName": L(f"{FIRST} {LAST}", NAMEC),
            "bank": "UG-030"}),
        sched,
        case(f, f"{a}/v3/loans/repay", fmt="form", headers=_h(rng, **b), body={
            "loan": L(LOAN, BUY), "amount": L("210000", BUY), "msisdn": L(E164, TEL)}),
        case(f, f"{a}/v3/statements", headers=_h(rng, how="none"), query={
            "from": "2025-07-01", "to": "2025-12-31", "format": "pdf"},
            cookies={"tk_sess": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/agm/2026/vote", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "ballot": [{"post": "chair", "candidate": "c_03"},
                                                 {"post": "treasurer", "candidate": "c_07"}],
            "nonce": rid(rng)}),
        case(f, f"{a}/v3/agm/2026/checkin", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "at": {"lat": ala, "lon": alo},
            "hall": {"lat": SACCO["lat"], "lon": SACCO["lon"]}}),
        case(f, f"{a}/v3/savings/withdraw", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "amount": L(150000, BUY), "to": L(E164, TEL),
            "reason": "household", "ref": rid(rng)}),
        case(f, f"{a}/v3/members/nominees", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "nominees": [
                {"name": L(f"{t['first']} {t['last']}", NAMEC), "dob": L(t["dob"], BIRTH),
                 "relation": "daughter", "pct": 50} for t in TWINS]}),
        case(f, f"{a}/v3/kyc/refresh", headers=_h(rng, **b, extra={
            "X-Tereka-Ctx": W({"m": L(MEMBER, UID), "area": L("Muyenga", COARSE),
                               "lang": "en"}, "b64json")})),
        case(f, f"{a}/v3/complaints", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "category": "deposit_missing",
            "text": L("My deposit of 300,000 on Tuesday is not on my savings", f"{TEXT}|{BUY}")}),
        offline,
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("loan_applied", 1), ev("deposit", 2),
                ev("screen", 3, screen=L("Savings", USAGE))]}),
    ]


def tereka_sdks() -> list[Case]:
    rng = random.Random(13862)
    return [
        sn_batch(APP, rng, [("Deposit Made", {"amount": L(300000, BUY)}),
                            ("Loan Applied", {"months": 12})], at=KLA_HOME_AT, nd=2),
        sn_identify(APP, rng, {"member": L(MEMBER, UID), "division": L("Makindye", COARSE),
                               "shares": 20}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "loan_applied", {"loan": L(LOAN, BUY)}, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="savings,loans"),
        cs_crash(APP, rng, ("java.text.ParseException", "Unparseable number: \"2,500,000\""),
                 [cs_crumb("nav", "Loans -> Apply"), cs_crumb("tap", "submit")],
                 screen="LoanActivity"),
        pn_register(APP, rng, tags={"sacco": SACCO["id"], "loan_active": "yes"}),
        cj_wallet(APP, rng, "300000", L(E164, TEL)),
        fr_eval(APP, rng, {"sacco": SACCO["id"], "member": L(MEMBER, UID)}),
        mk_geocode(APP, rng, "Muyenga Residents SACCO", "behavior.search"),
    ]
