"""Therapy and mental-health telemedicine app "Hearthmind": sign-up and an SMS check, an intake
questionnaire (PHQ-9, GAD-7, history, medicines, insurance), insurance-card photos, a therapist
search and a booked session with the therapist's public profile, mood check-ins (msgpack), a
journal the user shares with her therapist, messages, a video session, an emergency contact, a
safety plan, a sleep import, a voice journal, a superbill, crisis resources and a rating."""

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
    E164,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families18_kit import FIT, IID_UPPER
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head, rid
from eval_families29_kit import (
    CRISIS_LINE,
    OFFICE_AT,
    PSYCHIATRIST,
    THERAPIST,
    answers,
    obj,
)
from eval_families29_sdk import (
    ab_event,
    ab_launch,
    gp_crash,
    gp_crumb,
    gp_session,
    tf_batch,
    tf_identify,
)
from eval_families29_svc import cd_message, ow_save, pbk_card, rp_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("hearthmind", "Hearthmind", "com.example.hearthmind", "5.8.1",
          "https://api.hearthmind.example.com")
IID = "X-HM-Device"
PW = "Quiet-Harbor-2025"
MEMBER = "EVH884120377"  # her health-insurance member ID (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _therapist() -> dict[str, Any]:
    """The therapist's public profile as the app echoes it (a professional's data: negatives)."""
    return {"id": THERAPIST["id"], "name": THERAPIST["name"],
            "credentials": THERAPIST["credentials"], "license": THERAPIST["license"],
            "npi": THERAPIST["npi"], "office_phone": THERAPIST["phone"],
            "office": {"line1": THERAPIST["office"], "lat": OFFICE_AT[0],
                       "lon": OFFICE_AT[1]}}


def hearthmind() -> list[Case]:
    rng = random.Random(2911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    tier="insurance"))}
    b = {"auth": "bearer"}
    lat2, lon2 = pos(2)
    cases = [
        case(f, f"{a}/v2/auth/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "pronouns": L("she/her", GENDER), "state": L("NY", COARSE),
            "heard_from": "podcast", "accept_terms": True}),
        case(f, f"{a}/v2/auth/verify-phone", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "code": L("390417", CRED)}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hearthmind-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", headers=_h(rng, **b), body={
            "reasons": [L("anxiety", MED), L("grief", MED), L("trouble sleeping", MED)],
            "phq9": L(answers(rng, 9), MED), "phq9_total": L(13, MED),
            "gad7": L(answers(rng, 7), MED), "gad7_total": L(12, MED),
            "self_harm_thoughts": L("several_days", MED),
            "diagnoses": [L("generalized anxiety disorder", MED)],
            "medications": [{"name": L("Sertraline", MED), "dose": L("50 mg", MED)}],
            "alcohol_per_week": L("1-2", MED), "prior_therapy": True,
            "sexual_orientation": L("bisexual", SENS),
            "faith_integrated_care": L("christian", SENS),
            "therapist_prefs": {"gender": "female", "lgbtq_affirming": True,
                                "modality": "video"},
            "relationship_status": "single", "employment": "full_time"}),
        multipart(f, f"{a}/v2/insurance/cards", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x01", f"{MEDIA}|{MED}")),
            ("back", "card_back.jpg", "image/jpeg", L(JPEG + b"\x02", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "payer": "Evergreen Health", "member_id": L(MEMBER, MED),
                "group_number": "GRP-30018", "subscriber_name": L(NAME, NAMEC),
                "subscriber_dob": L(DOB, BIRTH), "relationship": "self"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/therapists", headers=_h(rng, **b), query={
            "q": L("grief anxiety women", SEARCH), "state": L("NY", COARSE),
            "insurance": "evergreen", "modality": "video", "page": "1"}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "therapist": _therapist(), "slot": "2025-12-12T18:00:00-05:00",
            "modality": "video", "copay": L("30.00", BUY),
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY), "request_id": rid(rng)}),
        case(f, f"{a}/v2/checkins", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "mood": L(3, MED),
            "emotions": [L("anxious", MED), L("tired", MED), L("hopeful", MED)],
            "energy": L(2, MED), "sleep_hours": L(5.5, FIT),
            "note": L("Couldn't sleep before the review at work, chest tight all morning",
                      f"{TEXT}|{MED}"), "ts": 1765321200, "checkin_id": obj(rng, "ck")}),
        case(f, f"{a}/v2/journal", headers=_h(rng, **b), body={
            "title": L("After Thursday's session", TEXT),
            "body": L("Talking about Dad's funeral again was hard. I noticed I go quiet when "
                      "I'm panicking instead of saying it.", f"{TEXT}|{MED}"),
            "tags": [L("grief", MED), L("panic", MED)], "share_with_therapist": True,
            "session_id": obj(rng, "ses"), "entry_id": obj(rng, "jr")}),
        case(f, f"{a}/v2/threads/{obj(rng, 'th')}/messages", headers=_h(rng, **b), body={
            "text": L("Can we talk about lowering the sertraline? My GP thinks it's worth a "
                      "try.", f"{TEXT}|{MED}"), "client_msg_id": rid(rng)}),
        case(f, f"{a}/v2/sessions/{obj(rng, 'ses')}/join", headers=_h(rng, **b), body={
            "candidates": [L(srflx(), IPLOC), relay()], "network": L("wifi", DEV),
            "camera": "front", "sdp_type": "offer"}),
        case(f, f"{a}/v2/profile/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
            "relationship": "mother", "may_contact_in_crisis": True}),
        case(f, f"{a}/v2/safety-plan", headers=_h(rng, **b), body={
            "warning_signs": L("Not eating, staying in bed, thinking everyone is better off "
                               "without me", f"{TEXT}|{MED}"),
            "coping": L(["walk by the river", "call Sam", "breathing app"], TEXT),
            "people": [{"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL)}],
            "professionals": [{"name": L(PSYCHIATRIST[0], NAMEC),
                               "phone": L(PSYCHIATRIST[1], TEL), "role": "psychiatrist"}],
            "crisis_line": CRISIS_LINE}),
        case(f, f"{a}/v2/integrations/health-connect", gz=True, headers=_h(rng, **b), body={
            "range": ["2025-12-02", "2025-12-09"],
            "sleep": [{"start": L("2025-12-08T01:40:00", FIT),
                       "end": L("2025-12-08T06:55:00", FIT)},
                      {"start": L("2025-12-09T00:55:00", FIT),
                       "end": L("2025-12-09T06:20:00", FIT)}],
            "steps": L([6120, 4380, 8842, 3011, 7705, 9120, 5530], FIT),
            "resting_hr": L(71, FIT)}),
        multipart(f, f"{a}/v2/journal/voice", [
            ("audio", "voice_note.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "duration_s": 48, "transcript": L("Today was better, I went to the gym and "
                                                  "didn't cry at work", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/resources/crisis", headers=_h(rng, **b),
             query={"lat": lat2, "lon": lon2, "lang": L("en", DEV)}),
        case(f, f"{a}/v2/sessions/{obj(rng, 'ses')}/rating", headers=_h(rng, **b), body={
            "therapist_id": THERAPIST["id"], "stars": 5,
            "comment": L("She let me go at my own pace", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_UPPER, DID),
            "quiet_hours": ["22:00", "07:00"], "discreet_notifications": True}),
        case(f, f"{a}/v2/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("hearthmind_selfpay_weekly", BUY),
            "order_id": L("GPA.3390-1175-2264-50813", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("checkin_completed", 1, mood=L(3, MED)),
                ev("journal_shared", 2),
                ev("screen_view", 3, screen=L("SafetyPlan", USAGE))]}),
        case(f, f"{a}/v2/sessions/upcoming", headers=_h(rng, how="none"),
             cookies={"hm_sid": L(opaque(rng, "", 48), CRED), "hm_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def hearthmind_sdks() -> list[Case]:
    rng = random.Random(2912)
    return [
        tf_batch(APP, rng, [("Check-in Completed", {"mood": L(3, MED)}),
                            ("Session Booked", {"modality": "video", "copay": L(30.0, BUY)}),
                            ("Screen Viewed", {"name": L("Journal", USAGE)})]),
        tf_identify(APP, rng, {"state": L("NY", COARSE), "plan": "insurance",
                               "primary_concern": L("anxiety", MED)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "session_booked", {"modality": "video"}, revenue=30.0,
                 hashed=True),
        gp_crash(APP, rng, ("java.lang.IllegalStateException", "Editor not attached"),
                 [gp_crumb("navigation", "Journal -> Editor"),
                  gp_crumb("http", "POST", {"url": f"{APP.api}/v2/journal",
                                            "status_code": 500})],
                 screen="JournalEditorActivity"),
        gp_session(APP, rng, secs=612),
        sb_eval(APP, rng, {"state": L("NY", COARSE), "insured": True}),
        rp_register(APP, rng, tags={"state": L("NY", COARSE), "checkin_reminder": "20:00"}),
        ow_save(APP, rng, {"analytics": True, "advertising": False}, user=True),
        pbk_card(APP, rng, email=True),
        cd_message(APP, rng, L("My insurance card was rejected but it's valid until next year",
                               TEXT), {"plan": "insurance", "payer": "Evergreen Health"}),
    ]
