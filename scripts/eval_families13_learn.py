"""Blind set thirteen, part five: an e-learning app with typing courses and a clear-aligner
orthodontics app (see ``eval_families13.py`` for the rules of this set, its conventions and
its calls).

E-learning (in the style of course platforms for teens and adults): learner sign-up with a
parent's consent, course enrolment and video progress, typing lessons that upload every key
event with timings (JSON, JSON Lines, gzip+base64 in a JSON field), quiz answers, discussion
posts, an accessibility profile, a certificate, a coupon purchase. Aligners (in the style of
remote orthodontic monitoring): smile scans (multipart photos with 68-point face landmarks),
a dental-arch mesh, daily wear-time logs (msgpack), check-in questionnaires, a financing
application, tray shipments. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_MD5,
    FACE,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    SEARCH,
    SENS,
    SSN,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_camel,
    device_headers,
    enc,
    encode,
    jsonl,
    multipart,
    points,
    raw,
)
from eval_payloads import EMAIL, GAID, INSTALL_ID, USER_ID, Case, L, case, rnd_hex, rnd_uuid

EDU = "https://api.learnloop.example.com"
SMILE = "https://api.smileplan.example.com"
ADID = "id.advertising"


def _keys(rng: random.Random, text: str, style: str) -> list[Any]:
    """Key events typing ``text``: down/up offsets in ms, in three SDK shapes."""
    out: list[Any] = []
    t = 0
    for ch in text:
        up = t + rng.randrange(55, 130)
        if style == "obj":
            out.append({"k": ch, "d": t, "u": up})
        elif style == "row":
            out.append([ch, t, up])
        else:
            out.append({"key": ch, "down": t, "dwell": up - t})
        t += rng.randrange(80, 340)
    return out


def elearn() -> list[Case]:
    rng = random.Random(13009)
    out = []
    out.append(case("elearn", f"{EDU}/v1/signup", headers=device_headers(), body={
        "learner": {"first": L("Mia", NAMEC), "birthdate": L("2011-05-03", BIRTH),
                    "school": L("PS 116 Mary Lindley Murray", COARSE),
                    "username": L("mia_types_fast", UID)},
        "parent": {"email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC),
                   "consent": True, "consentMethod": "email_plus"},
        "password": L("Dolphin77!", CRED), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer ll_" + rnd_hex(rng, 36), CRED)}
    for k in range(1):
        out.append(case("elearn", f"{EDU}/v1/progress", headers=auth, body={
            "learner": L(USER_ID, UID), "course": "touch-typing-101",
            "lesson": L(f"L{k + 4}", USAGE), "video": {"id": "v_9921", "watchedSec": L(
                312 + k * 40, USAGE), "speed": 1.25, "captions": True},
            "streakDays": L(6 + k, USAGE), "at": 1764270000 + k}))
    for k, (text, cats) in enumerate([
            ("the quick brown fox jumps over the lazy dog", f"{KEYS}|{TEXT}"),
            ("my name is Mia and I live on 116th Street", f"{KEYS}|{TEXT}|{NAMEC}"),
            ("free typing: i hate my meds they make me sleepy", f"{KEYS}|{TEXT}|{MED}")]):
        body = {"learner": L(USER_ID, UID), "lessonId": f"tt_{k}",
                "events": L(_keys(rng, text, ["obj", "row", "dwell"][k]), cats),
                "wpm": 31 + k, "accuracy": round(0.9 + k / 50, 3), "attempt": rnd_uuid(rng)}
        out.append(case("elearn", f"{EDU}/v1/typing/attempts", headers=auth, body=body,
                        gz=k == 1))
    acc: Acc = {}
    lines = jsonl([{"type": "keystats", "learner": L(USER_ID, UID),
                    "dwellMs": L([rng.randrange(60, 140) for _ in range(30)], KEYS),
                    "flightMs": L([rng.randrange(60, 400) for _ in range(29)], KEYS),
                    "errorsByFinger": [2, 0, 1, 3, 0, 0, 1, 2]},
                   {"type": "screen", "learner": L(USER_ID, UID), "name": L("LessonMap",
                                                                           USAGE)}], acc)
    out.append(add(raw("elearn", f"{EDU}/v1/telemetry", lines, "application/x-ndjson", {},
                       headers=auth), acc))
    acc = {}
    blob = enc({"learner": L(USER_ID, UID), "text": L("Dear diary, today at school", TEXT),
                "keys": L(_keys(rng, "Dear diary", "obj"), f"{KEYS}|{TEXT}")},
               "body", "payload", "gzb64", acc)
    out.append(add(case("elearn", f"{EDU}/v1/freewrite", headers=auth, body={
        "payload": blob, "enc": "gzip+b64"}), acc))
    out.append(case("elearn", f"{EDU}/v1/quiz/submit", headers=auth, body={
        "quiz": "q_geo_7", "answers": [{"q": 1, "choice": "B"}, {"q": 2, "choice": "D"},
                                       {"q": 3, "text": L("Because the river floods", TEXT)}],
        "score": 2, "timeSec": 140}))
    out.append(case("elearn", f"{EDU}/v1/forum/posts", headers=auth, body={
        "thread": "th_4410", "body": L("Anyone else with dyslexia find the OpenDyslexic font "
                                       "helps?", f"{TEXT}|{SENS}"), "clientId": rnd_uuid(rng)}))
    out.append(case("elearn", f"{EDU}/v1/me/accessibility", headers=auth, body={
        "dyslexiaMode": L(True, SENS), "font": "OpenDyslexic",
        "extendedTime": L(True, SENS), "iep": L(True, SENS), "fontScale": L(1.3, DEV),
        "theme": "dark"}))
    out.append(case("elearn", f"{EDU}/v1/search", headers=auth, query={
        "q": L("how to type faster with adhd", SEARCH), "lang": L("en", DEV)}))
    out.append(case("elearn", f"{EDU}/v1/certificates", headers=auth, body={
        "course": "touch-typing-101", "nameOnCertificate": L("Mia Doe", NAMEC),
        "sendTo": L(EMAIL, MAIL)}))
    out.append(case("elearn", f"{EDU}/v1/purchase", headers=auth, body={
        "sku": L("premium_annual", BUY), "coupon": "BACK2SCHOOL", "price": L(59.99, BUY),
        "payer": {"emailMd5": L(EMAIL_MD5, MAIL), "adid": L(GAID, ADID)},
        "receipt": L("GPA.5512-0091-2231-77120", BUY)}))
    # negatives: course catalogue and lesson text (public content)
    out.append(case("elearn", f"{EDU}/v1/courses", query={"grade": "6-8", "page": "1"}))
    return out


def aligner() -> list[Case]:
    rng = random.Random(13010)
    out = []
    auth = {"X-Smile-Session": L(rnd_hex(rng, 48), CRED), "X-Smile-Client": "android-3.8.0",
            "User-Agent": L(UA, DEV)}
    patient = "PT-77120"
    for k, view in enumerate(["front_smile", "left_bite", "right_bite"]):
        out.append(multipart("aligner", f"{SMILE}/v2/scans", [
            ("meta", None, "application/json", {
                "patient": L(patient, UID), "view": view, "tray": 7, "capturedAt":
                1764271000 + k, "landmarks68": L(points(rng, 68, 2, 0.3, 3), FACE),
                "mouthOpen": round(rng.uniform(0.1, 0.4), 2),
                "lighting": {"lux": 320 + k, "blur": 0.04}, "scanId": rnd_uuid(rng)}),
            ("photo", f"{view}.jpg", "image/jpeg", L(JPEG + bytes([k]) * 10, MEDIA)),
        ], headers=auth))
    out.append(encode(case("aligner", f"{SMILE}/v2/arch", headers=auth, body={
        "patient": L(patient, UID), "jaw": "upper",
        "vertices": L(points(rng, 40, 3, 12.0, 2), MED),
        "crowdingMm": L(3.5, MED), "overjetMm": L(4.1, MED)}), "zstd"))
    for k in range(2):
        out.append(case("aligner", f"{SMILE}/v2/wear", fmt="msgpack", headers=auth, body={
            "patient": L(patient, UID), "tray": 7 + k,
            "days": [{"d": f"2026-11-{20 + i}", "h": L(round(20 + rng.uniform(-3, 2), 1), MED)}
                     for i in range(4)], "chewies": True}))
    out.append(case("aligner", f"{SMILE}/v2/checkins", headers=auth, body={
        "patient": L(patient, UID), "pain": L(4, MED), "bleedingGums": L(True, MED),
        "note": L("front tooth feels loose, also started Accutane", f"{TEXT}|{MED}"),
        "pregnantOrNursing": L(False, SENS)}))
    out.append(case("aligner", f"{SMILE}/v2/financing/apply", headers=auth, body={
        "applicant": {"name": L("Jane Doe", NAMEC), "dob": L("1989-04-12", BIRTH),
                      "ssn": L(SSN, NATID), "income": 84000,
                      "address": L("350 5th Ave Apt 4B, New York, NY 10118", ADDR),
                      "phone": L(E164, TEL), "email": L(EMAIL, MAIL)},
        "plan": {"months": 24, "down": L(250, BUY), "total": L(3950, BUY)}}))
    out.append(case("aligner", f"{SMILE}/v2/shipments", headers=auth, body={
        "patient": L(patient, UID), "trays": [8, 9, 10],
        "ship": {"to": L("Jane Doe", NAMEC), "line1": L("350 Fifth Avenue Apt 4B", ADDR),
                 "zip": L("10118", COARSE)}, "order": L("SO-" + rnd_hex(rng, 8), BUY)}))
    out.append(case("aligner", f"{SMILE}/v2/events", headers=auth, body={
        "events": [{"n": L(e, USAGE), "t": 1764271100 + i} for i, e in
                   enumerate(["scan_started", "scan_retake", "scan_uploaded"])],
        "ctx": device_camel(), "install": L(INSTALL_ID, DID)}))
    # negatives: a tray-outline overlay (not a face), the doctor directory, app config
    out.append(case("aligner", f"{SMILE}/v2/overlay/fit", headers=auth, body={
        "template": "upper_v4", "outline": points(rng, 68, 2, 0.3, 3), "fit": 0.93,
        "trayId": "tr_" + rnd_hex(rng, 6)}))
    out.append(case("aligner", f"{SMILE}/v2/doctors", query={
        "specialty": "orthodontist", "page": "2", "sort": "rating"}))
    out.append(case("aligner", f"{SMILE}/v2/config", query={"channel": "stable",
                                                           "build": "3800"}))
    return out
