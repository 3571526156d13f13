"""A junior football academy's parent app "Mmofraball" (their son Kofi, 9, trains with the
under-10s): registering Kofi (his birth certificate scan, his player number), the parent's
Ghana Card for the consent, term fees, a kit order, training attendance with her fix at the
pitch side, a medical form (sickle-cell status, asthma), an injury report, a match-day
transport consent naming her husband, the coach's messages, Kofi's photo, his progress report
by player number in the path, a tournament trip, a scholarship application, push and events.
The child's data throughout. Earlier sets' academies (100, 103, 110) are chess and tutoring;
this is a football academy's parent app."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims
from eval_families147_kit import (
    ACADEMY,
    GHANA_CARD,
    HUSBAND,
    KSI_HOME,
    KSI_HOME_AT,
    PITCH_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families147_sdk import (
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_launch,
)
from eval_families147_svc import (
    cy_save,
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("mmofraball", "Mmofraball", "com.example.mmofraball", "2.6.0",
          "https://api.mmofraball.example.com")
IID = "X-MB-Install"
KID = SON["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mmofraball() -> list[Case]:
    rng = random.Random(14761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, guardian=L(USER_ID, UID), players=[L(KID, UID)]))}
    pla, plo = fix(PITCH_FIX, 5)
    kid = {"first": L(SON["first"], NAMEC), "last": L(SON["last"], NAMEC)}
    rep = at_path(case(f, f"{a}/v2/players/{KID}/progress", headers=_h(rng, **b),
                       query={"term": "2"}), KID, UID)
    return [
        case(f, f"{a}/v2/guardians", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L("Kotoko#2017", CRED),
            "relationship": "mother", "address": L(KSI_HOME["line"], ADDR),
            "area": L("Ahodwo", COARSE)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Kotoko#2017", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/players", headers=_h(rng, **b), body={
            **kid, "dob": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "player": L(KID, UID), "squad": "U10", "position": "winger",
            "school": L("Ahodwo Presby Primary", COARSE)}),
        multipart(f, f"{a}/v2/players/{KID}/documents", [
            ("file", "birth_cert.jpg", "image/jpeg", L(JPEG + b"\xf1", f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"player": L(KID, UID), "type": "birth_cert"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/consents", headers=_h(rng, **b), body={
            "guardian": L(f"{FIRST} {LAST}", NAMEC), "ghanaCard": L(GHANA_CARD, NID),
            "player": L(KID, UID), "photos": True, "travel": True}),
        case(f, f"{a}/v2/fees", headers=_h(rng, **b), query={"player": L(KID, UID)}),
        case(f, f"{a}/v2/fees/pay", headers=_h(rng, **b), body={
            "player": L(KID, UID), "term": 2, "amount": L(650, BUY), "currency": "GHS",
            "method": "card", "pm": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/kit", fmt="form", headers=_h(rng, **b), body={
            "player": L(KID, UID), "shirt": "YS", "boots": "33", "name_on_back": L("KOFI",
                                                                                  NAMEC),
            "total": L("280", BUY)}),
        case(f, f"{a}/v2/attendance", headers=_h(rng, **b), body={
            "session": obj(rng, "ts"), "player": L(KID, UID), "present": True,
            "pickup_by": L(f"{FIRST} {LAST}", NAMEC), "at": {"lat": pla, "lng": plo},
            "pitch": {"lat": ACADEMY["lat"], "lng": ACADEMY["lon"]}}),
        case(f, f"{a}/v2/players/{KID}/medical", headers=_h(rng, **b), body={
            "genotype": L("AS", MED), "asthma": L(True, MED), "inhaler": L("salbutamol", MED),
            "allergies": [L("groundnuts", MED)], "bloodGroup": L("O+", MED),
            "doctor": "Ahodwo Family Clinic"}),
        case(f, f"{a}/v2/injuries", headers=_h(rng, **b), body={
            "player": L(KID, UID), "text": L("Kofi twisted his ankle, swelling, we iced it",
                                              f"{TEXT}|{MED}|{NAMEC}"), "date": "2026-01-24"}),
        case(f, f"{a}/v2/transport", headers=_h(rng, **b), body={
            "match": "m_2231", "player": L(KID, UID), "dropoff": {
                "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "coach_u10", "text": L("Kofi will miss Saturday, he has malaria",
                                         f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v2/players/{KID}/photo", [
            ("photo", "kofi.jpg", "image/jpeg", L(JPEG + b"\xf2", MEDIA))],
            headers=_h(rng, **b)),
        rep,
        case(f, f"{a}/v2/tournaments/trip", headers=_h(rng, **b), body={
            "event": "Cape Coast U10 Cup", "player": L(KID, UID), "deposit": L(150, BUY),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/scholarships", headers=_h(rng, **b), body={
            "player": L(KID, UID), "income": "band_3", "household": 3,
            "statement": L("We pay fees from my cooking business and my husband's taxi",
                           TEXT)}),
        case(f, f"{a}/v2/schedule", headers=_h(rng, how="none"), query={"squad": "U10"},
             cookies={"mb_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("screen", 2, screen=L("Progress", USAGE))]}),
    ]


def mmofraball_sdks() -> list[Case]:
    rng = random.Random(14762)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(650, BUY)}),
                            ("Report Opened", {"term": 2})], at=PITCH_FIX, nd=2),
        mc_queue(APP, rng, [("Attendance Marked", {"present": True}),
                            ("Photo Uploaded", {"n": 1})]),
        tn_launch(APP, rng, user=True, n=11),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad term"),
                 [cd_crumb("nav", "Progress")], screen="ProgressActivity"),
        fn_eval(APP, rng, {"squad": "U10", "area": L("Ahodwo", COARSE)}),
        pt_register(APP, rng, tags={"squad": "U10"}, at=PITCH_FIX, nd=2),
        cy_save(APP, rng, {"analytics": True, "ads": False}),
        hs_message(APP, rng, L("Fee receipt shows wrong term for Kofi", f"{TEXT}|{NAMEC}"),
                   {"player": L(KID, UID)}),
        mm_route(APP, rng, [(KSI_HOME_AT, PRECISE), ((ACADEMY["lat"], ACADEMY["lon"]), None)]),
    ]
