"""Used-car inspection and auction app "Carvetta" (she sells her car and bids on another): sign-up,
a log-in and an SMS code, ``/me`` with a JWT, her driver's licence (both sides, the number), her
listing and its photo, an inspection at her home, an OBD scan (gzip), a valuation, her payout
account, an auction, a bid, a watch, a history report, a financing pre-qualification, a message
to a seller, a transport quote, the checkout, a saved search, push, events and her garage by a
cookie GET."""

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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families45_kit import AUCTION, LOT_CAR, MY_CAR, YARD_AT, obj
from eval_families45_sdk import (
    ar_event,
    ar_link,
    bm_bid,
    bm_win,
    fk_crash,
    fk_crumb,
    ls_batch,
    ls_identify,
)
from eval_families45_svc import aw_save, pf_geocode, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("carvetta", "Carvetta", "com.example.carvetta", "6.0.3", "https://api.carvetta.example.com")
IID = "X-Carvetta-Device"
PW = "Odometer!Blue73"
HOME5 = (round(LAT, 5), round(LON, 5))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def carvetta() -> list[Case]:
    rng = random.Random(4561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), seller=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    lst = obj(rng, "lst", 10)
    insp = obj(rng, "insp", 8)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE),
            "role": "buyer_seller"}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "grant_type": "password"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("660418", CRED), "trust_device": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/identity/licence", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG + b"\x4a", f"{MEDIA}|{NATID}")),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\x4b", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE, NATID), "dob": L(DOB, BIRTH), "state": L(STATE, COARSE),
                "address": L(f"{LINE1} {LINE2}", ADDR), "expires": "2029-05-17",
                "class": "D"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/listings", headers=_h(rng, **b), body={
            "listing": lst, "vin": MY_CAR["vin"], "year": MY_CAR["year"], "make": MY_CAR["make"],
            "model": MY_CAR["model"], "odometer": MY_CAR["odometer"], "plate": MY_CAR["plate"],
            "askingPrice": 16900, "sellerId": L(USER_ID, UID),
            "pickup": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "zip": L(ZIP, COARSE)},
            "description": L("One owner, garaged, new tires in May", TEXT)}),
        multipart(f, f"{a}/v2/listings/{lst}/photos", [
            ("photo", "front_3q.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {"angle": "front_34", "order": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/inspections", headers=_h(rng, **b), body={
            "inspection": insp, "listing": lst, "slot": "2025-12-13T10:00",
            "at": {"lat": L(HOME5[0], PRECISE), "lon": L(HOME5[1], PRECISE)},
            "address": L(f"{LINE1}, {LINE2}, {CITY}", ADDR),
            "notes": L("Car is in the garage under the building, level B2", TEXT)}),
        case(f, f"{a}/v2/inspections/{insp}/obd", gz=True, headers=_h(rng, **b), body={
            "adapter": "ELM327-BT", "vin": MY_CAR["vin"], "odometerKm": 77587,
            "dtc": ["P0420", "P0456"], "batteryV": 12.6, "coolantC": 88,
            "readiness": {"cat": False, "evap": True, "o2": True}}),
        case(f, f"{a}/v2/valuation", headers=_h(rng, **b), query={
            "vin": MY_CAR["vin"], "mileage": str(MY_CAR["odometer"]), "zip": L(ZIP, COARSE),
            "condition": "good"}),
        case(f, f"{a}/v2/payouts/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "type": "checking"}),
        case(f, f"{a}/v2/auctions/{AUCTION}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/auctions/{AUCTION}/bids", headers=_h(rng, **b), body={
            "bidder": L(USER_ID, UID), "amount": L(19250, BUY), "proxyMax": L(20500, BUY),
            "lot": {"vin": LOT_CAR["vin"], "seller": LOT_CAR["seller"],
                    "reserve": LOT_CAR["reserve"], "currentHigh": 19000},
            "bidId": obj(rng, "bid", 10)}),
        case(f, f"{a}/v2/auctions/{AUCTION}/watch", fmt="form", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "notify": "outbid,ending"}),
        case(f, f"{a}/v2/history-reports", headers=_h(rng, **b), body={
            "vin": LOT_CAR["vin"], "price": L("24.99", BUY), "order": L("HR-8841207", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/financing/prequal", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
            "address": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)},
            "income": 64000, "employer": "Columbia University", "housing": "rent",
            "amount": 15000, "termMonths": 48}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": LOT_CAR["seller"], "auction": AUCTION,
            "text": L("Can I see the service records before I bid again?", TEXT)}),
        case(f, f"{a}/v2/transport/quote", headers=_h(rng, **b), body={
            "from": {"yard": "yard_bk2", "lat": YARD_AT[0], "lon": YARD_AT[1]},
            "to": {"line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE)}, "enclosed": False}),
        case(f, f"{a}/v2/purchases/{AUCTION}/checkout", headers=_h(rng, **b), body={
            "total": L("20141.50", BUY), "buyerFee": L("649.00", BUY), "deposit": L("500.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "titleTo": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/saved-searches", headers=_h(rng, **b), body={
            "q": L("awd hybrid under 25k", SEARCH), "maxPrice": 25000, "radiusMi": 75,
            "zip": L(ZIP, COARSE), "alerts": True}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                         DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("bid_placed", 1), ev("listing_published", 2),
                ev("screen", 3, screen=L("AuctionDetail", USAGE))]}),
        case(f, f"{a}/v2/garage", headers=_h(rng, how="upper"),
             cookies={"cv_session": L(opaque(rng, "", 44), CRED), "cv_device": L(INSTALL_ID, DID)}),
    ]


def carvetta_sdks() -> list[Case]:
    rng = random.Random(4562)
    link = U("https://carvetta.example.com/a/" + AUCTION, {"ref": L(USER_ID, UID),
                                                           "utm_source": "share"})
    return [
        ls_batch(APP, rng, [("Bid Placed", {"amount": L(19250, BUY), "auction": AUCTION}),
                            ("Listing Published", {"asking": 16900})], at=(LAT, LON), nd=2),
        ls_identify(APP, rng, {"zip": L(ZIP, COARSE), "seller": True, "state": L(STATE, COARSE)}),
        ar_event(APP, rng, "purchase", {"auction": AUCTION}, revenue=20141.5, hashed=True),
        ar_link(APP, rng, link),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=3, yob=1991,
               keywords="used cars,auto loans"),
        bm_win(APP, rng),
        fk_crash(APP, rng, ("java.lang.IllegalArgumentException", "bid below increment"),
                 [fk_crumb("nav", "Auction -> Bid"), fk_crumb("tap", "place_bid")],
                 screen="BidActivity"),
        aw_save(APP, rng, {"analytics": True, "ads": True, "sale_of_data": False}),
        pm_confirm(APP, rng, "500.00"),
        pf_geocode(APP, rng, f"{LINE1}, {CITY}", ADDR, near=HOME5, nd=3),
    ]
