"""Language-learning app "Parlaro" with speech scoring: a sign-in with an identity provider's ID
token, onboarding, lesson progress (msgpack), speaking exercises (a recording with MFCC frames,
pitch and formants of her voice; phoneme scores and word timings as look-alikes), a proctored
exam (passport, selfie, face and voice embeddings, keystroke timings of the essay), a typing
drill, the AI tutor, dictionary and friend searches, invitations, a class code, a subscription,
reminders and podcast progress (free tier with rewarded ads)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    FACE,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    Acc,
    add,
    dwell_flight,
    f32b64,
    flat,
    keys,
    multipart,
    push_token,
    sha,
    tok,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head, rid
from eval_families26_kit import f0_track
from eval_families28_kit import formants, mfcc
from eval_families30_kit import voice_vec
from eval_families32_kit import word_times
from eval_families34_kit import CLASS_CODE, SENTENCES, TEACHER_LG, obj, phonemes
from eval_families34_sdk import (
    bm_bid,
    bm_notice,
    cl_queue,
    cl_track,
    cw_crash,
    cw_crumb,
    sw_event,
    sw_session,
)
from eval_families34_svc import ch_register, ol_save, tr_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("parlaro", "Parlaro", "com.example.parlaro", "7.3.0", "https://api.parlaro.example.com")
IID = "X-Parlaro-Install"
EXAM = "ex_b1_5521907"
HANDLE = "janedoe_aprende"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "nodash", **kw})


def _signin(rng: random.Random) -> Case:
    """The identity provider's ID token exchanged for a session (a credential; claims labelled)."""
    acc: Acc = {}
    t = tok({"iss": "https://accounts.example.com", "aud": "parlaro-android",
             "sub": L("108224417730912345678", UID), "email": L(EMAIL, MAIL),
             "email_verified": True, "name": L(NAME, NAMEC), "iat": 1765370000,
             "exp": 1765373600}, "body", "idToken", acc)
    return add(case(APP.fam, f"{APP.api}/v1/auth/idp", headers=_h(rng),
                    body={"provider": "accounts.example.com", "idToken": t}), acc)


def parlaro() -> list[Case]:
    rng = random.Random(3451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, username=L(HANDLE, UID), tier="free"))}
    dwell, flight = dwell_flight(rng, 30)
    cases = [
        _signin(rng),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding", headers=_h(rng, **b), body={
            "username": L(HANDLE, UID), "nativeLanguage": "en", "learning": "es",
            "level": "A2", "dailyGoalMin": 15, "reason": "travel",
            "ageRange": L("30-34", BIRTH), "howHeard": "friend"}),
        case(f, f"{a}/v1/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "lesson": "es_u4_l3", "xp": 25, "minutes": L(18, USAGE),
            "streak": L(63, USAGE), "mistakes": [{"item": "la estación",
                                                  "given": L("el estacion", TEXT)}]}),
        multipart(f, f"{a}/v1/speaking/attempts", [
            ("audio", "attempt.wav", "audio/wav", L(WAV, MEDIA)),
            ("result", None, "application/json", {
                "sentence": SENTENCES[0],
                "recognized": L("dónde está la estación de tren más cercana", TEXT),
                "features": {"mfcc": L(mfcc(rng, 8), VOICE),
                             "f0_hz": L(f0_track(rng, 24), VOICE),
                             "formants_hz": L(formants(rng, 6), VOICE)},
                "phonemes": phonemes(rng, "estación"),
                "scores": {"accuracy": 81, "fluency": 72, "prosody": 69}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/speaking/results", gz=True, headers=_h(rng, **b), body={
            "sentence": SENTENCES[1], "wordTimes": word_times(rng, SENTENCES[1]),
            "recognized": L("quisiera una mesa para dos personas por favor", TEXT),
            "overall": 78, "snrDb": 21.4, "attempt": obj(rng, "att", 10)}),
        multipart(f, f"{a}/v1/exams/{EXAM}/identity", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x01", MEDIA)),
            ("data", None, "application/json", {
                "legalName": L(NAME, NAMEC), "dateOfBirth": L(DOB, BIRTH),
                "passportNumber": L(PASSPORT, NATID), "issuingCountry": "USA",
                "faceEmbedding": L(f32b64(flat(rng, 512, 0.04)), FACE),
                "voiceEmbedding": L(voice_vec(rng, 192), VOICE), "liveness": 0.97})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/exams/{EXAM}/writing", headers=_h(rng, **b), body={
            "answer": L("El verano pasado viajé a Oaxaca con mi hermana y probamos mole "
                        "negro por primera vez.", TEXT),
            "keystroke": {"dwellMs": L(dwell, KEYS), "flightMs": L(flight, KEYS),
                          "pasteEvents": 0}, "focusLosses": L(1, USAGE)}),
        case(f, f"{a}/v1/drills/typing", headers=_h(rng, **b), body={
            "prompt": "la estación", "keys": L(keys(rng, "estacion"), f"{KEYS}|{TEXT}"),
            "accentHints": 1}),
        case(f, f"{a}/v1/tutor/messages", headers=_h(rng, **b), body={
            "conversationId": obj(rng, "cv", 10),
            "message": L("¿Cómo digo que soy alérgica a los cacahuetes?", f"{TEXT}|{MED}"),
            "clientId": rid(rng)}),
        case(f, f"{a}/v1/dictionary", headers=_h(rng, **b),
             query={"q": L("cacahuete", SEARCH), "from": "es", "to": "en"}),
        case(f, f"{a}/v1/friends/search", headers=_h(rng, **b),
             query={"q": L("sampatel", SEARCH), "limit": "10"}),
        case(f, f"{a}/v1/invites", headers=_h(rng, **b), body={
            "hashedEmails": L([sha("sha256", p[2]) for p in PEOPLE], CONTACTS),
            "channel": "contacts"}),
        case(f, f"{a}/v1/classes/join", fmt="form", headers=_h(rng, **b), body={
            "code": L(CLASS_CODE, CRED), "displayName": L("Jane D.", NAMEC),
            "teacherId": TEACHER_LG["id"], "teacher": TEACHER_LG["name"]}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("parlaro_plus_12m", BUY), "orderId": L("GPA.3390-2271-4410-18825",
                                                                  BUY),
            "purchaseToken": L(play_token(rng), BUY), "priceMicros": L(83990000, BUY)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "time": "20:30", "timeZone": L("America/New_York", DEV), "days": [1, 2, 3, 4, 5]}),
        case(f, f"{a}/v1/podcasts/progress", headers=_h(rng, **b), body={
            "episode": L("ep_cafe_con_leche_12", USAGE), "positionS": L(412, USAGE),
            "speed": 0.8}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("lesson_complete", 1, unit=4), ev("speaking_attempt", 2, score=81),
                ev("screen_view", 3, screen=L("Speaking", USAGE))]}),
        case(f, f"{a}/v1/leaderboard", query={"league": "sapphire"}, headers=_h(rng, how="none"),
             cookies={"pl_session": L(opaque(rng, "", 40), CRED), "pl_uid": L(USER_ID, UID)}),
    ]
    return cases


def parlaro_sdks() -> list[Case]:
    rng = random.Random(3452)
    rewarded = {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920, "maxduration": 30},
                "tagid": "parlaro_heart_refill", "rwdd": 1}
    return [
        cl_track(APP, rng, [("Lesson Completed", {"unit": 4, "xp": 25}),
                            ("Speaking Scored", {"score": 81})], adid=True),
        cl_queue(APP, rng, [("Streak Extended", {"days": L(63, USAGE)}),
                            ("Screen Viewed", {"screen": L("Exam", USAGE)})]),
        sw_session(APP, rng, first=True),
        sw_event(APP, rng, "pl3v8n", {"plan": "plus_12m"}, revenue=83.99, hashed=True,
                 name="subscribe"),
        bm_bid(APP, rng, rewarded, nd=2, yob=1991, gender="F",
               keywords="spanish,travel,education", cat=["IAB5"]),
        bm_notice(APP, rng, "win"),
        cw_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialized"),
                 [cw_crumb("nav", "Lesson -> Speaking"), cw_crumb("tap", "mic_button")],
                 screen="SpeakingActivity"),
        tr_eval(APP, rng, {"tier": "free", "learning": "es"}, email=True),
        ch_register(APP, rng, tags={"learning": "es", "streak": L("60+", USAGE)}),
        ol_save(APP, rng, {"analytics": True, "ads": True}, receipt=True),
    ]
