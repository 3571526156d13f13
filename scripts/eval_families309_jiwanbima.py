"""A life-insurance company's policyholder app "Jiwanbima" (an endowment policy she took through a
Ghorahi agent; MONEY). Keys are Dangaura Tharu, ASCII-folded, with the insurance and banking
loans a Nepali developer keeps (``polisi``, ``bima``, ``kista``, ``pan``, ``bonus``, ``email``,
``token``): ``naun`` name, ``thar`` surname, ``janam_din`` birth date, ``linga`` sex (``janni``
woman), ``mobail`` mobile, ``lukal_sabd`` password, ``thegana`` address (street line), ``sahar``
town, ``jilla`` district, ``rahdani`` passport, ``bhisa`` visa, ``grahak_nambar`` client
number, ``yojana`` plan, ``bima_rakam`` sum assured, ``kista`` premium instalment, ``avadhi``
term, ``hakdar`` nominee, ``nata`` relation, ``sanrakshak`` guardian, ``sehat`` health, ``rog``
illness, ``dawai`` medicine, ``lambai`` height, ``taul`` weight, ``garbh`` pregnancy,
``chinimaya`` diabetes, ``surti`` tobacco, ``kagaj`` documents, ``sahi`` signature, ``khata``
bank account, ``karja`` loan, ``karan`` reason, ``rupiya`` amount, ``chukta`` payment,
``bhetghat`` meeting, ``sandesh`` message, ``khoj`` search, ``umer`` age. Calls: the proposal
(her passport, visa and PAN), a log-in, ``/hamar``, the health questionnaire (gzip), her passport
scan, the signature, the nominee (the daughter, her husband as guardian), plan quotes by age,
the first premium, the auto-debit account, the policy by number in the path, the bonus, a loan
against the policy, a meeting with the agent at home (her fix), a documents checklist
(msgpack), a message to the agent, a search, the statement by cookie GET (a base64 JSON cookie),
push, events and a log-out. Only credit-life cover inside a microfinance loan (set 125) came up
in a docstring grep ("life insurance", "endowment" matched a waqf, "nominee" other apps' fields);
an endowment policy with a nominee, bonus and policy loan is new."""

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
    GENDER,
    JPEG,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families309_kit import (
    BRANCH,
    CLIENT,
    DAUGHTER,
    GH_HOME,
    HOME_AT,
    HUSBAND,
    NP_ACCOUNT,
    PAN,
    PASSPORT,
    POLICY,
    VISA,
    fix,
    hd,
    push,
)
from eval_families309_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families309_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("jiwanbima", "Jiwanbima", "com.example.jiwanbima", "5.3.0",
          "https://api.jiwanbima.example.net")
IID = "X-JB-Install"
PW = "Polisi!Ghorahi91"
NID = "personal.national_id"
FIT = "health.fitness"
DOB_BS = "2048-02-03"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def jiwanbima() -> list[Case]:
    rng = random.Random(30921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahak_nambar=L(CLIENT, UID), email=L(EMAIL, MAIL),
                                    polisi=[L(POLICY, BUY)]))}
    hla, hlo = fix(HOME_AT, 5)
    detail = at_path(case(f, f"{a}/api/polisi/{POLICY}/bibaran", headers=_h(rng, **b)),
                     POLICY, BUY)
    return [
        case(f, f"{a}/api/prastav", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "janam_din": L(DOB_BS, BIRTH),
            "linga": L("janni", GENDER), "mobail": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL),
            "lukal_sabd": L(PW, CRED), "thegana": L(GH_HOME["line"], ADDR),
            "sahar": L(f"Ghorahi-{GH_HOME['ward']}", COARSE), "jilla": L("Dang", COARSE),
            "rahdani": L(PASSPORT, NID), "bhisa": L(VISA, NID), "pan": L(PAN, NID),
            "grahak_nambar": L(CLIENT, UID), "yojana": "jiwan_sanchay_20",
            "bima_rakam": L(1000000, BUY), "avadhi": 20, "agent": "agt_2207",
            "sakha": BRANCH["id"]}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lukal_sabd": L(PW, CRED), "jantar": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/prastav/sehat", gz=True, headers=_h(rng, **b), body={
            "grahak_nambar": L(CLIENT, UID), "lambai_cm": L(165, FIT), "taul_kg": L(74, FIT),
            "rog": [L("kaleja me charbi (fatty liver)", MED)],
            "dawai": [L("vitamin E 400 IU", MED)], "chinimaya": L(False, MED),
            "garbh": L(False, MED), "surti": L(False, MED), "daru": L("kabhi kabhi", MED),
            "operation": L(False, MED)}),
        multipart(f, f"{a}/api/prastav/kagaj", [
            ("kagaj", "rahdani.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"prakar": "rahdani",
                                                "nambar": L(PASSPORT, NID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/prastav/sahi", [
            ("sahi", "sahi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"naun": L(f"{FIRST} {LAST}", NAMEC),
                                                "din": "2025-11-20"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/hakdar", headers=_h(rng, **b), body={
            "grahak_nambar": L(CLIENT, UID), "hakdar": {
                "naun": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                "janam_din": L(DAUGHTER["dob"], BIRTH), "nata": "chhawri", "hissa": 100},
            "sanrakshak": {"naun": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL),
                           "nata": "bhatar"}}),
        case(f, f"{a}/api/yojana", headers=_h(rng, **b), query={
            "umer": L("34", BIRTH), "avadhi": "20", "bima_rakam": "1000000"}),
        case(f, f"{a}/api/kista/chukta", fmt="form", headers=_h(rng, **b), body={
            "polisi": L(POLICY, BUY), "kista": L("52480.00", BUY), "mudra": "NPR",
            "madhyam": L(opaque(rng, "pm_", 24), PAY), "card_antim4": L("4444", PAY)}),
        case(f, f"{a}/api/khata", headers=_h(rng, **b), body={
            "khata_dhani": L(f"{FIRST} {LAST}", NAMEC), "khata": L(NP_ACCOUNT, PAY),
            "bank": "Example Bank Nepal", "sakha": "Ghorahi", "auto_debit": True,
            "polisi": L(POLICY, BUY)}),
        detail,
        case(f, f"{a}/api/bonus", headers=_h(rng, **b), query={
            "polisi": L(POLICY, BUY), "barsa": "2082"}),
        case(f, f"{a}/api/karja", headers=_h(rng, **b), body={
            "polisi": L(POLICY, BUY), "rupiya": L(40000, BUY),
            "karan": L("Chhawri ke iskul bharna aur kitab", TEXT),
            "khata": L(NP_ACCOUNT, PAY)}),
        case(f, f"{a}/api/bhetghat", headers=_h(rng, **b), body={
            "agent": "agt_2207", "din": "2026-01-09", "bera": "16:00",
            "thaun": {"lat": hla, "lng": hlo},
            "sakha_thaun": {"lat": BRANCH["lat"], "lng": BRANCH["lon"]}}),
        case(f, f"{a}/api/kagaj/suchi", fmt="msgpack", headers=_h(rng, **b), body={
            "polisi": L(POLICY, BUY), "grahak_nambar": L(CLIENT, UID),
            "kagaj": [{"prakar": "rahdani", "sthiti": "pugal"},
                      {"prakar": "bhisa", "sthiti": "pugal"},
                      {"prakar": "medical", "sthiti": "baki"}]}),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "paune": "agt_2207",
            "sandesh": L("Agila kista Pus me chukta karab, Ramesh ke number +9779857012844 me "
                         "phon karab", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("kista chhut late fine", SEARCH)}),
        case(f, f"{a}/api/statement", headers=_h(rng, how="none"), cookies={
            "jb_sesan": L(opaque(rng, "", 40), CRED),
            "jb_grahak": W({"grahak_nambar": L(CLIENT, UID), "bhasa": L("en", DEV)},
                           "b64json"), "jb_req": rid(rng)}),
        case(f, f"{a}/api/jantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("kista_chukta", 1, rupiya=L(52480, BUY)),
                ev("screen", 2, screen=L("PolisiBibaran", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jantar": L(INSTALL_ID, DID)}),
    ]


def jiwanbima_sdks() -> list[Case]:
    rng = random.Random(30922)
    return [
        mc_batch(APP, rng, [("Premium Paid", {"amount": L(52480, BUY)}),
                            ("Loan Requested", {"amount": L(40000, BUY)})]),
        mc_identify(APP, rng, {"sahar": L("Ghorahi", COARSE), "yojana": "jiwan_sanchay_20",
                               "grahak_nambar": L(CLIENT, UID)}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"polisi": L(POLICY, BUY)}, revenue=52480.0,
                 currency="NPR", hashed=True),
        cd_crash(APP, rng, ("java.io.IOException", "upload rahdani.jpg"),
                 [cd_crumb("nav", "Prastav -> Kagaj"), cd_crumb("tap", "camera")],
                 screen="KagajActivity"),
        fn_eval(APP, rng, {"sakha": BRANCH["id"], "loan_beta": True}, hdr=True),
        pt_register(APP, rng, tags={"sakha": BRANCH["id"], "yojana": "sanchay"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "52480.00", currency="npr"),
        hs_attach(APP, rng, L(JPEG + b"\x12", MEDIA), "rasid.jpg", "image/jpeg"),
    ]
