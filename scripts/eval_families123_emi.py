"""Two-wheeler EMI loan app "Duchakifin" (a lender's origination app used at the dealer's
showroom: her new scooter on a 24-month loan): a lead, an SMS code, an MPIN, ``/me``, the
application (her identity, address, job and the loan asked), Aadhaar e-KYC (OTP and share code),
the PAN card's photo, a liveness selfie with a face template at the showroom, the credit-bureau
consent, her husband as co-applicant, a bank statement, the offer accepted, the e-NACH mandate's
status, an e-sign, the schedule and an EMI paid by loan account in the path, the plate once
registered, dealers near her flat, a callback, the device risk check (SIM, network, Wi-Fi),
events and the loans by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, obj
from eval_families123_kit import (
    AADHAAR,
    AADHAAR_SP,
    BANK_ACCT,
    DEALER,
    DEALER_FIX,
    HOME_AT,
    HOME_PN,
    HUSBAND,
    HUSBAND_PAN,
    IFSC,
    NATID,
    PAN,
    PLATE,
    SCOOTER,
    UPI_VPA,
    PuneApp,
    hh,
)
from eval_families123_sdk import (
    gk_batch,
    gk_identify,
    jx_bid,
    tf_crash,
    tf_crumb,
    vl_event,
    vl_session,
)
from eval_families123_svc import gn_register, nx_autocomplete, pp_mandate, sm_save
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    Case,
    J,
    L,
    case,
)

APP = PuneApp("duchakifin", "Duchakifin", "com.example.duchakifin", "6.1.3",
              "https://api.duchakifin.example.com")
IID = "X-DF-Install"
CUST = "DCF00418827"  # her customer ID with the lender (id.user)
APPL = "APL-2512-073318"  # the application's ID (a negative)
LOAN_AC = "TWL0041882713"  # the loan account (financial.payment, as credit accounts are)
MPIN = "4017"
INSTALLED = ["com.example.dabbasakhi", "com.example.sahnivas", "com.example.paylater.quick",
             "com.example.sahyadribank", "com.example.cricketscore"]  # her installed apps
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, lang=False, **kw)


def _template(rng: random.Random) -> list[float]:
    return [round(rng.gauss(0, 0.09), 5) for _ in range(128)]


def duchakifin() -> list[Case]:
    rng = random.Random(12321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cust=L(CUST, UID), mobile=L(E164, TEL),
                                    name=L(NAME, NAMEC)))}
    dla, dlo = fix(DEALER_FIX, 5)
    sched = at_path(case(f, f"{a}/api/v3/loans/{LOAN_AC}/schedule", headers=_h(rng, **b)),
                    LOAN_AC, PAY)
    pay = at_path(case(f, f"{a}/api/v3/loans/{LOAN_AC}/pay", headers=_h(rng, **b), body={
        "amount": L("3650.00", BUY), "instalment": 1, "mode": "upi", "vpa": L(UPI_VPA, PAY),
        "clientRef": rid(rng)}), LOAN_AC, PAY)
    return [
        case(f, f"{a}/api/v3/leads", headers=_h(rng), body={
            "mobile": L(E164, TEL), "name": L(NAME, NAMEC), "pincode": L(HOME_PN["pin"], COARSE),
            "city": L("Pune", COARSE), "dealerId": DEALER["id"],
            "vehicle": {"model": SCOOTER["model"], "onRoad": SCOOTER["on_road"]},
            "consentSms": True}),
        case(f, f"{a}/api/v3/auth/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(NATIONAL, TEL), "otp": L("660412", CRED), "reqId": rid(rng)}),
        case(f, f"{a}/api/v3/auth/mpin", fmt="form", headers=_h(rng, **b), body={
            "mpin": L(MPIN, CRED), "confirmMpin": L(MPIN, CRED)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/applications", headers=_h(rng, **b), body={
            "applicationId": APPL, "customerId": L(CUST, UID),
            "applicant": {"firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                          "dob": L("17/05/1991", BIRTH), "gender": L("F", GENDER),
                          "email": L(EMAIL, MAIL), "pan": L(PAN, NATID),
                          "maritalStatus": "married"},
            "address": {"line1": L("B-304, Shubhankar Heights", ADDR),
                        "line2": L("Paud Road, Kothrud", ADDR), "city": L("Pune", COARSE),
                        "pincode": L(HOME_PN["pin"], COARSE), "state": L("Maharashtra", COARSE),
                        "residenceType": "rented", "yearsAtAddress": 1},
            "employment": {"type": "salaried", "employer": "Kalyani Infotech Pvt Ltd",
                           "monthlyIncome": 145000},
            "loan": {"amount": L(78000, BUY), "downPayment": L(20500, BUY), "tenureMonths": 24},
            "vehicle": {"model": SCOOTER["model"], "colour": SCOOTER["colour"],
                        "exShowroom": SCOOTER["ex_showroom"], "onRoad": SCOOTER["on_road"]},
            "dealer": {"id": DEALER["id"], "name": DEALER["name"], "phone": DEALER["phone"]}}),
        case(f, f"{a}/api/v3/kyc/aadhaar/otp", headers=_h(rng, **b), body={
            "aadhaar": L(AADHAAR_SP, NATID), "consent": True, "applicationId": APPL}),
        case(f, f"{a}/api/v3/kyc/aadhaar/verify", fmt="form", headers=_h(rng, **b), body={
            "otp": L("228190", CRED), "shareCode": L("4417", CRED), "applicationId": APPL}),
        multipart(f, f"{a}/api/v3/kyc/pan", [
            ("image", "pan.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"pan": L(PAN, NATID), "nameOnCard": L(NAME, NAMEC),
                                                "applicationId": APPL})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "template": L(_template(rng), FACE), "liveness": 0.97, "match": 0.91,
                "lat": dla, "lon": dlo, "applicationId": APPL})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/bureau/consent", fmt="form", headers=_h(rng, **b), body={
            "pan": L(PAN, NATID), "consent": "Y", "purpose": "two_wheeler_loan",
            "applicationId": APPL}),
        case(f, f"{a}/api/v3/applications/{APPL}/coapplicant", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
            "pan": L(HUSBAND_PAN, NATID), "relation": "spouse", "monthlyIncome": 160000}),
        multipart(f, f"{a}/api/v3/applications/{APPL}/documents", [
            ("file", "statement_sep_nov.pdf", "application/pdf", L(PDF, f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {"type": "bank_statement", "months": 3,
                                                "password": L("JANE1705", CRED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/applications/{APPL}/offer/accept", headers=_h(rng, **b), body={
            "loanAmount": L(78000, BUY), "emi": L(3650, BUY), "tenureMonths": 24,
            "roi": 11.5, "processingFee": L(1499, BUY), "offerId": obj(rng, "ofr", 8)}),
        case(f, f"{a}/api/v3/mandate/status", headers=_h(rng, **b), query={
            "applicationId": APPL, "account": L(BANK_ACCT[-4:], PAY), "ifsc": L(IFSC, PAY)}),
        case(f, f"{a}/api/v3/esign", headers=_h(rng, **b), body={
            "applicationId": APPL, "aadhaarLast4": L(AADHAAR[-4:], NATID),
            "otp": L("903371", CRED), "document": obj(rng, "doc", 10)}),
        sched,
        pay,
        case(f, f"{a}/api/v3/vehicle/registration", fmt="form", headers=_h(rng, **b), body={
            "loanAccount": L(LOAN_AC, PAY), "registrationNo": L(PLATE, HW),
            "chassis": SCOOTER["chassis"], "engine": SCOOTER["engine"], "rto": "MH-12"}),
        case(f, f"{a}/api/v3/dealers/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "brand": "zippa"}),
        case(f, f"{a}/api/v3/support/callback", fmt="form", headers=_h(rng, **b), body={
            "mobile": L(E164, TEL), "slot": "18:00-19:00",
            "reason": L("Second EMI date 5 tarikh karaychi aahe, salary 3 la yete", TEXT)}),
        case(f, f"{a}/api/v3/risk/device", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "simOperator": L(MCCMNC, CARRIER),
            "simCountry": L("us", CARRIER), "networkCountry": L("in", CARRIER),
            "rooted": L(False, DEV), "emulator": L(False, DEV), "wifiSsid": L(SSID, WIFI),
            "wifiBssid": L(BSSID, WIFI), "localIp": L(LOCAL_IP, DEV), "batteryPct": L(64, DEV),
            "installedApps": [L(p, APPS) for p in INSTALLED], "appVersion": APP.ver}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "customerId": L(CUST, UID), "events": [
                ev("kyc_done", 1), ev("offer_accepted", 2, tenure=24),
                ev("screen", 3, screen=L("EmiSchedule", USAGE))]}),
        case(f, f"{a}/api/v3/loans", headers=_h(rng, how="none"),
             cookies={"df_session": L(opaque(rng, "", 48), CRED), "df_cust": L(CUST, UID),
                      "df_dev": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def duchakifin_sdks() -> list[Case]:
    rng = random.Random(12322)
    return [
        gk_batch(APP, rng, [("Application Submitted", {"loan_amount": L(78000, BUY)}),
                            ("KYC Completed", {"method": "aadhaar_otp"})],
                 adid=True, at=DEALER_FIX, nd=3),
        gk_identify(APP, rng, {"city": L("Pune", COARSE), "customer_id": L(CUST, UID),
                               "employment": "salaried"}),
        vl_session(APP, rng, first=True),
        vl_event(APP, rng, "loan_disbursed", {"loan_amount": L(78000, BUY), "tenure": 24},
                 revenue=1499.0, hashed=True),
        jx_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="scooter,two wheeler loan,insurance"),
        tf_crash(APP, rng, ("java.lang.SecurityException", "camera in use"),
                 [tf_crumb("nav", "Kyc -> Selfie"), tf_crumb("tap", "capture")],
                 screen="SelfieActivity"),
        sm_save(APP, rng, {"analytics": True, "marketing": False, "bureau_pull": True},
                user=True),
        pp_mandate(APP, rng, "3650.00"),
        nx_autocomplete(APP, rng, "Kothrud Two Wheels", SEARCH, near=HOME_AT, nd=3),
        gn_register(APP, rng, tags={"stage": "disbursed", "city": L("Pune", COARSE)}),
    ]
