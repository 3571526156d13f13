"""Icelandic-horse riding-tour booking app "Toltferdir": sign-up, a log-in, ``/me``, tours for a
date with a pickup town, a tour, a booking (her height, weight, age and a note on her diabetes,
the pickup at her street), the booking by its code in the path, paying it, a waiver with a drawn
signature, "I'm at the pickup" (her fix), the ride's trace (msgpack), a review, ride photos, a
gift card for her sister, the farm's weather, a date change, a question to the guide, the
newsletter, push, events and the wallet by a cookie GET."""

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
    enc,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families77_kit import (
    BOOKING_TF,
    FARM_AT,
    HORSES,
    MOTHER,
    PICKUP_FIX,
    RVK,
    SISTER,
    STOP_AT,
    fix,
    obj,
    path_fixes,
)
from eval_families77_sdk import (
    bh_bid,
    bh_notice,
    hv_crash,
    hv_crumb,
    lt_identify,
    lt_track,
    sf_event,
    sf_link,
    sf_session,
)
from eval_families77_svc import gf_card, gf_confirm, kf_reverse, sh_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("toltferdir", "Toltferdir", "com.example.toltferdir", "2.2.5",
          "https://api.toltferdir.example.com")
IID = "X-Tolt-Install"
PW = "Perla-Tolt-1717"
TM = f"{TEXT}|{MED}"
TRAIL_END = (64.071902, -21.764488)  # where the ride turned back (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def toltferdir() -> list[Case]:
    rng = random.Random(7771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    tour = obj(rng, "tour", 6)
    acc: Acc = {}
    get = case(f, f"{a}/api/bookings/{BOOKING_TF}", headers=_h(rng, **b))
    pla, plo = fix(PICKUP_FIX, 5)
    trail = path_fixes(rng, 5, (FARM_AT[0] + 0.0004, FARM_AT[1] - 0.0003), TRAIL_END,
                       keys=("la", "lo"))
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL),
            "country": L("US", COARSE), "marketing": False}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tours", headers=_h(rng, **b), query={
            "date": "2026-01-17", "riders": "1", "pickup": L("Reykjavík", COARSE),
            "level": "intermediate"}),
        case(f, f"{a}/api/tours/{tour}", headers=_h(rng, **b)),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "tour": tour, "date": "2026-01-17", "riders": [{
                "name": L(NAME, NAMEC), "weightKg": L(64, FIT), "heightCm": L(170, FIT),
                "age": L(34, BIRTH), "experience": "intermediate"}],
            "pickup": {"address": L(RVK["gata"], ADDR), "stop": "bus stop 12"},
            "total": L(28900, BUY), "currency": "ISK",
            "notes": L("I have type 1 diabetes and will carry snacks and insulin on the ride",
                       TM)}),
        at_path(get, BOOKING_TF, BUY),
        add(case(f, f"{a}/api/checkout/return", headers=_h(rng, **b), query={
            "status": "succeeded", "state": enc({"booking": L(BOOKING_TF, BUY),
                                                 "uid": L(USER_ID, UID),
                                                 "amount": L(28900, BUY), "n": opaque(rng, "", 8)},
                                                "query", "state", "b64url", acc)}), acc),
        at_path(case(f, f"{a}/api/bookings/{BOOKING_TF}/pay", fmt="form", headers=_h(rng, **b),
                     body={"amount": L("28900", BUY), "currency": "ISK",
                           "method": L(opaque(rng, "gfpm_", 20), PAY)}), BOOKING_TF, BUY),
        multipart(f, f"{a}/api/waivers", [
            ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
            ("data", None, "application/json", {
                "booking": L(BOOKING_TF, BUY), "fullName": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
                "emergency": {"name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL)},
                "conditions": L("type 1 diabetes", MED), "pregnant": L(False, SENS),
                "helmet": "M"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/pickup/here", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TF, BUY), "lat": pla, "lon": plo, "acc": 9,
            "stop": {"id": "stop_12", "lat": STOP_AT[0], "lon": STOP_AT[1]}}),
        case(f, f"{a}/api/rides/{obj(rng, 'ride', 8)}/track", fmt="msgpack",
             headers=_h(rng, **b), body={"horse": HORSES[1], "fixes": trail,
                                         "farm": [FARM_AT[0], FARM_AT[1]]}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "tour": tour, "rating": 5, "horse": HORSES[1],
            "text": L("Tölt on Perla was magic, the guide waited while I checked my sugar",
                      TM)}),
        case(f, f"{a}/api/photos/order", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_TF, BUY), "package": L("ride_photos_digital", BUY),
            "amount": L("4900", BUY)}),
        case(f, f"{a}/api/gift-cards", headers=_h(rng, **b), body={
            "to": {"name": L(SISTER[0], NAMEC), "email": L(SISTER[2], MAIL)},
            "amount": L(25000, BUY), "currency": "ISK", "deliver": "2026-03-02",
            "message": L("Happy birthday Emma! Come ride with me in March", TEXT)}),
        case(f, f"{a}/api/weather", headers=_h(rng, **b), query={
            "lat": f"{FARM_AT[0]:.2f}", "lon": f"{FARM_AT[1]:.2f}", "hours": "12"}),
        at_path(case(f, f"{a}/api/bookings/{BOOKING_TF}/change", fmt="form",
                     headers=_h(rng, **b), body={
                         "newDate": "2026-01-24",
                         "reason": L("Back at sea on the 17th, can we move to the 24th?",
                                     TEXT)}), BOOKING_TF, BUY),
        at_path(case(f, f"{a}/api/chat/{BOOKING_TF}", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID),
            "text": L("Is the 10:00 pickup still on with the storm?", TEXT)}), BOOKING_TF, BUY),
        case(f, f"{a}/api/newsletter", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "lang": L("en", DEV), "topics": "winter,offers"}),
        case(f, f"{a}/api/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tour_viewed", 1, tour=tour), ev("booking_paid", 2, total=L(28900, BUY)),
                ev("screen", 3, screen=L("MyBookings", USAGE))]}),
        case(f, f"{a}/api/wallet", headers=_h(rng, how="none"),
             cookies={"tf_sess": L(opaque(rng, "", 40), CRED),
                      "tf_inst": L(INSTALL_ID, DID)}),
    ]


def toltferdir_sdks() -> list[Case]:
    rng = random.Random(7772)
    link = U("https://toltferdir.example.com/b", {"booking": L(BOOKING_TF, BUY),
                                                  "utm_source": "email"})
    native = {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[{\"id\":1,\"title\":"
                                    "{\"len\":90}}]}", "ver": "1.2"}}
    return [
        lt_track(APP, rng, [("Tour Viewed", {"tour": "t_golden"}),
                            ("Booking Completed", {"total": L(28900, BUY)})], adid=True,
                 fmt="msgpack"),
        lt_identify(APP, rng, {"email": L(EMAIL, MAIL), "country": L("US", COARSE),
                               "bookings": 1}),
        sf_session(APP, rng, first=True),
        sf_link(APP, rng, link),
        sf_event(APP, rng, "booking_complete", {"tour": "t_golden"}, revenue=28900.0,
                 currency="ISK", hashed=True),
        bh_bid(APP, rng, native, at=PICKUP_FIX, nd=3, gz=True),
        bh_notice(APP, rng, "win", "0.91"),
        hv_crash(APP, rng, ("java.lang.NullPointerException", "pickup stop was null"),
                 [hv_crumb("navigation", "Booking -> Pickup"),
                  hv_crumb("user", "tap I'm here")], screen="PickupActivity"),
        gf_card(APP, rng, postal=L(ZIP, COARSE)),
        gf_confirm(APP, rng, "28900", "isk"),
        kf_reverse(APP, rng, PICKUP_FIX, "location.precise", 5),
        sh_message(APP, rng, L("Can I move my booking to the 24th? I'm at sea on the 17th",
                               TEXT), {"booking": L(BOOKING_TF, BUY)}),
    ]
