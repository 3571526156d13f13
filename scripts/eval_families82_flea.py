"""Flea-market seller app "Jumblestall" (she sells from her attic and at a Sunday market):
sign-up by Google-style ID token, log-in, ``/me``, her shop (public handle, pickup address),
listings with photos (multipart), a price change, competitors' prices searched, a buyer's
message and her reply, an offer accepted, the sale, a shipping label (the buyer's address
echoed), a stall booked at the market, her position at the stall, a card reader, a sale at the
stall, the payout account and her SSN for the 1099-K, a boost, reviews, drafts (msgpack), push,
events and a cookie GET."""

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
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head, others
from eval_families82_kit import BUYER, MARKET, SALE, SELLER_HANDLE, fix, obj
from eval_families82_sdk import dz_bid, ll_event, ll_link, oz_batch, oz_identify
from eval_families82_svc import (
    kz_search,
    mk_confirm,
    mk_payout,
    pk_check,
    pz_message,
    sz_eval,
    zv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("jumblestall", "Jumblestall", "com.example.jumblestall", "6.4.0",
          "https://api.jumblestall.example.com")
STALL_AT = (40.743812, -73.991402)  # her phone at her stall


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="Jumble-Install-Id", **kw)


def jumblestall() -> list[Case]:
    rng = random.Random(8241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lst, lst2 = obj(rng, "lst", 10), obj(rng, "lst", 10)
    buyer2 = others(rng, 1)[0]
    sla, slo = fix(STALL_AT, 6)
    acc: Acc = {}
    idt = tok({"sub": "10774120953318807712", "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
               "aud": "jumblestall-android"}, "body", "id_token", acc)
    return [
        add(case(f, f"{a}/v4/auth/google", headers=_h(rng, lang=True), body={
            "id_token": idt, "handle": L(SELLER_HANDLE, UID)}), acc),
        case(f, f"{a}/v4/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L("AtticTreasure88", CRED)}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, handle=L(SELLER_HANDLE, UID)))})),
        case(f, f"{a}/v4/shop", headers=_h(rng, **b), body={
            "handle": L(SELLER_HANDLE, UID), "displayName": L("Jane D.", NAMEC),
            "bio": L("Vintage kitchenware and records from a Chelsea attic.", TEXT),
            "pickup": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                       "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                       "zip": L(ZIP, COARSE)}, "phone": L(E164, TEL)}),
        multipart(f, f"{a}/v4/listings", [
            ("photo1", "pyrex_front.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo2", "pyrex_side.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("listing", None, "application/json", {
                "id": lst, "title": L("Pyrex Butterprint bowl set, 4 pcs", TEXT),
                "description": L("From my grandmother's kitchen, no chips.", TEXT),
                "price": "48.00", "category": "kitchen", "condition": "good",
                "location": {"lat": L(40.74, COARSE), "lon": L(-73.99, COARSE)}})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v4/listings", [
            ("photo1", "lp.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("listing", None, "application/json", {
                "id": lst2, "title": L("Blue Note LP, 1962 pressing", TEXT),
                "price": "120.00", "shipping": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/listings/{lst}", headers=_h(rng, **b), body={
            "price": "42.00", "reason": "price_drop", "rev": 3}),
        case(f, f"{a}/v4/search", headers=_h(rng, **b), query={
            "q": L("pyrex butterprint", SEARCH), "sold": "true", "sort": "recent"}),
        case(f, f"{a}/v4/conversations/{buyer2}/messages", headers=_h(rng, **b), body={
            "text": L("Yes still available! Pickup near 34th St after 6pm works.", TEXT),
            "listing": lst, "client_id": opaque(rng, "c", 12)}),
        case(f, f"{a}/v4/offers/{obj(rng, 'of', 8)}/accept", fmt="form", headers=_h(rng, **b),
             body={"amount": L("40.00", BUY), "listing": lst, "buyer": buyer2}),
        at_path(case(f, f"{a}/v4/orders/{SALE}", headers=_h(rng, **b), body={
            "status": "shipped", "total": L("124.50", BUY), "buyer": BUYER["id"]}), SALE, BUY),
        case(f, f"{a}/v4/shipping/labels", headers=_h(rng, **b), body={
            "order": L(SALE, BUY), "from": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                                             "zip": L(ZIP, COARSE)},
            "to": {"name": BUYER["name"], "line1": BUYER["line"], "city": BUYER["city"],
                   "zip": BUYER["zip"]}, "weightOz": 22, "labelFee": L("8.45", BUY)}),
        case(f, f"{a}/v4/markets/{MARKET['id']}/stalls", headers=_h(rng, **b), body={
            "date": "2025-12-14", "size": "10x10", "fee": L("45.00", BUY),
            "market": {"name": MARKET["name"], "line": MARKET["line"]}}),
        case(f, f"{a}/v4/markets/{MARKET['id']}/checkin", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "stall": "C-14",
            "marketCentre": [MARKET["lat"], MARKET["lon"]]}),
        case(f, f"{a}/v4/readers", fmt="form", headers=_h(rng, **b), body={
            "serial": "JSR2-00418872", "model": "Jumble Reader 2", "firmware": "1.9.3",
            "ble": "D4:36:39:0A:7E:51"}),
        case(f, f"{a}/v4/pos/sales", headers=_h(rng, **b), body={
            "items": [{"listing": lst2, "price": "110.00"}], "total": L("110.00", BUY),
            "tender": "card", "cardBrand": "visa", "at": {"lat": sla, "lon": slo}}),
        case(f, f"{a}/v4/seller/tax", headers=_h(rng, **b), body={
            "tin": L(SSN, "personal.national_id"), "legalName": L(NAME, NAMEC),
            "form": "1099-K"}),
        case(f, f"{a}/v4/boosts", fmt="form", headers=_h(rng, **b), body={
            "listing": lst2, "days": "7", "price": L("4.99", BUY)}),
        case(f, f"{a}/v4/reviews", headers=_h(rng, **b), body={
            "of": BUYER["id"], "stars": 5, "text": L("Quick payment, lovely buyer.", TEXT)}),
        case(f, f"{a}/v4/drafts", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "title": L("Singer sewing machine 1958", TEXT),
            "price": "95.00"}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("listing_created", 1), ev("offer_accepted", 2),
                ev("screen", 3, screen=L("SellerHub", USAGE))]}),
        case(f, f"{a}/v4/payouts", headers=_h(rng, how="none"),
             cookies={"js_session": L(opaque(rng, "", 40), CRED)}),
    ]


def jumblestall_sdks() -> list[Case]:
    rng = random.Random(8242)
    return [
        oz_batch(APP, rng, [("Listing Created", {"category": "kitchen"}),
                            ("Item Sold", {"total": L(124.5, BUY)})], at=STALL_AT, nd=3),
        oz_identify(APP, rng, {"email": L(EMAIL, MAIL), "sellerSince": "2023-04",
                               "handle": L(SELLER_HANDLE, UID)}),
        ll_event(APP, rng, "first_sale", {"category": "records"}, revenue=124.5),
        ll_link(APP, rng, U("https://jumblestall.example.com/l/lst_92ab", {
            "ref": "share", "sharer": L(SELLER_HANDLE, UID), "utm_source": "sms"})),
        dz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        sz_eval(APP, rng, {"sellerTier": "pro", "posEnabled": True}),
        zv_register(APP, rng, tags={"seller": "true"}),
        mk_confirm(APP, rng, "4.99"),
        mk_payout(APP, rng),
        kz_search(APP, rng, "Chelsea Sunday Flea", SEARCH),
        pk_check(APP, rng, {"analytics": True, "ads": True}),
        pz_message(APP, rng, L(f"Payout for order {SALE} never arrived", f"{TEXT}|{BUY}"),
                   {"tier": "pro"}),
    ]

