"""A secondary school's boarding-fee app "Skulfi" (her daughter Grace, 15, boards at a college in
north Efate; the user is the parent). Unlike set 100's primary fees and set 128's mission school,
it is about boarding: term boarding fees by instalment, pocket money for the school canteen,
weekend leave (exeat) with a named adult, the boarders' ship and bus home, the dormitory's health
form. Calls: the parent's sign-up, a log-in, ``/me`` (a ``students`` claim), linking Grace,
fees by student number in the path, a payment, an instalment plan, pocket money, an exeat, the
trip home, the health form, a uniform order, a message to the matron, Grace's ID-card photo,
notices by a cookie GET, the report card, emergency contacts, a bursary, a pick-up check-in at
the wharf, a receipt, push and events."""

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
from eval_families132_kit import (
    DAUGHTER,
    FELLOW_SISTER,
    HUSBAND,
    INVOICE,
    NATIONAL_ID,
    SCHOOL,
    VILA_HOME,
    WHARF_FIX,
    fix,
    hd,
    push,
)
from eval_families132_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event
from eval_families132_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("skulfi", "Skulfi", "com.example.skulfi", "6.1.0", "https://api.skulfi.example.net")
IID = "X-Skulfi-Install"
PW = "NorthEfate!Grace10"
SID = DAUGHTER["student"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
RECEIPT = "RC-2026-T1-00881"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def skulfi() -> list[Case]:
    rng = random.Random(13251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(SID, UID)]))}
    wla, wlo = fix(WHARF_FIX, 5)
    fees = at_path(case(f, f"{a}/v1/students/{SID}/fees", headers=_h(rng, **b)), SID, UID)
    report = at_path(case(f, f"{a}/v1/students/{SID}/reports/2025-T3", headers=_h(rng, **b)),
                     SID, UID)
    absence = at_path(case(f, f"{a}/v1/students/{SID}/absences", headers=_h(rng, **b), body={
        "from": "2026-02-09", "days": 2,
        "reason": L("Grace has a fever and stays home with us", f"{TEXT}|{MED}|{NAMEC}")}),
        SID, UID)
    rcpt = at_path(case(f, f"{a}/v1/receipts/{RECEIPT}.pdf", headers=_h(rng, **b)),
                   f"{RECEIPT}.pdf", BUY)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "studentNumber": L(SID, UID), "firstName": L(DAUGHTER["first"], NAMEC),
            "lastName": L(DAUGHTER["last"], NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
            "sex": L("F", GENDER), "yearLevel": 10, "house": "Nguna", "boarder": True,
            "school": SCHOOL["id"]}),
        fees,
        case(f, f"{a}/v1/payments", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "student": L(SID, UID), "amount": L(42000, BUY),
            "currency": "VUV", "method": L(opaque(rng, "pm_", 24), PAY),
            "receipt": L(RECEIPT, BUY)}),
        case(f, f"{a}/v1/plans", fmt="form", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "instalments": "3", "first": L("42000", BUY),
            "student": L(SID, UID)}),
        case(f, f"{a}/v1/pocket-money/topup", headers=_h(rng, **b), body={
            "student": L(SID, UID), "amount": L(3000, BUY), "weeklyLimit": 1500,
            "note": L("For soap and phone credit, not lollies!", TEXT)}),
        case(f, f"{a}/v1/exeats", headers=_h(rng, **b), body={
            "student": L(SID, UID), "from": "2025-12-19T15:00", "to": "2025-12-21T17:00",
            "with": {"name": L(FELLOW_SISTER[0], NAMEC), "phone": L(FELLOW_SISTER[1], TEL),
                     "relation": "aunty"},
            "staying": L(VILA_HOME["line"], ADDR),
            "reason": L("Her cousin's wedding in Port Vila", TEXT)}),
        case(f, f"{a}/v1/travel/home", headers=_h(rng, **b), body={
            "student": L(SID, UID), "mode": "bus", "to": L("Port Vila", COARSE),
            "date": "2025-12-12", "fare": L(800, BUY), "booking": L("TB-55120", BUY)}),
        case(f, f"{a}/v1/students/{SID}/health", headers=_h(rng, **b), body={
            "allergies": [L("penicillin", MED)], "asthma": L(True, MED),
            "inhaler": L("Salbutamol 100 mcg", MED), "bloodGroup": L("O+", MED),
            "periods": L("painful, may need paracetamol", MED),
            "doctor": {"name": "Tassiriki family clinic"}}),
        absence,
        case(f, f"{a}/v1/uniform/orders", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "items": "island_dress_M,sulu_M,pe_shirt_M",
            "total": L("6500", BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "matron", "student": L(SID, UID),
            "text": L("Grace had a bad asthma night last week, please check her inhaler",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/students/{SID}/photo", [
            ("photo", "grace_id.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID), "use": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), query={"school": SCHOOL["id"]},
             cookies={"sk_session": L(opaque(rng, "", 40), CRED), "sk_install": L(INSTALL_ID,
                                                                                   DID)}),
        report,
        case(f, f"{a}/v1/students/{SID}/contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "father"},
                         {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
                          "relation": "mother"}]}),
        case(f, f"{a}/v1/bursaries", headers=_h(rng, **b), body={
            "student": L(SID, UID), "parentId": L(NATIONAL_ID, "personal.national_id"),
            "householdSize": 3, "incomeBand": "B",
            "statement": L("Copra prices fell this year and the boat fare went up", TEXT)}),
        case(f, f"{a}/v1/pickups/checkin", headers=_h(rng, **b), body={
            "student": L(SID, UID), "at": {"lat": wla, "lon": wlo}, "point": "Vila wharf",
            "eta": "2025-12-12T16:40"}),
        rcpt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("exeat_requested", 2),
                ev("screen", 3, screen=L("Fees", USAGE))]}),
    ]


def skulfi_sdks() -> list[Case]:
    rng = random.Random(13252)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(42000, BUY)}),
                            ("Exeat Requested", {"nights": 2})]),
        mc_identify(APP, rng, {"childYear": 10, "childBirthYear": L(2010, BIRTH),
                               "boarder": True, "town": L("Port Vila", COARSE)}),
        tn_event(APP, rng, "fee_payment", {"invoice": L(INVOICE, BUY)}, revenue=42000.0,
                 hashed=True),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"42,000\""),
                 [cd_crumb("nav", "Fees -> Pay"), cd_crumb("tap", "pay_now")],
                 screen="PayActivity"),
        fn_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pt_register(APP, rng, tags={"school": SCHOOL["id"], "boarder": "yes"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "42000"),
        hs_message(APP, rng, L(f"Receipt {RECEIPT} is not showing for {KID}",
                               f"{TEXT}|{BUY}|{NAMEC}"), {"student": L(SID, UID)}),
    ]
