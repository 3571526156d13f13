"""Migraine and headache diary "Aurabook": sign-up with her diagnosis, an OAuth log-in, ``/me``,
attacks with intensity, aura, symptoms, triggers and where they started, the medicines and doses
taken, the weather at her position, a daily check-in (sleep, stress, cycle day), an offline sync
in msgpack, an aura sketch and a voice memo, the MIDAS questionnaire, a report shared with her
neurologist, a visit, a forum post, her office saved as a place, the barometer, a Health Connect
import, settings, push, events, a Play subscription and the summary by a cookie GET."""

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
    GENDER,
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
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families38_kit import (
    ACUTE,
    HEADACHE_CLINIC,
    NEURO,
    PREVENT,
    WORK_AT,
    WORK_LINE,
    baro,
    fix,
    obj,
)
from eval_families38_sdk import (
    ab_event,
    ab_session,
    bh_bid,
    ff_crash,
    ff_crumb,
    sw_batch,
    sw_identify,
)
from eval_families38_svc import fb_eval, hc_message, pp_register, pt_gpay
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("aurabook", "Aurabook", "com.example.aurabook", "5.2.0",
          "https://api.aurabook.example.com")
IID = "X-Aurabook-Install"
PW = "Zigzag-Lights-19"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def aurabook() -> list[Case]:
    rng = random.Random(3811)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    plan="premium"))}
    b = {"auth": "bearer"}
    att = obj(rng, "atk", 10)
    wla, wlo = fix(WORK_AT, 4)
    ola, olo = fix(WORK_AT, 5)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "sex": L("female", GENDER),
            "diagnosis": L("migraine with aura", MED), "onsetAge": L(14, MED),
            "country": L("US", COARSE), "termsVersion": "2025-09"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL.upper(), MAIL),
            "password": L(PW, CRED), "client_id": "aurabook-android", "scope": "diary"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/attacks", headers=_h(rng, **b), body={
            "id": att, "startedAt": "2025-12-08T14:05:00-05:00", "intensity": L(7, MED),
            "side": L("left temple", MED),
            "aura": {"visual": L(True, MED), "kind": L("zigzag lines", MED), "minutes": L(25, MED)},
            "symptoms": [L("nausea", MED), L("photophobia", MED), L("phonophobia", MED)],
            "triggers": [L("red wine", MED), L("sleep loss", MED), L("menstruation", MED)],
            "where": {"lat": wla, "lon": wlo, "label": "auto"},
            "weather": {"hPa": 1004.2, "humidity": 81, "tempC": 6.5},
            "note": L("Aura started in the 2pm meeting, had to leave and lie down", TM)}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L(ACUTE[0], MED), "dose": L(ACUTE[1], MED), "kind": "acute"},
            {"name": L(PREVENT[0], MED), "dose": L(PREVENT[1], MED), "kind": "preventive",
             "schedule": "21:00"}]}),
        case(f, f"{a}/v2/attacks/{att}/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": L(ACUTE[0], MED), "dose": L(ACUTE[1], MED),
            "takenAt": "2025-12-08T14:20:00-05:00", "reliefAt2h": L("partial", MED)}),
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "fields": "pressure,humidity,pollen"}),
        case(f, f"{a}/v2/checkins", headers=_h(rng, **b), body={
            "date": "2025-12-09", "sleepHours": L(5.5, FIT), "stress": L(4, MED),
            "cycleDay": L(2, MED), "caffeineCups": 3, "waterGlasses": 5, "screenHours": 9}),
        case(f, f"{a}/v2/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "since": 1765100000, "entries": [
                {"kind": "attack", "id": obj(rng, "atk", 10), "intensity": L(4, MED),
                 "symptoms": [L("neck pain", MED)]},
                {"kind": "dose", "medication": L("Ibuprofen", MED), "dose": L("400 mg", MED)}]}),
        multipart(f, f"{a}/v2/attacks/{att}/sketch", [
            ("sketch", "aura.png", "image/png", L(PNG + b"\x11", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"eye": L("both", MED), "canvas": [1080, 1080]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/attacks/{att}/memo", [
            ("audio", "memo.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "seconds": 14,
                "transcript": L("Right side numb for ten minutes, words came out wrong", TM)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/questionnaires/midas", headers=_h(rng, **b), body={
            "answers": L([3, 5, 2, 6, 1], MED), "total": L(17, MED), "grade": L("III", MED),
            "headacheDays90": L(14, MED)}),
        case(f, f"{a}/v2/reports/share", headers=_h(rng, **b), body={
            "recipient": {"name": L(NEURO[0], NAMEC), "email": L(NEURO[1], MAIL)},
            "range": {"from": "2025-09-01", "to": "2025-12-09"}, "format": "pdf",
            "include": ["attacks", "medications", "midas"]}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": {k: HEADACHE_CLINIC[k] for k in ("id", "name", "phone", "line")},
            "at": "2025-12-19T08:40", "reason": L("preventive follow-up, aura frequency", MED)}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "board": "aura", "handle": L("jane_d", UID), "title": L("Aura without pain?", TEXT),
            "body": L("Anyone else get the zigzags without the headache after starting "
                      "topiramate?", TM), "anonymous": False}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={
            "label": "Office", "line": L(WORK_LINE, ADDR), "lat": ola, "lon": olo,
            "radiusM": 150, "trackTriggers": True}),
        case(f, f"{a}/v2/sensors/barometer", gz=True, headers=_h(rng, **b), body={
            "hPa": baro(rng, 12), "sensor": "bmp390", "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("triptan rebound headache", SEARCH), "section": "library"}),
        case(f, f"{a}/v2/imports/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([4210, 7730, 2980], FIT), "sleepMin": L([331, 402, 298], FIT),
            "restingHr": L([66, 64, 71], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("attack_logged", 1, intensity=L(7, MED)), ev("dose_logged", 2),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("aurabook_premium_yearly", BUY),
            "orderId": L("GPA.3371-2208-4415-90127", BUY),
            "purchaseToken": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/reports/summary", headers=_h(rng, how="upper"), query={
            "from": "2025-11-01", "to": "2025-12-09"},
            cookies={"ab_sid": L(opaque(rng, "", 44), CRED), "ab_tz": "America%2FNew_York"}),
    ]


def aurabook_sdks() -> list[Case]:
    rng = random.Random(3812)
    return [
        sw_batch(APP, rng, [("Attack Logged", {"intensity": L(7, MED), "aura": L(True, MED)}),
                            ("Report Shared", {"format": "pdf"})]),
        sw_identify(APP, rng, {"migraineType": L("with aura", MED), "birthYear": L(1991, BIRTH),
                               "plan": "premium"}),
        ab_session(APP, rng, user=True, count=41),
        ab_event(APP, rng, "subscribe", {"sku": "aurabook_premium_yearly"}, revenue="39.99",
                 hashed=True),
        bh_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}",
                                     "ver": "1.2"}}, keywords=L("migraine,triptan", MED)),
        ff_crash(APP, rng, ("java.lang.IllegalStateException", "weather cache closed"),
                 [ff_crumb("Diary -> NewAttack"),
                  ff_crumb("GET weather", "request", {"status": 503})],
                 meta={"attack": {"draft": True, "intensity": L(7, MED)}}, screen="AttackActivity"),
        fb_eval(APP, rng, {"premium": True, "auraUser": L(True, MED)}),
        pp_register(APP, rng, tags={"reminder": "21:00", "preventive": L("topiramate", MED)}),
        pt_gpay(APP, rng, "39.99"),
        hc_message(APP, rng, L("My triptan doses stopped syncing after the update", TM),
                   {"plan": "premium"}),
    ]
