"""Handmade-carpet marketplace "Xalcha" (weavers' workshops in Quba, Qazax and Shirvan sell to
buyers abroad): sign-up, a log-in, ``/me`` with a JWT, a search, a listing, a favourite, a
conversation with a weaver (msgpack) and a message giving her phone, an offer, a photo of her
living room for the size preview, an order shipped to her New York home, the export certificate
(her passport's number and scan) and tracking by order number in the path, a visit to the
workshop booked, a customs estimate, a review, a saved search, a listing reported, push, events
and the cart by a cookie GET."""

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
    EMAIL_SHA256,
    IID_NODASH,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families95_kit import BAKU_HOME, BAKU_HOME_AT, CARPET, ORDER_XC, PASSPORT, WEAVER, obj
from eval_families95_sdk import (
    be_bid,
    cm_batch,
    cm_beacon,
    fm_crash,
    fm_crumb,
    sm_event,
    sm_link,
)
from eval_families95_svc import aw_upload, ce_geocode, cr_card, cr_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("xalcha", "Xalcha", "com.example.xalcha", "4.0.3", "https://api.xalcha.example.com")
IID = "X-Xalcha-Install"
PW = "Shirvan*Loom2025"
O_URL = f"{APP.api}/api/v2/orders/{ORDER_XC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def xalcha() -> list[Case]:
    rng = random.Random(9531)
    a, f = APP.api + "/api/v2", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="buyer"))}
    b = {"auth": "bearer"}
    conv = obj(rng, "cv", 10)
    cert = at_path(case(f, f"{O_URL}/export-certificate", headers=_h(rng, **b), body={
        "passport_no": L(PASSPORT, NATID), "full_name": L(NAME, NAMEC),
        "birth_date": L(DOB, BIRTH), "nationality": "US",
        "address_in_azerbaijan": L(BAKU_HOME["unvan"], ADDR), "purpose": "personal_use"}),
        ORDER_XC, BUY)
    docs = at_path(multipart(f, f"{O_URL}/documents", [
        ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
        ("meta", None, "application/json", {"kind": "passport_bio_page"})],
        headers=_h(rng, **b)), ORDER_XC, BUY)
    track = at_path(case(f, f"{O_URL}/tracking", headers=_h(rng, **b)), ORDER_XC, BUY)
    return [
        case(f, f"{a}/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "display_name": L("Jane D.", NAMEC), "country": L("US", COARSE),
            "currency": "USD", "newsletter": True}),
        case(f, f"{a}/sessions", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/search", headers=_h(rng, **b), query={
            "q": L("red Quba carpet 2x3 silk", SEARCH), "origin": "quba", "min_knots": "120000",
            "sort": "relevance", "page": "1"}),
        case(f, f"{a}/listings/{CARPET['id']}", headers=_h(rng, **b), query={"ref": "search"}),
        case(f, f"{a}/favorites", headers=_h(rng, **b), body={
            "listing_id": CARPET["id"], "list": "living room"}),
        case(f, f"{a}/conversations", fmt="msgpack", headers=_h(rng, **b), body={
            "id": conv, "listing_id": CARPET["id"], "seller_id": WEAVER["id"],
            "text": L("Salam! Is the red Quba still available? Can you ship to New York?",
                      TEXT)}),
        case(f, f"{a}/conversations/{conv}/messages", headers=_h(rng, **b), body={
            "client_id": rid(rng),
            "text": L("Easier by text: +1 555 010 0199 (Jane)", f"{TEXT}|{TEL}|{NAMEC}")}),
        case(f, f"{a}/offers", headers=_h(rng, **b), body={
            "listing_id": CARPET["id"], "amount": L("2200.00", BUY), "currency": "USD",
            "list_price": CARPET["price"], "message": L("Would you accept a little less?", TEXT)}),
        multipart(f, f"{a}/rooms/preview", [
            ("photo", "living_room.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("dims", None, "application/json", {"width_cm": 380, "length_cm": 520,
                                                "listing_id": CARPET["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/orders", headers=_h(rng, **b), body={
            "listing_id": CARPET["id"], "total": L("2380.00", BUY), "shipping_fee": "180.00",
            "ship_to": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                        "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                        "country": L("US", COARSE), "phone": L(E164, TEL)},
            "insured": True, "seller": {"id": WEAVER["id"], "name": WEAVER["name"],
                                        "phone": WEAVER["phone"]}}),
        cert,
        docs,
        track,
        case(f, f"{a}/customs/estimate", headers=_h(rng, **b), body={
            "order": L(ORDER_XC, BUY), "declared_value": L("2380.00", BUY), "hs_code": "5701.10",
            "destination_zip": L(ZIP, COARSE)}),
        case(f, f"{a}/workshops/{WEAVER['id']}/visits", headers=_h(rng, **b), body={
            "date": "2025-12-21", "people": 2, "phone": L(NATIONAL, TEL),
            "note": L("I'll come with my son, we drive up from Baku", TEXT),
            "workshop": {"name": WEAVER["shop"], "lat": WEAVER["lat"], "lon": WEAVER["lon"]}}),
        case(f, f"{a}/reviews", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER_XC, BUY), "rating": "5",
            "text": L("Even more beautiful than the photos, the colours glow", TEXT)}),
        case(f, f"{a}/alerts", headers=_h(rng, **b), body={
            "query": L("Qazax prayer rug", SEARCH), "max_price": 1500, "email": True}),
        case(f, f"{a}/reports", fmt="form", headers=_h(rng, **b), body={
            "listing_id": "lst_0c99e1d4", "reason": "machine_made",
            "text": L("The back shows a machine weave, not hand knots", TEXT)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(IID_NODASH, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("listing_view", 1, listing=CARPET["id"], price=2450),
                ev("offer_made", 2), ev("screen", 3, screen=L("Checkout", USAGE))]}),
        case(f, f"{a}/cart", headers=_h(rng, how="none"),
             cookies={"xc_sid": L(opaque(rng, "", 48), CRED), "xc_dev": L(INSTALL_ID, DID),
                      "xc_cur": "USD"}),
    ]


def xalcha_sdks() -> list[Case]:
    rng = random.Random(9532)
    link = U("https://xalcha.example.com/l/listing", {"id": CARPET["id"], "utm_source": "mail",
                                                     "em": L(EMAIL_SHA256, MAIL)})
    return [
        cm_batch(APP, rng, [("Listing Viewed", {"listing": CARPET["id"], "price": 2450.0}),
                            ("Offer Made", {"amount": L(2200.0, BUY)})], ip=True),
        cm_beacon(APP, rng, "Home", {"ref": "push"}),
        sm_event(APP, rng, "purchase", {"order": L(ORDER_XC, BUY), "category": "carpet"},
                 revenue="2380.00", hashed=True),
        sm_link(APP, rng, link),
        be_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=BAKU_HOME_AT, nd=3,
               baku=True, yob=1991, gender="F", keywords="carpets,home decor"),
        fm_crash(APP, rng, ("java.lang.OutOfMemoryError", "room photo 4032x3024"),
                 [fm_crumb("navigation", "Listing -> RoomPreview"),
                  fm_crumb("log", "listing", {"id": CARPET["id"]})], screen="RoomPreviewActivity"),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "2380.00"),
        ce_geocode(APP, rng, "350 Fifth Ave Apt 4B, New York", ADDR,
                   near=(LAT, LON), nd=2),
        aw_upload(APP, rng, L(JPEG + b"\x33", MEDIA), "fringe_damage.jpg", "image/jpeg"),
    ]

