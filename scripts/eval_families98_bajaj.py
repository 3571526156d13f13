"""Shared-ride bajaj (auto-rickshaw) app "Safarbajaj" in Mogadishu: seats sold one by one on
fixed routes between stages and filled with co-riders (unlike set 75's private ride-hailing,
seats are pooled, a women-only seat can be asked for and the fare is per seat): SMS log-in, the
profile, ``/me`` with a JWT, routes near her, a quote for two seats (her son rides with her), the
booking, the ride's trace (msgpack) and heartbeat (protobuf), the trip shared with her husband, an
SOS, the payment by wallet, the rating and tip, saved places (the house and the shop), history, a
lost bag, a promo code, an emergency contact, a wallet top-up, push, events, a note to the
co-riders and the active trip by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims
from eval_families98_kit import (
    BROTHER_IN_LAW,
    HOME,
    HOME_AT,
    HUSBAND,
    MARKET_AT,
    SHOP_AT,
    SHOP_LINE,
    SON_FIRST,
    STAGES,
    TZ,
    VISITED,
    fix,
    hd,
    obj,
    ride,
)
from eval_families98_sdk import (
    bb_bid,
    bb_win,
    fi_crash,
    fi_crumb,
    oq_event,
    oq_launch,
    oq_link,
    th_batch,
)
from eval_families98_svc import bz_register, tf_reverse, tf_telemetry
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("safarbajaj", "Safarbajaj", "com.example.safarbajaj", "6.0.2",
          "https://api.safarbajaj.example.com")
IID = "X-Safar-Install"
PIN = "1357"
PLATE = "BN-4417-SJ"  # the bajaj's plate (a negative)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, **kw)


def safarbajaj() -> list[Case]:
    rng = random.Random(9851)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, phone=L(E164, TEL), rider=L(USER_ID, UID)))
    b = {"auth": "bearer"}
    trip = obj(rng, "trp", 10)
    pla, plo = fix(HOME_AT, 6)
    dla, dlo = fix(MARKET_AT, 6)
    sos = fix((2.039922, 45.315117), 6)
    acc: Acc = {}
    ctx = enc({"rider": L(USER_ID, UID), "net": L(VISITED[1], CARRIER), "tz": L(TZ, DEV),
               "women": True}, "header", "x-safar-ctx", "b64", acc)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(2.041275, PRECISE)),
                                                     (2, L(45.318806, PRECISE))]),
               (4, 24.5), (5, PLATE), (6, 1765340090)], "", lab)
    return [
        case(f, f"{a}/v6/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("so", DEV)}),
        case(f, f"{a}/v6/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("771305", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v6/riders/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "gender": L("female", GENDER),
            "email": L(EMAIL, MAIL), "womenOnlySeat": True, "lang": L("so", DEV)}),
        case(f, f"{a}/v6/riders/me", headers=_h(rng, jwt=jw)),
        add(case(f, f"{a}/v6/routes/nearby", headers={**_h(rng, **b), "X-Safar-Ctx": ctx},
                 query={"lat": L(f"{HOME_AT[0]:.6f}", PRECISE),
                        "lng": L(f"{HOME_AT[1]:.6f}", PRECISE), "seats": "2"}), acc),
        case(f, f"{a}/v6/quotes", headers=_h(rng, **b), body={
            "route": "rt_hodan_bakaara", "fromStage": STAGES[0][0], "toStage": STAGES[1][0],
            "pickup": {"lat": pla, "lng": plo}, "dropoff": {"lat": dla, "lng": dlo},
            "seats": 2}),
        case(f, f"{a}/v6/bookings", headers=_h(rng, **b), body={
            "trip": trip, "quote": obj(rng, "q", 10), "seats": 2, "fare": L("1.00", BUY),
            "perSeat": "0.50", "pay": "wallet", "womenOnlySeat": True,
            "companion": {"name": L(SON_FIRST, NAMEC), "child": True}}),
        case(f, f"{a}/v6/trips/{trip}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": ride(rng, 6), "seq": 2, "plate": PLATE}),
        raw(f, f"{a}/v6/trips/{trip}/ping", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v6/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "channel": "sms", "live": True}),
        case(f, f"{a}/v6/trips/{trip}/sos", headers=_h(rng, **b), body={
            "lat": sos[0], "lng": sos[1], "plate": PLATE,
            "reason": L("Driver left the route after KM4 and will not stop", TEXT),
            "notify": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v6/trips/{trip}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1.00", BUY), "wallet": L(PHONE, f"{TEL}|{PAY}"), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v6/trips/{trip}/rating", headers=_h(rng, **b), body={
            "stars": 4, "driver": "drv_20931", "tip": L("0.20", BUY),
            "comment": L("Safe driver, but the music was too loud for my son", TEXT)}),
        case(f, f"{a}/v6/places", headers=_h(rng, **b), body={"places": [
            {"label": "Guriga", "line": L(HOME["line"], ADDR), "lat": pla, "lng": plo},
            {"label": "Dukaanka", "line": L(SHOP_LINE, ADDR),
             "lat": L(SHOP_AT[0], PRECISE), "lng": L(SHOP_AT[1], PRECISE)}]}),
        case(f, f"{a}/v6/trips/history", headers=_h(rng, **b), query={
            "cursor": opaque(rng, "", 16), "limit": "20"}),
        case(f, f"{a}/v6/lost-items", headers=_h(rng, **b), body={
            "trip": trip, "text": L("Blue school bag with football boots inside", TEXT),
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v6/promo", fmt="form", headers=_h(rng, **b), body={
            "code": "SAFAR10", "trip": trip}),
        case(f, f"{a}/v6/emergency-contacts", headers=_h(rng, **b), body={
            "name": L(BROTHER_IN_LAW[0], NAMEC), "phone": L(BROTHER_IN_LAW[1], TEL),
            "relation": "brother-in-law"}),
        case(f, f"{a}/v6/wallet/topup", headers=_h(rng, **b), body={
            "amount": L("5.00", BUY), "source": L(E164, f"{TEL}|{PAY}"),
            "provider": "lacagnet", "idem": obj(rng, "i", 12)}),
        case(f, f"{a}/v6/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v6/analytics", gz=True, headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "events": [
                ev("seat_booked", 1, seats=2), ev("trip_shared", 2),
                ev("screen", 3, screen=L("TripLive", USAGE))]}),
        case(f, f"{a}/v6/trips/{trip}/note", fmt="form", headers=_h(rng, **b), body={
            "phrase": "np_04", "text": L("I will get off at the Bakaara stage with my son", TEXT)}),
        case(f, f"{a}/v6/trips/active", headers=_h(rng, how="plain"),
             cookies={"sb_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def safarbajaj_sdks() -> list[Case]:
    rng = random.Random(9852)
    link = U("https://go.safarbajaj.example.com/r", {
        "promo": "SAFAR10", "ref": L(USER_ID, UID), "utm_source": "sms"})
    return [
        th_batch(APP, rng, [("Seat Booked", {"fare": L(1.0, BUY), "seats": 2}),
                            ("Trip Completed", {"minutes": 17})], at=HOME_AT, nd=3),
        oq_launch(APP, rng, first=True),
        oq_event(APP, rng, "ride_completed", {"route": "rt_hodan_bakaara"}, revenue=1.0),
        oq_link(APP, rng, link),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3),
        bb_win(APP, rng),
        fi_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seat 3 of 3"),
                 [fi_crumb("nav", "Quote -> Booking"),
                  fi_crumb("http", "POST /v6/bookings", {"status": 409})],
                 screen="BookingActivity"),
        tf_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        tf_telemetry(APP, rng, [(2.036105, 45.309811), (2.038742, 45.313402)], PRECISE),
        bz_register(APP, rng, tags={"women_only": "1"}),
    ]
