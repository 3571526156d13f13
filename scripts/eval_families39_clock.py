"""Remote-work time tracker "Clockfern" (the user works remotely for a design studio from a
coworking space in Jakarta): a log-in with an MFA code, ``/me``, the profile, a geofenced clock-in
(the fix, the space's Wi-Fi) with a selfie and its face template, a timer, activity slots (key
presses, taps, clicks; msgpack), a screenshot, app and web usage (gzip), an idle reason, location
pings while clocked in (JSON Lines), the clock-out, a timesheet, a sick day, the payroll account,
an expense with its receipt, a report, a calendar link, push, events and shifts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BROWSE,
    BUY,
    CRED,
    DEV,
    DID,
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import track
from eval_families22_kit import lines
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families25_kit import PNG
from eval_families37_kit import obj
from eval_families39_kit import COWORK, COWORK_FIX, EMPLOYER, PROJECTS, WORK_APPS, geo, slots
from eval_families39_sdk import af_launch, cb_crash, cb_crumb, tw_batch, tw_queue
from eval_families39_svc import cr_check, ft_eval, hw_attach, hw_message, pm_register, tc_reverse
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("clockfern", "Clockfern", "com.example.clockfern", "7.2.4",
          "https://api.clockfern.example.com")
IID = "X-CF-Device"
PW = "Paper-Kite-Senopati9"
TZ = "Asia/Jakarta"
COWORK_WIFI = ("RuangKerja-Members", "6c:3b:6b:41:9e:02")  # the space's network the phone is on
APPS = "device.apps"
PRECISE = "location.precise"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["X-Workspace"] = EMPLOYER["org"]
    return h


def clockfern() -> list[Case]:
    rng = random.Random(3931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), org=EMPLOYER["org"]))}
    b = {"auth": "bearer"}
    shift = obj(rng, "sh", 10)
    la, lo = geo(COWORK_FIX, 6)
    ola, olo = geo((COWORK_FIX[0] + 0.00004, COWORK_FIX[1] - 0.00003), 5)
    return [
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "workspace": "brightloom"}),
        case(f, f"{a}/v3/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("661842", CRED), "trustDevice": "true",
            "challenge": opaque(rng, "ch_", 20)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC), "timezone": L(TZ, DEV), "weekStart": "mon",
            "jobTitle": "Senior product designer", "hourlyRate": 62.0}),
        case(f, f"{a}/v3/shifts/clock-in", headers=_h(rng, **b), body={
            "shift": shift, "site": COWORK["id"], "position": {"lat": la, "lng": lo, "acc": 9},
            "geofence": {"lat": COWORK["lat"], "lng": COWORK["lng"], "r": COWORK["radius"]},
            "wifi": {"ssid": L(COWORK_WIFI[0], WIFI), "bssid": L(COWORK_WIFI[1], WIFI)},
            "mock": L(False, DEV)}),
        multipart(f, f"{a}/v3/shifts/{shift}/selfie", [
            ("photo", "clockin.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("face", None, "application/json", {
                "template": L(f32b64([round(rng.gauss(0, 0.07), 4) for _ in range(128)]), FACE),
                "match": 0.93, "model": "fn-128-v3"})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/timers", headers=_h(rng, **b), body={
            "project": PROJECTS[1][0], "task": L("Review onboarding flow v2 with Dimas", TEXT),
            "billable": True, "startedAt": "2025-12-09T02:05:00Z"}),
        case(f, f"{a}/v3/shifts/{shift}/activity", fmt="msgpack", headers=_h(rng, **b), body={
            "slots": L(slots(rng, 6), USAGE), "agent": "android", "v": 3}),
        multipart(f, f"{a}/v3/shifts/{shift}/screenshots", [
            ("image", "shot_0931.png", "image/png", L(PNG + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "takenAt": "2025-12-09T02:31:00Z", "blurred": False, "display": 0,
                "activeApp": L(WORK_APPS[0][0], APPS)})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/shifts/{shift}/usage", gz=True, headers=_h(rng, **b), body={
            "apps": [{"pkg": L(p, APPS), "fgSec": L(s, USAGE)} for p, s in WORK_APPS],
            "web": [{"url": L("https://docs.example.com/brightloom/onboarding-brief", BROWSE),
                     "sec": 740},
                    {"url": L("https://www.example.net/flights/jakarta-dublin", BROWSE),
                     "sec": 95}]}),
        case(f, f"{a}/v3/shifts/{shift}/idle", fmt="form", headers=_h(rng, **b), body={
            "from": "2025-12-09T05:02:00Z", "to": "2025-12-09T05:41:00Z", "keep": "false",
            "reason": L("Pharmacy run for my antihistamines", f"{TEXT}|{MED}")}),
        lines(f, f"{a}/v3/shifts/{shift}/pings", track(rng, 3, COWORK_FIX),
              headers=_h(rng, **b)),
        case(f, f"{a}/v3/shifts/clock-out", headers=_h(rng, **b), body={
            "shift": shift, "position": {"lat": ola, "lng": olo},
            "summary": L("Finished onboarding screens, QA handoff tomorrow", TEXT)}),
        case(f, f"{a}/v3/timesheets/2025-W50/submit", fmt="form", headers=_h(rng, **b),
             body={"attest": "true", "hours": "38.5", "approver": "usr_k2m9q7"}),
        case(f, f"{a}/v3/leave", headers=_h(rng, **b), body={
            "type": L("sick", MED), "from": "2025-12-11", "to": "2025-12-11",
            "note": L("Migraine, resting today", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/payroll/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "currency": "USD"}),
        multipart(f, f"{a}/v3/expenses", [
            ("receipt", "daypass.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("expense", None, "application/json", {
                "amount": L(185000, BUY), "currency": "IDR", "category": "coworking",
                "merchant": COWORK["name"], "project": PROJECTS[0][0]})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/reports/me", headers=_h(rng, **b),
             query={"from": "2025-12-01", "to": "2025-12-07", "group": "project"}),
        case(f, f"{a}/v3/integrations/calendar/callback", fmt="form", headers=_h(rng, **b),
             body={"code": L(opaque(rng, "4/0A", 60), CRED), "state": opaque(rng, "", 16),
                   "redirect_uri": "com.example.clockfern:/oauth"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("clock_in", 1, geofenced=True), ev("screenshot_taken", 2),
                ev("screen", 3, screen=L("Timesheet", USAGE))]}),
        case(f, f"{a}/v3/shifts", headers=_h(rng, how="plain"),
             cookies={"cf_session": L(opaque(rng, "", 44), CRED)}, query={"week": "2025-W50"}),
    ]


def clockfern_sdks() -> list[Case]:
    rng = random.Random(3932)
    return [
        tw_batch(APP, rng, [("Clocked In", {"geofenced": True}),
                            ("Screenshot Captured", {"blurred": False})], tz=TZ, ip=True,
                 gz=False),
        tw_queue(APP, rng, [("Timer Started", {"billable": True}), ("Idle Kept", {"min": 39})]),
        af_launch(APP, rng, user=True, n=88),
        cb_crash(APP, rng, ("java.lang.SecurityException", "usage stats permission revoked"),
                 [cb_crumb("navigation", "Shift -> Usage"),
                  cb_crumb("log", "screenshot job", {"shift": "sh_2f0a"})],
                 screen="ShiftActivity", tz=TZ),
        ft_eval(APP, rng, {"plan": "team", "screenshots": True, "email": L(EMAIL, MAIL)}),
        pm_register(APP, rng, at=COWORK_FIX, nd=2, tz=TZ),
        cr_check(APP, rng, {"analytics": True, "ads": False}),
        hw_message(APP, rng, L("Tuesday's screenshots are missing from my timesheet", TEXT),
                   {"workspace": EMPLOYER["org"], "plan": "team"}),
        hw_attach(APP, rng, L(PNG + b"\x02", MEDIA), "timesheet.png", "image/png"),
        tc_reverse(APP, rng, COWORK_FIX, PRECISE, nd=5),
    ]
