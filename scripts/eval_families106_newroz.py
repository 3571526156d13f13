"""Newroz festival ticketing app "Agirpass" (agir: fire; the Newroz bonfire nights in Erbil and
Akre): sign-up by SMS, ``/me``, the festival list near her, a search, tickets for her and her
daughter (names on the tickets), the order and its payment (msgpack seat hold), the tickets by
order number in the path, a shuttle from her flat, the torch walk check-in with her fix and a
protobuf heartbeat, a photo for the festival wall, a review, a lost item report, a friend's
ticket transfer, push, events and the wallet by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
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
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families106_kit import CHILD, ERB, ERB_AT, TICKET, VENUE, fix, near, obj, trace
from eval_families106_sdk import hw_event, hw_link, lt_batch, lt_queue, ob_bid, sl_crash
from eval_families106_svc import cw_opened, cw_register, gm_search, tb_card
from eval_payloads import ANDROID_ID, EMAIL, PHONE, USER_ID, Case, J, L, U, case

APP = App("newroz", "Agirpass", "com.example.agirpass", "5.0.2", "https://api.agirpass.example.net")


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid="X-Agir-Install", **kw)


def agirpass() -> list[Case]:
    rng = random.Random(10621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer", "lang": True}
    ev_id = obj(rng, "evt", 6)
    wla, wlo = fix(near((VENUE["lat"], VENUE["lon"]), rng, 0.001), 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ev_id), (3, [(1, L(36.190841, PRECISE)),
                                                      (2, L(44.010377, PRECISE))]),
               (4, 81), (5, opaque(rng, "", 12))], "", lab)
    c_tix = case(f, f"{a}/v1/orders/{TICKET}/tickets", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("ku", DEV)}),
        case(f, f"{a}/v1/auth/otp/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("730412", CRED), "device": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, phone=L(E164, TEL)))})),
        case(f, f"{a}/v1/me", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "city": L("Erbil", COARSE), "newsletter": True}),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), query={
            "near": L(f"{ERB_AT[0]:.4f},{ERB_AT[1]:.4f}", PRECISE), "from": "2026-03-19",
            "to": "2026-03-22"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("newroz akre bonfire family", SEARCH), "city": L("Erbil", COARSE)}),
        case(f, f"{a}/v1/events/{ev_id}/hold", fmt="msgpack", headers=_h(rng, **b), body={
            "zone": "family-B", "qty": 2, "user": L(USER_ID, UID), "hold": opaque(rng, "h", 10)}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "event": ev_id, "venue": VENUE["id"], "order": L(TICKET, BUY),
            "total": L("50000", BUY), "currency": "IQD", "tickets": [
                {"holder": L(f"{FIRST} {LAST}", NAMEC), "type": L("adult", BUY)},
                {"holder": L(CHILD["first"], NAMEC), "type": L("child", BUY),
                 "age": L(CHILD["age"], "personal.birthdate")}]}),
        case(f, f"{a}/v1/orders/{TICKET}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("50000", BUY), "method": L(opaque(rng, "pm_", 20), "financial.payment"),
            "email": L(EMAIL, MAIL)}),
        at_path(c_tix, TICKET, BUY),
        case(f, f"{a}/v1/shuttles/book", headers=_h(rng, **b), body={
            "pickup": {"address": L(ERB["line"], "contact.address"),
                       "lat": L(round(ERB_AT[0], 5), PRECISE),
                       "lng": L(round(ERB_AT[1], 5), PRECISE)},
            "seats": 2, "fare": L("6000", BUY), "phone": L(PHONE, TEL)}),
        case(f, f"{a}/v1/events/{ev_id}/checkin", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "gate": "G3", "lat": wla, "lng": wlo,
            "venueCentre": [VENUE["lat"], VENUE["lon"]]}),
        raw(f, f"{a}/v1/events/{ev_id}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/torchwalk/trace", headers=_h(rng, **b), body={
            "walk": obj(rng, "walk"), "points": trace(rng, 4, (36.19301, 44.00711),
                                                      (36.190841, 44.010377))}),
        multipart(f, f"{a}/v1/wall", [
            ("image", "agir.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("caption", None, "text/plain", L("Newroz pîroz be! First bonfire with Sara", TEXT))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/events/{ev_id}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Dilşad bûn, the dabke circle was wonderful", TEXT)}),
        case(f, f"{a}/v1/lost-items", headers=_h(rng, **b), body={
            "item": "child's red scarf", "text": L("Lost near gate 3 around 9pm", TEXT),
            "contact": L(PHONE, TEL)}),
        case(f, f"{a}/v1/tickets/transfer", headers=_h(rng, **b), body={
            "ticket": obj(rng, "tkt", 8), "toName": L(PEOPLE[1][0], NAMEC),
            "toPhone": L(PEOPLE[1][1], TEL)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("ku", DEV)}),
        case(f, f"{a}/v1/track", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("ticket_bought", 1, qty=2),
                                               ev("wallet_open", 2)]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="nodash"),
             cookies={"agir_s": L(opaque(rng, "", 40), CRED)}),
    ]




def agirpass_sdks() -> list[Case]:
    rng = random.Random(10622)
    return [
        lt_batch(APP, rng, [("ticket_purchased", {"total": L(50000, BUY), "qty": 2}),
                            ("shuttle_booked", {})], at=(36.190841, 44.010377), nd=4),
        lt_queue(APP, rng, [("event_viewed", {"event": "newroz-citadel"}),
                            ("search", {"q": L("newroz akre", SEARCH)})]),
        hw_event(APP, rng, "purchase", {"tickets": 2}, revenue=50000.0),
        hw_link(APP, rng, U("https://agirpass.example.net/e/newroz-citadel",
                            {"ref": L(USER_ID, UID), "utm_source": "share"})),
        ob_bid(APP, rng, {"video": {"w": 360, "h": 640}}, at=ERB_AT, nd=3),
        sl_crash(APP, rng, ("java.lang.NullPointerException", "seat map null"),
                 ["open SeatMap", "hold family-B"], screen="SeatMapActivity"),
        cw_register(APP, rng, tags={"festival": "newroz-2026"}),
        tb_card(APP, rng),
        cw_opened(APP, rng, "cmp_newroz_reminder"),
        gm_search(APP, rng, "Qelat Hewlêr", "behavior.search", focus=ERB_AT, nd=2),
    ]
