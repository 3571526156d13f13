"""Blind set twenty, part five: a photo-printing app ("Printpost"), its own API and the SDKs it
embeds (see ``eval_families20.py`` for the rules of this set, its conventions and its calls).

First party: a magic-link sign-in and its code, an upload manifest (file names, sizes, content
hashes, EXIF camera and GPS: one photo at home, one on a trip), a photo PUT to a signed upload URL
(a raw JPEG body) and a multipart upload (JSON metadata with GPS and the JPEG), a photobook
project (title, captions), the cart, the user's shipping address and a grandmother's (typed by
the user), a quote with a promo code, the order (items, total, payment method, gift message,
receipt e-mail), its status by order number in the URL path, pickup stores near the user, a
store's page, sharing an album by e-mail, a support ticket quoting the order number, an
enhancement and the catalogue; calls carry an opaque bearer, an ``X-Client`` device string and
the install ID. SDKs: analytics with a purchase event, MMP install, revenue event and identity
match, card tokenisation and confirmation, two crash reports (one quoting the e-mail), push with
a last-order tag, remote config, address autocomplete of the grandmother's street, a consent
geo lookup and save, and the app's own impression pixel (query).
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
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    USAGE,
    multipart,
    push_token,
    raw,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families20_sdk import ck_event, lf_event, lf_identify, lf_install, mc_batch
from eval_families20_svc import (
    fp_fetch,
    pk_card,
    pk_confirm,
    pl_autocomplete,
    pm_geo,
    pm_save,
    pw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case, rnd_hex, rnd_uuid

PP = App("printpost", "Printpost", "com.example.printpost", "4.8.0",
         "https://api.printpost.example.com/v1")
ORDER = "PP-2025-88213"
TRIP = (44.35127, -68.22401)  # the user on a trip (a geotag of theirs, not the profile's spot)
GRANDMA = ("Rosa Morales", "18 Alder Court", "Albany", "12203", PEOPLE[2][1])


def _h(rng: random.Random) -> dict[str, Any]:
    return {"Authorization": L("Bearer " + opaque(rng, "ppat_", 40), CRED),
            "X-Client": L("android/14; Pixel 8", DEV), "X-Device-Id": L(INSTALL_ID, DID)}


def printpost() -> list[Case]:
    rng = random.Random(20031)
    a, f = PP.api, PP.fam
    out = [case(f, f"{a}/auth/magic-link", body={"email": L(EMAIL, MAIL),
                                                  "redirect": "printpost://auth"})]
    out.append(case(f, f"{a}/auth/magic-link/verify", body={
        "email": L(EMAIL, MAIL), "code": L("483920", CRED), "device_id": L(INSTALL_ID, DID)}))
    lat, lon = pos(6)
    out.append(case(f, f"{a}/uploads/init", headers=_h(rng), body={"files": [
        {"name": "PXL_20251201_153012345.jpg", "size": 3481223, "mime": "image/jpeg",
         "sha1": rnd_hex(rng, 40), "width": 4080, "height": 3072,
         "taken_at": "2025-12-01T15:30:12-05:00",
         "exif": {"make": L("Google", DEV), "model": L("Pixel 8", DEV),
                  "gps": {"lat": lat, "lon": lon}}},
        {"name": "PXL_20251012_064455120.jpg", "size": 2950871, "mime": "image/jpeg",
         "sha1": rnd_hex(rng, 40), "width": 4080, "height": 3072,
         "taken_at": "2025-10-12T06:44:55-04:00",
         "exif": {"make": L("Google", DEV), "model": L("Pixel 8", DEV),
                  "gps": {"lat": L(TRIP[0], PRECISE), "lon": L(TRIP[1], PRECISE)}}}]}))
    out.append(raw(f, f"https://uploads.printpost.example.net/u/up_7781?X-Expires=900&X-Sig="
                   f"{rnd_hex(rng, 64)}", JPEG + b"\x8a" * 48, "image/jpeg", {"$": MEDIA},
                   method="PUT"))
    out.append(multipart(f, f"{a}/uploads", [
        ("meta", None, "application/json", {
            "album": "al_551", "source": "camera_roll", "taken_at": "2025-10-12T07:02:10-04:00",
            "gps": {"lat": L(round(TRIP[0] + 0.0011, 5), PRECISE),
                    "lng": L(round(TRIP[1] - 0.0007, 5), PRECISE)}}),
        ("photo", "PXL_20251012_070210.jpg", "image/jpeg", L(JPEG + b"\x8b" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/projects", headers=_h(rng), body={
        "type": "photobook_8x8", "title": L("Acadia, October 2025", TEXT),
        "pages": [{"n": 1, "photo": "up_7781", "caption": L("Sunrise on Cadillac Mountain with "
                                                             "Mom", TEXT),
                   "crop": {"x": 0.04, "y": 0.1, "w": 0.92, "h": 0.69}},
                  {"n": 2, "photo": "up_7782", "caption": None,
                   "crop": {"x": 0, "y": 0, "w": 1, "h": 0.75}}],
        "cover": {"text": L("Our Maine trip", TEXT), "theme": "linen"}}))
    out.append(case(f, f"{a}/cart/items", headers=_h(rng), body={
        "sku": "print_4x6_glossy", "qty": 24, "photos": [f"up_{7781 + i}" for i in range(4)],
        "options": {"border": False, "finish": "glossy"}}))
    out.append(case(f, f"{a}/addresses", headers=_h(rng), body={
        "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
        "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
        "country": L("US", COARSE), "phone": L(DASHED, TEL), "default": True}))
    n, line, city, zip_, ph = GRANDMA
    out.append(case(f, f"{a}/addresses", headers=_h(rng), body={
        "name": L(n, NAMEC), "line1": L(line, ADDR), "line2": "", "city": L(city, COARSE),
        "state": L("NY", COARSE), "zip": L(zip_, COARSE), "country": L("US", COARSE),
        "phone": L(ph, TEL), "default": False}))
    out.append(case(f, f"{a}/orders/quote", headers=_h(rng), body={
        "cart": "ct_" + rnd_hex(rng, 8), "ship_to": "ad_20", "shipping": "standard",
        "promo": "HOLIDAY20"}))
    out.append(case(f, f"{a}/orders", headers=_h(rng), body={
        "cart": "ct_" + rnd_hex(rng, 8), "order_ref": L(ORDER, BUY),
        "items": [L("24 x 4x6 glossy prints", BUY), L("Photobook 8x8, 20 pages", BUY)],
        "total": L(61.47, BUY), "ship_to": "ad_21",
        "gift": {"wrap": True, "message": L("Merry Christmas Grandma! Love you lots", TEXT)},
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "receipt_email": L(EMAIL, MAIL)}))
    c = case(f, f"{a}/orders/{ORDER}", headers=_h(rng))
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    lat, lon = pos(3)
    out.append(case(f, f"{a}/stores/nearby", headers=_h(rng), body={
        "lat": lat, "lng": lon, "radius_km": 8, "services": ["same_day_prints"]}))
    out.append(case(f, f"{a}/stores/st_1182", headers=_h(rng)))
    out.append(case(f, f"{a}/albums/al_551/share", headers=_h(rng), body={
        "to": [L(PEOPLE[1][2], MAIL), L(PEOPLE[4][2], MAIL)],
        "message": L("Pics from the trip!", TEXT),
        "allow_download": True}))
    out.append(case(f, f"{a}/support/tickets", headers=_h(rng), body={
        "email": L(EMAIL, MAIL), "order": L(ORDER, BUY), "topic": "damaged",
        "message": L(f"Two prints arrived bent, order {ORDER}", f"{TEXT}|{BUY}")}))
    out.append(case(f, f"{a}/photos/up_7781/enhance", headers=_h(rng), body={
        "ops": ["auto_color", "red_eye"], "strength": 0.6}))
    out.append(case(f, f"{a}/products", headers=_h(rng), query={"category": "photobooks",
                                                                 "page": "1"}))
    return out


def printpost_sdks() -> list[Case]:
    rng = random.Random(20032)
    out = [mc_batch(PP, [
        ev("screen_view", 0, screen_name=L("Cart", USAGE), engagement_time_msec=L(21000, USAGE)),
        ev("add_to_cart", 1, item_id="print_4x6_glossy", quantity=24),
        ev("begin_checkout", 2, value=55.3, currency="USD"),
        ev("purchase", 3, transaction_id=L(ORDER, BUY), value=L(61.47, BUY), currency="USD")],
        props={"customer_type": "returning", "orders_count": L("3", BUY)})]
    out.append(lf_install(PP, "utm_source=social&utm_medium=paid&utm_campaign=holiday_books"))
    out.append(lf_event(PP, "purchase", revenue=61.47, extra={"order_id": L(ORDER, BUY)}))
    out.append(lf_identify(PP, phone=False))
    out.append(pk_card(PP, rng))
    out.append(pk_confirm(PP, rng))
    out.append(ck_event(PP, rng, "java.io.FileNotFoundException",
                        "/storage/emulated/0/DCIM/Camera/PXL_20251201_153012345.jpg: open "
                        "failed: EACCES (Permission denied)", ["Albums", "PhotoPicker"]))
    out.append(ck_event(PP, rng, "java.lang.IllegalArgumentException",
                        L(f"Receipt address rejected by mailer: {EMAIL}", MAIL),
                        ["Checkout", "OrderConfirm"], level="error"))
    out.append(pw_register(PP, push_token(rng), tags={"last_order": L("2025-12-09", BUY),
                                                      "book_draft": "1"}))
    out.append(fp_fetch(PP, {"customer_type": "returning"}, token=False))
    out.append(pl_autocomplete(PP, rng, "18 Alder C", ADDR))
    out.append(pm_geo(PP))
    out.append(pm_save(PP, rnd_uuid(rng), "accept_all"))
    out.append(case("printpost", "https://t.printpost.example.net/i", query={
        "iid": L(INSTALL_ID, DID), "uid": L(USER_ID, "id.user"), "e": L("book_preview", USAGE),
        "r": rnd_uuid(rng)}))
    return out
