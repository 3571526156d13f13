"""Tais-weaving women's group marketplace app "Taisfeto" (weavers' groups from every municipality
sell their tais): sign-up and log-in, ``/me`` with a JWT, listings, a search, a product by cookie,
a wishlist, the cart (msgpack), a gift address (her mother in New York), the order with a gift
note, payment, tracking by order number in the path, a message and a custom order for the
baby's baptism (a reference photo), a review with a photo, following a group, a referral, a
pick-up at the market, push, the app's own event lines, a donation and the feed."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families129_kit import HOME_AT, MOTHER_US, ORDER_TS, WEAVERS, obj
from eval_families129_sdk import (
    bm_bid,
    bm_win,
    ct_session,
    tk_batch,
    tk_identify,
    tl_event,
    tl_launch,
    tl_link,
)
from eval_families129_svc import cj_geocode, cp_card, ol_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("taisfeto", "Taisfeto", "com.example.taisfeto", "1.8.7",
          "https://shop.taisfeto.example.net")
IID = "X-Tf-Install-Id"


def _h(rng: random.Random, how: str = "plain", lang: bool = True, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=lang, **kw)


def taisfeto() -> list[Case]:
    rng = random.Random(12941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    p1, p2, p3 = (obj(rng, "p", 8) for _ in range(3))
    addr = obj(rng, "adr", 8)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Futus&Tais2025", CRED), "marketingOptIn": True}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L("Futus&Tais2025", CRED)}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/products", headers=_h(rng, **b),
             query={"municipality": "oecusse", "sort": "new", "page": "2"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b),
             query={"q": L("tais futus Oecusse ba bebé", SEARCH), "max": "80"}),
        case(f, f"{a}/v1/products/{p1}", headers=_h(rng, how="none"),
             cookies={"tf_sid": L(opaque(rng, "", 32), CRED), "cur": "USD"}),
        case(f, f"{a}/v1/wishlist", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "add": [p2, p3], "seller": WEAVERS["id"]}),
        case(f, f"{a}/v1/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"product": p1, "qty": 1, "listPrice": "65.00"},
                      {"product": p2, "qty": 2, "listPrice": "18.00"}],
            "seller": WEAVERS["id"], "cartId": obj(rng, "cart", 10)}),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={"addresses": [
            {"address": addr, "recipient": L(MOTHER_US[0], NAMEC),
             "line1": L(MOTHER_US[1], ADDR), "city": L(MOTHER_US[2], COARSE),
             "state": L(MOTHER_US[3], COARSE), "zip": L(MOTHER_US[4], COARSE),
             "country": "US", "gift": True},
            {"address": obj(rng, "adr", 8), "label": "Home (US)", "recipient": L(NAME, NAMEC),
             "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
             "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "country": "US",
             "lat": pos(6)[0], "lon": pos(6)[1]}]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "cart": obj(rng, "cart", 10), "shipTo": addr, "shipping": "air_parcel",
            "giftNote": L("Mom, this one was woven in Oecusse for you. Love, Jane & Lucas",
                          f"{TEXT}|{NAMEC}"), "total": L("113.50", BUY), "currency": "USD"}),
        case(f, f"{a}/v1/orders/{ORDER_TS}/pay", fmt="form", headers=_h(rng, **b), body={
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "amount": L("113.50", BUY)}),
        at_path(case(f, f"{a}/v1/orders/{ORDER_TS}/tracking", headers=_h(rng, **b)),
                ORDER_TS, BUY),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": WEAVERS["id"], "thread": obj(rng, "thr", 8),
            "text": L("Can you weave the name ANA into a small tais for my daughter's baptism "
                      "in January?", f"{TEXT}|{SENS}|{NAMEC}")}),
        multipart(f, f"{a}/v1/custom-orders", [
            ("reference", "motif.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("order", None, "application/json", {
                "seller": WEAVERS["id"], "widthCm": 40, "lengthCm": 120,
                "colours": ["red", "black", "gold"], "deposit": L("30.00", BUY),
                "wovenText": L("ANA", f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/reviews", [
            ("photo", "tais.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("review", None, "application/json", {
                "product": p1, "stars": 5,
                "text": L("Beautiful colours, arrived in Dili in four days.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/follow", fmt="form", headers=_h(rng, **b), body={
            "seller": WEAVERS["id"], "notify": "new_listings"}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friends": [{"name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL)}],
            "code": "JANE-TAIS"}),
        case(f, f"{a}/v1/pickups", headers=_h(rng, **b), body={
            "order": L(ORDER_TS, BUY), "point": "mkt_tais_dili_12",
            "pointLat": -8.55518, "pointLon": 125.57331, "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        lines(f, f"{a}/v1/events", [
            {"uid": L(USER_ID, UID), "ev": L("product_view", USAGE), "product": p1},
            {"uid": L(USER_ID, UID), "ev": L("seller_view", USAGE), "seller": WEAVERS["id"],
             "sellerPhone": WEAVERS["phone"]},
            {"uid": L(USER_ID, UID), "ev": L("checkout", USAGE),
             "at": {"lat": L(round(HOME_AT[0], 3), PRECISE), "lon": L(round(HOME_AT[1], 3),
                                                                      PRECISE)}}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": "looms_for_oecusse", "amount": L("10.00", BUY)}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="none"), query={
            "following": ",".join(others(rng, 2, "grp_"))},
            cookies={"tf_sid": L(opaque(rng, "", 32), CRED)}),
        case(f, f"{a}/v1/sessions/refresh", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 44), CRED)}),
    ]


def taisfeto_sdks() -> list[Case]:
    rng = random.Random(12942)
    link = U("https://taisfeto.example.net/p/p_4a18c2", {"utm_source": "newsletter",
                                             "e": L(EMAIL, MAIL), "uid": L(USER_ID, UID)})
    return [
        tk_batch(APP, rng, [("Product Viewed", {"price": 65.0, "seller": WEAVERS["name"]}),
                            ("Order Completed", {"total": L(113.5, BUY)})],
                 adid=True, at=HOME_AT, nd=2),
        tk_identify(APP, rng, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                               "country": L("TL", COARSE)}),
        tl_launch(APP, rng, user=True, n=4),
        tl_event(APP, rng, "purchase", {"items": 3}, revenue=113.5, hashed=True),
        tl_link(APP, rng, link),
        bm_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=HOME_AT, nd=3,
               yob=1991, gender="F", keywords="textiles,gifts"),
        bm_win(APP, rng),
        ct_session(APP, rng, secs=377),
        cp_card(APP, rng, email=True),
        ol_save(APP, rng, {"analytics": True, "ads": True}),
        cj_geocode(APP, rng, f"{MOTHER_US[1]}, {MOTHER_US[2]} {MOTHER_US[3]}", ADDR),
    ]
