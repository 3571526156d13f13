"""Budgeting app "Budgetfinch" with bank aggregation (open banking): sign-up, an MFA code,
``/me``, the aggregator "Banklattice" (link session, bank log-in and security answer, a public
token; counted as SDK calls), the token exchanged by the app, accounts and transactions synced,
a recategorised transaction with a note, budgets, a goal, a search, income, a bill reminder, an
identity check for the premium tier, a receipt photo, a partner invited, an export, a spending
alert by position, a subscription bought on Play, push, events and the net worth by a cookie
GET."""

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
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families24_kit import ROUTING, SSN, claims, head, sdk_id
from eval_families37_kit import (
    ACCT_CHECK,
    ACCT_SAVE,
    BANK,
    BANK_PASS,
    BANK_USER,
    CARD_LAST4,
    home,
    obj,
    txns,
)
from eval_families37_sdk import am_event, cc_crash, cc_crumb, ml_batch, ml_identify
from eval_families37_svc import hq_message, nw_register, pl_bank
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("budgetfinch", "Budgetfinch", "com.example.budgetfinch", "6.2.3",
          "https://api.budgetfinch.example.com")
IID = "X-BF-Install"
BL = "https://link.banklattice.example.com"
PW = "Sparrow$Ledger19"
PUBLIC_TOKEN = "public-prod-5b7e21c0-8a44-4f0e-b1d9-7730a41c2e18"
PARTNER = ("Alex Doe", "alex.doe@example.net")


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _blh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": L(APP.ua, DEV), "X-Banklattice-Client": APP.key("banklattice"),
            "X-Banklattice-Device": L(sdk_id(APP, "banklattice"), DID)}


def banklattice(rng: random.Random) -> list[Case]:
    """The aggregator's link flow inside a web view (SDK calls): a session, the bank log-in and
    a security answer, the accounts she ticks."""
    sess = "ls_" + opaque(rng, "", 16)
    dw, fl = dwell_flight(rng, 12)
    f = f"{APP.fam}-banklattice"
    return [
        case(f, f"{BL}/v1/link/sessions", headers=_blh(rng), body={
            "client_user_id": L(USER_ID, UID), "institution": BANK["id"],
            "products": ["transactions", "auth"], "language": L("en", DEV)}),
        case(f, f"{BL}/v1/link/sessions/{sess}/credentials", fmt="form", headers=_blh(rng),
             body={"username": L(BANK_USER, CRED), "password": L(BANK_PASS, CRED),
                   "institution": BANK["id"]}),
        case(f, f"{BL}/v1/link/sessions/{sess}/mfa", headers=_blh(rng), body={
            "type": "questions", "answers": [L("Maple Street", CRED)],
            "bot": {"dwell": L(dw, KEYS), "flight": L(fl, KEYS), "pasted": False}}),
        case(f, f"{BL}/v1/link/sessions/{sess}/select", headers=_blh(rng), body={
            "accounts": [{"id": obj(rng, "acc", 12), "mask": L(ACCT_CHECK[-4:], PAY)},
                         {"id": obj(rng, "acc", 12), "mask": L(ACCT_SAVE[-4:], PAY)}]}),
    ]


def budgetfinch() -> list[Case]:
    rng = random.Random(3761)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    plan="premium"))}
    b = {"auth": "bearer"}
    tx = txns(rng)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "method": "sms", "code": L("771402", CRED), "trust_device": "1"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/links/exchange", headers=_h(rng, **b), body={
            "public_token": L(PUBLIC_TOKEN, CRED), "institution": BANK,
            "accounts": 2}),
        case(f, f"{a}/v1/accounts/sync", headers=_h(rng, **b), body={"accounts": [
            {"name": "Everyday Checking", "number": L(ACCT_CHECK, PAY), "holder": L(NAME, NAMEC),
             "routing": L(ROUTING, PAY), "balance": 2841.17, "type": "checking"},
            {"name": "High Yield Savings", "number": L(ACCT_SAVE, PAY), "holder": L(NAME, NAMEC),
             "balance": 12040.55,
             "type": "savings"},
            {"name": "Rewards Visa", "last4": L(CARD_LAST4, PAY), "balance": -412.08,
             "limit": 6000}]}),
        case(f, f"{a}/v1/transactions/sync", gz=True, headers=_h(rng, **b), body={
            "cursor": opaque(rng, "cur_", 20), "added": L(tx, BUY), "removed": []}),
        case(f, f"{a}/v1/transactions/{tx[4]['txn_id']}", fmt="form", headers=_h(rng, **b),
             body={"category": "health", "note": L("allergist copay + antihistamines",
                                                  f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/budgets", headers=_h(rng, **b), body={
            "month": "2025-12", "limits": {"groceries": 450, "dining": 200, "transport": 127},
            "rollover": True}),
        case(f, f"{a}/v1/goals", headers=_h(rng, **b), body={
            "name": L("Fertility treatment fund", f"{TEXT}|{MED}"), "target": 15000,
            "by": "2026-09-01", "account": L(ACCT_SAVE[-4:], PAY)}),
        case(f, f"{a}/v1/transactions/search", headers=_h(rng, **b), query={
            "q": L("pharmacy", SEARCH), "from": "2025-09-01"}),
        case(f, f"{a}/v1/income", headers=_h(rng, **b), body={
            "employer": "Northwind Analytics", "net_monthly": 5120, "payday": "15,30"}),
        case(f, f"{a}/v1/bills", headers=_h(rng, **b), body={
            "payee": "Con Ed", "amount": L("88.20", BUY), "due_day": 18, "autopay": False}),
        case(f, f"{a}/v1/recurring", headers=_h(rng, **b), body={
            "payee": L("Congregation Beth Elohim (tithe)", SENS), "amount": L("40.00", BUY),
            "every": "month", "category": "giving"}),
        case(f, f"{a}/v1/identity/verify", headers=_h(rng, **b), body={
            "ssn_last4": L(SSN[-4:], NATID), "dob": L(DOB, BIRTH), "address": {
                "line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v1/transactions/{tx[2]['txn_id']}/receipt", [
            ("image", "receipt.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/households/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[1], MAIL), "role": "editor"}),
        case(f, f"{a}/v1/exports", fmt="form", headers=_h(rng, **b), body={
            "format": "csv", "range": "2025", "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/alerts/spending-nearby", headers=_h(rng, **b), body={
            "lat": home(4)[0], "lon": home(4)[1], "radius_m": 150,
            "category": "dining"}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "product": L("budgetfinch_premium_year", BUY), "price": L("59.99", BUY),
            "purchase_token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "biometric_unlock": True, "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("bank_linked", 1, institution=BANK["id"]), ev("budget_created", 2),
                ev("screen", 3, screen=L("SpendingByCategory", USAGE))]}),
        case(f, f"{a}/v1/networth", headers=_h(rng, how="none"),
             cookies={"bf_session": L(opaque(rng, "", 44), CRED),
                      "bf_device": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def budgetfinch_sdks() -> list[Case]:
    rng = random.Random(3762)
    return [
        *banklattice(rng),
        ml_batch(APP, rng, [("Bank Linked", {"institution": BANK["name"]}),
                            ("Goal Created", {"target": 15000})]),
        ml_identify(APP, rng, {"state": L(STATE, COARSE), "plan": "premium",
                               "accounts_linked": 3}),
        am_event(APP, rng, "subscribe", {"plan": "premium_year"}, revenue=59.99, hashed=True),
        cc_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409"),
                 [cc_crumb("http", "POST", {"url": f"{APP.api}/v1/links/exchange",
                                            "status": 409})], screen="LinkActivity"),
        nw_register(APP, rng, tags={"bill_alerts": "on"}),
        pl_bank(APP, rng),
        hq_message(APP, rng, L("My Harborline checking ending 9913 stopped syncing",
                               f"{TEXT}|{PAY}"), {"plan": "premium"}),
    ]
