"""A bridal henna studio's booking app "Hinastudio" (a Malindi-street studio sends artists to
brides' homes; she books the bridal party for her husband's niece and a hand for herself).
Calls: sign-up, a log-in form, ``/me`` with a JWT, studios near her (4 decimals), a design
search, a design saved, a bridal-party booking (the bride typed by her), the deposit, a card
token, the booking by number in the path, her hand photo for sizing, a skin-reaction question,
the wedding house's address for the home visit, a reschedule, a review, loyalty stamps by a
cookie GET, a chat message, a gift voucher, an invite, an offline basket (JSON Lines), push and
events. No earlier set's file is a henna studio (henna appeared only as a word in sets 87 and
105)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families143_kit import (
    HENNA_BOOKING,
    HOME_AT,
    NIECE,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families143_sdk import (
    dh_event,
    dh_launch,
    kd_crash,
    kd_crumb,
    ng_bid,
    pz_batch,
    pz_identify,
)
from eval_families143_svc import bc_attach, bc_message, bp_register, kc_save, kz_card, mw_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hinastudio", "Hinastudio", "com.example.hinastudio", "2.2.4",
          "https://api.hinastudio.example.net")
IID = "X-Hina-Device"
PW = "Hina*Malindi24"
WEDDING_HOUSE = "Nyumba ya Khamis, Mtaa wa Kikwajuni Juu"  # the bride's family home (typed)
CUSTOMER = "HNC-55018"  # her customer number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sw=True, **kw)


def hinastudio() -> list[Case]:
    rng = random.Random(14351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, customer=L(CUSTOMER, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STUDIO_FIX)
    book = at_path(case(f, f"{a}/v1/bookings/{HENNA_BOOKING}", headers=_h(rng, **b)),
                   HENNA_BOOKING, BUY)
    basket = lines(f, f"{a}/v1/basket/sync", [
        {"op": "add", "item": "bridal_full_arm", "qty": 1, "customer": L(CUSTOMER, UID)},
        {"op": "add", "item": "guest_palm", "qty": 6, "customer": L(CUSTOMER, UID)},
        {"op": "total", "amount": L(330000, BUY), "customer": L(CUSTOMER, UID)}],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "fullName": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "marketing": False}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/studios", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE), "homeVisit": "1"}),
        case(f, f"{a}/v1/designs", headers=_h(rng, **b), query={
            "q": L("Zanzibari bridal henna full arm", SEARCH), "page": "2"}),
        case(f, f"{a}/v1/designs/ds_4410/save", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID), "board": "Harusi ya Zuhura"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "studio": STUDIO["id"], "booking": L(HENNA_BOOKING, BUY), "date": "2026-04-18",
            "bride": {"name": L(NIECE[0], NAMEC), "phone": L(NIECE[1], TEL)},
            "party": 7, "package": "bridal_full_arm", "total": L(330000, BUY),
            "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/bookings/{HENNA_BOOKING}/deposit", fmt="form", headers=_h(rng, **b),
             body={"amount": L("100000", BUY), "currency": "TZS",
                   "method": L(opaque(rng, "pm_", 24), PAY), "idem": rid(rng)}),
        book,
        multipart(f, f"{a}/v1/sizing/photo", [
            ("hand", "hand.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"customer": L(CUSTOMER, UID),
                                                "which": "right"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/questions", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID),
            "text": L("I had blisters from black henna in 2019, is your paste natural only?",
                      f"{TEXT}|{MED}"), "skinReaction": L(True, MED)}),
        case(f, f"{a}/v1/bookings/{HENNA_BOOKING}/visit", headers=_h(rng, **b), body={
            "address": L(WEDDING_HOUSE, "contact.address"), "area": L("Kikwajuni", COARSE),
            "arrive": "15:00", "contact": {"name": L(NIECE[0], NAMEC),
                                           "phone": L(NIECE[1], TEL)}}),
        case(f, f"{a}/v1/bookings/{HENNA_BOOKING}/reschedule", fmt="form",
             headers=_h(rng, **b), body={"date": "2026-04-17", "reason": "nikah moved"}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "studio": STUDIO["id"], "stars": 5,
            "text": L("Mama Asha's lines are so fine, the bride cried", TEXT)}),
        case(f, f"{a}/v1/loyalty", headers=_h(rng, how="none"), cookies={
            "hina_sid": L(opaque(rng, "", 40), CRED), "hina_dev": L(INSTALL_ID, DID),
            "hina_cust": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "text": L("Tafadhali mje na rangi ya ziada kwa wageni",
                                                TEXT), "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/vouchers", headers=_h(rng, **b), body={
            "amount": L(50000, BUY), "for": {"name": L(NIECE[0], NAMEC)},
            "message": L("Hongera bibi harusi!", TEXT), "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/invites", fmt="form", headers=_h(rng, **b), body={
            "phone": L(NIECE[1], TEL), "code": "HINA-JD7"}),
        basket,
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "studio": STUDIO["id"], "at": {"lat": sla, "lon": slo},
            "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "sw_TZ")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("design_saved", 1), ev("booking_made", 2),
                ev("screen", 3, screen=L("MyBookings", USAGE))]}),
    ]


def hinastudio_sdks() -> list[Case]:
    rng = random.Random(14352)
    return [
        pz_batch(APP, rng, [("Design Saved", {}), ("Booking Made", {"party": 7})],
                 at=STUDIO_FIX, nd=2, locale="sw_TZ"),
        pz_identify(APP, rng, {"customer": L(CUSTOMER, UID), "town": L("Stone Town", COARSE),
                               "bookings": 2}),
        dh_launch(APP, rng, user=True, n=9),
        dh_event(APP, rng, "deposit", {"booking": L(HENNA_BOOKING, BUY)}, revenue=100000.0,
                 hashed=True),
        ng_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="henna,wedding,bridal"),
        kd_crash(APP, rng, ("java.lang.OutOfMemoryError", "design gallery bitmap"),
                 [kd_crumb("nav", "Designs -> Gallery")], screen="GalleryActivity"),
        kc_save(APP, rng, {"analytics": True, "ads": True}),
        kz_card(APP, rng, email=True),
        mw_geocode(APP, rng, "Kikwajuni Juu", "behavior.search", near=HOME_AT, nd=2),
        bp_register(APP, rng, lang="sw", tags={"studio": STUDIO["id"]}),
        bc_message(APP, rng, L("Deposit charged twice for HH-25-00734", f"{TEXT}|{BUY}"),
                   {"customer": L(CUSTOMER, UID)}),
        bc_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "charge.jpg", "image/jpeg"),
    ]
