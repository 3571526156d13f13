"""University exam-results portal "Abajade" (a sponsor's app: she pays her nephew Tunde's fees at
Lagoon City University and follows his results; most of what it sends is HIS data): her sponsor
sign-up (with her NIN) and log-in, ``/me``, linking her ward by matric number, surname, birth
date and exam-board number, a result-checker card, results by matric number in the path, his
bio-data (NIN, state of origin, next of kin), his passport photo, medical clearance, course
registration, a missing-score complaint, a message to his adviser, a transcript sent to his
home, fees and a hostel, alerts, a CGPA calculation, a result slip, push, events and the ward's
dashboard by a cookie-authenticated GET."""

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
    GENDER,
    JPEG,
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
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families78_kit import HOME_NG, NEPHEW, NIN, SCRATCH, UNI, obj
from eval_families78_sdk import (
    ij_crash,
    ij_crumb,
    ip_bid,
    ky_batch,
    ky_beacon,
    op_event,
    op_session,
)
from eval_families78_svc import ay_eval, if_save, ir_message, sw_charge
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("abajade", "Abajade", "com.example.abajade", "4.0.8",
          "https://portal.abajade.example.org")
IID = "X-Abajade-Client"
PW = "Sponsor$Tunde26"
M = NEPHEW["matric"]
HIS_HOME = {"line": "12 Oke-Fia Road", "city": "Osogbo", "state": "Osun"}  # his family home


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def abajade() -> list[Case]:
    rng = random.Random(7871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), wards=[L(M, UID)]))}
    him = f"{NEPHEW['first']} {NEPHEW['last']}"
    slip = obj(rng, "slip", 10)
    res = at_path(case(f, f"{a}/api/v2/students/{M}/results", headers=_h(rng, auth="bearer"),
                       query={"session": "2024/2025", "semester": "first"}), M, UID)
    return [
        case(f, f"{a}/api/v2/sponsors", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "nin": L(NIN, NATID),
            "address": L(HOME_NG["line"], ADDR), "city": L(HOME_NG["city"], COARSE),
            "relationship": "aunt"}),
        case(f, f"{a}/api/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "role": "sponsor"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/wards", headers=_h(rng, **b), body={
            "matric": L(M, UID), "surname": L(NEPHEW["last"], NAMEC),
            "dob": L(NEPHEW["dob"], BIRTH), "jambReg": L(NEPHEW["jamb"], UID),
            "institution": UNI["code"]}),
        case(f, f"{a}/api/v2/scratch-cards/validate", fmt="form", headers=_h(rng, **b), body={
            "pin": L(SCRATCH[0], CRED), "serial": SCRATCH[1], "matric": L(M, UID)}),
        res,
        case(f, f"{a}/api/v2/students/{M}/biodata", headers=_h(rng, **b), body={
            "fullName": L(him, NAMEC), "dob": L(NEPHEW["dob"], BIRTH),
            "sex": L("male", GENDER), "nin": L(NEPHEW["nin"], NATID),
            "stateOfOrigin": L(NEPHEW["origin"], SENS),
            "homeAddress": L(HIS_HOME["line"], ADDR), "homeCity": L(HIS_HOME["city"], COARSE),
            "email": L(NEPHEW["email"], MAIL), "phone": L(NEPHEW["phone"], TEL),
            "nextOfKin": {"name": L(NAME, NAMEC), "phone": L(PHONE, TEL), "relation": "aunt"}}),
        multipart(f, f"{a}/api/v2/students/{M}/photo", [
            ("passport", "tunde_passport.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"matric": L(M, UID), "bg": "white"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/students/{M}/medical", headers=_h(rng, **b), body={
            "genotype": L("AS", MED), "bloodGroup": L("B+", MED),
            "conditions": [L("asthma", MED)], "clinicNo": "LCU-HC-22-04471"}),
        case(f, f"{a}/api/v2/courses/registered", query={"matric": L(M, UID),
                                                         "session": "2025/2026"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/complaints", headers=_h(rng, **b), body={
            "matric": L(M, UID), "course": "CSC 201", "ticket": obj(rng, "tkt", 8),
            "text": L("Tunde's CSC 201 continuous assessment score is missing from the "
                      "first-semester result", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/advisers/adv_0213/messages", headers=_h(rng, **b), body={
            "ward": L(M, UID), "text": L("Please can we meet about his carry-over in MTH 202?",
                                         TEXT)}),
        case(f, f"{a}/api/v2/transcripts", headers=_h(rng, **b), body={
            "matric": L(M, UID), "name": L(him, NAMEC),
            "deliverTo": {"line": L(HIS_HOME["line"], ADDR), "city": L(HIS_HOME["city"], COARSE),
                          "state": L(HIS_HOME["state"], COARSE)},
            "copies": 2, "fee": L("12500", BUY), "email": L(NEPHEW["email"], MAIL)}),
        case(f, f"{a}/api/v2/fees/invoices", query={"matric": L(M, UID), "session": "2025/2026"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/fees/payments", fmt="form", headers=_h(rng, **b), body={
            "invoice": "INV-25-88120", "amount": L("285000", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "payerName": L(NAME, NAMEC),
            "matric": L(M, UID)}),
        case(f, f"{a}/api/v2/hostels/bookings", headers=_h(rng, **b), body={
            "matric": L(M, UID), "hall": "Moremi Annex", "room": "B-214",
            "fee": L("90000", BUY), "booking": L("HB-25-30417", BUY)}),
        case(f, f"{a}/api/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "sms": L(E164, TEL), "email": L(EMAIL, MAIL), "on": "results,fees"}),
        case(f, f"{a}/api/v2/cgpa/calc", headers=_h(rng, **b), body={
            "matric": L(M, UID), "courses": [{"code": "CSC 201", "units": 3, "grade": "B"},
                                             {"code": "MTH 202", "units": 3, "grade": "E"},
                                             {"code": "GST 211", "units": 2, "grade": "A"}]}),
        case(f, f"{a}/api/v2/slips/{slip}", query={"matric": L(M, UID), "fmt": "pdf"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_NG", DEV)}),
        case(f, f"{a}/api/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("result_viewed", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("WardResults", USAGE))]}),
        case(f, f"{a}/api/v2/wards/dashboard", headers=_h(rng, how="none"), cookies={
            "abj_sess": L(opaque(rng, "", 40), CRED), "abj_ward": L(M, UID)}),
    ]


def abajade_sdks() -> list[Case]:
    rng = random.Random(7872)
    return [
        ky_batch(APP, rng, [("Result Viewed", {"semester": "first"}),
                            ("Fee Paid", {"amount": L(285000, BUY)})]),
        ky_beacon(APP, rng, "Login Screen", {"from": "splash"}),
        op_session(APP, rng, first=True),
        op_event(APP, rng, "scratch_card_used", {"inst": UNI["code"]}, hashed=True),
        ip_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991),
        ij_crash(APP, rng, ("retrofit2.HttpException", "HTTP 502"),
                 [ij_crumb("nav", "Wards -> Results"),
                  ij_crumb("net", "results", {"matric": L(M, UID), "status": 502})],
                 screen="ResultsActivity"),
        ay_eval(APP, rng, {"role": "sponsor", "institution": UNI["code"]}),
        if_save(APP, rng, {"analytics": True, "ads": True, "sharing": False}),
        sw_charge(APP, rng, "285000.00"),
        ir_message(APP, rng, L(f"Paid fees for matric {M} but the invoice still shows unpaid",
                               f"{TEXT}|{UID}"), {"ward": L(M, UID)}),
    ]
