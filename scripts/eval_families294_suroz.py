"""A Balochi music school's student app "Surozwanag" (``suroz`` the Balochi bowed fiddle,
``wanag`` to study: a Gwadar music house teaching the suroz and the dambura; she learns the
suroz; its API's keys are Balochi, ASCII-folded: ``nam`` name, ``logi_nam`` surname, ``mobail``
mobile, ``ramz`` password, ``pedaishi_roch`` birth date, ``shahr`` town, ``wanindag`` student,
``ustad`` teacher, ``sabak`` lesson, ``saz`` instrument, ``kiraya`` rent, ``fees`` fee, ``zar``
amount, ``adaigi`` payment, ``mehman`` guests, ``mahfil`` concert, ``sot`` song, ``shair``
verse, ``awaz`` recording, ``video``, ``jagah`` place, ``arz``/``tool`` latitude/longitude,
``kolo`` message, ``gap`` remark, ``shohaz`` search, ``sanad`` certificate): sign-up, an OAuth
password grant, ``/mani``, the courses, enrolment, the fee, a lesson booked, a practice
recording (M4A), a practice log (msgpack), the check-in with her fix (5 decimals), a suroz
rented, concert seats for her husband and her sister, a message to the teacher, the student by
number in the path, a verse she wrote, a lesson video, a search, the certificate by cookie,
push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    M4A,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families294_kit import (
    HUSBAND,
    SCHOOL,
    SCHOOL_FIX,
    SISTER_US,
    STUDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families294_sdk import bh_bid, bh_notice, ca_session, km_batch, km_pixel, mt_event
from eval_families294_svc import co_check, fp_eval, pd_wallet, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("surozwanag", "Surozwanag", "com.example.surozwanag", "2.0.9",
          "https://api.surozwanag.example.net")
IID = "X-Suroz-Install"
PW = "Sheparokh!2024"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def surozwanag() -> list[Case]:
    rng = random.Random(29461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), wanindag=L(STUDENT, UID)))}
    sla, slo = fix(SCHOOL_FIX, 5)
    stud = at_path(case(f, f"{a}/v1/wanindag/{STUDENT}", headers=_h(rng, **b)), STUDENT, UID)
    return [
        case(f, f"{a}/v1/wanindag", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "ramz": L(PW, CRED), "pedaishi_roch": L(DOB, BIRTH),
            "shahr": L("Gwadar", COARSE), "saz": "suroz", "darja": "nokh"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "surozwanag-app"}),
        case(f, f"{a}/v1/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/course", headers=_h(rng, **b), query={"saz": "suroz", "shahr": "gwadar"}),
        case(f, f"{a}/v1/course/enrol", headers=_h(rng, **b), body={
            "course": "crs_suroz_1", "wanindag": L(STUDENT, UID), "fees": L(12000, BUY),
            "ustad": "ust_0041", "roch": "2025-09-01"}),
        case(f, f"{a}/v1/fees/adaigi", fmt="form", headers=_h(rng, **b), body={
            "wanindag": L(STUDENT, UID), "zar": L("12000", BUY), "mah": "2025-09",
            "method": L(opaque(rng, "pm_", 24), PAY), "rasid": L("SW-FE-25-0912", BUY)}),
        case(f, f"{a}/v1/sabak/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "ustad": "ust_0041", "wanindag": L(STUDENT, UID)}),
        multipart(f, f"{a}/v1/awaz", [
            ("awaz", "practice_zahirok.m4a", "audio/mp4", L(M4A + b"\x3d", MEDIA)),
            ("meta", None, "application/json", {"wanindag": L(STUDENT, UID),
                                                "sot": "zahirok", "sanya": 96})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mashq", fmt="msgpack", headers=_h(rng, **b), body={
            "wanindag": L(STUDENT, UID), "roch": "2025-09-10", "minit": 35,
            "sot": ["zahirok", "lehrav"],
            "gap": L("Bow still shaky on the high string, fingers hurt", TEXT)}),
        case(f, f"{a}/v1/hazri", headers=_h(rng, **b), body={
            "sabak": obj(rng, "sb"), "jagah": {"arz": sla, "tool": slo},
            "school": {"id": SCHOOL["id"], "arz": SCHOOL["lat"], "tool": SCHOOL["lon"]},
            "wifi": {"ssid": L("SurozHouse-Guest", WIFI), "bssid": L("6c:3b:6b:19:a4:e2", WIFI)}}),
        case(f, f"{a}/v1/saz/kiraya", headers=_h(rng, **b), body={
            "saz": "suroz_st_07", "mah": 3, "kiraya": L(4500, BUY), "amanat": L(10000, BUY),
            "kiraya_id": L("SW-RN-25-0033", BUY)}),
        case(f, f"{a}/v1/saz/kharid", headers=_h(rng, **b), body={
            "saz": "suroz_st_07", "baha": L(38000, BUY), "kiraya_kam": L(4500, BUY),
            "kharid_id": L("SW-BY-25-0019", BUY), "wanindag": L(STUDENT, UID)}),
        case(f, f"{a}/v1/mahfil/seats", headers=_h(rng, **b), body={
            "mahfil": "mf_2025_10_gwd", "seats": 3, "zar": L(4500, BUY),
            "mehman": [{"nam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
                       {"nam": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)}]}),
        case(f, f"{a}/v1/kolo", headers=_h(rng, **b), body={
            "pa": "ust_0041", "thread": obj(rng, "th"),
            "kolo": L("Ustad, I cannot come Thursday, my son has his speech session in the "
                      "hospital", TEXT)}),
        stud,
        case(f, f"{a}/v1/shair", headers=_h(rng, **b), body={
            "wanindag": L(STUDENT, UID),
            "shair": L("Gwadar's wind at dusk, the boats come home, my bow learns the sea",
                       TEXT)}),
        multipart(f, f"{a}/v1/video", [
            ("video", "lesson_w2.mp4", "video/mp4", L(MP4 + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"sabak": obj(rng, "sb"), "ustad": "ust_0041"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shohaz", headers=_h(rng, **b), query={
            "shohaz": L("suroz tuning for beginners", SEARCH)}),
        case(f, f"{a}/v1/sanad/latest", headers=_h(rng, how="none"), cookies={
            "sw_session": L(opaque(rng, "", 40), CRED), "sw_device": L(INSTALL_ID, DID),
            "sw_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "events": [
                ev("recording_sent", 1), ev("screen", 2, screen=L("Mashq", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def surozwanag_sdks() -> list[Case]:
    rng = random.Random(29462)
    return [
        km_batch(APP, rng, [("Lesson Booked", {"teacher": "ust_0041"}),
                            ("Fee Paid", {"amount": L(12000, BUY)})], at=SCHOOL_FIX, nd=2),
        km_pixel(APP, rng, "Course Opened", {"course": "crs_suroz_1"}),
        mt_event(APP, rng, "enrol", {"course": "crs_suroz_1"}, revenue=12000.0),
        bh_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="music,balochi,suroz"),
        bh_notice(APP, rng, "imp"),
        ca_session(APP, rng, secs=947),
        fp_eval(APP, rng, {"saz": "suroz", "level": "beginner"}),
        pj_register(APP, rng, tags={"school": SCHOOL["id"], "saz": "suroz"}),
        co_check(APP, rng, {"analytics": True}),
        pd_wallet(APP, rng, "12000", L(E164, TEL)),
        km_pixel(APP, rng, "Recording Played", {"sot": "zahirok"}),
    ]
