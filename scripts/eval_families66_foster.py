"""Cat-shelter fostering app "Purrhaven" (she fosters two kittens; the cats' data are an
animal's, not hers): sign-up, a log-in, a phone check, ``/me``, the foster application (landlord,
household, experience), an ID check, photos of the foster room, cats needing a foster near home,
a cat's page, the placement and its pickup at the shelter, a care log, a cat photo, a vet visit,
an expense and its payout, availability, a referral, a meet-and-greet at her flat, a donation, a
message to the coordinator, push, events and placements by a cookie GET."""

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
    PEOPLE,
    PRECISE,
    SEARCH,
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
    latlng,
    opaque,
)
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import ACCOUNT, claims, head
from eval_families37_kit import fix, home, obj
from eval_families66_kit import CATS, LANDLORD, SHELTER, VET
from eval_families66_sdk import ah_event, ah_launch, tq_batch, tq_identify
from eval_families66_svc import (
    fp_eval,
    om_save,
    pm_bank,
    pm_confirm,
    tm_geocode,
    tm_route,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("purrhaven", "Purrhaven", "com.example.purrhaven", "1.14.0",
          "https://api.purrhaven.example.org")
IID = "X-PH-Install-Id"
PW = "Whisker$Gowanus8"
FOSTER_ID = "FST-20931"  # her foster account number at the shelter (id.user)
SHELTER_FIX = (40.682287, -73.988163)  # her phone at the shelter's door


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def purrhaven() -> list[Case]:
    rng = random.Random(6641)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), foster=L(FOSTER_ID, UID)))}
    b = {"auth": "bearer"}
    pick, kit = CATS[0], [c["id"] for c in CATS]
    pl = obj(rng, "pl", 8)
    sla, slo = fix(SHELTER_FIX, 5)
    return [
        case(f, f"{a}/api/fosters", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DASHED, TEL), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/api/auth/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/auth/verify-phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("552190", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/applications", headers=_h(rng, **b), body={
            "fosterId": L(FOSTER_ID, UID), "housing": "rent", "landlordOk": True,
            "landlord": {"name": L(LANDLORD[0], NAMEC), "phone": L(LANDLORD[1], TEL)},
            "household": [{"relation": "partner", "name": L(PARTNER[0], NAMEC)}],
            "children": 0, "otherPets": [{"species": "dog", "name": "Biscuit", "age": 6}],
            "hoursAway": 7, "experience": L("Fostered two litters for a rescue in college",
                                            TEXT),
            "allergies": L("My partner has a mild cat allergy, he takes cetirizine",
                           f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/applications/id-check", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "licenceNumber": L(LICENCE, NATID), "state": L(STATE, COARSE),
                "dob": L(DOB, BIRTH), "name": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/applications/home-photos", [
            ("room1", "foster_room.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("room2", "window.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cats", headers=_h(rng, **b), query={
            "status": "needs_foster", "near": latlng(4), "radiusKm": "15", "age": "kitten"}),
        case(f, f"{a}/api/cats/{pick['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/placements", headers=_h(rng, **b), body={
            "cats": kit, "shelter": SHELTER["id"], "pickup": "2025-12-10T11:00",
            "placement": pl, "until": "2026-02-01"}),
        case(f, f"{a}/api/placements/{pl}/pickup", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "acc": 7,
            "shelter": {k: SHELTER[k] for k in ("id", "name", "line", "phone", "lat", "lon")},
            "microchips": [c["microchip"] for c in CATS]}),
        case(f, f"{a}/api/cats/{pick['id']}/log", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-12", "weightKg": 3.0, "appetite": "good", "meds": pick["meds"],
            "note": L("Pickle ate all her food and is sneezing less", TEXT)}),
        multipart(f, f"{a}/api/cats/{pick['id']}/photos", [
            ("photo", "pickle_sofa.jpg", "image/jpeg", L(JPEG + b"\x94", MEDIA)),
            ("meta", None, "application/json", {"caption": L("First nap on the sofa", TEXT),
                                                "public": True})], headers=_h(rng, **b)),
        case(f, f"{a}/api/vet/appointments", headers=_h(rng, **b), body={
            "clinic": {k: VET[k] for k in ("id", "name", "phone", "line", "lat", "lon")},
            "cat": pick["id"], "microchip": pick["microchip"], "slot": "2025-12-16T15:40",
            "reason": L("URI recheck, still some sneezing", TEXT),
            "callback": L(E164, TEL)}),
        multipart(f, f"{a}/api/expenses", [
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\x95", MEDIA)),
            ("data", None, "application/json", {
                "amount": L("34.17", BUY), "store": "Pawsome Supply", "cat": pick["id"],
                "items": "kitten food, litter"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/expenses/payout", fmt="form", headers=_h(rng, **b), body={
            "expense": obj(rng, "exp", 8), "method": "bank",
            "last4": L(ACCOUNT[-4:], PAY), "amount": L("34.17", BUY)}),
        case(f, f"{a}/api/availability", fmt="form", headers=_h(rng, **b), body={
            "maxCats": "2", "canMedicate": "true", "bottleFeed": "false",
            "blackout": "2025-12-24,2025-12-25"}),
        case(f, f"{a}/api/referrals", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL),
            "message": L("They need fosters for kittens, you'd be great!", TEXT)}),
        case(f, f"{a}/api/meet-and-greet", headers=_h(rng, **b), body={
            "cat": CATS[1]["id"], "at": "2025-12-20T14:00", "where": "foster_home",
            "address": L(f"{LINE1}, {LINE2}", ADDR),
            "doorNotes": L("Buzz 4B, the dog will be in the bedroom", TEXT)}),
        case(f, f"{a}/api/donations", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "monthly": True, "fund": "medical",
            "tribute": L(PEOPLE[2][0], NAMEC), "anonymous": False}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "foster_coordinator", "thread": obj(rng, "th", 8),
            "text": L("Mochi has diarrhea since yesterday, should I bring him in?", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("placement_accepted", 1, cats=2), ev("log_added", 2),
                ev("screen", 3, screen=L("CatDetail", USAGE))]}),
        at_path(case(f, f"{a}/api/fosters/{FOSTER_ID}/placements", headers=_h(rng, how="nodash"),
                     cookies={"ph_session": L(opaque(rng, "", 44), CRED),
                              "ph_foster": L(FOSTER_ID, UID)}), FOSTER_ID, UID),
    ]


def purrhaven_sdks() -> list[Case]:
    rng = random.Random(6642)
    hla, hlo = home(5)
    return [
        tq_batch(APP, rng, [("Placement Accepted", {"cats": 2}),
                            ("Cat Photo Posted", {"public": True})],
                 at=(40.74183, -73.98931), nd=2),
        tq_identify(APP, rng, {"zip": L(ZIP, COARSE), "fosterId": L(FOSTER_ID, UID),
                               "catsFostered": 2}),
        ah_launch(APP, rng, user=True, n=12),
        ah_event(APP, rng, "donate", {"fund": "medical", "monthly": True}, revenue=25.0,
                 hashed=True),
        om_save(APP, rng, {"analytics": True, "personalisation": False, "ads": False},
                user=True),
        pm_bank(APP, rng),
        pm_confirm(APP, rng, "25.00"),
        tm_route(APP, rng, [((hla.value, hlo.value), PRECISE),
                            ((SHELTER["lat"], SHELTER["lon"]), None)], mode="driving"),
        tm_geocode(APP, rng, "Park Slope Cat Clinic", SEARCH, near=(40.74183, -73.98931), nd=3),
        fp_eval(APP, rng, {"fosterTier": "kittens"}, get=True),
    ]
