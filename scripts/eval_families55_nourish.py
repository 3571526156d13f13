"""Eating-disorder recovery app "Nourwell": sign-up, a log-in, ``/me``, the intake (diagnosis,
history, goals), her therapist and dietitian linked by e-mail, the meal plan, meal logs (JSON and
a gzip day), a meal photo, urges and behaviours logged (msgpack), a weekly check-in with her
weight (blind weighing), the therapist's session note, a coping-skill journal, a craving timer,
a crisis line call, a group session, a search, reminders, push, events and the plan by a
cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families55_kit import CLINIC_NW, DIETITIAN, THERAPIST, meals, obj
from eval_families55_sdk import (
    cw_batch,
    cw_queue,
    lm_event,
    lm_open,
    sv_crash,
    sv_crumb,
    sv_session,
)
from eval_families55_svc import ag_check, br_register, sb_eval, tb_attach, tb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nourwell", "Nourwell", "com.example.nourwell", "2.8.3",
          "https://api.nourwell.example.com")
IID = "X-Nourwell-Install"
PW = "Quiet-Harbor-41"
ED = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def nourwell() -> list[Case]:
    rng = random.Random(5521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), care=L("recovery", MED)))}
    day = meals(rng)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "preferredName": L(FIRST, NAMEC), "birthDate": L(DOB, BIRTH),
            "gender": L("woman", GENDER), "zip": L(ZIP, "location.coarse"),
            "hideNumbers": True}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nourwell-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", headers=_h(rng, **b), body={
            "diagnosis": L("anorexia nervosa, restrictive", MED), "yearsSince": L(9, MED),
            "priorTreatment": [L("residential 2019", MED), L("IOP 2023", MED)],
            "behaviors": [L("restricting", MED), L("over-exercise", MED)],
            "goals": L("Eat three meals without checking calories", ED),
            "levelOfCare": L("outpatient", MED)}),
        case(f, f"{a}/v2/care-team", headers=_h(rng, **b), body={
            "therapist": {"name": L(THERAPIST[0], NAMEC), "email": L(THERAPIST[2], MAIL),
                          "phone": L(THERAPIST[1], TEL)},
            "dietitian": {"name": L(DIETITIAN[0], NAMEC), "email": L(DIETITIAN[1], MAIL)},
            "practice": {"id": CLINIC_NW["id"], "name": CLINIC_NW["name"],
                         "phone": CLINIC_NW["phone"]}, "shareLogs": True}),
        case(f, f"{a}/v2/meal-plan", headers=_h(rng, **b), query={"week": "2025-W50"}),
        case(f, f"{a}/v2/meals", headers=_h(rng, **b), body={
            "id": obj(rng, "meal", 8), "slot": L("lunch", MED), "food": L("turkey sandwich", MED),
            "completedPct": L(75, MED), "feelingsBefore": L("anxious", MED),
            "feelingsAfter": L("guilty", MED), "withOthers": False,
            "note": L("Left the crusts, wanted to skip it", ED), "loggedAt": 1765390312}),
        case(f, f"{a}/v2/meals/day", gz=True, headers=_h(rng, **b), body={
            "date": "2025-12-09", "userId": L(USER_ID, UID), "meals": L(day, MED)}),
        multipart(f, f"{a}/v2/meals/photo", [
            ("photo", "dinner.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"meal": obj(rng, "meal", 8), "slot": "dinner"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/urges", fmt="msgpack", headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "kind": L("purge", MED), "intensity": L(7, MED),
            "actedOn": L(False, MED), "trigger": L("mirror after shower", ED),
            "copingUsed": L("urge surfing", MED), "ts": 1765391100}),
        case(f, f"{a}/v2/checkins/weekly", headers=_h(rng, **b), body={
            "weightKg": L(52.3, FIT), "blind": True, "periodReturned": L(False, MED),
            "dizzy": L(True, MED), "mood": L(4, MED),
            "wins": L("Had pizza with Sam on Friday", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/sessions/notes", headers=_h(rng, **b), body={
            "session": obj(rng, "ses", 8), "author": "therapist",
            "note": L("Body checking down to twice daily; continue exposure hierarchy", ED),
            "visibleToClient": True}),
        case(f, f"{a}/v2/journal", headers=_h(rng, **b), body={
            "prompt": "What would you tell a friend?",
            "entry": L("I would tell her food is not something to earn", ED)}),
        case(f, f"{a}/v2/tools/urge-timer", fmt="form", headers=_h(rng, **b), body={
            "startedAt": "1765391200", "minutes": L("20", MED), "passed": L("true", MED)}),
        case(f, f"{a}/v2/crisis/call", headers=_h(rng, **b), body={
            "line": "+18005550100", "reason": L("urge to purge, alone at home", ED),
            "callback": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/groups/join", fmt="form", headers=_h(rng, **b), body={
            "group": "grp_ed_evening_04", "displayName": L("Jane D.", NAMEC)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("fear foods exposure", f"{SEARCH}|{MED}"), "type": "lesson"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "breakfast": "08:00", "snack": "10:30", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("nourwell.plus.annual", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3372-1804-5511-90437", BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("meal_logged", 1), ev("urge_logged", 2),
                ev("screen", 3, screen=L("MealPlan", USAGE))]}),
        case(f, f"{a}/v2/plan/today", headers=_h(rng, how="upper"),
             cookies={"nw_sess": L(opaque(rng, "", 44), CRED), "nw_theme": "calm"}),
    ]


def nourwell_sdks() -> list[Case]:
    rng = random.Random(5522)
    return [
        cw_batch(APP, rng, [("Meal Logged", {"slot": L("lunch", MED)}),
                            ("Urge Resisted", {"kind": L("purge", MED)})]),
        cw_queue(APP, rng, [("Breathing Started", {}), ("Journal Saved", {"words": 14})]),
        lm_open(APP, rng, user=True),
        lm_event(APP, rng, "subscribe", {"plan": "annual"}, revenue=69.99),
        sv_crash(APP, rng, ("java.lang.OutOfMemoryError", "meal photo decode"),
                 [sv_crumb("nav", "Today -> LogMeal"),
                  sv_crumb("ui", "tap", {"view": "attach_photo"})], screen="LogMealActivity"),
        sv_session(APP, rng, secs=610),
        sb_eval(APP, rng, {"recoveryStage": L("early", MED), "hideNumbers": True}, hdr=True),
        br_register(APP, rng, tags={"reminders": "meals"}),
        ag_check(APP, rng, {"analytics": True, "ads": False}),
        tb_message(APP, rng, L("The app showed my weight even though I chose blind weighing",
                               f"{TEXT}|{FIT}"), {"screen": "Checkin"}),
        tb_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
