"""A youth traditional-canoe building and sailing programme's app "Waanro" (``wa`` canoe: a
Majuro canoe house teaches boys and girls to build and sail outrigger canoes; her son Tobin is
enrolled). Unlike set 116's adult outrigger regatta club (paddlers, seats, club dues) and the
sailing regattas of sets 62 and 82, it is a child's programme run for parents: enrolment, a
swim test, the medical and consent form, term fees, sessions with attendance, a tracker the
canoe carries on the lagoon, the parent's pick-up, a badge and a family photo release. Calls:
the family's sign-up, a log-in (a form), ``/me`` with a JWT, the child's enrolment, the health
form, the swim test, consent (a form), term fees and a payment, sessions, an absence, the
canoe's track (gzip), the pick-up with her fix, a message to the instructor, Tobin's photo,
badges by school ID in the path, an emergency contact, a cookie GET of the family account, a
volunteer sign-up, push and events."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
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
from eval_families24_kit import claims, rid
from eval_families148_kit import (
    CANOE_FIX,
    CANOE_HOUSE,
    FAMILY_NO,
    HUSBAND,
    MAJ_HOME,
    SON,
    fix,
    hd,
    push,
)
from eval_families148_sdk import cn_crash, cn_crumb, sb_batch, sb_identify, tp_launch
from eval_families148_svc import cj_card, cj_confirm, fa_eval, hf_message, ms_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("waanro", "Waanro", "com.example.waanro", "1.4.2", "https://api.waanro.example.org")
IID = "X-Waanro-Install"
PW = "OutriggerT0bin"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def waanro() -> list[Case]:
    rng = random.Random(14841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, family=L(FAMILY_NO, UID),
                                    children=[L(SON["school"], UID)]))}
    cla, clo = fix(CANOE_FIX, 6)
    lagoon = [(7.081122, 171.361904), (7.079830, 171.357212), (7.082417, 171.352801)]
    badges = at_path(case(f, f"{a}/v1/children/{SON['school']}/badges", headers=_h(rng, **b)),
                     SON["school"], UID)
    return [
        case(f, f"{a}/v1/families", headers=_h(rng), body={
            "parent": {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                       "email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
            "password": L(PW, CRED), "address": L(MAJ_HOME["line"], "contact.address"),
            "village": L(MAJ_HOME["area"], COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "family": L(FAMILY_NO, UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "sex": L(SON["sex"], GENDER), "schoolId": L(SON["school"], UID),
            "school": "Delap Elementary", "grade": 6, "group": "Juniors B"}),
        case(f, f"{a}/v1/children/health", headers=_h(rng, **b), body={
            "child": L(SON["school"], UID), "asthma": L(True, MED),
            "inhaler": L("salbutamol", MED), "allergies": [L("shellfish", MED)],
            "bloodGroup": L("O+", MED), "note": L("Tobin gets wheezy after long swims",
                                                  f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/children/swim-test", headers=_h(rng, **b), body={
            "child": L(SON["school"], UID), "passed": True, "metres": 200, "tread": "5 min"}),
        case(f, f"{a}/v1/consent", fmt="form", headers=_h(rng, **b), body={
            "child": L(SON["school"], UID), "water_activities": "yes", "photos": "yes",
            "parent_name": L(f"{FIRST} {LAST}", NAMEC), "signed": "2025-12-01"}),
        case(f, f"{a}/v1/fees", headers=_h(rng, **b), query={"family": L(FAMILY_NO, UID),
                                                           "term": "T1-2026"}),
        case(f, f"{a}/v1/fees/pay", headers=_h(rng, **b), body={
            "invoice": L("WR-INV-2026-0312", BUY), "amount": L(45.0, BUY),
            "method": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v1/sessions", headers=_h(rng, **b), query={"group": "Juniors B",
                                                               "month": "2026-01"}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "child": L(SON["school"], UID), "date": "2026-01-10",
            "reason": L("Tobin has a fever and a cough", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/canoes/track", gz=True, headers=_h(rng, **b), body={
            "canoe": "walap-03", "crew": [L(SON["school"], UID), "WR-C-0291"],
            "points": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "kn": 4.2}
                       for la, lo in lagoon]}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "child": L(SON["school"], UID), "by": L(f"{FIRST} {LAST}", NAMEC),
            "lat": cla, "lon": clo, "at": 1765447200}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "instructor", "text": L("Tobin forgot his inhaler, his dad Hemos brings it",
                                          f"{TEXT}|{MED}|{NAMEC}"), "ref": rid(rng)}),
        multipart(f, f"{a}/v1/children/photo", [
            ("photo", "tobin.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"child": L(SON["school"], UID)})],
            headers=_h(rng, **b)),
        badges,
        case(f, f"{a}/v1/emergency", headers=_h(rng, **b), body={
            "family": L(FAMILY_NO, UID), "name": L(HUSBAND[0], NAMEC),
            "phone": L(HUSBAND[1], TEL), "relation": "father"}),
        case(f, f"{a}/v1/family", headers=_h(rng, how="none"),
             cookies={"wr_session": L(opaque(rng, "", 40), CRED),
                      "wr_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/volunteers", fmt="form", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L("(555) 010-0199", TEL),
            "role": "safety boat", "days": "sat"}),
        case(f, f"{a}/v1/canoe-house", headers=_h(rng, **b), query={"id": CANOE_HOUSE["id"]}),
        case(f, f"{a}/v1/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 40), CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("absence_sent", 2),
                ev("screen", 3, screen=L("Sessions", USAGE))]}),
        case(f, f"{a}/v1/config", headers=_h(rng, **b), query={"v": APP.ver,
                                                            "lang": L("en", DEV)}),
    ]


def waanro_sdks() -> list[Case]:
    rng = random.Random(14842)
    return [
        sb_batch(APP, rng, [("Fee Paid", {"amount": L(45.0, BUY)}),
                            ("Session Viewed", {"group": "Juniors B"})], at=CANOE_FIX, nd=2),
        sb_identify(APP, rng, {"email": L(EMAIL, MAIL), "village": L("Delap", COARSE)}),
        tp_launch(APP, rng, first=True),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "track upload"),
                 [cn_crumb("nav", "Sessions"), cn_crumb("tap", "UploadTrack")],
                 screen="TrackActivity"),
        cj_card(APP, rng),
        cj_confirm(APP, rng, "45.00"),
        fa_eval(APP, rng, {"children": 1}),
        ms_telemetry(APP, rng, [CANOE_FIX], PRECISE),
        hf_message(APP, rng, L("I paid twice for Tobin's term fee", f"{TEXT}|{BUY}|{NAMEC}"),
                   {"family": L(FAMILY_NO, UID)}),
    ]
