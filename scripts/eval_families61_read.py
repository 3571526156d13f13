"""Kids' reading app "Readaloo" (the user is the parent; her daughter Ada reads aloud): the
parent's account, a log-in, ``/me``, the child's profile, the parent gate PIN, a class code,
the library, a reading session, the recording of Ada reading a page (M4A) and its transcript,
a voice enrolment and check (speaker embeddings), progress (msgpack), the weekly report by the
child's ID in the path, a quiz, a drawing, a note to the teacher, limits, a family plan, push,
events, an invitation for her grandmother and the bookshelf by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    VOICE,
    f32b64,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families61_kit import (
    BOOK,
    CLASS_CODE,
    KID_AGE,
    KID_BIRTH_YEAR,
    KID_FIRST,
    KID_ID,
    PAGE_TEXT,
    TEACHER_MAIL,
    obj,
)
from eval_families61_sdk import (
    cm_report,
    im_attribution,
    im_session,
    ob_bid,
    tf_batch,
    tf_pixel,
)
from eval_families61_svc import cw_check, fw_eval, pf_register, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("readaloo", "Readaloo", "com.example.readaloo", "4.0.2",
          "https://api.readaloo.example.com")
IID = "X-Readaloo-Device"
PW = "Hen&Wheat-2025"
GATE_PIN = "1942"  # the parent gate (secret.credential)
GRANDMA = (PEOPLE[1][0], PEOPLE[1][2])  # the reader's grandmother, invited by name and e-mail


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def readaloo() -> list[Case]:
    rng = random.Random(6151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    rec = obj(rng, "rec", 12)
    emb = [round(rng.gauss(0, 0.08), 4) for _ in range(192)]
    emb2 = [round(x + rng.gauss(0, 0.01), 4) for x in emb]
    report = case(f, f"{a}/v1/children/{KID_ID}/report", headers=_h(rng, **b),
                  query={"range": "week", "tz": L("America/New_York", DEV)})
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "relationship": "mother", "coppaConsent": True, "consentMethod": "card_check"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "id": L(KID_ID, UID), "nickname": L(KID_FIRST, NAMEC),
            "birthYear": L(KID_BIRTH_YEAR, BIRTH), "age": L(KID_AGE, BIRTH), "grade": "1",
            "avatar": "fox", "readingLevel": "F", "dyslexiaSupport": L(True, SENS)}),
        case(f, f"{a}/v1/children/{KID_ID}/gate", fmt="form", headers=_h(rng, **b), body={
            "pin": L(GATE_PIN, CRED), "confirm": L(GATE_PIN, CRED)}),
        case(f, f"{a}/v1/classes/join", fmt="form", headers=_h(rng, **b), body={
            "code": L(CLASS_CODE, CRED), "child": L(KID_ID, UID),
            "teacherEmail": TEACHER_MAIL}),
        case(f, f"{a}/v1/library", headers=_h(rng, **b), query={
            "child": L(KID_ID, UID), "level": "F", "q": L("little red hen", SEARCH)}),
        case(f, f"{a}/v1/sessions", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "book": BOOK["id"], "isbn": BOOK["isbn"],
            "page": 4, "session": obj(rng, "ses"), "mode": "read_aloud"}),
        multipart(f, f"{a}/v1/recordings", [
            ("audio", "page4.m4a", "audio/mp4", L(M4A + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "child": L(KID_ID, UID), "book": BOOK["id"], "page": 4, "durationMs": 8400,
                "sampleRate": 16000, "recording": rec})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/recordings/{rec}/transcript", headers=_h(rng, **b), body={
            "asr": L("who will help me plan this wheat asked the little red hen", TEXT),
            "reference": PAGE_TEXT, "wcpm": 48, "accuracy": 0.93,
            "miscues": [{"word": "plant", "said": "plan"}]}),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "embedding": L(emb, VOICE), "model": "spk-small-v2",
            "clips": 3}),
        case(f, f"{a}/v1/voice/verify", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "vector": L(f32b64(emb2), VOICE), "score": 0.87,
            "recording": rec}),
        case(f, f"{a}/v1/progress", fmt="msgpack", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "minutesRead": L(14, USAGE), "booksFinished": 3,
            "streak": 6, "level": "F"}),
        at_path(report, KID_ID, UID),
        case(f, f"{a}/v1/quiz", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "book": BOOK["id"], "answers": [1, 3, 0, 2], "score": 3}),
        multipart(f, f"{a}/v1/drawings", [
            ("image", "hen.png", "image/png", L(PNG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"child": L(KID_ID, UID), "book": BOOK["id"],
                                                "prompt": "Draw the hen's friends"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "tch_4471", "child": L(KID_ID, UID),
            "text": L("Ada's eye doctor says she needs reading glasses, so she may be slow "
                      "this week.", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/limits", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "dailyMinutes": 30, "bedtime": "19:30",
            "recordingsKeptDays": 30}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("readaloo_family_yearly", BUY),
            "orderId": L("GPA.3318-7120-4410-09917", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, how="upper", **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "kidMode": True}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": L(KID_ID, UID), "events": [
                ev("page_recorded", 1, page=4), ev("book_finished", 2, book=BOOK["id"]),
                ev("screen", 3, screen=L("ReadAloud", USAGE))]}),
        case(f, f"{a}/v1/invites", headers=_h(rng, **b), body={
            "name": L(GRANDMA[0], NAMEC), "email": L(GRANDMA[1], MAIL), "role": "listener",
            "share": [rec]}),
        case(f, f"{a}/v1/bookshelf", headers=_h(rng, how="none"),
             cookies={"ra_sess": L(opaque(rng, "", 40), CRED), "ra_child": L(KID_ID, UID)}),
    ]


def readaloo_sdks() -> list[Case]:
    rng = random.Random(6152)
    return [
        tf_batch(APP, rng, [("Page Recorded", {"childAge": L(KID_AGE, BIRTH), "page": 4}),
                            ("Book Finished", {"level": "F"})]),
        tf_pixel(APP, rng, "Parent Dashboard Opened", {"tab": "progress"}),
        im_session(APP, rng, first=True),
        im_attribution(APP, rng),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        cm_report(APP, rng, ("java.lang.IllegalStateException", "MediaRecorder start failed"),
                  [{"timestamp": "2025-12-09T19:02:11.004Z", "type": "navigation",
                    "name": "Book -> ReadAloud", "metaData": {"page": 4}}],
                  screen="ReadAloudActivity", meta={"child": {"age": L(KID_AGE, BIRTH)}}),
        fw_eval(APP, rng, {"childAge": L(KID_AGE, BIRTH), "dyslexiaFont": L(True, SENS)}),
        pf_register(APP, rng, tags={"child_age": L(str(KID_AGE), BIRTH)}),
        cw_check(APP, rng, {"analytics": True, "ads": False}),
        pt_confirm(APP, rng, "50"),
    ]
