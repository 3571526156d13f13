"""Rowing-machine app "Catchdrive" with a chest heart-rate strap: sign-up with her body data, a
log-in, ``/me``, pairing the rower and the strap, a 2k test (the summary, its strokes and force
curves in msgpack, heart rate and RR intervals in gzip JSON, a live protobuf frame), a race, the
leaderboard around her, follows, a plan with a goal, a weigh-in, clubs near her, a shared photo, a
Health Connect import, a back strain, a Play subscription, push, events, feedback and the week's
stats by a cookie GET."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families65_kit import FIT, HANDLE, ROWER, STRAP, bpm, force, obj, rr, strokes
from eval_families65_sdk import (
    al_event,
    al_launch,
    fk_crash,
    fk_crumb,
    fk_session,
    sb_batch,
    sb_queue,
)
from eval_families65_svc import pl_register, pw_confirm, px_check, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("catchdrive", "Catchdrive", "com.example.catchdrive", "2.14.0",
          "https://api.catchdrive.example.com")
IID = "X-CD-Install"
PW = "Catch-Finish-2k!"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def catchdrive() -> list[Case]:
    rng = random.Random(6531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    wk = obj(rng, "wo", 12)
    rows = strokes(rng, 24)
    lab: dict[str, str] = {}
    frame = pb([(1, L(USER_ID, UID)), (2, wk), (3, 312), (4, [
        (1, L(192.4, FIT)), (2, L(28, FIT)), (3, L(174, FIT)), (4, L(1288.0, FIT))]),
        (5, ROWER["serial"])], "", lab)
    return [
        case(f, f"{a}/api/v3/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "handle": L(HANDLE, UID), "firstName": L(FIRST, NAMEC), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "weightKg": L(63.2, FIT), "heightCm": L(168, FIT),
            "maxHr": L(186, FIT), "units": "metric"}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/rowers/pair", headers=_h(rng, **b), body={
            "serial": ROWER["serial"], "ble": ROWER["ble"], "firmware": ROWER["fw"],
            "model": ROWER["model"], "dragFactor": 118, "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/straps/pair", headers=_h(rng, **b), body={
            "serial": STRAP["serial"], "ble": STRAP["ble"], "firmware": STRAP["fw"],
            "battery": 81, "restingHr": L(58, FIT)}),
        case(f, f"{a}/api/v3/workouts", headers=_h(rng, **b), body={
            "id": wk, "type": "2k_test", "distanceM": L(2000, FIT), "timeS": L(491.3, FIT),
            "avgSplit": L("2:02.8", FIT), "avgWatts": L(190, FIT), "avgSpm": L(28, FIT),
            "avgHr": L(171, FIT), "peakHr": L(186, FIT), "kcal": L(142, FIT),
            "rower": ROWER["serial"], "startedAt": "2025-12-10T07:02:11-05:00"}),
        case(f, f"{a}/api/v3/workouts/{wk}/strokes", fmt="msgpack", headers=_h(rng, **b),
             body={"cols": ["t", "spm", "w", "split", "hr"], "rows": L(rows, FIT),
                   "forceCurves": L([force(rng) for _ in range(4)], FIT)}),
        case(f, f"{a}/api/v3/workouts/{wk}/heart", gz=True, headers=_h(rng, **b), body={
            "hz": 1, "bpm": [L(v, FIT) for v in bpm(rng, 40)],
            "rrMs": [L(v, FIT) for v in rr(rng, 30)], "strap": STRAP["serial"]}),
        raw(f, f"{a}/api/v3/live/frames", frame, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/races/rc_2k_0412/join", headers=_h(rng, **b), body={
            "lane": 3, "handle": L(HANDLE, UID), "country": L("US", COARSE),
            "ageGroup": L("30-39", BIRTH), "weightClass": L("heavyweight", FIT)}),
        case(f, f"{a}/api/v3/leaderboards", headers=_h(rng, **b), query={
            "distance": "2000", "around": L(USER_ID, UID), "season": "2025-26"}),
        case(f, f"{a}/api/v3/follows", headers=_h(rng, **b), body={
            "follow": others(rng, 3, "ath_"), "source": "leaderboard"}),
        case(f, f"{a}/api/v3/plans/enroll", headers=_h(rng, **b), body={
            "plan": "pl_base_8wk", "daysPerWeek": 4,
            "goal": L("Lose 4 kg and break 7:50 in the 2k before March", f"{TEXT}|{FIT}")}),
        case(f, f"{a}/api/v3/body", fmt="form", headers=_h(rng, **b), body={
            "weightKg": L("62.8", FIT), "bodyFatPct": L("24.1", FIT), "date": "2025-12-10"}),
        case(f, f"{a}/api/v3/clubs/nearby", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.3f},{LON:.3f}", "location.precise"), "radiusKm": "15"}),
        multipart(f, f"{a}/api/v3/workouts/{wk}/share", [
            ("photo", "erg_screen.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("post", None, "application/json", {
                "caption": L("New 2k PB 8:11.3, legs are gone", f"{TEXT}|{FIT}"),
                "visibility": "followers"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": [L(v, FIT) for v in (7120, 9043, 5530)],
            "sleepHours": [L(v, FIT) for v in (7.1, 6.4, 7.8)],
            "restingHr": [L(v, FIT) for v in (57, 58, 56)],
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v3/injuries", headers=_h(rng, **b), body={
            "area": L("lower back", MED), "kind": L("strain", MED), "since": "2025-12-08",
            "note": L("Twinge on the right side after the 2k, worse when sitting",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/subscription/verify", headers=_h(rng, **b), body={
            "productId": L("catchdrive_pro_yearly", BUY), "purchaseToken": L(play_token(rng),
                                                                             BUY),
            "orderId": L("GPA.3398-1022-7731-50018", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("workout_finished", 1, meters=2000), ev("strap_connected", 2),
                ev("screen", 3, screen=L("WorkoutSummary", USAGE))]}),
        case(f, f"{a}/api/v3/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "4", "email": L(EMAIL, MAIL),
            "comment": L("The strap drops out near the end of long pieces", TEXT)}),
        at_path(case(f, f"{a}/api/v3/users/{USER_ID}/stats/weekly", headers=_h(rng, how="nodash"),
                     cookies={"cd_sess": L(opaque(rng, "", 40), CRED), "cd_req": rid(rng)}),
                USER_ID, UID),
    ]


def catchdrive_sdks() -> list[Case]:
    rng = random.Random(6532)
    return [
        sb_batch(APP, rng, [("Workout Finished", {"meters": L(2000, FIT), "avgHr": L(171, FIT)}),
                            ("PB Set", {"piece": "2k"})]),
        sb_queue(APP, rng, [("Strap Disconnected", {"secs": 4}),
                            ("Plan Opened", {"plan": "pl_base_8wk"})]),
        al_launch(APP, rng, user=True, n=23),
        al_event(APP, rng, "subscribe", {"sku": "catchdrive_pro_yearly"}, revenue=119.99),
        fk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [fk_crumb("navigation", "Workout -> Live"),
                  fk_crumb("log", "strap lost", {"strap": STRAP["serial"], "hr": L(174, FIT)})],
                 screen="LiveRowActivity"),
        fk_session(APP, rng, secs=1140),
        ty_eval(APP, rng, {"pro": True, "maxHr": L(186, FIT)}, query=True),
        pl_register(APP, rng, tags={"plan": "base_8wk", "weekday_reminder": "1"}),
        px_check(APP, rng, {"analytics": True, "marketing": False}),
        pw_confirm(APP, rng, "119.99"),
    ]
