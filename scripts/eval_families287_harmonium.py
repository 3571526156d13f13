"""Children's music class app "Surbaal" (harmonium and Maithili songs, Vidyapati's among them, in
Lalbagh; her son Aarush's class; keys Maithili in Latin letters: ``abhibhavak`` guardian,
``chhatra`` pupil, ``naam`` first name, ``padvi`` surname, ``mobail`` mobile, ``gupt_shabd``
password, ``janm_tithi`` birth date, ``umeer`` age, ``ling`` sex (``balak`` boy), ``sambandh``
relation, ``swasthya`` health, ``kaksha`` class, ``guruji`` teacher, ``shulk`` fee, ``maas``
month, ``pragati`` progress, ``abhyaas`` practice, ``geet`` song, ``raag``, ``pariksha`` exam,
``anukramank`` roll number, ``pita``/``maay`` father/mother, ``chhutti`` leave, ``karan``
reason, ``lene_wala`` person collecting, ``suchna`` notices, ``vaadya`` instrument, ``kiraya``
rent, ``karyakram`` concert, ``tikat`` ticket, ``thekaan`` address, mixed with ``email``,
``aadhaar``, ``upi``): the parent's sign-up and log-in, ``/hamar`` with a ``chhatra`` claim,
enrolling her son (his asthma), the timetable, the monthly fee by UPI, progress by pupil number in
the path, a practice log, his recording of a song, her check-in at the class door, the grade exam
application (his Aadhaar), his photo for the admit card, a note to the teacher (a fever), leave,
a pick-up authorisation for his grandmother, notices, a search, a harmonium rented (msgpack),
concert tickets, the address, push and events by session cookie. Children's music schools of
earlier sets teach other instruments (harmonium, sangeet and folk song matched nothing)."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families287_kit import (
    EXAM_ROLL,
    HOME,
    HUSBAND,
    MOTHER_IL,
    MUSIC,
    MUSIC_FIX,
    PUPIL,
    SON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import hb_bid, lj_batch, lj_identify, sp_launch, tp_crash, tp_crumb
from eval_families287_svc import gb_register, jh_eval, mb_message, sq_save, tk_card, tk_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("surbaal", "Surbaal", "com.example.surbaal", "2.4.7", "https://api.surbaal.example.org")
IID = "X-Surbaal-Device"
PW = "Aarush@Sargam17"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def surbaal() -> list[Case]:
    rng = random.Random(28741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chhatra=[L(PUPIL, UID)],
                                    bhumika="abhibhavak"))}
    mla, mlo = fix(MUSIC_FIX, 5)
    progress = at_path(case(f, f"{a}/api/chhatra/{PUPIL}/pragati", headers=_h(rng, **b),
                            query={"satra": "2025-26"}), PUPIL, UID)
    return [
        case(f, f"{a}/api/abhibhavak/panjiyan", headers=_h(rng), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gupt_shabd": L(PW, CRED), "sambandh": "maay"}),
        case(f, f"{a}/api/pravesh", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupt_shabd": L(PW, CRED)}),
        case(f, f"{a}/api/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/chhatra/namankan", headers=_h(rng, **b), body={
            "naam": L(SON["first"], NAMEC), "padvi": L(SON["last"], NAMEC),
            "janm_tithi": L(SON["dob"], BIRTH), "ling": L(SON["sex"], GENDER),
            "chhatra": L(PUPIL, UID), "kaksha": "harmonium_shuruaati",
            "swasthya": L("Dama chhainh, inhaler bag me rahait chhainh", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/kaksha/samay", headers=_h(rng, **b), query={
            "kaksha": "harmonium_shuruaati", "shakha": MUSIC["id"]}),
        case(f, f"{a}/api/shulk", fmt="form", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "maas": "2026-02", "rashi": L("900.00", BUY),
            "upi": L(UPI, PAY)}),
        progress,
        case(f, f"{a}/api/abhyaas", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "din": "2026-01-18", "minat": 25,
            "geet": "Jay jay Bhairavi", "raag": "Bhairavi", "guruji_ank": None}),
        multipart(f, f"{a}/api/abhyaas/recording", [
            ("audio", "jay_jay_bhairavi.m4a", "audio/mp4", L(M4A + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"chhatra": L(PUPIL, UID),
                                                "geet": "Jay jay Bhairavi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/upasthiti/dwar", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "thaam": {"lat": mla, "lng": mlo},
            "kaksha_thaam": {"lat": MUSIC["lat"], "lng": MUSIC["lon"]}, "prakar": "lay_gelahu"}),
        case(f, f"{a}/api/pariksha/aavedan", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "anukramank": L(EXAM_ROLL, UID),
            "naam": L(KID, NAMEC), "janm_tithi": L(SON["dob"], BIRTH),
            "pita": L(HUSBAND[0], NAMEC), "maay": L(f"{FIRST} {LAST}", NAMEC),
            "aadhaar": L(SON["aadhaar"], NID), "varsh": "pratham", "shulk": L(650, BUY),
            "kendra": "Darbhanga-03"}),
        multipart(f, f"{a}/api/pariksha/photo", [
            ("photo", "aarush_admit.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {"anukramank": L(EXAM_ROLL, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "guruji": "gr_sunil", "thread": obj(rng, "th"),
            "sandesh": L("Guruji, Aarush ke kaalhi sa jvar chhainh, o shukra dhari nai aaot.",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/chhutti", fmt="form", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "san": "2026-01-20", "dhari": "2026-01-23",
            "karan": L("jvar", MED)}),
        case(f, f"{a}/api/lene_wala", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "naam": L(MOTHER_IL[0], NAMEC),
            "mobail": L(MOTHER_IL[1], TEL), "sambandh": "dadi", "din": ["som", "budh"]}),
        case(f, f"{a}/api/suchna", headers=_h(rng, **b), query={
            "shakha": MUSIC["id"], "san": "2026-01-01"}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "khoj": L("harmonium 2.5 saptak daam", SEARCH)}),
        case(f, f"{a}/api/vaadya/kiraya", fmt="msgpack", headers=_h(rng, **b), body={
            "chhatra": L(PUPIL, UID), "vaadya": "hm_25_scale_07", "maas": 3,
            "rashi": L(1500, BUY), "jamanat": L(2000, BUY)}),
        case(f, f"{a}/api/karyakram/tikat", headers=_h(rng, **b), body={
            "karyakram": "vidyapati_parv_2026", "tikat": 3, "rashi": L(300, BUY),
            "vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/abhibhavak/thekaan", headers=_h(rng, **b), body={
            "thekaan": L(HOME["line"], ADDR), "tola": L(HOME["tola"], COARSE),
            "nagar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/api/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", headers=_h(rng, how="none"), cookies={
            "sb_sid": L(opaque(rng, "", 40), CRED), "sb_dev": L(INSTALL_ID, DID)}, body={
            "upyogkarta": L(USER_ID, UID), "ghatna": [
                ev("pragati_dekhal", 1), ev("parda", 2, parda=L("Abhyaas", USAGE))]}),
    ]


def surbaal_sdks() -> list[Case]:
    rng = random.Random(28742)
    return [
        lj_batch(APP, rng, [("Fee Paid", {"amount": L(900, BUY)}),
                            ("Recording Uploaded", {"seconds": 94})]),
        lj_identify(APP, rng, {"role": "abhibhavak", "bachcha": 1,
                               "nagar": L("Darbhanga", COARSE)}),
        sp_launch(APP, rng),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,harmonium"),
        tp_crash(APP, rng, ("java.lang.NullPointerException", "recorder not ready"),
                 [tp_crumb("nav", "Abhyaas -> Recording")],
                 user={"id": L(USER_ID, UID)}, screen="RecordingActivity"),
        jh_eval(APP, rng, {"shakha": MUSIC["id"], "bachcha": 1}),
        gb_register(APP, rng, tags={"shakha": MUSIC["id"], "kaksha": "harmonium_shuruaati"}),
        sq_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        tk_card(APP, rng),
        tk_confirm(APP, rng, "300.00"),
        mb_message(APP, rng, L(f"{KID} ke February shulk dui baar katal", f"{TEXT}|{NAMEC}"),
                   {"chhatra": L(PUPIL, UID)}),
    ]
