"""One-way car-sharing app "Strandcar": an account with her address, a password grant, the
account with a JWT, her licence (both sides, the number) and a selfie template, cars nearby, a
reservation, unlocking with a virtual key, the walk-around photos, a protobuf heartbeat, the trip's
trace (gzip JSON), a driving-style window (msgpack), the trip's end and a parking photo, the
receipt by e-mail, a payment method, a parking fine paid, a lost item, favourite places, a
referral, push, events and her trips by a cookie GET."""

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
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    pos,
)
from eval_families24_kit import claims, head
from eval_families74_kit import (
    CAR,
    LICENCE,
    OFFICE_AT,
    TRIP_END,
    TRIP_START,
    ZONE_CENTRE,
    fix,
    obj,
    trip,
)
from eval_families74_sdk import (
    bw_bid,
    cb_batch,
    fg_crash,
    fg_crumb,
    rl_event,
    rl_session,
)
from eval_families74_svc import ft_eval, mw_reverse, mw_route, mw_telemetry, po_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("strandcar", "Strandcar", "com.example.strandcar", "8.4.0",
          "https://api.strandcar.example.com")
IID = "Sc-Device-Id"
PW = "Clutch-Harbor-58"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def strandcar() -> list[Case]:
    rng = random.Random(7461)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), licence_ok=True))}
    b = {"auth": "bearer"}
    res, tr = obj(rng, "res", 8), obj(rng, "trip", 10)
    sla, slo = fix(TRIP_START)
    ela, elo = fix(TRIP_END)
    hla, hlo = pos(4)
    wla, wlo = fix(OFFICE_AT, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, tr), (3, [(1, L(40.712344, PRECISE)),
                                                   (2, L(-73.994501, PRECISE))]),
               (4, 41.5), (5, CAR["fuel"]), (6, CAR["odo"]), (7, CAR["vin"])], "", lab)
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "strandcar-android"}),
        case(f, f"{a}/v1/account", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/licence", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\xb2", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE, NATID), "state": L(STATE, COARSE), "class": "D",
                "expires": "2030-05-17", "dob": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/identity/selfie", headers=_h(rng, **b), body={
            "check": obj(rng, "idv", 10), "template": L(f32b64(vec, urlsafe=True), FACE),
            "liveness": 0.988, "matchScore": 0.93}),
        case(f, f"{a}/v1/cars/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{TRIP_START[0]:.5f}", PRECISE), "lng": L(f"{TRIP_START[1]:.5f}", PRECISE),
            "radius": "800", "fuelMin": "25"}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, **b), body={
            "reservation": res, "car": CAR["id"], "plate": CAR["plate"],
            "from": {"lat": sla, "lng": slo}, "rate": "0.49/min", "holdMin": 15}),
        case(f, f"{a}/v1/reservations/{res}/unlock", headers=_h(rng, **b), body={
            "virtualKey": L(opaque(rng, "vk_", 48), CRED), "carBle": CAR["ble"],
            "lat": sla, "lng": slo, "trip": tr}),
        multipart(f, f"{a}/v1/trips/{tr}/inspection", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("rear", "rear.jpg", "image/jpeg", L(JPEG + b"\xb4", MEDIA)),
            ("report", None, "application/json", {
                "note": L("Scratch on the rear bumper was already there", TEXT),
                "car": CAR["id"]})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/trips/{tr}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{tr}/trace", gz=True, headers=_h(rng, **b), body={
            "trip": tr, "fields": ["t", "lat", "lng", "kmh"],
            "points": L(trip(rng, 8), PRECISE)}),
        case(f, f"{a}/v1/trips/{tr}/driving", fmt="msgpack", headers=_h(rng, **b), body={
            "window": L(imu(rng, 20), MOTION), "harshBrakes": 1, "harshTurns": 0}),
        case(f, f"{a}/v1/trips/{tr}/end", headers=_h(rng, **b), body={
            "lat": ela, "lng": elo, "fuel": 58, "odometer": CAR["odo"] + 9,
            "zoneCentre": {"lat": ZONE_CENTRE[0], "lng": ZONE_CENTRE[1]},
            "note": L("Parked on Clermont Ave by the church", TEXT)}),
        multipart(f, f"{a}/v1/trips/{tr}/parking", [
            ("photo", "parked.jpg", "image/jpeg", L(JPEG + b"\xb5", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{tr}/receipt", headers=_h(rng, **b), query={
            "send": "email", "to": L(EMAIL, MAIL), "total": L("18.62", BUY)}),
        case(f, f"{a}/v1/payment-methods", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "tok_", 24), PAY), "zip": L(ZIP, COARSE), "default": "1"}),
        case(f, f"{a}/v1/fines", headers=_h(rng, **b), body={
            "ticket": "NYC-PV-8841207733", "plate": CAR["plate"], "trip": tr,
            "amount": L("65.00", BUY), "adminFee": L("10.00", BUY)}),
        case(f, f"{a}/v1/support/lost-items", headers=_h(rng, **b), body={
            "trip": tr, "text": L("Left my blue scarf on the back seat", TEXT),
            "callback": L(E164, TEL)}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={"places": [
            {"name": "Home", "address": L(LINE1, ADDR), "lat": hla, "lng": hlo},
            {"name": "Work", "lat": wla, "lng": wlo}]}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendPhone": L(PEOPLE[0][1], TEL), "credit": "15"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("trip_end", 1, minutes=38), ev("unlock", 2, ok=True),
                ev("screen", 3, screen=L("TripSummary", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="upper"),
             cookies={"sc_session": L(opaque(rng, "", 40), CRED)}),
    ]


def strandcar_sdks() -> list[Case]:
    rng = random.Random(7462)
    return [
        cb_batch(APP, rng, [("Trip Ended", {"total": L(18.62, BUY), "minutes": 38}),
                            ("Car Unlocked", {"car": CAR["id"]})], at=TRIP_END, nd=2),
        rl_session(APP, rng, user=True, n=12),
        rl_event(APP, rng, "c2v8xe", "trip_completed", {"car_class": "compact"},
                 revenue=18.62, hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TRIP_START, nd=3, yob=1991),
        fg_crash(APP, rng, ("java.util.concurrent.TimeoutException", "ble key handshake"),
                 [fg_crumb("navigation", "Reservation -> Unlock"),
                  fg_crumb("log", "ble", {"car": CAR["id"], "ble": CAR["ble"]})],
                 screen="UnlockActivity"),
        ft_eval(APP, rng, {"oneWay": True, "zone": "bk-north"}),
        po_register(APP, rng, tags={"credit": "15"}),
        mw_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE), (TRIP_END, PRECISE)]),
        mw_reverse(APP, rng, TRIP_END, PRECISE, nd=5),
        mw_telemetry(APP, rng, [TRIP_START, TRIP_END], PRECISE),
    ]
