"""Blind set twenty, part eight: a salon-booking app ("Shearly") and a wine-rating app ("Vinora"),
their own APIs and the SDKs they embed (see ``eval_families20.py`` for the rules of this set, its
conventions and its calls).

Shearly: SMS sign-in with the national number and the code, salons near the user (4 decimals), a
salon's stylists, an appointment (services, price, a note about a dye allergy, a deposit), a
reschedule and a cancellation by the appointment ID in the URL path (the reason names an illness), a
review, an inspiration photo (multipart), a gift card for a friend, the profile (names, e-mail,
birthday without the year, gender), a wait list with the phone; calls carry a bearer JWT (user ID
and phone claims) and the app's User-Agent. Its SDKs: an analytics batch without the advertising ID,
push with a birth-month tag, a crash session, card tokenisation without name or ZIP, remote config
and a salon's static map. Vinora: an age gate (a US-style date of birth, the state), a sign-up with
a user name, a label scan (multipart: the photo and a 4-decimal position), wine search, a rating
with a tasting note and the price paid, cellar bottles, stores near a 3-decimal ``ll``, invitations
by e-mail, taste preferences and a wine order shipped to the user's street; calls carry a public API
key, an opaque bearer and the install ID without dashes. Its SDKs: analytics with an age bucket and
a hit, a bid request at 3 decimals and its impression beacon, premium validation under the user ID
(e-mail and phone attributes) and the subscriber fetch, a handled error quoting the e-mail, consent
and a store autocomplete.
"""

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
    GENDER,
    IID_NODASH,
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
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    T0,
    ZIP,
    App,
    ev,
    latlng,
    opaque,
    pos,
)
from eval_families20_sdk import bh_beacon, bh_bid, bh_user, ck_event, ck_session, mc_batch, mc_hit
from eval_families20_svc import (
    fp_fetch,
    pk_card,
    pl_autocomplete,
    pl_static,
    pm_save,
    pw_register,
    rc_attr,
    rc_receipt,
    rc_subscriber,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

SH = App("shearly", "Shearly", "com.example.shearly", "2.14.0",
         "https://api.shearly.example.com/v1")
VN = App("vinora", "Vinora", "com.example.vinora", "7.0.4", "https://api.vinora.example.com/v2")
APPT = "AP-55210"


def _sh(auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(SH.ua, DEV)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "phone_number": L(E164, TEL),
                                "iat": T0, "exp": T0 + 86400, "role": "client"})
    return h


def shearly() -> list[Case]:
    rng = random.Random(20061)
    a, f = SH.api, SH.fam
    out = [case(f, f"{a}/auth/otp", headers=_sh(False), body={"phone": L(NATIONAL, TEL),
                                                              "channel": "sms"})]
    out.append(case(f, f"{a}/auth/otp/verify", headers=_sh(False), body={
        "phone": L(NATIONAL, TEL), "otp": L("204811", CRED)}))
    lat, lng = pos(4)
    out.append(case(f, f"{a}/salons/nearby", headers=_sh(), query={
        "lat": lat, "lng": lng, "service": "balayage", "open_now": "true"}))
    out.append(case(f, f"{a}/salons/sl_311/stylists", headers=_sh()))
    out.append(case(f, f"{a}/appointments", headers=_sh(), body={
        "salon": "sl_311", "stylist": "st_94", "services": [L("Balayage", BUY), L("Trim", BUY)],
        "start": "2025-12-13T11:00:00-05:00", "price": L(235.0, BUY),
        "notes": L("Did a patch test last time, I react to PPD dyes", f"{TEXT}|{MED}"),
        "deposit": {"payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
                    "amount": L(50.0, BUY)}}))
    c = case(f, f"{a}/appointments/{APPT}", headers=_sh(), body={
        "start": "2025-12-14T13:30:00-05:00"})
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    c = case(f, f"{a}/appointments/{APPT}/cancel", headers=_sh(), body={
        "reason": L("Came down with the flu, so sorry!", f"{TEXT}|{MED}"), "rebook": True})
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    out.append(case(f, f"{a}/reviews", headers=_sh(), body={
        "appointment": L(APPT, BUY), "stars": 5,
        "text": L("Maya nailed the colour, exactly what I asked for", TEXT)}))
    out.append(multipart(f, f"{a}/inspiration", [
        ("meta", None, "application/json", {"appointment": "AP-55311",
                                            "caption": L("this but a bit lighter", TEXT)}),
        ("photo", "inspo.jpg", "image/jpeg", L(JPEG + b"\x5c" * 40, MEDIA)),
    ], headers=_sh()))
    out.append(case(f, f"{a}/gift-cards", headers=_sh(), body={
        "amount": L(75.0, BUY), "recipient_name": L(PEOPLE[1][0], NAMEC),
        "recipient_email": L(PEOPLE[1][2], MAIL), "sender_name": L(FIRST, NAMEC),
        "message": L("Happy birthday! Treat yourself", TEXT), "design": "confetti"}))
    out.append(case(f, f"{a}/profile", headers=_sh(), body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
        "birthday": L("05-17", BIRTH), "gender": L("female", GENDER), "sms_reminders": True}))
    out.append(case(f, f"{a}/waitlist", headers=_sh(), body={
        "salon": "sl_311", "date": "2025-12-20", "phone": L(E164, TEL)}))
    out.append(mc_batch(SH, [
        ev("app_open", 0), ev("screen_view", 1, screen_name=L("SalonDetail", USAGE),
                              engagement_time_msec=L(14000, USAGE)),
        ev("book_appointment", 2, value=L(235.0, BUY), service="balayage")],
        props={"loyalty_tier": "gold"}, adid=False))
    out.append(pw_register(SH, push_token(rng), tags={"birth_month": L("5", BIRTH),
                                                      "fav_salon": "sl_311"}))
    out.append(ck_session(SH, rng, 188.0, "ok"))
    out.append(pk_card(SH, rng, name=False, zip_=False))
    out.append(fp_fetch(SH, {"loyalty_tier": "gold"}))
    out.append(pl_static(SH, "40.7391,-73.9936", "S"))
    return out


def _vn(rng: random.Random) -> dict[str, Any]:
    return {"X-Api-Key": VN.key("api"), "Authorization": L("Bearer " + opaque(rng, "vat.", 44),
                                                           CRED),
            "X-Device": L(IID_NODASH, DID)}


def vinora() -> list[Case]:
    rng = random.Random(20062)
    a, f = VN.api, VN.fam
    out = [case(f, f"{a}/age-gate", headers={"X-Device": L(IID_NODASH, DID)}, body={
        "birthdate": L("05/17/1991", BIRTH), "state": L(STATE, COARSE)})]
    out.append(case(f, f"{a}/auth/signup", headers={"X-Device": L(IID_NODASH, DID)}, body={
        "email": L(EMAIL, MAIL), "password": L("Nebbiolo#2019", CRED),
        "username": L("janedoe_nyc", UID)}))
    lat, lng = pos(4)
    out.append(multipart(f, f"{a}/scans", [
        ("image", "scan.jpg", "image/jpeg", L(JPEG + b"\x77" * 40, MEDIA)),
        ("meta", None, "application/json", {"lat": lat, "lng": lng, "source": "camera",
                                            "flash": False}),
    ], headers=_vn(rng)))
    out.append(case(f, f"{a}/wines/search", headers=_vn(rng), query={
        "q": L("etna rosso 2021", SEARCH), "page": "1"}))
    out.append(case(f, f"{a}/ratings", headers=_vn(rng), body={
        "wine": "w_55810", "vintage": 2021, "stars": 4.5,
        "note": L("Bright cherry, a bit smoky, great with pizza", TEXT),
        "price_paid": L(24.99, BUY), "where": "Corner Wine Shop"}))
    out.append(case(f, f"{a}/cellar/bottles", headers=_vn(rng), body={
        "wine": "w_55810", "qty": 6, "price": L(21.0, BUY), "bought_at": "store"}))
    out.append(case(f, f"{a}/stores/nearby", headers=_vn(rng), query={
        "ll": latlng(3), "radius": "3", "in_stock": "w_55810"}))
    out.append(case(f, f"{a}/friends/invite", headers=_vn(rng), body={
        "emails": [L(PEOPLE[3][2], MAIL), L(PEOPLE[4][2], MAIL)], "note": None}))
    out.append(case(f, f"{a}/preferences", headers=_vn(rng), body={
        "styles": ["red", "natural"], "budget": "20-40", "avoid": ["oaky"]}))
    out.append(case(f, f"{a}/orders", headers=_vn(rng), body={
        "offer": "of_" + rnd_hex(rng, 8), "item": L("Etna Rosso 2021 x 3", BUY),
        "total": L(74.97, BUY), "dob_confirmed": True,
        "ship_to": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                    "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}}))
    out.append(mc_batch(VN, [
        ev("scan_label", 0, result="match"), ev("rate_wine", 1, stars=4.5),
        ev("screen_view", 2, screen_name=L("Cellar", USAGE), engagement_time_msec=L(9400,
                                                                                    USAGE))],
        props={"premium": "false", "age_bucket": L("25-34", BIRTH)}))
    out.append(bh_bid(VN, rng, "feed_banner", nd=3, user=bh_user(gender=False)))
    out.append(bh_beacon(rng, "imp"))
    out.append(mc_hit(VN, rng, "screen_view", "WineDetail", 17400, 6, uid=True))
    out.append(rc_receipt(VN, rng, "vinora_premium_yearly", 49.99, who=USER_ID, attrs={
        "$email": rc_attr(EMAIL, MAIL), "$phoneNumber": rc_attr(E164, TEL)}))
    out.append(rc_subscriber(VN, USER_ID))
    out.append(ck_event(VN, rng, "com.example.vinora.ScanUploadException",
                        L(f"upload failed for {EMAIL} (HTTP 413)", MAIL),
                        ["Home", "Scanner", "ScanResult"], level="error"))
    out.append(pm_save(VN, rnd_uuid(rng), "accept_all", ua=False))
    out.append(pl_autocomplete(VN, rng, "corner wine", SEARCH, nd=3))
    return out
