"""Vinyl-record marketplace "Spinstack" (she buys and sells used records): sign-up with a
username, log-in, ``/me``, her profile, a search, a barcode lookup, her collection and want list,
a listing with photos, an offer and a chat message to a seller (msgpack), a checkout with her
address, the order by number in the path and its feedback, a needle-drop clip, a shipping label
for a sale (the buyer's address a look-alike), record fairs near her and a check-in at one, the
seller's 1099-K details, a price alert, push, telemetry and the inbox by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head
from eval_families63_kit import (
    BUYER,
    FAIR_AT,
    HANDLE,
    ORDER_SPN,
    RELEASES,
    SELLER,
    App63,
    fix,
    home,
    obj,
)
from eval_families63_sdk import (
    bg_bid,
    bg_win,
    fp_crumb,
    fp_report,
    sw_deeplink,
    sw_event,
    sw_open,
    tb_batch,
    tb_pixel,
)
from eval_families63_svc import pm_bank, pm_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App63("spinstack", "Spinstack", "com.example.spinstack", "6.3.0",
            "https://api.spinstack.example.com")
IID = "Spinstack-Device"
PW = "Needle&Groove88"
FAIR_FIX = (40.720887, -73.995391)  # her phone at the record fair


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _ship() -> dict[str, Any]:
    return {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def spinstack() -> list[Case]:
    rng = random.Random(6341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, username=L(HANDLE, UID)))}
    r0, r1 = RELEASES
    listing, sale, conv = obj(rng, "lst", 8), obj(rng, "sale", 8), obj(rng, "cv", 8)
    fla, flo = fix(FAIR_FIX)
    hla, hlo = home(3)
    return [
        case(f, f"{a}/api/v4/users", headers=_h(rng), body={
            "username": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "country": L("US", COARSE), "marketingOptIn": False}),
        case(f, f"{a}/api/v4/sessions", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v4/users/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/api/v4/users/{HANDLE}/profile", headers=_h(rng, **b), body={
            "displayName": L("Jane D.", NAMEC), "location": L("New York, NY", COARSE),
            "bio": L("Mostly 70s jazz and library music, always looking for clean pressings",
                     TEXT)}), HANDLE, UID),
        case(f, f"{a}/api/v4/search", headers=_h(rng, **b), query={
            "q": L("velvet orchards low tide hymns", SEARCH), "format": "LP", "sort": "price",
            "page": "1"}),
        case(f, f"{a}/api/v4/catalog/barcode/{r1['ean']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/collection/items", headers=_h(rng, **b), body={
            "release": r1["id"], "catno": r1["cat"], "media": "VG+", "sleeve": "VG",
            "paid": L("18.00", BUY),
            "notes": L("Bought at a stoop sale on Bergen St, small seam split", TEXT)}),
        case(f, f"{a}/api/v4/wantlist", headers=_h(rng, **b), body={
            "release": r0["id"], "maxPrice": "40.00", "minCondition": "VG+", "notify": True}),
        multipart(f, f"{a}/api/v4/listings", [
            ("photo_front", "front.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo_label", "label.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("listing", None, "application/json", {
                "release": r1["id"], "catno": r1["cat"], "price": "32.00", "currency": "USD",
                "media": "VG+", "sleeve": "VG",
                "shipsFrom": {"city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
                "comments": L("Light surface marks, plays through clean", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/listings/{obj(rng, 'lst', 8)}/offers", headers=_h(rng, **b), body={
            "seller": SELLER["id"], "amount": L("27.50", BUY), "currency": "USD",
            "message": L("Would you take 27.50 shipped?", TEXT)}),
        case(f, f"{a}/api/v4/chat/{conv}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "to": SELLER["id"], "text": L("Can you send a photo of the runout etching?", TEXT),
            "clientId": opaque(rng, "", 12)}),
        case(f, f"{a}/api/v4/orders", headers=_h(rng, **b), body={
            "listings": [obj(rng, "lst", 8)], "seller": SELLER["id"],
            "shipTo": dict(_ship(), phone=L(E164, TEL)),
            "subtotal": L("27.50", BUY), "shipping": L("6.00", BUY), "total": L("33.50", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(case(f, f"{a}/api/v4/orders/{ORDER_SPN}", headers=_h(rng, **b)), ORDER_SPN, BUY),
        at_path(case(f, f"{a}/api/v4/orders/{ORDER_SPN}/feedback", headers=_h(rng, **b), body={
            "rating": 5, "text": L("Well packed, exactly as graded, thanks!", TEXT)}),
            ORDER_SPN, BUY),
        multipart(f, f"{a}/api/v4/listings/{listing}/audio", [
            ("clip", "side_a_track2.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"side": "A", "track": 2, "seconds": 30})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/sales/{sale}/label", headers=_h(rng, **b), body={
            "from": _ship(), "to": dict(BUYER), "weightOz": 24, "service": "media_mail",
            "postage": L("5.85", BUY)}),
        case(f, f"{a}/api/v4/fairs/nearby", headers=_h(rng, **b), query={
            "lat": L(str(hla.value), PRECISE), "lng": L(str(hlo.value), PRECISE),
            "radiusMi": "10"}),
        case(f, f"{a}/api/v4/fairs/{obj(rng, 'fair', 6)}/checkin", headers=_h(rng, **b), body={
            "me": {"lat": fla, "lng": flo, "acc": 11},
            "venue": {"lat": FAIR_AT[0], "lng": FAIR_AT[1], "name": "Basement Record Fair"}}),
        case(f, f"{a}/api/v4/tax/1099k", headers=_h(rng, **b), body={
            "tin": L(SSN.replace("-", ""), NATID), "tinType": "ssn", "legalName": L(NAME, NAMEC),
            "address": {k: v for k, v in _ship().items() if k != "name"}}),
        case(f, f"{a}/api/v4/price-alerts", fmt="form", headers=_h(rng, **b), body={
            "release": r0["id"], "below": "35.00", "channel": "push"}),
        case(f, f"{a}/api/v4/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v4/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("listing_created", 1, photos=2), ev("offer_sent", 2),
                ev("screen", 3, screen=L("Inbox", USAGE))]}),
        case(f, f"{a}/api/v4/inbox", headers=_h(rng, how="nodash"),
             cookies={"spn_sid": L(opaque(rng, "", 40), CRED), "spn_u": L(HANDLE, UID)}),
    ]


def spinstack_sdks() -> list[Case]:
    rng = random.Random(6342)
    return [
        tb_batch(APP, rng, [("Offer Sent", {"amount": L(27.5, BUY)}),
                            ("Search", {"query": L("velvet orchards", SEARCH)})], adid=True),
        tb_pixel(APP, rng, "Listing Viewed", {"listing": "lst_8a1c02ff"}),
        sw_open(APP, rng, first=True),
        sw_event(APP, rng, "purchase", {"order": L(ORDER_SPN, BUY)}, revenue=33.5,
                 hashed=True),
        sw_deeplink(APP, rng, U("https://spinstack.example.com/l/lst_8a1c02ff", {
            "ref": L(HANDLE, UID), "utm_source": "share", "utm_medium": "copy_link"})),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(40.74183, -73.98931), nd=3,
               yob=1991, gender="F"),
        bg_win(APP, rng),
        fp_report(APP, rng, ("java.io.FileNotFoundException", "clip cache missing"),
                  [fp_crumb("nav", "Listing -> AddAudio"),
                   fp_crumb("tap", "record_clip", {"listing": "lst_8a1c02ff"})],
                  screen="AddAudioActivity", extra={"gaid_present": True}),
        pm_card(APP, rng, email=True),
        pm_bank(APP, rng),
    ]

