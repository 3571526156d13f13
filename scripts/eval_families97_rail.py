"""Rail season-ticket app "Cymudwr" (she commutes from Cardiff to her office in Newport):
sign-up, a log-in, ``/me``, a journey search, the photocard's photo, an annual season ticket
bought, the smartcard linked, the barcode by ticket reference in the path, a delay-repay claim
with a photo of the ticket and her bank details, stations near home, her place on the platform
for the live train, an on-board heartbeat (protobuf), seats, a Two Together railcard with her
husband, a VAT receipt to her work mailbox, saved places, station parking, disruption alerts,
feedback, push, events and the tickets by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families97_kit import (
    CY_HOME_AT,
    CY_POSTCODE,
    RAILCARD,
    SEASON,
    SMARTCARD,
    SORT_CODE,
    STATIONS,
    UK_ACCT,
    WORK_AT,
    WORK_MAIL,
)
from eval_families97_sdk import (
    cy_batch,
    gw_crash,
    gw_crumb,
    hb_bid,
    td_event,
    td_session,
)
from eval_families97_svc import (
    pw_register,
    tl_geocode,
    tl_telemetry,
    tm_card,
    tm_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("cymudwr", "Cymudwr", "com.example.cymudwr", "7.1.0", "https://api.cymudwr.example.com")
IID = "X-Cymudwr-Install"
PW = "Platform4&Coffee"
PLATFORM_FIX = (51.475874, -3.179402)  # her phone on platform 3 at Cardiff Central


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def cymudwr() -> list[Case]:
    rng = random.Random(9751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(SMARTCARD, UID)))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(SEASON, BUY)),
               (3, [(1, L(51.531204, PRECISE)), (2, L(-3.094417, PRECISE))]),
               (4, "1B42"), (5, 112)], "", lab)
    bar = at_path(case(f, f"{a}/v1/tickets/{SEASON}/barcode", query={"format": "aztec"},
                       headers=_h(rng, **b)), SEASON, BUY)
    pla, plo = fix(PLATFORM_FIX, 6)
    hla, hlo = fix(CY_HOME_AT, 5)
    wla, wlo = fix(WORK_AT, 5)
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "title": L("Ms", GENDER),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "mobile": L(E164, "contact.phone"),
            "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "scope": "tickets"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/journeys", query={"from": L("CDF", SEARCH), "to": L("NWP", SEARCH),
                                           "date": "2025-12-11", "after": "07:30"},
             headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/photocards", [
            ("photo", "photocard.jpg", "image/jpeg", L(JPEG + b"\x9c", MEDIA)),
            ("data", None, "application/json", {"name": L(NAME, NAMEC), "crop": [40, 60, 600]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/seasons", headers=_h(rng, **b), body={
            "product": "annual_std", "origin": "CDF", "destination": "NWP",
            "start": "2025-12-15", "price": L("2188.00", BUY), "reference": L(SEASON, BUY),
            "photocard": "pc_7r2k91", "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/smartcards/link", fmt="form", headers=_h(rng, **b), body={
            "card": L(SMARTCARD, UID), "season": L(SEASON, BUY)}),
        bar,
        multipart(f, f"{a}/v1/delay-repay/claims", [
            ("claim", None, "application/json", {
                "season": L(SEASON, BUY), "journey": {"from": "CDF", "to": "NWP",
                                                      "date": "2025-12-08", "dep": "07:42",
                                                      "delayMin": 34},
                "refund": L("4.55", BUY),
                "bank": {"sortCode": L(SORT_CODE, PAY), "account": L(UK_ACCT, PAY)}}),
            ("ticket", "season.jpg", "image/jpeg", L(JPEG + b"\x9d", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/stations/nearby", query={"lat": L(f"{CY_HOME_AT[0]:.4f}", PRECISE),
                                                  "lon": L(f"{CY_HOME_AT[1]:.4f}", PRECISE)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/services/1B42/where", headers=_h(rng, **b), body={
            "me": {"lat": pla, "lon": plo, "acc": 11}, "station": "CDF",
            "stationAt": {"lat": STATIONS["CDF"][0], "lon": STATIONS["CDF"][1]}}),
        raw(f, f"{a}/v1/onboard/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/services/1B42/seats", query={"coach": "B"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/railcards", headers=_h(rng, **b), body={
            "number": L(RAILCARD, BUY), "type": "two_together", "expires": "2026-12-01",
            "holders": [{"name": L(NAME, NAMEC)}, {"name": L(PARTNER[0], NAMEC)}]}),
        case(f, f"{a}/v1/receipts/email", fmt="form", headers=_h(rng, **b), body={
            "to": L(WORK_MAIL, MAIL), "season": L(SEASON, BUY), "vat": "1"}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={"places": [
            {"label": "Home", "lat": hla, "lon": hlo, "postcode": L(CY_POSTCODE, COARSE)},
            {"label": "Work", "lat": wla, "lon": wlo}]}),
        case(f, f"{a}/v1/parking/bookings", headers=_h(rng, **b), body={
            "carPark": "NWP-CP1", "date": "2025-12-12", "price": L("9.00", BUY),
            "booking": L("PK-90218", BUY)}),
        case(f, f"{a}/v1/alerts", fmt="form", headers=_h(rng, **b), body={
            "route": "CDF-NWP", "times": "07:42,17:35", "push": "1"}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "service": "1B42", "rating": 2,
            "text": L("Only two coaches again this morning, standing all the way", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("barcode_shown", 1), ev("claim_submitted", 2),
                ev("screen", 3, screen=L("MyTickets", USAGE))]}),
        case(f, f"{a}/v1/tickets", headers=_h(rng, how="nodash"),
             cookies={"cy_session": L(opaque(rng, "", 44), CRED)}),
    ]


def cymudwr_sdks() -> list[Case]:
    rng = random.Random(9752)
    return [
        cy_batch(APP, rng, [("Season Purchased", {"type": "annual"}),
                            ("Barcode Shown", {"offline": True})], at=WORK_AT, nd=2),
        td_session(APP, rng, n=118),
        td_event(APP, rng, "season_purchase", {"type": "annual"}, revenue="2188.00",
                 hashed=True),
        hb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991),
        gw_crash(APP, rng, ("java.lang.NullPointerException", "barcode bitmap"),
                 [gw_crumb("nav", "Tickets -> Barcode")], screen="BarcodeActivity"),
        pw_register(APP, rng, tags={"route": "CDF-NWP"}),
        tm_card(APP, rng, email=True),
        tm_confirm(APP, rng, "2188.00"),
        tl_geocode(APP, rng, "Newport station car park", SEARCH, near=CY_HOME_AT, nd=3),
        tl_telemetry(APP, rng, [(51.48711, -3.19102), (51.48364, -3.18722)], PRECISE),
    ]
