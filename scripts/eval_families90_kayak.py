"""Danube kayak-rental app "Veslonik" (Belgrade): SMS log-in, the profile, ``/me``, her passport
for the deposit, the waiver with a signature and an emergency contact, bases nearby, boats, a
booking and a deposit hold, unlocking by QR, the trip's trace (msgpack) and heartbeat
(protobuf), the paddle-stroke accelerometer window (gzip), a geofence alert, river conditions,
the return with a photo, the receipt, a review, a lost item, a season pass, a shared trip, push,
events and the trips by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families25_kit import PNG
from eval_families90_kit import (
    BAZA,
    BG_HOME_AT,
    KAJAK,
    PARTNER,
    PASSPORT,
    RIVER_GAUGE_AT,
    SR,
    TRIP_START,
    TRIP_TURN,
    fix,
    obj,
    paddle,
    strokes,
)
from eval_families90_sdk import (
    kv_crash,
    kv_crumb,
    lc_bid,
    mk_batch,
    mk_pixel,
    tg_link,
    tg_open,
)
from eval_families90_svc import dr_reverse, dr_telemetry, ks_card, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("veslonik", "Veslonik", "rs.example.veslonik", "1.19.0",
          "https://api.veslonik.example.com")
IID = "Vs-Install"
TM = f"{MOTION}|{FIT}"  # the phone's accelerometer on deck: paddle strokes (a workout)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def veslonik() -> list[Case]:
    rng = random.Random(9031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    bk, trip = obj(rng, "bk", 8), obj(rng, "trip", 10)
    sla, slo = fix(TRIP_START)
    gla, glo = fix((44.839902, 20.432517), 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(44.838214, PRECISE)),
                                                     (2, L(20.428873, PRECISE))]),
               (4, 6.2), (5, L(64, DEV)), (6, KAJAK["serial"])], "", lab)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "locale": L(SR, DEV)}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE_NOPLUS, TEL), "code": L("773015", CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "birthDate": L(DOB, BIRTH), "weightKg": L(64, FIT), "canSwim": True,
            "experience": "intermediate"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/identity/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(PASSPORT, NATID), "nationality": "USA", "expires": "2032-03-11",
                "surname": L(LAST.upper(), NAMEC), "given": L(FIRST.upper(), NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/waivers", [
            ("signature", "sig.png", "image/png", L(PNG, MEDIA)),
            ("waiver", None, "application/json", {
                "signedName": L(NAME, NAMEC), "version": "2025-04",
                "emergency": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bases", headers=_h(rng, **b), query={
            "lat": L(f"{BG_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{BG_HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "15"}),
        case(f, f"{a}/v1/bases/{BAZA['id']}/boats", headers=_h(rng, **b),
             query={"date": "2025-12-13", "type": "single"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "base": BAZA["id"], "boatType": "single", "start": "2025-12-13T10:00",
            "hours": 3, "price": L("2400.00", BUY), "currency": "RSD", "booking": bk}),
        case(f, f"{a}/v1/bookings/{bk}/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("5000.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "hold": "true"}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "booking": bk, "trip": trip, "qr": KAJAK["qr"], "boat": KAJAK["id"],
            "position": {"lat": sla, "lng": slo, "acc": 6}, "lifeJacket": "M",
            "baseAt": [BAZA["lat"], BAZA["lon"]]}),
        case(f, f"{a}/v1/trips/{trip}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "points": paddle(rng, 6, keys=("lat", "lng")), "boat": KAJAK["id"], "seq": 2}),
        raw(f, f"{a}/v1/trips/{trip}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{trip}/motion", gz=True, headers=_h(rng, **b), body={
            "hz": 20, "samples": L(strokes(rng, 40), TM), "strokeRate": L(28, FIT),
            "kcal": L(212, FIT)}),
        case(f, f"{a}/v1/trips/{trip}/alerts", headers=_h(rng, **b), body={
            "kind": "left_zone", "lat": gla, "lng": glo, "zone": "z_shipping_lane",
            "gauge": {"id": "hs_bg_01", "lat": RIVER_GAUGE_AT[0], "lng": RIVER_GAUGE_AT[1]}}),
        multipart(f, f"{a}/v1/trips/{trip}/end", [
            ("photo", "returned.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("end", None, "application/json", {"lat": L(44.845118, PRECISE),
                                               "lng": L(20.414087, PRECISE),
                                               "distanceKm": 7.4, "minutes": 164})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings/{bk}/receipt", headers=_h(rng, **b), query={
            "total": L("2400.00", BUY), "currency": "RSD", "lang": L("sr", DEV)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "base": BAZA["id"], "stars": 5,
            "text": L("Great boats, the current near the island is stronger than it looks", TEXT)}),
        case(f, f"{a}/v1/lost-items", headers=_h(rng, **b), body={
            "trip": trip, "item": "sunglasses",
            "text": L(f"Left my sunglasses in kayak {KAJAK['id']}, please call {PHONE}",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/trips/{trip}/share", fmt="form", headers=_h(rng, **b), body={
            "toPhone": L(PARTNER[1], TEL), "live": "true", "minutes": "180",
            "viewers": ",".join(others(rng, 2))}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(SR, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_end", 1, km=7.4), ev("waiver_signed", 2),
                ev("screen", 3, screen=L("TripSummary", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="upper"),
             cookies={"vs_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def veslonik_sdks() -> list[Case]:
    rng = random.Random(9032)
    return [
        mk_pixel(APP, rng, "Bases Viewed", {"count": 4}),
        mk_batch(APP, rng, [("Trip Ended", {"km": 7.4, "fare": L(2400, BUY)}),
                            ("Pass Viewed", {})], at=TRIP_TURN, nd=4,
                 tz="Europe/Belgrade", locale=SR),
        tg_open(APP, rng, first=True),
        tg_link(APP, rng, U("https://go.veslonik.example.com/b", {
            "promo": "DUNAV10", "base": BAZA["id"], "u": L(USER_ID, UID)})),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TRIP_START, nd=3, yob=1991),
        kv_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [kv_crumb("nav", "Trip -> Map"),
                  kv_crumb("tap", "unlock", {"boat": KAJAK["id"]})], screen="TripActivity"),
        zv_register(APP, rng, at=BG_HOME_AT, nd=2, tags={"pass": "none"}),
        ks_card(APP, rng),
        dr_reverse(APP, rng, TRIP_TURN, PRECISE, nd=5),
        dr_telemetry(APP, rng, [(44.841377, 20.421905), (TRIP_TURN[0], TRIP_TURN[1])],
                     PRECISE),
    ]
