"""University hostel booking app "Hallbunk" of Udi Hills University, used by her for her daughter
Adaeze (16, a first-year student: most of what it sends is the child's data). Unlike set 78's
results portal it books a bed: the guardian's sign-up and log-in, ``/me`` with a JWT, linking
the student by matric number, the student's profile (gender, religion, state of origin, NIN,
genotype, allergies), next of kin, hostels and a room, preferences, a bed held and paid, the
passport photo and a medical form (PDF), her check-in at the hostel gate (her fix), a maintenance
request, a visitor pass with her NIN, an exeat home, the rules, the allocation by matric number,
a receipt by number in the path, push, events and bookings by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import NATID, PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families124_kit import DAUGHTER, HOSTEL_FIX, NG_HOME, NG_HOME_AT, NIN, UNIV, fix, obj
from eval_families124_sdk import as_bid, ck_sessions, gh_batch, gh_identify, of_event, of_session
from eval_families124_svc import fc_eval, pay_card, pm_save, ps_route
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("hallbunk", "Hallbunk", "com.example.hallbunk", "2.2.0",
          "https://api.hallbunk.example.com")
IID = "X-Hallbunk-Device"
PW = "Queen#Amina2025"
BOOKING = "HB-25Q7M4KX"  # the bed's booking reference (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
MATRIC = DAUGHTER["matric"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def hallbunk() -> list[Case]:
    rng = random.Random(12451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), wards=[L(MATRIC, UID)]))}
    b = {"auth": "bearer"}
    stu = obj(rng, "stu", 8)
    hla, hlo = fix(HOSTEL_FIX, 5)
    rcpt = at_path(case(f, f"{a}/v1/receipts/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/guardians/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother"}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "matricNumber": L(MATRIC, UID), "surname": L(DAUGHTER["last"], NAMEC),
            "dateOfBirth": L(DAUGHTER["dob"], BIRTH), "university": UNIV["id"]}),
        case(f, f"{a}/v1/students/{stu}/profile", headers=_h(rng, **b), body={
            "firstName": L(DAUGHTER["first"], NAMEC), "lastName": L(DAUGHTER["last"], NAMEC),
            "dateOfBirth": L(DAUGHTER["dob"], BIRTH), "gender": L("female", GENDER),
            "level": "100", "department": "Electrical Engineering",
            "stateOfOrigin": L("Enugu", SENS), "lga": L("Udi", SENS),
            "religion": L("Catholic", SENS), "nin": L(DAUGHTER["nin"], NATID),
            "phone": L("+2348165550107", TEL), "genotype": L("AS", MED),
            "bloodGroup": L("O+", MED), "allergies": [L("penicillin", MED)]}),
        case(f, f"{a}/v1/students/{stu}/next-of-kin", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "relationship": "mother", "phone": L(PHONE, TEL),
            "email": L(EMAIL, MAIL), "address": L(NG_HOME["line"], ADDR),
            "city": L(NG_HOME["city"], COARSE)}),
        case(f, f"{a}/v1/hostels", query={"gender": "female", "campus": "main",
                                          "session": "2025/2026"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/hostels/qah/rooms/{UNIV['room']}", headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v1/students/{stu}/preferences", headers=_h(rng, **b), body={
            "quietFloor": True, "lowerBunk": True, "roommateRequest": "UHU/2025/ENG/04388",
            "note": L("She needs a lower bunk near the bathroom because of her knee surgery",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/bookings/hold", headers=_h(rng, **b), body={
            "student": L(MATRIC, UID), "hostel": UNIV["hostel"], "room": UNIV["room"],
            "bed": UNIV["bed"], "session": "2025/2026", "price": L("185000", BUY),
            "booking": L(BOOKING, BUY), "holdUntil": "2025-12-10T12:00:00+01:00"}),
        case(f, f"{a}/v1/bookings/{BOOKING}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("185000", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "currency": "NGN"}),
        multipart(f, f"{a}/v1/students/{stu}/photo", [
            ("photo", "passport.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"kind": "passport", "bg": "white"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/students/{stu}/documents", [
            ("file", "medical_fitness.pdf", "application/pdf", L(PDF + b"\x92", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"type": "medical_fitness", "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "gate": "qah_main",
            "hostel": {"lat": UNIV["lat"], "lon": UNIV["lon"]}, "bed": UNIV["bed"]}),
        case(f, f"{a}/v1/maintenance", headers=_h(rng, **b), body={
            "room": UNIV["room"], "category": "electrical",
            "text": L("The ceiling fan in B214 stopped working on Sunday night", TEXT)}),
        case(f, f"{a}/v1/visitor-passes", headers=_h(rng, **b), body={
            "visitorName": L(NAME, NAMEC), "visitorPhone": L(NATIONAL, TEL), "idType": "NIN",
            "idNumber": L(NIN, NATID), "date": "2025-12-13", "student": stu}),
        case(f, f"{a}/v1/exeats", headers=_h(rng, **b), body={
            "student": stu, "from": "2025-12-19", "to": "2026-01-04",
            "destination": L(NG_HOME["line"], ADDR),
            "reason": L("Going home to Enugu for Christmas with her mother", TEXT),
            "guardianPhone": L(E164, TEL)}),
        case(f, f"{a}/v1/rules/ack", fmt="form", headers=_h(rng, **b), body={
            "version": "2025.1", "accepted": "true"}),
        case(f, f"{a}/v1/allocation", query={"matric": L(MATRIC, UID), "session": "2025/2026"},
             headers=_h(rng, **b)),
        rcpt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("bed_held", 1), ev("booking_paid", 2),
                ev("screen", 3, screen=L("Rooms", USAGE))]}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, how="none"),
             cookies={"hb_session": L(opaque(rng, "", 40), CRED),
                      "hb_device": L(INSTALL_ID, DID)}),
    ]


def hallbunk_sdks() -> list[Case]:
    rng = random.Random(12452)
    return [
        gh_batch(APP, rng, [("Bed Held", {"price": L(185000, BUY)}),
                            ("Screen Viewed", {"screen": L("Rooms", USAGE)})]),
        gh_identify(APP, rng, {"childAge": L(DAUGHTER["age"], BIRTH),
                               "university": UNIV["id"], "role": "guardian"}),
        of_session(APP, rng, user=True, n=3),
        of_event(APP, rng, "booking_paid", {"hostel": "qah"}, revenue=185000.0, hashed=True),
        as_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=NG_HOME_AT, nd=3,
               country="NGA"),
        ck_sessions(APP, rng, [331]),
        fc_eval(APP, rng, {"session": "2025/2026", "guardian": True}),
        pm_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        pay_card(APP, rng),
        ps_route(APP, rng, [(NG_HOME_AT, PRECISE), ((UNIV["lat"], UNIV["lon"]), None)]),
    ]
