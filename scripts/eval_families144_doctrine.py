"""A lay society's Sunday doctrine-centre app "Duttrina" for their son Matthew (her religion and
the child's data): the parent's sign-up and a log-in, ``/me`` (JWT bearer with a ``pupils``
claim), enrolling Matthew (baptism parish, First Holy Communion preparation), his attendance by
the centre's QR code with her fix, the Sunday Mass card stamps, homework (a prayer recited, a
voice note), the First Communion registration with his baptism certificate (PDF), the outfit
order and its payment, a consent for the summer outing with his allergy, the pick-up person (his
grandmother), a message to the teacher, the centre's notices, his progress by pupil number in
the path, a donation, a photo consent, push and events. Sets 128 and 129 have catechism
enrolment inside a mission school's or a parish's app; this is a lay society's daily/Sunday
doctrine centre for boys, with QR attendance and a Mass card."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    EMAIL_UPPER,
    GENDER,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families144_kit import (
    CENTRE,
    CENTRE_FIX,
    HOME,
    HUSBAND,
    MOTHER_IN_LAW,
    PUPIL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families144_sdk import cf_crash, cf_crumb, sl_batch, sl_queue, tg_launch
from eval_families144_svc import cb_save, cz_confirm, fk_eval, pq_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("duttrina", "Duttrina", "com.example.duttrina", "1.7.0", "https://api.duttrina.example.net")
IID = "X-Duttrina-Install"
PW = "Mdina-Fidi-2026"
REL, MED = "personal.sensitive", "health.medical"
PDF = b"%PDF-1.4\n% baptism certificate\n%%EOF\n"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def duttrina() -> list[Case]:
    rng = random.Random(14405)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pupils=[L(PUPIL, UID)]))}
    cla, clo = fix(CENTRE_FIX, 5)
    son = f"{SON['first']} {SON['last']}"
    progress = at_path(case(f, f"{a}/api/pupils/{PUPIL}/progress", headers=_h(rng, **b)),
                       PUPIL, UID)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "address": L(HOME["line"], ADDR),
            "locality": L("Valletta", COARSE), "relationship": "mother",
            "other_parent": {"name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pupils", headers=_h(rng, **b), body={
            "first_name": L(SON["first"], NAMEC), "last_name": L(SON["last"], NAMEC),
            "dob": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "school_year": "Year 4", "centre": CENTRE["id"],
            "baptised": L(True, REL), "baptism_parish": L("St Paul's Shipwreck, Valletta", REL),
            "preparing_for": L("First Holy Communion", REL), "pupil_no": L(PUPIL, UID)}),
        case(f, f"{a}/api/attendance", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "qr": CENTRE["qr"], "session": obj(rng, "ses"),
            "scanned_at": {"lat": cla, "lng": clo}, "lesson": L("The Our Father", REL)}),
        case(f, f"{a}/api/mass-card", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "sunday": "2026-02-08",
            "mass": L("10:00 St Dominic's", REL), "stamp_code": "STMP-4471"}),
        multipart(f, f"{a}/api/homework", [
            ("audio", "our_father.m4a", "audio/mp4",
             L(M4A + b"\x02", f"{MEDIA}|biometric.voice|{REL}")),
            ("meta", None, "application/json", {"pupil_no": L(PUPIL, UID),
                                               "task": L("recite the Hail Mary", REL)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/communion/registration", [
            ("certificate", "baptism.pdf", "application/pdf", L(PDF, f"{MEDIA}|{REL}")),
            ("form", None, "application/json", {
                "pupil_no": L(PUPIL, UID), "child_name": L(son, NAMEC),
                "dob": L(SON["dob"], BIRTH), "parish": L("St Paul's Shipwreck, Valletta", REL),
                "godparent": L(MOTHER_IN_LAW[0], NAMEC),
                "date": L("2026-05-24 First Holy Communion", REL)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "communion-sash-boys", "size": "9-10", "qty": 1},
                      {"sku": "rosary-white", "qty": 1}],
            "total": L(27.5, BUY), "order_no": L("DT-ORD-7712", BUY),
            "pupil_no": L(PUPIL, UID)}),
        case(f, f"{a}/api/shop/pay", fmt="form", headers=_h(rng, **b), body={
            "order_no": L("DT-ORD-7712", BUY), "amount": L("27.50", BUY),
            "method_id": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/outings/consent", headers=_h(rng, **b), body={
            "outing": "summer-ghadira-2026", "pupil_no": L(PUPIL, UID),
            "allergies": [L("peanuts", MED)], "epipen": L(True, MED),
            "can_swim": True, "emergency_phone": L(E164, TEL),
            "note": L("Matthew has a peanut allergy, his EpiPen is in the front pocket",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/pickup", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "name": L(MOTHER_IN_LAW[0], NAMEC),
            "phone": L(MOTHER_IN_LAW[1], TEL), "relation": "grandmother", "days": ["sun"]}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "teacher", "pupil_no": L(PUPIL, UID),
            "text": L("Matthew will miss Sunday, he has a fever. Could he have the sheet?",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/notices", headers=_h(rng, **b), query={
            "centre": CENTRE["id"], "since": "2026-01-01"}),
        progress,
        case(f, f"{a}/api/donations", headers=_h(rng, **b), body={
            "amount": L(20, BUY), "fund": L("Doctrine centre Lenten collection", REL),
            "gift_aid": False, "receipt_email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/consents/photo", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "photos_internal": "yes", "photos_public": "no"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("attendance_scanned", 1), ev("mass_stamp", 2),
                ev("screen_view", 3, screen=L("PupilProgress", USAGE))]}),
        case(f, f"{a}/api/pupils", headers=_h(rng, **b), query={
            "parent": L(USER_ID, UID), "with": "progress"}),
        case(f, f"{a}/api/calendar", headers=_h(rng, **b), query={
            "centre": CENTRE["id"], "pupil_no": L(PUPIL, UID), "month": "2026-03"}),
        case(f, f"{a}/api/confession/booking", fmt="form", headers=_h(rng, **b), body={
            "pupil_no": L(PUPIL, UID), "slot": "2026-05-16T10:00",
            "sacrament": L("First Confession", REL), "parent_phone": L(E164, TEL)}),
    ]


def duttrina_sdks() -> list[Case]:
    rng = random.Random(14406)
    return [
        sl_batch(APP, rng, [("Attendance Scanned", {"centre": CENTRE["id"]}),
                            ("Communion Registered", {"sacrament": L("First Holy Communion",
                                                                     REL)})],
                 at=CENTRE_FIX, nd=3),
        sl_queue(APP, rng, [("Homework Opened", {"task": "hail_mary"}),
                            ("Homework Sent", {"kind": "audio"})]),
        tg_launch(APP, rng, first=True),
        tg_launch(APP, rng, user=True, n=9),
        cf_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cf_crumb("nav", "Homework -> Record")], screen="RecordActivity"),
        fk_eval(APP, rng, {"centre": CENTRE["id"], "role": "parent"}, hdr=True),
        pq_register(APP, rng, tags={"centre": CENTRE["id"],
                                    "sacrament": L("first_communion_2026", REL)}),
        cb_save(APP, rng, {"analytics": True, "ads": False}),
        cz_confirm(APP, rng, "2750", "eur"),
    ]
