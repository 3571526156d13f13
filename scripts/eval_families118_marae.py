"""Marae venue booking app "Hapuhui": she books her husband's marae near Maketu for a whānau
reunion. Sign-up, log-in, ``/me``, marae near the rental, the marae's page, the booking (guests,
purpose, the family's iwi), the deposit, guests from her address book, the invitation (a JSON
string), catering numbers, the kitchen roster, an old photo for the slideshow, a car-pool, check-in
on the day, a koha, the bond refund to her bank, a message to the committee, the invoice by
reference in the path, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families118_kit import (
    ADDR,
    BIRTH,
    BUY,
    CONTACTS,
    COUSIN,
    CRED,
    DEV,
    DID,
    HUI_BOOKING,
    HUSBAND,
    MAIL,
    MARAE,
    MARAE_FIX,
    MEDIA,
    NAMEC,
    NZ_BANK,
    PASSWORD,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEPUKE,
    TEPUKE_AT,
    TEXT,
    UID,
    fix,
    obj,
)
from eval_families118_sdk import aw_link, aw_session, bp_bid, fk_session, tk_queue
from eval_families118_svc import ft_eval, mp_reverse, mp_search, pk_bank, pt_subscribe
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("hapuhui", "Hapuhui", "com.example.hapuhui", "1.12.0", "https://api.hapuhui.example.org")
IID = "X-Hapuhui-Install"
GUESTS = [("Wiremu Rawiri", "+64215550171"), ("Huia Rawiri", "+64225550136"),
          ("Mere Tautahi", "+6475550129")]  # picked from her address book


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def hapuhui() -> list[Case]:
    rng = random.Random(11811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone_number=L(E164, TEL)))}
    bk = f"{a}/v2/bookings/{HUI_BOOKING}"
    la, lo = fix(TEPUKE_AT, 4)
    invite = {"template": "reunion_v2", "from": L(NAME, NAMEC),
              "text": L("Kia ora whānau! Jane here - reunion at Te Awhina Marae 9-11 Jan, RSVP "
                        "by 20 Dec", f"{TEXT}|{NAMEC}")}
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL),
            "password": L(PASSWORD, CRED), "dateOfBirth": L(DOB, BIRTH), "marketing": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L(PASSWORD, CRED), "client_id": "hapuhui-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/marae", headers=_h(rng, **b), query={
            "near": L(f"{TEPUKE_AT[0]:.3f},{TEPUKE_AT[1]:.3f}", PRECISE), "radius": "40",
            "capacity_min": "80"}),
        case(f, f"{a}/v2/marae/{MARAE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/marae/{MARAE['id']}/availability", headers=_h(rng, **b), query={
            "from": "2026-01-09", "nights": "2", "guests": "80"}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "maraeId": MARAE["id"], "from": "2026-01-09", "to": "2026-01-11", "guests": 80,
            "purpose": "whanau reunion", "iwi": L("Te Arawa", SENS),
            "connection": L("My husband Tama Rawiri's grandmother was from this marae",
                            f"{TEXT}|{NAMEC}"),
            "contact": {"name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL)},
            "wharekai": True, "wharenui_sleepover": True, "quote": "2450.00"}),
        at_path(case(f, f"{bk}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "requestId": rid(rng)}), HUI_BOOKING, BUY),
        case(f, f"{bk}/guests", headers=_h(rng, **b), body={
            "source": "address_book", "guests": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in GUESTS]}),
        case(f, f"{bk}/invitations", headers=_h(rng, **b), body={
            "channel": "sms", "count": 3, "payload": W(invite, "json")}),
        case(f, f"{bk}/catering", headers=_h(rng, **b), body={
            "adults": 58, "children": 22, "vegetarian": 6, "glutenFree": 3, "hangi": True,
            "notes": L("Our kaumatua needs a wheelchair-accessible table", f"{TEXT}|{SENS}")}),
        case(f, f"{bk}/roster", headers=_h(rng, **b), body={
            "duty": "kitchen", "day": "2026-01-10",
            "helpers": [{"name": L(COUSIN[0], NAMEC), "phone": L(COUSIN[1], TEL)},
                        {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}]}),
        multipart(f, f"{bk}/slideshow", [
            ("photo", "nanny_1962.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"caption": L(
                "Nanny Huia and Koro Wiremu on their wedding day", f"{TEXT}|{NAMEC}"),
                "order": 4})], headers=_h(rng, **b)),
        case(f, f"{bk}/carpool", headers=_h(rng, **b), body={
            "offer": True, "seats": 3, "from": {"line": L(TEPUKE["line"], ADDR), "lat": la,
                                                "lon": lo}, "leave": "2026-01-09T14:00"}),
        case(f, f"{bk}/checkin", headers=_h(rng, **b), body={
            "position": L(f"{MARAE_FIX[0]:.5f},{MARAE_FIX[1]:.5f}", PRECISE),
            "marae": {"id": MARAE["id"], "lat": MARAE["lat"], "lon": MARAE["lon"]},
            "arrivedAt": 1767920400}),
        case(f, f"{a}/v2/koha", fmt="form", headers=_h(rng, **b), body={
            "marae": MARAE["id"], "amount": L("200.00", BUY), "anonymous": "false",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{bk}/bond-refund", fmt="form", headers=_h(rng, **b), body={
            "account": L(NZ_BANK, PAY), "holder": L(NAME, NAMEC), "amount": "300.00"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "committee", "booking": L(HUI_BOOKING, BUY), "thread": obj(rng, "th", 8),
            "maraePhone": MARAE["phone"], "maraeLine": MARAE["line"],
            "text": L("Can we arrive Thursday night to set up the wharekai?", TEXT)}),
        at_path(case(f, f"{bk}/invoice", headers=_h(rng, **b), query={"format": "pdf"}),
                HUI_BOOKING, BUY),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "tz": L("Pacific/Auckland",
                                                                          DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("marae_viewed", 1, marae=MARAE["id"]), ev("booking_created", 2),
                ev("guests_imported", 3, count=3)]}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, how="upper"), query={"status": "upcoming"},
             cookies={"hh_sid": L(opaque(rng, "", 44), CRED)}),
        case(f, f"{bk}/rsvps", headers=_h(rng, **b), body={
            "self": {"name": L(NAME, NAMEC), "attending": True, "party": 3},
            "dietary": L("low purine for me please (gout)", f"{TEXT}|health.medical")}),
    ]


def hapuhui_sdks() -> list[Case]:
    rng = random.Random(11812)
    return [
        tk_queue(APP, rng, [("Marae Viewed", {"marae": MARAE["id"]}),
                            ("Guests Imported", {"count": 3}), ("Deposit Paid", {})]),
        aw_session(APP, rng, user=True, n=9),
        aw_link(APP, rng, U("https://hapuhui.example.org/b", {
            "booking": L(HUI_BOOKING, BUY), "inviter": L(USER_ID, UID), "utm_source": "sms"})),
        bp_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=MARAE_FIX, nd=3),
        fk_session(APP, rng, secs=1220),
        ft_eval(APP, rng, {"booking_stage": "deposit"}, hdr=True),
        pt_subscribe(APP, rng, tags={"booking": L(HUI_BOOKING, BUY)}, at=MARAE_FIX, nd=1),
        pk_bank(APP, rng),
        mp_search(APP, rng, "Te Awhina Marae Maketu", "behavior.search", near=TEPUKE_AT, nd=3),
        mp_reverse(APP, rng, MARAE_FIX, PRECISE),
    ]
