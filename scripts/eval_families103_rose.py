"""Rose-oil distillery tour booking app "Petalstill" (Kazanlak, in the Rose Valley): sign-up,
log-in, ``/me``, tours listed and searched, a dawn rose-picking tour booked for three (her son
and a Sofia friend), a note on his allergy, the payment, the ticket by booking in the path, a
transfer from her Sofia flat, a check-in in the rose field (msgpack), a photo for the gallery, the
shop (products, cart, an order shipped to a friend in Massachusetts with a gift message, its
tracking), a review, the newsletter, a rose-cosmetics workshop, hotels near the distillery, push,
events and the bookings by a cookie GET."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families103_kit import (
    DISTILLERY,
    FIELD_FIX,
    HOTEL_KZ,
    MILA,
    ROSE_BOOKING,
    ROSE_ORDER,
    SOFIA_AT,
    SOFIA_HOME,
    SON,
    SON_AGE,
    fix,
)
from eval_families103_sdk import (
    ae_event,
    ae_link,
    ae_session,
    aw_bid,
    aw_notice,
    fq_logs,
    gf_batch,
    gf_beacon,
)
from eval_families103_svc import cm_route, tb_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("petalstill", "Petalstill", "com.example.petalstill", "2.3.0",
          "https://api.petalstill.example.com")
IID = "X-Petalstill-Device"
PW = "Damask.Dawn.30"
B_URL = f"https://api.petalstill.example.com/api/v1/bookings/{ROSE_BOOKING}"
O_URL = f"https://api.petalstill.example.com/api/v1/shop/orders/{ROSE_ORDER}"
ADRES = f"{SOFIA_HOME['street']}, {SOFIA_HOME['flat']}"
ROSA = PEOPLE[2]  # a friend in Somerville, MA: the gift's recipient


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def petalstill() -> list[Case]:
    rng = random.Random(10331)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    fla, flo = fix(FIELD_FIX)
    sla, slo = fix(SOFIA_AT, 5)
    pm = L(opaque(rng, "ctk_", 24), PAY)
    return [
        case(f, f"{a}/api/v1/accounts", headers=_h(rng), body={
            "full_name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "country": L("US", COARSE), "newsletter": False}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/tours", headers=_h(rng, **b), query={
            "date": "2026-05-30", "guests": "3", "lang": "en"}),
        case(f, f"{a}/api/v1/tours/search", headers=_h(rng, **b), query={
            "q": L("sunrise rose picking with distillery visit", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/bookings", headers=_h(rng, **b), body={
            "tour_id": "tr_rose_dawn", "date": "2026-05-30", "slot": "05:30",
            "guests": [{"name": L(NAME, NAMEC), "type": "adult"},
                       {"name": L(f"{SON[0]} {SON[1]}", NAMEC), "type": "child",
                        "age": L(SON_AGE, BIRTH)},
                       {"name": L(MILA[0], NAMEC), "type": "adult"}],
            "contact": {"email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
            "booking_ref": L(ROSE_BOOKING, BUY), "total": L("270.00", BUY), "currency": "BGN",
            "language": "en"}),
        at_path(case(f, f"{B_URL}/notes", headers=_h(rng, **b), body={
            "notes": L("Nico has a pollen allergy and asthma, we will bring his inhaler",
                       f"{TEXT}|{MED}|{NAMEC}"), "dietary": "vegetarian"}), ROSE_BOOKING, BUY),
        at_path(case(f, f"{B_URL}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("270.00", BUY), "card_token": pm, "installments": "1"}),
            ROSE_BOOKING, BUY),
        at_path(case(f, f"{B_URL}/ticket", headers=_h(rng, **b)), ROSE_BOOKING, BUY),
        case(f, f"{a}/api/v1/transfers", headers=_h(rng, **b), body={
            "booking": L(ROSE_BOOKING, BUY),
            "pickup": {"address": L(ADRES, ADDR), "city": L("Sofia", COARSE),
                       "lat": sla, "lon": slo},
            "time": "02:30", "passengers": 3, "child_seat": True,
            "child_age": L(SON_AGE, BIRTH)}),
        case(f, f"{a}/api/v1/checkin", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(ROSE_BOOKING, BUY), "lat": fla, "lon": flo, "acc": 11,
            "ts": 1780115400, "meeting_point": DISTILLERY["id"]}),
        multipart(f, f"{a}/api/v1/gallery", [
            ("photo", "IMG_20260530_054112.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Nico picking roses at dawn in the Rose Valley", f"{TEXT}|{NAMEC}"),
                "lat": L(f"{FIELD_FIX[0]:.4f}", PRECISE), "lon": L(f"{FIELD_FIX[1]:.4f}", PRECISE),
                "public": True})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/shop/products", headers=_h(rng, **b), query={
            "category": "rose-oil", "sort": "price_asc"}),
        case(f, f"{a}/api/v1/shop/cart", headers=_h(rng, **b), body={
            "items": [{"sku": "RO-2ML", "qty": 2, "unit": 38.0},
                      {"sku": "RW-250", "qty": 1, "unit": 20.0}],
            "subtotal": L("96.00", BUY), "cart": rid(rng)}),
        case(f, f"{a}/api/v1/shop/orders", headers=_h(rng, **b), body={
            "order_no": L(ROSE_ORDER, BUY), "items": 3, "total": L("121.50", BUY),
            "ship_to": {"name": L(ROSA[0], NAMEC), "line1": L("41 Linden Street", ADDR),
                        "city": L("Somerville", COARSE), "state": L("MA", COARSE),
                        "zip": L("02143", COARSE), "country": L("US", COARSE),
                        "phone": L(ROSA[1], TEL)},
            "gift_message": L("Happy birthday Rosa! Straight from the Rose Valley, love Jane",
                              f"{TEXT}|{NAMEC}"), "payment_method": pm}),
        at_path(case(f, f"{O_URL}/tracking", headers=_h(rng, **b)), ROSE_ORDER, BUY),
        multipart(f, f"{a}/api/v1/reviews", [
            ("review", None, "application/json", {
                "tour": "tr_rose_dawn", "rating": 5, "display_name": L("Jane D.", NAMEC),
                "text": L("Worth getting up at 4am. The copper stills were fascinating",
                          TEXT)}),
            ("photo", "stills.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/newsletter", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "lang": L("en", DEV), "interests": "workshops"}),
        case(f, f"{a}/api/v1/workshops/ws_cosmetics/book", headers=_h(rng, **b), body={
            "participants": 2, "date": "2026-05-31", "total": L("90.00", BUY),
            "skin": L("I have psoriasis, no essential oils on my skin please",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/hotels/nearby", headers=_h(rng, **b), query={
            "lat": f"{DISTILLERY['lat']:.3f}", "lon": f"{DISTILLERY['lon']:.3f}",
            "exclude": HOTEL_KZ["name"]}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV), "timezone": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tour_booked", 1, guests=3), ev("gallery_upload", 2),
                ev("screen", 3, screen=L("Shop", USAGE))]}),
        case(f, f"{a}/api/v1/bookings", headers=_h(rng, how="upper"),
             cookies={"ps_session": L(opaque(rng, "", 44), CRED),
                      "ps_device": L(INSTALL_ID, DID)}),
    ]


def petalstill_sdks() -> list[Case]:
    rng = random.Random(10332)
    link = U("https://petalstill.example.com/t/dawn", {
        "ref": "insta_bg", "promo": "ROSE10", "booking": L(ROSE_BOOKING, BUY)})
    return [
        gf_batch(APP, rng, [("Tour Booked", {"tour": "tr_rose_dawn", "value": L(270.0, BUY)}),
                            ("Gallery Upload", {"photos": 1})],
                 at=FIELD_FIX, nd=3, adid=True),
        gf_beacon(APP, rng, "Tour Viewed", {"tour": "tr_rose_dawn", "src": "push"}),
        ae_session(APP, rng),
        ae_event(APP, rng, "purchase", {"order": L(ROSE_ORDER, BUY), "items": 3},
                 revenue=121.5, hashed=True),
        ae_link(APP, rng, link),
        aw_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=FIELD_FIX, nd=4,
               keywords="travel,bulgaria,roses"),
        aw_notice(APP, rng, "imp"),
        fq_logs(APP, rng, [("checkin ok", {"booking": L(ROSE_BOOKING, BUY)}),
                           ("gallery upload retry", {"bytes": 2211840})]),
        tb_confirm(APP, rng, "270.00"),
        cm_route(APP, rng, [(SOFIA_AT, PRECISE), ((DISTILLERY["lat"], DISTILLERY["lon"]), None)]),
    ]
