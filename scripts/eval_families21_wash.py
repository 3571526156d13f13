"""Blind set twenty-one, part seven: a laundry and dry-cleaning pickup app ("Rinsely"), its own API
and the SDKs it embeds (see ``eval_families21.py`` for the rules of this set, its conventions and
its calls).

First party: sign-up (name, e-mail, phone as typed with dashes, password, a referral code), a
session log-in (form), the service area and pickup windows by ZIP, the home address with its
geocoded 6-decimal point and a doorman note, care preferences (a note naming eczema), the order
(services, bags, a tip, payment method, a promo code), tracking and a rating by the order number in
the URL path, the driver's position (a GET: the driver's, not the user's), a support chat quoting
the order, a damage claim with a garment photo (multipart), referrals by e-mail, push registration,
pricing, and the app's own pixel (base64 JSON in a query parameter); calls carry the app's
User-Agent and two cookies (the session, the install ID). SDKs: analytics batch with the order and
an identify with the address, MMP launch and purchase event, card payment method and confirmation,
autocomplete of the user's street and a reverse geocode, a crash, push, flags and consent.
"""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, T0, ZIP, App, opaque, pos
from eval_families21_kit import at_path, sdk_uid
from eval_families21_sdk import bf_error, ew_batch, ew_identify, ew_msg, tm_event, tm_launch
from eval_families21_svc import (
    cb_card,
    cb_confirm,
    ch_save,
    gn_autocomplete,
    gn_reverse,
    nf_register,
    tg_ctx,
    tg_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case, rnd_hex, rnd_uuid

RS = App("rinsely", "Rinsely", "com.example.rinsely", "4.17.0",
         "https://www.rinsely.example.com/api/v2")
ORDER = "RN-51207"


def rinsely() -> list[Case]:
    rng = random.Random(21051)
    a, f = RS.api, RS.fam
    h = {"User-Agent": L(RS.ua, DEV)}
    did = {"rn_did": L(INSTALL_ID, DID)}
    jar: dict[str, Any] = {"rn_session": L(opaque(rng, "", 64), CRED), **did}
    out = [case(f, f"{a}/signup", headers=h, cookies=did, body={
        "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL),
        "password": L("FoldItUp!88", CRED), "referral_code": "SAMP25"})]
    out.append(case(f, f"{a}/session", headers=h, cookies=did, fmt="form", body={
        "email": L(EMAIL, MAIL), "password": L("FoldItUp!88", CRED), "remember_me": "1"}))
    out.append(case(f, f"{a}/service-area", headers=h, cookies=jar, query={"zip": L(ZIP, COARSE)}))
    out.append(case(f, f"{a}/pickup-windows", headers=h, cookies=jar, query={
        "zip": L(ZIP, COARSE), "date": "2025-12-10"}))
    lat, lon = pos(6)
    out.append(case(f, f"{a}/addresses", headers=h, cookies=jar, body={
        "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": lat, "lng": lon,
        "doorman": True, "instructions": L("Leave the bag with the front desk", TEXT)}))
    out.append(case(f, f"{a}/preferences", headers=h, cookies=jar, body={
        "detergent": "fragrance_free", "softener": False, "starch": "none",
        "shirts": "hanger",
        "note": L("I have eczema, please no scented products at all", f"{TEXT}|{MED}")}))
    out.append(case(f, f"{a}/orders", headers=h, cookies=jar, body={
        "address": "ad_" + rnd_hex(rng, 6), "window": "2025-12-10T18:00/20:00",
        "services": [L("wash_fold", BUY), L("dry_clean", BUY)], "bags": 2,
        "tip": L(6.0, BUY), "promo": "FIRSTWASH", "payment_method": L("pm_" + rnd_hex(rng, 24),
                                                                       PAY),
        "client_ref": rnd_uuid(rng)}))
    out.append(at_path(case(f, f"{a}/orders/{ORDER}/track", headers=h, cookies=jar), ORDER, BUY))
    out.append(case(f, f"{a}/drivers/dr_7781/location", headers=h, cookies=jar,
                    query={"order": L(ORDER, BUY)}))
    out.append(at_path(case(f, f"{a}/orders/{ORDER}/rating", headers=h, cookies=jar, body={
        "stars": 4, "comment": L("Clean and folded nicely, one sock missing", TEXT),
        "tip_extra": L(2.0, BUY)}), ORDER, BUY))
    out.append(case(f, f"{a}/support/messages", headers=h, cookies=jar, body={
        "order": L(ORDER, BUY),
        "text": L(f"Hi, order {ORDER} came back with a stain on the white shirt",
                  f"{TEXT}|{BUY}")}))
    out.append(multipart(f, f"{a}/claims", [
        ("meta", None, "application/json", {"order": L(ORDER, BUY), "item": "white shirt",
                                            "kind": "stain"}),
        ("photo", "IMG_20251212_090311.jpg", "image/jpeg", L(JPEG + b"\x21" * 40, MEDIA)),
    ], headers=h, cookies=jar))
    out.append(case(f, f"{a}/referrals", headers=h, cookies=jar, body={
        "emails": [L(PEOPLE[2][2], MAIL), L(PEOPLE[4][2], MAIL)], "channel": "email"}))
    out.append(case(f, f"{a}/devices", headers=h, cookies=jar, body={
        "token": L(push_token(rng), DID), "platform": L("android", DEV),
        "os_version": L("14", DEV)}))
    out.append(case(f, f"{a}/pricing", headers=h, cookies=did, query={"zip": L(ZIP, COARSE)}))
    out.append(case(f, "https://t.rinsely.example.net/p.gif", query={
        "d": W({"e": L("order_placed", USAGE), "uid": L(USER_ID, UID),
                "did": L(INSTALL_ID, DID), "scr": L("Checkout", USAGE), "ts": T0 + 400},
               "b64json"), "v": "2"}))
    return out


def rinsely_sdks() -> list[Case]:
    rng = random.Random(21052)
    uid = sdk_uid(rng)
    out = [ew_batch(RS, [
        ew_msg(0, "Schedule Pickup", kind="screen"),
        ew_msg(1, "Pickup Scheduled", {"services": 2, "bags": 2}),
        ew_msg(2, "Order Completed", {"order_id": L(ORDER, BUY), "revenue": L(47.5, BUY)})])]
    out.append(ew_identify(RS, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                                "address": {"street": L(f"{LINE1} {LINE2}", ADDR),
                                            "city": L(CITY, COARSE),
                                            "postalCode": L(ZIP, COARSE)},
                                "plan": "pay_as_you_go"}))
    out.append(tm_launch(RS, uid, 3, push=push_token(rng)))
    out.append(tm_event(RS, uid, "af_purchase", {"af_revenue": L(47.5, BUY),
                                                 "af_order_id": L(ORDER, BUY),
                                                 "af_currency": "USD"}))
    out.append(cb_card(RS, rng))
    out.append(cb_confirm(RS, rng))
    out.append(gn_autocomplete(RS, rng, "350 Fifth Ave", ADDR, nd=3))
    out.append(gn_reverse(RS, 6))
    out.append(bf_error(RS, rng, "java.net.SocketTimeoutException", "timeout",
                        ["Orders", "OrderTracking"], severity="warning"))
    out.append(nf_register(RS, push_token(rng), ["customer", L(f"zip_{ZIP}", COARSE)]))
    out.append(tg_eval(RS, tg_ctx(email=True), ["tip_presets_v2", "same_day_pickup"]))
    out.append(ch_save(RS, rnd_uuid(rng), True))
    return out
