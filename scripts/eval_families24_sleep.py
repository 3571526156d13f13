"""Sleep tracker with a snore recorder "Slumbra" (subscription): nights, hypnograms and heart
rate, snore clips, a sleep diary, an apnea screening, home detection by Wi-Fi, smart alarms."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import App, opaque, play_token, pos
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head, rid
from eval_families24_sdk import (
    bay_report,
    crumb,
    graph_batch,
    graph_identify,
    moor_event,
    moor_launch,
)
from eval_families24_svc import agree_save, chime_register, flag_fetch, wharf_start
from eval_payloads import BSSID, EMAIL, SSID, USER_ID, Case, J, L, case, rnd_hex

APP = App("slumbra", "Slumbra", "com.example.slumbra", "3.14.0",
          "https://api.slumbra.example.com")
IID = "X-Slumbra-Install"
FIT = "health.fitness"
NIGHT = "ngt_20251209"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _hyp(rng: random.Random, n: int) -> list[int]:
    """A hypnogram: one stage code (0 wake, 1 light, 2 deep, 3 REM) per 30-second epoch."""
    out, s = [], 0
    for _ in range(n):
        s = max(0, min(3, s + rng.choice([-1, 0, 0, 0, 1])))
        out.append(s)
    return out


def slumbra() -> list[Case]:
    rng = random.Random(2421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="premium"))}
    hr = [rng.randrange(48, 66) for _ in range(48)]
    queue = [{"n": L(name, USAGE), "ts": 1765321000 + 9 * i, "seq": i, "uid": L(USER_ID, UID),
              "p": p} for i, (name, p) in enumerate([
                  ("alarm_dismissed", {"snoozes": 1}), ("sleep_score_viewed", {}),
                  ("soundscape_started", {"track": "rain_on_tent"})])]
    cases = [
        case(f, f"{a}/api/v1/signup", headers=_h(rng),
             body={"email": L(EMAIL, MAIL), "password": L("nightOwl-1991", CRED),
                   "birth_year": L(1991, BIRTH), "sex": L("female", GENDER),
                   "height_cm": L(168, FIT), "weight_kg": L(61.5, FIT),
                   "timezone": L("America/New_York", DEV), "goal_hours": 8}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng),
             body={"grant_type": "password", "username": L(EMAIL, MAIL),
                   "password": L("nightOwl-1991", CRED), "client_id": "slumbra-android",
                   "scope": "sleep profile"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/nights", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"id": NIGHT, "user": L(USER_ID, UID), "start": 1765258200,
                   "end": 1765284300, "score": L(82, FIT),
                   "stages": {"deep_min": L(62, FIT), "light_min": L(201, FIT),
                              "rem_min": L(95, FIT), "awake_min": L(18, FIT)},
                   "hr_avg": L(54, FIT), "hrv_ms": L(48, FIT), "snore_min": L(37, MED),
                   "breathing_disturbances": L(5, MED), "noise_db_avg": 31.4,
                   "room_temp_c": 19.5, "phone_on_mattress": True}),
        case(f, f"{a}/api/v1/nights/{NIGHT}/series", gz=True, headers=_h(rng, auth="bearer"),
             body={"epoch_s": 30, "hypnogram": L(_hyp(rng, 60), FIT),
                   "hr_bpm": L(hr, FIT), "t0": 1765258200}),
        multipart_clip(rng),
        case(f, f"{a}/api/v1/diary", headers=_h(rng, auth="bearer"),
             body={"night": NIGHT, "tags": ["late_caffeine", "screen_time"],
                   "note": L("Took 3 mg melatonin at 10:30, woke twice with a dry throat",
                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/screening/apnea", headers=_h(rng, auth="bearer"),
             body={"snore_loudly": L(True, MED), "tired_daytime": L(True, MED),
                   "observed_pauses": L(False, MED), "high_blood_pressure": L(True, MED),
                   "neck_cm": L(34, FIT), "age_over_50": L(False, BIRTH),
                   "male": L(False, GENDER), "version": "sb-8"}),
        case(f, f"{a}/api/v1/alarms", headers=_h(rng, auth="bearer"),
             body={"time": "06:45", "window_min": 30, "days": [1, 2, 3, 4, 5],
                   "sound": "birdsong", "vibrate": True, "alarm_id": rid(rng)}),
        case(f, f"{a}/api/v1/home/detect", headers=_h(rng, auth="bearer"),
             body={"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "bedtime_reminder": True,
                   "reminder_at": "22:30"}),
        case(f, f"{a}/api/v1/insights/weekly", query={"from": "2025-12-01", "to": "2025-12-07",
                                                      "units": "metric"},
             headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/billing/verify", headers=_h(rng, auth="bearer"),
             body={"package": APP.pkg, "product_id": L("slumbra.premium.annual", BUY),
                   "purchase_token": L(play_token(rng), BUY),
                   "order_id": L("GPA.3391-4471-2209-55831", BUY)}),
        case(f, f"{a}/api/v1/health-connect/sync", gz=True, headers=_h(rng, auth="bearer"),
             body={"date": "2025-12-09", "steps": L(6234, FIT), "resting_hr": L(58, FIT),
                   "weight_kg": L(61.2, FIT), "source": "health_connect"}),
        case(f, f"{a}/api/v1/sounds", query={"lang": L("en", DEV), "tier": "premium"},
             headers=_h(rng, auth="bearer")),
        lines(f, f"{a}/api/v1/queue", queue, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, auth="bearer"),
             body={"fcm_token": L(push_token(rng), DID), "tz": L("America/New_York", DEV),
                   "model": L("Pixel 8", DEV), "os": L("14", DEV)}),
        case(f, f"{a}/api/v1/partner/invite", headers=_h(rng, auth="bearer"),
             body={"name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
                   "purpose": "snore_attribution"}),
        case(f, f"{a}/api/v1/climate", query={"lat": pos(2)[0], "lon": pos(2)[1],
                                              "units": "c"}, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v1/integrations/lights", headers=_h(rng, auth="bearer"),
             body={"provider": "glowhub", "code": L(opaque(rng, "", 32), CRED),
                   "code_verifier": L(rnd_hex(rng, 64), CRED), "redirect_uri":
                   "slumbra://oauth/glowhub"}),
        case(f, f"{a}/api/v1/export", fmt="form", headers=_h(rng, auth="bearer"),
             body={"email": L(EMAIL, MAIL), "format": "csv", "range": "90d"}),
        case(f, f"{a}/api/v1/feedback", fmt="form", headers=_h(rng, auth="session"),
             body={"rating": "4", "text": L("Snore detection keeps catching the fan", TEXT),
                   "build": "31400"}),
    ]
    return cases


def multipart_clip(rng: random.Random) -> Case:
    """A snore clip the app recorded in the bedroom (a recording the user made)."""
    return multipart(APP.fam, f"{APP.api}/api/v1/nights/{NIGHT}/clips", [
        ("meta", None, "application/json", {"night": NIGHT, "offset_s": 8123, "peak_db": 58,
                                            "kind": "snore", "clip_id": rid(rng)}),
        ("audio", "snore_0312.m4a", "audio/mp4", L(M4A, MEDIA))],
        headers=_h(rng, auth="bearer"))


def slumbra_sdks() -> list[Case]:
    rng = random.Random(2422)
    return [
        graph_batch(APP, rng, [("night_recorded", {"hours": L(7.3, FIT)}),
                               ("snore_clip_played", {"count": 2}),
                               ("paywall_viewed", {"source": "insights"})], per_line=True),
        moor_launch(APP, rng, count=23),
        moor_event(APP, rng, "af_subscribe", {"af_revenue": L("59.99", BUY),
                                              "af_currency": "USD",
                                              "product": L("slumbra.premium.annual", BUY)}),
        bay_report(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                   [crumb("state", "Recording started", {"night": NIGHT}),
                    crumb("log", "Wi-Fi home match", {"ssid": L(SSID, WIFI)})],
                   context="NightRecorderService"),
        flag_fetch(APP, rng, {"tier": "premium", "nights": 41}, get=True),
        graph_identify(APP, rng, {"tier": "premium", "goal_hours": 8,
                                  "sex": L("female", GENDER), "birth_year": L(1991, BIRTH)}),
        wharf_start(APP, rng, L("The snore clips from last night are empty, the mic "
                                "permission is on", TEXT), custom={"night": NIGHT},
                    screen="NightDetail"),
        chime_register(APP, rng, tags={"tier": "premium", "bedtime": "22:30"}),
        agree_save(APP, rng, {"analytics": True, "marketing": False, "health_research": False}),
    ]
