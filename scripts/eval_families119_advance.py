"""A bank's salary-advance app "Lounvirschoss" (Banque Kirchfeld, where her Luxembourg salary
is paid): the e-banking log-in by contract number, a one-time code, ``/me`` with a JWT, the
device-binding check (base64 JSON in a header; Wi-Fi, LAN and public IP in a fraud check), the
eligibility check (employer, net salary, her IBAN and matricule), a payslip photo, a quote, the
advance requested, its e-signature and status by contract number in the path, an early
repayment, a transfer to her husband, the card frozen, an identity-card refresh, a call-back, a
message, push, events and the accounts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families119_kit import (
    ADVANCE,
    BANK,
    CARD_LAST4,
    EMPLOYER,
    HUSBAND,
    IBAN,
    IBAN_OTHER,
    MATRIKEL,
    OFFICE_AT,
)
from eval_families119_sdk import cf_crash, cf_crumb, cl_batch, cl_queue, ih_event, ih_open
from eval_families119_svc import ch_message, cq_save, fs_eval, pm_card, pn_register, tb_geocode
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PHONE,
    PUBLIC_IP,
    SSID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("lounvirschoss", "Lounvirschoss", "com.example.kirchfeld.advance", "1.6.3",
          "https://mobile.kirchfeld.example.net")
IID = "X-KF-Installation"
CONTRACT = "KF-0447-1209913"  # her e-banking contract number (id.user: this is her bank)
PW = "Kirchfeld%Salary7"
NATID = "personal.national_id"
HUSBAND_IBAN = "FR7630006000011234567890189"  # her husband's account (financial.payment)
ID_CARD = "LU-ID-BX7740219"  # her residence card's number (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("en-GB,fr;q=0.8,lb;q=0.5", DEV)
    return h


def lounvirschoss() -> list[Case]:
    rng = random.Random(11909)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sign = at_path(case(f, f"{a}/api/v2/advances/{ADVANCE}/sign", headers=_h(rng, **b), body={
        "otp": L("904117", CRED), "accept": True, "version": "CGV-ADV-2025-04"}), ADVANCE, BUY)
    stat = at_path(case(f, f"{a}/api/v2/advances/{ADVANCE}", headers=_h(rng, **b)), ADVANCE, BUY)
    binding = W({"install": L(INSTALL_ID, DID), "androidId": L(ANDROID_ID, DID),
                 "model": L("Pixel 8", DEV), "os": L("14", DEV), "rooted": L(False, DEV)},
                "b64json")
    return [
        case(f, f"{a}/api/v2/auth/login", headers=_h(rng), body={
            "contract": L(CONTRACT, UID), "password": L(PW, CRED), "bic": BANK["bic"]}),
        case(f, f"{a}/api/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "otp": L("381552", CRED), "channel": "sms", "trustDevice": "true"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, contract=L(CONTRACT, UID), email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/api/v2/device/binding", headers=_h(rng, **b, extra={
            "X-KF-Binding": binding})),
        case(f, f"{a}/api/v2/device/risk", headers=_h(rng, **b), body={
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "lanIp": L(LOCAL_IP, DEV), "publicIp": L(PUBLIC_IP, IPLOC),
            "vpn": L(False, DEV), "emulator": L(False, DEV), "sessionId": rid(rng)}),
        case(f, f"{a}/api/v2/advances/eligibility", headers=_h(rng, **b), body={
            "employer": EMPLOYER, "netSalary": 4850.00, "payday": 28,
            "salaryIban": L(IBAN, PAY), "matricule": L(MATRIKEL, NATID),
            "crossBorder": True, "country": L("FR", COARSE)}),
        multipart(f, f"{a}/api/v2/advances/payslip", [
            ("file", "payslip_2025_11.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"month": "2025-11", "contract": L(CONTRACT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/advances/quote", headers=_h(rng, **b), query={
            "amount": L("600", BUY), "repayOn": "2025-12-28", "currency": "EUR"}),
        case(f, f"{a}/api/v2/advances", headers=_h(rng, **b), body={
            "contractNo": L(ADVANCE, BUY), "amount": L(600.0, BUY), "fee": L(4.5, BUY),
            "creditIban": L(IBAN, PAY), "repayOn": "2025-12-28",
            "purpose": L("Car repair after the hailstorm on the A31", TEXT)}),
        sign,
        stat,
        case(f, f"{a}/api/v2/advances/{ADVANCE}/repay", fmt="form", headers=_h(rng, **b),
             body={"amount": L("300.00", BUY), "fromIban": L(IBAN, PAY)}),
        case(f, f"{a}/api/v2/transfers", headers=_h(rng, **b), body={
            "from": L(IBAN, PAY), "toIban": L(HUSBAND_IBAN, PAY),
            "toName": L(HUSBAND[0], NAMEC), "amount": L(250.0, BUY),
            "reference": L("Garage Thionville half", TEXT), "instant": True}),
        case(f, f"{a}/api/v2/accounts", headers=_h(rng, **b), query={"include": "balances"}),
        case(f, f"{a}/api/v2/cards/freeze", fmt="form", headers=_h(rng, **b), body={
            "last4": L(CARD_LAST4, PAY), "reason": "misplaced"}),
        multipart(f, f"{a}/api/v2/kyc/id-card", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NATID}")),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\x43", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"number": L(ID_CARD, NATID),
                                                "expires": "2030-02-11"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/callbacks", fmt="form", headers=_h(rng, **b), body={
            "phone": L(PHONE, TEL), "slot": "12:00-13:00", "topic": "advance"}),
        case(f, f"{a}/api/v2/inbox", headers=_h(rng, **b), body={
            "subject": "Late salary", "client_id": rid(rng), "text": L(
                "My salary is late this month, can the repayment move to 5 January?", TEXT)}),
        case(f, f"{a}/api/v2/payees/lookup", headers=_h(rng, **b), body={
            "creditor": "Ville de Thionville", "creditorIban": IBAN_OTHER}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID),
            "locale": L("en_GB", DEV), "tz": L("Europe/Luxembourg", DEV),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "contract": L(CONTRACT, UID), "events": [
                ev("advance_requested", 1), ev("otp_ok", 2),
                ev("screen", 3, screen=L("AdvanceStatus", USAGE))]}),
        case(f, f"{a}/api/v2/accounts/summary", headers=_h(rng, how="none"), cookies={
            "KFSESSION": L(opaque(rng, "", 48), CRED), "kf_device": L(INSTALL_ID, DID),
            "kf_lang": L("en", DEV)}),
    ]


def lounvirschoss_sdks() -> list[Case]:
    rng = random.Random(11910)
    return [
        ih_open(APP, rng, user=True, n=9),
        ih_event(APP, rng, "advance_taken", {"contract": L(ADVANCE, BUY)}, revenue=4.5,
                 hashed=True),
        cl_batch(APP, rng, [("Advance Requested", {"amount": L(600, BUY)}),
                            ("OTP Verified", {"channel": "sms"})]),
        cl_queue(APP, rng, [("App Opened", {}), ("Balance Viewed", {"account": "current"})]),
        fs_eval(APP, rng, {"segment": "salary_lu", "crossBorder": True}),
        pn_register(APP, rng, tags={"advance": "active"}),
        cq_save(APP, rng, {"analytics": True, "marketing": False}, user=True, country="LU"),
        pm_card(APP, rng),
        cf_crash(APP, rng, ("javax.net.ssl.SSLHandshakeException", "pin mismatch"),
                 [cf_crumb("nav", "Advance -> Sign"),
                  cf_crumb("net", "POST", {"url": f"{APP.api}/api/v2/advances", "status": 0})],
                 screen="SignActivity"),
        tb_geocode(APP, rng, "Kirchfeld branch Kirchberg", SEARCH, near=OFFICE_AT, nd=3),
        ch_message(APP, rng, L(f"Card ending {CARD_LAST4} blocked after the advance",
                               f"{TEXT}|{PAY}"), {"contract": L(CONTRACT, UID)}),
    ]

