"""Tattoo-studio booking app "Needlenook": sign-up, a log-in, ``/me``, studios near her,
artists by style, a portfolio, a design upload (her sketch, a reference photo of her arm, the
idea), a booking and its deposit by reference in the path, the health form, an age check with
her ID, the consent form with a drawn signature, messages with the artist (JSON, msgpack), a
reschedule, a healed photo, aftercare, a review, a gift card for a friend, a waitlist, her
mailing address, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import DIGITS, E164, JPEG, PEOPLE, multipart, push_token
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families71_kit import (
    ADDR,
    ARTISTS,
    BIRTH,
    BOOKING,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    STUDIO,
    TEL,
    TEXT,
    UID,
    USAGE,
    obj,
)
from eval_families71_sdk import (
    ao_bid,
    fl_crash,
    fl_crumb,
    gp_batch,
    gp_identify,
    tr_event,
    tr_link,
    tr_open,
)
from eval_families71_svc import ab_upload, at_geocode, cq_card, cq_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("needlenook", "Needlenook", "com.example.needlenook", "5.1.3",
          "https://api.needlenook.example.com")
IID = "Nn-Device-Id"
PW = "Peony&Linework9"
B_URL = f"https://api.needlenook.example.com/api/bookings/{BOOKING}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def needlenook() -> list[Case]:
    rng = random.Random(7151)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), given_name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    thread = obj(rng, "th", 10)
    deposit = at_path(case(f, f"{B_URL}/deposit", fmt="form", headers=_h(rng, **b), body={
        "amount": L("100.00", BUY), "currency": "usd",
        "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}), BOOKING, BUY)
    resched = at_path(case(f, f"{B_URL}/reschedule", fmt="form", headers=_h(rng, **b), body={
        "slot": "2026-01-10T13:00", "reason": "work trip"}), BOOKING, BUY)
    return [
        case(f, f"{a}/api/clients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "pronouns": L("she/her", GENDER), "smsReminders": True}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/studios", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "radius": "10mi"}),
        case(f, f"{a}/api/artists", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "q": L("fine line botanical", SEARCH), "open": "true"}),
        case(f, f"{a}/api/artists/{ARTISTS[0]}/portfolio", headers=_h(rng, **b), query={
            "page": "2", "per": "24"}),
        multipart(f, f"{a}/api/designs", [
            ("sketch", "peony.png", "image/png", L(PNG + b"\xb1", MEDIA)),
            ("reference", "forearm.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("brief", None, "application/json", {
                "idea": L("Peony and my grandpa's handwriting 'always, J.' under it", TEXT),
                "placement": "inner left forearm", "sizeCm": 12, "color": False,
                "artist": ARTISTS[0]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "reference": L(BOOKING, BUY), "artist": ARTISTS[0], "studio": STUDIO["id"],
            "slot": "2025-12-20T13:00", "hours": 3, "deposit": L("100.00", BUY),
            "estimateFrom": 450, "estimateTo": 600}),
        deposit,
        case(f, f"{a}/api/health-form", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "allergies": [L("latex", MED)],
            "medications": [L("isotretinoin (stopped Oct)", MED)], "bloodThinners": L(False, MED),
            "pregnantOrNursing": L(False, SENS), "diabetes": L(False, MED),
            "skin": L("eczema on elbows", MED), "keloidHistory": L(False, MED)}),
        multipart(f, f"{a}/api/age-check", [
            ("id", "id.jpg", "image/jpeg", L(JPEG + b"\xb3", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {"dob": L(DOB, BIRTH), "idType": "license"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/consent-forms", [
            ("signature", "sig.png", "image/png", L(PNG + b"\xb4", MEDIA)),
            ("form", None, "application/json", {
                "booking": L(BOOKING, BUY), "printedName": L(NAME, NAMEC), "initials": "JD",
                "version": "2024-11"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/threads/{thread}/messages", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "clientId": obj(rng, "cm", 8),
            "text": L("It's for my grandpa, he passed in March. Can the script be smaller?",
                      TEXT)}),
        case(f, f"{a}/api/threads/{thread}/messages", fmt="msgpack", headers=_h(rng, **b),
             body={"from": L(USER_ID, UID), "clientId": obj(rng, "cm", 8),
                   "text": L("Also I'm on isotretinoin until Oct, is that ok?", f"{TEXT}|{MED}")}),
        resched,
        multipart(f, f"{a}/api/bookings/{BOOKING}/healed", [
            ("photo", "healed.jpg", "image/jpeg", L(JPEG + b"\xb5", MEDIA)),
            ("meta", None, "application/json", {"weeks": 4})], headers=_h(rng, **b)),
        case(f, f"{a}/api/aftercare/log", headers=_h(rng, **b), body={
            "day": 5, "redness": L("mild", MED), "itching": L(True, MED),
            "ointment": "unscented"}),
        case(f, f"{a}/api/reviews", fmt="form", headers=_h(rng, **b), body={
            "artist": ARTISTS[0], "stars": "5",
            "text": L("Tiny linework, healed perfectly, studio spotless", TEXT)}),
        case(f, f"{a}/api/gift-cards", headers=_h(rng, **b), body={
            "amount": L("150.00", BUY), "toName": L(PEOPLE[1][0], NAMEC),
            "toEmail": L(PEOPLE[1][2], MAIL),
            "message": L("Happy 30th Lucía! Get the moth", f"{TEXT}|{NAMEC}"),
            "code": opaque(rng, "gc_", 10)}),
        case(f, f"{a}/api/waitlist", fmt="form", headers=_h(rng, **b), body={
            "artist": ARTISTS[1], "style": "blackwork", "phone": L(DIGITS, TEL)}),
        case(f, f"{a}/api/profile/address", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("design_uploaded", 1), ev("deposit_paid", 2, amount=L(100, BUY)),
                ev("screen", 3, screen=L("Aftercare", USAGE))]}),
        case(f, f"{a}/api/bookings", headers=_h(rng, how="none"), cookies={
            "nn_session": L(opaque(rng, "", 40), CRED), "nn_did": L(INSTALL_ID, DID)}),
    ]


def needlenook_sdks() -> list[Case]:
    rng = random.Random(7152)
    link = U("https://needlenook.example.com/b", {"ref": L(BOOKING, BUY), "a": ARTISTS[0],
                                                  "utm_source": "sms"})
    return [
        gp_batch(APP, rng, [("Design Uploaded", {"placement": "forearm"}),
                            ("Deposit Paid", {"value": L(100.0, BUY)})], adid=True),
        gp_identify(APP, rng, {"first_name": L(FIRST, NAMEC), "birthday": L(DOB, BIRTH),
                               "city": L(CITY, COARSE)}),
        tr_open(APP, rng, first=True),
        tr_event(APP, rng, "deposit", {"booking": L(BOOKING, BUY)}, revenue=100.0, hashed=True),
        tr_link(APP, rng, link),
        ao_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, hem=True),
        fl_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [fl_crumb("ui", "pick_image", {"count": 2})], screen="DesignUploadActivity"),
        cq_card(APP, rng),
        cq_confirm(APP, rng, "100.00"),
        at_geocode(APP, rng, "tattoo studios bushwick", SEARCH),
        ab_upload(APP, rng, L(JPEG + b"\xb6", MEDIA), "stencil_question.jpg", "image/jpeg"),
    ]
