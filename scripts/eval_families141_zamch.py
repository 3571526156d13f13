"""Shared seats in intercity vans and cars "Zamch" (zamch: traveller; Ulaanbaatar to Erdenet and
Darkhan; snake_case API). Not set 93's bus-and-train ticket office nor the city ride-hailing
sets: drivers post seats in their own vans at the west stand, passengers book a seat with a
door pick-up, the van is tracked on the road, and parcels ride with the driver. Calls: sign-up
by phone and an SMS code, ``/me`` with a JWT, a trip search, a trip's page, a seat booked for
her and Saruul (pick-up at her door), the payment by wallet, the live trip (protobuf fixes on the
road), sharing the trip with her husband (a link whose query carries the booking), rating the
driver, a lost item, a parcel to her mother-in-law, bookings by user ID in the path, a
cancellation, the ticket by booking in the path, an SOS, an offline queue (msgpack), saved
places, push, events and the wallet by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    NAMEC,
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
from eval_families141_kit import (
    BOOKING,
    DAUGHTER,
    HUSBAND,
    MIL,
    MIL_AT,
    ROAD_FIX,
    STAND,
    UB_HOME,
    UB_HOME_AT,
    VAN,
    fix,
    hd,
    obj,
    push,
)
from eval_families141_sdk import (
    bj_bid,
    cz_crash,
    cz_crumb,
    mg_batch,
    mg_queue,
    tb_event,
    tb_launch,
    tb_link,
)
from eval_families141_svc import mo_route, pg_wallet, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("zamch", "Zamch", "com.example.zamch", "5.7.0", "https://api.zamch.example.com")
IID = "X-Zamch-Device"
CHILD = f"{DAUGHTER['first']} {DAUGHTER['last']}"
ROAD2 = (48.811402, 104.630255)  # a second fix on the road (hers)


def _h(rng: random.Random, how: str = "none", **kw: Any) -> dict[str, Any]:
    """No Accept-Language; the install ID header only where a call asks for it."""
    return hd(APP, rng, IID, how=how, lang=None, **kw)


def zamch() -> list[Case]:
    rng = random.Random(14151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(f"{FIRST} {LAST}", NAMEC)))}
    trip = "tr_" + "ub-er-1226-0900"
    hla, hlo = fix(UB_HOME_AT, 5)
    rla, rlo = fix(ROAD_FIX, 6)
    lab: dict[str, str] = {}
    live = pb([(1, trip), (2, L(USER_ID, UID)), (3, [(1, rla), (2, rlo), (3, 87.0)]),
               (4, 1765734000), (5, VAN["id"])], "", lab)
    history = at_path(case(f, f"{a}/v1/users/{USER_ID}/bookings", headers=_h(rng, **b),
                           query={"status": "all"}), USER_ID, UID)
    ticket = at_path(case(f, f"{a}/v1/tickets/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "phone": L(E164, TEL), "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "lang": "en", "referral": None}),
        case(f, f"{a}/v1/signup/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("7731", CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/trips/search", headers=_h(rng, **b), query={
            "from": L("Ulaanbaatar", COARSE), "to": L("Erdenet", COARSE), "date": "2025-12-26",
            "seats": "2"}),
        case(f, f"{a}/v1/trips/{trip}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "trip": trip, "seats": [obj(rng, "seat", 4), obj(rng, "seat", 4)],
            "passengers": [{"name": L(f"{FIRST} {LAST}", NAMEC), "adult": True},
                           {"name": L(CHILD, NAMEC), "age": L(9, BIRTH)}],
            "pickup": {"lat": hla, "lon": hlo, "line": L(UB_HOME["line"], ADDR)},
            "booking_ref": L(BOOKING, BUY), "fare": L(70000, BUY), "currency": "MNT",
            "stand": STAND["id"]}),
        case(f, f"{a}/v1/payments/wallet", fmt="form", headers=_h(rng, **b), body={
            "booking_ref": L(BOOKING, BUY), "amount": L("70000", BUY),
            "wallet_msisdn": L(E164, TEL), "wallet": "mwallet", "nonce": rid(rng)}),
        raw(f, f"{a}/v1/trips/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND["name"], NAMEC), "phone": L(HUSBAND["phone"], TEL)},
            "link": U("https://zamch.example.com/t", {"b": L(BOOKING, BUY),
                                                      "u": L(USER_ID, UID)}),
            "expires": 1765800000}),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "driver": VAN["plate_id"], "stars": "4",
            "comment": L("Drove fast on the ice after Darkhan turn-off but very kind with "
                         "my daughter", TEXT)}),
        case(f, f"{a}/v1/lost-items", headers=_h(rng, **b), body={
            "trip": trip, "seat_row": 3,
            "text": L("Pink mitten and a blue thermos left under the third row", TEXT),
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v1/parcels", headers=_h(rng, **b), body={
            "trip": trip, "recipient": {"name": L(MIL["name"], NAMEC),
                                        "phone": L(MIL["phone"], TEL),
                                        "line": L(MIL["line"], ADDR),
                                        "city": L(MIL["city"], COARSE)},
            "contents": L("Tsagaan Sar buuz and medicine for mother", TEXT),
            "weight_kg": 4.5, "price": L(15000, BUY), "parcel_ref": L("PCL-55120", BUY)}),
        history,
        case(f, f"{a}/v1/bookings/{BOOKING}/cancel", fmt="form", headers=_h(rng, **b), body={
            "reason": L("Child is sick, we will go next week", f"{TEXT}|health.medical"),
            "refund_to": "wallet"}),
        ticket,
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "trip": trip, "lat": L(round(ROAD2[0], 6), PRECISE),
            "lon": L(round(ROAD2[1], 6), PRECISE),
            "text": L("Van stopped, engine failure, -28 outside", TEXT),
            "van": VAN["id"]}),
        case(f, f"{a}/v1/track/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "trip": trip,
            "fixes": [{"lat": L(ROAD_FIX[0], PRECISE), "lon": L(ROAD_FIX[1], PRECISE),
                       "t": 1765734000},
                      {"lat": L(ROAD2[0], PRECISE), "lon": L(ROAD2[1], PRECISE),
                       "t": 1765737600}]}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={
            "places": [{"label": "Home", "line": L(UB_HOME["line"], ADDR),
                        "lat": L(UB_HOME_AT[0], PRECISE), "lon": L(UB_HOME_AT[1], PRECISE)},
                       {"label": "Eej (Erdenet)", "line": L(MIL["line"], ADDR),
                        "lat": L(MIL_AT[0], PRECISE), "lon": L(MIL_AT[1], PRECISE)}]}),
        case(f, f"{a}/v1/search/history", headers=_h(rng, **b), query={
            "q": L("Darkhan morning van", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trip_search", 1), ev("seat_booked", 2, seats=2),
                ev("screen", 3, view=L("LiveTrip", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "zm_sess": L(opaque(rng, "", 40), CRED), "zm_dev": L(INSTALL_ID, DID)}),
    ]


def zamch_sdks() -> list[Case]:
    rng = random.Random(14152)
    return [
        mg_batch(APP, rng, [("Trip Searched", {"to": L("Erdenet", COARSE)}),
                            ("Seat Booked", {"fare": L(70000, BUY)})], at=UB_HOME_AT, nd=3,
                 adid=True),
        mg_queue(APP, rng, [("Trip Started", {"trip": "tr_ub-er-1226-0900"}),
                            ("Trip Ended", {"city": L("Erdenet", COARSE)})]),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "booking", {"booking": L(BOOKING, BUY)}, revenue=70000.0,
                 currency="MNT", hashed=True),
        tb_link(APP, rng, U("https://zamch.example.com/t", {"b": L(BOOKING, BUY),
                                                           "src": "share"})),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ROAD_FIX, nd=3),
        cz_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [cz_crumb("nav", "LiveTrip"), cz_crumb("net", "POST", {
                     "url": f"{APP.api}/v1/trips/live", "status": 0})],
                 screen="LiveTripActivity"),
        pk_register(APP, rng, at=UB_HOME_AT, nd=2, tags={"route": "ub-er"}),
        pg_wallet(APP, rng, "70000", L(E164, TEL)),
        mo_route(APP, rng, [(UB_HOME_AT, PRECISE), ((STAND["lat"], STAND["lon"]), None),
                            (MIL_AT, PRECISE)]),
    ]
