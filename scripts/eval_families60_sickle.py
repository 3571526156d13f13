"""Sickle-cell disease pain diary "Drepanote" with hydration tracking: sign-up (genotype, blood
type), a log-in with a second factor, ``/me`` with a JWT, her hematologist, her medicines, a pain
episode with a body map and its follow-up scores (msgpack), hydration logs (a day's drinks and a
widget's quick log), labs, a transfusion at an infusion centre, an ER admission, the emergency
care plan, a photo of a swollen hand and a voice journal with its transcript, weather triggers by
a rounded position, reminders, a report shared with the hematologist, a community post, a
wearable import, push, events (gzip) and the export by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families60_kit import HEMATOLOGIST, HOSPITAL, INFUSION, MEDS_SCD, obj, pains, sips
from eval_families60_sdk import (
    af_event,
    af_session,
    sf_crumb,
    sf_error,
    sf_session,
    tl_batch,
    tl_queue,
)
from eval_families60_svc import bm_register, hm_message, pk_card, pm_save, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("drepanote", "Drepanote", "com.example.drepanote", "2.8.3",
          "https://api.drepanote.example.org")
IID = "X-Drepanote-Install"
PW = "Marigold-Tide-58"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def drepanote() -> list[Case]:
    rng = random.Random(6021)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    ep = obj(rng, "ep", 10)
    return [
        case(f, f"{a}/api/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "zip": L(ZIP, COARSE), "diagnosis": {"genotype": L("HbSS", MED),
                                                 "diagnosedAt": L("newborn screening", MED)},
            "bloodType": L("O+", MED), "terms": True}),
        case(f, f"{a}/api/v2/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/api/v2/sessions/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604117", CRED), "rememberDevice": "true",
            "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/care-team", headers=_h(rng, **b), body={
            "role": "hematologist", "name": L(HEMATOLOGIST[0], NAMEC),
            "phone": L(HEMATOLOGIST[1], TEL), "email": L(HEMATOLOGIST[2], MAIL),
            "practice": "Eastside Hematology"}),
        case(f, f"{a}/api/v2/meds", headers=_h(rng, **b), body={"meds": [
            {"name": L(n, MED), "dose": L(d, MED), "active": True} for n, d in MEDS_SCD]}),
        case(f, f"{a}/api/v2/pain", headers=_h(rng, **b), body={
            "episodeId": ep, "startedAt": "2025-12-09T03:05:00-05:00", "severity": L(8, MED),
            "sites": [L("lower back", MED), L("left knee", MED), L("chest", MED)],
            "triggers": [L("cold weather", MED), L("dehydration", MED)],
            "crisis": L(True, MED),
            "bodyMap": L([{"region": "L_KNEE", "x": 0.41, "y": 0.72},
                          {"region": "LOW_BACK", "x": 0.5, "y": 0.46}], MED),
            "note": L("Pain woke me at 3am, took an oxy and a hot shower, still bad", TM)}),
        case(f, f"{a}/api/v2/pain/{ep}/scores", fmt="msgpack", headers=_h(rng, **b), body={
            "scores": L(pains(rng, 6), MED), "everyMin": 60,
            "rescueDoses": L([{"med": "oxycodone", "mg": 5, "at": "04:10"}], MED)}),
        case(f, f"{a}/api/v2/hydration", headers=_h(rng, **b), body={
            "date": "2025-12-09", "entries": L(sips(rng, 8), FIT), "goalMl": L(3000, FIT),
            "totalMl": L(2240, FIT)}),
        case(f, f"{a}/api/v2/hydration/quick", fmt="form", headers=_h(rng, how="upper", **b),
             body={"ml": L("250", FIT), "kind": "water", "source": "widget"}),
        case(f, f"{a}/api/v2/labs", headers=_h(rng, **b), body={
            "drawnOn": "2025-12-02", "lab": "Quorum Labs", "results": {
                "hemoglobin": L(8.1, MED), "hbF": L(18.5, MED), "reticulocytes": L(9.2, MED),
                "ferritin": L(612, MED)}, "units": "US"}),
        case(f, f"{a}/api/v2/transfusions", headers=_h(rng, **b), body={
            "date": "2025-11-20", "kind": L("exchange", MED), "units": L(6, MED),
            "center": {k: INFUSION[k] for k in ("id", "name", "phone", "lat", "lon")},
            "reaction": L("none", MED)}),
        case(f, f"{a}/api/v2/visits", headers=_h(rng, **b), body={
            "kind": L("emergency", MED), "hospital": HOSPITAL,
            "reason": L("vaso-occlusive crisis", MED), "admitted": L(True, MED),
            "nights": L(3, MED),
            "note": L("ER made me wait four hours for pain meds again", TM)}),
        case(f, f"{a}/api/v2/care-plan", headers=_h(rng, **b), body={
            "weightKg": L(62.5, FIT), "baselineHb": L(8.4, MED),
            "preferredOpioid": L("hydromorphone", MED),
            "allergies": [L("morphine (itching)", MED)], "format": "pdf"}),
        multipart(f, f"{a}/api/v2/pain/{ep}/photos", [
            ("photo", "hand_swelling.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"site": L("right hand", MED),
                                                "takenAt": "2025-12-09T08:12:00-05:00"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/journal/voice", [
            ("audio", "journal_1209.m4a", "audio/mp4", L(M4A + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "durationS": 48,
                "transcript": L("Day two of the crisis, knees worse than yesterday", TM)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE),
            "units": "imperial"}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "hydrateEveryMin": "90", "medName": L("hydroxyurea", MED), "medAt": "21:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v2/shares", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(HEMATOLOGIST[0], NAMEC), "recipientEmail": L(HEMATOLOGIST[2], MAIL),
            "range": "90d", "include": "pain,hydration,labs"}),
        case(f, f"{a}/api/v2/community/posts", headers=_h(rng, **b), body={
            "handle": L("warriorjane91", UID), "anonymous": False, "topic": "crisis-tips",
            "text": L("Anyone else get crises every time it drops below 40F? Layers aren't "
                      "enough", TM)}),
        case(f, f"{a}/api/v2/import/wearable", gz=True, headers=_h(rng, **b), body={
            "source": "com.google.android.apps.healthdata",
            "steps": L([3120, 5402, 1288], FIT), "restingHr": L([74, 77, 81], FIT),
            "spo2": L([96, 95, 93], FIT)}),
        case(f, f"{a}/api/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("pain_logged", 1, severity=L(8, MED)), ev("water_logged", 2, ml=L(250, FIT)),
                ev("screen", 3, screen=L("PainTrends", USAGE))]}),
        case(f, f"{a}/api/v2/export", headers=_h(rng, how="nodash"), query={"fmt": "csv"},
             cookies={"dn_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def drepanote_sdks() -> list[Case]:
    rng = random.Random(6022)
    return [
        tl_batch(APP, rng, [("Pain Logged", {"severity": L(8, MED), "crisis": L(True, MED)}),
                            ("Water Logged", {"ml": L(250, FIT)})], screen="Diary"),
        tl_queue(APP, rng, [("Reminder Opened", {"kind": "hydrate"}),
                            ("Care Plan Viewed", {})]),
        af_session(APP, rng, user=True, n=23, secs=380),
        af_event(APP, rng, "subscribe", {"plan": "plus_yearly"}, revenue="39.99", hashed=True),
        sf_error(APP, rng, ("java.lang.IllegalStateException", "chart range empty"),
                 [sf_crumb("navigation", "Diary -> Trends"),
                  sf_crumb("state", "range", {"days": 0})], context="TrendsActivity"),
        sf_session(APP, rng),
        sb_eval(APP, rng, {"genotype": L("HbSS", MED), "beta": True}),
        bm_register(APP, rng, tags={"hydrate_reminders": "on"}),
        pm_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pk_card(APP, rng, email=True),
        hm_message(APP, rng, L("My hydroxyurea reminder didn't fire last night", TM),
                   {"plan": "plus"}),
    ]
