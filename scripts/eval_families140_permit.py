"""A residence-permit case app for foreign spouses "Lejeza" (she applies for a family-reunification
permit as the wife of an Albanian citizen). Earlier sets carry residence permits only as a
document inside other apps; here the permit case is the app: the applicant's account, the case
with her husband as sponsor (his personal number), her passport scan, the marriage certificate,
the rental contract, health insurance, proof of means (her IBAN), offices near her flat, slots,
an appointment, the fee, a check-in at the office, the card photo, the case's status by case
number in the path (and a base64 JSON context header), the civil-registry address, a message
to the case officer, the card by a cookie GET, the card's delivery, the issued permit
confirmed, push and events."""

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
    PRECISE,
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
from eval_families140_kit import (
    AL_IBAN,
    CASE_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_NID,
    MARRIAGE_CERT,
    MOBILE_AL,
    NID_AL,
    OFFICE,
    OFFICE_FIX,
    PASSPORT,
    PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families140_sdk import cx_crash, cx_crumb, cx_session, mk_batch, mk_identify, td_launch
from eval_families140_svc import cv_check, fo_eval, hp_attach, hp_message, md_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lejeza", "Lejeza", "com.example.lejeza", "1.3.8", "https://api.lejeza.example.org")
IID = "X-Lejeza-Device"
PW = "Leje#Qendrimi26"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(60))
LANDLORD = ("Gezim Dervishi", "+355692660317")  # the flat's landlord, typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lejeza() -> list[Case]:
    rng = random.Random(14051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), case=L(CASE_NO, UID)))}
    ola, olo = fix(OFFICE_FIX, 6)
    appt = obj(rng, "apt")
    c = CASE_NO
    status = at_path(case(f, f"{a}/api/v1/cases/{c}/status", headers=_h(rng, **b, extra={
        "X-Lejeza-Ctx": W({"case": L(c, UID), "lang": L("en", DEV), "v": 2}, "b64json")})),
        c, UID)
    return [
        case(f, f"{a}/api/v1/applicants", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "sex": L("F", GENDER), "nationality": "USA", "passportNo": L(PASSPORT, NID)}),
        case(f, f"{a}/api/v1/auth/mfa", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("660418", CRED), "trust": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/cases", headers=_h(rng, **b), body={
            "type": "family_reunification", "caseNo": L(c, UID),
            "sponsor": {"name": L(HUSBAND[0], NAMEC), "personalNo": L(HUSBAND_NID, NID),
                        "phone": L(HUSBAND[1], TEL), "relation": "spouse"},
            "marriageCertificate": MARRIAGE_CERT,
            "address": {"line": L(HOME["line"], ADDR), "postcode": L(HOME["postcode"], COARSE),
                        "unit": L(HOME["unit"], COARSE), "city": L("Tirana", COARSE)}}),
        multipart(f, f"{a}/api/v1/cases/{c}/documents", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{NID}")),
            ("doc", None, "application/json", {"type": "passport", "number": L(PASSPORT, NID),
                                               "expires": "2032-04-11", "issuer": "USA"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/cases/{c}/documents", [
            ("scan", "marriage_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("doc", None, "application/json", {"type": "marriage_certificate",
                                               "number": MARRIAGE_CERT,
                                               "issued": "2019-06-22"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/cases/{c}/documents", [
            ("scan", "rental_contract.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
            ("doc", None, "application/json", {
                "type": "rental_contract", "landlord": L(LANDLORD[0], NAMEC),
                "landlordPhone": L(LANDLORD[1], TEL), "monthlyRent": 45000,
                "from": "2025-09-01"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/cases/{c}/insurance", headers=_h(rng, **b), body={
            "insurer": "Shqiponja Health Mutual", "policyNumber": L("SHM-00418823", MED),
            "validTo": "2026-06-30"}),
        case(f, f"{a}/api/v1/cases/{c}/means", headers=_h(rng, **b), body={
            "iban": L(AL_IBAN, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "source": "remote work", "statementMonths": 6}),
        case(f, f"{a}/api/v1/offices/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/v1/offices/{OFFICE['id']}/slots", headers=_h(rng, **b),
             query={"from": "2026-01-12", "service": "biometrics"}),
        case(f, f"{a}/api/v1/appointments", headers=_h(rng, **b), body={
            "office": OFFICE["id"], "slot": "2026-01-14T10:20+01:00", "case": L(c, UID),
            "appointment": appt, "phone": L(MOBILE_AL, TEL)}),
        case(f, f"{a}/api/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "case": L(c, UID), "amount": L("10000", BUY), "currency": "ALL",
            "reference": L("PAG-26-771043", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/appointments/{appt}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": ola, "lon": olo}, "office": OFFICE["id"],
            "officeAt": {"lat": OFFICE["lat"], "lon": OFFICE["lon"]}, "ticket": "B-047"}),
        multipart(f, f"{a}/api/v1/cases/{c}/card-photo", [
            ("photo", "photo_35x45.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"case": L(c, UID), "background": "white"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/v1/civil-registry/address", headers=_h(rng, **b), body={
            "line": L(HOME["line"], ADDR), "area": L(HOME["area"], COARSE),
            "householdHead": {"name": L(HUSBAND[0], NAMEC), "personalNo": L(HUSBAND_NID, NID)},
            "case": L(c, UID)}),
        case(f, f"{a}/api/v1/cases/{c}/messages", headers=_h(rng, **b), body={
            "text": L("My passport is at the US embassy for new pages until 20 January, "
                      "can I bring it after?", TEXT), "clientRef": rid(rng)}),
        case(f, f"{a}/api/v1/permit/card", headers=_h(rng, how="none"), cookies={
            "lz_sid": L(opaque(rng, "", 40), CRED), "lz_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/permit/card/delivery", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "address": L(HOME["line"], ADDR),
            "postcode": L(HOME["postcode"], COARSE), "phone": L(MOBILE_AL, TEL),
            "courierFee": L(500, BUY)}),
        case(f, f"{a}/api/v1/permit/confirm", headers=_h(rng, **b), body={
            "permitNo": L(PERMIT, NID), "personalNo": L(NID_AL, NID), "validTo": "2027-01-13",
            "case": L(c, UID)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("document_uploaded", 1, n=3), ev("fee_paid", 2),
                ev("screen", 3, view=L("CaseStatus", USAGE))]}),
    ]


def lejeza_sdks() -> list[Case]:
    rng = random.Random(14052)
    return [
        mk_batch(APP, rng, [("Document Uploaded", {"type": "passport"}),
                            ("Appointment Booked", {"office": OFFICE["id"]})]),
        mk_identify(APP, rng, {"city": L("Tirana", COARSE), "caseType": "family_reunification",
                               "case": L(CASE_NO, UID)}),
        td_launch(APP, rng, user=True, n=7),
        cx_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cx_crumb("nav", "Case -> Documents"),
                  cx_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cases/documents",
                                           "status": 0})], screen="DocumentsActivity"),
        cx_session(APP, rng, secs=958),
        fo_eval(APP, rng, {"caseType": "family_reunification", "city": L("Tirana", COARSE)},
                hdr=True),
        pl_register(APP, rng, tags={"case": L(CASE_NO, UID), "office": OFFICE["id"]}),
        cv_check(APP, rng, {"analytics": True}),
        hp_message(APP, rng, L("The fee page says unpaid but my bank shows PAG-26-771043",
                               f"{TEXT}|{BUY}"), {"case": L(CASE_NO, UID)}),
        hp_attach(APP, rng, L(JPEG + b"\x23", f"{MEDIA}|{NID}"), "passport_page.jpg",
                  "image/jpeg"),
        md_route(APP, rng, [(HOME_AT, PRECISE), ((OFFICE["lat"], OFFICE["lon"]), None)],
                 mode="walking"),
    ]
