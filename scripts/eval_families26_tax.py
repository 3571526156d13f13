"""Tax-filing app "Ledgerly": a joint federal and state return for the user, her husband and her
son; a W-2 photographed and confirmed, a 1099 PDF, deductions, the refund's bank account, identity
checks (an IRS PIN, a driver's licence), e-filing with signature PINs, a question to an expert, a
prior-year import from another provider, the refund status."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families26_kit import (
    EMPLOYER,
    IP_PIN,
    SIGN_PIN,
    SON,
    SPOUSE,
    SPOUSE_PIN,
    TAX_HELP_PHONE,
    TAX_ORDER,
)
from eval_families26_sdk import (
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    wren_batch,
    wren_identify,
)
from eval_families26_svc import (
    agree_save,
    hive_identify,
    hive_message,
    till_charge,
    tog_eval,
    wick_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("ledgerly", "Ledgerly", "com.example.ledgerly", "2025.4.1",
          "https://api.ledgerly.example.com")
IID = "X-Ledgerly-Install"
R = "https://api.ledgerly.example.com/v1/returns/2025"
DOC_MEDIA = f"{MEDIA}|{NATID}"  # a tax form's image or PDF shows the SSN


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def ledgerly() -> list[Case]:
    rng = random.Random(2651)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    auth = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/session", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Refund$Season25", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/session/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "totp": L("310772", CRED),
            "remember_device": "true"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{R}/taxpayer", headers=_h(rng, **auth), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "ssn": L(SSN, NATID),
            "dob": L(DOB, BIRTH), "occupation": "Data analyst", "phone": L(DASHED, TEL),
            "address": {"street": L(STREET, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "filing_status": "married_filing_jointly", "blind": L(False, SENS)}),
        case(f, f"{R}/spouse", headers=_h(rng, **auth), body={
            "first_name": L(SPOUSE[0], NAMEC), "last_name": L(SPOUSE[1], NAMEC),
            "ssn": L(SPOUSE[2], NATID), "dob": L(SPOUSE[3], BIRTH), "occupation": "Teacher"}),
        case(f, f"{R}/dependents", headers=_h(rng, **auth), body={
            "first_name": L(SON[0], NAMEC), "last_name": L(SON[1], NAMEC),
            "ssn": L(SON[2], NATID), "dob": L(SON[3], BIRTH), "relationship": "son",
            "months_in_home": 12, "student": False, "disabled": L(False, SENS)}),
        multipart(f, f"{R}/forms/scan", [
            ("image", "w2_2025.jpg", "image/jpeg", L(JPEG, DOC_MEDIA)),
            ("meta", None, "application/json", {"form": "W-2", "scan_id": rid(rng),
                                                "employer_ein": EMPLOYER["ein"]})],
            headers=_h(rng, **auth)),
        case(f, f"{R}/w2", headers=_h(rng, **auth), body={
            "employer": dict(EMPLOYER), "employee_ssn": L(SSN, NATID),
            "employee_name": L(NAME, NAMEC), "wages": 96450.00, "federal_withheld": 14210.55,
            "state": L("NY", COARSE), "state_wages": 96450.00, "box12": [
                {"code": "DD", "amount": 8800.00}],
            "box14": [{"label": L("UNION DUES LOCAL 418", SENS), "amount": 480.00}]}),
        multipart(f, f"{R}/forms/upload", [
            ("file", "1099-INT_example_bank.pdf", "application/pdf", L(PDF, DOC_MEDIA)),
            ("meta", None, "application/json", {"form": "1099-INT", "payer": "Example Bank"})],
            headers=_h(rng, **auth)),
        case(f, f"{R}/deductions", headers=_h(rng, **auth), body={
            "charity": [{"org": L("Temple Beth Shalom", SENS), "amount": L(1200.0, BUY)},
                        {"org": "Harbor Food Pantry", "amount": L(250.0, BUY)}],
            "medical": {"total": 3410.22, "note": L("Physical therapy after my ACL surgery",
                                                    f"{TEXT}|{MED}")},
            "mortgage_interest": 0, "student_loan_interest": 1180.40}),
        case(f, f"{R}/refund", headers=_h(rng, **auth), body={
            "method": "direct_deposit", "routing_number": L(ROUTING, PAY),
            "account_number": L(ACCOUNT, PAY), "account_type": "checking",
            "split": False}),
        case(f, f"{R}/identity", headers=_h(rng, **auth), body={
            "ip_pin": L(IP_PIN, CRED), "licence": {"number": L(LICENCE, NATID),
                                                   "state": L("NY", COARSE),
                                                   "issued": "2021-05-17",
                                                   "expires": "2029-05-17"}}),
        case(f, f"{R}/state/ny", headers=_h(rng, **auth), body={
            "resident_state": L("NY", COARSE), "county": L("New York", COARSE),
            "nyc_resident": True, "school_district": "Manhattan 02",
            "rent_paid": 27600.00}),
        case(f, f"{a}/v1/checkout", headers=_h(rng, **auth), body={
            "plan": L("deluxe_federal_state", BUY), "price": L("79.99", BUY),
            "addons": [L("audit_defense", BUY)], "order": L(TAX_ORDER, BUY),
            "promo": "EARLYBIRD"}),
        case(f, f"{R}/efile", headers=_h(rng, **auth), body={
            "signature_pin": L(SIGN_PIN, CRED), "spouse_pin": L(SPOUSE_PIN, CRED),
            "consent_8879": True, "signer_ip": L(PUBLIC_IP, IPLOC),
            "signed_at": "2026-02-14T20:41:07Z", "submission_id": "sub_" + opaque(rng, "", 16)}),
        case(f, f"{R}/summary", headers=_h(rng, how="none"),
             cookies={"lg_sess": L(opaque(rng, "", 60), CRED),
                      "lg_did": L(INSTALL_ID, DID), "lg_year": "2025"}),
        at_path(case(f, f"{a}/v1/refund-status/{SSN[-4:]}", headers=_h(rng, **auth),
                     query={"filing_status": "mfj", "expected": "2114"}),
                SSN[-4:], NATID),
        case(f, f"{a}/v1/experts/questions", headers=_h(rng, **auth), body={
            "topic": "credits", "text": L("My son started daycare in March, can we claim the "
                                          "child care credit for the whole year?", TEXT),
            "callback_ok": False, "support_line": TAX_HELP_PHONE}),
        case(f, f"{a}/v1/import/prior-year", headers=_h(rng, **auth), body={
            "provider": "examplefile", "username": L("jdoe1991", UID),
            "password": L("Old-provider-pw-2024", CRED), "tax_year": 2024}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **auth), body={
            "fcm": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **auth), body={
            "uid": L(USER_ID, UID), "events": [
                ev("section_completed", 1, section="income"),
                ev("refund_estimate_viewed", 2),
                ev("screen_view", 3, screen=L("Deductions", USAGE))]}),
    ]


def ledgerly_sdks() -> list[Case]:
    rng = random.Random(2652)
    return [
        wren_batch(APP, rng, [("Section Completed", {"section": "income"}),
                              ("Return Filed", {"plan": L("deluxe_federal_state", BUY)})]),
        wren_identify(APP, rng, {"filing_status": "mfj", "state": L("NY", COARSE),
                                 "dependents": 1}),
        loom_launch(APP, rng, user=True, launches=6),
        loom_event(APP, rng, "af_purchase", {"af_revenue": L(79.99, BUY),
                                             "af_order_id": L(TAX_ORDER, BUY)},
                   hashed="sha256"),
        warden_report(APP, rng, ("java.lang.NumberFormatException", "For input string: \"\""),
                      [warden_crumb("navigation", "W2 -> Box12"),
                       warden_crumb("request", "PUT", {"url": f"{R}/w2", "status": 422})],
                      user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                      screen="W2EditActivity"),
        tog_eval(APP, rng, {"season": "2025", "expert_chat": True}),
        wick_register(APP, rng),
        agree_save(APP, rng, {"analytics": True, "ads_personalised": False,
                              "sale_of_data": False}),
        till_charge(APP, rng, "79.99", "Ledgerly Deluxe 2025"),
        hive_identify(APP, rng),
        hive_message(APP, rng, L("Why does the app say my W-2 box 12 code is invalid?", TEXT),
                     {"order": L(TAX_ORDER, BUY), "plan": "deluxe"}, screen="W2Edit"),
    ]
