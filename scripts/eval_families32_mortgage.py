"""Mortgage and home-buying app "Keystead": sign-up, a log-in with an SMS code, ``/me`` with a
JWT bearer, a listing search, a saved listing, the payment calculator, the pre-approval
application (PascalCase keys: SSN, address, employment and income, the loan), the credit-pull
consent, identity verification (licence photos, a selfie, a face template and landmarks), the
application's fraud signals (msgpack: typing rhythm on the SSN field, accelerometer samples), a
bank link and manual assets, document uploads (W-2 and bank-statement PDFs), the
property under contract, a rate lock (form), e-signed disclosures, a message to the loan
officer, homeowners insurance, the appraisal fee, devices, events and a
cookie-authenticated GET on the loan (its number in the URL path)."""

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
    FACE,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    dwell_flight,
    f32b64,
    imu,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families30_kit import centroid
from eval_families32_kit import (
    AGENT,
    HOME_POLICY,
    LISTINGS,
    LOAN_NO,
    LOAN_OFFICER,
    PROPERTY,
    SSN_LAST4,
    oid,
    signature,
)
from eval_families32_sdk import (
    al_event,
    al_session,
    ck_crumb,
    ck_notify,
    tm_batch,
    tm_identify,
)
from eval_families32_svc import (
    cm_message,
    cs_save,
    pr_register,
    ps_bank,
    ps_confirm,
    tb_eval,
)
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("keystead", "Keystead", "com.example.keystead", "3.2.5",
          "https://api.keystead.example.com")
IID = "X-Keystead-Device"
PW = "Brownstone!Keys7"
A_URL = f"https://api.keystead.example.com/v1/applications/{LOAN_NO}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _loan(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her loan application (its number in the URL path: ``id.user``)."""
    c = case(APP.fam, f"{A_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, LOAN_NO, UID)


def _doc(rng: random.Random, kind: str, name: str, cat: str) -> Case:
    return multipart(APP.fam, f"{A_URL}/documents", [
        ("file", name, "application/pdf", L(PDF + name.encode(), cat)),
        ("meta", None, "application/json", {"docType": kind, "pages": 2,
                                             "source": "files"})],
        headers=_h(rng, auth="bearer"))


def _addr() -> dict[str, Any]:
    return {"Street": L(LINE1, ADDR), "Unit": L(LINE2, ADDR), "City": L(CITY, COARSE),
            "State": L(STATE, COARSE), "Zip": L(ZIP, COARSE), "YearsAtAddress": 6,
            "Housing": "Rent", "MonthlyRent": 3850}


def keystead() -> list[Case]:
    rng = random.Random(3231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), loanNumber=L(LOAN_NO, UID),
                                    stage="processing"))}
    dwell, flight = dwell_flight(rng, 9)
    cases = [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "agreeEsign": True}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v1/sessions/mfa", headers=_h(rng), body={
            "challengeId": oid(rng, "chl"), "code": L("604118", CRED),
            "rememberDevice": True, "deviceId": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/listings/search", headers=_h(rng, **b), query={
            "q": L("prospect heights 2 bed condo", SEARCH), "minBeds": "2",
            "maxPrice": "1200000", "bbox": "-73.975,40.668,-73.950,40.684"}),
        case(f, f"{a}/v1/listings/saved", headers=_h(rng, **b), body={
            "listingId": LISTINGS[0]["id"], "lat": LISTINGS[0]["at"][0],
            "lon": LISTINGS[0]["at"][1], "price": LISTINGS[0]["price"],
            "note": L("close to the Q train, check the school zone", TEXT)}),
        case(f, f"{a}/v1/calculator", headers=_h(rng, **b), body={
            "price": 1145000, "downPct": 20, "rate": 6.375, "termYears": 30,
            "taxesYearly": 9800, "hoaMonthly": 640}),
        case(f, f"{a}/v1/applications", headers=_h(rng, **b), body={
            "Borrower": {"FirstName": L(FIRST, NAMEC), "LastName": L(LAST, NAMEC),
                         "BirthDate": L(DOB, BIRTH), "SSN": L(SSN, NATID),
                         "MaritalStatus": "Unmarried", "Dependents": 1,
                         "Email": L(EMAIL, MAIL), "CellPhone": L(DASHED, TEL),
                         "CurrentAddress": _addr(), "FirstTimeBuyer": True},
            "Employment": [{"Employer": "Northbeam Studio LLC", "Title": "Design Lead",
                            "StartDate": "2019-04-01", "AnnualBase": 168000, "Bonus": 12000}],
            "Loan": {"Purpose": "Purchase", "Amount": L(916000, BUY),
                     "Product": "Conv30Fixed", "TermMonths": 360}}),
        _loan(rng, "/credit-consent", {
            "authorizeHardPull": True, "bureaus": ["EXP", "EQF", "TUC"],
            "consentVersion": "2025.3", "typedName": L(NAME, NAMEC),
            "ssnLast4": L(SSN_LAST4, NATID), "dob": L(DOB, BIRTH), "ip": L(PUBLIC_IP, IPLOC),
            "consentedAt": "2025-12-09T21:14:52-05:00"}),
        multipart(f, f"{a}/v1/identity/verify", [
            ("licenceFront", "front.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("licenceBack", "back.jpg", "image/jpeg", L(JPEG + b"\x02", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x03", MEDIA)),
            ("scan", None, "application/json", {
                "document": {"number": L(LICENCE, NATID), "state": L("NY", COARSE),
                             "class": "D", "expires": "2029-05-17"},
                "face": {"template": L(f32b64(centroid(rng)), FACE),
                         "landmarks68": L(landmarks(rng, 68), FACE), "liveness": 0.97,
                         "bbox": [212, 388, 498, 700]}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/risk/signals", fmt="msgpack", headers=_h(rng, **b), body={
            "sessionId": opaque(rng, "rs_", 16), "field": "ssn", "dwellMs": L(dwell, KEYS),
            "flightMs": L(flight, KEYS), "pasted": False, "corrections": 1,
            "accel": L(imu(rng, 10, 20, 0.4), MOTION), "installId": L(INSTALL_ID, DID),
            "emulator": L(False, DEV), "localIp": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "timeZone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/bank-links", headers=_h(rng, **b), body={
            "publicToken": L(opaque(rng, "public-prod-", 32), CRED),
            "institution": "Hudson Federal Bank", "accounts": [
                {"id": oid(rng, "acc"), "mask": L("6789", PAY), "type": "checking"},
                {"id": oid(rng, "acc"), "mask": L("2210", PAY), "type": "savings"}]}),
        _loan(rng, "/assets", {"accounts": [
            {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "balance": 212400,
             "kind": "savings"}], "giftFunds": 40000, "retirement": 86000}),
        _doc(rng, "W2", "w2_2024.pdf", f"{MEDIA}|{NATID}"),
        _doc(rng, "BankStatement", "statement_2025-11.pdf", f"{MEDIA}|{PAY}"),
        _loan(rng, "/property", {
            "address": {"line1": L(PROPERTY["line1"], ADDR), "line2": L(PROPERTY["line2"], ADDR),
                        "city": L(PROPERTY["city"], COARSE), "state": L(PROPERTY["state"],
                                                                       COARSE),
                        "zip": L(PROPERTY["zip"], COARSE)},
            "purchasePrice": L(1145000, BUY), "earnestMoney": L(57250, BUY),
            "downPayment": L(229000, BUY), "occupancy": "primary", "type": "condo",
            "hoaMonthly": 640, "listingAgent": {"name": AGENT[0], "phone": AGENT[1]}}),
        _loan(rng, "/rate-lock", {"rate": "6.375", "points": "0.5", "lockDays": "45",
                                  "lockFee": L("1145.00", BUY), "ack": "true"}, fmt="form"),
        _loan(rng, "/esign", {
            "envelope": oid(rng, "env"), "documents": ["LoanEstimate", "IntentToProceed"],
            "signature": {"strokes": L(signature(rng, 28), MOTION),
                          "typedName": L(NAME, NAMEC)},
            "ip": L(PUBLIC_IP, IPLOC), "signedAt": "2025-12-09T21:40:03-05:00"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": LOAN_OFFICER["id"], "thread": oid(rng, "thr"),
            "body": L("My mother is gifting $40,000 toward the down payment. Do you need her "
                      "bank statement too?", TEXT)}),
        _loan(rng, "/insurance", {
            "carrier": "Harborline Mutual", "policyNumber": L(HOME_POLICY, UID),
            "annualPremium": L(1380, BUY), "effective": "2026-01-22",
            "agentEmail": "quotes@harborline.example.com"}),
        _loan(rng, "/appraisal/payment", {
            "amount": L("675.00", BUY), "paymentMethodId": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, how="upper", **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("document_uploaded", 1, kind="W2"),
                ev("rate_locked", 2, days=45),
                ev("screen_view", 3, screen=L("LoanTimeline", USAGE))]}),
        _loan(rng, "/status", None, cookies={"ks_session": L(opaque(rng, "", 48), CRED)}),
    ]
    return cases


def keystead_sdks() -> list[Case]:
    rng = random.Random(3232)
    return [
        tm_batch(APP, rng, [("Application Started", {"product": "Conv30Fixed"}),
                            ("Rate Locked", {"days": 45}),
                            ("Document Uploaded", {"kind": "W2"})]),
        tm_identify(APP, rng, {"$email": L(EMAIL, MAIL), "stage": "processing",
                               "first_time_buyer": True, "state": L("NY", COARSE)}),
        al_session(APP, rng, user=True),
        al_event(APP, rng, "pq7lead", {"product": "purchase"}, hashed=True),
        ck_notify(APP, rng, ("java.io.FileNotFoundException", "content uri revoked"),
                  [ck_crumb("Documents", "navigation"), ck_crumb("picker returned", "user")],
                  ctx="DocumentsActivity"),
        tb_eval(APP, rng, {"state": L("NY", COARSE), "product": "conventional"}, get=True),
        pr_register(APP, rng, tags=["stage:processing"]),
        cs_save(APP, rng, {"analytics": True, "marketing": False}, user=True, receipt=True),
        ps_bank(APP, rng),
        ps_confirm(APP, rng, "675.00"),
        cm_message(APP, rng, L("Where do I upload the second page of my W-2?", TEXT),
                   {"loan_stage": "processing", "officer": LOAN_OFFICER["id"]}),
    ]
