"""Smart-ring sleep and HRV app "Haloryn": the ring's pairing (its identifiers negatives), raw
nightly records (protobuf), nights with HRV series, hypnograms and temperature deviation,
readiness and sleep scores, tags and notes, an illness alert's feedback, a breathing
session (msgpack), a ride, a circle invitation, coaching messages and a Health Connect export."""

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
    IID_NODASH,
    MAIL,
    MED,
    NAMEC,
    PEOPLE,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, T0, App, opaque, play_token
from eval_families21_kit import track
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families28_kit import CHARGER_SERIAL, RING, hrv_series, hypnogram, ibi
from eval_families28_sdk import (
    orig_event,
    orig_launch,
    plot_batch,
    plot_profile,
    rook_crash,
    rook_crumb,
    rook_session,
)
from eval_families28_svc import ass_save, chime_open, chime_register, fern_start, flag_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("haloryn", "Haloryn", "com.example.haloryn", "4.12.0", "https://api.haloryn.example.com")
IID = "X-Haloryn-Install"
# Nightly raw records: (epoch s, heart rate, rMSSD, temperature deviation, SpO2).
RAW = [(1765254600, 58, 41, -0.08, 96), (1765258200, 54, 52, -0.11, 97),
       (1765261800, 52, 57, -0.14, 97)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _raw_sync(rng: random.Random) -> Case:
    """The ring's memory relayed as schema-less protobuf: the user (1), the ring's serial (2, a
    negative), repeated records ``3[i]`` (time, heart rate, HRV, temperature deviation, SpO2:
    the body measures ``health.fitness``), firmware (4) and the ring's battery (5)."""
    rows = [(3, [(1, t), (2, hr), (3, hv), (4, td), (5, sp)]) for t, hr, hv, td, sp in RAW]
    labels: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, RING["serial"]), *rows, (4, RING["fw"]),
               (5, RING["battery"])], "", labels)
    for i in range(len(RAW)):
        labels.update({f"3[{i}].2": FIT, f"3[{i}].3": FIT, f"3[{i}].4": FIT, f"3[{i}].5": FIT})
    return raw(APP.fam, f"{APP.api}/v1/sync/raw", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def haloryn() -> list[Case]:
    rng = random.Random(2821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), membership="active"))}
    queue = [{"uid": L(USER_ID, UID), "ev": L(n, USAGE), "ts": (T0 + 47 * i) * 1000, "p": p}
             for i, (n, p) in enumerate([("app_open", {"cold": True}),
                                         ("readiness_viewed", {"score_band": "good"}),
                                         ("hrv_chart_opened", {"range": "30d"}),
                                         ("app_background", {})])]
    ride = track(rng, 3, (LAT + 0.0021, LON + 0.0013), t0=1765202400)
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Restful#Nights88", CRED),
            "first_name": L(FIRST, NAMEC), "marketing_opt_in": False,
            "country": L("US", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L("Restful#Nights88", CRED), "client_id": "haloryn-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "birth_date": L(DOB, BIRTH), "biological_sex": L("female", GENDER),
            "height_cm": L(168, FIT), "weight_kg": L(63.5, FIT), "units": "metric",
            "chronotype": "late_morning",
            "cycle_insights": {"enabled": True, "last_period_start": L("2025-11-28", MED),
                               "avg_cycle_days": L(29, MED)}}),
        case(f, f"{a}/v1/rings/pair", headers=_h(rng, auth="bearer"), body=dict(
            RING, charger=CHARGER_SERIAL, paired_at="2025-12-01T21:14:09Z",
            phone_name=L("Jane's Pixel 8", f"{DEV}|{NAMEC}"))),
        _raw_sync(rng),
        case(f, f"{a}/v1/nights", gz=True, headers=_h(rng, auth="bearer"), body={
            "date": "2025-12-09", "bedtime_start": "2025-12-08T23:41:00-05:00",
            "bedtime_end": "2025-12-09T07:02:00-05:00", "total_sleep_min": L(402, FIT),
            "stages_min": {"deep": L(71, FIT), "rem": L(94, FIT), "light": L(237, FIT),
                           "awake": L(39, FIT)},
            "efficiency": L(0.91, FIT), "latency_min": L(12, FIT),
            "resting_hr": L(52, FIT), "hrv_avg": L(49, FIT),
            "hrv_5min": L(hrv_series(rng, 24), FIT), "hypnogram_5min": L(hypnogram(rng, 24), FIT),
            "temperature_deviation_c": L(-0.12, FIT), "respiratory_rate": L(14.8, FIT),
            "spo2_avg": L(96.4, FIT), "breathing_disturbance_index": L(3.1, MED)}),
        case(f, f"{a}/v1/scores/daily", headers=_h(rng, auth="bearer"), body={
            "date": "2025-12-09", "readiness": L(81, FIT), "sleep": L(84, FIT),
            "contributors": {"hrv_balance": L(78, FIT), "resting_hr": L(88, FIT),
                             "body_temperature": L(95, FIT), "recovery_index": L(70, FIT)},
            "model": "readiness-v5"}),
        case(f, f"{a}/v1/tags", headers=_h(rng, auth="bearer"), body={
            "date": "2025-12-08", "tags": ["late_meal", "travel"], "client_id": rid(rng),
            "note": L("Took ibuprofen for a migraine before bed", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/symptom-radar/feedback", headers=_h(rng, auth="bearer"), body={
            "alert_id": "sr_" + opaque(rng, "", 10), "level": "major_signs",
            "feeling_sick": L(True, MED),
            "note": L("Sore throat and chills since Sunday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/sessions/breathing", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "session_id": rid(rng), "started": 1765318200,
                   "duration_s": L(300, FIT), "ibi_ms": L(ibi(rng, 16), FIT),
                   "hr_start": L(71, FIT), "hr_end": L(63, FIT), "guide": "box_4x4"}),
        case(f, f"{a}/v1/workouts", headers=_h(rng, auth="bearer"), body={
            "type": "cycling", "start": "2025-12-08T08:00:00-05:00", "duration_s": L(2460, FIT),
            "distance_km": L(11.8, FIT), "avg_hr": L(131, FIT), "kcal": L(388, FIT),
            "source": "auto_detected", "route": ride}),
        case(f, f"{a}/v1/circles/invitations", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
            "share": {"readiness": True, "sleep": True, "activity": False},
            "message": L("Let's compare sleep scores this month!", TEXT)}),
        case(f, f"{a}/v1/coach/messages", headers=_h(rng, auth="bearer"), body={
            "thread": "coach", "client_id": rid(rng),
            "text": L("I've been stressed at work and waking at 3am every night",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/integrations/health-connect/export", gz=True,
             headers=_h(rng, auth="bearer"), body={"uid": L(USER_ID, UID), "records": {
                 "sleep": [{"start": "2025-12-08T23:41:00-05:00", "minutes": L(402, FIT)}],
                 "hrv": [{"date": "2025-12-09", "rmssd": L(49, FIT)}],
                 "steps": [{"date": "2025-12-08", "count": L(9214, FIT)}]}}),
        case(f, f"{a}/v1/rings/{RING['serial']}/firmware", headers=_h(rng, auth="bearer"),
             query={"model": RING["model"], "fw": RING["fw"], "battery": "64"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_NODASH, DID),
            "tz": L("America/New_York", DEV)}),
        lines(f, f"{a}/v1/events/queue", queue, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("haloryn_membership_monthly", BUY),
            "order_id": L("GPA.3318-2207-4419-61250", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/trends", query={"metric": "hrv", "days": "90"},
             headers=_h(rng, how="none"), cookies={"hr_sess": L(opaque(rng, "", 48), CRED),
                                                   "hr_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, auth="bearer"), body={
            "email": L(EMAIL, MAIL), "format": "csv", "range": "all"}),
    ]
    return cases


def haloryn_sdks() -> list[Case]:
    rng = random.Random(2822)
    return [
        plot_batch(APP, rng, [("Night Synced", {"sleep_score": L(84, FIT)}),
                              ("Readiness Viewed", {"band": "good"}),
                              ("Tag Added", {"count": 2})]),
        plot_profile(APP, rng, {"ring_gen": 3, "membership": "active", "age": L(34, BIRTH),
                                "sex": L("female", GENDER), "name": L(NAME, NAMEC)}),
        orig_launch(APP, rng, first=True),
        orig_event(APP, rng, "subscribe", {"plan": "monthly"}, revenue=5.99, hashed=True),
        rook_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status=133"),
                   [rook_crumb("nav", "Home -> SyncRing"),
                    rook_crumb("log", "BLE connect", {"ring": RING["mac"], "rssi": -71})],
                   extra={"ring_fw": RING["fw"], "ring_serial": RING["serial"]},
                   screen="SyncActivity"),
        rook_session(APP, rng),
        chime_register(APP, rng, tags={"bedtime_reminder": "22:30", "goal": "sleep_more"}),
        chime_open(APP, rng),
        flag_eval(APP, rng, {"ring_gen": 3, "cohort": "sleep_v2"}, header=True),
        ass_save(APP, rng, {"analytics": True, "marketing": False}, receipt=True),
        fern_start(APP, rng, L("My ring stopped syncing temperature after the update", TEXT),
                   {"ring_model": RING["model"], "ring_fw": RING["fw"],
                    "ring_serial": RING["serial"]}),
    ]
