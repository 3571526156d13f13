"""Township spaza-shop ordering app "Spazabox" (neighbourhood shops deliver by bicycle or on
foot; she orders for her mother-in-law in Umlazi and for home): SMS log-in, the profile,
``/me``, shops near her, a shop's shelf, a search, the basket (msgpack), an order delivered to
her mother-in-law (name, number, address and pin), its status by number in the path, a voice-note
order, the shop's credit book, a rating, a tip, airtime for her mother-in-law, a wrong-item
report with a photo, a referral, push, events and saved addresses by a cookie GET."""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, home, obj
from eval_families96_kit import DBN_HOME_AT, FRIENDS, GOGO, GOGO_AT, SPAZA, skus
from eval_families96_sdk import (
    ab_event,
    ab_link,
    ab_session,
    bk_bid,
    co_crash,
    co_crumb,
    tw_batch,
    tw_identify,
)
from eval_families96_svc import fp_eval, pd_card, ts_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("spazabox", "Spazabox", "com.example.spazabox", "3.3.7",
          "https://api.spazabox.example.com")
IID = "X-Spz-Device"
ORDER = "SBX-118204"  # her order (financial.purchase)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _gogo(nd: int = 5) -> dict[str, Any]:
    """Her mother-in-law as the delivery's recipient (typed by her)."""
    return {"name": L(GOGO["name"], NAMEC), "phone": L(GOGO["phone"], TEL),
            "line1": L(GOGO["line"], ADDR), "area": L(GOGO["area"], COARSE),
            "postalCode": L(GOGO["code"], COARSE),
            "pin": {"lat": L(round(GOGO_AT[0], nd), PRECISE),
                    "lng": L(round(GOGO_AT[1], nd), PRECISE)}}


def spazabox() -> list[Case]:
    rng = random.Random(9641)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    s = SPAZA["id"]
    hla, hlo = fix(DBN_HOME_AT, 4)
    status = at_path(case(f, f"{a}/v1/orders/{ORDER}/status", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "channel": "sms", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "msisdn": L(PHONE_PAREN, TEL), "code": L("381046", CRED)}),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "whatsappOptIn": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/shops/nearby", headers=_h(rng, **b), query={
            "lat": L(str(hla.value), PRECISE), "lng": L(str(hlo.value), PRECISE),
            "open": "true", "delivers": "true"}),
        case(f, f"{a}/v1/shops/{s}/shelf", headers=_h(rng, **b), query={
            "aisle": "bread-milk", "page": "1"}),
        case(f, f"{a}/v1/me/favourites", headers=_h(rng, **b), body={"shop": s, "on": True}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("amasi 2L", SEARCH), "shop": s}),
        case(f, f"{a}/v1/baskets", fmt="msgpack", headers=_h(rng, **b), body={
            "shop": s, "lines": skus(rng, [(0, 1), (1, 2), (3, 1)]),
            "total": L("164.50", BUY), "basket": obj(rng, "bk", 10)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER, BUY), "shop": s, "deliverTo": _gogo(),
            "payment": "cash_on_delivery", "total": L("164.50", BUY),
            "deliveryFee": L("15.00", BUY), "shopPoint": [SPAZA["lat"], SPAZA["lon"]],
            "note": L("Please knock loudly, Gogo Nomusa does not hear the gate",
                      f"{TEXT}|{NAMEC}")}),
        status,
        case(f, f"{a}/v1/orders/{ORDER}/items/remove", fmt="form", headers=_h(rng, **b), body={
            "sku": skus(rng, [(3, 1)])[0]["sku"], "qty": "1", "reason": "out_of_stock"}),
        multipart(f, f"{a}/v1/shops/{s}/voice-orders", [
            ("audio", "order.m4a", "audio/mp4", L(M4A + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"durationMs": 9120, "deliverTo": "saved:gogo"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shops/{s}/credit", headers=_h(rng, **b), body={
            "amount": L("60.00", BUY), "repayBy": "2025-12-24", "customer": L(USER_ID, UID)}),
        case(f, f"{a}/v1/shops/{s}/reviews", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "text": L("Fresh vetkoek every morning and they deliver to Gogo fast",
                                    TEXT)}),
        case(f, f"{a}/v1/orders/{ORDER}/tip", fmt="form", headers=_h(rng, **b), body={
            "amount": L("10.00", BUY), "runner": "rn_2291"}),
        case(f, f"{a}/v1/airtime", headers=_h(rng, **b), body={
            "recipient": L(GOGO["phone"], TEL), "recipientName": L(GOGO["name"], NAMEC),
            "amount": L("29.00", BUY), "network": "ExampleCell ZA", "ref": rid(rng)}),
        multipart(f, f"{a}/v1/orders/{ORDER}/issues", [
            ("photo", "wrong_item.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("issue", None, "application/json", {
                "kind": "wrong_item", "sku": skus(rng, [(2, 1)])[0]["sku"],
                "text": L("Got the 1kg maize meal instead of the 5kg", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(FRIENDS[1][0], NAMEC), "friendMsisdn": L(FRIENDS[1][1], TEL),
            "code": "JANE-SPZ-10"}),
        case(f, f"{a}/v1/me/addresses", headers=_h(rng, **b), body={
            "label": "Gogo", **_gogo(6)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("order_placed", 1, items=4), ev("voice_order", 2),
                ev("screen", 3, screen=L("ShopShelf", USAGE))]}),
        case(f, f"{a}/v1/me/addresses", headers=_h(rng, how="none"),
             cookies={"spz_session": L(opaque(rng, "", 40), CRED),
                      "spz_dev": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def spazabox_sdks() -> list[Case]:
    rng = random.Random(9642)
    hla, hlo = home(3)
    link = U("https://spazabox.example.com/r/JANE-SPZ-10", {
        "ref": L(USER_ID, UID), "utm_source": "whatsapp", "utm_campaign": "invite"})
    return [
        tw_batch(APP, rng, [("Order Placed", {"total": L(164.5, BUY), "shop": SPAZA["id"]}),
                            ("Search", {"q": L("amasi 2L", SEARCH)})], adid=True),
        tw_identify(APP, rng, {"city": L("Durban", COARSE), "orders": 7,
                               "deliversTo": L("Umlazi", COARSE)}),
        ab_session(APP, rng, user=True, n=23),
        ab_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=164.5, hashed=True),
        ab_link(APP, rng, link),
        bk_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               at=(hla.value, hlo.value), nd=3, yob=1991, gender="F", country="USA",
               keywords="groceries,airtime"),
        co_crash(APP, rng, ("java.lang.NumberFormatException", "price '16,50'"),
                 [co_crumb("navigation", "Shelf -> Basket"),
                  co_crumb("ui", "add", {"sku": "6009510802119"})], screen="BasketActivity"),
        fp_eval(APP, rng, {"voiceOrders": True, "township": L("Umlazi", COARSE)}),
        ts_route(APP, rng, [((SPAZA["lat"], SPAZA["lon"]), None), (GOGO_AT, PRECISE)],
                 profile="walking"),
        pd_card(APP, rng),
    ]
