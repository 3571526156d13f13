"""Pet-sitting marketplace "Pawtenda" where she works as a sitter: the sitter application (her
address, birth date, bio), a log-in, ``/me`` with a JWT, a background check (SSN), a profile
photo, services and rates, availability, a booking accepted, messages with a client, a visit's
check-in at the client's home, the walk (msgpack), the visit report with photos, the check-out,
a payout, her W-9, a review of a client, a job search by position, an incident on a walk, a Play
purchase of sitter insurance, push, events, a referral and the calendar by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
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
    play_token,
)
from eval_families24_kit import SSN, claims, head
from eval_families60_kit import OWNER, OWNER_HOME_AT, PET, SITTER_HANDLE, VET_PHONE, fix, obj, walk
from eval_families60_sdk import (
    af_click,
    af_session,
    al_bid,
    sf_crumb,
    sf_error,
    tl_batch,
    tl_identify,
    tl_queue,
)
from eval_families60_svc import bm_register, mn_reverse, mn_route, pk_bank
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("pawtenda", "Pawtenda", "com.example.pawtenda", "8.4.2",
          "https://api.pawtenda.example.com")
IID = "X-Pawtenda-Device"
PW = "Biscuit-Harbor-64"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pawtenda() -> list[Case]:
    rng = random.Random(6051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    handle=L(SITTER_HANDLE, UID), role="sitter"))}
    bk, visit = obj(rng, "bk", 10), obj(rng, "vis", 10)
    ila, ilo = fix((OWNER_HOME_AT[0] + 0.000021, OWNER_HOME_AT[1] + 0.000034), 6)
    ola, olo = fix((OWNER_HOME_AT[0] + 0.00004, OWNER_HOME_AT[1] - 0.00003), 5)
    return [
        case(f, f"{a}/v2/sitters/apply", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "password": L(PW, CRED),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "homeType": "apartment", "hasYard": False, "experienceYears": 6,
            "bio": L("Lifelong dog person, I grew up with two border collies and walk every "
                     "morning in Madison Square Park.", TEXT)}),
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sitters/background", fmt="form", headers=_h(rng, auth="bearer"), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "legal_name": L(NAME, NAMEC),
            "zip": L(ZIP, COARSE), "consent_fcra": "true"}),
        multipart(f, f"{a}/v2/sitters/me/photo", [
            ("photo", "me_with_dogs.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"primary": True, "crop": [0, 80, 1080, 1160]})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/sitters/me/services", headers=_h(rng, auth="bearer"), body={
            "handle": L(SITTER_HANDLE, UID), "services": [
                {"kind": "boarding", "rate": 55}, {"kind": "walk30", "rate": 25},
                {"kind": "dropin", "rate": 22}],
            "serviceArea": {"lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE),
                            "radiusKm": 3}, "maxDogs": 2}),
        case(f, f"{a}/v2/sitters/me/availability", fmt="form", headers=_h(rng, auth="bearer"),
             body={"blocked": "2025-12-24,2025-12-25", "weekdaysOnly": "false"}),
        case(f, f"{a}/v2/bookings/{bk}/accept", headers=_h(rng, auth="bearer"), body={
            "owner": OWNER["id"], "pet": PET["id"], "total": 150, "nights": 3,
            "message": L("Hi Marcus! Happy to look after Pepper, can we do a meet and greet "
                         "on Thursday?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/conversations/{obj(rng, 'cv', 8)}/messages", fmt="form",
             headers=_h(rng, auth="bearer"), body={
                 "text": L("I'm at the lobby, the doorman says to come up?", TEXT),
                 "client_ref": opaque(rng, "m", 12)}),
        case(f, f"{a}/v2/visits/{visit}/checkin", headers=_h(rng, auth="bearer"), body={
            "lat": ila, "lon": ilo, "acc": 6, "booking": bk, "pet": PET["id"]}),
        case(f, f"{a}/v2/visits/{visit}/walk", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"points": walk(rng, 8, OWNER_HOME_AT), "distanceM": 1460,
                   "pee": [2, 5], "poo": [4], "pet": PET["id"]}),
        multipart(f, f"{a}/v2/visits/{visit}/report", [
            ("photo1", "pepper_park.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("photo2", "pepper_nap.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("report", None, "application/json", {
                "fed": True, "meds": PET["meds"], "water": True,
                "note": L("Pepper ate all her dinner and fetched for 20 minutes, sleeping "
                          "now.", TEXT)})], headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/visits/{visit}/checkout", fmt="form", headers=_h(rng, auth="bearer"),
             body={"lat": L(str(ola.value), PRECISE), "lng": L(str(olo.value), PRECISE),
                   "durationMin": "34"}),
        case(f, f"{a}/v2/payouts", headers=_h(rng, auth="bearer"), body={
            "amount": L("412.50", BUY), "currency": "USD",
            "destination": L(opaque(rng, "ba_", 20), PAY), "instant": False}),
        case(f, f"{a}/v2/tax/w9", headers=_h(rng, auth="bearer"), body={
            "legalName": L(NAME, NAMEC), "tin": L(SSN.replace("-", ""), NATID),
            "tinType": "ssn", "taxClass": "individual", "address": L(LINE1, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/reviews", fmt="form", headers=_h(rng, auth="bearer"), body={
            "booking": bk, "about": OWNER["id"], "stars": "5",
            "text": L("Clear instructions and a very sweet dog.", TEXT)}),
        case(f, f"{a}/v2/jobs", headers=_h(rng, auth="bearer"), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "service": "walk30",
            "radiusKm": "3", "page": "1"}),
        case(f, f"{a}/v2/visits/{visit}/incident", headers=_h(rng, auth="bearer"), body={
            "kind": "pet_injury", "vetCalled": VET_PHONE, "chip": PET["chip"],
            "text": L("Pepper cut her paw on glass near the park, cleaned it, owner informed.",
                      TEXT)}),
        case(f, f"{a}/v2/insurance/play", headers=_h(rng, auth="bearer"), body={
            "productId": L("pawtenda_sitter_protect", BUY),
            "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-8841-0027-31562", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "platform": "android", "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/v2/track", gz=True, headers=_h(rng, auth="bearer"), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("booking_accepted", 1, nights=3), ev("walk_finished", 2, meters=1460),
                ev("screen_view", 3, screen=L("VisitReport", USAGE))]}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, auth="bearer"), body={
            "friendEmail": L(PEOPLE[2][2], MAIL), "friendName": L(PEOPLE[2][0], NAMEC),
            "code": "JANEWALKS"}),
        case(f, f"{a}/v2/calendar", headers=_h(rng, how="upper"), query={"month": "2025-12"},
             cookies={"pt_session": L(opaque(rng, "", 40), CRED)}),
    ]


def pawtenda_sdks() -> list[Case]:
    rng = random.Random(6052)
    return [
        tl_batch(APP, rng, [("Booking Accepted", {"nights": 3, "total": 150}),
                            ("Walk Finished", {"meters": 1460})], at=(LAT, LON), nd=4),
        tl_identify(APP, rng, {"role": "sitter", "city": L(CITY, COARSE),
                               "email": L(EMAIL, MAIL), "handle": L(SITTER_HANDLE, UID)}),
        af_session(APP, rng, user=True, n=41, secs=655),
        tl_queue(APP, rng, [("Visit Checked In", {"service": "dropin"}),
                            ("Report Sent", {"photos": 2}), ("Payout Requested", {})]),
        al_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=3),
        sf_error(APP, rng, ("java.lang.NullPointerException", "walk.points was null"),
                 [sf_crumb("navigation", "Visit -> Walk"),
                  sf_crumb("request", "POST /v2/visits/walk", {"status": 500})],
                 context="WalkActivity"),
        bm_register(APP, rng, tags={"role": "sitter", "radius_km": "3"}),
        pk_bank(APP, rng),
        mn_route(APP, rng, [((LAT, LON), PRECISE), (OWNER_HOME_AT, None)]),
        mn_reverse(APP, rng, OWNER_HOME_AT, None, nd=5),
        af_click(APP, rng, U("https://pawtenda.example.com/a/bookings/accept", {
            "bk": "bk_3f0c2a91d4", "sitter": L(SITTER_HANDLE, UID), "utm_source": "email",
            "utm_campaign": "new_request"})),
    ]
