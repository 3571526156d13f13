"""Weaving-workshop class booking app "Awanakuy" (backstrap-loom classes at weavers' centres of the
Sacred Valley; unlike set 95's carpet marketplace and set 106's carpet cleaning, she books
classes, not goods; snake_case API): sign-up, a sign-in with a provider's ID token, ``/me``,
workshops near her, a centre's classes, a class for her and a visiting friend, the payment and
the booking by reference in the path, a check-in with her fix, a photo of her first belt, an
access need, a yarn kit delivered home, a chat with the teacher (msgpack), a review, a gift card,
a search, a waitlist, a lesson video, a cancellation, an avatar, push, events and favourites by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families109_kit import (
    CENTRO,
    CENTRO_FIX,
    CLASS_REF,
    CUSCO_AT,
    CUSCO_CITY,
    CUSCO_DISTRICT,
    CUSCO_LINE,
    CUSCO_POSTAL,
    FRIEND,
    PE_PHONE,
    fix,
    hd,
    obj,
)
from eval_families109_sdk import bv_bid, ch_event, ch_link, ch_session, qp_batch, qp_identify
from eval_families109_svc import qm_geocode, qm_reverse, qq_card, qq_confirm, rc_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, U, case

APP = App("awana", "Awanakuy", "com.example.awanakuy", "3.1.0",
          "https://api.awanakuy.example.com")
IID = "Awk-Install-Id"
PW = "Pallay-Mayu-771"
PREG = f"{MED}|{SENS}"
GOOGLE_SUB = "109876543210987654321"  # her account at the sign-in provider (id.user)


def _h(rng: random.Random, auth: str | None = "session", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang=None, **kw)


def awanakuy() -> list[Case]:
    rng = random.Random(10941)
    a, f = f"{APP.api}/v1", APP.fam
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "email_verified": True, "name": L(NAME, NAMEC),
               "aud": "awanakuy-android", "iat": 1765300000}, "body", "id_token", acc)
    ca, co = fix(CENTRO_FIX, 6)
    return [
        case(f, f"{a}/users", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "level": "beginner",
            "newsletter": False}),
        add(case(f, f"{a}/auth/provider", fmt="form", headers=_h(rng, auth=None), body={
            "provider": "google", "id_token": idt, "install_id": L(INSTALL_ID, DID)}), acc),
        case(f, f"{a}/me", headers=_h(rng)),
        case(f, f"{a}/workshops", query={
            "near": L(f"{CUSCO_AT[0]:.2f},{CUSCO_AT[1]:.2f}", COARSE), "radius_km": "60",
            "date": "2026-01-10"}, headers=_h(rng)),
        case(f, f"{a}/workshops/{CENTRO['id']}/classes", query={"from": "2026-01-05"},
             headers=_h(rng)),
        case(f, f"{a}/bookings", headers=_h(rng), body={
            "class_id": obj(rng, "cls", 8), "seats": 2, "currency": "PEN",
            "participants": [{"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
                             {"name": L(FRIEND[0], NAMEC), "email": L(FRIEND[1], MAIL)}],
            "total": L("180.00", BUY),
            "note": L("My friend Emily is left-handed", f"{TEXT}|{NAMEC}")}),
        at_path(case(f, f"{a}/bookings/{CLASS_REF}/pay", headers=_h(rng), body={
            "payment_method": L(opaque(rng, "tok_", 24), PAY), "amount": L("180.00", BUY)}),
            CLASS_REF, BUY),
        at_path(case(f, f"{a}/bookings/{CLASS_REF}", headers=_h(rng, how="upper")),
                CLASS_REF, BUY),
        at_path(case(f, f"{a}/bookings/{CLASS_REF}/checkin", headers=_h(rng), body={
            "lat": ca, "lon": co, "centre": CENTRO["id"], "centre_lat": CENTRO["at"][0],
            "centre_lon": CENTRO["at"][1]}), CLASS_REF, BUY),
        multipart(f, f"{a}/gallery", [
            ("photo", "chumpi.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("data", None, "application/json", {
                "title": L("My first chumpi belt with pallay motifs", TEXT),
                "pattern": "mayu qhenqo", "class_id": obj(rng, "cls", 8)})], headers=_h(rng)),
        case(f, f"{a}/profile/accessibility", headers=_h(rng), body={
            "needs": L("Arthritis in my right hand, I need a low stool", f"{TEXT}|{MED}"),
            "share_with_teacher": True}),
        case(f, f"{a}/materials/orders", headers=_h(rng), body={
            "kit": "backstrap-starter", "total": L("95.00", BUY), "ship_to": {
                "name": L(NAME, NAMEC), "line1": L(CUSCO_LINE, ADDR),
                "district": L(CUSCO_DISTRICT, COARSE), "city": L(CUSCO_CITY, COARSE),
                "postal_code": L(CUSCO_POSTAL, COARSE), "phone": L(PE_PHONE, TEL)}}),
        case(f, f"{a}/messages", fmt="msgpack", headers=_h(rng), body={
            "thread": obj(rng, "thr", 8), "to": "tch_nilda", "sent_at": 1765321400,
            "text": L("Can I bring my own alpaca yarn from my husband's family?", TEXT)}),
        case(f, f"{a}/reviews", headers=_h(rng), body={
            "centre": CENTRO["id"], "rating": 5,
            "text": L("Patient teachers, we dyed with cochineal and molle", TEXT)}),
        case(f, f"{a}/gift-cards", headers=_h(rng), body={
            "recipient_name": L(FRIEND[0], NAMEC), "recipient_email": L(FRIEND[1], MAIL),
            "sender_name": L(FIRST, NAMEC), "amount": L("120.00", BUY),
            "message": L("Happy birthday Emily! Weave something beautiful", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/search", query={"q": L("backstrap loom beginner", SEARCH),
                                      "lang": L("en", DEV)}, headers=_h(rng)),
        case(f, f"{a}/waitlist", fmt="form", headers=_h(rng), body={
            "class_id": obj(rng, "cls", 8), "phone": L(NATIONAL, TEL),
            "email": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/lessons/progress", headers=_h(rng), body={
            "lesson": obj(rng, "les", 8), "watched_s": L(640, USAGE), "completed": True}),
        at_path(case(f, f"{a}/bookings/{CLASS_REF}/cancel", headers=_h(rng), body={
            "seats": 1, "refund_amount": L("90.00", BUY),
            "reason": L("I have a prenatal check-up that morning", f"{TEXT}|{PREG}")}),
            CLASS_REF, BUY),
        multipart(f, f"{a}/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA))], headers=_h(rng)),
        case(f, f"{a}/push/register", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "locale": L("en_PE", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("class_booked", 1, seats=2), ev("gallery_upload", 2),
                ev("screen_view", 3, screen=L("ClassDetail", USAGE))]}),
        case(f, f"{a}/favourites", headers=_h(rng, auth=None, how="nodash"),
             cookies={"awk_sid": L(opaque(rng, "", 40), CRED), "awk_uid": L(USER_ID, UID)}),
    ]


def awanakuy_sdks() -> list[Case]:
    rng = random.Random(10942)
    return [
        qp_batch(APP, rng, [("Class Booked", {"value": L(180.0, BUY), "seats": 2}),
                            ("Workshop Viewed", {"centre": CENTRO["id"]})], at=CUSCO_AT, nd=2,
                 locale="en_PE"),
        qp_identify(APP, rng, {"skill": "beginner", "city": L(CUSCO_CITY, COARSE),
                               "email": L(EMAIL, MAIL)}),
        ch_session(APP, rng, first=True),
        ch_event(APP, rng, "booking", {"ref": L(CLASS_REF, BUY)}, revenue=180.0, hashed=True),
        ch_link(APP, rng, U("https://links.awanakuy.example.com/c",
                            {"e": L(EMAIL, MAIL), "c": "newyear", "s": "email"})),
        bv_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}, "tagid": "feed_3"},
               keywords="crafts,textiles,travel"),
        qq_card(APP, rng),
        qq_confirm(APP, rng, "180.00"),
        qm_geocode(APP, rng, "Centro Textil Awana Wasi Chinchero", SEARCH, near=CUSCO_AT, nd=3,
                   lang="en"),
        qm_reverse(APP, rng, CENTRO_FIX, PRECISE, nd=5),
        rc_message(APP, rng, L("The centre's address in the booking is wrong", TEXT),
                   {"booking": L(CLASS_REF, BUY)}),
    ]
