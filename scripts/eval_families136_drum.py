"""A children's drumming school's parent app "Karyendo" (an ingoma school at Kigobe where their
daughter Kevine, 9, learns the drum after her day school; the child's data is what the app is
for; camelCase JSON under ``/api``). New to the evaluation (a grep for "drum" found only a
palm-oil drum and unrelated apps; the school apps of sets 100, 106, 125, 128 and 132 are day
schools, a language centre and boarding): lessons by rhythm, practice videos, performance
tickets, the troupe's costume, photo consents and authorised pick-up by someone else. Calls:
sign-up, an SMS code, ``/me`` with a JWT, the pupil's enrolment, her timetable by pupil number
in the path, the term's fees, a pick-up at the gate (her fix), authorising her sister-in-law to
collect (her ID card), the pupil's photo, photo and video consents, performance tickets, the
costume, a message to the teacher, an absence, progress by a query, a practice video (MP4 and
JSON), a car-pool offer, invoices by a cookie GET and the term's invoice as a PDF by number in
the path, the medical form, push, events and news."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families136_kit import (
    DAUGHTER,
    GATE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_LINE,
    SCHOOL,
    SISTER_IN_LAW,
    TERM_INVOICE,
    fix,
    hd,
    obj,
    push,
)
from eval_families136_sdk import cm_crash, cm_crumb, mr_batch, mr_identify, ts_launch
from eval_families136_svc import (
    ck_check,
    fr_eval,
    hr_message,
    mk_route,
    pg_confirm,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("karyendo", "Karyendo", "com.example.karyendo", "2.2.0",
          "https://app.karyendo.example.org")
IID = "X-Karyendo-Device"
PW = "Ingoma&Kigobe9"
PUPIL = DAUGHTER["pupil"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
NID = "personal.national_id"
SIL_CARD = "CNI-0119-4471-22"  # her sister-in-law's identity card (another's national ID)
TICKETS = "TK-2025-12-0417"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def karyendo() -> list[Case]:
    rng = random.Random(13651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pupils=[L(PUPIL, UID)]))}
    gla, glo = fix(GATE_FIX, 6)
    tt = at_path(case(f, f"{a}/api/pupils/{PUPIL}/timetable", headers=_h(rng, **b)),
                 PUPIL, UID)
    inv = at_path(case(f, f"{a}/api/invoices/{TERM_INVOICE}.pdf", headers=_h(rng, **b)),
                  f"{TERM_INVOICE}.pdf", BUY)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relation": "mother",
            "address": L(HOME["line"], ADDR), "quartier": L(HOME["area"], COARSE)}),
        case(f, f"{a}/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("375190", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pupils", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER["first"], NAMEC), "lastName": L(DAUGHTER["last"], NAMEC),
            "birthDate": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
            "pupilNo": L(PUPIL, UID), "level": "debutant 2", "group": "Inanga",
            "dayClass": "4e annee", "health": L("mild asthma, inhaler before practice", MED),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        tt,
        case(f, f"{a}/api/fees/pay", headers=_h(rng, **b), body={
            "invoice": L(TERM_INVOICE, BUY), "amount": L(90000, BUY), "currency": "BIF",
            "wallet": L(LOCAL_LINE, TEL), "pupilNo": L(PUPIL, UID)}),
        case(f, f"{a}/api/pickups", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "by": L(f"{FIRST} {LAST}", NAMEC),
            "at": {"lat": gla, "lon": glo}, "gate": {"lat": SCHOOL["lat"], "lon": SCHOOL["lon"]},
            "time": "2025-12-10T17:32:00+02:00"}),
        case(f, f"{a}/api/pickups/authorise", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "name": L(SISTER_IN_LAW[0], NAMEC),
            "phone": L(SISTER_IN_LAW[1], TEL), "idCard": L(SIL_CARD, NID),
            "relation": "tante", "until": "2026-04-01"}),
        multipart(f, f"{a}/api/pupils/{PUPIL}/photo", [
            ("photo", "kevine.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"crop": "square", "badge": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/consents", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "photosPublic": False, "videoSocial": True,
            "signedBy": L(f"{FIRST} {LAST}", NAMEC), "signedAt": "2025-12-10T18:02:11+02:00"}),
        case(f, f"{a}/api/performances/{obj(rng, 'pf', 8)}/tickets", headers=_h(rng, **b), body={
            "qty": 3, "order": L(TICKETS, BUY), "total": L(30000, BUY), "seats": "B4-B6"}),
        case(f, f"{a}/api/costumes/orders", fmt="form", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "size": "10 ans", "pieces": "pagne,bandeau",
            "total": L("35000", BUY)}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "teacher", "pupilNo": L(PUPIL, UID),
            "text": L("Kevine a mal au poignet depuis la repetition de samedi",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/absences", fmt="form", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "date": "2025-12-12",
            "reason": L("fievre, test paludisme positif", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/progress", headers=_h(rng, **b), query={
            "pupil": L(PUPIL, UID), "term": "T1"}),
        multipart(f, f"{a}/api/practice", [
            ("video", "ikiyago.mp4", "video/mp4", L(MP4, MEDIA)),
            ("info", None, "application/json", {"pupilNo": L(PUPIL, UID), "rhythm": "Ikiyago",
                                                "minutes": 12})], headers=_h(rng, **b)),
        case(f, f"{a}/api/carpool/offers", headers=_h(rng, **b), body={
            "from": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                     "lon": L(round(HOME_AT[1], 4), PRECISE)},
            "seats": 2, "days": ["tue", "sat"], "phone": L(E164, TEL)}),
        case(f, f"{a}/api/invoices", headers=_h(rng, how="none"), cookies={
            "ky_sess": L(opaque(rng, "", 40), CRED), "ky_dev": L(INSTALL_ID, DID)}),
        inv,
        case(f, f"{a}/api/medical", headers=_h(rng, **b), body={
            "pupilNo": L(PUPIL, UID), "bloodGroup": L("O+", MED),
            "allergies": [L("peanuts", MED)], "inhaler": L(True, MED),
            "mutuelle": L("MFP-2207-448120", MED), "weightKg": L(28, "health.fitness")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pickup_confirmed", 1), ev("video_uploaded", 2, sec=74),
                ev("screen", 3, screen=L("Timetable", USAGE))]}),
        case(f, f"{a}/api/news", headers=_h(rng, **b), query={"lang": "fr", "page": "1"}),
    ]


def karyendo_sdks() -> list[Case]:
    rng = random.Random(13652)
    return [
        mr_batch(APP, rng, [("Pickup Confirmed", {}), ("Video Uploaded", {"sec": 74})],
                 at=GATE_FIX, nd=2),
        mr_identify(APP, rng, {"children": 1, "quartier": L("Kinindo", COARSE),
                               "pupil": L(PUPIL, UID)}),
        ts_launch(APP, rng, first=True),
        cm_crash(APP, rng, ("java.lang.OutOfMemoryError", "video transcode"),
                 [cm_crumb("nav", "Practice -> Upload"), cm_crumb("ui", "tap send")],
                 screen="PracticeActivity"),
        fr_eval(APP, rng, {"childAge": L(9, BIRTH), "school": SCHOOL["id"]}),
        pk_register(APP, rng, tags={"group": "Inanga", "school": SCHOOL["id"]}),
        ck_check(APP, rng, {"analytics": True, "photos": False}),
        pg_confirm(APP, rng, "30000"),
        hr_message(APP, rng, L("Le recu des frais de Kevine n'est pas dans l'appli",
                               f"{TEXT}|{NAMEC}"), {"pupil": L(PUPIL, UID)}),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((SCHOOL["lat"], SCHOOL["lon"]), None)]),
    ]
