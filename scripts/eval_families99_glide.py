"""Tandem paragliding booking app "Thermalia" (flights from Sarangkot over Phewa lake, Pokhara,
where she flew after the trek): sign-in with an identity provider's token, ``/me``, her
profile (weight and height for the harness, passport), availability, a booking with pickup at
her hotel, a health declaration, the waiver (a signature image, the signer's IP), the payment, the
booking by number in the path, the weather, the pickup check-in, the pilot, the flight's track
(msgpack), its summary, the video add-on, a photo, a review, a rebooking, an emergency contact,
the insurance check, push, events and her bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families99_kit import (
    BOOKING_TH,
    HOTEL_PKR,
    HUSBAND,
    LANDING_AT,
    LAUNCH_AT,
    PILOT,
    POLICY,
    in_path,
    trail,
    wind,
)
from eval_families99_sdk import aq_event, aq_session, bp_bid, cm_crash, cm_crumb, tg_batch, tg_queue
from eval_families99_svc import hb_message, mf_nav, pr_card, pr_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("thermalia", "Thermalia", "com.example.thermalia", "3.1.7",
          "https://api.thermalia.example.com")
IID = "X-Thermalia-Install"
KTM = "Asia/Kathmandu"
AT_HOTEL = (HOTEL_PKR["lat"] + 0.000083, HOTEL_PKR["lon"] - 0.000051)  # her phone in the lobby


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def thermalia() -> list[Case]:
    rng = random.Random(9951)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    acc: Acc = {}
    idt = tok({"iss": "https://id.example.net", "sub": L("104882913377401229913", UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "thermalia-android"},
              "body", "idToken", acc)
    hla, hlo = fix(AT_HOTEL, 6)
    booking = at_path(case(f, f"{a}/v1/bookings/{BOOKING_TH}", headers=_h(rng, **b)),
                      BOOKING_TH, BUY)
    return in_path([
        add(case(f, f"{a}/v1/auth/idp", headers=_h(rng), body={
            "provider": "idp", "idToken": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "whatsapp": L(E164, TEL), "weightKg": L(63, FIT),
            "heightCm": L(168, FIT), "dateOfBirth": L(DOB, BIRTH), "nationality": "US",
            "passport": L(PASSPORT, NATID)}),
        case(f, f"{a}/v1/availability", headers=_h(rng, **b), query={
            "site": "sarangkot", "date": "2025-12-17", "pax": "1", "package": "tandem-30"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "number": L(BOOKING_TH, BUY), "package": L("tandem-30", BUY),
            "addons": [L("gopro-video", BUY), L("photos", BUY)], "price": L("95.00", BUY),
            "currency": "USD", "slot": "2025-12-17T10:30+05:45",
            "pickup": {"hotel": HOTEL_PKR["name"], "line": HOTEL_PKR["line"],
                       "lat": HOTEL_PKR["lat"], "lon": HOTEL_PKR["lon"]}}),
        case(f, f"{a}/v1/bookings/{BOOKING_TH}/health", headers=_h(rng, **b), body={
            "heartCondition": L(False, MED), "epilepsy": L(False, MED),
            "recentSurgery": L(False, MED), "backProblems": L(False, MED),
            "pregnant": L(False, SENS), "medications": [L("levothyroxine", MED)]}),
        multipart(f, f"{a}/v1/bookings/{BOOKING_TH}/waiver", [
            ("signature", "signature.png", "image/png", L(PNG + b"\xd1", MEDIA)),
            ("data", None, "application/json", {
                "signedName": L(NAME, NAMEC), "agreed": True, "version": "w-2025-3",
                "ip": L(PUBLIC_IP, IPLOC), "signedAt": "2025-12-16T21:04:11+05:45"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TH, BUY), "amount": L("95.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        booking,
        case(f, f"{a}/v1/sites/sarangkot/weather", headers=_h(rng, **b),
             query={"hours": "6", "units": "metric"}),
        case(f, f"{a}/v1/bookings/{BOOKING_TH}/pickup", headers=_h(rng, **b), body={
            "at": {"lat": hla, "lon": hlo, "acc": 12},
            "hotel": {"lat": HOTEL_PKR["lat"], "lon": HOTEL_PKR["lon"]}, "ready": True}),
        case(f, f"{a}/v1/bookings/{BOOKING_TH}/pilot", fmt="form", headers=_h(rng, **b), body={
            "pilot": PILOT["id"], "licence": PILOT["licence"], "wing": PILOT["wing"],
            "ack": "1"}),
        case(f, f"{a}/v1/flights/track", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TH, BUY), "launch": {"lat": LAUNCH_AT[0], "lon": LAUNCH_AT[1]},
            "points": trail(rng, 8, LAUNCH_AT, LANDING_AT, t0=1765948200, ele=1590)}),
        case(f, f"{a}/v1/flights/summary", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TH, BUY), "durationMin": 34, "maxAltM": 2140,
            "maxClimbMs": 3.8, "wind": wind(rng, 3), "landing": {"lat": LANDING_AT[0],
                                                                  "lon": LANDING_AT[1]}}),
        case(f, f"{a}/v1/media/purchase", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TH, BUY), "item": L("video-4k", BUY), "amount": L("25.00", BUY)}),
        multipart(f, f"{a}/v1/media/uploads", [
            ("photo", "over_phewa.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {"booking": L(BOOKING_TH, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TH, BUY), "rating": "5",
            "text": L("Scared at take-off, then pure joy over the lake", TEXT)}),
        case(f, f"{a}/v1/bookings/{BOOKING_TH}/rebook", headers=_h(rng, **b), body={
            "from": "2025-12-17", "to": "2025-12-18",
            "reason": L("Felt dizzy and nauseous this morning after the trek",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/profile/emergency", headers=_h(rng, **b), body={
            "name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "phone": L(HUSBAND[2], TEL),
            "relation": "spouse"}),
        case(f, f"{a}/v1/profile/insurance", headers=_h(rng, **b), body={
            "insurer": "Summitcover", "policy": POLICY, "coversAirSports": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(KTM, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1), ev("waiver_signed", 2),
                ev("screen", 3, screen=L("FlightVideo", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="none"),
             cookies={"th_sess": L(opaque(rng, "", 40), CRED), "th_dev": L(INSTALL_ID, DID),
                      "th_rq": obj(rng, "rq", 10)}),
    ], {BOOKING_TH: BUY})


def thermalia_sdks() -> list[Case]:
    rng = random.Random(9952)
    return [
        tg_batch(APP, rng, [("Flight Booked", {"price": L(95.0, BUY), "site": "sarangkot"}),
                            ("Video Added", {})], at=AT_HOTEL, nd=2, tz=KTM, roaming=True),
        tg_queue(APP, rng, [("Flight Landed", {"minutes": 34}), ("Video Viewed", {})]),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "book_flight", {"package": "tandem-30"}, revenue=95.0, hashed=True),
        bp_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}},
               at=AT_HOTEL, nd=4, country="NPL", gz=True),
        cm_crash(APP, rng, ("java.io.IOException", "video download interrupted"),
                 [cm_crumb("nav", "Booking -> FlightVideo"),
                  cm_crumb("net", "GET media", {"status": 206})], screen="VideoActivity",
                 tz=KTM),
        mf_nav(APP, rng, AT_HOTEL, 812),
        pr_card(APP, rng, zip_=True),
        pr_confirm(APP, rng, "95.00"),
        hb_message(APP, rng, L("The morning flight was cancelled for wind, can I move it?",
                               TEXT), {"booking": L(BOOKING_TH, BUY)}),
    ]
