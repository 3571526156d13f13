"""Long-distance bus-and-train ticket app "Zamtiit": sign-up, log-in, ``/me``, a trip search,
the seat map, a booking for her and a friend (names, documents, birth dates), the payment, the
ticket by reference in the path, a boarding scan, stations near her, where the train is, a
passport scan, extra luggage and insurance, a cancellation with a refund, an e-receipt with her
registration number, a train-position heartbeat (protobuf), push, events and a cookie GET."""

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
    EMAIL_SHA256,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families93_kit import COMPANION, OFFICE_UB_AT, PNR, REG_NO, STATIONS, UB_HOME_AT
from eval_families93_sdk import (
    ac_crash,
    ac_crumb,
    md_event,
    md_launch,
    tx_batch,
    tx_queue,
    zb_bid,
    zb_notice,
)
from eval_families93_svc import gt_route, mp_register, tc_message, tg_eval, tl_card, tl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zamtiit", "Zamtiit", "com.example.zamtiit", "6.0.3", "https://api.zamtiit.example.com")
IID = "Zt-Install-Id"
TRIP = "trp_276_20251220"  # the train's trip (a negative)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, auth=auth, lang=True, **kw)


def zamtiit() -> list[Case]:
    rng = random.Random(9361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    lab: dict[str, str] = {}
    hb = pb([(1, L(PNR, BUY)), (2, TRIP), (3, [(1, L(49.311207, PRECISE)),
                                                (2, L(106.012884, PRECISE))]),
             (4, 62.5), (5, 1766190000)], "", lab)
    tk = case(f, f"{a}/v3/bookings/{PNR}", headers=_h(rng), query={"expand": "tickets"})
    return [
        case(f, f"{a}/v3/users", headers=_h(rng, auth=None), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "password": L("Darkhan-2025!", CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC)}),
        case(f, f"{a}/v3/auth/login", fmt="form", headers=_h(rng, auth=None), body={
            "login": L(E164, TEL), "password": L("Darkhan-2025!", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v3/trips/search", headers=_h(rng), query={
            "from": L("Ulaanbaatar", SEARCH), "to": L("Darkhan", SEARCH), "date": "2025-12-20",
            "pax": "2", "modes": "train,bus"}),
        case(f, f"{a}/v3/trips/{TRIP}/seats", headers=_h(rng), query={"car": "7"}),
        case(f, f"{a}/v3/bookings", headers=_h(rng), body={
            "trip": TRIP, "class": "kupe", "passengers": [
                {"first": L(FIRST, NAMEC), "last": L(LAST, NAMEC), "doc": "passport",
                 "docNo": L(PASSPORT, NATID), "birth": L(DOB, BIRTH), "seat": "7-13"},
                {"name": L(COMPANION[0], NAMEC), "doc": "national_id",
                 "docNo": L("UE88031204", NATID), "birth": L("1988-03-12", BIRTH),
                 "seat": "7-14"}],
            "contact": {"email": L(EMAIL, MAIL), "phone": L(E164, TEL)}}),
        case(f, f"{a}/v3/bookings/{PNR}/pay", fmt="form", headers=_h(rng), body={
            "pnr": L(PNR, BUY), "total": L("68400", BUY), "currency": "MNT",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(tk, PNR, BUY),
        case(f, f"{a}/v3/boarding/scan", headers=_h(rng), body={
            "ticket": L("ZT-TK-" + PNR + "-1", BUY), "trip": TRIP, "car": 7,
            "scannedBy": "conductor_118"}),
        case(f, f"{a}/v3/stations/nearby", headers=_h(rng), query={
            "lat": L(f"{UB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{UB_HOME_AT[1]:.3f}", PRECISE),
            "limit": "3"}),
        case(f, f"{a}/v3/trips/{TRIP}/position", headers=_h(rng), query={
            "me": L(f"{OFFICE_UB_AT[0]:.5f},{OFFICE_UB_AT[1]:.5f}", PRECISE),
            "station": "ub_rail", "stationLat": str(STATIONS["ub_rail"][1])}),
        multipart(f, f"{a}/v3/documents/scan", [
            ("image", "passport.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {"number": L(PASSPORT, NATID),
                                                  "nationality": "USA",
                                                  "expiry": "2031-02-09"})], headers=_h(rng)),
        case(f, f"{a}/v3/bookings/{PNR}/extras", headers=_h(rng), body={
            "luggageKg": 20, "fee": L(12000, BUY), "insurance": {
                "product": L("trip-basic", BUY), "premium": L(3500, BUY)}}),
        case(f, f"{a}/v3/bookings/{PNR}/cancel", headers=_h(rng), body={
            "segment": "return", "reason": L("My friend got sick, we come back by car", TEXT),
            "refundTo": {"last4": L("4444", PAY)}}),
        case(f, f"{a}/v3/ereceipt", fmt="form", headers=_h(rng), body={
            "pnr": L(PNR, BUY), "registriin_dugaar": L(REG_NO, NATID), "type": "individual"}),
        raw(f, f"{a}/v3/trips/{TRIP}/hb", hb, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v3/reviews", headers=_h(rng), body={
            "trip": TRIP, "stars": 4, "text": L("Clean kupe, but the heating in car 7 was off "
                                                "until Zuunkharaa", TEXT)}),
        case(f, f"{a}/v3/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Asia/Ulaanbaatar",
                                                                            DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "events": [
                ev("search", 1, results=6), ev("booking_paid", 2, pax=2),
                ev("screen", 3, screen=L("Ticket", USAGE))]}),
        case(f, f"{a}/v3/me/bookings", headers=_h(rng, auth=None),
             cookies={"zt_session": L(opaque(rng, "", 44), CRED), "zt_cur": "MNT"}),
        case(f, f"{a}/v3/me/home-abroad", headers=_h(rng), body={
            "line1": L(LINE1, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
            "zip": L(ZIP, COARSE), "country": L("US", COARSE), "useForInvoices": False}),
        case(f, f"{a}/v3/loyalty", headers=_h(rng), body={
            "emailHash": L(EMAIL_SHA256, MAIL), "points": 680, "tier": "silver"}),
    ]


def zamtiit_sdks() -> list[Case]:
    rng = random.Random(9362)
    return [
        tx_batch(APP, rng, [("Trip Searched", {"to": L("Darkhan", SEARCH)}),
                            ("Booking Paid", {"total": L(68400, BUY)})], adid=True),
        tx_queue(APP, rng, [("Ticket Opened", {"pnr": L(PNR, BUY)}), ("Offline Mode", {})]),
        md_launch(APP, rng, first=True),
        md_event(APP, rng, "purchase", {"route": "UB-DRK"}, revenue=68400, hashed=True),
        zb_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991),
        zb_notice(APP, rng, "imp"),
        ac_crash(APP, rng, ("java.lang.NullPointerException", "seat map"),
                 [ac_crumb("nav", "Trip -> Seats")], screen="SeatMapActivity"),
        tg_eval(APP, rng, {"trainTracking": True}, user=False),
        mp_register(APP, rng, tags={"trip": TRIP}),
        tl_card(APP, rng),
        tl_confirm(APP, rng, "68400"),
        gt_route(APP, rng, [((UB_HOME_AT[0], UB_HOME_AT[1]), PRECISE),
                            ((STATIONS["ub_rail"][1], STATIONS["ub_rail"][2]), None)]),
        tc_message(APP, rng, L("Please change seat 7-14 to the lower berth", TEXT),
                   {"pnr": L(PNR, BUY)}),
    ]
