"""An Estonian-language course and level-exam app for newcomers "Keelesild" (language bridge;
English API): sign-up with her residence permit, a log-in, ``/me`` with the learner claim, a
placement test, enrolment in a B1 evening group, the state-funded course voucher (her personal
code), the fee, attendance by QR at the school with her fix, homework with a voice recording,
a speaking-club booking, the exam registration with her permit card scan (PDF), exam results by
learner number in the path, a tutor message, a vocabulary search, an offline flashcard sync
(JSON Lines via the SDK, msgpack here), push, events. Earlier sets have language apps for
children or tourists; this one is the integration course with a state exam."""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families146_kit import (
    ISIKUKOOD,
    LEARNER,
    PERMIT,
    SCHOOL,
    SCHOOL_FIX,
    TARTU_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import bf_bid, mc_batch, mc_identify, mc_pixel, mc_queue, tn_launch
from eval_families146_svc import cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

NATID = "personal.national_id"

APP = App("keelesild", "Keelesild", "com.example.keelesild", "2.2.5",
          "https://api.keelesild.example.com")
IID = "X-Keelesild-Install"
PW = "Tere!Tartu2025"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def _keelesild_core() -> list[Case]:
    rng = random.Random(14661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, learner=L(LEARNER, UID), level="B1"))}
    sla, slo = fix(SCHOOL_FIX, 6)
    res = at_path(case(f, f"{a}/v1/learners/{LEARNER}/exam-results", headers=_h(rng, **b)),
                  LEARNER, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "residencePermit": L(PERMIT, NATID), "nativeLanguage": L("en", DEV),
            "city": L(TARTU_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/placement", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "answers": [2, 0, 3, 1, 1, 2, 0, 3], "score": 31,
            "level": "A2+"}),
        case(f, f"{a}/v1/groups/enrol", headers=_h(rng, **b), body={
            "group": "B1-ohtune-3", "school": SCHOOL["id"], "learner": L(LEARNER, UID)}),
        case(f, f"{a}/v1/vouchers", headers=_h(rng, **b), body={
            "personalCode": L(ISIKUKOOD, NATID), "permit": L(PERMIT, NATID),
            "programme": "adaptation B1", "voucher": opaque(rng, "vch_", 12)}),
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "amount": L(120.0, BUY), "currency": "EUR", "item": "textbook+materials",
            "method": L(opaque(rng, "pm_", 24), PAY), "order": L("KS-ORD-77120", BUY)}),
        case(f, f"{a}/v1/attendance/qr", fmt="form", headers=_h(rng, **b), body={
            "qr": "KS-ROOM-204-1107", "lat": L(str(sla.value), "location.precise"),
            "lon": L(str(slo.value), "location.precise"), "learner": L(LEARNER, UID)}),
        multipart(f, f"{a}/v1/homework", [
            ("audio", "kodutoo_7.m4a", "audio/mp4", L(M4A, f"{MEDIA}|biometric.voice")),
            ("answers", None, "application/json", {
                "lesson": obj(rng, "les"), "text": L(
                    "Minu nimi on Jane. Ma elan Tartus Karlova linnaosas koos mehe ja tütrega.",
                    f"{TEXT}|{NAMEC}|location.coarse")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/clubs/book", headers=_h(rng, **b), body={
            "club": "jututuba", "date": "2025-11-12", "learner": L(LEARNER, UID)}),
        multipart(f, f"{a}/v1/exam/register", [
            ("permit_scan", "elamisluba.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{NATID}")),
            ("form", None, "application/json", {
                "level": "B1", "session": "2026-03", "personalCode": L(ISIKUKOOD, NATID),
                "email": L(EMAIL, MAIL), "accommodation": L("hearing aids, front seat",
                                                            "health.medical")})],
            headers=_h(rng, **b)),
        res,
        case(f, f"{a}/v1/messages/tutor", headers=_h(rng, **b), body={
            "text": L("I will miss Thursday, my daughter Liisa has her dance rehearsal",
                      f"{TEXT}|{NAMEC}"), "ref": rid(rng)}),
        case(f, f"{a}/v1/dictionary", headers=_h(rng, **b), query={
            "q": L("kuulmisaparaat", SEARCH), "from": "et", "to": "en"}),
        case(f, f"{a}/v1/flashcards/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "due": 42, "learned": 318, "streak": L(19, USAGE)}),
        case(f, f"{a}/v1/profile/prefs", fmt="form", headers=_h(rng, **b), body={
            "prefs": W({"ui": L("en", DEV), "learner": L(LEARNER, UID), "reminder": "19:30"},
                       "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("lesson_done", 1), ev("homework_sent", 2),
                ev("screen", 3, screen=L("Flashcards", USAGE))]}),
    ]


def keelesild_sdks() -> list[Case]:
    rng = random.Random(14662)
    return [
        tn_launch(APP, rng, first=True),
        mc_batch(APP, rng, [("Lesson Completed", {"lesson": 7}), ("Streak", {"days": 19})]),
        mc_identify(APP, rng, {"learner": L(LEARNER, UID), "level": "B1"}),
        mc_pixel(APP, rng, "Exam Page Viewed", {"level": "B1"}),
        mc_queue(APP, rng, [("Card Flipped", {}), ("Card Learned", {}), ("Deck Done", {})]),
        bf_bid(APP, rng, {"id": "1", "banner": {"w": 300, "h": 250}}, yob=1991,
               gender="F", keywords="estonian,language,course"),
        fn_eval(APP, rng, {"level": "B1", "city": L("Tartu", COARSE)}),
        pt_register(APP, rng, tags={"group": "B1-ohtune-3"}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        hs_message(APP, rng, L("My voucher code does not work", TEXT),
                   {"learner": L(LEARNER, UID)}),
    ]


def _keelesild_more() -> list[Case]:
    rng = random.Random(14663)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "learner": L(LEARNER, UID), "week": "2025-W46"}),
        case(f, f"{a}/v1/certificates/request", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "deliverTo": L(TARTU_HOME["line"], "contact.address"),
            "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/writing", headers=_h(rng, **b), body={
            "task": obj(rng, "wr"), "text": L(
                "Minu abikaasa Rasmus töötab ülikoolis. Meie tütar käib teises klassis.",
                f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "course": "B1-ohtune-3", "stars": "5", "comment": "Very good teacher"}),
    ]


def keelesild() -> list[Case]:
    return [*_keelesild_core(), *_keelesild_more()]
