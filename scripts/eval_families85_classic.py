"""Vintage-car restoration marketplace "Chromeyard": sign-up, a log-in, ``/me``, browsing by her
ZIP, a listing, a VIN decoded in the path, a saved search, a watchlist, a message to a seller, an
offer, an auction bid (protobuf), her own car listed with its photos and where it is stored, the
seller verification (her licence), escrow with her bank account, shipping to her address, a parts
search, a restoration log with parts bought, an inspection booked (msgpack), push, events and
her garage by a cookie GET. Listed cars' VINs, sellers' IDs, phones and points are negatives."""

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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families85_kit import CARS, GARAGE_AT, LICENCE, MY_CAR, OFFER_ID, fix, obj
from eval_families85_sdk import (
    gb_batch,
    gb_identify,
    lz_launch,
    lz_link,
    pz_bid,
    xk_crash,
    xk_crumb,
)
from eval_families85_svc import dg_register, fp_confirm, gm_route, kz_attach, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("chromeyard", "Chromeyard", "com.example.chromeyard", "3.4.2",
          "https://api.chromeyard.example.com")
IID = "X-Chromeyard-Install"
PW = "Stallion-GT-1994"
C0, C1 = CARS


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def chromeyard() -> list[Case]:
    rng = random.Random(8561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="seller"))}
    gla, glo = fix(GARAGE_AT, 5)
    mine = obj(rng, "lst", 8)
    lab: dict[str, str] = {}
    bid = pb([(1, L(USER_ID, UID)), (2, C1["id"]), (3, L(39500, BUY)), (4, 1765320000),
              (5, C1["vin"])], "", lab)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DASHED, TEL), "zip": L(ZIP, COARSE),
            "marketing": False}),
        case(f, f"{a}/v2/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/listings", headers=_h(rng, **b), query={
            "make": "stallion", "yearMin": "1967", "yearMax": "1994", "zip": L(ZIP, COARSE),
            "radiusMi": "250", "sort": "newest"}),
        case(f, f"{a}/v2/listings/{C0['id']}", headers=_h(rng, how="upper")),
        case(f, f"{a}/v2/vin/{C0['vin']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/searches", headers=_h(rng, **b), body={
            "q": L("numbers matching big block project", SEARCH),
            "filters": {"bodyStyle": "coupe", "maxPrice": 40000}, "alert": "daily"}),
        case(f, f"{a}/v2/watchlist", fmt="form", headers=_h(rng, **b), body={
            "listing": C1["id"], "notify": "price_drop"}),
        case(f, f"{a}/v2/conversations", headers=_h(rng, **b), body={
            "listing": C0["id"], "to": C0["seller"], "vin": C0["vin"],
            "text": L("Is the frame solid under the rear seat? I can come see it Saturday, "
                      "my number is 555-010-0199", f"{TEXT}|contact.phone")}),
        case(f, f"{a}/v2/offers", headers=_h(rng, **b), body={
            "listing": C0["id"], "amount": L(12750, BUY), "currency": "USD",
            "listPrice": C0["price"], "expiresH": 48, "clientRef": OFFER_ID}),
        raw(f, f"{a}/v2/auctions/{C1['id']}/bids", bid, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/my/listings", headers=_h(rng, **b), body={
            "id": mine, "vin": MY_CAR["vin"], "year": MY_CAR["year"], "model": MY_CAR["model"],
            "askingPrice": 18900, "mileage": 88211,
            "description": L("Garage kept since 2009, new floor pans, original LT1, I'm the "
                             "second owner", TEXT),
            "location": {"lat": gla, "lon": glo, "showExact": False}}),
        multipart(f, f"{a}/v2/my/listings/{mine}/photos", [
            ("photo", "gt_front.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("photo2", "gt_engine.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"order": [1, 2], "cover": 1})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/sellers/verify", [
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\x63", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"licenceNumber": L(LICENCE, NATID),
                                                "state": L("NY", COARSE),
                                                "dob": L(DOB, "personal.birthdate")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/escrow", fmt="form", headers=_h(rng, **b), body={
            "offer": OFFER_ID, "amount": L("12750.00", BUY), "routing": L(ROUTING, PAY),
            "account": L(ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/shipping/book", headers=_h(rng, **b), body={
            "pickup": {"zip": "19380", "contact": C0["seller"]},
            "deliver": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                        "line2": L(LINE2, ADDR), "zip": L(ZIP, COARSE),
                        "phone": L("+1 555 010 0199", TEL)},
            "carrier": "enclosed", "price": L("940.00", BUY)}),
        case(f, f"{a}/v2/parts/search", headers=_h(rng, **b), query={
            "q": L("1994 stallion gt hood scoop reproduction", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/projects/{obj(rng, 'prj', 8)}/log", headers=_h(rng, **b), body={
            "entry": L("Pulled the dash, wiring harness is brittle behind the cluster", TEXT),
            "parts": [{"name": "dash harness", "vendor": "Route 9 Restorations",
                       "cost": L(412.5, BUY)}], "hours": 6}),
        case(f, f"{a}/v2/inspections", fmt="msgpack", headers=_h(rng, **b), body={
            "listing": C1["id"], "inspector": "ins_pa_07", "date": "2025-12-16",
            "sellerPhone": C1["sellerPhone"], "contactPhone": L(DASHED, TEL),
            "fee": L(225, BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("offer_made", 1, listing=C0["id"]), ev("listing_created", 2),
                ev("screen", 3, screen=L("ListingDetail", USAGE))]}),
        case(f, f"{a}/v2/my/garage", headers=_h(rng, how="nodash"),
             cookies={"cy_session": L(opaque(rng, "", 40), CRED)}),
    ]


def chromeyard_sdks() -> list[Case]:
    rng = random.Random(8562)
    return [
        gb_batch(APP, rng, [("Offer Made", {"amount": L(12750, BUY)}),
                            ("Listing Viewed", {"listing": C1["id"], "vin": C1["vin"]})],
                 tz="America/New_York", locale="en_US"),
        gb_identify(APP, rng, {"zip": L(ZIP, COARSE), "seller": True}),
        lz_launch(APP, rng, user=True),
        lz_link(APP, rng, U("https://go.chromeyard.example.com/listing/lst_71955",
                            {"shared_by": "sl_oldiron", "utm_campaign": "weekly"})),
        pz_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, country="USA", city="New York",
               keywords="classic cars,restoration"),
        xk_crash(APP, rng, ("java.lang.IllegalStateException", "upload cancelled"),
                 [xk_crumb("nav", "MyListing -> Photos")], screen="PhotoUploadActivity",
                 tz="America/New_York"),
        mj_eval(APP, rng, {"escrowV2": True, "seller": True}),
        dg_register(APP, rng, tz="America/New_York", tags={"watch": "price_drop"}),
        fp_confirm(APP, rng, "225.00", "usd"),
        gm_route(APP, rng, [(GARAGE_AT, PRECISE), ((C0["lat"], C0["lon"]), None)]),
        kz_attach(APP, rng, L(JPEG + b"\x64", MEDIA), "damage_on_arrival.jpg", "image/jpeg"),
    ]
