"""Badminton court booking and coaching app "Gelanggangku" (Kuala Lumpur): sign-up, a log-in,
``/me``, venues and coaches nearby, a venue's slots, a court booking, its payment and a split with
friends from her address book, her doubles partner, a coaching session, a swing video, the racket
sensor's smash window (msgpack), a workout summary, a match, a check-in at the venue, a search, a
review, a Play membership, an avatar, an emergency contact, push, events and the bookings by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
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
from eval_families18_kit import FIT
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families91_kit import (
    COACH,
    COURT_BOOKING,
    HUSBAND,
    MY_HOME_AT,
    PARTNER,
    RACKET,
    VENUE,
    swing,
)
from eval_families91_sdk import hb_queue, jm_install, jm_link, ls_bid, ls_win
from eval_families91_svc import bp_card, iz_check, lw_register, ps_route, ps_telemetry
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("gelanggangku", "Gelanggangku", "com.example.gelanggangku", "2.11.4",
          "https://api.gelanggangku.example.net")
IID = "X-GK-Device"
PW = "Dropshot_Cheras7"
VENUE_FIX = (3.104288, 101.745957)  # her phone at the venue's counter
VENUE_AT = (VENUE["lat"], VENUE["lon"])


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def gelanggangku() -> list[Case]:
    rng = random.Random(9131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    bk = f"{a}/v1/bookings/{COURT_BOOKING}"
    vla, vlo = fix(VENUE_FIX)
    return [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "gender": L("female", GENDER),
            "birthYear": L(1991, BIRTH), "level": "intermediate", "hand": "right"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/venues/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{MY_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{MY_HOME_AT[1]:.4f}", PRECISE),
            "sport": "badminton", "radiusKm": "8"}),
        case(f, f"{a}/v1/venues/{VENUE['id']}/slots", headers=_h(rng, **b),
             query={"date": "2025-12-13", "courts": "all"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "venue": VENUE["id"], "court": "C4", "start": "2025-12-13T20:00:00+08:00",
            "hours": 2, "booking": L(COURT_BOOKING, BUY), "price": L("48.00", BUY),
            "rackets": 0, "shuttles": 1}),
        at_path(case(f, f"{bk}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("48.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "promo": "SMASH10", "idem": rid(rng)}), COURT_BOOKING, BUY),
        at_path(case(f, f"{bk}/split", headers=_h(rng, **b), body={
            "invitees": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                         for n, p, _ in PEOPLE[1:4]], "each": "12.00"}), COURT_BOOKING, BUY),
        case(f, f"{a}/v1/partners", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "type": "doubles"}),
        case(f, f"{a}/v1/coaches", headers=_h(rng, **b), query={
            "near": L(f"{MY_HOME_AT[0]:.4f},{MY_HOME_AT[1]:.4f}", PRECISE), "level": "int"}),
        case(f, f"{a}/v1/coaching/sessions", headers=_h(rng, **b), body={
            "coach": COACH["id"], "coachName": COACH["name"], "slot": "2025-12-14T09:00+08:00",
            "fee": L(COACH["rate"], BUY), "goals": L(
                "Fix my backhand clear; left knee sore after deep lunges", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/coaching/videos", [
            ("video", "backhand.mp4", "video/mp4", L(MP4 + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"shot": "backhand clear", "fps": 240,
                                                "session": obj(rng, "cs", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sensor/swings", fmt="msgpack", headers=_h(rng, **b), body={
            "sensor": RACKET["sensor"], "ble": RACKET["ble"], "user": L(USER_ID, UID),
            "shot": "smash", "speedKmh": 241.0, "window": L(swing(rng, 30), MOTION)}),
        case(f, f"{a}/v1/workouts", headers=_h(rng, **b), body={
            "source": "health_connect", "durationMin": L(118, FIT), "kcal": L(742, FIT),
            "avgHr": L(138, FIT), "maxHr": L(181, FIT), "steps": L(9120, FIT),
            "booking": L(COURT_BOOKING, BUY)}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), body={
            "venue": VENUE["id"], "partner": others(rng, 1, "gk_")[0],
            "opponents": others(rng, 2, "gk_"), "score": [[21, 17], [18, 21], [21, 19]],
            "won": True, "ratingDelta": 14}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "booking": L(COURT_BOOKING, BUY), "venue": VENUE["id"],
            "position": {"lat": vla, "lng": vlo, "acc": 9}, "venuePos": list(VENUE_AT)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("court cheras open late", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/venues/{VENUE['id']}/reviews", fmt="form", headers=_h(rng, **b),
             body={"stars": "4", "text": L("Good floor mats but the aircon at C4 is weak", TEXT)}),
        case(f, f"{a}/v1/memberships/play", headers=_h(rng, **b), body={
            "packageName": APP.pkg, "productId": L("gk_plus_monthly", BUY),
            "purchaseToken": L(play_token(rng), BUY), "price": L("19.90", BUY)}),
        multipart(f, f"{a}/v1/profile/avatar", [
            ("avatar", "me.png", "image/png", L(PNG + b"\x31", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/profile/emergency", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "spouse",
            "bloodType": L("O+", MED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_MY", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("court_booked", 1, hours=2), ev("video_uploaded", 2),
                ev("screen", 3, screen=L("CoachProfile", USAGE))]}),
        case(f, f"{a}/v1/bookings/history", headers=_h(rng, how="none"),
             cookies={"gk_sid": L(opaque(rng, "", 40), CRED), "gk_dev": L(INSTALL_ID, DID)}),
    ]


def gelanggangku_sdks() -> list[Case]:
    rng = random.Random(9132)
    link = U("https://gelanggangku.example.net/j/split", {
        "b": L(COURT_BOOKING, BUY), "from": L(USER_ID, UID), "utm_source": "whatsapp"})
    return [
        hb_queue(APP, rng, [("Court Booked", {"price": L(48, BUY), "hours": 2}),
                            ("Coach Viewed", {"coach": COACH["id"]}),
                            ("Search", {"q": L("court cheras open late", SEARCH)})]),
        jm_install(APP, rng, first=True),
        jm_link(APP, rng, link),
        ls_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}, yob=1991,
               gender="F", keywords="badminton,sports,racket"),
        ls_win(APP, rng),
        lw_register(APP, rng, at=MY_HOME_AT, nd=2, tags={"club": "cheras"}),
        iz_check(APP, rng, {"analytics": True, "ads": True}),
        bp_card(APP, rng),
        ps_route(APP, rng, [(MY_HOME_AT, PRECISE), (VENUE_AT, None)], mode="car"),
        ps_telemetry(APP, rng, [(3.131402, 101.744811), VENUE_FIX], PRECISE),
    ]
