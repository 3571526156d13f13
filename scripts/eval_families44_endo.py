"""Endometriosis pain and period diary "Endolia": sign-up, an OAuth password grant, ``/me``, the
onboarding (diagnosis, stage, surgeries, conditions, height and weight, trying to conceive), a
period logged, a day's pain entry with a body map, medicines taken (msgpack), an offline sync of
days (gzip), a Health Connect import, a voice diary note and its transcript, an ultrasound report
(PDF), a report for her gynaecologist, an appointment, reminders, a community post and a search,
a partner invited, a research sign-up (ZIP, birth year, ethnicity), the app lock, a Play
subscription, push, events and an export by a cookie GET."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families27_kit import PDF
from eval_families44_kit import CLINIC_E, ENDO_MEDS, GYN, obj, pain_map
from eval_families44_sdk import bs_bid, cf_session, lr_event, lr_session, tb_identify, tb_track
from eval_families44_svc import cm_message, fh_eval, oq_check, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("endolia", "Endolia", "com.example.endolia", "2.14.0", "https://api.endolia.example.com")
IID = "X-Endolia-Install"
PW = "Lavender!Moth77"
TM = f"{TEXT}|{MED}"  # her own words stating a health fact
HANDLE = "quietfern_91"  # her community handle (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def _day(rng: random.Random, date: str) -> dict[str, Any]:
    return {"date": date, "pain": rng.randrange(2, 9), "bleeding": rng.choice(["none", "spot"]),
            "bloating": rng.choice([True, False]), "fatigue": rng.randrange(1, 5)}


def endolia() -> list[Case]:
    rng = random.Random(4421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthDate": L(DOB, BIRTH), "diagnosis": L("confirmed_laparoscopy", MED),
            "diagnosisYear": L(2019, MED), "newsletter": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "endolia-android", "scope": "diary community"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/health-profile", headers=_h(rng, **b), body={
            "conditions": [L("endometriosis", MED), L("adenomyosis", MED), L("IBS", MED)],
            "stage": L("III", MED), "surgeries": [
                {"type": L("excision laparoscopy", MED), "date": L("2021-03", MED)}],
            "heightCm": L(168, FIT), "weightKg": L(61.5, FIT),
            "tryingToConceive": L(True, MED), "contraception": L("none", MED),
            "cycleLengthDays": L(29, MED)}),
        case(f, f"{a}/v1/periods", headers=_h(rng, **b), body={
            "start": L("2025-12-08", MED), "flow": L("heavy", MED), "clots": L(True, MED),
            "entryId": obj(rng, "per", 10), "source": "manual"}),
        case(f, f"{a}/v1/diary/2025-12-10", headers=_h(rng, **b), body={
            "worstPain": L(8, MED), "areas": L(pain_map(rng), MED),
            "painTypes": [L("stabbing", MED), L("burning", MED)],
            "bowelPain": L(True, MED), "painDuringSex": L(True, MED),
            "fatigue": L(4, MED), "mood": L("low", MED), "missedWork": L(True, MED),
            "heatPad": True, "note": L("Couldn't stand up straight until noon, left side worst",
                                       TM)}),
        case(f, f"{a}/v1/medications/log", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "taken": [
                {"name": L(ENDO_MEDS[0][0], MED), "dose": L(ENDO_MEDS[0][1], MED),
                 "at": 1765393200},
                {"name": L(ENDO_MEDS[1][0], MED), "dose": L(ENDO_MEDS[1][1], MED),
                 "at": 1765407600, "reliefScore": L(3, MED)}]}),
        case(f, f"{a}/v1/sync/days", gz=True, headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "cursor": opaque(rng, "cur_", 16),
            "days": L([_day(rng, f"2025-12-0{d}") for d in range(3, 8)], MED)}),
        case(f, f"{a}/v1/import/health-connect", headers=_h(rng, **b), body={
            "steps": L(3120, FIT), "sleepMinutes": L(372, FIT), "restingHr": L(71, FIT),
            "basalTempC": L(36.62, MED), "source": "com.google.android.apps.healthdata"}),
        multipart(f, f"{a}/v1/diary/voice", [
            ("audio", "note_1210.m4a", "audio/mp4", L(M4A + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "transcript": L("Pain started at six, took naproxen, it barely touched it", TM),
                "durationSec": 19, "lang": L("en-US", DEV)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/records", [
            ("file", "ultrasound_report.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": "imaging", "date": "2025-11-20", "clinic": CLINIC_E["name"],
                "finding": L("left ovarian endometrioma 3.1 cm", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/share", headers=_h(rng, **b), body={
            "recipient": {"name": L(GYN[0], NAMEC), "email": L(GYN[1], MAIL)},
            "range": {"from": "2025-09-01", "to": "2025-12-10"},
            "sections": ["pain", "bleeding", "medications"],
            "message": L("Spotting between periods since starting dienogest, see October", TM)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC_E["id"], "clinicPhone": CLINIC_E["phone"],
            "slot": "2025-12-18T10:15", "reason": L("dienogest follow-up", MED)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={"reminders": [
            {"kind": "medication", "label": L("Dienogest 2 mg", MED), "time": "21:00"},
            {"kind": "period_due", "daysBefore": 2}]}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "forum": "excision-surgery", "author": L(HANDLE, UID),
            "title": L("Recovery after second excision?", TM),
            "body": L("Stage III here, first surgery in 2021. Pain is back on the left. "
                      "How long did your recovery take?", TM), "anonymous": False}),
        case(f, f"{a}/v1/community/search", headers=_h(rng, **b),
             query={"q": L("dienogest spotting", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/partners/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
            "share": "flare_alerts"}),
        case(f, f"{a}/v1/research/enrol", headers=_h(rng, **b), body={
            "study": "ENDO-REG-2", "consent": True, "zip": L(ZIP, COARSE),
            "birthYear": L(1991, BIRTH), "ethnicity": L("Mixed: White and Asian", SENS),
            "handle": L(HANDLE, UID)}),
        case(f, f"{a}/v1/settings/lock", headers=_h(rng, **b), body={
            "pin": L("9124", CRED), "biometric": True, "hideNotificationText": True}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("endolia_plus_annual", BUY), "price": L("39.99", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("diary_saved", 1, fields=7), ev("report_shared", 2),
                ev("screen_view", 3, screen=L("BodyMap", USAGE))]}),
        at_path(case(f, f"{a}/v1/users/{USER_ID}/export.pdf", headers=_h(rng, how="none"),
                     cookies={"en_session": L(opaque(rng, "", 40), CRED),
                              "en_device": L(INSTALL_ID, DID)}), USER_ID, UID),
    ]


def endolia_sdks() -> list[Case]:
    rng = random.Random(4422)
    return [
        tb_track(APP, rng, [("Pain Logged", {"worst": L(8, MED), "areas": 4}),
                            ("Period Started", {"flow": L("heavy", MED)})]),
        tb_identify(APP, rng, {"email": L(EMAIL, MAIL), "condition": L("endometriosis", MED),
                               "birthYear": L(1991, BIRTH), "plan": "plus"}),
        lr_session(APP, rng, user=True, n=12),
        lr_event(APP, rng, "sb3k9x", {"plan": "annual"}, revenue=39.99, hashed=True),
        bs_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords=L("endometriosis,pelvic pain,fertility", MED), gender="F"),
        cf_session(APP, rng),
        fh_eval(APP, rng, {"stage": L("III", MED), "plan": "plus"}, get=True),
        pb_register(APP, rng, tags={"phase": L("menstrual", MED), "reminders": "on"}),
        oq_check(APP, rng, {"analytics": True, "ads": False, "research": True}),
        cm_message(APP, rng, L("The PDF export for my gynaecologist cuts off my stage III "
                               "surgery notes", TM), {"plan": "plus", "diaryDays": 212}),
    ]
