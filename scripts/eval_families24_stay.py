"""Hotel and short-stay booking app "Stayloom": a trip to Lisbon for two, online check-in with a
passport, a mobile key, reviews, loyalty, trip insurance."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER, PASSPORT
from eval_families24_kit import (
    BOOKING,
    CARD2,
    FRONTDESK_MAIL,
    HOTEL_AT,
    HOTEL_LINE,
    HOTEL_PHONE,
    claims,
    head,
    rid,
)
from eval_families24_sdk import bay_report, crumb, graph_batch, moor_event, moor_launch
from eval_families24_svc import (
    agree_save,
    chime_channel,
    chime_register,
    quill_static,
    sprout_3ds,
    sprout_card,
    wharf_start,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("stayloom", "Stayloom", "com.example.stayloom", "9.2.1",
          "https://api.stayloom.example.com")
IID = "X-Device-Id"
NATID = "personal.national_id"
DOC = "content.media|personal.national_id"
B = f"https://api.stayloom.example.com/v3/bookings/{BOOKING}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _b(path: str, rng: random.Random, body: Any = None, **kw: Any) -> Case:
    """A call on the booking (its confirmation code in the URL path)."""
    c = case(APP.fam, f"{B}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, BOOKING, BUY)


def stayloom() -> list[Case]:
    rng = random.Random(2431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="silver"))}
    lat, lon = pos(4)
    acc: Acc = {}
    jar = {"sl_at": tok(claims(rng, email=L(EMAIL, MAIL)), "cookie", "sl_at", acc),
           "sl_vid": L(INSTALL_ID, DID), "sl_cur": "EUR"}
    cases = [
        case(f, f"{a}/v3/auth/otp/request", headers=_h(rng),
             body={"email": L(EMAIL_UPPER, MAIL), "channel": "email"}),
        case(f, f"{a}/v3/auth/otp/verify", headers=_h(rng),
             body={"email": L(EMAIL, MAIL), "code": L("804117", CRED),
                   "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/autocomplete", headers=_h(rng, auth="bearer", lang=True),
             query={"q": L("lisb", SEARCH), "types": "city,district"}),
        case(f, f"{a}/v3/search", headers=_h(rng, auth="bearer", lang=True),
             query={"dest": L("Lisbon, Portugal", SEARCH), "checkin": "2026-03-12",
                    "checkout": "2026-03-16", "adults": "2", "currency": "EUR"}),
        case(f, f"{a}/v3/search/tonight", headers=_h(rng, auth="bearer"),
             query={"lat": lat, "lng": lon, "radius_km": "3"}),
        case(f, f"{a}/v3/properties/prop_7781", query={"checkin": "2026-03-12",
                                                      "checkout": "2026-03-16"},
             headers=_h(rng, auth="bearer", extra={"If-None-Match": f'W/"{rnd_hex(rng, 32)}"'})),
        case(f, f"{a}/v3/wishlists/wl_22/items", headers=_h(rng, auth="bearer"),
             body={"property_id": "prop_7781", "note": L("the one with the rooftop", TEXT)}),
        case(f, f"{a}/v3/bookings", headers=_h(rng, auth="bearer"), body={
            "quote_id": "q_" + rnd_hex(rng, 12), "arrival_time": "15:00", "currency": "EUR",
            "guest": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                      "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL)},
            "co_guests": [{"name": L(PARTNER[0], NAMEC)}],
            "special_requests": L("Roll-in shower please, I use a wheelchair",
                                  f"{TEXT}|{SENS}"),
            "payment": {"method_id": L("pm_" + rnd_hex(rng, 24), PAY),
                        "last4": L(CARD2[-4:], PAY)},
            "total": L("612.40", BUY), "idempotency_key": rid(rng)}),
        _b("", rng),
        _b("/checkin", rng, {
            "nationality": "US", "document_type": "passport",
            "document_number": L(PASSPORT, NATID), "birthdate": L(DOB, BIRTH),
            "document_expiry": "2031-02-11", "arrival_flight": "SV204",
            "home_address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                             "country": L("US", COARSE)}}),
        at_path(multipart(f, f"{B}/documents", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG, DOC)),
            ("meta", None, "application/json", {"side": "data_page", "upload": rid(rng)})],
            headers=_h(rng, auth="bearer")), BOOKING, BUY),
        _b("/messages", rng, {"text": L("We land at 10pm, could someone leave the key in "
                                        "the lockbox?", TEXT), "client_id": rid(rng)}),
        _b("/key", rng, {"device_id": L(INSTALL_ID, DID), "public_key": rnd_hex(rng, 66),
                         "attestation": opaque(rng, "att.", 60)}),
        _b("/share", rng, {"to_email": L(PARTNER[2], MAIL), "property": {
            "name": "Casa Flores", "address": HOTEL_LINE, "phone": HOTEL_PHONE,
            "email": FRONTDESK_MAIL, "lat": HOTEL_AT[0], "lng": HOTEL_AT[1]}}),
        _b("/protection", rng, {"insured_name": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
                                "residence_state": L("NY", COARSE),
                                "trip_cost": L("612.40", BUY), "premium": L("38.20", BUY)}),
        case(f, f"{a}/v3/reviews", headers=_h(rng, auth="bearer"),
             body={"booking": L(BOOKING, BUY), "rating": 5, "display_name": L(FIRST, NAMEC),
                   "text": L("Quiet street and a lovely host; the lift was out for a day",
                             TEXT)}),
        add(case(f, f"{a}/v3/trips", query={"status": "upcoming"}, cookies=jar,
                 headers=_h(rng, how="none")), acc),
        case(f, f"{a}/v3/loyalty/link", headers=_h(rng, auth="bearer"),
             body={"program": "harbor_rewards", "member_number": L("HR88120443", UID),
                   "last_name": L(LAST, NAMEC)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, auth="bearer"),
             body={"user_id": L(USER_ID, UID), "events": [
                 ev("search", 1, query=L("Lisbon, Portugal", SEARCH), nights=4),
                 ev("property_view", 2, property="prop_7781", dwell_ms=L(48210, USAGE)),
                 ev("booking_complete", 3, value=L("612.40", BUY))]}),
        case(f, f"{a}/v3/devices", headers=_h(rng, auth="bearer"),
             body={"fcm": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
                   "locale": L("en_US", DEV)}),
    ]
    return cases


def stayloom_sdks() -> list[Case]:
    rng = random.Random(2432)
    return [
        graph_batch(APP, rng, [("search_submitted", {"dest": L("Lisbon, Portugal", SEARCH)}),
                               ("booking_completed", {"nights": 4, "value": L(612.4, BUY)})],
                    adid=True),
        moor_launch(APP, rng, first=True, count=1),
        moor_event(APP, rng, "af_purchase", {"af_revenue": L("612.40", BUY),
                                             "af_currency": "EUR",
                                             "af_order_id": L(BOOKING, BUY)}, hashed=True),
        sprout_card(APP, rng),
        sprout_3ds(APP, rng),
        quill_static(APP, rng, HOTEL_AT),
        chime_register(APP, rng, tags={"trip": "upcoming"}),
        chime_channel(APP, rng, "Email"),
        wharf_start(APP, rng, L("My check-in form keeps rejecting my passport photo", TEXT),
                    custom={"booking": L(BOOKING, BUY)}, phone=L(PHONE_PAREN, TEL)),
        bay_report(APP, rng, ("retrofit2.HttpException", "HTTP 422 document rejected"),
                   [crumb("navigation", "Booking -> CheckIn"),
                    crumb("request", "POST /v3/bookings/{code}/documents",
                          {"status": 422})],
                   context="CheckInActivity"),
        agree_save(APP, rng, {}, webview=True),
    ]
