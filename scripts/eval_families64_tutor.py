"""Exam-tutoring app "Tutorloom" used by a parent for her son Owen (13, in seventh grade,
preparing for the specialised high schools' admission test): the parent's account, a log-in,
``/me``, the child's profile (his school, an ADHD diagnosis and a 504 plan), a report card (a
photo and the grades), a diagnostic test, tutors near home, a lesson package and its payment, a
message to the tutor, a whiteboard's strokes (msgpack), a session's recording, homework (a photo
and a typed answer), an essay, goals, the progress by the child's ID in the path, the co-parent
invited, parental controls, practice (msgpack), the device, events, the schedule by a cookie GET
and a subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families64_kit import (
    GRADES,
    KID,
    KID_TABLET,
    LESSON,
    PARENT_PIN,
    SCHOOL,
    TUTOR,
    ink,
    obj,
)
from eval_families64_sdk import bm_bid, cq_sessions, ek_batch, ek_queue, rr_event, rr_link
from eval_families64_svc import cw_save, ht_message, pw_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, U, case

APP = App("tutorloom", "Tutorloom", "com.example.tutorloom", "4.3.2",
          "https://api.tutorloom.example.com")
IID = "X-TL-Install"
PW = "Quillfeather#58"
S = f"{APP.api}/v2/students/{KID['id']}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid(c: Case) -> Case:
    """The child's profile ID in the URL path (``id.user``, as set 37's child)."""
    return at_path(c, KID["id"], UID)


def tutorloom() -> list[Case]:
    rng = random.Random(6421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID["id"], UID)]))}
    sid = obj(rng, "ses", 10)
    return [
        case(f, f"{a}/v2/auth/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DASHED, TEL), "zip": L(ZIP, COARSE),
            "role": "parent", "marketingOptIn": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "tutorloom-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/students", headers=_h(rng, **b), body={
            "firstName": L(KID["first"], NAMEC), "lastName": L(KID["last"], NAMEC),
            "birthDate": L(KID["dob"], BIRTH), "gender": L("boy", GENDER), "grade": "7",
            "school": {"id": SCHOOL["id"], "name": SCHOOL["name"],
                       "district": SCHOOL["district"]},
            "targetExam": "SHSAT", "testDate": "2026-10-24",
            "accommodations": {"diagnosis": L("ADHD", MED), "plan504": L(True, SENS),
                               "extendedTime": "1.5x"},
            "linkedDevice": KID_TABLET}),
        _kid(multipart(f, f"{S}/report-cards", [
            ("scan", "report_card.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("data", None, "application/json", {"schoolYear": "2024-25", "term": "June",
                                                "grades": GRADES, "absences": 3,
                                                "school": SCHOOL["name"]})],
            headers=_h(rng, **b))),
        _kid(case(f, f"{S}/diagnostic", headers=_h(rng, **b), body={
            "testId": "shsat_diag_3", "section": "math", "answers": [
                {"q": "m1", "a": "C", "ms": 41200}, {"q": "m2", "a": "A", "ms": 63900},
                {"q": "m3", "a": "D", "ms": 88100}],
            "gridIn": L("x = 14, because 3x + 8 = 50", TEXT), "scaledScore": 512})),
        case(f, f"{a}/v2/tutors", headers=_h(rng, **b), query={
            "q": L("shsat math ratios", SEARCH), "subject": "math",
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "inPerson": "1",
            "maxRate": "90"}),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "tutorId": TUTOR["id"], "package": L(LESSON, BUY), "sessions": 10,
            "price": L("680.00", BUY), "studentId": L(KID["id"], UID),
            "firstSlot": "2025-12-11T16:30-05:00", "mode": "online", "tutorRate": TUTOR["rate"]}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("680.00", BUY), "currency": "USD", "booking": L(LESSON, BUY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": TUTOR["id"], "thread": obj(rng, "thr", 8),
            "text": L("Owen gets flustered by ratio word problems, can you go slowly?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/sessions/{sid}/whiteboard", fmt="msgpack", headers=_h(rng, **b), body={
            "author": "student", "page": 2, "color": "#1f4e79",
            "strokes": L([ink(rng, 14), ink(rng, 9)], MOTION)}),
        multipart(f, f"{a}/v2/sessions/{sid}/recording", [
            ("video", "session.mp4", "video/mp4", L(MP4 + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"durationS": 3540, "tutor": TUTOR["id"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/homework/{obj(rng, 'hw', 8)}/submit", [
            ("page1", "worksheet.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("answer", None, "text/plain",
             L("The ratio of red to blue marbles is 3:5, so there are 24 blue", TEXT))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/essays", headers=_h(rng, **b), body={
            "studentId": L(KID["id"], UID), "prompt": "ela_p7",
            "text": L("My grandmother's bakery taught me that patience is a recipe too. "
                      "Every Saturday she let me fold the dough.", TEXT), "wordCount": 22}),
        _kid(case(f, f"{S}/goals", headers=_h(rng, **b), body={
            "targetSchools": ["Harborview Science High", "Eastbank Technical"],
            "targetScore": 560, "weeklyHours": 4})),
        _kid(case(f, f"{S}/progress", headers=_h(rng, **b), query={"range": "30d"})),
        case(f, f"{a}/v2/family/invite", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "email": L(PEOPLE[3][2], MAIL),
            "relation": "father", "permissions": ["view_progress"]}),
        _kid(case(f, f"{S}/controls", headers=_h(rng, **b), body={
            "parentPin": L(PARENT_PIN, CRED), "dailyLimitMin": 60, "bedtime": "21:00",
            "chatWithTutor": True})),
        _kid(case(f, f"{S}/practice", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"q": "r17", "ok": True, "ms": 30100}, {"q": "r18", "ok": False,
                                                             "ms": 74020}],
            "minutes": L(35, USAGE), "streakDays": L(6, USAGE)})),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("lesson_booked", 1, sessions=10), ev("report_card_added", 2),
                ev("screen", 3, screen=L("StudentProgress", USAGE))]}),
        case(f, f"{a}/v2/schedule", headers=_h(rng, how="nodash"), cookies={
            "tl_session": L(opaque(rng, "", 40), CRED), "tl_student": L(KID["id"], UID),
            "tl_rid": rid(rng)}),
        case(f, f"{a}/v2/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("tutorloom_family_annual", BUY),
            "orderId": L("GPA.3302-7781-0914-55231", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def tutorloom_sdks() -> list[Case]:
    rng = random.Random(6422)
    return [
        ek_batch(APP, rng, [("Lesson Booked", {"package": L(LESSON, BUY),
                                               "price": L(680.0, BUY)}),
                            ("Practice Finished", {"minutes": L(35, USAGE), "grade": "7"})]),
        ek_queue(APP, rng, [("Report Card Uploaded", {"term": "June"}),
                            ("Tutor Messaged", {"tutor": TUTOR["id"]})]),
        rr_event(APP, rng, "subscribe", {"plan": "family_annual"}, revenue=239.99),
        rr_link(APP, rng, U("https://tutorloom.example.com/r/invite", {
            "code": "TLFRIEND22", "ref": L(USER_ID, UID), "utm_source": "email"})),
        bm_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               keywords="test prep,math tutoring"),
        cq_sessions(APP, rng, [812000, 431000]),
        tg_eval(APP, rng, {"kids": 1, "plan": "family"}, hdr=True),
        cw_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pw_confirm(APP, rng, "680.00"),
        ht_message(APP, rng, L("Can we move Owen's Thursday lesson? He has a school concert",
                               f"{TEXT}|{NAMEC}"), {"student": L(KID["id"], UID)}),
    ]
