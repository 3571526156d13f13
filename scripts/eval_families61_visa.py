"""Immigration-lawyer booking app "Visaharbor" with case documents: sign-up, a log-in with an
MFA code, ``/me``, the intake (status, citizenship, country of birth, A-number, address, trips
abroad), lawyers near her, a consultation booked and paid, her passport, green card and tax
transcript uploaded, the USCIS receipt and its status by number in the path, a message to the
lawyer and a notice photo, her spouse, her address history, her employer, a video consultation
(an ICE candidate), push, events, a review and the invoices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
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
    srflx,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head
from eval_families25_kit import NEW_CITY
from eval_families61_kit import (
    A_NUMBER,
    FIRM,
    GREEN_CARD,
    KE_HOME,
    LAWYER,
    PASSPORT_IE,
    USCIS_RECEIPT,
    obj,
)
from eval_families61_sdk import (
    cm_crumb,
    cm_report,
    im_event,
    im_session,
    ob_bid,
    tf_batch,
)
from eval_families61_svc import ch_attach, ch_message, fw_eval, pf_register, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LOCAL_IP, LON, NAME, USER_ID, Case, J, L, case

APP = App("visaharbor", "Visaharbor", "com.example.visaharbor", "3.4.7",
          "https://api.visaharbor.example.com")
IID = "Vh-Install-Id"
PW = "Liffey&Hudson2019"
SPOUSE = ("Daniel Okoro-Doe", "1988-02-09", "+15550139902")  # her husband (typed by her)
BOOKING_REF = "VH-88120"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def visaharbor() -> list[Case]:
    rng = random.Random(6141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    case_id = obj(rng, "mtr", 10)
    thread = obj(rng, "th", 10)
    status = case(f, f"{a}/api/uscis/status/{USCIS_RECEIPT}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL), "password": L(PW, CRED),
            "fullName": L(NAME, NAMEC), "termsVersion": "2025-09"}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/mfa", fmt="form", headers=_h(rng), body={
            "code": L("604118", CRED), "rememberDevice": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/intake", headers=_h(rng, **b), body={
            "matter": L("naturalization", SENS), "currentStatus": L("permanent_resident", SENS),
            "citizenship": L("Ireland", SENS), "countryOfBirth": L("Ireland", SENS),
            "aNumber": L(A_NUMBER, NATID), "residentSince": "2019-08-14", "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "maritalStatus": "married", "tripsAbroad": [
                {"country": L("Kenya", COARSE), "from": "2025-08-01", "to": "2025-11-30"},
                {"country": L("Ireland", COARSE), "from": "2024-12-20", "to": "2025-01-04"}]}),
        case(f, f"{a}/api/lawyers", headers=_h(rng, **b), query={
            "practice": "naturalization", "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE),
            "language": "en", "sort": "distance"}),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "lawyer": LAWYER["id"], "firm": FIRM["id"], "slot": "2025-12-15T16:00:00-05:00",
            "mode": "video", "matter": L("naturalization", SENS), "fee": L("250.00", BUY)}),
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING_REF, BUY), "amount": L("250.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/cases/{case_id}/documents", [
            ("file", "passport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "docType": "passport", "number": L(PASSPORT_IE, NATID),
                "issuingCountry": L("IRL", SENS), "expires": "2031-02-11"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/cases/{case_id}/documents", [
            ("front", "green_front.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{NATID}")),
            ("back", "green_back.jpg", "image/jpeg", L(JPEG + b"\x33", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "docType": "permanent_resident_card", "cardNumber": L(GREEN_CARD, NATID),
                "category": L("IR1", SENS), "aNumber": L(A_NUMBER, NATID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/cases/{case_id}/documents", [
            ("file", "irs_transcript_2024.pdf", "application/pdf",
             L(PDF + b"\x34", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "docType": "tax_transcript", "taxYear": 2024,
                "ssnLast4": L(SSN[-4:], NATID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/cases/{case_id}/filing", headers=_h(rng, **b), body={
            "uscisReceipt": USCIS_RECEIPT, "formType": L("N-400", SENS),
            "filedOn": "2025-10-02", "fieldOffice": "New York"}),
        status,
        case(f, f"{a}/api/threads/{thread}/messages", headers=_h(rng, **b), body={
            "text": L("My biometrics appointment is on Jan 8. Should I bring my Irish passport "
                      "as well as the green card?", f"{TEXT}|{SENS}"), "clientId": obj(rng, "c")}),
        multipart(f, f"{a}/api/threads/{thread}/attachments", [
            ("photo", "notice.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("meta", None, "application/json", {"caption": L("The biometrics notice", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cases/{case_id}/spouse", headers=_h(rng, **b), body={
            "name": L(SPOUSE[0], NAMEC), "dob": L(SPOUSE[1], BIRTH),
            "phone": L(SPOUSE[2], TEL), "citizenship": L("US", SENS),
            "marriedOn": "2017-06-24"}),
        case(f, f"{a}/api/cases/{case_id}/addresses", headers=_h(rng, **b), body={"history": [
            {"line1": L("27 Bergen Street", ADDR), "city": L(NEW_CITY, COARSE),
             "from": "2019-08", "to": "2022-05"},
            {"line1": L(KE_HOME["mtaa"], ADDR), "line2": L(KE_HOME["nyumba"], ADDR),
             "city": L(KE_HOME["mji"], COARSE), "country": L("KE", COARSE),
             "from": "2025-08", "to": "2025-11"}]}),
        case(f, f"{a}/api/cases/{case_id}/employment", headers=_h(rng, **b), body={
            "employer": "Harbor Analytics LLC", "title": "Consultant", "since": "2020-02",
            "employerPhone": "+12125550108"}),
        case(f, f"{a}/api/video/{BOOKING_REF}/join", headers=_h(rng, **b), body={
            "camera": "front", "mic": True, "network": L("wifi", DEV),
            "localIp": L(LOCAL_IP, DEV), "candidate": L(srflx(), f"{IPLOC}|{DEV}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, how="nodash", **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, fee=L(250.0, BUY)), ev("document_uploaded", 2),
                ev("screen", 3, screen=L("CaseTimeline", USAGE))]}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "lawyer": LAWYER["id"], "stars": 5,
            "text": L("Clear, patient and fast with the paperwork.", TEXT)}),
        case(f, f"{a}/api/invoices", headers=_h(rng, how="none"),
             cookies={"vh_session": L(opaque(rng, "", 48), CRED),
                      "vh_install": L(INSTALL_ID, DID)}),
    ]


def visaharbor_sdks() -> list[Case]:
    rng = random.Random(6142)
    return [
        tf_batch(APP, rng, [("Consultation Booked", {"fee": L(250.0, BUY),
                                                     "matter": L("naturalization", SENS)}),
                            ("Document Uploaded", {"docType": "passport"})], ip=True),
        im_session(APP, rng, first=True),
        im_event(APP, rng, "booking_paid", {"mode": "video"}, revenue=250.0, hashed=True),
        ob_bid(APP, rng, {"native": {"ver": "1.2"}}, keywords="immigration,lawyer,visa"),
        cm_report(APP, rng, ("java.io.FileNotFoundException", "content://.../passport.jpg"),
                  [cm_crumb("navigation", "Case -> Documents"),
                   cm_crumb("request", "POST /api/cases/documents", {"status": 413})],
                  screen="DocumentsActivity"),
        fw_eval(APP, rng, {"matter": L("naturalization", SENS), "state": L(STATE, COARSE)}),
        pf_register(APP, rng, tags={"lawyer": LAWYER["id"]}),
        pt_confirm(APP, rng, "25000"),
        ch_message(APP, rng, L("Where do I upload my N-400 receipt notice?", f"{TEXT}|{SENS}"),
                   {"booking": BOOKING_REF}),
        ch_attach(APP, rng, L(JPEG + b"\x36", MEDIA), "receipt_notice.jpg", "image/jpeg"),
    ]

