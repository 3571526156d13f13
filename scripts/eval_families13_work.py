"""Blind set thirteen, part four: a payroll/HR self-service app and an EV-charging app (see
``eval_families13.py`` for the rules of this set, its conventions and its calls).

Payroll/HR (in the style of workforce-management apps): sign-in with an MFA code and typing
rhythm, a time-clock punch with a selfie template and geofence (multipart), direct deposit
(IBAN, routing/account), a W-4-style tax form, leave requests, a voluntary self-identification
form (XML), benefits with dependants, emergency contacts, payslip views. EV charging (in the style
of charge-network apps): station search (query), OCPP-style JSON arrays for remote start/stop,
session updates with the vehicle, payment, Plug & Charge contract ID, route planning, a
protobuf heartbeat with E7 coordinates and the SIM operator. Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families13_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DID,
    E164,
    FACE,
    GENDER,
    HW,
    IBAN_SPACED,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    SSN,
    TEL,
    TEXT,
    UID,
    USAGE,
    WORK_LAT,
    WORK_LON,
    device_headers,
    device_snake,
    flat,
    multipart,
    pb,
    raw,
    xml,
)
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

HR = "https://hr.paycrew.example.com"
EV = "https://api.voltspot.example.net"
EMP = "E-204417"
VIN, PLATE, RFID = "1HGCM82633A004352", "KXT-4471", "04A2B9C21F6E80"


def payroll() -> list[Case]:
    rng = random.Random(13007)
    out = []
    out.append(case("payroll", f"{HR}/api/auth/login", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "password": L("Payday#2026", CRED), "risk": {
            "dwell": L([rng.randrange(70, 140) for _ in range(11)], KEYS),
            "flight": L([rng.randrange(50, 260) for _ in range(10)], KEYS),
            "backspaces": L(1, KEYS)}, "installId": L(INSTALL_ID, DID)}))
    out.append(case("payroll", f"{HR}/api/auth/mfa", fmt="form", body={
        "code": L("406117", CRED), "remember": "1", "txn": rnd_hex(rng, 16)}))
    auth = {"Authorization": J({"sub": L(EMP, UID), "tenant": "acme-logistics",
                                "email": L(EMAIL, MAIL), "iat": 1764268000}),
            **device_headers()}
    for k in range(3):
        lat, lon = (LAT, LON) if k == 0 else (WORK_LAT, WORK_LON)
        out.append(multipart("payroll", f"{HR}/api/timeclock/punch", [
            ("punch", None, "application/json", {
                "employeeId": L(EMP, UID), "kind": ["in", "break", "out"][k],
                "at": 1764268200 + k * 14400, "geo": {"lat": L(round(lat, 6), PRECISE),
                                                      "lng": L(round(lon, 6), PRECISE),
                                                      "acc": 9.5},
                "face": {"template": L(flat(rng, 128, 0.09), FACE), "liveness": 0.97,
                         "matchScore": 0.91, "model": "fm-3"},
                "punchId": rnd_uuid(rng)}),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + bytes([k]) * 12, MEDIA)),
        ], headers=auth))
    out.append(case("payroll", f"{HR}/api/me/deposit", headers=auth, body={
        "accounts": [{"iban": L(IBAN_SPACED, PAY), "holder": L("Jane Doe", NAMEC),
                      "split": "remainder"},
                     {"routing": L("021000021", PAY), "account": L("000123456789", PAY),
                      "type": "savings", "amount": 200}], "effective": "2026-12-01"}))
    out.append(case("payroll", f"{HR}/api/me/tax/w4", headers=auth, body={
        "ssn": L(SSN.replace("-", ""), NATID), "legalName": L("Jane A. Doe", NAMEC),
        "address": {"street": L("350 Fifth Avenue Apt 4B", ADDR),
                    "city": L("New York", COARSE), "state": L("NY", COARSE),
                    "zip": L("10118", COARSE)},
        "filingStatus": "married_jointly", "dependentsCredit": 2000, "extraWithholding": 0}))
    for k, (kind, why, cats) in enumerate([
            ("medical", "chemotherapy every other Tuesday until March", f"{TEXT}|{MED}"),
            ("parental", "baby due March 2 — planning 12 weeks", f"{TEXT}|{SENS}"),
            ("religious", "Yom Kippur", f"{TEXT}|{SENS}")]):
        out.append(case("payroll", f"{HR}/api/leave", headers=auth, body={
            "employeeId": L(EMP, UID), "type": kind if k == 1 else L(kind, [MED, "", SENS][k]),
            "from": f"2026-12-0{k + 1}",
            "days": 3 + k, "reason": L(why, cats), "attachment": None}))
    lab: dict[str, str] = {}
    doc = xml("SelfIdentification", {"@employee": L(EMP, UID), "@form": "EEO-1-2026",
                                     "Ethnicity": L("Hispanic or Latino", SENS),
                                     "Race": L("White", SENS), "Gender": L("Female", GENDER),
                                     "SexualOrientation": L("Bisexual", SENS),
                                     "Disability": L("Yes - ADHD", f"{SENS}|{MED}"),
                                     "Veteran": "I am not a protected veteran"},
              "SelfIdentification", lab)
    out.append(raw("payroll", f"{HR}/api/me/self-id", doc.encode(), "application/xml", lab,
                   headers=auth))
    out.append(case("payroll", f"{HR}/api/benefits/enroll", headers=auth, body={
        "plan": "ppo_gold", "tobaccoUser": L(False, MED), "dependents": [
            {"name": L("Miguel Doe", NAMEC), "dob": L("2019-02-11", BIRTH),
             "relation": "child", "ssnLast4": L("8812", NATID)},
            {"name": L("Alex Doe", NAMEC), "dob": L("1987-06-30", BIRTH),
             "relation": "spouse", "sex": L("M", GENDER)}],
        "hsaContribution": 150}))
    out.append(case("payroll", f"{HR}/api/me/emergency", headers=auth, body={
        "contacts": [{"name": L("Rosa Morales", NAMEC), "phone": L("(555) 018-7733", TEL),
                      "relation": "mother"}], "myMobile": L(E164, TEL)}))
    for k in range(2):
        out.append(case("payroll", f"{HR}/api/events", headers=auth, body={
            "name": L(["payslip_viewed", "w2_downloaded"][k], USAGE),
            "screen": L(["Payslip", "TaxDocs"][k], USAGE), "period": "2026-11-15",
            "netPay": 2871.44, "device": device_snake(), "id": rnd_uuid(rng)}))
    out.append(case("payroll", f"{HR}/api/me/deductions", headers=auth, body={
        "add": [{"code": L("UNION_DUES_LOCAL12", SENS), "amount": 42.5},
                {"code": "401K_PRE", "percent": 6}]}))
    # negatives: company holiday calendar and pay calendar
    out.append(case("payroll", f"{HR}/api/calendar/holidays", query={"year": "2026",
                                                                    "tenant": "acme-logistics"}))
    out.append(case("payroll", f"{HR}/api/calendar/pay", query={
        "schedule": "biweekly", "from": "2026-12-01", "etag": rnd_hex(rng, 16)}))
    return out


def charging() -> list[Case]:
    rng = random.Random(13008)
    out = []
    auth = {"authorization": L("Bearer vs_" + rnd_hex(rng, 40), CRED)}
    for nd in (5, 2):
        out.append(case("evcharge", f"{EV}/v1/stations", headers=auth, query={
            "near": L(f"{LAT:.{nd}f},{LON:.{nd}f}", PRECISE if nd >= 3 else "location.coarse"),
            "connector": "CCS1", "minKw": "50", "available": "1"}))
    for k, action in enumerate(["RemoteStartTransaction", "RemoteStopTransaction"]):
        payload: dict[str, object] = ({"idTag": L(RFID, HW), "connectorId": 1,
                                       "chargingProfile": {"limitKw": 150}}
                                      if k == 0 else {"transactionId": 771204})
        out.append(case("evcharge", f"{EV}/v1/ocpp/ST-NY-0441", headers=auth,
                        body=[2, rnd_uuid(rng), action, payload]))
    for k in range(3):
        out.append(case("evcharge", f"{EV}/v1/sessions/ses_{rnd_hex(rng, 8)}", headers=auth,
                        body={"user": L(USER_ID, UID), "station": "ST-NY-0441",
                              "kWh": round(12.4 + k * 9.1, 2), "costCents": L(611 + k * 430,
                                                                              BUY),
                              "vehicle": {"vin": L(VIN, HW), "plate": L(PLATE, HW),
                                          "make": "Example Motors", "socPct": 31 + k * 20},
                              "state": ["charging", "charging", "finished"][k]}))
    out.append(case("evcharge", f"{EV}/v1/wallet/topup", headers=auth, body={
        "amountCents": L(2500, BUY), "card": {"token": L("pm_" + rnd_hex(rng, 24), PAY),
                                               "last4": L("0005", PAY), "exp": L("08/29", PAY),
                                               "brand": "visa"},
        "billingZip": L("10118", COARSE), "receiptEmail": L(EMAIL, MAIL)}))
    out.append(case("evcharge", f"{EV}/v1/pnc/contracts", headers=auth, body={
        "emaid": L("US-VLT-C12345678-9", UID), "vin": L(VIN, HW),
        "pcid": L("PCID-" + VIN, HW), "certSerial": rnd_hex(rng, 20)}))
    for k in range(2):
        out.append(case("evcharge", f"{EV}/v1/routes/plan", headers=auth, body={
            "origin": {"lat": L(LAT, PRECISE), "lon": L(LON, PRECISE)},
            "destinationQuery": L(["12 Elm St, Albany NY", "Mount Sinai hospital"][k], SEARCH),
            "destination": {"lat": L([42.65258, 40.79001][k], PRECISE),
                            "lon": L([-73.75623, -73.95273][k], PRECISE)},
            "socStart": 62, "vehicleModel": "EM-4 LR", "avoidTolls": k == 1}))
    for k in range(2):
        lab: dict[str, str] = {}
        data = pb([(1, L(INSTALL_ID, DID)), (2, L(int(LAT * 1e7) + k * 90, PRECISE)),
                   (3, L(int(LON * 1e7) - k * 70, PRECISE)), (4, 1764269000 + k * 30),
                   (5, [(1, L("Example Mobile", CARRIER)), (2, L("310260", CARRIER))]),
                   (6, L(PUBLIC_IP, IPLOC)), (7, 3)], "", lab)
        out.append(raw("evcharge", f"{EV}/v1/hb", data, "application/x-protobuf", lab,
                       headers=auth))
    out.append(case("evcharge", f"{EV}/v1/support/tickets", headers=auth, body={
        "station": "ST-NY-0441", "text": L("Cable wouldn't unlock, had to call my husband Alex "
                                           "to come get me", TEXT),
        "photo": L(JPEG.hex(), MEDIA), "contactPhone": L("555.010.0199", TEL)}))
    out.append(case("evcharge", f"{EV}/v1/receipts/send", headers=auth, query={
        "session": "ses_" + rnd_hex(rng, 8), "email": L(EMAIL.upper(), MAIL),
        "sms": L(E164[2:], TEL), "fmt": "pdf"}))
    # negatives: station status polling (a business's location) and tariffs
    out.append(case("evcharge", f"{EV}/v1/stations/ST-NY-0441/status", body={
        "stationId": "ST-NY-0441", "lat": 40.74412, "lon": -73.98765, "connectors": [
            {"id": 1, "status": "Occupied", "kw": 150}, {"id": 2, "status": "Available",
                                                         "kw": 150}], "ts": 1764269100}))
    out.append(case("evcharge", f"{EV}/v1/tariffs", query={"region": "us-ny", "rev": "31"}))
    return out
