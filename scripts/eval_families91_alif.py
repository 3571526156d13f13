"""Kids' Quran-and-Jawi reading app "Alifbaca" (she set it up for her daughter Aisyah, 7): the
parent's account, a log-in, ``/me``, the child's profile and settings (her ID in the path),
recitations (M4A with the scorer's pitch contour), progress, Jawi letter tracing (msgpack), a
drawing, a quiz, a class joined with a code, a message to the online teacher, the weekly report,
limits, a prayer tracker, the parent's consent check, her city, a Play subscription, feedback,
push, events and the child's profile by a cookie GET (COPPA-style: the bid has no advertising
ID)."""

from __future__ import annotations

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
    M4A,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families37_kit import drag
from eval_families91_kit import CHILD, PARENT_PIN, TEACHER, pitch
from eval_families91_sdk import (
    hb_batch,
    hb_pixel,
    jm_install,
    ls_bid,
    rp_crash,
    rp_crumb,
    rp_session,
)
from eval_families91_svc import iz_save, lw_register, sd_eval, st_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("alifbaca", "Alifbaca", "com.example.alifbaca", "2.6.1",
          "https://api.alifbaca.example.com")
IID = "X-Alif-Device"
PW = "Iqra!Aisyah2018"
KID = CHILD["id"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _kid(rng: random.Random, tail: str, **kw: Any) -> Case:
    """A call about the child, her profile ID in the URL path (``id.user``)."""
    c = case(APP.fam, f"{APP.api}/v1/children/{KID}/{tail}", headers=_h(rng, auth="bearer"),
             **kw)
    return at_path(c, KID, UID)


def alifbaca() -> list[Case]:
    rng = random.Random(9171)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID, UID)]))}
    rec = multipart(f, f"{a}/v1/children/{KID}/recitations", [
        ("audio", "al-fatihah.m4a", "audio/mp4", L(M4A + b"\x71", MEDIA)),
        ("meta", None, "application/json", {"surah": 1, "ayat": [1, 7], "score": 0.82,
                                            "pitchHz": pitch(rng, 24), "sampleRate": 16000})],
        headers=_h(rng, **b))
    art = multipart(f, f"{a}/v1/children/{KID}/drawings", [
        ("image", "alif.png", "image/png", L(PNG + b"\x71", MEDIA)),
        ("meta", None, "application/json", {"lesson": "jawi-04"})], headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "parentPin": L(PARENT_PIN, CRED), "country": L("MY", COARSE), "newsletter": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "childId": L(KID, UID), "nickname": L(CHILD["name"], NAMEC),
            "birthYear": L(CHILD["year"], BIRTH), "age": L(CHILD["age"], BIRTH),
            "gender": L("girl", GENDER), "avatar": "kucing_02", "level": "iqra-2"}),
        _kid(rng, "settings", body={"script": "jawi", "dailyMinutes": 20, "reciter": "r_07",
                                    "bedtime": "21:00", "sound": True}),
        at_path(rec, KID, UID),
        _kid(rng, "progress", body={"lesson": "iqra-2-p14", "stars": 3,
                                    "minutes": L(18, USAGE), "hints": 2}),
        _kid(rng, "tracing", fmt="msgpack", body={"letter": "jim", "stroke": L(drag(rng, 20),
                                                                               MOTION),
                                                  "accuracy": 0.74}),
        at_path(art, KID, UID),
        _kid(rng, "quiz", fmt="form", body={"quiz": "huruf-10", "answers": "3,1,4,2",
                                            "score": "8"}),
        case(f, f"{a}/v1/classes/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("ALF-3QK-71", CRED), "child": L(KID, UID)}),
        case(f, f"{a}/v1/classes/cls_5521/messages", headers=_h(rng, **b), body={
            "to": TEACHER[1], "teacherName": TEACHER[0], "text": L(
                "Aisyah had a fever yesterday, she will redo page 14 tonight",
                f"{TEXT}|{NAMEC}|{MED}"), "clientId": rid(rng)}),
        _kid(rng, "report", query={"week": "2025-W50", "format": "summary"}),
        case(f, f"{a}/v1/parents/limits", headers=_h(rng, **b), body={
            "child": L(KID, UID), "dailyMinutes": 30, "bedtime": "21:00",
            "pin": L(PARENT_PIN, CRED)}),
        _kid(rng, "prayers", body={"date": "2025-12-10", "prayed": [
            L("subuh", SENS), L("zohor", SENS), L("asar", SENS)], "stickers": 3}),
        case(f, f"{a}/v1/parents/consent", headers=_h(rng, **b), body={
            "method": "card", "last4": L("4444", PAY), "parentName": L(NAME, NAMEC),
            "email": L(EMAIL, MAIL), "child": L(KID, UID)}),
        case(f, f"{a}/v1/parents/profile", fmt="form", headers=_h(rng, **b), body={
            "city": L("Kuala Lumpur", COARSE), "lang": L("ms", DEV), "kids": "1"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "packageName": APP.pkg, "productId": L("alif_family_yearly", BUY),
            "purchaseToken": L(play_token(rng), BUY), "orderId": L("GPA.3318-2290-4471-55120",
                                                                   BUY)}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("Please add more Jawi stories for girls her age", TEXT), "stars": "5"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": L(KID, UID), "events": [
                ev("lesson_done", 1, lesson="iqra-2-p14"), ev("recitation", 2),
                ev("screen", 3, screen=L("JawiTracing", USAGE))]}),
        case(f, f"{a}/v1/library", headers=_h(rng, how="none"), query={"level": "iqra-2"},
             cookies={"ab_session": L(opaque(rng, "", 40), CRED), "ab_child": L(KID, UID)}),
    ]


def alifbaca_sdks() -> list[Case]:
    rng = random.Random(9172)
    return [
        hb_batch(APP, rng, [("Lesson Completed", {"lesson": "iqra-2-p14", "stars": 3}),
                            ("Recitation Scored", {"surah": 1})], locale="ms_MY"),
        hb_pixel(APP, rng, "Paywall Viewed", {"plan": "family"}),
        jm_install(APP, rng, first=True),
        ls_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        rp_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap"),
                 [rp_crumb("nav", "Home -> Tracing"), rp_crumb("tap", "letter jim")],
                 screen="TracingActivity"),
        rp_session(APP, rng, secs=1080),
        sd_eval(APP, rng, {"childAge": L(CHILD["age"], BIRTH), "script": "jawi"}),
        lw_register(APP, rng, lang="ms", tags={"childAge": L(CHILD["age"], BIRTH)}),
        iz_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        st_message(APP, rng, L("The recorder cuts off my daughter after 10 seconds", TEXT),
                   {"plan": "family"}),
    ]
