"""Orienteering race app "Rajapunkt": sign-up with her class and SI card, log-in, ``/me``, events
near her, an entry (fee, emergency contact) and its payment, another class's start list, the
control-point splits, the GPS track with heart rate (gzip), live tracking (protobuf), the result,
a photo of her map, a comment, results by her SI card in the query and the path, a watch import,
the finish safety check, a club, push, events and a cookie GET."""

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
    E164,
    GENDER,
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
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families80_kit import CLUB, CONTROLS, EVENT, RACE_START, SI_CARD, fix, leg, obj
from eval_families80_sdk import (
    km_batch,
    km_identify,
    ok_bid,
    rv_event,
    rv_install,
    vk_crash,
    vk_crumb,
)
from eval_families80_svc import kk_route, kk_telemetry, ly_eval, tk_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("rajapunkt", "Rajapunkt", "com.example.rajapunkt", "3.2.7",
          "https://api.rajapunkt.example.org")
IID = "X-RP-Install"
PW = "Compass-Fern-2025"
W35 = f"{GENDER}|{BIRTH}"  # a class such as W35 states gender and age band
FINISH = (41.243871, -74.108902)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def rajapunkt() -> list[Case]:
    rng = random.Random(8051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, si=L(SI_CARD, UID), name=L(f"{FIRST} {LAST}", NAMEC)))}
    b = {"auth": "bearer"}
    e = EVENT["id"]
    entry = obj(rng, "ent", 8)
    pts = leg(rng, 8, RACE_START, FINISH, keys=("la", "lo"))
    lab: dict[str, str] = {}
    live = pb([(1, L(int(SI_CARD), UID)), (2, e), (3, L(41.246913, PRECISE)),
               (4, L(-74.113772, PRECISE)), (5, L(161, FIT)), (6, 1765380421), (7, 71)], "", lab)
    splits = [{"control": c, "split": s, "cum": t} for (c, _, _), s, t in
              zip(CONTROLS, [412, 377, 529, 301], [412, 789, 1318, 1619], strict=True)]
    hist = at_path(case(f, f"{a}/v2/runners/{SI_CARD}/history", headers=_h(rng, **b)),
                   SI_CARD, UID)
    sla, slo = fix(RACE_START)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "yearOfBirth": L(1991, BIRTH), "sex": L("F", GENDER),
            "class": L("W35", W35), "si": L(SI_CARD, UID), "club": CLUB}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.2f},{LON:.2f}", COARSE), "radiusKm": "150", "from": "2025-12-01"}),
        case(f, f"{a}/v2/events/{e}/entries", headers=_h(rng, **b), body={
            "id": entry, "class": L("W35", W35), "si": L(SI_CARD, UID), "rentSi": False,
            "fee": L("28.00", BUY), "startPref": "late",
            "emergency": {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)}}),
        case(f, f"{a}/v2/entries/{entry}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("28.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/events/{e}/startlist", headers=_h(rng, **b), query={"class": "M21E"}),
        case(f, f"{a}/v2/events/{e}/courses/W35/controls", headers=_h(rng, **b)),
        case(f, f"{a}/v2/races/{e}/splits", headers=_h(rng, **b), body={
            "si": L(SI_CARD, UID), "start": 1765379200, "splits": L(splits, FIT),
            "controls": [{"code": c, "lat": la, "lon": lo} for c, la, lo in CONTROLS]}),
        case(f, f"{a}/v2/races/{e}/track", gz=True, headers=_h(rng, **b), body={
            "si": L(SI_CARD, UID), "points": pts,
            "hr": L([142, 155, 163, 171, 168, 174, 177, 181], FIT), "device": "watch"}),
        raw(f, f"{a}/v2/races/{e}/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/races/{e}/result", headers=_h(rng, **b), body={
            "si": L(SI_CARD, UID), "timeS": L(1684, FIT), "status": "OK", "place": 7,
            "finish": {"lat": L(FINISH[0], PRECISE), "lon": L(FINISH[1], PRECISE)}}),
        multipart(f, f"{a}/v2/races/{e}/map", [
            ("photo", "map_route.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"course": "W35", "scale": "1:10000"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v2/events/{e}/comments", headers=_h(rng, **b), body={
            "text": L("Lost four minutes at 52, the marsh was dry so I overran it", TEXT)}),
        case(f, f"{a}/v2/results", headers=_h(rng, **b), query={"si": L(SI_CARD, UID),
                                                              "season": "2025"}),
        hist,
        case(f, f"{a}/v2/import/watch", headers=_h(rng, **b), body={
            "restingHr": L(52, FIT), "vo2max": L(46.1, FIT), "weightKg": L(59.4, FIT),
            "source": "health-connect"}),
        case(f, f"{a}/v2/events/{e}/safety", fmt="form", headers=_h(rng, **b), body={
            "si": L(SI_CARD, UID), "finished": "1", "phone": L(E164, TEL),
            "startLat": sla, "startLon": slo}),
        case(f, f"{a}/v2/clubs/join", fmt="form", headers=_h(rng, **b), body={
            "club": "hvok", "member": L(SI_CARD, UID)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("race_finished", 1, controls=4), ev("track_uploaded", 2),
                ev("screen", 3, screen=L("SplitAnalysis", USAGE))]}),
        case(f, f"{a}/v2/entries", headers=_h(rng, how="upper"),
             cookies={"rp_session": L(opaque(rng, "", 40), CRED)}),
    ]


def rajapunkt_sdks() -> list[Case]:
    rng = random.Random(8052)
    trk = [(41.245108, -74.111452), (41.246913, -74.113772)]  # her fixes on the course
    return [
        km_batch(APP, rng, [("Race Finished", {"timeS": L(1684, FIT)}),
                            ("Splits Viewed", {})], at=FINISH, nd=3),
        km_identify(APP, rng, {"club": CLUB, "class": L("W35", W35)}),
        rv_install(APP, rng, first=True),
        rv_event(APP, rng, "entry_paid", {"event": EVENT["id"]}, revenue=28.0),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, region="NY", city="Tuxedo"),
        vk_crash(APP, rng, ("java.lang.IllegalArgumentException", "punch before start"),
                 [vk_crumb("nav", "Race -> Splits"), vk_crumb("log", "si read", {"n": 4})],
                 screen="SplitsActivity"),
        ly_eval(APP, rng, {"liveTracking": True}),
        tk_register(APP, rng, tags={"club": "hvok"}),
        kk_telemetry(APP, rng, trk, PRECISE),
        kk_route(APP, rng, [((LAT, LON), PRECISE), (EVENT["centre"], None)], profile="driving"),
    ]
