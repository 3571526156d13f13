"""A jeweller's monthly gold-savings scheme app "Sonabachat" (a Golghar, Gorakhpur jeweller's
eleven-instalment plan, the twelfth paid by the shop; she saves for a gold chain and pays by UPI
from Varanasi). Its API's keys are Bhojpuri in Latin letters: ``grahak`` customer, ``naanv``/
``titil``, ``imel``, ``mobail``, ``kunji``, ``janam_tarikh``, ``pan``, ``aadhar``, ``pata``,
``shahar``, ``pin``, ``yojana`` scheme (her scheme account), ``kisht`` instalment
(``masik_kisht`` monthly), ``avadhi`` term, ``nomini`` nominee, ``sambandh``, ``bhugtan``,
``rakam``, ``upi``, ``utr`` the bank's transaction reference, ``bhav`` gold rate, ``sona`` gold,
``gahna`` jewellery, ``naap`` size, ``utkeern`` engraving, ``dukan`` shop, ``bhent`` visit,
``sampark`` contact, ``pahunch`` arrival, ``uphar`` gift, ``prapti`` statement, ``sanesa``,
``shikayat``, ``khoj``): sign-up with her PAN and Aadhaar, a log-in, ``/hamaar``, KYC (a PAN card
photo), the scheme opened with her son as nominee, an instalment, the instalments by scheme
number in the path, today's rate, a UPI autopay mandate, the jewellery chosen, a shop visit for
her brother-in-law, her arrival at the shop, an offline sync (JSON Lines), messages, a complaint,
a search, a gift voucher for her brother, the statement by cookies, push, events and a log-out.
Earlier sets have gold loans and a pawnshop (borrowing against gold); this is a jeweller's
instalment savings plan (buying gold), new in a grep ("savings scheme" matched nothing)."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families180_kit import (
    AADHAAR,
    BANK,
    BROTHER_US,
    DEWAR,
    HOME,
    HOME_AT,
    HUSBAND,
    JEWELLER,
    PAN,
    SCHEME,
    SON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import (
    bb_bid,
    ct_crash,
    ct_crumb,
    gl_batch,
    gl_identify,
    gl_pixel,
    tc_event,
    tc_launch,
)
from eval_families180_svc import ck_upi, hp_message, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sonabachat", "Sonabachat", "com.example.sonabachat", "4.6.0",
          "https://api.sonabachat.example.com")
IID = "X-Sona-Yantar"
PW = "Golghar$Sona11"
NID = "personal.national_id"
SHOP_FIX = (26.759884, 83.370712)  # her phone at the shop counter


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sonabachat() -> list[Case]:
    rng = random.Random(18071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), yojana=L(SCHEME, PAY)))}
    sla, slo = fix(SHOP_FIX)
    kisht = at_path(case(f, f"{a}/api/yojana/{SCHEME}/kisht", headers=_h(rng, **b)), SCHEME, PAY)
    return [
        case(f, f"{a}/api/grahak/judin", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "janam_tarikh": L("17/05/1991", BIRTH),
            "pan": L(PAN, NID), "aadhar": L(f"{AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}", NID),
            "pata": L(HOME["line"], ADDR), "shahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "kunji": L(PW, CRED), "yantar": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/hamaar", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/kyc", [
            ("pan_phota", "pan.jpg", "image/jpeg", L(JPEG + b"\x44", f"{MEDIA}|{NID}")),
            ("jankari", None, "application/json", {"pan": L(PAN, NID), "kism": "PAN"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/yojana/kholi", headers=_h(rng, **b), body={
            "yojana": L(SCHEME, PAY), "masik_kisht": L(5000, BUY), "avadhi": 11,
            "dukan": JEWELLER["id"],
            "nomini": {"naanv": L(f"{SON['first']} {SON['last']}", NAMEC), "sambandh": "beta",
                       "janam_tarikh": L(SON["dob"], BIRTH),
                       "abhibhavak": L(HUSBAND["name"], NAMEC)}}),
        case(f, f"{a}/api/kisht/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "yojana": L(SCHEME, PAY), "kisht_no": "3", "rakam": L("5000.00", BUY),
            "upi": L(UPI, PAY), "utr": "533812094471"}),
        kisht,
        case(f, f"{a}/api/bhav", headers=_h(rng, **b), query={
            "shahar": L("Gorakhpur", COARSE), "carat": "22"}),
        case(f, f"{a}/api/autopay", headers=_h(rng, **b), body={
            "yojana": L(SCHEME, PAY), "upi": L(UPI, PAY), "rakam": L(5000, BUY),
            "bank_khata": L(BANK["account"], PAY), "ifsc": BANK["ifsc"], "tarikh": 5}),
        case(f, f"{a}/api/gahna/chuni", headers=_h(rng, **b), body={
            "yojana": L(SCHEME, PAY), "gahna": "gh_chain_rope_18", "gram": 12.5, "naap": "18in",
            "utkeern": L("R & J 2016", TEXT)}),
        case(f, f"{a}/api/dukan/bhent", headers=_h(rng, **b), body={
            "dukan": JEWELLER["id"], "tarikh": "2026-11-20", "kaam": "gahna lewe",
            "sampark": {"naanv": L(DEWAR["name"], NAMEC), "mobail": L(DEWAR["phone"], TEL)}}),
        case(f, f"{a}/api/dukan/pahunch", headers=_h(rng, **b), body={
            "thaur": {"lat": sla, "lng": slo},
            "dukan": {"id": JEWELLER["id"], "lat": JEWELLER["lat"], "lng": JEWELLER["lon"]},
            "bhent": obj(rng, "bt")}),
        lines(f, f"{a}/api/sync", [
            {"op": "kisht", "yojana": L(SCHEME, PAY), "no": 1, "rakam": L(5000, BUY)},
            {"op": "kisht", "yojana": L(SCHEME, PAY), "no": 2, "rakam": L(5000, BUY)},
            {"op": "bhav_dekhal", "carat": "22"}], headers=_h(rng, **b)),
        case(f, f"{a}/api/sanesa", headers=_h(rng, **b), body={
            "ke": "dukan_golghar",
            "sanesa": L("Hamaar dewar Manoj Pandey (+919450318820) gahna lewe aihen",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/shikayat", headers=_h(rng, **b), body={
            "kism": "bhugtan",
            "sanesa": L("Teesar kisht du baar kat gail, UTR 533812094471", TEXT)}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("halka mangalsutra 10 gram", SEARCH)}),
        case(f, f"{a}/api/uphar", headers=_h(rng, **b), body={
            "ke": {"naanv": L(BROTHER_US[0], NAMEC), "imel": L(BROTHER_US[2], MAIL)},
            "rakam": L(2100, BUY), "sanesa": L("Mark, Diwali ke shubhkamna!", TEXT),
            "voucher": opaque(rng, "GV", 8)}),
        case(f, f"{a}/api/prapti", headers=_h(rng, how="none"), cookies={
            "sb_session": L(opaque(rng, "", 40), CRED), "sb_yantar": L(INSTALL_ID, DID),
            "sb_req": rid(rng)}),
        case(f, f"{a}/api/yantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("kisht_bharal", 1, rakam=L(5000, BUY)),
                ev("screen", 2, screen=L("SonaBhav", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantar": L(INSTALL_ID, DID)}),
    ]


def sonabachat_sdks() -> list[Case]:
    rng = random.Random(18072)
    return [
        gl_batch(APP, rng, [("Instalment Paid", {"total": L(5000, BUY)}),
                            ("Rate Viewed", {"carat": 22})], at=HOME_AT, nd=2),
        gl_identify(APP, rng, {"shahar": L("Varanasi", COARSE), "yojana": L(SCHEME, PAY),
                               "kisht": 3}),
        gl_pixel(APP, rng, "Statement Opened", {"month": "2025-12"}),
        tc_launch(APP, rng, user=True),
        tc_event(APP, rng, "purchase", {"yojana": L(SCHEME, PAY)}, revenue=5000.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="gold,jewellery,saving"),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "api/kisht/bhugtan"),
                 [ct_crumb("nav", "Yojana -> Bhugtan"), ct_crumb("tap", "pay_button")],
                 screen="PayActivity"),
        pn_register(APP, rng, at=HOME_AT, nd=2, tags={"dukan": JEWELLER["id"]}),
        ck_upi(APP, rng, "5000"),
        hp_message(APP, rng, L(f"Yojana {SCHEME} ke teesar kisht na dikhat", f"{TEXT}|{PAY}"),
                   {"yojana": L(SCHEME, PAY)}),
    ]
