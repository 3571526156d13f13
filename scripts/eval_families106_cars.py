"""Used-car classifieds marketplace "Otomêl" in Erbil (buyers and private sellers; unlike set
45's inspection-and-auction app there is no auction: listings, chat and test drives): sign-up
by SMS, ``/me``, searches with filters, listings near her, a saved search, a listing viewed by
ID in the path, a chat with a seller (JSON Lines sync), an offer, a test drive booked with a
reservation deposit, her own car listed for sale (photos, VIN, plate), a VIN history check, a
financing pre-check with her residency card, a report of a scam listing, push, events and the
favourites by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families106_kit import ERB_AT, LISTING, MY_CAR, RESIDENCY, fix, near, obj
from eval_families106_sdk import hw_event, hw_link, lt_batch, ob_bid, ob_win, sl_crash
from eval_families106_svc import cw_register, gm_route, gm_search, gm_telemetry, tb_charge
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("cars", "Otomel", "com.example.otomel", "7.12.3", "https://api.otomel.example.com")


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="X-Otomel-Device", **kw)


def otomel() -> list[Case]:
    rng = random.Random(10651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer", "lang": True}
    conv = obj(rng, "conv", 8)
    mla, mlo = fix(near(ERB_AT, rng, 0.003), 5)
    lst = LISTING["id"]
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={"msisdn": L(E164, TEL)}),
        case(f, f"{a}/v2/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "code": L("5521", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))})),
        case(f, f"{a}/v2/me", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "city": L("Erbil", COARSE),
            "showPhone": False}),
        case(f, f"{a}/v2/listings/search", headers=_h(rng, **b), query={
            "q": L("toyota rav4 hybrid", SEARCH), "maxPrice": "20000", "yearFrom": "2017",
            "city": L("Erbil", COARSE), "lat": L(f"{mla.value:.3f}", PRECISE),
            "lng": L(f"{mlo.value:.3f}", PRECISE)}),
        case(f, f"{a}/v2/saved-searches", headers=_h(rng, **b), body={
            "query": {"q": L("automatic suv under 20000", SEARCH), "fuel": "hybrid"},
            "notify": True}),
        case(f, f"{a}/v2/listings/{lst}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/listings/{lst}/favourite", headers=_h(rng, **b), body={"on": True}),
        case(f, f"{a}/v2/conversations", headers=_h(rng, **b), body={
            "listing": lst, "to": LISTING["seller"], "conv": conv,
            "text": L("Silav, is the RAV4 still available? Any accidents?", TEXT)}),
        lines(f, f"{a}/v2/conversations/{conv}/sync", [
            {"id": obj(rng, "m"), "from": L(USER_ID, UID),
             "text": L("Can I see it Saturday in Ankawa?", TEXT)},
            {"id": obj(rng, "m"), "from": L(USER_ID, UID),
             "text": L(f"My number is {PHONE}", f"{TEXT}|contact.phone")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/listings/{lst}/offers", headers=_h(rng, **b), body={
            "amount": 17200, "currency": "USD", "message": L("Cash, this week", TEXT)}),
        case(f, f"{a}/v2/test-drives", headers=_h(rng, **b), body={
            "listing": lst, "slot": "2025-12-13T11:00:00+03:00", "reservation": L(
                "TD-40118", BUY), "deposit": L("50.00", BUY),
            "meetAt": {"lat": LISTING["lat"], "lng": LISTING["lon"]},
            "sellerPhone": LISTING["seller_phone"], "myPhone": L(PHONE, TEL)}),
        multipart(f, f"{a}/v2/my-listings", [
            ("photo1", "elantra_front.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo2", "elantra_side.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("listing", None, "application/json", {
                "model": MY_CAR["model"], "vin": MY_CAR["vin"], "plate": MY_CAR["plate"],
                "km": 84200, "price": 11900, "lat": mla, "lng": mlo,
                "contactName": L(NAME, NAMEC), "contactPhone": L(PHONE, TEL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vin/{LISTING['vin']}/history", headers=_h(rng, **b)),
        case(f, f"{a}/v2/financing/precheck", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "residencyCard": L(RESIDENCY, NATID),
            "dob": L(DOB, "personal.birthdate"), "monthlyIncomeUsd": 2400,
            "employer": "Example NGO", "listing": lst, "term": 36}),
        case(f, f"{a}/v2/reports", fmt="form", headers=_h(rng, **b), body={
            "listing": obj(rng, "lst", 6), "reason": "scam",
            "text": L("Seller asks for a deposit by Western Union before viewing", TEXT)}),
        case(f, f"{a}/v2/promote", headers=_h(rng, **b), body={
            "product": L("bump_7d", BUY), "price": L("5000", BUY),
            "method": L(opaque(rng, "pm_", 20), PAY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("listing_view", 1, listing=lst),
                                               ev("chat_open", 2, conv=conv)]}),
        case(f, f"{a}/v2/favourites", headers=_h(rng, how="nodash"),
             cookies={"oto_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def otomel_sdks() -> list[Case]:
    rng = random.Random(10652)
    return [
        lt_batch(APP, rng, [("listing_viewed", {"price": 18500, "make": "Toyota"}),
                            ("search", {"q": L("toyota rav4 hybrid", SEARCH)})],
                 at=ERB_AT, nd=3, adid=True),
        hw_event(APP, rng, "test_drive", {"listing": LISTING["id"]}, revenue=50.0, currency="USD"),
        hw_link(APP, rng, U("https://otomel.example.com/l/lst_771204",
                            {"shared_by": L(USER_ID, UID), "c": "whatsapp"})),
        ob_win(APP, rng),
        ob_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=ERB_AT, nd=4,
               yob=1991, keywords=L("suv,hybrid,toyota", SEARCH)),
        sl_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "photo 3 of 2"),
                 ["open MyListing", "add photo"], screen="ListingEditorActivity"),
        cw_register(APP, rng, tags={"saved_searches": 1}, at=ERB_AT, nd=3),
        tb_charge(APP, rng, "50.00", "usd"),
        gm_search(APP, rng, "Ankawa 2 Kolana 14", "contact.address", focus=ERB_AT, nd=4),
        gm_route(APP, rng, [(ERB_AT, PRECISE), ((LISTING["lat"], LISTING["lon"]), None)]),
        gm_telemetry(APP, rng, [ERB_AT, (36.221437, 44.004118)]),
    ]
