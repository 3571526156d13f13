"""School scholarship application app "Bolsafuturu" (a foundation's bursaries for pupils of
Dili's basic schools), for her son Lucas (12): the child's data. The guardian's account and
log-in, ``/me`` by a session header, the application (the student, his number and birth
registration, the household), documents (report card, birth certificate, his photo), his essay
typed on her phone (key events), his health needs, a referee, a school search, the submission,
status, the interview, the stipend's bank account, his grades by student number in the path,
the distance from home, an autosaved draft (msgpack), notification settings, his sister,
feedback, push, events and the FAQ by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    keys,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, LINE1, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import head
from eval_families129_kit import (
    APPLICATION,
    BANK_ACCT,
    DAUGHTER,
    ELECTORAL,
    HOME_AT,
    HOME_LINE,
    HOME_SUKU,
    HUSBAND,
    SCHOOL,
    SON,
    SON_BIRTH_CERT,
    SON_STUDENT_NO,
    fix,
)
from eval_families129_sdk import ct_crash, ct_crumb, tk_batch, tk_queue, tl_event, tl_launch
from eval_families129_svc import ao_message, bh_register, cj_reverse, fw_eval, ol_check
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case

APP = App("bolsafuturu", "Bolsafuturu", "org.example.bolsafuturu", "2.3.0",
          "https://apply.bolsafuturu.example.org")
IID = "X-BF-Device"
ESSAY = ("Ha'u hakarak sai doutór atu tulun ema iha Letefoho. Ha'u nia aman nia família kuda "
         "kafé no ha'u ajuda sira iha férias.")
REFEREE = ("Prof. Natalino Amaral", "+67077520914")  # his class teacher, named by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bolsafuturu() -> list[Case]:
    rng = random.Random(12951)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    app_ = f"{a}/api/v1/applications/{APPLICATION}"
    hla, hlo = fix(HOME_AT, 5)
    student = {"name": L(SON[0], NAMEC), "birthDate": L(SON[1], BIRTH),
               "gender": L("mane", GENDER), "studentNo": L(SON_STUDENT_NO, UID)}
    return [
        case(f, f"{a}/api/v1/guardians", headers=_h(rng, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Bolsa-Lucas-13", CRED), "relationship": "mother",
            "electoralCard": L(ELECTORAL, NATID)}),
        case(f, f"{a}/api/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Bolsa-Lucas-13", CRED)}),
        case(f, f"{a}/api/v1/guardians/me", headers=_h(rng, **s)),
        case(f, f"{a}/api/v1/applications", headers=_h(rng, **s), body={
            "application": APPLICATION, "programme": "bolsa_basika_2026",
            "student": {**student, "birthRegistration": L(SON_BIRTH_CERT, NATID),
                        "school": SCHOOL["id"], "grade": 7},
            "home": {"line": L(HOME_LINE, ADDR), "suku": L(HOME_SUKU, COARSE),
                     "municipality": L("Dili", COARSE), "since": "2023-07"},
            "previousHome": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                             "zip": L(ZIP, COARSE), "geo": latlng(4)},
            "household": {"size": 4, "monthlyIncomeUsd": 850,
                          "father": {"name": L(HUSBAND[0], NAMEC),
                                     "phone": L(HUSBAND[1], TEL), "occupation": "farmer"},
                          "mother": {"name": L(NAME, NAMEC), "occupation": "NGO staff"}}}),
        multipart(f, f"{app_}/documents", [
            ("report_card", "relatoriu.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("birth_certificate", "certidao.jpg", "image/jpeg",
             L(JPEG + b"\xc2", f"{MEDIA}|{NATID}")),
            ("photo", "lucas.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("meta", None, "application/json", {"student": L(SON_STUDENT_NO, UID)})],
            headers=_h(rng, **s)),
        case(f, f"{app_}/essay", headers=_h(rng, **s), body={
            "text": L(ESSAY, TEXT), "words": 31, "lang": "tet",
            "keystrokes": L(keys(rng, "Ha'u hakarak sai doutor"), f"{KEYS}|{TEXT}")}),
        case(f, f"{app_}/health", headers=_h(rng, **s), body={
            "conditions": [L("asthma", MED)], "needsAtSchool": L("inhaler before sport", MED),
            "glasses": L(True, MED)}),
        case(f, f"{app_}/referees", fmt="form", headers=_h(rng, **s), body={
            "name": L(REFEREE[0], NAMEC), "phone": L(REFEREE[1], TEL), "school": SCHOOL["id"]}),
        case(f, f"{a}/api/v1/schools", headers=_h(rng, how="none"),
             query={"q": L("eskola basika Farol", SEARCH), "limit": "10"}),
        case(f, f"{app_}/submit", fmt="form", headers=_h(rng, **s), body={
            "declaration": "true", "signedName": L(NAME, NAMEC),
            "signedAt": "2025-12-09T19:40:00+09:00"}),
        case(f, f"{app_}/status", headers=_h(rng, **s)),
        case(f, f"{app_}/interview", headers=_h(rng, **s), body={
            "slot": "iv_0116_1000", "attendees": [L(NAME, NAMEC), L(SON[0], NAMEC)],
            "phone": L(NATIONAL, TEL), "venue": SCHOOL["id"]}),
        case(f, f"{a}/api/v1/stipend/account", fmt="form", headers=_h(rng, **s), body={
            "accountNo": L(BANK_ACCT, PAY), "holder": L(NAME, NAMEC), "bank": "Banku Lafaek"}),
        at_path(case(f, f"{a}/api/v1/students/{SON_STUDENT_NO}/grades", headers=_h(rng, **s),
                     query={"year": "2025"}), SON_STUDENT_NO, UID),
        case(f, f"{a}/api/v1/distance", headers=_h(rng, **s), body={
            "from": {"lat": hla, "lon": hlo}, "school": SCHOOL["id"],
            "schoolAt": [SCHOOL["lat"], SCHOOL["lon"]], "mode": "walk"}),
        case(f, f"{a}/api/v1/drafts", fmt="msgpack", headers=_h(rng, how="upper", **s), body={
            "application": APPLICATION, "user": L(USER_ID, UID), "step": 4,
            "student": {"name": L(SON[0], NAMEC), "birthDate": L(SON[1], BIRTH)},
            "essay": L(ESSAY[:58], TEXT), "savedAt": 1765320011}),
        case(f, f"{a}/api/v1/notifications", fmt="form", headers=_h(rng, **s), body={
            "sms": L(E164, TEL), "email": L(EMAIL, MAIL), "lang": L("tet", DEV)}),
        case(f, f"{app_}/siblings", headers=_h(rng, **s), body={
            "siblings": [{"name": L(DAUGHTER[0], NAMEC), "birthDate": L(DAUGHTER[1], BIRTH),
                          "inSchool": False}]}),
        case(f, f"{a}/api/v1/feedback", headers=_h(rng, **s), body={
            "text": L("The upload failed twice on mobile data before it worked on Wi-Fi.", TEXT),
            "rating": 3, "screen": L("Documents", USAGE)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **s), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **s), body={
            "user": L(USER_ID, UID), "events": [
                ev("application_submitted", 1), ev("document_uploaded", 2, kind="report_card"),
                ev("screen", 3, screen=L("Status", USAGE))]}),
        case(f, f"{a}/api/v1/faq", headers=_h(rng, how="none"),
             cookies={"bf_session": L(opaque(rng, "", 40), CRED), "lang": "tet"}),
        case(f, f"{app_}/photo-check", headers=_h(rng, **s), body={
            "faceFound": True, "quality": 0.93, "background": "plain", "photo": "lucas.jpg"}),
    ]


def bolsafuturu_sdks() -> list[Case]:
    rng = random.Random(12952)
    return [
        tk_batch(APP, rng, [("Application Submitted", {"programme": "bolsa_basika_2026"}),
                            ("Essay Saved", {"words": 31})]),
        tk_queue(APP, rng, [("Document Uploaded", {"kind": "birth_certificate"}),
                            ("Upload Retried", {"network": "cellular"})]),
        tl_launch(APP, rng, user=True, n=7),
        tl_event(APP, rng, "application_submitted", {"grade": 7}),
        fw_eval(APP, rng, {"childAge": L(SON[2], BIRTH), "programme": "basika"}),
        bh_register(APP, rng, tags={"childGrade": "7", "childName": L("Lucas", NAMEC)}),
        ol_check(APP, rng, {"analytics": True, "ads": False}),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "upload timed out"),
                 [ct_crumb("nav", "Application -> Documents"),
                  ct_crumb("net", f"POST /api/v1/applications/{APPLICATION}/documents")],
                 screen="DocumentsActivity"),
        ao_message(APP, rng, L("My son Lucas has asthma; can the interview be indoors?",
                               f"{TEXT}|{NAMEC}|{MED}"), {"application": APPLICATION}),
        cj_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
