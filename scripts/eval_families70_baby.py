"""Second-hand baby-gear marketplace "Cradleswap". Sign-up with Google (an ID token), the
profile (her child's birth month, her due date), ``/me`` with a JWT, a search, items near her,
a recall check, her stroller listed (photos, description, asking price), a price suggestion, a
buyer's offer answered in chat (msgpack), a meetup point, a crib bought (order, shipping address,
payment), the order by number in the path, a review, a saved search, a seller payout account, an
ID check, favourites, a report, push, events and her listings by a cookie GET."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families70_kit import (
    BABY_BIRTH,
    BUYER,
    DUE_DATE,
    LISTING,
    ORDER_CS,
    SELLER_AT,
    fix,
    home,
    obj,
)
from eval_families70_sdk import au_bid, au_win, ev_batch, ev_pixel, sk_event, sk_session
from eval_families70_svc import bm_register, cl_reverse, ft_eval, tb_card, tb_payout
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("cradleswap", "Cradleswap", "com.example.cradleswap", "8.3.0",
          "https://api.cradleswap.example.com")
IID = "X-Cradle-Install"
MEET = (40.742371, -73.987744)  # the meetup point she proposes (Madison Square Park)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def cradleswap() -> list[Case]:
    rng = random.Random(7061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": "10829344718823", "email":
               L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "cradleswap-android"},
              "body", "id_token", acc)
    hla, hlo = home(4)
    mla, mlo = fix(MEET)
    seller = others(rng, 2, "usr_")
    return [
        add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
            "id_token": idt, "device": L(INSTALL_ID, DID)}), acc),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "neighbourhood": L("Flatiron", COARSE), "zip": L(ZIP, COARSE),
            "kids": [{"birthMonth": L(BABY_BIRTH, BIRTH), "sex": L("girl", "personal.gender")}],
            "expecting": {"dueDate": L(DUE_DATE, SENS)}}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("convertible car seat rear facing", SEARCH), "zip": L(ZIP, COARSE),
            "radius": "5", "sort": "nearest"}),
        case(f, f"{a}/v1/items/nearby", headers=_h(rng, **b), query={
            "lat": L(str(hla.value), PRECISE), "lng": L(str(hlo.value), PRECISE),
            "cat": "cribs"}),
        case(f, f"{a}/v1/recalls/check", headers=_h(rng, **b), body={
            "brand": "Lullanest", "model": "LN-200", "serial": "LN200-2231-8842",
            "made": "2022-06"}),
        multipart(f, f"{a}/v1/listings", [
            ("photo1", "stroller_1.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo2", "stroller_2.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("listing", None, "application/json", {
                "title": "Strollo City stroller, grey", "price": "180.00",
                "text": L("Used for 8 months, smoke-free home, our daughter outgrew the "
                          "bassinet", TEXT),
                "pickup": {"lat": L(round(hla.value, 3), PRECISE),
                           "lng": L(round(hlo.value, 3), PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/listings/{LISTING}/price-suggestion", headers=_h(rng, **b),
             query={"brand": "Strollo", "condition": "good"}),
        case(f, f"{a}/v1/offers/respond", fmt="form", headers=_h(rng, **b), body={
            "offer": obj(rng, "off", 8), "buyer": BUYER, "action": "counter",
            "price": "165.00"}),
        case(f, f"{a}/v1/chats/{obj(rng, 'ch', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "from": L(USER_ID, UID), "to": BUYER,
                 "text": L(f"I can meet at the park, or text me at {PHONE}", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/meetups", headers=_h(rng, **b), body={
            "listing": LISTING, "buyer": BUYER, "lat": mla, "lng": mlo,
            "when": "2025-12-13T10:30"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "item": obj(rng, "itm", 8), "seller": seller[0], "sellerPickup": list(SELLER_AT),
            "price": L("120.00", BUY), "shipping": L("18.50", BUY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                     "zip": L(ZIP, COARSE), "phone": L(PHONE, TEL)}}),
        case(f, f"{a}/v1/orders/{ORDER_CS}/pay", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER_CS, BUY), "total": L("138.50", BUY),
            "pm": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v1/orders/{ORDER_CS}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "order": L(ORDER_CS, BUY), "seller": seller[0], "stars": 5,
            "text": L("Crib exactly as pictured, seller even included the mattress", TEXT)}),
        case(f, f"{a}/v1/saved-searches", headers=_h(rng, **b), body={
            "q": L("double stroller", SEARCH), "maxPrice": 250, "notify": True}),
        multipart(f, f"{a}/v1/verify/id", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\xb3", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"docType": "driver_license",
                                                "state": L(STATE, COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/favorites", fmt="form", headers=_h(rng, **b), body={
            "item": obj(rng, "itm", 8), "seller": seller[1]}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "listing": obj(rng, "lst", 10), "reason": "recalled_item",
            "text": L("This bassinet model was recalled last year", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("listing_created", 1, category="strollers"), ev("order_paid", 2),
                ev("screen", 3, screen=L("MyListings", USAGE))]}),
        case(f, f"{a}/v1/me/listings", headers=_h(rng, how="upper"),
             cookies={"cs_session": L(opaque(rng, "", 40), CRED), "cs_ab": "b"}),
    ]


def cradleswap_all() -> list[Case]:
    cases = cradleswap()
    for c in cases:
        segs = [s for s in c.exchange.url.split("?")[0].split("/")[3:] if s]
        if ORDER_CS in segs:
            c.labels[("url", f"path[{segs.index(ORDER_CS)}]")] = BUY
    return cases


def cradleswap_sdks() -> list[Case]:
    rng = random.Random(7062)
    return [
        ev_batch(APP, rng, [("Listing Created", {"category": "strollers"}),
                            ("Order Paid", {"total": L(138.5, BUY)})], adid=True),
        ev_pixel(APP, rng, "Search", {"q": L("double stroller", SEARCH)}),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "purchase", {"category": "cribs"}, revenue=138.5, hashed=True),
        au_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords=L("baby,stroller,pregnancy", SENS)),
        au_win(APP, rng),
        ft_eval(APP, rng, {"expecting": L(True, SENS), "zip": L(ZIP, COARSE)}),
        bm_register(APP, rng, at=(40.74183, -73.98931), nd=2),
        tb_card(APP, rng, email=True),
        tb_payout(APP, rng),
        cl_reverse(APP, rng, MEET, PRECISE, nd=5),
    ]
