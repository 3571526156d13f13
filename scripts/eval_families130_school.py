"""Primary school homework app "Thutobuka" of Tlotlo Primary School in Gaborone (the user is the
parent; her son Kabelo, nine, is in Standard 4: the child's data). The parent's sign-up and
log-in, ``/me`` with the learner in the JWT, adding the child, homework by his learner ID in the
path, a worksheet photo with his answer, a reading recording, a reading log (msgpack), a message
to the teacher, an absence note, allergies, fees and a lunch order, the school bus stop at her
house, a parents' evening, emergency contacts, photo consent, push, events and the report card
by a cookie GET."""

from __future__ import annotations

import random

from eval_families13_kit import M4A
from eval_families17_kit import JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families130_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GAB_AT,
    GENDER,
    HUSBAND,
    KID,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    SCHOOL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    BwApp,
    fix,
    hd,
    obj,
)
from eval_families130_sdk import ak_launch, bc_bid, fl_crash, fl_crumb, ql_batch, ql_pixel
from eval_families130_svc import ae_message, bh_register, cm_check, fm_eval, ps_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = BwApp("thutobuka", "Thutobuka", "com.example.thutobuka", "2.1.7",
            "https://api.thutobuka.example.org")
IID = "X-Thuto-Install"
PW = "Kabelo&Mma-2016"
LRN = KID["id"]


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def thutobuka() -> list[Case]:
    rng = random.Random(13051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hw = obj(rng, "hw", 8)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "relationship": "mother",
            "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "thutobuka-parent"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, learner=L(LRN, UID), role="parent"))})),
        case(f, f"{a}/v1/learners", headers=_h(rng, **b), body={
            "firstName": L(KID["first"], NAMEC), "lastName": L(LAST, NAMEC),
            "dob": L(KID["dob"], BIRTH), "gender": L("boy", GENDER),
            "birthCertificate": L("BC-2016-0448127", NATID), "school": SCHOOL["id"],
            "class": KID["std"], "learnerId": L(LRN, UID)}),
        at_path(case(f, f"{a}/v1/learners/{LRN}/homework", headers=_h(rng, **b),
                     query={"week": "2025-W50", "subject": "all"}), LRN, UID),
        multipart(f, f"{a}/v1/homework/{hw}/submissions", [
            ("page1", "worksheet.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("data", None, "application/json", {
                "learnerId": L(LRN, UID), "subject": "Setswana",
                "answer": L("Lelapa la rona le na le dikgomo di le 37 kwa morakeng", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/reading/recordings", [
            ("audio", "reading.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("data", None, "application/json", {"learnerId": L(LRN, UID), "book": "bk_0127",
                                                "seconds": 94})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reading/log", fmt="msgpack", headers=_h(rng, **b), body={
            "learnerId": L(LRN, UID), "entries": [
                {"book": "bk_0127", "minutes": L(15, USAGE), "day": "2025-12-08"},
                {"book": "bk_0131", "minutes": L(20, USAGE), "day": "2025-12-09"}]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"name": SCHOOL["teacher"], "email": SCHOOL["mail"]},
            "text": L("Kabelo did not understand the fractions sheet, can you explain again?",
                      f"{TEXT}|{NAMEC}"), "thread": obj(rng, "thr", 8)}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "learnerId": L(LRN, UID), "date": "2025-12-10",
            "reason": L("Kabelo has a fever and we are at the clinic", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/learners/{LRN}/health", headers=_h(rng, **b), body={
            "allergies": [L("peanuts", MED), L("penicillin", MED)],
            "asthma": L(True, MED), "doctorPhone": "+2673951120"}),
        case(f, f"{a}/v1/fees/payments", headers=_h(rng, **b), body={
            "learnerId": L(LRN, UID), "term": "2026-T1", "amount": L("2850.00", BUY),
            "method": "card", "reference": obj(rng, "fee")}),
        case(f, f"{a}/v1/tuckshop/orders", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LRN, UID), "items": "vetkoek,juice", "total": L("18.50", BUY)}),
        case(f, f"{a}/v1/transport/stop", headers=_h(rng, **b), body={
            "learnerId": L(LRN, UID), "route": "bus_r4",
            "pickup": {"lat": fix(GAB_AT, 5)[0], "lon": fix(GAB_AT, 5)[1]},
            "school": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/meetings/book", fmt="form", headers=_h(rng, **b), body={
            "slot": "2026-01-22T16:10", "teacher": "tch_0412", "learner": L(LRN, UID)}),
        case(f, f"{a}/v1/learners/{LRN}/contacts", headers=_h(rng, **b), body={"contacts": [
            {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"},
            {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(NATIONAL, TEL),
             "relation": "mother"}]}),
        case(f, f"{a}/v1/learners/{LRN}/consents", fmt="form", headers=_h(rng, **b), body={
            "photos": "0", "trips": "1"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_BW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("homework_submitted", 1), ev("recording_uploaded", 2),
                ev("screen", 3, screen=L("ReportCard", USAGE))]}),
        case(f, f"{a}/v1/learners/{LRN}/reports", headers=_h(rng, how="nodash"),
             cookies={"tb_session": L(opaque(rng, "", 40), CRED), "tb_child": L(LRN, UID)}),
        case(f, f"{a}/v1/school/{SCHOOL['id']}/calendar", headers=_h(rng, **b),
             query={"term": "2026-T1"}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "q": L("Setswana readers for Standard 4", SEARCH), "learner": L(LRN, UID)}),
        case(f, f"{a}/v1/password/reset", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL)}),
    ]


def thutobuka_sdks() -> list[Case]:
    rng = random.Random(13052)
    return [
        ql_batch(APP, rng, [("Homework Submitted", {"subject": "Setswana",
                                                   "learner_age": L(KID["age"], BIRTH)}),
                            ("Recording Uploaded", {"seconds": 94})]),
        ql_pixel(APP, rng, "Invite Opened", {"school": SCHOOL["id"]}),
        ak_launch(APP, rng, first=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        fl_crash(APP, rng, ("android.media.MediaRecorder$RecordException", "start failed"),
                 [fl_crumb("nav", "Homework -> Record"),
                  fl_crumb("log", "learner", {"id": L(LRN, UID)})], screen="RecordActivity"),
        fm_eval(APP, rng, {"school": SCHOOL["id"], "grade": "std4"}, hdr=True),
        bh_register(APP, rng, tags={"class": "std4b", "child_age": L(str(KID["age"]), BIRTH)}),
        cm_check(APP, rng, {"analytics": True, "ads": False}),
        ps_card(APP, rng),
        ae_message(APP, rng, L("The reading recording upload keeps failing for my son", TEXT),
                   {"school": SCHOOL["id"], "learner": L(LRN, UID)}),
    ]
