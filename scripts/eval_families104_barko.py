"""Seafarer's contract and crewing app "Barkoline" of a fictional Cebu crewing agency (snake_case
API): she is a hotel purser on cruise contracts, ashore between contracts. Not set 77's fishing
crew roster: a manning agency's applicant, documents, medical and contract flow. The application
(her permanent US address and its point, her Cebu address), a log-in, an MFA code trusting the
install, ``/me`` with a JWT, passport and seaman's book scans, STCW certificates, sea service, the
pre-employment medical booked and its results, vaccinations, the contract signed on the screen
(her public IP recorded), the allotment to her husband's account, next of kin, her US tax
number, the line-up, the joining flight confirmed, the vessel's position, a message to the
crewing officer, the orientation attended at the office, push, events and payslips by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF, strokes
from eval_families16_kit import NATID
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
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
    pos,
)
from eval_families24_kit import SSN, claims, head, rid
from eval_families104_kit import (
    AGENCY,
    ALLOTMENT,
    BANA,
    CONTRACT,
    FLIGHT_PNR,
    HOME,
    PASSPORT_US,
    PH_MOBILE,
    SEAMAN_BOOK,
    VESSEL,
    mine,
)
from eval_families104_sdk import bs_crash, bs_crumb, bs_logs, cn_track, iq_session
from eval_families104_svc import ck_message, ck_upload, fv_eval, mn_search, pc_register, pm_status
from eval_payloads import EMAIL, INSTALL_ID, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("barkoline", "Barkoline", "com.example.barkoline", "6.1.0",
          "https://crew.barkoline.example.com")
IID = "X-Barko-Install"
PW = "Gangway!Purser31"
CREW_NO = "BKL-CR-204417"  # her crew number at the agency (id.user)
OFFICE_FIX = (10.317893, 123.897215)  # her phone at the agency's office


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def barkoline() -> list[Case]:
    rng = random.Random(10461)
    a, f = APP.api + "/api/v1", APP.fam
    jw = {"Authorization": J(claims(rng, crew=L(CREW_NO, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    pla, plo = pos(5)
    ola, olo = mine(OFFICE_FIX, 5)
    return [
        case(f, f"{a}/applicants", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "birth_date": L(DOB, BIRTH), "sex": L("F", GENDER), "nationality": "US",
            "email": L(EMAIL_MIXED, MAIL), "mobile": L(PH_MOBILE, TEL),
            "us_phone": L(PHONE, TEL),
            "permanent_address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                  "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                  "zip": L(ZIP, COARSE), "lat": pla, "lng": plo},
            "local_address": {"line": L(HOME["line"], ADDR), "city": L(HOME["city"], COARSE)},
            "rank_applied": "Hotel Purser", "password": L(PW, CRED)}),
        case(f, f"{a}/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("558120", CRED), "trust_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/documents/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"number": L(PASSPORT_US, NATID),
                                                "country": "USA", "expiry": "2031-02-08"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/documents/seamans-book", [
            ("scan", "sirb.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"number": L(SEAMAN_BOOK, NATID),
                                                "flag": "Panama", "expiry": "2029-07-14"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/documents/stcw", headers=_h(rng, **b), body={
            "certificates": [{"code": "BST", "number": "STCW-BST-2291044", "expiry": "2028-03"},
                             {"code": "CMT", "number": "STCW-CMT-0087112",
                              "expiry": "2027-09"}]}),
        case(f, f"{a}/sea-service", headers=_h(rng, **b), body={
            "records": [{"vessel": VESSEL["name"], "imo": VESSEL["imo"], "rank": "Asst Purser",
                         "sign_on": "2024-03-02", "sign_off": "2024-11-18"}]}),
        case(f, f"{a}/peme/book", headers=_h(rng, **b), body={
            "clinic": {"id": "clin_ac_07", "name": "Osmeña Boulevard Medical Annex",
                       "line": "12 Osmeña Boulevard"},
            "slot": "2025-12-15T08:00", "fee": L("2800.00", BUY)}),
        multipart(f, f"{a}/peme/results", [
            ("report", "peme.pdf", "application/pdf", L(PDF + b"\x01", f"{MEDIA}|{MED}")),
            ("summary", None, "application/json", {
                "fit": L(True, MED), "bp": L("118/76", MED), "bmi": L(22.0, FIT),
                "vision": L("20/20", MED), "hep_b": L("non-reactive", MED),
                "drug_test": L("negative", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/vaccinations", headers=_h(rng, **b), body={
            "yellow_fever": L("2022-04-11", MED), "covid_doses": L(3, MED),
            "card_photo": opaque(rng, "doc_", 10)}),
        case(f, f"{a}/contracts/{CONTRACT}/sign", headers=_h(rng, **b), body={
            "signed_name": L(f"{FIRST} {LAST}", NAMEC), "signature": L(strokes(rng, 16), MOTION),
            "basic_wage_usd": "1450.00", "months": 8, "position": "Hotel Purser",
            "accepted_at": "2025-12-11T10:02:44+08:00", "ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/allotment", headers=_h(rng, **b), body={
            "beneficiary": L(BANA[0], NAMEC), "relation": "husband", "bank": ALLOTMENT[1],
            "account": L(ALLOTMENT[0], PAY), "percent": 70, "mobile": L(BANA[1], TEL)}),
        case(f, f"{a}/next-of-kin", fmt="form", headers=_h(rng, **b), body={
            "name": L(BANA[0], NAMEC), "phone": L(BANA[1], TEL), "email": L(BANA[2], MAIL),
            "address": L(HOME["line"], ADDR), "relation": "spouse"}),
        case(f, f"{a}/tax", fmt="form", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "filing": "W-9", "country": "US"}),
        case(f, f"{a}/lineup", headers=_h(rng, **b), query={
            "rank": "purser", "vessel_type": "cruise", "from": "2026-01"}),
        case(f, f"{a}/joining/confirm", headers=_h(rng, **b), body={
            "contract": CONTRACT, "pnr": L(FLIGHT_PNR, BUY), "flight": "CHTR-501",
            "port": "Singapore", "hotel": "htl_sg_0031",
            "passport_no": L(PASSPORT_US, NATID)}),
        case(f, f"{a}/vessels/{VESSEL['imo']}/position", headers=_h(rng, **b)),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": "crewing_officer", "thread": opaque(rng, "th_", 8),
            "text": L("Can I sign off in Cebu instead of Manila? My daughter starts day-care in "
                      "January", TEXT)}),
        case(f, f"{a}/orientation/attend", headers=_h(rng, **b), body={
            "session": "pdos_1211", "lat": ola, "lng": olo, "office": AGENCY["id"],
            "wifi": {"ssid": L("BKL-Guest", WIFI), "bssid": L("9c:1c:12:4e:77:a0", WIFI)}}),
        case(f, f"{a}/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("document_uploaded", 1, kind="passport"), ev("contract_signed", 2),
                ev("screen", 3, screen=L("Lineup", USAGE))]}),
        case(f, f"{a}/payslips", headers=_h(rng, how="nodash"),
             cookies={"bk_session": L(opaque(rng, "", 44), CRED), "bk_trace": rid(rng)}),
    ]


def barkoline_sdks() -> list[Case]:
    rng = random.Random(10462)
    return [
        cn_track(APP, rng, [("Document Uploaded", {"kind": "seamans_book"}),
                            ("Contract Signed", {"months": 8})]),
        iq_session(APP, rng, 9),
        bs_crash(APP, rng, ("android.os.TransactionTooLargeException", "data parcel size"),
                 [bs_crumb("navigation", "Documents -> Passport"),
                  bs_crumb("log", "camera result", {"bytes": 1811022})], ctx="DocumentsActivity"),
        bs_logs(APP, rng, [("pdf render slow", {"pages": 14})]),
        fv_eval(APP, rng, {"rank": "purser", "agency": AGENCY["id"]}),
        pc_register(APP, rng, tags={"rank": "purser", "status": "ashore"}),
        pm_status(APP, rng, {"analytics": True, "marketing": False}),
        ck_upload(APP, rng, L(JPEG + b"\x93", f"{MEDIA}|{NATID}"), "seamans_book_p2.jpg",
                  "image/jpeg"),
        ck_message(APP, rng, L("My seaman's book upload keeps failing at page 2", TEXT),
                   {"crew": L(CREW_NO, UID)}),
        mn_search(APP, rng, "General Maxilom Avenue", SEARCH),
    ]
