"""ADHD behaviour-chart app for parents "Tokenleaf": the parent's sign-up and log-in, ``/me``
(a JWT naming her son's profile), her son Theo's profile (diagnosis, birth date), his medicine
and a dose log with side effects, the chart's goals and a week of entries, an incident logged in
msgpack, a parent rating scale, a teacher and the co-parent invited, a photo of the fridge
chart, a therapy appointment, her journal, homework timers (gzip), the PDF report by his ID in
the path, a tips search, reminders, a Play subscription, push, events and the children by a
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families51_kit import CO_PARENT, KID, KID_MED, SCHOOL, TEACHER, behaviour
from eval_families51_sdk import (
    bt_bid,
    cp_native,
    iv_event,
    iv_session,
    ty_batch,
    ty_queue,
)
from eval_families51_svc import af_message, cg_status, fs_eval, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tokenleaf", "Tokenleaf", "com.example.tokenleaf", "2.18.4",
          "https://api.tokenleaf.example.com")
IID = "X-Tl-Device"
PW = "Cocoa-Rocket-5150"
KIDC = f"{TEXT}|{MED}|{NAMEC}"  # text naming Theo and stating a fact about his condition


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid(c: Case) -> Case:
    """Label his profile ID where it sits in the URL path."""
    return at_path(c, KID["id"], UID)


def tokenleaf() -> list[Case]:
    rng = random.Random(5121)
    a, f, k = APP.api, APP.fam, KID["id"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(k, UID)]))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/api/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "role": "parent", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/children", headers=_h(rng, auth="bearer"), body={
            "id": L(k, UID), "first_name": L(KID["first"], NAMEC), "dob": L(KID["dob"], BIRTH),
            "sex": L("boy", GENDER), "grade": KID["grade"], "school": dict(SCHOOL),
            "diagnosis": L("ADHD, combined presentation", MED),
            "diagnosed": L("2024-03", MED), "avatar": "fox_04"}),
        _kid(case(f, f"{a}/api/v1/children/{k}/medications", headers=_h(rng, **b), body={
            "name": L(KID_MED[0], MED), "dose": L(KID_MED[1], MED), "time": "07:15",
            "prescriber": L("Dr. Priya Natarajan", NAMEC), "refill_day": 28})),
        _kid(case(f, f"{a}/api/v1/children/{k}/med-log", fmt="form", headers=_h(rng, **b),
                  body={"given_at": "2025-12-09T07:18:00-05:00", "dose": L(KID_MED[1], MED),
                        "side_effects": L("low appetite,trouble falling asleep", MED),
                        "given_by": "parent"})),
        _kid(case(f, f"{a}/api/v1/children/{k}/chart", headers=_h(rng, **b), body={
            "week": "2025-W50", "entries": L(behaviour(rng, 6), MED), "token_goal": 20,
            "reward": "Saturday pancakes"})),
        _kid(case(f, f"{a}/api/v1/children/{k}/incidents", fmt="msgpack",
                  headers=_h(rng, **b), body={
                      "kind": L("meltdown", MED), "minutes": L(20, MED),
                      "trigger": L("tablet time ended", MED), "at": 1765320300,
                      "note": L("Threw his shoes at the door, calmed down after 15 min with "
                                "the breathing card", f"{TEXT}|{MED}")})),
        _kid(case(f, f"{a}/api/v1/children/{k}/scales", headers=_h(rng, **b), body={
            "scale": "vanderbilt_parent", "items": L([3, 2, 3, 2, 2, 3, 1, 2, 3], MED),
            "inattentive": L(7, MED), "hyperactive": L(6, MED), "rater": "mother"})),
        case(f, f"{a}/api/v1/invites", headers=_h(rng, **b), body={
            "child": L(k, UID), "role": "teacher", "name": L(TEACHER[0], NAMEC),
            "email": L(TEACHER[1], MAIL), "message": L("Daily report card please, thanks!", TEXT)}),
        case(f, f"{a}/api/v1/invites", fmt="form", headers=_h(rng, **b), body={
            "child": L(k, UID), "role": "co_parent", "name": L(CO_PARENT[0], NAMEC),
            "phone": L(CO_PARENT[1], TEL), "email": L(CO_PARENT[2], MAIL)}),
        _kid(multipart(f, f"{a}/api/v1/children/{k}/photos", [
            ("photo", "fridge_chart.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Week 3, best week yet!", TEXT),
                                                "week": "2025-W50"})], headers=_h(rng, **b))),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "child": L(k, UID), "provider": "Bright Path Pediatric Therapy",
            "provider_phone": "+12125550114", "when": "2025-12-16T16:00",
            "reason": L("parent training session", MED), "copay": L("40.00", BUY)}),
        case(f, f"{a}/api/v1/journal", headers=_h(rng, **b), body={
            "date": "2025-12-09", "mood": 2, "text": L(
                "Theo's teacher says afternoons are hardest since the dose change", KIDC)}),
        _kid(case(f, f"{a}/api/v1/children/{k}/timers", gz=True, headers=_h(rng, **b), body={
            "sessions": [{"task": "math worksheet", "planned": 20, "actual": 34, "breaks": 2},
                         {"task": "reading log", "planned": 15, "actual": 15, "breaks": 0}]})),
        _kid(case(f, f"{a}/api/v1/children/{k}/report.pdf", headers=_h(rng, **b), query={
            "from": "2025-11-01", "to": "2025-12-09", "include": "chart,meds,scales"})),
        case(f, f"{a}/api/v1/tips/search", headers=_h(rng, **b), query={
            "q": L("morning routine meltdowns before school", SEARCH), "age": "8"}),
        case(f, f"{a}/api/v1/settings/reminders", fmt="form", headers=_h(rng, **b), body={
            "med_reminder": "07:10", "chart_reminder": "19:30",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/billing/play", headers=_h(rng, **b), body={
            "sku": L("tokenleaf_family_yearly", BUY),
            "order_id": L("GPA.3318-5521-0047-71209", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("token_awarded", 1, n=2), ev("chart_viewed", 2),
                ev("screen", 3, screen=L("WeekChart", USAGE))]}),
        case(f, f"{a}/api/v1/children", headers=_h(rng, how="upper"),
             cookies={"tl_session": L(opaque(rng, "", 40), CRED), "tl_child": L(k, UID)}),
    ]


def tokenleaf_sdks() -> list[Case]:
    rng = random.Random(5122)
    return [
        ty_batch(APP, rng, [("Token Awarded", {"tokens": 2}),
                            ("Report Shared", {"with": "teacher"})]),
        ty_queue(APP, rng, [("Chart Opened", {"week": 50}), ("Timer Started", {"mins": 20})]),
        iv_session(APP, rng, user=True),
        iv_event(APP, rng, "subscribe", {"plan": "family_yearly"}, revenue=59.99, hashed=True),
        bt_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords=L("parenting,adhd,homework", MED)),
        cp_native(APP, rng),
        fs_eval(APP, rng, {"kids": 1, "scales": True}, hdr=True),
        pk_register(APP, rng, tags={"kid_age": L(KID["age"], BIRTH), "med_reminder": "on"}),
        cg_status(APP, rng, {"analytics": True, "ads": True}),
        af_message(APP, rng, L("Theo's chart stopped syncing to his dad's phone", f"{TEXT}|"
                               f"{NAMEC}"), {"plan": "family"}),
    ]
