"""Job-interview practice app "Pitchmirror" (it scores the user's recorded answers: face and
voice; camelCase API): a Google sign-in by ID token, ``/me``, the profile, a CV, consent to the
analysis, a camera check, an identity enrolment (face template, speaker vector), an answer's
video, the on-device analysis (action units, head pose, gaze, pitch and MFCCs, delivery measures,
a transcript), a written answer typed with key timings, a phone-screen drill (WAV and voice
features), a question search, notes, sharing with a mentor, a coach session, a Play purchase,
push, events and the score history by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DID,
    FACE,
    IPLOC,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    Acc,
    add,
    dwell_flight,
    f32b64,
    keys,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families27_kit import PDF, au_rows, aus, f0_track
from eval_families29_kit import mfcc
from eval_families36_kit import COMPANY, QUESTIONS, embedding, gaze, head_pose, obj
from eval_families36_sdk import bg_bid, bg_win, fw_crash, fw_crumb, tq_batch, tq_identify
from eval_families36_svc import cl_message, cp_register, fm_eval, ol_save, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, Case, J, L, case

APP = App("pitchmirror", "Pitchmirror", "com.example.pitchmirror", "3.9.1",
          "https://api.pitchmirror.example.com")
IID = "X-PM-Install"
GOOGLE_SUB = "117702934481120937716"  # her Google account's subject (id.user)
PROFILE_URL = "https://www.example.com/in/jane-doe-analytics"  # her public profile (id.user)
ANSWER = "I led the migration and kept the team unblocked"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def pitchmirror() -> list[Case]:
    rng = random.Random(3641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="pro"))}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "pitchmirror-android",
               "iat": 1765320000}, "body", "idToken", acc)
    att = obj(rng, "att", 12)
    typed = keys(rng, ANSWER)
    dw, fl = dwell_flight(rng, len(ANSWER))
    return [
        add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
            "idToken": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC), "targetRole": "Senior Data Analyst",
            "yearsExperience": 7, "profileUrl": L(PROFILE_URL, UID),
            "phone": L(PHONE, TEL), "targetCompany": COMPANY}),
        multipart(f, f"{a}/v1/me/cv", [
            ("file", "Jane_Doe_CV.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"parse": True, "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/consents", headers=_h(rng, **b), body={
            "kind": "video_analysis", "version": "2025-09", "signedName": L(NAME, NAMEC),
            "ip": L(PUBLIC_IP, IPLOC), "accepted": True}),
        case(f, f"{a}/v1/camera-check", headers=_h(rng, **b), body={
            "brightness": 0.62, "blur": 0.08, "faceBox": [212, 318, 488, 702],
            "micLevelDb": -23.4, "fps": 30}),
        case(f, f"{a}/v1/identity/enrol", headers=_h(rng, **b), body={
            "faceTemplate": L(f32b64(embedding(rng, 512)), FACE), "faceModel": "fm-r100",
            "speakerVector": L(embedding(rng, 192), VOICE), "speakerModel": "ecapa-v2",
            "qualityScore": 0.91}),
        multipart(f, f"{a}/v1/attempts/{att}/video", [
            ("video", "answer.mp4", "video/mp4", L(MP4 + b"\x03", MEDIA)),
            ("meta", None, "application/json", {"question": QUESTIONS[0], "durationMs": 94200})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/attempts/{att}/analysis", gz=True, headers=_h(rng, **b), body={
            "question": QUESTIONS[0], "actionUnits": L(aus(rng, 8), FACE),
            "headPose": L(head_pose(rng, 30), MOTION), "gaze": L(gaze(rng, 30), MOTION),
            "pitchHz": L(f0_track(rng, 40), VOICE), "mfccMeans": L(mfcc(rng), VOICE),
            "wordsPerMinute": 148, "fillerWords": {"um": 4, "like": 2}, "pauseRatio": 0.11,
            "eyeContactPct": 0.72, "smileRatio": 0.18,
            "transcript": L("In my last role I owned the reporting stack end to end", TEXT)}),
        case(f, f"{a}/v1/attempts/{obj(rng, 'att', 12)}/analysis", headers=_h(rng, **b), body={
            "question": QUESTIONS[1], "auRows": L(au_rows(rng, 6), FACE),
            "auOrder": "AU01..AU45", "headYaw": L([round(rng.gauss(0, 5), 1) for _ in range(20)],
                                                 MOTION),
            "wordsPerMinute": 131, "loudnessDb": -19.5}),
        case(f, f"{a}/v1/written/{QUESTIONS[2]}", headers=_h(rng, **b), body={
            "text": L(ANSWER, TEXT), "keyEvents": L(typed, f"{KEYS}|{TEXT}"),
            "dwellMs": L(dw, KEYS), "flightMs": L(fl, KEYS), "backspaces": 3,
            "pasted": False}),
        multipart(f, f"{a}/v1/drills/phone-screen", [
            ("audio", "drill.wav", "audio/wav", L(WAV + b"\x04", MEDIA)),
            ("features", None, "application/json", {
                "f0Mean": L(204.6, VOICE), "f0Sd": L(23.1, VOICE), "jitter": L(0.012, VOICE),
                "shimmer": L(0.041, VOICE), "speechRate": 2.9, "snrDb": 31.0})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/questions", query={"q": L("stakeholder conflict analytics", SEARCH),
                                            "level": "senior"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/notes", fmt="form", headers=_h(rng, **b), body={
            "question": QUESTIONS[1], "text": L("Use the Q3 dashboard story, keep it under "
                                                "two minutes", TEXT)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "attempt": att, "mentorName": L("Ruth Adeyemi", NAMEC),
            "mentorEmail": L("ruth.adeyemi@example.net", MAIL),
            "message": L("Would love your thoughts on my pacing", TEXT)}),
        case(f, f"{a}/v1/coaching/sessions", headers=_h(rng, **b), body={
            "coach": "coach_118", "slot": "2025-12-12T18:00:00Z", "price": L("59.00", BUY),
            "booking": L("PM-BK-55120", BUY), "focus": L("Salary negotiation", TEXT)}),
        multipart(f, f"{a}/v1/me/signature", [
            ("image", "sig.png", "image/png", L(PNG, MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("pm_pro_yearly", BUY), "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(GOOGLE_SUB, UID), "events": [
                ev("attempt_recorded", 1, q=QUESTIONS[0]), ev("score_viewed", 2),
                ev("screen", 3, screen=L("Feedback", USAGE))]}),
        case(f, f"{a}/v1/scores", query={"range": "30d"}, headers=_h(rng, how="none"),
             cookies={"pm_sid": L(opaque(rng, "", 44), CRED), "pm_iid": L(INSTALL_ID, DID)}),
    ]


def pitchmirror_sdks() -> list[Case]:
    rng = random.Random(3642)
    return [
        tq_batch(APP, rng, [("attempt_recorded", {"q": QUESTIONS[0], "secs": 94}),
                            ("feedback_viewed", {"score": 78})], adid=True),
        tq_identify(APP, rng, {"targetRole": "Senior Data Analyst", "plan": "pro",
                               "email": L(EMAIL, MAIL)}),
        bg_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]},
                          "rwdd": 1}, yob=1991, gender="F"),
        bg_win(APP, rng),
        fw_crash(APP, rng, ("android.media.MediaCodec$CodecException", "encoder stalled"),
                 [fw_crumb("navigation", "Question -> Record"),
                  fw_crumb("media", "camera", {"fps": 30, "res": "720p"})],
                 screen="RecordActivity"),
        fm_eval(APP, rng, {"plan": "pro"}, hdr=True),
        cp_register(APP, rng, adid=True, tags={"role": "analyst", "streak": 4}),
        ol_save(APP, rng, {"analytics": True, "ads": True, "biometric_analysis": True},
                user=True),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "5900"),
        cl_message(APP, rng, L("My feedback says low eye contact but I wear glasses, "
                               "is it the glare?", TEXT), {"plan": "pro"}),
    ]
