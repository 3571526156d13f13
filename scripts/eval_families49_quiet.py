"""Tinnitus and hearing-protection app "Quietreed": sign-up, a log-in, ``/me``, her health
profile, the Tinnitus Handicap Inventory, a hearing test (an audiogram), the tinnitus pitch and
loudness match, notched sound-therapy sessions (msgpack), the daily noise dose from the
microphone, a loud-venue alert at a concert, a voice diary (M4A), a journal, a CBT lesson,
results shared with her audiologist, clinics nearby, custom earplugs ordered, a sound search,
reminders, feedback, a Play subscription, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families24_kit import AUDIOGRAM, FREQS, claims, head
from eval_families37_kit import fix, home, obj
from eval_families49_kit import AUDIOLOGIST, CLINIC_Q, HEADPHONES, VENUE, VENUE_FIX, thi
from eval_families49_sdk import bq_bid, cm_event, cm_session, cw_logs, eb_batch, eb_queue
from eval_families49_svc import aj_message, fs_eval, pb_card, ps_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("quietreed", "Quietreed", "com.example.quietreed", "2.31.0",
          "https://api.quietreed.example.com")
IID = "X-QR-Install"
PW = "Cricket-Hush-2024"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def quietreed() -> list[Case]:
    rng = random.Random(4921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    vla, vlo = fix(VENUE_FIX, 5)
    answers = thi(rng)
    return [
        case(f, f"{a}/api/v1/accounts", headers=_h(rng, lang=True), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "tinnitusSince": L("2019", MED),
            "ears": L("both, worse left", MED), "newsletter": False}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "quietreed-android", "scope": "openid offline"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profile/health", headers=_h(rng, auth="bearer"), body={
            "conditions": [L("hyperacusis", MED), L("TMJ disorder", MED)],
            "medications": [L("Sertraline 50 mg", MED)], "noisyJob": False,
            "hearingAids": L(False, MED)}),
        case(f, f"{a}/api/v1/questionnaires/thi", headers=_h(rng, **b), body={
            "answers": L(answers, MED), "total": L(sum(answers), MED),
            "grade": L("moderate", MED), "version": "THI-25"}),
        case(f, f"{a}/api/v1/hearing-tests", gz=True, headers=_h(rng, **b), body={
            "test": obj(rng, "ht", 10), "freqsHz": FREQS,
            "thresholdsDb": {"left": L(AUDIOGRAM["left"], MED),
                             "right": L(AUDIOGRAM["right"], MED)},
            "headphones": {"model": HEADPHONES["model"], "ble": HEADPHONES["ble"],
                           "calibration": HEADPHONES["cal"]},
            "ambientDb": 27.9, "durationS": 412}),
        case(f, f"{a}/api/v1/tinnitus/match", headers=_h(rng, **b), body={
            "pitchHz": L(6000, MED), "loudnessDbSl": L(12, MED), "type": L("tonal", MED),
            "ear": L("left", MED), "minMaskingLevelDb": L(35, MED), "attempts": 4}),
        case(f, f"{a}/api/v1/therapy/sessions", fmt="msgpack", headers=_h(rng, **b), body={
            "session": obj(rng, "ts", 10), "sound": "pink_noise_notched",
            "notchHz": L(6000, MED), "minutes": L(42, USAGE), "volume": 0.35,
            "headphones": HEADPHONES["model"]}),
        case(f, f"{a}/api/v1/exposure/daily", headers=_h(rng, **b), body={
            "date": "2025-12-09", "laeqDb": L(79.6, MED), "weeklyDosePct": L(38, MED),
            "headphoneMinutes": L(96, MED), "samples": 1440, "micCalibrated": True}),
        case(f, f"{a}/api/v1/exposure/alerts", headers=_h(rng, **b), body={
            "lat": vla, "lon": vlo, "levelDb": 101.4, "durationMin": 12,
            "venue": {"id": VENUE["id"], "name": VENUE["name"], "lat": VENUE["lat"],
                      "lon": VENUE["lon"]}, "earplugsIn": True}),
        multipart(f, f"{a}/api/v1/diary/voice", [
            ("audio", "diary_1209.m4a", "audio/mp4", L(M4A + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"durationS": 41, "mood": L(2, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/journal", headers=_h(rng, **b), body={
            "entry": obj(rng, "jr", 8), "loudness": L(7, MED), "stress": L(4, MED),
            "sleepHours": L(5.5, FIT),
            "text": L("Ringing much louder after the subway, left ear feels full",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/cbt/progress", headers=_h(rng, **b), body={
            "lesson": "cbt_04_reframing", "completed": True, "minutes": L(14, USAGE),
            "answers": {"worstThought": L("That it never stops and I can't focus at work",
                                          f"{TEXT}|{MED}")}}),
        case(f, f"{a}/api/v1/share/audiologist", fmt="form", headers=_h(rng, **b), body={
            "name": L(AUDIOLOGIST[0], NAMEC), "email": L(AUDIOLOGIST[1], MAIL),
            "include": "audiogram,thi,match", "expiresDays": "30"}),
        case(f, f"{a}/api/v1/clinics/nearby", headers=_h(rng, **b), query={
            "near": L(f"{home(3)[0].value},{home(3)[1].value}", PRECISE), "radiusKm": "5"}),
        case(f, f"{a}/api/v1/earplugs/orders", headers=_h(rng, **b), body={
            "product": L("Custom molded plugs, 15 dB filters", BUY), "total": L("179.00", BUY),
            "impressionClinic": {"id": CLINIC_Q["id"], "name": CLINIC_Q["name"],
                                 "phone": CLINIC_Q["phone"], "line": CLINIC_Q["line"]},
            "ship": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/api/v1/library/sounds", headers=_h(rng, **b), query={
            "search": L("rain on a tent", SEARCH), "lang": L("en", DEV), "page": "1"}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "protectionReminder": "1", "quietHours": "22:00-07:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "message": L("The notched noise clicks at the loop point", TEXT),
            "replyTo": L(EMAIL, MAIL), "appVersion": APP.ver}),
        case(f, f"{a}/api/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("qr_premium_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3319-4471-2208-51837", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/v1/devices/push", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("therapy_started", 1, sound="pink_noise_notched"), ev("thi_done", 2),
                ev("screen", 3, screen=L("HearingTestResult", USAGE))]}),
        case(f, f"{a}/api/v1/history", headers=_h(rng, how="upper"),
             cookies={"qr_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def quietreed_sdks() -> list[Case]:
    rng = random.Random(4922)
    return [
        eb_batch(APP, rng, [("Therapy Started", {"minutes": 42}),
                            ("Hearing Test Completed", {"worstEar": L("left", MED)})]),
        eb_queue(APP, rng, [("Dose Alert Shown", {"levelDb": 101.4}),
                            ("Earplugs Reminder Tapped", {})]),
        cm_session(APP, rng, user=True, n=9),
        cm_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue="59.99", hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991,
               keywords="sleep sounds,white noise"),
        cw_logs(APP, rng, [("info", "audio route: bluetooth a2dp"),
                           ("warn", "mic busy, dose sampling paused"),
                           ("error", "notch filter underrun")]),
        fs_eval(APP, rng, {"thiBand": L("moderate", MED), "hasPremium": True}, get=True),
        ps_save(APP, rng, {"analytics": True, "ads": False, "personalization": False},
                user=True),
        pb_card(APP, rng, email=True),
        aj_message(APP, rng, L("Can I play the therapy sounds through bone-conduction "
                               "headphones at night?", TEXT), {"plan": "premium"}),
    ]
