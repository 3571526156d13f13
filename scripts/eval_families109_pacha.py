"""Heritage-site entry and train-seat app "Pachapass" (a dated entry to the Inca citadel of Sumaq
Rumi with a circuit and an hour, and the valley train's seats to it; unlike set 22's museum guide,
set 93's bus-and-train app and set 100's permits, one order holds both and the entry needs each
visitor's document): an account (passport), an OAuth password grant, ``/me`` with a JWT,
availability, a hold for her and Wilber, a train search and seat map, the seats booked, the order
paid and fetched by reference in the path, the passport scanned, a ticket's QR by number in the
path, the gate scan with her fix, a protobuf train-position ping, a guide, luggage, a search, a
review, a refund, a wallet pass, push, events and her trips by a cookie GET."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims
from eval_families109_kit import (
    CUSCO_AT,
    GATE_FIX,
    HUSBAND,
    PNR,
    SITE,
    STATION_AT,
    TICKETS,
    fix,
    hd,
)
from eval_families109_sdk import (
    bv_bid,
    bv_notice,
    ch_event,
    ch_link,
    ch_session,
    hy_crash,
    hy_crumb,
    qp_batch,
    qp_pixel,
)
from eval_families109_svc import qm_route, qq_card, qq_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("pacha", "Pachapass", "com.example.pachapass", "5.2.0",
          "https://api.pachapass.example.com")
IID = "X-Pachapass-Install"
PW = "Saqsay-Lomo-2025"
TRAIN_AT = (-13.201042, -72.401187)  # her phone on the train (location.precise)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, auth=auth, lang=None, **kw)


def pachapass() -> list[Case]:
    rng = random.Random(10921)
    a, f = f"{APP.api}/v2", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    ga, go = fix(GATE_FIX, 6)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(PNR, BUY)),
               (3, [(1, L(round(TRAIN_AT[0], 5), PRECISE)),
                    (2, L(round(TRAIN_AT[1], 5), PRECISE))]),
               (4, "VE31"), (5, 34), (6, 1765321902)], "", lab)
    hold = opaque(rng, "hld_", 16)
    return [
        case(f, f"{a}/accounts", headers=_h(rng, auth=None), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "phone": L(E164, TEL),
            "nationality": "USA", "passportNumber": L(PASSPORT, NATID),
            "residenceCountry": L("PE", COARSE), "marketingOptIn": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pachapass-android", "scope": "orders tickets"}),
        case(f, f"{a}/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/sites/{SITE['code']}/availability", query={
            "date": "2026-01-14", "circuit": "2", "visitors": "2"}, headers=_h(rng)),
        case(f, f"{a}/holds", headers=_h(rng), body={
            "site": SITE["code"], "date": "2026-01-14", "circuit": 2, "slot": "07:00",
            "visitors": [
                {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                 "document": {"type": "passport", "number": L(PASSPORT, NATID)},
                 "birthDate": L(DOB, BIRTH), "nationality": "USA", "category": "adult"},
                {"fullName": L(HUSBAND["name"], NAMEC),
                 "document": {"type": "DNI", "number": L(HUSBAND["dni"], NATID)},
                 "birthDate": L(HUSBAND["dob"], BIRTH), "nationality": "PER",
                 "category": "national"}]}),
        case(f, f"{a}/trains/search", query={"from": "CUZ-PRQ", "to": "SRQ-AC",
                                             "date": "2026-01-14", "passengers": "2"},
             headers=_h(rng)),
        case(f, f"{a}/trains/VE31/seatmap", query={"date": "2026-01-14", "coach": "C"},
             headers=_h(rng)),
        case(f, f"{a}/trains/bookings", headers=_h(rng), body={
            "train": "VE31", "date": "2026-01-14", "hold": hold, "seats": ["C14", "C15"],
            "passengers": [{"name": L(NAME, NAMEC), "passport": L(PASSPORT, NATID)},
                           {"name": L(HUSBAND["name"], NAMEC), "dni": L(HUSBAND["dni"], NATID)}],
            "contact": {"email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
            "total": L("412.00", BUY), "currency": "USD",
            "specialAssistance": L("I will be 20 weeks pregnant, an aisle seat near the toilet "
                                   "please", f"{TEXT}|{MED}|{SENS}")}),
        at_path(case(f, f"{a}/orders/{PNR}/pay", headers=_h(rng), body={
            "paymentMethod": L(opaque(rng, "tok_", 24), PAY), "amount": L("412.00", BUY),
            "installments": 1, "billingEmail": L(EMAIL, MAIL)}), PNR, BUY),
        at_path(case(f, f"{a}/orders/{PNR}", headers=_h(rng, how="upper")), PNR, BUY),
        multipart(f, f"{a}/documents/passport", [
            ("image", "passport.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"documentNumber": L(PASSPORT, NATID),
                                                "expiry": "2031-03-02", "country": "USA"})],
            headers=_h(rng)),
        at_path(case(f, f"{a}/tickets/{TICKETS[0]}/qr", headers=_h(rng)), TICKETS[0], BUY),
        case(f, f"{a}/entry/scan", headers=_h(rng), body={
            "ticket": L(TICKETS[0], BUY), "gate": SITE["gate"], "gateLat": SITE["gate_at"][0],
            "gateLon": SITE["gate_at"][1], "lat": ga, "lon": go, "accuracyM": 7,
            "offline": False}),
        raw(f, f"{a}/trains/live", ping, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/guides/book", headers=_h(rng), body={
            "guide": "gd_3381", "language": "es", "date": "2026-01-14", "price": L("120.00", BUY),
            "note": L("My husband has a bad knee, we need the short route", f"{TEXT}|{MED}")}),
        case(f, f"{a}/luggage", fmt="form", headers=_h(rng), body={
            "pnr": L(PNR, BUY), "bags": "1", "fee": L("15.00", BUY)}),
        case(f, f"{a}/search", query={"q": L("ruins near Ollantaytambo", SEARCH),
                                      "lang": L("en", DEV)}, headers=_h(rng)),
        case(f, f"{a}/reviews", headers=_h(rng), body={
            "site": SITE["code"], "rating": 5,
            "text": L("Arrived at 7am, almost nobody at the Temple of the Sun", TEXT)}),
        case(f, f"{a}/refunds", headers=_h(rng), body={
            "order": L(PNR, BUY), "ticket": L(TICKETS[1], BUY), "amount": L("62.00", BUY),
            "reason": L("Wilber cannot travel that day", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/wallet/passes", headers=_h(rng), body={
            "ticket": L(TICKETS[0], BUY), "holder": L(NAME, NAMEC), "provider": "google"}),
        case(f, f"{a}/devices/push", headers=_h(rng), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/analytics/events", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("hold_created", 1, visitors=2), ev("seat_selected", 2, coach="C"),
                ev("screen_view", 3, screen=L("TicketQr", USAGE))]}),
        case(f, f"{a}/trips", headers=_h(rng, auth=None, how="nodash"),
             cookies={"pp_session": L(opaque(rng, "", 48), CRED), "pp_currency": "USD"}),
    ]


def pachapass_sdks() -> list[Case]:
    rng = random.Random(10922)
    return [
        qp_batch(APP, rng, [("Tickets Purchased", {"value": L(412.0, BUY), "circuit": 2}),
                            ("Seat Selected", {"coach": "C"})], at=CUSCO_AT, nd=2,
                 locale="en_US", adid=True),
        qp_pixel(APP, rng, "Availability Viewed", {"site": "SRQ", "date": "2026-01-14"}),
        ch_session(APP, rng, first=True),
        ch_event(APP, rng, "purchase", {"pnr": L(PNR, BUY), "items": 2}, revenue=412.0,
                 currency="USD", hashed=True),
        ch_link(APP, rng, U("https://pachapass.example.com/app/orders", {
            "pnr": L(PNR, BUY), "ref": L(USER_ID, UID), "utm_source": "email"})),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "trip_footer"}, at=CUSCO_AT,
               nd=3, yob=1991, gender="F", keywords="travel,trains,heritage"),
        bv_notice(APP, rng),
        hy_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [hy_crumb("nav", "Tickets -> Qr"), hy_crumb("net", "GET /v2/tickets/{id}/qr")],
                 screen="TicketQrActivity", custom={"offline_cache": True}),
        qq_card(APP, rng, email=True),
        qq_confirm(APP, rng, "412.00", "usd"),
        qm_route(APP, rng, [(CUSCO_AT, PRECISE), (STATION_AT, None)]),
    ]
