"""Tapa-cloth craft marketplace "Siapomaketi" (``siapo`` Samoan tapa, ``maketi`` market): she
sells the siapo she and her mother-in-law Fetu make from mulberry bark. Unlike set 72's tapas bar
app (food), this is a craft sellers' marketplace seen from the seller's side. Seller sign-up, a
log-in, ``/me`` with a JWT, her shop, an identity check with her national ID, a listing with
photos (multipart) and its price, a listing's edit, a video of the beating (MP4), stock
(msgpack), orders received, a courier label to a buyer in Hawai'i, a label she buys, a buyer's
question answered, the shop by handle in the path, payouts to her bank, sales by year, a search
of other shops, a review reply, her pickup point, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
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
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, others
from eval_families126_kit import BUYER, FALE, FALE_AT, MIL, NID_WS, PAYOUT_ACCT, SHOP, fix, hd, obj
from eval_families126_sdk import (
    ab_event,
    ab_launch,
    bm_bid,
    bm_notice,
    fr_session,
    mw_batch,
    mw_identify,
)
from eval_families126_svc import hl_message, pc_opened, pc_register, tm_reverse, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("siapo", "Siapomaketi", "com.example.siapomaketi", "5.2.0",
          "https://api.siapomaketi.example.com")
IID = "X-Siapo-Device"
PW = "Ua-Lelei-Siapo9"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def siapo() -> list[Case]:
    rng = random.Random(12641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    item = obj(rng, "lst", 8)
    buyers = others(rng, 2, "byr_")
    order = obj(rng, "ord", 8)
    return [
        case(f, f"{a}/v1/sellers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "shop": L(SHOP, UID), "village": L(FALE["village"], COARSE),
            "country": L("WS", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, shop=L(SHOP, UID)))})),
        case(f, f"{a}/v1/shop", headers=_h(rng, **b), body={
            "handle": L(SHOP, UID), "title": "Siapo by Fetu & Jane",
            "about": L("Hand-beaten siapo from Faleasiu, made with my mother-in-law Fetu",
                       f"{TEXT}|{NAMEC}"),
            "maker": {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL)}}),
        multipart(f, f"{a}/v1/kyc", [
            ("id_front", "id.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "idNumber": L(NID_WS, NATID), "idType": "national",
                "legalName": L(NAME, NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/listings", [
            ("data", None, "application/json", {
                "title": L("Siapo mamanu, 2 x 1.2 m, natural dyes", TEXT), "price": 450,
                "currency": "WST", "shipsFrom": L("Faleasiu", COARSE)}),
            ("photo1", "siapo1.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("photo2", "siapo2.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/listings/{item}", headers=_h(rng, **b), body={
            "price": 420, "description": L("Dyed with o'a bark and lama soot, beaten by hand",
                                           TEXT)}),
        multipart(f, f"{a}/v1/listings/{item}/video", [
            ("video", "beating.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"secs": 24})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/stock", fmt="msgpack", headers=_h(rng, **b), body={
            "shop": L(SHOP, UID), "items": [{"id": item, "qty": 3}, {"id": obj(rng, "lst"),
                                                                     "qty": 1}]}),
        case(f, f"{a}/v1/orders", query={"role": "seller", "status": "paid"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders/{order}/label", headers=_h(rng, **b), body={
            "shipTo": {"name": L(BUYER[0], NAMEC), "line1": L(BUYER[1], ADDR),
                       "city": L(BUYER[2], COARSE), "state": L(BUYER[3], COARSE),
                       "zip": L(BUYER[4], COARSE), "country": "US"},
            "shipFrom": {"name": L(NAME, NAMEC), "line1": L(FALE["line"], ADDR)},
            "weightKg": 1.4, "buyer": buyers[0]}),
        case(f, f"{a}/v1/labels/purchase", fmt="form", headers=_h(rng, **b), body={
            "order": order, "service": "air_parcel", "cost": L("68.50", BUY)}),
        case(f, f"{a}/v1/conversations/{buyers[1]}/reply", headers=_h(rng, **b), body={
            "text": L("Yes it can be posted to Auckland, about 9 days", TEXT)}),
        at_path(case(f, f"{a}/v1/shops/{SHOP}/stats", headers=_h(rng, **b)), SHOP, UID),
        case(f, f"{a}/v1/payouts/account", fmt="form", headers=_h(rng, **b), body={
            "account_number": L(PAYOUT_ACCT, PAY), "bank": "Bank of Upolu (fictional)",
            "holder": L(NAME, NAMEC), "swift": "UPOLWSWS"}),
        case(f, f"{a}/v1/payouts", query={"year": "2025"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/search/shops", query={"q": L("lalaga fans", SEARCH)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews/{obj(rng, 'rv', 6)}/reply", headers=_h(rng, **b), body={
            "text": L("Faafetai lava! Fetu says hello", TEXT)}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "lat": fix(FALE_AT, 5)[0], "lon": fix(FALE_AT, 5)[1],
            "note": L("Blue fale next to the pastor's house", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("SM-A546E", DEV)}),
        case(f, f"{a}/v1/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("listing_created", 1), ev("label_printed", 2),
                ev("screen", 3, screen=L("SellerOrders", USAGE))]}),
        case(f, f"{a}/v1/listings", query={"shop": L(SHOP, UID)}, headers=_h(rng, how="upper"),
             cookies={"sm_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def siapo_sdks() -> list[Case]:
    rng = random.Random(12642)
    return [
        mw_batch(APP, rng, [("Listing Published", {"price": 450}),
                            ("Order Shipped", {"service": "air"})], at=FALE_AT, nd=4),
        mw_identify(APP, rng, {"shop": L(SHOP, UID), "role": "seller"}),
        ab_launch(APP, rng, n=31),
        ab_event(APP, rng, "label_purchased", {"svc": "air"}, revenue=68.5),
        bm_bid(APP, rng, {"native": {"ver": "1.2"}}, at=FALE_AT, nd=3),
        bm_notice(APP, rng, "imp"),
        fr_session(APP, rng, secs=902),
        tp_eval(APP, rng, {"seller": True, "country": L("WS", COARSE)}, hdr=True),
        pc_register(APP, rng, tags={"seller": "yes"}, at=FALE_AT, nd=3),
        pc_opened(APP, rng, "cmp_new_order"),
        tm_reverse(APP, rng, FALE_AT, PRECISE),
        hl_message(APP, rng, L("My payout to the bank is 3 days late", TEXT), {"seller": True}),
    ]
