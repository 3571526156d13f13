"""Kite-surfing wind and session app "Gustline": sign-up, a log-in, ``/me``, the forecast, spots
near her, a wind station, a session started on the beach, its track (msgpack), a jump record
from the board sensor (protobuf, an accelerometer window), a jump with its IMU window, the
session's end and stats, a photo, a spot report, a buddy as emergency contact, a live-tracking
share, gear, pairing the board sensor, a subscription, a wind alert near home, injuries, push,
events and the logbook by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import JPEG, PEOPLE, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head
from eval_families71_kit import (
    BEACH_FIX,
    BOARD,
    BUY,
    CRED,
    DEV,
    DID,
    FIT,
    HW,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PRECISE,
    SPOTS,
    STATION,
    TEL,
    TEXT,
    UID,
    USAGE,
    board_imu,
    fix,
    obj,
    track,
)
from eval_families71_sdk import (
    ao_bid,
    ao_win,
    fl_crash,
    fl_crumb,
    gp_batch,
    gp_pixel,
    tr_event,
    tr_open,
)
from eval_families71_svc import at_reverse, at_tiles_telemetry, bq_register, fm_eval
from eval_payloads import EMAIL, INSTALL_ID, MAC, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("gustline", "Gustline", "com.example.gustline", "9.0.4",
          "https://api.gustline.example.net")
IID = "Gl-Install"
HANDLE = "janedoe_kites"  # her username (id.user)
PW = "Bowline&Gust44"
END_FIX = (40.580233, -73.807811)  # where she came ashore


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def gustline() -> list[Case]:
    rng = random.Random(7131)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    sess = obj(rng, "ks", 10)
    bla, blo = fix(BEACH_FIX)
    ela, elo = fix(END_FIX, 5)
    rla, rlo = fix((40.58275, -73.81402), 4)
    cla, clo = pos(2)
    win = board_imu(rng, 24)
    packed = b"".join(struct.pack("<fff", *r[1:]) for r in win[:12])
    lab: dict[str, str] = {}
    jump = pb([(1, L(USER_ID, UID)), (2, sess), (3, L(7.4, FIT)), (4, L(3.1, FIT)),
               (5, L(packed, MOTION)), (6, BOARD["serial"]), (7, 1765313211)], "", lab)
    return [
        case(f, f"{a}/api/v4/signup", headers=_h(rng), body={
            "username": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "name": L(NAME, NAMEC), "weightKg": L(61, FIT), "level": "intermediate",
            "homeSpot": "rockaway"}),
        case(f, f"{a}/api/v4/login", fmt="form", headers=_h(rng), body={
            "username": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v4/forecast", headers=_h(rng, **b), query={
            "spot": "rockaway", "hours": "48", "units": "kn", "model": "hrrr"}),
        case(f, f"{a}/api/v4/spots/nearby", headers=_h(rng, **b), query={
            "lat": L("40.742", PRECISE), "lon": L("-73.989", PRECISE), "radiusKm": "80"}),
        case(f, f"{a}/api/v4/stations/{STATION}/live", headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/sessions", headers=_h(rng, **b), body={
            "id": sess, "spot": "rockaway", "spotLat": SPOTS["rockaway"][0],
            "spotLon": SPOTS["rockaway"][1], "start": {"lat": bla, "lon": blo, "acc": 6},
            "kiteM2": 9, "board": "twintip 138", "waterTempC": 14.5}),
        case(f, f"{a}/api/v4/sessions/{sess}/track", fmt="msgpack", headers=_h(rng, **b),
             body={"points": track(rng, 6), "seq": 4}),
        raw(f, f"{a}/api/v4/sessions/{sess}/jumps/raw", jump, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/sessions/{sess}/jumps", headers=_h(rng, **b), body={
            "heightM": L(7.4, FIT), "airtimeS": L(3.1, FIT), "landing": "clean",
            "imu": L(win, MOTION), "hz": 50, "sensor": BOARD["serial"]}),
        case(f, f"{a}/api/v4/sessions/{sess}/end", headers=_h(rng, **b), body={
            "end": {"lat": ela, "lon": elo}, "distanceKm": L(21.6, FIT), "maxKn": L(27.3, FIT),
            "minutes": L(94, FIT), "kcal": L(612, FIT), "jumps": 11, "windAvgKn": 19}),
        multipart(f, f"{a}/api/v4/sessions/{sess}/media", [
            ("photo", "jump.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("First 7 m jump, finally landed it clean", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/spots/rockaway/reports", headers=_h(rng, **b), body={
            "text": L("Side-shore 18-22, seaweed at the launch, lifeguards gone", TEXT),
            "gustKn": 24, "lat": rla, "lon": rlo}),
        case(f, f"{a}/api/v4/safety/buddy", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "alertAfterMin": 30}),
        case(f, f"{a}/api/v4/live/share", fmt="form", headers=_h(rng, **b), body={
            "session": sess, "email": L(PEOPLE[0][2], MAIL), "hours": "3"}),
        case(f, f"{a}/api/v4/gear", fmt="form", headers=_h(rng, **b), body={
            "kite": "Vortex 9 2024", "kiteSerial": "VX9-24-118273", "bar": "Click 52",
            "stolen": "false"}),
        case(f, f"{a}/api/v4/sensors/pair", headers=_h(rng, **b), body={
            "sensorSerial": BOARD["serial"], "sensorBle": BOARD["ble"], "fw": BOARD["fw"],
            "phoneBt": L(MAC, HW), "phoneModel": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v4/billing/play", headers=_h(rng, **b), body={
            "productId": L("gustline_pro_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3377-0912-4471-20833", BUY)}),
        case(f, f"{a}/api/v4/alerts", headers=_h(rng, **b), body={
            "minKn": 16, "dirs": ["S", "SW"], "near": {"lat": cla, "lon": clo},
            "radiusKm": 60}),
        case(f, f"{a}/api/v4/profile/injuries", headers=_h(rng, **b), body={
            "injuries": [L("left knee ACL reconstruction 2023", MED)],
            "emergencyPhone": L(PHONE, TEL)}),
        case(f, f"{a}/api/v4/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v4/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("session_end", 1, minutes=94), ev("jump_detected", 2),
                ev("screen", 3, screen=L("SessionSummary", USAGE))]}),
        case(f, f"{a}/api/v4/logbook", headers=_h(rng, how="none"), cookies={
            "gl_session": L(opaque(rng, "", 40), CRED), "gl_install": L(INSTALL_ID, DID)}),
    ]


def gustline_sdks() -> list[Case]:
    rng = random.Random(7132)
    return [
        gp_batch(APP, rng, [("Session Ended", {"minutes": L(94, FIT), "spot": "rockaway"}),
                            ("Jump", {"height": L(7.4, FIT)})], at=BEACH_FIX, nd=2),
        gp_pixel(APP, rng, "Forecast Viewed", {"spot": "breezy"}),
        tr_open(APP, rng, first=True),
        tr_event(APP, rng, "subscribe", {"plan": L("gustline_pro_yearly", BUY)}, revenue=59.99),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=3, yob=1991,
               gender="F", keywords="kitesurf,wetsuit"),
        ao_win(APP, rng),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "gps provider lost"),
                 [fl_crumb("navigation", "Map -> Session"),
                  fl_crumb("log", "fix", {"acc": 48})], screen="SessionActivity"),
        fm_eval(APP, rng, {"jumpV3": True, "plan": "pro"}),
        bq_register(APP, rng, tags={"spot": "rockaway"}, at=BEACH_FIX, nd=2),
        at_reverse(APP, rng, END_FIX, PRECISE, nd=5),
        at_tiles_telemetry(APP, rng, [BEACH_FIX, (40.582101, -73.812377)], PRECISE),
    ]
