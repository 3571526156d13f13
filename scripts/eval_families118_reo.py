"""Te reo Māori language course app "Reokura": sign-up, log-in, ``/me``, onboarding (level, goal,
the whakapapa question), lesson progress (msgpack), a pronunciation attempt (M4A), typed answers,
her pepeha, a dictionary search, flashcards (JSON Lines), an evening class at the hall, a message
to the tutor, the certificate posted to her, her husband invited, a Play subscription, reminders,
push, events and a lesson by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import M4A, multipart, push_token
from eval_families20_kit import App, ev, opaque, play_token
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families118_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    PASSWORD,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    WANANGA,
    nz_address,
    obj,
)
from eval_families118_sdk import (
    aw_event,
    aw_session,
    bp_bid,
    fk_session,
    tk_batch,
    tk_identify,
    tk_queue,
)
from eval_families118_svc import ft_eval, pt_subscribe, tp_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("reokura", "Reokura", "com.example.reokura", "6.1.0", "https://api.reokura.example.org")
IID = "X-Reokura-Install"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def reokura() -> list[Case]:
    rng = random.Random(11861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    cards = [{"user": L(USER_ID, UID), "card": f"kp_{i:03d}", "ease": 2.5, "due": "2025-12-1"
              f"{i}"} for i in range(4)]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED),
            "birthYear": L(1991, BIRTH),
            "why": L("To speak with my husband's whanau at the marae", TEXT)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PASSWORD, CRED),
            "client_id": "reokura-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding", headers=_h(rng, **b), body={
            "level": "beginner", "dailyGoalMin": 15, "whakapapaMaori": L(False, SENS),
            "iwi": [], "dialect": "te-arawa", "learningFor": "family"}),
        case(f, f"{a}/v1/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "lesson": "mihimihi-03", "score": 0.86, "xp": 40,
            "minutes": L(18, USAGE), "streak": L(12, USAGE)}),
        multipart(f, f"{a}/v1/pronunciation", [
            ("audio", "attempt.m4a", "audio/mp4", L(M4A + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"phrase": "Ko Tongariro te maunga",
                                                "lesson": "mihimihi-03", "attempt": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/answers", headers=_h(rng, **b), body={
            "exercise": obj(rng, "ex", 8), "prompt": "My husband is ...",
            "answer": L("Ko Tama toku hoa rangatira", f"{TEXT}|{NAMEC}"), "correct": True}),
        case(f, f"{a}/v1/pepeha", headers=_h(rng, **b), body={
            "text": L("Ko Jane toku ingoa. No Niu Ioka ahau. Kei Te Puke au e noho ana. Ko "
                      "Nikau taku tama", f"{TEXT}|{NAMEC}|{COARSE}"), "public": False}),
        case(f, f"{a}/v1/lessons", headers=_h(rng, **b), query={"unit": "3", "level": "1"}),
        case(f, f"{a}/v1/dictionary", headers=_h(rng, **b), query={
            "q": L("whanaunga", SEARCH), "dir": "mi-en"}),
        lines(f, f"{a}/v1/flashcards/sync", cards, headers=_h(rng, **b)),
        case(f, f"{a}/v1/classes/book", headers=_h(rng, **b), body={
            "class": "evening-beginners-t1", "venue": {"id": WANANGA["id"],
                                                       "name": WANANGA["name"],
                                                       "line": WANANGA["line"],
                                                       "lat": WANANGA["lat"],
                                                       "lon": WANANGA["lon"]},
            "fee": L("60.00", BUY), "seats": 1}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "kaiako", "thread": obj(rng, "th", 8),
            "text": L("I'm picking kiwifruit until 5, can I join the 7pm class?", TEXT)}),
        case(f, f"{a}/v1/certificates", headers=_h(rng, **b), body={
            "nameOnCertificate": L(NAME, NAMEC), "post": nz_address("line1", "city", "postcode"),
            "level": "Te Kakano"}),
        case(f, f"{a}/v1/invites", fmt="form", headers=_h(rng, **b), body={
            "email": L(HUSBAND[2], MAIL), "name": L(HUSBAND[0], NAMEC), "plan": "whanau"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("reokura_whanau_monthly", BUY), "purchaseToken": L(
                play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "time": "20:30", "days": "mon,tue,wed,thu", "tz": L("Pacific/Auckland", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "uiLang": L("mi", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("lesson_completed", 1, lesson="mihimihi-03"), ev("streak_extended", 2),
                ev("screen", 3, screen=L("PepehaBuilder", USAGE))]}),
        case(f, f"{a}/v1/lessons/mihimihi-04", headers=_h(rng, how="upper"),
             cookies={"rk_session": L(opaque(rng, "", 40), CRED), "rk_lang": "mi"}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, **b), query={"week": "2025-W50",
                                                                   "league": "pounamu"}),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "displayName": L("Jane D.", NAMEC), "avatar": "kiwi_03", "publicStreak": True}),
    ]


def reokura_sdks() -> list[Case]:
    rng = random.Random(11862)
    return [
        tk_batch(APP, rng, [("Lesson Completed", {"lesson": "mihimihi-03", "score": 0.86}),
                            ("Pepeha Saved", {})], gz=False),
        tk_identify(APP, rng, {"level": "beginner", "plan": "whanau",
                               "email": L(EMAIL, MAIL)}),
        tk_queue(APP, rng, [("Card Reviewed", {"card": "kp_001"}),
                            ("Audio Played", {"phrase": "kia ora"})]),
        aw_session(APP, rng, user=True, n=31),
        aw_event(APP, rng, "sub3mo", {"plan": "whanau"}, revenue=14.99),
        bp_bid(APP, rng, {"video": {"w": 360, "h": 640, "mimes": ["video/mp4"]}},
               yob=1991),
        fk_session(APP, rng, secs=1104),
        ft_eval(APP, rng, {"dialect": "te-arawa", "speech_beta": True}),
        pt_subscribe(APP, rng, tags={"goal": "15"}),
        tp_message(APP, rng, L("My pronunciation scores stopped saving", TEXT),
                   {"plan": "whanau"}),
    ]
