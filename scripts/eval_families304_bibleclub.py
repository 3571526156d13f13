"""A Protestant church's children's holiday Bible club app "Hope Naatu" (Sodo Hope Evangelical
Church's two-week club in the school break, for Selam; its API is English with Wolaytta words:
``sunttaa`` name, ``aawaa_sunttaa`` father's name, ``silkkiyaa`` phone, ``naatu`` children,
``naa`` child, ``woosa_keettaa`` church (lit. "prayer house"), ``ammanuwaa`` faith,
``woosaa`` prayer, ``harggiyaa`` illness, ``xalliyaa`` medicine, ``kiitaa`` message,
``miishshaa`` amount, ``qanxxuwaa`` payment, ``yeggiyaa`` drop-off, ``ekkiyaa`` pick-up,
``misiliyaa`` photo, ``qaalaa`` verse (lit. "word"), ``qumaa`` food): a parent's sign-up with her
congregation and faith, a log-in, ``/me`` with a ``children`` claim, Selam registered (her
allergy, her dedication), her badge photo, the daily schedule, the drop-off with her fix, her
mother-in-law authorised for pick-up, the fee, a missions offering, Selam's memory verse recorded
(audio), a message to the teacher (a cough), her volunteering, a prayer request, the snack menu,
a search, the attendance by club number in the path, the certificate acknowledged, events by
cookie, push and events. Set 115 has an Orthodox Sunday school and many sets have camps; this is a
Protestant church's day club in the school break."""

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
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families304_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families304_sdk import cr_crash, cr_crumb, cr_session, mq_batch, mq_identify, ts_launch
from eval_families304_svc import cb_card, cb_confirm, cg_check, fu_eval, hk_message, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hopenaatu", "Hope Naatu", "com.example.hopenaatu", "1.2.0",
          "https://api.hopenaatu.example.org")
IID = "X-HopeNaatu-Device"
PW = "Selam2017!Hope"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CLUB = DAUGHTER["club"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def bibleclub() -> list[Case]:
    rng = random.Random(30431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(CLUB, UID)],
                                    role="parent"))}
    cla, clo = fix(CHURCH_FIX, 5)
    att = at_path(case(f, f"{a}/v1/naatu/{CLUB}/attendance", headers=_h(rng, **b),
                       query={"week": "2"}), CLUB, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaa_sunttaa": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "silkkiyaa": L(E164, TEL), "password": L(PW, CRED),
            "woosa_keettaa": L(CHURCH["id"], SENS), "ammanuwaa": L("Wongelaawe", SENS),
            "katamaa": L("Wolaita Sodo", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/naatu", headers=_h(rng, **b), body={
            "naa": {"sunttaa": L(DAUGHTER["first"], NAMEC),
                    "aawaa_sunttaa": L(DAUGHTER["last"], NAMEC),
                    "yelettido_gallassaa": L(DAUGHTER["dob"], BIRTH),
                    "attuma_maccaa": L("maccaa", GENDER), "clubNo": L(CLUB, UID)},
            "harggiyaa": {"allergies": [L("peanut", MED)], "xalliyaa": L("cetirizine 5 mg", MED)},
            "dedicated": L(True, SENS), "group": "grade_2_3", "photoConsent": True}),
        multipart(f, f"{a}/v1/naatu/badge", [
            ("misiliyaa", "selam_badge.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"clubNo": L(CLUB, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "church": CHURCH["id"], "group": "grade_2_3", "week": "2"}),
        case(f, f"{a}/v1/yeggiyaa", headers=_h(rng, **b), body={
            "clubNo": L(CLUB, UID), "at": {"lat": cla, "lng": clo},
            "church": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]}, "gate": "gt_south"}),
        case(f, f"{a}/v1/ekkiyaa/authorise", headers=_h(rng, **b), body={
            "clubNo": L(CLUB, UID),
            "asaa": {"sunttaa": L(MOTHER_IL[0], NAMEC), "silkkiyaa": L(MOTHER_IL[1], TEL),
                     "dabbotaa": "grandmother"}, "days": ["wed", "fri"]}),
        case(f, f"{a}/v1/fees", fmt="form", headers=_h(rng, **b), body={
            "clubNo": L(CLUB, UID), "miishshaa": L("350.00", BUY),
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/giving", fmt="form", headers=_h(rng, **b), body={
            "fund": L("missions_konso", SENS), "miishshaa": L("200", BUY),
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/naatu/verse", [
            ("audio", "verse_day4.m4a", "audio/mp4", L(M4A + b"\x04", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"clubNo": L(CLUB, UID),
                                                "qaalaa": L("Yohaannisa 3:16", SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kiitaa", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "tch_g23",
            "kiitaa": L("Selam has a cough since Monday, she may need water near her seat.",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/volunteers", headers=_h(rng, **b), body={
            "sunttaa": L(f"{FIRST} {LAST}", NAMEC), "team": L("woosaa_and_snacks", SENS),
            "days": ["mon", "thu"], "silkkiyaa": L(E164, TEL)}),
        case(f, f"{a}/v1/woosaa", headers=_h(rng, **b), body={
            "visibility": "pastors",
            "text": L("Please pray for my mother-in-law Almaz, her knee operation is next week",
                      f"{TEXT}|{SENS}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/qumaa/menu", headers=_h(rng, **b), query={
            "week": "2", "diet": L("peanut-free", MED)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Wolaytta children's songs lyrics", SEARCH)}),
        att,
        case(f, f"{a}/v1/certificates/ack", fmt="form", headers=_h(rng, **b), body={
            "clubNo": L(CLUB, UID), "signed": L(f"{FIRST} {LAST}", NAMEC), "copy": "print"}),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "hn_sid": L(opaque(rng, "", 40), CRED), "hn_dev": L(INSTALL_ID, DID),
            "hn_req": rid(rng)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("verse_recorded", 1), ev("screen", 2, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
    ]


def bibleclub_sdks() -> list[Case]:
    rng = random.Random(30432)
    return [
        mq_batch(APP, rng, [("Child Registered", {"group": "grade_2_3"}),
                            ("Fee Paid", {"amount": L(350, BUY)})]),
        mq_identify(APP, rng, {"role": "parent", "children": 1,
                               "church": L(CHURCH["name"], SENS)}),
        ts_launch(APP, rng),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cr_crumb("nav", "Verse -> Record")],
                 user={"id": L(USER_ID, UID)}, screen="VerseActivity"),
        cr_session(APP, rng, secs=388),
        fu_eval(APP, rng, {"church": CHURCH["id"], "children": 1}),
        pb_register(APP, rng, tags={"group": "grade_2_3", "church": L(CHURCH["id"], SENS)}),
        cg_check(APP, rng, {"analytics": True, "photos": True}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "350.00"),
        hk_message(APP, rng, L(f"The fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"clubNo": L(CLUB, UID)}),
    ]

