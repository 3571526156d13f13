"""Job-interview video app "Panelcast": a candidate's sign-up, her CV (a PDF and the parsed
profile she confirms), a job search and an application, recorded answers (MP4) with the "AI
assessment" the app uploads per answer (facial action units and voice features of the
candidate), consent, a live-interview slot, references, messages and a background check."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EMAIL_MD5,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    flat,
    multipart,
    push_token,
    series,
)
from eval_families18_kit import IID_UPPER, NATID, preset
from eval_families19_kit import EMAIL_MIXED, PHONE_PAREN
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    latlng,
    opaque,
)
from eval_families24_kit import SSN, claims, head, rid
from eval_families27_kit import (
    AU_NAMES,
    CAND,
    IV,
    OFFICE_AT,
    PDF,
    RECRUITER_MAIL,
    au_rows,
    aus,
    f0_track,
)
from eval_families27_sdk import (
    atv_event,
    atv_session,
    fl_crash,
    fl_crumb,
    fl_session,
    tally_batch,
    tally_identify,
)
from eval_families27_svc import ah_start, co_route, cr_save, fq_eval, pg_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("panelcast", "Panelcast", "com.example.panelcast", "6.3.1",
          "https://api.panelcast.example.com")
IID = "X-Panelcast-Device"
I_URL = f"https://api.panelcast.example.com/v2/interviews/{IV}"
CV_NAME = "Jane_Doe_CV_2025.pdf"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _voice(rng: random.Random) -> dict[str, Any]:
    """Voice features of the candidate's answer (each ``biometric.voice``)."""
    return {"f0_mean_hz": L(round(206 + rng.uniform(-6, 6), 1), VOICE),
            "f0_sd_hz": L(round(29 + rng.uniform(-3, 3), 1), VOICE),
            "jitter_local": L(round(rng.uniform(0.004, 0.011), 4), VOICE),
            "shimmer_local": L(round(rng.uniform(0.025, 0.045), 4), VOICE),
            "hnr_db": L(round(rng.uniform(17, 22), 1), VOICE),
            "mfcc_mean": L(flat(rng, 13, 4.0, 2), VOICE)}


def _profile() -> dict[str, Any]:
    """The parsed CV she confirms: contact data labelled, work history and schooling not
    (no taxonomy type), her own summary and highlights ``content.text``."""
    return {
        "contact": {"full_name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
                    "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                    "profile_url": L("https://profiles.example.com/in/jane-doe-pm", UID),
                    "avatar_hash": L(EMAIL_MD5, MAIL)},
        "headline": L("Product manager who ships logistics software", TEXT),
        "summary": L("Eight years building routing and warehouse tools; I led a team of six "
                     "through a full rewrite of our driver app", TEXT),
        "employment": [
            {"employer": "Quayside Freight", "title": "Senior Product Manager",
             "start": "2021-02", "end": None,
             "highlights": L("Cut failed deliveries by 18% by redesigning proof of delivery",
                             TEXT)},
            {"employer": "Ferry Street Software", "title": "Product Manager",
             "start": "2017-06", "end": "2021-01"}],
        "education": [{"school": "Example State University",
                       "degree": "BSc Industrial Engineering", "year": 2013}],
        "skills": ["roadmapping", "SQL", "user research"], "languages": ["English", "Spanish"],
        "work_authorization": "us_citizen", "desired_salary": 165000}


def panelcast() -> list[Case]:
    rng = random.Random(2711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cand=L(CAND, UID)))}
    cases = [
        case(f, f"{a}/v2/auth/register", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L("Interview#Ready9", CRED), "timezone": L("America/New_York", DEV),
            "marketing_opt_in": False, "invite_code": "NBL-2025-PM"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "otp": L("730512", CRED), "purpose": "verify_email"}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "panelcast-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/candidates/me/cv", [
            ("cv", CV_NAME, "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"filename": L(CV_NAME, NAMEC),
                                                "source": "files", "upload_id": rid(rng)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/candidates/me/profile", gz=True, headers=_h(rng, auth="bearer"),
             body=dict(_profile(), candidate_id=L(CAND, UID))),
        case(f, f"{a}/v2/jobs/search", headers=_h(rng, auth="bearer"), query={
            "q": L("senior product manager", SEARCH), "where": L("New York, NY", SEARCH),
            "near": latlng(2), "workplace": "hybrid", "page": "1"}),
        case(f, f"{a}/v2/applications", headers=_h(rng, auth="bearer"), body={
            "job_id": "job_" + opaque(rng, "", 10), "cv_id": "cv_" + opaque(rng, "", 10),
            "cover_letter": L("I've spent eight years on delivery software and would love to "
                              "bring that to Northbeam's routing team", TEXT),
            "screening": [{"q": "q_relocate", "a": "yes"}, {"q": "q_years_pm", "a": "5_plus"}],
            "eeo": {"gender": L("woman", GENDER), "hispanic_latino": L(False, SENS),
                    "race": "decline_to_state", "veteran": "not_a_veteran",
                    "disability": L("no", SENS)},
            "idempotency_key": rid(rng)}),
        case(f, f"{I_URL}/questions", query={"lang": "en"}, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/practice/camera-check", headers=_h(rng, auth="bearer"), body={
            "faces": 1, "face_box": [212, 301, 498, 655], "brightness": 0.62, "blur": 0.08,
            "mic_level_dbfs": -23.5, "noise_floor_dbfs": -61.2, "camera": "front",
            "resolution": "1280x720",
            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        multipart(f, f"{I_URL}/answers/1", [
            ("video", "answer_1.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"question_id": "q_7f21", "attempt": 2,
                                                "duration_s": 94, "camera": "front"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{I_URL}/answers/1/assessment", gz=True, headers=_h(rng, auth="bearer"), body={
            "answer_id": "ans_" + opaque(rng, "", 10), "model": "pcx-assess-3.1",
            "feature_set": [*AU_NAMES, "f0_mean", "jitter", "shimmer"],
            "face": {"fps_sampled": 5, "au": L(aus(rng, 8), FACE),
                     "face_present_ratio": 0.98, "eye_contact_ratio": 0.71},
            "voice": _voice(rng),
            "delivery": {"speech_rate_wpm": 152, "pause_ratio": 0.14, "filler_words": 5},
            "transcript": L("In my last role I owned the driver app end to end, from "
                            "research through launch", TEXT),
            "scores": {"communication": 3.9, "structure": 4.2, "enthusiasm": 3.4}}),
        case(f, f"{I_URL}/answers/2/assessment", fmt="msgpack",
             headers=_h(rng, auth="bearer"), body={
                 "answer_id": "ans_" + opaque(rng, "", 10), "candidate": L(CAND, UID),
                 "au_names": AU_NAMES, "au_rows": L(au_rows(rng, 10), FACE),
                 "head_pose": L(series(rng, 10, ("yaw", "pitch", "roll"), 200, 5.0), MOTION),
                 "f0_track": L(f0_track(rng, 24), VOICE),
                 "loudness_db": [round(-30 + rng.uniform(-4, 4), 1) for _ in range(12)],
                 "transcript": L("A launch slipped once because I underestimated the "
                                 "warehouse integration; now I plan a buffer", TEXT),
                 "interviewer_avatar": {"preset": "neutral_nod", "weights": preset(rng)}}),
        case(f, f"{I_URL}/submit", headers=_h(rng, auth="bearer"), body={
            "answers": 3, "consent": {"ai_assessment": True, "text_version": "2025-10",
                                      "signed_name": L(NAME, NAMEC),
                                      "ip": L(PUBLIC_IP, IPLOC),
                                      "signed_at": "2025-12-09T23:31:04Z"}}),
        case(f, f"{I_URL}/live-slot", headers=_h(rng, auth="bearer"), body={
            "slots": ["2025-12-16T14:00:00Z", "2025-12-17T15:30:00Z"],
            "tz": L("America/New_York", DEV), "callback_phone": L(DASHED, TEL),
            "cc": RECRUITER_MAIL, "onsite": True,
            "note": L("Mornings work best for me, I can come to the office", TEXT)}),
        case(f, f"{a}/v2/candidates/me/references", headers=_h(rng, auth="bearer"), body={
            "references": [{"name": L(n, NAMEC), "email": L(m, MAIL), "phone": L(p, TEL),
                            "relation": r, "company": "Quayside Freight"}
                           for (n, p, m), r in zip((PEOPLE[0], PEOPLE[3]),
                                                   ("former manager", "peer"), strict=True)]}),
        case(f, f"{a}/v2/messages", headers=_h(rng, auth="bearer"), body={
            "thread_id": "th_" + opaque(rng, "", 10), "client_msg_id": rid(rng),
            "text": L("Thanks! Could the live interview be on Tuesday instead? I have a "
                      "dentist appointment on Wednesday morning", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_UPPER, DID),
            "locale": L("en_US", DEV), "app_version": APP.ver}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("answer_recorded", 1, retakes=1, question=2),
                ev("assessment_consent_given", 2, version="2025-10"),
                ev("screen_view", 3, screen=L("InterviewRoom", USAGE))]}),
        case(f, f"{a}/v2/applications", query={"status": "active"}, headers=_h(rng, how="none"),
             cookies={"pc_session": L(opaque(rng, "", 64), CRED),
                      "pc_device": L(INSTALL_ID, DID), "pc_ab": "rec_timer_b"}),
        case(f, f"{a}/v2/background-check", headers=_h(rng, auth="bearer"), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "years_at_address": 4, "consent_fcra": True, "signature": L(NAME, NAMEC)}),
        multipart(f, f"{a}/v2/candidates/me/photo", [
            ("photo", "profile.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"crop": [0, 80, 720, 800]})],
            headers=_h(rng, auth="bearer")),
    ]
    return cases


def panelcast_sdks() -> list[Case]:
    rng = random.Random(2712)
    return [
        tally_batch(APP, rng, [("Interview Started", {"questions": 3}),
                               ("Answer Submitted", {"retakes": 1, "duration_s": 94}),
                               ("Screen Viewed", {"screen": L("InterviewRoom", USAGE)})]),
        tally_identify(APP, rng, {"target_role": "Senior Product Manager",
                                  "years_experience": "5-10", "metro": L("New York", COARSE),
                                  "applications": 3}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "reg01x", callback={"signup_method": "email"}, hashed=True),
        fl_crash(APP, rng, ("android.hardware.camera2.CameraAccessException",
                            "CAMERA_DISCONNECTED (2)"),
                 [fl_crumb("nav", "Questions -> Record"),
                  fl_crumb("http", "PUT", {"url": f"{I_URL}/answers/2/upload", "status": 0})],
                 log=L("12-09 23:14:02 I/Upload: resuming answer 2 for jane.doe@example.org "
                       f"({CAND})\n12-09 23:14:05 E/Camera: device disconnected",
                       f"{MAIL}|{UID}"), screen="RecordActivity"),
        fl_session(APP, rng, ["Home", "InterviewRoom", "Review"]),
        fq_eval(APP, rng, {"region": "us-ny", "ai_notice": "v2"}),
        pg_register(APP, rng, tags={"stage": "recorded"}),
        cr_save(APP, rng, {"analytics": True, "advertising": False, "ai_assessment": True},
                user=True),
        ah_start(APP, rng, L("My second answer froze while uploading, can I record it "
                             "again?", TEXT), {"interview": IV, "candidate": L(CAND, UID)}),
        co_route(APP, rng, (LAT, LON), "location.precise",
                 OFFICE_AT, None, "pedestrian"),
    ]
