"""Gig-economy dog-grooming app "Furtrimly" (a groomer comes to her building in a van): log-in by
SMS, the profile, ``/me`` with a JWT, her address with the door code, her dog (a pet: negatives),
its photo and rabies certificate, groomers available near her, a groomer's page, a quote, a
booking and its status by code in the path, "I'm home" with her fix while the van is near, a chat
with the groomer, a tip, a review with a photo, a reschedule fee, a membership, a referral, push,
events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import PET, claims, head
from eval_families68_kit import BOOKING_FT, GATE_CODE, GROOMER, home, obj
from eval_families68_sdk import bl_bid, bl_win, cm_batch, sk_event, sk_link, sk_session
from eval_families68_svc import ch_message, mc_geocode, nj_register, tl_confirm, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("furtrimly", "Furtrimly", "com.example.furtrimly", "3.18.0",
          "https://api.furtrimly.example.com")
IID = "X-Furtrimly-Device"
B_URL = f"{APP.api}/v1/bookings/{BOOKING_FT}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _bk(c: Case) -> Case:
    """Label the booking code where it sits in the URL path."""
    return at_path(c, BOOKING_FT, BUY) if f"/{BOOKING_FT}" in c.exchange.url else c


def furtrimly() -> list[Case]:
    rng = random.Random(6841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    rla, rlo = home(5)
    pet = obj(rng, "pet", 8)
    return [_bk(c) for c in [
        case(f, f"{a}/v1/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/auth/phone/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DASHED, TEL), "code": L("611904", CRED)}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "smsUpdates": True}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "lat": hla, "lon": hlo,
            "parking": "street", "gateCode": L(GATE_CODE, CRED),
            "notes": L("Buzz 4B, the van can stop at the hydrant for a minute",
                       f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/pets", headers=_h(rng, **b), body={
            "id": pet, "name": PET["name"], "breed": PET["breed"], "dob": PET["dob"],
            "sex": PET["sex"], "weightKg": PET["weight_kg"], "microchip": PET["microchip"],
            "temperament": "nervous with dryers", "coat": "short"}),
        multipart(f, f"{a}/v1/pets/{pet}/photo", [
            ("photo", "biscuit.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/pets/{pet}/vaccines", [
            ("certificate", "rabies_cert.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"vaccine": "rabies", "expires": "2027-04-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/groomers/available", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "date": "2025-12-13", "service": "full_groom", "size": "medium"}),
        case(f, f"{a}/v1/groomers/{GROOMER['id']}/profile", headers=_h(rng, **b)),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "groomer": GROOMER["id"], "pet": pet, "service": "full_groom",
            "addOns": ["nail_grind", "teeth"], "price": "95.00", "currency": "USD"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "booking": L(BOOKING_FT, BUY), "groomer": GROOMER["id"], "pet": pet,
            "slot": "2025-12-13T10:00", "total": L("95.00", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "address": "adr_3391"}),
        case(f, B_URL, headers=_h(rng, **b)),
        case(f, f"{B_URL}/ready", fmt="msgpack", headers=_h(rng, **b), body={
            "atHome": True, "lat": rla, "lng": rlo, "van": GROOMER["van"],
            "vanLat": GROOMER["lat"], "vanLng": GROOMER["lon"], "etaMin": 6}),
        case(f, f"{a}/v1/chats/{obj(rng, 'ch', 8)}/messages", headers=_h(rng, **b), body={
            "to": GROOMER["id"],
            "text": L("Biscuit nips when his back paws are touched, muzzle for the nails please",
                      TEXT), "clientId": obj(rng, "m", 12)}),
        case(f, f"{B_URL}/tip", fmt="form", headers=_h(rng, **b), body={
            "tip": L("15.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "groomer": GROOMER["id"], "stars": 5, "booking": L(BOOKING_FT, BUY),
            "text": L("So patient with him, Biscuit came out fluffy and calm", TEXT)}),
        multipart(f, f"{a}/v1/reviews/photos", [
            ("photo", "after.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {"groomer": GROOMER["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{B_URL}/reschedule", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-20T09:00", "fee": L("10.00", BUY),
            "reason": L("A work call moved to Saturday morning", TEXT)}),
        case(f, f"{a}/v1/membership", headers=_h(rng, **b), body={
            "plan": L("furtrimly_monthly", BUY), "price": L("29.00", BUY), "autoRenew": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("booking_confirmed", 1, addOns=2), ev("groomer_chat", 2),
                ev("screen", 3, screen=L("BookingDetail", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="none"),
             cookies={"ft_sess": L(opaque(rng, "", 40), CRED),
                      "ft_dev": L(INSTALL_ID.replace("-", ""), DID)}),
    ]]


def furtrimly_sdks() -> list[Case]:
    rng = random.Random(6842)
    link = U("https://furtrimly.example.com/r/invite", {
        "promo": "FIRSTGROOM", "booking": L(BOOKING_FT, BUY), "utm_source": "email"})
    return [
        cm_batch(APP, rng, [("Booking Confirmed", {"total": L(95.0, BUY), "service": "full"}),
                            ("Groomer Viewed", {"groomer": GROOMER["id"]})],
                 at=(LAT, LON), nd=3),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "booking", {"booking": L(BOOKING_FT, BUY)}, revenue=95.0,
                 hashed=True),
        sk_link(APP, rng, link),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="dogs,grooming"),
        bl_win(APP, rng),
        ty_eval(APP, rng, {"market": L("nyc", COARSE)}, user=False, hdr=True),
        nj_register(APP, rng, at=(LAT, LON), nd=2, tags={"dog_size": "medium"}),
        tl_confirm(APP, rng, "95.00"),
        mc_geocode(APP, rng, f"{LINE1} {LINE2}", ADDR, near=(LAT, LON), nd=2),
        ch_message(APP, rng, L(f"The groomer has not arrived for {BOOKING_FT}", f"{TEXT}|{BUY}"),
                   {"booking": L(BOOKING_FT, BUY)}),
    ]
