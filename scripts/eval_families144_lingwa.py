"""A Maltese-language course app for residents "Kelmiet" (she needs the course for her residence
renewal): sign-up with her e-Residence card, a Google-style token exchange, ``/me`` (JWT
bearer), the placement test's answers, enrolment in a class at the Floriana school and its fee,
attendance by her fix, lessons' progress (JSON Lines), a pronunciation exercise (a voice
recording), flash-card reviews (msgpack), homework with a photo of her exercise book, a
speaking partner (her mother-in-law), the exam booking with her ID card, the result and the
certificate (PDF) by learner number in the path, a class chat message, a dictionary search,
reminders, push and events. Set 118 has a te reo Maori course tied to her whakapapa; this is a
residence-linked Maltese course with an exam."""

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
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families144_kit import (
    ERES_CARD,
    HOME_AT,
    LEARNER,
    MOTHER_IN_LAW,
    SCHOOL,
    SCHOOL_FIX,
    fix,
    hd,
    push,
)
from eval_families144_sdk import (
    bk_bid,
    bk_notice,
    cf_crash,
    cf_crumb,
    sl_batch,
    sl_identify,
    sl_queue,
    tg_launch,
)
from eval_families144_svc import cb_save, cz_confirm, fk_eval, hl_message, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kelmiet", "Kelmiet", "com.example.kelmiet", "6.0.1", "https://api.kelmiet.example.org")
IID = "X-Kelmiet-Iid"
NATID = "personal.national_id"
PDF = b"%PDF-1.4\n% certificate MQF level 1\n%%EOF\n"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kelmiet() -> list[Case]:
    rng = random.Random(14413)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), learner=L(LEARNER, UID)))}
    _sla, _slo = fix(SCHOOL_FIX, 4)
    cert = at_path(case(f, f"{a}/v2/learners/{LEARNER}/certificate", headers=_h(rng, **b)),
                   LEARNER, UID)
    res = at_path(case(f, f"{a}/v2/learners/{LEARNER}/exam-result", headers=_h(rng, **b)),
                  LEARNER, UID)
    progress = lines(f, f"{a}/v2/progress", [
        {"learner": L(LEARNER, UID), "lesson": "L07-il-familja", "score": 0.82, "t": 1768000000},
        {"learner": L(LEARNER, UID), "lesson": "L08-ix-xiri", "score": 0.74, "t": 1768003600},
        {"learner": L(LEARNER, UID), "lesson": "L09-id-direzzjonijiet", "score": 0.9,
         "t": 1768007200}], headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "given_name": L(FIRST, NAMEC), "family_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "birth_date": L(DOB, BIRTH),
            "id_card": L(ERES_CARD, NATID), "first_language": L("English", DEV),
            "reason": "residence", "learner_no": L(LEARNER, UID)}),
        case(f, f"{a}/v2/auth/google", fmt="form", headers=_h(rng), body={
            "id_token": L(opaque(rng, "eyJhbGciOiJSUzI1NiJ9.", 60), CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/placement", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID),
            "answers": [{"q": 1, "a": "Jien"}, {"q": 2, "a": "ghandi"}, {"q": 3, "a": "tifel"}],
            "free_text": L("Jien Jane u ghandi tifel jismu Matthew. Noqghod il-Belt.",
                           f"{TEXT}|{NAMEC}|{COARSE}")}),
        case(f, f"{a}/v2/enrolments", headers=_h(rng, **b), body={
            "class": "MT-A1-FLO-EVE", "school": SCHOOL["id"], "learner": L(LEARNER, UID),
            "fee": L(60.0, BUY), "order": L("KL-ORD-30918", BUY)}),
        case(f, f"{a}/v2/attendance", fmt="form", headers=_h(rng, **b), body={
            "class": "MT-A1-FLO-EVE", "learner": L(LEARNER, UID),
            "lat": L(str(round(SCHOOL_FIX[0], 4)), PRECISE),
            "lng": L(str(round(SCHOOL_FIX[1], 4)), PRECISE)}),
        progress,
        multipart(f, f"{a}/v2/pronunciation", [
            ("audio", "ghandi.m4a", "audio/mp4", L(M4A + b"\x09", f"{MEDIA}|biometric.voice")),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID),
                                               "phrase": "Ghandi tifel u ragel"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/cards/review", fmt="msgpack", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "reviews": [
                {"card": "c_0912", "ease": 3, "ms": 4120}, {"card": "c_0913", "ease": 1,
                                                           "ms": 9981}]}),
        multipart(f, f"{a}/v2/homework", [
            ("page", "exercise.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID), "unit": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/partners", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "partner_name": L(MOTHER_IN_LAW[0], NAMEC),
            "partner_phone": L(MOTHER_IN_LAW[1], TEL), "relation": "mother-in-law",
            "hours_week": 2}),
        case(f, f"{a}/v2/exams/book", headers=_h(rng, **b), body={
            "session": "2026-06-12", "learner": L(LEARNER, UID), "id_card": L(ERES_CARD, NATID),
            "fee": L(25.0, BUY), "needs": "none"}),
        case(f, f"{a}/v2/exams/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "pm": L(opaque(rng, "pm_", 24), PAY),
            "learner": L(LEARNER, UID)}),
        res,
        cert,
        case(f, f"{a}/v2/chat", headers=_h(rng, **b), body={
            "room": "MT-A1-FLO-EVE",
            "text": L("Xi hadd jista' jghaddili n-noti tal-lezzjoni tat-Tlieta? Kont l-isptar.",
                      f"{TEXT}|health.medical")}),
        case(f, f"{a}/v2/dictionary", headers=_h(rng, **b), query={
            "q": L("warfarin bil-Malti", f"{SEARCH}|health.medical"), "dir": "en-mt"}),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "time": "19:30", "days": ["mon", "wed"], "tz": L("Europe/Malta", DEV)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("lesson_done", 1, lesson="L09"), ev("streak", 2, days=L(12, USAGE)),
                ev("screen", 3, screen=L("Flashcards", USAGE))]}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "display_name": L(FIRST, NAMEC), "avatar": "av_12", "goal_min_day": 15,
            "locality": L("Valletta", COARSE)}),
        case(f, f"{a}/v2/classes", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "level": "A1"}),
        at_path(case(f, f"{a}/v2/receipts/KL-ORD-30918", headers=_h(rng, **b)), "KL-ORD-30918",
                BUY),
    ]


def kelmiet_sdks() -> list[Case]:
    rng = random.Random(14414)
    return [
        sl_batch(APP, rng, [("Lesson Completed", {"lesson": "L09"}),
                            ("Streak", {"days": L(12, USAGE)})], at=SCHOOL_FIX, nd=2),
        sl_identify(APP, rng, {"level": "A1", "reason": "residence",
                               "learner_no": L(LEARNER, UID)}),
        sl_queue(APP, rng, [("Card Reviewed", {"deck": "family"}),
                            ("Card Reviewed", {"deck": "shopping"})]),
        tg_launch(APP, rng, first=True),
        tg_launch(APP, rng, user=True, n=22),
        bk_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HOME_AT, nd=2),
        bk_notice(APP, rng, "imp"),
        cf_crash(APP, rng, ("android.media.MediaCodec$CodecException", "encoder error"),
                 [cf_crumb("nav", "Lesson -> Speak")], screen="SpeakActivity"),
        fk_eval(APP, rng, {"level": "A1", "country": L("MT", COARSE)}, hdr=True),
        pq_register(APP, rng, tags={"class": "MT-A1-FLO-EVE"}, lang="mt"),
        cb_save(APP, rng, {"analytics": True, "ads": True, "personalisation": False}),
        cz_confirm(APP, rng, "2500", "eur"),
        hl_message(APP, rng, L("My exam booking shows the wrong ID card number", TEXT),
                   {"learner": L(LEARNER, UID)}),
    ]
