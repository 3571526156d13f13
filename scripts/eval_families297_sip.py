"""A mutual-fund distributor's investor app "Boondnivesh" (a Jammu distributor, registered under
an ARN, places its clients' SIPs and lump sums with the fund houses; boond: a drop, "drop by drop
fills the pot"; she starts a monthly SIP for Kabir's education). Its API's keys are Dogri and
Hindi finance words in Latin letters mixed with the English of Indian finance (``folio``, ``pan``,
``ifsc``, ``nominee``, ``mandate``): ``niveshak`` investor, ``naa`` name, ``pita_da_naa``
father's name, ``janam_tarik`` birth date, ``ling`` sex (``zanaani`` woman), ``vivahik``
marital status, ``kamai`` income band, ``pesha`` occupation, ``pata`` address, ``shehar`` town,
``mobail`` mobile, ``gupt_shabad`` password, ``aadhaar_antim4`` the Aadhaar's last four digits,
``nagrikta`` citizenship, ``kar_nivas`` tax residence, ``tin`` taxpayer number, ``khata`` bank
account, ``kism`` type, ``seema`` limit, ``rishta`` relation, ``hissa`` share, ``sanrakshak``
guardian, ``yojna`` scheme, ``rakam`` amount, ``tarik`` date, ``nikasi`` redemption, ``lakshya``
goal, ``sneha`` message, ``khoj`` search, ``dastakhat`` signature. Sign-up, an OAuth password
grant, ``/mera``, KYC (gzip; her PAN, her father's name), a selfie and her signature, the FATCA
declaration with her US SSN, the bank account, an e-mandate, Kabir as nominee, a fund search, a
SIP, a lump sum by UPI (msgpack), the statement by folio in the path, the portfolio with a base64
JSON cookie, a redemption, a goal, a message, the capital-gains report by PAN, push, events and a
log-out."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families297_kit import (
    AADHAAR,
    ARN,
    FOLIO,
    HOME,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    PAN,
    SON,
    UPI,
    US_SSN,
    hd,
    push,
)
from eval_families297_sdk import ct_session, mk_batch, mk_queue, tr_event, tr_launch
from eval_families297_svc import cm_check, cr_upi, fp_eval, hc_attach, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("boondnivesh", "Boondnivesh", "com.example.boondnivesh", "5.0.3",
          "https://api.boondnivesh.example.com")
IID = "X-Boond-Install"
PW = "Boond$2033Kabir"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
UMRN = "EXMB7021100004418823"  # the e-mandate's reference (a payment instrument)
SCHEME = "EXMF-FLEXI-DG"  # the scheme code (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def boondnivesh() -> list[Case]:
    rng = random.Random(29741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), folio=L(FOLIO, UID), arn=ARN))}
    stmt = at_path(case(f, f"{a}/api/folio/{FOLIO}/statement", headers=_h(rng, **b),
                        query={"from": "2025-04-01", "to": "2026-01-31", "format": "pdf"}),
                   FOLIO, UID)
    return [
        case(f, f"{a}/api/niveshak", headers=_h(rng), body={
            "naa": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "mobail": L(E164, TEL),
            "gupt_shabad": L(PW, CRED), "janam_tarik": L(DOB, BIRTH), "arn": ARN}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED), "client_id": "boond-android"}),
        case(f, f"{a}/api/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kyc", gz=True, headers=_h(rng, **b), body={
            "pan": L(PAN, NID), "aadhaar_antim4": L(AADHAAR[-4:], NID),
            "naa": L(f"{FIRST} {LAST}", NAMEC), "pita_da_naa": L("Robert Doe", NAMEC),
            "janam_tarik": L(DOB, BIRTH), "ling": L("zanaani", GENDER), "vivahik": "vivahit",
            "kamai": "5-10 lakh", "pesha": "griha", "pata": L(HOME["line"], ADDR),
            "shehar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE), "pep": False}),
        multipart(f, f"{a}/api/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"pan": L(PAN, NID), "liveness": "passed"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kyc/dastakhat", [
            ("dastakhat", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fatca", headers=_h(rng, **b), body={
            "nagrikta": "US", "kar_nivas": ["IN", "US"], "tin": L(US_SSN, NID),
            "tin_desh": "US", "pan": L(PAN, NID)}),
        case(f, f"{a}/api/khata", headers=_h(rng, **b), body={
            "khata": L(IN_ACCOUNT, PAY), "ifsc": IFSC, "kism": "bachat",
            "khate_aala": L(f"{FIRST} {LAST}", NAMEC), "mukhya": True}),
        case(f, f"{a}/api/mandate", fmt="form", headers=_h(rng, **b), body={
            "khata": L(IN_ACCOUNT, PAY), "ifsc": IFSC, "seema": "25000",
            "umrn": L(UMRN, PAY), "tak": "2040-12-31"}),
        case(f, f"{a}/api/nominee", headers=_h(rng, **b), body={
            "folio": L(FOLIO, UID), "nominee": [{
                "naa": L(f"{SON['first']} {SON['last']}", NAMEC), "rishta": "puttar",
                "janam_tarik": L(SON["dob"], BIRTH), "hissa": 100,
                "sanrakshak": {"naa": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}]}),
        case(f, f"{a}/api/yojnaen", headers=_h(rng, **b), query={
            "khoj": L("flexi cap direct low expense", SEARCH), "kism": "equity", "panna": "1"}),
        case(f, f"{a}/api/sip", headers=_h(rng, **b), body={
            "folio": L(FOLIO, UID), "yojna": SCHEME, "rakam": L(5000, BUY), "tarik": 5,
            "shuru": "2026-02-05", "umrn": L(UMRN, PAY), "order_ref": rid(rng)}),
        case(f, f"{a}/api/lumpsum", fmt="msgpack", headers=_h(rng, **b), body={
            "folio": L(FOLIO, UID), "yojna": SCHEME, "rakam": L(20000, BUY),
            "upi_id": L(UPI, PAY), "nav_tarik": "2026-01-16"}),
        stmt,
        case(f, f"{a}/api/portfolio", headers=_h(rng, how="none"), cookies={
            "bn_sesh": L(opaque(rng, "", 40), CRED), "bn_dev": L(INSTALL_ID, DID),
            "bn_pref": W({"folio": L(FOLIO, UID), "bhasha": L("en", DEV), "view": "xirr"},
                         "b64json")}),
        case(f, f"{a}/api/nikasi", fmt="form", headers=_h(rng, **b), body={
            "folio": L(FOLIO, UID), "yojna": "EXMF-LIQUID-DG", "rakam": L("8000", BUY),
            "khata_antim4": L("1652", PAY), "karan": "ghar da kharcha"}),
        case(f, f"{a}/api/lakshya", headers=_h(rng, **b), body={
            "naa": L("Kabir di college fees", f"{TEXT}|{NAMEC}"), "rakam_chahidi": 1500000,
            "saal": 2033, "sip": L(5000, BUY)}),
        case(f, f"{a}/api/sneha", headers=_h(rng, **b), body={
            "to": "rm_desk",
            "text": L("Please move my SIP date to the 10th, the transfer from my husband's "
                      "account comes on the 8th.", TEXT)}),
        case(f, f"{a}/api/tax/capital-gains", headers=_h(rng, **b), query={
            "fy": "2025-26", "pan": L(PAN, NID)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("sip_started", 1, rakam=L(5000, BUY)),
                ev("screen", 2, screen=L("Portfolio", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def boondnivesh_sdks() -> list[Case]:
    rng = random.Random(29742)
    return [
        mk_batch(APP, rng, [("SIP Started", {"amount": L(5000, BUY)}),
                            ("KYC Done", {"mode": "video"})]),
        mk_queue(APP, rng, [("Statement Opened", {"fy": "2025-26"}),
                            ("Goal Created", {"year": 2033})]),
        tr_launch(APP, rng, first=True, user=True),
        tr_event(APP, rng, "purchase", {"folio": L(FOLIO, UID)}, revenue=20000.0,
                 currency="INR", hashed=True),
        ct_session(APP, rng, secs=388),
        fp_eval(APP, rng, {"risk": "moderate", "kyc": "done"}, hdr=True),
        pg_register(APP, rng, tags={"sip_day": "5"}),
        cm_check(APP, rng, {"analytics": True, "marketing": False}),
        cr_upi(APP, rng, "20000", L(UPI, PAY), account=False),
        hc_attach(APP, rng, L(PDF, MEDIA), "cas_jan2026.pdf", "application/pdf"),
    ]
