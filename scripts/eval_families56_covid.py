"""Long-COVID symptom and heart-rate tracker "Lingerlog" with a chest strap: sign-up, a password
grant, ``/me``, the onboarding history (infections, vaccines, diagnoses), daily symptom logs,
heart-rate samples (gzip JSON), a protobuf day summary with packed beat intervals, an active
stand test, pairing the strap, SpO2 (msgpack), a pacing plan, medicines, a report sent to her
doctor, a clinic visit, a community post and a forum search, a voice journal, weather triggers,
an accommodation letter, a research consent, push, events, a cookie GET and a Play check."""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families56_kit import FIT, MED, POSTCOVID, STRAP, hr, obj, rr
from eval_families56_sdk import ao_bid, cm_sessions, lm_event, lm_launch, sw_batch, sw_queue
from eval_families56_svc import bz_register, cp_message, ft_eval, pm_check
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("lingerlog", "Lingerlog", "com.example.lingerlog", "2.17.0",
          "https://api.lingerlog.example.org")
IID = "X-LL-Device"
PW = "Slow&Steady-0412"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lingerlog() -> list[Case]:
    rng = random.Random(5621)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L("Jane Doe", NAMEC)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    beats = rr(rng, 60)
    day = pb([(1, L(USER_ID, UID)), (2, STRAP["serial"]), (3, 1765238400),
              (4, [(1, L(71, FIT)), (2, L(132, FIT)), (3, L(24.6, FIT))]),
              (5, L(struct.pack(f"<{len(beats)}f", *beats), FIT)), (6, 288)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lingerlog-android", "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "infections": [{"date": L("2022-01-09", MED), "confirmed": L("PCR", MED)},
                           {"date": L("2023-08-21", MED), "confirmed": L("antigen", MED)}],
            "vaccineDoses": L(3, MED), "hospitalised": L(False, MED),
            "diagnoses": [L("POTS", MED), L("ME/CFS", MED)], "workStatus": "reduced hours"}),
        case(f, f"{a}/v1/logs/2025-12-09", headers=_h(rng, **b), body={
            "fatigue": L(7, MED), "brainFog": L(6, MED), "breathless": L(3, MED),
            "pem": L(True, MED), "sleepHours": L(9.5, FIT), "steps": L(2140, FIT),
            "note": L("Crashed after the grocery run, heart pounding when I stood up",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/heart-rate", gz=True, headers=_h(rng, **b), body={
            "source": STRAP["model"], "unit": "bpm", "samples": L(hr(rng, 60), FIT),
            "strapSerial": STRAP["serial"]}),
        raw(f, f"{a}/v1/days/2025-12-09", day, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/stand", headers=_h(rng, **b), body={
            "kind": "nasa_lean", "supineHr": L(68, MED), "standingHr": L([94, 101, 108, 112],
                                                                         MED),
            "deltaMax": L(44, MED), "symptoms": [L("dizzy", MED), L("blurred vision", MED)],
            "testId": obj(rng, "st", 10)}),
        case(f, f"{a}/v1/devices/strap", headers=_h(rng, **b), body={
            "serial": STRAP["serial"], "ble": STRAP["ble"], "firmware": STRAP["fw"],
            "model": STRAP["model"], "battery": 77, "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/spo2", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "readings": L([97, 96, 95, 97, 94], MED),
            "device": "finger_oximeter", "t0": 1765290300}),
        case(f, f"{a}/v1/pacing", headers=_h(rng, **b), body={
            "hrCeiling": L(112, FIT), "stepBudget": L(3000, FIT), "restBlocks": 4,
            "reminders": True}),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("Low-dose naltrexone", MED), "dose": L("4.5 mg", MED)},
                      {"name": L("Ivabradine", MED), "dose": L("5 mg twice daily", MED)}]}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "doctorName": L("Dr. Samuel Whitfield", NAMEC),
            "doctorEmail": L("s.whitfield@gramercyinternal.example.com", MAIL),
            "range": "30d", "include": "symptoms,hr,stand_tests"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "clinic": {k: POSTCOVID[k] for k in ("id", "name", "phone", "line", "lat", "lon")},
            "slot": "2025-12-18T10:15", "reason": L("POTS follow-up, new tilt test", MED)}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "room": "pacing", "title": L("Anyone else get worse after physio?", TEXT),
            "body": L("Month 22 of long covid. Graded exercise made my PEM so much worse.",
                      f"{TEXT}|{MED}"), "anonymous": False}),
        case(f, f"{a}/v1/community/search", headers=_h(rng, **b), query={
            "q": L("PEM crash recovery", SEARCH), "page": "1"}),
        multipart(f, f"{a}/v1/journal/voice", [
            ("audio", "journal_1209.m4a", "audio/mp4", L(M4A + b"\x56", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"durationMs": 48210, "entry": obj(rng, "j", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/triggers/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "days": "3"}),
        case(f, f"{a}/v1/letters/accommodation", headers=_h(rng, **b), body={
            "name": L("Jane Doe", NAMEC), "ada": L(True, SENS), "employer": "Orchard Ledger LLC",
            "request": L("Work from home three days a week and a rest break each afternoon",
                         TEXT)}),
        case(f, f"{a}/v1/research/consent", headers=_h(rng, **b), body={
            "study": "LC-HR-2025", "consent": True, "zip3": L("101", COARSE),
            "birthYear": L(1991, BIRTH), "shareHr": True}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("America/New_York",
                                                                           DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("symptoms_logged", 1, fields=6), ev("stand_test_done", 2),
                ev("screen", 3, screen=L("HeartRateChart", USAGE))]}),
        case(f, f"{a}/v1/insights", headers=_h(rng, how="nodash"),
             cookies={"ll_session": L(opaque(rng, "", 48), CRED)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("lingerlog_plus_yearly", BUY),
            "orderId": L("GPA.3390-1174-5520-11842", BUY), "purchaseToken": L(play_token(rng),
                                                                              BUY)}),
    ]


def lingerlog_sdks() -> list[Case]:
    rng = random.Random(5622)
    return [
        sw_batch(APP, rng, [("Symptoms Logged", {"fatigue": L(7, MED), "count": 6}),
                            ("Screen Viewed", {"name": "HeartRateChart"})]),
        sw_queue(APP, rng, [("Strap Disconnected", {"secs": 40}),
                            ("Stand Test Completed", {"delta": L(44, MED)})]),
        lm_launch(APP, rng, user=True),
        lm_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=59.99, hashed=True),
        ao_bid(APP, rng, {"banner": {"w": 300, "h": 250}},
               keywords=L("long covid,pots,fatigue", MED)),
        cm_sessions(APP, rng),
        ft_eval(APP, rng, {"cohort": "pots", "country": L("US", COARSE)}, hdr=True),
        bz_register(APP, rng, tags={"condition": L("pots", MED)}),
        pm_check(APP, rng, {"analytics": True, "research": True}),
        cp_message(APP, rng, L("My strap stops syncing heart rate overnight since 2.17",
                               TEXT), {"plan": "plus"}),
    ]
