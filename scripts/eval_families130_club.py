"""Savings-club app "Motshelo" (a stokvel-style club of twelve women in Gaborone: monthly
contributions, a rotating payout, small loans, a December share-out). Unlike set 96's stokvel it
is a Botswana motshelo with a KYC (Omang photo and selfie), a TOTP second factor and meetings
hosted at members' houses. Sign-up, a phone log-in, ``/me``, 2FA, joining by an invite code,
contributions and a late fine, a payout account, members invited from her address book, a loan
request, a vote, minutes (msgpack), a deposit photo, the KYC, the meeting at her house, chat, the
ledger by her user ID in the query, push, events and statements by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import DIGITS, E164, EMAIL_UPPER, JPEG, multipart, push_token
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families24_kit import claims, others
from eval_families130_kit import (
    ADDR,
    BIRTH,
    BUY,
    CLUB,
    CLUB_ACCT,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GAB_AT,
    GAB_HOME,
    KID,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    OMANG,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    BwApp,
    fix,
    hd,
    obj,
)
from eval_families130_sdk import (
    ak_event,
    ak_link,
    bc_bid,
    fl_crash,
    fl_crumb,
    ql_batch,
    ql_identify,
)
from eval_families130_svc import ae_attach, fm_eval, ps_bank, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = BwApp("motshelo", "Motshelo", "com.example.motshelo", "3.3.0",
            "https://api.motshelo.example.net")
IID = "X-Mt-Install-Id"
PW = "Pula-Ya-Rona-2025"
INVITE = "MTS-7KQ2-WX"  # the club's join code (secret.credential)


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def motshelo() -> list[Case]:
    rng = random.Random(13041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    peers = others(rng, 4, "mem_")
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "omang": L(OMANG, NATID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "password": L(PW, CRED), "country": "US"}),
        case(f, f"{a}/v1/2fa/setup", headers=_h(rng, **b), body={
            "secret": L("JBSWY3DPEHPK3PXPMTSHELO2", CRED), "code": L("204117", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, email=L(EMAIL, MAIL), clubs=[CLUB["id"]]))})),
        case(f, f"{a}/v1/clubs/join", headers=_h(rng, **b), body={
            "code": L(INVITE, CRED), "club": CLUB["id"]}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/contributions", headers=_h(rng, **b), body={
            "amount": L("500.00", BUY), "month": "2025-12", "method": "eft",
            "reference": obj(rng, "ctb")}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/fines", fmt="form", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "reason": "late", "month": "2025-11"}),
        case(f, f"{a}/v1/payout-account", headers=_h(rng, **b), body={
            "bank": "First Lentswe Bank", "account": L(CLUB_ACCT, PAY),
            "holder": L(f"{FIRST} {LAST}", NAMEC), "payoutMonth": "2026-03"}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/invites", headers=_h(rng, **b), body={
            "invitees": [{"name": L("Lesedi Mokgosi", CONTACTS), "phone": L("+26771550327",
                                                                           CONTACTS)},
                         {"name": L("Boitumelo Kgari", CONTACTS), "phone": L("+26772550418",
                                                                            CONTACTS)}],
            "message": "Join our motshelo"}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/loans", headers=_h(rng, **b), body={
            "amount": "1500.00", "months": 3, "interestPct": 10,
            "reason": L("School fees for Kabelo's second term", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/votes", fmt="form", headers=_h(rng, **b), body={
            "motion": "mot_0412", "choice": "yes"}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/minutes", fmt="msgpack", headers=_h(rng, **b), body={
            "meeting": obj(rng, "mtg"), "author": L(USER_ID, UID),
            "text": L("Agreed: share-out on 20 December, everyone brings a dish", TEXT),
            "present": peers}),
        multipart(f, f"{a}/v1/clubs/{CLUB['id']}/deposits", [
            ("proof", "eft_proof.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{BUY}")),
            ("data", None, "application/json", {"amount": L("500.00", BUY),
                                                "month": "2025-12"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc", [
            ("omang_front", "omang.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("data", None, "application/json", {"omang": L(OMANG, NATID),
                                                "dob": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/meetings", headers=_h(rng, **b), body={
            "date": "2025-12-20T15:00", "host": L(USER_ID, UID),
            "venue": {"line": L(GAB_HOME["line"], ADDR), "lat": fix(GAB_AT, 5)[0],
                      "lon": fix(GAB_AT, 5)[1]}, "note": L("Parking at the back gate", TEXT)}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/chat", headers=_h(rng, **b), body={
            "text": L("Ke tla duela ka Labotlhano, madi a tsena ka Labone", TEXT),
            "clientId": obj(rng, "cm", 10)}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/ledger", headers=_h(rng, **b), query={
            "member": L(USER_ID, UID), "from": "2025-01", "to": "2025-12"}),
        case(f, f"{a}/v1/clubs/{CLUB['id']}/members", headers=_h(rng, **b), query={
            "page": "1"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_BW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("contribution_paid", 1), ev("minutes_saved", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/v1/statements/2025.pdf", headers=_h(rng, how="upper"),
             cookies={"mt_session": L(opaque(rng, "", 40), CRED), "club": CLUB["id"]}),
        case(f, f"{a}/v1/share-out", headers=_h(rng, **b), body={
            "club": CLUB["id"], "year": 2025, "myShare": "6240.00", "interest": "610.00",
            "beneficiary": {"name": L(KID["first"], NAMEC)}, "split": "bank"}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "address": {"line": L(GAB_HOME["line"], ADDR), "box": L(GAB_HOME["box"], ADDR),
                        "city": L("Gaborone", COARSE)}, "language": L("tn", DEV)}),
    ]


def motshelo_sdks() -> list[Case]:
    rng = random.Random(13042)
    link = U("https://motshelo.example.net/j", {"code": L(INVITE, CRED),
                                                "ref": L(USER_ID, UID), "utm_source": "wa"})
    return [
        ql_batch(APP, rng, [("Contribution Paid", {"amount": L(500, BUY)}),
                            ("Minutes Saved", {})], at=GAB_AT, nd=2),
        ql_identify(APP, rng, {"club_size": 12, "email": L(EMAIL, MAIL)}),
        ak_event(APP, rng, "contribution", {"club": CLUB["id"]}, revenue=500.0, hashed=True),
        ak_link(APP, rng, link),
        bc_bid(APP, rng, {"native": {"ver": "1.2"}}, at=GAB_AT, nd=3, yob=1991,
               gender="F"),
        fl_crash(APP, rng, ("java.lang.ArithmeticException", "divide by zero"),
                 [fl_crumb("nav", "Club -> ShareOut")], screen="ShareOutActivity"),
        fm_eval(APP, rng, {"clubs": 1, "kyc": "verified"}),
        ps_bank(APP, rng, CLUB_ACCT, "First Lentswe Bank"),
        ps_confirm(APP, rng, "50000"),
        ae_attach(APP, rng, L(JPEG + b"\x64", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
