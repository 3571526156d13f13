"""Blind set twenty-one, part three: a restaurant-reservation app ("Tablewren"), its own API and the
SDKs it embeds (see ``eval_families21.py`` for the rules of this set, its conventions and its
calls).

First party: a log-in (JSON with a device block), a restaurant search near the user (4 decimals, a
typed query), a restaurant's page, availability and a hold, the reservation (the diner's names,
national phone and e-mail, an occasion, a request naming a peanut allergy, a card guarantee), a
party-size change and a cancellation by the reservation ID in the URL path, invitations to two
friends, a review and a dish photo (multipart), the profile (birthday without the year, home city,
allergies), a wait list with the phone, push registration, a tap on "call the restaurant" in the
app's own event log (the restaurant's number: a negative) and the config; signed-in calls carry a
bearer JWT (user ID claim), the others the install ID, every call the app's User-Agent. SDKs:
analytics batch and identify, MMP launch, event and identity, a crash with the user's e-mail, push,
card guarantee, a route to the restaurant and its static map, consent and flags.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    NATIONAL,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, STATE, T0, ZIP, App, pos
from eval_families21_kit import RESTAURANT_AT, STORE_PHONE, at_path, sdk_uid
from eval_families21_sdk import (
    bf_error,
    ew_batch,
    ew_identify,
    ew_msg,
    tm_event,
    tm_identity,
    tm_launch,
)
from eval_families21_svc import (
    cb_card,
    ch_save,
    gn_route,
    gn_static,
    nf_register,
    tg_ctx,
    tg_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

TW = App("tablewren", "Tablewren", "com.example.tablewren", "8.2.1",
         "https://api.tablewren.example.com/v3")
RESV = "TW-77104"
REST = "r_ramen_1182"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    """The app's User-Agent, then the install ID before log-in or a bearer JWT after it."""
    h: dict[str, Any] = {"User-Agent": L(TW.ua, DEV), "X-Request-Id": rnd_uuid(rng)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "iat": T0, "exp": T0 + 7200,
                                "aud": "tablewren-app", "jti": rnd_hex(rng, 12)})
    else:
        h["X-TW-Device"] = L(INSTALL_ID, DID)
    return h


def tablewren() -> list[Case]:
    rng = random.Random(21011)
    a, f = TW.api, TW.fam
    out = [case(f, f"{a}/auth/login", headers=_h(rng, False), body={
        "email": L(EMAIL, MAIL), "password": L("Udon&Tempura7", CRED),
        "device": {"id": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                   "os": L("Android 14", DEV)}})]
    lat, lng = pos(4)
    out.append(case(f, f"{a}/restaurants/search", headers=_h(rng), query={
        "q": L("ramen", SEARCH), "lat": lat, "lng": lng, "party": "2", "date": "2025-12-12",
        "time": "19:30", "sort": "distance"}))
    out.append(case(f, f"{a}/restaurants/{REST}", headers=_h(rng)))
    out.append(case(f, f"{a}/restaurants/{REST}/availability", headers=_h(rng), query={
        "date": "2025-12-12", "party": "2", "around": "19:30"}))
    out.append(case(f, f"{a}/holds", headers=_h(rng), body={
        "restaurant": REST, "slot": "2025-12-12T19:45:00-05:00", "party_size": 2,
        "seating": "counter"}))
    out.append(case(f, f"{a}/reservations", headers=_h(rng), body={
        "hold": "hd_" + rnd_hex(rng, 10),
        "diner": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                  "phone": L(NATIONAL, TEL), "email": L(EMAIL, MAIL)},
        "occasion": "date_night",
        "special_request": L("One of us has a severe peanut allergy, please flag it",
                             f"{TEXT}|{MED}"),
        "guarantee": {"payment_method": L("pm_" + rnd_hex(rng, 24), PAY)},
        "sms_updates": True}))
    out.append(at_path(case(f, f"{a}/reservations/{RESV}", headers=_h(rng), body={
        "party_size": 3, "slot": "2025-12-12T19:45:00-05:00"}), RESV, BUY))
    out.append(case(f, f"{a}/reservations/{RESV}/invites", headers=_h(rng), body={
        "guests": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)},
                   {"name": L(PEOPLE[3][0], NAMEC), "email": L(PEOPLE[3][2], MAIL)}],
        "message": L("Ramen Friday! Table's at 7:45", TEXT)}))
    out[-1] = at_path(out[-1], RESV, BUY)
    out.append(at_path(case(f, f"{a}/reservations/TW-77391/cancel", headers=_h(rng), body={
        "reason": "schedule_change", "note": L("Stuck at work, so sorry", TEXT)}),
        "TW-77391", BUY))
    out.append(case(f, f"{a}/reviews", headers=_h(rng), body={
        "reservation": L(RESV, BUY), "restaurant": REST, "food": 5, "service": 4,
        "ambience": 4, "text": L("Rich broth, the chashu melts. Loud on a Friday night.", TEXT),
        "dishes": ["Tonkotsu ramen", "Gyoza"]}))
    out.append(multipart(f, f"{a}/reviews/photos", [
        ("meta", None, "application/json", {"reservation": L(RESV, BUY), "dish": "Gyoza",
                                            "caption": L("best gyoza in the East Village",
                                                         TEXT)}),
        ("photo", "IMG_20251212_201455.jpg", "image/jpeg", L(JPEG + b"\x3a" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
        "birthday": L("05-17", BIRTH), "home_city": L(CITY, COARSE),
        "allergies": [L("peanuts", MED), L("shellfish", MED)],
        "seating": "booth", "newsletter": False}))
    out.append(case(f, f"{a}/restaurants/r_taco_0412/waitlist", headers=_h(rng), body={
        "party_size": 2, "phone": L(E164, TEL), "name": L(FIRST, NAMEC), "quoted_min": 25}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "push_token": L(push_token(rng), DID), "platform": L("android", DEV),
        "tz": L("America/New_York", DEV), "app_version": TW.ver}))
    out.append(case(f, f"{a}/events", headers=_h(rng), body={"events": [
        {"e": L("restaurant_view", USAGE), "restaurant": REST, "ts": (T0 + 12) * 1000},
        {"e": L("call_tap", USAGE), "restaurant": REST, "number": STORE_PHONE,
         "ts": (T0 + 40) * 1000},
        {"e": L("directions_tap", USAGE), "restaurant": REST, "ts": (T0 + 52) * 1000}]}))
    out.append(case(f, f"{a}/config", headers=_h(rng, False), query={
        "platform": L("android", DEV), "locale": L("en_US", DEV), "v": TW.ver}))
    return out


def tablewren_sdks() -> list[Case]:
    rng = random.Random(21012)
    uid = sdk_uid(rng)
    out = [ew_batch(TW, [
        ew_msg(0, "Search", kind="screen"),
        ew_msg(1, "Restaurants Searched", {"query": L("ramen", SEARCH), "results": 31}),
        ew_msg(2, "Restaurant Viewed", {"restaurant_id": REST, "cuisine": "japanese"}),
        ew_msg(3, "Reservation Booked", {"reservation_id": L(RESV, BUY), "party_size": 2,
                                         "days_ahead": 3})])]
    out.append(ew_identify(TW, {"email": L(EMAIL, MAIL), "firstName": L(FIRST, NAMEC),
                                "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
                                "address": {"city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                            "postalCode": L(ZIP, COARSE)},
                                "reservations": 7, "createdAt": "2024-03-02T18:11:09Z"}))
    out.append(tm_launch(TW, uid, 12, push=push_token(rng), cuid=True))
    out.append(tm_event(TW, uid, "af_reservation", {"af_content_id": REST,
                                                    "reservation_id": L(RESV, BUY),
                                                    "party": 2}))
    out.append(tm_identity(TW, uid))
    out.append(bf_error(TW, rng, "java.lang.IllegalStateException",
                        "Expected BEGIN_OBJECT but was STRING at path $.slots[3]",
                        ["Search", "Restaurant", "Availability"],
                        user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                              "name": L("Jane Doe", NAMEC)}))
    out.append(nf_register(TW, push_token(rng), ["diner", L("city_new_york", COARSE)]))
    out.append(cb_card(TW, rng))
    out.append(gn_route(TW, RESTAURANT_AT, "pedestrian"))
    out.append(gn_static(TW, RESTAURANT_AT, "R"))
    out.append(ch_save(TW, rnd_uuid(rng), True))
    out.append(tg_eval(TW, tg_ctx(email=True), ["new_booking_flow", "show_deposit_copy"]))
    return out
