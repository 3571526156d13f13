"""Epilepsy seizure diary "Aurabook" (she has focal epilepsy; her neurologist is in New York, she
logs in Tashkent and during December at home): sign-up with the diagnosis, a log-in with an MFA
code, ``/me``, her medicines and rescue medicine, a seizure logged with its aura and her fix, the
video her husband took, doses (a form), a daily diary (msgpack: sleep, stress, her cycle), the
summary report (a GET), the report shared with her neurologist, an EEG appointment, the emergency
card, an SOS from her New York flat, a refill, a trigger search, a research consent, the driving
countdown with her licence number, a night motion window (gzip), a journal note, push, events and
the seizure list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, STATE, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head
from eval_families37_kit import home, obj
from eval_families94_kit import MEDS, NEURO, RESCUE, SPOUSE, UZ_HOME_AT, uz_fix
from eval_families94_sdk import kz_batch, kz_queue, mb_event, mb_session, xc_crash, xc_crumb
from eval_families94_svc import bq_eval, rz_save, xp_register, yd_attach, yd_message
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("aurabook", "Aurabook", "com.example.aurabook", "7.1.2",
          "https://api.aurabook.example.com")
IID = "X-Aurabook-Install"
PW = "Temporal-Lobe-Quiet8"
MT = f"{TEXT}|{MED}"
NY_CLINIC = {"id": "cl_east_neuro", "name": "East Side Neurology", "phone": "+12125550163"}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def aurabook() -> list[Case]:
    rng = random.Random(9431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), given_name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "sz", 10)
    sla, slo = uz_fix(UZ_HOME_AT, 5)
    hla, hlo = home(6)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "date_of_birth": L(DOB, BIRTH),
            "sex": L("female", GENDER), "diagnosis": L("focal epilepsy, left temporal", MED),
            "diagnosed_year": L(2014, MED), "timezone": L("Asia/Tashkent", DEV)}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/sessions/mfa", headers=_h(rng), body={
            "code": L("611470", CRED), "challenge": obj(rng, "mfa", 16), "remember": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={
            "regular": [{"name": L(n, MED), "dose": L(d, MED), "schedule": L(s, MED)}
                        for n, d, s in MEDS],
            "rescue": {"name": L(RESCUE[0], MED), "dose": L(RESCUE[1], MED),
                       "when": L("cluster of 3 or more in 6 hours", MED)}}),
        case(f, f"{a}/v1/seizures", headers=_h(rng, **b), body={
            "id": sid, "type": L("focal impaired awareness", MED),
            "started_at": "2025-11-28T07:42:10+05:00", "duration_s": L(95, MED),
            "aura": L(True, MED), "aura_text": L("metallic taste, then deja vu", MT),
            "triggers": [L("missed sleep", MED), L("stress", MED)],
            "rescue_given": L(False, MED), "injury": L("bit tongue", MED),
            "position": {"lat": sla, "lon": slo}, "witness": L(SPOUSE[0], NAMEC)}),
        multipart(f, f"{a}/v1/seizures/{sid}/video", [
            ("video", "seizure_1128.mp4", "video/mp4", L(MP4 + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"duration_s": 61, "recorded_by": "family"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/doses", fmt="form", headers=_h(rng, **b), body={
            "medication": "med_" + opaque(rng, "", 6), "status": L("taken", MED),
            "taken_at": "2025-12-02T08:05:00+05:00", "late_min": "35"}),
        case(f, f"{a}/v1/diary", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-02", "sleep_h": L(5.5, FIT), "stress": L(4, MED),
            "alcohol_units": L(0, MED), "cycle_day": L(2, MED), "missed_dose": L(False, MED),
            "mood": L("anxious, tired", MT)}),
        case(f, f"{a}/v1/reports/summary", headers=_h(rng, **b), query={
            "from": "2025-11-01", "to": "2025-12-01", "format": "pdf"}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipient_name": L(NEURO[0], NAMEC), "recipient_email": L(NEURO[2], MAIL),
            "include": "seizures,medications,diary", "expires_days": "14"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": NY_CLINIC, "doctor": L(NEURO[0], NAMEC), "doctor_phone": L(NEURO[1], TEL),
            "date": "2025-12-16T10:30:00-05:00", "reason": L("24-hour ambulatory EEG", MED)}),
        case(f, f"{a}/v1/emergency-card", headers=_h(rng, **b), body={
            "condition": L("Epilepsy. If a seizure lasts over 5 minutes call 911.", MT),
            "medications": [L(m[0], MED) for m in MEDS], "allergies": [L("carbamazepine", MED)],
            "contact": {"name": L(" ".join(SPOUSE[:2]), NAMEC), "phone": L(SPOUSE[2], TEL)},
            "show_on_lock_screen": True}),
        case(f, f"{a}/v1/alerts/sos", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "accuracy_m": 11, "battery": L(23, DEV),
            "recipients": [L(SPOUSE[2], TEL)],
            "message": L("Seizure cluster starting, I'm at home", MT)}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "pharmacy": {"id": "ph_2231", "name": "Lexington Pharmacy", "phone": "+12125550104"},
            "medication": L(MEDS[0][0], MED), "rx_number": L("RX7741203", MED), "qty": 60}),
        case(f, f"{a}/v1/triggers/search", headers=_h(rng, **b), query={
            "q": L("flashing lights", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/research/consent", headers=_h(rng, **b), body={
            "study": "st_epi_sleep_2025", "consented": True, "signature": L(NAME, NAMEC),
            "share_diary": True, "signed_at": "2025-12-03T09:12:00Z"}),
        case(f, f"{a}/v1/driving", headers=_h(rng, **b), body={
            "last_seizure": L("2025-11-28", MED), "seizure_free_days_required": 180,
            "state": L(STATE, COARSE), "licence_number": L(LICENCE, NATID)}),
        case(f, f"{a}/v1/wearable/night", gz=True, headers=_h(rng, **b), body={
            "start": "2025-12-02T23:10:00+05:00", "hz": 50,
            "window": L(imu(rng, 30), f"{MOTION}|{MED}"), "band": "ab-band-2"}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "text": L("Dr. C wants to raise lamotrigine to 150 mg if clusters continue", MT),
            "tags": ["meds"]}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("seizure_logged", 1, kind=L("focal", MED)), ev("dose_taken", 2),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/v1/seizures", headers=_h(rng, how="upper"), query={"since": "2025-09-01"},
             cookies={"ab_session": L(opaque(rng, "", 44), CRED)}),
    ]


def aurabook_sdks() -> list[Case]:
    rng = random.Random(9432)
    return [
        kz_batch(APP, rng, [("Seizure Logged", {"type": L("focal impaired awareness", MED)}),
                            ("Report Shared", {})], at=(LAT, LON), nd=2,
                 tz="America/New_York"),
        kz_queue(APP, rng, [("Dose Reminder Opened", {}), ("Diary Saved", {"fields": 6})]),
        mb_session(APP, rng, first=True, roaming=False),
        mb_event(APP, rng, "subscription_started", {"plan": "plus_year"}, revenue=59.99,
                 currency="USD", hashed=True, roaming=False),
        xc_crash(APP, rng, ("java.lang.IllegalStateException", "camera already in use"),
                 [xc_crumb("nav", "Seizure -> RecordVideo"),
                  xc_crumb("log", "seizure draft", {"type": L("focal", MED)})],
                 screen="RecordVideoActivity"),
        bq_eval(APP, rng, {"plan": "plus", "rescueMed": L(True, MED)}),
        xp_register(APP, rng, tags={"dose_reminders": "on", "condition": L("epilepsy", MED)},
                    tz="America/New_York"),
        rz_save(APP, rng, {"analytics": True, "research": True}, country="US", region="NY"),
        yd_message(APP, rng, L("The PDF export cuts off my November seizures", f"{TEXT}|{MED}"),
                   {"plan": "plus", "tz": L("America/New_York", DEV)}),
        yd_attach(APP, rng, L(b"\x89PNG\r\n\x1a\n" + bytes(range(60)), MEDIA), "export.png",
                  "image/png"),
    ]
