"""University entrance-exam results app "Fetenamark" (``fetena``, exam) for her daughter Lwam (17),
who sat the national school-leaving and entrance exam: the user is her guardian; Lwam is a data
subject. Sign-up, a log-in, ``/me``, linking Lwam by her registration number and admission PIN,
her results (the number in the path) and the PDF by a cookie GET, her photo, her profile with an
exam accommodation, placement choices, a re-check with its fee paid by mobile money, cut-offs, a
certificate ordered to the house, SMS alerts, a search, a scholarship application with Lwam's
essay, a message to the counsellor, the transcript shared with her aunt, the guardian's ID check,
consent, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families115_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    ET_PHONE,
    ET_PHONE_SP,
    GENDER,
    HUSBAND,
    LWAM,
    LWAM_REG,
    MAIL,
    MED,
    MEDIA,
    MK_HOME_LINE,
    NAMEC,
    NATID,
    OFFICE_MK_AT,
    RESIDENT_ID,
    SEARCH,
    SISTER_IL,
    TEL,
    TEXT,
    UID,
    USAGE,
    WALLET,
    ti_head,
)
from eval_families115_sdk import (
    cm_batch,
    cm_identify,
    fk_crash,
    fk_crumb,
    ok_bid,
    sq_event,
    sq_link,
    sq_session,
)
from eval_families115_svc import fm_eval, mt_geocode, ps_subscribe
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("fetena", "Fetenamark", "net.example.fetenamark", "4.2.0",
          "https://api.fetenamark.example.net")
IID = "X-Fetena-Device"
PW = "Lwam-Medicine-2026"
RECHECK = "FR-25-11873"  # the re-check request (financial.purchase: a paid service)
CERT = "FC-25-40217"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return ti_head(APP, rng, IID, **kw)


def fetenamark() -> list[Case]:
    rng = random.Random(11551)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(LWAM_REG, UID)]))}
    st = f"{a}/v1/students/{LWAM_REG}"
    tn = f"{TEXT}|{NAMEC}"
    return [
        case(f, f"{a}/v1/guardians/signup", headers=_h(rng, auth=None), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(ET_PHONE_SP, TEL),
            "relationship": "mother", "password": L(PW, CRED), "lang": L("ti", DEV)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng, auth=None), body={
            "email": L(EMAIL.upper(), MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng), body={
            "registrationNo": L(LWAM_REG, UID), "dob": L(LWAM["dob"], BIRTH),
            "firstName": L(LWAM["first"], NAMEC), "fatherName": L(LWAM["father"], NAMEC),
            "grandfatherName": L(LWAM["grand"], NAMEC), "admissionPin": L("39 41 07", CRED)}),
        at_path(case(f, f"{st}/results", headers=_h(rng, how="upper", extra={
            "X-Client-Context": W({"reg": L(LWAM_REG, UID), "lang": L("ti", DEV),
                                   "tz": L("Africa/Addis_Ababa", DEV)}, "b64json")})),
                LWAM_REG, UID),
        at_path(case(f, f"{st}/results.pdf", headers=_h(rng, auth=None),
                     query={"lang": L("ti", DEV)},
                     cookies={"fm_sess": L(opaque(rng, "", 44), CRED)}), LWAM_REG, UID),
        at_path(multipart(f, f"{st}/photo", [
            ("photo", "lwam.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("data", None, "application/json", {"registrationNo": L(LWAM_REG, UID)})],
            headers=_h(rng)), LWAM_REG, UID),
        at_path(case(f, f"{st}/profile", headers=_h(rng), body={
            "sex": L("female", GENDER), "dob": L(LWAM["dob"], BIRTH),
            "school": "Atse Yohannes Preparatory", "stream": "natural_science",
            "region": L("Tigray", COARSE), "zone": L("Mekelle", COARSE),
            "accommodation": L("extra time for dyslexia", MED)}), LWAM_REG, UID),
        case(f, f"{a}/v1/placement/choices", headers=_h(rng), body={
            "registrationNo": L(LWAM_REG, UID),
            "universities": ["Mekelle University", "Addis Ababa University", "Gondar"],
            "fields": ["medicine", "pharmacy", "civil engineering"]}),
        case(f, f"{a}/v1/rechecks", headers=_h(rng), body={
            "registrationNo": L(LWAM_REG, UID), "subjects": ["mathematics", "chemistry"],
            "fee": L("300.00", BUY),
            "reason": L("Lwam had typhoid fever during the mathematics paper",
                        f"{tn}|{MED}")}),
        at_path(case(f, f"{a}/v1/rechecks/{RECHECK}/pay", fmt="form", headers=_h(rng), body={
            "wallet": L(ET_PHONE, WALLET), "amount": L("300.00", BUY),
            "otp": L("218804", CRED)}), RECHECK, BUY),
        case(f, f"{a}/v1/cutoffs", headers=_h(rng), query={
            "stream": "natural_science", "year": "2018", "field": "medicine"}),
        case(f, f"{a}/v1/certificates/order", headers=_h(rng), body={
            "registrationNo": L(LWAM_REG, UID),
            "recipient": L(f"{LWAM['first']} {LWAM['father']}", NAMEC),
            "address": L(MK_HOME_LINE, ADDR), "city": L("Mekelle", COARSE), "copies": 2,
            "price": L("250.00", BUY), "order": L(CERT, BUY)}),
        case(f, f"{a}/v1/alerts/sms", fmt="form", headers=_h(rng), body={
            "registration": L(LWAM_REG, UID), "phone1": L(ET_PHONE, TEL),
            "phone2": L(LWAM["phone"], TEL), "phone3": L(HUSBAND[2], TEL)}),
        case(f, f"{a}/v1/search", headers=_h(rng), query={
            "q": L("Mekelle University medicine cut-off 2018", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/scholarships/apply", headers=_h(rng), body={
            "registrationNo": L(LWAM_REG, UID),
            "fatherName": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC),
            "guardianPhone": L(ET_PHONE, TEL), "householdIncome": "band_3",
            "essay": L("I want to study medicine and come back to work in Tigray's clinics",
                       TEXT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng), body={
            "to": "counsellor", "thread": opaque(rng, "th_", 10),
            "text": L("Lwam wants medicine but her chemistry score is low, can she appeal?",
                      tn)}),
        case(f, f"{a}/v1/transcripts/share", fmt="form", headers=_h(rng), body={
            "registration": L(LWAM_REG, UID), "to_email": L(SISTER_IL[3], MAIL),
            "to_name": L(SISTER_IL[0], NAMEC)}),
        multipart(f, f"{a}/v1/guardians/verify", [
            ("id_card", "resident_id.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"idNumber": L(RESIDENT_ID, NATID),
                                                "relation": "adoptive_mother"})],
            headers=_h(rng)),
        at_path(case(f, f"{st}/consent", fmt="form", headers=_h(rng), body={
            "share_with_school": "1", "signature": L(NAME, NAMEC)}), LWAM_REG, UID),
        case(f, f"{a}/v1/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "events": [
                ev("results_viewed", 1), ev("recheck_paid", 2),
                ev("screen", 3, screen=L("Results", USAGE))]}),
    ]


def fetenamark_sdks() -> list[Case]:
    rng = random.Random(11552)
    return [
        cm_batch(APP, rng, [("Results Viewed", {"stream": "natural_science"}),
                            ("Recheck Paid", {"fee": L("300.00", BUY)})], adid=True),
        cm_identify(APP, rng, {"childAge": L(LWAM["age"], BIRTH),
                               "childRegion": L("Tigray", COARSE)}),
        sq_session(APP, rng, user=True, count=6),
        sq_event(APP, rng, "certificate_order", {"copies": 2}, revenue="250.00"),
        ok_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=OFFICE_MK_AT, nd=3,
               keywords="university,scholarship"),
        fk_crash(APP, rng, ("java.lang.OutOfMemoryError", "results pdf render"),
                 [fk_crumb("nav", "Results -> Pdf"), fk_crumb("net", "GET results.pdf")],
                 screen="ResultsPdfActivity"),
        fm_eval(APP, rng, {"students": 1, "studentReg": L(LWAM_REG, UID)}),
        ps_subscribe(APP, rng, tags={"reg": L(LWAM_REG, UID), "stream": "natural"}),
        sq_link(APP, rng, U("https://fetenamark.example.net/r", {
            "reg": L(LWAM_REG, UID), "utm_source": "sms", "utm_campaign": "results2018"})),
        mt_geocode(APP, rng, MK_HOME_LINE, ADDR, near=OFFICE_MK_AT, nd=2),
    ]
