"""Online psychotherapy platform "Tendwell" (camelCase API): sign-up, an OAuth password grant,
``/me``, the intake (PHQ-9, GAD-7, reasons, medicines, orientation), therapist-matching
preferences, her emergency contact, the insurance card, a session booked and joined, messages to
the therapist (text and a voice note), a mood check-in (msgpack), a journal entry (gzip), a CBT
thought record, a PHQ-9 re-screen (a form), a safety plan, a superbill, a Play subscription,
crisis resources nearby, a therapist search, session feedback, push, events and the care plan by
a cookie GET."""

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
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, STATE, App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head
from eval_families43_kit import MEMBER_TW, MOTHER, THERAPIST, obj43
from eval_families43_sdk import cb_crumb, cb_report, io_event, io_launch, th_batch, th_queue
from eval_families43_svc import fs_eval, hm_message, of_save, pm_card, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tendwell", "Tendwell", "com.example.tendwell", "7.0.4",
          "https://api.tendwell.example.com")
IID = "X-Tendwell-Device"
PW = "Quiet-Harbor-2024"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def tendwell() -> list[Case]:
    rng = random.Random(4341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_TW, MED)))}
    sess = obj43(rng, "ses")
    cla, clo = pos(2)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "preferredName": L(FIRST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "phone": L(PHONE_PAREN, TEL),
            "state": L(STATE, COARSE), "pronouns": L("she/her", GENDER), "tos": "2025-09"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tendwell-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "phq9": [L(v, MED) for v in (2, 2, 1, 2, 1, 2, 1, 0, 1)], "phq9Total": L(12, MED),
            "gad7": [L(v, MED) for v in (2, 3, 2, 2, 1, 2, 2)], "gad7Total": L(14, MED),
            "selfHarmItem": L(1, MED),
            "reasons": [L("anxiety", MED), L("grief", MED), L("work stress", MED)],
            "medications": [{"name": L("sertraline", MED), "dose": L("50 mg", MED)}],
            "alcoholPerWeek": L(3, MED), "orientation": L("bisexual", SENS),
            "priorTherapy": True}),
        case(f, f"{a}/v1/matching/preferences", headers=_h(rng, **b), body={
            "therapistGender": "female", "lgbtqAffirming": True, "modality": "CBT",
            "language": "en", "availability": ["weekday_evening"]}),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, **b), body={
            "name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL), "relation": "mother"}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_TW, MED),
                                                "groupNo": "GR-11840", "payer": "Bluefield"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sessions", headers=_h(rng, **b), body={
            "sessionId": sess, "therapist": {"id": THERAPIST["id"], "name": THERAPIST["name"],
                                             "licence": THERAPIST["licence"]},
            "start": "2025-12-12T18:00:00-05:00", "minutes": 50, "modality": "video",
            "copay": L("30.00", BUY)}),
        case(f, f"{a}/v1/sessions/{sess}/join", headers=_h(rng, **b), body={
            "roomToken": L(opaque(rng, "rt_", 40), CRED), "network": L("wifi", DEV),
            "camera": "front", "installId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/threads/{THERAPIST['id']}/messages", headers=_h(rng, **b), body={
            "clientId": obj43(rng, "msg"),
            "text": L("I had another panic attack on the subway this morning", TM)}),
        multipart(f, f"{a}/v1/threads/{THERAPIST['id']}/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"seconds": 48, "clientId": obj43(rng, "msg")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "mood": L(3, MED), "emotions": [L("anxious", MED), L("tired", MED)],
            "sleepHours": L(5.5, FIT), "note": L("Couldn't sleep, kept replaying the call", TM),
            "at": 1765321100}),
        case(f, f"{a}/v1/journal", gz=True, headers=_h(rng, **b), body={
            "title": L("Sunday", TEXT),
            "body": L("Visited mom. Still miss dad every time I walk past his chair.", TM),
            "tags": [L("grief", MED), L("family", MED)], "sharedWithTherapist": True}),
        case(f, f"{a}/v1/worksheets/thought-record", headers=_h(rng, **b), body={
            "situation": L("Manager asked to talk tomorrow", TEXT),
            "thought": L("I'm going to be fired and I can't cope", TM),
            "intensity": L(80, MED), "reframe": L("It's probably about the launch", TEXT)}),
        case(f, f"{a}/v1/assessments", fmt="form", headers=_h(rng, **b), body={
            "instrument": "PHQ-9", "answers": L("1,1,1,1,0,1,1,0,0", MED),
            "total": L(6, MED), "week": "6"}),
        case(f, f"{a}/v1/safety-plan", headers=_h(rng, **b), body={
            "warningSigns": L("Not leaving bed, skipping meals", TM),
            "coping": [L("walk by the river", TEXT), L("call Tom", TEXT)],
            "people": [{"name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL)}],
            "crisisLine": "988"}),
        case(f, f"{a}/v1/billing/superbill", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "diagnosisCode": L("F41.1", MED), "from": "2025-10-01",
            "to": "2025-12-01"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("tendwell.weekly.therapy", BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/crisis/resources", headers=_h(rng, **b), query={
            "lat": cla, "lon": clo, "kind": "walk_in"}),
        case(f, f"{a}/v1/therapists/search", headers=_h(rng, **b), query={
            "q": L("trauma EMDR evenings", SEARCH), "insurance": "in_network"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "quietHours": "22-7"}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("checkin_done", 1), ev("journal_saved", 2),
                ev("screen", 3, screen=L("CarePlan", USAGE))]}),
        case(f, f"{a}/v1/care-plan", headers=_h(rng, how="upper"),
             cookies={"tw_session": L(opaque(rng, "", 48), CRED), "tw_theme": "dark"}),
    ]


def tendwell_sdks() -> list[Case]:
    rng = random.Random(4342)
    return [
        th_batch(APP, rng, [("Intake Completed", {"phq9Band": L("moderate", MED)}),
                            ("Session Booked", {"modality": "video"})]),
        th_queue(APP, rng, [("Journal Opened", {}), ("Breathing Exercise", {"seconds": 120})]),
        io_launch(APP, rng, user=True),
        io_event(APP, rng, "af_subscribe", {"plan": L("weekly_therapy", BUY)}, revenue=90.0,
                 hashed=True),
        cb_report(APP, rng, ("org.webrtc.PeerConnectionException", "ICE failed"),
                  [cb_crumb("nav", "Sessions -> Video"), cb_crumb("log", "ice restart")],
                  screen="VideoSessionActivity"),
        fs_eval(APP, rng, {"primaryConcern": L("anxiety", MED), "newMatching": True}),
        pt_register(APP, rng, tags={"care": "active"}),
        of_save(APP, rng, {"analytics": True, "advertising": False}),
        pm_card(APP, rng),
        hm_message(APP, rng, L("Why was I charged twice for the 12 December session?", TEXT),
                   {"plan": L("weekly_therapy", BUY)}),
    ]
