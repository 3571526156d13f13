"""Northern-lights alert app "Auroravaka": an account, a log-in, ``/me``, an alert zone around her
flat, the forecast for her area (2 decimals in the query, 4 in the path), a sighting with a
photo and its place, a reaction, viewpoints near her, a chase planned and shared live (msgpack),
a comment, an avatar, a background ping (protobuf, her fix as nested doubles), a tour search,
settings, an alert opened, a sighting shared with her sister, a Play subscription, push, events
and the feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families77_kit import RVK_AT, SISTER, VIEW_FIX, fix, obj
from eval_families77_sdk import bh_bid, hv_crash, hv_crumb, lt_beacon, lt_track, sf_link, sf_session
from eval_families77_svc import hn_register, kf_ping, kf_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("auroravaka", "Auroravaka", "com.example.auroravaka", "2.9.0",
          "https://api.auroravaka.example.com")
IID = "X-Vaka-Device"
PW = "Kp5-Corona-Thingvellir"
SPOT = {"id": "spot_118", "name": "Lake viewpoint north", "lat": 64.26001, "lon": -21.09012}
ROAD_FIX = (64.201744, -21.512907)  # her phone on the road to the viewpoint


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def auroravaka() -> list[Case]:
    rng = random.Random(7731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="pro"))}
    b = {"auth": "bearer"}
    sighting = obj(rng, "sgt", 10)
    seg = f"{RVK_AT[0]:.4f},{RVK_AT[1]:.4f}"
    point = case(f, f"{a}/v2/forecast/point/{seg}", headers=_h(rng, **b),
                 query={"hours": "48"})
    vla, vlo = fix(VIEW_FIX, 5)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, [(1, L(RVK_AT[0], PRECISE)), (2, L(RVK_AT[1], PRECISE)),
                                          (3, 14.0)]),
               (3, L(41, DEV)), (4, 1), (5, 1768415100)], "", lab)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L("Jane D.", NAMEC),
            "units": "metric", "newsletter": False}),
        case(f, f"{a}/v2/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/alerts/subscriptions", headers=_h(rng, **b), body={
            "label": "Home", "center": dict(zip(("lat", "lon"), fix(RVK_AT, 4), strict=True)),
            "radiusKm": 80, "kpMin": 4, "cloudMaxPct": 40,
            "quiet": {"from": "01:00", "to": "07:00"}}),
        case(f, f"{a}/v2/forecast", headers=_h(rng, **b), query={
            "lat": L(f"{RVK_AT[0]:.2f}", COARSE), "lon": L(f"{RVK_AT[1]:.2f}", COARSE),
            "model": "ovation"}),
        at_path(point, seg, PRECISE),
        multipart(f, f"{a}/v2/sightings", [
            ("photo", "aurora_0114.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("data", None, "application/json", {
                "lat": vla, "lon": vlo, "takenAt": "2026-01-14T22:41:10Z",
                "caption": L("Green corona dancing overhead, -9°C and worth it", TEXT),
                "camera": L("Pixel 8", DEV), "exposureS": 8, "iso": 1600, "kpAtTime": 5.3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sightings/{obj(rng, 'sgt', 10)}/reactions", headers=_h(rng, **b),
             body={"kind": "wow"}),
        case(f, f"{a}/v2/spots", headers=_h(rng, **b), query={
            "near": L(f"{RVK_AT[0]:.3f},{RVK_AT[1]:.3f}", PRECISE), "maxKm": "60",
            "dark": "true"}),
        case(f, f"{a}/v2/chases", headers=_h(rng, **b), body={
            "spot": SPOT["id"], "spotPoint": [SPOT["lat"], SPOT["lon"]],
            "from": dict(zip(("lat", "lon"), fix(RVK_AT, 5), strict=True)),
            "depart": "2026-01-14T21:00:00Z", "seatsOffered": 2,
            "note": L("Leaving at 21:00, room for two, bring a thermos", TEXT)}),
        case(f, f"{a}/v2/chases/{obj(rng, 'ch', 8)}/live", fmt="msgpack", headers=_h(rng, **b),
             body={"lat": L(round(ROAD_FIX[0], 5), PRECISE), "lon": L(round(ROAD_FIX[1], 5),
                                                                       PRECISE),
                   "speedKmh": 72, "heading": 55, "sharedWith": others(rng, 2, "av_")}),
        case(f, f"{a}/v2/comments", headers=_h(rng, **b), body={
            "sighting": sighting, "text": L("Was there too! Best show this winter", TEXT)}),
        multipart(f, f"{a}/v2/profile/avatar", [
            ("avatar", "me.jpg", "image/jpeg", L(JPEG + b"\x5b", MEDIA))], headers=_h(rng, **b)),
        raw(f, f"{a}/v2/background/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tours/search", headers=_h(rng, **b), query={
            "q": L("northern lights super jeep tour", SEARCH), "date": "2026-01-16"}),
        case(f, f"{a}/v2/settings", fmt="form", headers=_h(rng, **b), body={
            "units": "metric", "kpAlerts": "1", "language": L("en", DEV),
            "tz": L("Atlantic/Reykjavik", DEV)}),
        case(f, f"{a}/v2/alerts/{obj(rng, 'alr', 10)}/opened", headers=_h(rng, **b), body={
            "action": L("alert_opened", USAGE), "openedAt": "2026-01-14T21:47:03Z"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "sighting": sighting, "recipientEmail": L(SISTER[2], MAIL),
            "message": L("Look what I saw last night!!", TEXT)}),
        case(f, f"{a}/v2/store/verify", headers=_h(rng, **b), body={
            "sku": L("aurora_pro_year", BUY), "orderId": L("GPA.3345-7781-0023-11842", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kp_alert_received", 1, kp=5.3), ev("sighting_posted", 2),
                ev("screen", 3, screen=L("SkyMap", USAGE))]}),
        case(f, f"{a}/v2/feed", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"av_session": L(opaque(rng, "", 48), CRED),
                      "av_device": L(INSTALL_ID, DID)}),
    ]


def auroravaka_sdks() -> list[Case]:
    rng = random.Random(7732)
    link = U("https://auroravaka.example.com/s", {"sighting": obj(rng, "sgt", 10),
                                                  "ref": L(USER_ID, UID)})
    inter = {"banner": {"w": 320, "h": 480, "pos": 7}, "instl": 1}
    return [
        lt_track(APP, rng, [("Forecast Viewed", {"kp": 5.3}),
                            ("Sighting Posted", {"photos": 1})], adid=True, at=RVK_AT, nd=3),
        lt_beacon(APP, rng, "Widget Refreshed", {"kp": 4.7}),
        sf_session(APP, rng, first=True),
        sf_link(APP, rng, link),
        bh_bid(APP, rng, inter, keywords="aurora,iceland,photography"),
        hv_crash(APP, rng, ("android.hardware.camera2.CameraAccessException",
                            "CAMERA_DISCONNECTED"),
                 [hv_crumb("navigation", "SkyMap -> Capture"),
                  hv_crumb("user", "shutter", {"exposureS": 8})], screen="CaptureActivity"),
        kf_reverse(APP, rng, VIEW_FIX, PRECISE, 5),
        kf_ping(APP, rng, VIEW_FIX, PRECISE),
        hn_register(APP, rng, at=RVK_AT, nd=2, tags={"kp_min": "4"}),
    ]
