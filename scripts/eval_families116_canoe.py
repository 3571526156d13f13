"""Outrigger canoe-club regatta entry app "Kahakai" (her club enters crews in the season's
sprint regattas; not set 66's or 82's sailing regattas: paddlers, seats and club dues). Sign-up
with her paddler number, a log-in, ``/me``, club dues, regattas, a crew entry with a guest
paddler she names, the crew declaration (a medical note, an emergency contact), a typed waiver
signature, check-in at the lagoon, the race's live track (msgpack) and a protobuf finish packet,
the phone's accelerometer in the canoe (gzip), results by her paddler number, a car-pool offer
from her rental, a club chat message, a team photo, a heat-sheet search, push, events and her
entries by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, NATIONAL, PEOPLE, multipart, pb, push_token, raw
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families116_kit import (
    ADDR,
    BIRTH,
    BUY,
    CLUB,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    HNL_AT,
    HUSBAND,
    LAGOON_FIX,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PADDLER_NO,
    PRECISE,
    REGATTA,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    obj,
    strokes,
    track,
)
from eval_families116_sdk import bs_bid, bs_win, cw_batch, cw_queue, fp_session, sc_session
from eval_families116_svc import ms_reverse, ms_route, nu_register, pg_confirm, sw_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("kahakai", "Kahakai", "com.example.kahakai", "2.9.0", "https://api.kahakai.example.org")
IID = "Kahakai-Install"
MOTION = "behavior.motion"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def kahakai() -> list[Case]:
    rng = random.Random(11611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    race = obj(rng, "race", 8)
    lla, llo = fix(LAGOON_FIX, 5)
    lab: dict[str, str] = {}
    finish = pb([(1, L(USER_ID, UID)), (2, race), (3, [(1, L(21.329118, PRECISE)),
                                                       (2, L(-157.897702, PRECISE))]),
                 (4, 172840), (5, 6), (6, "lane_4")], "", lab)
    mates = ["pdl_58210", "pdl_61044", "pdl_47791", "pdl_70315"]
    return [
        case(f, f"{a}/v2/paddlers", headers=_h(rng, lang=True), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH), "paddlerNo": L(PADDLER_NO, UID),
            "club": CLUB["id"], "gender": L("female", GENDER),
            "password": L("Paddle#Ala26", CRED)}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "username": L("JANE.DOE@EXAMPLE.ORG", MAIL), "password": L("Paddle#Ala26", CRED),
            "grant_type": "password"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, paddler=L(PADDLER_NO, UID), name=L(f"{FIRST} {LAST}", NAMEC)))})),
        case(f, f"{a}/v2/clubs/{CLUB['id']}/dues", headers=_h(rng, **b), body={
            "paddlerNo": L(PADDLER_NO, UID), "season": 2026, "amount": L("145.00", BUY),
            "plan": L("adult_full", BUY)}),
        case(f, f"{a}/v2/regattas", headers=_h(rng, **b),
             query={"island": "oahu", "season": "2026", "page": "1"}),
        case(f, f"{a}/v2/regattas/{REGATTA['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/regattas/{REGATTA['id']}/entries", headers=_h(rng, **b), body={
            "race": race, "event": "W40 6-person 1/2 mile", "club": CLUB["id"],
            "crew": [{"seat": 1, "paddler": mates[0]}, {"seat": 2, "paddler": L(PADDLER_NO, UID)},
                     {"seat": 3, "paddler": mates[1]}, {"seat": 4, "paddler": mates[2]},
                     {"seat": 5, "paddler": mates[3]},
                     {"seat": 6, "guest": {"name": L("Rosa Morales", NAMEC),
                                           "phone": L("+15550187733", TEL)}}],
            "fee": L("60.00", BUY), "canoe": "koa_6_ohana"}),
        case(f, f"{a}/v2/regattas/{REGATTA['id']}/declaration", headers=_h(rng, **b), body={
            "paddlerNo": L(PADDLER_NO, UID), "canSwim": True,
            "medical": L("Penicillin allergy; left shoulder tendinitis", f"{TEXT}|{MED}"),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "husband"}}),
        case(f, f"{a}/v2/regattas/{REGATTA['id']}/waiver", fmt="form", headers=_h(rng, **b),
             body={"typed_signature": L(f"{FIRST} {LAST}", NAMEC), "agree": "1",
                   "signed_at": "2025-12-13T06:41:00-10:00", "doc": "waiver_v5"}),
        case(f, f"{a}/v2/races/{race}/checkin", headers=_h(rng, **b), body={
            "lat": lla, "lon": llo, "venue": REGATTA["venue"],
            "venueAt": {"lat": REGATTA["lat"], "lon": REGATTA["lon"]}, "bib": "M-14"}),
        case(f, f"{a}/v2/races/{race}/live", fmt="msgpack", headers=_h(rng, **b), body={
            "paddler": L(PADDLER_NO, UID), "seq": 7,
            "fixes": track(rng, 6, LAGOON_FIX, 0.00062, -0.00047)}),
        case(f, f"{a}/v2/races/{race}/motion", gz=True, headers=_h(rng, **b), body={
            "hz": 50, "seat": 2, "acc": L(strokes(rng, 40), MOTION)}),
        raw(f, f"{a}/v2/races/{race}/finish", finish, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/results", headers=_h(rng, **b),
             query={"paddlerNo": L(PADDLER_NO, UID), "season": "2026"}),
        case(f, f"{a}/v2/carpools", headers=_h(rng, **b), body={
            "regatta": REGATTA["id"], "seats": 3, "leave": "05:15",
            "from": {"lat": L(round(HNL_AT[0], 5), PRECISE),
                     "lon": L(round(HNL_AT[1], 5), PRECISE)},
            "note": L("Pick-up outside my place on Makiki St", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v2/clubs/{CLUB['id']}/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "text": L("Who has the spare paddle? Mine cracked", TEXT),
            "clientId": rid(rng)}),
        multipart(f, f"{a}/v2/clubs/{CLUB['id']}/photos", [
            ("image", "crew.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"album": "winter_sprint", "race": race})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/clubs/{CLUB['id']}/invites", headers=_h(rng, **b), body={
            "from": L(PADDLER_NO, UID), "source": "contacts", "invitees": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[:3]],
            "message": W({"text": L("Come paddle with us at Makiki Paddlers!", TEXT),
                          "sender": L(f"{FIRST} {LAST}", NAMEC)}, "json")}),
        case(f, f"{a}/v2/heats/search", fmt="form", headers=_h(rng, **b), body={
            "q": L("Makiki W40", SEARCH), "regatta": REGATTA["id"]}),
        case(f, f"{a}/v2/volunteers", headers=_h(rng, **b), body={
            "role": "timing_boat", "regatta": REGATTA["id"], "phone": L(PHONE, TEL),
            "shirt": "M"}),
        case(f, f"{a}/v2/profile/body", headers=_h(rng, **b), body={
            "weightKg": L(61, FIT), "heightCm": L(168, FIT), "preferredSeat": 2}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entry_submitted", 1, crew=6), ev("live_started", 2),
                ev("screen", 3, screen=L("HeatSheet", USAGE))]}),
        case(f, f"{a}/v2/me/entries", headers=_h(rng, how="upper"),
             cookies={"kk_session": L(opaque(rng, "", 40), CRED)}),
    ]


def kahakai_sdks() -> list[Case]:
    rng = random.Random(11612)
    return [
        cw_batch(APP, rng, [("Entry Submitted", {"fee": L(60.0, BUY)}),
                            ("Race Live", {"event": "W40"})], at=LAGOON_FIX, nd=4, gz=False),
        cw_queue(APP, rng, [("Heat Sheet Viewed", {}), ("Results Viewed", {"season": 2026})]),
        sc_session(APP, rng, user=True, n=23),
        bs_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F"),
        bs_win(APP, rng),
        fp_session(APP, rng, secs=1884),
        sw_eval(APP, rng, {"club": CLUB["id"]}, hdr=True),
        nu_register(APP, rng, tags={"club": CLUB["id"], "division": "W40"}),
        pg_confirm(APP, rng, "60.00"),
        ms_route(APP, rng, [(HNL_AT, PRECISE), ((REGATTA["lat"], REGATTA["lon"]), None)]),
        ms_reverse(APP, rng, LAGOON_FIX, PRECISE, nd=4),
    ]

