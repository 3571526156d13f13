"""Second-hand fashion marketplace "Threadcycle" (sponsored listings): buying and selling worn
clothes, offers and chats, measurements, payouts and the tax form a seller files."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DASHED,
    DEV,
    DID,
    EMAIL_B64,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    sha,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import (
    ACCOUNT,
    ORDER_BUY,
    ORDER_SALE,
    ROUTING,
    SSN,
    claims,
    head,
    others,
    rid,
)
from eval_families24_sdk import (
    bay_report,
    crumb,
    fern_bid,
    fern_notice,
    graph_batch,
    graph_pixel,
    moor_event,
    moor_launch,
)
from eval_families24_svc import agree_save, chime_register, flag_fetch, sprout_wallet, wharf_start
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("threadcycle", "Threadcycle", "com.example.threadcycle", "7.40.1",
          "https://api.threadcycle.example.com")
IID = "X-TC-Device"
FIT = "health.fitness"
NATID = "personal.national_id"
HANDLE = "janed_closet"  # the user's public user name


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    """Signed in, the app sends its bearer only; the install ID goes with sign-up and log-in."""
    kw.setdefault("how", "none")
    return head(APP, rng, iid=IID, **kw)


def threadcycle() -> list[Case]:
    rng = random.Random(2441)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, preferred_username=L(HANDLE, UID),
                                    email=L(EMAIL, MAIL)))}
    sellers = others(rng, 4)
    viewed = ["lst_" + rnd_hex(rng, 8) for _ in range(4)]
    cases = [
        case(f, f"{a}/api/auth/signup", fmt="form", headers=_h(rng, how="plain"),
             body={"email": L(EMAIL, MAIL), "password": L("Camel&Coat85", CRED),
                   "username": L(HANDLE, UID), "newsletter": "0"}),
        case(f, f"{a}/api/auth/login", headers=_h(rng, how="plain"),
             body={"login": L(HANDLE, UID), "password": L("Camel&Coat85", CRED),
                   "device_name": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/users/me/sizes", headers=_h(rng, auth="bearer"),
             body={"tops": "M", "shoe_eu": 39, "bust_cm": L(86, FIT), "waist_cm": L(68, FIT),
                   "hips_cm": L(94, FIT), "height_cm": L(168, FIT), "fit": "relaxed"}),
        case(f, f"{a}/api/search", headers=_h(rng, auth="bearer"),
             query={"q": L("vintage levis 501 w28", SEARCH), "size": "M",
                    "sort": "newest", "page": "1"}),
        case(f, f"{a}/api/search/suggest", headers=_h(rng, auth="bearer"),
             query={"q": L("vint", SEARCH)}),
        multipart(f, f"{a}/api/listings", [
            ("listing", None, "application/json", {
                "title": L("Wool camel coat, worn twice", TEXT), "brand": "Arden & Pike",
                "description": L("Bought last winter, too big in the shoulders for me. "
                                 "No stains, smoke-free home.", TEXT),
                "size": "M", "condition": "like_new", "price": "85.00",
                "ship_from_zip": L(ZIP, COARSE), "photos_sha256": [sha("sha256", "coat_front"),
                                                                   sha("sha256", "coat_label")]}),
            ("photo1", "coat_front.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("photo2", "coat_label.jpg", "image/jpeg", L(JPEG, MEDIA))],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/listings/lst_9qe2/offers", headers=_h(rng, auth="bearer"),
             body={"amount": L("40.00", BUY), "currency": "USD",
                   "message": L("Would you take 40? I can pay today", TEXT)}),
        case(f, f"{a}/api/conversations/cv_31/messages", headers=_h(rng, auth="bearer"),
             body={"to": sellers[0], "client_id": rid(rng),
                   "text": L("Is the hem original? Would it still work with flats?", TEXT)}),
        case(f, f"{a}/api/checkout", headers=_h(rng, auth="bearer"), body={
            "listing_id": "lst_9qe2", "seller": sellers[0], "buyer_protection": True,
            "shipping_address": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                                 "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                                 "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                                 "phone": L(DASHED, TEL)},
            "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "total": L("52.30", BUY)}),
        at_path(case(f, f"{a}/api/orders/{ORDER_BUY}", headers=_h(rng, auth="bearer")),
                ORDER_BUY, BUY),
        case(f, f"{a}/api/payouts/bank", headers=_h(rng, auth="bearer"),
             body={"account_holder": L(NAME, NAMEC), "routing_number": L(ROUTING, PAY),
                   "account_number": L(ACCOUNT, PAY), "account_type": "checking"}),
        case(f, f"{a}/api/tax/profile", headers=_h(rng, auth="bearer"),
             body={"legal_name": L(NAME, NAMEC), "tin_type": "ssn", "tin": L(SSN, NATID),
                   "dob": L(DOB, BIRTH), "address": {"street": L(STREET, ADDR),
                                                     "zip": L(ZIP, COARSE)},
                   "certify": True}),
        case(f, f"{a}/api/recent", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "items": viewed,
                   "dwell_ms": [L(rng.randrange(2000, 40000), USAGE) for _ in viewed]}),
        case(f, f"{a}/api/shipping/labels", headers=_h(rng, auth="bearer"), body={
            "order": L(ORDER_SALE, BUY), "carrier": "usps_priority", "weight_oz": 38,
            "from": {"name": L(NAME, NAMEC), "street": L(STREET, ADDR), "zip": L(ZIP, COARSE)},
            "to_zip": "94110", "buyer": sellers[1]}),
        case(f, f"{a}/api/contacts/match", headers=_h(rng, auth="bearer"),
             body={"emails_sha256": [L(sha("sha256", p[2]), CONTACTS) for p in PEOPLE[:4]],
                   "source": "address_book"}),
        case(f, f"{a}/api/follows", headers=_h(rng, auth="bearer"),
             body={"user_id": sellers[2], "source": "listing"}),
        case(f, f"{a}/api/feed", query={"tab": "for_you"}, headers=_h(rng, how="none"),
             cookies={"tc_session": L(opaque(rng, "", 56), CRED),
                      "tc_device": L(INSTALL_ID, DID), "tc_exp": "feed_v3"}),
        case(f, f"{a}/api/newsletter/prefs", query={"u": L(EMAIL_B64, MAIL), "src": "email"},
             headers=_h(rng)),
        case(f, f"{a}/api/returns", headers=_h(rng, auth="bearer"),
             body={"order": L(ORDER_BUY, BUY), "reason": "not_as_described",
                   "note": L("Stain on the left sleeve that wasn't in the photos", TEXT)}),
        case(f, f"{a}/api/push/register", headers=_h(rng, auth="bearer"),
             body={"token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
                   "os_version": L("14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, auth="bearer"),
             body={"events": [ev("listing_view", 1, listing=viewed[0]),
                              ev("offer_sent", 2, listing="lst_9qe2"),
                              ev("screen_view", 3, screen=L("SellFlow", USAGE))],
                   "user": L(USER_ID, UID)}),
    ]
    return cases


def threadcycle_sdks() -> list[Case]:
    rng = random.Random(2442)
    native = {"native": {"ver": "1.2", "request": '{"assets":[{"id":1,"title":{"len":60}}]}'},
              "tagid": "feed_sponsored_3"}
    return [
        fern_bid(APP, rng, native, nd=None, gz=True),
        fern_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "search_footer"}, nd=3,
                 hem=True),
        fern_notice(APP, rng, "win"),
        graph_batch(APP, rng, [("listing_created", {"category": "outerwear"}),
                               ("search", {"query": L("vintage levis 501 w28", SEARCH)})],
                    adid=True),
        graph_pixel(APP, rng, "checkout_started", {"value": L("52.30", BUY)}),
        moor_launch(APP, rng, count=31, user=True),
        moor_event(APP, rng, "af_purchase", {"af_revenue": L("52.30", BUY),
                                             "af_currency": "USD"}, hashed=True),
        bay_report(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 48 MB"),
                   [crumb("navigation", "SellFlow -> PhotoPicker"),
                    crumb("user", "tap", {"view": "add_photo"})],
                   user={"id": L(USER_ID, UID), "name": L(HANDLE, UID)},
                   context="PhotoPickerActivity"),
        flag_fetch(APP, rng, {"first_open": True}, user=False),
        chime_register(APP, rng, tags={"seller": "1"}, adid=True),
        sprout_wallet(APP, rng, "52.30"),
        wharf_start(APP, rng, L("The buyer says the coat never arrived but tracking says "
                                "delivered", TEXT), custom={"order": L(ORDER_SALE, BUY)}),
        agree_save(APP, rng, {"analytics": True, "ads": True, "sale_of_data": False}),
    ]
