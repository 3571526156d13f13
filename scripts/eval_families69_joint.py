"""Rheumatoid-arthritis joint-pain diary "Synovia" with hand photos: sign-up, a password grant,
``/me``, the condition with her rheumatologist, medications, a daily entry (tender and swollen
joints, stiffness, pain, DAS28), both hands photographed with their keypoints and joint
measures, a finger-tapping test, the weather at a rounded position, a flare, an injection logged
(msgpack), lab results with the PDF, a HAQ questionnaire, a report shared with her doctor, a
visit, a Health Connect import, a community post, a search, a Play purchase check, reminders,
push, events and the entries by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families69_kit import RHEUM, SWOLLEN, TENDER, hand_kp, obj, taps
from eval_families69_sdk import (
    bt_bid,
    cv_crash,
    cv_crumb,
    rr_event,
    rr_launch,
    sl_batch,
    sl_queue,
)
from eval_families69_svc import cb_attach, cw_check, nh_register, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, W, case

APP = App("synovia", "Synovia", "com.example.synovia", "2.6.3", "https://api.synovia.example.com")
IID = "X-Synovia-Install"
PW = "Pottery!Wheel58"
TM = f"{TEXT}|{MED}"
HANDS = f"{MEDIA}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def synovia() -> list[Case]:
    rng = random.Random(6921)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    entry = obj(rng, "ent", 12)
    return [
        case(f, f"{a}/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "units": "metric", "termsVersion": "2025-09"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "synovia-android", "scope": "diary community"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/profile/condition", headers=_h(rng, **b), body={
            "diagnosis": L("rheumatoid arthritis", MED), "diagnosedYear": L(2019, MED),
            "serology": {"rf": L("positive", MED), "antiCcp": L("positive", MED)},
            "rheumatologist": {"name": L(RHEUM[0], NAMEC), "phone": L(RHEUM[1], TEL),
                               "email": L(RHEUM[2], MAIL)}}),
        case(f, f"{a}/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("Methotrexate", MED), "dose": L("15 mg", MED), "every": "week"},
            {"name": L("Adalimumab", MED), "dose": L("40 mg", MED), "every": "2 weeks"},
            {"name": L("Folic acid", MED), "dose": L("5 mg", MED), "every": "week"}]}),
        case(f, f"{a}/entries", headers=_h(rng, **b), body={
            "id": entry, "date": "2025-12-09",
            "tenderJoints": [L(j, MED) for j in TENDER],
            "swollenJoints": [L(j, MED) for j in SWOLLEN],
            "morningStiffnessMin": L(75, MED), "painVas": L(62, MED),
            "fatigue": L(7, MED), "das28": L(4.6, MED),
            "note": L("Right wrist hot and puffy, couldn't open the jar at breakfast", TM),
            "weather": {"tempC": 3.1, "pressureHpa": 1021, "humidity": 78},
            "client": W({"tz": L("America/New_York", DEV), "schema": 3,
                         "draft": obj(rng, "drf", 8)}, "json")}),
        multipart(f, f"{a}/entries/{entry}/hands", [
            ("left", "left_hand.jpg", "image/jpeg", L(JPEG + b"\xa1", HANDS)),
            ("right", "right_hand.jpg", "image/jpeg", L(JPEG + b"\xa2", HANDS)),
            ("meta", None, "application/json", {
                "keypointsLeft": L(hand_kp(rng), MED), "keypointsRight": L(hand_kp(rng), MED),
                "pipWidthMm": {"L_PIP3": L(21.4, MED), "R_MCP2": L(24.8, MED)},
                "ulnarDeviationDeg": L(11.5, MED), "lux": 412, "focalMm": 6.9,
                "guideOverlay": "v3"})], headers=_h(rng, **b)),
        case(f, f"{a}/tests/tapping", headers=_h(rng, **b), body={
            "hand": "right", "durationMs": 10000, "taps": L(taps(rng, 36), f"{MOTION}|{MED}"),
            "count": L(36, MED), "target": {"x": 540, "y": 1210, "r": 90}}),
        case(f, f"{a}/weather", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "days": "3"}),
        case(f, f"{a}/flares", headers=_h(rng, **b), body={
            "start": "2025-12-06", "severity": L("severe", MED),
            "triggers": [L("cold weather", MED), L("stress", MED)],
            "note": L("Missed two days of work, both hands and the right knee", TM),
            "steroidBurst": L(True, MED)}),
        case(f, f"{a}/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "med": L("Adalimumab", MED), "dose": L("40 mg", MED), "site": L("left thigh", MED),
            "takenAt": 1765317600, "reaction": False, "pen": "lot 4471A"}),
        multipart(f, f"{a}/labs", [
            ("report", "labs_2025-12-02.pdf", "application/pdf", L(PDF + b"\xa3", HANDS)),
            ("values", None, "application/json", {
                "date": "2025-12-02", "crp": L(14.2, MED), "esr": L(32, MED),
                "alt": L(28, MED), "hemoglobin": L(11.9, MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/questionnaires/haq", headers=_h(rng, **b), body={
            "answers": [L(v, MED) for v in (1, 2, 1, 2, 0, 1, 2, 1)], "score": L(1.25, MED),
            "version": "HAQ-DI"}),
        case(f, f"{a}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(RHEUM[0], NAMEC), "recipientEmail": L(RHEUM[2], MAIL),
            "range": "90d", "include": "entries,photos,labs"}),
        case(f, f"{a}/appointments", headers=_h(rng, **b), body={
            "with": L(RHEUM[0], NAMEC), "at": "2026-01-08T09:00:00-05:00",
            "questions": L("Ask about switching methotrexate to injections (nausea)", TM)}),
        case(f, f"{a}/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([3120, 2877, 4410], FIT), "restingHr": L([71, 74, 70], FIT),
            "weightKg": L(63.8, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/community/posts", headers=_h(rng, **b), body={
            "handle": L("janed_hands", UID), "topic": "medications",
            "body": L("Anyone else get hair thinning on methotrexate? Month 5 here", TM),
            "anonymous": False}),
        case(f, f"{a}/search", fmt="form", headers=_h(rng, **b), body={
            "q": L("biologic pen cold hands", SEARCH), "scope": "community"}),
        case(f, f"{a}/billing/verify", headers=_h(rng, **b), body={
            "productId": L("synovia_plus_yearly", BUY),
            "orderId": L("GPA.3318-4402-7719-20563", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/reminders", fmt="form", headers=_h(rng, **b), body={
            "med": L("Methotrexate", MED), "day": "fri", "time": "20:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("entry_saved", 1, joints=6), ev("hand_photos", 2, count=2),
                ev("screen", 3, screen=L("JointMap", USAGE))]}),
        case(f, f"{a}/entries", headers=_h(rng, how="upper"), query={"from": "2025-11-01"},
             cookies={"syn_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def synovia_sdks() -> list[Case]:
    rng = random.Random(6922)
    return [
        sl_batch(APP, rng, [("Entry Logged", {"das28": L(4.6, MED), "photos": 2}),
                            ("Hand Photo Taken", {"side": "left"})], adid=True),
        sl_queue(APP, rng, [("Tap Test Done", {"taps": L(36, MED)}),
                            ("Reminder Opened", {"kind": "dose"})]),
        rr_launch(APP, rng, user=True),
        rr_event(APP, rng, "subscribe", {"plan": "annual"}, revenue=39.99),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "entry_footer"},
               keywords=L("arthritis,joint pain,methotrexate", MED)),
        cv_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cv_crumb("navigation", "Entry -> HandCamera"),
                  cv_crumb("ui", "shutter", {"side": "right"})], screen="HandCameraActivity"),
        tg_eval(APP, rng, {"condition": L("ra", MED), "handPhotos": True}, get=True),
        nh_register(APP, rng, tags={"dose_day": "fri", "plan": "plus"}),
        cw_check(APP, rng, {"analytics": True, "ads": True}),
        cb_attach(APP, rng, L(JPEG + b"\xa4", HANDS), "injection_site.jpg", "image/jpeg"),
    ]
