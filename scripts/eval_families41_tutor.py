"""Gig tutoring marketplace "Tutorhive" (she tutors maths): sign-up, a log-in with an SMS code,
``/me``, the tutor profile (headline, bio, degree, rate, radius), a profile photo, the diploma,
the ID check (the licence's front and a liveness selfie with a face template), a background
check (SSN, address), the W-9 (msgpack), availability, a lesson accepted, its video, whiteboard
strokes, notes for the parent, a chat message, a reply to a review, a lesson check-in by
position, earnings, the payout schedule, push, events and lessons by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import SSN, claims, head, rid
from eval_families41_kit import DEGREE, PARENT, STUDENT, TUTOR_ID, obj
from eval_families41_sdk import (
    bm_batch,
    bm_identify,
    rr_event,
    rr_session,
    sf_crash,
    sf_crumb,
)
from eval_families41_svc import cl_search, dw_message, pm_bank, pp_register, sg_flags
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("tutorhive", "Tutorhive", "com.example.tutorhive", "4.7.2",
          "https://api.tutorhive.example.com")
IID = "X-Hive-Device"
PW = "Fractions&Tea42"
STUDENT_AT = (40.737214, -74.030566)  # her fix at the student's home in Hoboken (her position)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _strokes(rng: random.Random, n: int) -> list[list[list[int]]]:
    """Whiteboard strokes: point lists of her handwritten working (no timing)."""
    out = []
    for _ in range(n):
        x, y = rng.randrange(40, 600), rng.randrange(40, 800)
        out.append([[x + 6 * i, y + rng.randrange(-4, 5)] for i in range(6)])
    return out


def tutorhive() -> list[Case]:
    rng = random.Random(4141)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="tutor",
                                    phone=L(PHONE, TEL)))}
    b = {"auth": "bearer"}
    lesson = obj(rng, "ls", 10)
    return [
        case(f, f"{a}/v1/tutors", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "password": L(PW, CRED), "zip": L(ZIP, COARSE),
            "dob": L(DOB, BIRTH), "referral": None}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/auth/mfa", headers=_h(rng), body={
            "challenge": obj(rng, "mfa", 12), "code": L("582017", CRED),
            "channel": "sms", "phoneHint": "***0199"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tutors/me/profile", headers=_h(rng, **b), body={
            "headline": L("Patient maths tutor: algebra to AP Calculus", TEXT),
            "bio": L("I taught middle school for six years and now tutor in the evenings.", TEXT),
            "subjects": ["algebra", "geometry", "ap-calculus"], "education": DEGREE,
            "hourlyRate": 55, "inPerson": {"zip": L(ZIP, COARSE), "radiusMi": 5},
            "languages": ["en", "es"], "listing": TUTOR_ID}),
        multipart(f, f"{a}/v1/tutors/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA))], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tutors/me/credentials", [
            ("document", "diploma.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("info", None, "application/json", {"kind": "degree", **DEGREE})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/verification/id", [
            ("front", "licence_front.jpg", "image/jpeg",
             L(JPEG + b"\x73", f"{MEDIA}|personal.national_id")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("data", None, "application/json", {
                "docType": "driver_license", "docNumber": L(LICENCE, "personal.national_id"),
                "issuingState": L(STATE, COARSE),
                "faceTemplate": L([round(rng.gauss(0, 0.09), 5) for _ in range(128)], FACE),
                "liveness": 0.97})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/verification/background", headers=_h(rng, **b), body={
            "ssn": L(SSN, "personal.national_id"), "dob": L(DOB, BIRTH),
            "legalName": L(NAME, NAMEC), "address": {
                "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "consent": True, "signature": L(NAME, NAMEC), "signedAt": "2025-07-03T18:02:11Z"}),
        case(f, f"{a}/v1/tax/w9", fmt="msgpack", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "tinType": "SSN",
            "tinLast4": L(SSN[-4:], "personal.national_id"),
            "address": L(f"{LINE1} {LINE2}", ADDR), "cityStateZip": L(f"{CITY}, {STATE} {ZIP}",
                                                                       COARSE),
            "classification": "individual"}),
        case(f, f"{a}/v1/tutors/me/availability", headers=_h(rng, **b), body={
            "tz": L("America/New_York", DEV), "slots": [
                {"day": "mon", "from": "17:00", "to": "20:00"},
                {"day": "wed", "from": "17:00", "to": "21:00"}]}),
        case(f, f"{a}/v1/lessons/{lesson}/accept", headers=_h(rng, **b), body={
            "learner": STUDENT[1], "start": "2025-07-08T17:30:00-04:00", "minutes": 60,
            "price": 55, "mode": "online"}),
        multipart(f, f"{a}/v1/lessons/{lesson}/recording", [
            ("video", "lesson.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"seconds": 3540, "codec": "h264"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lessons/{lesson}/whiteboard", gz=True, headers=_h(rng, **b), body={
            "page": 2, "strokes": L(_strokes(rng, 5), MEDIA), "color": "#1a73e8"}),
        case(f, f"{a}/v1/lessons/{lesson}/notes", headers=_h(rng, **b), body={
            "visibleTo": "parent",
            "text": L("Aarav struggled with fractions today; 20 minutes of practice daily "
                      "will help.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/threads/{obj(rng, 'th', 8)}/messages", headers=_h(rng, **b), body={
            "to": obj(rng, "usr", 8),
            "text": L(f"Hi {PARENT[0].split()[0]}, can we move Thursday to 6pm?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/reviews/{obj(rng, 'rv', 8)}/reply", fmt="form", headers=_h(rng, **b),
             body={"text": L("Thank you, it was a pleasure working with your son!", TEXT)}),
        case(f, f"{a}/v1/lessons/{obj(rng, 'ls', 10)}/checkin", headers=_h(rng, **b), body={
            "lat": L(STUDENT_AT[0], PRECISE), "lng": L(STUDENT_AT[1], PRECISE),
            "accuracyM": 11, "at": "2025-07-10T16:58:40-04:00"}),
        case(f, f"{a}/v1/earnings", headers=_h(rng, **b), query={
            "from": "2025-06-01", "to": "2025-06-30", "group": "week"}),
        case(f, f"{a}/v1/payouts/schedule", fmt="form", headers=_h(rng, **b), body={
            "schedule": "instant", "debitLast4": L("4444", PAY),
            "method": L(opaque(rng, "pm_", 22), PAY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "phone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "tutorId": L(USER_ID, UID), "events": [
                ev("lesson_completed", 1, minutes=60), ev("payout_requested", 2),
                ev("screen", 3, screen=L("Earnings", USAGE))]}),
        case(f, f"{a}/v1/lessons", headers=_h(rng, how="none"), query={"status": "upcoming"},
             cookies={"th_sess": L(opaque(rng, "", 42), CRED),
                      "th_dev": L(INSTALL_ID, DID), "th_req": rid(rng)}),
    ]


def tutorhive_sdks() -> list[Case]:
    rng = random.Random(4142)
    return [
        bm_batch(APP, rng, [("Lesson Completed", {"minutes": 60, "mode": "online"}),
                            ("Profile Edited", {"field": "bio"})]),
        bm_identify(APP, rng, {"role": "tutor", "zip": L(ZIP, COARSE), "verified": True}),
        rr_session(APP, rng, first=True),
        rr_event(APP, rng, "th4v2k", {"step": "id_verified"}, hashed=True),
        sf_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [sf_crumb("nav", "Lesson -> Recording"),
                  sf_crumb("net", "POST", {"url": f"{APP.api}/v1/lessons/recording",
                                           "status": 0})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="RecordingActivity"),
        sg_flags(APP, rng, {"verified": True, "instantPayout": True}),
        pp_register(APP, rng, tags={"role": "tutor", "subject": "maths"}),
        pm_bank(APP, rng),
        dw_message(APP, rng, L("My instant payout to the card ending 4444 has not arrived",
                               f"{TEXT}|financial.payment"), {"role": "tutor"}),
        cl_search(APP, rng, "41 Grove Street, Hoboken", ADDR, near=STUDENT_AT, nd=3),
    ]
