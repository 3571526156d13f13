"""Rice-field drone-spraying booking service "Sraefly" (srae: paddy field): she books spraying
for the family's paddy in Kandal that her father-in-law farms (snake_case API). Sign-up (a form),
a log-in, ``/me`` with a JWT, the field registered (its corners, the commune, her father-in-law
as the person on site), the weather at the field, a photo of the damage, a typed diagnosis,
operators near the field, a booking with its price and its page by code in the path, the payment
from her wallet, her walk round the bunds (msgpack), the flight watched from the field's edge, a
rain report, a rescheduling, a review, a subsidy application (her ID card, the land title), a
neighbour referred, push, events and the price bulletin by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families125_kit import (
    FATHER_IN_LAW,
    FIELD_CENTRE,
    FIELD_CORNERS,
    KH_E164,
    KH_ID,
    LAND_TITLE,
    OPERATOR,
    TONLE,
    WALLET_ACCT,
    fix,
    obj,
    walk,
)
from eval_families125_sdk import cb_crash, cb_crumb, dl_event, dl_launch, kb_bid, kb_win, mv_batch
from eval_families125_svc import (
    bb_confirm,
    pp_register,
    sm_geocode,
    sm_telemetry,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sraefly", "Sraefly", "com.example.sraefly", "1.4.8", "https://api.sraefly.example.com")
IID = "X-Sraefly-Device"
PW = "Phka!Rumduol25"
NEIGHBOUR = ("Mao Srey Leak", "+855885550117")  # a neighbouring farmer she refers


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _corners() -> list[dict[str, L]]:
    return [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_CORNERS]


def sraefly() -> list[Case]:
    rng = random.Random(12551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(KH_E164, TEL), farmer=True))}
    b = {"auth": "bearer"}
    field, flight = obj(rng, "fld", 8), obj(rng, "flt", 8)
    code = f"SF-{rng.randrange(10 ** 5, 10 ** 6)}"
    cla, clo = fix(FIELD_CENTRE, 5)
    ela, elo = fix((11.487011, 105.012402))  # her phone at the field's edge
    lab: dict[str, str] = {}
    watch = pb([(1, L(code, BUY)), (2, [(1, ela), (2, elo)]), (3, "AGX-40-0912"),
                (4, L(USER_ID, UID)), (5, [(1, OPERATOR["lat"]), (2, OPERATOR["lon"])])], "", lab)
    page = at_path(case(f, f"{a}/v1/bookings/{code}", headers=_h(rng, **b)), code, BUY)
    return [
        case(f, f"{a}/v1/users", fmt="form", headers=_h(rng), body={
            "name": L("Jane Doe", NAMEC), "phone": L(KH_E164, TEL), "password": L(PW, CRED),
            "province": L("Kandal", COARSE), "role": "farmer_family"}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fields", headers=_h(rng, **b), body={
            "id": field, "corners": _corners(), "area_ha": 1.35, "crop": "rice",
            "variety": "Phka Rumduol", "village": L("Phum Prek Thmei", COARSE),
            "commune": L("Khum Kokir", COARSE), "district": L("Srok Kien Svay", COARSE),
            "province": L("Kandal", COARSE), "on_site": {
                "name": L(FATHER_IN_LAW[0], NAMEC), "phone": L(FATHER_IN_LAW[1], TEL)}}),
        case(f, f"{a}/v1/fields/{field}/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_CENTRE[0]:.4f}", PRECISE),
            "lon": L(f"{FIELD_CENTRE[1]:.4f}", PRECISE), "days": "3"}),
        multipart(f, f"{a}/v1/fields/{field}/photos", [
            ("photo", "leaves.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"lat": ela, "lng": elo, "kind": "damage"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/diagnosis", headers=_h(rng, **b), body={
            "field": field, "stage": "tillering",
            "description": L("Leaf tips turning orange-yellow, small brown hoppers at the base",
                             TEXT)}),
        case(f, f"{a}/v1/operators/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_CENTRE[0]:.3f}", PRECISE),
            "lng": L(f"{FIELD_CENTRE[1]:.3f}", PRECISE), "service": "spray"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "code": L(code, BUY), "field": field, "operator": OPERATOR["id"],
            "product": "Buprofezin 25SC", "area_ha": 1.35, "date": "2025-12-20",
            "price": L(21.6, BUY), "contact_phone": L(KH_E164, TEL)}),
        page,
        at_path(case(f, f"{a}/v1/bookings/{code}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("21.60", BUY), "wallet": L(WALLET_ACCT, PAY), "currency": "USD"}),
                code, BUY),
        case(f, f"{a}/v1/fields/{field}/boundary", fmt="msgpack", headers=_h(rng, **b), body={
            "points": walk(rng, 8), "source": "walk"}),
        raw(f, f"{a}/v1/flights/{flight}/watch", watch, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rain-reports", fmt="form", headers=_h(rng, **b), body={
            "field": field, "mm": "18", "lat": L(f"{FIELD_CENTRE[0]:.5f}", PRECISE),
            "lng": L(f"{FIELD_CENTRE[1]:.5f}", PRECISE)}),
        at_path(case(f, f"{a}/v1/bookings/{code}/reschedule", headers=_h(rng, **b), body={
            "date": "2025-12-22", "reason": L("Heavy rain forecast Saturday", TEXT)}), code, BUY),
        at_path(case(f, f"{a}/v1/bookings/{code}/review", headers=_h(rng, **b), body={
            "stars": 4, "text": L("Pilot came on time but missed the corner by the canal",
                                  TEXT)}), code, BUY),
        case(f, f"{a}/v1/subsidies/apply", headers=_h(rng, **b), body={
            "scheme": "kdl_pest_2025", "id_card": L(KH_ID, NATID), "land_title": LAND_TITLE,
            "field": field, "centre": {"lat": cla, "lng": clo}}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "name": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL), "promo": "SRAE5"}),
        case(f, f"{a}/v1/operators/{OPERATOR['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "carrier": L(TONLE[0], "location.carrier")}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_created", 1, price=L(21.6, BUY)), ev("field_walked", 2),
                ev("screen", 3, screen=L("FieldMap", USAGE))]}),
        case(f, f"{a}/v1/prices", headers=_h(rng, how="none"), query={"province": "kandal"},
             cookies={"sf_session": L(opaque(rng, "", 40), CRED)}),
    ]


def sraefly_sdks() -> list[Case]:
    rng = random.Random(12552)
    return [
        mv_batch(APP, rng, [("Booking Created", {"price": L(21.6, BUY), "ha": 1.35}),
                            ("Field Walked", {"points": 8})], at=FIELD_CENTRE, nd=3),
        dl_launch(APP, rng, first=True),
        dl_event(APP, rng, "purchase", {"service": "spray"}, revenue=21.6),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FIELD_CENTRE, nd=3,
               keywords="rice,fertiliser,pesticide"),
        cb_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "polygon needs 3 points"),
                 [cb_crumb("nav", "Fields -> DrawField"), cb_crumb("tap", "undo_corner")],
                 screen="DrawFieldActivity", extra={"province": L("Kandal", COARSE)}),
        pp_register(APP, rng, lang="km", tags={"province": L("Kandal", COARSE)},
                    at=FIELD_CENTRE, nd=2),
        kb_win(APP, rng),
        bb_confirm(APP, rng, "21.60"),
        sm_geocode(APP, rng, "Prek Thmei, Kien Svay", COARSE, near=FIELD_CENTRE, nd=3),
        sm_telemetry(APP, rng, [(FIELD_CORNERS[0][0], FIELD_CORNERS[0][1]),
                                (11.487011, 105.012402)], PRECISE),
    ]
