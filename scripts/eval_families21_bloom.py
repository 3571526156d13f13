"""Blind set twenty-one, part five: a flower-delivery app ("Petalpost"), its own API and the SDKs it
embeds (see ``eval_families21.py`` for the rules of this set, its conventions and its calls).

First party: SMS sign-in (national number, then the code), bouquets for the user's ZIP, a search,
delivery dates for the recipient's ZIP, the cart, a recipient (the user's mother: name, street,
city, ZIP, phone), the order (items, the card message, the sender's name, total, order number,
payment method, the receipt e-mail), the order by its number in the URL path, an occasion reminder
with the mother's birthday, a photo for a printed card (multipart), the profile, an address check of
the user's street, a local florist near a 3-decimal ``ll``, a subscription and feedback to the app's
support address (a negative beside the user's own e-mail), an order-status check by e-mail in the
query; calls carry an opaque bearer, the app's User-Agent and the install ID without dashes. SDKs:
analytics batch with the order and identify, MMP event with revenue (the order in ``eventValue``)
and identity by hashed e-mail only, card payment method and confirmation, autocomplete and geocoding
of the mother's street, a crash quoting the e-mail, push, flags and consent.
"""

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
    IID_NODASH,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, latlng, opaque
from eval_families21_kit import SUPPORT_MAIL, at_path, sdk_uid
from eval_families21_sdk import bf_error, ew_batch, ew_identify, ew_msg, tm_event, tm_identity
from eval_families21_svc import (
    cb_card,
    cb_confirm,
    ch_save,
    gn_autocomplete,
    gn_geocode,
    nf_register,
    tg_ctx,
    tg_eval,
)
from eval_payloads import EMAIL, NAME, Case, L, case, rnd_hex, rnd_uuid

PP = App("petalpost", "Petalpost", "com.example.petalpost", "3.4.2",
         "https://api.petalpost.example.com/v2")
ORDER = "PP-661027"
MOM = ("Maria Doe", "41 Linden Street", "Hartford", "06106", "+18605550172")


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(PP.ua, DEV), "X-PP-Device": L(IID_NODASH, DID)}
    if auth:
        h["Authorization"] = L("Bearer " + opaque(rng, "ppt_", 40), CRED)
    return h


def petalpost() -> list[Case]:
    rng = random.Random(21031)
    a, f = PP.api, PP.fam
    n, line, city, zip_, ph = MOM
    out = [case(f, f"{a}/auth/sms", headers=_h(rng, False), body={"phone": L(NATIONAL, TEL),
                                                                    "country": "US"})]
    out.append(case(f, f"{a}/auth/sms/verify", headers=_h(rng, False), body={
        "phone": L(NATIONAL, TEL), "code": L("730815", CRED)}))
    out.append(case(f, f"{a}/products", headers=_h(rng), query={
        "occasion": "birthday", "zip": L(ZIP, COARSE), "sort": "popular"}))
    out.append(case(f, f"{a}/products/search", headers=_h(rng), query={
        "q": L("yellow tulips", SEARCH), "zip": L(ZIP, COARSE)}))
    out.append(case(f, f"{a}/delivery-dates", headers=_h(rng), query={
        "zip": L(zip_, COARSE), "sku": "bq_sunny_days"}))
    out.append(case(f, f"{a}/cart/items", headers=_h(rng), body={
        "sku": "bq_sunny_days", "size": "deluxe", "vase": True, "qty": 1}))
    out.append(case(f, f"{a}/recipients", headers=_h(rng), body={
        "name": L(n, NAMEC), "line1": L(line, ADDR), "city": L(city, COARSE),
        "state": L("CT", COARSE), "zip": L(zip_, COARSE), "phone": L(ph, TEL),
        "relationship": "mother", "residence": "house"}))
    out.append(case(f, f"{a}/orders", headers=_h(rng), body={
        "order_ref": L(ORDER, BUY), "recipient": "rc_" + rnd_hex(rng, 6),
        "items": [L("Sunny Days bouquet, deluxe", BUY), L("Glass vase", BUY)],
        "delivery_date": "2025-12-14",
        "card_message": L("Happy birthday Mom! Wish I could be there. Love, Jane", TEXT),
        "from_name": L(NAME, NAMEC), "total": L(84.97, BUY),
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "receipt_email": L(EMAIL, MAIL)}))
    out.append(at_path(case(f, f"{a}/orders/{ORDER}", headers=_h(rng)), ORDER, BUY))
    out.append(case(f, f"{a}/reminders", headers=_h(rng), body={
        "occasion": "birthday", "person": L(n, NAMEC), "date": L("12-14", BIRTH),
        "notify_days_before": 5}))
    out.append(multipart(f, f"{a}/cards/photo", [
        ("meta", None, "application/json", {"order": L(ORDER, BUY), "layout": "full_bleed"}),
        ("photo", "IMG_0915.jpg", "image/jpeg", L(JPEG + b"\x66" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
        "marketing": {"email": True, "sms": False}}))
    out.append(case(f, f"{a}/addresses/validate", headers=_h(rng), body={
        "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}))
    out.append(case(f, f"{a}/florists/nearby", headers=_h(rng), query={
        "ll": latlng(3), "pickup": "today"}))
    out.append(case(f, f"{a}/subscriptions", headers=_h(rng), body={
        "plan": L("monthly_bouquet", BUY), "price": L(39.0, BUY), "ship_to": "ad_self",
        "start": "2026-01-05"}))
    out.append(case(f, f"{a}/feedback", headers=_h(rng), body={
        "to": SUPPORT_MAIL, "reply_to": L(EMAIL, MAIL),
        "message": L("The vase arrived chipped, can you send a new one?", TEXT),
        "order": L(ORDER, BUY)}))
    out.append(case(f, f"{a}/orders/status", headers=_h(rng, False), query={
        "email": L(EMAIL, MAIL), "order": L(ORDER, BUY)}))
    return out


def petalpost_sdks() -> list[Case]:
    rng = random.Random(21032)
    uid = sdk_uid(rng)
    line = MOM[1]
    out = [ew_batch(PP, [
        ew_msg(0, "Product Viewed", {"sku": "bq_sunny_days", "price": 64.99}),
        ew_msg(1, "Checkout Started", {"value": 84.97, "items": 2}),
        ew_msg(2, "Order Completed", {"order_id": L(ORDER, BUY), "revenue": L(84.97, BUY),
                                      "currency": "USD"})], carrier=False)]
    out.append(ew_identify(PP, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                                "orders": L(4, BUY), "first_order": "2024-05-09"}))
    out.append(tm_event(PP, uid, "af_purchase", {"af_revenue": L(84.97, BUY),
                                                 "af_currency": "USD",
                                                 "af_order_id": L(ORDER, BUY),
                                                 "af_content_id": "bq_sunny_days"}))
    out.append(tm_identity(PP, uid, phone=False))
    out.append(cb_card(PP, rng, email=True))
    out.append(cb_confirm(PP, rng))
    out.append(gn_autocomplete(PP, rng, line[:12], ADDR))
    out.append(gn_geocode(PP, f"{line}, Hartford, CT 06106", ADDR))
    out.append(bf_error(PP, rng, "com.example.petalpost.api.ApiException",
                        L(f"422: receipt_email {EMAIL} failed MX check", MAIL),
                        ["Cart", "Checkout"], severity="warning"))
    out.append(nf_register(PP, push_token(rng), ["has_reminders", L("state_ny", COARSE)]))
    out.append(tg_eval(PP, tg_ctx(plan="none"), ["same_day_banner", "vase_upsell"]))
    out.append(ch_save(PP, rnd_uuid(rng), False, ua=False))
    return out


