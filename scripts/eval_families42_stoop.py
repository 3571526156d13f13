"""Neighbourhood social network "Stoopline": sign-up with her street, the address check by a
postcard code and by GPS and Wi-Fi, a log-in, ``/me``, the feed by neighbourhood, posts (one with
a photo), a comment, a reaction, a local event and an RSVP, her lost dog (a photo, where it
slipped its lead, her number), lost pets nearby, a direct message, a safety report, a search, a
recommendation request, her profile, a group joined, neighbours invited from her address book,
push, events and notifications by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families42_kit import DOG, HOOD, LOST_AT, PARK_AT, POSTCARD, STREET, fix, obj
from eval_families42_sdk import (
    aw_launch,
    aw_link,
    bs_bid,
    bs_win,
    fk_crash,
    fk_crumb,
    fk_session,
    tf_batch,
    tf_identify,
)
from eval_families42_svc import cb_save, mf_geocode, mf_reverse, pc_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, U, case

APP = App("stoopline", "Stoopline", "com.example.stoopline", "9.12.0",
          "https://api.stoopline.example.com")
IID = "Stoop-Install-Id"
PW = "Brownstone#5150"
SLUG = "nyc-midtown-south"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def stoopline() -> list[Case]:
    rng = random.Random(4241)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hood=L(SLUG, COARSE)))}
    b = {"auth": "session"}
    post, ev_id = obj(rng, "post", 10), obj(rng, "evt", 8)
    nb = others(rng, 3, "nb_")
    hla, hlo = fix((LAT, LON), 6)
    lla, llo = fix(LOST_AT, 6)
    return [
        case(f, f"{a}/api/v4/join", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "address": {"street": L(LINE1, ADDR), "unit": L(LINE2, ADDR), "zip": L(ZIP, COARSE)},
            "neighborhood": L(HOOD, COARSE)}),
        case(f, f"{a}/api/v4/verify/postcard", fmt="form", headers=_h(rng), body={
            "code": L(POSTCARD, CRED), "neighborhood": L(SLUG, COARSE)}),
        case(f, f"{a}/api/v4/verify/location", headers=_h(rng), body={
            "lat": hla, "lng": hlo, "accuracy": 14,
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "mock": L(False, DEV)}),
        case(f, f"{a}/api/v4/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v4/me", headers=_h(rng, how="upper", extra=jw)),
        case(f, f"{a}/api/v4/feed", headers=_h(rng, **b), query={
            "hood": L(SLUG, COARSE), "cursor": opaque(rng, "c_", 16), "limit": "25"}),
        case(f, f"{a}/api/v4/posts", headers=_h(rng, **b), body={
            "id": post, "kind": "general", "audience": "neighbors",
            "text": L("Anyone else hearing the drilling on our block at 6am?", TEXT)}),
        multipart(f, f"{a}/api/v4/posts/media", [
            ("photo", "couch.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("post", None, "application/json", {
                "kind": "free", "text": L("Free grey couch, you carry it down 3 floors",
                                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/posts/{obj(rng, 'post', 10)}/comments", headers=_h(rng, **b),
             body={"text": L("We had the same thing, call 311 about the permit hours", TEXT),
                   "replyTo": nb[0]}),
        case(f, f"{a}/api/v4/reactions", fmt="form", headers=_h(rng, **b), body={
            "post": obj(rng, "post", 10), "author": nb[1], "type": "thanks"}),
        case(f, f"{a}/api/v4/events", headers=_h(rng, **b), body={
            "id": ev_id, "title": L("Stoop swap: books and kids' clothes", TEXT),
            "place": {"name": "Madison Square Park", "lat": PARK_AT[0], "lng": PARK_AT[1]},
            "start": "2025-12-14T10:00-05:00",
            "description": L("Bring what you don't need, take what you do", TEXT)}),
        case(f, f"{a}/api/v4/events/{obj(rng, 'evt', 8)}/rsvp", fmt="form",
             headers=_h(rng, **b), body={"status": "going", "guests": "1"}),
        multipart(f, f"{a}/api/v4/lost-pets", [
            ("photo", "pepper.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("pet", None, "application/json", {
                "name": DOG["name"], "species": "dog", "breed": DOG["breed"],
                "lastSeen": {"lat": lla, "lng": llo, "at": "2025-12-10T07:55-05:00"},
                "contactPhone": L(E164, TEL),
                "text": L("Pepper slipped her lead on 28th St, she is shy, please call me",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/lost-pets/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE), "km": "2"}),
        case(f, f"{a}/api/v4/messages", headers=_h(rng, **b), body={
            "to": nb[2], "thread": obj(rng, "dm", 8),
            "text": L("Thanks for taking in my parcel, I'm in 4B, can I come by at 7?",
                      f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v4/safety/reports", headers=_h(rng, **b), body={
            "category": "package_theft", "when": "2025-12-09T14:00-05:00",
            "text": L("Two parcels taken from the lobby of 350 Fifth this afternoon",
                      f"{TEXT}|{ADDR}"), "policeReport": False}),
        case(f, f"{a}/api/v4/search", headers=_h(rng, **b), query={
            "q": L("plumber who does radiators", SEARCH), "hood": L(SLUG, COARSE)}),
        case(f, f"{a}/api/v4/recommendations", headers=_h(rng, **b), body={
            "ask": L("Looking for a dog walker around " + STREET + " for weekdays",
                     f"{TEXT}|{ADDR}"), "category": "pets"}),
        case(f, f"{a}/api/v4/profile", headers=_h(rng, **b), body={
            "bio": L("Data nerd, border collie mum, always up for a stoop chat", TEXT),
            "pronouns": L("she/her", GENDER), "showStreet": True, "street": L(STREET, ADDR)}),
        case(f, f"{a}/api/v4/groups/join", fmt="form", headers=_h(rng, **b), body={
            "group": "grp_7731", "groupName": L("Midtown Queer Neighbors", SENS)}),
        case(f, f"{a}/api/v4/invites", headers=_h(rng, **b), body={
            "source": "address_book", "contacts": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[:3]]}),
        case(f, f"{a}/api/v4/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v4/events/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("post_created", 1), ev("lost_pet_posted", 2),
                ev("screen", 3, screen=L("NeighborhoodFeed", USAGE))]}),
        case(f, f"{a}/api/v4/notifications", headers=_h(rng, how="nodash"),
             cookies={"stoop_s": L(opaque(rng, "", 40), CRED)}),
    ]


def stoopline_sdks() -> list[Case]:
    rng = random.Random(4242)
    return [
        tf_batch(APP, rng, [("Post Created", {"kind": "general"}),
                            ("Lost Pet Posted", {"species": "dog"})], at=(LAT, LON), nd=3),
        tf_identify(APP, rng, {"neighborhood": L(HOOD, COARSE), "verified": True,
                               "email": L(EMAIL, MAIL)}),
        aw_launch(APP, rng, user=True, n=14),
        aw_link(APP, rng, U("https://stoopline.example.com/i/join", {
            "inviter": L(USER_ID, UID), "hood": L(SLUG, COARSE), "utm_source": "sms"})),
        bs_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=(LAT, LON), nd=3,
               yob=1991, gender="F"),
        bs_win(APP, rng),
        fk_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [fk_crumb("navigation", "Feed -> LostPetComposer"),
                  fk_crumb("ui", "photo picked", {"w": 4032})], screen="LostPetActivity"),
        fk_session(APP, rng, secs=1210),
        pc_register(APP, rng, at=(LAT, LON), nd=2, tags={"hood": L(SLUG, COARSE)}),
        mf_geocode(APP, rng, "350 Fifth Avenue, New York", ADDR, near=(LAT, LON), nd=4),
        mf_reverse(APP, rng, LOST_AT, PRECISE, nd=6),
        cb_save(APP, rng, {"analytics": True, "personalised_ads": True}),
    ]
