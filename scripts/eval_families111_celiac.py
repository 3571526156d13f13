"""Coeliac restaurant guide "Senglutia" of a coeliac association, which keeps her diagnosis to
grant the member badge (set 80's "Crumbwise" was a gluten-exposure diary and set 49's finder was
for halal food; this one is a guide of safe restaurants with members' reviews): sign-up, a
log-in, ``/me``, her health profile, the diagnosis report, the membership, searches near her in
Vigo (query and a ``lat,lon`` path segment) and in New York at Christmas (the profile's position),
a place, a review with a photo, a reaction reported, a table booked, a favourites list, a new place
suggested, the travel card, a product scanned, the recent searches (msgpack), a trip, push, events
and a Play subscription."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families111_kit import (
    HOME_GL_AT,
    IBAN_ES,
    PLACES,
    RESTO_FIX,
    SOCIA,
    fix,
    gl_head,
    home_ny,
    llstr,
    obj,
)
from eval_families111_sdk import (
    ab_event,
    ab_open,
    bp_bid,
    cv_crash,
    cv_crumb,
    tr_batch,
    tr_identify,
)
from eval_families111_svc import cl_message, oc_save, pm_register, tf_geocode
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("senglutia", "Senglutia", "com.example.senglutia", "4.6.2",
          "https://api.senglutia.example.com")
IID = "X-SG-Install"
PW = "Trigo-Sarraceno-19"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(56))
CEL = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang=None, **kw)


def senglutia() -> list[Case]:
    rng = random.Random(11131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(SOCIA, UID)))}
    seg = f"{HOME_GL_AT[0]:.4f},{HOME_GL_AT[1]:.4f}"
    near = at_path(case(f, f"{a}/v3/places/nearby/{seg}", headers=_h(rng, **b),
                        query={"radius": "1500", "certified": "true"}), seg, PRECISE)
    rla, rlo = fix(RESTO_FIX, 3)
    nla, nlo = home_ny(4)
    place = PLACES[0]["id"]
    return [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "displayName": L("Jane D.", NAMEC), "birthYear": L(1991, BIRTH),
            "homeCity": L("Vigo", COARSE), "marketingOptIn": False}),
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/health/profile", headers=_h(rng, **b), body={
            "condition": L("coeliac disease", MED), "diagnosedYear": L(2019, MED),
            "biopsy": L("Marsh 3a", MED), "ttgIgA": L(128, MED),
            "otherIntolerances": [L("lactose", MED)],
            "crossContamination": L("very sensitive", MED),
            "symptoms": [L("bloating", MED), L("fatigue", MED), L("migraine", MED)],
            "strictness": "no_traces"}),
        multipart(f, f"{a}/v3/membership/proof", [
            ("report", "informe_dixestivo.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"associationNo": L(SOCIA, UID),
                                                "issued": "2019-10-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/membership", headers=_h(rng, **b), body={
            "association": "ACA", "memberNo": L(SOCIA, UID), "fee": L("36.00", BUY),
            "iban": L(IBAN_ES, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v3/places/search", headers=_h(rng, **b), query={
            "q": L("pizza sen glute", SEARCH), "ll": llstr(HOME_GL_AT, 4),
            "openNow": "true", "page": "1"}),
        near,
        case(f, f"{a}/v3/places/{place}", headers=_h(rng, **b), query={"fields": "menu,badges"}),
        case(f, f"{a}/v3/places/{place}/reviews", headers=_h(rng, **b), body={
            "rating": 5, "visit": "2025-12-06", "dedicatedFryer": True,
            "text": L("Separate fryer and they changed gloves. No reaction at all", CEL)}),
        multipart(f, f"{a}/v3/places/{place}/photos", [
            ("photo", "pizza.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"review": obj(rng, "rv", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/reactions", headers=_h(rng, **b), body={
            "place": PLACES[1]["id"], "placePoint": {"lat": PLACES[1]["lat"],
                                                    "lng": PLACES[1]["lon"]},
            "symptoms": [L("cramps", MED), L("diarrhoea", MED)], "severity": L(4, MED),
            "hoursAfter": L(3, MED), "where": {"lat": rla, "lng": rlo},
            "note": L("Glutened after the octopus; the bread basket shared the board", CEL)}),
        case(f, f"{a}/v3/reservations", headers=_h(rng, **b), body={
            "place": place, "placePhone": PLACES[0]["phone"], "date": "2025-12-13T21:30",
            "party": 3, "name": L(NAME, NAMEC), "phone": L(PHONE, TEL),
            "notes": L("Coeliac, please no shared fryer", CEL), "code": L("SG-RSV-88120", BUY)}),
        case(f, f"{a}/v3/lists", headers=_h(rng, **b), body={
            "name": L("Safe in Vigo", TEXT), "places": [p["id"] for p in PLACES],
            "private": True}),
        case(f, f"{a}/v3/suggestions", fmt="form", headers=_h(rng, **b), body={
            "name": "Panadería O Forno Novo", "address": "Rúa Urzaiz 88, Vigo",
            "phone": "+34 986 555 344",
            "comment": L("They bake gluten-free bread on Thursdays in a separate oven", TEXT)}),
        case(f, f"{a}/v3/travel-card", headers=_h(rng, how="none"),
             query={"lang": "pt", "also": "en"},
             cookies={"sg_sid": L(opaque(rng, "", 40), CRED), "sg_rq": rid(rng)}),
        case(f, f"{a}/v3/scan", headers=_h(rng, **b), body={
            "ean": "8410376041236", "result": "safe", "ts": 1765290412}),
        case(f, f"{a}/v3/search/recent", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "terms": [L("pizza sen glute", SEARCH),
                                               L("churros sin gluten", SEARCH),
                                               L("gluten free bagel", SEARCH)]}),
        case(f, f"{a}/v3/trips", headers=_h(rng, **b), body={
            "destination": L("New York", COARSE), "from": "2025-12-20", "to": "2026-01-04",
            "near": {"lat": nla, "lng": nlo}, "alerts": True}),
        case(f, f"{a}/v3/places/search", headers=_h(rng, **b), query={
            "q": L("gluten free bagel", SEARCH), "lat": L(f"{LAT:.3f}", PRECISE),
            "lng": L(f"{LON:.3f}", PRECISE), "radius": "2000"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("place_viewed", 1, place=place), ev("review_posted", 2),
                ev("screen_view", 3, screen=L("Map", USAGE))]}),
        case(f, f"{a}/v3/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("senglutia_plus_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-4471-2093-55812", BUY), "packageName": APP.pkg}),
    ]


def senglutia_sdks() -> list[Case]:
    rng = random.Random(11132)
    return [
        tr_batch(APP, rng, [("Place Viewed", {"badge": "certified"}),
                            ("Reaction Reported", {"severity": L(4, MED)})],
                 at=(LAT, LON), nd=2, tz="America/New_York", locale="en-US"),
        tr_identify(APP, rng, {"coeliac": L(True, MED), "member": L(SOCIA, UID),
                               "city": L("Vigo", COARSE), "plan": L("plus", BUY)}),
        ab_open(APP, rng, user=True, roaming=False),
        ab_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=19.99, hashed=True),
        bp_bid(APP, rng, {"native": {"ver": "1.2"}}, at=(LAT, LON), nd=3, country="USA",
               keywords=L("gluten free,coeliac,restaurants", MED)),
        cv_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate bitmap"),
                 [cv_crumb("nav", "Map -> Place"), cv_crumb("tap", "photo_upload")],
                 screen="PlaceActivity", tz="America/New_York"),
        pm_register(APP, rng, at=(LAT, LON), nd=2, tz="America/New_York", lang="en",
                    tags={"coeliac": L("1", MED)}),
        oc_save(APP, rng, {"analytics": True, "ads": False}, country="US", region="NY"),
        tf_geocode(APP, rng, "Rúa do Príncipe, Vigo", SEARCH, near=HOME_GL_AT, nd=3),
        cl_message(APP, rng, L("My member badge still says pending after uploading the report",
                               TEXT), {"member": L(SOCIA, UID)}, lang="en"),
    ]
