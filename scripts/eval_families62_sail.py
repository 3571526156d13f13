"""Boat club's sailing log "Keelbook" (camelCase API; she is a member of a club on Eastchester
Bay and skippers its keelboats): a member's log-in and activation, ``/me``, her certificates,
boats free, a reservation, a float plan (crew, shore contact, marks), a trip started at the dock,
its GPS track (gzip JSON) and a live protobuf fix, masthead wind (msgpack), marks rounded (the
buoys' points beside her fixes), a log entry, a photo, a man-overboard drill, the trip's end, the
wind at her position, a race result with a protest, dues paid, the logbook by her member number in
the path, push, events and the season's trips by a cookie GET. The marina, buoys, boats and wind
readings are look-alikes."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families25_kit import BOATING_CERT
from eval_families62_kit import BOAT, BUOYS, CLUB, MARINA, MEMBER_KB, fix, obj, sail, wind
from eval_families62_sdk import (
    as_attribution,
    as_session,
    bc_bid,
    ck_crash,
    ck_crumb,
    mq_batch,
    mq_identify,
)
from eval_families62_svc import fh_eval, mc_reverse, mc_telemetry, px_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("keelbook", "Keelbook", "com.example.keelbook", "1.29.0",
          "https://api.keelbook.example.org")
IID = "X-Keelbook-Device"
PW = "Close-Hauled#17"
NATID = "personal.national_id"
DOCK_FIX = (40.846571, -73.782833)  # her phone on the dock, beside the boat
MOB_FIX = (40.831642, -73.771905)  # where she pressed the man-overboard button (a drill)
RESERVATION = "KB-R-77120"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def keelbook() -> list[Case]:
    rng = random.Random(6271)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_KB, UID), club=CLUB["id"]))}
    trip = obj(rng, "trip", 10)
    T = f"{a}/v1/trips/{trip}"
    dla, dlo = fix(DOCK_FIX, 6)
    lab: dict[str, str] = {}
    live = pb([(1, L(MEMBER_KB, UID)), (2, trip),
               (3, [(1, L(40.838207, PRECISE)), (2, L(-73.776514, PRECISE))]),
               (4, 5.9), (5, 13.2)], "", lab)
    rounding = [{"mark": m, "markLat": la, "markLon": lo, "roundedAt": 1765383600 + 600 * i,
                 "boatLat": L(round(la + 0.00021, 6), PRECISE),
                 "boatLon": L(round(lo - 0.00017, 6), PRECISE)}
                for i, (m, la, lo) in enumerate(BUOYS)]
    gpx = at_path(case(f, f"{a}/v1/members/{MEMBER_KB}/logbook.gpx",
                       headers=_h(rng, auth="bearer"), query={"season": "2025"}), MEMBER_KB, UID)
    return [
        case(f, f"{a}/v1/members/login", fmt="form", headers=_h(rng), body={
            "memberNo": L(MEMBER_KB, UID), "password": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/members/activate", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER_KB, UID), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "birthDate": L(DOB, BIRTH),
            "emergency": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}}),
        case(f, f"{a}/v1/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/members/me/certs", headers=_h(rng, **b), body={
            "boatingSafetyCert": L(BOATING_CERT, NATID), "issuer": "NY State Parks",
            "skipperRating": "keelboat-2", "swimTest": True}),
        case(f, f"{a}/v1/boats/availability", headers=_h(rng, **b), query={
            "date": "2025-12-10", "class": "J24", "club": CLUB["id"]}),
        case(f, f"{a}/v1/reservations", headers=_h(rng, **b), body={
            "code": L(RESERVATION, BUY), "boat": BOAT["id"], "date": "2025-12-10",
            "hours": 4, "crew": 3, "fee": L("45.00", BUY)}),
        case(f, f"{a}/v1/floatplans", headers=_h(rng, **b), body={
            "reservation": L(RESERVATION, BUY), "skipper": L(NAME, NAMEC),
            "boat": {"name": BOAT["name"], "sail": BOAT["sail"], "mmsi": BOAT["mmsi"]},
            "departFrom": {"lat": MARINA[0], "lon": MARINA[1]},
            "marks": [m for m, _, _ in BUOYS], "returnBy": "2025-12-10T16:30:00-05:00",
            "crew": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)},
                     {"name": L(PEOPLE[4][0], NAMEC)}],
            "shoreContact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)}}),
        case(f, f"{T}/start", headers=_h(rng, **b), body={
            "boat": BOAT["id"], "lat": dla, "lon": dlo, "dock": {"lat": MARINA[0],
                                                                  "lon": MARINA[1]},
            "startedAt": 1765382400}),
        case(f, f"{T}/track", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER_KB, UID), "points": sail(rng, 8)}),
        raw(f, f"{T}/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{T}/wind", fmt="msgpack", headers=_h(rng, **b), body={
            "mmsi": BOAT["mmsi"], "sensor": "masthead", "readings": wind(rng, 6)}),
        case(f, f"{T}/marks", headers=_h(rng, **b), body={"roundings": rounding}),
        case(f, f"{T}/log", headers=_h(rng, **b), body={
            "entry": L("Reefed at 14:10, gusts to 22 kn off Stepping Stones, crew all fine",
                       TEXT), "barometer": 1016, "seaState": 3}),
        multipart(f, f"{T}/photos", [
            ("photo", "spinnaker.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"lat": L(40.83511, PRECISE),
                                                "lon": L(-73.77304, PRECISE),
                                                "takenAt": 1765384210})],
            headers=_h(rng, **b)),
        case(f, f"{T}/mob", headers=_h(rng, **b), body={
            "drill": True, "lat": fix(MOB_FIX)[0], "lon": fix(MOB_FIX)[1],
            "recoveredAfterS": 94}),
        case(f, f"{T}/end", fmt="form", headers=_h(rng, **b), body={
            "returnedAt": "1765396800", "engineHours": "0.6", "damage": "none",
            "durationS": "14400"}),
        case(f, f"{a}/v1/weather/wind", headers=_h(rng, **b), query={
            "lat": L("40.8447", PRECISE), "lon": L("-73.7810", PRECISE), "hours": "6"}),
        case(f, f"{a}/v1/races/{obj(rng, 'race', 6)}/results", headers=_h(rng, **b), body={
            "sail": BOAT["sail"], "finish": "15:42:18", "phrf": 171,
            "protest": L("At G5 boat 212 barged in at the mark without room", TEXT)}),
        case(f, f"{a}/v1/dues/pay", fmt="form", headers=_h(rng, **b), body={
            "season": "2026", "amount": L("640.00", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        gpx,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("trip_started", 1), ev("mark_rounded", 2),
                ev("screen", 3, screen=L("TripMap", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="none"), query={"season": "2025"},
             cookies={"kb_session": L(opaque(rng, "", 40), CRED),
                      "kb_member": L(MEMBER_KB, UID), "kb_req": rid(rng)}),
    ]


def keelbook_sdks() -> list[Case]:
    rng = random.Random(6272)
    return [
        mq_batch(APP, rng, [("Trip Started", {"boat": BOAT["name"]}),
                            ("Mark Rounded", {"mark": "R2"})], at=DOCK_FIX, nd=2),
        mq_identify(APP, rng, {"club": CLUB["id"], "rating": "keelboat-2",
                               "member": L(MEMBER_KB, UID)}),
        as_session(APP, rng, user=True),
        as_attribution(APP, rng),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DOCK_FIX, nd=2, yob=1991),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "track gap > 300 s"),
                 [ck_crumb("navigation", "Trip -> Marks"),
                  ck_crumb("log", "gps", {"acc": 4.8})], screen="TripActivity"),
        fh_eval(APP, rng, {"club": CLUB["id"]}, get=True),
        mc_telemetry(APP, rng, [(40.841102, -73.780215), (40.839876, -73.778994)], PRECISE),
        mc_reverse(APP, rng, MARINA, None),
        px_register(APP, rng, at=DOCK_FIX, nd=4, tags={"club": CLUB["id"]}),
    ]
