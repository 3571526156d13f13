"""Smart-glasses navigation app for blind users "Lumastride": sign-up with her vision status, a
log-in, ``/me``, pairing the glasses, her home saved, a place search, a walking route to the
library, the navigation heartbeat (protobuf) and trace (msgpack), camera frames for a scene
description, an ambient-audio clip with the obstacles it went with, the
obstacle log, head tracking, a spoken question, a friend's face enrolled, a sighted volunteer's
video call, a live location shared, an emergency contact, transit stops, push, events,
the trips by a cookie GET and a Play subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families24_kit import claims, head
from eval_families37_kit import fix, home
from eval_families53_kit import (
    FRIEND,
    GLASSES,
    LIBRARY,
    WALK_END,
    head_imu,
    obj,
    obstacles,
    walk,
)
from eval_families53_sdk import ck_event, ck_session, mp_batch, sk_crash, sk_crumb, sk_native
from eval_families53_svc import ak_upload, bz_register, rt_reverse, rt_route, rt_telemetry, tg_eval
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lumastride", "Lumastride", "com.example.lumastride", "2.8.0",
          "https://api.lumastride.example.com")
IID = "X-LS-Device"
PW = "Juniper-Harness-8"
MS = f"{MED}|{SENS}"  # the cause of her blindness: a condition and a disability


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def lumastride() -> list[Case]:
    rng = random.Random(5331)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    nav = obj(rng, "nav", 10)
    pts = walk(rng, 8)
    mid = (pts[3]["lat"].value, pts[3]["lon"].value)
    lab: dict[str, str] = {}
    beat = pb([(1, nav), (2, [(1, L(mid[0], PRECISE)), (2, L(mid[1], PRECISE))]), (3, 212),
               (4, 1.3), (5, GLASSES["battery"])], "", lab)
    fla, flo = fix(mid, 5)
    ela, elo = fix(WALK_END, 4)
    host = f"candidate:1 1 udp 2122260223 {LOCAL_IP} 50412 typ host generation 0"
    srflx = (f"candidate:2 1 udp 1686052607 {PUBLIC_IP} 50412 typ srflx raddr 0.0.0.0 "
             "rport 0 generation 0")
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL),
            "vision": {"status": L("blind", SENS), "cause": L("retinitis pigmentosa", MS),
                       "lightPerception": L(True, SENS)},
            "mobilityAid": L("guide dog", SENS), "screenReader": L("TalkBack", SENS)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/glasses/pair", headers=_h(rng, **b), body={
            "serial": GLASSES["serial"], "ble": GLASSES["ble"], "firmware": GLASSES["fw"],
            "model": GLASSES["model"], "battery": GLASSES["battery"],
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/places", headers=_h(rng, **b), body={
            "label": "Home", "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "lat": home(6)[0], "lon": home(6)[1], "entrance": "left of the awning"}),
        case(f, f"{a}/v1/places/search", headers=_h(rng, **b), query={
            "q": L("library fifth avenue", SEARCH), "near": L(f"{LAT:.4f},{LON:.4f}", PRECISE)}),
        case(f, f"{a}/v1/routes", headers=_h(rng, **b), body={
            "origin": {"lat": home(6)[0], "lon": home(6)[1]},
            "destination": {"name": LIBRARY["name"], "lat": LIBRARY["lat"],
                            "lon": LIBRARY["lon"]},
            "mode": "walk", "avoid": ["stairs", "construction"], "paceMps": 1.1}),
        raw(f, f"{a}/v1/nav/{nav}/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, how="none", **b)),
        case(f, f"{a}/v1/nav/{nav}/trace", fmt="msgpack", headers=_h(rng, how="none", **b),
             body={"fixes": pts, "steps": 1412}),
        multipart(f, f"{a}/v1/vision/describe", [
            ("frame", "frame.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "lat": fla, "lon": flo, "heading": 214,
                "prompt": L("What is in front of me, is the crossing clear?", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/obstacles/audio", [
            ("audio", "street.wav", "audio/wav", L(WAV + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"obstacles": obstacles(rng, 3),
                                                "lat": fla, "lon": flo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/obstacles/log", gz=True, headers=_h(rng, **b), body={
            "nav": nav, "glasses": GLASSES["serial"], "obstacles": obstacles(rng, 6),
            "alertsSpoken": L(9, USAGE)}),
        case(f, f"{a}/v1/head-tracking", gz=True, headers=_h(rng, **b), body={
            "nav": nav, "hz": 50, "rows": L(head_imu(rng, 40), MOTION)}),
        multipart(f, f"{a}/v1/assistant/ask", [
            ("audio", "ask.m4a", "audio/mp4", L(M4A + b"\x64", MEDIA)),
            ("meta", None, "application/json", {
                "transcript": L("Where is the nearest pharmacy that is open now", SEARCH),
                "lang": L("en-US", DEV)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/faces", headers=_h(rng, **b), body={
            "name": L(FRIEND[0], NAMEC), "consentConfirmed": True, "model": "arcface-r50",
            "embedding": L([round(rng.gauss(0, 0.09), 4) for _ in range(128)], FACE)}),
        case(f, f"{a}/v1/volunteer/calls", headers=_h(rng, **b), body={
            "lang": L("en", DEV), "topic": "reading mail", "lat": ela, "lon": elo,
            "ice": [{"candidate": L(host, DEV), "sdpMid": "0"},
                    {"candidate": L(srflx, IPLOC), "sdpMid": "0"}]}),
        case(f, f"{a}/v1/share/live", headers=_h(rng, **b), body={
            "to": {"name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL)},
            "lat": fla, "lon": flo, "until": "2025-12-09T19:30:00-05:00"}),
        case(f, f"{a}/v1/emergency-contact", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL),
            "relation": "neighbour"}),
        case(f, f"{a}/v1/transit/stops", headers=_h(rng, **b), query={
            "ll": L(f"{WALK_END[0]:.5f},{WALK_END[1]:.5f}", PRECISE), "radius": "300"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("route_started", 1), ev("scene_described", 2, latencyMs=840),
                ev("screen", 3, screen=L("Navigate", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="upper"),
             cookies={"ls_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/billing/play", fmt="form", headers=_h(rng, **b), body={
            "productId": L("lumastride_monthly", BUY),
            "orderId": L("GPA.3318-2201-9954-41207", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def lumastride_sdks() -> list[Case]:
    rng = random.Random(5332)
    fixes = [(p["lat"].value, p["lon"].value) for p in walk(rng, 3)]
    return [
        mp_batch(APP, rng, [("Route Started", {"mode": "walk"}),
                            ("Scene Described", {"latency_ms": 840})],
                 screen="Navigate", at=(LAT, LON), nd=3),
        ck_session(APP, rng, first=True),
        ck_event(APP, rng, "v7b1lm", "subscribe", {"plan": "monthly"}, revenue=14.99),
        sk_crash(APP, rng, ("java.lang.IllegalStateException", "camera session closed"),
                 [sk_crumb("nav", "Home -> Navigate"),
                  sk_crumb("log", "glasses link", {"serial": GLASSES["serial"], "rssi": -61})],
                 screen="NavigateActivity"),
        sk_native(APP, rng, "libdepth.so"),
        tg_eval(APP, rng, {"visionStatus": L("blind", SENS), "glasses": "G2"}),
        bz_register(APP, rng, tags={"guide_dog": L("yes", SENS)}),
        rt_route(APP, rng, [((round(LAT, 6), round(LON, 6)), PRECISE),
                            ((LIBRARY["lat"], LIBRARY["lon"]), None)]),
        rt_telemetry(APP, rng, fixes, PRECISE),
        rt_reverse(APP, rng, WALK_END, PRECISE),
        ak_upload(APP, rng, L(JPEG + b"\x65", MEDIA), "hinge.jpg", "image/jpeg"),
    ]
