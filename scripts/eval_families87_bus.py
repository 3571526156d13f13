"""Inter-city overnight-bus booking "Iravubus" (Chennai to Bengaluru, sleeper berths for her and
her son): sign-up (form), OTP log-in, ``/me``, a route search, the seat map, a seat hold with
the passengers, the booking (UPI), the ticket by PNR in the path, an ID proof, the boarding scan,
live bus tracking, sharing her trip with a friend, an SOS, the journey breadcrumb (JSON Lines),
saved co-passengers, a review, a cancellation with a refund, push, events and her trips by a
cookie GET."""

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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families87_kit import (
    ACCEPT_IN,
    BOARD,
    BUS,
    CHN_AT,
    EMERGENCY,
    PNR,
    SEATS,
    SON,
    UPI,
    gen_id,
)
from eval_families87_sdk import (
    am_event,
    am_link,
    am_open,
    bm_bid,
    bm_win,
    ck_crash,
    ck_crumb,
    km_batch,
    km_identify,
)
from eval_families87_svc import kp_upi, mo_register, vp_route, vp_search
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("iravubus", "Iravubus", "com.example.iravubus", "9.4.0", "https://api.iravubus.example.net")
IID = "X-Iravu-Device"
TRIP = "trp_ch_blr_2230_88"  # the bus service that night (a negative)
HIGHWAY = [(12.892104, 79.781552), (12.793377, 79.101826), (12.518021, 78.213390)]  # her fixes
DROP = {"id": "dp_silkboard", "name": "Silk Board Junction", "lat": 12.91752, "lon": 77.62367}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def _pax() -> list[dict[str, Any]]:
    return [{"name": L(NAME, NAMEC), "age": L(34, BIRTH), "gender": L("F", GENDER),
             "seat": SEATS[0]},
            {"name": L(SON["name"], NAMEC), "age": L(SON["age"], BIRTH),
             "gender": L("M", GENDER), "seat": SEATS[1]}]


def iravubus() -> list[Case]:
    rng = random.Random(8751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), email=L(EMAIL, MAIL)))}
    la, lo = fix(HIGHWAY[2])
    hold = gen_id(rng, "hold", 10)
    return [
        case(f, f"{a}/v3/users", fmt="form", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
            "gender": L("female", GENDER), "whatsapp_optin": "false"}),
        case(f, f"{a}/v3/auth/otp", headers=_h(rng), body={
            "mobile": L(PHONE, TEL), "otp": L("309177", CRED), "device": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/search", query={
            "from": L("Chennai", SEARCH), "to": L("Bengaluru", SEARCH), "date": "2025-12-19",
            "sleeper": "1", "ac": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v3/trips/{TRIP}/seats", headers=_h(rng, **b)),
        case(f, f"{a}/v3/holds", headers=_h(rng, **b), body={
            "trip": TRIP, "seats": SEATS, "femaleTraveller": L(True, GENDER),
            "boarding": {"id": BOARD["id"], "name": BOARD["name"], "lat": BOARD["lat"],
                         "lon": BOARD["lon"], "time": "22:30"},
            "dropping": {"id": DROP["id"], "name": DROP["name"], "lat": DROP["lat"],
                         "lon": DROP["lon"]},
            "passengers": _pax(), "contact": {"email": L(EMAIL, MAIL), "mobile": L(E164, TEL)}}),
        case(f, f"{a}/v3/bookings", headers=_h(rng, **b), body={
            "hold": hold, "fare": L("2380.00", BUY), "gst": "119.00", "total": L("2499.00", BUY),
            "travelInsurance": L(True, BUY), "pay": {"method": "upi", "vpa": L(UPI, PAY)},
            "coupon": "NIGHT10"}),
        at_path(case(f, f"{a}/v3/bookings/{PNR}", headers=_h(rng, **b)), PNR, BUY),
        case(f, f"{a}/v3/bookings/id-proof", fmt="form", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "type": "aadhaar", "last4": L("3318", NATID),
            "name": L(NAME, NAMEC)}),
        case(f, f"{a}/v3/boarding/scan", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "qr": L("IRB1." + opaque(rng, "", 40), CRED),
            "bus": BUS["id"], "stop": BOARD["id"]}),
        case(f, f"{a}/v3/live/{BUS['id']}", query={"pnr": L(PNR, BUY)}, headers=_h(rng, **b)),
        case(f, f"{a}/v3/trips/share", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "to": {"name": L(EMERGENCY[0], NAMEC),
                                        "mobile": L(EMERGENCY[1], TEL)},
            "me": {"lat": L(HIGHWAY[0][0], PRECISE), "lon": L(HIGHWAY[0][1], PRECISE)},
            "bus": BUS["id"], "operator": BUS["operator"]}),
        case(f, f"{a}/v3/sos", headers=_h(rng, how="upper", **b), body={
            "pnr": L(PNR, BUY), "lat": la, "lon": lo, "battery": L(22, DEV),
            "bus": BUS["id"], "driverPhone": BUS["driver"],
            "notify": [{"name": L(EMERGENCY[0], NAMEC), "mobile": L(EMERGENCY[1], TEL)}],
            "message": L("Bus stopped on the highway for 40 min, driver not answering", TEXT)}),
        lines(f, f"{a}/v3/journey/breadcrumbs", [
            {"pnr": L(PNR, BUY), "t": 1766163600 + 1800 * i, "lat": L(p[0], PRECISE),
             "lon": L(p[1], PRECISE), "spd": 71.5} for i, p in enumerate(HIGHWAY)],
            headers=_h(rng, **b), gz=True),
        case(f, f"{a}/v3/co-passengers", headers=_h(rng, **b), body={
            "name": L(SON["name"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "gender": L(SON["gender"], GENDER), "relation": "son"}),
        case(f, f"{a}/v3/reviews", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "rating": 3, "operator": BUS["operator"],
            "text": L("Berths clean but AC too cold, reached Silk Board 50 minutes late",
                      TEXT)}),
        case(f, f"{a}/v3/cancellations", fmt="form", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "seats": ",".join(SEATS), "refundTo": L(UPI, PAY),
            "reason": L("Son has a mock test moved to Saturday", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("search", 1, route="MAA-BLR"), ev("seat_hold", 2),
                ev("screen", 3, screen=L("LiveTracking", USAGE))]}),
        case(f, f"{a}/v3/my-trips", headers=_h(rng, how="nodash"), cookies={
            "irb_session": L(opaque(rng, "", 48), CRED), "irb_city": L("Chennai", COARSE)}),
    ]


def iravubus_sdks() -> list[Case]:
    rng = random.Random(8752)
    return [
        km_batch(APP, rng, [("Trip Searched", {"route": "MAA-BLR"}),
                            ("Booking Completed", {"seats": 2, "value": L(2499, BUY)})],
                 adid=True),
        km_identify(APP, rng, {"homeCity": L("Chennai", COARSE), "gender": L("female", GENDER),
                               "trips": 4}),
        am_open(APP, rng, first=True),
        am_event(APP, rng, "af_purchase", {"route": "MAA-BLR", "pax": 2}, revenue="2499.00",
                 hashed=True),
        am_link(APP, rng, U("https://iravubus.example.net/t", {
            "pnr": L(PNR, BUY), "utm_source": "sms", "utm_campaign": "eticket"})),
        bm_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=CHN_AT, nd=3),
        bm_win(APP, rng),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [ck_crumb("nav", "Booking -> LiveTracking"),
                  ck_crumb("net", "GET /v3/live", {"status": 200})],
                 screen="LiveTrackingActivity"),
        mo_register(APP, rng, tags={"upcoming_trip": "1"}, at=CHN_AT, nd=2),
        kp_upi(APP, rng, "249900", "Iravubus MAA-BLR 19 Dec"),
        vp_search(APP, rng, "koyambedu omni bus stand", SEARCH, near=CHN_AT, nd=4),
        vp_route(APP, rng, [(CHN_AT, PRECISE), ((BOARD["lat"], BOARD["lon"]), None)]),
    ]
