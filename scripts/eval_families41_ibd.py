"""IBD (Crohn's disease) flare and stool diary "Flareward": sign-up with the diagnosis, an OAuth
log-in, ``/me``, the disease profile (Montreal class, surgery), medicines and an injection log, a
day's bowel movements and a stool photo, symptoms (msgpack), a Harvey-Bradshaw score, meals as
triggers, lab results (gzip), a protobuf day summary, a flare note, a toilet finder by her
position at work, a "can't wait" card, an iron infusion booked, a report shared with her
gastroenterologist, a message to the nurse, a mood screen, reminders, a Health Connect import,
push, events and reports by a cookie GET."""

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
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families41_kit import GI_DOC, INFUSION, WORK_AT, obj, stools
from eval_families41_sdk import bm_batch, bm_queue, rr_event, rr_session, sf_logs
from eval_families41_svc import (
    as_save,
    cl_telemetry,
    dw_message,
    pm_confirm,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("flareward", "Flareward", "com.example.flareward", "2.14.0",
          "https://api.flareward.example.com")
IID = "X-Flareward-Device"
PW = "Ginger-Tea-2031"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def flareward() -> list[Case]:
    rng = random.Random(4121)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dx=L("crohns", MED)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    day = pb([(1, L(USER_ID, UID)), (2, "2025-07-02"),
              (3, [(1, L(5, MED)), (2, L(6, MED)), (3, L(60.8, FIT))]), (4, L(True, MED)),
              (5, obj(rng, "day", 8))], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "sex": L("female", GENDER), "zip": L(ZIP, COARSE),
            "diagnosis": L("crohns", MED), "diagnosedYear": L(2016, MED), "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "flareward-android", "scope": "diary"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/disease", headers=_h(rng, **b), body={
            "type": L("crohns", MED), "montreal": L("A2 L3 B1", MED),
            "surgeries": [L("ileocecal resection (2019)", MED)], "fistula": L(False, MED),
            "smoker": L("never", MED), "gastroenterologist": L(GI_DOC[0], NAMEC)}),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("adalimumab", MED), "dose": L("40 mg", MED), "every": L("14d", MED),
             "route": "injection"},
            {"name": L("budesonide", MED), "dose": L("9 mg", MED), "taper": L(True, MED)}]}),
        case(f, f"{a}/v1/injections", fmt="form", headers=_h(rng, **b), body={
            "drug": L("adalimumab", MED), "site": L("left thigh", MED), "lot": "LT2291X",
            "at": "2025-07-06T09:00:00-04:00", "painAfter": L("2", MED)}),
        case(f, f"{a}/v1/stools/2025-07-02", headers=_h(rng, **b), body={
            "entries": L(stools(rng, 5), MED), "nightTime": L(2, MED),
            "tz": L("America/New_York", DEV)}),
        multipart(f, f"{a}/v1/stools/photos", [
            ("photo", "stool.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"bristol": L(7, MED), "blood": L(True, MED),
                                                "entry": obj(rng, "st", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/symptoms", fmt="msgpack", headers=_h(rng, **b), body={
            "pain": L(6, MED), "painWhere": L("lower right", MED), "fatigue": L(7, MED),
            "nausea": L(True, MED), "jointPain": L(False, MED), "date": "2025-07-02"}),
        case(f, f"{a}/v1/scores/hbi", headers=_h(rng, **b), body={
            "wellbeing": L(2, MED), "pain": L(2, MED), "liquidStools": L(5, MED),
            "mass": L(0, MED), "complications": [L("arthralgia", MED)], "total": L(10, MED)}),
        case(f, f"{a}/v1/meals", headers=_h(rng, **b), body={
            "date": "2025-07-02", "meals": [
                {"food": L("spicy lentil soup", MED), "trigger": L(True, MED), "time": "12:40"},
                {"food": L("white rice and chicken", MED), "trigger": L(False, MED),
                 "time": "19:15"}]}),
        case(f, f"{a}/v1/labs", gz=True, headers=_h(rng, **b), body={
            "drawn": "2025-06-30", "lab": "Eastside Labs",
            "results": [{"test": "CRP", "value": L(18.2, MED), "unit": "mg/L"},
                        {"test": "fecal calprotectin", "value": L(640, MED), "unit": "ug/g"},
                        {"test": "hemoglobin", "value": L(11.2, MED), "unit": "g/dL"}]}),
        raw(f, f"{a}/v1/days", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/flares", headers=_h(rng, **b), body={
            "start": "2025-06-28", "severity": L("moderate", MED),
            "note": L("Flare after the wedding trip, cramps every morning and blood twice",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/toilets/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{WORK_AT[0]:.4f}", "location.precise"),
            "lng": L(f"{WORK_AT[1]:.4f}", "location.precise"), "radius": "400",
            "accessible": "true"}),
        case(f, f"{a}/v1/cards/cant-wait", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "condition": L("Crohn's disease", MED),
            "text": L("I have Crohn's disease and need urgent access to a toilet",
                      f"{TEXT}|{MED}"), "language": L("en", DEV)}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "site": INFUSION, "slot": "2025-07-15T10:00", "reason": L("iron infusion", MED),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(GI_DOC[0], NAMEC), "recipientEmail": L(GI_DOC[1], MAIL),
            "range": "90d", "include": "stools,labs,meds"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "ibd_nurse",
            "text": L("Should I double the budesonide while I wait for the calprotectin result?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/checkins/mood", headers=_h(rng, **b), body={
            "phq2": L([2, 1], MED), "anxiety": L(3, MED), "date": "2025-07-02"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("stool_logged", 1, count=5), ev("report_shared", 2),
                ev("screen", 3, screen=L("ToiletMap", USAGE))]}),
        case(f, f"{a}/v1/reports", headers=_h(rng, how="upper"),
             cookies={"fw_session": L(opaque(rng, "", 44), CRED), "fw_rid": rid(rng)}),
    ]


def flareward_sdks() -> list[Case]:
    rng = random.Random(4122)
    return [
        bm_batch(APP, rng, [("Stool Logged", {"bristol": L(7, MED), "blood": L(True, MED)}),
                            ("Toilet Map Opened", {"results": 6})]),
        bm_queue(APP, rng, [("Reminder Snoozed", {"minutes": 30}),
                            ("Flare Started", {"severity": L("moderate", MED)})]),
        rr_session(APP, rng, first=True),
        rr_event(APP, rng, "fw9s1x", {"plan": "plus_monthly"}, revenue=4.99, hashed=True),
        sf_logs(APP, rng, ["sync start", L(f"sync ok for {EMAIL}", MAIL),
                           "labs cache 3 rows"]),
        pp_register(APP, rng, tags={"injection_day": "sun"}),
        as_save(APP, rng, {"analytics": True, "ads": False, "research": False}, user=True),
        pm_confirm(APP, rng, "4.99"),
        dw_message(APP, rng, L("I was charged twice for Plus this month", TEXT),
                   {"plan": "plus_monthly"}),
        cl_telemetry(APP, rng, [WORK_AT, (40.750198, -73.984160)], "location.precise"),
    ]
