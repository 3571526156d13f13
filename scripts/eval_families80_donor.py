"""Donor-conception clinic portal "Nestwell" (she is the recipient; the donor's catalogue profile
is a look-alike): sign-up with her wife, log-in, ``/me``, the intake, the insurance card, a donor
search with filters, a donor's page and a favourite, a vial order and its payment plan, a cycle
and basal temperatures (msgpack), an ultrasound, a pregnancy test's result, consent forms with
both signatures, a message to the nurse, appointments, counselling, a pharmacy delivery to her
home, a dose log (JSON Lines), push, events and a cookie GET."""

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
    JPEG,
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
from eval_families18_kit import FIT
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families80_kit import CLINIC_NW, DONOR, MRN, ORDER_NW, WIFE, obj
from eval_families80_sdk import km_batch, km_queue, rv_event, rv_install, vk_crash, vk_crumb
from eval_families80_svc import ak_message, ly_eval, mh_confirm, no_save, tk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nestwell", "Nestwell", "com.example.nestwell", "6.3.0",
          "https://portal.nestwell.example.com")
IID = "X-Nestwell-Installation"
PW = "Quiet-Harbor-Moth-9"
PREG = f"{MED}|{SENS}"  # a pregnancy test's result: health and pregnancy


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def nestwell() -> list[Case]:
    rng = random.Random(8041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, mrn=L(MRN, MED), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    cyc = obj(rng, "cyc", 10)
    d = DONOR["donorId"]
    doses = [{"med": L("Progesterone 200 mg vaginal", MED), "takenAt": 1765281600 + 43200 * i,
              "patient": L(MRN, MED), "entry": obj(rng, "dose", 8)} for i in range(3)]
    return [
        case(f, f"{a}/api/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH), "password": L(PW, CRED),
            "familyType": L("two mothers", SENS), "partner": {
                "name": L(WIFE[0], NAMEC), "email": L(WIFE[2], MAIL), "phone": L(WIFE[1], TEL),
                "relationship": L("spouse", SENS)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nestwell-android", "scope": "portal"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/intake", headers=_h(rng, **b), body={
            "conditions": [L("PCOS", MED)], "amh": L(1.9, MED), "cycleRegular": L(False, MED),
            "previousPregnancies": L(0, PREG), "bloodType": L("O+", MED),
            "cmv": L("negative", MED), "medications": [L("Metformin 500 mg", MED)],
            "heightCm": L(168, FIT), "weightKg": L(61.5, FIT), "smoker": L(False, MED)}),
        multipart(f, f"{a}/api/insurance", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L("FTY40021877", MED),
                                                "group": "G-7710", "payer": "Quorum Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/donors", headers=_h(rng, **b), query={
            "eyes": L("green", SEARCH), "heightMin": L("178", SEARCH),
            "ancestry": L("Estonian", SEARCH), "cmv": L("negative", SEARCH), "page": "1"}),
        case(f, f"{a}/api/donors/{d}", headers=_h(rng, **b)),
        case(f, f"{a}/api/donors/{d}/favourite", headers=_h(rng, **b), body={
            "donor": d, "profile": dict(DONOR),
            "note": L("Same blue-green eyes as Rosa", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/orders/vials", headers=_h(rng, **b), body={
            "donor": d, "vials": L(2, BUY), "type": "IUI-ready", "amount": L("2190.00", BUY),
            "order": L(ORDER_NW, BUY), "shipTo": CLINIC_NW["id"]}),
        case(f, f"{a}/api/payment-plans", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER_NW, BUY), "installments": "3",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/cycles", headers=_h(rng, **b), body={
            "id": cyc, "day1": L("2025-12-02", MED), "protocol": L("IUI natural cycle", MED),
            "lhSurge": L("2025-12-14", MED), "donor": d}),
        case(f, f"{a}/api/cycles/{cyc}/bbt", fmt="msgpack", headers=_h(rng, **b), body={
            "unit": "C", "temps": L([36.31, 36.28, 36.35, 36.4, 36.62, 36.71], MED),
            "from": "2025-12-08"}),
        multipart(f, f"{a}/api/cycles/{cyc}/ultrasound", [
            ("image", "us_day12.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}")),
            ("findings", None, "application/json", {
                "follicles": L([18.5, 14.0], MED), "endometriumMm": L(9.1, MED),
                "sonographer": "RDMS 2271"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/cycles/{cyc}/results", headers=_h(rng, **b), body={
            "test": "beta-hCG", "value": L(142, PREG), "unit": "mIU/mL",
            "outcome": L("positive", PREG), "drawnAt": "2025-12-30T08:10"}),
        multipart(f, f"{a}/api/consents/known-donor-policy", [
            ("signature", "sig_jane.png", "image/png", L(PNG, MEDIA)),
            ("partnerSignature", "sig_rosa.png", "image/png", L(PNG + b"\x01", MEDIA)),
            ("form", None, "application/json", {
                "signedBy": L(f"{FIRST} {LAST}", NAMEC), "partner": L(WIFE[0], NAMEC),
                "version": "2025-09", "witness": "staff_118"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nursing",
            "text": L("Light spotting on day 9 after the IUI, is that normal?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/appointments", headers=_h(rng, **b), body={
            "clinic": {"id": CLINIC_NW["id"], "name": CLINIC_NW["name"],
                       "phone": CLINIC_NW["phone"], "line": CLINIC_NW["line"],
                       "lat": CLINIC_NW["lat"], "lon": CLINIC_NW["lon"]},
            "slot": "2026-01-06T08:15", "reason": L("viability scan", PREG)}),
        case(f, f"{a}/api/counselling", fmt="form", headers=_h(rng, **b), body={
            "topic": "donor_conception",
            "note": L("How and when to tell our child about the donor", TEXT)}),
        case(f, f"{a}/api/pharmacy/deliveries", headers=_h(rng, **b), body={
            "items": [L("Progesterone 200 mg", MED), L("Prenatal vitamins", PREG)],
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}, "cold": False}),
        lines(f, f"{a}/api/doses", doses, headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "patient": L(USER_ID, UID), "events": [
                ev("donor_viewed", 1), ev("order_placed", 2),
                ev("screen", 3, screen=L("CycleCalendar", USAGE))]}),
        case(f, f"{a}/api/documents", headers=_h(rng, how="nodash"),
             cookies={"nw_portal": L(opaque(rng, "", 48), CRED)}),
    ]


def nestwell_sdks() -> list[Case]:
    rng = random.Random(8042)
    return [
        km_batch(APP, rng, [("Donor Viewed", {"donor": DONOR["donorId"]}),
                            ("Vials Ordered", {"amount": L(2190.0, BUY)})], gz=False),
        km_queue(APP, rng, [("Cycle Logged", {"day": 9}), ("Message Sent", {})]),
        rv_install(APP, rng, first=False, user=True, n=14),
        rv_event(APP, rng, "order_completed", {"category": "vials"}, revenue=2190.0,
                 hashed=True),
        vk_crash(APP, rng, ("java.lang.NullPointerException", "cycle day is null"),
                 [vk_crumb("nav", "Cycle -> Results"),
                  vk_crumb("net", "GET /api/cycles", {"status": 200})], screen="CycleActivity"),
        ly_eval(APP, rng, {"knownDonorPolicy": True}, hdr=True),
        tk_register(APP, rng, tags={"cycle_reminders": "on"}),
        no_save(APP, rng, {"analytics": False, "marketing": False}),
        mh_confirm(APP, rng, "730.00"),
        ak_message(APP, rng, L("Can the vials ship to the clinic before the holidays?", TEXT),
                   {"order": ORDER_NW}),
    ]
