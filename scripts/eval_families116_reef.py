"""Reef-safe sunscreen subscription "Reefbalm": sign-up, a log-in, ``/me``, the skin quiz
(concerns, a family history of melanoma), the subscription shipped to her New York home, a
winter redirect to the Honolulu rental, products, the cart, the checkout, the order's status by
number in the path, skipping a box, a gift to a friend (her address typed), a review with a
photo, UV alerts at a rounded position and the UV index at her position, an address check (a
JSON string in a JSON field), a tube-return label, a referral, push, events and the account by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families116_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HNL,
    HNL_AT,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SKUS,
    SUB_ID,
    TEL,
    TEXT,
    UID,
    USAGE,
)
from eval_families116_sdk import (
    bs_bid,
    cw_batch,
    cw_pixel,
    fp_crash,
    fp_crumb,
    sc_event,
    sc_link,
    sc_session,
)
from eval_families116_svc import nu_register, oo_check, oo_save, pg_card, tb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("reefbalm", "Reefbalm", "com.example.reefbalm", "5.2.4", "https://shop.reefbalm.example.com")
IID = "X-Reefbalm-Device"
ORDER = "RB-100482977"  # her order number (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid=IID, **kw)


def _ny() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def reefbalm() -> list[Case]:
    rng = random.Random(11621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/api/customers", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("SaltyLashes!9", CRED),
            "firstName": L(FIRST, NAMEC), "acceptsMarketing": True}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("SaltyLashes!9", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/api/account/profile", headers=_h(rng, **b), body={
            "birthday": L(DOB, BIRTH), "smsOptIn": True, "smsPhone": L(NATIONAL, TEL),
            "lastName": L(LAST, NAMEC), "email": L(EMAIL.upper(), MAIL)}),
        case(f, f"{a}/api/quiz", headers=_h(rng, **b), body={
            "skinType": "III", "burnsEasily": False, "outdoorHoursWeek": 14,
            "activities": ["surfing", "paddling"],
            "concerns": [L("melasma", MED), L("family history of melanoma", MED)],
            "note": L("Dermatologist removed a mole on my back last year", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/subscriptions", headers=_h(rng, **b), body={
            "plan": L("reef_duo_every_6_weeks", BUY), "items": SKUS[:2], "price": L("42.00", BUY),
            "shipTo": {"name": L(f"{FIRST} {LAST}", NAMEC), **_ny(), "phone": L(E164, TEL)}}),
        case(f, f"{a}/api/subscriptions/{SUB_ID}/redirect", headers=_h(rng, **b), body={
            "until": "2026-03-01", "shipTo": {
                "line1": L(HNL["line"], ADDR), "city": L(HNL["city"], COARSE),
                "state": L(HNL["state"], COARSE), "zip": L(HNL["zip"], COARSE)}}),
        case(f, f"{a}/api/products", headers=_h(rng, **b),
             query={"collection": "reef-safe", "sort": "best", "page": "2"}),
        case(f, f"{a}/api/products/{SKUS[2]}", headers=_h(rng, **b)),
        case(f, f"{a}/api/cart/items", headers=_h(rng, **b), body={
            "sku": SKUS[2], "qty": 1, "listPrice": "18.00", "cart": obj_id(rng)}),
        case(f, f"{a}/api/checkout", headers=_h(rng, **b), body={
            "cart": obj_id(rng), "total": L("60.00", BUY), "tax": L("2.83", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "order": L(ORDER, BUY)}),
        at_path(case(f, f"{a}/api/orders/{ORDER}/status", headers=_h(rng, **b)), ORDER, BUY),
        case(f, f"{a}/api/subscriptions/{SUB_ID}/skip", fmt="form", headers=_h(rng, **b),
             body={"box": "2026-01-15", "reason": "traveling"}),
        case(f, f"{a}/api/gifts", headers=_h(rng, **b), body={
            "to": {"name": L("Ana Kim", NAMEC), "email": L("ana.kim@example.net", MAIL),
                   "line1": L("88 Orchard Street Apt 3", ADDR), "zip": L("10002", COARSE)},
            "message": L("For your Maui trip, Ana!", f"{TEXT}|{NAMEC}"), "sku": SKUS[1],
            "amount": L("16.00", BUY)}),
        multipart(f, f"{a}/api/reviews", [
            ("photo", "tube.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("review", None, "application/json", {
                "sku": SKUS[0], "stars": 4,
                "text": L("No white cast, stayed on for a two hour surf lesson", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/uv/alerts", headers=_h(rng, **b), body={
            "lat": L(round(HNL_AT[0], 2), COARSE), "lon": L(round(HNL_AT[1], 2), COARSE),
            "threshold": 8, "remind": "reapply_2h"}),
        case(f, f"{a}/api/uv/now", headers=_h(rng, **b), query={
            "lat": L(f"{HNL_AT[0]:.3f}", PRECISE), "lon": L(f"{HNL_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/addresses/validate", headers=_h(rng, **b), body={
            "address": W({"street": L(f"{LINE1}, {LINE2}", ADDR), "postal": L(ZIP, COARSE),
                          "country": "US"}, "json"), "source": "checkout"}),
        case(f, f"{a}/api/returns/tubes", fmt="form", headers=_h(rng, **b), body={
            "count": "6", "zip": L(ZIP, COARSE), "carrier": "usps"}),
        case(f, f"{a}/api/referrals", fmt="form", headers=_h(rng, **b), body={
            "phone": L("+15550110042", TEL), "name": L("Tom Reyes", NAMEC)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "os": L("Android 14", DEV), "appVersion": APP.ver}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("quiz_completed", 1), ev("subscribe", 2, plan="duo"),
                ev("screen", 3, screen=L("UvIndex", USAGE))]}),
        case(f, f"{a}/api/account", headers=_h(rng, how="none"),
             cookies={"rb_session": L(opaque(rng, "", 44), CRED), "rb_cart": obj_id(rng)}),
    ]


def obj_id(rng: random.Random) -> str:
    """A cart or line ID (a negative)."""
    return "c_" + rid(rng).replace("-", "")[:16]


def reefbalm_sdks() -> list[Case]:
    rng = random.Random(11622)
    link = U("https://go.reefbalm.example.com/r", {"promo": "ALOHA15",
                                                     "ref": L(USER_ID, UID), "utm_source": "sms"})
    return [
        cw_batch(APP, rng, [("Subscription Started", {"plan": L("reef_duo", BUY),
                                                       "value": L(42.0, BUY)}),
                            ("Quiz Completed", {})], adid=True),
        cw_pixel(APP, rng, "Product Viewed", {"sku": SKUS[2]}),
        sc_session(APP, rng, first=True),
        sc_event(APP, rng, "subscribe", {"plan": "duo"}, revenue=42.0, hashed=True),
        sc_link(APP, rng, link),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="sunscreen,surf"),
        fp_crash(APP, rng, ("java.net.SocketTimeoutException", "checkout timeout"),
                 [fp_crumb("nav", "Cart -> Checkout"), fp_crumb("net", "POST /api/checkout")],
                 screen="CheckoutActivity"),
        oo_save(APP, rng, {"analytics": True, "ads": True, "personalisation": False}, user=True),
        oo_check(APP, rng, {"analytics": True, "ads": True}),
        pg_card(APP, rng, email=True, zip_=ZIP),
        nu_register(APP, rng, tags={"plan": "duo", "uv_alerts": True}),
        tb_message(APP, rng, L("My box went to my old address, can you resend it?", TEXT),
                   {"order": L(ORDER, BUY)}),
    ]
