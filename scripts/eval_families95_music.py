"""Music-school app "Sazly" (a children's music school in Baku: tar, kamancha and piano; the user
is the parent, her son Leo, 10, takes tar lessons during their stay): the parent's sign-up and
log-in, ``/me`` with a JWT, Leo's enrolment (birth date, allergy, an asthma note), who may pick
him up (his nanny), the timetable by his ID in the query, a lesson booked, the term's invoice
paid, practice logged (msgpack) with a recording, an absence, a message to his teacher, his
progress by ID in the path, concert tickets, his recital video, her pick-up ETA on the way, a
tar rented against her FIN code, an exam entry, the practice-tracker subscription on Play, push,
events and notices by a cookie GET."""

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
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families95_kit import BAKU_HOME_AT, FIN, KID_ID, NANNY, SCHOOL, SON, TEACHER, fix, obj
from eval_families95_sdk import cm_batch, cm_queue, fm_crash, fm_crumb, sm_link
from eval_families95_svc import (
    aw_message,
    ce_route,
    cr_confirm,
    ov_save,
    pt_register,
    sb_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("sazly", "Sazly", "com.example.sazly", "2.2.0", "https://api.sazly.example.org")
IID = "X-Sazly-Device"
PW = "Mugam&Tar1908"
KID_AGE = 10
ETA_FIX = (40.37412, 49.84877)  # her phone on the way to the school (4 decimals)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def sazly() -> list[Case]:
    rng = random.Random(9571)
    a, f = APP.api + "/api", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    students=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    prac = obj(rng, "pr", 8)
    pickup = at_path(case(f, f"{a}/students/{KID_ID}/pickup", headers=_h(rng, **b), body={
        "authorised": [{"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL),
                        "relation": "nanny"}], "selfOnly": False}), KID_ID, UID)
    progress = at_path(case(f, f"{a}/students/{KID_ID}/progress", headers=_h(rng, **b),
                            query={"term": "2025-autumn"}), KID_ID, UID)
    video = at_path(multipart(f, f"{a}/students/{KID_ID}/recital-video", [
        ("video", "recital.mp4", "video/mp4", L(MP4 + b"\x71", MEDIA)),
        ("meta", None, "application/json", {"piece": "Sarı gəlin", "durationS": 132})],
        headers=_h(rng, **b)), KID_ID, UID)
    ela, elo = fix(ETA_FIX, 4)
    return [
        case(f, f"{a}/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "city": L("Baku", COARSE),
            "language": L("en", DEV)}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/students", headers=_h(rng, **b), body={
            "firstName": L(SON[0], NAMEC), "lastName": L(SON[1], NAMEC),
            "birthDate": L(SON[2], BIRTH), "gender": L("male", GENDER), "instrument": "tar",
            "level": "beginner", "schoolGrade": 5, "allergies": [L("peanuts", MED)],
            "medicalNotes": L("Asthma: his inhaler is in the front pocket of his bag",
                              f"{TEXT}|{MED}"), "photoConsent": False}),
        pickup,
        case(f, f"{a}/timetable", headers=_h(rng, **b), query={
            "student": L(KID_ID, UID), "term": "2025-autumn"}),
        case(f, f"{a}/lessons/book", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "teacher": TEACHER["id"], "slot": "2025-12-18T16:00",
            "room": "B2", "fee": L("40.00", BUY), "currency": "AZN"}),
        case(f, f"{a}/invoices/SZ-INV-2025-3318/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("SZ-INV-2025-3318", BUY), "amount": L("480.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/practice", fmt="msgpack", headers=_h(rng, **b), body={
            "id": prac, "student": L(KID_ID, UID), "minutes": L(25, USAGE),
            "piece": "Sarı gəlin", "note": L("bar 12 is still hard, my fingers hurt", TEXT),
            "metronome": 72}),
        multipart(f, f"{a}/practice/{prac}/recording", [
            ("audio", "practice.m4a", "audio/mp4", L(M4A + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"durationS": 94})], headers=_h(rng, **b)),
        case(f, f"{a}/absences", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "date": "2025-12-11",
            "reason": L("Leo has a fever and a sore throat today", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": TEACHER["id"], "toName": TEACHER["name"],
            "text": L("Could Leo move to Thursdays? We take the ferry next Saturday",
                      f"{TEXT}|{NAMEC}")}),
        progress,
        case(f, f"{a}/concerts/cn_1221/tickets", headers=_h(rng, **b), body={
            "qty": 3, "total": L("15.00", BUY), "guests": [L(PARTNER[0], NAMEC)],
            "venue": {"name": SCHOOL["name"], "line": SCHOOL["line"], "phone": SCHOOL["phone"]}}),
        video,
        case(f, f"{a}/pickup/eta", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "lat": ela, "lon": elo, "minutes": 5,
            "school": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        case(f, f"{a}/instrument-rentals", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "instrument": "tar", "serial": "SZ-TAR-0412",
            "deposit": L("100.00", BUY), "guardianFin": L(FIN, NATID),
            "guardianName": L(NAME, NAMEC)}),
        case(f, f"{a}/exams/register", headers=_h(rng, **b), body={
            "student": L(KID_ID, UID), "grade": 1, "candidateBirthDate": L(SON[2], BIRTH),
            "fee": L("60.00", BUY)}),
        case(f, f"{a}/store/verify", headers=_h(rng, **b), body={
            "productId": L("sazly_practice_plus_monthly", BUY),
            "orderId": L("GPA.3312-4471-0981-22046", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV),
            "timezone": L("Asia/Baku", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(KID_ID, UID), "events": [
                ev("practice_logged", 1, minutes=25), ev("lesson_booked", 2),
                ev("screen", 3, screen=L("Timetable", USAGE))]}),
        case(f, f"{a}/notices", headers=_h(rng, how="none"),
             cookies={"sz_sess": L(opaque(rng, "", 40), CRED), "sz_student": L(KID_ID, UID)}),
    ]


def sazly_sdks() -> list[Case]:
    rng = random.Random(9572)
    link = U("https://sazly.example.org/invite", {"school": SCHOOL["id"],
                                                  "student": L(KID_ID, UID),
                                                  "utm_source": "messenger"})
    return [
        cm_batch(APP, rng, [("Practice Logged", {"minutes": L(25, USAGE)}),
                            ("Lesson Booked", {"fee": L(40.0, BUY)})],
                 baku=True, tz="Asia/Baku"),
        cm_queue(APP, rng, [("Metronome Started", {"bpm": 72}),
                            ("Recording Saved", {"seconds": 94})]),
        sm_link(APP, rng, link),
        fm_crash(APP, rng, ("java.io.IOException", "recorder prepare failed"),
                 [fm_crumb("navigation", "Practice -> Record")], screen="RecordActivity",
                 tz="Asia/Baku"),
        sb_eval(APP, rng, {"kidAge": L(KID_AGE, BIRTH), "instrument": "tar"}, country="AZ"),
        pt_register(APP, rng, tz="Asia/Baku", tags={"student_age": L(KID_AGE, BIRTH)}),
        ov_save(APP, rng, {"analytics": True, "marketing": False}, user=True, country="AZ",
                region="BA"),
        cr_confirm(APP, rng, "480.00", "azn"),
        ce_route(APP, rng, [(BAKU_HOME_AT, PRECISE), ((SCHOOL["lat"], SCHOOL["lon"]), None)],
                 "walking"),
        aw_message(APP, rng, L("How do I add Leo's father as a second parent?",
                               f"{TEXT}|{NAMEC}"), {"students": 1}),
    ]
