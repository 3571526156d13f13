"""A barangay e-services app "Barangayko" (her barangay's hall online: the barangay clearance her
bank asks for, a certificate of residency, the community tax certificate, the health station,
the purok's garbage days and disaster alerts, a complaint). New to the evaluation: set 104 has a
barangay basketball league, no set a barangay's document requests. Calls: her resident record
(her ACR card, years of residency, household), an SMS code, ``/me`` with a JWT, a clearance
request, a certificate of residency, the documents upload (ACR photo, a bill PDF), the fee, the
pick-up at the hall (her fix), the request's status by number in the path, her purok from a
``lat,lon`` in the path, the community tax certificate (her tax number), a health-station
appointment, garbage days, alerts, a complaint about a neighbour's dog, a volunteer sign-up, a
message to the purok leader, her documents by a cookie GET, a draft (msgpack), feedback, push,
events."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families142_kit import (
    ACR,
    CLEARANCE,
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_PHONE,
    NATID,
    RESIDENT_NO,
    fix,
    hd,
    push,
)
from eval_families142_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families142_svc import (
    cl_wallet,
    cy_check,
    fn_eval,
    hs_message,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("barangayko", "Barangayko", "com.example.barangayko", "1.4.0",
          "https://eservices.barangayko.example.org")
IID = "X-BK-Device"
TIN = "412-887-301-000"  # her tax identification number (personal.national_id)
NEIGHBOUR = "Nestor Ylanan"  # named in her complaint (contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ceb=True, **{"how": "upper", **kw})


def barangayko() -> list[Case]:
    rng = random.Random(14251)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, resident=L(RESIDENT_NO, UID), mobile=L(E164, TEL)))}
    hla, hlo = fix(HALL_FIX, 6)
    seg = f"{HOME_AT[0]:.5f},{HOME_AT[1]:.5f}"
    status = at_path(case(f, f"{a}/api/v2/requests/{CLEARANCE}", headers=_h(rng, **b)),
                     CLEARANCE, BUY)
    purok = at_path(case(f, f"{a}/api/v2/puroks/at/{seg}", headers=_h(rng, **b)), seg, PRECISE)
    return [
        case(f, f"{a}/api/v2/residents", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH),
            "sex": L("female", GENDER), "civilStatus": "married", "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "address": L(HOME["line"], ADDR),
            "purok": L("Purok Kamagong", COARSE), "barangay": L(HOME["barangay"], COARSE),
            "residentSince": "2025-02", "idType": "ACR I-Card", "idNumber": L(ACR, NATID),
            "citizenship": "American", "residentNo": L(RESIDENT_NO, UID)}),
        case(f, f"{a}/api/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "code": L("662091", CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/requests", headers=_h(rng, **b), body={
            "type": "barangay_clearance", "requestNo": L(CLEARANCE, BUY),
            "purpose": L("Bank account opening", TEXT), "resident": L(RESIDENT_NO, UID),
            "idNumber": L(ACR, NATID), "fee": L(100, BUY), "copies": 1}),
        case(f, f"{a}/api/v2/requests", headers=_h(rng, **b), body={
            "type": "certificate_of_residency", "resident": L(RESIDENT_NO, UID),
            "household": [
                {"name": L(HUSBAND[0], NAMEC), "relation": "husband"},
                {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "relation": "daughter", "birthDate": L(DAUGHTER["dob"], BIRTH)}],
            "purpose": L("School enrolment of my daughter", TEXT), "fee": L(50, BUY)}),
        at_path(multipart(f, f"{a}/api/v2/requests/{CLEARANCE}/documents", [
            ("acr", "acr.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{NATID}")),
            ("bill", "power_bill.pdf", "application/pdf", L(PDF, f"{MEDIA}|{ADDR}")),
            ("meta", None, "application/json", {"resident": L(RESIDENT_NO, UID),
                                                "requestNo": L(CLEARANCE, BUY)})],
            headers=_h(rng, **b)), CLEARANCE, BUY),
        case(f, f"{a}/api/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "requestNo": L(CLEARANCE, BUY), "amount": L("100.00", BUY), "channel": "ewallet",
            "wallet": L(LOCAL_PHONE, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/v2/pickups/checkin", headers=_h(rng, **b), body={
            "requestNo": L(CLEARANCE, BUY), "qr": "BK-HALL-QR-0031",
            "at": {"lat": hla, "lng": hlo}, "hallAt": {"lat": HALL["lat"], "lng": HALL["lon"]}}),
        status,
        purok,
        case(f, f"{a}/api/v2/ctc", headers=_h(rng, **b), body={
            "resident": L(RESIDENT_NO, UID), "tin": L(TIN, NATID),
            "birthPlace": L("Columbus, Ohio", COARSE), "heightCm": L(165, FIT),
            "amount": L(258, BUY),
            "year": 2026}),
        case(f, f"{a}/api/v2/health/appointments", headers=_h(rng, **b), body={
            "resident": L(RESIDENT_NO, UID), "service": L("BP monitoring", MED),
            "reason": L("Hypertension, need a refill of amlodipine", f"{TEXT}|{MED}"),
            "date": "2026-01-15", "station": "bhs_lahug"}),
        case(f, f"{a}/api/v2/garbage", headers=_h(rng, **b), query={
            "purok": L("Purok Kamagong", COARSE), "barangay": L("Lahug", COARSE)}),
        case(f, f"{a}/api/v2/alerts/subscribe", fmt="form", headers=_h(rng, **b), body={
            "purok": L("Purok Kamagong", COARSE), "sms": L(E164, TEL), "lang": L("ceb", DEV),
            "types": "flood,fire,typhoon"}),
        case(f, f"{a}/api/v2/complaints", headers=_h(rng, **b), body={
            "resident": L(RESIDENT_NO, UID), "category": "stray_animal",
            "respondent": L(NEIGHBOUR, NAMEC),
            "text": L("Nestor's dog is loose again, it bit me on January 6 outside our gate",
                      f"{TEXT}|{NAMEC}|{MED}"), "address": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/v2/volunteers", fmt="form", headers=_h(rng, **b), body={
            "resident": L(RESIDENT_NO, UID), "event": "coastal_cleanup_feb",
            "shirt": "M", "mobile": L(E164, TEL)}),
        case(f, f"{a}/api/v2/purok/leader/messages", headers=_h(rng, **b), body={
            "text": L("Good evening Nang, unsa'y oras sa meeting sa Sabado?", TEXT),
            "resident": L(RESIDENT_NO, UID)}),
        case(f, f"{a}/api/v2/documents", headers=_h(rng, how="none"), cookies={
            "bk_sess": L(opaque(rng, "", 44), CRED), "bk_dev": L(INSTALL_ID.upper(), DID),
            "bk_lang": L("ceb", DEV)}),
        case(f, f"{a}/api/v2/drafts", fmt="msgpack", headers=_h(rng, **b), body={
            "resident": L(RESIDENT_NO, UID), "type": "business_permit",
            "fields": {"businessName": "Kamagong Bakeshop", "address": L(HOME["line"], ADDR)},
            "saved": 1768111200}),
        case(f, f"{a}/api/v2/search", headers=_h(rng, **b), query={
            "q": L("certificate of indigency requirements", SEARCH)}),
        case(f, f"{a}/api/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "stars": "4", "text": L("Fast release, 2 days only. Salamat!", TEXT)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng),
                                                                       "ceb_PH")),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("request_submitted", 1, type="clearance"), ev("fee_paid", 2),
                ev("screen", 3, screen=L("MyDocuments", USAGE))]}),
    ]


def barangayko_sdks() -> list[Case]:
    rng = random.Random(14252)
    return [
        mc_batch(APP, rng, [("Request Submitted", {"type": "clearance"}),
                            ("Pickup Checked In", {})], at=HALL_FIX, nd=3, locale="ceb_PH"),
        mc_identify(APP, rng, {"barangay": L("Lahug", COARSE),
                               "purok": L("Purok Kamagong", COARSE),
                               "resident": L(RESIDENT_NO, UID)}),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "pdf renderer closed"),
                 [cd_crumb("nav", "Requests -> Upload")], screen="UploadActivity"),
        fn_eval(APP, rng, {"barangay": L("Lahug", COARSE)}),
        pt_register(APP, rng, lang="ceb", at=HOME_AT, nd=2,
                    tags={"purok": L("Purok Kamagong", COARSE)}),
        cy_check(APP, rng, {"analytics": True}),
        cl_wallet(APP, rng, "100.00", L(LOCAL_PHONE, TEL)),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=6),
        hs_message(APP, rng, L("My clearance is paid but still says pending", TEXT),
                   {"request": L(CLEARANCE, BUY)}),
    ]
