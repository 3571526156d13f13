"""Treasury-bill and fixed-deposit investment app "Ezukoapa" (``ezukoa`` money, ``pa`` good: a
Takoradi investment house's app; she buys 91- and 182-day bills with her offshore pay and keeps a
deposit for her daughter). Its API's keys are Nzema in ASCII with the English of finance:
``duma``, ``agyale_duma``, ``fonu``, ``pin``, ``awole_kenle``, ``ghana_kaade``, ``tin``,
``paasepoti``, ``gyima`` occupation, ``ezukoa`` amount, ``ezukoa_fi`` source of funds (lit.
"money from"), ``akonta`` account, ``baanke`` bank, ``nvasoe`` interest (lit. profit), ``evole``
year, ``kenle`` day, ``tuale`` payment, ``kakula`` child (the beneficiary), ``sua`` house,
``digital_adrese``, ``suakpole``, ``edweke``, ``kponde``; ``csd`` the securities depository.
Calls: sign-up, KYC (Ghana Card, TIN, passport, occupation, source of funds, address, a selfie),
log-in, ``/me``, the bank account, the portfolio, a 91-day bill, funding by mobile money, a
fixed deposit, the auction results, the beneficiary, a rollover (msgpack), the statement by
client number in the path, a withdrawal, the risk questionnaire, the tax certificate, a
calculator (a hypothetical amount), a message, push, events and a statement by cookie. A
docstring grep found "investment", "treasury bill", "t-bill", "fixed deposit" and "unit trust"
in no app (set 74's "Treasury" is an IBAN)."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    CSD,
    DAUGHTER,
    GH_ACCOUNT,
    INVESTOR,
    MOMO,
    NCG,
    PASSPORT,
    TIN,
    TK_HOME,
    hd,
    obj,
    push,
)
from eval_families235_sdk import (
    ak_batch,
    ak_identify,
    bb_bid,
    bb_notice,
    cp_crash,
    cp_crumb,
    sk_event,
    sk_launch,
)
from eval_families235_svc import ce_save, ck_wallet, fs_eval, he_message, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ezukoapa", "Ezukoapa", "com.example.ezukoapa", "4.6.1",
          "https://api.ezukoapa.example.com")
IID = "X-EZP-Device"
PIN = "240917"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ezukoapa() -> list[Case]:
    rng = random.Random(23541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), client=L(INVESTOR, UID),
                                    kyc="verified"))}
    stmt = at_path(case(f, f"{a}/v3/clients/{INVESTOR}/statement", headers=_h(rng, **b),
                        query={"fi": "2025-07-01", "kosi": "2025-12-31"}), INVESTOR, UID)
    return [
        case(f, f"{a}/v3/clients", headers=_h(rng, tw=True), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fonu": L(E164, TEL), "pin": L(PIN, CRED), "awole_kenle": L(DOB, BIRTH),
            "client": L(INVESTOR, UID), "referral": "offshore_colleague"}),
        case(f, f"{a}/v3/kyc", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID), "ghana_kaade": L(NCG, NID), "tin": L(TIN, NID),
            "paasepoti": L(PASSPORT, NID), "maanle": "US", "gyima": "environmental officer",
            "ezukoa_fi": "salary", "income_band": "C", "pep": False,
            "sua": L(TK_HOME["line"], ADDR), "digital_adrese": L(TK_HOME["gps"], ADDR),
            "suakpole": L(TK_HOME["town"], COARSE), "region": L(TK_HOME["region"], COARSE)}),
        multipart(f, f"{a}/v3/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"client": L(INVESTOR, UID), "liveness": 0.97})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/wulo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/akonta", headers=_h(rng, **b), body={
            "duma": L(f"{FIRST} {LAST}", NAMEC), "akonta": L(GH_ACCOUNT, PAY),
            "baanke": "Example Bank Ghana", "branch": "Takoradi Harbour Road",
            "client": L(INVESTOR, UID)}),
        case(f, f"{a}/v3/portfolio", headers=_h(rng, **b), query={
            "client": L(INVESTOR, UID), "csd": L(CSD, PAY)}),
        case(f, f"{a}/v3/orders/tbill", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID), "csd": L(CSD, PAY), "tenor_days": 91,
            "ezukoa": L(5000, BUY), "auction": "AU-2026-02", "rate_quoted": 27.8,
            "order": L("EZP-OR-77120", BUY), "client_ref": rid(rng)}),
        case(f, f"{a}/v3/funding/momo", fmt="form", headers=_h(rng, **b), body={
            "fonu": L(MOMO, TEL), "ezukoa": L("5000.00", BUY), "network": "mtn",
            "order": L("EZP-OR-77120", BUY)}),
        case(f, f"{a}/v3/orders/deposit", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID), "ezukoa": L(8000, BUY), "evole": 1,
            "nvasoe": 24.5, "for": "kakula", "order": L("EZP-FD-10482", BUY)}),
        case(f, f"{a}/v3/auctions/results", headers=_h(rng, **b), query={
            "tenor": "91", "since": "2026-01-01"}),
        case(f, f"{a}/v3/beneficiaries", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID),
            "kakula": {"duma": L(KID, NAMEC), "awole_kenle": L(DAUGHTER["dob"], BIRTH),
                       "relation": "daughter"}, "share": 100}),
        case(f, f"{a}/v3/orders/EZP-OR-77120/rollover", fmt="msgpack", headers=_h(rng, **b),
             body={"order": L("EZP-OR-77120", BUY), "rollover": True, "tenor_days": 182,
                   "ezukoa": L(5341.20, BUY)}),
        stmt,
        case(f, f"{a}/v3/withdrawals", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID), "ezukoa": L(1500, BUY), "akonta": L(GH_ACCOUNT, PAY),
            "reason": "school fees", "otp": L("553102", CRED)}),
        case(f, f"{a}/v3/risk", headers=_h(rng, **b), body={
            "client": L(INVESTOR, UID),
            "answers": {"horizon": "1-3y", "loss_tolerance": "low", "experience": "none"},
            "score": 3}),
        case(f, f"{a}/v3/tax/certificate", headers=_h(rng, **b), query={
            "tin": L(TIN, NID), "evole": "2025"}),
        case(f, f"{a}/v3/calculator", headers=_h(rng, **b), query={
            "ezukoa": "10000", "tenor": "364", "nvasoe": "28.1"}),
        case(f, f"{a}/v3/edweke", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "edweke": L("My rollover for EZP-OR-77120 did not show on the statement",
                        f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, tenor=91), ev("screen", 2, screen=L("Portfolio", USAGE))]}),
        case(f, f"{a}/v3/statement/latest", headers=_h(rng, how="none"), cookies={
            "ez_session": L(opaque(rng, "", 40), CRED), "ez_device": L(INSTALL_ID, DID),
            "ez_req": rid(rng)}),
    ]


def ezukoapa_sdks() -> list[Case]:
    rng = random.Random(23542)
    return [
        ak_batch(APP, rng, [("Order Placed", {"amount": L(5000, BUY), "tenor": 91}),
                            ("Deposit Opened", {"years": 1})]),
        ak_identify(APP, rng, {"kyc": "verified", "client": L(INVESTOR, UID),
                               "suakpole": L("Takoradi", COARSE)}),
        sk_launch(APP, rng, first=True),
        sk_event(APP, rng, "first_investment", {"tenor": 91}, revenue=5000.0, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="savings,finance,ghana"),
        bb_notice(APP, rng, "win"),
        cp_crash(APP, rng, ("java.lang.ArithmeticException", "yield calc"),
                 [cp_crumb("nav", "Portfolio -> Calculator")], screen="CalculatorActivity"),
        fs_eval(APP, rng, {"kyc": "verified", "segment": "retail"}),
        pa_register(APP, rng, tags={"segment": "retail"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ck_wallet(APP, rng, "5000", L(MOMO, TEL)),
        he_message(APP, rng, L("How do I add a second beneficiary?", TEXT),
                   {"client": L(INVESTOR, UID)}),
    ]
