"""Volcano-tour helicopter booking app "Lavalift" (a family trip from Hilo over the lava fields;
not set 77's eruption alerts): sign-up, SMS log-in, ``/me``, tours, a booking for three with the
passengers' weights (the seat plan), the payment, the booking by reference in the path, the
waiver (a pregnancy question, motion sickness) and a signature, the manifest (msgpack), check-in
at the heliport, a doors-off upgrade, the flight video, insurance, the weather hold, photos sent
to her husband, a lost-item message, a review, push, events and itineraries by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, multipart, pb, push_token, raw
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families116_kit import (
    BIRTH,
    BOOKING,
    BUY,
    CRED,
    DEV,
    DID,
    HELI_FIX,
    HELIPORT,
    HOTEL,
    HUSBAND,
    KID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WEIGHTS,
    fix,
)
from eval_families116_sdk import bs_bid, cw_batch, cw_pixel, sc_event, sc_link, sc_session
from eval_families116_svc import ms_route, ms_telemetry, nu_register, pg_card
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, W, case

APP = App("lavalift", "Lavalift", "com.example.lavalift", "6.1.0",
          "https://book.lavalift.example.net")
IID = "X-Lavalift-Iid"
TOUR = "tour_kilauea_doorsoff_50"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _pax() -> list[dict[str, Any]]:
    return [{"name": L(f"{FIRST} {LAST}", NAMEC), "weightKg": L(WEIGHTS["her"], FIT)},
            {"name": L(HUSBAND[0], NAMEC), "weightKg": L(WEIGHTS["husband"], FIT)},
            {"name": L(f"{KID['first']} {KID['last']}", NAMEC), "age": L(KID["age"], BIRTH),
             "weightKg": L(WEIGHTS["kid"], FIT)}]


def lavalift() -> list[Case]:
    rng = random.Random(11661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(HELI_FIX)
    hotel = {"name": HOTEL["name"], "line": HOTEL["line"], "phone": HOTEL["phone"]}
    lab: dict[str, str] = {}
    scan = pb([(1, L(USER_ID, UID)), (2, L(BOOKING, BUY)), (3, [(1, L(19.720877, PRECISE)),
                                                               (2, L(-155.048301, PRECISE))]),
               (4, L(WEIGHTS["her"], FIT)), (5, "R1"), (6, 1766078100)], "", lab)
    ctx = {"X-Lavalift-Context": W({"iid": L(INSTALL_ID, DID), "locale": L("en_US", DEV),
                                    "tz": L("Pacific/Honolulu", DEV)}, "b64json")}
    return [
        case(f, f"{a}/api/v2/accounts", headers=_h(rng, lang=True), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L("Pele&Mauna2025", CRED), "newsletter": False}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "purpose": "login"}),
        case(f, f"{a}/api/v2/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("730155", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, phone_number=L(E164, TEL)))})),
        case(f, f"{a}/api/v2/tours", headers=_h(rng, **b),
             query={"island": "hawaii", "from": "ITO", "date": "2025-12-18", "pax": "3"}),
        case(f, f"{a}/api/v2/bookings", headers=_h(rng, **b), body={
            "tour": TOUR, "date": "2025-12-18", "slot": "09:15", "passengers": _pax(),
            "pickup": hotel, "total": L("1347.00", BUY), "ref": L(BOOKING, BUY)}),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1347.00", BUY), "token": L(opaque(rng, "tok_", 24), PAY),
            "currency": "USD"}),
        at_path(case(f, f"{a}/api/v2/bookings/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/waiver", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH),
            "pregnant": L(False, SENS), "motionSickness": L(True, MED),
            "notes": L("I take meclizine before flights", f"{TEXT}|{MED}"),
            "minor": {"name": L(KID["first"], NAMEC), "dob": L(KID["dob"], BIRTH)}}),
        multipart(f, f"{a}/api/v2/bookings/{BOOKING}/signature", [
            ("sig", "sig.png", "image/png", L(PNG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"signedAt": "2025-12-17T20:02:00-10:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/manifest", fmt="msgpack", headers=_h(rng, **b),
             body={"uid": L(USER_ID, UID), "pax": _pax(), "aircraft": "N4471L",
                   "seatPlan": ["F1", "R1", "R2"]}),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "acc": 9, "pad": HELIPORT["id"],
            "padAt": [HELIPORT["lat"], HELIPORT["lon"]]}),
        raw(f, f"{a}/api/v2/boarding/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b, extra=ctx)),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/addons", headers=_h(rng, **b), body={
            "addon": L("doors_off_front_seat", BUY), "price": L("95.00", BUY)}),
        case(f, f"{a}/api/v2/media/orders", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "product": L("flight_video_4k", BUY),
            "amount": L("79.00", BUY)}),
        case(f, f"{a}/api/v2/bookings/{BOOKING}/insurance", fmt="form", headers=_h(rng, **b),
             body={"plan": L("cancel_any_reason", BUY), "premium": L("62.00", BUY)}),
        case(f, f"{a}/api/v2/flights/status", headers=_h(rng, **b),
             query={"tour": TOUR, "date": "2025-12-18", "slot": "09:15"}),
        case(f, f"{a}/api/v2/media/share", headers=_h(rng, **b), body={
            "booking": BOOKING, "to": L(HUSBAND[2], MAIL), "album": "alb_20044"}),
        case(f, f"{a}/api/v2/lost-found", headers=_h(rng, **b), body={
            "booking": BOOKING, "text": L("My daughter left a pink hoodie on seat R2", TEXT)}),
        case(f, f"{a}/api/v2/reviews", headers=_h(rng, **b), body={
            "tour": TOUR, "stars": 5,
            "text": L("Saw the lava lake glowing, pilot was great", TEXT)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "tz": L("Pacific/Honolulu", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("booking_completed", 1, pax=3), ev("checkin", 2),
                ev("screen", 3, screen=L("BoardingPass", USAGE))]}),
        case(f, f"{a}/api/v2/itineraries", headers=_h(rng, how="nodash"),
             cookies={"ll_session": L(opaque(rng, "", 44), CRED)}),
    ]


def lavalift_sdks() -> list[Case]:
    rng = random.Random(11662)
    link = U("https://book.lavalift.example.net/b", {"ref": L(BOOKING, BUY), "src": "email"})
    return [
        cw_batch(APP, rng, [("Booking Completed", {"value": L(1347.0, BUY), "pax": 3}),
                            ("Checked In", {})], adid=True, at=HELI_FIX, nd=2),
        cw_pixel(APP, rng, "Tour Viewed", {"tour": TOUR}),
        sc_session(APP, rng, first=True),
        sc_event(APP, rng, "booking", {"tour": TOUR, "pax": 3}, revenue=1347.0, hashed=True),
        sc_link(APP, rng, link),
        bs_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}},
               at=HELI_FIX, nd=3, yob=1991),
        nu_register(APP, rng, tags={"flight": "2025-12-18"}, at=HELI_FIX, nd=2),
        pg_card(APP, rng, email=True),
        ms_route(APP, rng, [((HOTEL["lat"], HOTEL["lon"]), None),
                            ((HELIPORT["lat"], HELIPORT["lon"]), None)]),
        ms_telemetry(APP, rng, [(HELI_FIX[0], HELI_FIX[1]),
                                (round(HELI_FIX[0] + 0.00021, 6), round(HELI_FIX[1] - 0.00013, 6))],
                     PRECISE),
    ]
