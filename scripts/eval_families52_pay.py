"""Payday-advance app "Paydrift" reading her bank transactions and employer: sign-up (SSN, address),
an SMS code, ``/me``, the ID check (licence both sides, a selfie), the aggregator "Ledgerwick" (link
session, bank log-in, an MFA code, the accounts ticked; counted as SDK calls), the public token
exchanged, accounts and transactions synced (gzip), employment, a check of her position at work, a
pay stub, eligibility, an advance with a tip and an ACH authorisation, a debit card, a rescheduled
repayment, a membership, hashed contacts for invites, a referral, a device-risk report (apps,
carrier, IP, Wi-Fi), support, push, events and history by her user ID in the path and a cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families17_kit import (
    ADDR,
    ADID,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
    sha,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head, sdk_id
from eval_families52_kit import (
    ACCT,
    DEBIT_LAST4,
    EMPLOYER,
    LICENCE,
    WAREHOUSE_AT,
    WORK_FIX,
    WORK_MAIL,
    fix,
    obj,
    txns,
)
from eval_families52_sdk import (
    bq_bid,
    cw_batch,
    cw_identify,
    sm_crash,
    sm_crumb,
    tb_event,
    tb_session,
)
from eval_families52_svc import bk_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("paydrift", "Paydrift", "com.example.paydrift", "7.3.2",
          "https://api.paydrift.example.com")
IID = "X-PD-Install-Id"
LW = "https://link.ledgerwick.example.net"
PW = "Tugboat^Ledger73"
BANK = {"id": "inst_20417", "name": "Gowanus Community Bank"}
PUBLIC_TOKEN = "public-live-7c91e2d0-3b55-4a18-9e07-11f0c2a9d4b3"
APPS_SEEN = ["com.example.paydrift", "com.example.cashloop", "com.example.gigshift",
             "com.example.banktidal", "com.example.snapfare"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid=IID, how=how, **kw)


def _lwh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": L(APP.ua, DEV), "X-Ledgerwick-Client": APP.key("ledgerwick"),
            "X-Ledgerwick-Device": L(sdk_id(APP, "ledgerwick"), DID)}


def ledgerwick(rng: random.Random) -> list[Case]:
    """The aggregator's link flow in a web view (SDK calls)."""
    sess = opaque(rng, "lws_", 16)
    f = f"{APP.fam}-ledgerwick"
    return [
        case(f, f"{LW}/v2/link/sessions", headers=_lwh(rng), body={
            "client_user_id": L(USER_ID, UID), "institution": BANK["id"],
            "products": ["transactions", "auth", "income"], "locale": L("en-US", DEV)}),
        case(f, f"{LW}/v2/link/sessions/{sess}/login", fmt="form", headers=_lwh(rng), body={
            "username": L("jdoe1991", CRED), "password": L("Brownstone#7714", CRED),
            "institution": BANK["id"]}),
        case(f, f"{LW}/v2/link/sessions/{sess}/mfa", headers=_lwh(rng), body={
            "method": "sms", "code": L("318804", CRED)}),
        case(f, f"{LW}/v2/link/sessions/{sess}/accounts", headers=_lwh(rng), body={
            "selected": [{"id": obj(rng, "acct", 12), "mask": L(ACCT[1][-4:], PAY),
                          "subtype": "checking"}]}),
    ]


def paydrift() -> list[Case]:
    rng = random.Random(5241)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    tx = txns(rng)
    adv = obj(rng, "adv", 10)
    wla, wlo = fix(WORK_FIX)
    contacts = [sha("sha256", p) for _, p, _ in PEOPLE]
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "ssn": L(SSN, NATID), "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                                              "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v3/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("557120", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/kyc/documents", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("doc", None, "application/json", {"type": "drivers_license",
                                               "number": L(LICENCE, NATID),
                                               "state": L(STATE, COARSE),
                                               "expires": "2030-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/bank/exchange", headers=_h(rng, **b), body={
            "publicToken": L(PUBLIC_TOKEN, CRED), "institution": BANK}),
        case(f, f"{a}/v3/bank/accounts", headers=_h(rng, **b), body={"accounts": [
            {"routing": L(ACCT[0], PAY), "number": L(ACCT[1], PAY), "holder": L(NAME, NAMEC),
             "type": "checking", "balance": 84.12, "available": 61.40}]}),
        case(f, f"{a}/v3/bank/transactions", gz=True, headers=_h(rng, **b), body={
            "cursor": opaque(rng, "c_", 20), "added": L(tx, BUY), "hasMore": False}),
        case(f, f"{a}/v3/employment", headers=_h(rng, **b), body={
            "employer": EMPLOYER["name"], "employerPhone": EMPLOYER["phone"],
            "employerEin": EMPLOYER["ein"], "workEmail": L(WORK_MAIL, MAIL),
            "payFrequency": "biweekly", "nextPayday": "2025-12-19", "hourly": True,
            "title": "Warehouse associate"}),
        case(f, f"{a}/v3/employment/location", headers=_h(rng, **b), body={
            "lat": wla, "lon": wlo, "accuracy": 9, "ts": 1765282210,
            "site": {"lat": WAREHOUSE_AT[0], "lon": WAREHOUSE_AT[1], "radius": 150}}),
        multipart(f, f"{a}/v3/paystubs", [
            ("file", "paystub_1128.pdf", "application/pdf", L(PDF + b"\x64", MEDIA)),
            ("meta", None, "application/json", {"period": "2025-11-14/2025-11-27",
                                                "employer": EMPLOYER["name"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/advance/eligibility", headers=_h(rng, **b), query={
            "payday": "2025-12-19", "v": "2"}),
        case(f, f"{a}/v3/advances", headers=_h(rng, **b), body={
            "id": adv, "amount": L("150.00", BUY), "tip": L("6.00", BUY),
            "expressFee": L("3.99", BUY), "destination": {
                "cardToken": L(opaque(rng, "tok_", 24), PAY), "last4": L(DEBIT_LAST4, PAY)},
            "repayOn": "2025-12-19",
            "achAuthorization": {"accepted": True, "ip": L(PUBLIC_IP, IPLOC),
                                 "ts": 1765283020, "version": "ach-2025-03"}}),
        case(f, f"{a}/v3/debit-cards", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "tok_", 24), PAY), "last4": L(DEBIT_LAST4, PAY),
            "brand": "visa", "default": "true"}),
        case(f, f"{a}/v3/advances/{adv}/reschedule", fmt="form", headers=_h(rng, **b), body={
            "newDate": "2026-01-02", "reason": L("My shifts got cut this week", TEXT)}),
        case(f, f"{a}/v3/membership", fmt="form", headers=_h(rng, **b), body={
            "plan": L("paydrift_plus_month", BUY), "price": L("9.99", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/invite/candidates", headers=_h(rng, **b), body={
            "hashes": L(contacts, CONTACTS), "algo": "sha256-e164"}),
        case(f, f"{a}/v3/referrals", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL), "channel": "sms"}),
        case(f, f"{a}/v3/risk/device", fmt="msgpack", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "adId": L(GAID, ADID),
            "carrier": L("Example Mobile", CARRIER), "mccMnc": L(MCCMNC, CARRIER),
            "simCountry": L("us", CARRIER), "ip": L(PUBLIC_IP, IPLOC), "ssid": L(SSID, WIFI),
            "rooted": L(False, DEV), "emulator": L(False, DEV), "battery": L(37, DEV),
            "apps": [L(p, APPS) for p in APPS_SEEN], "bootMs": 1765200012345}),
        case(f, f"{a}/v3/support/tickets", headers=_h(rng, **b), body={
            "topic": "deposit", "text": L(f"The advance went to my card ending {DEBIT_LAST4} "
                                          "twice, please don't debit me double",
                                          f"{TEXT}|{PAY}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("advance_requested", 1, amount=L(150, BUY)), ev("tip_set", 2),
                ev("screen", 3, screen=L("AdvanceConfirm", USAGE))]}),
        at_path(case(f, f"{a}/v3/users/{USER_ID}/advances", headers=_h(rng, how="none"),
                     query={"status": "repaid", "page": "1"},
                     cookies={"pd_session": L(opaque(rng, "", 48), CRED),
                              "pd_device": L(INSTALL_ID, DID)}), USER_ID, UID),
    ]


def paydrift_sdks() -> list[Case]:
    rng = random.Random(5242)
    return [
        *ledgerwick(rng),
        cw_batch(APP, rng, [("Advance Requested", {"amount": L(150, BUY), "tip": L(6, BUY)}),
                            ("Bank Linked", {"institution": BANK["name"]})], adid=True),
        cw_identify(APP, rng, {"state": L(STATE, COARSE), "pay_frequency": "biweekly",
                               "member": True}),
        tb_session(APP, rng, first=True),
        tb_event(APP, rng, "pd9adv", {"amount_band": "100-200"}, revenue=9.99, hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=WORK_FIX, nd=3, yob=1991,
               gender="F"),
        sm_crash(APP, rng, ("java.lang.IllegalStateException", "advance already pending"),
                 [sm_crumb("http", "POST", {"url": f"{APP.api}/v3/advances", "status": 409})],
                 screen="AdvanceActivity"),
        bk_register(APP, rng, adid=True, tags={"payday": "2025-12-19"}),
    ]
