"""Children's swimming-lessons app "Panoy" of a Vientiane swim school, used by her for her
daughter Nina (the child's data). Not set 58's booking app for two children: one child, built
around the pool-gate pass, the coach's video feedback and water-safety progress. The parent's
sign-up and log-in, ``/me`` with a JWT, Nina's profile (birth date, gender, asthma, eczema,
height and weight), her progress by ID in the path, a term's enrolment, her photo for the coach's
roster, a waiver with a signature, pick-up people, the gate check-in, a lesson video with a
question, an absence, a make-up lesson, preferences (msgpack), a message to the coach, pools near
her house, a shop order, emergency contacts, a Play subscription, push, events and Nina's badges
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families25_kit import PNG
from eval_families113_kit import (
    DAUGHTER,
    FIT,
    HOME_AT,
    HUSBAND,
    NANNY,
    NINA_ID,
    POOL_FIX,
    SCHOOL,
    fix,
    la_head,
    obj,
)
from eval_families113_sdk import bl_bid, ff_crash, ff_crumb, ig_event, pw_batch, pw_identify
from eval_families113_svc import cw_check, no_register, pk_message, tb_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("panoy", "Panoy", "com.example.panoy", "1.9.0", "https://api.panoy.example.com")
IID = "X-Panoy-Install"
PW = "Seahorse-Nina-7"
ALEX = f"{HUSBAND[0]} {HUSBAND[1]}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PEDIATRICIAN = ("Dr. Khamla Vongsa", "+8562055502267")  # Nina's doctor, typed by her


def _h(rng: random.Random, how: str = "plain", lang: str | None = None,
       **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, lang=lang, **kw)


def panoy() -> list[Case]:
    rng = random.Random(11371)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(NINA_ID, UID)]))}
    b = {"auth": "bearer"}
    lesson = obj(rng, "les", 8)
    kid = f"{a}/api/children/{NINA_ID}"
    pla, plo = fix(POOL_FIX)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng, lang="en"), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "relationship": "mother", "language": L("en", DEV)}),
        case(f, f"{a}/api/sessions", fmt="form", headers=_h(rng, lang="en"), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "childId": L(NINA_ID, UID), "firstName": L(DAUGHTER["first"], NAMEC),
            "lastName": L(DAUGHTER["last"], NAMEC), "birthDate": L(DAUGHTER["dob"], BIRTH),
            "gender": L("girl", GENDER), "heightCm": L(121, FIT), "weightKg": L(22.4, FIT),
            "medical": {"conditions": [L("mild asthma", MED),
                                       L("eczema, sensitive to chlorine", MED)],
                        "inhaler": L(True, MED)},
            "canSwim": "with float", "school": "Vientiane International Primary"}),
        at_path(case(f, f"{kid}/progress", headers=_h(rng, **b)), NINA_ID, UID),
        case(f, f"{a}/api/enrolments", headers=_h(rng, **b), body={
            "child": L(NINA_ID, UID), "term": "2026-T1", "class": "Seahorses Sat 09:00",
            "enrolment": L("PN-EN-26-0311", BUY), "fee": L("1600000", BUY), "currency": "LAK"}),
        at_path(multipart(f, f"{kid}/photo", [
            ("photo", "nina.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"purpose": "coach_roster"})],
            headers=_h(rng, **b)), NINA_ID, UID),
        multipart(f, f"{a}/api/waivers", [
            ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
            ("waiver", None, "application/json", {
                "parentName": L(NAME, NAMEC), "child": L(NINA_ID, UID), "photoConsent": False,
                "version": "2025-08"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/pickup", headers=_h(rng, **b), body={
            "child": L(NINA_ID, UID), "people": [
                {"name": L(ALEX, NAMEC), "phone": L(HUSBAND[2], TEL), "relation": "father"},
                {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "relation": "nanny"}]}),
        case(f, f"{a}/api/gate/checkin", headers=_h(rng, **b), body={
            "gate": "gate_2", "pass": obj(rng, "pass", 10), "child": L(NINA_ID, UID),
            "lat": pla, "lon": plo, "pool": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        multipart(f, f"{a}/api/lessons/{lesson}/videos", [
            ("clip", "freestyle.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "child": L(NINA_ID, UID), "stroke": "freestyle", "question": L(
                    "Could the coach check Nina's breathing on her left side?",
                    f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/absences", headers=_h(rng, **b), body={
            "child": L(NINA_ID, UID), "lesson": lesson, "reason": L(
                "Nina has an ear infection, the doctor says no swimming for a week",
                f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/makeups", fmt="form", headers=_h(rng, **b), body={
            "child": L(NINA_ID, UID), "missed": lesson, "slot": "2026-01-14T16:00"}),
        case(f, f"{a}/api/preferences", fmt="msgpack", headers=_h(rng, **b), body={
            "notify": {"lesson": True, "badge": True, "video": False},
            "language": L("en", DEV), "quietHours": "21-07"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "coach", "thread": obj(rng, "thr", 8), "text": L(
                "Nina is scared of the deep end since Sunday, please keep her in the shallow "
                "group", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/pools", headers=_h(rng, **b), query={
            "ll": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "ageGroup": "5-8"}),
        case(f, f"{a}/api/shop/orders", headers=_h(rng, **b), body={
            "order": L("PN-SH-1187", BUY), "items": [{"sku": "cap-kids-s", "qty": 1},
                                                    {"sku": "goggles-junior", "qty": 1}],
            "total": L("240000", BUY), "deliver": "pool-desk"}),
        case(f, f"{a}/api/emergency-contacts", headers=_h(rng, **b), body={
            "child": L(NINA_ID, UID), "contacts": [
                {"name": L(ALEX, NAMEC), "phone": L(HUSBAND[2], TEL)},
                {"name": L(PEDIATRICIAN[0], NAMEC), "phone": L(PEDIATRICIAN[1], TEL),
                 "role": "doctor"}], "parentPhone": L(PHONE, TEL)}),
        case(f, f"{a}/api/billing/play", headers=_h(rng, **b), body={
            "productId": L("panoy_video_feedback_term", BUY),
            "orderId": L("GPA.3390-1164-2281-07715", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("video_uploaded", 1, seconds=42), ev("badge_viewed", 2),
                ev("screen", 3, screen=L("ChildProgress", USAGE))]}),
        at_path(case(f, f"{kid}/badges", headers=_h(rng, how="nodash"),
                     cookies={"pn_session": L(opaque(rng, "", 40), CRED),
                              "pn_child": L(NINA_ID, UID), "pn_rid": rid(rng)}), NINA_ID, UID),
    ]


def panoy_sdks() -> list[Case]:
    rng = random.Random(11372)
    return [
        pw_batch(APP, rng, [("Video Uploaded", {"childAge": L(7, BIRTH), "seconds": 42}),
                            ("Badge Viewed", {"badge": "float-10s"})], at=POOL_FIX, nd=2),
        pw_identify(APP, rng, {"children": 1, "childAge": L(DAUGHTER["age"], BIRTH),
                               "class": "Seahorses"}),
        ig_event(APP, rng, "enr0ll", {"term": "2026-T1", "enrolment": L("PN-EN-26-0311", BUY)},
                 revenue=1600000, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        ff_crash(APP, rng, ("java.io.FileNotFoundException", "clip cache"),
                 [ff_crumb("navigation", "Lesson -> Upload"),
                  ff_crumb("log", "transcode", {"ms": 4120})], screen="UploadActivity"),
        tg_eval(APP, rng, {"childAge": L(7, BIRTH), "videoFeedback": True}),
        no_register(APP, rng, tags={"class": "seahorses", "child_age": L("7", BIRTH)}),
        cw_check(APP, rng, {"analytics": True, "ads": False, "photos": False}),
        tb_confirm(APP, rng, "1600000"),
        pk_message(APP, rng, L(f"I paid twice for {KID}'s term, enrolment PN-EN-26-0311",
                               f"{TEXT}|{NAMEC}|{BUY}"), {"child": L(NINA_ID, UID)}),
    ]
