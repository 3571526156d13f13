"""A home seamstress's order book "Nuknukro" (``nuknuk`` dress/clothes: she sews muumuu-style
dresses and shirts at home for women in Majuro). Unlike set 79's tailoring shop, where she is a
customer ordering for herself, here she is the seamstress: her business account, customers she
types in (names, phones, measurements), orders, deposits paid by mobile money, fabric photos, a
pattern search, a market stall, and her takings. Calls: sign-up (JSON), an SMS code, ``/me``
with a JWT, her shop profile, a customer, the customer's measurements, an order (msgpack), a
fabric photo, a deposit, a pickup SMS to the customer, a pattern search, the order list by a
cookie GET, her market-stall check-in with her fix, takings (JSON Lines), a payout to her bank,
her own measurements for a church dress, a review reply, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families148_kit import (
    CUSTOMERS,
    MAJ_HOME,
    MAJ_HOME_AT,
    MH_ACCOUNT,
    SHOP_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families148_sdk import bo_bid, cn_session, sb_batch, sb_pixel, tp_event, tp_launch
from eval_families148_svc import cg_save, cj_wallet, ms_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("nuknukro", "Nuknukro", "com.example.nuknukro", "5.0.1",
          "https://api.nuknukro.example.com")
IID = "X-NK-Install"
FIT = "health.fitness"
STALL_FIX = (7.101884, 171.378215)  # her fix at the Saturday market stall
ORDER = "NKO-25-0419"  # a customer's order (financial.purchase: her sale)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nuknukro() -> list[Case]:
    rng = random.Random(14851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, shop=L(SHOP_NO, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STALL_FIX, 5)
    c1, c2 = CUSTOMERS
    cust = obj(rng, "cu")
    takings = [{"shop": L(SHOP_NO, UID), "order": L(o, BUY), "amount": L(amt, BUY),
                "ts": 1765400000 + 3600 * i}
               for i, (o, amt) in enumerate([(ORDER, 35.0), ("NKO-25-0420", 28.0),
                                             ("NKO-25-0421", 42.0)])]
    return [
        case(f, f"{a}/v5/accounts", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(E164, TEL), "shopName": "Jane's Nuknuk", "town": L("Majuro", COARSE)}),
        case(f, f"{a}/v5/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("730915", CRED)}),
        case(f, f"{a}/v5/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v5/shop", headers=_h(rng, **b), body={
            "shop": L(SHOP_NO, UID), "address": L(MAJ_HOME["line"], "contact.address"),
            "area": L(MAJ_HOME["area"], COARSE), "hours": "Mon-Sat 9-5",
            "at": {"lat": L(MAJ_HOME_AT[0], PRECISE), "lon": L(MAJ_HOME_AT[1], PRECISE)}}),
        case(f, f"{a}/v5/customers", headers=_h(rng, **b), body={
            "id": cust, "name": L(c1[0], NAMEC), "phone": L(c1[1], TEL),
            "note": L("Mary wants it loose, she is 6 months pregnant",
                      f"{TEXT}|{NAMEC}|health.medical")}),
        case(f, f"{a}/v5/customers/{cust}/measurements", headers=_h(rng, **b), body={
            "bustIn": 42, "waistIn": 38, "hipIn": 46, "lengthIn": 52}),
        case(f, f"{a}/v5/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "customer": cust, "style": "muumuu", "fabric": "FB-221",
            "price": L(35.0, BUY), "due": "2025-12-18"}),
        multipart(f, f"{a}/v5/orders/{ORDER}/fabric", [
            ("photo", "fabric.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("meta", None, "application/json", {"fabric": "FB-221", "yards": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v5/orders/{ORDER}/deposit", headers=_h(rng, **b), body={
            "amount": L(15.0, BUY), "from": {"name": L(c1[0], NAMEC), "msisdn": L(c1[1], TEL)},
            "ref": rid(rng)}),
        case(f, f"{a}/v5/orders/{ORDER}/notify", fmt="form", headers=_h(rng, **b), body={
            "to": L(c1[1], TEL), "text": L("Your dress is ready Mary, kommol!",
                                           f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v5/customers", headers=_h(rng, **b), body={
            "id": obj(rng, "cu"), "name": L(c2[0], NAMEC), "phone": L(c2[1], TEL),
            "note": "two shirts for her boys"}),
        case(f, f"{a}/v5/patterns", headers=_h(rng, **b), query={
            "q": L("jepta uniform dress pattern", SEARCH), "size": "L"}),
        case(f, f"{a}/v5/orders", headers=_h(rng, how="none"), query={"status": "open"},
             cookies={"nk_sess": L(opaque(rng, "", 40), CRED), "nk_dev": L(INSTALL_ID, DID),
                      "nk_ctx": W({"shop": L(SHOP_NO, UID), "tz": L("Pacific/Majuro", DEV)},
                                  "b64json")}),
        case(f, f"{a}/v5/stall/checkin", headers=_h(rng, **b), body={
            "market": "Saturday market, Uliga", "lat": sla, "lon": slo}),
        lines(f, f"{a}/v5/takings/import", takings, headers=_h(rng, **b)),
        case(f, f"{a}/v5/payouts", headers=_h(rng, **b), body={
            "account": L(MH_ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "amount": L(105.0, BUY)}),
        case(f, f"{a}/v5/me/measurements", headers=_h(rng, **b), body={
            "heightCm": L(163, FIT), "bustIn": L(40, FIT), "waistIn": L(34, FIT),
            "for": "jepta dress"}),
        case(f, f"{a}/v5/reviews/rv_2291/reply", headers=_h(rng, **b), body={
            "text": L("Thank you Ruth, see you at the market", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v5/auth/logout", headers=_h(rng, **b), body={
            "refreshToken": L(opaque(rng, "rt_", 40), CRED)}),
        case(f, f"{a}/v5/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v5/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("order_created", 1), ev("deposit_received", 2),
                ev("screen", 3, screen=L("Orders", USAGE))]}),
        case(f, f"{a}/v5/config", headers=_h(rng, **b), query={"v": APP.ver,
                                                            "lang": L("en", DEV)}),
    ]


def nuknukro_sdks() -> list[Case]:
    rng = random.Random(14852)
    return [
        sb_batch(APP, rng, [("Order Created", {"price": L(35.0, BUY)}),
                            ("Pattern Searched", {})], at=STALL_FIX, nd=2),
        sb_pixel(APP, rng, "shop_shared", {"shop": L(SHOP_NO, UID)}),
        tp_launch(APP, rng, user=True, n=31),
        tp_event(APP, rng, "deposit_received", {"order": L(ORDER, BUY)}, revenue=15.0,
                 hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F"),
        cn_session(APP, rng, secs=912),
        cg_save(APP, rng, {"analytics": True, "ads": True}),
        cj_wallet(APP, rng, "15.00", L(CUSTOMERS[0][1], TEL)),
        ps_register(APP, rng, at=MAJ_HOME_AT, nd=2),
        ms_geocode(APP, rng, "Uliga Saturday market", SEARCH, near=STALL_FIX, nd=3),
    ]
