"""Home-schooling app "Hearthschool" (she teaches her two children at home: Ava, in fifth grade,
and Theo, in second, who has dyslexia): the parent's account, a log-in, ``/me`` with a JWT naming
the children's profiles, both children's profiles, the notice of intent filed with the district
(and her drawn signature), the week's lessons by a child's ID in the path, a lesson completed, an
essay, a reading-aloud recording, handwriting practice (a stroke path), quiz answers, attendance,
a teaching note, a co-op parent invited, a field trip, a curriculum order, screen limits, a
transcript export, push, events and the planner by a cookie GET."""

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
    E164,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import MUSEUM_AT
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families68_kit import COOP, DISTRICT, KIDS, obj, strokes
from eval_families68_sdk import (
    cm_batch,
    cm_queue,
    eg_crash,
    eg_crumb,
    sk_event,
    sk_session,
)
from eval_families68_svc import ch_attach, nj_opened, nj_register, or_save, tl_confirm, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hearthschool", "Hearthschool", "com.example.hearthschool", "4.0.7",
          "https://api.hearthschool.example.com")
IID = "X-HS-Device"
PW = "Quill&Compass42"
AVA, THEO = KIDS
ORDER = "HS-ORD-30418"  # a curriculum order (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid(k: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"id": L(k["id"], UID), "firstName": L(k["first"], NAMEC), "lastName": L(LAST, NAMEC),
            "dob": L(k["dob"], BIRTH), "grade": k["grade"], **more}


def hearthschool() -> list[Case]:
    rng = random.Random(6851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    kids=[L(AVA["id"], UID), L(THEO["id"], UID)]))}
    b = {"auth": "bearer"}
    notice, lesson = obj(rng, "noi", 8), obj(rng, "ls", 8)
    week = at_path(case(f, f"{a}/v1/students/{AVA['id']}/lessons", headers=_h(rng, **b),
                        query={"week": "2025-W50"}), AVA["id"], UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "phone": L(NATIONAL, TEL), "state": L("NY", COARSE), "kids": 2}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body=_kid(AVA, avatar="owl")),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body=_kid(
            THEO, avatar="fox", learningNeeds=[L("dyslexia", MED)],
            accommodations=["text_to_speech", "extra_time"])),
        case(f, f"{a}/v1/district/notices", headers=_h(rng, **b), body={
            "id": notice, "schoolYear": "2025-26", "parent": L(NAME, NAMEC),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
            "district": L(DISTRICT, COARSE),
            "children": [{"name": L(f"{k['first']} {LAST}", NAMEC), "dob": L(k["dob"], BIRTH),
                          "grade": k["grade"]} for k in KIDS]}),
        multipart(f, f"{a}/v1/district/notices/{notice}/signature", [
            ("signature", "signature.png", "image/png", L(PNG + b"\xc1", MEDIA))],
            headers=_h(rng, **b)),
        week,
        case(f, f"{a}/v1/lessons/{lesson}/complete", headers=_h(rng, **b), body={
            "student": L(AVA["id"], UID), "minutes": L(45, USAGE), "score": 0.9,
            "subject": "fractions"}),
        case(f, f"{a}/v1/assignments/{obj(rng, 'as', 8)}/submit", headers=_h(rng, **b), body={
            "student": L(AVA["id"], UID), "title": "A person I admire",
            "text": L("My grandpa fixed radios in his shop in Queens for forty years and he "
                      "still hums while he works.", TEXT), "words": 212}),
        multipart(f, f"{a}/v1/reading/recordings", [
            ("audio", "reading.m4a", "audio/mp4", L(M4A + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"student": L(THEO["id"], UID),
                                                "book": "bk_frog_toad", "wpm": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/handwriting", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(THEO["id"], UID), "letter": "b",
            "strokes": L(strokes(rng, 30), MOTION), "canvas": [768, 1024]}),
        case(f, f"{a}/v1/quizzes/{obj(rng, 'qz', 6)}/answers", fmt="form",
             headers=_h(rng, **b), body={
                 "student": L(AVA["id"], UID), "q1": "56", "q2": "3/4",
                 "q3": L("Plants need sunlight to make their own food", TEXT)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "date": "2025-12-09", "entries": [{"student": L(k["id"], UID), "hours": h}
                                              for k, h in zip(KIDS, (4.5, 3.0), strict=True)]}),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "student": L(THEO["id"], UID),
            "text": L("Reversed b and d again, try the tactile letters from the dyslexia tutor",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/coop/invites", headers=_h(rng, **b), body={
            "name": L(COOP[0], NAMEC), "email": L(COOP[1], MAIL),
            "group": "Chelsea homeschool co-op"}),
        case(f, f"{a}/v1/field-trips", headers=_h(rng, **b), body={
            "place": "Museum of Natural Wonders", "lat": MUSEUM_AT[0], "lon": MUSEUM_AT[1],
            "date": "2025-12-16", "students": [L(k["id"], UID) for k in KIDS],
            "chaperonePhone": L(E164, TEL)}),
        case(f, f"{a}/v1/store/orders", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "items": [{"sku": "MATH-5-SET", "qty": 1},
                                              {"sku": "PHON-2-KIT", "qty": 1}],
            "total": L("149.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/screen-limits", headers=_h(rng, **b), body={
            "student": L(THEO["id"], UID), "dailyMin": "90", "bedtime": "19:30"}),
        case(f, f"{a}/v1/transcripts/export", fmt="form", headers=_h(rng, **b), body={
            "student": L(AVA["id"], UID), "email": L(EMAIL, MAIL), "format": "pdf"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("lesson_complete", 1, subject="fractions"), ev("notice_filed", 2),
                ev("screen", 3, screen=L("Planner", USAGE))]}),
        case(f, f"{a}/v1/planner", headers=_h(rng, how="upper"),
             cookies={"hs_session": L(opaque(rng, "", 42), CRED),
                      "hs_student": L(AVA["id"], UID)}),
    ]


def hearthschool_sdks() -> list[Case]:
    rng = random.Random(6852)
    return [
        cm_batch(APP, rng, [("Lesson Completed", {"subject": "fractions", "minutes": 45}),
                            ("Essay Submitted", {"words": 212})]),
        cm_queue(APP, rng, [("Notice Filed", {"state": L("NY", COARSE)}),
                            ("Planner Opened", {})]),
        sk_session(APP, rng, user=True, n=31),
        sk_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=149.0, hashed=True),
        eg_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "stroke buffer"),
                 [eg_crumb("navigation", "Planner -> Handwriting"),
                  eg_crumb("user", "trace letter", {"letter": "b"})],
                 meta={"student": {"id": L(THEO["id"], UID)}}, screen="HandwritingActivity"),
        ty_eval(APP, rng, {"children": 2, "state": L("NY", COARSE)}),
        nj_register(APP, rng, tags={"plan": "family"}),
        nj_opened(APP, rng, "cmp_weekly_plan"),
        or_save(APP, rng, {"analytics": True, "ads": False}),
        tl_confirm(APP, rng, "149.00"),
        ch_attach(APP, rng, L(PNG + b"\xc3", MEDIA), "planner_bug.png", "image/png"),
    ]
