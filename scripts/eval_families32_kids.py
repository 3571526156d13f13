"""Children's reading and phonics app "Brightsprout" (COPPA), used by the profile's user and her
7-year-old son: the parent's sign-up and log-in, the parental gate (her birth year), verifiable
parental consent by a card check, the child's profile (his speech delay and IEP), settings, a
session log, two reading-aloud attempts (his recordings, transcripts, word timings and the
recogniser's speaker-adaptation vector), letter tracing (JSON and msgpack), a drawing, a
progress report shared with his teacher, weekly e-mails, a deletion request, devices,
a Play subscription, events and a cookie-authenticated GET; no ad SDK (child-directed)."""

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
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    SENS,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families32_kit import SON, TEACHER, ivector, tracing, word_times
from eval_families32_sdk import (
    al_event,
    al_session,
    ck_crumb,
    ck_notify,
    ck_session,
    tm_batch,
    tm_queue,
)
from eval_families32_svc import cs_save, pr_events, pr_register, ps_card, tb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("brightsprout", "Brightsprout", "com.example.brightsprout", "4.6.2",
          "https://api.brightsprout.example.org")
IID = "X-BS-Install"
PW = "Acorn*Reader*21"
KID = "ch_58e2b1"
K_URL = f"https://api.brightsprout.example.org/api/children/{KID}"
PASSAGE = "The fox ran to the big red barn. He saw a hen and a pig."


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _attempt(rng: random.Random, name: str, media: L, ctype: str, said: str,
             adapt: bool) -> Case:
    result: dict[str, Any] = {
        "child_id": KID, "passage_id": "pg_fox_barn_02", "wcpm": 48 + len(said) % 7,
        "accuracy": 0.91, "self_corrections": 2, "words": word_times(rng, said),
        "transcript": L(said, TEXT), "mic_peak_dbfs": -9.5}
    if adapt:
        result["asr_adaptation"] = {"ivector": L(ivector(rng), VOICE), "dim": 100,
                                    "model": "kids-en-us-v7"}
    return multipart(APP.fam, f"{APP.api}/api/reading/attempts", [
        ("audio", name, ctype, media),
        ("result", None, "application/json", result)], headers=_h(rng, auth="bearer"))


def brightsprout() -> list[Case]:
    rng = random.Random(3221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent"))}
    said2 = "the fox ran to the big red barn he saw a hen and a pig"
    cases = [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "relationship": "parent", "notice_version": "coppa-2025-06", "marketing": False}),
        case(f, f"{a}/api/parents/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/gate", headers=_h(rng, **b), body={
            "challenge": "birth_year", "answer": L(1991, BIRTH), "passed": True,
            "attempt": 1, "context": "settings"}),
        case(f, f"{a}/api/consent/vpc", headers=_h(rng, **b), body={
            "method": "card_check", "parent_name": L(NAME, NAMEC),
            "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "scopes": ["voice_recordings", "progress_reports", "teacher_sharing"],
            "notice_version": "coppa-2025-06", "ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "first_name": L(SON[0], NAMEC), "birth_month": L(SON[2][:7], BIRTH),
            "age": L(SON[3], BIRTH), "grade": "2", "reading_level": "J", "avatar": "rocket",
            "interests": ["space", "dinosaurs"], "needs": [L("speech delay", SENS)],
            "iep": L(True, SENS)}),
        case(f, f"{K_URL}/settings", headers=_h(rng, **b), body={
            "daily_limit_min": 30, "bedtime": "19:30", "voice_features": True,
            "share_with_teacher": True, "narrator": {"voice": "en-US-kid-F2", "rate": 0.9}}),
        case(f, f"{K_URL}/sessions", headers=_h(rng, **b), body={
            "started_at": "2025-12-09T16:05:12-05:00", "minutes": L(24, USAGE),
            "activities": [L("phonics_short_a", USAGE), L("read_aloud", USAGE),
                           L("trace_letters", USAGE)], "device": "parent_phone"}),
        _attempt(rng, "milo_fox_barn.wav", L(WAV, MEDIA), "audio/wav", PASSAGE, True),
        _attempt(rng, "milo_fox_barn_retry.m4a", L(M4A, MEDIA), "audio/mp4", said2, False),
        case(f, f"{a}/api/tracing", headers=_h(rng, **b), body={
            "child_id": KID, "letter": "b", "strokes": L(tracing(rng, 2), MOTION),
            "score": 0.78, "canvas": [1080, 1600], "hand": "right"}),
        case(f, f"{a}/api/tracing", fmt="msgpack", headers=_h(rng, **b), body={
            "child_id": KID, "letter": "d", "strokes": L(tracing(rng, 2, 10), MOTION),
            "score": 0.64, "canvas": [1080, 1600]}),
        multipart(f, f"{a}/api/drawings", [
            ("image", "drawing.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {
                "child_id": KID, "prompt": "draw_your_family",
                "title": L("me and mom and ethan at the park", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{K_URL}/reports/share", headers=_h(rng, **b), body={
            "period": "2025-11", "teacher": {"name": L(TEACHER[0], NAMEC),
                                             "email": L(TEACHER[1], MAIL)},
            "note": L("Milo has a speech delay and sees a therapist on Tuesdays, so he reads "
                      "more slowly out loud", f"{TEXT}|{SENS}"),
            "include": ["reading", "phonics"]}),
        case(f, f"{K_URL}/reports/email", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "frequency": "weekly", "day": "sun"}),
        case(f, f"{a}/api/privacy/deletion", headers=_h(rng, **b), body={
            "child_id": KID, "scope": ["recordings"], "email": L(EMAIL, MAIL),
            "reason": L("Please delete his recordings at the end of the school year", TEXT)}),
        case(f, f"{a}/api/parents/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/billing/play/verify", headers=_h(rng, **b), body={
            "productId": L("brightsprout_family_yearly", BUY),
            "orderId": L("GPA.3318-4420-9031-77514", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "parent_id": L(USER_ID, UID), "child_age": L(SON[3], BIRTH), "events": [
                ev("read_aloud_done", 1, passage="pg_fox_barn_02"),
                ev("trace_done", 2, letter="b"), ev("screen", 3, screen=L("KidHome", USAGE))]}),
        case(f, f"{a}/api/library", query={"level": "J", "child": KID},
             headers=_h(rng, how="none"),
             cookies={"bs_sid": L(opaque(rng, "", 40), CRED), "bs_iid": L(INSTALL_ID, DID)}),
    ]
    return cases


def brightsprout_sdks() -> list[Case]:
    rng = random.Random(3222)
    return [
        tm_batch(APP, rng, [("Read Aloud Completed", {"level": "J", "wcpm": 48}),
                            ("Letter Traced", {"letter": "b"})]),
        tm_queue(APP, rng, [("Kid Mode Opened", {"child_age": L(SON[3], BIRTH)}),
                            ("Sticker Earned", {"sticker": "star_gold"})]),
        al_session(APP, rng, first=True),
        al_event(APP, rng, "tr1al9", {"plan": "family_yearly"}),
        ck_notify(APP, rng, ("java.lang.IllegalStateException", "recorder not initialised"),
                  [ck_crumb("ReadAloud", "navigation"), ck_crumb("mic permission granted",
                                                             "user")],
                  ctx="ReadAloudActivity"),
        ck_session(APP, rng),
        tb_eval(APP, rng, {"childAge": L(SON[3], BIRTH), "asrModel": "kids-en-us-v7"}),
        pr_register(APP, rng, tags=["parent", "grade:2"]),
        pr_events(APP, rng, ["push_arrived", "push_opened"]),
        cs_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        ps_card(APP, rng, email=True),
    ]
