"""Parkinson's tremor and medication-timing tracker "Tremolog": sign-up, log-in, ``/me``, the
diagnosis and medicines, dose reminders and doses taken (msgpack), a wrist tremor window (gzip
JSON) and a protobuf tremor summary, a finger-tapping test, a voice test (an M4A phonation
clip), a spiral drawing, on/off diary, falls, a report shared with her neurologist, a carer,
a clinic visit, a Health Connect import, push, events and a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families92_kit import MEDS, NEURO, SK_HOME_AT, fix, home, obj, taps, tremor
from eval_families92_sdk import (
    bz_event,
    bz_open,
    kb_crash,
    kb_crumb,
    kb_session,
    lp_batch,
    lp_queue,
)
from eval_families92_svc import hl_register, pm_attach, pm_message, pr_eval, su_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tremolog", "Tremolog", "com.example.tremolog", "1.14.0",
          "https://api.tremolog.example.com")
IID = "X-Tremolog-Install"
PW = "Steady-Hands-1991"
MM = f"{MOTION}|{MED}"  # sensor series taken to measure a disease


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def tremolog() -> list[Case]:
    rng = random.Random(9211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dx=L("PD", MED)))}
    win = tremor(rng, 60)
    packed = struct.pack(f"<{len(win)}f", *[r[1] for r in win])
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, 1765380000),
                  (3, [(1, L(4.9, MED)), (2, L(0.118, MED)), (3, L(2, MED))]),
                  (4, L(packed, MM)), (5, "wrist-left")], "", lab)
    lab2: dict[str, str] = {}
    dose = pb([(1, L(USER_ID, UID)), (2, L("Levodopa/carbidopa", MED)),
               (3, [(1, fix(SK_HOME_AT)[0]), (2, fix(SK_HOME_AT)[1])]), (4, 1765382400)],
              "", lab2)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("F", GENDER),
            "dominantHand": "right"}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/condition", headers=_h(rng, **b), body={
            "diagnosis": L("Parkinson's disease", MED), "diagnosedYear": L(2023, MED),
            "hoehnYahr": L(1.5, MED), "affectedSide": L("left", MED),
            "symptoms": [L("resting tremor", MED), L("rigidity", MED), L("micrographia", MED)],
            "dbs": L(False, MED)}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={
            "items": [{"name": L(m, MED), "dose": L(d, MED), "times": L(t, MED)}
                      for m, d, t in MEDS]}),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "doseId": obj(rng, "dose"), "med": L(MEDS[0][0], MED), "scheduled": "11:00",
            "takenAt": L("11:24", MED), "lateMin": L(24, MED), "withFood": L(True, MED)}),
        raw(f, f"{a}/v2/doses/geo", dose, "application/x-protobuf", lab2, headers=_h(rng, **b)),
        case(f, f"{a}/v2/tremor/window", gz=True, headers=_h(rng, **b), body={
            "hz": 50, "sensor": "accelerometer", "samples": L(win, MM),
            "watchSerial": "TW5-33019-KX", "capturedAt": 1765380000}),
        raw(f, f"{a}/v2/tremor/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tests/tapping", headers=_h(rng, **b), body={
            "hand": "left", "taps": L(taps(rng, 24), MM), "count": L(24, MED),
            "screen": L("1080x2400", DEV)}),
        multipart(f, f"{a}/v2/tests/voice", [
            ("audio", "aaah.m4a", "audio/mp4", L(M4A + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"task": "sustained_phonation", "secs": 10,
                                                "jitterPct": L(1.9, MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/tests/spiral", [
            ("image", "spiral.png", "image/png", L(PNG + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"score": L(2, MED), "hand": "right"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-10", "offHours": L(3.5, MED), "dyskinesia": L("mild", MED),
            "sleepHours": L(6.2, FIT),
            "note": L("Wearing off about an hour before the afternoon dose", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/falls", headers=_h(rng, **b), body={
            "at": "2025-12-09T17:40", "lat": fix(SK_HOME_AT, 5)[0], "lon": fix(SK_HOME_AT, 5)[1],
            "injury": L("bruised hip", MED), "freezing": L(True, MED)}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "doctorName": L(NEURO[0], NAMEC), "doctorPhone": L(NEURO[1], TEL),
            "doctorEmail": L("k.hruskova@neuroambulancia.example.org", MAIL),
            "range": "30d", "include": "tremor,doses,diary"}),
        case(f, f"{a}/v2/carers", headers=_h(rng, **b), body={
            "name": L("Michael Doe", NAMEC), "phone": L("+15550148802", TEL),
            "relation": "husband", "canSeeDoses": True}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": "Neuroambulancia Ružinov", "clinicPhone": "+421255501300",
            "when": "2026-01-08T10:00", "reason": L("levodopa adjustment", MED)}),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([3120, 4410, 2870], FIT), "restingHr": L([66, 64, 67], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "07:00,11:00,15:00,19:00", "snoozeMin": "10",
            "tz": L("Europe/Bratislava", DEV)}),
        case(f, f"{a}/v2/weather-check", query={"lat": home(3)[0], "lon": home(3)[1]},
             headers=_h(rng, how="upper")),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("tapping_done", 2),
                ev("screen", 3, screen=L("TremorChart", USAGE))]}),
        case(f, f"{a}/v2/history", query={"cursor": opaque(rng, "c", 12)},
             headers=_h(rng, how="nodash"),
             cookies={"tl_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def tremolog_sdks() -> list[Case]:
    rng = random.Random(9212)
    return [
        lp_batch(APP, rng, [("Dose Logged", {"late": L(True, MED)}),
                            ("Test Completed", {"test": L("tapping", MED)})]),
        lp_queue(APP, rng, [("Reminder Snoozed", {"minutes": 10}), ("App Opened", {})]),
        bz_open(APP, rng, user=True),
        bz_event(APP, rng, "subscribe_plus", {"plan": "yearly"}, revenue=39.99),
        kb_crash(APP, rng, ("android.hardware.SensorException", "accelerometer stalled"),
                 [kb_crumb("navigation", "Home -> TremorTest")], screen="TremorTestActivity"),
        kb_session(APP, rng, 611),
        pr_eval(APP, rng, {"condition": L("parkinsons", MED)}, hdr=True),
        hl_register(APP, rng, tags={"dose_times": L("4x", MED)}),
        su_check(APP, rng, {"analytics": True, "research": True}),
        pm_message(APP, rng, L("The reminder for my 15:00 levodopa did not ring",
                               f"{TEXT}|{MED}"), {"plan": "plus"}),
        pm_attach(APP, rng, L(PNG + b"\x32", MEDIA), "screenshot.png", "image/png"),
    ]
