"""ADHD focus timer and medicines app "Tendfocus": sign-up with her diagnosis, an OAuth password
grant, ``/me`` with a JWT, the symptom screener, her medicines (her psychiatrist, the pharmacy),
doses in msgpack, focus sessions, the app blocker (the apps on her phone) and screen time by app
(gzip), a daily check-in, heart rate from her watch, a body-doubling room (an ICE candidate), a
brain dump, her calendar imported, an accountability buddy, reminders, a refill, a voice journal,
a Play subscription check, an export, push, events and streaks by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import srflx
from eval_families17_kit import (
    APPS,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families45_kit import BUDDY, INSTALLED, MEDS_ADHD, PHARMACY, PSYCHIATRIST, RX_ADHD, obj
from eval_families45_sdk import (
    ar_event,
    ar_open,
    fk_crash,
    fk_crumb,
    fk_session,
    ls_batch,
    ls_queue,
)
from eval_families45_svc import ak_attach, aw_save, fb_eval, ph_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tendfocus", "Tendfocus", "com.example.tendfocus", "5.3.2",
          "https://api.tendfocus.example.com")
IID = "X-Tendfocus-Device"
PW = "Quiet-Harbor-519"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _usage(rng: random.Random) -> list[dict[str, Any]]:
    return [{"pkg": p, "minutes": rng.randrange(4, 190), "opens": rng.randrange(1, 60)}
            for p in INSTALLED]


def tendfocus() -> list[Case]:
    rng = random.Random(4521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    b = {"auth": "bearer"}
    room = obj(rng, "room", 8)
    meds = [{"name": L(n, MED), "dose": L(d, MED), "times": ["07:30"] if i == 0 else ["21:00"],
             "id": obj(rng, "med", 6)} for i, (n, d) in enumerate(MEDS_ADHD)]
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(DOB, BIRTH), "pronouns": L("she/her", GENDER),
            "diagnosis": {"condition": L("ADHD, combined presentation", MED),
                          "year": L(2019, MED)}, "marketingOptIn": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tendfocus-android", "scope": "openid offline"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/onboarding/screener", headers=_h(rng, **b), body={
            "instrument": "ASRS-v1.1", "answers": L([3, 4, 2, 4, 3, 4], MED),
            "partA": L(5, MED), "alsoHave": [L("generalized anxiety", MED)],
            "goal": L("Finish my thesis chapters before March", TEXT)}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={
            "medications": meds, "rxNumber": L(RX_ADHD, MED),
            "prescriber": {"name": L(PSYCHIATRIST[0], NAMEC), "phone": L(PSYCHIATRIST[1], TEL)},
            "pharmacy": PHARMACY}),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "med": meds[0]["id"], "dose": L("30 mg", MED), "takenAt": "2025-12-10T07:41:00-05:00",
            "late": L(True, MED), "sideEffects": [L("appetite loss", MED), L("dry mouth", MED)]}),
        case(f, f"{a}/v2/focus/sessions", headers=_h(rng, **b), body={
            "session": obj(rng, "fs", 10), "task": L("Lit review: executive function", TEXT),
            "plannedMin": 25, "focusedMin": L(22, USAGE), "pauses": L(2, USAGE),
            "soundscape": "brown_noise", "startedAt": 1765373100}),
        case(f, f"{a}/v2/blocker", headers=_h(rng, **b), body={
            "installed": [L(p, APPS) for p in INSTALLED],
            "blocked": [L(p, APPS) for p in INSTALLED[:2] + INSTALLED[4:5]],
            "schedule": {"days": "mon-fri", "from": "09:00", "to": "13:00"}, "strict": True}),
        case(f, f"{a}/v2/screen-time", gz=True, headers=_h(rng, **b), body={
            "day": "2025-12-09", "byApp": L(_usage(rng), APPS), "unlocks": L(87, USAGE)}),
        case(f, f"{a}/v2/checkins", headers=_h(rng, **b), body={
            "mood": L(2, MED), "focus": L(2, MED), "restlessness": L(4, MED),
            "sleepHours": L(5.5, FIT), "appetite": L("low", MED),
            "note": L("Crashed hard at 4pm when the dose wore off", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/wearable/heart", headers=_h(rng, **b), body={
            "source": "health_connect", "bpm": L([72, 88, 94, 91, 83, 79], FIT),
            "restingBpm": L(66, FIT), "from": "2025-12-10T07:00", "stepSec": 3600}),
        case(f, f"{a}/v2/doubling/rooms/{room}/join", headers=_h(rng, **b), body={
            "displayName": L("jane_d", UID), "camera": False, "mic": False,
            "candidate": L(srflx(), IPLOC), "sdpMid": "0"}),
        case(f, f"{a}/v2/braindump", headers=_h(rng, **b), body={"items": [
            {"title": L("Email Prof. Lindqvist about the extension", TEXT), "due": "2025-12-12"},
            {"title": L("Call pharmacy about the Vyvanse shortage", f"{TEXT}|{MED}")},
            {"title": L("Return library books", TEXT)}]}),
        case(f, f"{a}/v2/calendar/import", gz=True, headers=_h(rng, **b), body={"events": [
            {"title": L("Thesis meeting", TEXT), "start": "2025-12-11T10:00"},
            {"title": L("Dr. Raman follow-up", f"{TEXT}|{MED}"), "start": "2025-12-15T16:30"},
            {"title": L("Yoga with Lucía", f"{TEXT}|{NAMEC}"), "start": "2025-12-13T09:00"}]}),
        case(f, f"{a}/v2/buddies", headers=_h(rng, **b), body={
            "name": L(BUDDY[0], NAMEC), "phone": L(BUDDY[1], TEL),
            "message": L("Can you check I started my 9am block?", TEXT), "share": "streaks"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "dose_am": "07:30", "dose_pm": "21:00", "tz": L("America/New_York", DEV),
            "nudge": "gentle"}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "rx": L(RX_ADHD, MED), "medication": L(MEDS_ADHD[0][0], MED),
            "quantity": L(30, MED), "pharmacy": PHARMACY["id"], "pickup": "2025-12-12"}),
        multipart(f, f"{a}/v2/journal", [
            ("audio", "memo_1210.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"durationS": 41, "transcript": L(
                "Today the meds kicked in late and I lost the whole morning", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("tendfocus_plus_yearly", BUY),
            "orderId": L("GPA.3317-8821-4410-55172", BUY), "purchaseToken": L(play_token(rng), BUY),
            "packageName": APP.pkg}),
        case(f, f"{a}/v2/export", fmt="form", headers=_h(rng, **b), body={
            "send_to": L(EMAIL, MAIL), "what": "doses,checkins", "format": "csv"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("focus_started", 1, preset="pomodoro"), ev("dose_logged", 2),
                ev("screen", 3, screen=L("Streaks", USAGE))]}),
        case(f, f"{a}/v2/streaks", headers=_h(rng, how="nodash"),
             cookies={"tf_session": L(opaque(rng, "", 44), CRED)}),
    ]


def tendfocus_sdks() -> list[Case]:
    rng = random.Random(4522)
    return [
        ls_batch(APP, rng, [("Focus Session Completed", {"minutes": L(22, USAGE)}),
                            ("Dose Logged", {"medication": L("lisdexamfetamine", MED),
                                             "late": L(True, MED)})]),
        ls_queue(APP, rng, [("Blocker Triggered", {"app": L(INSTALLED[1], APPS)}),
                            ("Checkin Saved", {"mood": L(2, MED)})]),
        ar_open(APP, rng, first=True),
        ar_event(APP, rng, "subscribe", {"plan": "plus_yearly"}, revenue=59.99, hashed=True),
        fk_crash(APP, rng, ("java.lang.SecurityException", "usage stats permission revoked"),
                 [fk_crumb("nav", "Focus -> Blocker"), fk_crumb("log", "usage query 24h")],
                 screen="BlockerActivity"),
        fk_session(APP, rng, secs=1510),
        fb_eval(APP, rng, {"plan": "plus", "adhd": L(True, MED)}),
        ph_register(APP, rng, tags={"reminder": "dose_am", "streak": "12"}),
        aw_save(APP, rng, {"analytics": True, "ads": False, "health_research": False}, user=True),
        ak_attach(APP, rng, L(JPEG + b"\x47", MEDIA), "blocker_bug.jpg", "image/jpeg"),
    ]
