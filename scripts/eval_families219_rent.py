"""A rent-advance lender's app "Rent Advans" (Freetown landlords ask for one or two years' rent
before the keys; the lender pays the landlord and she repays monthly; its API mixes Krio keys
with the English ones lenders keep: ``nem`` name, ``imel`` e-mail, ``fon`` phone, ``paswod``
password, ``bon_de`` birth date, ``aydi_kad`` identity card, ``adres`` address, ``tong`` town,
``wok_ples`` workplace, ``mont_salari`` monthly pay, ``landlod`` landlord, ``os`` house,
``rent_fo_wan_ia`` yearly rent, ``ia_dem`` years, ``lon`` loan, ``lon_moni`` loan amount,
``mont_pe`` monthly instalment, ``gyarantor`` guarantor, ``bank_akaunt`` bank account, ``pe``
pay, ``moni`` amount, ``balans`` balance, ``kod`` code, ``mesej`` message, ``komplen``
complaint, ``fren`` friend, ``fen`` search): sign-up with her residence card, an SMS code,
``/mi``, the application (the landlord, the new flat, her husband as guarantor), her card and
payslip, the tenancy agreement, the bank account, the schedule by loan number in the path, an
instalment by mobile money, the inspector's visit, branches near her, the credit check, a
protobuf loan status, a message, a receipt by cookie with base64 JSON preferences, a search, a
complaint, a referral, push, events and a log-out."""

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
from eval_families219_kit import (
    BORROWER,
    CUR,
    FT_HOME,
    FT_HOME_AT,
    HUSBAND,
    LANDLORD,
    LENDER,
    LOAN,
    NEW_FLAT,
    NEW_FLAT_AT,
    RESIDENT,
    SL_ACCOUNT,
    WALLET,
    fix,
    hd,
    push,
)
from eval_families219_sdk import kk_session, lk_batch, lk_identify, tp_event, tp_launch
from eval_families219_svc import ck_check, ff_eval, hb_message, ln_wallet, mb_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("rentadvans", "Rent Advans", "com.example.rentadvans", "3.4.1",
          "https://api.rentadvans.example.com")
IID = "X-RA-Device-Id"
PW = "Wilberforce#3B"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def rentadvans() -> list[Case]:
    rng = random.Random(21911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), borrower=L(BORROWER, UID),
                                    lon=[L(LOAN, BUY)]))}
    vla, vlo = fix(NEW_FLAT_AT, 5)
    lab: dict[str, str] = {}
    status = pb([(1, L(BORROWER, UID)), (2, L(LOAN, BUY)), (3, L(31200, BUY)), (4, 1772323200),
                 (5, "on_taym")], "", lab)
    sched = at_path(case(f, f"{a}/api/v3/lon/{LOAN}/skejul", headers=_h(rng, **b)), LOAN, BUY)
    return [
        case(f, f"{a}/api/v3/rejista", headers=_h(rng), body={
            "nem": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "fon": L(E164, TEL), "paswod": L(PW, CRED), "bon_de": L(DOB, BIRTH),
            "aydi_kad": {"kain": "non_sitizin_kad", "nomba": L(RESIDENT, NID)},
            "adres": L(FT_HOME["line"], ADDR), "tong": L(FT_HOME["town"], COARSE),
            "wok_ples": "Freetown Learning Centre", "mont_salari": 14500}),
        case(f, f"{a}/api/v3/otp", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "kod": L("507318", CRED)}),
        case(f, f"{a}/api/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/aplikeshon", headers=_h(rng, **b), body={
            "borrower": L(BORROWER, UID), "lon": L(LOAN, BUY),
            "landlod": {"nem": L(LANDLORD[0], NAMEC), "fon": L(LANDLORD[1], TEL)},
            "os": {"adres": L(NEW_FLAT["line"], ADDR), "eria": L(NEW_FLAT["area"], COARSE),
                   "rum_dem": 3},
            "rent_fo_wan_ia": L(18000, BUY), "ia_dem": 2, "lon_moni": L(36000, BUY),
            "mont_dem": 24, "mont_pe": L(1740, BUY),
            "gyarantor": {"nem": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL),
                          "relashon": "man"}}),
        multipart(f, f"{a}/api/v3/dokyument", [
            ("aydi_kad", "aydi_front.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("payslip", "payslip_jan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"borrower": L(BORROWER, UID),
                                                "aydi_nomba": L(RESIDENT, NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/lon/agrimen", [
            ("agrimen", "tenancy_spur_loop.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"lon": L(LOAN, BUY),
                                                "landlod": L(LANDLORD[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/bank_akaunt", fmt="form", headers=_h(rng, **b), body={
            "nem_pan_akaunt": L(f"{FIRST} {LAST}", NAMEC), "bank_akaunt": L(SL_ACCOUNT, PAY),
            "bank": "Example Commercial Bank SL", "borrower": L(BORROWER, UID)}),
        sched,
        case(f, f"{a}/api/v3/pe", fmt="form", headers=_h(rng, **b), body={
            "lon": L(LOAN, BUY), "moni": L("1740.00", BUY), "kurensi": CUR,
            "mobail_moni": L(WALLET, TEL), "refrens": rid(rng)}),
        case(f, f"{a}/api/v3/os/chek", headers=_h(rng, **b), body={
            "lon": L(LOAN, BUY), "visit": "vs_22091", "ples": {"lat": vla, "lon": vlo},
            "landlod_de": True}),
        case(f, f"{a}/api/v3/branch/near", headers=_h(rng, **b), query={
            "lat": L(f"{FT_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{FT_HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "5"}),
        case(f, f"{a}/api/v3/branch/{LENDER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kredit_chek", headers=_h(rng, **b), body={
            "aydi_nomba": L(RESIDENT, NID), "bon_de": L(DOB, BIRTH), "gri": True,
            "borrower": L(BORROWER, UID)}),
        raw(f, f"{a}/api/v3/lon/stetus", status, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/mesej", headers=_h(rng, **b), body={
            "lon": L(LOAN, BUY), "mesej": L(
                "Di landlod se i go gi wi di ki dem Monde if di moni don go", TEXT)}),
        case(f, f"{a}/api/v3/resit", headers=_h(rng, how="none"), cookies={
            "ra_seshon": L(opaque(rng, "", 40), CRED),
            "ra_prefs": W({"borrower": L(BORROWER, UID), "langwej": L("kri", DEV),
                           "notis": "sms"}, "b64json")}),
        case(f, f"{a}/api/v3/fen", headers=_h(rng, **b), query={
            "q": L("pe bifo di mont don", SEARCH)}),
        case(f, f"{a}/api/v3/komplen", headers=_h(rng, **b), body={
            "kain": "pement", "komplen": L(
                "A pe tu tem dis mont bot di balans no chenj", TEXT)}),
        case(f, f"{a}/api/v3/refer", fmt="form", headers=_h(rng, **b), body={
            "fren_nem": L("Aminata Conteh", NAMEC), "fren_fon": L("+23277319044", TEL),
            "kod": "RA-REF-7Q2"}),
        case(f, f"{a}/api/v3/divays", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/ivent", gz=True, headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "ivent_dem": [
                ev("aplikeshon_sent", 1), ev("skrin", 2, skrin=L("Skejul", USAGE))]}),
        case(f, f"{a}/api/v3/logaut", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "divays": L(INSTALL_ID, DID)}),
    ]


def rentadvans_sdks() -> list[Case]:
    rng = random.Random(21912)
    return [
        lk_batch(APP, rng, [("Loan Applied", {"amount": L(36000, BUY)}),
                            ("Instalment Paid", {"amount": L(1740, BUY)})]),
        lk_identify(APP, rng, {"tong": L("Freetown", COARSE), "borrower": L(BORROWER, UID),
                               "segment": "salaried"}),
        tp_launch(APP, rng, first=True, user=True),
        tp_event(APP, rng, "loan_disbursed", {"lon": L(LOAN, BUY)}, revenue=36000.0,
                 currency=CUR, hashed=True),
        kk_session(APP, rng, secs=644),
        ff_eval(APP, rng, {"tong": L("Freetown", COARSE), "product": "rent_2y"}, hdr=True),
        ck_check(APP, rng, {"analytics": True, "credit_bureau": True}),
        ln_wallet(APP, rng, "1740", L(WALLET, TEL)),
        mb_geocode(APP, rng, NEW_FLAT["line"], ADDR, near=FT_HOME_AT, nd=3),
        hb_message(APP, rng, L(f"Mi lon {LOAN} skejul get rong de", f"{TEXT}|{BUY}"),
                   {"borrower": L(BORROWER, UID)}),
    ]
