"""Mental-health journaling app "Innerleaf" with a smartwatch and a chatbot: sign-up and log-in,
onboarding (diagnosis, medicine, therapy), the watch's pairing (an accessory) and its nightly sync
(HRV series, heart rate, sleep, stress; msgpack), mood check-ins, a plain and an end-to-end
encrypted journal entry, typing-rhythm mood signals, a voice journal with prosody features, the
companion chatbot, a safety plan, crisis resources, a PHQ-9, a thought record, HRV biofeedback
breathing, a medication log and a subscription."""

from __future__ import annotations

import base64
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
    KEYS,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    dwell_flight,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families28_kit import hrv_series, hypnogram, ibi
from eval_families29_kit import answers
from eval_families31_kit import pacer
from eval_families34_kit import CRISIS, THERAPIST_IL, WATCH, obj, prosody
from eval_families34_sdk import (
    cl_identify,
    cl_track,
    cw_crash,
    cw_crumb,
    sw_click,
    sw_event,
    sw_session,
)
from eval_families34_svc import ch_register, hb_message, mf_search, ol_save, tr_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("innerleaf", "Innerleaf", "com.example.innerleaf", "2.17.1",
          "https://api.innerleaf.example.com")
IID = "Innerleaf-Install-Id"
PW = "Willow#Tide2025"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def innerleaf() -> list[Case]:
    rng = random.Random(3471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    dwell, flight = dwell_flight(rng, 40)
    pv = prosody(rng)
    cipher = base64.b64encode(bytes(rng.randrange(256) for _ in range(96))).decode()
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L(FIRST, NAMEC),
            "pronouns": L("she/her", GENDER), "ageRange": L("30-39", BIRTH)}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding", headers=_h(rng, **b), body={
            "goals": [L("manage anxiety", MED), "journal more"], "inTherapy": L(True, MED),
            "diagnoses": [L("generalized anxiety disorder", MED)],
            "medications": [L("sertraline 50 mg", MED)], "heardFrom": "podcast"}),
        case(f, f"{a}/v1/wearables/pair", headers=_h(rng, **b), body={
            "serial": WATCH["serial"], "ble": WATCH["ble"], "model": WATCH["model"],
            "fw": WATCH["fw"], "permissions": ["hrv", "heart_rate", "sleep", "steps"]}),
        case(f, f"{a}/v1/wearables/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "date": "2025-12-09", "watch": WATCH["serial"],
            "watchBattery": WATCH["battery"], "hrvRmssd5min": L(hrv_series(rng, 12), FIT),
            "restingHr": L(58, FIT), "sleepMin": L(402, FIT), "stages": L(hypnogram(rng, 12),
                                                                           FIT),
            "steps": L(6120, FIT), "stressScore": L(64, FIT)}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "mood": L(3, MED), "emotions": [L("anxious", MED), L("tired", MED)],
            "energy": L(2, MED), "activities": ["work", "coffee"], "where": "home",
            "note": L("Couldn't sleep before the review meeting, chest felt tight all morning",
                      TM)}),
        case(f, f"{a}/v1/journal/entries", headers=_h(rng, **b), body={
            "title": L("Sunday reset", TEXT),
            "body": L("Talked to Mom about the holidays. The panic came back when she brought "
                      "up Dad's surgery; the 4-7-8 breathing helped.", TM),
            "tags": [L("panic", MED), L("breathing", MED)], "promptId": "pr_0412"}),
        case(f, f"{a}/v1/journal/entries", headers=_h(rng, **b), body={
            "entryId": obj(rng, "je", 12), "e2ee": True, "alg": "AES-256-GCM",
            "ciphertext": cipher, "iv": opaque(rng, "", 24), "keyId": obj(rng, "k", 8),
            "wordCount": 212}),
        case(f, f"{a}/v1/signals/typing", headers=_h(rng, **b), body={
            "session": obj(rng, "ts", 10), "dwellMs": L(dwell, KEYS), "flightMs": L(flight, KEYS),
            "backspaceRate": L(0.14, KEYS), "wpm": L(38, KEYS), "hourLocal": 23}),
        multipart(f, f"{a}/v1/journal/voice", [
            ("audio", "voice_entry.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("analysis", None, "application/json", {
                "transcript": L("I keep replaying what my manager said and I feel sick about "
                                "it.", TM),
                "f0Mean": L(pv["f0_mean"], VOICE), "f0Sd": L(pv["f0_sd"], VOICE),
                "mfccMean": L(pv["mfcc_mean"], VOICE), "jitter": pv["jitter"],
                "shimmer": pv["shimmer"], "hnrDb": pv["hnr_db"],
                "voiceStress": L(0.71, MED), "durationMs": 48200})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/companion/messages", headers=_h(rng, **b), body={
            "conversationId": obj(rng, "cv", 10), "history": [
                {"role": "assistant", "text": "What's on your mind tonight?"},
                {"role": "user", "text": L("I feel like I'm failing at everything and I "
                                           "can't stop crying", TM)}],
            "clientRiskScreen": L("low", MED), "clientId": rid(rng)}),
        case(f, f"{a}/v1/safety-plan", headers=_h(rng, **b), body={
            "warningSigns": L("Not sleeping, skipping meals, isolating", TM),
            "copingSteps": L(["walk around the block", "cold water on my face"], TEXT),
            "contacts": [{"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)}],
            "professional": {"name": L(THERAPIST_IL[0], NAMEC),
                             "email": L(THERAPIST_IL[1], MAIL)},
            "crisisLine": CRISIS}),
        case(f, f"{a}/v1/crisis/resources", headers=_h(rng, **b),
             query={"lat": L("40.74", COARSE), "lng": L("-73.99", COARSE), "lang": "en"}),
        case(f, f"{a}/v1/assessments", headers=_h(rng, **b), body={
            "instrument": "PHQ-9", "items": L(answers(rng, 9), MED), "total": L(14, MED),
            "completedAt": "2025-12-09T22:41:07-05:00"}),
        case(f, f"{a}/v1/thought-records", headers=_h(rng, **b), body={
            "situation": L("Manager moved my review to Friday", TEXT),
            "automaticThought": L("She's going to let me go", TEXT),
            "distortions": [L("catastrophizing", MED), L("mind reading", MED)],
            "anxietyBefore": L(85, MED), "anxietyAfter": L(40, MED),
            "reframe": L("Reviews get moved all the time, it was moved for everyone", TEXT)}),
        case(f, f"{a}/v1/breathing/sessions", headers=_h(rng, **b), body={
            "session": obj(rng, "br", 10), "pattern": pacer(), "ibiMs": L(ibi(rng, 20), FIT),
            "hrvBefore": L(31, FIT), "hrvAfter": L(44, FIT), "minutes": L(5, USAGE)}),
        case(f, f"{a}/v1/medications/log", fmt="form", headers=_h(rng, **b), body={
            "med": L("sertraline", MED), "dose": L("50 mg", MED), "taken": L("true", MED),
            "at": "2025-12-09T08:05:00-05:00"}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "product": L("innerleaf_plus_monthly", BUY), "purchaseToken": L(play_token(rng),
                                                                            BUY),
            "orderId": L("GPA.3318-5520-7741-09126", BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("checkin_saved", 1, mood=L(3, MED)), ev("journal_saved", 2),
                ev("screen_view", 3, screen=L("Companion", USAGE))]}),
        case(f, f"{a}/v1/insights/weekly", headers=_h(rng, how="none"),
             cookies={"il_session": L(opaque(rng, "", 48), CRED),
                      "il_install": L(INSTALL_ID, DID)}),
    ]
    return cases


def innerleaf_sdks() -> list[Case]:
    rng = random.Random(3472)
    return [
        cl_track(APP, rng, [("Mood Logged", {"mood": L(3, MED)}),
                            ("Journal Saved", {"words": 212, "voice": False})]),
        cl_identify(APP, rng, {"primaryConcern": L("anxiety", MED), "plan": "plus",
                               "watch": WATCH["model"]}),
        sw_session(APP, rng, first=True),
        sw_click(APP, rng, U("https://innerleaf.example.com/join", {
            "clinic": "brightpath", "ref": "thr_2210", "email": L(EMAIL, MAIL),
            "utm_source": "clinic_invite"})),
        sw_event(APP, rng, "il5t0w", {"plan": "plus_monthly"}, revenue=12.99,
                 name="subscribe"),
        cw_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 8294416 bytes"),
                 [cw_crumb("nav", "Home -> Journal"), cw_crumb("tap", "record_voice")],
                 screen="JournalActivity"),
        tr_eval(APP, rng, {"plan": "plus", "companionV2": True}),
        ch_register(APP, rng, tags={"reminder": "evening", "focus": L("anxiety", MED)}),
        ol_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        mf_search(APP, rng, "urgent care 14th street", SEARCH, nd=2),
        hb_message(APP, rng, L("I was charged twice for Plus this month", TEXT),
                   {"plan": "plus"}),
    ]
