"""Chain-dance (kvæði) festival ticket app "Ringdans": registration, log-in, ``/me`` by JWT, the
programme, a ticket order for her and her husband, the payment, the tickets by order number in
the path, a gate check-in (msgpack, her fix at the venue), a ballad search, favourites, a dance
video with a caption, a group message, friends found by hashed numbers, a live location shared
with the group, a volunteer shift, push, events and the wallet by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    E164,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    sha,
)
from eval_families20_kit import DOB, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families120_kit import HUSBAND, VENUE, VENUE_FIX, common, fo, scr
from eval_families120_sdk import db_bid, rm_event, rm_link, tm_batch, tm_pixel, wl_session
from eval_families120_svc import aw_check, cl_card, ph_register
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("ringdans", "Ringdans", "com.example.ringdans", "1.8.0",
          "https://api.ringdans.example.org")
IID = "X-Ringdans-Install"
ORDER = "RD-26-08812"  # her ticket order (financial.purchase)


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, auth="bearer")


def ringdans() -> list[Case]:
    rng = random.Random(12031)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    vla, vlo = fo(VENUE_FIX, 6)
    out = [
        case(f, f"{a}/api/register", headers=head(APP, rng, iid=IID, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "dob": L(DOB, BIRTH), "password": L("Ormurin-langi-1", CRED)}),
        case(f, f"{a}/api/login", fmt="form", headers=head(APP, rng, iid=IID), body={
            "email": L(EMAIL, MAIL), "password": L("Ormurin-langi-1", CRED)}),
        case(f, f"{a}/api/me", headers=head(APP, rng, iid=IID, extra=jw)),
        case(f, f"{a}/api/programme", headers=_h(rng), query={"day": "2026-07-28",
                                                              "venue": VENUE["id"]}),
        case(f, f"{a}/api/orders", headers=_h(rng), body={
            "order": L(ORDER, BUY), "event": "evt_kvaedi_2807", "total": L("700.00", BUY),
            "currency": "DKK", "tickets": [
                {"holder": L(NAME, NAMEC), "type": "adult", "price": L("350.00", BUY)},
                {"holder": L(HUSBAND[0], NAMEC), "type": "adult", "price": L("350.00", BUY)}]}),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng), body={
            "order": L(ORDER, BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "amount": L("700.00", BUY), "idempotency": rid(rng)}),
        at_path(case(f, f"{a}/api/tickets/{ORDER}", headers=_h(rng)), ORDER, BUY),
        case(f, f"{a}/api/gates/checkin", fmt="msgpack", headers=_h(rng), body={
            "ticket": L(ORDER + "-1", BUY), "user": L(USER_ID, UID), "gate": "G2",
            "venue": [VENUE["lat"], VENUE["lon"]], "lat": vla, "lon": vlo}),
        case(f, f"{a}/api/ballads/search", headers=_h(rng), query={
            "q": L("Ormurin langi", SEARCH), "lang": L("fo", DEV)}),
        case(f, f"{a}/api/favourites", headers=_h(rng), body={
            "ballads": ["bl_0012", "bl_0388"], "client": rid(rng)}),
        multipart(f, f"{a}/api/videos", [
            ("video", "dans.mp4", "video/mp4", L(MP4 + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Hundreds in the ring tonight, my first time leading a verse!",
                             TEXT), "venue": VENUE["id"]})], headers=_h(rng)),
        case(f, f"{a}/api/groups/grp_dansivinir/messages", headers=_h(rng), body={
            "text": L("Meet by the flag at 23:00, Sjúrður has the tickets", f"{TEXT}|{NAMEC}"),
            "client": rid(rng)}),
        case(f, f"{a}/api/friends/discover", headers=_h(rng), body={
            "me": L(PHONE_SHA256, TEL), "hashes": [L(sha("sha256", p), CONTACTS)
                                                    for _, p, _ in PEOPLE[:4]]}),
        case(f, f"{a}/api/groups/grp_dansivinir/location", headers=_h(rng), body={
            "lat": L(round(VENUE_FIX[0] + 0.0004, 5), "location.precise"),
            "lon": L(round(VENUE_FIX[1] - 0.0003, 5), "location.precise"),
            "until": 1785286800}),
        case(f, f"{a}/api/volunteers", headers=_h(rng), body={
            "shift": "sh_gate_2907", "phone": L(PHONE, TEL), "tshirt": "M",
            "diet": "vegetarian"}),
    ]
    return out + common(APP, rng, IID, [("ticket_bought", {"qty": 2}), ("screen", scr("Programme")),
                               ("video_posted", {})], "rd_sess", "api/wallet")


def ringdans_sdks() -> list[Case]:
    rng = random.Random(12032)
    return [
        tm_batch(APP, rng, [("Tickets Bought", {"qty": 2, "value": L(700.0, BUY)}),
                            ("Video Posted", {})], at=VENUE_FIX, nd=4),
        tm_pixel(APP, rng, "Programme Viewed", {"day": "2026-07-28"}),
        rm_event(APP, rng, "purchase", {"qty": 2}, revenue=700.0, currency="DKK", hashed=True),
        rm_link(APP, rng, U("https://ringdans.example.org/invite", {
            "from": L(USER_ID, UID), "group": "grp_dansivinir"})),
        db_bid(APP, rng, {"video": {"w": 1080, "h": 1920}}, at=VENUE_FIX, nd=3),
        wl_session(APP, rng, secs=1840),
        aw_check(APP, rng, {"analytics": True, "ads": True}),
        cl_card(APP, rng),
        ph_register(APP, rng, adid=True, tags={"ticket": "yes"}),
    ]
