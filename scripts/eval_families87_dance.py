"""Bharatanatyam dance-class app "Natyamudra": sign-up, OTP log-in, ``/me`` with a JWT, a batch
enrolment, attendance at the studio (her fix, the studio's Wi-Fi), practice logs with the
watch's heart rate, a performance video and a practice clip for the guru (MP4 multipart), the
clip's pose keypoints, costume measurements and delivery, the debut (arangetram) package, the
month's fee by UPI, a music search, class chat (msgpack), a profile photo, a season
performance application, her certificates by student number in the path, push, events (a base64
JSON context header) and the timetable by a JWT cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import series
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families87_kit import ACCEPT_IN, CHN, SCHOOL, STUDENT_NO, STUDIO_FIX, TZ, UPI, gen_id
from eval_families87_sdk import am_link, am_open, bm_bid, bm_win, ck_session, km_batch, km_pixel
from eval_families87_svc import kd_eval, kp_upi, mo_register, pt_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("natyamudra", "Natyamudra", "com.example.natyamudra", "1.12.4",
          "https://app.natyamudra.example.org")
IID = "X-Natya-Device"
STUDIO_WIFI = ("Natyamudra-Students", "f0:9f:c2:5a:31:be")  # the studio's network (her scan)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def natyamudra() -> list[Case]:
    rng = random.Random(8731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, student=L(STUDENT_NO, UID), email=L(EMAIL, MAIL)))}
    sla, slo = fix(STUDIO_FIX)
    acc: Acc = {}
    cookie_jwt = tok({"sub": L(USER_ID, UID), "student": L(STUDENT_NO, UID), "exp": 1765900000},
                     "cookie", "nm_token", acc)
    return [
        case(f, f"{a}/api/students", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(NATIONAL, "contact.phone"), "dob": L(DOB, BIRTH),
            "gender": L("F", GENDER), "address": {"line": L(CHN["theru"], ADDR),
                                                  "city": L(CHN["nagaram"], COARSE),
                                                  "pin": L(CHN["pin"], COARSE)},
            "experienceYears": 3, "level": "intermediate"}),
        case(f, f"{a}/api/auth/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, "contact.phone"), "otp": L("731166", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/enrolments", headers=_h(rng, **b), body={
            "studentNo": L(STUDENT_NO, UID), "school": SCHOOL["id"], "guru": SCHOOL["guru"],
            "batch": "SAT-0700-INT", "termFee": L("4500", BUY), "startsOn": "2026-01-03"}),
        case(f, f"{a}/api/attendance", headers=_h(rng, **b), body={
            "studentNo": L(STUDENT_NO, UID), "classId": gen_id(rng, "cls", 8),
            "at": {"lat": sla, "lng": slo, "accuracy": 6},
            "wifi": {"ssid": L(STUDIO_WIFI[0], WIFI), "bssid": L(STUDIO_WIFI[1], WIFI)},
            "school": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        case(f, f"{a}/api/practice", headers=_h(rng, **b), body={
            "date": "2025-12-11", "minutes": L(55, FIT), "avgHr": L(118, FIT),
            "kcal": L(260, FIT), "adavus": ["tatta", "natta", "visharu", "mandi"],
            "source": "watch"}),
        multipart(f, f"{a}/api/performances", [
            ("video", "alarippu_tisram.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "title": L("Alarippu in Tisram, my first solo", TEXT),
                "venue": "Mylapore Fine Arts Hall", "visibility": "school"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/reviews/clips", [
            ("clip", "varnam_practice.mp4", "video/mp4", L(MP4 + b"\x02", MEDIA)),
            ("meta", None, "application/json", {
                "guru": SCHOOL["guru"], "item": "Varnam, Kalyani",
                "note": L("Aramandi keeps rising in the third jathi, please check", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/reviews/pose", gz=True, headers=_h(rng, **b), body={
            "clipRef": gen_id(rng, "clip", 10), "fps": 15,
            "keypoints": L(series(rng, 24, ("hipY", "kneeL", "kneeR", "wristL", "wristR"), 66),
                           MOTION),
            "model": "posenet-lite"}),
        case(f, f"{a}/api/costume", headers=_h(rng, **b), body={
            "measurements": {"heightCm": L(162, FIT), "bustCm": L(86, FIT),
                             "waistCm": L(70, FIT), "hipCm": L(94, FIT),
                             "inseamCm": L(74, FIT)},
            "fabric": "silk, maroon and gold border", "tailor": "Sri Lakshmi Tailors",
            "deliverTo": L(f"{CHN['theru']}, Chennai {CHN['pin']}", ADDR)}),
        case(f, f"{a}/api/arangetram", headers=_h(rng, **b), body={
            "studentNo": L(STUDENT_NO, UID), "package": L("ARG-STANDARD", BUY),
            "estimate": L("185000", BUY), "preferredMonth": "2026-08", "orchestra": True}),
        case(f, f"{a}/api/fees", fmt="form", headers=_h(rng, **b), body={
            "studentNo": L(STUDENT_NO, UID), "month": "2026-01", "amount": L("1500", BUY),
            "upi": L(UPI, PAY)}),
        case(f, f"{a}/api/music", query={"q": L("varnam in kalyani", SEARCH), "page": "1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/chat/send", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "group": "grp_sat_int", "cid": gen_id(rng, "m", 10),
            "text": L("Running 10 min late, auto stuck near Luz corner", TEXT)}),
        multipart(f, f"{a}/api/me/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/api/season/apply", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "studentNo": L(STUDENT_NO, UID),
            "bio": L("Jane has trained under Smt. Kalyani Raghavan since 2022", f"{TEXT}|{NAMEC}"),
            "slot": "2025-12-27 16:00", "sabha": "Thyagaraja Vidwat Samajam"}),
        at_path(case(f, f"{a}/api/students/{STUDENT_NO}/certificates", headers=_h(rng, **b)),
                STUDENT_NO, UID),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "platform": "android", "model": L("Pixel 8", DEV), "lang": L("ta", DEV)}),
        case(f, f"{a}/api/events", headers=_h(rng, **b, extra={"X-Natya-Context": W({
            "install": L(INSTALL_ID, DID), "tz": L(TZ, DEV), "os": L("Android 14", DEV)},
            "b64json")}), body={"events": [
                ev("clip_uploaded", 1, secs=184), ev("screen", 2, screen=L("Timetable", USAGE)),
                ev("fee_paid", 3)]}),
        add(case(f, f"{a}/api/timetable", headers=_h(rng, how="none"),
                 cookies={"nm_token": cookie_jwt}), acc),
    ]


def natyamudra_sdks() -> list[Case]:
    rng = random.Random(8732)
    return [
        km_batch(APP, rng, [("Clip Uploaded", {"secs": 184}), ("Screen Viewed",
                                                               {"screen": L("Timetable", USAGE)})],
                 at=STUDIO_FIX, nd=2),
        km_pixel(APP, rng, "Trial Class Viewed", {"school": SCHOOL["id"]}),
        am_open(APP, rng, first=True),
        am_link(APP, rng, U("https://natyamudra.example.org/join", {
            "ref": "guru_kr", "student": L(STUDENT_NO, UID), "utm_source": "whatsapp"})),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        bm_win(APP, rng),
        ck_session(APP, rng, secs=1210),
        kd_eval(APP, rng, {"level": "intermediate"}, get=True),
        mo_register(APP, rng, tags={"batch": "SAT-0700-INT"}, at=STUDIO_FIX, nd=2, lang="ta"),
        kp_upi(APP, rng, "150000", "Natyamudra fee Jan", vpa=False),
        pt_message(APP, rng, L("The fee for January got debited twice from my UPI", TEXT),
                   {"student": L(STUDENT_NO, UID)}),
    ]

