"""Classical-music ticketing app "Partiture" with seat maps: sign-up (her birth date for the
under-35 price), a log-in, ``/me``, a search, the seat map, a hold, an order, its wallet pass and
tickets by number in the path, wheelchair access, a gift to a friend, a donation in memory of her
father, a subscription series, the door scan at the hall, an exchange, a review, preferences,
venues near her, audio previews, her billing address, push, events and the wallet by a cookie
GET."""

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
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families65_kit import (
    BARCODE,
    CONCERT,
    HALL,
    HALL_FIX,
    ORDER_PT,
    PATRON,
    SEATS,
    fix,
    obj,
)
from eval_families65_sdk import (
    al_launch,
    al_link,
    bm_bid,
    bm_notice,
    fk_crash,
    fk_crumb,
    sb_batch,
    sb_pixel,
)
from eval_families65_svc import mc_route, pw_card, px_save
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
)

APP = App("partiture", "Partiture", "com.example.partiture", "4.8.2",
          "https://api.partiture.example.com")
IID = "X-Partiture-Install"
PW = "Adagietto-1902"
EV = CONCERT["id"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _by_no(rng: random.Random, url: str, **kw: Any) -> Case:
    return at_path(case(APP.fam, url, headers=_h(rng, auth="bearer"), **kw), ORDER_PT, BUY)


def partiture() -> list[Case]:
    rng = random.Random(6541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), patron=L(PATRON, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HALL_FIX, 5)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE_PAREN, TEL), "postcode": L(ZIP, COARSE),
            "dateOfBirth": L(DOB, BIRTH), "newsletter": True}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/events/search", headers=_h(rng, **b), query={
            "q": L("mahler symphony 5", SEARCH), "from": "2026-01-01", "to": "2026-03-31"}),
        case(f, f"{a}/v1/events/{EV}/seatmap", headers=_h(rng, **b), query={
            "section": "orchestra", "zoom": "2"}),
        case(f, f"{a}/v1/events/{EV}/holds", headers=_h(rng, **b), body={
            "seats": SEATS, "priceZone": "B", "hold": obj(rng, "hd", 10),
            "prices": [{"seat": s, "price": 89.0} for s in SEATS]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "orderNo": L(ORDER_PT, BUY), "event": EV, "seats": SEATS,
            "concession": L("under35", BIRTH), "total": L("148.00", BUY),
            "fees": L("9.50", BUY), "patron": L(PATRON, UID), "email": L(EMAIL, MAIL),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        _by_no(rng, f"{a}/v1/orders/{ORDER_PT}/wallet-pass", fmt="form",
               body={"platform": "google", "locale": L("en_US", DEV)}),
        _by_no(rng, f"{a}/v1/orders/{ORDER_PT}/tickets"),
        case(f, f"{a}/v1/accessibility", headers=_h(rng, **b), body={
            "wheelchairSpace": L(True, SENS), "companionSeat": L(True, SENS),
            "hearingLoop": L(False, SENS), "event": EV,
            "notes": L("I use a wheelchair and need the step-free entrance on 56th Street",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "orderNo": L(ORDER_PT, BUY), "seat": SEATS[1],
            "recipientName": L(PEOPLE[1][0], NAMEC), "recipientEmail": L(PEOPLE[1][2], MAIL),
            "message": L("Lucía, Mahler with me on the 17th!", f"{TEXT}|{NAMEC}"),
            "claimUrl": U("https://partiture.example.com/g/claim", {
                "order": L(ORDER_PT, BUY), "to": L(PEOPLE[1][2], MAIL), "s": SEATS[1]})}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "amount": L("75.00", BUY), "fund": "youth-orchestra", "anonymous": "false",
            "tribute": L("In memory of my father, Robert Doe", f"{TEXT}|{NAMEC}"),
            "device_data": W({"tz": L(-300, DEV), "lang": L("en-US", DEV),
                              "screen": L("1080x2400", DEV), "ip": L(PUBLIC_IP, IPLOC),
                              "channel": "app"}, "b64json")}),
        case(f, f"{a}/v1/subscriptions/series", headers=_h(rng, **b), body={
            "series": "sr_beethoven_2026", "concerts": 6, "seats": ["DRC-C-7"],
            "total": L("414.00", BUY), "installments": 3, "patron": L(PATRON, UID)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "barcode": L(BARCODE, BUY), "gate": "57th-A", "venue": HALL["id"],
            "at": {"lat": hla, "lon": hlo}, "venueAt": {"lat": HALL["lat"], "lon": HALL["lon"]},
            "scannedAt": 1768694531}),
        case(f, f"{a}/v1/exchanges", headers=_h(rng, **b), body={
            "fromOrder": L(ORDER_PT, BUY), "toEvent": "ev_88174", "fee": L("5.00", BUY),
            "reason": L("Work trip moved, the Sunday matinee works", TEXT)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "event": EV, "stars": "5",
            "text": L("The Adagietto was unbearably beautiful. Seats L14-15 are perfect", TEXT)}),
        case(f, f"{a}/v1/preferences", headers=_h(rng, **b), body={
            "composers": ["Mahler", "Brahms", "Sibelius"], "venues": [HALL["id"]],
            "emailDigest": "weekly", "language": L("en", DEV)}),
        case(f, f"{a}/v1/venues/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE)}),
        case(f, f"{a}/v1/audio/previews", headers=_h(rng, **b), body={
            "track": "trk_4471_adagietto", "seconds": L(94, USAGE), "event": EV}),
        case(f, f"{a}/v1/billing-address", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        lines(f, f"{a}/v1/events-log", [
            {"uid": L(USER_ID, UID), **e} for e in (
                ev("seat_selected", 1, zone="B"), ev("order_completed", 2),
                ev("screen", 3, screen=L("SeatMap", USAGE)))], gz=True,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"),
             cookies={"pt_sid": L(opaque(rng, "", 48), CRED), "pt_did": L(INSTALL_ID, DID),
                      "pt_rid": rid(rng)}),
    ]


def partiture_sdks() -> list[Case]:
    rng = random.Random(6542)
    link = U("https://partiture.example.com/o/offer", {
        "patron": L(PATRON, UID), "promo": "WINTER20", "utm_source": "email"})
    return [
        sb_batch(APP, rng, [("Order Completed", {"total": L(148.0, BUY), "seats": 2}),
                            ("Search", {"q": L("mahler symphony 5", SEARCH)})], at=(LAT, LON)),
        sb_pixel(APP, rng, "Seat Map Viewed", {"event": EV, "zone": "B"}),
        al_launch(APP, rng, n=12),
        al_link(APP, rng, link),
        bm_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991,
               gender="F", keywords="classical,orchestra,opera"),
        bm_notice(APP, rng),
        fk_crash(APP, rng, ("java.lang.OutOfMemoryError", "seat map bitmap 8192x8192"),
                 [fk_crumb("navigation", "Event -> SeatMap"),
                  fk_crumb("user", "seat tapped", {"seat": SEATS[0]})],
                 screen="SeatMapActivity"),
        px_save(APP, rng, {"analytics": True, "personalisedAds": True}, user=True),
        pw_card(APP, rng),
        mc_route(APP, rng, [((round(LAT, 5), round(LON, 5)), "location.precise"),
                            ((HALL["lat"], HALL["lon"]), None)], mode="transit"),
    ]
