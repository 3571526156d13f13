"""Rheumatoid-arthritis biologic-injection tracker "Biodose": sign-up, a log-in, ``/me``, the
condition profile with her rheumatologist, the insurance card, pairing the smart pen, injections
logged, an injection-site photo, a symptom diary (joint counts), DAS28 with lab values, a lab
report photo, the fridge log, a refill with the copay card and its status by number in the
path, reminders, a travel letter for Tbilisi, a skipped dose, a message to the nurse, a report
shared with her doctor, a Health Connect import, push, events and the log by a cookie GET."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families89_kit import COPAY, DRUG, LOT, MEMBER_BD, PASSPORT, PEN, PHARMACY, RHEUM
from eval_families89_sdk import (
    kv_event,
    kv_launch,
    sh_crash,
    sh_crumb,
    sh_session,
    tv_batch,
    tv_queue,
)
from eval_families89_svc import dk_attach, dr_eval, gd_card, tk_save, zr_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("biodose", "Biodose", "com.example.biodose", "2.8.3", "https://api.biodose.example.com")
IID = "X-Biodose-Install"
PW = "Quiet-Fjord-2291"
NATID = "personal.national_id"
RX = "RX-88120447"
CM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def biodose() -> list[Case]:
    rng = random.Random(8921)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_BD, MED)))}
    b = {"auth": "bearer"}
    refill = at_path(case(f, f"{a}/v1/refills/{RX}", headers=_h(rng, **b)), RX, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL), "dob": L(DOB, BIRTH),
            "sex": L("female", GENDER), "zip": L(ZIP, COARSE), "marketing": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "biodose-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/condition", headers=_h(rng, **b), body={
            "diagnosis": L("rheumatoid arthritis", MED), "diagnosedYear": L(2019, MED),
            "seropositive": {"rf": L(True, MED), "antiCcp": L(True, MED)},
            "otherMeds": [{"name": L("methotrexate", MED), "dose": L("15 mg weekly", MED)},
                          {"name": L("folic acid", MED), "dose": L("1 mg daily", MED)}],
            "rheumatologist": {"name": L(RHEUM[0], NAMEC), "phone": L(RHEUM[1], TEL)}}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "card.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_BD, MED),
                                                "group": "G-771045", "plan": "Silver PPO"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pens", headers=_h(rng, **b), body={
            "serial": PEN, "ble": "D4:36:39:A1:0B:72", "firmware": "1.9.4", "battery": 88,
            "phone": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/injections", headers=_h(rng, **b), body={
            "drug": L(DRUG, MED), "dose": L("40 mg", MED), "site": L("left thigh", MED),
            "lot": LOT, "pen": PEN, "at": "2025-12-07T20:14:00-05:00", "pain": L(3, MED),
            "injectionId": obj(rng, "inj", 10)}),
        multipart(f, f"{a}/v1/injections/site-photo", [
            ("photo", "site.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("note", None, "application/json", {
                "text": L("Red itchy patch 3 cm around the site, day 2", CM),
                "site": L("left thigh", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "stiffnessMin": L(45, MED), "painVas": L(6, MED),
            "fatigue": L(7, MED), "flare": L(True, MED),
            "tender": [L(j, MED) for j in ("R_MCP2", "R_MCP3", "L_PIP2", "L_WRIST")],
            "swollen": [L(j, MED) for j in ("R_MCP2", "L_WRIST")],
            "note": L("Couldn't open jars this morning, both wrists hot", CM)}),
        case(f, f"{a}/v1/scores/das28", headers=_h(rng, **b), body={
            "das28Crp": L(4.1, MED), "crp": L(12.4, MED), "esr": L(28, MED),
            "patientGlobal": L(60, MED), "labDate": "2025-12-02"}),
        multipart(f, f"{a}/v1/labs", [
            ("report", "labs_dec.jpg", "image/jpeg", L(JPEG + b"\x23", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kind": "crp_esr", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fridge", fmt="form", headers=_h(rng, **b), body={
            "pen": PEN, "minC": "2.8", "maxC": "6.1", "excursions": "0"}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "pharmacy": PHARMACY["id"], "pharmacyName": PHARMACY["name"],
            "pharmacyPhone": PHARMACY["phone"], "drug": L(DRUG, MED), "qty": 2,
            "order": L(RX, BUY), "copayCard": L(COPAY, PAY), "copay": L("5.00", BUY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(STREET, ADDR), "zip": L(ZIP, COARSE)}}),
        refill,
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "everyDays": "14", "time": "20:00", "tz": L("America/New_York", DEV),
            "mtx": L("saturday", MED)}),
        case(f, f"{a}/v1/travel/letter", headers=_h(rng, **b), body={
            "fullName": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
            "destination": L("Tbilisi, Georgia", COARSE), "from": "2025-12-01",
            "to": "2026-01-31", "drug": L(DRUG, MED), "coolerPack": True}),
        case(f, f"{a}/v1/injections/skip", fmt="form", headers=_h(rng, **b), body={
            "due": "2025-12-21", "reason": L("fever 38.4 and a chest infection", CM)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nurse_line",
            "text": L("Can I inject while on amoxicillin?", CM)}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "to": L("m.kessler@rheumcare.example.com", MAIL), "toName": L(RHEUM[0], NAMEC),
            "range": "90d", "include": "injections,diary,das28"}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": [L(s, FIT) for s in (5230, 3110, 7044)], "sleepH": L([6.1, 5.4, 7.0], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("diary_saved", 2, flare=L(True, MED)),
                ev("screen_view", 3, screen=L("Das28", USAGE))]}),
        case(f, f"{a}/v1/injections", headers=_h(rng, how="upper"), query={"from": "2025-09-01"},
             cookies={"bd_sid": L(opaque(rng, "", 44), CRED), "bd_rq": rid(rng)}),
    ]


def biodose_sdks() -> list[Case]:
    rng = random.Random(8922)
    return [
        tv_batch(APP, rng, [("Dose Logged", {"drug": L("adalimumab", MED), "site": "thigh"}),
                            ("Flare Reported", {"painVas": L(6, MED)})]),
        tv_queue(APP, rng, [("Pen Synced", {"pen": PEN}), ("Reminder Opened", {})]),
        kv_launch(APP, rng, first=True),
        kv_event(APP, rng, "subscribe", {"plan": "plus_year"}, revenue=29.99, hashed=True),
        sh_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [sh_crumb("navigation", "Log -> PairPen"),
                  sh_crumb("log", "gatt", {"pen": PEN})], screen="PairPenActivity"),
        sh_session(APP, rng, secs=212),
        dr_eval(APP, rng, {"biologic": L("adalimumab", MED), "travel": True}, hdr=True),
        zr_register(APP, rng, tags={"condition": L("ra", MED), "cadence": "14d"}),
        tk_save(APP, rng, {"analytics": True, "ads": False, "research": False}),
        gd_card(APP, rng),
        dk_attach(APP, rng, L(JPEG + b"\x24", MEDIA), "pen_error.jpg", "image/jpeg"),
    ]
