"""Running-gait analysis app "Stridelens" (the phone on a tripod films her on a treadmill; an
on-device model sends pose keypoints): sign-up, a sign-in with an identity provider's token,
``/me``, a capture started, its keypoints (gzip JSON), the clip, a protobuf summary, the
assessment (pronation, foot strike), her injuries, shoe recommendations, a foot scan, an
order, running stores nearby, an imported run, the phone's IMU on a run (msgpack), a question to
the coach, a race goal, the report shared with her physiotherapist, the camera's calibration,
push, events, the plans by a cookie GET and a subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families15_kit import imu, pose
from eval_families16_kit import frame_times
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LINE1, LINE2, ZIP, App, ev, opaque, play_token
from eval_families21_kit import track
from eval_families24_kit import claims, head
from eval_families64_kit import PARK_AT, PHYSIO, SHOE_ORDER, STORE_SL, obj
from eval_families64_sdk import (
    bm_bid,
    bm_win,
    cq_crash,
    cq_crumb,
    ek_batch,
    ek_queue,
    rr_event,
    rr_session,
)
from eval_families64_svc import ab_route, ab_telemetry, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("stridelens", "Stridelens", "com.example.stridelens", "3.0.7",
          "https://api.stridelens.example.com")
IID = "X-Stridelens-Install"
PW = "Tempo-Run-4412"
IDP_SUB = "104882913377410928841"  # her account's subject at the identity provider (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def stridelens() -> list[Case]:
    rng = random.Random(6451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="pro"))}
    cap = obj(rng, "cap", 10)
    c = f"{a}/v1/captures/{cap}"
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.idp.example.com", "sub": L(IDP_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "stridelens-android",
               "iat": 1765300100}, "body", "id_token", acc)
    run = track(rng, 8, PARK_AT)
    for i, p in enumerate(run):
        p["alt"] = round(34.0 + 0.6 * i, 1)
    lab: dict[str, str] = {}
    summ = pb([(1, L(USER_ID, UID)), (2, cap), (3, [(1, L(174.0, FIT)), (2, L(238.0, FIT)),
                                                    (3, L(8.1, FIT)), (4, L(1.21, FIT))]),
               (4, "movenet-thunder-4"), (5, 1765312800)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "gender": L("female", GENDER),
            "heightCm": L(168, FIT), "weightKg": L(71.4, FIT), "shoeSizeUS": L(8.5, FIT),
            "weeklyKm": L(32, FIT), "experience": "intermediate"}),
        add(case(f, f"{a}/v1/auth/idp", fmt="form", headers=_h(rng), body={
            "grant_type": "id_token", "id_token": idt, "provider": "idp"}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/captures", headers=_h(rng, **b), body={
            "capture": cap, "treadmillKph": L(10.5, FIT), "inclinePct": 1, "cameraFps": 60,
            "resolution": "1920x1080", "mount": "floor_tripod", "distanceM": 2.5}),
        case(f, f"{c}/keypoints", gz=True, headers=_h(rng, **b), body={
            "fps": 60, "joints": 17, "model": "movenet-thunder-4",
            "frames": L(pose(rng, 24), MOTION), "frameTimesMs": frame_times(24, 60.0)}),
        multipart(f, f"{c}/video", [
            ("clip", "treadmill.mp4", "video/mp4", L(MP4 + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"durationS": 12.0, "fps": 60})],
            headers=_h(rng, **b)),
        raw(f, f"{c}/summary", summ, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{c}/assessment", headers=_h(rng, **b), body={
            "pronation": L("overpronation", FIT), "footStrike": L("heel", FIT),
            "asymmetryPct": L(6.2, FIT), "kneeValgusDeg": L(9.5, FIT),
            "overstride": L(True, FIT), "modelVersion": "gait-2025.11"}),
        case(f, f"{a}/v1/injuries", headers=_h(rng, **b), body={
            "history": [{"area": L("left plantar fascia", MED), "year": 2024,
                         "status": L("recurring", MED)}],
            "painNow": L(3, MED),
            "notes": L("Heel pain in the morning after long runs", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/shoes/recommendations", headers=_h(rng, **b), query={
            "q": L("stability shoe wide toe box", SEARCH),
            "pronation": L("overpronation", FIT), "width": L("wide", FIT), "budget": "160",
            "surface": "road"}),
        multipart(f, f"{a}/v1/feet/scan", [
            ("top", "foot_top.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("data", None, "application/json", {"footLengthMm": L(246, FIT),
                                                "archHeight": L("low", FIT),
                                                "reference": "A4"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(SHOE_ORDER, BUY), "items": [{"sku": "BRZ-STAB-9-W", "size": "8.5W",
                                                    "price": 154.95}],
            "total": L("163.93", BUY), "shipTo": {"name": L(NAME, NAMEC),
                                                  "line1": L(LINE1, ADDR),
                                                  "line2": L(LINE2, ADDR),
                                                  "zip": L(ZIP, COARSE)},
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/stores/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE), "radiusKm": "3"}),
        case(f, f"{a}/v1/runs/import", headers=_h(rng, **b), body={
            "source": "gpx", "points": run,
            "heartRate": L([142, 151, 156, 158, 161, 163, 160, 166], FIT),
            "distanceKm": L(6.2, FIT), "durationS": L(1985, FIT)}),
        case(f, f"{a}/v1/runs/{obj(rng, 'run', 10)}/imu", fmt="msgpack", headers=_h(rng, **b),
             body={"hz": 100, "placement": "armband", "samples": L(imu(rng, 40), MOTION)}),
        case(f, f"{a}/v1/coach/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("Is a 4 mm drop ok with my plantar fasciitis?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/goals", headers=_h(rng, **b), body={
            "race": "Harbor Half Marathon", "raceDate": "2026-03-15", "targetTime": "1:55:00"}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "toName": L(PHYSIO[0], NAMEC), "toEmail": L(PHYSIO[1], MAIL),
            "report": cap, "note": L("For our session on Friday", TEXT)}),
        case(f, f"{c}/calibration", headers=_h(rng, **b), body={
            "focalPx": 1412.5, "principal": [960, 540], "distanceM": 2.5, "lens": "main",
            "deviceModel": L("Pixel 8", DEV), "userHeightCm": L(168, FIT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("capture_done", 1, seconds=12), ev("shoe_viewed", 2, sku="BRZ-STAB-9-W"),
                ev("screen", 3, screen=L("GaitReport", USAGE))]}),
        case(f, f"{a}/v1/plans", headers=_h(rng, how="nodash"), cookies={
            "sl_sess": L(opaque(rng, "", 40), CRED), "sl_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("stridelens_pro_month", BUY), "price": L("9.99", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def stridelens_sdks() -> list[Case]:
    rng = random.Random(6452)
    return [
        ek_batch(APP, rng, [("Capture Completed", {"seconds": 12}),
                            ("Shoe Viewed", {"sku": "BRZ-STAB-9-W", "price": 154.95})],
                 at=PARK_AT, nd=2),
        ek_queue(APP, rng, [("Run Imported", {"km": L(6.2, FIT)}),
                            ("Assessment Viewed", {"pronation": L("overpronation", FIT)})]),
        rr_session(APP, rng, first=True),
        rr_event(APP, rng, "purchase", {"order": L(SHOE_ORDER, BUY)}, revenue=163.93,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=PARK_AT, nd=3, yob=1991,
               gender="F", keywords="running,marathon,shoes"),
        bm_win(APP, rng, "1.12"),
        cq_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "CAMERA_ERROR"),
                 [cq_crumb("navigation", "Home -> Capture"),
                  cq_crumb("state", "camera open", {"fps": 60})], screen="CaptureActivity"),
        ab_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((STORE_SL["lat"], STORE_SL["lon"]), None)]),
        ab_telemetry(APP, rng, [(40.781102, -73.966418), (40.780877, -73.966205)], PRECISE),
        tg_eval(APP, rng, {"pro": True, "cameraModel": "v4"}),
    ]
