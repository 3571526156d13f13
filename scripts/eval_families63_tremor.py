"""Parkinson's tremor tracker "Steadyhand" (she has young-onset Parkinson's disease; the phone's
accelerometer measures her rest tremor): sign-up with the diagnosis and her neurologist, a
log-in, ``/me``, medicines, a tremor session (gzip JSON) and its protobuf summary, a spiral
drawing, a finger-tapping test (msgpack), a voice test (WAV and its dysphonia measures), the
ON/OFF diary (msgpack), doses taken, a symptom questionnaire, a walk test, a fall, a report shared
with her neurologist, a message to the care team, her partner as caregiver, a research consent
with a genetic result, a Health Connect import, reminders, push, events and the reports by a
cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    imu,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families63_kit import NEURO, PD_MEDS, PD_STUDY, App63, fix, obj, spiral, taps, tremor
from eval_families63_sdk import (
    fp_crumb,
    fp_report,
    fp_session,
    sw_event,
    sw_open,
    tb_batch,
    tb_identify,
)
from eval_families63_svc import fg_eval, pbay_save, pw_register, rf_attach
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App63("steadyhand", "Steadyhand", "com.example.steadyhand", "1.18.3",
            "https://api.steadyhand.example.com")
IID = "X-SH-Install-Id"
PW = "Quiet-Hands-0517"
MM = f"{MOTION}|{MED}"  # sensor series taken to measure a disease's symptoms
TM = f"{TEXT}|{MED}"
FALL_AT = (40.782541, -73.965312)  # her fix in Central Park when she fell


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def steadyhand() -> list[Case]:
    rng = random.Random(6331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cohort="yopd"))}
    win = tremor(rng, 80)
    packed = struct.pack(f"<{len(win)}f", *[r[1] for r in win])
    lab: dict[str, str] = {}
    sess = obj(rng, "ts", 10)
    summary = pb([(1, L(USER_ID, UID)), (2, sess), (3, 1765361000),
                  (4, [(1, L(5.2, MED)), (2, L(0.108, MED)), (3, L(2, MED))]),
                  (5, L(packed, MM)), (6, L("Pixel 8", DEV))], "", lab)
    fa, fo = fix(FALL_AT)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("F", GENDER),
            "diagnosis": {"condition": L("Parkinson's disease", MED),
                          "onset": L("young-onset", MED), "year": L(2023, MED),
                          "dominantSide": L("right", MED)},
            "neurologist": {"name": L(NEURO[0], NAMEC), "phone": L(NEURO[1], TEL)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "steadyhand-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"regimen": [
            {"drug": L(d, MED), "dose": L(s, MED), "times": ["07:30", "11:30", "15:30"]}
            for d, s in PD_MEDS]}),
        case(f, f"{a}/v1/tremor/sessions", gz=True, headers=_h(rng, **b), body={
            "session": sess, "hz": 100, "hand": "right", "posture": "rest",
            "samples": L(win, MM), "peakHz": L(5.2, MED), "amplitudeG": L(0.11, MED),
            "score": L(2, MED), "minutesSinceDose": L(195, MED)}),
        raw(f, f"{a}/v1/tremor/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/spiral", headers=_h(rng, **b), body={
            "hand": "right", "points": L(spiral(rng, 60), MM), "score": L(1.8, MED),
            "durationMs": 9600, "screen": {"w": L(1080, DEV), "h": L(2400, DEV)}}),
        case(f, f"{a}/v1/tests/tapping", fmt="msgpack", headers=_h(rng, **b), body={
            "hand": "left", "taps": L(taps(rng, 30), MM), "count10s": L(31, MED),
            "meanIntervalMs": L(287, MED)}),
        multipart(f, f"{a}/v1/tests/voice", [
            ("audio", "aah.wav", "audio/wav", L(WAV, f"{MEDIA}|{MED}")),
            ("measures", None, "application/json", {
                "task": "sustained_a", "jitterPct": L(1.21, MED), "shimmerPct": L(4.8, MED),
                "hnrDb": L(17.3, MED), "durationS": 6})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09",
            "halfHours": L(["off", "on", "on", "on", "on-dysk", "on", "off", "off", "on"], MED),
            "dyskinesia": L("mild", MED), "sleepHours": 6.5}),
        case(f, f"{a}/v1/doses", fmt="form", headers=_h(rng, **b), body={
            "drug": L(PD_MEDS[0][0], MED), "dose": L(PD_MEDS[0][1], MED),
            "takenAt": "2025-12-10T07:41:00-05:00"}),
        case(f, f"{a}/v1/questionnaires/updrs2", headers=_h(rng, **b), body={
            "items": L([1, 2, 1, 0, 2, 1, 1, 0, 1, 2, 1, 0, 1], MED), "total": L(13, MED),
            "falls": L(1, MED), "freezing": L(True, MED)}),
        case(f, f"{a}/v1/tests/walk", gz=True, headers=_h(rng, **b), body={
            "imu": L(imu(rng, 30), MM), "steps": L(58, FIT), "cadence": L(104, FIT),
            "freezingEpisodes": L(0, MED), "strideCv": L(3.9, MED)}),
        case(f, f"{a}/v1/falls", headers=_h(rng, **b), body={
            "lat": fa, "lng": fo, "accM": 6, "imu": L(imu(rng, 24), MOTION), "peakG": 3.1,
            "userOk": True, "notify": "caregiver"}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEURO[0], NAMEC), "recipientEmail": L(NEURO[2], MAIL),
            "range": "30d"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("Morning OFF periods are longer since I moved the first dose to 7:30",
                      TM)}),
        case(f, f"{a}/v1/caregivers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
            "email": L(PARTNER[2], MAIL), "relation": "spouse", "fallAlerts": True}),
        case(f, f"{a}/v1/research/consent", headers=_h(rng, **b), body={
            "study": PD_STUDY, "genetics": {"lrrk2": L("G2019S carrier", MED)},
            "shareRaw": True, "signature": L(NAME, NAMEC), "phone": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([5210, 7340, 3988], FIT), "restingHr": L([66, 64, 67], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "07:30,11:30,15:30", "sound": "chime", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("tremor_session", 1, seconds=30), ev("spiral_done", 2),
                ev("screen", 3, screen=L("WeeklyReport", USAGE))]}),
        case(f, f"{a}/v1/reports", headers=_h(rng, how="upper"),
             cookies={"sh_sess": L(opaque(rng, "", 44), CRED)}),
    ]


def steadyhand_sdks() -> list[Case]:
    rng = random.Random(6332)
    return [
        tb_batch(APP, rng, [("Tremor Session Completed", {"score": L(2, MED), "seconds": 30}),
                            ("Dose Logged", {"late": True})]),
        tb_identify(APP, rng, {"diagnosisYear": L(2023, MED), "age": L(34, BIRTH),
                               "plan": L("plus_annual", BUY)}),
        sw_open(APP, rng, user=True, n=14),
        sw_event(APP, rng, "subscribe", {"plan": "plus_annual"}, revenue=59.99, hashed=True),
        fp_report(APP, rng, ("java.lang.IllegalStateException", "sensor listener detached"),
                  [fp_crumb("nav", "Home -> TremorTest"),
                   fp_crumb("log", "sensor rate", {"hz": 100})], screen="TremorTestActivity"),
        fp_session(APP, rng, secs=388),
        fg_eval(APP, rng, {"condition": L("parkinsons", MED), "voiceTest": True}),
        pw_register(APP, rng, tags={"medReminders": "on", "zip3": L("101", COARSE)}),
        pbay_save(APP, rng, {"analytics": True, "research": True}, user=True),
        rf_attach(APP, rng, L(PNG, f"{MEDIA}|{MED}"), "spiral_chart.png", "image/png"),
    ]
