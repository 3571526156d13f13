"""Pony-trekking tour booking app "Ponytrail" (a camp in the Maluti highlands; not the trekking
GPS, permit or check-in apps of sets 89, 99 and 127: it books guided rides on Basotho ponies,
matches a pony to the rider's weight and experience and tracks the ride for the camp):
sign-up, a log-in, ``/me``, trips by the camp's ID in the path, availability (a GET), the rider's
form (weight, height, experience, a back condition), the booking and its deposit, her husband as
a second rider and emergency contact, the indemnity signed (a PNG signature), the pickup in
Maseru, her fix at the camp's gate, the ride's track (gzip JSON) and a protobuf position ping, a
photo from the ride, a review, a cancellation quote, a search, push, events and the bookings by a
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
    MED,
    MEDIA,
    NAMEC,
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families128_kit import (
    CAMP,
    GUIDE,
    HOME,
    HOME_AT,
    HUSBAND,
    MEET_FIX,
    PONY,
    TREK_REF,
    fix,
    trek,
)
from eval_families128_sdk import ab_event, ab_link, bs_bid, sk_session, tq_batch, tq_pixel
from eval_families128_svc import cd_register, cf_geocode, cf_route, tqy_card, tqy_confirm
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("ponytrail", "Ponytrail", "com.example.ponytrail", "4.0.3",
          "https://api.ponytrail.example.net")
IID = "X-Ponytrail-Device"
PW = "Basotho-Pony-55"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def ponytrail() -> list[Case]:
    rng = random.Random(12811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}", NAMEC)))}
    lab: dict[str, str] = {}
    gate = fix(MEET_FIX, 6)
    ping = pb([(1, L(USER_ID, UID)), (2, TREK_REF), (3, [(1, gate[0]), (2, gate[1])]),
               (4, 2391), (5, 1765441800)], "", lab)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "mobile": L(E164, TEL), "dateOfBirth": L(DOB, BIRTH), "country": L("LS", COARSE),
            "marketingOptIn": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ponytrail-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/camps/{CAMP['id']}/trips", headers=_h(rng)),
        case(f, f"{a}/v2/availability", query={
            "camp": CAMP["id"], "from": "2025-12-12", "nights": "2", "riders": "2"},
            headers=_h(rng, how="nodash")),
        case(f, f"{a}/v2/riders", headers=_h(rng, **b), body={
            "riders": [
                {"name": L(f"{FIRST} {LAST}", NAMEC), "weightKg": L(64, FIT),
                 "heightCm": L(168, FIT), "experience": "novice", "age": L(34, BIRTH),
                 "conditions": L("lower back pain on long rides", MED)},
                {"name": L(HUSBAND[0], NAMEC), "weightKg": L(82, FIT),
                 "experience": "some"}],
            "helmetSize": "M"}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "trip": "3-day-maletsunyane", "start": "2025-12-12",
            "riders": 2, "ponies": [PONY["id"], "pony_0388"], "guide": GUIDE["id"],
            "total": L("5400.00", BUY), "deposit": L("1620.00", BUY), "currency": "LSL",
            "note": L("We would like a quiet pony, my husband has not ridden since school",
                      TEXT)}),
        at_path(case(f, f"{a}/v2/bookings/{TREK_REF}", headers=_h(rng, **b)), TREK_REF, BUY),
        case(f, f"{a}/v2/bookings/{TREK_REF}/emergency", fmt="form", headers=_h(rng, **b),
             body={"contactName": L(HUSBAND[0], NAMEC), "contactPhone": L(HUSBAND[1], TEL),
                   "relation": "husband", "bloodType": L("O+", MED),
                   "medicalAidNo": L("LMA-4410927", MED)}),
        multipart(f, f"{a}/v2/bookings/{TREK_REF}/indemnity", [
            ("signature", "sig.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {
                "signedBy": L(f"{FIRST} {LAST}", NAMEC), "signedAt": "2025-12-10T09:12:00+02:00",
                "version": "IND-2025-3"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/bookings/{TREK_REF}/pickup", headers=_h(rng, **b), body={
            "address": L(HOME["line"], ADDR), "city": L(HOME["city"], COARSE),
            "lat": L(round(HOME_AT[0], 5), PRECISE), "lng": L(round(HOME_AT[1], 5), PRECISE),
            "time": "06:30", "phone": L(PHONE, TEL)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "booking": L(TREK_REF, BUY), "lat": L(str(gate[0].value), PRECISE),
            "lng": L(str(gate[1].value), PRECISE), "camp": {"lat": CAMP["lat"],
                                                           "lng": CAMP["lon"]},
            "acc": 12.0}),
        case(f, f"{a}/v2/rides/{TREK_REF}/track", gz=True, headers=_h(rng, **b), body={
            "points": trek(rng, 8), "pony": PONY["id"], "guide": GUIDE["id"]}),
        raw(f, f"{a}/v2/rides/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/rides/{TREK_REF}/photos", [
            ("photo", "falls.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Teboho and Phatsoe at the top of the falls", f"{TEXT}|{NAMEC}"),
                "takenAt": "2025-12-13T11:02:00+02:00"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/reviews", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "stars": 5, "guide": GUIDE["id"],
            "text": L("Ntate Lefa was patient and the ponies sure-footed on the pass", TEXT),
            "displayName": L("Jane D.", NAMEC)}),
        case(f, f"{a}/v2/bookings/{TREK_REF}/cancel-quote", fmt="form", headers=_h(rng, **b),
             body={"reason": "weather", "refundTo": "card"}),
        case(f, f"{a}/v2/search", query={"q": L("overnight village homestay", SEARCH),
                                         "near": CAMP["id"], "page": "1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Africa/Maseru",
                                                                             DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_viewed", 1, trip="3-day-maletsunyane"), ev("booking_paid", 2),
                ev("screen", 3, screen=L("RideMap", USAGE))]}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, how="upper"),
             cookies={"pt_sid": L(opaque(rng, "", 44), CRED), "pt_rid": rid(rng)}),
        case(f, f"{a}/v2/weather/{CAMP['lat']},{CAMP['lon']}", headers=_h(rng, **b),
             query={"days": "3"}),
    ]


def ponytrail_sdks() -> list[Case]:
    rng = random.Random(12812)
    return [
        tq_batch(APP, rng, [("Trip Viewed", {"trip": "3-day-maletsunyane"}),
                            ("Booking Paid", {"riders": 2})], at=HOME_AT, nd=2),
        tq_pixel(APP, rng, "Camp Page Opened", {"camp": CAMP["id"]}),
        ab_event(APP, rng, "booking", {"trip": "3-day"}, revenue=5400.0, hashed=True),
        ab_link(APP, rng, U("https://ponytrail.example.net/b", {
            "ref": L(TREK_REF, BUY), "utm_source": "whatsapp"})),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=3, yob=1991),
        sk_session(APP, rng, secs=845),
        cd_register(APP, rng, tags={"trip_start": "2025-12-12"}, at=HOME_AT, nd=2),
        cf_geocode(APP, rng, "Semonkong", SEARCH, near=HOME_AT, nd=3),
        cf_route(APP, rng, [((round(HOME_AT[0], 5), round(HOME_AT[1], 5)), PRECISE),
                            ((CAMP["lat"], CAMP["lon"]), None)]),
        tqy_card(APP, rng),
        tqy_confirm(APP, rng, "1620.00"),
    ]
