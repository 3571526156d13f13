"""Pokhara women's savings-and-credit cooperative app "Bachatghar" (its API's keys are Nepali in
Latin letters; see the top file for the vocabulary): enrolment, log-in, savings, a loan,
instalments, statements, nominee, KYC photo, meeting attendance, push, events."""
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
from eval_families24_kit import claims
from eval_families149_kit import (
    CITIZEN_ID,
    COOP,
    COOP_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    LOAN,
    MEMBER,
    MIL,
    NP_ACCOUNT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    cl_wallet,
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("bachatghar", "Bachatghar", "com.example.bachatghar", "2.4.1",
          "https://api.bachatghar.example.com")
IID = "X-Upakaran-Id"
PW = "Baidam!Sahakari26"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ne=True, **kw)


def bachatghar() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sadasya=L(MEMBER, UID)))}
    cla, clo = fix(COOP_FIX, 5)
    out = [
        case(f, f"{a}/v1/darta", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone_nambar": L(E164, TEL), "gopya_shabda": L(PW, CRED),
            "janma_miti": L("1991-05-17", BIRTH), "thegana": L(HOME["line"], ADDR),
            "tol": L(HOME["area"], COARSE), "jilla": L(HOME["district"], COARSE),
            "pradesh": L(HOME["province"], COARSE), "linga": L("mahila", GENDER),
            "parichaya_nambar": L(CITIZEN_ID, NID),
            "pati": {"naam": L(HUSBAND[0], NAMEC), "phone_nambar": L(HUSBAND[1], TEL)},
            "sadasya_nambar": L(MEMBER, UID), "sahakari": COOP["id"]}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gopya_shabda": L(PW, CRED)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "phone_nambar": L(E164, TEL), "otp": L("448213", CRED)}),
        case(f, f"{a}/v1/ma", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bachat/khata", headers=_h(rng, **b), query={
            "sadasya_nambar": L(MEMBER, UID), "mahina": "2026-02"}),
        case(f, f"{a}/v1/bachat/jamma", headers=_h(rng, **b), body={
            "sadasya_nambar": L(MEMBER, UID), "rakam": L(2000, BUY), "mudra": "NPR",
            "bhuktani_madhyam": "esewa_like", "bhuktani_phone": L(E164, TEL),
            "karobar_id": obj(rng, "tx")}),
        case(f, f"{a}/v1/rin/aavedan", headers=_h(rng, **b), body={
            "sadasya_nambar": L(MEMBER, UID), "rin_rakam": L(60000, BUY),
            "uddeshya": L("Sano momo pasal kholna", TEXT), "kista_sankhya": 12,
            "jamani": {"naam": L(MIL[0], NAMEC), "phone_nambar": L(MIL[1], TEL)},
            "masik_aamdani": 35000}),
        case(f, f"{a}/v1/rin/{LOAN}/kista", fmt="msgpack", headers=_h(rng, **b), body={
            "rin_khata": L(LOAN, PAY), "kista": 3, "rakam": L(5400, BUY),
            "sadasya_nambar": L(MEMBER, UID)}),
        at_path(case(f, f"{a}/v1/rin/{LOAN}/bibaran", headers=_h(rng, **b)), LOAN, PAY),
        case(f, f"{a}/v1/bank/jodnu", fmt="form", headers=_h(rng, **b), body={
            "khata_nambar": L(NP_ACCOUNT, PAY), "khata_dhani": L(f"{FIRST} {LAST}", NAMEC),
            "bank": "Machhapuchchhre-like Bank", "shakha": L("Lakeside", COARSE)}),
        case(f, f"{a}/v1/hakdar", headers=_h(rng, **b), body={
            "naam": L(DAUGHTER["first"] + " " + DAUGHTER["last"], NAMEC),
            "janma_miti": L(DAUGHTER["dob"], BIRTH), "naata": "chhori",
            "sadasya_nambar": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/kyc/photo", [
            ("photo", "parichaya.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"sadasya_nambar": L(MEMBER, UID),
                                                "kagaj": "residence_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/baithak/upasthiti", headers=_h(rng, **b), body={
            "baithak": obj(rng, "mt"), "thau": {"lat": cla, "lon": clo},
            "karyalaya": {"lat": COOP["lat"], "lon": COOP["lon"]},
            "sadasya_nambar": L(MEMBER, UID)}),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "prapak": "sachiv", "sandesh": L(
                "Kista ali dhilo hunchha, Bikash ko talab aaunu baki chha", TEXT)}),
        case(f, f"{a}/v1/bibaran", headers=_h(rng, how="none"), cookies={
            "bg_sesan": L(opaque(rng, "", 40), CRED), "bg_upakaran": L(INSTALL_ID, DID)},
            query={"barsa": "2082"}),
        case(f, f"{a}/v1/upakaran", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "upakaran_id": L(INSTALL_ID, DID),
            "bhasa": L("ne", DEV), "samaya_kshetra": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatana": [
                ev("jamma", 1, rakam=L(2000, BUY)), ev("screen", 2, s=L("RinBibaran", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]
    return out


def bachatghar_sdks() -> list[Case]:
    rng = random.Random(14902)
    return [*_std_sdks(APP, 14903, COOP_FIX, [("Deposit", {"amount": L(2000, BUY)})],
                       {"member": L(MEMBER, UID), "district": L("Kaski", COARSE)}),
            cl_wallet(APP, rng, "2000", L(E164, TEL)),
            hs_message(APP, rng, L("Mero kista 3 ko rasid aayena", TEXT),
                       {"sadasya": L(MEMBER, UID)})]


def _more() -> list[Case]:
    rng = random.Random(14904)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for mahina, rakam in [("2026-03", 2000), ("2026-04", 2500), ("2026-05", 2000)]:
        out.append(case(f, f"{a}/v1/bachat/jamma", fmt="form", headers=_h(rng, **b), body={
            "sadasya_nambar": L(MEMBER, UID), "rakam": L(str(rakam), BUY), "mahina": mahina,
            "karobar_id": obj(rng, "tx"), "bhuktani_phone": L(E164, TEL)}))
    out += [
        case(f, f"{a}/v1/rin/{LOAN}/kista/talika", headers=_h(rng, **b), query={
            "rin_khata": L(LOAN, PAY)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "thegana": L(HOME["line"], ADDR), "tol": L(HOME["area"], COARSE),
            "phone_nambar": L(E164, TEL), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/sadasya/khoj", headers=_h(rng, **b), query={
            "q": L("Dil Maya", f"{SEARCH}|{NAMEC}")}),
        case(f, f"{a}/v1/suchana", headers=_h(rng, **b), query={"page": "1", "bhasa": "ne"}),
        case(f, f"{a}/v1/gopya_shabda/badal", fmt="form", headers=_h(rng, **b), body={
            "purano": L(PW, CRED), "naya": L("Baidam!Sahakari27", CRED)}),
        case(f, f"{a}/v1/pin", fmt="form", headers=_h(rng, **b), body={
            "sadasya_nambar": L(MEMBER, UID), "pin": L("8126", CRED)}),
    ]
    return out
