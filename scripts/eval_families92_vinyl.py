"""Vinyl-record collector marketplace "Drazka": sign-up, log-in, ``/me``, her collection
(releases, catalogue numbers, grades and listing prices are negatives), a barcode scan, a
search, the want list, a seller's listings (the seller's ID, name, city and mailbox are
negatives), an offer, an order with her shipping address, payment, tracking by order number in
the path, a listing of her own with condition photos, a message to a seller, a review, a
price-alert feed (GET), a record-fair check-in, push, events and a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families92_kit import ORDER, RECORDS, SELLER, SK_HOME, SK_HOME_AT, fix, home, obj
from eval_families92_sdk import bz_open, jb_bid, jb_win, kb_crash, kb_crumb, lp_batch, lp_queue
from eval_families92_svc import hl_register, pd_card, pd_iban, pd_pay, pm_attach, su_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("drazka", "Drazka", "com.example.drazka", "3.3.5", "https://api.drazka.example.net")
IID = "X-Drazka-Device"
PW = "BlueNote-4003!"
HANDLE = "jane_digs_jazz"  # her collector handle (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def drazka() -> list[Case]:
    rng = random.Random(9241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email=L(EMAIL, MAIL)))}
    mine = obj(rng, "lst", 8)
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "country": L("SK", COARSE), "currency": "EUR"}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/collection", headers=_h(rng, **b), body={
            "owner": L(USER_ID, UID),
            "items": [{"release": r["release"], "cat": r["cat"], "grade": r["grade"]}
                      for r in RECORDS], "folder": "Blue Note"}),
        case(f, f"{a}/api/v1/scan", fmt="form", headers=_h(rng, **b), body={
            "barcode": "0724349900326", "matrix": "BN-LP-4003-A RVG", "source": "camera"}),
        case(f, f"{a}/api/v1/search", query={"q": L("Art Blakey Moanin first press", SEARCH),
                                             "format": "LP", "sort": "price_asc"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/wants", headers=_h(rng, **b), body={
            "release": RECORDS[1]["release"], "maxPrice": "40.00", "minGrade": "VG+",
            "notify": True}),
        case(f, f"{a}/api/v1/sellers/{SELLER['id']}/listings", query={"page": "2"},
             headers=_h(rng, how="upper")),
        case(f, f"{a}/api/v1/offers", headers=_h(rng, **b), body={
            "listing": obj(rng, "lst", 8), "seller": SELLER["id"], "amount": L("42.00", BUY),
            "currency": "EUR", "note": L("Would you take 42 with tracked shipping?", TEXT)}),
        case(f, f"{a}/api/v1/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "seller": {"id": SELLER["id"], "name": SELLER["name"],
                                               "city": SELLER["ship_from"]},
            "items": [{"release": RECORDS[0]["release"], "price": RECORDS[0]["price"]}],
            "total": L("55.90", BUY),
            "shipTo": {"name": L(f"{FIRST} {LAST}", NAMEC), "street": L(SK_HOME["ulica"], ADDR),
                       "city": L(SK_HOME["mesto"], COARSE), "zip": L(SK_HOME["psc"], COARSE),
                       "country": L("SK", COARSE), "phone": L(E164, TEL)}}),
        at_path(case(f, f"{a}/api/v1/orders/{ORDER}/tracking", headers=_h(rng, **b)),
                ORDER, BUY),
        case(f, f"{a}/api/v1/listings", headers=_h(rng, **b), body={
            "listing": mine, "release": "r_0771120", "cat": "RLP 12-226", "grade": "VG",
            "price": "60.00", "shipsFrom": L("Bratislava", COARSE),
            "comments": L("Light hairlines, plays through, original inner sleeve", TEXT)}),
        multipart(f, f"{a}/api/v1/listings/{mine}/photos", [
            ("photo", "label_a.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("photo2", "sleeve.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"listing": mine})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": SELLER["id"], "thread": obj(rng, "thr", 8),
            "text": L("Could you ship to my US address instead? 350 Fifth Avenue Apt 4B",
                      f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v1/reviews", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "seller": SELLER["id"], "rating": "positive",
            "text": L("Packed like a tank, graded fairly", TEXT)}),
        case(f, f"{a}/api/v1/alerts/feed", query={"since": "1765300000",
                                                  "user": L(USER_ID, UID)},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/fairs/checkin", headers=_h(rng, **b), body={
            "fair": "fair_ba_2512", "lat": fix(SK_HOME_AT, 4)[0], "lon": fix(SK_HOME_AT, 4)[1],
            "venue": {"name": "Stará tržnica", "lat": 48.14411, "lon": 17.11302}}),
        case(f, f"{a}/api/v1/profile/us-address", fmt="form", headers=_h(rng, **b), body={
            "street": L(STREET, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
            "zip": L(ZIP, COARSE), "pin": L(f"{home(5)[0].value},{home(5)[1].value}",
                                            PRECISE)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("record_scanned", 1), ev("offer_sent", 2),
                ev("screen", 3, screen=L("Collection", USAGE))]}),
        case(f, f"{a}/api/v1/orders", headers=_h(rng, how="nodash"),
             cookies={"drz_s": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/api/v1/payouts/settings", headers=_h(rng, **b), body={
            "method": "sepa", "seller": L(USER_ID, UID), "vat": False}),
    ]


def drazka_sdks() -> list[Case]:
    rng = random.Random(9242)
    return [
        lp_batch(APP, rng, [("Record Scanned", {"format": "LP"}),
                            ("Order Placed", {"total": L(55.9, BUY)})], locale="en_SK"),
        lp_queue(APP, rng, [("Want Added", {}), ("Search", {"q": L("Blue Moods", SEARCH)})]),
        bz_open(APP, rng, user=True, n=14),
        jb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="jazz,vinyl,turntables",
               yob=1991),
        jb_win(APP, rng),
        kb_crash(APP, rng, ("java.lang.NullPointerException", "matrix null"),
                 [kb_crumb("ui", "scan tapped")], screen="ScanActivity"),
        hl_register(APP, rng, tags={"wants": 14}),
        su_check(APP, rng, {"analytics": True, "ads": True}),
        pd_card(APP, rng),
        pd_pay(APP, rng, "55.90"),
        pd_iban(APP, rng),
        pm_attach(APP, rng, L(JPEG + b"\x63", MEDIA), "warped_record.jpg", "image/jpeg"),
    ]
