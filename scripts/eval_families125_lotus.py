"""Children's English school app "Lotusabc" of a private English-language school in Toul Kork,
for her son Visal (8), in its "Starters 2" class after his Khmer school day (the user is the
parent; the child's data is what the app is for). Not set 97's or 106's day-school apps nor set
32's phonics game: a language centre's parent app with speaking and writing practice. The
parent's sign-up and log-in, ``/me`` with a JWT, linking Visal by student number, his profile
and photo, a placement test (msgpack), a speaking attempt (M4A and transcript), a typed sentence
(key events), his report card by student number in the path, an absence (his fever), the people
allowed to collect him, the gate check-in, a fee payment, books delivered home, a message to the
teacher, the timetable by student number in the query, homework, a trip consent, a Play
purchase, push, events and the class feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families14_kit import keys
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    KEYS,
    M4A,
    MAIL,
    MED,
    MEDIA,
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
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families125_kit import (
    HOME_LINE,
    HUSBAND,
    HUSBAND_ID,
    KH_SPACED,
    SCHOOL,
    SCHOOL_GATE_FIX,
    SON,
    STUDENT_NO,
    TEACHER,
    TUKTUK,
    fix,
    obj,
)
from eval_families125_sdk import cb_crash, cb_crumb, dl_launch, dl_link, mv_batch, mv_identify
from eval_families125_svc import as_check, bb_card, bt_eval, ha_message, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("lotusabc", "Lotusabc", "com.example.lotusabc", "6.2.0",
          "https://api.lotusabc.example.net")
IID = "X-Lotus-Install"
PW = "ReadAloud#2017"
SENTENCE = "My dog is big and brown."


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lotusabc() -> list[Case]:
    rng = random.Random(12561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="guardian",
                                    students=[L(STUDENT_NO, UID)]))}
    b = {"auth": "bearer"}
    sid, hw, inv = STUDENT_NO, obj(rng, "hw", 8), f"FEE-{rng.randrange(10 ** 5, 10 ** 6)}"
    gla, glo = fix(SCHOOL_GATE_FIX)
    report = at_path(case(f, f"{a}/v1/students/{sid}/report-card", headers=_h(rng, **b),
                          query={"term": "2025-T3"}), sid, UID)
    profile = at_path(case(f, f"{a}/v1/students/{sid}/profile", headers=_h(rng, **b), body={
        "name": L(SON[0], NAMEC), "nickname": L("Sal", NAMEC), "dob": L(SON[2], BIRTH),
        "gender": L("boy", GENDER), "allergies": [L("shrimp", MED)], "level": "Starters 2",
        "photoConsent": True}), sid, UID)
    photo = at_path(multipart(f, f"{a}/v1/students/{sid}/photo", [
        ("photo", "visal.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA))], headers=_h(rng, **b)),
        sid, UID)
    return [
        case(f, f"{a}/v1/parents/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L("Jane Doe", NAMEC),
            "phone": L(KH_SPACED, TEL), "phone2": L(NATIONAL, TEL),
            "relation": "mother"}),
        case(f, f"{a}/v1/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "studentNo": L(sid, UID), "dob": L(SON[2], BIRTH), "branch": SCHOOL["id"]}),
        profile,
        photo,
        case(f, f"{a}/v1/placement/answers", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(sid, UID), "test": "pt_starters", "mc": ["B", "C", "A", "A", "D"],
            "written": {"q7": L("I like mango", TEXT),
                        "q8": L("My name is Visal", f"{TEXT}|{NAMEC}")},
            "score": 31}),
        multipart(f, f"{a}/v1/speaking/attempts", [
            ("audio", "attempt.m4a", "audio/mp4", L(M4A + b"\x82", MEDIA)),
            ("attempt", None, "application/json", {
                "student": L(sid, UID), "prompt": "sp_animals_04",
                "transcript": L("the elephant is very big and grey", TEXT),
                "pronScore": 72})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/writing/attempts", headers=_h(rng, **b), body={
            "student": L(sid, UID), "prompt": "wr_pets_02",
            "keys": L(keys(rng, SENTENCE), f"{KEYS}|{TEXT}"), "wpm": 9}),
        report,
        case(f, f"{a}/v1/attendance/absences", headers=_h(rng, **b), body={
            "student": L(sid, UID), "date": "2025-12-10",
            "reason": L("Visal has a high fever, the clinic is testing him for dengue",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/pickup/authorised", headers=_h(rng, **b), body={
            "student": L(sid, UID), "people": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                 "idCard": L(HUSBAND_ID, NATID), "relation": "father"},
                {"name": L(TUKTUK[0], NAMEC), "phone": L(TUKTUK[1], TEL),
                 "relation": "tuk-tuk driver"}]}),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "student": L(sid, UID), "lat": gla, "lng": glo, "gate": "main",
            "school": [SCHOOL["lat"], SCHOOL["lon"]]}),
        at_path(case(f, f"{a}/v1/fees/{inv}/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(inv, BUY), "amount": L("180.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}), inv, BUY),
        case(f, f"{a}/v1/books/orders", headers=_h(rng, **b), body={
            "items": ["Starters 2 Student's Book", "Starters 2 Workbook"],
            "total": L(24.0, BUY), "deliverTo": L(HOME_LINE, ADDR),
            "recipientPhone": L(KH_SPACED, TEL)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": TEACHER[1], "toName": TEACHER[0], "student": L(sid, UID),
            "text": L("Visal is shy to speak in class, can he sit nearer the front?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/timetable", headers=_h(rng, **b), query={"student": L(sid, UID),
                                                                   "week": "2025-W51"}),
        multipart(f, f"{a}/v1/homework/{hw}/submit", [
            ("page", "worksheet.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"student": L(sid, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/consents", fmt="form", headers=_h(rng, **b), body={
            "trip": "trip_aeon_science", "student": L(sid, UID), "consent": "yes",
            "emergencyPhone": L(KH_SPACED, TEL), "medicalNotes": L("Shrimp allergy", MED)}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("lotus_practice_plus_monthly", BUY),
            "orderId": L("GPA.3312-5518-9904-21775", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(sid, UID), "events": [
                ev("speaking_attempt", 1, score=72), ev("report_opened", 2),
                ev("screen", 3, screen=L("ReportCard", USAGE))]}),
        case(f, f"{a}/v1/class/feed", headers=_h(rng, how="nodash"),
             cookies={"lt_sess": L(opaque(rng, "", 40), CRED), "lt_student": L(sid, UID)}),
    ]


def lotusabc_sdks() -> list[Case]:
    rng = random.Random(12562)
    sid = STUDENT_NO
    return [
        mv_batch(APP, rng, [("Speaking Attempt", {"score": 72, "childAge": L(SON[3], BIRTH)}),
                            ("Fee Paid", {"amount": L(180.0, BUY)})]),
        mv_identify(APP, rng, {"email": L(EMAIL, MAIL), "children": 1,
                               "childLevel": "Starters 2", "childAge": L(SON[3], BIRTH)}),
        dl_launch(APP, rng, user=True, n=31),
        dl_link(APP, rng, U("https://lotusabc.example.net/open", {
            "student": L(sid, UID), "screen": "report", "term": "2025-T3"})),
        cb_crash(APP, rng, ("android.media.MediaRecorder$Exception", "start failed: -19"),
                 [cb_crumb("nav", "Practice -> Speaking"), cb_crumb("tap", "record")],
                 screen="SpeakingActivity", extra={"student": L(sid, UID)}),
        bt_eval(APP, rng, {"childAge": L(SON[3], BIRTH), "level": "starters_2"}, hdr=True),
        pp_register(APP, rng, tags={"student": L(sid, UID), "branch": SCHOOL["id"]}),
        as_check(APP, rng, {"analytics": True, "ads": False}),
        bb_card(APP, rng, email=True),
        ha_message(APP, rng, L("Can I get a receipt with Visal's full name for the tuition fee?",
                               f"{TEXT}|{NAMEC}"), {"student": L(sid, UID)}),
    ]
