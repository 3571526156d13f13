"""Quran-memorisation progress app "Hifzpath": she is memorising Juz Amma and Surah Al-Mulk with
an online teacher. Sign-up, a log-in, ``/me``, a plan, progress logged, a recitation (M4A) for the
teacher, mistakes (msgpack), a live recitation check (base64 audio in JSON), revision due by
cookie, the teacher linked by code, a message to her, a live session booked, a sisters' circle
joined, prayer times at her position, a streak, settings, a Play purchase, a mushaf page, push,
events and feedback."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families75_kit import TEACHER, TEACHER_CODE, obj
from eval_families75_sdk import (
    hl_crash,
    hl_crumb,
    hl_session,
    nb_event,
    nb_session,
    sh_batch,
    sh_queue,
)
from eval_families75_svc import ij_save, jh_eval, md_attach, pk_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("hifzpath", "Hifzpath", "com.example.hifzpath", "4.3.2",
          "https://api.hifzpath.example.org")
IID = "X-Hifz-Install"
PASSWORD = "Mulk67!ayah30"
OPUS = b"OggS\x00\x02\x00\x00" + bytes(range(90))


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hifzpath() -> list[Case]:
    rng = random.Random(7561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    rec = obj(rng, "rec", 10)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED), "name": L(NAME, NAMEC),
            "gender": L("female", GENDER), "birthYear": L(1991, BIRTH),
            "qiraah": L("Hafs an Asim", SENS), "level": "beginner"}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PASSWORD, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/plans", headers=_h(rng, **b), body={
            "goal": L("Juz Amma by Ramadan 2026", SENS), "newLinesPerDay": 5,
            "revisionDays": ["mon", "wed", "fri"], "startSurah": L(78, SENS),
            "reminder": "05:45"}),
        case(f, f"{a}/api/progress", headers=_h(rng, **b), body={
            "surah": L(67, SENS), "ayahFrom": 1, "ayahTo": 12, "strength": 0.82,
            "minutes": L(24, USAGE), "date": "2025-12-09"}),
        multipart(f, f"{a}/api/recitations", [
            ("audio", "al_mulk_1_12.m4a", "audio/mp4", L(M4A + b"\x67", MEDIA)),
            ("meta", None, "application/json", {"id": rec, "surah": L(67, SENS),
                                                "ayahFrom": 1, "ayahTo": 12,
                                                "teacher": TEACHER["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mistakes", fmt="msgpack", headers=_h(rng, **b), body={
            "recitation": rec, "surah": L(67, SENS), "items": [
                {"ayah": 12, "word": 4, "kind": "skipped"},
                {"ayah": 13, "word": 1, "kind": "tajweed", "rule": "ikhfa"}]}),
        case(f, f"{a}/api/asr/chunk", headers=_h(rng, **b), body={
            "stream": obj(rng, "st", 8), "seq": 7, "surah": L(67, SENS), "ayah": 13,
            "audio": L(base64.b64encode(OPUS).decode(), MEDIA), "codec": "opus/16000"}),
        case(f, f"{a}/api/review/due", headers=_h(rng, how="none"), query={"date": "2025-12-10"},
             cookies={"hp_session": L(opaque(rng, "", 40), CRED), "hp_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/teachers/link", fmt="form", headers=_h(rng, **b), body={
            "code": L(TEACHER_CODE, CRED), "teacher": TEACHER["id"]}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": TEACHER["id"], "clientId": rid(rng),
            "text": L("I keep mixing ayah 12 and 13 of Al-Mulk, can we revise them on Friday?",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/sessions/book", headers=_h(rng, **b), body={
            "teacher": TEACHER["id"], "slot": "2025-12-12T14:00:00Z", "minutes": 30,
            "fee": L("12.00", BUY), "currency": "USD"}),
        case(f, f"{a}/api/circles/join", fmt="form", headers=_h(rng, **b), body={
            "circle": "cir_sisters_ny_04", "section": L("sisters", GENDER),
            "code": L("SIS-88Q1", CRED)}),
        case(f, f"{a}/api/prayer-times", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE),
            "method": "isna", "madhab": L("hanafi", SENS), "date": "2025-12-10"}),
        case(f, f"{a}/api/streaks", headers=_h(rng, **b), body={
            "days": L(41, USAGE), "longest": L(41, USAGE), "today": True}),
        case(f, f"{a}/api/settings", headers=_h(rng, **b), body={
            "script": "indopak", "fontSize": 28, "reciterId": 7, "translation": "en.sahih",
            "timezone": L("America/New_York", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/billing/verify", headers=_h(rng, **b), body={
            "sku": L("hifz_plus_monthly", BUY), "orderId": L("GPA.3318-5521-0907-61133", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/surahs", headers=_h(rng, **b), query={"lang": L("en", DEV),
                                                                 "fields": "name,ayahs,juz"}),
        case(f, f"{a}/api/mushaf/pages/562", headers=_h(rng, **b),
             query={"script": "indopak", "lines": "13"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("recitation_sent", 1, surah=L(67, SENS)), ev("revision_done", 2),
                ev("screen", 3, screen=L("RevisionQueue", USAGE))]}),
        case(f, f"{a}/api/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("Please add a slower repeat mode for each ayah", TEXT), "stars": "5"}),
    ]


def hifzpath_sdks() -> list[Case]:
    rng = random.Random(7562)
    return [
        sh_batch(APP, rng, [("Recitation Sent", {"surah": L(67, SENS)}),
                            ("Revision Done", {"minutes": L(18, USAGE)})], at=(LAT, LON), nd=2),
        sh_queue(APP, rng, [("Plan Created", {"goal": "juz_amma"}),
                            ("Screen Viewed", {"screen": L("Mushaf", USAGE)})]),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "hz9sub", {"sku": "hifz_plus_monthly"}, revenue=4.99),
        hl_crash(APP, rng, ("android.media.MediaCodec$CodecException", "opus encoder"),
                 [hl_crumb("nav", "Surah -> Recite"), hl_crumb("tap", "record")],
                 screen="ReciteActivity"),
        hl_session(APP, rng, secs=1460),
        jh_eval(APP, rng, {"level": "beginner", "madhab": L("hanafi", SENS)}, hdr=True),
        pk_register(APP, rng, tags={"madhab": L("hanafi", SENS), "reminder": "fajr"},
                    at=(LAT, LON), nd=2),
        ij_save(APP, rng, {"analytics": True, "ads": False}),
        md_attach(APP, rng, L(M4A + b"\x68", MEDIA), "recitation_issue.m4a", "audio/mp4"),
    ]
