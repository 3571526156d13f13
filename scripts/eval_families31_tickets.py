"""Event-ticketing app "Entryfox" with face-recognition venue entry: sign-up, a magic-link
log-in, an event search near her, the waiting room's bot check (typing rhythm, a pointer
trajectory, the phone's tilt), checkout with the names on the tickets, the order, face
enrolment for entry (a selfie, a 512-float template, 68 landmarks) and its link to the tickets,
her position at the doors, entry feedback, a transfer to a friend, a resale listing with a
payout account, an accessibility request, an in-seat food order, a survey, deleting the face
template, a wallet pass, a presale membership, devices, events and a cookie GET."""

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
    EMAIL_B64,
    FACE,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    f32b64,
    flat,
    landmarks,
    multipart,
    pb,
    push_token,
    raw,
    series,
    swipe,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, ZIP, App, ev, latlng, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families31_kit import DOOR_FIX, EVENT, ORDER_EF, SEATS, TICKETS, VENUE, obj
from eval_families31_sdk import (
    bm_bid,
    ct_batch,
    ct_identify,
    fw_crumb,
    fw_notify,
    tl_click,
    tl_event,
    tl_session,
)
from eval_families31_svc import gh_route, gh_search, nc_register, pv_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("entryfox", "Entryfox", "com.example.entryfox", "12.6.0",
          "https://api.entryfox.example.com")
IID = "X-Entryfox-Device"
V_AT = (VENUE["lat"], VENUE["lon"])


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _arrival(rng: random.Random) -> Case:
    """Her arrival at the doors as schema-less protobuf: the venue (a negative), her fix
    ``2.1``/``2.2`` (the venue's own point ``3`` a negative), the order ``4``."""
    lab: dict[str, str] = {}
    data = pb([(1, VENUE["id"]),
               (2, [(1, L(DOOR_FIX[0], PRECISE)), (2, L(DOOR_FIX[1], PRECISE)), (3, 9)]),
               (3, [(1, VENUE["lat"]), (2, VENUE["lon"])]), (4, L(ORDER_EF, BUY)),
               (5, "C"), (6, True)], "", lab)
    return raw(APP.fam, f"{APP.api}/v5/venues/{VENUE['id']}/arrival", data,
               "application/x-protobuf", lab, headers=_h(rng, auth="bearer"))


def entryfox() -> list[Case]:
    rng = random.Random(3151)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    dwell, flight = dwell_flight(rng, 20)
    cases = [
        case(f, f"{a}/v5/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L("Encore!Pier76", CRED), "dob": L(DOB, BIRTH),
            "zip": L(ZIP, COARSE), "marketing": True}),
        case(f, f"{a}/v5/auth/magic", headers=_h(rng), query={
            "token": L(opaque(rng, "ml_", 40), CRED), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v5/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v5/events/search", headers=_h(rng, **b), query={
            "q": L("indie rock december", SEARCH), "near": latlng(3), "radius_km": "25",
            "from": "2025-12-10", "to": "2025-12-31"}),
        case(f, f"{a}/v5/events/{EVENT}/queue", headers=_h(rng, **b), body={
            "event_id": EVENT, "presale": "fox_plus",
            "signals": {"typing": {"field": "email_confirm", "dwell_ms": L(dwell, KEYS),
                                   "flight_ms": L(flight, KEYS)},
                        "pointer": L(swipe(rng, 18), MOTION),
                        "tilt": L(series(rng, 25, ("ax", "ay", "az"), dt=40, scale=0.3),
                                  MOTION),
                        "headless": L(False, DEV),
                        "screen": {"w": L(1080, DEV), "h": L(2400, DEV)}},
            "challenge": opaque(rng, "pow_", 32)}),
        case(f, f"{a}/v5/checkout", headers=_h(rng, **b), body={
            "cart_id": obj(rng, "cart"), "event_id": EVENT,
            "tickets": [dict(s, ticket_id=t) for s, t in zip(SEATS, TICKETS, strict=True)],
            "holders": [{"ticket_id": TICKETS[0], "name": L(NAME, NAMEC)},
                        {"ticket_id": TICKETS[1], "name": L(PEOPLE[0][0], NAMEC)}],
            "subtotal": L("198.00", BUY), "fees": L("48.80", BUY), "total": L("246.80", BUY),
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
            "billing_zip": L(ZIP, COARSE), "insurance": False}),
        at_path(case(f, f"{a}/v5/orders/{ORDER_EF}", headers=_h(rng, **b),
                     query={"include": "tickets"}), ORDER_EF, BUY),
        multipart(f, f"{a}/v5/face/enroll", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "template": L(f32b64(flat(rng, 512, 0.05)), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "template_version": "fx-5",
                "liveness": 0.99, "consent": {"biometric_entry": True, "policy": "bio-2025-03"},
                "capture_ms": 1840})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v5/face/link", headers=_h(rng, **b), body={
            "order": L(ORDER_EF, BUY), "tickets": TICKETS, "venue_id": VENUE["id"],
            "face_id": obj(rng, "fc", 16), "expires": "2025-12-20T06:00:00-05:00"}),
        _arrival(rng),
        case(f, f"{a}/v5/entry/feedback", headers=_h(rng, **b), body={
            "gate": "C", "method": "face", "ok": False,
            "comment": L("The face camera didn't recognise me with my hat on, they scanned "
                         "the barcode", TEXT)}),
        case(f, f"{a}/v5/tickets/{TICKETS[1]}/transfer", headers=_h(rng, **b), body={
            "to": {"name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
                   "phone": L(PEOPLE[0][1], TEL)},
            "message": L("Your ticket, see you at gate C!", TEXT)}),
        case(f, f"{a}/v5/resale/listings", headers=_h(rng, **b), body={
            "ticket_id": obj(rng, "tkt", 8), "price": L("115.00", BUY),
            "payout": {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
                       "holder": L(NAME, NAMEC)}}),
        case(f, f"{a}/v5/orders/{ORDER_EF}/accessibility", headers=_h(rng, **b), body={
            "needs": [L("wheelchair", SENS)], "companion_seat": True,
            "note": L("I use a power wheelchair, is there a lift at gate C?", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v5/venues/{VENUE['id']}/food-orders", headers=_h(rng, **b), body={
            "items": [{"sku": "nachos", "qty": 1}, {"sku": "lager_16oz", "qty": 2}],
            "total": L("31.50", BUY), "deliver_to": SEATS[0],
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY)}),
        case(f, f"{a}/v5/events/{EVENT}/survey", fmt="form", headers=_h(rng, **b), body={
            "nps": "9", "comment": L("Great sound, queue for the bar was too long", TEXT)}),
        case(f, f"{a}/v5/face/delete", headers=_h(rng, **b), body={
            "reason": "event_over", "face_id": obj(rng, "fc", 16), "confirm": True}),
        case(f, f"{a}/v5/wallet/pass", headers=_h(rng, **b), query={
            "order": L(ORDER_EF, BUY), "type": "google", "ticket": TICKETS[0]}),
        case(f, f"{a}/v5/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("entryfox_plus_presale_yearly", BUY),
            "order_id": L("GPA.3370-2281-9946-10357", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v5/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "event_reminders": True}),
        case(f, f"{a}/v5/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("queue_joined", 1, event=EVENT), ev("order_completed", 2,
                                                       total=L(246.8, BUY)),
                ev("screen_view", 3, screen=L("MyTickets", USAGE))]}),
        case(f, f"{a}/v5/wallet", query={"upcoming": "1"}, headers=_h(rng, how="none"),
             cookies={"ef_sess": L(opaque(rng, "", 56), CRED), "ef_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def entryfox_sdks() -> list[Case]:
    rng = random.Random(3152)
    banner = {"banner": {"w": 320, "h": 50, "pos": 1}, "tagid": "entryfox_browse_banner"}
    link = U("entryfox://orders", {"order": L(ORDER_EF, BUY), "e": L(EMAIL_B64, MAIL),
                                   "utm_source": "email"})
    return [
        ct_batch(APP, rng, [("Event Viewed", {"event": EVENT, "venue": VENUE["name"]}),
                            ("Order Completed", {"revenue": L(246.8, BUY), "qty": 2})]),
        ct_identify(APP, rng, {"zip": L(ZIP, COARSE), "favorite_genre": "indie",
                               "face_entry": True}),
        tl_session(APP, rng, first=True, user=True),
        tl_event(APP, rng, "purchase", {"order": L(ORDER_EF, BUY)}, revenue=246.8,
                 hashed=True),
        tl_click(APP, rng, link),
        bm_bid(APP, rng, banner, nd=3, hem=True),
        fw_notify(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                  [fw_crumb("navigation", "Order -> FaceEntry"),
                   fw_crumb("user", "capture_pressed")], screen="FaceEnrollActivity"),
        nc_register(APP, rng, at=DOOR_FIX, nd=3, tags={"next_venue": VENUE["id"]}),
        gh_search(APP, rng, "pier 76 hall", SEARCH, at=(LAT, LON), nd=3),
        gh_route(APP, rng, (LAT, LON), PRECISE, V_AT, None, mode="pedestrian"),
        pv_confirm(APP, rng, "246.80"),
    ]
