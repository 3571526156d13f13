"""The Third Circuit's juror portal "Kahea Jury" (``kahea`` call: she is summoned to the Hilo
courthouse for a two-week term). Its API's keys are Hawaii Pidgin with the court's English form
words (``summons``, ``juror``, ``panel``, ``citizen``): ``summons_numbah`` / ``juror_numbah``,
``nem`` / ``las_nem``, ``bawn_day`` birth date, ``laisens`` driver's licence number,
``social_las_4`` the last four of her social security number, ``wat_you`` race or ethnicity
(the local question "what you?"), ``hispanic``, ``kane_o_wahine`` sex, ``hana`` job, ``luna``
boss, ``wea_you_stay`` address, ``town``, ``kode`` SMS code, ``no_can`` excuse, ``bumbye`` later
date, ``wea_you_at`` where she is, ``mesej`` message, ``look_fo`` search, ``miles``,
``pay_to`` payee account, ``kokua_need`` accommodation): registration, an SMS code, ``/me``, the
qualification questionnaire (gzip; ethnicity, licence, SSN last four), the schedule, a postponement,
a medical excuse (PDF), a check-in at the courthouse with her fix, parking, the mileage claim to
her account, the attendance by juror number in the path, messages, a letter to her boss, a search,
the panel acknowledgement (msgpack), direct deposit, an accommodation, courts near her (2
decimals), the daily status by cookie, push and events."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    COURT,
    COURT_FIX,
    DL,
    GRILL,
    HOME,
    HOME_AT,
    JUROR,
    ROUTING,
    SSN,
    US_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import cn_session, mo_batch, mo_pixel, tk_launch
from eval_families259_svc import (
    fp_eval,
    hp_attach,
    hp_message,
    mp_geocode,
    mp_reverse,
    ol_check,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kahea", "Kahea Jury", "com.example.kaheajury", "1.9.4",
          "https://portal.kaheajury.example.gov")
IID = "X-Kahea-Device"
NID = "personal.national_id"
SUMMONS = "S3C-2026-004417"  # her summons number (id.user: it identifies her in the pool)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kahea() -> list[Case]:
    rng = random.Random(25921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, juror=L(JUROR, UID), email=L(EMAIL, MAIL),
                                    term="2026-03A"))}
    cla, clo = fix(COURT_FIX, 5)
    attendance = at_path(case(f, f"{a}/api/jurors/{JUROR}/attendance", headers=_h(rng, **b)),
                         JUROR, UID)
    return [
        case(f, f"{a}/api/jurors/register", headers=_h(rng), body={
            "summons_numbah": L(SUMMONS, UID), "juror_numbah": L(JUROR, UID),
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "bawn_day": L(DOB, BIRTH),
            "laisens": L(DL, NID), "email": L(EMAIL, MAIL), "fone": L(E164, TEL),
            "wea_you_stay": L(HOME["line"], ADDR), "town": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/api/jurors/verify", fmt="form", headers=_h(rng), body={
            "fone": L(E164, TEL), "kode": L("508113", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/questionnaire", gz=True, headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "citizen": True, "years_in_county": 4,
            "english_ok": True, "felony": False, "wat_you": L("White (Haole)", SENS),
            "hispanic": L(False, SENS), "kane_o_wahine": L("F", GENDER),
            "bawn_day": L(DOB, BIRTH), "social_las_4": L(SSN[-4:], NID),
            "laisens": L(DL, NID), "hana": "restaurant server", "employer": GRILL["name"],
            "served_before": False}),
        case(f, f"{a}/api/schedule", headers=_h(rng, **b), query={
            "juror": L(JUROR, UID), "term": "2026-03A"}),
        case(f, f"{a}/api/postpone", fmt="form", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "bumbye": "2026-05-04",
            "no_can": L("I get shifts in Kona dat week, my luna already wen schedule me", TEXT)}),
        multipart(f, f"{a}/api/excuse", [
            ("note", "doctor_note.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "juror_numbah": L(JUROR, UID), "kind": "medical",
                "no_can": L("Sprained ankle, doctah say keep um up fo one week",
                            f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "wea_you_at": {"lat": cla, "lng": clo},
            "court": {"id": COURT["id"], "lat": COURT["lat"], "lng": COURT["lon"]},
            "room": "jury_assembly"}),
        case(f, f"{a}/api/parking", headers=_h(rng, **b), query={
            "juror": L(JUROR, UID), "plate": "LHT 482", "lot": "B"}),
        case(f, f"{a}/api/mileage", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "from_town": L(HOME["town"], COARSE), "miles": 9.4,
            "days": 3, "hamuch": L("31.50", BUY),
            "pay_to": {"account": L(US_ACCOUNT, PAY), "routing": ROUTING}}),
        attendance,
        case(f, f"{a}/api/mesej", headers=_h(rng, **b), body={
            "to": "jury_office", "thread": obj(rng, "th"),
            "mesej": L("Aloha, can I bring my ankle brace an one pillow fo da assembly room?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/employer_letter", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "employer": GRILL["name"],
            "luna": {"nem": L("Dana Pacheco", NAMEC),
                     "email": L("dana.pacheco@kbgrill.example.com", MAIL)},
            "days": ["2026-03-09", "2026-03-10"]}),
        case(f, f"{a}/api/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("wat fo wear jury duty", SEARCH)}),
        case(f, f"{a}/api/panels/pn_22/ack", fmt="msgpack", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID), "seat": 7, "ack": True, "t": 1773158400}),
        case(f, f"{a}/api/payment/direct_deposit", fmt="form", headers=_h(rng, **b), body={
            "account": L(US_ACCOUNT, PAY), "routing": ROUTING, "kind": "checking",
            "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/kokua_need", headers=_h(rng, **b), body={
            "juror_numbah": L(JUROR, UID),
            "kokua_need": L("Need fo stretch my leg every hour (ankle sprain)", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/courts/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/daily_status", headers=_h(rng, how="none"), cookies={
            "kj_session": L(opaque(rng, "", 40), CRED), "kj_device": L(INSTALL_ID, DID),
            "kj_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("questionnaire_pau", 1), ev("screen", 2, screen=L("DailyStatus", USAGE))]}),
    ]


def kahea_sdks() -> list[Case]:
    rng = random.Random(25922)
    return [
        mo_batch(APP, rng, [("Questionnaire Done", {"term": "2026-03A"}),
                            ("Checked In", {"court": COURT["id"]})]),
        mo_pixel(APP, rng, "Status Opened", {"day": "2026-03-09"}),
        tk_launch(APP, rng, user=True),
        cn_session(APP, rng, secs=604),
        fp_eval(APP, rng, {"court": COURT["id"], "juror": L(JUROR, UID)}, hdr=True),
        pk_register(APP, rng, tags={"court": "hilo", "term": "2026-03A"}),
        ol_check(APP, rng, {"analytics": True}),
        mp_geocode(APP, rng, "Hale Kaulike parking", SEARCH, near=HOME_AT, nd=3),
        mp_reverse(APP, rng, COURT_FIX, PRECISE, nd=4),
        hp_message(APP, rng, L("My mileage never come yet", TEXT), {"juror": L(JUROR, UID)}),
        hp_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "doctor_note.pdf", "application/pdf"),
    ]
