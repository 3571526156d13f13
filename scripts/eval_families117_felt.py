"""Felt-carpet (shyrdak) workshop app "Shyrdakchy" of a Kochkor felt cooperative, where she sells
the shyrdaks she makes (snake_case API). Set 95's carpet marketplace had her as a buyer; here she
is a seller: her seller sign-up, an OAuth password grant, ``/me`` with a JWT, the seller check
(passport scan, a selfie, her address) by her seller ID in the path, her shop profile, listings
with photos, a price change, her listings, a conversation with a buyer (msgpack), a sale accepted
and shipped by sale number in the path, her payout account, payouts, a dyeing class booked and
her check-in at the workshop, wool bought, a search, a reply to a review, push, events and her
stats by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families117_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    COOP,
    CRED,
    DEV,
    DID,
    KG_ACCOUNT,
    KG_HOME,
    KG_LANG,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PASSPORT,
    PAY,
    SALE,
    SEARCH,
    SELLER,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
)
from eval_families117_sdk import (
    ag_batch,
    ag_identify,
    ay_event,
    ay_link,
    bs_bid,
    ci_crash,
    ci_session,
)
from eval_families117_svc import fj_eval, hk_attach, hk_message, tp_payout
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("shyrdakchy", "Shyrdakchy", "com.example.shyrdakchy", "4.2.0",
          "https://api.shyrdakchy.example.org")
IID = "X-Shyrdak-Install"
PW = "Kochkor-Felt-88"
COOP_FIX = (42.214377, 75.755102)  # her phone at the cooperative's workshop
BUYER = "byr_7rk2m9qa"  # a buyer's account (a negative)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(KG_LANG, DEV)
    return h


def shyrdakchy() -> list[Case]:
    rng = random.Random(11721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), seller=L(SELLER, UID)))}
    lst = obj(rng, "lst", 8)
    cla, clo = fix(COOP_FIX, 5)
    kyc = at_path(multipart(f, f"{a}/v2/sellers/{SELLER}/verification", [
        ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
        ("data", None, "application/json", {
            "passport_number": L(PASSPORT, NATID), "birth_date": L("1991-05-17", BIRTH),
            "address": L(KG_HOME["line"], ADDR), "city": L(KG_HOME["town"], COARSE)})],
        headers=_h(rng, **b)), SELLER, UID)
    accept = at_path(case(f, f"{a}/v2/sales/{SALE}/accept", headers=_h(rng, **b), body={
        "sale_id": L(SALE, BUY), "amount": L("18500", BUY), "currency": "KGS",
        "ship_by": "2025-07-25", "buyer": BUYER}), SALE, BUY)
    ship = at_path(case(f, f"{a}/v2/sales/{SALE}/shipment", headers=_h(rng, **b), body={
        "carrier": "kg_post", "tracking": "RR" + str(rng.randrange(10**8, 10**9)) + "KG",
        "sender": {"name": L(NAME, NAMEC), "phone": L(PHONE, TEL),
                   "address": L(KG_HOME["line"], ADDR), "city": L(KG_HOME["town"], COARSE)},
        "buyer_city": "Almaty", "weight_kg": 6.5}), SALE, BUY)
    return [
        case(f, f"{a}/v2/sellers", headers=_h(rng), body={
            "full_name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "cooperative": COOP["id"], "accept_terms": True}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "shyrdakchy-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        kyc,
        case(f, f"{a}/v2/sellers/{SELLER}/shop", headers=_h(rng, **b), body={
            "shop_name": L("Jane's Felt Corner", f"{TEXT}|{NAMEC}"),
            "bio": L("Learning shyrdak from the Kochkor masters since spring.", TEXT),
            "city": L("Bishkek", COARSE), "ships_abroad": True}),
        multipart(f, f"{a}/v2/listings", [
            ("photo_1", "shyrdak_front.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("photo_2", "shyrdak_detail.jpg", "image/jpeg", L(JPEG + b"\x34", MEDIA)),
            ("listing", None, "application/json", {
                "title": "Red and blue shyrdak, 2 x 1.4 m", "price": 18500, "currency": "KGS",
                "description": L("Felted and stitched by me over six weeks, ram's horn pattern.",
                                 TEXT), "colors": ["red", "navy"], "seller_id": L(SELLER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/listings/{lst}/price", fmt="form", headers=_h(rng, **b), body={
            "price": "17500", "currency": "KGS", "reason": "summer_sale"}),
        case(f, f"{a}/v2/listings", headers=_h(rng, **b), query={
            "seller_id": L(SELLER, UID), "status": "active", "sort": "-created"}),
        case(f, f"{a}/v2/conversations/{obj(rng, 'cnv', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "to": BUYER, "listing": lst, "client_ref": rid(rng),
                 "text": L("Yes, I can ship to Almaty. Call me on +1 555 010 0199.",
                           f"{TEXT}|{TEL}")}),
        accept,
        ship,
        _payout_settings(rng),
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), query={
            "seller_id": L(SELLER, UID), "from": "2025-07-01", "to": "2025-07-31"}),
        case(f, f"{a}/v2/workshop/classes/book", headers=_h(rng, **b), body={
            "class": "natural_dyeing", "date": "2025-07-26", "people": 2,
            "booking": L("KFC-2607-118", BUY), "price": L("2400", BUY),
            "workshop": {"id": COOP["id"], "phone": COOP["phone"], "lat": COOP["lat"],
                         "lon": COOP["lon"]}}),
        case(f, f"{a}/v2/workshop/checkin", headers=_h(rng, **b), body={
            "booking": L("KFC-2607-118", BUY), "lat": cla, "lon": clo, "accuracy_m": 11}),
        case(f, f"{a}/v2/supplies/orders", headers=_h(rng, **b), body={
            "order_no": L("KFC-W-55120", BUY), "items": [{"sku": "wool-white-1kg", "qty": 4},
                                                         {"sku": "dye-madder", "qty": 1}],
            "total": L("3900", BUY), "pickup": True}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("tush kiyiz pattern", SEARCH), "type": "patterns"}),
        case(f, f"{a}/v2/reviews/{obj(rng, 'rev', 8)}/reply", fmt="form", headers=_h(rng, **b),
             body={"text": L("Thank you! Wash it cold and dry it flat.", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "device_model": L("Pixel 8", DEV), "os_version": L("Android 14", DEV),
            "app_locale": L("en_KG", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "seller_id": L(SELLER, UID), "events": [
                ev("listing_created", 1, photos=2), ev("sale_accepted", 2),
                ev("screen", 3, screen=L("Payouts", USAGE))]}),
        case(f, f"{a}/v2/stats", headers=_h(rng, how="none"), cookies={
            "shy_sess": L(opaque(rng, "", 40), CRED), "shy_inst": L(INSTALL_ID, DID)}),
    ]


def _payout_settings(rng: random.Random) -> Case:
    """The cooperative's own payout settings (a form): her account and name."""
    return case(APP.fam, f"{APP.api}/v2/payouts/settings", fmt="form",
                headers=_h(rng, auth="bearer"), body={
                    "account_number": L(KG_ACCOUNT, PAY), "holder": L(NAME, NAMEC),
                    "bank": "KG-BANK-124", "currency": "KGS"})


def shyrdakchy_sdks() -> list[Case]:
    rng = random.Random(11722)
    link = U("https://shyrdakchy.example.org/s/shop", {"seller": L(SELLER, UID),
                                                       "utm_source": "whatsapp"})
    return [
        ag_batch(APP, rng, [("Listing Created", {"photos": 2}),
                            ("Sale Accepted", {"amount": L(18500, BUY)})],
                 at=COOP_FIX, nd=3, locale="en-KG"),
        ag_identify(APP, rng, {"seller_id": L(SELLER, UID), "city": L("Bishkek", COARSE),
                               "listings": 4}),
        ay_event(APP, rng, "listing_created", {"category": "shyrdak"}),
        ay_link(APP, rng, link),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="crafts,felt,wool"),
        ci_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 ["Listings -> New", "POST /v2/listings 499"], screen="NewListingActivity",
                 extra={"seller": L(SELLER, UID)}),
        ci_session(APP, rng, secs=933),
        tp_payout(APP, rng),
        fj_eval(APP, rng, {"seller": True, "country": L("KG", COARSE)}),
        hk_message(APP, rng, L("My payout for sale SHY-25-00913 has not arrived",
                               f"{TEXT}|{BUY}"), {"sale": L(SALE, BUY)}),
        hk_attach(APP, rng, L(JPEG + b"\x35", MEDIA), "payout_screen.jpg", "image/jpeg"),
    ]
