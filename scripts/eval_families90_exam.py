"""Exam-anxiety CBT course "Examcalm" for university students (she is on a remote master's and
sits her exams at a Belgrade testing centre): university single sign-on, the profile (her
university address and student number), ``/me``, a GAD-7 baseline with medicines, the exam
calendar, module progress, a thought record, a worry diary, a breathing exercise with her heart
rate, an audio journal, mood check-ins (msgpack), an exposure ladder, sleep before an exam, an
accommodations request, a counselling booking, a safety plan, arrival at the testing centre,
focus minutes, a Play add-on, feedback, push, events and the course by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families90_kit import BG_HOME_AT, COUNSEL, FRIEND, STUDENT_NO, UNI_MAIL, breaths, fix, obj
from eval_families90_sdk import (
    kv_crash,
    kv_crumb,
    lc_bid,
    mk_batch,
    mk_pixel,
    tg_event,
    tg_open,
)
from eval_families90_svc import dr_search, pc_message, pk_eval, zv_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("examcalm", "Examcalm", "com.example.examcalm", "4.0.2",
          "https://api.examcalm.example.com")
IID = "X-EC-Install"
MT = f"{TEXT}|{MED}"
CENTRE_AT = (44.81634, 20.45921)  # the testing centre (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def examcalm() -> list[Case]:
    rng = random.Random(9071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, student=L(STUDENT_NO, UID), email=L(UNI_MAIL, MAIL)))}
    arr = fix((44.816402, 20.459377), 5)
    return [
        case(f, f"{a}/v1/auth/sso", fmt="form", headers=_h(rng), body={
            "code": L(opaque(rng, "", 32), CRED), "code_verifier": L(opaque(rng, "", 43), CRED),
            "redirect_uri": "examcalm://sso", "idp": "uni-example-edu"}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "uniEmail": L(UNI_MAIL, MAIL), "studentNumber": L(STUDENT_NO, UID),
            "preferredName": L(FIRST, NAMEC), "age": L(34, BIRTH), "gender": L("woman", GENDER),
            "programme": "MSc Public Health", "year": 2, "mode": "remote"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/assessments/baseline", headers=_h(rng, **b), body={
            "gad7": L([2, 3, 2, 1, 2, 3, 2], MED), "gad7Total": L(15, MED),
            "testAnxietyScore": L(61, MED), "diagnosedAnxiety": L(True, MED),
            "inTherapy": L(False, MED), "medication": L("sertraline 50 mg", MED)}),
        case(f, f"{a}/v1/exams", headers=_h(rng, **b), body={"exams": [
            {"course": "EPI-602", "date": "2026-01-14T09:00", "format": "written"},
            {"course": "BIO-610", "date": "2026-01-21T13:00", "format": "oral"}]}),
        case(f, f"{a}/v1/modules/m3/progress", fmt="form", headers=_h(rng, **b), body={
            "lesson": "3.4", "completed": "true", "minutes": L("18", USAGE)}),
        case(f, f"{a}/v1/thought-records", headers=_h(rng, **b), body={
            "situation": L("Opened the past paper for EPI-602", MT),
            "thought": L("I will blank and fail and lose the scholarship", MT),
            "sudsBefore": L(85, MED), "evidenceAgainst": L("I passed both mocks", MT),
            "sudsAfter": L(55, MED)}),
        case(f, f"{a}/v1/worries", fmt="form", headers=_h(rng, **b), body={
            "text": L("Heart racing every night before the oral exam", MT),
            "intensity": L("8", MED), "postpone": "true"}),
        case(f, f"{a}/v1/exercises/breathing", headers=_h(rng, **b), body={
            "exercise": "box-4", "seconds": 120, "hr": L(breaths(rng, 24), FIT),
            "hrvMs": L(38, FIT), "source": "camera-ppg"}),
        multipart(f, f"{a}/v1/journal/audio", [
            ("audio", "journal.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mood": L(3, MED), "seconds": 96})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "checkins": L([
                {"t": 1765200000 + 86400 * i, "mood": m, "anxiety": x}
                for i, (m, x) in enumerate([(4, 6), (3, 7), (3, 8), (5, 4)])], MED)}),
        case(f, f"{a}/v1/exposure", headers=_h(rng, **b), body={
            "ladder": [L(s, MT) for s in ["read the syllabus", "do one past question timed",
                                          "sit a full mock in the library"]],
            "current": 1}),
        case(f, f"{a}/v1/sleep", fmt="form", headers=_h(rng, **b), body={
            "night": "2025-12-08", "hours": L("5.5", FIT), "awakenings": L("3", FIT)}),
        case(f, f"{a}/v1/accommodations", headers=_h(rng, **b), body={
            "studentNumber": L(STUDENT_NO, UID), "office": "disability@example.edu",
            "diagnosis": L("generalised anxiety disorder", MED),
            "request": L("separate room and 25% extra time", MED)}),
        case(f, f"{a}/v1/counselling/bookings", headers=_h(rng, **b), body={
            "service": COUNSEL, "slot": "2025-12-15T16:00", "online": True,
            "callback": L(E164, TEL), "reason": L("panic before exams", MED)}),
        case(f, f"{a}/v1/safety-plan", headers=_h(rng, **b), body={
            "warningSigns": L("not sleeping, skipping meals, crying in the library", MT),
            "person": {"name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL)},
            "crisisLine": "+15550100988", "counsellingPhone": COUNSEL["phone"]}),
        case(f, f"{a}/v1/arrivals", headers=_h(rng, **b), body={
            "exam": "EPI-602", "lat": arr[0], "lng": arr[1],
            "centre": {"id": "tc_bg_3", "lat": CENTRE_AT[0], "lng": CENTRE_AT[1]},
            "startGrounding": True}),
        case(f, f"{a}/v1/focus", fmt="form", headers=_h(rng, **b), body={
            "minutes": L("50", USAGE), "breaks": "2", "blockedApps": "true"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("examcalm_oral_exam_pack", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "module": "m3", "stars": 5,
            "text": L("The worry postponement actually let me sleep", MT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("lesson_completed", 1, lesson="3.4"), ev("breathing_done", 2),
                ev("screen", 3, screen=L("ThoughtRecord", USAGE))]}),
        case(f, f"{a}/v1/course", headers=_h(rng, how="nodash"),
             cookies={"ec_session": L(opaque(rng, "", 40), CRED),
                      "ec_sid": obj(rng, "v", 12)}),
    ]


def examcalm_sdks() -> list[Case]:
    rng = random.Random(9072)
    return [
        mk_pixel(APP, rng, "Onboarding Started", {"source": "uni-portal"}),
        mk_batch(APP, rng, [("Module Completed", {"module": "m3"}),
                            ("GAD7 Submitted", {"score": L(15, MED)})], tz="Europe/Belgrade"),
        tg_open(APP, rng, first=True),
        tg_event(APP, rng, "oral_pack_purchased", {"pack": "oral"}, revenue=4.99,
                 hashed=True),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        kv_crash(APP, rng, ("java.lang.IllegalArgumentException", "ppg frame empty"),
                 [kv_crumb("nav", "Exercises -> Breathing"),
                  kv_crumb("log", "camera ppg", {"fps": 30})], screen="BreathingActivity"),
        pk_eval(APP, rng, {"oralPack": True, "cohort": "2025-autumn"}),
        zv_register(APP, rng, lang="en", tags={"examSoon": True}),
        pc_message(APP, rng, L("Can I pause the course during my exam week?", TEXT),
                   {"module": "m3"}),
        dr_search(APP, rng, "testing centre Knez Mihailova", SEARCH,
                  near=BG_HOME_AT, nd=2, lang="en"),
    ]
