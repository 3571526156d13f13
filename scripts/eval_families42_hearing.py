"""Hearing test and tinnitus app "Earwell": sign-up, a log-in, ``/me``, the intake questionnaire,
the headphones' calibration, a pure-tone test (both ears' thresholds), speech in noise (msgpack),
the raw tone responses (protobuf), a tinnitus match and diary, sound-therapy sessions, daily noise
exposure, an ENT letter photographed, results shared with her audiologist, an appointment, a
search, a subscription, reminders, a relative invited, feedback, push, events and the tests by a
cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families42_kit import AUDIOLOGIST, HZ, LEFT_DB, PHONES, RIGHT_DB, TINNITUS, obj
from eval_families42_sdk import aw_event, aw_launch, bs_bid, fk_crash, fk_crumb, tf_batch, tf_queue
from eval_families42_svc import cb_save, ch_message, fm_eval, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("earwell", "Earwell", "com.example.earwell", "4.0.6", "https://api.earwell.example.com")
IID = "X-Earwell-Iid"
PW = "Cricket~Hum2024"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def earwell() -> list[Case]:
    rng = random.Random(4251)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), yob=L(1991, BIRTH)))}
    b = {"auth": "bearer"}
    test = obj(rng, "tst", 10)
    lab: dict[str, str] = {}
    tones = pb([(1, L(USER_ID, UID)), (2, test),
                (3, [(1, "left"), (2, L(struct.pack(f"<{len(LEFT_DB)}H", *LEFT_DB), MED))]),
                (4, [(1, "right"), (2, L(struct.pack(f"<{len(RIGHT_DB)}H", *RIGHT_DB), MED))]),
                (5, PHONES["model"]), (6, 1765372211)], "", lab)
    return [
        case(f, f"{a}/v3/register", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "yearOfBirth": L(1991, BIRTH),
            "gender": L("female", GENDER), "newsletter": False}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/questionnaire", headers=_h(rng, **b), body={
            "tinnitus": L(True, MED), "onset": L("after a concert in 2023", MED),
            "earInfections": L(True, MED), "hearingAids": L(False, MED),
            "noisyWork": L(False, MED), "dizziness": L(True, MED),
            "difficulty": L("restaurants and phone calls", MED)}),
        case(f, f"{a}/v3/calibration", headers=_h(rng, **b), body={
            "headphones": PHONES["model"], "ble": PHONES["ble"], "noiseFloorDb": 29.4,
            "volumeStep": 11, "roomOk": True}),
        case(f, f"{a}/v3/tests", headers=_h(rng, **b), body={
            "id": test, "kind": "pure_tone", "frequenciesHz": HZ,
            "left": L(LEFT_DB, MED), "right": L(RIGHT_DB, MED),
            "ptaLeft": L(22.5, MED), "ptaRight": L(17.5, MED), "durationS": 412}),
        case(f, f"{a}/v3/tests/{test}/speech", fmt="msgpack", headers=_h(rng, **b), body={
            "snr50Db": L(-3.5, MED), "lists": 2, "correct": L([18, 14, 9], MED),
            "noise": "babble"}),
        raw(f, f"{a}/v3/tests/{test}/tones", tones, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/tinnitus/match", headers=_h(rng, **b), body={
            "ear": L(TINNITUS["ear"], MED), "pitchHz": L(TINNITUS["pitchHz"], MED),
            "loudnessDb": L(TINNITUS["loudnessDb"], MED), "type": L(TINNITUS["type"], MED),
            "maskingLevelDb": L(44, MED)}),
        case(f, f"{a}/v3/tinnitus/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "distress": L(6, MED), "sleepImpact": L(True, MED),
            "note": L("Ringing louder after the subway, hard to fall asleep",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/therapy/sessions", fmt="form", headers=_h(rng, **b), body={
            "track": "trk_ocean_notch6k", "minutes": L("42", USAGE), "volume": "0.35"}),
        case(f, f"{a}/v3/exposure", gz=True, headers=_h(rng, **b), body={
            "days": [{"date": f"2025-12-0{d}", "avgDba": L(v, FIT)}
                     for d, v in ((7, 71.2), (8, 78.9), (9, 83.4))], "source": "phone_mic"}),
        multipart(f, f"{a}/v3/documents", [
            ("scan", "ent_letter.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "ent_letter", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/tests/{test}/share", fmt="form", headers=_h(rng, **b), body={
            "name": L(AUDIOLOGIST[0], NAMEC), "phone": L(AUDIOLOGIST[1], TEL),
            "email": L("o.blake@clearsoundaudiology.example.com", MAIL), "format": "pdf"}),
        case(f, f"{a}/v3/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": "cl_804", "name": "ClearSound Audiology", "phone": "+12125550139"},
            "slot": "2025-12-19T16:00", "reason": L("tinnitus and mild high-frequency loss",
                                                    MED), "copay": L("40.00", BUY)}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("ringing in ears after concert", f"{SEARCH}|{MED}"), "type": "articles"}),
        case(f, f"{a}/v3/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("earwell_premium_yearly", BUY), "purchaseToken": L(play_token(rng),
                                                                              BUY),
            "orderId": L("GPA.3318-7720-1149-55120", BUY)}),
        case(f, f"{a}/v3/reminders", fmt="form", headers=_h(rng, **b), body={
            "therapyAt": "22:30", "retestDays": "90", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v3/family/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L("Ruth Doe", NAMEC), "email": L("ruth.doe@example.com", MAIL),
            "message": L("Mum, take the test, you keep asking me to repeat things", TEXT)}),
        case(f, f"{a}/v3/feedback", headers=_h(rng, **b), body={
            "rating": 4, "text": L("The 8 kHz tone is too quiet to hear with my left ear",
                                   f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("test_completed", 1, kind="pure_tone"), ev("therapy_started", 2),
                ev("screen", 3, screen=L("Audiogram", USAGE))]}),
        case(f, f"{a}/v3/tests", headers=_h(rng, how="upper"),
             cookies={"ew_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def earwell_sdks() -> list[Case]:
    rng = random.Random(4252)
    return [
        tf_batch(APP, rng, [("Test Completed", {"ptaLeft": L(22.5, MED)}),
                            ("Therapy Started", {"track": "ocean"})]),
        tf_queue(APP, rng, [("Calibration Done", {"noiseFloor": 29.4}),
                            ("Paywall Viewed", {})]),
        aw_launch(APP, rng, first=True),
        aw_event(APP, rng, "af_subscribe", {"plan": "yearly"}, revenue=49.99, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords=L("tinnitus,hearing loss", MED)),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "AudioTrack underrun"),
                 [fk_crumb("navigation", "Home -> PureToneTest"),
                  fk_crumb("log", "headphones", {"model": PHONES["model"]})],
                 screen="PureToneActivity"),
        fm_eval(APP, rng, {"speechInNoise": True, "tinnitusTherapy": True}),
        pc_register(APP, rng, tags={"tinnitus": L("yes", MED)}),
        cb_save(APP, rng, {"analytics": True, "advertising": False}),
        ch_message(APP, rng, L("My right ear result changed a lot since last month, is the "
                               "test broken or is my hearing worse?", f"{TEXT}|{MED}"),
                   {"plan": "premium"}),
    ]
