"""Sailing-regatta crew app "Crewtack" (she crews on the bow of a skipper's J/105): sign-up, SMS
log-in, ``/me``, her sailor profile (federation ID, weight for the crew limit, birth date),
emergency contact and medical notes, joining a boat by the skipper's code, the crew-finder, the
entry fee, the race's live track (msgpack) and a protobuf heartbeat, a man-overboard alert, the
marks (negatives), a protest, race photos, a chat message, results, a club lookup, push, events,
a cookie GET and a Play purchase."""

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
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families82_kit import BOAT, CLUB, MARKS, RACE_START, SAILOR_ID, SKIPPER, fix, obj, track
from eval_families82_sdk import dz_bid, dz_notice, kk_crash, kk_crumb, ll_open, oz_batch, oz_pixel
from eval_families82_svc import kz_telemetry, mk_card, mk_confirm, pk_save, zv_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("crewtack", "Crewtack", "com.example.crewtack", "5.3.2",
          "https://api.crewtack.example.com")
MOB_AT = (40.842207, -73.757915)  # her phone when the alert was raised
FINISH_AT = (40.835187, -73.774302)
CLUB_AT2 = (CLUB["lat"], CLUB["lon"])  # the club (she is there: her device's last position)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Crewtack-Device", how="nodash", **kw)


def crewtack() -> list[Case]:
    rng = random.Random(8221)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    race = obj(rng, "race", 8)
    mla, mlo = fix(MOB_AT, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, race), (3, L(RACE_START[0] + 0.00211, PRECISE)),
               (4, L(RACE_START[1] + 0.00307, PRECISE)), (5, 6.4), (6, 212)], "", lab)
    return [
        case(f, f"{a}/api/v5/signup", headers=_h(rng, lang=True), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L("BowPerson#505", CRED)}),
        case(f, f"{a}/api/v5/login/sms", fmt="form", headers=_h(rng), body={
            "mobile": L(DIGITS, TEL), "code": L("660127", CRED)}),
        case(f, f"{a}/api/v5/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, sailor=L(SAILOR_ID, UID)))})),
        case(f, f"{a}/api/v5/me/sailor", headers=_h(rng, **b), body={
            "sailorId": L(SAILOR_ID, UID), "birthDate": L(DOB, BIRTH),
            "weightKg": L(63.5, "health.fitness"), "heightCm": L(170, "health.fitness"),
            "positions": ["bow", "pit"], "yearsSailing": 9, "homeClub": CLUB["id"]}),
        case(f, f"{a}/api/v5/me/safety", headers=_h(rng, **b), body={
            "emergency": {"name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL)},
            "medical": L("Penicillin allergy; asthma, inhaler in my bag", f"{TEXT}|{MED}"),
            "canSwim": True, "pfdSize": "S"}),
        case(f, f"{a}/api/v5/boats/join", fmt="form", headers=_h(rng, **b), body={
            "sail": BOAT["sail"], "invite_code": L("TERN-7Q2K", CRED), "skipper": SKIPPER,
            "position": "bow"}),
        case(f, f"{a}/api/v5/crewfinder/search", headers=_h(rng, **b), query={
            "q": L("J/105 crew weekend", "behavior.search"), "near": L("40.85,-73.78", COARSE),
            "radius_km": "40"}),
        case(f, f"{a}/api/v5/regattas/{race}/entry", headers=_h(rng, **b), body={
            "boat": BOAT["sail"], "class": BOAT["class"], "fee": L("85.00", BUY),
            "crewWeightKg": L(63.5, "health.fitness"), "waiver": True}),
        case(f, f"{a}/api/v5/races/{race}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "boat": BOAT["sail"],
            "fixes": track(rng, 6, RACE_START, FINISH_AT), "seq": 12}),
        raw(f, f"{a}/api/v5/races/{race}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v5/races/{race}/alerts", headers=_h(rng, **b), body={
            "type": "man_overboard", "lat": mla, "lon": mlo, "by": L(USER_ID, UID),
            "boat": BOAT["sail"], "heading": 212}),
        case(f, f"{a}/api/v5/races/{race}/course", headers=_h(rng, **b), body={
            "marks": [{"name": n, "lat": la, "lon": lo} for n, (la, lo) in
                      zip(["windward", "leeward", "pin"], MARKS, strict=True)], "version": 3}),
        multipart(f, f"{a}/api/v5/races/{race}/protests", [
            ("diagram", "incident.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + b"\x01" * 40,
                                                       MEDIA)),
            ("protest", None, "application/json", {
                "against": "USA 4407", "rule": "10",
                "text": L("Port tacker USA 4407 forced us to bear away at the windward mark.",
                          TEXT)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v5/races/{race}/photos", [
            ("photo", "spinnaker.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Kite up on the last run!", TEXT),
                                                "boat": BOAT["sail"]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v5/chats/{SKIPPER}/messages", headers=_h(rng, **b), body={
            "text": L("Running 10 min late, parking at the club lot", TEXT),
            "clientId": opaque(rng, "m", 12)}),
        case(f, f"{a}/api/v5/me/availability", headers=_h(rng, **b, extra={
            "X-Crewtack-Context": W({"uid": L(USER_ID, UID), "sailor": L(SAILOR_ID, UID),
                                     "tz": L("America/New_York", DEV),
                                     "lang": L("en-US", DEV)}, "b64json")}),
             query={"season": "2026"}),
        case(f, f"{a}/api/v5/results", headers=_h(rng, **b), query={
            "regatta": race, "class": BOAT["class"]}),
        case(f, f"{a}/api/v5/clubs/nearby", headers=_h(rng, **b), query={
            "lat": L("40.742", PRECISE), "lon": L("-73.989", PRECISE), "city": L(CITY, COARSE)}),
        case(f, f"{a}/api/v5/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v5/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("race_started", 1), ev("mob_pressed", 2),
                ev("view", 3, screen=L("LiveRace", USAGE))]}),
        case(f, f"{a}/api/v5/me/history", headers=_h(rng),
             cookies={"ct_session": L(opaque(rng, "", 40), CRED), "units": "nm"}),
        case(f, f"{a}/api/v5/store/verify", headers=_h(rng, **b), body={
            "product": L("crewtack_pro_season", BUY), "purchaseToken": L(play_token(rng), BUY)}),
    ]


def crewtack_sdks() -> list[Case]:
    rng = random.Random(8222)
    return [
        oz_batch(APP, rng, [("Race Joined", {"class": BOAT["class"]}),
                            ("Track Uploaded", {"fixes": 412})], at=RACE_START, nd=3),
        oz_pixel(APP, rng, "Results Viewed", {"regatta": "fall-series"}),
        ll_open(APP, rng, user=True, n=9),
        dz_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="sailing,regatta,j105"),
        dz_notice(APP, rng, "win"),
        kk_crash(APP, rng, ("java.lang.NullPointerException", "mark list null"),
                 [kk_crumb("navigation", "Race -> Course"),
                  kk_crumb("ui", "tap", {"mark": "pin"})], screen="CourseActivity"),
        zv_register(APP, rng, tags={"position": "bow"}, at=CLUB_AT2, nd=2),
        mk_card(APP, rng, email=True),
        mk_confirm(APP, rng, "85.00"),
        kz_telemetry(APP, rng, [RACE_START, MOB_AT], PRECISE),
        pk_save(APP, rng, {"analytics": True, "ads": True}),
    ]

