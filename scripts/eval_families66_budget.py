"""Personal budgeting app "Penniwise" reading her bank transactions through the open-banking
aggregator "Accountrail" (its link flow counted as SDK calls: a link session, the bank's OAuth
callback, the accounts consented, micro-deposits verified): sign-up, a log-in and a TOTP code,
``/me``, the public token exchanged, accounts and transactions synced (gzip), a split with a
friend, a note, a categorisation rule, a search, budgets, a student loan, a credit-report pull,
a bill to negotiate (PDF), a receipt photo, round-ups, ATMs near her office, her partner invited,
a subscription, an export, push, events and the net worth by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families15_kit import DOTTED
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families22_kit import PARTNER
from eval_families23_kit import WORK_AT
from eval_families24_kit import ROUTING, SSN, claims, head, sdk_id
from eval_families37_kit import obj
from eval_families66_kit import ACCTS, BANK, CARD_LAST4, UTILITY_ACCT, bank_txns
from eval_families66_sdk import cl_crumb, cl_report, tq_batch, tq_identify
from eval_families66_svc import fp_eval, om_save, pb_register, rw_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("penniwise", "Penniwise", "com.example.penniwise", "8.1.0",
          "https://api.penniwise.example.com")
IID = "X-Penniwise-Device"
AR = "https://link.accountrail.example.net"
PW = "Copper*Kestrel62"
PUBLIC_TOKEN = "public-live-3e91c0d2-7b5a-4c18-9f64-2d0a8e71b5c9"
OAUTH_CODE = "ac_7Qm2vX9kLp4RtY8wZ1sN6bHd"  # the bank's OAuth authorisation code (credential)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _arh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": L(APP.ua, DEV), "X-Accountrail-Client": APP.key("accountrail"),
            "X-Accountrail-Device": L(sdk_id(APP, "accountrail"), DID)}


def accountrail(rng: random.Random) -> list[Case]:
    """The aggregator's link flow inside a web view (SDK calls)."""
    f, sess = f"{APP.fam}-accountrail", "lnk_" + opaque(rng, "", 16)
    return [
        case(f, f"{AR}/v2/link/sessions", headers=_arh(rng), body={
            "client_user_id": L(USER_ID, UID), "institution": BANK["id"],
            "products": ["transactions", "balance"], "country_codes": ["US"],
            "language": L("en", DEV), "redirect_uri": "https://penniwise.example.com/oauth"}),
        case(f, f"{AR}/v2/link/oauth/callback", headers=_arh(rng), query={
            "code": L(OAUTH_CODE, CRED), "state": opaque(rng, "st_", 20), "session": sess}),
        case(f, f"{AR}/v2/link/sessions/{sess}/consent", headers=_arh(rng), body={
            "accounts": [{"id": obj(rng, "acc", 12), "mask": L(ACCTS["checking"][-4:], PAY)},
                         {"id": obj(rng, "acc", 12), "mask": L(ACCTS["savings"][-4:], PAY)}],
            "days": 365, "scopes": ["transactions", "balances"]}),
        case(f, f"{AR}/v2/link/microdeposits/verify", fmt="form", headers=_arh(rng), body={
            "account": obj(rng, "acc", 12), "mask": L("0457", PAY),
            "amount1": L("0.07", CRED), "amount2": L("0.21", CRED)}),
    ]


def penniwise() -> list[Case]:
    rng = random.Random(6671)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    tx = bank_txns(rng)
    friend = PEOPLE[0]
    return [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DOTTED, TEL), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v3/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v3/mfa/totp", fmt="form", headers=_h(rng), body={
            "code": L("318044", CRED), "trust": "30d"}),
        case(f, f"{a}/v3/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/connections/exchange", headers=_h(rng, auth="bearer"), body={
            "publicToken": L(PUBLIC_TOKEN, CRED), "institution": BANK}),
        case(f, f"{a}/v3/accounts/sync", headers=_h(rng, **b), body={"accounts": [
            {"name": "Everyday Checking", "number": L(ACCTS["checking"], PAY),
             "routing": L(ROUTING, PAY), "holder": L(NAME, NAMEC), "balance": 3120.44},
            {"name": "Goal Saver", "number": L(ACCTS["savings"], PAY),
             "holder": L(NAME, NAMEC), "balance": 8804.1},
            {"name": "Crest Cash Back", "last4": L(CARD_LAST4, PAY), "balance": -611.2}]}),
        case(f, f"{a}/v3/transactions/sync", gz=True, headers=_h(rng, **b), body={
            "cursor": opaque(rng, "c_", 24), "added": L(tx, BUY), "modified": [],
            "removed": []}),
        case(f, f"{a}/v3/transactions/{tx[0]['transaction_id']}/split", headers=_h(rng, **b),
             body={"with": {"name": L(friend[0], NAMEC), "phone": L(friend[1], TEL)},
                   "share": L("7.18", BUY), "note": L("Lunch after the climbing gym", TEXT)}),
        case(f, f"{a}/v3/transactions/{tx[1]['transaction_id']}/note", fmt="form",
             headers=_h(rng, **b), body={
                 "note": L("therapy copay, claim back from HSA", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/rules", headers=_h(rng, **b), body={
            "match": {"field": "name", "contains": "Whole Foods"}, "category": "groceries",
            "applyPast": True}),
        case(f, f"{a}/v3/transactions/search", headers=_h(rng, **b), query={
            "q": L("pharmacy", SEARCH), "since": "2025-06-01", "limit": "50"}),
        case(f, f"{a}/v3/budgets", headers=_h(rng, **b), body={
            "month": "2025-12", "categories": {"groceries": 500, "dining": 250,
                                               "transportation": 132}, "rollover": False}),
        case(f, f"{a}/v3/debts", headers=_h(rng, **b), body={
            "kind": "student_loan", "servicer": "Meridian Loan Servicing",
            "accountMask": L("2291", PAY), "balance": 18420.77, "apr": 5.5, "minimum": 212}),
        case(f, f"{a}/v3/credit/pull", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "consent": True, "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v3/bills/negotiate", [
            ("bill", "coned_dec.pdf", "application/pdf", L(PDF + b"\x11", MEDIA)),
            ("data", None, "application/json", {
                "provider": "Con Ed", "accountNumber": L(UTILITY_ACCT, UID),
                "monthly": L("92.66", BUY)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/transactions/{tx[3]['transaction_id']}/receipt", [
            ("image", "receipt.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/roundups", headers=_h(rng, **b), body={
            "from": L(ACCTS["checking"][-4:], PAY), "to": L(ACCTS["savings"][-4:], PAY),
            "multiplier": 2, "transfer": L("11.40", BUY)}),
        case(f, f"{a}/v3/atms", headers=_h(rng, **b), query={
            "ll": L(f"{WORK_AT[0]:.5f},{WORK_AT[1]:.5f}", PRECISE), "feeFree": "true"}),
        case(f, f"{a}/v3/household/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "role": "viewer"}),
        case(f, f"{a}/v3/subscriptions/verify", headers=_h(rng, **b), body={
            "sku": L("penniwise_plus_month", BUY), "price": L("7.99", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/exports", fmt="form", headers=_h(rng, **b), body={
            "format": "csv", "year": "2025", "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "biometricUnlock": True}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bank_linked", 1, institution=BANK["id"]), ev("split_sent", 2),
                ev("screen", 3, screen=L("CashFlow", USAGE))]}),
        case(f, f"{a}/v3/networth", headers=_h(rng, how="none"),
             cookies={"pw_session": L(opaque(rng, "", 44), CRED),
                      "pw_device": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def penniwise_sdks() -> list[Case]:
    rng = random.Random(6672)
    return [
        *accountrail(rng),
        tq_batch(APP, rng, [("Bank Linked", {"institution": BANK["name"]}),
                            ("Split Sent", {"amount": L(7.18, BUY)})]),
        tq_identify(APP, rng, {"state": L(STATE, COARSE), "plan": "plus", "accounts": 3}),
        cl_report(APP, rng, ("retrofit2.HttpException", "HTTP 429"),
                  [cl_crumb("request", "POST", {"url": f"{APP.api}/v3/transactions/sync",
                                                "status": 429})], screen="SyncWorker"),
        fp_eval(APP, rng, {"plan": "plus", "linkedBanks": 1}),
        pb_register(APP, rng, tags={"low_balance": "on"}),
        om_save(APP, rng, {"analytics": True, "marketing": False}),
        rw_message(APP, rng, L(f"My card ending {CARD_LAST4} shows twice in December",
                               f"{TEXT}|{PAY}"), {"plan": "plus"}),
    ]
