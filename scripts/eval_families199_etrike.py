"""E-trike dealer financing app "Etrikehan" (Naga City; she buys an electric tricycle on
instalments for her husband's deliveries; Bikol keys mixed with English: ``pautang`` loan,
``hulog`` instalment, ``kita`` income, ``trabaho`` work, ``istaran`` residence, ``barangay``,
``syudad``, ``probinsya``, ``agom``, ``panugang`` parent-in-law, ``pangaran``, ``apelyido``,
``aldaw_kamundagan``, ``kasarian``, ``sekreto``, ``numero_selpon``, ``retrato``, ``bayad``,
``kantidad``, ``lugar``, ``biyahe`` trip, ``baterya`` battery, ``hanapon``, ``mensahe``):
sign-up, log-in, ``/sako``, the models, the loan application (gzip; PSN, TIN, SSS, income, her
mother-in-law as co-maker with her TIN), e-KYC (ID card photo, a selfie and a face template), the
credit-check consent, the loan by account number in the path, the down payment, the auto-debit
account, the delivery to her house, a protobuf tracker beat, trips (msgpack), an instalment by
GCash, the registration papers, the insurance policy, a service booking, battery-swap stations
near her house, a message to the loan officer, a statement by cookie, the co-maker's invitation,
push and events. Loan, motor-finance and telematics apps exist (sets 6, 28, 34, 56, 172); this
is a dealer's instalment plan for an electric tricycle with a GPS tracker on the vehicle, and
no earlier set has an e-trike (set 83's "etrike" is a word in a name only)."""

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
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families199_kit import (
    BORROWER,
    DEALER,
    HOME,
    HOME_AT,
    HUSBAND,
    LOAN,
    LOCAL,
    MOTHER_IL,
    PH_ACCOUNT,
    PSN,
    SSS,
    TIN,
    TRIKE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families199_svc import cl_card, cl_confirm, cy_check, fn_eval, hs_attach, mm_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("etrikehan", "Etrikehan", "com.example.etrikehan", "5.0.2",
          "https://api.etrikehan.example.net")
IID = "X-Etrike-Device"
PW = "Trike$Naga2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MIL_TIN = "301-774-582-000"  # her mother-in-law's TIN (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def etrikehan() -> list[Case]:
    rng = random.Random(19941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), borrower=L(BORROWER, UID),
                                    loan=L(LOAN, PAY)))}
    hla, hlo = fix(HOME_AT, 5)
    face = L([round(rng.gauss(0, 0.09), 4) for _ in range(128)], FACE)  # one finding
    lab: dict[str, str] = {}
    beat = pb([(1, "trk_0x9f21a4"), (2, 1772850000),
               (3, [(1, L(TRIKE_FIX[0][0], PRECISE)), (2, L(TRIKE_FIX[0][1], PRECISE)),
                    (3, 18.5)]), (4, 77)], "", lab)
    loan = at_path(case(f, f"{a}/api/pautang/{LOAN}", headers=_h(rng, **b)), LOAN, PAY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "pangaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "numero_selpon": L(LOCAL, TEL),
            "sekreto": L(PW, CRED), "aldaw_kamundagan": L(DOB, BIRTH),
            "kasarian": L("babayi", GENDER)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sekreto": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/models", headers=_h(rng, **b), query={
            "dealer": DEALER["id"], "klase": "cargo"}),
        case(f, f"{a}/api/pautang/application", gz=True, headers=_h(rng, **b), body={
            "borrower": L(BORROWER, UID), "model": "ET-CARGO-3", "presyo": 168000,
            "down": L(33600, BUY), "bulan": 24,
            "psn": L(PSN, NID), "tin": L(TIN, NID), "sss": L(SSS, NID),
            "trabaho": "English instructor", "kita_bulan": 38000,
            "istaran": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "syudad": L(HOME["town"], COARSE), "zip": L(HOME["zip"], COARSE),
            "agom": {"pangaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "co_maker": {"pangaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                         "tin": L(MIL_TIN, NID), "relasyon": "panugang"}}),
        multipart(f, f"{a}/api/kyc", [
            ("id_front", "philsys_front.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"borrower": L(BORROWER, UID),
                                                "liveness": 0.97, "template": face})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/pautang/consent", fmt="form", headers=_h(rng, **b), body={
            "credit_check": "yes", "psn": L(PSN, NID), "borrower": L(BORROWER, UID)}),
        loan,
        case(f, f"{a}/api/bayad/down", fmt="form", headers=_h(rng, **b), body={
            "pautang": L(LOAN, PAY), "kantidad": L("33600.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/autodebit", headers=_h(rng, **b), body={
            "account": L(PH_ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "bank": "Example Savings Bank", "aldaw_kan_bulan": 15}),
        case(f, f"{a}/api/delivery", headers=_h(rng, **b), body={
            "pautang": L(LOAN, PAY), "date": "2026-03-06",
            "address": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "lugar": {"lat": hla, "lng": hlo}, "receiver": L(HUSBAND[0], NAMEC)}),
        raw(f, f"{a}/api/tracker/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tracker/biyahe", fmt="msgpack", headers=_h(rng, **b), body={
            "pautang": L(LOAN, PAY), "km": 23.4, "baterya": 61,
            "lugar": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in TRIKE_FIX]}),
        case(f, f"{a}/api/hulog/gcash", headers=_h(rng, **b), body={
            "pautang": L(LOAN, PAY), "numero_gcash": L(LOCAL, TEL), "kantidad": L(6230, BUY),
            "hulog": 1, "reference": rid(rng)}),
        case(f, f"{a}/api/registration", headers=_h(rng, **b), query={
            "pautang": L(LOAN, PAY), "plate": "NEW-PENDING", "chassis": "LETC3A0921"}),
        case(f, f"{a}/api/insurance", headers=_h(rng, **b), body={
            "pautang": L(LOAN, PAY), "policy": L("CPI-2026-330871", BUY),
            "premium": L(4200, BUY), "insurer": "Example Mutual"}),
        case(f, f"{a}/api/service/booking", fmt="form", headers=_h(rng, **b), body={
            "dealer": DEALER["id"], "slot": obj(rng, "sv"), "issue": "brake check"}),
        case(f, f"{a}/api/swap/stations", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "q": L("battery swap Concepcion Pequeña", SEARCH)}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "officer": "lo_ana_03",
            "mensahe": L("Si agom ko na si Edgardo an madara kan trike, pwede siya magbayad "
                         "kan hulog?", TEXT)}),
        case(f, f"{a}/api/statement", headers=_h(rng, how="none"), cookies={
            "et_sess": L(opaque(rng, "", 40), CRED), "et_dev": L(INSTALL_ID, DID),
            "et_req": rid(rng)}),
        case(f, f"{a}/api/co_maker/invite", fmt="form", headers=_h(rng, **b), body={
            "selpon": L(MOTHER_IL[1], TEL), "pangaran": L(MOTHER_IL[0], NAMEC),
            "pautang": L(LOAN, PAY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("loan_applied", 1), ev("screen", 2, screen=L("TrackerMap", USAGE))]}),
    ]


def etrikehan_sdks() -> list[Case]:
    rng = random.Random(19942)
    return [
        mc_batch(APP, rng, [("Loan Applied", {"model": "ET-CARGO-3"}),
                            ("Down Paid", {"amount": L(33600, BUY)})], adid=True),
        mc_identify(APP, rng, {"syudad": L("Naga City", COARSE), "borrower": L(BORROWER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"model": "ET-CARGO-3"}, revenue=33600.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="tricycle,loan,naga"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "selfie bitmap"),
                 [cd_crumb("nav", "Kyc -> Selfie")], screen="SelfieActivity"),
        fn_eval(APP, rng, {"dealer": DEALER["id"], "syudad": L("Naga City", COARSE)}, hdr=True),
        cy_check(APP, rng, {"analytics": True, "credit_marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "33600.00", "php"),
        mm_reverse(APP, rng, TRIKE_FIX[1], PRECISE, nd=5),
        hs_attach(APP, rng, L(PDF, MEDIA), "payslip_feb.pdf", "application/pdf"),
    ]
