"""Home-cleaning marketplace "Tidyhive" where she books cleaners (snake_case REST API): sign-up,
a log-in, ``/me``, her home (address, point, rooms, the dog), access by lockbox, cleaners near
home, a cleaner's profile by ID in the path, a quote, a booking, a recurring schedule, tracking by
booking code in the path, a chat with the cleaner (JSON and msgpack), an after photo, a review
and tip, a favourite, a damage claim, a referral, a call-back request, push, events and the
upcoming bookings by a cookie GET. The cleaners' names, ratings, phones and IDs are the service's
listings (look-alikes)."""

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
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import PET, claims, head, rid
from eval_families62_kit import CLEANERS, LOCKBOX, TH_BOOKING, home, obj
from eval_families62_sdk import as_event, as_session, bc_bid, mq_batch, mq_screen
from eval_families62_svc import cp_message, mc_geocode, mc_reverse, pj_card, pj_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("tidyhive", "Tidyhive", "com.example.tidyhive", "8.1.3",
          "https://api.tidyhive.example.com")
IID = "X-Tidyhive-Device"
PW = "Lemon-Fresh-Suds9"
ROSA = CLEANERS[0]
BK = f"https://api.tidyhive.example.com/api/v3/bookings/{TH_BOOKING}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tidyhive() -> list[Case]:
    rng = random.Random(6251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="customer"))}
    hla, hlo = home(6)
    hid, thread = obj(rng, "home", 8), obj(rng, "thr", 8)
    track = at_path(case(f, f"{BK}/tracking", headers=_h(rng, auth="bearer")), TH_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v3/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/homes", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": hla, "lng": hlo,
            "bedrooms": 2, "bathrooms": 1, "sqft": 850,
            "pets": [{"name": PET["name"], "type": PET["species"]}], "parking": "street"}),
        case(f, f"{a}/api/v3/homes/{hid}/access", headers=_h(rng, **b), body={
            "method": "lockbox", "lockbox_code": L(LOCKBOX, CRED),
            "instructions": L(f"Lockbox on the stair railing, code {LOCKBOX}. Buzz 4B to enter",
                              f"{TEXT}|{CRED}")}),
        case(f, f"{a}/api/v3/cleaners/search", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "date": "2025-12-13", "hours": "3", "sort": "rating"}),
        case(f, f"{a}/api/v3/cleaners/{ROSA['id']}", headers=_h(rng, **b),
             query={"include": "reviews,availability"}),
        case(f, f"{a}/api/v3/quotes", headers=_h(rng, **b), query={
            "hours": "3", "extras": "fridge,oven", "cleaner": ROSA["id"], "rate": "38.00"}),
        case(f, f"{a}/api/v3/bookings", headers=_h(rng, **b), body={
            "code": L(TH_BOOKING, BUY), "cleaner_id": ROSA["id"], "home_id": hid,
            "start": "2025-12-13T09:00:00-05:00", "hours": 3, "extras": ["fridge", "oven"],
            "total": L("126.00", BUY), "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "notes": L("Please skip the home office. The beagle is friendly", TEXT)}),
        case(f, f"{BK}/recurring", fmt="form", headers=_h(rng, **b), body={
            "frequency": "biweekly", "same_cleaner": "true", "promo": "BIWEEK10"}),
        track,
        case(f, f"{a}/api/v3/chat/{thread}/messages", headers=_h(rng, **b), body={
            "to": ROSA["id"], "client_id": rid(rng),
            "text": L("Hi Rosa, the lockbox is on the left railing by the steps",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v3/chat/{thread}/messages", fmt="msgpack", headers=_h(rng, **b),
             body={"sender": L(USER_ID, UID), "to": ROSA["id"], "client_id": rid(rng),
                   "text": L("Running late is fine, thank you!", TEXT)}),
        multipart(f, f"{BK}/photos", [
            ("photo", "kitchen_after.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"room": "kitchen", "stage": "after"})],
            headers=_h(rng, **b)),
        case(f, f"{BK}/review", headers=_h(rng, **b), body={
            "cleaner_id": ROSA["id"], "stars": 5, "tip": L("20.00", BUY),
            "comment": L("Rosa was amazing, the oven looks brand new", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v3/favorites", fmt="form", headers=_h(rng, **b), body={
            "cleaner_id": ROSA["id"], "cleaner_name": ROSA["name"],
            "rating": str(ROSA["rating"])}),
        case(f, f"{a}/api/v3/claims", headers=_h(rng, **b), body={
            "booking": L(TH_BOOKING, BUY), "item": "ceramic vase", "estimated_value": 60,
            "description": L("The blue vase on the bookshelf was found cracked", TEXT)}),
        case(f, f"{a}/api/v3/referrals", headers=_h(rng, **b), body={
            "friend_name": L(PEOPLE[1][0], NAMEC), "friend_email": L(PEOPLE[1][2], MAIL),
            "credit": "25.00"}),
        case(f, f"{a}/api/v3/support/callback", fmt="form", headers=_h(rng, **b), body={
            "phone": L(DIGITS, TEL), "topic": "billing", "window": "afternoon"}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("booking_created", 1), ev("tip_added", 2),
                ev("screen", 3, screen=L("CleanerProfile", USAGE))]}),
        case(f, f"{a}/api/v3/bookings", headers=_h(rng, how="none"),
             query={"status": "upcoming"},
             cookies={"th_session": L(opaque(rng, "", 40), CRED),
                      "th_device": L(INSTALL_ID, DID)}),
    ]


def tidyhive_sdks() -> list[Case]:
    rng = random.Random(6252)
    return [
        mq_batch(APP, rng, [("Booking Created", {"total": L(126.0, BUY), "hours": 3}),
                            ("Cleaner Viewed", {"cleaner": ROSA["id"],
                                                "rating": ROSA["rating"]})],
                 at=(LAT, LON), nd=3),
        mq_screen(APP, rng, "CleanerProfile"),
        as_session(APP, rng, user=True),
        as_event(APP, rng, "b00k1t", "first_booking", revenue="126.00", hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="home,cleaning"),
        mc_geocode(APP, rng, f"{LINE1} {LINE2}", ADDR, near=(LAT, LON), near_cat=PRECISE),
        mc_reverse(APP, rng, (LAT, LON), PRECISE),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "126.00"),
        cp_message(APP, rng, L(f"My tip on {TH_BOOKING} went through twice",
                               f"{TEXT}|{BUY}"), {"booking": L(TH_BOOKING, BUY)}),
    ]
