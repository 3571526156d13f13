"""Hair-braiding salon booking "Didikemi Braids" (a Yaba salon with home service): sign-up by
SMS, ``/me``, her hair profile (scalp condition, an allergy), salons near her, the salon and its
styles, a style search, photos of her hair (front and back, multipart) and an inspiration photo,
a booking with a note and its deposit, home service at her flat, a reschedule by the booking's
code in the path, chat with the stylist (msgpack) and a voice note, a review, the loyalty card,
a referral, care reminders, push, events and her bookings by a cookie-authenticated GET."""

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
    M4A,
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
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families78_kit import (
    ACCEPT_LANG,
    BOOKING_BR,
    HOME_NG,
    HOME_NG_AT,
    SALON,
    STYLIST,
    fix,
    obj,
)
from eval_families78_sdk import ij_crash, ij_crumb, ip_bid, ky_alias, ky_batch, op_event, op_session
from eval_families78_svc import ay_eval, ik_opened, ir_message, om_geocode, sw_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("didikemi", "Didikemi Braids", "com.example.didikemi", "5.2.0",
          "https://api.didikemi.example.net")
IID = "Dk-Install"
LOYALTY = "DK-LOY-20931"  # her loyalty card (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L(ACCEPT_LANG, DEV)
    return h


def didikemi() -> list[Case]:
    rng = random.Random(7841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), loyalty=L(LOYALTY, UID)))}
    hla, hlo = fix(HOME_NG_AT)
    thread = obj(rng, "thr", 10)
    resched = case(f, f"{a}/v2/bookings/{BOOKING_BR}/reschedule", headers=_h(rng, auth="bearer"),
                   body={"slot": "2025-12-13T09:00:00+01:00", "reason": "church harvest"})
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "name": L(FIRST, NAMEC), "channel": "sms"}),
        case(f, f"{a}/v2/auth/sms/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("660481", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/hair", headers=_h(rng, **b), body={
            "hairType": "4C", "length": "shoulder", "relaxed": False,
            "scalp": L("Traction alopecia at the temples", MED),
            "allergies": [L("kanekalon (synthetic) itch", MED)],
            "birthday": L("05-17", BIRTH), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/salons", headers=_h(rng, **b), query={
            "near": L(f"{HOME_NG_AT[0]:.3f},{HOME_NG_AT[1]:.3f}", PRECISE), "radius_km": "8",
            "service": "home,in_salon"}),
        case(f, f"{a}/v2/salons/{SALON['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/salons/{SALON['id']}/styles", query={"cat": "braids", "page": "1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/styles/search", query={"q": L("knotless bob with curly ends", SEARCH)},
             headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/me/hair/photos", [
            ("front", "hair_front.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("back", "hair_back.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"angles": ["front", "back"],
                                                "takenAt": "2025-12-08T18:20:00+01:00"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/inspo", [
            ("image", "saved_style.jpg", "image/jpeg", L(JPEG + b"\xa3", MEDIA)),
            ("meta", None, "application/json", {"source": "gallery", "board": "Christmas"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "code": L(BOOKING_BR, BUY), "salon": SALON["id"], "stylist": STYLIST,
            "style": L("knotless_medium_waist", BUY), "price": L(45000, BUY),
            "deposit": L(10000, BUY), "slot": "2025-12-12T09:00:00+01:00",
            "hairProvided": False,
            "note": L("Please light tension at the edges, my temples are thinning",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/bookings/{BOOKING_BR}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("10000", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "currency": "NGN"}),
        case(f, f"{a}/v2/bookings/{BOOKING_BR}/home-service", headers=_h(rng, **b), body={
            "address": L(HOME_NG["line"], ADDR), "area": L(HOME_NG["area"], COARSE),
            "landmark": L("Behind the Shoprite car park, blue gate", ADDR),
            "lat": hla, "lng": hlo, "travelFee": L(3000, BUY)}),
        at_path(resched, BOOKING_BR, BUY),
        case(f, f"{a}/v2/chat/{thread}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "to": STYLIST, "clientId": obj(rng, "cm", 8),
            "text": L("Can we start at 8? I have to be at the market by 2", TEXT)}),
        multipart(f, f"{a}/v2/chat/{thread}/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"secs": 14, "from": L(USER_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reviews", headers=_h(rng, **b), body={
            "booking": L(BOOKING_BR, BUY), "stylist": STYLIST, "stars": 5,
            "text": L("Neat parts, no pain, lasted six weeks. Aunty Kemi is the best", TEXT)}),
        case(f, f"{a}/v2/loyalty", query={"card": L(LOYALTY, UID)}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L("Ngozi Obi", NAMEC), "friendPhone": L("+2348185550129", TEL),
            "code": "JANEBRAIDS"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "washEvery": "10d", "takeDownOn": "2026-01-23", "channel": "push"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_NG", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("booking_created", 1, style="knotless"), ev("photo_uploaded", 2, n=2),
                ev("screen", 3, screen=L("StylistProfile", USAGE))]}),
        case(f, f"{a}/v2/bookings", query={"status": "upcoming"}, headers=_h(rng, how="none"),
             cookies={"dk_sid": L(opaque(rng, "", 40), CRED), "dk_dev": L(INSTALL_ID, DID)}),
    ]


def didikemi_sdks() -> list[Case]:
    rng = random.Random(7842)
    return [
        ky_batch(APP, rng, [("Booking Created", {"style": "knotless", "price": L(45000, BUY)}),
                            ("Hair Photo Added", {"count": 2})], adid=True),
        ky_alias(APP, rng, {"gender": L("female", "personal.gender"),
                            "area": L(HOME_NG["area"], COARSE)}),
        op_session(APP, rng, first=True),
        op_event(APP, rng, "booking_deposit", {"salon": SALON["id"]}, revenue=10000.0),
        ip_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_NG_AT, nd=3, yob=1991,
               gender="F"),
        ij_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 48 MB"),
                 [ij_crumb("nav", "Booking -> HairPhotos"), ij_crumb("tap", "camera")],
                 screen="HairPhotoActivity"),
        ay_eval(APP, rng, {"homeService": True, "city": L("Lagos", COARSE)}),
        ik_opened(APP, rng, "cmp_xmas_braids"),
        sw_card(APP, rng),
        om_geocode(APP, rng, "Commercial Avenue Yaba", SEARCH),
        ir_message(APP, rng, L("My deposit was taken twice for booking DK-7Q2M41",
                               f"{TEXT}|{BUY}"), {"booking": BOOKING_BR}),
    ]

