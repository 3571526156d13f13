"""Lupus flare and medication diary "Lupiday" (camelCase API): sign-up with her diagnosis, a
log-in, ``/me``, her condition (organs, pregnancy planning, her rheumatologist), her medicines,
doses (msgpack), a flare (symptoms, a tender-joint map, notes) and a rash photo, the daily
symptoms, the UV index at a rounded point, labs and a lab report (PDF), a visit booked, the
infusion suite's next slot and a check-in there, a report shared with her doctor, a journal entry,
a community post, a Health Connect import, reminders, a subscription, push, events and the flare
list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families62_kit import INFUSION, LABS, MEDS_SLE, RHEUM, fix, joints, obj
from eval_families62_sdk import (
    as_event,
    as_session,
    bc_bid,
    ck_sessions,
    mq_batch,
    mq_queue,
    mq_screen,
)
from eval_families62_svc import cm_save, cp_message, fh_eval, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lupiday", "Lupiday", "com.example.lupiday", "2.17.0",
          "https://api.lupiday.example.com")
IID = "X-Lupiday-Install"
PW = "Butterfly-Rash-88"
INF_FIX = (40.748162, -73.977905)  # her phone at the infusion suite's front desk


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lupiday() -> list[Case]:
    rng = random.Random(6221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    flare = obj(rng, "fl", 10)
    ila, ilo = fix(INF_FIX, 5)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER), "zip": L(ZIP, COARSE),
            "diagnosis": L("SLE", MED), "diagnosedYear": L(2014, MED), "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lupiday-android", "scope": "diary"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile/condition", headers=_h(rng, **b), body={
            "diagnosis": L("systemic lupus erythematosus", MED),
            "organs": [L("skin", MED), L("joints", MED), L("kidney", MED)],
            "antiphospholipid": L(False, MED), "pregnancyPlanning": L("trying in 2026", SENS),
            "rheumatologist": {"name": L(RHEUM[0], NAMEC), "phone": L(RHEUM[1], TEL)}}),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"medications": [
            {"name": L(n, MED), "dose": L(d, MED), "schedule": s, "id": obj(rng, "med", 6)}
            for n, d, s in MEDS_SLE]}),
        case(f, f"{a}/v1/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "medication": L(MEDS_SLE[0][0], MED), "status": L("taken", MED),
            "takenAt": 1765346400, "doseId": obj(rng, "dose", 8), "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/flares", headers=_h(rng, **b), body={
            "id": flare, "start": "2025-12-08", "severity": L(7, MED),
            "symptoms": [L("malar rash", MED), L("joint pain", MED), L("fatigue", MED),
                         L("low fever", MED)],
            "joints": {j: L(v, MED) for j, v in joints(rng).items()},
            "suspectedTrigger": L("sun exposure", MED),
            "notes": L("Rash across my cheeks after the beach, both wrists swollen",
                       f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/flares/{flare}/photos", [
            ("photo", "rash_cheeks.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"area": L("face", MED), "uvIndexThatDay": 6,
                                                "lightCorrection": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/symptoms/daily", headers=_h(rng, **b), body={
            "date": "2025-12-10", "fatigue": L(6, MED), "pain": L(4, MED),
            "brainFog": L(True, MED), "mood": L(3, MED), "sleepHours": L(6.5, FIT),
            "hairLoss": L(False, MED)}),
        case(f, f"{a}/v1/weather/uv", headers=_h(rng, **b), query={
            "lat": L("40.74", COARSE), "lon": L("-73.99", COARSE), "alerts": "true"}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "drawnAt": "2025-12-04", "lab": "Metro Diagnostics",
            "results": {k: L(v, MED) for k, v in LABS.items()}}),
        multipart(f, f"{a}/v1/labs/upload", [
            ("report", "labs_2025-12-04.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 3, "source": "patient_portal"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "doctor": L(RHEUM[0], NAMEC), "when": "2025-12-18T10:15",
            "reason": L("flare follow-up, protein in urine", MED), "telehealth": False}),
        case(f, f"{a}/v1/infusions/next", headers=_h(rng, **b), query={
            "center": INFUSION["id"], "drug": L("belimumab", MED)}),
        case(f, f"{a}/v1/infusions/checkin", headers=_h(rng, **b), body={
            "center": {"id": INFUSION["id"], "lat": INFUSION["lat"], "lon": INFUSION["lon"]},
            "position": {"lat": ila, "lon": ilo, "accuracyM": 9}, "drug": L("belimumab", MED),
            "visit": obj(rng, "vis", 8)}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(RHEUM[0], NAMEC), "recipientEmail": L(RHEUM[2], MAIL),
            "range": "90d", "include": "flares,doses,labs"}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "entryId": obj(rng, "je", 8),
            "text": L("Hard week at work, hands worse in the cold, skipped yoga again",
                      f"{TEXT}|{MED}"), "tags": ["work", "cold"]}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "forum": "newly-on-mycophenolate", "anonymous": True,
            "title": L("Nausea on mycophenolate?", f"{TEXT}|{MED}"),
            "body": L("Week 3 at 500 mg twice a day and I feel sick every morning. Tips?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([4120, 6233, 2950, 5012], FIT), "restingHr": L([71, 74, 69, 72], FIT),
            "sleepMin": L([372, 401, 355, 390], FIT), "source": "healthconnect"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "times": "08:00,20:00", "sunscreen": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "product": L("lupiday_plus_year", BUY), "price": L("39.99", BUY),
            "purchaseToken": L(play_token(rng), BUY), "orderId": L("GPA.3318-4471-2290-55817",
                                                                   BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("flare_logged", 1), ev("dose_taken", 2),
                ev("screen", 3, screen=L("FlareCalendar", USAGE))]}),
        case(f, f"{a}/v1/flares", headers=_h(rng, how="none"), query={"from": "2025-09-01"},
             cookies={"ld_session": L(opaque(rng, "", 40), CRED), "ld_req": rid(rng)}),
    ]


def lupiday_sdks() -> list[Case]:
    rng = random.Random(6222)
    return [
        mq_batch(APP, rng, [("Flare Logged", {"severity": L(7, MED)}),
                            ("Dose Taken", {"medication": L("hydroxychloroquine", MED)})]),
        mq_screen(APP, rng, "FlareDetail"),
        mq_queue(APP, rng, [("Reminder Snoozed", {"minutes": 30}),
                            ("Journal Saved", {"words": 12})]),
        as_session(APP, rng, user=True),
        as_event(APP, rng, "p8vq1d", "subscribe", revenue="39.99", hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords=L("lupus,autoimmune,sunscreen", MED)),
        ck_sessions(APP, rng),
        fh_eval(APP, rng, {"condition": L("SLE", MED), "plan": "plus"}, get=True),
        px_register(APP, rng, tags={"reminders": "on", "plan": "plus"}),
        cm_save(APP, rng, {"analytics": True, "ads": True, "research": False}),
        cp_message(APP, rng, L("I was charged twice for Plus this month", TEXT),
                   {"plan": "plus"}),
    ]
