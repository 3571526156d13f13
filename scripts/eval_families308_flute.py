"""The daughter's traditional-music school app "Palitkup" (``palit`` the Lepcha bamboo flute,
``kup`` child; a Kalimpong school teaching the palit, the tungbuk lute and Lepcha songs after
school; keys in Lepcha and Nepali: ``abryang`` name, ``ptso`` surname, ``fon`` phone,
``sangket`` password, ``janmamiti`` birth date, ``linga`` sex (Nepali), ``amu`` mother,
``kup`` child, ``rakam`` amount, ``bhuktani`` payment, ``dok`` illness, ``aushadhi`` medicine
(Nepali), ``ring`` message, ``khoj`` search, ``bela`` time (Nepali)): the parent's log-in by
e-mail code, ``/gosa`` with a ``kup`` claim, enrolling Sangmit (her name, birth date, sex, her
asthma and inhaler), the fee, the weekly timetable by student number in the path, lesson
attendance, an absence (a cough), a practice recording she uploads, the practice log
(protobuf), a flute bought, the recital seats, the gate pick-up with her fix, a pick-up by her
father, a message to the teacher, her photo for the recital card, notices, a search, a
tungbuk hire, push and events with a session cookie. Set 25 had piano lessons; no earlier set
teaches a traditional flute or lute (a file-name and docstring grep: "flute", "palit",
"tungbuk" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families308_kit import (
    DAUGHTER,
    HUSBAND,
    MUSIC_FIX,
    MUSIC_SCHOOL,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import bk_bid, cr_crash, cr_crumb, ta_batch, ta_identify, tr_launch
from eval_families308_svc import cm_save, co_card, co_confirm, fd_eval, hk_message, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("palitkup", "Palitkup", "com.example.palitkup", "1.3.7",
          "https://api.palitkup.example.org")
IID = "X-Palitkup-Device"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SID = DAUGHTER["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def palitkup() -> list[Case]:
    rng = random.Random(30841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kup=[L(SID, UID)],
                                    role="amu"))}
    mla, mlo = fix(MUSIC_FIX, 5)
    lab: dict[str, str] = {}
    practice = pb([(1, L(SID, UID)), (2, 1771200000), (3, L(25, USAGE)),
                   (4, [(1, "scale_pentatonic"), (2, 12)]), (5, "1.3.7")], "", lab)
    week = at_path(case(f, f"{a}/v1/students/{SID}/timetable", headers=_h(rng, **b),
                        query={"week": "2026-W07"}), SID, UID)
    return [
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("552081", CRED)}),
        case(f, f"{a}/v1/gosa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "kup": {"abryang": L(DAUGHTER["first"], NAMEC), "ptso": L(DAUGHTER["last"], NAMEC),
                    "janmamiti": L(DAUGHTER["dob"], BIRTH), "linga": L(DAUGHTER["sex"], GENDER),
                    "student": L(SID, UID)},
            "amu": {"abryang": L(f"{FIRST} {LAST}", NAMEC), "fon": L("+15550100199", TEL)},
            "dok": L("mild asthma", MED), "aushadhi": L("salbutamol inhaler in her bag", MED),
            "instrument": "palit", "level": "beginner"}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "month": "2026-02", "rakam": L("800.00", BUY),
            "bhuktani": L(opaque(rng, "pm_", 24), PAY)}),
        week,
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), query={
            "student": L(SID, UID), "month": "2026-02"}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "student": L(SID, UID), "date": "2026-02-18", "reason": L("dok", MED),
            "ring": L("Sangmit has a cough and her chest is tight, no flute this week",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/practice/recordings", [
            ("audio", "sangmit_song1.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID),
                                                "piece": "Namsoong welcome song"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/practice/log", practice, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "PALIT-BAMBOO-C", "qty": 1, "mol": 450}],
            "rakam": L(450, BUY), "order": L("PK-OD-30118", BUY), "student": L(SID, UID)}),
        case(f, f"{a}/v1/recital/seats", headers=_h(rng, **b), body={
            "recital": "rc_spring26", "seats": 3, "student": L(SID, UID),
            "rakam": L(300, BUY)}),
        case(f, f"{a}/v1/gate/pickup", headers=_h(rng, **b), body={
            "student": L(SID, UID), "at": {"lat": mla, "lng": mlo},
            "gate": {"id": "gt_1", "lat": MUSIC_SCHOOL["lat"], "lng": MUSIC_SCHOOL["lon"]},
            "bela": "17:40"}),
        case(f, f"{a}/v1/pickup/authorise", headers=_h(rng, **b), body={
            "student": L(SID, UID),
            "person": {"abryang": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL),
                       "nata": "abu"}, "days": ["wed"]}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "tch_palit_02", "thread": obj(rng, "th"),
            "ring": L("Sir, can Sangmit borrow a smaller palit until her fingers grow?",
                      f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/students/photo", [
            ("photo", "sangmit_card.jpg", "image/jpeg", L(JPEG + b"\x85", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID), "use": "recital_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, **b), query={
            "school": MUSIC_SCHOOL["id"], "since": "2026-02-01"}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("tungbuk tuning video beginners", SEARCH)}),
        case(f, f"{a}/v1/instruments/hire", headers=_h(rng, **b), body={
            "instrument": "tungbuk", "unit": "tb_017", "months": 3, "rakam": L(600, BUY),
            "deposit": L(1000, BUY), "student": L(SID, UID)}),
        case(f, f"{a}/v1/recital/feedback", fmt="form", headers=_h(rng, **b), body={
            "recital": "rc_spring26", "tara": "5",
            "ring": L("The tungbuk ensemble was lovely, please share the video with parents",
                      TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "pk_sid": L(opaque(rng, "", 40), CRED), "pk_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("timetable_opened", 1), ev("screen", 2, screen=L("Practice", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def palitkup_sdks() -> list[Case]:
    rng = random.Random(30842)
    return [
        ta_batch(APP, rng, [("Recording Uploaded", {"piece": "welcome"}),
                            ("Fee Paid", {"amount": L(800, BUY)})]),
        ta_identify(APP, rng, {"role": "amu", "children": 1, "sahar": L("Kalimpong", COARSE)}),
        tr_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,lessons"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "recorder released"),
                 [cr_crumb("nav", "Practice -> Record")],
                 user={"id": L(USER_ID, UID)}, screen="RecordActivity"),
        fd_eval(APP, rng, {"school": MUSIC_SCHOOL["id"], "children": 1}),
        pr_register(APP, rng, tags={"school": MUSIC_SCHOOL["id"], "instrument": "palit"}),
        cm_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "800.00"),
        hk_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"student": L(SID, UID)}),
    ]
