"""Second-hand furniture pickup app "Moebelhent": SMS sign-up, the profile, ``/me``, her
pickup address (with the door code), a sofa listed with photos, items nearby, an item's page, a
purchase with pickup, the pickup scheduled, order tracking by number in the path, a chat with
the seller, an offer, a driver rating, a charity donation receipt, a saved search, a payout
account, a damage claim with a photo, a referral, push, events and the orders by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families86_kit import DOOR_CODE, PICKUP, SELLER, WAREHOUSE_AT, obj
from eval_families86_sdk import (
    bh_bid,
    bh_notice,
    bl_crash,
    bl_crumb,
    hy_batch,
    km_event,
    km_link,
    km_session,
)
from eval_families86_svc import (
    bt_confirm,
    fs_eval,
    ks_register,
    kv_geocode,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("moebelhent", "Moebelhent", "com.example.moebelhent", "3.8.2",
          "https://api.moebelhent.example.com")
IID = "Mh-Install"
ADDR_TXT = f"{LINE1}, {LINE2}, {CITY}, {STATE} {ZIP}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def moebelhent() -> list[Case]:
    rng = random.Random(8651)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    hla, hlo = pos(6)
    item, sofa = obj(rng, "itm", 10), obj(rng, "itm", 10)
    seller = {"id": SELLER["id"], "name": SELLER["name"], "line": SELLER["line"],
              "phone": SELLER["phone"], "lat": SELLER["lat"], "lon": SELLER["lon"]}
    return [
        case(f, f"{a}/v4/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("en", DEV)}),
        case(f, f"{a}/v4/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("530127", CRED)}),
        case(f, f"{a}/v4/profile", headers=_h(rng, auth="session"), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "marketing_opt_in": False}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/addresses", headers=_h(rng, **b), body={
            "label": "home", "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "floor": 4, "elevator": False, "door_code": L(DOOR_CODE, CRED),
            "lat": hla, "lon": hlo}),
        multipart(f, f"{a}/v4/listings", [
            ("photo1", "sofa_front.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("photo2", "sofa_stain.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("listing", None, "application/json", {
                "title": "Mid-century 3-seat sofa, teal", "category": "sofas",
                "description": L("Small stain on the left cushion, no pets, smoke-free flat",
                                 TEXT),
                "asking_price": "320.00", "width_cm": 201, "depth_cm": 86,
                "pickup_from": "addr_home"})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/items/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "radius_km": "8", "category": "dressers"}),
        case(f, f"{a}/v4/items/{item}", headers=_h(rng, **b), query={"ref": "feed"}),
        case(f, f"{a}/v4/orders", headers=_h(rng, **b), body={
            "item": item, "seller": seller, "order": L(PICKUP, BUY), "price": L("145.00", BUY),
            "pickup_fee": L("39.00", BUY), "total": L("184.00", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v4/orders/{PICKUP}/schedule", headers=_h(rng, **b), body={
            "window": "2025-12-13T10:00/12:00", "deliver_to": "addr_home",
            "contact_phone": L(DASHED, TEL),
            "notes": L("Buzz 4B, the elevator is broken so it's four flights",
                       f"{TEXT}|{ADDR}"), "warehouse": {"lat": WAREHOUSE_AT[0],
                                                         "lon": WAREHOUSE_AT[1]}}),
        at_path(case(f, f"{a}/v4/orders/{PICKUP}/tracking", headers=_h(rng, **b)), PICKUP, BUY),
        case(f, f"{a}/v4/threads/{SELLER['id']}/messages", headers=_h(rng, **b), body={
            "text": L("Does the dresser have all its drawer handles?", TEXT),
            "item": item, "client_id": obj(rng, "cm", 8)}),
        case(f, f"{a}/v4/items/{sofa}/offers", fmt="form", headers=_h(rng, **b), body={
            "amount": L("260.00", BUY), "message": L("Could pick up Sunday morning", TEXT)}),
        case(f, f"{a}/v4/orders/{PICKUP}/rating", headers=_h(rng, **b), body={
            "driver": "drv_5512", "stars": 5,
            "comment": L("Careful on the stairs, wrapped everything", TEXT)}),
        case(f, f"{a}/v4/donations/receipt", headers=_h(rng, **b), body={
            "donor_name": L(NAME, NAMEC), "donor_address": L(ADDR_TXT, ADDR),
            "charity": "Brooklyn ReHome Trust", "items": ["dresser", "lamp"],
            "pickup": "dn_88102"}),
        case(f, f"{a}/v4/saved-searches", headers=_h(rng, **b), body={
            "query": L("walnut sideboard", SEARCH), "max_price": 300, "radius_km": 10,
            "notify": True}),
        case(f, f"{a}/v4/payouts/account", fmt="form", headers=_h(rng, **b), body={
            "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
            "holder_name": L(NAME, NAMEC), "type": "checking"}),
        multipart(f, f"{a}/v4/orders/{PICKUP}/claims", [
            ("photo", "scratch.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("claim", None, "application/json", {
                "kind": "damage", "text": L("Deep scratch on the top, not in the listing photos",
                                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/referrals", headers=_h(rng, **b), body={
            "friend_email": L(PEOPLE[3][2], MAIL), "code": "JANEHAULS"}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("listing_created", 1), ev("order_placed", 2, total=L(184.0, BUY)),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v4/orders", headers=_h(rng, how="nodash"),
             cookies={"mh_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def moebelhent_sdks() -> list[Case]:
    rng = random.Random(8652)
    return [
        hy_batch(APP, rng, [("Order Placed", {"total": L(184.0, BUY)}),
                            ("Listing Created", {"category": "sofas"})], at=(LAT, LON), nd=4),
        km_session(APP, rng, first=True),
        km_event(APP, rng, "purchase", {"category": "dressers", "zip": L(ZIP, COARSE)},
                 revenue=184.0, hashed=True),
        km_link(APP, rng, U("https://go.moebelhent.example.com/item",
                            {"id": "itm_77a1", "ref": "ig_story", "uid": L(USER_ID, UID)})),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        bh_notice(APP, rng, "imp"),
        bl_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad window"),
                 [bl_crumb("nav", "Order -> Schedule")], screen="ScheduleActivity"),
        fs_eval(APP, rng, {"zip": L(ZIP, COARSE), "offers": True}),
        ks_register(APP, rng, tags={"seller": "1"}, at=(LAT, LON), nd=2),
        bt_confirm(APP, rng, "184.00"),
        kv_geocode(APP, rng, f"{LINE1} {LINE2}", ADDR, near=(LAT, LON), nd=3),
    ]

