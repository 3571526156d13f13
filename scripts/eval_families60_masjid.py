"""Mosque and Quran-study app for kids "Iqrabud", managed by a parent (she is the parent, her son
Yusuf learns): the parent's account, a log-in, ``/me`` with a JWT (``kids`` claim), the child's
profile, joining the mosque, prayer times by position (madhab), the qibla by ``lat,lon`` in the
path, the child's memorisation, a recitation recording, Sunday class enrolment, attendance by the
child's ID in the path, a zakat donation, an iftar RSVP, the parent PIN, limits, the child's play
(msgpack), a message to the teacher, push, events, the library by cookies and a Play
subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families60_kit import (
    CLASS,
    KID,
    KID_AGE,
    KID_BIRTH_YEAR,
    MASJID,
    PARENT_PIN,
    SPOUSE,
    SURAHS,
    USTADH,
    obj,
)
from eval_families60_sdk import al_bid, al_notice, sf_crumb, sf_error, tl_batch
from eval_families60_svc import bm_register, hm_message, mn_search, pk_confirm, pm_save, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("iqrabud", "Iqrabud", "com.example.iqrabud", "3.2.7", "https://api.iqrabud.example.com")
IID = "X-Iqra-Install"
PW = "Olive-Lantern-2291"
KID_ID = "kid_9e41b7c2"  # her son's profile ID (id.user)
QIBLA = f"{LAT:.5f},{LON:.5f}"  # her position in the qibla request's path


def _kid(c: Case) -> Case:
    """Label her son's profile ID in the URL path (``url`` ``path[i]``, ``id.user``)."""
    return at_path(c, KID_ID, UID)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def iqrabud() -> list[Case]:
    rng = random.Random(6061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "coppaConsent": True}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kids", headers=_h(rng, auth="bearer"), body={
            "nickname": L(KID, NAMEC), "birthYear": L(KID_BIRTH_YEAR, BIRTH),
            "age": L(KID_AGE, BIRTH), "gender": L("boy", GENDER), "level": "qaida",
            "avatar": "camel_03"}),
        case(f, f"{a}/v1/memberships", headers=_h(rng, **b), body={
            "masjid": L(MASJID["id"], SENS), "membership": "family", "householdSize": 3,
            "kids": [L(KID_ID, UID)], "newsletter": True}),
        case(f, f"{a}/v1/prayer-times", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE),
            "method": "ISNA", "madhab": L("hanafi", SENS), "date": "2025-12-09"}),
        at_path(case(f, f"{a}/v1/qibla/{QIBLA}", headers=_h(rng, **b)), QIBLA, PRECISE),
        _kid(case(f, f"{a}/v1/kids/{KID_ID}/hifz", headers=_h(rng, **b), body={
            "memorised": [L(s, SENS) for s in SURAHS], "current": L("Al-Mulk", SENS),
            "streakDays": L(12, USAGE), "minutesToday": L(18, USAGE)})),
        _kid(multipart(f, f"{a}/v1/kids/{KID_ID}/recitations", [
            ("audio", "al_ikhlas_take3.m4a", "audio/mp4", L(M4A + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"surah": L("Al-Ikhlas", SENS), "ayahs": [1, 4],
                                                "attempt": 3, "durationS": 22})],
            headers=_h(rng, **b))),
        case(f, f"{a}/v1/classes/{CLASS}/enrol", fmt="form", headers=_h(rng, **b), body={
            "kidId": L(KID_ID, UID), "parentPhone": L(E164, TEL),
            "pickup": L(SPOUSE, NAMEC), "allergies": L("peanuts", MED),
            "teacher": USTADH[0]}),
        _kid(case(f, f"{a}/v1/kids/{KID_ID}/attendance", headers=_h(rng, **b),
                  query={"term": "fall-2025"})),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "fund": L("zakat", SENS), "amount": L("250.00", BUY), "currency": "USD",
            "masjid": {k: MASJID[k] for k in ("id", "name", "line", "phone", "lat", "lon")},
            "recurring": "none", "anonymous": False}),
        case(f, f"{a}/v1/events/{obj(rng, 'evt', 6)}/rsvp", fmt="form", headers=_h(rng, **b),
             body={"name": L(NAME, NAMEC), "adults": "2", "kids": "1",
                   "note": L("We'll bring dates and samosas for the iftar", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/parents/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PARENT_PIN, CRED), "lockSettings": "true"}),
        _kid(case(f, f"{a}/v1/kids/{KID_ID}/limits", headers=_h(rng, **b), body={
            "dailyMin": 30, "bedtime": "20:00", "gamesAfterLesson": True})),
        _kid(case(f, f"{a}/v1/kids/{KID_ID}/activity", fmt="msgpack", headers=_h(rng, **b),
                  body={"kid": L(KID_ID, UID),
                        "games": [L("letter_match", USAGE), L("wudu_steps", USAGE)],
                        "minutes": L(21, USAGE), "stars": 14,
                        "session": obj(rng, "ks", 10)})),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": USTADH[0], "class": CLASS,
            "text": L("Yusuf will miss Sunday class, he has a fever.",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "locale": L("en_US", DEV),
            "adhanAlerts": True}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "kid": L(KID_ID, UID), "events": [
                ev("lesson_done", 1, lesson="alif_ba"), ev("recitation_sent", 2),
                ev("screen", 3, screen=L("HifzTracker", USAGE))]}),
        case(f, f"{a}/v1/library", headers=_h(rng, how="upper"), query={"shelf": "stories"},
             cookies={"iq_sess": L(opaque(rng, "", 40), CRED), "iq_kid": L(KID_ID, UID)}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("iqrabud_family_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3364-5510-2279-90843", BUY)}),
    ]


def iqrabud_sdks() -> list[Case]:
    rng = random.Random(6062)
    return [
        tl_batch(APP, rng, [("Lesson Completed", {"kidAge": L(KID_AGE, BIRTH)}),
                            ("Recitation Sent", {"surah": L("Al-Ikhlas", SENS)})],
                 screen="KidHome"),
        al_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        al_notice(APP, rng, "imp", ifa=False),
        sf_error(APP, rng, ("android.media.MediaRecorder$RecorderException", "start failed"),
                 [sf_crumb("navigation", "Kid -> Recite"),
                  sf_crumb("state", "mic", {"granted": True})], context="ReciteActivity",
                 user={"id": L(USER_ID, UID), "kid": L(KID_ID, UID)}),
        sb_eval(APP, rng, {"kidAge": L(KID_AGE, BIRTH), "tajweedAi": True}),
        bm_register(APP, rng, at=(LAT, LON), nd=2, tags={"adhan": "on", "kid_age": L("8", BIRTH)}),
        pm_save(APP, rng, {"analytics": True, "personalised_ads": False}, user=True),
        pk_confirm(APP, rng, "250.00"),
        mn_search(APP, rng, "masjid near me", SEARCH, near=(LAT, LON), nd=3),
        hm_message(APP, rng, L("The recitation upload keeps failing on my son's tablet", TEXT),
                   {"kids": 1}),
    ]
