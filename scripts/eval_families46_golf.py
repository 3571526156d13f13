"""Golf swing analyser "Fairloft" (camelCase API): sign-up, an OAuth password grant, ``/me`` with a
JWT carrying her association number, the golfer profile (height, handicap), pairing the wrist
sensor, swings with the wrist-motion window (gzip JSON) and a protobuf swing summary (her fix on
the range, packed gyro floats), a swing video and the pose track from it, a round started on a
course, her shots (msgpack), scores (a form), the round's steps and heart rate, a course search,
a hole map by the course in the path, a tee-time booking with a guest, an invitation, sharing a
swing with her coach, a post, a Health Connect import, a Play subscription, push, events and
stats by a cookie-authenticated GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families15_kit import pose
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
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
from eval_families46_kit import COURSE, GA_NUMBER, RANGE_FIX, SENSOR, SHOTS, fix, obj, wrist
from eval_families46_sdk import (
    ar_event,
    ar_session,
    bh_bid,
    bh_notice,
    cp_crash,
    cp_crumb,
    cs_batch,
    cs_beacon,
)
from eval_families46_svc import pm_register, pq_card, tf_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fairloft", "Fairloft", "com.example.fairloft", "6.3.0",
          "https://api.fairloft.example.com")
IID = "X-Fairloft-Device"
PW = "Bunker&Birdie44"
HANDLE = "janedoe_golfs"
COACH = ("Coach Dana Rivera", "dana.rivera.golf@example.net")


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _shot(rng: random.Random, i: int) -> dict[str, Any]:
    la, lo = fix(SHOTS[i], 6)
    return {"hole": 1, "stroke": i + 1, "lat": la, "lon": lo,
            "club": ["D", "6i", "PW", "P"][i], "lie": ["tee", "fairway", "rough", "green"][i],
            "t": 1765292400 + 240 * i}


def fairloft() -> list[Case]:
    rng = random.Random(4631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ghin=L(GA_NUMBER, UID)))}
    swing, rnd = obj(rng, "sw", 10), obj(rng, "rd", 10)
    rla, rlo = fix(RANGE_FIX, 6)
    gyro = [round(rng.gauss(0, 300), 1) for _ in range(48)]
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, swing),
                  (3, [(1, L(round(RANGE_FIX[0], 5), PRECISE)),
                       (2, L(round(RANGE_FIX[1], 5), PRECISE))]),
                  (4, "7i"), (5, 78.4), (6, L(struct.pack(f"<{len(gyro)}f", *gyro), MOTION))],
                 "", lab)
    mates = others(rng, 2)
    sla, slo = fix(SHOTS[0], 5)
    return [
        case(f, f"{a}/v4/auth/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "birthYear": L(1991, BIRTH), "gender": L("female", GENDER), "marketingOptIn": False}),
        case(f, f"{a}/v4/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "fairloft-android", "scope": "profile swings rounds"}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/golfer", headers=_h(rng, **b), body={
            "heightCm": L(168, FIT), "handedness": "right", "handicapIndex": 18.4,
            "associationNumber": L(GA_NUMBER, UID), "homeCourse": COURSE["id"],
            "goals": ["break 90", "fix slice"]}),
        case(f, f"{a}/v4/sensor/pair", headers=_h(rng, **b), body={
            "serial": SENSOR["serial"], "ble": SENSOR["ble"], "firmware": SENSOR["fw"],
            "model": SENSOR["model"], "wrist": "left", "owner": L(USER_ID, UID)}),
        case(f, f"{a}/v4/swings", gz=True, headers=_h(rng, **b), body={
            "swingId": swing, "club": "7i", "window": L(wrist(rng, 40), MOTION),
            "clubheadSpeedMph": 78.4, "tempo": 3.1, "faceAngleDeg": 2.4,
            "position": {"lat": rla, "lon": rlo, "acc": 6}, "sensor": SENSOR["serial"]}),
        raw(f, f"{a}/v4/swings/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v4/swings/{swing}/video", [
            ("video", "swing.mp4", "video/mp4", L(MP4 + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"fps": 120, "view": "down-the-line",
                                                "durationMs": 2800})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/swings/{swing}/pose", headers=_h(rng, **b), body={
            "model": "pose-17", "frames": L(pose(rng, 6), MOTION), "fps": 120,
            "phases": {"top": 0.92, "impact": 1.21}}),
        case(f, f"{a}/v4/rounds", headers=_h(rng, **b), body={
            "roundId": rnd, "courseId": COURSE["id"], "tees": "white",
            "players": [L(USER_ID, UID), *mates], "startLat": sla, "startLon": slo,
            "teeTime": "2025-12-06T08:10:00-05:00"}),
        case(f, f"{a}/v4/rounds/{rnd}/shots", fmt="msgpack", headers=_h(rng, **b), body={
            "roundId": rnd, "shots": [_shot(rng, i) for i in range(4)],
            "pin": {"lat": COURSE["holes"][0]["pin"][0], "lon": COURSE["holes"][0]["pin"][1]}}),
        case(f, f"{a}/v4/rounds/{rnd}/scores", fmt="form", headers=_h(rng, **b), body={
            "hole": "1", "strokes": "5", "putts": "2", "fairway": "hit", "gir": "false"}),
        case(f, f"{a}/v4/rounds/{rnd}/finish", headers=_h(rng, **b), body={
            "score": 92, "differential": 17.9, "steps": L(11240, FIT),
            "distanceKm": L(7.8, FIT), "activeKcal": L(1180, FIT), "avgHeartRate": L(104, FIT),
            "durationMin": L(262, FIT)}),
        case(f, f"{a}/v4/courses/search", headers=_h(rng, **b), query={
            "q": L("marsh hollow links", SEARCH), "near": L("40.74,-73.99", COARSE),
            "limit": "10"}),
        case(f, f"{a}/v4/courses/{COURSE['id']}/holes", headers=_h(rng, **b)),
        case(f, f"{a}/v4/teetimes", headers=_h(rng, **b), body={
            "courseId": COURSE["id"], "date": "2025-12-13", "time": "09:40", "players": 2,
            "price": L("89.00", BUY), "guest": {"name": L("Sam Patel", NAMEC)},
            "cart": True, "coursePhone": COURSE["phone"]}),
        case(f, f"{a}/v4/friends/invite", fmt="form", headers=_h(rng, **b), body={
            "phone": L("+15550163390", TEL), "name": L("Lucía Fernández", NAMEC),
            "message": L("Join me on Fairloft, we can compare swings!", TEXT)}),
        case(f, f"{a}/v4/swings/{swing}/share", headers=_h(rng, **b), body={
            "coachName": L(COACH[0], NAMEC), "coachEmail": L(COACH[1], MAIL),
            "note": L("Still coming over the top on the 7 iron, see frame 40", TEXT)}),
        multipart(f, f"{a}/v4/feed/posts", [
            ("photo", "first_birdie.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("post", None, "application/json", {
                "caption": L("First birdie at Marsh Hollow! Hole 1, 12 ft putt", TEXT),
                "courseId": COURSE["id"], "visibility": "friends"})], headers=_h(rng, **b)),
        case(f, f"{a}/v4/health/import", headers=_h(rng, **b), body={
            "source": "health_connect", "days": [
                {"date": "2025-12-06", "steps": L(14102, FIT), "restingHr": L(61, FIT)},
                {"date": "2025-12-07", "steps": L(6630, FIT), "restingHr": L(63, FIT)}]}),
        case(f, f"{a}/v4/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("fairloft_pro_annual", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3391-7720-4418-50912", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("swing_recorded", 1, club="7i"), ev("round_finished", 2, holes=18),
                ev("screen", 3, screen=L("SwingReplay", USAGE))]}),
        case(f, f"{a}/v4/stats", query={"season": "2025"}, headers=_h(rng, how="none"),
             cookies={"fl_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def fairloft_sdks() -> list[Case]:
    rng = random.Random(4632)
    return [
        cs_batch(APP, rng, [("Swing Recorded", {"club": "7i", "speed": 78.4}),
                            ("Round Started", {"course": COURSE["id"]})], at=RANGE_FIX, nd=4),
        cs_beacon(APP, rng, "Paywall Viewed", {"plan": "pro_annual"}),
        ar_session(APP, rng, first=True),
        ar_event(APP, rng, "subscribe", {"plan": "pro_annual"}, revenue=79.99),
        bh_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920,
                                    "protocols": [2, 3], "minduration": 5, "maxduration": 30}},
               at=SHOTS[0], nd=3, yob=1991, gender="F", keywords="golf,sports,outdoors"),
        bh_notice(APP, rng, price="1.42"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "BLE characteristic not found"),
                 [cp_crumb("ble", "connect", {"serial": SENSOR["serial"], "rssi": -71}),
                  cp_crumb("navigation", "Range -> Capture")], screen="CaptureActivity"),
        pm_register(APP, rng, tags={"plan": "pro"}, at=RANGE_FIX, nd=2),
        pq_card(APP, rng, email=True),
        tf_telemetry(APP, rng, [SHOTS[1], SHOTS[2]], PRECISE),
    ]

