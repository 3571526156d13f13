"""High-school maths tutoring app "Lipalo Plus" (``lipalo``, mathematics) for her daughter
Palesa (16, Form D, sitting the LGCSE next year; the user is the parent, the child's data is what
the app is for). Unlike set 64's exam tutoring (a son, private tutors near home) and set 102's
language marketplace, it runs live online group classes and marks past papers from photos: the
parent's account, a log-in, ``/me``, Palesa's learner profile, a diagnostic quiz (typed answers),
a class booked and paid, her learner ID in the path, a worked solution's photo, a past paper's
marks (msgpack), a question to the tutor, a live class's join (with the LAN address), progress (a
GET), a parent PIN, a study-time limit, a report by e-mail, a search, push, events and the
schedule by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_SHA256,
    GENDER,
    JPEG,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import DAUGHTER, KID_ID, SCHOOL, TUTOR, obj
from eval_families128_sdk import (
    ab_event,
    ab_session,
    bs_bid,
    sk_crash,
    sk_crumb,
    tq_batch,
    tq_identify,
)
from eval_families128_svc import ak_check, cd_register, ht_message, sb_eval, tqy_confirm
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PHONE, USER_ID, Case, J, L, case

APP = App("lipaloplus", "LipaloPlus", "com.example.lipaloplus", "5.3.0",
          "https://api.lipaloplus.example.net")
IID = "X-Lipalo-Install"
PW = "Quadratic-Sun-48"
KN = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lipalo() -> list[Case]:
    rng = random.Random(12851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), learners=[L(KID_ID, UID)]))}
    return [
        case(f, f"{a}/v3/parents", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(FIRST, NAMEC),
            "surname": L(LAST, NAMEC), "phone": L(PHONE, TEL), "country": "LS"}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lipalo-android", "scope": "parent"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/learners", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER[0], NAMEC), "birthDate": L(DAUGHTER[2], BIRTH),
            "gender": L("girl", GENDER), "grade": "Form D", "syllabus": "LGCSE",
            "school": SCHOOL["name"], "goal": "Grade B in maths", "avatar": "giraffe_3"}),
        case(f, f"{a}/v3/learners/{KID_ID}/diagnostic", headers=_h(rng, **b), body={
            "quiz": "lgcse-diag-1", "answers": [
                {"q": 1, "typed": L("x = 3 or x = -5", TEXT)},
                {"q": 2, "typed": L("gradient = 2/3", TEXT)},
                {"q": 3, "typed": L("I don't know how to do this one", TEXT)}],
            "secondsSpent": L(1260, USAGE)}),
        case(f, f"{a}/v3/classes/bookings", headers=_h(rng, **b), body={
            "learner": L(KID_ID, UID), "class": "cls_lg_alg_12", "tutor": TUTOR["id"],
            "sessions": 8, "price": L("640.00", BUY), "currency": "LSL"}),
        at_path(case(f, f"{a}/v3/learners/{KID_ID}/progress", headers=_h(rng, **b),
                     query={"topic": "algebra"}), KID_ID, UID),
        multipart(f, f"{a}/v3/learners/{KID_ID}/solutions", [
            ("page", "solution_q7.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"paper": "LGCSE-2023-P2", "question": 7,
                                                "upload": obj(rng, "up", 10)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/learners/{KID_ID}/papers", fmt="msgpack", headers=_h(rng, **b), body={
            "learner": L(KID_ID, UID), "paper": "LGCSE-2023-P1", "marks": [3, 2, 4, 0, 5, 1],
            "total": 58, "timeMin": L(112, USAGE)}),
        case(f, f"{a}/v3/questions", headers=_h(rng, **b), body={
            "learner": L(KID_ID, UID), "tutor": TUTOR["id"], "text": L(
                "Why does the quadratic formula have plus or minus? - Palesa", KN)}),
        case(f, f"{a}/v3/live/join", headers=_h(rng, **b), body={
            "class": "cls_lg_alg_12", "learner": L(KID_ID, UID), "lanIp": L(LOCAL_IP, DEV),
            "net": L("wifi", DEV), "camera": False, "mic": True, "room": obj(rng, "rm", 8)}),
        case(f, f"{a}/v3/parents/me/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("1742", CRED), "confirm": L("1742", CRED)}),
        case(f, f"{a}/v3/learners/{KID_ID}/limits", headers=_h(rng, **b), body={
            "dailyMinutes": 90, "bedtime": "21:30", "weekendsOff": False}),
        case(f, f"{a}/v3/reports/email", fmt="form", headers=_h(rng, **b), body={
            "learner": L(KID_ID, UID), "to": L(EMAIL, MAIL),
            "cc": L("t.mokhethi@example.net", MAIL), "period": "term"}),
        case(f, f"{a}/v3/search", query={"q": L("simultaneous equations video", SEARCH),
                                         "learner": L(KID_ID, UID)}, headers=_h(rng, **b)),
        case(f, f"{a}/v3/billing/play", headers=_h(rng, **b), body={
            "productId": L("lipalo_family_monthly", BUY), "purchaseToken": L(play_token(rng),
                                                                              BUY),
            "orderId": L("GPA.3371-4120-8812-55190", BUY)}),
        case(f, f"{a}/v3/classes/cls_lg_alg_12/feedback", headers=_h(rng, **b), body={
            "stars": 4, "text": L("Palesa says the pace is a bit fast for her", KN),
            "tutor": TUTOR["id"]}),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_LS", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "learner": L(KID_ID, UID), "events": [
                ev("paper_marked", 1, paper="P1"), ev("class_joined", 2),
                ev("screen", 3, screen=L("Progress", USAGE))]}),
        case(f, f"{a}/v3/schedule", headers=_h(rng, how="nodash"),
             cookies={"lp_sid": L(opaque(rng, "", 40), CRED), "lp_kid": L(KID_ID, UID)}),
        case(f, f"{a}/v3/tutors/{TUTOR['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/referrals", headers=_h(rng, **b), body={
            "code": "LIPALO-JD-44", "friendPhone": L("+26663118820", TEL),
            "friendName": L("'Mathabo Ntsane", NAMEC), "req": rid(rng)}),
    ]


def lipalo_sdks() -> list[Case]:
    rng = random.Random(12852)
    return [
        tq_batch(APP, rng, [("Paper Marked", {"score": 58}), ("Class Joined", {})]),
        tq_identify(APP, rng, {"learner_birth_year": L(2009, BIRTH), "plan": "family",
                               "email_sha256": L(EMAIL_SHA256, MAIL)}),
        ab_session(APP, rng, user=True, n=23),
        ab_event(APP, rng, "subscribe", {"plan": "family_monthly"}, revenue=199.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        sk_crash(APP, rng, ("java.lang.OutOfMemoryError", "camera bitmap 12 MB"),
                 [sk_crumb("nav", "Papers -> Upload"), sk_crumb("tap", "shutter")],
                 user={"id": L(USER_ID, UID), "learner": L(KID_ID, UID)},
                 screen="SolutionCameraActivity"),
        sb_eval(APP, rng, {"learnerAge": L(16, BIRTH), "syllabus": "LGCSE"}),
        cd_register(APP, rng, tags={"learner_form": "D", "learner_age": L(16, BIRTH)}),
        ak_check(APP, rng, {"analytics": True, "ads": False}),
        ht_message(APP, rng, L("The live class froze twice tonight", TEXT),
                   {"learner": L(KID_ID, UID)}),
        tqy_confirm(APP, rng, "640.00"),
    ]
