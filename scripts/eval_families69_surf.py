"""Surf-forecast app "Swellkeel" with session logging: sign-up, a log-in, ``/me``, spots near her
(a ``lat,lon`` string), a spot's forecast, favourites, a session started on the beach with her
board, her track in the water (msgpack), the watch's heart rate (gzip), the session's end
(protobuf: waves, rides, distance, the last fix), a photo with a caption, a surf report, a cam
watched, a buddy invited and a session shared, a search, a board-volume calculator, a lesson
booked, alerts near home, a Play purchase check, push, events and the log by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
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
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, others
from eval_families69_kit import BEACH_FIX, BOARD, SPOT, SPOT2, WATCH, fix, heart, obj, surf
from eval_families69_sdk import (
    bt_bid,
    bt_notice,
    cv_crash,
    cv_crumb,
    rr_event,
    sl_batch,
    sl_pixel,
)
from eval_families69_svc import mw_reverse, mw_telemetry, nh_register, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, W, case

APP = App("swellkeel", "Swellkeel", "com.example.swellkeel", "7.3.2",
          "https://api.swellkeel.example.net")
IID = "Sk-Install"
PW = "Offshore~Wind19"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def swellkeel() -> list[Case]:
    rng = random.Random(6931)
    a, f = APP.api + "/v2", APP.fam
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), handle=L("janedsurfs", UID)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "ses", 12)
    bla, blo = fix(BEACH_FIX)
    track = surf(rng, 8)
    end = (track[-1]["lat"].value, track[-1]["lon"].value)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, sid), (3, L(14, FIT)), (4, L(19.5, FIT)),
                  (5, [(1, L(end[0], PRECISE)), (2, L(end[1], PRECISE))]),
                  (6, L(3.8, FIT)), (7, BOARD["id"]), (8, 1765297800)], "", lab)
    return [
        case(f, f"{a}/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "handle": L("janedsurfs", UID), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "homeBreak": SPOT["id"], "stance": "regular",
            "level": "intermediate"}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/spots/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{BEACH_FIX[0]:.3f},{BEACH_FIX[1]:.3f}", PRECISE), "radiusKm": "25"}),
        case(f, f"{a}/spots/{SPOT['id']}/forecast", headers=_h(rng, **b, extra={
            "X-SK-Client": W({"iid": L(INSTALL_ID, DID), "tz": L("America/New_York", DEV),
                              "units": "ft", "build": 7321}, "b64json")}), query={
            "days": "7", "units": "ft", "buoy": SPOT["buoy"]}),
        case(f, f"{a}/favorites", headers=_h(rng, **b), body={"spots": [
            {"id": SPOT["id"], "name": SPOT["name"], "lat": SPOT["lat"], "lon": SPOT["lon"]},
            {"id": SPOT2["id"], "name": SPOT2["name"], "lat": SPOT2["lat"],
             "lon": SPOT2["lon"]}], "alertMinFt": 3}),
        case(f, f"{a}/sessions", headers=_h(rng, **b), body={
            "id": sid, "spot": SPOT["id"], "start": {"lat": bla, "lon": blo, "acc": 6},
            "board": BOARD, "wetsuit": "4/3", "watch": WATCH["serial"],
            "watchBle": WATCH["ble"]}),
        case(f, f"{a}/sessions/{sid}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "points": track, "seq": 2, "source": "watch"}),
        case(f, f"{a}/sessions/{sid}/heart", gz=True, headers=_h(rng, **b), body={
            "bpm": L(heart(rng, 40), FIT), "intervalS": 60, "kcal": L(512, FIT),
            "watchFw": WATCH["fw"]}),
        raw(f, f"{a}/sessions/{sid}/end", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/sessions/{sid}/photos", [
            ("photo", "wave.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Glassy peelers at 90th before the wind turned", TEXT),
                "public": True})], headers=_h(rng, **b)),
        case(f, f"{a}/reports", headers=_h(rng, **b), body={
            "spot": SPOT["id"], "heightFt": "3-4", "crowd": "busy", "wind": "offshore",
            "text": L("Fun on the inside, sandbar shifted north of the jetty", TEXT)}),
        case(f, f"{a}/cams/cam_rock90/watch", headers=_h(rng, **b), body={
            "secondsWatched": L(312, USAGE), "quality": "720p", "stream": opaque(rng, "st", 10)}),
        case(f, f"{a}/buddies", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
            "message": L("Come out Saturday, dawn patrol!", TEXT)}),
        case(f, f"{a}/sessions/{sid}/share", fmt="form", headers=_h(rng, **b), body={
            "to": ",".join(others(rng, 2, "sk_")), "withTrack": "1"}),
        case(f, f"{a}/search", fmt="form", headers=_h(rng, **b), body={
            "q": L("ditch plains montauk", SEARCH), "type": "spot"}),
        case(f, f"{a}/tools/board-volume", headers=_h(rng, **b), body={
            "weightKg": L(64.2, FIT), "heightCm": L(168, FIT), "age": L(34, BIRTH),
            "level": "intermediate", "waves": "beach break"}),
        case(f, f"{a}/lessons/book", headers=_h(rng, **b), body={
            "instructor": "ins_2207", "date": "2025-12-20T08:00", "price": L("85.00", BUY),
            "emergencyContact": {"name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL)},
            "medical": L("Mild asthma, I carry an inhaler", f"{TEXT}|{MED}")}),
        case(f, f"{a}/alerts", headers=_h(rng, **b), body={
            "spots": [SPOT["id"]], "minFt": 3, "wind": "offshore",
            "home": {"lat": L(round(LAT, 2), COARSE), "lon": L(round(LON, 2), COARSE)}}),
        case(f, f"{a}/billing/google", headers=_h(rng, **b), body={
            "sku": L("swellkeel_pro_yearly", BUY), "orderId": L("GPA.3377-1029-5518-40217", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                          DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "u": L(USER_ID, UID), "events": [
                ev("session_end", 1, waves=14), ev("forecast_view", 2, spot=SPOT["id"]),
                ev("screen", 3, screen=L("SessionMap", USAGE))]}),
        case(f, f"{a}/sessions", headers=_h(rng, how="nodash"), query={"limit": "20"},
             cookies={"sk_auth": L(opaque(rng, "", 44), CRED)}),
    ]


def swellkeel_sdks() -> list[Case]:
    rng = random.Random(6932)
    t = surf(rng, 2)
    return [
        sl_batch(APP, rng, [("Session Ended", {"waves": L(14, FIT), "spot": SPOT["id"]}),
                            ("Cam Watched", {"seconds": L(312, USAGE)})], at=BEACH_FIX, nd=3),
        sl_pixel(APP, rng, "Forecast Viewed", {"spot": SPOT["id"], "days": 7}),
        rr_event(APP, rng, "purchase", {"product": "swellkeel_pro_yearly"}, revenue=59.99,
                 hashed=True),
        bt_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=BEACH_FIX, nd=3, yob=1991, gender="F"),
        bt_notice(APP, rng, "win"),
        cv_crash(APP, rng, ("java.lang.NullPointerException", "tide chart null"),
                 [cv_crumb("navigation", "Spot -> Tides"),
                  cv_crumb("http", "GET /v2/spots/spt_rock90/forecast", {"status": 200})],
                 screen="SpotActivity"),
        tg_eval(APP, rng, {"region": L("nyc-long-island", COARSE), "proTrial": False}),
        nh_register(APP, rng, at=BEACH_FIX, nd=2, tags={"spot": SPOT["id"]}),
        mw_reverse(APP, rng, BEACH_FIX, PRECISE, nd=5),
        mw_telemetry(APP, rng, [(p["lat"].value, p["lon"].value) for p in t], PRECISE),
    ]
