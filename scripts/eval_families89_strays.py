"""Stray-dog feeding volunteer map "Dzaghli" (Tbilisi's ear-tagged street dogs; she feeds a
round near her flat): sign-up, a log-in, ``/me``, the map around her, dogs nearby, a dog's
page, a feeding report, a dog's photo, a new sighting, her feeding round (gzip), a dog's
vaccination, a bite report, a donation, a transport to the shelter, an adoption inquiry, her
volunteer schedule, the volunteers' chat, a feeding station's stock, push, events and her
reports by a cookie GET."""

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
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families89_kit import DOGS, FEED_FIX, SHELTER, TB_HOME_AT, round_trip
from eval_families89_sdk import (
    bz_bid,
    kv_event,
    kv_launch,
    sh_crash,
    sh_crumb,
    tv_batch,
    tv_queue,
)
from eval_families89_svc import gd_confirm, rk_reverse, rk_route, tk_check, zr_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("dzaghli", "Dzaghli", "com.example.dzaghli", "1.6.4", "https://api.dzaghli.example.org")
IID = "X-Dzaghli-Install"
PW = "Bursa&Tsuga-2025"
CM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.8,ka;q=0.4", DEV)
    return h


def dzaghli() -> list[Case]:
    rng = random.Random(8961)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="feeder"))}
    b = {"auth": "bearer"}
    d0, d2 = DOGS[0], DOGS[2]
    fla, flo = fix(FEED_FIX, 5)
    return [
        case(f, f"{a}/v1/volunteers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "password": L(PW, CRED), "languages": ["en"],
            "neighbourhood": L("Sololaki", COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "dzaghli-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/map", headers=_h(rng, **b), query={
            "center": L(f"{TB_HOME_AT[0]:.3f},{TB_HOME_AT[1]:.3f}", PRECISE), "zoom": "15",
            "layers": "dogs,stations"}),
        case(f, f"{a}/v1/dogs/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{FEED_FIX[0]:.4f}", PRECISE), "lon": L(f"{FEED_FIX[1]:.4f}", PRECISE),
            "radius": "800"}),
        case(f, f"{a}/v1/dogs/{d0['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/feedings", headers=_h(rng, **b), body={
            "dog": d0["id"], "tag": d0["tag"], "food": "dry", "grams": 300, "water": True,
            "me": {"lat": fla, "lon": flo, "acc": 7},
            "dogSpot": {"lat": d0["lat"], "lon": d0["lon"]}}),
        multipart(f, f"{a}/v1/dogs/{d0['id']}/photos", [
            ("photo", "bursa.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("info", None, "application/json", {"tag": d0["tag"], "chip": d0["chip"],
                                                "condition": "limping front left"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sightings", headers=_h(rng, **b), body={
            "reporter": {"lat": fla, "lon": flo},
            "dog": {"lat": round(FEED_FIX[0] + 0.00027, 5), "lon": round(FEED_FIX[1] - 0.0002, 5),
                    "colour": "black and tan", "tagged": False, "puppies": 3},
            "note": L("New mother with three puppies under the bakery steps", TEXT)}),
        case(f, f"{a}/v1/rounds", gz=True, headers=_h(rng, **b), body={
            "round": obj(rng, "rnd", 8),
            "fixes": round_trip(rng, [TB_HOME_AT, FEED_FIX, (d2["lat"], d2["lon"])]),
            "dogsFed": [d["id"] for d in DOGS]}),
        case(f, f"{a}/v1/dogs/{d2['id']}/vaccinations", headers=_h(rng, **b), body={
            "vaccine": "rabies", "date": "2025-10-14", "clinic": SHELTER["id"],
            "tag": d2["tag"], "nextDue": "2026-10-14"}),
        case(f, f"{a}/v1/incidents/bite", headers=_h(rng, **b), body={
            "dogTag": d2["tag"], "where": {"lat": d2["lat"], "lon": d2["lon"]},
            "injury": L("Bitten on the left calf, skin broken", CM),
            "rabiesPep": L(True, MED), "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "currency": "GEL", "fund": "winter_food",
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": "0"}),
        case(f, f"{a}/v1/transports", headers=_h(rng, **b), body={
            "dog": d0["id"], "to": SHELTER["id"], "shelterPhone": SHELTER["phone"],
            "driverPhone": L(E164, TEL), "from": {"lat": d0["lat"], "lon": d0["lon"]}}),
        case(f, f"{a}/v1/adoptions", headers=_h(rng, **b), body={
            "dog": d0["id"], "adopter": {"name": L(f"{FIRST} {LAST}", NAMEC),
                                         "street": L(STREET, ADDR), "city": L(CITY, COARSE),
                                         "zip": L(ZIP, COARSE), "country": L("US", COARSE)},
            "home": "apartment", "otherPets": False,
            "message": L("I fly back to New York in February and want to take Bursa", TEXT)}),
        case(f, f"{a}/v1/volunteers/me/schedule", fmt="form", headers=_h(rng, **b), body={
            "days": "mon,wed,sat", "time": "07:30", "area": L("Sololaki", COARSE)}),
        case(f, f"{a}/v1/chat/messages", headers=_h(rng, **b), body={
            "room": "rm_sololaki", "clientId": rid(rng),
            "text": L("Murka's water bowl at the station is empty again", TEXT)}),
        case(f, f"{a}/v1/stations/st_014/stock", fmt="form", headers=_h(rng, **b), body={
            "dryKg": "6.5", "wetCans": "12", "lat": "41.69121", "lon": "44.80198"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "tz": L("Asia/Tbilisi", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("feeding_logged", 1, dog=d0["id"]), ev("photo_added", 2),
                ev("screen", 3, screen=L("Map", USAGE))]}),
        case(f, f"{a}/v1/feedings", headers=_h(rng, how="upper"), query={"mine": "1"},
             cookies={"dz_sess": L(opaque(rng, "", 40), CRED), "dz_rid": rid(rng)}),
    ]


def dzaghli_sdks() -> list[Case]:
    rng = random.Random(8962)
    d0 = DOGS[0]
    return [
        tv_batch(APP, rng, [("Feeding Logged", {"dog": d0["id"], "grams": 300}),
                            ("Donation", {"amount": L(50.0, BUY)})],
                 at=FEED_FIX, nd=2, tz="Asia/Tbilisi", roaming=True),
        tv_queue(APP, rng, [("Photo Queued", {"dog": d0["id"]}),
                            ("Offline Map Opened", {})]),
        kv_launch(APP, rng, roaming=True, user=True),
        kv_event(APP, rng, "donate", {"fund": "winter_food"}, revenue=50.0, currency="GEL"),
        bz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, country="GEO",
               ipgeo=("TB", "Tbilisi"), keywords="pets,dogs", roaming=True),
        sh_crash(APP, rng, ("java.lang.NullPointerException", "marker icon"),
                 [sh_crumb("navigation", "Map -> Dog"),
                  sh_crumb("log", "cluster", {"dogs": 41})], screen="DogActivity",
                 tz="Asia/Tbilisi"),
        zr_register(APP, rng, tz="Asia/Tbilisi", at=FEED_FIX, nd=2,
                    tags={"area": L("Sololaki", COARSE), "feeder": "yes"}),
        tk_check(APP, rng, {"analytics": True, "marketing": False}),
        gd_confirm(APP, rng, "50.00", "gel"),
        rk_reverse(APP, rng, FEED_FIX, PRECISE),
        rk_route(APP, rng, [(TB_HOME_AT, PRECISE), ((d0["lat"], d0["lon"]), None)]),
    ]
