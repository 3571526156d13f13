"""Curling-club league app "Pebblehouse": joining with her membership number, a password grant,
``/me`` with a JWT, standings, a game's line-up and score card, practice ice booked, a check-in at
the rink by geofence, the spare list, season dues, a bonspiel entry (teammates she names, the
banquet meal), a carpool offer from home, a broom sensor's sweep session (gzip), stone deliveries
(protobuf), a team photo, team chat, an emergency contact, a calendar feed by token, the season's
waiver, a password change, push, events and her games by a cookie GET."""

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
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque, pos
from eval_families24_kit import claims, head, others
from eval_families74_kit import CLUB, MEMBER_CC, RINK_FIX, RIVAL_CLUB, fix, obj, sweep
from eval_families74_sdk import (
    bw_bid,
    cb_batch,
    cb_pixel,
    fg_crash,
    fg_crumb,
    rl_event,
    rl_session,
)
from eval_families74_svc import mw_route, pb_card, pb_confirm, po_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("pebblehouse", "Pebblehouse", "com.example.pebblehouse", "1.19.4",
          "https://league.pebblehouse.example.com")
IID = "Ph-Device"
PW = "Hammer-End-8"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def pebblehouse() -> list[Case]:
    rng = random.Random(7431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_CC, UID), club=CLUB["id"]))}
    b = {"auth": "bearer"}
    game, team = obj(rng, "gm", 8), obj(rng, "tm", 6)
    mates = others(rng, 3, "mem_")
    rla, rlo = fix(RINK_FIX)
    hla, hlo = pos(4)
    lab: dict[str, str] = {}
    dl = pb([(1, L(MEMBER_CC, UID)), (2, game), (3, 4),
             (4, [(1, 14.21), (2, "in"), (3, "draw_4ft"), (4, 2)])], "", lab)
    return [
        case(f, f"{a}/api/members/signup", headers=_h(rng), body={
            "memberNumber": L(MEMBER_CC, UID), "club": CLUB["id"], "email": L(EMAIL, MAIL),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "phone": L(DASHED, TEL), "birthDate": L(DOB, BIRTH), "password": L(PW, CRED),
            "position": "vice", "delivers": "right"}),
        case(f, f"{a}/api/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(MEMBER_CC, UID), "password": L(PW, CRED),
            "client_id": "pebblehouse-android"}),
        case(f, f"{a}/api/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/leagues/tue-mixed/standings", headers=_h(rng, **b),
             query={"season": "2025-26", "division": "B"}),
        case(f, f"{a}/api/games/{game}/lineup", headers=_h(rng, **b), body={
            "team": team, "lead": mates[0], "second": mates[1], "vice": L(MEMBER_CC, UID),
            "skip": mates[2], "sheet": "C", "draw": "2025-12-09T19:00"}),
        case(f, f"{a}/api/games/{game}/scores", headers=_h(rng, **b), body={
            "ends": [[1, 0], [0, 2], [0, 0], [3, 0], [0, 1], [1, 0], [0, 2], [2, 0]],
            "hammerFirstEnd": team, "final": [7, 5], "conceded": False,
            "submittedBy": L(MEMBER_CC, UID)}),
        case(f, f"{a}/api/ice/bookings", headers=_h(rng, **b), body={
            "sheet": "A", "slot": "2025-12-13T08:00", "minutes": 60,
            "price": L("30.00", BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "club": CLUB["id"], "lat": rla, "lng": rlo, "accuracy": 9,
            "clubLat": CLUB["lat"], "clubLng": CLUB["lon"],
            "method": "geofence"}),
        case(f, f"{a}/api/spares", fmt="form", headers=_h(rng, **b), body={
            "positions": "lead,second", "phone": L(E164, TEL), "days": "tue,thu",
            "note": L("Happy to throw lead or second, can also sweep for the 9 pm draw", TEXT)}),
        case(f, f"{a}/api/dues", headers=_h(rng, **b), body={
            "season": "2025-26", "category": "full", "amount": L("395.00", BUY),
            "invoice": L("HV-DUES-25-0771", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/bonspiels/bsp_0412/entries", headers=_h(rng, **b), body={
            "teamName": "Stone Cold Sober", "host": RIVAL_CLUB["id"],
            "hostPhone": RIVAL_CLUB["phone"], "entryFee": L("240.00", BUY),
            "roster": [{"name": L(n, NAMEC)} for n, _, _ in PEOPLE[:3]],
            "contactEmail": L(PEOPLE[0][2], MAIL), "banquetMeal": L("kosher", SENS),
            "banquetGuests": 4}),
        case(f, f"{a}/api/carpool/offers", headers=_h(rng, **b), body={
            "event": "bsp_0412", "seats": 3, "pickup": {
                "line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE), "lat": hla, "lng": hlo},
            "departs": "2026-01-16T15:30"}),
        case(f, f"{a}/api/sweeps", gz=True, headers=_h(rng, **b), body={
            "session": obj(rng, "sw", 8), "broomSensor": "PB-BRM-00418",
            "sensorBle": "D1:55:0A:7E:21:3C", "hz": 50, "samples": L(sweep(rng, 40), FIT),
            "strokesPerMin": L(312, FIT), "heartRate": L([138, 151, 163, 158], FIT)}),
        raw(f, f"{a}/api/deliveries", dl, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/photos", [
            ("photo", "team.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("First win of the season after an extra end!", TEXT),
                "game": game})], headers=_h(rng, **b)),
        case(f, f"{a}/api/chat/{team}/messages", headers=_h(rng, **b), body={
            "text": L("Running ten minutes late, save me a warm-up slide", TEXT),
            "clientId": opaque(rng, "", 16)}),
        case(f, f"{a}/api/members/me/emergency", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL),
            "medical": L("Asthma, inhaler in the front pocket of my bag", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/calendar/feed.ics", headers={"User-Agent": L(APP.ua, DEV)},
             query={"token": L(opaque(rng, "cal_", 32), CRED), "league": "tue-mixed"}),
        case(f, f"{a}/api/waivers", headers=_h(rng, **b), body={
            "season": "2025-26", "signedName": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH),
            "signedFromIp": L(PUBLIC_IP, IPLOC), "version": 3}),
        case(f, f"{a}/api/auth/password", fmt="form", headers=_h(rng, **b), body={
            "current": L(PW, CRED), "new": L("Button-Biter-41", CRED)}),
        case(f, f"{a}/api/push/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("score_submitted", 1, ends=8), ev("ice_booked", 2),
                ev("screen", 3, screen=L("Standings", USAGE))]}),
        case(f, f"{a}/api/members/me/games", headers=_h(rng, how="upper"),
             cookies={"ph_session": L(opaque(rng, "", 40), CRED)}),
    ]


def pebblehouse_sdks() -> list[Case]:
    rng = random.Random(7432)
    return [
        cb_batch(APP, rng, [("Score Submitted", {"ends": 8}),
                            ("Checked In", {"club": CLUB["id"]})], at=RINK_FIX, nd=3),
        cb_pixel(APP, rng, "LeagueList"),
        rl_session(APP, rng, first=True),
        rl_event(APP, rng, "d4u1ze", "dues_paid", {"category": "full"}, revenue=395.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RINK_FIX, nd=3, yob=1991),
        fg_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "end 9 of 8"),
                 [fg_crumb("navigation", "Game -> Scorecard"),
                  fg_crumb("ui.click", "add_end", {"game": obj(rng, "gm", 8)})],
                 screen="ScorecardActivity"),
        po_register(APP, rng, tags={"league": "tue-mixed", "spare": "yes"}),
        pb_card(APP, rng),
        pb_confirm(APP, rng, "395.00"),
        mw_route(APP, rng, [((LAT, LON), PRECISE), ((CLUB["lat"], CLUB["lon"]), None)]),
    ]
