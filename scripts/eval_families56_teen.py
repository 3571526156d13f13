"""Teen-driver insurance telematics "Steadyroad" (the phone is the parent's: she is the policy
holder and a named driver; her son Eli learns on his permit): sign-up with the policy number, a
log-in, ``/me``, the teen added (name, birth date, permit, gender), her licence, the car, her own
trip (gzip JSON), a hard-braking event with its accelerometer window, phone use while driving,
the teen's rules and places, his weekly score by his ID in the path, a message to him, crash
contacts, a discount quote, an odometer photo, a small claim, the carrier for crash detection,
push, events, a cookie GET and the ID card by policy in the query."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import claims, head
from eval_families56_kit import CAR, NATID, POLICY, SCHOOL_AT, TEEN, accel, fix, home, obj, trace
from eval_families56_sdk import ao_bid, cm_crash, cm_crumb, lm_event, lm_launch, sw_batch, sw_queue
from eval_families56_svc import aq_search, bz_register, ch_card, ft_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("steadyroad", "Steadyroad", "com.example.steadyroad", "6.0.2",
          "https://api.steadyroad.example.com")
IID = "X-SR-Install"
PW = "Merge-Left-1991"
HOME_AT = (LAT, LON)
BRAKE_AT = (40.75912, -73.98441)  # where she braked hard (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def steadyroad() -> list[Case]:
    rng = random.Random(5651)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, policy=L(POLICY, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(5)
    bla, blo = fix(BRAKE_AT, 5)
    tid = TEEN["id"]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "policyNumber": L(POLICY, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "steadyroad-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/drivers", headers=_h(rng, auth="bearer"), body={
            "driverId": L(tid, UID), "firstName": L(TEEN["first"], NAMEC),
            "lastName": L(TEEN["last"], NAMEC), "dob": L(TEEN["dob"], BIRTH),
            "gender": L("male", GENDER), "permitNumber": L(TEEN["permit"], NATID),
            "permitState": L("NY", COARSE), "relationship": "child"}),
        case(f, f"{a}/v1/drivers/self/licence", headers=_h(rng, **b), body={
            "number": L(LICENCE, NATID), "state": L("NY", COARSE), "class": "D",
            "expires": "2029-05-17"}),
        case(f, f"{a}/v1/vehicles", headers=_h(rng, **b), body={
            "vin": CAR["vin"], "plate": CAR["plate"], "make": CAR["make"],
            "model": CAR["model"], "year": CAR["year"], "annualMiles": 7500,
            "garagedZip": L("10118", COARSE)}),
        case(f, f"{a}/v1/trips", gz=True, headers=_h(rng, **b), body={
            "tripId": obj(rng, "trip", 10), "driver": L(USER_ID, UID), "vehicle": CAR["vin"],
            "points": trace(rng, 12, HOME_AT, BRAKE_AT), "miles": 1.6, "maxMph": 31}),
        case(f, f"{a}/v1/trips/events", headers=_h(rng, **b), body={
            "type": "hard_brake", "lat": bla, "lon": blo, "mphBefore": 29, "mphAfter": 4,
            "window": L(accel(rng, 40), MOTION), "hz": 50}),
        case(f, f"{a}/v1/trips/distraction", fmt="form", headers=_h(rng, **b), body={
            "tripId": obj(rng, "trip", 10), "phoneUseSec": L("34", USAGE),
            "unlocks": L("2", USAGE), "handsFree": "1"}),
        case(f, f"{a}/v1/drivers/{tid}/rules", headers=_h(rng, **b), body={
            "curfew": "22:00", "speedAlertMph": 65, "places": [
                {"name": "Home", "lat": hla, "lon": hlo, "radius": 80},
                {"name": "School", "lat": SCHOOL_AT[0], "lon": SCHOOL_AT[1], "radius": 150}]}),
        at_path(case(f, f"{a}/v1/drivers/{tid}/score", headers=_h(rng, **b),
                     query={"week": "2025-W50"}), tid, UID),
        case(f, f"{a}/v1/drivers/{tid}/practice", fmt="form", headers=_h(rng, **b), body={
            "minutes": "55", "night": "1", "supervisor": L("Jane Doe", NAMEC),
            "supervisorLicence": L(LICENCE, NATID), "conditions": "rain"}),
        case(f, f"{a}/v1/drivers/{tid}/messages", headers=_h(rng, **b), body={
            "text": L("Drive safe, text me when you get to practice", TEXT),
            "from": L(USER_ID, UID)}),
        case(f, f"{a}/v1/crash/contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}],
            "autoCall911": True}),
        case(f, f"{a}/v1/quotes/discount", headers=_h(rng, **b), body={
            "policy": L(POLICY, UID), "premium6mo": L("1284.00", BUY),
            "discountPct": L(12, BUY), "quoteId": obj(rng, "q", 8)}),
        multipart(f, f"{a}/v1/vehicles/odometer", [
            ("photo", "odometer.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("data", None, "application/json", {"vin": CAR["vin"], "miles": 18422})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "policy": L(POLICY, UID), "when": "2025-12-07T17:40",
            "where": {"lat": L(40.7611, PRECISE), "lon": L(-73.9836, PRECISE)},
            "description": L("Backed into a pole in the garage, rear bumper dented", TEXT),
            "otherParty": None, "injuries": False}),
        case(f, f"{a}/v1/devices/network", headers=_h(rng, **b), body={
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "simCountry": L("us", CARRIER), "radio": L("LTE", DEV), "crashDetection": True}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_recorded", 1, miles=1.6), ev("teen_rules_saved", 2),
                ev("screen", 3, screen=L("TeenDashboard", USAGE))]}),
        case(f, f"{a}/v1/drivers", headers=_h(rng, how="nodash"),
             cookies={"sr_sess": L(opaque(rng, "", 40), CRED), "sr_teen": L(tid, UID)}),
        case(f, f"{a}/v1/documents/idcard", headers=_h(rng, **b), query={
            "policy": L(POLICY, UID), "format": "pdf"}),
    ]


def steadyroad_sdks() -> list[Case]:
    rng = random.Random(5652)
    return [
        sw_batch(APP, rng, [("Trip Recorded", {"miles": 1.6, "score": 88}),
                            ("Teen Added", {"age": L(16, BIRTH)})], at=HOME_AT, nd=2),
        sw_queue(APP, rng, [("Hard Brake", {"mph": 29}), ("Curfew Set", {})]),
        lm_launch(APP, rng, first=True),
        lm_event(APP, rng, "quote_accepted", {"drivers": 2}, revenue=1284.0, hashed=True),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "negative trip distance"),
                 [cm_crumb("nav", "Trips -> TripDetail"),
                  cm_crumb("net", "POST /v1/trips", {"status": 201})], screen="TripActivity"),
        ft_eval(APP, rng, {"state": L("NY", COARSE), "teen": True}),
        bz_register(APP, rng, tags={"teen_alerts": "on"}),
        ch_card(APP, rng, email=True),
        aq_search(APP, rng, "LaGuardia High School", "behavior.search", near=HOME_AT, nd=3),
    ]
