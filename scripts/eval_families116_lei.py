"""Lei-making workshop marketplace "Leihana" (she sells: her lei shop and the workshops she
teaches): the seller's sign-up with her shop handle and pick-up address, a log-in, ``/me``,
the tax and payout check (SSN, birth date, New York address), the payout schedule, listings with
photos, a workshop at a community hall, the shop's profile and avatar, orders, a postage label
she buys, a reply to a buyer, the workshop's check-in, a promo code, an inventory sync (JSON
Lines), a flower order she buys from a farm, a market search, earnings by a cookie GET, the tax
form's delivery e-mail, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DASHED, E164, JPEG, multipart, push_token
from eval_families20_kit import DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import ACCOUNT, SSN, claims, head, others
from eval_families116_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HNL,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    SEARCH,
    SHOP,
    TEL,
    TEXT,
    UID,
    USAGE,
    VENUE,
    fix,
    obj,
)
from eval_families116_sdk import cw_batch, cw_queue, fp_session, sc_event
from eval_families116_svc import (
    ms_geocode,
    nu_register,
    oo_save,
    pg_bank,
    pg_card,
    sw_eval,
    tb_message,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("leihana", "Leihana", "com.example.leihana", "4.0.5", "https://api.leihana.example.org")
IID = "Leihana-Device-Id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid=IID, **kw)


def leihana() -> list[Case]:
    rng = random.Random(11651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    shop = L(SHOP, UID)
    buyers = others(rng, 3, "byr_")
    lst, ws = obj(rng, "lst", 8), obj(rng, "ws", 8)
    sale = "LH-5520917"
    vla, vlo = fix((21.302457, -157.837091))
    inv = [{"shop": L(SHOP, UID), "listing": obj(rng, "lst", 8), "stock": n, "price": p}
           for n, p in ((4, "45.00"), (2, "65.00"), (9, "28.00"))]
    return [
        case(f, f"{a}/v3/sellers", headers=_h(rng, lang=True), body={
            "shop": shop, "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL), "password": L("PuaMelia#44", CRED),
            "pickup": {"line1": L(HNL["line"], ADDR), "city": L(HNL["city"], COARSE),
                       "zip": L(HNL["zip"], COARSE)}}),
        case(f, f"{a}/v3/auth", fmt="form", headers=_h(rng), body={
            "login": L(SHOP, UID), "password": L("PuaMelia#44", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, shop=L(SHOP, UID), email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v3/sellers/{SHOP}/phone", fmt="form", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "code": L("590213", CRED)}),
        at_path(case(f, f"{a}/v3/sellers/{SHOP}/reviews", headers=_h(rng, **b),
                     query={"sort": "recent"}), SHOP, UID),
        case(f, f"{a}/v3/sellers/{SHOP}/verification", headers=_h(rng, **b), body={
            "legalName": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
            "taxAddress": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v3/payouts/schedule", fmt="form", headers=_h(rng, **b), body={
            "interval": "weekly", "bankLast4": L(ACCOUNT[-4:], PAY), "minimum": "25"}),
        case(f, f"{a}/v3/listings", headers=_h(rng, **b), body={
            "id": lst, "title": "Pikake and tuberose double lei",
            "description": L("Strung this morning from my neighbour's pikake", TEXT),
            "price": "65.00", "flowers": ["pikake", "tuberose"], "shipsFrom": "HI"}),
        multipart(f, f"{a}/v3/listings/{lst}/photos", [
            ("photo1", "lei_front.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("photo2", "lei_detail.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"order": [1, 2], "cover": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/workshops", headers=_h(rng, **b), body={
            "id": ws, "title": "Lei hulu for beginners", "date": "2026-01-10", "seats": 12,
            "pricePerSeat": "85.00", "venue": {"name": VENUE["name"], "line": VENUE["line"],
                                               "lat": VENUE["lat"], "lon": VENUE["lon"]},
            "about": L("I learned from my tutu's friend in Kaimuki", TEXT)}),
        multipart(f, f"{a}/v3/sellers/{SHOP}/profile", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("profile", None, "application/json", {
                "bio": L("Stringing lei every morning since I was twelve", TEXT),
                "vacation": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/sellers/{SHOP}/orders", headers=_h(rng, **b),
             query={"status": "new", "page": "1"}),
        case(f, f"{a}/v3/orders/{sale}/label", headers=_h(rng, **b), body={
            "from": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(HNL["line"], ADDR),
                     "zip": L(HNL["zip"], COARSE)},
            "buyer": buyers[0], "service": "priority_2day", "weightOz": 9,
            "postage": L("14.35", BUY)}),
        case(f, f"{a}/v3/conversations/{obj(rng, 'cv', 8)}", headers=_h(rng, **b), body={
            "to": buyers[1],
            "text": L("Aloha! I ship Mondays so it stays fresh, keep it in the fridge", TEXT)}),
        case(f, f"{a}/v3/workshops/{ws}/checkin", headers=_h(rng, **b), body={
            "host": shop, "at": {"lat": vla, "lon": vlo}, "attendees": buyers,
            "venueAt": [VENUE["lat"], VENUE["lon"]]}),
        case(f, f"{a}/v3/promos", fmt="form", headers=_h(rng, **b), body={
            "code": "MELE10", "percent": "10", "expires": "2025-12-31"}),
        lines(f, f"{a}/v3/inventory/sync", inv, headers=_h(rng, **b)),
        case(f, f"{a}/v3/supplies/orders", headers=_h(rng, **b), body={
            "farm": "farm_waimanalo_07", "items": [{"sku": "plumeria_100", "qty": 2}],
            "total": L("64.00", BUY), "orderNo": L("SUP-77120", BUY),
            "deliverTo": {"line1": L(HNL["line"], ADDR), "zip": L(HNL["zip"], COARSE)}}),
        case(f, f"{a}/v3/market/search", headers=_h(rng, **b),
             query={"q": L("maile lei wholesale", SEARCH), "sort": "relevance"}),
        case(f, f"{a}/v3/sellers/{SHOP}/earnings", headers=_h(rng, how="upper"),
             query={"from": "2025-12-01", "to": "2025-12-31"},
             cookies={"lh_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v3/tax/delivery", fmt="form", headers=_h(rng, **b), body={
            "form": "1099-K", "email": L(EMAIL.upper(), MAIL), "paperless": "true"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/track", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("listing_published", 1, photos=2), ev("workshop_created", 2),
                ev("screen", 3, screen=L("SellerDashboard", USAGE))]}),
    ]


def leihana_sdks() -> list[Case]:
    rng = random.Random(11652)
    return [
        cw_batch(APP, rng, [("Listing Published", {"price": 65.0}),
                            ("Workshop Created", {"seats": 12})], at=(21.302457, -157.837091),
                 nd=3),
        cw_queue(APP, rng, [("Order Shipped", {}), ("Message Sent", {})]),
        sc_event(APP, rng, "postage_bought", {"service": "priority"}, revenue=14.35),
        fp_session(APP, rng, secs=902),
        sw_eval(APP, rng, {"seller": True, "island": L("oahu", COARSE)}),
        nu_register(APP, rng, tags={"seller": True}),
        oo_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pg_bank(APP, rng),
        pg_card(APP, rng),
        ms_geocode(APP, rng, "Makiki Community Hall", SEARCH),
        tb_message(APP, rng, L("My payout for order LH-5520917 is still pending", TEXT),
                   {"shop": L(SHOP, UID)}),
    ]

