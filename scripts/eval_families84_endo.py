"""Endometriosis pain-and-surgery diary "Pelvira": sign-up, an OAuth log-in, ``/me``, a diary day
(pain by site, bleeding, bowel, fatigue, a note), a week of pain scores (gzip), the body map,
medicines and a dose (msgpack), her excision surgery and its operative report (a photo), a
spoken symptom note, fertility plans, a TENS unit paired and a session (protobuf), a follow-up
visit, the insurance card, a report shared with her surgeon, a community post and search,
periods, a Health Connect import, the app lock PIN, push, events and an export by a cookie
GET."""

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
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families84_kit import ENDO_CLINIC, ENDO_MEMBER, SURGEON, TENS, pain_day
from eval_families84_sdk import ak_crash, ak_crumb, it_event, it_session, kt_batch, kt_queue
from eval_families84_svc import dd_register, eg_eval, gd_message, og_card, og_confirm, on_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pelvira", "Pelvira", "com.example.pelvira", "5.3.0", "https://api.pelvira.example.com")
IID = "X-Pelvira-Device"
PW = "Poppyfield-2291"
FS = f"{SENS}|{MED}"  # pregnancy plans and tests: a sensitive trait and a health fact


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def pelvira() -> list[Case]:
    rng = random.Random(8421)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    surg = obj(rng, "srg", 8)
    lab: dict[str, str] = {}
    tens = pb([(1, L(USER_ID, UID)), (2, TENS["serial"]), (3, 1765371600), (4, 30), (5, 14),
               (6, L(7, MED)), (7, L(4, MED)), (8, "period_pain_v2")], "", lab)
    return [
        case(f, f"{a}/api/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L("Jane D.", NAMEC),
            "birthYear": L(1991, BIRTH), "zip": L(ZIP, COARSE),
            "diagnosis": L("confirmed by laparoscopy", MED), "termsVersion": "2025-09"}),
        case(f, f"{a}/api/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pelvira-android", "scope": "diary community"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/diary/days", headers=_h(rng, **b), body={
            "date": "2025-12-10", "entryId": obj(rng, "day", 8),
            "pain": {"pelvic": L(7, MED), "lowerBack": L(5, MED), "legs": L(3, MED)},
            "painTypes": [L("stabbing", MED), L("burning", MED)], "bleeding": L("heavy", MED),
            "cycleDay": L(2, MED), "bowel": L("painful bowel movements", MED),
            "fatigue": L(8, MED), "heatPadMin": 40,
            "note": L("Had to leave work at noon, the cramps made me throw up", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/diary/pain-series", gz=True, headers=_h(rng, **b), body={
            "scale": "nrs-11", "days": L([pain_day(rng, f"2025-12-0{d}") for d in range(4, 10)],
                                         MED), "client": opaque(rng, "", 12)}),
        case(f, f"{a}/api/v2/body-map", headers=_h(rng, **b), body={
            "diagram": "front_v2", "date": "2025-12-10",
            "regions": [L("left ovary", MED), L("rectum", MED), L("left thigh", MED)]}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("Dienogest", MED), "dose": L("2 mg daily", MED)},
                      {"name": L("Ibuprofen", MED), "dose": L("400 mg as needed", MED)}],
            "prescriber": L(SURGEON[0], NAMEC)}),
        case(f, f"{a}/api/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "med": L("Dienogest", MED), "dose": L("2 mg", MED), "takenAt": 1765350000,
            "localId": obj(rng, "dz", 8), "missed": False}),
        case(f, f"{a}/api/v2/surgeries", headers=_h(rng, **b), body={
            "id": surg, "type": L("laparoscopic excision", MED), "date": L("2023-03-08", MED),
            "surgeon": L(SURGEON[0], NAMEC), "hospital": {"id": ENDO_CLINIC["id"],
                                                          "name": ENDO_CLINIC["name"],
                                                          "lat": ENDO_CLINIC["lat"],
                                                          "lon": ENDO_CLINIC["lon"]},
            "stage": L("III", MED),
            "findings": L("left endometrioma, deep nodules on the uterosacral ligaments",
                          f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/surgeries/{surg}/documents", [
            ("page", "op_report_p1.jpg", "image/jpeg", L(JPEG + b"\x85", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "operative_report", "pages": 3})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/diary/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A + b"\x85", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "durationS": 41, "transcript": L("Cramping since six, worse on the left, "
                                                 "took two ibuprofen", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/fertility", headers=_h(rng, **b), body={
            "tryingToConceive": L(True, FS), "since": L("2025-06", FS),
            "amhNgMl": L(1.2, MED), "lastPregnancyTest": L("negative", FS),
            "shareWithPartner": False}),
        case(f, f"{a}/api/v2/tens/pair", headers=_h(rng, **b), body={
            "serial": TENS["serial"], "ble": TENS["ble"], "firmware": TENS["fw"],
            "battery": 80, "phone": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/api/v2/tens/sessions", tens, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": ENDO_CLINIC["id"], "name": ENDO_CLINIC["name"],
                       "phone": ENDO_CLINIC["phone"], "line": ENDO_CLINIC["line"]},
            "slot": "2025-12-18T10:15", "copay": L("40.00", BUY),
            "reason": L("post-op follow-up, new pain on the right side", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/insurance", fmt="form", headers=_h(rng, **b), body={
            "memberId": L(ENDO_MEMBER, MED), "payer": "Quorum Health", "group": "GRP-77310"}),
        case(f, f"{a}/api/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "toName": L(SURGEON[0], NAMEC), "toEmail": L(SURGEON[2], MAIL),
            "range": "90d", "sections": "pain,meds,surgery"}),
        case(f, f"{a}/api/v2/community/posts", headers=_h(rng, **b), body={
            "topic": "tpc_postop", "anonymous": True, "text": L(
                "Six months after excision and the pain is back. Did anyone go on to a second "
                "surgery?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/community/search", headers=_h(rng, **b), query={
            "q": L("dienogest hair loss", f"{SEARCH}|{MED}"), "page": "1"}),
        case(f, f"{a}/api/v2/cycle", headers=_h(rng, **b), body={
            "periodStarts": [L("2025-10-14", MED), L("2025-11-11", MED), L("2025-12-09", MED)],
            "cycleLength": L(28, MED)}),
        case(f, f"{a}/api/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([3120, 2410, 7005], FIT), "sleepMin": L([412, 380, 455], FIT),
            "weightKg": L(63.8, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v2/settings/lock", fmt="form", headers=_h(rng, **b), body={
            "pin": L("4417", CRED), "biometric": "true", "hideNotifications": "true"}),
        case(f, f"{a}/api/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("day_logged", 1), ev("body_map_saved", 2),
                ev("screen", 3, screen=L("SurgeryTimeline", USAGE))]}),
        case(f, f"{a}/api/v2/export", headers=_h(rng, how="plain"), query={"format": "pdf"},
             cookies={"plv_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def pelvira_sdks() -> list[Case]:
    rng = random.Random(8422)
    return [
        kt_batch(APP, rng, [("Pain Logged", {"score": L(7, MED), "site": L("pelvic", MED)}),
                            ("Screen Viewed", {"screen": L("BodyMap", USAGE)})]),
        kt_queue(APP, rng, [("Reminder Opened", {}),
                            ("Dose Logged", {"med": L("dienogest", MED)})]),
        it_session(APP, rng, user=True),
        it_event(APP, rng, "subscription_started", {"plan": "plus_yearly"}, revenue=39.99),
        ak_crash(APP, rng, ("java.lang.NullPointerException", "surgery date is null"),
                 [ak_crumb("nav", "Diary -> Surgeries"), ak_crumb("tap", "add_document")],
                 screen="SurgeryActivity"),
        eg_eval(APP, rng, {"postOp": L(True, MED), "community": True}),
        dd_register(APP, rng, tags={"med_reminder": L("dienogest", MED), "at": "08:00"}),
        on_check(APP, rng, {"analytics": True, "research": False}),
        og_card(APP, rng),
        og_confirm(APP, rng, "39.99"),
        gd_message(APP, rng, L("My PDF export is missing the surgery notes from March 2023",
                               f"{TEXT}|{MED}"), {"plan": "plus"}),
    ]
