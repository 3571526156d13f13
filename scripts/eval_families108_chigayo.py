"""Grinding-mill queue booking app "Chigayo" (she books a slot at a neighbourhood hammer mill to
have the household's maize ground into mealie-meal): an SMS code sign-in, the profile with her
Harare address and house point, ``/me`` with a JWT, mills near her, a mill's live queue, a
booking (bags, product, fee, a note), the booking by reference in the path, a photo of her bags,
an arrival ping (protobuf, a nested fix), the check-in at the mill, the payment by mobile money,
a queue alert by SMS, delivery of the meal home, a cancelled second booking, a repeat booking
(msgpack), prices (negatives), a favourite, a review, support, push, events and the bookings by
a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DIGITS, E164, JPEG, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families108_kit import (
    ADDR,
    BUY,
    CITY_ZW,
    COARSE,
    CRED,
    DEV,
    DID,
    HOME_LINE,
    HOME_ZW_AT,
    HUSBAND,
    LOCAL_NAT,
    LOCAL_NO,
    MAIL,
    MEDIA,
    MILL,
    MILL_BOOKING,
    NAMEC,
    PRECISE,
    SEARCH,
    SUBURB,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    ll,
    obj,
)
from eval_families108_sdk import (
    at_event,
    at_session,
    bn_bid,
    bn_notice,
    cm_session,
    ms_batch,
    ms_queue,
)
from eval_families108_svc import ch_message, md_route, md_search, pj_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("chigayo", "Chigayo", "com.example.chigayo", "1.9.0", "https://api.chigayo.example.net")
IID = "X-Chigayo-Install"
MILL_AT = (MILL["lat"], MILL["lon"])
AT_MILL = (-17.764183, 31.055712)  # her phone at the mill's door


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def chigayo() -> list[Case]:
    rng = random.Random(10811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone_number=L(E164, TEL)))}
    second = obj(rng, "bk", 8)
    mla, mlo = fix(AT_MILL, 6)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(MILL_BOOKING, BUY)),
               (3, [(1, L(-17.766021, PRECISE)), (2, L(31.052914, PRECISE))]),
               (4, 240), (5, MILL["id"])], "", lab)
    hla, hlo = fix(HOME_ZW_AT, 4)
    return [
        case(f, f"{a}/api/v2/auth/otp/request", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("en", DEV)}),
        case(f, f"{a}/api/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "country": "+1", "phone": L(DIGITS, TEL), "code": L("663019", CRED)}),
        case(f, f"{a}/api/v2/profile", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "altPhone": L(LOCAL_NO, TEL),
            "address": {"line1": L(HOME_LINE, ADDR), "suburb": L(SUBURB, COARSE),
                        "city": L(CITY_ZW, COARSE)}, "homeLat": hla, "homeLng": hlo}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/mills/nearby", headers=_h(rng, **b), query={
            "ll": ll(HOME_ZW_AT, 3), "radiusKm": "3", "open": "now"}),
        case(f, f"{a}/api/v2/mills/{MILL['id']}/queue", headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/mills/{MILL['id']}/prices", headers=_h(rng, **b),
             query={"product": "roller_meal"}),
        case(f, f"{a}/api/v2/bookings", headers=_h(rng, **b), body={
            "mill": MILL["id"], "millName": MILL["name"], "millPhone": MILL["phone"],
            "slot": "2025-12-10T07:30:00+02:00", "bags": 3, "kgPerBag": 20,
            "product": "roller_meal", "fee": L("4.50", BUY), "deliver": True,
            "note": L("Please grind it fine, half is for my son's porridge", TEXT)}),
        at_path(case(f, f"{a}/api/v2/bookings/{MILL_BOOKING}", headers=_h(rng, **b)),
                MILL_BOOKING, BUY),
        multipart(f, f"{a}/api/v2/bookings/{MILL_BOOKING}/photo", [
            ("photo", "bags.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"bags": 3, "moisture": "dry"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v2/bookings/eta", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/bookings/{MILL_BOOKING}/checkin", headers=_h(rng, **b), body={
            "lat": mla, "lng": mlo, "accuracy": 9, "ticketShown": "Q-17",
            "millQueueLength": 6}),
        case(f, f"{a}/api/v2/bookings/{MILL_BOOKING}/pay", fmt="form", headers=_h(rng, **b),
             body={"amount": L("4.50", BUY), "method": "mobile_money",
                   "msisdn": L(LOCAL_NO, TEL), "reference": L(MILL_BOOKING, BUY)}),
        case(f, f"{a}/api/v2/queue/alerts", fmt="form", headers=_h(rng, **b), body={
            "booking": L(MILL_BOOKING, BUY), "whenAhead": "3", "sms": L(LOCAL_NAT, TEL)}),
        case(f, f"{a}/api/v2/deliveries", headers=_h(rng, **b), body={
            "booking": L(MILL_BOOKING, BUY), "to": {
                "line1": L(HOME_LINE, ADDR), "suburb": L(SUBURB, COARSE),
                "landmark": L("Blue gate opposite the Methodist church", ADDR)},
            "recipient": L(HUSBAND[0], NAMEC), "recipientPhone": L(HUSBAND[1], TEL),
            "fee": L("1.00", BUY)}),
        case(f, f"{a}/api/v2/bookings", headers=_h(rng, **b), body={
            "mill": MILL["id"], "slot": "2025-12-13T08:00:00+02:00", "bags": 2,
            "product": "straight_run", "fee": L("3.00", BUY), "deliver": False}),
        case(f, f"{a}/api/v2/bookings/{second}/cancel", fmt="form", headers=_h(rng, **b),
             body={"reason": "other", "text": L("The mill has no power on Saturday", TEXT)}),
        case(f, f"{a}/api/v2/bookings/repeat", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "from": L(MILL_BOOKING, BUY), "weeks": 2,
            "fee": L("4.50", BUY)}),
        case(f, f"{a}/api/v2/search", headers=_h(rng, **b), query={
            "q": L("mill that does samp", SEARCH), "near": ll(HOME_ZW_AT, 2)}),
        case(f, f"{a}/api/v2/favourites", fmt="form", headers=_h(rng, **b), body={
            "mill": MILL["id"], "on": "1"}),
        case(f, f"{a}/api/v2/reviews", headers=_h(rng, **b), body={
            "mill": MILL["id"], "stars": 5,
            "text": L("Fast and clean, the meal was ready in forty minutes", TEXT)}),
        case(f, f"{a}/api/v2/support", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "topic": "payment", "text": L(
                f"I was charged twice for booking {MILL_BOOKING}, please refund $4.50",
                f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "android": L("14", DEV), "tz": L("Africa/Harare", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("booking_created", 1, bags=3), ev("checkin", 2),
                ev("screen", 3, screen=L("Queue", USAGE))]}),
        case(f, f"{a}/api/v2/bookings", headers=_h(rng, how="none"),
             cookies={"chg_session": L(opaque(rng, "", 40), CRED)}),
    ]


def chigayo_sdks() -> list[Case]:
    rng = random.Random(10812)
    return [
        ms_batch(APP, rng, [("Booking Created", {"fee": L(4.5, BUY), "bags": 3}),
                            ("Checked In", {"mill": MILL["id"]})], at=AT_MILL, nd=3),
        ms_queue(APP, rng, [("Queue Viewed", {"ahead": 6}), ("Alert Set", {"ahead": 3}),
                            ("Meal Delivered", {})]),
        at_session(APP, rng, first=True),
        at_event(APP, rng, "booking", {"product": "roller_meal", "bags": 3}, revenue=4.5),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_ZW_AT, nd=3),
        bn_notice(APP, rng, "win"),
        cm_session(APP, rng),
        pj_register(APP, rng, tags={"mill": MILL["id"]}),
        md_search(APP, rng, "hammer mill Mount Pleasant", SEARCH, near=HOME_ZW_AT, nd=3),
        md_route(APP, rng, [(HOME_ZW_AT, PRECISE), (MILL_AT, None)], profile="walking"),
        ch_message(APP, rng, L("My booking shows paid but the mill says not paid", TEXT),
                   {"booking": L(MILL_BOOKING, BUY)}),
    ]
