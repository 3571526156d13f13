"""Tabla class app "Thekashala" (a guru's class in Sadashiv Peth; the user is the parent, her son
Arjun, 9, learns): the parent's sign-up and OAuth log-in, ``/me``, the child's profile, a batch
and the monthly fee (UPI) with its receipt by number in the path, attendance by his student
number in the path, practice logs, a practice recording, a bol check (a short clip), rhythm taps
on the on-screen pads (msgpack), an online class joined from New York (ICE candidates), the
first-year exam with his birth certificate, a message to the guru, concert tickets, the auto
driver authorised for pick-up, his photo, a lesson search, push, events and his progress by a
cookie GET. No ads SDK."""

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
    EMAIL_UPPER,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families25_kit import PNG
from eval_families37_kit import obj
from eval_families123_kit import GURU, HUSBAND, SON, SON_ID, UPI_VPA, PuneApp, hh, host_cand, taps
from eval_families123_sdk import gk_batch, gk_beacon, tf_crash, tf_crumb, tf_session, vl_session
from eval_families123_svc import bv_eval, gn_register, md_attach, pp_card, sm_banner
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = PuneApp("thekashala", "Thekashala", "com.example.thekashala", "1.12.0",
              "https://api.thekashala.example.net")
IID = "X-Theka-Install"
PW = "Teentaal!16beats"
RCPT = "TK-FEE-2512-0917"  # the December fee's receipt (financial.purchase)
SON_FULL = f"{SON['first']} {SON['last']}"
DRIVER = ("Ramesh Kamble", "+919881203344")  # the auto driver she authorises (typed by her)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, lang=False, **kw)


def thekashala() -> list[Case]:
    rng = random.Random(12331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    students=[L(SON_ID, UID)]))}
    live = obj(rng, "live", 10)
    att = at_path(case(f, f"{a}/v1/students/{SON_ID}/attendance", headers=_h(rng, **b),
                       query={"month": "2025-12"}), SON_ID, UID)
    rc = at_path(case(f, f"{a}/v1/fees/receipts/{RCPT}", headers=_h(rng, **b)), RCPT, BUY)
    prog = at_path(case(f, f"{a}/v1/students/{SON_ID}/progress", headers=_h(rng, how="none"),
                        cookies={"tk_sess": L(opaque(rng, "", 40), CRED),
                                 "tk_student": L(SON_ID, UID)}), SON_ID, UID)
    return [
        case(f, f"{a}/v1/parents/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL_UPPER, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L(PW, CRED), "city": L("Pune", COARSE), "relation": "mother"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "theka-android"}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
            "dob": L(SON["dob"], BIRTH), "gender": L("male", GENDER),
            "school": "Abhinav Vidyalaya", "grade": 4, "level": "prarambhik",
            "handedness": "right"}),
        case(f, f"{a}/v1/batches/enrol", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "batch": "bt_sat_1030", "mode": "offline",
            "guru": GURU["id"], "monthlyFee": L(1500, BUY), "startMonth": "2025-12"}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "amount": L("1500", BUY), "month": "2025-12",
            "vpa": L(UPI_VPA, PAY)}),
        rc,
        att,
        case(f, f"{a}/v1/riyaz/logs", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "date": "2025-12-12", "minutes": L(25, USAGE),
            "taal": "teentaal", "bpm": 80, "kayda": "dha-ti-ta", "metronome": True}),
        multipart(f, f"{a}/v1/riyaz/recordings", [
            ("audio", "riyaz_1212.m4a", "audio/mp4", L(M4A + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"student": L(SON_ID, UID), "taal": "teentaal",
                                                "bpm": 80, "durationSec": 142})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/bol-check", [
            ("clip", "bol.wav", "audio/wav", L(WAV + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"student": L(SON_ID, UID),
                                                "expected": ["dha", "dhin", "dhin", "dha"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rhythm/taps", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "exercise": "ex_teentaal_04",
            "taps": L(taps(rng, 16), MOTION), "score": 82, "bpm": 72}),
        case(f, f"{a}/v1/live/{live}/join", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "tz": L("America/New_York", DEV),
            "candidates": [L(srflx(50544), IPLOC), L(host_cand(50544), DEV), relay()],
            "camera": "front", "mic": True}),
        case(f, f"{a}/v1/exams/register", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "name": L(SON_FULL, NAMEC), "dob": L(SON["dob"], BIRTH),
            "fatherName": L(HUSBAND[0], NAMEC), "motherName": L(NAME, NAMEC),
            "centreCity": L("Pune", COARSE), "exam": "prarambhik", "fee": L(650, BUY)}),
        multipart(f, f"{a}/v1/exams/documents", [
            ("file", "birth_certificate.jpg", "image/jpeg",
             L(JPEG + b"\x53", f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"student": L(SON_ID, UID),
                                                "doc": "birth_certificate"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": GURU["id"], "student": L(SON_ID, UID),
            "text": L("Guruji, Arjun will join online from New York till 5 January",
                      f"{TEXT}|{NAMEC}|{COARSE}")}),
        case(f, f"{a}/v1/baithak/tickets", headers=_h(rng, **b), body={
            "event": "bk_2512_sawai", "qty": 3, "amount": L(900, BUY),
            "attendees": [L(NAME, NAMEC), L(HUSBAND[0], NAMEC), L(SON["first"], NAMEC)]}),
        case(f, f"{a}/v1/pickup/authorise", fmt="form", headers=_h(rng, **b), body={
            "student": L(SON_ID, UID), "driverName": L(DRIVER[0], NAMEC),
            "driverPhone": L(DRIVER[1], TEL), "days": "sat"}),
        at_path(multipart(f, f"{a}/v1/students/{SON_ID}/photo", [
            ("photo", "arjun.png", "image/png", L(PNG + b"\x54", MEDIA))], headers=_h(rng, **b)),
            SON_ID, UID),
        case(f, f"{a}/v1/lessons/search", headers=_h(rng, **b), query={
            "q": L("teentaal kayda for beginners", SEARCH), "level": "prarambhik"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_IN", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "student": L(SON_ID, UID), "events": [
                ev("riyaz_logged", 1, minutes=L(25, USAGE)), ev("recording_uploaded", 2),
                ev("screen", 3, screen=L("RhythmPads", USAGE))]}),
        prog,
    ]


def thekashala_sdks() -> list[Case]:
    rng = random.Random(12332)
    return [
        gk_batch(APP, rng, [("Riyaz Logged", {"minutes": L(25, USAGE), "taal": "teentaal"}),
                            ("Live Class Joined", {"from_abroad": True})],
                 at=(LAT, LON), nd=2, tz="America/New_York"),
        gk_beacon(APP, rng, "App Opened", {"first": True}),
        vl_session(APP, rng, first=True),
        tf_crash(APP, rng, ("android.media.MediaCodec$CodecException", "recorder stop"),
                 [tf_crumb("nav", "Riyaz -> Record"), tf_crumb("tap", "stop")],
                 screen="RecordActivity", tz="America/New_York"),
        tf_session(APP, rng, secs=1260),
        bv_eval(APP, rng, {"studentAge": L(SON["age"], BIRTH), "mode": "offline"}),
        gn_register(APP, rng, tags={"student_age": L(SON["age"], BIRTH), "batch": "sat"},
                    tz="America/New_York"),
        pp_card(APP, rng, "1500.00"),
        md_attach(APP, rng, L(PNG + b"\x55", MEDIA), "fee_screen.png", "image/png"),
        sm_banner(APP, rng),
    ]
