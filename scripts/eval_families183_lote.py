"""A residential-lot developer's buyer app "Lotehan" (lote: lot; a fictional subdivision in Palo
where she buys a 120 m2 lot on monthly amortisation). Keys in Waray with English: ``parapalit``
buyer, ``lote`` lot, ``bloke`` block, ``reserbasyon`` reservation, ``hulog`` instalment,
``binulan`` monthly, ``kontrata`` contract, ``amo`` employer, ``sweldo`` salary, ``trabaho``
job, ``sibil_status`` civil status, ``nasyonalidad`` nationality, ``nawong`` face,
``kard_id`` ID card, ``sukol`` survey (lit. "measure"), ``mga_kanto`` corners, ``bangko``
bank, ``ahente`` agent and the shared words. Calls: sign-up, an OAuth password grant, ``/ako``,
the e-KYC (her PhilSys card number, a face template), her ID card photo, the lot list, the
site visit with her fix, the reservation, its card payment, the buyer information sheet
(gzip: her TIN and SSS numbers), her husband as co-borrower (his TIN), a payslip, the
amortisation schedule, a monthly debit from her bank account, the contract by number in the
path, her survey of the lot's corners, a message to the agent, a search, the statement by
cookie, push and events. Real-estate apps exist (sets 8, 16, 23: listings and rentals); none is
a developer's instalment-buyer app (a docstring grep for "amortization", "subdivision" lots and
"house and lot" found none)."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families183_kit import (
    BUYER,
    CONTRACT,
    DEVELOPER,
    EMPLOYER,
    HOME,
    HOME_AT,
    HUSBAND,
    LOT_AT,
    PCN,
    PH_ACCOUNT,
    SSS,
    TIN,
    fix,
    gamit,
    hd,
)
from eval_families183_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families183_svc import cl_card, cl_confirm, fn_eval, hs_attach, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lotehan", "Lotehan", "com.example.lotehan", "2.6.1", "https://api.lotehan.example.net")
IID = "X-Lotehan-Install"
PW = "Amihan!Palo120"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
LOT = "Blk 7 Lot 12, Villa Amihan, Barangay San Jose, Palo, Leyte"  # her lot's address
HUSBAND_TIN = "305-118-772-000"  # his TIN, typed by her (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> list[float]:
    """Her face template from the e-KYC selfie (128 floats: ``biometric.face``)."""
    return [round(rng.gauss(0.0, 0.09), 5) for _ in range(128)]


def lotehan() -> list[Case]:
    rng = random.Random(18351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), parapalit=L(BUYER, UID)))}
    sla, slo = fix((LOT_AT[0][0] + 0.00008, LOT_AT[0][1] + 0.0001), 5)
    contract = at_path(case(f, f"{a}/v1/kontrata/{CONTRACT}", headers=_h(rng, **b)),
                       CONTRACT, BUY)
    return [
        case(f, f"{a}/v1/parapalit", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "adlaw_pagkatawo": L(DOB, BIRTH),
            "sekso": L("babaye", GENDER), "nasyonalidad": "American",
            "parapalit": L(BUYER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lotehan-android", "scope": "buyer"}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ekyc", headers=_h(rng, **b), body={
            "parapalit": L(BUYER, UID), "pcn": L(PCN, NID), "klase_id": "PhilID",
            "nawong": {"template": L(_face(rng), FACE), "bersyon": "fm-128-v2",
                       "liveness": 0.97}, "session": rid(rng)}),
        multipart(f, f"{a}/v1/ekyc/kard_id", [
            ("atubangan", "philid_front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pcn": L(PCN, NID), "parapalit": L(BUYER,
                                                                                   UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mga_lote", headers=_h(rng, **b), query={
            "proyekto": DEVELOPER["id"], "sukod_min": "100", "presyo_max": "1500000"}),
        case(f, f"{a}/v1/bisita", headers=_h(rng, **b), body={
            "proyekto": DEVELOPER["id"], "lugar": {"lat": sla, "lng": slo, "acc": 6},
            "opisina": {"lat": DEVELOPER["lat"], "lng": DEVELOPER["lon"]},
            "ahente": "ag_rdaza"}),
        case(f, f"{a}/v1/reserbasyon", headers=_h(rng, **b), body={
            "lote": L(LOT, ADDR), "bloke": "7", "numero_lote": "12", "sukod_m2": 120,
            "presyo_kada_m2": 9500, "kontrata": L(CONTRACT, BUY),
            "reservation_fee": L(20000, BUY), "parapalit": L(BUYER, UID)}),
        case(f, f"{a}/v1/bayad/reserbasyon", fmt="form", headers=_h(rng, **b), body={
            "kontrata": L(CONTRACT, BUY), "kantidad": L("20000.00", BUY), "currency": "PHP",
            "card_last4": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/parapalit/impormasyon", gz=True, headers=_h(rng, **b), body={
            "tin": L(TIN, NID), "sss": L(SSS, NID), "amo": EMPLOYER, "trabaho": "English teacher",
            "sweldo_binulan": 38000, "sibil_status": "minyo",
            "puyanan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "syudad": L(HOME["town"], COARSE), "zip": L(HOME["post"], COARSE),
            "bana": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/kontrata/co_borrower", headers=_h(rng, **b), body={
            "kontrata": L(CONTRACT, BUY), "ngaran": L(HUSBAND[0], NAMEC),
            "tin": L(HUSBAND_TIN, NID), "relasyon": "bana", "selpon": L(HUSBAND[1], TEL)}),
        multipart(f, f"{a}/v1/dokumento/payslip", [
            ("payslip", "payslip_dec2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"parapalit": L(BUYER, UID), "bulan": "2025-12"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hulog/iskedyul", headers=_h(rng, **b), query={
            "kontrata": L(CONTRACT, BUY), "tuig": "2026"}),
        case(f, f"{a}/v1/hulog/bayad", headers=_h(rng, **b), body={
            "kontrata": L(CONTRACT, BUY), "binulan_nga_hulog": L(18750, BUY),
            "bangko_account": L(PH_ACCOUNT, PAY), "bangko": "Example Savings Bank",
            "auto_debit": True}),
        contract,
        case(f, f"{a}/v1/lote/sukol", headers=_h(rng, **b), body={
            "kontrata": L(CONTRACT, BUY),
            "mga_kanto": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in LOT_AT]}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "para": "ag_rdaza",
            "mensahe": L("Ma'am, pwede ba ig-usog an akon hulog ha ika-15 kay amo an akon "
                         "sweldo?", TEXT)}),
        case(f, f"{a}/v1/pamiling", headers=_h(rng, **b), query={
            "pamiling": L("lote Palo hirani ha eskwelahan", SEARCH)}),
        case(f, f"{a}/v1/statement", headers=_h(rng, how="none"), cookies={
            "lt_sesyon": L(opaque(rng, "", 40), CRED), "lt_install": L(INSTALL_ID, DID),
            "lt_req": rid(rng)}),
        case(f, f"{a}/v1/gamit", headers=_h(rng, **b), body=gamit(push_token(rng))),
        case(f, f"{a}/v1/mga_hitabo", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "mga_hitabo": [
                ev("reserbasyon_bayad", 1, kantidad=L(20000, BUY)),
                ev("screen", 2, screen=L("HulogIskedyul", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "install": L(INSTALL_ID, DID)}),
    ]


def lotehan_sdks() -> list[Case]:
    rng = random.Random(18352)
    return [
        mc_batch(APP, rng, [("Lot Reserved", {"total": L(20000, BUY)}),
                            ("KYC Passed", {"level": 2})], at=HOME_AT, nd=2),
        mc_identify(APP, rng, {"syudad": L("Tacloban City", COARSE),
                               "parapalit": L(BUYER, UID), "budget": "1-1.5M"}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "reservation", {"kontrata": L(CONTRACT, BUY)}, revenue=20000.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="real estate,lot,leyte"),
        cd_crash(APP, rng, ("java.lang.SecurityException", "camera permission"),
                 [cd_crumb("nav", "Ekyc -> Nawong")], screen="NawongActivity"),
        fn_eval(APP, rng, {"proyekto": DEVELOPER["id"], "kyc": "passed"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "20000.00"),
        mm_geocode(APP, rng, "Villa Amihan Palo", SEARCH, near=HOME_AT, nd=3),
        hs_attach(APP, rng, L(PDF, MEDIA), "payslip_dec2025.pdf", "application/pdf"),
    ]
