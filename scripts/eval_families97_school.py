"""Welsh-medium school app "Ysgolbont" for her son Owen, 8, in Year 3 at a Cardiff Welsh-medium
primary (the user is the parent; the child is a data subject): the parent's sign-up and log-in,
``/me``, linking her son with the school's code, the data-collection form (pupil number,
ethnicity), his medical form, an absence, dinner money, meal choices (msgpack), a trip consent,
parents' evening, the reading log, a homework photo, a phonics recording, a message to the
teacher, an after-school club, the people allowed to collect him, photo consent, the newsletter,
his timetable by pupil ID in the path, push, events and the noticeboard by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families97_kit import (
    CY_LANG,
    PUPIL,
    REFEREES,
    SCHOOL,
    SCHOOL_CODE,
    SON_AGE,
    SON_DOB,
    SON_FIRST,
    SON_LAST,
    TEACHER_MAIL,
    TEL_UK,
    UPN,
)
from eval_families97_sdk import cy_batch, cy_identify, gw_crash, gw_crumb, gw_session
from eval_families97_svc import bn_eval, cn_check, pw_register, sg_attach, tm_card, tm_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ysgolbont", "Ysgolbont", "com.example.ysgolbont", "6.4.1",
          "https://api.ysgolbont.example.org")
IID = "X-Ysgolbont-Device"
PW = "Cwm-Derwen-2025"
KN = f"{TEXT}|{NAMEC}"  # a text naming her son


def _h(rng: random.Random, how: str = "plain", cy: bool = False, **kw: Any) -> dict[str, Any]:
    if cy:
        kw["extra"] = {"Accept-Language": L(CY_LANG, DEV), **kw.get("extra", {})}
    return head(APP, rng, iid=IID, how=how, lang=not cy, **kw)


def ysgolbont() -> list[Case]:
    rng = random.Random(9771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plant=[L(PUPIL, UID)]))}
    tt = at_path(case(f, f"{a}/v1/pupils/{PUPIL}/timetable", query={"week": "2025-W50"},
                      headers=_h(rng, **b)), PUPIL, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "relationship": "mother",
            "language": "en"}),
        case(f, f"{a}/v1/parents/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pupils/link", headers=_h(rng, **b), body={
            "code": L(SCHOOL_CODE, CRED), "school": SCHOOL["id"],
            "child": {"firstName": L(SON_FIRST, NAMEC), "lastName": L(SON_LAST, NAMEC),
                      "dob": L(SON_DOB, BIRTH)}}),
        case(f, f"{a}/v1/pupils/{PUPIL}/data-collection", headers=_h(rng, cy=True, **b), body={
            "pupil": L(PUPIL, UID), "upn": L(UPN, NATID), "gender": L("boy", GENDER),
            "ethnicity": L("White - any other White background", SENS),
            "homeLanguage": "English", "welshAbility": "dechreuwr", "yearGroup": "Blwyddyn 3",
            "nationality": "US"}),
        case(f, f"{a}/v1/pupils/{PUPIL}/medical", headers=_h(rng, **b), body={
            "allergies": [L("peanuts", MED), L("penicillin", MED)],
            "conditions": [L("asthma", MED)],
            "medication": L("Salbutamol inhaler, 2 puffs before PE", MED),
            "gp": {"doctor": L("Dr. Huw Jenkins", NAMEC), "practice": "Meddygfa Pontcanna",
                   "phone": TEL_UK + "577"}}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "date": "2025-12-10", "reason": L("illness", MED),
            "note": L("Owen has a temperature and a cough, keeping him home today",
                      f"{KN}|{MED}")}),
        case(f, f"{a}/v1/payments/dinner-money", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "amount": L("22.50", BUY),
            "reference": L("DM-6812-40417", BUY)}),
        case(f, f"{a}/v1/meals/choices", fmt="msgpack", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "week": "2025-W51",
            "days": ["veg", "main", "main", "veg", "jacket"]}),
        case(f, f"{a}/v1/trips/trp_sainffagan/consent", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "consent": True, "cost": L("8.00", BUY),
            "medicalNotes": L("Takes his inhaler before walking any distance", MED),
            "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/parents-evening/bookings", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "slot": "2026-01-20T16:40", "teacher": "stf_0931",
            "mode": "in_person"}),
        case(f, f"{a}/v1/reading-log", headers=_h(rng, cy=True, **b), body={
            "pupil": L(PUPIL, UID), "book": "Dewi a'r Ddraig Fach", "pages": 12,
            "comment": L("Read with Dad, found the ll and dd sounds hard", TEXT)}),
        multipart(f, f"{a}/v1/homework/hw_2231/submissions", [
            ("photo", "gwaith_cartref.jpg", "image/jpeg", L(JPEG + b"\x9f", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUPIL, UID), "pages": 1})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/phonics/recordings", [
            ("audio", "seiniau.m4a", "audio/mp4", L(M4A + b"\x9f", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUPIL, UID),
                                                "words": ["llyfr", "dafad", "ffenest"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, cy=True, **b), body={
            "to": TEACHER_MAIL, "pupil": L(PUPIL, UID),
            "text": L("Diolch! Owen loved the Santes Dwynwen story and told us all of it", KN)}),
        case(f, f"{a}/v1/clubs/clwb_codio/bookings", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "term": "spring-2026", "price": L("15.00", BUY),
            "booking": L("CLB-22817", BUY)}),
        case(f, f"{a}/v1/pupils/{PUPIL}/collectors", headers=_h(rng, **b), body={"people": [
            {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "relation": "father"},
            {"name": L(REFEREES[0][0], NAMEC), "phone": L(REFEREES[0][1], TEL),
             "relation": "family_friend", "password": L("draig goch", CRED)}]}),
        case(f, f"{a}/v1/pupils/{PUPIL}/photo-consent", fmt="form", headers=_h(rng, **b), body={
            "website": "0", "social": "0", "classPage": "1"}),
        case(f, f"{a}/v1/newsletters", query={"lang": "cy", "class": "b3"},
             headers=_h(rng, cy=True, **b)),
        tt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "pupil": L(PUPIL, UID), "events": [
                ev("absence_reported", 1), ev("payment_made", 2),
                ev("screen", 3, screen=L("Hysbysfwrdd", USAGE))]}),
        case(f, f"{a}/v1/noticeboard", headers=_h(rng, how="nodash"),
             cookies={"yb_sess": L(opaque(rng, "", 40), CRED), "yb_pupil": L(PUPIL, UID)}),
    ]


def ysgolbont_sdks() -> list[Case]:
    rng = random.Random(9772)
    return [
        cy_batch(APP, rng, [("Absence Reported", {"reason": L("illness", MED)}),
                            ("Dinner Money Paid", {"amount": L("22.50", BUY)})]),
        cy_identify(APP, rng, {"children": 1, "school": SCHOOL["id"],
                               "childAge": L(SON_AGE, BIRTH)}),
        gw_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad upload uri"),
                 [gw_crumb("nav", "Homework -> Camera")], screen="HomeworkActivity"),
        gw_session(APP, rng, secs=180),
        bn_eval(APP, rng, {"yearGroup": 3, "welshMedium": True}),
        pw_register(APP, rng, tags={"class": "b3", "school": SCHOOL["id"]}),
        cn_check(APP, rng, {"analytics": True}),
        tm_card(APP, rng, email=True),
        tm_confirm(APP, rng, "22.50"),
        sg_attach(APP, rng, L(JPEG + b"\xa0", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
