"""A youth theatre's pantomime app "Cloie" (``cloie`` play: the Ramsey youth theatre runs its
Christmas pantomime, auditions, rehearsals, costumes, chaperones and tickets through it; Aalin is
in the chorus; its API's keys are Manx Gaelic in camelCase, ASCII-folded, mixed with theatre
English: ``ennymBashtee`` first name, ``sloinney`` surname, ``laaRuggyree`` birth date,
``earrooCloieder`` member number, ``ayrAyns`` parent, ``ennym`` name, ``chellvane`` phone,
``chingys`` illness, ``lheeys`` medicines, ``alleragh`` allergies, ``ferLhee`` doctor, ``yrjid``
height, ``cleeau`` chest, ``mean`` waist, ``towseCass`` shoe size, ``jallooyn`` photos,
``sheeanys`` signature, ``sym`` amount, ``oyr`` reason, ``raa`` remark, ``chaghteraght``
message, ``lheead``/``lhiurid`` latitude/longitude, ``shirrey`` search, ``chengey`` language):
the parent's log-in (OAuth password grant), ``/mee`` with a ``cloiederyn`` claim, Aalin's
registration, her health form (gzip), an audition slot and its video, rehearsals, costume
measurements, the photo consent, the stage-door sign-in with the grandmother collecting, her
mother as a chaperone, tickets and their payment, a lift share, a message to the director, the
schedule by member number in the path, Aalin's lines recorded (audio), a script search, an
absence, a base64 JSON preferences cookie, push and events. A child's audition exists in an
earlier talent app and youth sports and dance schools in many; no file name or docstring
matched "panto", "youth theatre" or "drama club"."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families253_kit import (
    DAUGHTER,
    GP,
    HOME_AT,
    MEMBER,
    MOTHER_IL,
    STAGE_FIX,
    THEATRE,
    fix,
    hd,
    obj,
    push,
)
from eval_families253_sdk import bl_bid, cc_crash, cc_crumb, co_batch, co_identify, tv_launch
from eval_families253_svc import cx_save, ep_card, ep_confirm, fs_eval, hm_message, pk_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("cloie", "Cloie", "com.example.cloie", "4.0.2", "https://api.cloie.example.net")
IID = "X-Cloie-Device"
PW = "Cinderella!2026"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
TICKETS = "CL-TK-77310"  # the family's ticket order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def cloie() -> list[Case]:
    rng = random.Random(25351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cloiederyn=[L(MEMBER, UID)],
                                    role="parent"))}
    sla, slo = fix(STAGE_FIX, 5)
    sched = at_path(case(f, f"{a}/v4/cloiederyn/{MEMBER}/schedule", headers=_h(rng, **b),
                         query={"production": "cinderella-2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "cloie-parent"}),
        case(f, f"{a}/v4/mee", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/cloiederyn", headers=_h(rng, **b), body={
            "ennymBashtee": L(DAUGHTER["first"], NAMEC), "sloinney": L(DAUGHTER["last"], NAMEC),
            "laaRuggyree": L(DAUGHTER["dob"], BIRTH), "sex": L(DAUGHTER["sex"], GENDER),
            "scoill": "sc_ramsey_gr", "earrooCloieder": L(MEMBER, UID),
            "ayrAyns": {"ennym": L(f"{FIRST} {LAST}", NAMEC), "chellvane": L(E164, TEL),
                        "postL": L(EMAIL, MAIL)}}),
        case(f, f"{a}/v4/slaynt", gz=True, headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "alleragh": [L("peanuts", MED)],
            "chingys": L("mild asthma, blue inhaler before the dance numbers", f"{TEXT}|{MED}"),
            "lheeys": [L("salbutamol inhaler", MED)], "ferLhee": L(GP, NAMEC),
            "earPlugs": False}),
        case(f, f"{a}/v4/auditions", headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "slot": obj(rng, "au"), "part": "chorus",
            "song": "own choice, 60 s", "laa": "2026-09-19"}),
        multipart(f, f"{a}/v4/auditions/video", [
            ("video", "aalin_audition.mp4", "video/mp4", L(MP4 + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"earrooCloieder": L(MEMBER, UID),
                                                "part": "chorus"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/rehearsals", headers=_h(rng, **b), query={
            "earrooCloieder": L(MEMBER, UID), "mee": "2026-11"}),
        case(f, f"{a}/v4/costume/measurements", headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "yrjid": L(146, FIT), "cleeau": L(71, FIT),
            "mean": L(62, FIT), "towseCass": L("4", FIT), "costume": "cs_mouse_07"}),
        case(f, f"{a}/v4/consents/photo", fmt="form", headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "jallooyn": "programme_only",
            "sheeanys": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v4/stage-door/sign-in", headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "at": {"lheead": sla, "lhiurid": slo},
            "hall": {"lheead": THEATRE["lat"], "lhiurid": THEATRE["lon"]},
            "collect": {"ennym": L(MOTHER_IL[0], NAMEC), "chellvane": L(MOTHER_IL[1], TEL)},
            "kind": "drop_off"}),
        case(f, f"{a}/v4/chaperones", headers=_h(rng, **b), body={
            "ennym": L(f"{FIRST} {LAST}", NAMEC), "postL": L(EMAIL, MAIL),
            "chellvane": L(E164, TEL), "nights": ["2026-12-18", "2026-12-19"],
            "safeguarding_course": "2025-09"}),
        case(f, f"{a}/v4/tickets", headers=_h(rng, **b), body={
            "performance": "pf_1226_1400", "seats": ["F11", "F12", "F13", "F14"],
            "sym": L(48, BUY), "order": L(TICKETS, BUY), "price_seat": 12}),
        case(f, f"{a}/v4/payments", fmt="form", headers=_h(rng, **b), body={
            "order": L(TICKETS, BUY), "sym": L("48.00", BUY), "currency": "GBP",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v4/lift-share", headers=_h(rng, **b), body={
            "from": {"lheead": L(f"{HOME_AT[0]:.3f}", PRECISE),
                     "lhiurid": L(f"{HOME_AT[1]:.3f}", PRECISE)},
            "seats": 2, "days": ["sat"],
            "raa": L("Can take two girls from Ramsey square on Saturday mornings", TEXT)}),
        case(f, f"{a}/v4/messages", headers=_h(rng, **b), body={
            "gys": "director", "thread": obj(rng, "th"),
            "chaghteraght": L("Aalin has her school concert on the 14th, she will be an hour late",
                              f"{TEXT}|{NAMEC}")}),
        sched,
        multipart(f, f"{a}/v4/scripts/lines", [
            ("audio", "scene4_lines.m4a", "audio/mp4", L(M4A + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"earrooCloieder": L(MEMBER, UID),
                                                "scene": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/search", headers=_h(rng, **b), query={
            "shirrey": L("Cinderella chorus scene 4 words", SEARCH)}),
        case(f, f"{a}/v4/absences", headers=_h(rng, **b), body={
            "earrooCloieder": L(MEMBER, UID), "laa": "2026-11-21", "oyr": L("sick", MED),
            "raa": L(f"{KID} has a chest infection and is on antibiotics",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v4/profile/prefs", headers=_h(rng, **b), cookies={
            "cl_sess": L(opaque(rng, "", 40), CRED),
            "cl_prefs": W({"cloieder": L(MEMBER, UID), "chengey": L("en-GB", DEV)}, "b64json")}),
        case(f, f"{a}/v4/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v4/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rehearsals_opened", 1), ev("screen", 2, screen=L("Costume", USAGE))]}),
    ]


def cloie_sdks() -> list[Case]:
    rng = random.Random(25352)
    return [
        co_batch(APP, rng, [("Tickets Bought", {"total": L(48, BUY)}),
                            ("Schedule Opened", {"production": "cinderella-2026"})]),
        co_identify(APP, rng, {"role": "parent", "paitchyn": 1, "balley": L("Ramsey", COARSE)}),
        tv_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="theatre,kids,christmas"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "rehearsal row"),
                 [cc_crumb("nav", "Home -> Rehearsals")],
                 user={"id": L(USER_ID, UID)}, screen="RehearsalActivity"),
        fs_eval(APP, rng, {"production": "cinderella-2026", "children": 1}),
        pk_register(APP, rng, tags={"production": "cinderella-2026", "group": "chorus"}),
        cx_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ep_card(APP, rng),
        ep_confirm(APP, rng, "48.00"),
        hm_message(APP, rng, L(f"The ticket order for {KID}'s family shows unpaid",
                               f"{TEXT}|{NAMEC}"), {"cloieder": L(MEMBER, UID)}),
    ]
