"""Secondhand-textbook exchange "Bookswapa" (Kigali parents trade school books each term; she
sells Mia's Primary 4 books and buys the Primary 5 ones; snake_case API). A sign-up with a
handle, a log-in, ``/me`` with a JWT, a book search, an ISBN look-up, a listing with photos, a bulk
listing (msgpack), listings nearby, a wishlist, a conversation with a seller and a message giving
her number, an order, its mobile-money payment by order number in the path, the meet-up at a café
with a hand-over code, a review, her payout wallet, the school's book list photographed, a listing
reported, a saved-search alert, push, events and her orders by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
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
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families100_kit import (
    CAFE_AT,
    HOME_RW_AT,
    ISBNS,
    LOCAL,
    LOCAL_DIGITS,
    SCHOOL,
    fix,
    obj,
)
from eval_families100_sdk import (
    bc_bid,
    fs_crash,
    fs_crumb,
    fs_sessions,
    sl_session,
    ty_batch,
    ty_identify,
    ty_screen,
)
from eval_families100_svc import gh_search, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bookswapa", "Bookswapa", "com.example.bookswapa", "1.6.3",
          "https://api.bookswapa.example.com")
IID = "X-Bsw-Install"
PW = "Ibitabo-2025"
HANDLE = "JaneD_Remera"  # her public handle (id.user)
ORDER = "BSW-77120"  # her order (financial.purchase)
MOMO = f"{TEL}|{PAY}"
SELLERS = others(random.Random(10060), 3, "sl_")  # other parents (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bookswapa() -> list[Case]:
    rng = random.Random(10061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    lst, conv = obj(rng, "lst", 10), obj(rng, "cnv", 10)
    mla, mlo = fix((-1.951902, 30.105688))  # her phone at the café
    pay = at_path(case(f, f"{a}/v1/orders/{ORDER}/pay", headers=_h(rng, **b), body={
        "msisdn": L(LOCAL_DIGITS, MOMO), "amount": L("4000", BUY), "provider": "momo"}),
        ORDER, BUY)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "first_name": L(FIRST, NAMEC), "city": L("Kigali", COARSE), "phone": L(LOCAL, TEL)}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/books/search", headers=_h(rng, **b), query={
            "q": L("Primary 5 Mathematics pupil's book", SEARCH), "level": "P5"}),
        case(f, f"{a}/v1/books/isbn/{ISBNS[1]}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/listings", headers=_h(rng, **b), body={
            "listing": lst, "isbn": ISBNS[0], "title": "Social and Religious Studies P4",
            "condition": "good", "price": 3500, "currency": "RWF",
            "pickup_area": L("Remera", COARSE),
            "meet_at": {"lat": L(-1.95, COARSE), "lng": L(30.11, COARSE)}}),
        multipart(f, f"{a}/v1/listings/{lst}/photos", [
            ("cover", "cover.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("inside", "inside.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/listings/bulk", fmt="msgpack", headers=_h(rng, **b), body={
            "seller": L(USER_ID, UID), "items": [
                {"isbn": i, "price": p, "condition": "fair"}
                for i, p in zip(ISBNS[2:], (2500, 3000), strict=True)]}),
        case(f, f"{a}/v1/listings/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_RW_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_RW_AT[1]:.3f}", PRECISE),
            "radius_km": "3", "level": "P5"}),
        case(f, f"{a}/v1/wishlist", fmt="form", headers=_h(rng, **b), body={
            "isbn": ISBNS[1], "max_price": "4500", "notify": "1"}),
        case(f, f"{a}/v1/conversations", headers=_h(rng, **b), body={
            "listing": obj(rng, "lst", 10), "seller": SELLERS[0], "conversation": conv,
            "text": L("Hello, is the P5 maths book still available? I can meet in Remera today",
                      TEXT)}),
        case(f, f"{a}/v1/conversations/{conv}/messages", headers=_h(rng, **b), body={
            "text": L("My number is 0788 410 927, call me when you reach the café",
                      f"{TEXT}|{TEL}"), "client_id": opaque(rng, "", 12)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order_ref": L(ORDER, BUY), "listing": obj(rng, "lst", 10), "seller": SELLERS[0],
            "total": L("4000", BUY), "delivery": "meetup", "payment": "momo"}),
        pay,
        case(f, f"{a}/v1/orders/{ORDER}/meetup", headers=_h(rng, **b), body={
            "arrived": {"lat": mla, "lng": mlo}, "place": {"lat": CAFE_AT[0], "lng": CAFE_AT[1]},
            "handover_code": L("4417-82", CRED)}),
        case(f, f"{a}/v1/orders/{ORDER}/review", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "comment": L("Book like new, seller very kind", TEXT),
            "seller": SELLERS[0]}),
        case(f, f"{a}/v1/payout-accounts", headers=_h(rng, **b), body={
            "msisdn": L(LOCAL, MOMO), "name_on_account": L(NAME, NAMEC), "provider": "momo"}),
        multipart(f, f"{a}/v1/booklists", [
            ("photo", "booklist_p5.jpg", "image/jpeg", L(JPEG + b"\xe3", MEDIA)),
            ("meta", None, "application/json", {"school": SCHOOL["code"], "class": "P5",
                                                 "term": 2})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/reports", [
            ("evidence", "copy.jpg", "image/jpeg", L(JPEG + b"\xe4", MEDIA)),
            ("report", None, "application/json", {
                "listing": obj(rng, "lst", 10), "reason": "photocopy",
                "text": L("This is a photocopied book sold as original", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "query": L("Primary 5 English", SEARCH), "area": L("Remera", COARSE),
            "max_price": 5000}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("listing_created", 1, price=3500), ev("order_paid", 2, total=L(4000, BUY)),
                ev("screen", 3, screen=L("Orders", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="none"), query={"role": "buyer"},
             cookies={"bsw_session": L(opaque(rng, "", 40), CRED)}),
    ]


def bookswapa_sdks() -> list[Case]:
    rng = random.Random(10062)
    return [
        ty_batch(APP, rng, [("Listing Created", {"price": 3500}),
                            ("Order Paid", {"total": L(4000, BUY)})], at=HOME_RW_AT, nd=2),
        ty_screen(APP, rng, "SearchResults", user=True),
        ty_identify(APP, rng, {"handle": L(HANDLE, UID), "city": L("Kigali", COARSE),
                               "listings": 3}),
        sl_session(APP, rng, first=True),
        bc_bid(APP, rng, {"native": {"ver": "1.2"}}, keywords="textbooks,school,primary"),
        fs_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [fs_crumb("navigation", "Sell -> ScanIsbn"),
                  fs_crumb("user", "scan", {"isbn": ISBNS[0]})], screen="ScanIsbnActivity"),
        fs_sessions(APP, rng, [640, 133]),
        sw_eval(APP, rng, {"market": L("rw", COARSE)}, user=False),
        gh_search(APP, rng, "cafe KG 11 Ave", SEARCH, near=HOME_RW_AT, nd=4),
        ty_screen(APP, rng, "Listing"),
    ]
