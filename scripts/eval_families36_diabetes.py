"""Diabetes coaching app "Glucora" (a CGM and a food-photo logger; snake_case API): sign-up,
an OAuth password grant, ``/me``, the health profile, pairing the sensor, readings (protobuf
with repeated sub-messages, and a JSON series), food photos with the typed meal and carbs, a voice
meal log, a food search, insulin doses (msgpack), steps and weight, an urgent low acknowledged
with her fix, a follower invited, a report sent to her endocrinologist, coach messages, a
Play subscription check, push, events and the coach's plan by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DASHED,
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families36_kit import CGM, COACH, ENDO, fix, glucose, obj
from eval_families36_sdk import ab_event, ab_launch, bg_bid, fw_crash, fw_crumb, tq_batch, tq_queue
from eval_families36_svc import cl_message, cp_register, fm_eval, ol_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("glucora", "Glucora", "com.example.glucora", "5.8.0",
          "https://api.glucora.example.com")
IID = "X-Glucora-Device"
PW = "Quince#Harbor27"
LOW_FIX = (40.744127, -73.986522)  # her phone when the urgent low fired (near her office)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _readings(rng: random.Random) -> Case:
    """A reading batch (schema-less protobuf): the user, the sensor (a negative) and readings
    as repeated sub-messages ``3[i]`` (time, mg/dL, trend)."""
    rows = glucose(rng, 6)
    data = pb([(1, USER_ID), (2, CGM["serial"]),
               *[(3, [(1, t), (2, g), (3, rng.choice([3, 4, 5]))]) for t, g in rows],
               (4, obj(rng, "rb", 12))], "", {})
    fixed = {"1": UID}
    for i in range(len(rows)):
        fixed.update({f"3[{i}].2": MED, f"3[{i}].3": MED})
    return raw(APP.fam, f"{APP.api}/v1/readings:batch", data, "application/x-protobuf", fixed,
               headers=_h(rng, auth="bearer"))


def glucora() -> list[Case]:
    rng = random.Random(3621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="coach_plus"))}
    lla, llo = fix(LOW_FIX, 5)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L("Jane", NAMEC),
            "date_of_birth": L(DOB, BIRTH), "sex": L("female", GENDER),
            "accepted_terms": "2025-07"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "glucora-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/health_profile", headers=_h(rng, **b), body={
            "diabetes_type": L("type_2", MED), "diagnosed_year": L(2019, MED),
            "medications": [L("Metformin 1000 mg", MED), L("Insulin glargine", MED)],
            "a1c": L(7.4, MED), "a1c_date": "2025-10-02", "weight_kg": L(71.2, FIT),
            "height_cm": L(167, FIT), "target_low": L(70, MED), "target_high": L(180, MED),
            "units": "mg/dL"}),
        case(f, f"{a}/v1/sensors", headers=_h(rng, **b), body={
            "serial": CGM["serial"], "transmitter": CGM["tx"], "model": CGM["model"],
            "ble": CGM["ble"], "site": "left_arm", "warmup_min": 60}),
        _readings(rng),
        case(f, f"{a}/v1/readings/backfill", gz=True, headers=_h(rng, **b), body={
            "sensor": CGM["serial"], "unit": "mg/dL",
            "readings": L(glucose(rng, 24), MED), "calibration": None}),
        multipart(f, f"{a}/v1/meals", [
            ("photo", "meal.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meal", None, "application/json", {
                "title": L("Pad thai with tofu", TEXT), "carbs_g": L(68, MED),
                "detected": ["noodles", "tofu", "peanuts"], "confidence": 0.82,
                "pre_meal_glucose": L(142, MED), "taken_at": 1765316100})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/meals/voice", [
            ("audio", "meal.m4a", "audio/mp4", L(M4A + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "transcript": L("Two slices of toast with peanut butter and a banana",
                                TEXT), "carbs_g": L(61, MED), "duration_ms": 5400})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/foods/search", query={"q": L("greek yogurt", SEARCH), "limit": "20"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/insulin", fmt="msgpack", headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "doses": [
                {"at": 1765316200, "kind": L("rapid", MED), "units": L(6.5, MED)},
                {"at": 1765346400, "kind": L("basal", MED), "units": L(18, MED)}]}),
        case(f, f"{a}/v1/activity/import", gz=True, headers=_h(rng, **b), body={
            "source": "health_connect", "days": [
                {"date": "2025-12-08", "steps": L(8412, FIT), "active_min": L(41, FIT)},
                {"date": "2025-12-09", "steps": L(10255, FIT), "active_min": L(63, FIT)}]}),
        case(f, f"{a}/v1/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("70.8", FIT), "at": "2025-12-09T07:12:00-05:00", "scale": "manual"}),
        case(f, f"{a}/v1/alerts/urgent_low/ack", headers=_h(rng, **b), body={
            "alert_id": obj(rng, "al", 10), "glucose": L(52, MED), "trend": L("falling", MED),
            "treated_with": L("15 g glucose tabs", MED),
            "location": {"lat": lla, "lng": llo, "acc_m": 14}}),
        case(f, f"{a}/v1/followers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "notify": ["urgent_low", "high_over_250"]}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipient_name": L(ENDO[0], NAMEC), "recipient_fax": L(ENDO[1], TEL),
            "range": "90d", "note": L("Lows after evening runs, should I change glargine?",
                                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/coach/{COACH['id']}/messages", headers=_h(rng, **b), body={
            "text": L("Spiked to 240 after the pad thai again, not sure why", f"{TEXT}|{MED}"),
            "coach_name": COACH["name"], "attachments": []}),
        case(f, f"{a}/v1/phone", fmt="form", headers=_h(rng, **b), body={
            "phone": L(DASHED, TEL), "country": "US", "channel": "sms"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "product_id": L("glucora_coach_plus_monthly", BUY),
            "purchase_token": L(play_token(rng), BUY), "order_id": L("GPA.3319-4471-0923-61528",
                                                                     BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("meal_logged", 1, source="photo"), ev("reading_synced", 2, n=6),
                ev("screen", 3, screen=L("GlucoseChart", USAGE))]}),
        case(f, f"{a}/v1/coach/plan", headers=_h(rng, how="none"), cookies={
            "glc_session": L(opaque(rng, "", 40), CRED), "glc_dev": L(INSTALL_ID, DID)}),
    ]


def glucora_sdks() -> list[Case]:
    rng = random.Random(3622)
    return [
        tq_batch(APP, rng, [("meal_logged", {"carbs": L(68, MED)}),
                            ("urgent_low", {"value": L(52, MED)})], gz=True),
        tq_queue(APP, rng, [("reading_view", {"range": "24h"}),
                            ("coach_message", {"len": 52})]),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "subscribe", {"plan": L("coach_plus", BUY)}, revenue=14.99),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="recipes,fitness"),
        fw_crash(APP, rng, ("java.lang.IllegalStateException", "sensor warmup race"),
                 [fw_crumb("ble", "sensor", {"serial": CGM["serial"], "rssi": -71})],
                 screen="SensorPairActivity"),
        fm_eval(APP, rng, {"diabetesType": L("type_2", MED)}, hdr=True),
        cp_register(APP, rng, tags={"type": L("t2", MED), "coach": "yes"},
                    at=(LAT, LON), nd=2),
        ol_save(APP, rng, {"analytics": True, "ads": False}),
        cl_message(APP, rng, L("The app says sensor error 4 after a shower", TEXT),
                   {"sensor": CGM["serial"], "plan": L("coach_plus", BUY)}),
    ]
