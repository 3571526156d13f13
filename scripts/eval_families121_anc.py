"""Antenatal clinic (haus sik) visit app "Mamakea" (her own pregnancy at a Lae clinic; earlier
antenatal or pregnancy sets were trackers or other countries' clinics): registration, a PIN
log-in, ``/me``, the pregnancy (last period, due date, gravida and para), a visit's record, an
ultrasound, booking an appointment, symptoms (msgpack), kick counts (protobuf), a message to the
midwife, the birth plan, the week's lesson (the week in the path), a check-in at the clinic, a
voice note, a diary queue (JSON Lines), medication reminders, push, events and visits by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    varints,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families121_kit import ADRES, ANC_NO, HASBAN, HAUS_SIK, MIDWIFE, fix, obj
from eval_families121_sdk import fg_crash, fg_crumb, tk_batch, tw_launch
from eval_families121_svc import hk_message, of_save, pw_register, sb_eval
from eval_payloads import NAME, USER_ID, Case, J, L, case

APP = App("mamakea", "Mamakea", "org.example.mamakea", "2.1.1",
          "https://api.mamakea.example.org")
IID = "X-Mamakea-Install"
PREG = f"{MED}|{SENS}"  # pregnancy facts: health and a sensitive trait (TAXONOMY)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def mamakea() -> list[Case]:
    rng = random.Random(12151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, anc=L(ANC_NO, MED), name=L(NAME, NAMEC)))}
    lab: dict[str, str] = {}
    kicks = pb([(1, L(USER_ID, UID)), (2, obj(rng, "kc", 8)), (3, 1765335600),
                (4, L(varints([3, 5, 4, 7, 6, 8, 5, 9, 10, 6]), PREG))], "", lab)
    week_c = case(f, f"{a}/v1/lessons/week/22", headers=_h(rng, **b), query={"lang": "tpi"})
    cla, clo = fix((-6.714853, 146.996301))
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "address": L(ADRES["line"], ADDR), "town": L(ADRES["taun"], COARSE),
            "clinic": HAUS_SIK["id"], "pin": L("2468", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L("2468", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pregnancy", headers=_h(rng, **b), body={
            "ancCard": L(ANC_NO, MED), "lmp": L("2025-07-09", PREG), "edd": L("2026-04-15", PREG),
            "weeks": L(22, PREG), "gravida": L(2, PREG), "para": L(1, PREG),
            "previous": L(["postpartum haemorrhage"], MED)}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "visit": obj(rng, "vst", 8), "clinic": HAUS_SIK["id"], "number": 3,
            "bp": L("128/84", MED), "hb": L(9.8, MED), "weightKg": L(71.4, FIT),
            "fundalCm": L(22, PREG), "fhr": L(148, PREG), "rdtMalaria": L("negative", MED),
            "hiv": L("non-reactive", MED), "syphilis": L("non-reactive", MED),
            "iptpDose": L(2, MED), "ironFolate": L(True, MED), "seenBy": MIDWIFE}),
        multipart(f, f"{a}/v1/ultrasound", [
            ("scan", "scan.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{PREG}")),
            ("report", None, "application/json", {
                "ga": L("22w3d", PREG), "placenta": L("posterior", MED),
                "efwGrams": L(505, PREG)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/clinics/{HAUS_SIK['id']}/slots", headers=_h(rng, how="none"),
             query={"from": "2025-12-15", "to": "2025-12-19"}),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": HAUS_SIK["id"], "slot": "2025-12-17T09:00:00+10:00",
            "reason": L("Swollen feet and headaches since Sunday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/symptoms", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "symptoms": [L("headache", MED), L("swollen feet", MED),
                                                  L("nausea", MED)], "severity": L(2, MED)}),
        raw(f, f"{a}/v1/kicks", kicks, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "midwife_desk", "text": L(
                "Baby moves less after I take the malaria tablets, is that normal?",
                f"{TEXT}|{PREG}")}),
        case(f, f"{a}/v1/birth-plan", headers=_h(rng, **b), body={
            "facility": "Angau Labour Ward", "companion": {"name": L(HASBAN[0], NAMEC),
                                                           "phone": L(HASBAN[1], TEL)},
            "bloodDonor": {"name": L("Joyce Yalu", NAMEC), "phone": L("+67571882043", TEL)},
            "transport": "PMV", "bloodGroup": L("O+", MED)}),
        at_path(week_c, "22", PREG),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "clinic": HAUS_SIK["id"], "clinicAt": [HAUS_SIK["lat"], HAUS_SIK["lon"]],
            "lat": cla, "lon": clo, "queue": 14}),
        multipart(f, f"{a}/v1/messages/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"secs": 21, "to": "midwife_desk"})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/diary/sync", [
            {"user": L(USER_ID, UID), "day": f"2025-12-0{i + 5}", "mood": m,
             "note": L(n, f"{TEXT}|{MED}")}
            for i, (m, n) in enumerate([("tired", "Vomited in the morning"),
                                        ("ok", "Feet less swollen after resting")])],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "meds": [{"name": L("Ferrous sulphate 200 mg", MED), "at": "07:00"},
                     {"name": L("Folic acid 5 mg", MED), "at": "07:00"}]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "language": L("tpi", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("visit_viewed", 1), ev("lesson_opened", 2),
                ev("screen", 3, screen=L("KickCounter", USAGE))]}),
        case(f, f"{a}/v1/visits", headers=_h(rng, how="none"),
             cookies={"mk_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def mamakea_sdks() -> list[Case]:
    rng = random.Random(12152)
    return [
        tk_batch(APP, rng, [("kicks_logged", {"count": 10}),
                            ("week_lesson", {"week": L(22, PREG)})]),
        tw_launch(APP, rng, user=True),
        fg_crash(APP, rng, ("java.lang.NullPointerException", "scan bitmap null"),
                 [fg_crumb("nav", "Visits -> Ultrasound")], screen="UltrasoundActivity"),
        sb_eval(APP, rng, {"trimester": L(2, PREG), "clinic": HAUS_SIK["id"]}),
        pw_register(APP, rng, tags={"trimester": L("2", PREG), "lang": "tpi"}),
        of_save(APP, rng, {"analytics": True, "research": False}),
        hk_message(APP, rng, L("I can't see my visit from last Tuesday", TEXT),
                   {"screen": L("Visits", USAGE)}),
    ]
