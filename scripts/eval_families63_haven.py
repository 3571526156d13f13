"""Refugee housing-match app "Porchlight Match" (a fictional non-profit's; she offers the spare
room of her New York flat to a displaced family): host sign-up, log-in with an e-mailed code,
``/me``, her home and room (photos), her household, the background check (SSN) and an identity
check (passport scan and a selfie), availability, other host families near her and a shared
pickup with one of them (their addresses and phones are look-alikes), a match accepted, messages
to the guest family, an airport pickup with her live position, the arrival check-in, a
reimbursement, an incident report, training progress, push, events and the dashboard by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import AIRPORT_AT, PARTNER, PASSPORT
from eval_families24_kit import SSN, claims, head
from eval_families63_kit import (
    AIRPORT_PICKUP,
    CASEWORKER,
    GUEST,
    OTHER_HOSTS,
    PARTNER_DOB,
    App63,
    fix,
    home,
    obj,
)
from eval_families63_sdk import fp_crumb, fp_report, sw_open, tb_batch, tb_queue
from eval_families63_svc import (
    aw_route,
    fg_eval,
    pbay_check,
    pm_bank,
    pw_register,
    rf_message,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App63("porchlight", "Porchlight Match", "org.example.porchlight", "2.11.0",
            "https://api.porchlight.example.org")
IID = "X-PL-Install"
PW = "Stoop-Lantern-2204"
HOST_ID = "hh_6t3v8p"  # her host profile's ID (id.user)
ON_WAY = (40.699851, -73.808617)  # her fix on the way to the airport


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _other(i: int) -> dict[str, Any]:
    o = OTHER_HOSTS[i]
    return {"hostId": o["id"], "family": o["family"], "line1": o["line"], "city": o["city"],
            "zip": o["zip"], "phone": o["phone"], "lat": o["lat"], "lng": o["lon"]}


def porchlight() -> list[Case]:
    rng = random.Random(6321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="host",
                                    hostId=L(HOST_ID, UID)))}
    thread = obj(rng, "thr", 8)
    match = obj(rng, "mt", 8)
    hla, hlo = home(5)
    return [
        case(f, f"{a}/api/v1/hosts/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(DASHED, TEL), "password": L(PW, CRED),
            "zip": L(ZIP, COARSE), "heardFrom": "library_flyer"}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "code": L("418207", CRED), "rememberDevice": "true", "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/api/v1/hosts/{HOST_ID}/home", headers=_h(rng, **b), body={
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}, "geo": {"lat": hla, "lng": hlo},
            "room": {"beds": 2, "privateBath": False, "floor": 4, "elevator": True},
            "adults": 2, "pets": "cat", "smokeFree": True, "kitchen": L("kosher", SENS)}),
            HOST_ID, UID),
        multipart(f, f"{a}/api/v1/hosts/{HOST_ID}/photos", [
            ("photo1", "room.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("photo2", "kitchen.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"captions": ["Spare room", "Shared kitchen"],
                                                "cover": "photo1"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/hosts/{HOST_ID}/household", headers=_h(rng, **b), body={
            "self": {"dob": L(DOB, BIRTH)},
            "members": [{"name": L(PARTNER[0], NAMEC), "dob": L(PARTNER_DOB, BIRTH),
                         "email": L(PARTNER[2], MAIL), "relation": "partner"}],
            "children": 0}),
        case(f, f"{a}/api/v1/screening/background", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH),
            "priorZip": L("11215", COARSE), "consent": True,
            "signature": L(NAME, NAMEC), "signedAt": "2025-12-08T19:22:10-05:00"}),
        multipart(f, f"{a}/api/v1/screening/identity", [
            ("document", "passport.jpg", "image/jpeg", L(JPEG + b"\xa3", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa4", MEDIA)),
            ("fields", None, "application/json", {
                "docType": "passport", "docNumber": L(PASSPORT, NATID), "issuer": "USA",
                "expires": "2032-03-14"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/hosts/{HOST_ID}/availability", headers=_h(rng, **b), body={
            "from": "2025-12-18", "to": "2026-03-31", "maxGuests": 3, "childrenOk": True,
            "stepFree": False}),
        case(f, f"{a}/api/v1/community/hosts", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "radiusKm": "15", "limit": "20"}),
        case(f, f"{a}/api/v1/community/carpools", headers=_h(rng, **b), body={
            "withHost": _other(0), "also": [_other(1), _other(2)],
            "from": {"lat": hla, "lng": hlo}, "to": AIRPORT_PICKUP,
            "date": "2025-12-19", "seats": 2}),
        case(f, f"{a}/api/v1/matches", headers=_h(rng, **b), query={
            "host": L(HOST_ID, UID), "status": "proposed"}),
        case(f, f"{a}/api/v1/matches/{match}/accept", headers=_h(rng, **b), body={
            "guestFamily": GUEST["id"], "caseworker": CASEWORKER["id"],
            "caseworkerPhone": CASEWORKER["phone"], "caseworkerEmail": CASEWORKER["mail"],
            "note": L("We can take them from the 19th, the room has two beds", TEXT)}),
        case(f, f"{a}/api/v1/threads/{thread}/messages", headers=_h(rng, **b), body={
            "to": GUEST["id"], "lang": "uk",
            "text": L("Welcome! We are at 350 Fifth Avenue, Apt 4B. Ring 4B downstairs.",
                      f"{TEXT}|{ADDR}"), "translate": True}),
        case(f, f"{a}/api/v1/pickups", headers=_h(rng, **b), body={
            "match": match, "meetAt": AIRPORT_PICKUP, "airport": list(AIRPORT_AT),
            "hostPhone": L(E164, TEL), "eta": "2025-12-19T15:40:00-05:00",
            "live": {"lat": L(ON_WAY[0], PRECISE), "lng": L(ON_WAY[1], PRECISE), "acc": 9}}),
        case(f, f"{a}/api/v1/checkins", headers=_h(rng, **b), body={
            "match": match, "arrived": True, "guests": 3,
            "at": dict(zip(("lat", "lng"), fix((LAT, LON), 6), strict=True))}),
        case(f, f"{a}/api/v1/reimbursements", fmt="form", headers=_h(rng, **b), body={
            "amount": L("180.00", BUY), "category": "groceries", "match": match,
            "payoutMethod": L(opaque(rng, "ba_", 24), PAY)}),
        case(f, f"{a}/api/v1/incidents", headers=_h(rng, **b), body={
            "match": match, "severity": "medium",
            "text": L("The youngest had an asthma attack, we took her to urgent care",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/training/progress", headers=_h(rng, **b), body={
            "module": "trauma-informed-hosting", "progress": L(100, USAGE),
            "minutes": L(42, USAGE)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("match_accepted", 1), ev("message_sent", 2, translated=True),
                ev("screen", 3, screen=L("HostDashboard", USAGE))]}),
        case(f, f"{a}/api/v1/host/dashboard", headers=_h(rng, how="plain"),
             cookies={"pl_session": L(opaque(rng, "", 48), CRED)}),
    ]


def porchlight_sdks() -> list[Case]:
    rng = random.Random(6322)
    hla, hlo = home(5)
    return [
        tb_batch(APP, rng, [("Match Accepted", {"guests": 3}),
                            ("Photo Uploaded", {"count": 2})], at=(LAT, LON), nd=3),
        tb_queue(APP, rng, [("Training Module Completed", {"module": "trauma-informed"}),
                            ("Availability Saved", {})]),
        sw_open(APP, rng, user=True, n=9),
        fp_report(APP, rng, ("java.lang.NullPointerException", "match card guest null"),
                  [fp_crumb("nav", "Matches -> MatchDetail"),
                   fp_crumb("http", "POST /api/v1/matches/accept", {"status": 200})],
                  screen="MatchDetailActivity"),
        fg_eval(APP, rng, {"screeningDone": True, "state": L("NY", COARSE)}),
        pw_register(APP, rng, tags={"role": "host", "borough": L("Manhattan", COARSE)},
                    at=(LAT, LON), nd=2),
        pbay_check(APP, rng, {"analytics": True, "marketing": False}),
        pm_bank(APP, rng),
        aw_route(APP, rng, [((hla.value, hlo.value), PRECISE), (AIRPORT_AT, None)],
                 profile="transit"),
        rf_message(APP, rng, L("My background check has been pending for 9 days", TEXT),
                   {"hostId": L(HOST_ID, UID)}),
    ]
