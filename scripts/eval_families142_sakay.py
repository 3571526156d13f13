"""A Cebu jeepney route planner and tap-card app "Sakayna" (modern and traditional jeepney routes
by their codes, a stored-value tap card, live arrivals). New to the evaluation: a grep of
``scripts/`` finds "jeepney" only as a word in set 42's remittance app; earlier transit sets are
buses, a school bus, ferries and taxis. Calls: sign-up, log-in, ``/me`` with a JWT, the card
linked, a route search from her house, stops near her, a tap-in and a tap-out (her fixes), the
live trip trace (gzip JSON), a top-up, her trips by a cookie GET, a fare dispute, saved places,
a lost-card report, a student discount for her daughter (her school ID photo), arrival alerts,
a driver rating, the card's trips by card number in the path, an offline tap queue (msgpack),
a trip shared with her husband (a URL in a JSON field), push, events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families142_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    JEEP_FIX,
    STOP_COLON,
    STOP_HOME,
    TAP_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families142_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families142_svc import mm_route, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("sakayna", "Sakayna", "com.example.sakayna", "5.0.2",
          "https://api.sakayna.example.net")
IID = "X-Sakay-Device"
PW = "Jeep04C!Lahug"
TAPIN_FIX = (10.331921, 123.899037)  # her phone at the Gorordo stop (hers: precise)
TAPOUT_FIX = (10.296571, 123.901322)  # her phone getting off at Colon (hers: precise)
TRACE = [(10.327114, 123.899702), (10.320558, 123.900113), JEEP_FIX, (10.305219, 123.901006)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, accept=False, **kw)


def sakayna() -> list[Case]:
    rng = random.Random(14261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, card=L(TAP_CARD, UID), email=L(EMAIL, MAIL)))}
    ila, ilo = fix(TAPIN_FIX, 6)
    ola, olo = fix(TAPOUT_FIX, 5)
    trip = obj(rng, "trp", 12)
    trips = at_path(case(f, f"{a}/v5/cards/{TAP_CARD}/trips", headers=_h(rng, **b),
                         query={"limit": "20"}), TAP_CARD, UID)
    return [
        case(f, f"{a}/v5/accounts", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "city": L("Cebu City", COARSE)}),
        case(f, f"{a}/v5/sessions", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v5/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v5/cards", headers=_h(rng, **b), body={
            "card_number": L(TAP_CARD, UID), "nickname": "akong kard", "type": "regular"}),
        case(f, f"{a}/v5/routes/plan", headers=_h(rng, **b), query={
            "q": L("Lahug to Colon", SEARCH),
            "from": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE),
            "to": f"{STOP_COLON['lat']},{STOP_COLON['lon']}", "modes": "jeep,modern"}),
        case(f, f"{a}/v5/stops/near", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "r": "400"}),
        case(f, f"{a}/v5/taps", headers=_h(rng, **b), body={
            "card": L(TAP_CARD, UID), "kind": "in", "stop": STOP_HOME["id"],
            "route": "04C", "vehicle": "GXY-4412", "at": {"lat": ila, "lon": ilo},
            "stop_at": {"lat": STOP_HOME["lat"], "lon": STOP_HOME["lon"]}, "trip": trip}),
        case(f, f"{a}/v5/taps", headers=_h(rng, **b), body={
            "card": L(TAP_CARD, UID), "kind": "out", "stop": STOP_COLON["id"],
            "route": "04C", "at": {"lat": ola, "lon": olo}, "fare": L(15, BUY), "trip": trip}),
        case(f, f"{a}/v5/trips/{trip}/trace", gz=True, headers=_h(rng, **b), body={
            "trip": trip, "points": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE),
                                      "t": 1768112400 + 60 * i}
                                     for i, (la, lo) in enumerate(TRACE)]}),
        case(f, f"{a}/v5/topups", fmt="form", headers=_h(rng, **b), body={
            "card": L(TAP_CARD, UID), "amount": L("300.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v5/trips", headers=_h(rng, how="none"), cookies={
            "sk_sid": L(opaque(rng, "", 40), CRED), "sk_did": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v5/disputes", headers=_h(rng, **b), body={
            "trip": trip, "card": L(TAP_CARD, UID), "charged": L(30, BUY),
            "text": L("I was charged twice, I only rode from Gorordo to Colon", TEXT)}),
        case(f, f"{a}/v5/places", headers=_h(rng, **b), body={
            "label": "Balay", "address": L(HOME["line"], ADDR),
            "lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)}),
        case(f, f"{a}/v5/cards/lost", fmt="form", headers=_h(rng, **b), body={
            "card": L(TAP_CARD, UID), "reason": "lost", "block": "1"}),
        multipart(f, f"{a}/v5/discounts/student", [
            ("school_id", "isabel_id.jpg", "image/jpeg", L(JPEG + b"\xf1", MEDIA)),
            ("student", None, "application/json", {
                "name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                "birth_date": L(DAUGHTER["dob"], BIRTH), "lrn": L(DAUGHTER["lrn"], UID),
                "grade": "4", "guardian_card": L(TAP_CARD, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v5/arrivals/subscribe", fmt="form", headers=_h(rng, **b), body={
            "stop": STOP_HOME["id"], "route": "04C", "window": "06:30-07:15"}),
        case(f, f"{a}/v5/ratings", headers=_h(rng, **b), body={
            "trip": trip, "stars": 2,
            "text": L("Driver was texting while driving and skipped my stop", TEXT)}),
        trips,
        case(f, f"{a}/v5/taps/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "card": L(TAP_CARD, UID), "taps": [
                {"k": "in", "stop": "stp_ayala02", "t": 1768184400},
                {"k": "out", "stop": STOP_HOME["id"], "t": 1768186020}]}),
        case(f, f"{a}/v5/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "link": U("https://sakayna.example.net/live", {"trip": trip,
                                                            "c": L(TAP_CARD, UID)}),
            "message": L("Naa na ko sa jeep, 20 minutos pa", TEXT)}),
        case(f, f"{a}/v5/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v5/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tap_in", 1, route="04C"), ev("tap_out", 2),
                ev("screen", 3, screen=L("LiveTrip", USAGE))]}),
    ]


def sakayna_sdks() -> list[Case]:
    rng = random.Random(14262)
    return [
        mc_batch(APP, rng, [("Tap In", {"route": "04C"}), ("Tap Out", {"fare": L(15, BUY)})],
                 at=JEEP_FIX, nd=3),
        mc_pixel(APP, rng, "Arrival Alert Opened", {"stop": STOP_HOME["id"]}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "topup", {"card": L(TAP_CARD, UID)}, revenue=300.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=JEEP_FIX, nd=2),
        cd_crash(APP, rng, ("java.util.ConcurrentModificationException", "stop list"),
                 [cd_crumb("nav", "Plan -> LiveTrip")], screen="LiveTripActivity"),
        cd_session(APP, rng, secs=1033),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"route": "04C"}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((STOP_HOME["lat"], STOP_HOME["lon"]), None),
                            ((STOP_COLON["lat"], STOP_COLON["lon"]), None)], mode="walking"),
        mm_telemetry(APP, rng, [JEEP_FIX, (10.305219, 123.901006)], PRECISE),
    ]
