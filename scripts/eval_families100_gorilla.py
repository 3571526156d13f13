"""Gorilla-trekking permit app "Ingagipass" (she and Alex trek in the Virunga volcanoes in
February; camelCase API). Not set 99's Nepal conservation permit: this books a dated permit for
one hour with a habituated gorilla family, at the resident rate, with a health declaration (a
cold can kill a gorilla) and porters. An account, an OAuth password grant, ``/me`` with a JWT,
availability, a hold for two trekkers (names, passports, birth dates), the passport and residence
card scans, the health declaration, the confirmation, the booking by reference in the path,
porters, the lodge transfer, check-in at the park office, the trek's track (gzip), a protobuf
sighting, photos with a caption, a review, the certificate, an emergency contact, travel
insurance, places near the trailhead, push, events and the bookings by a cookie GET."""

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
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
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
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER, PASSPORT
from eval_families24_kit import claims, head
from eval_families100_kit import (
    ALEX_PASSPORT,
    GORILLA_GROUP,
    LODGE,
    NID_RW,
    PARK_HQ_AT,
    PERMIT_REF,
    TRAILHEAD_AT,
    fix,
    leg,
    obj,
)
from eval_families100_sdk import bc_bid, fs_crash, fs_crumb, fs_sessions, sl_link, ty_batch
from eval_families100_svc import gh_route, gh_search, pm_card, pm_confirm
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
    case,
)

APP = App("ingagipass", "Ingagipass", "com.example.ingagipass", "5.3.1",
          "https://api.ingagipass.example.net")
IID = "Ingagi-Install-Id"
PW = "Bisoke2026!trek"
AT_LODGE = (-1.440108, 29.595164)  # her phone at the lodge (her fix)
AT_GROUP = (-1.446811, 29.550237)  # her fix with the gorilla family
NATIDMEDIA = f"{MEDIA}|{NATID}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def ingagipass() -> list[Case]:
    rng = random.Random(10041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hold = obj(rng, "hold", 10)
    cla, clo = fix((-1.429281, 29.588402))  # her fix at the park office's check-in
    lab: dict[str, str] = {}
    seen = pb([(1, L(USER_ID, UID)), (2, GORILLA_GROUP),
               (3, [(1, L(AT_GROUP[0], PRECISE)), (2, L(AT_GROUP[1], PRECISE))]),
               (4, 60), (5, 14), (6, L(PERMIT_REF, BUY))], "", lab)
    booking = at_path(case(f, f"{a}/v2/bookings/{PERMIT_REF}", headers=_h(rng, **b)),
                      PERMIT_REF, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "phone": L(E164, TEL), "residence": L("RW", COARSE), "nationality": "US",
            "marketing": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ingagipass-android", "scope": "bookings"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/availability", headers=_h(rng, **b), query={
            "park": "volcanoes", "date": "2026-02-14", "trekkers": "2", "rate": "resident"}),
        case(f, f"{a}/v2/bookings/hold", headers=_h(rng, **b), body={
            "hold": hold, "date": "2026-02-14", "sector": "Kinigi", "rate": "foreign_resident",
            "trekkers": [
                {"fullName": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
                 "dateOfBirth": L(DOB, BIRTH), "nationality": "US"},
                {"fullName": L(PARTNER[0], NAMEC), "passport": L(ALEX_PASSPORT, NATID),
                 "dateOfBirth": L("1989-11-03", BIRTH), "nationality": "US"}],
            "total": L("3000", BUY), "currency": "USD"}),
        multipart(f, f"{a}/v2/bookings/{hold}/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", NATIDMEDIA)),
            ("residence", "residence_card.jpg", "image/jpeg", L(JPEG + b"\xc2", NATIDMEDIA)),
            ("fields", None, "application/json", {
                "residencePermit": L(NID_RW, NATID), "expires": "2027-08-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/bookings/{hold}/health", headers=_h(rng, **b), body={
            "cough": L(False, MED), "fever": L(False, MED), "diarrhoea": L(False, MED),
            "contactWithSick": L(False, MED), "appliesToAll": True, "accepted": True}),
        case(f, f"{a}/v2/bookings/{hold}/confirm", headers=_h(rng, **b), body={
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "amount": L("3000", BUY),
            "bookingRef": L(PERMIT_REF, BUY), "clientIp": L(PUBLIC_IP, IPLOC)}),
        booking,
        case(f, f"{a}/v2/bookings/{PERMIT_REF}/porters", fmt="form", headers=_h(rng, **b),
             body={"porters": "2", "fee": L("40", BUY)}),
        case(f, f"{a}/v2/bookings/{PERMIT_REF}/transfer", headers=_h(rng, **b), body={
            "pickup": {"name": LODGE["name"], "lat": LODGE["lat"], "lon": LODGE["lon"],
                       "phone": LODGE["phone"]}, "time": "05:45",
            "contactPhone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "bookingRef": L(PERMIT_REF, BUY), "lat": cla, "lon": clo,
            "office": {"lat": PARK_HQ_AT[0], "lon": PARK_HQ_AT[1]}, "badges": ["B-114", "B-115"]}),
        case(f, f"{a}/v2/treks/{PERMIT_REF}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "group": GORILLA_GROUP, "points": leg(rng, 5, TRAILHEAD_AT, AT_GROUP, ("lat", "lon"))}),
        raw(f, f"{a}/v2/treks/sightings", seen, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/treks/{PERMIT_REF}/photos", [
            ("photo", "silverback.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(f"{AT_GROUP[0]:.6f}", PRECISE), "lon": L(f"{AT_GROUP[1]:.6f}", PRECISE),
                "caption": L("Silverback napping ten metres from us", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reviews", headers=_h(rng, **b), body={
            "bookingRef": L(PERMIT_REF, BUY), "stars": 5,
            "text": L("Two hours of climbing and the best hour of our lives", TEXT)}),
        case(f, f"{a}/v2/certificates", fmt="form", headers=_h(rng, **b), body={
            "bookingRef": L(PERMIT_REF, BUY), "nameOnCertificate": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/me/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "relation": "friend"}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "insurer": "Safari Shield", "policyNumber": L("TRV-88-441207", BUY),
            "coversEvacuation": True}),
        case(f, f"{a}/v2/places/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{TRAILHEAD_AT[0]:.4f},{TRAILHEAD_AT[1]:.4f}", PRECISE),
            "kinds": "toilets,viewpoint"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("booking_confirmed", 1), ev("photo_uploaded", 2),
                ev("screen", 3, screen=L("MyPermits", USAGE))]}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, how="none"), query={"status": "upcoming"},
             cookies={"ip_sess": L(opaque(rng, "", 40), CRED), "ip_cur": "USD"}),
    ]


def ingagipass_sdks() -> list[Case]:
    rng = random.Random(10042)
    link = U("https://ingagipass.example.net/go", {"promo": "RESIDENT26",
                                                    "ref": L(PERMIT_REF, BUY), "src": "email"})
    return [
        ty_batch(APP, rng, [("Permit Booked", {"total": L(3000, BUY), "park": "volcanoes"}),
                            ("Porters Added", {"count": 2})], adid=True, at=AT_LODGE, nd=4),
        sl_link(APP, rng, link),
        bc_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               city="Musanze", keywords="travel,wildlife,safari", hem=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, country="USA"),
        fs_crash(APP, rng, ("java.lang.NullPointerException", "permit QR bitmap"),
                 [fs_crumb("navigation", "Bookings -> PermitQr")], screen="PermitQrActivity",
                 meta={"booking": {"ref": L(PERMIT_REF, BUY)}}),
        fs_sessions(APP, rng, [301, 44, 920]),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "3000"),
        gh_route(APP, rng, [(AT_LODGE, PRECISE), (PARK_HQ_AT, None)], profile="car"),
        gh_search(APP, rng, "Kinigi Ridge Guesthouse", SEARCH,
                  near=(AT_LODGE[0], AT_LODGE[1]), nd=3),
    ]
