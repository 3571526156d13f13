"""Stuttering and speech-therapy app "Steadyvoice": sign-up, a log-in, ``/me``, the intake
(onset, history, the OASES impact scores, goals), linking her speech therapist, a reading
recorded (M4A) and its fluency scores, voice features (gzip JSON), a speaker check that the
practice is hers (a float32 embedding in base64), easy-onset attempts (msgpack), delayed auditory
feedback settings, a situation diary, a practice phone call, progress, a transcript with its
disfluencies, results shared with the therapist, a message, a visit, reminders, push, events,
the exercise library by a cookie GET and a Play subscription."""

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    f32b64,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families48_kit import (
    MEMBER_SV,
    PIZZERIA,
    PRACTICE,
    SLP,
    SLP_CODE,
    code,
    embedding,
    fluency,
)
from eval_families48_sdk import (
    cw_batch,
    cw_identify,
    gm_crash,
    gm_crumb,
    gm_session,
    iw_event,
    iw_session,
)
from eval_families48_svc import cf_status, hb_attach, hb_message, pt_register, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("steadyvoice", "Steadyvoice", "com.example.steadyvoice", "2.8.4",
          "https://api.steadyvoice.example.com")
IID = "X-SV-Install"
PW = "Calm-Onset-2291"
RM = f"{MEDIA}|{MED}"  # a recording made for therapy: the audio and a health fact


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _scores(rng: random.Random) -> dict[str, Any]:
    return {k: L(v, MED) for k, v in fluency(rng).items()}


def steadyvoice() -> list[Case]:
    rng = random.Random(4821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                        NAMEC)))}
    b = {"auth": "bearer"}
    s1, s2 = code(rng, "ses_", 10), code(rng, "ses_", 10)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH),
            "pronouns": L("she/her", GENDER), "marketingOptIn": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sv-android", "scope": "offline_access"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "onsetAge": L(4, MED), "familyHistory": L(True, MED),
            "previousTherapy": L("Lidcombe programme as a child, fluency shaping at 19", MED),
            "stutterTypes": [L("blocks", MED), L("repetitions", MED)],
            "oases": {"general": L(2.6, MED), "reactions": L(3.1, MED),
                      "communication": L(2.9, MED), "quality": L(2.4, MED)},
            "goal": L("Introduce myself in meetings without swapping my name for 'hi, it's "
                      "me'", f"{TEXT}|{MED}"), "hearAbout": "podcast"}),
        case(f, f"{a}/v1/therapist/link", headers=_h(rng, **b), body={
            "code": L(SLP_CODE, CRED), "name": L(SLP[0], NAMEC), "email": L(SLP[2], MAIL),
            "phone": L(SLP[1], TEL), "practiceId": PRACTICE["id"]}),
        multipart(f, f"{a}/v1/sessions/{s1}/recordings", [
            ("audio", "rainbow_passage.m4a", "audio/mp4", L(M4A + b"\x21", RM)),
            ("meta", None, "application/json", {
                "exercise": "rainbow_passage", "durationMs": 95210, "sampleRate": 16000,
                "mic": "builtin", "clientId": rid(rng)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sessions/{s1}/scores", headers=_h(rng, **b), body={
            "syllables": 412, **_scores(rng), "longestBlockMs": L(2310, MED),
            "ssi4": L(24, MED), "severity": L("moderate", MED),
            "speechRateSpm": L(182, MED), "selfRating": L(5, MED), "scorer": "auto-v3"}),
        case(f, f"{a}/v1/sessions/{s1}/features", gz=True, headers=_h(rng, **b), body={
            "windowMs": 500, "f0MeanHz": L(196.4, MED), "jitterPct": L(1.21, MED),
            "shimmerPct": L(4.07, MED), "hnrDb": L(18.2, MED),
            "blockOnsetsMs": L([3120, 11840, 20210, 33650, 47120, 61090, 82400], MED),
            "noiseFloorDb": -52.3, "clipping": False}),
        case(f, f"{a}/v1/voice/verify", headers=_h(rng, **b), body={
            "session": s1, "embedding": L(f32b64(embedding(rng, 256)), VOICE),
            "model": "xvec-256", "purpose": "practice_attestation", "threshold": 0.62}),
        case(f, f"{a}/v1/exercises/easy-onset/attempts", fmt="msgpack", headers=_h(rng, **b),
             body={"user": L(USER_ID, UID), "session": s2, "word": "apple", "attempt": 3,
                   "onsetRiseMs": L(184, MED), "hardOnsets": L(1, MED), "ts": 1765312466}),
        case(f, f"{a}/v1/daf", fmt="form", headers=_h(rng, **b), body={
            "enabled": "1", "delayMs": L("75", MED), "pitchShift": L("0.5", MED),
            "route": "wired_headset"}),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-08", "situation": L("Ordering coffee, blocked on my own name at "
                                                 "the counter and spelled it instead",
                                                 f"{TEXT}|{MED}"),
            "anxiety": L(7, MED), "avoided": L(False, MED), "tags": ["work", "strangers"]}),
        case(f, f"{a}/v1/phone-practice", headers=_h(rng, **b), body={
            "callee": PIZZERIA[0], "calleePhone": PIZZERIA[1], "durationS": 94,
            "selfRating": L(6, MED), "notes": L("Got the address out without switching "
                                                "words, one block on 'Fifth'",
                                                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/progress", headers=_h(rng, **b), query={
            "from": "2025-11-01", "to": "2025-12-09", "metric": "pctSS", "bucket": "week"}),
        case(f, f"{a}/v1/sessions/{s2}/transcript", headers=_h(rng, **b), body={
            "lang": "en-US", "text": L("I'd like a m- m- medium oat latte for... for Jane",
                                       f"{TEXT}|{MED}|{NAMEC}"),
            "disfluencies": L([{"at": 10, "kind": "repetition"}, {"at": 32, "kind": "block"}],
                              MED)}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(SLP[0], NAMEC), "recipientEmail": L(SLP[2], MAIL),
            "sessions": f"{s1},{s2}", "include": "audio,scores"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": code(rng, "th_", 8), "to": "therapist",
            "text": L("The block on 'Thursday' came back before my presentation, can we "
                      "work on it?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "practice": {"id": PRACTICE["id"], "name": PRACTICE["name"],
                         "phone": PRACTICE["phone"], "line": PRACTICE["line"]},
            "slot": "2025-12-16T17:30", "reason": L("fluency shaping follow-up", MED),
            "insuranceMemberId": L(MEMBER_SV, MED), "copay": L("25.00", BUY),
            "callbackPhone": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "time": "07:45", "days": "mon,tue,wed,thu,fri", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("recording_finished", 1, secs=95), ev("daf_toggled", 2, on=True),
                ev("screen", 3, screen=L("ProgressChart", USAGE))]}),
        case(f, f"{a}/v1/library", headers=_h(rng, how="none"),
             cookies={"sv_sid": L(opaque(rng, "", 44), CRED), "sv_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("sv_pro_yearly", BUY), "orderId": L("GPA.3390-1187-5520-41873", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def steadyvoice_sdks() -> list[Case]:
    rng = random.Random(4822)
    return [
        cw_batch(APP, rng, [("Reading Recorded", {"secs": 95, "exercise": "rainbow"}),
                            ("Scores Viewed", {"pct_ss": L(6.8, MED)})]),
        cw_identify(APP, rng, {"severity": L("moderate", MED), "birth_year": L(1991, BIRTH),
                               "plan": "pro", "has_therapist": True}),
        iw_session(APP, rng, user=True),
        iw_event(APP, rng, "subscribe", {"plan": "pro_yearly"}, revenue="59.99", hashed=True),
        gm_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord start failed"),
                 [gm_crumb("nav", "Home -> Recorder"),
                  gm_crumb("tap", "record", {"target": "btn_record"})],
                 screen="RecorderActivity"),
        gm_session(APP, rng, secs=1260),
        tg_eval(APP, rng, {"daf": True, "plan": "pro"}),
        pt_register(APP, rng, tags={"reminder": "0745"}),
        cf_status(APP, rng, {"analytics": True, "ads": False}),
        hb_message(APP, rng, L("My recordings from this morning are stuck uploading", TEXT),
                   {"plan": "pro", "sessions": 41}),
        hb_attach(APP, rng, L(M4A + b"\x22", RM), "practice_clip.m4a", "audio/mp4"),
    ]
