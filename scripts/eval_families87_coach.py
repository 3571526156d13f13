"""Coaching-institute mock-test app "Vetripadi" for her son Arjun's engineering-entrance
preparation (the parent's account, the son's data): her sign-up and log-in, ``/me``, the
student's profile (birth date, category, Aadhaar) and documents, a fee instalment, a
scholarship test with a caste certificate, his tests by roll number in the path, a proctored
test (a webcam snapshot and a face template), answers in msgpack, proctoring events (JSON
Lines), the submission, a doubt with a photo of his working, a leaderboard, a parent-teacher
meeting, the van pickup at home, the report mailed to her, the study-guard's installed apps, a
protobuf live-class heartbeat, push, events and the timetable by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families10_kit import flat
from eval_families15_kit import EMAIL_UPPER
from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families87_kit import ACCEPT_IN, CHN, CHN_AT, INSTITUTE, ROLL, SON, SON_AADHAAR, gen_id
from eval_families87_sdk import am_event, am_open, bm_bid, ck_crash, ck_crumb, ck_session, km_batch
from eval_families87_svc import kd_eval, kp_card, mo_register, pt_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("vetripadi", "Vetripadi", "com.example.vetripadi.tests", "5.6.2",
          "https://api.vetripadi.example.com")
IID = "X-Vp-Install"
PW = "Guindy#Kite44"
TEST = "mt_jee_found_0712"  # a mock test (a negative)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def vetripadi() -> list[Case]:
    rng = random.Random(8761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), roll=L(ROLL, UID)))}
    hla, hlo = fix(CHN_AT, 5)
    hb_lab: dict[str, str] = {}
    hb = pb([(1, L(ROLL, UID)), (2, "lc_phy_kinematics_04"), (3, L(2710, USAGE)),
             (4, L(INSTALL_ID, DID)), (5, 1765620000)], "", hb_lab)
    answers = [{"q": i + 1, "opt": rng.choice("ABCD"), "ms": rng.randrange(20000, 190000)}
               for i in range(12)]
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
            "password": L(PW, CRED), "relation": "mother", "city": L("Chennai", COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "name": L(SON["name"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "gender": L(SON["gender"], GENDER), "class": SON["class"], "board": "CBSE",
            "school": "Besant Nagar Public School", "category": L("OBC-NCL", SENS),
            "aadhaar": L(SON_AADHAAR, NATID), "centre": INSTITUTE["id"],
            "targetExam": "JEE Main 2027"}),
        multipart(f, f"{a}/v1/students/{ROLL}/documents", [
            ("photo", "arjun.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("marksheet", "class9_marks.pdf", "application/pdf", L(PDF, MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees/instalments", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "course": L("JEE-FOUNDATION-2Y", BUY),
            "instalment": 2, "amount": L("38500", BUY), "dueOn": "2025-12-20"}),
        multipart(f, f"{a}/v1/scholarships/apply", [
            ("certificate", "community_certificate.pdf", "application/pdf",
             L(PDF + b"\x01", f"{MEDIA}|{SENS}")),
            ("form", None, "application/json", {
                "roll": L(ROLL, UID), "category": L("OBC-NCL", SENS),
                "familyIncome": "6-8 LPA", "testSlot": "2026-01-11T10:00"})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v1/students/{ROLL}/tests", query={"status": "upcoming"},
                     headers=_h(rng, **b)), ROLL, UID),
        multipart(f, f"{a}/v1/tests/{TEST}/start", [
            ("snapshot", "webcam.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("proctor", None, "application/json", {
                "roll": L(ROLL, UID), "faceTemplate": L(flat(rng, 128), FACE),
                "faceMatch": 0.93, "cameraOk": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/{TEST}/answers", fmt="msgpack", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "attempt": gen_id(rng, "att", 8), "answers": answers}),
        lines(f, f"{a}/v1/tests/{TEST}/proctor-events", [
            {"roll": L(ROLL, UID), "type": L(t, USAGE), "at": 1765621000 + 60 * i}
            for i, t in enumerate(["tab_switch", "face_not_visible", "tab_switch"])],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tests/{TEST}/submit", fmt="form", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "attempt": gen_id(rng, "att", 8), "durationSec": "10320"}),
        multipart(f, f"{a}/v1/doubts", [
            ("image", "working.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("doubt", None, "application/json", {
                "roll": L(ROLL, UID), "subject": "physics",
                "text": L("Why is the displacement negative in Q14 if the ball goes up?",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/leaderboard", query={"batch": "JF-TN-07", "roll": L(ROLL, UID),
                                              "top": "50"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/ptm/bookings", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "teacher": "tch_physics_rk", "slot": "2025-12-20T16:30",
            "note": L("Arjun is struggling with kinematics and not sleeping well before tests",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/transport/pickup", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "address": L(CHN["theru"], ADDR), "pin": L(CHN["pin"], COARSE),
            "point": {"lat": hla, "lon": hlo}, "days": ["SAT", "SUN"]}),
        case(f, f"{a}/v1/reports/email", fmt="form", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "to": L(EMAIL_UPPER, MAIL), "month": "2025-11"}),
        case(f, f"{a}/v1/study-guard/apps", headers=_h(rng, **b), body={
            "roll": L(ROLL, UID), "device": L(INSTALL_ID, DID),
            "installed": [L(p, APPS) for p in ["com.example.vetripadi.tests",
                                               "com.example.blockcraft", "com.example.reelz",
                                               "com.example.chatterbox"]],
            "blocked": ["com.example.reelz"]}),
        raw(f, f"{a}/v1/live/heartbeat", hb, "application/x-protobuf", hb_lab,
            headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("test_started", 1, test=TEST), ev("doubt_posted", 2),
                ev("screen", 3, screen=L("ScoreCard", USAGE))]}),
        case(f, f"{a}/v1/timetable", headers=_h(rng, how="upper"), cookies={
            "vp_sess": L(opaque(rng, "", 40), CRED), "vp_roll": L(ROLL, UID)}),
    ]



def vetripadi_sdks() -> list[Case]:
    rng = random.Random(8762)
    return [
        km_batch(APP, rng, [("Test Submitted", {"test": TEST, "score": 142}),
                            ("Doubt Posted", {"subject": "physics"})]),
        am_open(APP, rng, user=True, opens=63),
        am_event(APP, rng, "course_purchase", {"course": "JEE-FOUNDATION-2Y"},
                 revenue="38500.00"),
        bm_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 640, "h": 360}},
               yob=2010, gender="M"),
        ck_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "CAMERA_ERROR"),
                 [ck_crumb("nav", "Tests -> Proctor"), ck_crumb("log", "face check")],
                 user={"id": L(ROLL, UID)}, screen="ProctorActivity"),
        ck_session(APP, rng, secs=10480),
        kd_eval(APP, rng, {"grade": "10", "exam": "jee"}),
        mo_register(APP, rng, tags={"batch": "JF-TN-07", "child_class": "10"}),
        kp_card(APP, rng),
        pt_message(APP, rng, L("Instalment 2 was charged twice on my card, please refund one",
                               TEXT), {"roll": L(ROLL, UID)}),
    ]

