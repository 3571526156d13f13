"""A cardiac rehabilitation programme's app "Hugalelei" ("a good heart"; the Suva heart
rehabilitation unit's twelve weeks after her heart attack from a coronary artery dissection
(SCAD) in October 2025). Its API's keys are Rotuman in camelCase, ASCII-folded, with English
medical words kept: ``asaMua`` first name, ``asaKainaga`` surname, ``imel`` e-mail, ``telefon``
phone, ``faeagNusura`` password, ``ranFanau`` birth date, ``famori`` people (the ethnic group
the hospital's form asks for), ``rotu`` religion, ``fikaPuk`` record number, ``mahaki``
illness, ``vai`` medicine, ``ru`` pain, ``huga`` heart, ``tokta`` doctor, ``hoag`` spouse,
``telaa`` food, ``ran`` day, ``jaja`` picture: registration, an OAuth password grant, ``/ou``,
the intake (gzip), the echocardiogram report (PDF), the week's programme, a check-in at the unit,
a protobuf heart-rate beat from the session, a walk on the seawall, home blood pressures
(msgpack), symptoms, a refill, a message to the nurse, measurements, the emergency contact, an
education quiz, appointments, a research consent, the discharge letter by record number in the
path, a watch import (gzip), a summary by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    HUSBAND,
    RECORD,
    REHAB,
    REHAB_FIX,
    SEAWALL,
    SUVA_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import cd_session, mc_batch, mc_pixel, mc_queue, tn_launch
from eval_families237_svc import cy_check, fn_eval, hs_attach, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hugalelei", "Hugalelei", "com.example.hugalelei", "2.3.0",
          "https://api.hugalelei.example.net")
IID = "X-Huga-Install"
PW = "Motusa#Heart2025"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def hugalelei() -> list[Case]:
    rng = random.Random(23711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fikaPuk=L(RECORD, MED),
                                    programme="cr12"))}
    rla, rlo = fix(REHAB_FIX, 5)
    sess = obj(rng, "ss")
    lab: dict[str, str] = {}
    beat = pb([(1, L(RECORD, MED)), (2, sess), (3, 1770700000),
               (4, L(104, FIT)), (4, L(118, FIT)), (4, L(123, FIT)), (5, L(13, FIT)),
               (6, L("treadmill", FIT)), (7, L(67, DEV))], "", lab)
    letter = at_path(case(f, f"{a}/v2/puk/{RECORD}/discharge", headers=_h(rng, **b)),
                     RECORD, MED)
    return [
        case(f, f"{a}/v2/rejista", headers=_h(rng), body={
            "asaMua": L(FIRST, NAMEC), "asaKainaga": L(LAST, NAMEC),
            "imel": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "faeagNusura": L(PW, CRED), "ranFanau": L(DOB, BIRTH), "sex": L("F", GENDER),
            "famori": L("Other (European)", SENS), "rotu": L("Methodist", SENS),
            "fikaPuk": L(RECORD, MED), "hanua": L("Suva", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "hugalelei-android"}),
        case(f, f"{a}/v2/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/mahaki/intake", gz=True, headers=_h(rng, **b), body={
            "fikaPuk": L(RECORD, MED),
            "mahaki": L("SCAD, inferior STEMI 14 Oct 2025", MED),
            "vai": [L("aspirin 100 mg", MED), L("bisoprolol 2.5 mg", MED),
                    L("atorvastatin 40 mg", MED)],
            "ejectionFraction": L("52%", MED), "ruHuga": L(1, MED),
            "otherConditions": [L("migraine", MED)], "smoker": L(False, MED),
            "pregnant": L(False, MED), "tokta": L("Dr S. Naidu", NAMEC)}),
        multipart(f, f"{a}/v2/puk/echo", [
            ("report", "echo_nov25.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"fikaPuk": L(RECORD, MED), "kind": "echo"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/programme", headers=_h(rng, **b), query={
            "fikaPuk": L(RECORD, MED), "wik": "6"}),
        case(f, f"{a}/v2/sesion/checkin", headers=_h(rng, **b), body={
            "sesion": sess, "ut": {"lat": rla, "lng": rlo, "acc": 9},
            "unit": {"id": REHAB["id"], "lat": REHAB["lat"], "lng": REHAB["lon"]}}),
        raw(f, f"{a}/v2/sesion/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/walks", headers=_h(rng, **b), body={
            "ran": "2026-02-10", "minutes": L(32, FIT), "steps": L(3880, FIT),
            "hrAvg": L(101, FIT),
            "track": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in SEAWALL]}),
        case(f, f"{a}/v2/bp", fmt="msgpack", headers=_h(rng, **b), body={
            "fikaPuk": L(RECORD, MED), "readings": [
                {"sys": L(118, MED), "dia": L(74, MED), "pulse": L(62, FIT), "t": 1770610000},
                {"sys": L(124, MED), "dia": L(79, MED), "pulse": L(66, FIT), "t": 1770696400}],
            "cuff": "bp_cuff_2231"}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "ran": "2026-02-09", "ru": L(True, MED), "breathless": L(False, MED),
            "note": L("Tight chest for ten minutes after carrying the shopping up the hill",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/vai/refill", fmt="form", headers=_h(rng, **b), body={
            "vai": L("bisoprolol 2.5 mg", MED), "qty": "28", "pharmacy": "ph_suva_04",
            "fikaPuk": L(RECORD, MED)}),
        case(f, f"{a}/v2/rogrog", headers=_h(rng, **b), body={
            "to": "nurse_cr", "thread": obj(rng, "th"),
            "text": L("Can I stop the atorvastatin before we fly to Rotuma? It gives me cramps.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/measure", fmt="form", headers=_h(rng, **b), body={
            "kg": L("63.4", FIT), "waistCm": L("78", FIT), "restingHr": L("61", FIT)}),
        case(f, f"{a}/v2/emergency", headers=_h(rng, **b), body={
            "hoag": {"asa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "relation": "husband"}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "fikaPuk": L(RECORD, MED), "scope": ["weekly_summary", "bp"],
            "with": [{"asa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                     {"asa": L("Dr Ana Vuki", NAMEC),
                      "imel": L("a.vuki@gpclinic.example.com", MAIL)}]}),
        case(f, f"{a}/v2/education/quiz", headers=_h(rng, **b), body={
            "module": "m4_telaa", "answers": [2, 1, 3, 3], "score": 3,
            "telaa": L("less salt in the fekei, fish twice a week", TEXT)}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), query={
            "fikaPuk": L(RECORD, MED), "from": "2026-02-01"}),
        case(f, f"{a}/v2/research/consent", fmt="form", headers=_h(rng, **b), body={
            "fikaPuk": L(RECORD, MED), "share": "no",
            "signedBy": L(f"{FIRST} {LAST}", NAMEC)}),
        letter,
        case(f, f"{a}/v2/wearable/sync", gz=True, headers=_h(rng, **b), body={
            "source": "watch", "days": [
                {"ran": "2026-02-09", "restingHr": L(60, FIT), "steps": L(6120, FIT)},
                {"ran": "2026-02-10", "restingHr": L(62, FIT), "steps": L(7034, FIT)}]}),
        case(f, f"{a}/v2/summary", headers=_h(rng, how="none"), cookies={
            "hg_sid": L(opaque(rng, "", 40), CRED), "hg_dev": L(INSTALL_ID, DID),
            "hg_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("session_done", 1), ev("screen", 2, screen=L("WalkLog", USAGE))]}),
    ]


def hugalelei_sdks() -> list[Case]:
    rng = random.Random(23712)
    return [
        mc_batch(APP, rng, [("Session Completed", {"week": 6, "hr_peak": L(123, FIT)}),
                            ("Walk Logged", {"minutes": L(32, FIT)})], at=SEAWALL[0], nd=2),
        mc_queue(APP, rng, [("Symptom Logged", {"chest_pain": L(True, MED)}),
                            ("Quiz Done", {"module": "m4_telaa"})]),
        mc_pixel(APP, rng, "Module Opened", {"module": "m5_stress"}),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=1207),
        fn_eval(APP, rng, {"programme": L("cardiac rehab", MED), "unit": REHAB["id"]}),
        pt_register(APP, rng, tags={"programme": L("cardiac_rehab", MED), "wik": 6}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_route(APP, rng, [(SUVA_HOME_AT, PRECISE), ((REHAB["lat"], REHAB["lon"]), None)]),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ecg_feb26.pdf", "application/pdf"),
    ]
