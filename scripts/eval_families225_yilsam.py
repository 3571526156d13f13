"""Rent-advance financing app "Yilsam" (``yili`` house + ``samli`` debt: Tamale landlords ask two
years' rent in advance; Yilsam pays the landlord and she repays monthly). Its API's keys are
Dagbani, ASCII-folded (``ɛ`` e, ``ɔ`` o, ``ŋ`` ng, ``ɣ`` gh), with English where APIs keep it:
``yuli`` first name, ``dang_yuli`` surname (lineage name), ``fon_nomba`` phone, ``soghisim``
password (a secret), ``doghim_dabsili`` birth date, ``doo_bee_pagha`` sex, ``yili_yaghili`` house
place (street line), ``ting`` town, ``fong`` neighbourhood, ``tuma`` work, ``yili_dana`` landlord,
``ligidi`` amount, ``goya`` months, ``samli`` loan, ``yobu`` payment, ``yeltogha`` message,
``kaadi`` card, ``akawunti`` account, ``yidana`` husband, ``saini`` signature, ``risiti``
receipt: sign-up, an SMS code, a log-in, ``/ninsala``, her work (employer and salary
unlabelled), the house and its landlord, the tenancy agreement (PDF), a quote, the application
(her residence permit, her husband's Ghana Card, her sister-in-law as guarantor), a selfie, the
signed offer, the payout to the landlord's wallet, the schedule by loan number in the path, a
repayment from her wallet, a direct-debit mandate, a house inspection with her fix, a draft
(msgpack), a message, a receipt by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families225_kit import (
    GH_ACCOUNT,
    GH_NET,
    HUSBAND,
    HUSBAND_CARD,
    LANDLORD,
    LOAN,
    RESIDENCE,
    SISTER_IL,
    TML_HOME,
    TML_HOME_AT,
    TZ,
    WALLET,
    fix,
    hd,
    obj,
)
from eval_families225_sdk import (
    ay_event,
    ay_launch,
    ch_crash,
    ch_crumb,
    ch_session,
    km_batch,
    km_identify,
)
from eval_families225_svc import cs_save, fd_eval, ha_message, md_geocode, pg_wallet, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yilsam", "Yilsam", "com.example.yilsam", "3.4.1", "https://api.yilsam.example.com")
IID = "X-Yilsam-Masini"
PW = "Kalpohin#2026rent"
DOB = "17/05/1991"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, dag=True, **kw)


def yilsam() -> list[Case]:
    rng = random.Random(22501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), akawunti=L(USER_ID, UID),
                                    samli=L(LOAN, BUY)))}
    hla, hlo = fix(TML_HOME_AT)
    sched = at_path(case(f, f"{a}/v2/samli/{LOAN}/yobu", headers=_h(rng, **b)), LOAN, BUY)
    return [
        case(f, f"{a}/v2/ninsala/pilli", headers=_h(rng), body={
            "yuli": L(FIRST, NAMEC), "dang_yuli": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon_nomba": L(E164, TEL), "soghisim": L(PW, CRED), "doghim_dabsili": L(DOB, BIRTH),
            "doo_bee_pagha": L("pagha", GENDER), "yili_yaghili": L(TML_HOME["line"], ADDR),
            "gps_adiresi": L(TML_HOME["gps"], ADDR), "ting": L(TML_HOME["town"], COARSE),
            "fong": L(TML_HOME["area"], COARSE), "tingbang": "US", "akawunti_bobu": "samli"}),
        case(f, f"{a}/v2/ninsala/code", fmt="form", headers=_h(rng), body={
            "fon_nomba": L(E164, TEL), "code": L("508316", CRED)}),
        case(f, f"{a}/v2/kpe_kpe", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "soghisim": L(PW, CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ninsala", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ninsala/tuma", headers=_h(rng, **b), body={
            "tuma_yaghili": "Northern Savanna Research Institute", "tuma": "research fellow",
            "tuma_ligidi_goli": 6200, "piligu": "2025-08", "tuma_fon": "+233372024410"}),
        case(f, f"{a}/v2/yili", headers=_h(rng, **b), body={
            "yili_yaghili": L(TML_HOME["line"], ADDR), "gps_adiresi": L(TML_HOME["gps"], ADDR),
            "fong": L(TML_HOME["area"], COARSE), "dunsi": 3,
            "yili_dana": {"yuli": L(LANDLORD["name"], NAMEC),
                          "fon_nomba": L(LANDLORD["phone"], TEL)},
            "goli_ligidi": L(600, BUY), "goya": 24, "ligidi": L(14400, BUY)}),
        multipart(f, f"{a}/v2/yili/kunkuni", [
            ("gbang", "tenancy_agreement.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"yili_dana": LANDLORD["id"], "kind": "tenancy"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/samli/quote", headers=_h(rng, **b), query={
            "ligidi": L("14400", BUY), "goya": "12", "currency": "GHS"}),
        case(f, f"{a}/v2/samli", gz=True, headers=_h(rng, **b), body={
            "samli": L(LOAN, BUY), "ligidi": L(14400, BUY), "goya": 12,
            "goli_yobu": L(1380, BUY), "resident_kaadi": L(RESIDENCE, NID),
            "yidana": {"yuli": L(HUSBAND[0], NAMEC), "fon_nomba": L(HUSBAND[1], TEL),
                       "ghana_kaadi": L(HUSBAND_CARD, NID)},
            "guarantor": {"yuli": L(SISTER_IL[0], NAMEC), "fon_nomba": L(SISTER_IL[1], TEL),
                          "tuma": "nurse"},
            "yili_dana": LANDLORD["id"], "application_ref": rid(rng)}),
        multipart(f, f"{a}/v2/ninsala/selfie", [
            ("foto", "selfie.jpg", "image/jpeg", L(JPEG + b"\x25", MEDIA)),
            ("meta", None, "application/json", {"check": "liveness_v2", "attempt": 1})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/samli/{obj(rng, 'of')}/saini", [
            ("saini", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"samli": L(LOAN, BUY),
                                                "yuli_zaa": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/samli/tuhi", headers=_h(rng, **b), body={
            "samli": L(LOAN, BUY), "ligidi": L(14400, BUY),
            "yili_dana_momo": L(LANDLORD["phone"], TEL), "network": "mtn", "nonce": rid(rng)}),
        sched,
        case(f, f"{a}/v2/yobu", fmt="form", headers=_h(rng, **b), body={
            "samli": L(LOAN, BUY), "ligidi": L("1380.00", BUY), "momo_nomba": L(WALLET, TEL),
            "goli": "2026-02"}),
        case(f, f"{a}/v2/yobu/mandate", headers=_h(rng, **b), body={
            "akawunti_nomba": L(GH_ACCOUNT, PAY), "banki": "bk_tml_03",
            "yuli_zaa": L(f"{FIRST} {LAST}", NAMEC), "dabsili": 25}),
        case(f, f"{a}/v2/yili/nyabu", headers=_h(rng, **b), body={
            "samli": L(LOAN, BUY), "yaghili": {"lat": hla, "lng": hlo, "acc": 9},
            "network": L(GH_NET, "location.carrier"), "inspector": "ins_044"}),
        case(f, f"{a}/v2/samli/draft", fmt="msgpack", headers=_h(rng, **b), body={
            "ligidi": L(14400, BUY), "goya": 12, "yili_dana_yuli": L(LANDLORD["name"], NAMEC),
            "step": 3, "saved": 1767700000}),
        case(f, f"{a}/v2/yeltogha", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "yeltogha": L("Yili dana la bori ligidi maa zaa ka Ramadan piligu. Please pay him "
                          "before the 20th.", TEXT)}),
        case(f, f"{a}/v2/risiti/latest", headers=_h(rng, how="none"), cookies={
            "ys_sesi": L(opaque(rng, "", 40), CRED), "ys_masini": L(INSTALL_ID, DID),
            "ys_req": rid(rng)}),
        case(f, f"{a}/v2/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "lang": L("dag", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/yela", gz=True, headers=_h(rng, **b), body={
            "akawunti": L(USER_ID, UID), "yela": [
                ev("quote_viewed", 1, goya=12), ev("yobu", 2, ligidi=L(1380, BUY)),
                ev("screen", 3, screen=L("SamliSchedule", USAGE))]}),
        case(f, f"{a}/v2/yi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def yilsam_sdks() -> list[Case]:
    rng = random.Random(22502)
    return [
        km_batch(APP, rng, [("Quote Viewed", {"months": 12}),
                            ("Loan Applied", {"amount": L(14400, BUY)})], locale="en_GH"),
        km_identify(APP, rng, {"ting": L("Tamale", COARSE), "fong": L("Kalpohin", COARSE),
                               "employer_type": "research"}),
        ay_launch(APP, rng, first=True),
        ay_event(APP, rng, "loan_disbursed", {"samli": L(LOAN, BUY)}, revenue=14400.0,
                 hashed=True),
        ch_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [ch_crumb("nav", "Application -> Selfie"),
                  ch_crumb("net", "POST", {"url": f"{APP.api}/v2/samli", "status": 201})],
                 screen="SelfieActivity"),
        ch_session(APP, rng, secs=602),
        fd_eval(APP, rng, {"product": "rent_advance", "region": L("Northern", COARSE)}),
        pl_register(APP, rng, lang="dag", tags={"product": "rent_advance"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "credit_bureau": True}),
        pg_wallet(APP, rng, "1380", L(WALLET, TEL)),
        md_geocode(APP, rng, TML_HOME["line"] + ", Tamale", ADDR, near=TML_HOME_AT, nd=2),
        ha_message(APP, rng, L(f"My February repayment for {LOAN} was taken twice",
                               f"{TEXT}|{BUY}"), {"akawunti": L(USER_ID, UID)}),
    ]
