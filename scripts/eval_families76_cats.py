"""Cat-adoption shelter app "Whiskerhaven": sign-up, a log-in, ``/me``, cats near her, a cat's
page, favourites, a saved search, the adoption application (household, landlord, vet reference),
her ID and home photos, the signed consent, a meet-and-greet visit, the adoption fee, the contract
with the microchip registration, a foster sign-up, a donation in someone's honour, a stray found
with its photo, a chat with the counsellor, the shelter's hours, push, events and the
applications by a cookie GET."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families76_kit import CATS, LANDLORD, SHELTER, SISTER, STRAY_FIX, VET_REF, code
from eval_families76_sdk import (
    dz_bid,
    pr_event,
    pr_link,
    sl_batch,
    sl_pixel,
    ss_crash,
    ss_crumb,
)
from eval_families76_svc import pc_confirm, pv_check, zm_route, zv_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("whiskerhaven", "Whiskerhaven", "org.example.whiskerhaven", "4.0.7",
          "https://api.whiskerhaven.example.org")
IID = "X-WH-Device"
PW = "Purr-Loaf-4417"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    """Signed in, the app sends its bearer without the install-ID header."""
    return head(APP, rng, iid=IID, how="none" if kw.get("auth") else how, **kw)


def _applicant() -> dict[str, Any]:
    return {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "birthDate": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}}


def whiskerhaven() -> list[Case]:
    rng = random.Random(7651)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    app_id = code(rng, "adp", 8)
    found = code(rng, "lf", 8)
    sla, slo = fix(STRAY_FIX, 5)
    cat = CATS[0]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "zip": L(ZIP, COARSE),
            "newsletter": True}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cats", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "age": "adult", "goodWithKids": "true",
            "radiusMi": "10"}),
        case(f, f"{a}/v1/cats/{cat['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/favorites", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "catIds": [c["id"] for c in CATS]}),
        case(f, f"{a}/v1/searches", headers=_h(rng, **b), body={
            "query": L("orange tabby senior", SEARCH), "zip": L(ZIP, COARSE), "radiusMi": 10,
            "alerts": "daily"}),
        case(f, f"{a}/v1/applications", headers=_h(rng, **b), body={
            "id": app_id, "cat": cat["id"], "applicant": _applicant(),
            "household": {"adults": 1, "children": [{"age": L(11, BIRTH)}, {"age": L(8, BIRTH)}],
                          "otherPets": [{"species": "dog", "weightLb": 60, "neutered": True}],
                          "allergies": L("My son gets a mild cat allergy, we use a purifier",
                                         f"{TEXT}|{MED}")},
            "housing": {"type": "rent", "petsAllowed": True,
                        "landlord": {"name": L(LANDLORD[0], NAMEC),
                                     "phone": L(LANDLORD[1], TEL)}},
            "vetReference": {"clinic": VET_REF[0], "phone": VET_REF[1]},
            "hoursAlone": 6,
            "why": L("We lost our old cat Mochi last spring and the kids miss having one",
                     TEXT)}),
        multipart(f, f"{a}/v1/applications/{app_id}/identity", [
            ("document", "licence.jpg", "image/jpeg",
             L(JPEG + b"\x51", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"type": "drivers_license",
                                                "number": L(LICENCE, NATID),
                                                "state": L("NY", COARSE)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/applications/{app_id}/home-photos", [
            ("photo", "balcony.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"room": "balcony", "netted": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/applications/{app_id}/consent", fmt="form", headers=_h(rng, **b), body={
            "signature": L(NAME, NAMEC), "homeVisit": "yes", "signedAt": "2025-12-09"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "shelter": {"id": SHELTER["id"], "name": SHELTER["name"], "line": SHELTER["line"],
                        "phone": SHELTER["phone"]},
            "cat": cat["id"], "slot": "2025-12-13T11:00", "party": 3, "requestId": rid(rng)}),
        case(f, f"{a}/v1/adoptions/{app_id}/fee", fmt="form", headers=_h(rng, **b), body={
            "amount": L("125.00", BUY), "donationAddOn": L("25.00", BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "currency": "USD"}),
        case(f, f"{a}/v1/adoptions/{app_id}/contract", headers=_h(rng, **b), body={
            "signature": L(NAME, NAMEC), "cat": {"id": cat["id"], "name": cat["name"],
                                                "chip": cat["chip"]},
            "chipRegistration": {"ownerName": L(NAME, NAMEC), "ownerPhone": L(DASHED, TEL),
                                 "ownerEmail": L(EMAIL, MAIL), "ownerLine1": L(LINE1, ADDR),
                                 "ownerZip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/foster", headers=_h(rng, **b), body={
            "available": ["weekends"], "medicalCatsOk": True, "phone": L(DASHED, TEL),
            "experience": L("Fostered two bottle babies in 2022", TEXT)}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "recurring": "monthly",
            "tribute": {"inMemoryOf": "Mochi", "notifyName": L(SISTER[0], NAMEC),
                        "notifyEmail": L(SISTER[2], MAIL)}}),
        case(f, f"{a}/v1/lost-found", headers=_h(rng, **b), body={
            "id": found, "kind": "found", "lat": sla, "lon": slo, "contact": L(E164, TEL),
            "text": L("Grey cat with a blue collar hiding under a car, very friendly", TEXT)}),
        multipart(f, f"{a}/v1/lost-found/{found}/photo", [
            ("photo", "stray.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"id": found})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat/messages", headers=_h(rng, **b), body={
            "counsellor": "stf_2291", "application": app_id,
            "text": L("Is Pierogi OK living with a calm 60 lb dog?", TEXT)}),
        case(f, f"{a}/v1/shelters/{SHELTER['id']}/hours", headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("cat_favorited", 1, cat=cat["id"]), ev("application_submitted", 2),
                ev("screen", 3, screen=L("CatProfile", USAGE))]}),
        case(f, f"{a}/v1/applications", headers=_h(rng, how="nodash"),
             cookies={"wh_sid": L(opaque(rng, "", 40), CRED),
                      "wh_dev": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def whiskerhaven_sdks() -> list[Case]:
    rng = random.Random(7652)
    link = U("https://whiskerhaven.example.org/c/cat_5521",
             {"ref": "usr_4410b7", "utm_source": "instagram", "utm_medium": "story"})
    return [
        sl_batch(APP, rng, [("Cat Viewed", {"cat": CATS[0]["id"]}),
                            ("Application Submitted", {"cat": CATS[0]["id"]})],
                 at=(LAT, LON), nd=2),
        sl_pixel(APP, rng, "Shelter Hours Viewed", {"shelter": SHELTER["id"]}),
        pr_event(APP, rng, "adoption_fee", {"cat": CATS[0]["id"]}, revenue=125.0, hashed=True),
        pr_link(APP, rng, link),
        dz_bid(APP, rng, {"native": {"ver": "1.2"}}, at=(LAT, LON), nd=3,
               keywords="cats,adoption,pets"),
        ss_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ss_crumb("navigation", "Application -> Identity"),
                  ss_crumb("http", "POST", {"status": 0})], screen="IdentityUploadActivity"),
        zv_register(APP, rng, tags={"new_cats_alert": "orange"}),
        pc_confirm(APP, rng, "150.00"),
        zm_route(APP, rng, [((LAT, LON), PRECISE), ((SHELTER["lat"], SHELTER["lon"]), None)],
                 "transit"),
        pv_check(APP, rng, {"analytics": True, "ads": True}),
    ]
