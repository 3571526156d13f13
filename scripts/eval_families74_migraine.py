"""Migraine-with-aura diary "Aurelune" with weather triggers: sign-up with the diagnosis, a
log-in, ``/me`` with a JWT, an attack logged (aura, pain, symptoms, where it began) and closed
(the triptan taken), the weather for her position, the day's triggers against the barometric
series, her cycle, a preventive medicine, MIDAS and HIT-6, an aura drawing and a voice note, a
sensor snapshot (msgpack), a diary note, a check-in with prodrome signs, the report shared with
her neurologist and a visit booked, an emergency card, a Health Connect import, a Play purchase
check, a token refresh, push, events and the attack list by a cookie GET."""

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
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families74_kit import MIG_MEDS, NEURO, OFFICE_AT, STATION, fix, obj, pressure
from eval_families74_sdk import (
    bw_bid,
    cb_batch,
    cb_queue,
    fg_crash,
    fg_crumb,
    rl_event,
    rl_session,
)
from eval_families74_svc import as_check, cl_message, ft_eval, po_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("aurelune", "Aurelune", "com.example.aurelune", "5.2.0",
          "https://api.aurelune.example.com")
IID = "X-Aurelune-Install"
PW = "Zigzag-Halo-2009"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def aurelune() -> list[Case]:
    rng = random.Random(7421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    b = {"auth": "bearer"}
    att = obj(rng, "att", 10)
    ola, olo = fix(OFFICE_AT, 5)
    return [
        case(f, f"{a}/api/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "sex": L("female", GENDER),
            "diagnosis": {"type": L("migraine_with_aura", MED), "sinceYear": L(2009, MED)},
            "timezone": L("America/New_York", DEV), "marketingOptIn": False}),
        case(f, f"{a}/api/v2/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "deviceName": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/attacks", headers=_h(rng, **b), body={
            "id": att, "startedAt": "2025-12-09T14:05:00-05:00",
            "aura": {"visual": L(["zigzag lines", "scintillating scotoma"], MED),
                     "sensory": L("tingling in left hand", MED), "durationMin": L(25, MED)},
            "pain": {"intensity": L(7, MED), "side": L("right", MED),
                     "quality": L("throbbing", MED)},
            "symptoms": [L("nausea", MED), L("photophobia", MED)],
            "where": {"lat": ola, "lng": olo, "label": "office"}}),
        case(f, f"{a}/api/v2/attacks/{att}", headers=_h(rng, **b), body={
            "endedAt": "2025-12-09T19:40:00-05:00", "reliefAfterMin": L(95, MED),
            "medsTaken": [{"name": L(MIG_MEDS[0][0], MED), "dose": L(MIG_MEDS[0][1], MED),
                           "at": "2025-12-09T14:20:00-05:00"}],
            "effective": L(True, MED), "missedWork": L(True, MED)}),
        case(f, f"{a}/api/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "hours": "24"}),
        case(f, f"{a}/api/v2/triggers", headers=_h(rng, **b), body={
            "attack": att, "weather": {
                "station": STATION["id"], "stationLat": STATION["lat"],
                "stationLon": STATION["lon"], "pressureHpa": pressure(rng, 12),
                "dropHpa": 9.8, "humidity": 81, "tempC": 6.5},
            "suspected": [L("red wine", MED), L("skipped lunch", MED), L("pressure drop", MED)],
            "sleepHours": L(5.5, FIT), "screenHours": 9}),
        case(f, f"{a}/api/v2/cycle", headers=_h(rng, **b), body={
            "periodStart": L("2025-12-03", MED), "cycleDay": L(7, MED),
            "menstrualMigraine": L(False, MED)}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={
            "name": L(MIG_MEDS[1][0], MED), "dose": L(MIG_MEDS[1][1], MED),
            "schedule": L("twice daily", MED), "kind": L("preventive", MED),
            "prescriber": L(NEURO[0], NAMEC), "startedOn": "2025-10-14"}),
        case(f, f"{a}/api/v2/scores", headers=_h(rng, **b), body={
            "midas": {"answers": L([3, 1, 4, 2, 6], MED), "total": L(16, MED)},
            "hit6": L(62, MED), "period": "2025-09/2025-11"}),
        multipart(f, f"{a}/api/v2/attacks/{att}/drawing", [
            ("image", "aura.png", "image/png", L(PNG, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tool": "brush", "eye": L("right", MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/attacks/{att}/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("transcript", None, "application/json", {
                "text": L("Aura started in my right eye and the words came out wrong", MT),
                "lang": L("en-US", DEV)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sensors", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "lux": [820, 1140, 1390, 1210], "noiseDb": [52, 61, 58],
            "lat": L(round(OFFICE_AT[0], 4), PRECISE), "lon": L(round(OFFICE_AT[1], 4), PRECISE),
            "t": 1765307100}),
        case(f, f"{a}/api/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "mood": 2,
            "note": L("Flickering strip light above my desk again, aura within ten minutes",
                      MT)}),
        case(f, f"{a}/api/v2/checkins", headers=_h(rng, **b), body={
            "date": "2025-12-09", "prodrome": [L("yawning", MED), L("neck stiffness", MED)],
            "waterL": 1.2, "caffeineMg": 180, "stress": 4}),
        case(f, f"{a}/api/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEURO[0], NAMEC), "recipientEmail": L(NEURO[2], MAIL),
            "period": "90d", "include": "attacks,meds,triggers"}),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "doctor": {"name": L(NEURO[0], NAMEC), "phone": L(NEURO[1], TEL)},
            "date": "2026-01-08T10:15", "reason": L("ask about a CGRP preventive", MED)}),
        case(f, f"{a}/api/v2/emergency-card", headers=_h(rng, **b), body={
            "contact": {"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL)},
            "note": L("My aura can include speech trouble; it is migraine, not a stroke", MT),
            "showOnLockScreen": True}),
        case(f, f"{a}/api/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 3120, 9804], FIT), "restingHr": L([64, 66, 63], FIT),
            "sleepMin": L([412, 318, 455], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v2/billing/verify", headers=_h(rng, **b), body={
            "productId": L("aurelune_plus_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-2041-7765-11820", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/api/v2/auth/refresh", fmt="form", headers=_h(rng, how="nodash"), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("attack_logged", 1, aura=True), ev("weather_viewed", 2),
                ev("screen", 3, screen=L("AttackTimeline", USAGE))]}),
        case(f, f"{a}/api/v2/attacks", headers=_h(rng, how="upper"),
             query={"from": "2025-11-01", "to": "2025-12-09"},
             cookies={"au_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def aurelune_sdks() -> list[Case]:
    rng = random.Random(7422)
    return [
        cb_batch(APP, rng, [("Attack Logged", {"aura": L(True, MED), "pain": L(7, MED)}),
                            ("Weather Viewed", {"drop_hpa": 9.8})], at=OFFICE_AT, nd=2),
        cb_queue(APP, rng, [("Checkin Saved", {"stress": 4}), ("Drawing Saved", {})]),
        rl_session(APP, rng, user=True, n=31),
        rl_event(APP, rng, "p3x9kd", "subscribe", {"plan": "plus_yearly"}, revenue=39.99,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=3, yob=1991,
               gender="F", keywords=L("migraine,headache relief", MED)),
        fg_crash(APP, rng, ("java.lang.NullPointerException", "weather station missing"),
                 [fg_crumb("navigation", "Attack -> Triggers"),
                  fg_crumb("http", "GET /weather", {"station": STATION["id"]})],
                 screen="TriggersActivity"),
        ft_eval(APP, rng, {"plan": "plus", "auraTracker": True}, hdr=True),
        po_register(APP, rng, at=(LAT, LON), nd=2, tags={"reminder": "21:00"}),
        cl_message(APP, rng, L("The app lost the attack I logged during my aura yesterday",
                               MT), {"plan": "plus"}),
        as_check(APP, rng, {"analytics": True, "ads": True}),
    ]
