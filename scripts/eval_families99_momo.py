"""Momo restaurant app "Yakmomo" (a Nepali dumpling house in Jackson Heights, Queens, with
delivery, pickup and tables): sign-up with a birthday for a reward, an SMS log-in, ``/me``, her
delivery address, stores nearby, a menu search, a cart with a note, the checkout quote, the order,
its status by number in the path, the courier's tracking, a chat with the courier (msgpack), a tip,
a review and a food photo, a table booked for her daughter's birthday, a gift card sent and one
redeemed, a catering inquiry, a reorder, a referral, push, events and the stamps by a cookie
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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import home, obj
from eval_families99_kit import (
    COURIER_AT,
    GIFT_CARD,
    KID,
    ORDER_YM,
    RESTAURANT,
    in_path,
    menu_items,
)
from eval_families99_sdk import aq_event, aq_session, bp_bid, cm_session, tg_batch, tg_identify
from eval_families99_svc import mf_reverse, mf_route, pr_card, pr_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("yakmomo", "Yakmomo", "com.example.yakmomo", "6.0.2", "https://api.yakmomo.example.com")
IID = "X-Yak-Device"
PW = "Jhol-Momo-2025"
ST = RESTAURANT["id"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def yakmomo() -> list[Case]:
    rng = random.Random(9941)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    addr = obj(rng, "adr", 8)
    status = at_path(case(f, f"{a}/v2/orders/{ORDER_YM}/status", headers=_h(rng, **b)),
                     ORDER_YM, BUY)
    return in_path([
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "birthday": L("05-17", BIRTH),
            "smsOffers": True}),
        case(f, f"{a}/v2/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("660214", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/addresses", headers=_h(rng, **b), body={
            "id": addr, "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": hla, "lng": hlo,
            "instructions": L("Buzz 4B, the doorman can take it", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v2/stores/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", "location.precise"), "lng": L(f"{LON:.3f}",
                                                                 "location.precise"),
            "mode": "delivery"}),
        case(f, f"{a}/v2/menu/search", headers=_h(rng, **b), query={
            "q": L("buff jhol momo", SEARCH), "store": ST, "page": "1"}),
        case(f, f"{a}/v2/carts", headers=_h(rng, **b), body={
            "store": ST, "items": menu_items(rng), "spice": "extra hot",
            "note": L("Keep one box fully veg, my mother-in-law is fasting for Ekadashi",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/checkout/quote", headers=_h(rng, **b), body={
            "store": ST, "address": addr, "subtotal": L("52.50", BUY), "deliveryFee": "3.99",
            "serviceFee": "2.10", "tip": L("8.00", BUY), "total": L("66.59", BUY),
            "promo": "MOMO10"}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "number": L(ORDER_YM, BUY), "store": ST, "address": addr, "total": L("66.59", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "cardLast4": L("4444", PAY),
            "eta": "19:45", "contactless": True}),
        status,
        case(f, f"{a}/v2/tracking", headers=_h(rng, **b), query={
            "order": L(ORDER_YM, BUY), "courierLat": f"{COURIER_AT[0]}",
            "courierLng": f"{COURIER_AT[1]}"}),
        case(f, f"{a}/v2/orders/{ORDER_YM}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "to": "cr_4471", "clientId": obj(rng, "cm", 10),
            "text": L("I'm coming down, 2 minutes", TEXT)}),
        case(f, f"{a}/v2/orders/tip", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER_YM, BUY), "tip": L("10.00", BUY)}),
        case(f, f"{a}/v2/reviews", fmt="form", headers=_h(rng, **b), body={
            "store": ST, "rating": "5",
            "text": L("Best jhol momo outside Kathmandu, the achar is perfect", TEXT)}),
        multipart(f, f"{a}/v2/reviews/photos", [
            ("photo", "momo.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"order": L(ORDER_YM, BUY), "store": ST})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reservations", headers=_h(rng, **b), body={
            "store": ST, "partySize": 6, "at": "2026-03-14T12:30", "name": L(NAME, NAMEC),
            "phone": L(PHONE, TEL), "highChair": True,
            "occasion": L(f"{KID[0]}'s 5th birthday", f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/v2/giftcards", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "toName": L(PEOPLE[1][0], NAMEC),
            "toEmail": L(PEOPLE[1][2], MAIL), "message": L("Happy birthday Lucía!", TEXT),
            "sendAt": "2025-12-20T09:00"}),
        case(f, f"{a}/v2/giftcards/redeem", fmt="form", headers=_h(rng, **b), body={
            "number": L(GIFT_CARD, PAY), "pin": L("4471", CRED)}),
        case(f, f"{a}/v2/catering", fmt="form", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "guests": "40", "date": "2026-05-30",
            "details": L("Veg and chicken momos for the school picnic in Chelsea", TEXT)}),
        case(f, f"{a}/v2/orders/reorder", headers=_h(rng, **b), body={
            "previous": L(ORDER_YM, BUY), "store": ST, "address": addr}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "phone": L(PEOPLE[0][1], TEL), "channel": "sms"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("order_placed", 1, items=4), ev("tip_changed", 2),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v2/loyalty", headers=_h(rng, how="none"),
             cookies={"ym_sess": L(opaque(rng, "", 40), CRED), "ym_dev": L(INSTALL_ID, DID),
                      "ym_store": ST}),
    ], {ORDER_YM: BUY})


def yakmomo_sdks() -> list[Case]:
    rng = random.Random(9942)
    hla, hlo = home(5)
    return [
        tg_batch(APP, rng, [("Order Placed", {"total": L(66.59, BUY), "items": 4}),
                            ("Menu Viewed", {"store": ST})], adid=True),
        tg_identify(APP, rng, {"email": L(EMAIL, MAIL), "zip": L(ZIP, COARSE),
                               "favorite": "jhol-momo-chicken", "orders": 7}),
        aq_session(APP, rng, user=True),
        aq_event(APP, rng, "purchase", {"order": L(ORDER_YM, BUY)}, revenue=66.59,
                 hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="food,delivery,nepali"),
        cm_session(APP, rng, secs=388),
        pr_card(APP, rng, email=True),
        pr_confirm(APP, rng, "66.59"),
        mf_route(APP, rng, [((RESTAURANT["lat"], RESTAURANT["lon"]), None),
                            ((hla.value, hlo.value), "location.precise")], profile="cycling"),
        mf_reverse(APP, rng, (LAT, LON), "location.precise", nd=5),
    ]
