"""A landlord's tenant-screening app "Keyvetter" (she applies for a flat in Brooklyn): sign-up, an
SMS code, ``/me`` with a JWT, a listing search and the listing, a self-guided tour unlocked on
site, the application, her identity (SSN, licence) and the licence's photos with a selfie, her
current and previous addresses with a landlord reference, employment with a reference and pay-stub
PDFs, the screening consents (a typed signature and her IP), the credit and background checks,
the application fee, a co-applicant invited, a vehicle, a message to the landlord, push, events
and her applications by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
)
from eval_families22_kit import LICENCE, PARTNER
from eval_families24_kit import PET, SSN, claims, head
from eval_families58_kit import (
    APP_FEE,
    LANDLORD,
    LISTING,
    PREV_HOME,
    PREV_LANDLORD,
    SUPERVISOR,
    code,
)
from eval_families58_sdk import (
    bs_bid,
    bs_notice,
    fp_crumb,
    fp_report,
    gm_batch,
    gm_identify,
    st_event,
)
from eval_families58_svc import as_message, cm_geocode, cw_card, cw_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("keyvetter", "Keyvetter", "com.example.keyvetter", "3.2.7",
          "https://api.keyvetter.example.com")
IID = "X-KV-Install-Id"
PW = "Brownstone&Ivy42"
TOUR_FIX = (40.690362, -73.951108)  # her phone at the building's door
RELATIONS = ["friend", "former coworker", "friend"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=kw.pop("lang", False), **kw)


def keyvetter() -> list[Case]:
    rng = random.Random(5841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    applicant=L(USER_ID, UID)))}
    b = {"auth": "bearer"}
    app_id = code(rng, "apl_", 10)
    listing = case(f, f"{a}/api/listings/{LISTING['id']}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/applicants", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(NATIONAL, TEL), "smsOptIn": True}),
        case(f, f"{a}/api/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "code": L("662091", CRED)}),
        case(f, f"{a}/api/applicants/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/listings/search", headers=_h(rng, **b), query={
            "q": L("2 bedroom Bed-Stuy laundry", SEARCH), "maxRent": "3000",
            "lat": L("40.742", PRECISE), "lng": L("-73.989", PRECISE), "from": "gps"}),
        listing,
        case(f, f"{a}/api/tours/self-guided", headers=_h(rng, **b), body={
            "listing": LISTING["id"], "lat": L(TOUR_FIX[0], PRECISE),
            "lng": L(TOUR_FIX[1], PRECISE), "accuracy": 6,
            "listingPoint": [LISTING["lat"], LISTING["lon"]], "lockbox": "lb_8812"}),
        case(f, f"{a}/api/applications", headers=_h(rng, **b), body={
            "id": app_id, "listing": LISTING["id"], "unit": LISTING["line"],
            "askingRent": LISTING["rent"], "moveIn": "2026-02-01", "occupants": 2,
            "pets": [{"name": PET["name"], "species": PET["species"],
                      "weightKg": PET["weight_kg"]}],
            "landlord": dict(LANDLORD)}),
        case(f, f"{a}/api/applications/{app_id}/identity", headers=_h(rng, **b), body={
            "legalFirst": L(FIRST, NAMEC), "legalLast": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "ssn": L(SSN, NATID), "licence": {"number": L(LICENCE, NATID),
                                              "state": L(STATE, COARSE),
                                              "expires": "2030-05-17"}}),
        multipart(f, f"{a}/api/applications/{app_id}/documents", [
            ("licence_front", "front.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("licence_back", "back.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa3", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/applications/{app_id}/residence", headers=_h(rng, **b), body={
            "current": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "since": "2022-03",
                        "rent": "2400.00"},
            "previous": {"line1": L(PREV_HOME["line1"], ADDR), "line2": L(PREV_HOME["line2"], ADDR),
                         "city": L(PREV_HOME["city"], COARSE), "zip": L(PREV_HOME["zip"], COARSE),
                         "from": "2018-09", "to": "2022-02",
                         "landlordName": L(PREV_LANDLORD[0], NAMEC),
                         "landlordPhone": L(PREV_LANDLORD[1], TEL)}}),
        case(f, f"{a}/api/applications/{app_id}/references", headers=_h(rng, **b), body={
            "references": [{"name": L(n, NAMEC), "phone": L(p, TEL), "email": L(e, MAIL),
                            "relation": r}
                           for (n, p, e), r in zip(PEOPLE[:3], RELATIONS, strict=True)]}),
        case(f, f"{a}/api/applications/{app_id}/employment", headers=_h(rng, **b), body={
            "employer": "Halyard Analytics", "title": "Data analyst", "since": "2021-06",
            "monthlyIncome": 8900, "reference": {"name": L(SUPERVISOR[0], NAMEC),
                                                 "phone": L(SUPERVISOR[1], TEL)}}),
        multipart(f, f"{a}/api/applications/{app_id}/income", [
            ("stub1", "paystub_2025-11-15.pdf", "application/pdf", L(PDF + b"\xa4", MEDIA)),
            ("stub2", "paystub_2025-11-30.pdf", "application/pdf", L(PDF + b"\xa5", MEDIA)),
            ("meta", None, "application/json", {"kind": "paystub", "count": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/applications/{app_id}/consents", fmt="form", headers=_h(rng, **b),
             body={"fcra": "1", "creditPull": "soft", "signature": L(NAME, NAMEC),
                   "signedAt": "2025-12-09T23:30:12-05:00", "ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/api/screening/credit", headers=_h(rng, **b), body={
            "application": app_id, "ssnLast4": L(SSN[-4:], NATID), "dob": L(DOB, BIRTH),
            "line1": L(LINE1, ADDR), "zip": L(ZIP, COARSE), "bureau": "tri-merge"}),
        case(f, f"{a}/api/screening/background", headers=_h(rng, **b), body={
            "application": app_id, "evicted": False, "felony": False, "bankruptcy": False,
            "explanation": ""}),
        case(f, f"{a}/api/applications/{app_id}/fee", fmt="form", headers=_h(rng, **b), body={
            "amount": L(APP_FEE, BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/applications/{app_id}/co-applicants", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "relation": "partner"}),
        case(f, f"{a}/api/applications/{app_id}/vehicle", headers=_h(rng, **b), body={
            "plate": "KJT-4821", "state": "NY", "make": "Subaru", "model": "Impreza"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "ll_bellwether", "listing": LISTING["id"],
            "text": L("Could the lease start Feb 15 instead? My current lease ends then.",
                      TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "applicant": L(USER_ID, UID), "events": [
                ev("application_started", 1), ev("documents_uploaded", 2, n=3),
                ev("screen", 3, screen=L("ApplicationStatus", USAGE))]}),
        case(f, f"{a}/api/applications", headers=_h(rng, how="upper"),
             cookies={"kv_session": L(opaque(rng, "", 44), CRED)}),
    ]


def keyvetter_sdks() -> list[Case]:
    rng = random.Random(5842)
    return [
        gm_batch(APP, rng, [("Application Submitted", {"listing": LISTING["id"]}),
                            ("Fee Paid", {"amount": L(45.0, BUY)})]),
        gm_identify(APP, rng, {"city": L(CITY, COARSE), "plan": "applicant",
                               "email": L(EMAIL, MAIL)}),
        st_event(APP, rng, "application_fee", {"listing": LISTING["id"]}, revenue=APP_FEE,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="apartments,moving"),
        fp_report(APP, rng, ("java.io.FileNotFoundException", "paystub uri revoked"),
                  [fp_crumb("Income -> Picker"), fp_crumb("picked", "user", {"files": 2})],
                  screen="IncomeActivity"),
        bs_notice(APP, rng, "imp"),
        cw_card(APP, rng, email=True),
        cw_confirm(APP, rng, APP_FEE),
        as_message(APP, rng, L("My credit check is stuck on pending since yesterday", TEXT),
                   {"application": code(rng, "apl_", 10)}),
        cm_geocode(APP, rng, f"{LINE1}, {CITY}", ADDR),
    ]

