"""Car dealership and financing app "Torqueway Motors": sign-up, a log-in, ``/me``, the stock by
ZIP and a car's page, a favourite, a test drive with her licence, her trade-in (the VIN, a payoff
and photos), a payment estimate (a calculator: negatives), the credit application (gzip JSON:
SSN, birth date, address, housing, employer and income), the licence scan, the application's
status, a paystub, the deal (down payment, amount financed, monthly payment), the e-signature
with her IP, autopay, a service visit, a message to the salesperson, push, events and the garage
by a cookie GET."""

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
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import SSN, claims, head
from eval_families42_kit import APP_ID, DEALER, EMPLOYER, STOCK, TRADE, obj
from eval_families42_sdk import (
    aw_event,
    aw_launch,
    bs_bid,
    bs_win,
    fk_crash,
    fk_crumb,
    tf_batch,
    tf_pixel,
)
from eval_families42_svc import cb_save, fm_eval, mf_route, pw_bank
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("torqueway", "Torqueway", "com.example.torqueway", "7.1.2",
          "https://api.torqueway.example.com")
IID = "X-TQ-Device"
PW = "Redline!Maple77"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def torqueway() -> list[Case]:
    rng = random.Random(4231)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), given_name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    tid, deal = obj(rng, "ti", 8), obj(rng, "deal", 8)
    vin = STOCK["vin"]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "mobile": L(NATIONAL, TEL), "zip": L(ZIP, COARSE),
            "smsOptIn": True}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/inventory", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "radius": "50", "make": "Corvia", "maxPrice": "35000",
            "sort": "price_asc"}),
        case(f, f"{a}/v1/inventory/{vin}", headers=_h(rng, **b), query={
            "dealer": DEALER["id"], "stock": STOCK["stock"]}),
        case(f, f"{a}/v1/favorites", headers=_h(rng, **b), body={
            "vin": vin, "msrp": STOCK["msrp"], "dealer": DEALER["id"]}),
        case(f, f"{a}/v1/test-drives", headers=_h(rng, **b), body={
            "vin": vin, "dealer": {"id": DEALER["id"], "name": DEALER["name"],
                                   "phone": DEALER["phone"], "line": DEALER["line"]},
            "slot": "2025-12-13T11:00", "name": L(NAME, NAMEC), "phone": L(E164, TEL),
            "licenceNumber": L(LICENCE, NATID), "licenceState": L(STATE, COARSE)}),
        case(f, f"{a}/v1/trade-ins", headers=_h(rng, **b), body={
            "id": tid, "vin": TRADE["vin"], "year": TRADE["year"], "make": TRADE["make"],
            "model": TRADE["model"], "mileage": TRADE["miles"], "lender": "Sunrise Auto Credit",
            "loanAccount": L("SAC-0048812", PAY), "payoff": "8400.00",
            "condition": L("Small dent on the rear bumper, new tyres in March", TEXT)}),
        multipart(f, f"{a}/v1/trade-ins/{tid}/photos", [
            ("exterior", "car_rear.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("odometer", "odometer.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"vin": TRADE["vin"], "count": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/financing/estimate", headers=_h(rng, **b), query={
            "price": "31995", "down": "4000", "term": "60", "apr": "6.9", "tradeValue": "11200"}),
        case(f, f"{a}/v1/credit-applications", gz=True, headers=_h(rng, **b), body={
            "applicationId": APP_ID, "vin": vin, "applicant": {
                "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                "dateOfBirth": L(DOB, BIRTH), "ssn": L(SSN, NATID), "email": L(EMAIL, MAIL),
                "phone": L(E164, TEL), "address": {
                    "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                    "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
                "housing": "rent", "monthlyHousing": "2850", "yearsAtAddress": 4},
            "employment": {"employer": EMPLOYER[0], "employerPhone": EMPLOYER[1],
                           "title": "Data analyst", "years": 3, "annualIncome": "98000"},
            "consents": {"creditPull": True, "esign": True, "at": "2025-12-10T15:02:11Z"}}),
        multipart(f, f"{a}/v1/credit-applications/{APP_ID}/identity", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG + b"\x93", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE, NATID), "state": L(STATE, COARSE), "dob": L(DOB, BIRTH),
                "expires": "2030-05-17"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/credit-applications/{APP_ID}/status", headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/credit-applications/{APP_ID}/documents", [
            ("paystub", "paystub_nov.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"kind": "paystub", "period": "2025-11"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/deals", headers=_h(rng, **b), body={
            "deal": deal, "vin": vin, "application": APP_ID, "price": STOCK["msrp"],
            "downPayment": L("4000.00", BUY), "amountFinanced": L("16795.00", BUY),
            "termMonths": 60, "monthlyPayment": L("331.82", BUY), "tradeIn": tid,
            "deposit": {"amount": L("500.00", BUY),
                        "method": L(opaque(rng, "pm_", 24), PAY)}}),
        case(f, f"{a}/v1/deals/{deal}/esign", headers=_h(rng, **b), body={
            "typedName": L(NAME, NAMEC), "signerIp": L(PUBLIC_IP, IPLOC),
            "documents": ["retail_installment", "odometer_disclosure"],
            "signedAt": "2025-12-13T12:41:09-05:00"}),
        case(f, f"{a}/v1/autopay", fmt="form", headers=_h(rng, **b), body={
            "deal": deal, "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "day": "5"}),
        case(f, f"{a}/v1/service/appointments", headers=_h(rng, **b), body={
            "vin": vin, "dealer": DEALER["id"], "mileage": 812, "slot": "2026-02-03T08:30",
            "notes": L("Check engine light came on after the car wash", TEXT)}),
        case(f, f"{a}/v1/chat/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": "sales_rep_2207",
            "text": L("Can you hold the blue one until Saturday? I can bring the deposit",
                      TEXT)}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("vehicle_view", 1, vin=vin), ev("credit_app_submitted", 2),
                ev("screen", 3, screen=L("DealSummary", USAGE))]}),
        case(f, f"{a}/v1/garage", headers=_h(rng, how="plain"),
             cookies={"tq_sid": L(opaque(rng, "", 40), CRED), "tq_zip": L(ZIP, COARSE)}),
    ]


def torqueway_sdks() -> list[Case]:
    rng = random.Random(4232)
    return [
        tf_batch(APP, rng, [("Vehicle Viewed", {"vin": STOCK["vin"], "price": 31995}),
                            ("Credit App Submitted", {"term": 60})]),
        tf_pixel(APP, rng, "Inventory Viewed", {"zip": L(ZIP, COARSE), "make": "Corvia"}),
        aw_launch(APP, rng, first=True),
        aw_event(APP, rng, "lead_submitted", {"dealer": DEALER["id"]}, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="suv,auto-loan"),
        bs_win(APP, rng),
        fk_crash(APP, rng, ("java.net.SocketTimeoutException", "credit bureau timeout"),
                 [fk_crumb("navigation", "Deal -> CreditApp"),
                  fk_crumb("http", "POST /v1/credit-applications", {"status": 504})],
                 screen="CreditAppActivity"),
        fm_eval(APP, rng, {"instantCredit": True, "zip": L(ZIP, COARSE)}),
        pw_bank(APP, rng),
        mf_route(APP, rng, [((round(LAT, 5), round(LON, 5)), "location.precise"),
                            ((DEALER["lat"], DEALER["lon"]), None)]),
        cb_save(APP, rng, {"analytics": True, "advertising": True, "sale": False}, user=True),
    ]
