"""Auto-rickshaw ride-hailing app "Chingchi" (Lahore, during the visit): SMS log-in with her US
number, the profile, ``/me``, the in-laws' house saved as home, rickshaws near her, a fare
estimate, a booking to Liberty Market, the ride's trace (msgpack) and heartbeat (protobuf), the
trip shared with her husband, an SOS, the wallet payment, the rating and tip, the receipt by
e-mail, an emergency contact, a lost item, a promo code, push, events and history by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    GENDER,
    IPLOC,
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
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families75_kit import (
    FIL,
    HUSBAND,
    LHR_HOME,
    LHR_HOME_AT,
    LIBERTY_AT,
    WALLET_IBAN,
    fix,
    obj,
    trace,
)
from eval_families75_sdk import bl_bid, hl_crash, hl_crumb, nb_event, nb_session, sh_batch
from eval_families75_svc import ad_confirm, md_message, nq_geocode, nq_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = App("chingchi", "Chingchi", "com.example.chingchi", "1.31.0",
          "https://api.chingchi.example.com")
IID = "X-Chingchi-Device"
LHR_TZ = "Asia/Karachi"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["X-Timezone"] = L(LHR_TZ, DEV)
    return h


def chingchi() -> list[Case]:
    rng = random.Random(7551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    ride = obj(rng, "rd", 10)
    hla, hlo = fix(LHR_HOME_AT, 6)
    dla, dlo = fix(LIBERTY_AT, 6)
    mid = (31.509102, 74.344311)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ride), (3, [(1, L(mid[0], PRECISE)),
                                                     (2, L(mid[1], PRECISE))]),
               (4, L(37, DEV)), (5, L("LTE", DEV)), (6, 19.5)], "", lab)
    return [
        case(f, f"{a}/v1/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "country_code": "+1", "channel": "sms"}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "otp": L("381604", CRED)}),
        case(f, f"{a}/v1/riders/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "gender": L("female", GENDER),
            "women_only_rides": True, "language": L("en", DEV)}),
        case(f, f"{a}/v1/riders/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={
            "label": "home", "address": L(LHR_HOME["line"], ADDR),
            "area": L(LHR_HOME["area"], COARSE), "city": L("Lahore", COARSE),
            "lat": hla, "lng": hlo,
            "note": L("Black gate opposite the mosque, ring twice", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/config/service-area", headers=_h(rng, **b), query={
            "city": L("lahore", COARSE), "v": "31"}),
        case(f, f"{a}/v1/vehicles/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LHR_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{LHR_HOME_AT[1]:.4f}", PRECISE),
            "type": "rickshaw"}),
        case(f, f"{a}/v1/fares/estimate", headers=_h(rng, **b), body={
            "pickup": {"lat": hla, "lng": hlo}, "dropoff": {"lat": dla, "lng": dlo},
            "type": "rickshaw", "surge": 1.0, "estimate_id": rid(rng)}),
        case(f, f"{a}/v1/rides", headers=_h(rng, **b), body={
            "ride": ride, "type": "rickshaw", "pickup": {"lat": hla, "lng": hlo,
                                                         "label": "Home"},
            "dropoff": {"lat": dla, "lng": dlo, "label": "Liberty Market"},
            "fare": L("280", BUY), "currency": "PKR", "payment": "wallet",
            "women_only": True}),
        case(f, f"{a}/v1/rides/{ride}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "pts": trace(rng, 6), "seq": 2}),
        raw(f, f"{a}/v1/rides/{ride}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rides/{ride}/share", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "channel": "whatsapp",
            "link": U("https://chingchi.example.com/t/live", {"r": ride, "u": L(USER_ID, UID),
                                                             "src": "share"})}),
        case(f, f"{a}/v1/rides/{ride}/sos", headers=_h(rng, **b), body={
            "lat": L(mid[0], PRECISE), "lng": L(mid[1], PRECISE), "acc": 9,
            "ip": L(PUBLIC_IP, IPLOC), "notify": [L(FIL[1], TEL), L(HUSBAND[1], TEL)],
            "reason": L("Driver took a different road and will not stop", TEXT)}),
        case(f, f"{a}/v1/rides/{ride}/payment", headers=_h(rng, **b), body={
            "method": "batwa", "wallet_account": L(WALLET_IBAN, PAY),
            "amount": L("280", BUY), "currency": "PKR"}),
        case(f, f"{a}/v1/rides/{ride}/rating", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "tip": L("50", BUY),
            "comment": L("Polite driver, but the meter app froze halfway", TEXT)}),
        case(f, f"{a}/v1/rides/{ride}/receipt", headers=_h(rng, **b), query={
            "send_to": L(EMAIL, MAIL), "format": "pdf"}),
        case(f, f"{a}/v1/emergency-contacts", headers=_h(rng, **b), body={
            "name": L(FIL[0], NAMEC), "phone": L(FIL[1], TEL), "relation": "father-in-law"}),
        case(f, f"{a}/v1/lost-items", headers=_h(rng, **b), body={
            "ride": ride, "item": L("Green shopping bag with two suits from Liberty", TEXT),
            "callback": L(DIGITS, TEL)}),
        case(f, f"{a}/v1/promos/apply", fmt="form", headers=_h(rng, **b), body={
            "code": "SARDI25", "ride": ride}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "rider": L(USER_ID, UID), "events": [
                ev("ride_booked", 1, type="rickshaw"), ev("trip_shared", 2),
                ev("screen", 3, screen=L("RideTracking", USAGE))]}),
        case(f, f"{a}/v1/rides/history", headers=_h(rng, how="nodash"),
             cookies={"cc_sess": L(opaque(rng, "", 40), CRED), "cc_rider": L(USER_ID, UID)}),
    ]


def chingchi_sdks() -> list[Case]:
    rng = random.Random(7552)
    return [
        sh_batch(APP, rng, [("Ride Booked", {"fare": L(280, BUY), "type": "rickshaw"}),
                            ("Trip Shared", {})], at=LHR_HOME_AT, nd=2, tz=LHR_TZ),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "rk7b2d", {"type": "rickshaw"}, revenue=280.0, currency="PKR"),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, ipgeo=("PAK", "PB", "Lahore"),
               cat=["IAB20"]),
        hl_crash(APP, rng, ("java.lang.IllegalArgumentException", "polyline empty"),
                 [hl_crumb("nav", "Booking -> RideTracking"),
                  hl_crumb("log", "gps", {"lat": L(31.5091, PRECISE), "lng": L(74.3443, PRECISE)})],
                 screen="RideTrackingActivity", tz=LHR_TZ),
        pk_register(APP, rng, tz_offset=18000, at=LHR_HOME_AT, nd=2),
        ad_confirm(APP, rng, "280", "pkr"),
        nq_geocode(APP, rng, "Liberty Market", SEARCH, near=LHR_HOME_AT, nd=3, country="pk"),
        nq_route(APP, rng, [(LHR_HOME_AT, PRECISE), (LIBERTY_AT, PRECISE)]),
        md_message(APP, rng, L("I left a green bag in rickshaw LEB-4471 on my ride to Liberty",
                               TEXT), {"ride": "rd_lost"}),
    ]
