"""Psoriasis biologic-injection tracker "Plaquewise": sign-up, the diagnosis and treatment, the
connected pen's injection log (msgpack, site and dose), plaque photos with a PASI self-score,
the DLQI questionnaire, the insurance card, the specialty pharmacy's refill, a side-effect
report, the dermatologist's visit, sharing with her doctor, reminders, push and analytics."""

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
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families54_kit import DERM, MEMBER_PQ, PEN, obj
from eval_families54_sdk import bt_bid, cq_session, qm_batch, qm_identify, tb_event, tb_open
from eval_families54_svc import ab_message, cv_card, pf_check, pw_register, sh_flags
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("plaque", "Plaquewise", "com.example.plaquewise", "3.9.2",
          "https://api.plaquewise.example.com")
DRUG = "Ixekizumab 80 mg/mL autoinjector"


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid="X-PW-Device", how="nodash", auth=auth, **kw)


def plaquewise() -> list[Case]:
    rng = random.Random(5411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_PQ, MED)))}
    inj = obj(rng, "inj", 10)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, L("psoriasis_plaque", MED)),
                  (3, [(1, L(7.2, MED)), (2, L(11, MED))]), (4, "2025-12-09"),
                  (5, PEN["serial"])], "", lab)
    return [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "password": L("Scales&Sun2025", CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng, None), body={
            "grant_type": "password", "username": L(EMAIL.upper(), MAIL),
            "password": L("Scales&Sun2025", CRED), "scope": "offline_access"}),
        case(f, f"{a}/v1/me", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/v1/me/condition", headers=_h(rng), body={
            "diagnosis": L("plaque psoriasis", MED), "since": L(2014, MED),
            "psoriaticArthritis": L(True, MED), "bsaPercent": L(6, MED),
            "areas": L(["elbows", "scalp", "lower back"], MED),
            "previousTreatments": L(["methotrexate", "adalimumab"], MED)}),
        case(f, f"{a}/v1/me/treatment", headers=_h(rng), body={
            "drug": L(DRUG, MED), "schedule": L("q4w after induction", MED),
            "startDate": L("2025-06-02", MED), "prescriber": DERM["id"]}),
        case(f, f"{a}/v1/pens/pair", headers=_h(rng), body={
            "serial": PEN["serial"], "ble": PEN["ble"], "fw": "2.0.7", "rssi": -58,
            "lot": PEN["lot"], "expiry": "2026-08"}),
        case(f, f"{a}/v1/injections", fmt="msgpack", headers=_h(rng), body={
            "id": inj, "userId": L(USER_ID, UID), "drug": L(DRUG, MED),
            "doseMg": L(80, MED), "site": L("left thigh", MED), "at": 1765311200,
            "pen": PEN["serial"], "lot": PEN["lot"], "holdSecs": 10, "painScore": L(3, MED)}),
        raw(f, f"{a}/v1/injections/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng)),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "elbow_left.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "area": L("left elbow", MED), "pasiSelf": L(7.2, MED),
                "itch": L(6, MED), "takenAt": "2025-12-09T20:11:04Z", "flash": False})],
            headers=_h(rng)),
        case(f, f"{a}/v1/questionnaires/dlqi", headers=_h(rng), body={
            "answers": L([2, 1, 3, 0, 1, 2, 0, 1, 1, 0], MED), "total": L(11, MED),
            "completedAt": "2025-12-09T20:15:40Z", "version": "DLQI-1"}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{MED}")),
            ("fields", None, "application/json", {"memberId": L(MEMBER_PQ, MED),
                                                  "group": "GRP-20441", "plan": "PPO Silver",
                                                  "holder": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng)),
        case(f, f"{a}/v1/pharmacy/refill", fmt="form", headers=_h(rng), body={
            "rxNumber": L("RX-6620418", MED), "drug": L(DRUG, MED), "qty": "1",
            "copay": L("5.00", BUY), "deliverTo": "home", "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/side-effects", headers=_h(rng), body={
            "injection": inj, "effects": L(["injection site redness", "mild headache"], MED),
            "note": L("Red patch about 3 cm around the site, gone after two days",
                      f"{TEXT}|{MED}"), "severity": L("mild", MED)}),
        case(f, f"{a}/v1/visits", headers=_h(rng), body={
            "clinic": DERM["id"], "clinicName": DERM["name"], "clinicPhone": DERM["phone"],
            "date": "2025-12-18T10:30:00-05:00", "reason": L("biologic follow-up, PASI", MED)}),
        case(f, f"{a}/v1/share", headers=_h(rng), body={
            "recipientName": L("Dr. Priya Raman", NAMEC),
            "recipientEmail": L("p.raman@chelsea-derm.example.org", MAIL),
            "include": ["photos", "injections", "dlqi"], "expiresDays": 14}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng), body={
            "kind": "injection", "every": "28d", "time": "20:00",
            "label": L("Taltz shot, left/right thigh", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/clinics/near", headers=_h(rng), query={
            "lat": L("40.742", PRECISE), "lon": L("-73.989", PRECISE), "radiusKm": "5",
            "specialty": "dermatology"}),
        case(f, f"{a}/v1/devices", headers=_h(rng), body={
            "pushToken": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "osVersion": L("14", DEV), "locale": L("en_US", DEV),
            "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng), body={
            "productId": L("plaquewise_plus_yearly", BUY),
            "orderId": L("GPA.3371-0448-1209-55712", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "events": [
                ev("injection_logged", 1, site=L("left thigh", MED)),
                ev("photo_added", 2, area=L("left elbow", MED)),
                ev("screen_view", 3, screen=L("Timeline", USAGE))]}),
        case(f, f"{a}/v1/me/lifestyle", headers=_h(rng), body={
            "weightKg": L(63.5, "health.fitness"), "heightCm": L(168, "health.fitness"),
            "alcoholPerWeek": L(3, MED), "smoker": L(False, MED),
            "stressScore": L(7, MED), "sleepHours": L(6.5, "health.fitness")}),
        case(f, f"{a}/v1/copay-card", fmt="form", headers=_h(rng), body={
            "cardId": L("CPC-55100418", "financial.payment"), "bin": "610020",
            "name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/timeline", headers=_h(rng, None), query={"from": "2025-06-01"},
             cookies={"pw_session": L(opaque(rng, "", 44), CRED)}),
    ]


def plaquewise_sdks() -> list[Case]:
    rng = random.Random(5412)
    return [
        qm_batch(APP, rng, [("Injection Logged", {"on_time": True}),
                            ("Photo Added", {"count": 1})]),
        qm_identify(APP, rng, {"email": L(EMAIL, MAIL), "plan": L("plus", BUY),
                               "condition": L("psoriasis", MED)}),
        tb_open(APP, rng, first=True),
        tb_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=39.99),
        bt_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords=L("psoriasis,biologics,skin care", MED)),
        cq_session(APP, rng, secs=312),
        sh_flags(APP, rng, {"biologic": L("ixekizumab", MED)}),
        pw_register(APP, rng, tags={"reminder": "injection"}),
        pf_check(APP, rng, {"analytics": True, "ads": False}),
        cv_card(APP, rng, email=True),
        ab_message(APP, rng, L("My pen didn't click on the second dose, did I get the full 80 "
                               "mg?", f"{TEXT}|{MED}"), {"plan": "plus"}),
    ]
