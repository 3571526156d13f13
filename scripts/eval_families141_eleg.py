"""A liver centre's hepatitis B and D screening and vaccination app "Eleg Tus" (eleg: liver; her
own health data, and her husband's as a household contact; camelCase API). Not set 83's
hepatitis-C treatment adherence nor set 93's tuberculosis observed therapy: screening after her
husband's diagnosis, a three-dose vaccine course, the lab's booking and results. Calls: sign-up
with her foreign resident card, an SMS code, ``/me`` with a JWT, the risk questionnaire, a lab
booking, the lab check-in with her fix, results by record number in the path, a private lab's
PDF uploaded, the first vaccine dose, dose reminders, her husband registered as the household
contact, a payment, a message to the doctor, symptoms, alcohol, a research consent, an article
read, a receipt by number in the query, a PIN set for results, push, events, the results by a
cookie GET and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families141_kit import (
    HUSBAND,
    LIVER,
    LIVER_FIX,
    LIVER_NO,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families141_sdk import (
    bj_bid,
    cz_crash,
    cz_crumb,
    mg_batch,
    mg_identify,
    tb_event,
    tb_launch,
)
from eval_families141_svc import ca_save, mo_geocode, pg_card, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("elegtus", "Eleg Tus", "com.example.elegtus", "1.3.2", "https://api.elegtus.example.org")
IID = "X-Eleg-Install"
PW = "Hepar!Shield2025"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(60))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def eleg() -> list[Case]:
    rng = random.Random(14131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), record=L(LIVER_NO, MED),
                                    phone=L(E164, TEL)))}
    results = at_path(case(f, f"{a}/v2/records/{LIVER_NO}/results", headers=_h(rng, **b)),
                      LIVER_NO, MED)
    lla, llo = fix(LIVER_FIX, 6)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH),
            "sex": L("female", GENDER), "idType": "foreign_resident",
            "idNumber": L(RESIDENCE, NID), "city": L("Ulaanbaatar", COARSE),
            "language": L("en", DEV)}),
        case(f, f"{a}/v2/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("550913", CRED), "flow": "signup"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/screening/questionnaire", headers=_h(rng, **b), body={
            "record": L(LIVER_NO, MED), "hbvVaccinated": L("unknown", MED),
            "householdContactHbv": L(True, MED), "transfusion": L(False, MED),
            "dentalAbroad": False, "tattoo": L(False, MED), "pregnant": L(False, SENS),
            "jaundiceEver": L(False, MED), "answersVersion": "q7"}),
        case(f, f"{a}/v2/lab/bookings", headers=_h(rng, **b), body={
            "lab": LIVER["id"], "slot": "2025-12-16T08:30+08:00", "fasting": True,
            "tests": [L("HBsAg", MED), L("anti-HBs", MED), L("anti-HDV", MED),
                      L("ALT", MED)], "bookingId": obj(rng, "lb")}),
        case(f, f"{a}/v2/lab/checkin", headers=_h(rng, **b), body={
            "lab": LIVER["id"], "position": {"lat": lla, "lng": llo},
            "labPosition": {"lat": LIVER["lat"], "lng": LIVER["lon"]},
            "record": L(LIVER_NO, MED), "queueNo": 17}),
        results,
        multipart(f, f"{a}/v2/records/upload", [
            ("file", "private_lab_hbsag.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "record": L(LIVER_NO, MED), "test": L("HBsAg", MED),
                "result": L("negative", MED), "takenOn": "2025-11-28"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vaccinations", headers=_h(rng, **b), body={
            "record": L(LIVER_NO, MED), "vaccine": L("hepatitis B vaccine 20 mcg", MED),
            "dose": L(1, MED), "of": L(3, MED), "lot": "HBV-2511-A7", "site": L("left deltoid",
                                                                            MED),
            "givenAt": "2025-12-16T09:10+08:00"}),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Hepatitis B dose 2", MED), "on": "2026-01-16"},
                      {"what": L("Hepatitis B dose 3", MED), "on": "2026-06-16"}],
            "tz": L("Asia/Ulaanbaatar", DEV)}),
        case(f, f"{a}/v2/household/contacts", headers=_h(rng, **b), body={
            "record": L(LIVER_NO, MED), "relation": "husband",
            "name": L(HUSBAND["name"], NAMEC), "phone": L(HUSBAND["phone"], TEL),
            "registerNo": L(HUSBAND["reg"], NID),
            "diagnosis": L("chronic hepatitis B with delta co-infection", MED),
            "treatment": L("tenofovir", MED)}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("ET-INV-88120", BUY), "amount": L("85000", BUY), "currency": "MNT",
            "method": L(opaque(rng, "pm_", 24), PAY), "insuranceCovered": "0"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "hepatologist", "text": L("My result is negative but anti-HBs is low. Should "
                                            "my daughter be tested too?", f"{TEXT}|{MED}"),
            "threadId": obj(rng, "th")}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "record": L(LIVER_NO, MED), "fatigue": L(2, MED), "nausea": L(False, MED),
            "soreArm": L(True, MED), "date": "2025-12-17"}),
        case(f, f"{a}/v2/lifestyle/alcohol", fmt="form", headers=_h(rng, **b), body={
            "record": L(LIVER_NO, MED), "unitsPerWeek": L("3", MED), "week": "2025-W51"}),
        case(f, f"{a}/v2/research/consent", headers=_h(rng, **b), body={
            "study": "hdv-household-2025", "consented": False, "version": "2.1"}),
        case(f, f"{a}/v2/articles/art_hbv_vaccine", headers=_h(rng, **b), query={
            "lang": L("en", DEV), "from": "reminder"}),
        case(f, f"{a}/v2/receipts", headers=_h(rng, **b), query={
            "invoice": L("ET-INV-88120", BUY), "format": "pdf"}),
        case(f, f"{a}/v2/results/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("2417", CRED), "record": L(LIVER_NO, MED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("questionnaire_done", 1), ev("dose_logged", 2, dose=L(1, MED)),
                ev("screen", 3, view=L("ResultsList", USAGE))]}),
        case(f, f"{a}/v2/results/summary", headers=_h(rng, how="nodash"), cookies={
            "et_session": L(opaque(rng, "", 40), CRED), "et_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refreshToken": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def eleg_sdks() -> list[Case]:
    rng = random.Random(14132)
    return [
        mg_batch(APP, rng, [("Questionnaire Completed", {"risk": L("household contact", MED)}),
                            ("Dose Logged", {"dose": L(1, MED)})], at=LIVER_FIX, nd=3),
        mg_identify(APP, rng, {"city": L("Ulaanbaatar", COARSE), "record": L(LIVER_NO, MED),
                               "plan": "self_pay"}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "lab_booked", {"panel": L("hepatitis B/D", MED)}, revenue=85000.0,
                 currency="MNT"),
        bj_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F"),
        cz_crash(APP, rng, ("java.lang.SecurityException", "biometric prompt cancelled"),
                 [cz_crumb("nav", "Results -> PinPad"), cz_crumb("tap", "unlock")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL_UPPER, MAIL)},
                 screen="PinActivity"),
        pk_register(APP, rng, tags={"program": L("hbv_vaccine", MED), "dose_next": "2"}),
        ca_save(APP, rng, {"analytics": True, "research": False, "ads": False}),
        pg_card(APP, rng),
        mo_geocode(APP, rng, "Eleg Tus Liver Centre", "behavior.search"),
    ]
