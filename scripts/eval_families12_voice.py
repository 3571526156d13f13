"""Blind set twelve, part one: an in-app survey SDK and a speech-to-text SDK (see
``eval_families12.py`` for the rules of this set, its conventions and its calls).

Survey (in the style of Qualtrics/Survicate intercepts): targeting check (query), respondent
identify (JSON), answers with NPS, choices and free text (JSON, form with a JSON field, JSON
Lines offline queue, gzip). Speech (in the style of a cloud streaming recogniser): session
config, audio chunks (multipart WAV, base64 audio in JSON), partial and final transcripts with
word timings and speaker turns, speaker embeddings for diarisation, a custom vocabulary.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import enc, jsonl, with_labels
from eval_families9_kit import (
    ADID,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    WAV,
    device_camel,
    device_headers,
    device_snake,
)
from eval_families10_kit import Acc, flat
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, PHONE, USER_ID, Case, L, case, rnd_hex

SURVEY = "https://api.askly.example.com"
STT = "https://speech.voxscribe.example.net"
VOICE_CAT = "biometric.voice"
MEDIA = "content.media"


def survey() -> list[Case]:
    rng = random.Random(12001)
    out = []
    for k, screen in enumerate(["Checkout Complete", "Settings", "Home"]):
        out.append(case("survey", f"{SURVEY}/v2/intercepts/targeting", query={
            "workspace": "ws_4471", "visitor_id": L(INSTALL_ID, DID),
            "user_id": L(USER_ID, UID) if k != 2 else "", "screen": L(screen, USAGE),
            "sessions": L(12 + k, USAGE), "lang": L("en", DEV), "platform": L("android", DEV),
            "sdk": "3.4.0", "ts": 1764253000 + k}, headers={
            "X-Askly-Key": "pk_live_9c1e77a2", "user-agent": L(UA, DEV)}))
    out.append(case("survey", f"{SURVEY}/v2/respondents", headers={
        "Authorization": "Bearer pk_live_9c1e77a2", **device_headers()}, body={
        "visitor": {"id": L(INSTALL_ID, DID), "userId": L(USER_ID, UID),
                    "email": L(EMAIL, MAIL), "firstName": L("Jane", NAMEC),
                    "lastName": L("Doe", NAMEC), "phone": L(PHONE, TEL)},
        "attributes": {"plan": "pro", "age": L(36, BIRTH), "gender": L("female", GENDER),
                       "city": L("New York", COARSE), "lifetime_orders": 14,
                       "signup_date": "2024-03-02", "ab_cohort": "B"},
        "device": device_camel()}))
    answers = [
        ("nps", {"questionId": "q_nps", "type": "nps", "value": 6}, None),
        ("why", {"questionId": "q_why", "type": "text",
                 "value": L("Checkout kept failing when I used my work card", TEXT)}, None),
        ("role", {"questionId": "q_role", "type": "single", "choiceId": "c_3",
                  "label": "Nurse"}, None),
        ("health", {"questionId": "q_diet", "type": "multi",
                    "labels": L(["Gluten-free (coeliac)", "Low sugar"], MED)}, None),
        ("age", {"questionId": "q_age", "type": "single", "label": L("35-44", BIRTH)}, None),
    ]
    for k in range(3):
        resp = {"surveyId": "sv_8812", "responseId": "rs_" + rnd_hex(rng, 12),
                "respondent": {"visitorId": L(INSTALL_ID, DID), "userId": L(USER_ID, UID)},
                "answers": [a for _, a, _ in answers][: 3 + k], "durationMs": 42000 + k * 913,
                "completed": k == 2, "trigger": L("Checkout Complete", USAGE),
                "context": device_snake()}
        out.append(case("survey", f"{SURVEY}/v2/responses", body=resp, gz=k == 1,
                        headers={"X-Askly-Key": "pk_live_9c1e77a2"}))
    acc: Acc = {}
    meta = enc({"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "gaid": L(GAID, ADID),
                "religion_q": L("Prefer halal options", SENS)}, "body", "meta", "json", acc)
    out.append(with_labels(case("survey", f"{SURVEY}/v1/collect", fmt="form", body={
        "sid": "sv_2001", "vid": L(INSTALL_ID, DID), "q1": "9",
        "q2": L("Love the app but the dark mode hurts my eyes", TEXT),
        "q3_other": L("I'm recovering from eye surgery", f"{TEXT}|{MED}"), "meta": meta,
        "ts": "1764253120"}), acc))
    acc = {}
    queue = jsonl([{"type": "shown", "survey": "sv_8812", "visitor": L(INSTALL_ID, DID),
                    "screen": L("Home", USAGE), "t": 1764252000},
                   {"type": "dismissed", "survey": "sv_8812", "visitor": L(INSTALL_ID, DID),
                    "after_ms": 2300, "t": 1764252003},
                   {"type": "answer", "survey": "sv_9001", "visitor": L(INSTALL_ID, DID),
                    "q": "q_feedback", "text": L("Please add a Spanish version for my mum",
                                                 TEXT), "t": 1764252100},
                   {"type": "answer", "survey": "sv_9001", "visitor": L(INSTALL_ID, DID),
                    "q": "q_contact_ok", "email": L(EMAIL.upper(), MAIL), "t": 1764252101}],
                  acc)
    out.append(with_labels(encode(raw("survey", f"{SURVEY}/v2/queue", queue,
                                      "application/x-ndjson", {}), "br"), acc))
    # a pure negative: the survey definition fetch
    out.append(case("survey", f"{SURVEY}/v2/surveys/sv_8812", query={
        "rev": "17", "etag": rnd_hex(rng, 16), "locale": L("en-US", DEV)}))
    return out


def speech() -> list[Case]:
    rng = random.Random(12002)
    out = []
    auth = {"Authorization": L("Bearer vx_" + rnd_hex(rng, 36), CRED), "User-Agent": L(UA, DEV)}
    out.append(case("speech", f"{STT}/v1/sessions", headers=auth, body={
        "config": {"language": L("en-US", DEV), "sampleRateHertz": 16000, "encoding": "LINEAR16",
                   "model": "medical_conversation", "diarization": {"enable": True,
                                                                     "maxSpeakers": 2},
                   "profanityFilter": False, "interimResults": True},
        "speechContexts": [{"phrases": L(["Jane Doe", "Dr. Amal Osei", "metformin",
                                          "Lisinopril"], f"{NAMEC}|{MED}"), "boost": 12}],
        "client": {"installId": L(INSTALL_ID, DID), "userRef": L(USER_ID, UID),
                   "device": device_camel()},
        "requestId": "rq-" + rnd_hex(rng, 16)}))
    sess = "ss_" + rnd_hex(rng, 10)
    for k in range(4):
        out.append(multipart("speech", f"{STT}/v1/sessions/{sess}/audio", [
            ("meta", None, "application/json", {"seq": k, "offsetMs": k * 4000,
                                                "vad": {"speechProb": round(rng.random(), 3)},
                                                "installId": L(INSTALL_ID, DID)}),
            ("audio", f"chunk_{k:04d}.wav", "audio/wav", L(WAV + bytes([k]) * 32, MEDIA)),
        ], headers=auth))
    partials = ["my blood sugar", "my blood sugar was two forty this morning",
                "and I skipped my metformin again"]
    for k, text in enumerate(partials):
        out.append(case("speech", f"{STT}/v1/sessions/{sess}/results", headers=auth, body={
            "seq": k, "isFinal": k == 2, "stability": round(0.5 + k * 0.2, 2),
            "alternatives": [{"transcript": L(text, f"{TEXT}|{MED}"),
                              "confidence": round(0.8 + k * 0.05, 2),
                              "words": [{"w": w, "s": i * 310, "e": i * 310 + 250}
                                        for i, w in enumerate(text.split()[:3])]}],
            "speakerTag": 1}))
    acc: Acc = {}
    emb = [{"speaker": f"spk_{s}", "embedding": L(flat(rng, 192, 0.08), VOICE_CAT),
            "pitchMeanHz": L(round(rng.uniform(160, 220), 1), VOICE_CAT),
            "talkTimeMs": 41000 - s * 9000} for s in range(2)]
    feats = enc({"turns": [{"speaker": "spk_0", "start": 0, "end": 5200},
                           {"speaker": "spk_1", "start": 5200, "end": 9900}],
                 "speakers": emb}, "body", "diarization", "gzb64", acc)
    out.append(with_labels(case("speech", f"{STT}/v1/sessions/{sess}/diarization",
                                headers=auth, body={"sessionId": sess,
                                                    "diarization": feats}), acc))
    pcm = base64.b64encode(WAV + bytes(range(120))).decode()
    for _k in range(2):
        out.append(case("speech", f"{STT}/v2/recognize:sync", headers=auth, body={
            "audio": {"content": L(pcm, MEDIA)}, "config": {
                "languageCode": L("en-US", DEV), "enableSpeakerIdentification": True,
                "speakerProfileId": L("vp_" + rnd_hex(rng, 20), VOICE_CAT)},
            "userLabels": {"app_user": L(USER_ID, UID), "contact": L("Amal Osei", NAMEC)},
            "requestId": "rq-" + rnd_hex(rng, 16)}))
    out.append(case("speech", f"{STT}/v1/enroll", headers=auth, body={
        "userRef": L(USER_ID, UID), "displayName": L(NAME, NAMEC),
        "voiceprint": {"dvector": L(flat(rng, 256, 0.05), VOICE_CAT),
                       "mfccMeans": L(flat(rng, 13, 3.0), VOICE_CAT),
                       "model": "ecapa-v3", "enrolledUtterances": 3},
        "sample": L(pcm, MEDIA)}))
    # negatives: usage metering and model download
    out.append(case("speech", f"{STT}/v1/usage", headers={"X-Api-Key": "vx_pub_5512aa"}, body={
        "sessionId": sess, "audioSeconds": 14.2, "billedUnits": 15, "model": "medical_conversation",
        "latencyMs": [212, 188, 240], "sdk": "2.2.1"}))
    out.append(case("speech", f"{STT}/v1/models/en-US/medical_conversation", query={
        "v": "2026.10", "sha256": rnd_hex(rng, 64), "abi": L("arm64-v8a", DEV)}))
    return out
