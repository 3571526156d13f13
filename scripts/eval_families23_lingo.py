"""Language-learning app "Parlance" (speech exercises, an AI tutor, a free tier with ads)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_MD5,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    device_snake,
    multipart,
    push_token,
    sha,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families23_kit import bearer_jwt, hdrs, other_ids, rid
from eval_families23_sdk import (
    crumb,
    fault_envelope,
    fault_session,
    harbor_beacon,
    harbor_bid,
    loft_event,
    loft_session,
    tally_batch,
    tally_identify,
)
from eval_families23_svc import (
    permit_event,
    ping_open,
    ping_player,
    ping_register,
    toggle_eval,
    toggle_exposures,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("parlance", "Parlance", "com.example.parlance", "5.2.1", "https://api.parlance.example.com")


def parlance() -> list[Case]:
    rng = random.Random(2301)
    a, f = APP.api, APP.fam
    auth = {"Authorization": J(bearer_jwt(rng, email=L(EMAIL, MAIL), plan="free"))}
    cases = [
        case(f, f"{a}/v1/auth/login", fmt="form", headers=hdrs(APP, rng),
             body={"username": L(EMAIL_MIXED, MAIL), "password": L("Olé!Madrid2025", CRED),
                   "grant_type": "password", "client_id": "parlance-android",
                   "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=hdrs(APP, rng),
             body={"grant_type": "refresh_token", "client_id": "parlance-android",
                   "refresh_token": L(opaque(rng, "rt_", 56), CRED)}),
        case(f, f"{a}/v1/me", headers=hdrs(APP, rng, extra=auth)),
        case(f, f"{a}/v1/me/profile", headers=hdrs(APP, rng, bearer="opaque"),
             body={"display_name": L("Jane", NAMEC), "birth_year": L(1991, BIRTH),
                   "native_language": "en", "learning": "es", "goal": "travel",
                   "daily_goal_minutes": 15, "avatar": "fox_7", "marketing_opt_in": False}),
        case(f, f"{a}/v1/courses/es-en/units", query={"level": "A2", "rev": "118"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/lessons/es-a2-u4-l3/answers", headers=hdrs(APP, rng, bearer="opaque"),
             body={"attempt_id": rid(rng), "answers": [
                 {"q": "q1", "kind": "translate",
                  "text": L("Quiero un café con leche, por favor", TEXT), "correct": True},
                 {"q": "q2", "kind": "choice", "choice": 2, "correct": False},
                 {"q": "q3", "kind": "translate",
                  "text": L("Mi esposo y yo viajamos a Sevilla en marzo", TEXT),
                  "correct": True}],
                 "elapsed_ms": L(184220, USAGE), "hearts_left": 3}),
        multipart(f, f"{a}/v1/speech/attempts", [
            ("meta", None, "application/json",
             {"exercise_id": "sp-a2-114", "prompt": "¿Dónde está la estación de tren?",
              "locale": "es-ES", "sample_rate": 16000, "attempt": 2, "client_id": rid(rng)}),
            ("audio", "attempt.wav", "audio/wav", L(WAV, MEDIA))],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/speech/results", headers=hdrs(APP, rng, bearer="opaque"),
             body={"exercise_id": "sp-a2-114", "attempt_id": rid(rng),
                   "transcript": L("dónde está la estación de tren", TEXT),
                   "phonemes": [{"p": "d", "s": 0.91}, {"p": "o", "s": 0.84},
                                {"p": "n", "s": 0.97}, {"p": "d", "s": 0.62}],
                   "overall": 0.83, "model": "pron-es-v9", "duration_ms": 2310}),
        case(f, f"{a}/v1/progress", fmt="msgpack", headers=hdrs(APP, rng, bearer="opaque"),
             body={"uid": L(USER_ID, UID), "xp": 120, "streak_days": L(41, USAGE),
                   "minutes_today": L(17, USAGE), "lessons": ["es-a2-u4-l2", "es-a2-u4-l3"],
                   "synced_at": 1765300612, "rev": 3310}),
        case(f, f"{a}/v1/dictionary/search", headers=hdrs(APP, rng, bearer="opaque"),
             query={"q": L("estación", SEARCH), "from": "es", "to": "en", "limit": "20"}),
        case(f, f"{a}/v1/tutor/chat", headers=hdrs(APP, rng, bearer="opaque"), gz=True,
             body={"conversation_id": rid(rng), "persona": "lucia_tutor", "messages": [
                 {"role": "user", "text": L("How do I say I'm allergic to shellfish?",
                                            "content.text|health.medical")},
                 {"role": "user", "text": L("Estoy nerviosa por la entrevista del viernes",
                                            TEXT)}],
                 "level": "A2", "stream": True}),
        case(f, f"{a}/v1/friends/match", headers=hdrs(APP, rng, bearer="opaque"),
             body={"hashed_phones": [L(sha("sha256", p[1]), CONTACTS) for p in PEOPLE[:3]],
                   "hash": "sha256", "region": "US", "batch": 1}),
        case(f, f"{a}/v1/friends/invite", headers=hdrs(APP, rng, bearer="opaque"),
             body={"channel": "sms", "to": L(PEOPLE[0][1], TEL), "name": L(PEOPLE[0][0], NAMEC),
                   "template": "invite_v3", "ref": "INV-" + rid(rng)[:8]}),
        case(f, f"{a}/v1/leaderboard", query={"league": "sapphire", "week": "2025-49"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/v1/leaderboard/react", headers=hdrs(APP, rng, bearer="opaque"),
             body={"target": other_ids(rng, 1)[0], "reaction": "clap", "week": "2025-49"}),
        case(f, f"{a}/v1/purchases/verify", headers=hdrs(APP, rng, bearer="opaque"),
             body={"store": "play", "product_id": L("parlance_plus_annual", BUY),
                   "purchase_token": L(play_token(rng), BUY),
                   "order_id": L("GPA.3372-4410-8821-55190", BUY),
                   "price_micros": L(83990000, BUY), "currency": "USD"}),
        case(f, f"{a}/v1/reminders", headers=hdrs(APP, rng, bearer="opaque"),
             body={"time": "19:30", "days": [1, 2, 3, 4, 5], "tz": L("America/New_York", DEV),
                   "enabled": True}),
        case(f, f"{a}/v1/devices/push", headers=hdrs(APP, rng, bearer="opaque"),
             body={"token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
                   "platform": L("android", DEV), "app_version": APP.ver}),
        case(f, f"{a}/v1/events", headers=hdrs(APP, rng, bearer="opaque"), gz=True,
             body={"session": rid(rng), "user": L(USER_ID, UID), "device": device_snake(),
                   "events": [
                 ev("screen_view", 1, screen=L("LessonMap", USAGE)),
                 ev("lesson_start", 2, lesson="es-a2-u4-l3"),
                 ev("speech_attempt", 3, score=0.83),
                 ev("lesson_complete", 4, xp=20, seconds=L(184, USAGE))]}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=hdrs(APP, rng, bearer="opaque"),
             body={"rating": "4", "comment": L("The speech grader never hears my rolled r's",
                                               TEXT),
                   "device": L("Pixel 8", DEV), "os": L("Android 14", DEV), "v": APP.ver}),
        case(f, f"{a}/v1/me/stats", headers=hdrs(APP, rng, iid="none"),
             cookies={"plc_sess": L(opaque(rng, "s%3A", 44), CRED), "plc_did": L(INSTALL_ID, DID),
                      "plc_ab": "exp42-b"}),
        case(f, f"{a}/v1/email/unsubscribe", headers=hdrs(APP, rng),
             query={"e": L(EMAIL_MD5, MAIL), "list": "weekly_digest", "sig": rid(rng)[:16]}),
    ]
    story = case(f, f"{a}/v1/users/{USER_ID}/stories/es/12", query={"audio": "1"},
                 headers=hdrs(APP, rng, bearer="opaque"))
    cases.append(at_path(story, USER_ID, UID))
    return cases


def parlance_sdks() -> list[Case]:
    rng = random.Random(2302)
    player = ping_player(rng)
    return [
        tally_batch(APP, rng, [ev("lesson_complete", 1, lesson_id="es-a2-u4-l3", xp=20),
                               ev("speech_attempt", 2, exercise="sp-a2-114", score=0.83),
                               ev("paywall_view", 3, source="hearts_empty")],
                    props={"plan": "free", "course": "es-en", "streak": L(41, USAGE)}),
        tally_identify(APP, rng, {"email": L(EMAIL, MAIL), "first_name": L("Jane", NAMEC),
                                  "birth_year": L(1991, BIRTH), "plan": "free"}),
        loft_session(APP, rng, first=True, count=1),
        loft_event(APP, rng, "k3x9ab", revenue=83.99,
                   callback={"user_id": L(USER_ID, UID), "sku": L("parlance_plus_annual", BUY)}),
        harbor_bid(APP, rng, imp={"banner": {"w": 320, "h": 50}, "tagid": "lesson_end_banner",
                                  "bidfloor": 0.35}, nd=None, yob=1991, gender="F",
                   cat=["IAB5"]),
        harbor_beacon(APP, rng, "imp"),
        fault_envelope(APP, rng, exc=("java.lang.IllegalStateException",
                                      "AudioRecord not initialised"),
                       crumbs=[crumb("navigation", "LessonMap -> SpeechExercise"),
                               crumb("http", "POST", {"url": U(f"{APP.api}/v1/dictionary/search",
                                                               {"q": L("tren", SEARCH),
                                                                "from": "es"})})],
                       tags={"course": "es-en", "mic": "granted"}),
        fault_session(APP, rng),
        toggle_eval(APP, rng, {"plan": "free", "course": "es-en", "cohort": "2025-10"}),
        toggle_exposures(APP, rng, {"speech-v9": "on", "paywall-copy": "b"}),
        ping_register(APP, rng, tags={"course": "es-en", "reminder": "19:30"}),
        ping_open(APP, rng, player, focus=1138),
        permit_event(APP, rng, {"analytics": True, "ads": True, "personalisation": False}),
    ]
