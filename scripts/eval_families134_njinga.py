"""A Lilongwe bicycle-taxi (kabaza) app "Njinga" (njinga: bicycle; a versioned ``/api/v3`` with
snake_case JSON). Not the motorbike taxis of sets 58, 60 and 68, set 125's scooter rental nor
the minibus apps of sets 73, 78, 94, 107 and 108: riders wait at stages, a trip carries cargo (a
bag of maize flour, a crate of tomatoes) on the carrier, fares are quoted by weight and distance
and paid by mobile money, and a ride can be booked for someone else (her mother-in-law from the
market). Calls: SMS sign-up and code, ``/me`` with a JWT, stages near her house, a quote, the
trip, its page by trip number in the path, the live position (protobuf), the trip shared with
her husband (a link in JSON), the payment, a rating, the ride for her mother-in-law, a saved
place, a place search, an offline queue (msgpack), a lost item, an SOS, the history by a cookie
GET, a wallet top-up, a promo code, a complaint, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families134_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    MARKET_AT,
    MOMO,
    MOTHER_IN_LAW,
    RIDER,
    STAGE,
    TRIP,
    fix,
    hd,
    push,
)
from eval_families134_sdk import (
    ac_launch,
    ac_link,
    bn_bid,
    bn_notice,
    ck_crash,
    ck_crumb,
    sm_batch,
    sm_pixel,
)
from eval_families134_svc import cm_card, mk_route, mk_telemetry, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("njinga", "Njinga", "com.example.njinga", "4.1.3", "https://api.njinga.example.com")
IID = "X-Njinga-Install"
MID = (-13.95604, 33.77731)  # on Kamuzu Procession Road between the two (her trip: hers)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ny=True, **kw)


def njinga() -> list[Case]:
    rng = random.Random(13441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), rider_pref="any"))}
    hla, hlo = fix(HOME_AT, 6)
    mla, mlo = fix(MARKET_AT, 6)
    trip2 = "NJ-25-88291"
    lab: dict[str, str] = {}
    live = pb([(1, L(TRIP, BUY)), (2, RIDER["id"]),
               (3, [(1, L(MID[0], PRECISE)), (2, L(MID[1], PRECISE)), (3, 9.0)]),
               (4, 14), (5, 1765347720)], "", lab)
    page = at_path(case(f, f"{a}/api/v3/trips/{TRIP}", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/api/v3/users", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "gender": L("female", GENDER),
            "emergency_contact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "language": L("ny", DEV)}),
        case(f, f"{a}/api/v3/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "code": L("664120", CRED), "country": "US"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/stages/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "radius": "800"}),
        case(f, f"{a}/api/v3/quotes", headers=_h(rng, **b), body={
            "pickup": {"lat": hla, "lng": hlo}, "dropoff": {"lat": mla, "lng": mlo},
            "cargo_kg": 25, "cargo": "thumba la ufa", "stage": STAGE["id"]}),
        case(f, f"{a}/api/v3/trips", headers=_h(rng, **b), body={
            "trip_no": L(TRIP, BUY), "fare_mwk": L(2500, BUY), "pickup": {"lat": hla, "lng": hlo},
            "dropoff": {"lat": mla, "lng": mlo}, "stage": STAGE["id"], "rider": RIDER["id"],
            "payment": "momo", "quote": "q_" + opaque(rng, "", 10)}),
        page,
        raw(f, f"{a}/api/v3/trips/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/trips/share", headers=_h(rng, **b), body={
            "trip_no": L(TRIP, BUY), "to": {"name": L(HUSBAND[0], NAMEC),
                                            "phone": L(HUSBAND[1], TEL)},
            "link": U("https://njinga.example.com/t", {"trip": L(TRIP, BUY), "s": "sh1"})}),
        case(f, f"{a}/api/v3/trips/pay", fmt="form", headers=_h(rng, **b), body={
            "trip_no": L(TRIP, BUY), "amount": L("2500", BUY), "msisdn": L(MOMO, TEL),
            "method": L(opaque(rng, "pm_", 24), PAY), "tip": "200"}),
        case(f, f"{a}/api/v3/ratings", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "rider": RIDER["id"],
            "comment": L("Anali wodekha koma ufa unanyowa pang'ono", TEXT)}),
        case(f, f"{a}/api/v3/trips/for-someone", headers=_h(rng, **b), body={
            "trip_no": L(trip2, BUY),
            "passenger": {"name": L(MOTHER_IN_LAW[0], NAMEC), "phone": L(MOTHER_IN_LAW[1], TEL)},
            "pickup": {"lat": L(round(MARKET_AT[0], 5), PRECISE),
                       "lng": L(round(MARKET_AT[1], 5), PRECISE)},
            "dropoff": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                        "lng": L(round(HOME_AT[1], 5), PRECISE)},
            "cargo_kg": 10, "fare_mwk": L(2000, BUY), "paid_by_me": True}),
        case(f, f"{a}/api/v3/places", headers=_h(rng, **b), body={
            "label": "Kunyumba", "address": L(HOME["line"], ADDR),
            "area": L(HOME["area"], COARSE), "lat": hla, "lng": hlo}),
        case(f, f"{a}/api/v3/places/search", headers=_h(rng, **b), query={
            "q": L("msika wa Nsungwi", SEARCH),
            "near": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/v3/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "queue": [
                {"k": "rating", "trip": L(TRIP, BUY), "stars": 4},
                {"k": "tip", "trip": L(TRIP, BUY), "mwk": 200}]}),
        case(f, f"{a}/api/v3/lost-items", headers=_h(rng, **b), body={
            "trip_no": L(TRIP, BUY),
            "text": L("Ndasiya chitenje chabuluu pa carrier ya njinga", TEXT)}),
        case(f, f"{a}/api/v3/sos", headers=_h(rng, **b), body={
            "trip_no": L(trip2, BUY), "at": {"lat": L(MID[0], PRECISE),
                                             "lng": L(MID[1], PRECISE)},
            "notify": [L(HUSBAND[1], TEL)], "battery": L(18, DEV)}),
        case(f, f"{a}/api/v3/trips/history", headers=_h(rng, how="none"), cookies={
            "nj_session": L(opaque(rng, "", 40), CRED), "nj_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/wallet/topup", headers=_h(rng, **b), body={
            "amount": L(10000, BUY), "msisdn": L(MOMO, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/v3/promos/redeem", fmt="form", headers=_h(rng, **b), body={
            "code": "KABAZA50"}),
        case(f, f"{a}/api/v3/complaints", headers=_h(rng, **b), body={
            "trip_no": L(trip2, BUY), "category": "fare",
            "text": L("The rider asked my mother-in-law for 1000 more at the gate", TEXT)}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body=push(push_token(rng),
                                                                      "ny_MW")),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1), ev("trip_booked", 2, cargo=True),
                ev("screen", 3, screen=L("LiveTrip", USAGE))]}),
    ]


def njinga_sdks() -> list[Case]:
    rng = random.Random(13442)
    return [
        sm_batch(APP, rng, [("Trip Booked", {"fare": L(2500, BUY)}),
                            ("Trip Completed", {"stage": STAGE["id"]})],
                 adid=True, at=HOME_AT, nd=3, locale="ny_MW"),
        sm_pixel(APP, rng, "Promo Opened", {"code": "KABAZA50"}),
        ac_launch(APP, rng, first=True),
        ac_link(APP, rng, U("https://njinga.example.com/app/trip", {
            "trip": L(TRIP, BUY), "u": L(USER_ID, UID), "src": "sms_receipt"})),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="transport,market"),
        bn_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [ck_crumb("nav", "Home -> LiveTrip")], screen="LiveTripActivity"),
        pn_register(APP, rng, lang="ny", tags={"stage": STAGE["id"],
                                               "area": L(HOME["area"], COARSE)}),
        cm_card(APP, rng, email=True),
        mk_route(APP, rng, [(HOME_AT, PRECISE), (MARKET_AT, PRECISE)], mode="bicycle"),
        mk_telemetry(APP, rng, [MID, (MID[0] - 0.00121, MID[1] + 0.00037)], PRECISE),
    ]
