"""Podoconiosis foot-care programme app "Egirtena" (she is enrolled as a patient for the early-stage
lymphoedema she has had since 2019): enrolment with her stage and history, a log-in, ``/me``,
foot photos with circumferences, measurements, the daily foot-care log (gzip JSON), an acute
attack, medicines, a shoe fitting, a centre visit booked and listed, a lesson watched, steps, a
message to the community worker, a check-in at the centre, reminders, research consent, a bandage
kit ordered, her mother referred for screening, a password reset code, push, events and her
records by a cookie GET."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families102_kit import (
    ADDIS_HOME_AT,
    CHW_PHONE,
    ENROL_NO,
    FOOT_CENTRE,
    MOTHER,
    fix,
    foot_log,
    obj,
)
from eval_families102_sdk import cp_crumb, cp_report, gb_batch, gb_queue, ot_event, ot_session
from eval_families102_svc import bq_register, cm_save, gh_eval, hf_attach, mj_route
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("egirtena", "Egirtena", "com.example.egirtena", "1.14.0",
          "https://api.egirtena.example.org")
IID = "X-Egirtena-Install"
PW = "Red-Clay-Shoes-9"
CENTRE_FIX = (9.021163, 38.698071)  # her phone at the centre (her fix)
FM = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _centre() -> dict[str, Any]:
    return {"id": FOOT_CENTRE["id"], "name": FOOT_CENTRE["name"], "phone": FOOT_CENTRE["phone"],
            "lat": FOOT_CENTRE["lat"], "lon": FOOT_CENTRE["lon"]}


def egirtena() -> list[Case]:
    rng = random.Random(10221)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, enrolment=L(ENROL_NO, MED), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    cla, clo = fix(CENTRE_FIX, 5)
    return [
        case(f, f"{a}/api/v2/enrol", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("female", GENDER), "enrolmentNo": L(ENROL_NO, MED),
            "site": FOOT_CENTRE["id"], "stage": L(2, MED), "onsetYear": L(2019, MED),
            "familyHistory": L(True, MED), "barefootYears": L(14, MED)}),
        case(f, f"{a}/api/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "egirtena-android"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v2/feet/photos", [
            ("left", "left_foot.jpg", "image/jpeg", L(JPEG + b"\xb1", FM)),
            ("right", "right_foot.jpg", "image/jpeg", L(JPEG + b"\xb2", FM)),
            ("meta", None, "application/json", {
                "enrolmentNo": L(ENROL_NO, MED), "stageLeft": L(2, MED), "stageRight": L(1, MED),
                "mossyLesions": L(False, MED), "takenAt": "2025-12-08T07:12:00+03:00"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/measurements", headers=_h(rng, **b), body={
            "ankleLeftCm": L(26.5, MED), "ankleRightCm": L(24.0, MED),
            "calfLeftCm": L(38.2, MED), "calfRightCm": L(36.9, MED),
            "weightKg": L(68.8, FIT), "measuredBy": "self"}),
        case(f, f"{a}/api/v2/foot-log", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "days": L(foot_log(rng, 7), MED), "week": "2025-W49"}),
        case(f, f"{a}/api/v2/attacks", headers=_h(rng, **b), body={
            "start": "2025-12-05", "fever": L(True, MED), "painScore": L(7, MED),
            "redness": L("left shin", MED),
            "note": L("Left leg hot and swollen after walking in the rain, took paracetamol",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("Doxycycline", MED), "dose": L("100 mg twice daily", MED)},
                      {"name": L("Petroleum jelly", MED), "dose": L("nightly", MED)}],
            "startedAt": "2025-12-05"}),
        case(f, f"{a}/api/v2/shoes/fitting", headers=_h(rng, **b), body={
            "sizeEu": L(39, FIT), "footLengthCm": L(24.6, FIT), "width": L("extra wide", FIT),
            "pickup": _centre(), "socks": 2}),
        case(f, f"{a}/api/v2/visits", headers=_h(rng, **b), body={
            "centre": _centre(), "slot": "2025-12-16T09:00+03:00",
            "reason": L("bandaging review after an acute attack", MED)}),
        case(f, f"{a}/api/v2/visits", headers=_h(rng, **b),
             query={"from": "2025-12-01", "status": "upcoming"}),
        case(f, f"{a}/api/v2/lessons/les_wash_02/progress", fmt="form", headers=_h(rng, **b),
             body={"watchedS": L("214", USAGE), "completed": "1", "quiz": "4/5"}),
        case(f, f"{a}/api/v2/steps", headers=_h(rng, **b), body={
            "source": "phone", "days": L([{"date": "2025-12-07", "steps": 6204},
                                          {"date": "2025-12-08", "steps": 3980}], FIT)}),
        case(f, f"{a}/api/v2/chw/messages", fmt="form", headers=_h(rng, **b), body={
            "to": CHW_PHONE, "thread": obj(rng, "thr", 8),
            "text": L("The bandage leaves marks on my ankle, is it too tight?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/checkins", headers=_h(rng, **b), body={
            "site": FOOT_CENTRE["id"], "lat": cla, "lon": clo, "accuracyM": 11,
            "enrolmentNo": L(ENROL_NO, MED)}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "wash": "19:30", "emollient": "20:00", "tz": L("Africa/Addis_Ababa", DEV)}),
        case(f, f"{a}/api/v2/consents/research", headers=_h(rng, **b), body={
            "study": "EGP-FOOT-2025", "agree": True, "dataSharing": True,
            "signedName": L(f"{FIRST} {LAST}", NAMEC), "signedAt": "2025-12-01T10:04:00+03:00"}),
        case(f, f"{a}/api/v2/supplies/orders", headers=_h(rng, **b), body={
            "items": L([{"sku": "bandage_kit_4", "qty": 1}, {"sku": "soap_bar", "qty": 6}], BUY),
            "deliverTo": "centre", "centre": FOOT_CENTRE["id"]}),
        case(f, f"{a}/api/v2/referrals/screening", headers=_h(rng, **b), body={
            "name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL), "town": L(MOTHER[2],
                                                                               "location.coarse"),
            "symptoms": L("Both feet swell by evening since the harvest", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/auth/reset/verify", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("662071", CRED),
            "password": L("Red-Clay-Shoes-10", CRED)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_ET", DEV)}),
        case(f, f"{a}/api/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("foot_log_saved", 1), ev("lesson_completed", 2, lesson="les_wash_02"),
                ev("screen", 3, screen=L("FootDiary", USAGE))]}),
        case(f, f"{a}/api/v2/records", headers=_h(rng, how="nodash"),
             cookies={"eg_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def egirtena_sdks() -> list[Case]:
    rng = random.Random(10222)
    return [
        gb_batch(APP, rng, [("Foot Log Saved", {"swelling": L("mild", MED), "days": 7}),
                            ("Lesson Watched", {"lesson": "les_wash_02"})]),
        gb_queue(APP, rng, [("Photo Captured", {"side": "left"}),
                            ("Attack Reported", {"fever": L(True, MED)}),
                            ("Offline Mode", {"minutes": 42})]),
        ot_session(APP, rng, first=True),
        ot_event(APP, rng, "enrolment_complete", {"site": FOOT_CENTRE["id"],
                                                  "stage": L(2, MED)}),
        cp_report(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                  [cp_crumb("navigation", "Diary -> FootCamera"),
                   cp_crumb("log", "upload queued", {"photos": 2})], screen="FootCameraActivity"),
        gh_eval(APP, rng, {"stage": L(2, MED), "site": FOOT_CENTRE["id"]}),
        bq_register(APP, rng, tags={"site": "kolfe", "stage": L("2", MED)},
                    at=ADDIS_HOME_AT, nd=2),
        cm_save(APP, rng, {"analytics": True, "research": True, "marketing": False}, user=True),
        hf_attach(APP, rng, L(JPEG + b"\xb3", FM), "blister.jpg", "image/jpeg"),
        mj_route(APP, rng, [(ADDIS_HOME_AT, "location.precise"),
                            ((FOOT_CENTRE["lat"], FOOT_CENTRE["lon"]), None)]),
    ]
