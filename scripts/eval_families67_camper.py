"""Camper-van rental "Vanwander" with a GPS tracker in every van: sign-up, a form log-in,
``/me``, the licence check (both sides, the number, her address), a van search near her, a
booking with her partner as an extra driver, the deposit by the booking's number in the path,
pick-up with photos and her fix, a digital key and the unlock (protobuf), the tracker's trip log
relayed by the phone (gzip JSON) and its harsh-braking events (msgpack), a campsite search and
booking, the trip shared with a friend, a roadside call, a damage report, the return, a review,
the van's hotspot plan, push, events and the bookings by a cookie GET."""

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
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head
from eval_families67_kit import (
    BOOKING_VW,
    BREAKDOWN_AT,
    CAMPSITE,
    DEPOT,
    DEPOT_FIX,
    VAN,
    fix,
    obj,
    trace,
)
from eval_families67_sdk import bc_bid, eh_batch, fm_crash, fm_crumb, ig_event, ig_install
from eval_families67_svc import (
    ab_reverse,
    ab_route,
    ab_telemetry,
    fg_eval,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("vanwander", "Vanwander", "com.example.vanwander", "8.0.4",
          "https://api.vanwander.example.net")
IID = "Vw-Install"
PW = "Switchback-Pine-52"
NORTHWAY_AT = (43.311208, -73.640947)  # her fix near Glens Falls on the second day
BRAKE_AT = (42.311804, -73.762511)  # where the tracker logged a harsh brake


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def vanwander() -> list[Case]:
    rng = random.Random(6771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), licence_ok=True))}
    b = {"auth": "bearer"}
    dla, dlo = fix(DEPOT_FIX, 6)
    key = opaque(rng, "vk1.", 48)
    lab: dict[str, str] = {}
    unlock = pb([(1, L(BOOKING_VW, BUY)), (2, L(key, CRED)),
                 (3, [(1, L(40.787741, PRECISE)), (2, L(-74.064289, PRECISE))]),
                 (4, VAN["id"]), (5, 1)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng, lang=True), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/verification/licence", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{NATID}")),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE, NATID), "state": L(STATE, COARSE), "expires": "2031-05-17",
                "dob": L(DOB, BIRTH), "address": {"line1": L(LINE1, ADDR),
                                                  "city": L(CITY, COARSE),
                                                  "zip": L(ZIP, COARSE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vans/search", headers=_h(rng, **b), query={
            "near": L("40.742,-73.989", PRECISE), "from": "2026-06-12", "to": "2026-06-19",
            "sleeps": "2"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "van": VAN["id"], "depot": DEPOT["id"], "from": "2026-06-12", "to": "2026-06-19",
            "addons": ["bedding", "camp_chairs"], "insurance": "premium",
            "total": L("1486.50", BUY),
            "extraDriver": {"name": L(PARTNER[0], NAMEC), "licence": L("706119384", NATID),
                            "dob": L("1989-08-30", BIRTH)}}),
        at_path(case(f, f"{a}/v1/bookings/{BOOKING_VW}/deposit", fmt="form",
                     headers=_h(rng, **b), body={
                         "payment_method": L(opaque(rng, "pm_", 24), PAY),
                         "amount": L("500.00", BUY), "hold": "1"}), BOOKING_VW, BUY),
        multipart(f, f"{a}/v1/bookings/{BOOKING_VW}/pickup", [
            ("photo_front", "front.jpg", "image/jpeg", L(JPEG + b"\xd3", MEDIA)),
            ("photo_side", "side.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("data", None, "application/json", {
                "odometerKm": 48211, "fuelPct": 100, "lat": dla, "lon": dlo,
                "depotAt": [DEPOT["lat"], DEPOT["lon"]]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/keys/digital", headers=_h(rng, **b), body={
            "booking": L(BOOKING_VW, BUY), "van": VAN["id"], "vanBle": VAN["ble"],
            "vin": VAN["vin"], "phoneKeyPub": opaque(rng, "MFkw", 80)}),
        raw(f, f"{a}/v1/keys/unlock", unlock, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/telematics/sync", gz=True, headers=_h(rng, **b), body={
            "van": VAN["id"], "tracker": {"imei": VAN["tracker"], "fw": "2.9.4"},
            "points": trace(rng, 8, (41.051204, -73.948611), (42.651917, -73.755402), nd=5,
                            keys=("lat", "lng"), t0=1781280000, dt=900),
            "odometerKm": 48552, "fuelPct": 61, "engineHours": 5.2}),
        case(f, f"{a}/v1/telematics/events", fmt="msgpack", headers=_h(rng, **b), body={
            "van": VAN["id"], "events": [{"kind": "harsh_brake", "g": 0.52,
                                          "lat": L(BRAKE_AT[0], PRECISE),
                                          "lon": L(BRAKE_AT[1], PRECISE), "t": 1781286120}]}),
        case(f, f"{a}/v1/campsites/search", headers=_h(rng, **b), query={
            "q": L("lake george electric hookup", SEARCH),
            "near": L(f"{NORTHWAY_AT[0]:.4f},{NORTHWAY_AT[1]:.4f}", PRECISE), "nights": "3"}),
        at_path(case(f, f"{a}/v1/fuel/nearby/{NORTHWAY_AT[0]:.4f},{NORTHWAY_AT[1]:.4f}",
                     headers=_h(rng, **b), query={"fuel": "diesel", "radiusKm": "15"}),
                f"{NORTHWAY_AT[0]:.4f},{NORTHWAY_AT[1]:.4f}", PRECISE),
        case(f, f"{a}/v1/campsites/bookings", headers=_h(rng, **b), body={
            "site": CAMPSITE["id"], "siteAt": [CAMPSITE["lat"], CAMPSITE["lon"]], "nights": 3,
            "guests": 2, "guestName": L(NAME, NAMEC), "total": L("126.00", BUY)}),
        case(f, f"{a}/v1/trips/share", headers=_h(rng, **b), body={
            "with": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)},
            "until": "2026-06-19T20:00", "link": obj(rng, "sh", 12)}),
        case(f, f"{a}/v1/roadside", headers=_h(rng, **b), body={
            "booking": L(BOOKING_VW, BUY), "lat": L(BREAKDOWN_AT[0], PRECISE),
            "lon": L(BREAKDOWN_AT[1], PRECISE), "phone": L(PHONE_PAREN, TEL),
            "plate": VAN["plate"],
            "problem": L("Engine light came on and it lost power on the Northway near exit 12",
                         TEXT)}),
        multipart(f, f"{a}/v1/damage", [
            ("photo", "awning.jpg", "image/jpeg", L(JPEG + b"\xd5", MEDIA)),
            ("report", None, "application/json", {
                "van": VAN["id"], "part": "awning",
                "text": L("Awning arm bent in a gust at the campsite", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings/{BOOKING_VW}/return", headers=_h(rng, **b), body={
            "odometerKm": 49102, "fuelPct": 88, "lat": fix(DEPOT_FIX, 5)[0],
            "lon": fix(DEPOT_FIX, 5)[1], "cleaningFee": L("45.00", BUY), "lateMinutes": 0}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "van": VAN["id"], "stars": 5,
            "text": L("Spotless van, comfy bed, and the hotspot worked even in the Adirondacks",
                      TEXT)}),
        case(f, f"{a}/v1/hotspot/plans", headers=_h(rng, **b), body={
            "van": VAN["id"], "plan": L("hotspot_10gb", BUY), "price": L("19.00", BUY),
            "connectedSsid": L("Vanwander-4471", WIFI)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("van_unlocked", 1), ev("campsite_booked", 2, nights=3),
                ev("screen", 3, screen=L("TripMap", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="plain"),
             cookies={"vw_session": L(opaque(rng, "", 40), CRED)}),
    ]


def vanwander_sdks() -> list[Case]:
    rng = random.Random(6772)
    return [
        eh_batch(APP, rng, [("Booking Completed", {"total": L(1486.5, BUY), "nights": 7}),
                            ("Campsite Booked", {"nights": 3})], at=NORTHWAY_AT, nd=4),
        ig_install(APP, rng, referrer="utm_source=grovenet&utm_campaign=summer_vans"),
        ig_event(APP, rng, "booking", {"van_class": "2-berth", "nights": 7}, revenue=1486.5,
                 hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NORTHWAY_AT, nd=3),
        fm_crash(APP, rng, ("java.lang.SecurityException", "missing BLUETOOTH_CONNECT"),
                 [fm_crumb("navigation", "Booking -> DigitalKey"),
                  fm_crumb("console", "ble scan", {"van": VAN["id"]})],
                 screen="DigitalKeyActivity"),
        fg_eval(APP, rng, {"digital_key": True, "state": L(STATE, COARSE)}),
        pr_register(APP, rng, at=NORTHWAY_AT, nd=2, tags={"trip": "active"}),
        ab_route(APP, rng, [((DEPOT["lat"], DEPOT["lon"]), None), (NORTHWAY_AT, PRECISE),
                            ((CAMPSITE["lat"], CAMPSITE["lon"]), None)]),
        ab_telemetry(APP, rng, [(42.913408, -73.802214), (42.913561, -73.802007)], PRECISE),
        ab_reverse(APP, rng, BREAKDOWN_AT, PRECISE, nd=6),
    ]
