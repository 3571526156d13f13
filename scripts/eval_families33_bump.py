"""Pregnancy-tracking app "Bumpwise" (free with ads): sign-up with her due date, log-in, the
pregnancy, symptoms, kick counts (msgpack), weight (form), blood pressure, an
appointment and the anatomy scan's results with the sonogram, her partner invited, the bump
photo diary, a "baby face" preview from her and her partner's faces, a birth plan, a hospital
search, insurance, a community post, a search, medicines, a Health Connect import, devices,
events, a Play purchase and the week's page fetched by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    flat,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families33_kit import DUE, HOSPITAL, LMP, MEMBER_BW, OB, PARTNER, WEEK, kicks
from eval_families33_sdk import (
    bs_bid,
    fm_crumb,
    fm_notify,
    rh_event,
    rh_session,
    th_batch,
    th_beacon,
    th_profile,
)
from eval_families33_svc import ag_save, gt_geocode, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("bumpwise", "Bumpwise", "com.example.bumpwise", "11.2.0",
          "https://api.bumpwise.example.com")
IID = "X-Bumpwise-Install"
PREG = "prg_7a20c1e9"
APPT = "apt_51c09e2b"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def bumpwise() -> list[Case]:
    rng = random.Random(3321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="free"))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L("Peach&Lemon-19", CRED), "date_of_birth": L(DOB, BIRTH),
            "due_date": L(DUE, SENS), "role": L("expecting", SENS), "terms": True}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L("Peach&Lemon-19", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/pregnancies", headers=_h(rng, **b), body={
            "due_date": L(DUE, SENS), "lmp": L(LMP, SENS), "week": L(WEEK, SENS),
            "previous_pregnancies": L(0, SENS), "multiples": L(False, SENS),
            "baby_nickname": "Bean", "units": "metric"}),
        case(f, f"{a}/v2/pregnancies/{PREG}/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-09", "week": L(WEEK, SENS),
            "symptoms": [L("nausea", MED), L("heartburn", MED), L("round_ligament_pain", MED)],
            "severity": L(2, MED),
            "note": L("Heartburn worse at night, sleeping propped up on two pillows",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/pregnancies/{PREG}/kicks", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "started": "2025-12-09T21:04:00-05:00",
            "kicks_s": L(kicks(rng, 10), MED), "count": L(10, MED), "goal": 10,
            "position": "left_side"}),
        case(f, f"{a}/v2/pregnancies/{PREG}/weight", fmt="form", headers=_h(rng, **b), body={
            "kg": L("68.4", FIT), "date": "2025-12-09", "pre_pregnancy_kg": L("63.0", FIT),
            "height_cm": L("167", FIT)}),
        case(f, f"{a}/v2/pregnancies/{PREG}/blood-pressure", headers=_h(rng, **b), body={
            "systolic": L(118, MED), "diastolic": L(74, MED), "pulse": L(82, FIT),
            "arm": "left", "cuff_model": "Omnia BP-3", "at": "2025-12-09T08:10:00-05:00"}),
        case(f, f"{a}/v2/pregnancies/{PREG}/appointments", headers=_h(rng, **b), body={
            "type": L("anatomy_scan", MED), "at": "2025-12-12T10:30:00-05:00",
            "provider": {"name": L(OB[0], NAMEC), "phone": OB[1]},
            "hospital_id": HOSPITAL["id"], "hospital": HOSPITAL["name"],
            "notes": L("Ask about the low-lying placenta from the 12-week scan",
                       f"{TEXT}|{MED}"), "remind_min": 120}),
        multipart(f, f"{a}/v2/appointments/{APPT}/results", [
            ("sonogram", "anatomy_scan.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("results", None, "application/json", {
                "placenta": L("posterior_low_lying", MED), "efw_g": L(320, MED),
                "fhr_bpm": L(148, MED), "baby_sex": L("girl", GENDER), "share": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/partners/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "relationship": "partner",
            "share": {"symptoms": False, "kicks": True, "appointments": True}}),
        multipart(f, f"{a}/v2/pregnancies/{PREG}/bump-diary", [
            ("photo", "week19.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{SENS}")),
            ("entry", None, "application/json", {
                "week": L(WEEK, SENS), "caption": L("Halfway there! Finally showing", TEXT),
                "face_blur": True, "crop": [112, 340, 860, 1180], "filter": "warm"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/baby-face/preview", [
            ("mother", "me.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("father", "daniel.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("features", None, "application/json", {
                "mother": {"landmarks": L(landmarks(rng, 68), FACE),
                           "embedding": L(f32b64(flat(rng, 128, 0.07)), FACE)},
                "father": {"landmarks": L(landmarks(rng, 68), FACE),
                           "embedding": L(f32b64(flat(rng, 128, 0.07)), FACE)},
                "style": "newborn_realistic", "seed": 4412, "model": "bf-2.3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pregnancies/{PREG}/birth-plan", headers=_h(rng, **b), body={
            "pain_relief": L("epidural_if_needed", MED), "support_person": L(PARTNER[0], NAMEC),
            "feeding": "breast", "cord_clamping": "delayed",
            "cultural_requests": L("Halal meals please, and female staff where possible",
                                   f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/hospitals", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "radius_km": "10", "maternity": "1"}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "member_id": L(MEMBER_BW, MED), "group_number": "GRP-448120", "plan": "Gold PPO",
            "subscriber": {"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH)}}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "forum": L("may-2026-babies", SENS), "anonymous": True,
            "title": L("19 weeks and still nauseous?", f"{TEXT}|{SENS}|{MED}"),
            "body": L("Is anyone else still sick every morning at 19 weeks? My OB says it "
                      "can last longer with girls", f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("is sushi safe while pregnant", f"{SEARCH}|{SENS}"), "type": "articles"}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("Prenatal multivitamin", MED), "time": "08:00"},
            {"name": L("Aspirin 81 mg", MED), "time": "21:00",
             "reason": L("preeclampsia prevention", MED)}]}),
        case(f, f"{a}/v2/health-connect/import", gz=True, headers=_h(rng, **b), body={
            "records": [{"type": "steps", "date": "2025-12-08", "value": L(6120, FIT)},
                        {"type": "sleep_min", "date": "2025-12-08", "value": L(431, FIT)},
                        {"type": "resting_hr", "date": "2025-12-08", "value": L(79, FIT)}]}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "timezone": L("America/New_York", DEV), "weekly_digest": True}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("bumpwise_premium_annual", BUY),
            "order_id": L("GPA.3345-1190-8823-40417", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("week_opened", 1, week=L(WEEK, SENS)), ev("kick_session_done", 2),
                ev("screen_view", 3, screen=L("BumpDiary", USAGE))]}),
    ]
    wk = case(f, f"{a}/v2/weekly/{WEEK}", query={"lang": "en"}, headers=_h(rng, how="none"),
              cookies={"bw_sid": L(opaque(rng, "", 48), CRED), "bw_dev": L(INSTALL_ID, DID)})
    wk.labels[("url", "path[2]")] = SENS  # the week of her pregnancy in the path
    return [*cases, wk]


def bumpwise_sdks() -> list[Case]:
    rng = random.Random(3322)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tagid": "bumpwise_week_banner"}
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":80}},'
                                    '{"id":2,"img":{"type":3,"w":1200,"h":627}}]}',
                         "ver": "1.2"}, "tagid": "bumpwise_feed_native"}
    return [
        th_beacon(APP, rng, "Onboarding Step", {"step": "due_date", "n": 3}),
        th_batch(APP, rng, [("Week Viewed", {"week": L(WEEK, SENS)}),
                            ("Kick Session Done", {"count": L(10, MED)})], adid=True),
        th_profile(APP, rng, {"due_month": L("2026-05", SENS), "trimester": L(2, SENS),
                              "first_name": L(FIRST, NAMEC), "plan": "free"}),
        rh_session(APP, rng, first=True),
        rh_event(APP, rng, "subscribe", {"plan": "annual", "trial": False}, revenue=59.99,
                 hashed=True),
        bs_bid(APP, rng, banner, at=(LAT, LON), nd=3, yob=1991, gender="F",
               keywords=L("pregnancy,second trimester,baby names", SENS)),
        bs_bid(APP, rng, native, hem=True, gz=True),
        fm_notify(APP, rng, ("java.lang.IllegalStateException", "kick timer not bound"),
                  [fm_crumb("navigation", "Today -> KickCounter"),
                   fm_crumb("user", "Tap: start_session")], context="KickCounterActivity"),
        pw_register(APP, rng, tags={"week": L(WEEK, SENS), "due_month": L("2026-05", SENS)}),
        ag_save(APP, rng, {"analytics": True, "advertising": True, "personalised_ads": True}),
        gt_geocode(APP, rng, HOSPITAL["name"], SEARCH, near=(LAT, LON), nd=2),
    ]

