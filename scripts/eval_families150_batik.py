"""A batik-tulis workshop's commission app "Cantingan" (a village workshop in Giriloyo, south of
Yogyakarta): she commissions hand-drawn batik cloths (a motif, colours, a length, her
measurements for a kebaya), pays a deposit, follows the waxing and dyeing stages in photos,
books a one-day canting class, and ships a cloth to her sister in Ohio. No earlier set has a
batik or textile-commission app (a file-name and docstring grep for "batik" found nothing; set
147's kente is a weaving cooperative's shop: this is a made-to-order commission with stages).
English and Indonesian keys mixed (``ukuran``, ``motif``, ``warna``)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families150_kit import (
    ORDER,
    SISTER_US,
    SON,
    WORKSHOP,
    WORKSHOP_FIX,
    YK_HOME,
    YK_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families150_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families150_svc import (
    cl_card,
    cl_confirm,
    hs_message,
    mm_route,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("cantingan", "Cantingan", "com.example.cantingan", "4.0.3",
          "https://api.cantingan.example.com")
IID = "X-Cantingan-Id"
PW = "Parang-Rusak!91"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def cantingan() -> list[Case]:
    rng = random.Random(15051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), customer=L(USER_ID, UID)))}
    wla, wlo = fix(WORKSHOP_FIX, 6)
    order = at_path(case(f, f"{a}/api/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    stages = at_path(case(f, f"{a}/api/orders/{ORDER}/stages", headers=_h(rng, **b)), ORDER,
                     BUY)
    ship = "SHP-" + opaque(rng, "", 8)
    return [
        case(f, f"{a}/api/customers", headers=_h(rng), body={
            "nama": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "hp": L(E164, TEL),
            "password": L(PW, CRED), "kota": L("Yogyakarta", COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/catalogue", headers=_h(rng, **b), query={
            "motif": L("truntum", SEARCH), "warna": "sogan", "page": "1"}),
        case(f, f"{a}/api/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "customer": L(USER_ID, UID), "motif": "truntum",
            "warna": ["sogan", "indigo"], "panjang_cm": 250, "lebar_cm": 110,
            "price": L(1850000, BUY), "deposit": L(900000, BUY),
            "purpose": L("For my son's circumcision ceremony next year", TEXT),
            "ukuran": {"bust": L(88, FIT), "waist": L(72, FIT), "hip": L(96, FIT),
                       "height": L(163, FIT)}}),
        order,
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "amount": L("900000", BUY), "channel": "va_bank",
            "va_number": L("8808" + "0871204455", PAY), "payer": L(f"{FIRST} {LAST}", NAMEC)}),
        stages,
        case(f, f"{a}/api/orders/{ORDER}/approve", fmt="form", headers=_h(rng, **b), body={
            "stage": "nglowong", "ok": "1",
            "comment": L("Please make the truntum flowers a little smaller", TEXT)}),
        multipart(f, f"{a}/api/orders/{ORDER}/reference", [
            ("photo", "kebaya_ibu.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {"order": L(ORDER, BUY),
                                                "note": L("My mother-in-law's old kebaya",
                                                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/classes/book", headers=_h(rng, **b), body={
            "class": "canting_1day", "date": "2026-02-07", "people": [
                {"name": L(f"{FIRST} {LAST}", NAMEC)},
                {"name": L(SON["first"], NAMEC), "age": L(8, BIRTH)}],
            "total": L(350000, BUY), "booking": L("KL-26-0207-11", BUY)}),
        case(f, f"{a}/api/visits/checkin", headers=_h(rng, **b), body={
            "customer": L(USER_ID, UID), "at": {"lat": wla, "lon": wlo},
            "workshop": WORKSHOP["id"]}),
        case(f, f"{a}/api/shipping/quote", headers=_h(rng, **b), query={
            "to": L("US", COARSE), "zip": L("43215", COARSE), "kg": "0.8"}),
        case(f, f"{a}/api/shipping", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "shipment": ship, "to": {
                "name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
                "email": L(SISTER_US[2], MAIL), "line1": L("418 Maple Avenue", ADDR),
                "city": L("Columbus", COARSE), "state": L("OH", COARSE),
                "zip": L("43215", COARSE)}, "fee": L(410000, BUY),
            "gift_note": L("Happy birthday Em, hand-drawn in Giriloyo!", TEXT)}),
        case(f, f"{a}/api/reviews", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "stars": "5",
            "text": L("Bu Sarinah's isen-isen are so fine, worth the wait", TEXT)}),
        case(f, f"{a}/api/wishlist", fmt="msgpack", headers=_h(rng, **b), body={
            "customer": L(USER_ID, UID), "items": ["kawung_sogan_01", "sidomukti_05"]}),
        case(f, f"{a}/api/orders", headers=_h(rng, how="none"), query={"status": "open"},
             cookies={"ct_sess": L(opaque(rng, "", 40), CRED), "ct_cust": L(USER_ID, UID)}),
        case(f, f"{a}/api/addresses", headers=_h(rng, **b), body={
            "label": "home", "line1": L(YK_HOME["line"], ADDR),
            "city": L("Yogyakarta", COARSE), "postcode": L(YK_HOME["postcode"], COARSE),
            "phone": L(E164, TEL)}),
        at_path(case(f, f"{a}/api/invoices/{ORDER}.pdf", headers=_h(rng, **b)), f"{ORDER}.pdf",
                BUY),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1), ev("stage_approved", 2),
                ev("screen", 3, screen=L("Stages", USAGE))]}),
    ]


def cantingan_sdks() -> list[Case]:
    rng = random.Random(15052)
    return [
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=900000.0, hashed=True),
        mc_batch(APP, rng, [("Order Placed", {"value": L(1850000, BUY)}),
                            ("Catalogue Viewed", {"motif": "truntum"})], adid=True),
        mc_identify(APP, rng, {"city": L("Yogyakarta", COARSE), "buyer": True}),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, keywords="batik,truntum"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("android.os.TransactionTooLargeException", "data parcel size"),
                 [cd_crumb("nav", "Order -> Reference")], screen="ReferenceActivity"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "410000"),
        mm_route(APP, rng, [(YK_HOME_AT, PRECISE), (WORKSHOP_FIX, None)]),
        hs_message(APP, rng, L(f"Where is my order {ORDER}?", f"{TEXT}|{BUY}"),
                   {"order": L(ORDER, BUY)}),
    ]
