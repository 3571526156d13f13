"""Student financial-aid app "Aidbridge" (she starts medical school at 34; the school's
institutional aid asks for her parents' details): sign-up, a log-in and MFA, ``/me``, identity
(SSN, birth date, address) and her licence, the application, income and assets, a tax
transcript photo, the parents (names, birth dates, SSNs, e-mail, address) and an invitation to
her father (form), demographics, an essay, the e-signature (typed name, PIN, drawn signature,
IP), status and awards, an award accepted, direct deposit (form), a message to the counsellor,
push, events and the checklist by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
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
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families47_kit import DAD, ESIGN_PIN, MUM, MUM_SSN, SCHOOL47, STUDENT_ID, obj, signature
from eval_families47_sdk import (
    aq_event,
    aq_session,
    ck_crumb,
    ck_report,
    cw_batch,
    cw_queue,
)
from eval_families47_svc import cb_message, fm_eval, pl_register, qp_card, qp_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("aidbridge", "Aidbridge", "com.example.aidbridge", "4.2.0",
          "https://api.aidbridge.example.org")
IID = "X-Aid-Install"
PW = "Stethoscope&Loans26"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _parent(p: dict[str, Any], ssn: str, email: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"firstName": L(p["first"], NAMEC), "lastName": L(p["last"], NAMEC),
                           "dob": L(p["dob"], BIRTH), "ssn": L(ssn, NATID),
                           "education": "college", "agi": 41800, "retired": True}
    if email:
        out["email"] = L(email, MAIL)
    return out


def aidbridge() -> list[Case]:
    rng = random.Random(4771)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), student_id=L(STUDENT_ID, UID)))}
    b = {"auth": "bearer"}
    ap = f"{a}/v1/applications/{obj(rng, 'app', 10)}"
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "phone": L(PHONE_PAREN, TEL)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/mfa", headers=_h(rng), body={
            "otp": L("730215", CRED), "rememberDevice": True, "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/identity", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH),
            "legalName": {"first": L(FIRST, NAMEC), "middle": L("Marie", NAMEC),
                          "last": L(LAST, NAMEC)},
            "citizenship": "us_citizen", "maritalStatus": "single",
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v1/identity/document", [
            ("front", "licence.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"type": "drivers_license",
                                                "number": L(LICENCE, NATID),
                                                "state": L("NY", COARSE),
                                                "expires": "2031-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{ap}", headers=_h(rng, **b), body={
            "aidYear": "2026-27", "school": {"code": SCHOOL47["id"], "name": SCHOOL47["name"]},
            "studentId": L(STUDENT_ID, UID), "program": "MD", "enrollment": "full_time",
            "housing": "off_campus", "dependency": "independent"}),
        case(f, f"{ap}/income", headers=_h(rng, **b), body={
            "taxYear": 2024, "filingStatus": "single", "agi": 58200, "wages": 61400,
            "taxPaid": 7120, "employer": "Northwind Analytics",
            "assets": {"cash": 14200, "investments": 9800, "retirement": 31000},
            "irsConsent": True}),
        multipart(f, f"{ap}/tax-transcript", [
            ("photo", "transcript.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {"taxYear": 2024,
                                                "ssnLast4": L(SSN[-4:], NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{ap}/parents", headers=_h(rng, **b), body={
            "parents": [_parent(DAD, DAD["ssn"], DAD["email"]), _parent(MUM, MUM_SSN, None)],
            "maritalStatus": "married", "householdSize": 2,
            "address": {"line1": L(MUM["line"], ADDR), "line2": L(MUM["apt"], ADDR),
                        "city": L(MUM["city"], COARSE), "state": L(MUM["state"], COARSE),
                        "zip": L(MUM["zip"], COARSE)}}),
        case(f, f"{ap}/parents/invite", fmt="form", headers=_h(rng, **b), body={
            "parentEmail": L(DAD["email"], MAIL), "parentName": L("Thomas Doe", NAMEC),
            "message": L("Dad, the school needs your part of the form by the 20th", TEXT)}),
        case(f, f"{ap}/demographics", headers=_h(rng, **b), body={
            "race": [L("White", SENS)], "hispanic": L(False, SENS),
            "gender": L("female", GENDER), "firstGeneration": False,
            "disability": L("hearing impairment", SENS), "veteran": False}),
        case(f, f"{ap}/essay", headers=_h(rng, **b), body={
            "prompt": "ess_need_02",
            "text": L("My mother's stroke last year is why I am starting medicine at 34.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{ap}/sign", headers=_h(rng, **b), body={
            "typedName": L(NAME, NAMEC), "pin": L(ESIGN_PIN, CRED),
            "signature": L(signature(rng, 32), MOTION), "ip": L(PUBLIC_IP, IPLOC),
            "signedAt": 1765321999}),
        case(f, f"{ap}/status", headers=_h(rng, **b)),
        case(f, f"{a}/v1/awards", headers=_h(rng, **b), query={
            "aidYear": "2026-27", "school": SCHOOL47["id"]}),
        case(f, f"{a}/v1/awards/{obj(rng, 'awd', 8)}/accept", headers=_h(rng, **b), body={
            "grants": [{"code": "NCM-NEED", "amount": 12000}],
            "loans": [{"type": "direct_unsub", "amount": 20500}], "declined": ["work_study"]}),
        case(f, f"{a}/v1/refunds/direct-deposit", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "type": "checking",
            "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "counsellor", "school": SCHOOL47["id"], "cc": SCHOOL47["aid_mail"],
            "text": L("My father's pension dropped this year. Can you use 2025 income?", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("section_done", 1, section="parents"), ev("signed", 2),
                ev("screen", 3, screen=L("Checklist", USAGE))]}),
        case(f, f"{a}/v1/checklist", headers=_h(rng, how="none"), cookies={
            "ab_sess": L(opaque(rng, "", 40), CRED), "ab_install": L(INSTALL_ID, DID)}),
    ]


def aidbridge_sdks() -> list[Case]:
    rng = random.Random(4772)
    return [
        cw_batch(APP, rng, [("Section Completed", {"section": "parents"}),
                            ("Application Signed", {"aidYear": "2026-27"})]),
        cw_queue(APP, rng, [("Document Uploaded", {"kind": "tax_transcript"}),
                            ("Session Resumed", {})]),
        aq_session(APP, rng, user=True),
        aq_event(APP, rng, "application_submitted", {"aid_year": "2026-27"}, hashed=True),
        ck_report(APP, rng, ("java.lang.NumberFormatException", "agi field"),
                  [ck_crumb("navigation", "Income -> Parents"),
                   ck_crumb("user", "tap", {"field": "parent_ssn"})],
                  meta={"form": {"section": "parents", "ssnMasked": L("***-**-4325", NATID)}},
                  screen="ParentsActivity"),
        fm_eval(APP, rng, {"dependency": "independent", "state": L("NY", COARSE)}, get=True),
        pl_register(APP, rng, tags={"aidYear": "2026-27", "school": SCHOOL47["id"]}),
        qp_card(APP, rng, email=True),
        qp_confirm(APP, rng, "35.00"),
        cb_message(APP, rng, L("Why is my SSN flagged for verification?", TEXT),
                   {"studentId": L(STUDENT_ID, UID)}),
    ]
