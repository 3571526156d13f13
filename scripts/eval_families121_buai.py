"""Betel-nut (buai) market stall app "Maket Meri", where she sells at Lae Main Market: sign-up,
a PIN log-in, ``/me``, the stall's registration and her KYC, checking in at the stall, buying
stock from a wholesaler, the day's sales (msgpack) and an offline sales queue (JSON Lines), the
market fee, a stall photo, prices, group savings, a credit book entry for a regular customer, a
message to the market office, an SMS promotion, the daily report by a cookie GET, the wallet
link, an avatar, push, events and a token refresh."""

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
    DIGITS,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
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
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families121_kit import (
    ADRES,
    MARKET,
    MM_PIN,
    NID,
    STALL,
    STALL_FIX,
    WALLET,
    WHOLESALER,
    fix,
    obj,
)
from eval_families121_sdk import fg_session, tk_batch, tk_identify, tw_launch
from eval_families121_svc import hk_message, of_save, pc_wallet, pw_register, sb_eval
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("maketmeri", "MaketMeri", "com.example.maketmeri", "1.14.2",
          "https://api.maketmeri.example.org")
IID = "X-MM-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _sale(rng: random.Random, item: str, qty: int, price: str) -> dict[str, Any]:
    """A sale to a passing customer (her stall's till, not her purchase: negatives)."""
    return {"sale": obj(rng, "sl", 8), "item": item, "qty": qty, "amount": price,
            "paid": "cash", "t": 1765334000 + rng.randrange(9000)}


def maketmeri() -> list[Case]:
    rng = random.Random(12111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), stall=STALL))}
    sla, slo = fix(STALL_FIX)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL_UPPER, "contact.email"), "role": "seller",
            "password": L("Mamayo!buai3", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "pin": L("7391", CRED), "device": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stalls", headers=_h(rng, **b), body={
            "market": MARKET["id"], "marketName": MARKET["name"], "stall": STALL,
            "goods": ["buai", "daka", "kambang"], "feePlan": "daily",
            "marketOffice": {"phone": MARKET["phone"], "address": MARKET["office"]}}),
        case(f, f"{a}/v1/kyc", headers=_h(rng, **b), body={
            "nid": L(NID, NATID), "dob": L(DOB, BIRTH), "gender": L("female", GENDER),
            "address": {"line": L(ADRES["line"], ADDR), "town": L(ADRES["taun"], COARSE),
                        "province": L(ADRES["provins"], COARSE)}}),
        case(f, f"{a}/v1/stalls/{STALL}/checkin", headers=_h(rng, **b), body={
            "lat": sla, "lng": slo, "acc": 8, "battery": L(71, DEV),
            "marketCentre": [MARKET["lat"], MARKET["lon"]], "open": True}),
        case(f, f"{a}/v1/stock/purchases", headers=_h(rng, **b), body={
            "supplier": {"id": WHOLESALER["id"], "name": WHOLESALER["name"],
                         "phone": WHOLESALER["phone"]},
            "bags": 3, "unitPrice": "150.00", "total": L("450.00", BUY),
            "wallet": L(WALLET, PAY), "receipt": L(obj(rng, "stk", 8), BUY)}),
        case(f, f"{a}/v1/sales/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "stall": STALL, "day": "2025-12-10", "seller": L(USER_ID, UID), "sales": [
                _sale(rng, "buai", 10, "10.00"), _sale(rng, "daka", 4, "2.00"),
                _sale(rng, "buai", 5, "5.00")]}),
        lines(f, f"{a}/v1/sales/offline", [
            {"seller": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
             **_sale(rng, "buai", n, f"{n}.00")} for n in (2, 6, 1)],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/market/fee", fmt="form", headers=_h(rng, **b), body={
            "stall": STALL, "amount": L("2.00", BUY), "wallet": L(WALLET, PAY),
            "pin": L(MM_PIN, CRED)}),
        multipart(f, f"{a}/v1/stalls/{STALL}/photo", [
            ("photo", "stall.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("caption", None, "text/plain", L("Fresh buai from Markham, 1 kina for 1", TEXT))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prices", headers=_h(rng, how="none"),
             query={"market": MARKET["id"], "item": "buai"}),
        case(f, f"{a}/v1/savings/groups/grp_sande_12/contribute", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "wallet": L(WALLET, PAY), "week": 49}),
        case(f, f"{a}/v1/credit-book", headers=_h(rng, **b), body={
            "customer": {"name": L("Mary Tau", NAMEC), "phone": L("+67570338814", TEL)},
            "owes": "6.00", "note": L("Mary pays Friday after her husband's pay", TEXT)}),
        case(f, f"{a}/v1/messages/market-office", headers=_h(rng, **b), body={
            "to": MARKET["id"], "text": L("Roof over B row leaks when it rains", TEXT),
            "stall": STALL}),
        case(f, f"{a}/v1/promo/sms", headers=_h(rng, **b), body={
            "text": L("Buai i kam nau long stall B-117, Main Market", TEXT),
            "audience": "followers", "count": 48}),
        case(f, f"{a}/v1/reports/daily", headers=_h(rng, how="none"), query={
            "day": "2025-12-10"}, cookies={"mm_sid": L(opaque(rng, "", 32), CRED)}),
        case(f, f"{a}/v1/wallets", headers=_h(rng, **b), body={
            "msisdn": L(E164, TEL), "wallet": L(WALLET, PAY), "provider": "mm_pg",
            "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/me/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "sdk": L(34, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("stall_open", 1), ev("sale_added", 2, items=3),
                ev("screen", 3, screen=L("DailyReport", USAGE))]}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "mmr_", 40), CRED)}),
    ]


def maketmeri_sdks() -> list[Case]:
    rng = random.Random(12112)
    return [
        tk_batch(APP, rng, [("stall_opened", {"market": MARKET["id"]}),
                            ("stock_bought", {"total": L(450.0, BUY)})], at=STALL_FIX, nd=4),
        tk_identify(APP, rng, {"first_name": L(FIRST, NAMEC), "role": "seller",
                               "town": L("Lae", COARSE), "phone": L(E164, TEL)}),
        tw_launch(APP, rng, user=True, n=23),
        fg_session(APP, rng, secs=1804),
        sb_eval(APP, rng, {"market": MARKET["id"], "role": "seller"}),
        pw_register(APP, rng, tags={"market": MARKET["id"], "stall": STALL}),
        of_save(APP, rng, {"analytics": True, "ads": False, "sms_promo": True}),
        pc_wallet(APP, rng, "450.00"),
        hk_message(APP, rng, L("The app charged my market fee twice on Monday", TEXT),
                   {"stall": STALL, "screen": L("MarketFee", USAGE)}),
    ]
