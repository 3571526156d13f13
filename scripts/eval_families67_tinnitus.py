"""Tinnitus sound-therapy app "Humwane" with a hearing test: sign-up, an OAuth log-in, ``/me``,
the tinnitus intake, the earbuds' calibration (an accessory), the hearing test's thresholds, the
pitch and loudness match, the Tinnitus Handicap Inventory, a therapy session (msgpack) with a
notch at her pitch, her clinic's audiogram uploaded, a symptom diary and triggers, the report
shared with her ENT, an audiology visit, a Play subscription, the sound library, a custom mix, a
CBT lesson's reflection, reminders, a health-data consent, push, events and the programs by a
cookie GET."""

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families67_kit import (
    AUDIO_CLINIC,
    EARBUDS,
    ENT_DOC,
    FREQ_HZ,
    THRESH,
    obj,
    thi,
    thi_total,
)
from eval_families67_sdk import (
    bc_bid,
    eh_batch,
    eh_identify,
    fm_crash,
    fm_crumb,
    ig_event,
    ig_session,
)
from eval_families67_svc import am_message, as_check, fg_eval, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("humwane", "Humwane", "com.example.humwane", "2.14.0",
          "https://api.humwane.example.com")
IID = "X-Humwane-Install"
PW = "Quiet-Fern-6230"
TM = f"{TEXT}|{MED}"  # her own words stating a health fact


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def humwane() -> list[Case]:
    rng = random.Random(6721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    ans = thi(rng)
    return [
        case(f, f"{a}/api/v1/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthYear": L(1991, BIRTH),
            "sex": L("female", GENDER), "zip": L(ZIP, COARSE), "marketingOptIn": False}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "humwane-android", "scope": "openid offline"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/onboarding", headers=_h(rng, **b), body={
            "tinnitus": {"side": L("left", MED), "since": L("2023-03", MED),
                         "sound": L("high-pitched ringing", MED), "constant": L(True, MED),
                         "cause": L("loud concerts, then a subway platform", MED)},
            "hyperacusis": L(True, MED), "hearingAids": L(False, MED),
            "goals": ["sleep", "focus"], "heardFrom": "podcast"}),
        case(f, f"{a}/api/v1/hearing-test/calibration", headers=_h(rng, **b), body={
            "earbuds": {"model": EARBUDS["model"], "ble": EARBUDS["ble"], "fw": EARBUDS["fw"]},
            "ambientDb": 34.2, "volumeStep": 11, "refToneHz": 1000,
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/hearing-test/results", headers=_h(rng, **b), body={
            "test": obj(rng, "ht", 10), "freqsHz": FREQ_HZ, "left": L(THRESH["left"], MED),
            "right": L(THRESH["right"], MED), "reliability": 0.93, "durationS": 412,
            "earbudsSerial": EARBUDS["serial"]}),
        case(f, f"{a}/api/v1/tinnitus/match", headers=_h(rng, **b), body={
            "pitchHz": L(6300, MED), "loudnessDbSl": L(7, MED), "type": L("tonal", MED),
            "ear": L("left", MED), "residualInhibitionS": L(40, MED),
            "octaveCheck": True, "trials": 9}),
        case(f, f"{a}/api/v1/questionnaires/thi", headers=_h(rng, **b), body={
            "version": "THI-25", "answers": L(ans, MED), "total": thi_total(ans),
            "grade": L("moderate", MED), "completedIn": 214}),
        case(f, f"{a}/api/v1/therapy/sessions", fmt="msgpack", headers=_h(rng, **b), body={
            "session": obj(rng, "ts", 10), "preset": "notched pink noise",
            "notchHz": L(6300, MED), "minutes": L(42, USAGE), "volume": 0.35,
            "output": "earbuds", "startedAt": 1765319400}),
        multipart(f, f"{a}/api/v1/records", [
            ("file", "audiogram_clinic.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "audiogram", "date": "2025-11-20",
                                                "source": "clinic"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/journal", headers=_h(rng, **b), body={
            "date": "2025-12-09", "loudness": L(7, MED), "distress": L(6, MED),
            "sleepHours": L(5.5, MED),
            "note": L("Ringing louder after the subway, couldn't fall asleep until 2", TM)}),
        case(f, f"{a}/api/v1/journal/triggers", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-09", "triggers": L("caffeine,stress,loud_noise", MED)}),
        case(f, f"{a}/api/v1/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(ENT_DOC[0], NAMEC), "recipientEmail": L(ENT_DOC[1], MAIL),
            "include": "audiogram,thi,journal", "expiresDays": "14"}),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "clinic": dict(AUDIO_CLINIC), "slot": "2025-12-18T15:00",
            "reason": L("tinnitus follow-up and a hearing-aid consult", MED),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/api/v1/billing/play/verify", headers=_h(rng, **b), body={
            "sku": L("humwane_premium_annual", BUY), "orderId": L("GPA.3392-1184-4410-72201", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/sounds", headers=_h(rng, **b), query={
            "category": "rain", "lang": L("en", DEV), "page": "1"}),
        case(f, f"{a}/api/v1/sounds/mixes", headers=_h(rng, **b), body={
            "title": L("Bedroom fan + light rain", TEXT), "timerMin": 60,
            "layers": [{"sound": "snd_fan_02", "gain": 0.6},
                       {"sound": "snd_rain_11", "gain": 0.3}]}),
        case(f, f"{a}/api/v1/cbt/lessons/reframing/progress", headers=_h(rng, **b), body={
            "completed": True, "secondsSpent": L(380, USAGE),
            "reflection": L("I notice it most when the office is quiet and I start listening "
                            "for it", TM)}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "bedtime": "22:30", "therapy": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "healthData": "1", "researchSharing": "0", "version": "2025-09"}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("hearing_test_done", 1, secs=412), ev("therapy_started", 2, preset="notched"),
                ev("screen", 3, screen=L("TherapyPlayer", USAGE))]}),
        case(f, f"{a}/api/v1/programs", headers=_h(rng, how="upper"),
             cookies={"hw_session": L(opaque(rng, "", 40), CRED)}),
    ]


def humwane_sdks() -> list[Case]:
    rng = random.Random(6722)
    return [
        eh_batch(APP, rng, [("Therapy Session Ended", {"preset": "notched",
                                                       "minutes": L(42, USAGE)}),
                            ("THI Completed", {"grade": L("moderate", MED)})]),
        eh_identify(APP, rng, {"email": L(EMAIL, MAIL), "first_name": L(FIRST, NAMEC),
                               "plan": "premium", "tinnitus_side": L("left", MED)}),
        ig_session(APP, rng, user=True, count=12),
        ig_event(APP, rng, "subscribe", {"plan": "annual", "trial": False}, revenue=59.99,
                 hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fm_crash(APP, rng, ("java.lang.IllegalStateException", "AudioTrack not initialized"),
                 [fm_crumb("navigation", "Home -> TherapyPlayer"),
                  fm_crumb("console", "earbuds route lost", {"fw": EARBUDS["fw"]})],
                 screen="TherapyPlayerActivity"),
        fg_eval(APP, rng, {"premium": True, "thi_grade": L("moderate", MED)}, hdr=True),
        pr_register(APP, rng, tags={"reminder": "bedtime"}),
        as_check(APP, rng, {"analytics": True, "ads": False}),
        am_message(APP, rng, L("The notch at 6300 Hz sounds harsh with my left-ear tinnitus, "
                               "can I move it?", TM), {"plan": "premium"}),
    ]
