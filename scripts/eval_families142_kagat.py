"""An animal-bite treatment centre's app "Kagatcare" (a neighbour's dog bit her calf; she gets
post-exposure rabies shots on days 0, 3, 7 and 28 and immune globulin). New to the evaluation:
earlier sets have pet, dog-walking and stray apps that mention rabies vaccines for animals, none
a human bite centre. Calls: registration (her insurance member number), an SMS code, ``/me``
with a JWT, the bite report (site, category, where it happened), a wound photo, a triage
questionnaire, a day-0 booking, the check-in at the centre (her fix), her schedule by case
number in the path, doses synced (msgpack), the immune globulin by her weight, reminders, a
side-effect report, the vaccination card by a cookie GET, the payment, an insurance claim, the
dog's owner, the dog's observation, a search, a message to the nurse, sharing with her husband,
push, events."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families142_kit import (
    BITE,
    BITE_FIX,
    CASE_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    VACCINE,
    fix,
    hd,
    obj,
    push,
)
from eval_families142_sdk import cd_crash, cd_crumb, cd_session, mc_batch, tn_launch
from eval_families142_svc import (
    cy_check,
    fn_eval,
    hs_message,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kagatcare", "Kagatcare", "com.example.kagatcare", "2.3.1",
          "https://api.kagatcare.example.org")
IID = "X-KC-Install"
INSURANCE = "12-044718293-5"  # her health-insurance member number (health.medical)
NEIGHBOUR = ("Nestor Ylanan", "+639335550284")  # the dog's owner, typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, accept=False, **{"how": "nodash", **kw})


def kagatcare() -> list[Case]:
    rng = random.Random(14231)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, case_no=L(CASE_NO, MED), email=L(EMAIL, MAIL)))}
    bla, blo = fix(BITE_FIX, 6)
    hla, hlo = fix(HOME_AT, 5)
    sched = at_path(case(f, f"{a}/api/cases/{CASE_NO}/schedule", headers=_h(rng, **b)),
                    CASE_NO, MED)
    return [
        case(f, f"{a}/api/patients", headers=_h(rng), body={
            "name": {"given": L(FIRST, NAMEC), "family": L(LAST, NAMEC)},
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "address": L(HOME["line"], ADDR),
            "barangay": L(HOME["barangay"], COARSE), "city": L(HOME["city"], COARSE),
            "insuranceNo": L(INSURANCE, MED), "consent": True}),
        case(f, f"{a}/api/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("390712", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/cases", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "exposure": {
                "date": "2026-01-06", "animal": L("dog", MED), "owned": True,
                "provoked": L(False, MED), "site": L("left calf", MED),
                "category": L("III", MED), "bleeding": L(True, MED), "washed": L(True, MED),
                "where": {"lat": hla, "lon": hlo}, "place": L("outside our gate", TEXT)}}),
        multipart(f, f"{a}/api/cases/wound", [
            ("photo", "calf.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"caseNo": L(CASE_NO, MED), "ruler": "cm",
                                                "woundCm": L(2.5, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/triage", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "answers": {
                "priorRabiesVaccine": L(False, MED), "lastTetanus": L("2015", MED),
                "allergies": L("penicillin", MED), "pregnant": L(False, MED),
                "immunocompromised": L(False, MED)}, "form": "tri_v4"}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "centre": BITE["id"], "day": L(0, MED),
            "slot": "2026-01-06T14:30:00+08:00", "booking": obj(rng, "bk")}),
        case(f, f"{a}/api/centres/{BITE['id']}/checkin", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "at": {"lat": bla, "lon": blo, "acc": 8},
            "centreAt": {"lat": BITE["lat"], "lon": BITE["lon"]}, "queue": "A-09"}),
        sched,
        case(f, f"{a}/api/doses/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "doses": [
                {"day": L(0, MED), "route": L("intradermal", MED), "site": L("both deltoids", MED),
                 "brand": VACCINE["brand"], "lot": VACCINE["lot"], "exp": VACCINE["exp"]},
                {"day": L(3, MED), "route": L("intradermal", MED), "lot": VACCINE["lot"]}]}),
        case(f, f"{a}/api/rig", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "weightKg": L(58, FIT),
            "doseIu": L(1160, MED), "product": L("ERIG", MED), "skinTest": L("negative", MED)}),
        case(f, f"{a}/api/reminders", fmt="form", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "next": L("2026-01-13 day 7 dose", MED),
            "sms": L(E164, TEL), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/adverse", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED),
            "text": L("Low fever and a red itchy swelling where they injected, since last night",
                      f"{TEXT}|{MED}"), "severity": L(2, MED)}),
        case(f, f"{a}/api/card", headers=_h(rng, how="none"), cookies={
            "kc_sid": L(opaque(rng, "", 40), CRED), "kc_dev": L(INSTALL_ID, DID),
            "kc_case": L(CASE_NO, MED)}),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "amount": L("3850.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "items": L("ARV x2, ERIG", MED)}),
        case(f, f"{a}/api/claims", headers=_h(rng, **b), body={
            "insuranceNo": L(INSURANCE, MED), "caseNo": L(CASE_NO, MED),
            "amount": L(3850, BUY), "package": L("Animal Bite Package", MED),
            "claimRef": opaque(rng, "cl_", 10)}),
        case(f, f"{a}/api/cases/animal", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "owner": {"name": L(NEIGHBOUR[0], NAMEC),
                                                 "phone": L(NEIGHBOUR[1], TEL)},
            "dogName": "Bantay", "vaccinated": "unknown"}),
        case(f, f"{a}/api/cases/animal/observation", fmt="form", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "day": "10", "status": "alive_healthy"}),
        case(f, f"{a}/api/faq/search", headers=_h(rng, **b), query={
            "q": L("can I drink alcohol during anti rabies shots", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "nurse_station", "caseNo": L(CASE_NO, MED),
            "text": L("I will be in Bohol on day 28, can I get the last dose there?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/cases/share", headers=_h(rng, **b), body={
            "caseNo": L(CASE_NO, MED), "with": {"name": L(HUSBAND[0], NAMEC),
                                                "phone": L(HUSBAND[1], TEL)},
            "scope": "schedule"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("case_created", 1), ev("dose_recorded", 2, day=L(3, MED)),
                ev("screen", 3, screen=L("DoseSchedule", USAGE))]}),
    ]


def kagatcare_sdks() -> list[Case]:
    rng = random.Random(14232)
    return [
        mc_batch(APP, rng, [("Case Created", {}), ("Dose Recorded", {"day": L(3, MED)})]),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("android.database.sqlite.SQLiteException", "no such column: lot"),
                 [cd_crumb("nav", "Schedule -> Dose"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/api/cases", "status": 200})],
                 screen="DoseActivity"),
        cd_session(APP, rng, secs=296),
        fn_eval(APP, rng, {"city": L("Cebu City", COARSE)}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"centre": BITE["id"],
                                                     "dose_reminders": True}),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((BITE["lat"], BITE["lon"]), None)]),
        mm_telemetry(APP, rng, [(10.330912, 123.900547), (10.328401, 123.902914)], PRECISE),
        hs_message(APP, rng, L("Payment went through twice for my vaccine", f"{TEXT}|{BUY}"),
                   {"case": L(CASE_NO, MED)}),
    ]
