"""Support app for a gestational surrogate "Nestbridge" (she is the surrogate; the intended
parents, the agency and the IVF clinic are look-alikes): sign-up, log-in, ``/me``, her profile
(height, weight, earlier pregnancies), the match (the parents' IDs and names as the agency set
them), the transfer and due date, a weekly check-in, medicines, blood pressure, a kick count, the
contraction timer, an ultrasound photo, a journal entry shared with the parents, her
obstetrician, a clinic visit, a maternity-clothes reimbursement with a receipt, the payout
account, her SSN for the tax form, a support-group post, push, events, a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_SHA256,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, LINE1, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head
from eval_families82_kit import AGENCY, DUE, IVF, OB, PARENTS, contractions, obj
from eval_families82_sdk import kk_crash, kk_crumb, kk_session, ll_event, ll_open, oz_batch
from eval_families82_svc import kz_route, mk_payout, pk_save, pz_message, sz_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("nestbridge", "Nestbridge", "com.example.nestbridge", "1.19.0",
          "https://api.nestbridge.example.com")
PREG = f"{MED}|{SENS}"  # pregnancy facts: medical and a sensitive trait (pregnancy)
PTEXT = f"{TEXT}|{MED}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid="X-NB-Install", **kw)


def nestbridge() -> list[Case]:
    rng = random.Random(8231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v2/auth/register", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("Carrying4Them!", CRED),
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "role": "surrogate",
            "agencyCode": AGENCY["id"]}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Carrying4Them!", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, name=L(NAME, NAMEC), role="surrogate"))})),
        case(f, f"{a}/v2/me/profile", headers=_h(rng, **b), body={
            "dob": L(DOB, BIRTH), "heightCm": L(170, "health.fitness"),
            "weightKg": L(66.2, "health.fitness"), "priorPregnancies": L(2, PREG),
            "priorCSections": L(0, PREG), "address": {"line1": L(LINE1, ADDR),
                                                      "city": L(CITY, COARSE),
                                                      "state": L(STATE, COARSE),
                                                      "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/matches/{PARENTS['match']}", headers=_h(rng, **b), query={
            "expand": "parents,agency"}),
        case(f, f"{a}/v2/matches/{PARENTS['match']}/milestones", headers=_h(rng, **b), body={
            "transferDate": L("2025-08-09", PREG), "embryos": L(1, PREG),
            "betaHcg": L(412, PREG), "dueDate": L(DUE, PREG),
            "parents": [{"id": i} for i in PARENTS["ids"]],
            "parentsDisplay": PARENTS["names"], "coordinator": AGENCY["coord"]}),
        case(f, f"{a}/v2/checkins", headers=_h(rng, **b), body={
            "week": L(18, PREG), "symptoms": [L("round ligament pain", PREG),
                                              L("heartburn", PREG)],
            "mood": 4, "weightKg": L(69.8, "health.fitness"),
            "note": L("Anatomy scan next week, baby very active after dinner.", PTEXT)}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("progesterone in oil", PREG), "dose": L("1 ml IM", PREG),
             "until": "2025-10-18"},
            {"name": L("prenatal vitamin", PREG), "dose": L("1 tab", PREG)}]}),
        case(f, f"{a}/v2/vitals/bp", fmt="form", headers=_h(rng, **b), body={
            "systolic": L("118", MED), "diastolic": L("74", MED),
            "pulse": L("82", "health.fitness"),
            "taken": "2025-12-09T20:14"}),
        case(f, f"{a}/v2/kicks", headers=_h(rng, **b), body={
            "start": 1765391200, "count": L(10, PREG), "minutes": L(38, PREG), "week": 18}),
        case(f, f"{a}/v2/contractions", headers=_h(rng, **b), body={
            "session": obj(rng, "ctx", 8), "entries": L(contractions(rng, 5), PREG),
            "practice": True}),
        multipart(f, f"{a}/v2/ultrasounds", [
            ("image", "anatomy_scan.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{PREG}")),
            ("meta", None, "application/json", {"week": L(20, PREG),
                                                 "shareWithParents": True,
                                                 "match": PARENTS["match"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/journal", headers=_h(rng, **b), body={
            "text": L("Felt the first real kicks tonight - thinking of you both!", PTEXT),
            "visibleTo": PARENTS["ids"], "mood": "happy", "entry": obj(rng, "jr", 10)}),
        case(f, f"{a}/v2/care/providers", headers=_h(rng, **b), body={
            "type": "obgyn", "name": L(OB[0], NAMEC), "phone": L(OB[1], TEL)}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": {"name": IVF["name"], "line": IVF["line"], "phone": IVF["phone"],
                       "lat": IVF["lat"], "lon": IVF["lon"]},
            "reason": L("20-week anatomy scan", PREG), "at": "2025-12-16T10:30:00-05:00"}),
        multipart(f, f"{a}/v2/reimbursements", [
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("claim", None, "application/json", {
                "category": L("maternity clothing", BUY), "amount": L("142.60", BUY),
                "merchant": L("Bumpwear Outlet", BUY), "date": "2025-12-04"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/travel/bookings", headers=_h(rng, **b), body={
            "purpose": L("embryo transfer trip", PREG), "hotel": "Lexington Suites",
            "nights": 2, "total": L("389.00", BUY), "confirmation": L("LXS-55120", BUY),
            "guest": {"name": L(NAME, NAMEC), "phone": L(E164, TEL)}, "match": PARENTS["match"]}),
        case(f, f"{a}/v2/tax/w9", headers=_h(rng, **b), body={
            "legalName": L(NAME, NAMEC), "ssn": L(SSN, "personal.national_id"),
            "address": L(f"{LINE1}, {CITY}, {STATE} {ZIP}", ADDR)}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "group": "first-time-gcs",
            "text": L("18 weeks with my IPs' baby, the heartburn is no joke. Tips?", PTEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "lang": L("en", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("checkin_saved", 1), ev("journal_shared", 2),
                ev("screen", 3, screen=L("Timeline", USAGE))]}),
        case(f, f"{a}/v2/timeline", headers=_h(rng, how="none"),
             cookies={"nb_sid": L(opaque(rng, "", 40), CRED), "nb_theme": "light"}),
    ]


def nestbridge_sdks() -> list[Case]:
    rng = random.Random(8232)
    return [
        oz_batch(APP, rng, [("Checkin Saved", {"week": L(18, PREG)}),
                            ("Ultrasound Shared", {})]),
        ll_open(APP, rng, first=True),
        ll_event(APP, rng, "match_confirmed", {"agency": AGENCY["id"]}, hashed=True),
        kk_crash(APP, rng, ("java.lang.IllegalArgumentException", "week out of range"),
                 [kk_crumb("navigation", "Home -> Checkin")], screen="CheckinActivity",
                 user={"id": L(USER_ID, UID), "email": L(EMAIL_SHA256, MAIL)}),
        kk_session(APP, rng, secs=402),
        sz_eval(APP, rng, {"trimester": L(2, PREG), "newJournal": True}),
        zv_register(APP, rng, tags={"week": L("18", PREG), "role": "surrogate"}),
        mk_payout(APP, rng),
        kz_route(APP, rng, [((round(LAT, 5), round(LON, 5)), "location.precise"),
                            ((IVF["lat"], IVF["lon"]), None)], profile="driving"),
        pz_message(APP, rng, L("The reimbursement for my maternity jeans is still pending",
                               f"{TEXT}|{SENS}"), {"role": "surrogate"}),
        pk_save(APP, rng, {"analytics": True, "ads": False}),
    ]
