"""Meditation and breathing app "Tidebreath": sign-in with an ID token, onboarding (age range,
gender, goals), mood check-ins (msgpack), a paced-breathing session measured with the
microphone (breath rate and cycles; the room's noise floor and the haptic pacer's pattern are
look-alikes), a heart-rate measurement with the camera (a PPG trace, inter-beat intervals, HRV),
a humming (bee-breath) exercise that uploads MFCC frames and the pitch of her hum, a breathing
exercise with the phone on her belly (accelerometer), a breath-hold test, a journal line, course
progress, a search, a Health Connect export, reminders, a community post, a rating, a gift, a
subscription, devices, events and a cookie GET (free tier with banner ads)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    MOTION,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    push_token,
    series,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families31_kit import (
    TEACHER,
    breath_cycles,
    hum_f0,
    hum_mfcc,
    ibi,
    obj,
    pacer,
    ppg,
    room_db,
)
from eval_families31_sdk import (
    bm_bid,
    ct_batch,
    ct_pixel,
    ct_queue,
    fw_crumb,
    fw_notify,
    tl_event,
    tl_session,
)
from eval_families31_svc import fm_eval, nc_register, tw_message, yv_check
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tidebreath", "Tidebreath", "com.example.tidebreath", "6.3.0",
          "https://api.tidebreath.example.org")
IID = "X-Tide-Install"
GOOGLE_SUB = "108412273350918847712"  # her account's subject at the identity provider


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _signin(rng: random.Random) -> Case:
    """Sign-in with the identity provider's ID token in a form field (a credential; its claims
    her account's subject, e-mail and name)."""
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "aud": "tidebreath-android",
               "sub": L(GOOGLE_SUB, UID), "email": L(EMAIL, MAIL), "email_verified": True,
               "name": L(NAME, NAMEC), "iat": 1765300000, "exp": 1765303600},
              "body", "id_token", acc)
    return add(case(APP.fam, f"{APP.api}/v2/auth/idp", fmt="form", headers=_h(rng), body={
        "id_token": idt, "provider": "idp", "client": "android"}), acc)


def tidebreath() -> list[Case]:
    rng = random.Random(3141)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="free"))}
    b = {"auth": "bearer"}
    cases = [
        _signin(rng),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/onboarding", headers=_h(rng, **b), body={
            "display_name": L(FIRST, NAMEC), "age_range": L("30-39", BIRTH),
            "gender": L("woman", GENDER),
            "goals": [L("manage anxiety", MED), L("panic attacks", MED), "focus"],
            "experience": "beginner", "reminder_time": "07:30"}),
        case(f, f"{a}/v2/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "phase": "before", "mood": L(2, MED),
            "stress": L(7, MED), "feelings": [L("anxious", MED), L("restless", MED)],
            "context": ["work"], "checkin_id": obj(rng, "ck")}),
        case(f, f"{a}/v2/sessions/breath", headers=_h(rng, **b), body={
            "session_id": obj(rng, "bs"), "technique": "box_4_4_6", "duration_s": 300,
            "sensor": "microphone", "breath_rate_bpm": L(5.8, FIT),
            "cycles": L(breath_cycles(rng, 6), FIT), "noise_floor_db": room_db(rng, 6),
            "pacer_pattern_ms": pacer(), "completed": True}),
        case(f, f"{a}/v2/measurements/heart", gz=True, headers=_h(rng, **b), body={
            "phase": "after", "method": "camera_ppg", "hr_bpm": L(62, FIT),
            "hrv_rmssd_ms": L(44.7, FIT), "ibi_ms": L(ibi(rng, 20), FIT),
            "ppg_red": L(ppg(rng, 150), FIT), "fps": 30, "signal_quality": 0.92,
            "finger_on_lens": True, "torch": True, "measurement_id": obj(rng, "hr")}),
        case(f, f"{a}/v2/sessions/humming", headers=_h(rng, **b), body={
            "session_id": obj(rng, "hm"), "exercise": "bee_breath", "hum_s": 180,
            "mfcc": L(hum_mfcc(rng, 12), VOICE), "f0_hz": L(hum_f0(rng, 24), VOICE),
            "breath_rate_bpm": L(4.6, FIT), "resonance_score": 71,
            "on_device_audio": True}),
        case(f, f"{a}/v2/sessions/belly", fmt="msgpack", headers=_h(rng, **b), body={
            "session_id": obj(rng, "bb"), "sensor": "accelerometer", "hz": 50,
            "position": "lying", "samples": L(series(rng, 40, ("ax", "ay", "az"), dt=20,
                                                      scale=0.05), MOTION),
            "breath_rate_bpm": L(6.1, FIT), "duration_s": 240}),
        case(f, f"{a}/v2/tests/breath-hold", fmt="form", headers=_h(rng, **b), body={
            "hold_s": L("38", FIT), "attempt": "2", "after_session": "true"}),
        case(f, f"{a}/v2/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "phase": "after", "mood": L(4, MED), "stress": L(3, MED),
            "note": L("Chest felt less tight after the 4-7-8 breathing, no panic today",
                      f"{TEXT}|{MED}"), "checkin_id": obj(rng, "ck")}),
        case(f, f"{a}/v2/courses/crs_calm7/progress", headers=_h(rng, **b), body={
            "lesson": 4, "listened_s": L(612, USAGE), "teacher": TEACHER,
            "completed": True}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("sleep story rain", SEARCH), "type": "all", "lang": L("en", DEV)}),
        case(f, f"{a}/v2/health-connect/export", gz=True, headers=_h(rng, **b), body={
            "records": [{"type": "MindfulnessSession", "start": L("2025-12-09T07:31:00", FIT),
                         "end": L("2025-12-09T07:36:00", FIT)},
                        {"type": "HeartRate", "bpm": L(62, FIT), "at": "2025-12-09T07:36:10"},
                        {"type": "RespiratoryRate", "rate": L(5.8, FIT),
                         "at": "2025-12-09T07:36:00"}]}),
        case(f, f"{a}/v2/settings/reminders", fmt="form", headers=_h(rng, **b), body={
            "morning": "07:30", "bedtime": "23:00", "days": "mon,tue,wed,thu,fri",
            "vibrate": "true"}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "group": "grp_calm7", "text": L("Day 12: first night in weeks I didn't wake up "
                                            "panicking. The humming one works for me.",
                                            f"{TEXT}|{MED}"), "anonymous": False}),
        case(f, f"{a}/v2/content/sleep_rain_01/rating", headers=_h(rng, **b), body={
            "stars": 5, "comment": L("Her voice is so soothing, fell asleep in 10 min", TEXT)}),
        case(f, f"{a}/v2/gifts", headers=_h(rng, **b), body={
            "recipient_name": L(PEOPLE[4][0], NAMEC), "recipient_email": L(PEOPLE[4][2], MAIL),
            "message": L("For your exam month - breathe!", TEXT), "product": L("gift_1y", BUY),
            "price": L("69.99", BUY), "send_on": "2025-12-24"}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("tidebreath_premium_yearly", BUY),
            "order_id": L("GPA.3342-1187-5530-29914", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("breath_session_completed", 1, minutes=5),
                ev("heart_measured", 2, bpm=L(62, FIT)),
                ev("screen_view", 3, screen=L("Breathe", USAGE))]}),
        case(f, f"{a}/v2/library", query={"section": "sleep"}, headers=_h(rng, how="none"),
             cookies={"tb_sess": L(opaque(rng, "", 48), CRED), "tb_inst": L(INSTALL_ID, DID)}),
    ]
    return cases


def tidebreath_sdks() -> list[Case]:
    rng = random.Random(3142)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "tidebreath_home_banner"}
    return [
        ct_batch(APP, rng, [("Breath Session Completed", {"technique": "box",
                                                          "bpm": L(5.8, FIT)}),
                            ("Heart Rate Measured", {"bpm": L(62, FIT), "method": "camera"})],
                 adid=True),
        ct_pixel(APP, rng, "Onboarding Step", {"step": L("goals", USAGE),
                                               "goal": L("manage anxiety", MED)}),
        ct_queue(APP, rng, [("Session Started", {"kind": "humming"}),
                            ("Screen Viewed", {"name": L("Sleep", USAGE)})]),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "trial_start", {"plan": "premium_yearly"}, hashed=True),
        bm_bid(APP, rng, banner, nd=None, yob=1991, gender="F",
               keywords="meditation,sleep,wellness"),
        fw_notify(APP, rng, ("android.hardware.camera2.CameraAccessException",
                             "torch unavailable"),
                  [fw_crumb("navigation", "Breathe -> HeartCheck"),
                   fw_crumb("user", "start_measure")], screen="HeartCheckActivity"),
        fm_eval(APP, rng, {"tier": "free", "goal": L("anxiety", MED)}, get=True),
        nc_register(APP, rng, tags={"goal": L("anxiety", MED), "streak": 12}),
        yv_check(APP, rng, {"analytics": True, "ads": True}),
        tw_message(APP, rng, L("The heart check says no finger detected even with the torch "
                               "on", TEXT), {"tier": "free", "rid": rid(rng)},
                   name=L(FIRST, NAMEC)),
    ]
