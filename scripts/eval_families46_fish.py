"""Fishing log app "Reelnotch" (camelCase API): sign-up, a form log-in, ``/me``, the angler
profile with her marine fishing registry number and its photo, her boat, catches with a photo
and the spot's coordinates, an offline catch sync (msgpack), a saved secret spot, spots near her,
tides by station and a forecast by her spot in the path, a trip with a float plan, the trip's
track (protobuf, a nested fix), regulations, a tournament entry, a tackle order, a post, linking
the fish finder over its own Wi-Fi, a weather alert, push, events and the logbook by a
cookie-authenticated GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families46_kit import BOAT, FINDER, FISH_LICENCE, MARINA, SPOTS, STATION, fix, obj
from eval_families46_sdk import (
    ar_event,
    ar_session,
    bh_bid,
    bh_notice,
    cp_crash,
    cp_crumb,
    cs_batch,
    cs_identify,
)
from eval_families46_svc import pm_register, pq_card, tf_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("reelnotch", "Reelnotch", "com.example.reelnotch", "8.1.5",
          "https://api.reelnotch.example.com")
IID = "X-Reelnotch-Install"
PW = "Striper&Tide2025"
HANDLE = "jane_casts_li"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _spot(i: int, nd: int = 6) -> tuple[L, L]:
    return fix((SPOTS[i][1], SPOTS[i][2]), nd)


def reelnotch() -> list[Case]:
    rng = random.Random(4661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    trip, catch = obj(rng, "trp", 10), obj(rng, "ct", 10)
    c0, c1, c2 = _spot(0), _spot(1, 5), _spot(2, 5)
    seg = f"{SPOTS[1][1]:.3f},{SPOTS[1][2]:.3f}"
    lab: dict[str, str] = {}
    track = pb([(1, trip), (2, L(USER_ID, UID)),
                (3, [(1, L(40.921447, PRECISE)), (2, L(-73.338120, PRECISE))]),
                (4, 18.5), (5, 312)], "", lab)
    return [
        case(f, f"{a}/v2/auth/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "username": L(HANDLE, UID),
            "homeState": L("NY", COARSE), "newsletter": True}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/angler", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "phone": L(DASHED, TEL), "licence": {
                "number": L(FISH_LICENCE, NATID), "state": L("NY", COARSE),
                "type": "marine registry", "expires": "2026-12-31"}}),
        multipart(f, f"{a}/v2/licence/photo", [
            ("photo", "licence.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"number": L(FISH_LICENCE, NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/boats", headers=_h(rng, **b), body={
            **BOAT, "homeMarina": MARINA["id"], "owner": L(USER_ID, UID)}),
        multipart(f, f"{a}/v2/catches", [
            ("photo", "bass.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("catch", None, "application/json", {
                "catchId": catch, "species": "striped bass", "lengthIn": 31, "weightLb": 12.4,
                "lat": c0[0], "lon": c0[1], "spotName": L(SPOTS[0][0], TEXT),
                "released": True, "waterTempF": 54.2, "bait": "bucktail", "tide": "outgoing"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/catches/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "catches": [{"id": obj(rng, "ct", 10), "species": s, "lat": p[0], "lon": p[1]}
                        for s, p in (("bluefish", c1), ("fluke", c2))], "offline": True}),
        case(f, f"{a}/v2/spots", headers=_h(rng, **b), body={
            "name": L(SPOTS[1][0], TEXT), "lat": L(f"{SPOTS[1][1]:.5f}", PRECISE),
            "lon": L(f"{SPOTS[1][2]:.5f}", PRECISE), "private": True, "depthFt": 34,
            "notes": L("Fish the last two hours of the outgoing, anchor up-current", TEXT)}),
        case(f, f"{a}/v2/spots/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{SPOTS[0][1]:.2f},{SPOTS[0][2]:.2f}", COARSE), "radiusKm": "15"}),
        case(f, f"{a}/v2/tides/{STATION}", query={"date": "2025-12-13"}, headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/forecast/{seg}", query={"hours": "48"},
                     headers=_h(rng, **b)), seg, PRECISE),
        case(f, f"{a}/v2/trips", headers=_h(rng, **b), body={
            "tripId": trip, "boat": BOAT["name"], "crew": others(rng, 1),
            "departFrom": MARINA["id"], "returnBy": "2025-12-13T16:00:00-05:00",
            "floatPlan": {"name": L("Tom Reyes", NAMEC), "phone": L("+15550110042", TEL),
                          "notifyIfLate": True}}),
        raw(f, f"{a}/v2/trips/{trip}/track", track, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/regulations", headers=_h(rng, **b), query={
            "species": "striped_bass", "state": L("NY", COARSE), "waters": "marine"}),
        case(f, f"{a}/v2/tournaments/trn_li_fall25/entries", headers=_h(rng, **b), body={
            "fee": L("75.00", BUY), "team": "Sea Lark Crew", "boat": BOAT["reg"],
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "BT-1oz-WHT", "qty": 3}, {"sku": "LDR-40", "qty": 1}],
            "total": L("42.85", BUY), "shipTo": {
                "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/social/posts", headers=_h(rng, **b), body={
            "catchId": catch, "hideLocation": True,
            "caption": L("31 inch striper on a white bucktail, released her to fight again",
                         TEXT)}),
        case(f, f"{a}/v2/finder/link", headers=_h(rng, **b), body={
            "finderSsid": FINDER["ssid"], "finderIp": FINDER["ip"],
            "phoneIp": L("192.168.4.2", DEV), "finderModel": "Sonarix 7 CHIRP"}),
        case(f, f"{a}/v2/weather/alerts", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{SPOTS[1][1]:.3f}", PRECISE), "lng": L(f"{SPOTS[1][2]:.3f}", PRECISE),
            "types": "small_craft,gale", "quietHours": "22-6"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("catch_logged", 1, species="striped bass"), ev("spot_saved", 2),
                ev("screen", 3, screen=L("Logbook", USAGE))]}),
        case(f, f"{a}/v2/logbook", query={"year": "2025"}, headers=_h(rng, how="none"),
             cookies={"rn_session": L(opaque(rng, "", 40), CRED)}),
    ]



def reelnotch_sdks() -> list[Case]:
    rng = random.Random(4662)
    s0 = (SPOTS[0][1], SPOTS[0][2])
    return [
        cs_batch(APP, rng, [("Catch Logged", {"species": "striped bass", "released": True}),
                            ("Spot Saved", {"private": True})], at=s0, nd=3),
        cs_identify(APP, rng, {"homeState": L("NY", COARSE), "boatOwner": True,
                               "name": L(NAME, NAMEC)}),
        ar_session(APP, rng, first=True),
        ar_event(APP, rng, "tournament_entry", {"tournament": "trn_li_fall25"}, revenue=75.0),
        bh_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(SPOTS[2][1], SPOTS[2][2]),
               nd=3, keywords="fishing,boating"),
        bh_notice(APP, rng, price="0.64"),
        cp_crash(APP, rng, ("java.net.SocketTimeoutException", "finder 192.168.4.1 timeout"),
                 [cp_crumb("navigation", "Trip -> Finder"),
                  cp_crumb("http", "GET", {"url": f"http://{FINDER['ip']}/api/sonar"})],
                 screen="FinderActivity"),
        pm_register(APP, rng, at=s0, nd=2, tags={"state": "NY"}),
        tf_route(APP, rng, [((MARINA["lat"], MARINA["lon"]), None),
                            ((SPOTS[1][1], SPOTS[1][2]), PRECISE)], mode="boat"),
        pq_card(APP, rng),
    ]
