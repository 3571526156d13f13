"""Home carpet-cleaning booking app "Xalîçe Paqij" (a cleaner collects rugs from the home, washes
them at its workshop and brings them back; not set 95's handmade-carpet marketplace): sign-up,
log-in, ``/me``, her address and point, a quote (sizes, stains), stain photos, a pick-up slot
booked, the van's arrival (the van's point a negative), a pet-stain note, the payment on
delivery, a tip, a review, a re-schedule, a referral, push, events and the bookings by a cookie
GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families106_kit import BOOKING, ERB, ERB_AT, WORKSHOP, fix, obj
from eval_families106_sdk import hw_event, lt_batch, lt_identify, ob_bid
from eval_families106_svc import ah_save, cw_register, gm_reverse, pb_message, tb_card
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("carpet", "XalicePaqij", "com.example.xalicepaqij", "3.2.7",
          "https://api.xalicepaqij.example.com")


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="x-client-id", **kw)


def xalice() -> list[Case]:
    rng = random.Random(10631)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    hla, hlo = fix(ERB_AT, 6)
    return [
        case(f, f"{a}/api/register", fmt="form", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "mobile": L(NATIONAL, TEL), "email": L(EMAIL_MIXED, MAIL),
            "password": L("Rugs&Tea91", CRED)}),
        case(f, f"{a}/api/login", headers=_h(rng), body={
            "mobile": L(DIGITS, TEL), "password": L("Rugs&Tea91", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, name=L(NAME, NAMEC)))})),
        case(f, f"{a}/api/addresses", headers=_h(rng, **b), body={
            "label": "home", "street": L(ERB["line"], ADDR), "area": L(ERB["district"], COARSE),
            "city": L(ERB["city_en"], COARSE), "floor": L("ground, blue gate", ADDR),
            "lat": hla, "lng": hlo}),
        case(f, f"{a}/api/quote", headers=_h(rng, **b), body={
            "items": [{"type": "wool", "w": 2.0, "l": 3.0}, {"type": "kilim", "w": 1.2, "l": 1.8}],
            "stains": ["tea", "pet"], "express": False, "area": L(ERB["district"], COARSE)}),
        multipart(f, f"{a}/api/quote/photos", [
            ("photo1", "rug1.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("photo2", "rug2.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"quote": obj(rng, "q")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "slot": "2025-12-13T10:00/12:00", "price": L(42000, BUY),
            "currency": "IQD", "payOnDelivery": True, "workshop": WORKSHOP["id"],
            "contactPhone": L(PHONE, TEL),
            "note": L("Call Daniel on arrival, the bell is broken", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/bookings/{BOOKING}/van", headers=_h(rng, **b), query={
            "me": L(f"{ERB_AT[0]:.5f},{ERB_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/api/bookings/{BOOKING}/notes", fmt="form", headers=_h(rng, **b), body={
            "text": L("The small kilim has a cat urine stain, please use enzyme", TEXT)}),
        case(f, f"{a}/api/bookings/{BOOKING}/reschedule", headers=_h(rng, **b), body={
            "slot": "2025-12-14T16:00/18:00", "reason": "not home"}),
        case(f, f"{a}/api/bookings/{BOOKING}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("42000", BUY), "tip": L("3000", BUY), "method": "cash",
            "booking": L(BOOKING, BUY)}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "stars": 4, "crew": "crew_12",
            "text": L("Clean and fresh but one day late", TEXT)}),
        case(f, f"{a}/api/referrals", fmt="form", headers=_h(rng, **b), body={
            "friend_name": L(PEOPLE[2][0], NAMEC), "friend_mobile": L(PEOPLE[2][1], TEL)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [ev("quote_requested", 1),
                                                ev("booking_confirmed", 2, price=L(42000, BUY))]}),
        case(f, f"{a}/api/bookings", headers=_h(rng, how="upper"),
             cookies={"xp_session": L(opaque(rng, "", 36), CRED), "xp_uid": L(USER_ID, UID)}),
    ]


def xalice_sdks() -> list[Case]:
    rng = random.Random(10632)
    return [
        lt_batch(APP, rng, [("booking_confirmed", {"price": L(42000, BUY)}),
                            ("photo_added", {"n": 2})], locale="en_US"),
        lt_identify(APP, rng, {"email": L(EMAIL, MAIL), "area": L(ERB["district"], COARSE)}),
        hw_event(APP, rng, "booking", {"rugs": 2}, revenue=42000.0, hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=ERB_AT, nd=4),
        cw_register(APP, rng, at=ERB_AT, nd=2),
        ah_save(APP, rng, {"analytics": True, "ads": True}),
        tb_card(APP, rng, email=False),
        gm_reverse(APP, rng, (WORKSHOP["lat"], WORKSHOP["lon"]), None, nd=5),
        pb_message(APP, rng, L("My booking XP-88213 shows delivered but rugs are not here",
                               f"{TEXT}|{BUY}"), {"booking": L(BOOKING, BUY)}),
    ]
