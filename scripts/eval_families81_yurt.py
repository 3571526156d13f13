"""Yurt-camping booking app "Kiizuy" (a trip to the Kolsai lakes from her Almaty flat): sign-up,
log-in, ``/me``, a search, a camp's page, camps near her, a wish list, a booking with her friends,
the guest registration (passport), the payment, a message to the host, a horse ride, a transfer
from her flat, travel insurance, check-in at the camp, her hike's trace (gzip), an SOS, a review
with a photo, offline maps, push, events and a cookie GET."""

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
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families81_kit import (
    BOOKING_KZ,
    CAMP,
    FIT,
    GUESTS,
    KZ_HOME,
    KZ_HOME_AT,
    NATID,
    PASSPORT,
    TRAIL_START,
    fix,
    obj,
    trace,
)
from eval_families81_sdk import iz_link, iz_open, qs_session, sq_batch, sq_identify, zb_bid
from eval_families81_svc import (
    bg_eval,
    hb_register,
    kb_route,
    kc_message,
    tk_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("kiizuy", "Kiizuy", "com.example.kiizuy", "1.9.2", "https://api.kiizuy.example.com")
IID = "X-Kiizuy-Install"
PW = "FeltYurt&Lake7"
SIS = ("Emma Doe", "+15550178812")  # her sister, the emergency contact (contact.*)
TZ = "Asia/Almaty"
CAMP_FIX = (42.985803, 78.324517)  # her phone at the camp (location.precise)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kiizuy() -> list[Case]:
    rng = random.Random(8141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), email=L(EMAIL, MAIL)))}
    cla, clo = fix(CAMP_FIX, 5)
    sla, slo = fix((42.98792, 78.32977), 6)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L("Jane.Doe@example.org", MAIL), "fullName": L(NAME, NAMEC),
            "phone": L(E164, TEL), "password": L(PW, CRED), "currency": "KZT", "newsletter": True}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("yurt near Kolsai lakes with sauna", SEARCH), "from": "2026-07-10",
            "to": "2026-07-13", "guests": "3"}),
        case(f, f"{a}/v1/camps/{CAMP['id']}", headers=_h(rng, **b), query={"lang": L("en", DEV)}),
        case(f, f"{a}/v1/camps/near", headers=_h(rng, **b), query={
            "lat": L(round(KZ_HOME_AT[0], 2), COARSE), "lon": L(round(KZ_HOME_AT[1], 2), COARSE),
            "radiusKm": "300"}),
        case(f, f"{a}/v1/wishlists", fmt="form", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "list": L("Summer trip with Aliya", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "booking": L(BOOKING_KZ, BUY), "camp": CAMP["id"], "checkIn": "2026-07-10",
            "nights": 3, "yurt": "family_6", "guests": [
                {"name": L(GUESTS[0][0], NAMEC), "phone": L(GUESTS[0][1], TEL)},
                {"name": L(GUESTS[1][0], NAMEC)}],
            "diet": "vegetarian", "total": L("186000", BUY), "currency": "KZT"}),
        multipart(f, f"{a}/v1/bookings/{BOOKING_KZ}/registration", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("guest", None, "application/json", {
                "fullName": L(NAME, NAMEC), "passportNo": L(PASSPORT, NATID),
                "birthDate": L(DOB, BIRTH), "citizenship": "USA", "expires": "2031-02-18",
                "arrival": "2026-07-09"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings/{BOOKING_KZ}/pay", headers=_h(rng, **b), body={
            "amount": L("186000", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "deposit": True}),
        case(f, f"{a}/v1/threads/{obj(rng, 'th', 8)}/messages", headers=_h(rng, **b), body={
            "text": L("Can you pick us up in Saty? My number is +1 555 010 0199",
                      f"{TEXT}|{TEL}"), "hostPhone": CAMP["phone"]}),
        case(f, f"{a}/v1/addons/horse-ride", headers=_h(rng, **b), body={
            "booking": L(BOOKING_KZ, BUY), "riders": 2, "weightKg": L(70, FIT),
            "experience": "beginner", "price": L("24000", BUY)}),
        case(f, f"{a}/v1/transfers", headers=_h(rng, **b), body={
            "pickup": {"address": L(KZ_HOME["mekenzhai"], ADDR), "city": L("Almaty", COARSE),
                       "lat": L(KZ_HOME_AT[0], PRECISE), "lon": L(KZ_HOME_AT[1], PRECISE)},
            "dropoff": CAMP["id"], "time": "2026-07-10T07:00", "price": L("45000", BUY)}),
        case(f, f"{a}/v1/insurance/quote", fmt="form", headers=_h(rng, **b), body={
            "age": L("34", BIRTH), "tripCost": L("255000", BUY), "country": "KZ",
            "activities": "horse_riding,hiking"}),
        case(f, f"{a}/v1/bookings/{BOOKING_KZ}/checkin", fmt="form", headers=_h(rng, **b),
             body={"lat": cla, "lon": clo, "code": CAMP["id"]}),
        case(f, f"{a}/v1/tracks", gz=True, headers=_h(rng, **b), body={
            "booking": BOOKING_KZ, "activity": "hike",
            "points": trace(rng, 8, TRAIL_START, (0.0004, 0.0006))}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "accuracyM": 21, "battery": L(17, DEV),
            "contact": {"name": L(SIS[0], NAMEC), "phone": L(SIS[1], TEL)},
            "message": L("Twisted ankle on the trail above the upper lake",
                         f"{TEXT}|health.medical")}),
        multipart(f, f"{a}/v1/reviews", [
            ("photo", "yurt.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("review", None, "application/json", {
                "camp": CAMP["id"], "stars": 5,
                "text": L("Warm felt yurt, kumis for breakfast, the host's kids were lovely",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/maps/offline", headers=_h(rng, **b), query={
            "bbox": "42.90,78.20,43.05,78.45", "zoom": "14"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_made", 1, nights=3), ev("track_saved", 2),
                ev("screen", 3, screen=L("CampPage", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="nodash"),
             cookies={"kz_sess": L(opaque(rng, "", 40), CRED), "cur": "KZT"}),
    ]


def kiizuy_sdks() -> list[Case]:
    rng = random.Random(8142)
    link = U("https://kiizuy.example.com/l/summer", {
        "utm_source": "newsletter", "em": L(EMAIL, MAIL), "camp": CAMP["id"]})
    return [
        sq_batch(APP, rng, [("Booking Made", {"total": L(186000, BUY), "nights": 3}),
                            ("Track Saved", {"km": 6.2})], at=CAMP_FIX, nd=2, tz=TZ),
        sq_identify(APP, rng, {"homeCity": L("New York", COARSE), "phone": L(PHONE, TEL)}),
        iz_open(APP, rng, user=True),
        iz_link(APP, rng, link),
        zb_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=KZ_HOME_AT, nd=3,
               country="KAZ"),
        qs_session(APP, rng, secs=644),
        bg_eval(APP, rng, {"market": L("KZ", COARSE), "offlineMaps": True}),
        hb_register(APP, rng, tags={"trip": "kolsai"}, at=CAMP_FIX, nd=2, tz=TZ),
        tk_confirm(APP, rng, "186000", currency="kzt"),
        kb_route(APP, rng, [(KZ_HOME_AT, PRECISE), ((CAMP["lat"], CAMP["lon"]), None)]),
        kc_message(APP, rng, L("I need to change the booking KZY-25-04418 to four nights",
                               f"{TEXT}|{BUY}"), {"booking": L(BOOKING_KZ, BUY)}),
    ]
