"""Stock-trading app "Tickerly": sign-up, log-in with an MFA code in a header, KYC (identity and
SSN, employment and suitability, a trusted contact, a driver's licence scan), bank linking and
an ACH deposit, market, limit and tax-lot sell orders, a transfer of positions from another
broker, a watchlist, searches, a price alert, a recurring buy, a W-9 signed in the app (a PNG
signature), monthly statements, an invitation and the portfolio."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_MD5,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import SSN, claims, head, rid
from eval_families25_kit import PNG
from eval_families26_kit import EMPLOYER
from eval_families29_kit import BANK_MASK, BROKER_ACCT, BROKER_MAIL, OTHER_BROKER_ACCT, obj
from eval_families29_sdk import (
    ab_event,
    ab_launch,
    gp_crash,
    gp_crumb,
    tf_batch,
    tf_identify,
)
from eval_families29_svc import cd_message, ow_save, pbk_bank, rp_channel, rp_register, sb_eval
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("tickerly", "Tickerly", "com.example.tickerly", "9.2.0",
          "https://api.tickerly.example.com")
IID = "X-Tickerly-Device"
PW = "Bull&Bear#2025"
A_URL = f"https://api.tickerly.example.com/v2/accounts/{BROKER_ACCT}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def _acct(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on her brokerage account (its number in the URL path: ``financial.payment``)."""
    c = case(APP.fam, f"{A_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)
    return at_path(c, BROKER_ACCT, PAY)


def _signals(rng: random.Random) -> Case:
    """The app's fraud signals at log-in as schema-less protobuf: the install and Android IDs,
    rooted, the LAN address, the SIM (``5.1``-``5.3``), the Wi-Fi network, the time zone, a
    nonce (a negative) and the user ID."""
    lab: dict[str, str] = {}
    data = pb([(1, L(INSTALL_ID, DID)), (2, L(ANDROID_ID, DID)), (3, L(False, DEV)),
               (4, L(LOCAL_IP, DEV)),
               (5, [(1, L("310", CARRIER)), (2, L("260", CARRIER)),
                    (3, L("Example Mobile", CARRIER))]),
               (6, L(SSID, WIFI)), (7, L("America/New_York", DEV)), (8, opaque(rng, "", 24)),
               (9, L(USER_ID, UID))], "", lab)
    return raw(APP.fam, f"{APP.api}/v2/risk/signals", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def tickerly() -> list[Case]:
    rng = random.Random(2961)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kyc="approved"))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "country": L("US", COARSE), "referral_code": "TKR-8QX2", "accept_terms": True}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/session/mfa", headers=_h(rng, extra={"X-Tickerly-OTP": L("615022", CRED)}),
             body={"mfa_token": L(opaque(rng, "mfa_", 32), CRED), "remember": True}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        _signals(rng),
        case(f, f"{a}/v2/kyc/identity", headers=_h(rng, **b), body={
            "legal_first_name": L(FIRST, NAMEC), "legal_last_name": L(LAST, NAMEC),
            "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID), "phone": L(E164, TEL),
            "address": _addr(), "citizenship": "US", "tax_residency": "US"}),
        case(f, f"{a}/v2/kyc/profile", headers=_h(rng, **b), body={
            "employment_status": "employed", "occupation": "architect",
            "employer": {"name": EMPLOYER["name"], "street": EMPLOYER["street"],
                         "city": EMPLOYER["city"], "zip": EMPLOYER["zip"]},
            "annual_income": "100k_200k", "liquid_net_worth": "50k_100k",
            "experience": {"stocks": "1_5y", "options": "none"}, "objective": "growth",
            "risk_tolerance": "medium", "affiliated_with_exchange": False,
            "control_person": False,
            "trusted_contact": {"name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL),
                                "phone": L(PEOPLE[2][1], TEL)}}),
        multipart(f, f"{a}/v2/kyc/documents", [
            ("front", "licence_front.jpg", "image/jpeg",
             L(JPEG + b"\x01", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "type": "drivers_license", "number": L(LICENCE, NATID),
                "state": L("NY", COARSE), "expires": "2031-05-17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/banks/link", headers=_h(rng, **b), body={
            "public_token": L(opaque(rng, "public-production-", 36), CRED),
            "institution": "Example Credit Union", "account_name": "Checking",
            "mask": L(BANK_MASK, PAY), "account_type": "depository"}),
        case(f, f"{a}/v2/transfers/ach", headers=_h(rng, **b), body={
            "bank_account": L("ba_" + opaque(rng, "", 20), PAY), "direction": "deposit",
            "amount": L("1000.00", BUY), "idempotency_key": rid(rng)}),
        _acct(rng, "/orders", {
            "symbol": "KTNA", "side": "buy", "type": "market", "notional": L("500.00", BUY),
            "time_in_force": "day", "client_order_id": rid(rng)}),
        _acct(rng, "/orders", {
            "symbol": "ORBX", "side": "buy", "type": "limit", "qty": L("12", BUY),
            "limit_price": L("41.25", BUY), "time_in_force": "gtc",
            "client_order_id": rid(rng)}, fmt="form"),
        _acct(rng, "/orders", {
            "symbol": "HRBR", "side": "sell", "type": "market", "qty": L("8", BUY),
            "lots": [{"lot_id": obj(rng, "lot", 8), "qty": L("5", BUY),
                      "cost_basis": L("212.40", BUY)},
                     {"lot_id": obj(rng, "lot", 8), "qty": L("3", BUY),
                      "cost_basis": L("131.85", BUY)}], "client_order_id": rid(rng)}),
        _acct(rng, "/transfers/acats", {
            "contra_broker": "Riverside Securities", "contra_account": L(OTHER_BROKER_ACCT, PAY),
            "account_title": L(f"{FIRST} {LAST}", NAMEC), "transfer_type": "partial",
            "positions": [{"symbol": "QLTX", "qty": L("40", BUY)},
                          {"symbol": "KTNA", "qty": L("15.5", BUY)}]}),
        case(f, f"{a}/v2/watchlists", headers=_h(rng, **b), body={
            "name": L("Dividend ideas", TEXT), "symbols": ["QLTX", "HRBR", "PLMD", "SNWY"]}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b),
             query={"q": L("solar etf", SEARCH), "limit": "10"}),
        _acct(rng, "/recurring", {
            "symbol": "QLTX", "amount": L("150.00", BUY), "frequency": "biweekly",
            "start": "2025-12-19", "funding": "bank"}),
        multipart(f, f"{a}/v2/tax/forms", [
            ("signature", "signature.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {
                "form": "W-9", "name": L(f"{FIRST} {LAST}", NAMEC), "tin_type": "ssn",
                "tin": L(SSN.replace("-", ""), NATID), "address": _addr(),
                "exempt_payee_code": "", "backup_withholding": False,
                "signed_at": "2025-12-09T23:20:41Z", "signer_ip": L(PUBLIC_IP, IPLOC)})],
            headers=_h(rng, **b)),
        _acct(rng, "/statements", query={"month": "2025-11", "format": "pdf"}),
        case(f, f"{a}/v2/invites", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "reply_to": BROKER_MAIL}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "biometric_unlock": True, "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "portfolio_value": L(18250.42, BUY), "events": [
                ev("order_placed", 1, value=L(500.0, BUY)), ev("watchlist_created", 2),
                ev("screen_view", 3, screen=L("Portfolio", USAGE))]}),
        at_path(case(f, f"{A_URL}/positions", headers=_h(rng, how="none"),
                     cookies={"tk_sess": L(opaque(rng, "", 64), CRED),
                              "tk_dev": L(INSTALL_ID, DID)}), BROKER_ACCT, PAY),
    ]
    return cases


def tickerly_sdks() -> list[Case]:
    rng = random.Random(2962)
    return [
        tf_batch(APP, rng, [("Order Placed", {"type": "market", "notional": L(500.0, BUY)}),
                            ("Bank Linked", {"institution": "Example Credit Union"})]),
        tf_identify(APP, rng, {"kyc_status": "approved", "state": L(STATE, COARSE),
                               "funded": True, "email_md5": L(EMAIL_MD5, MAIL)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "first_deposit", {"amount": L(1000.0, BUY)}, hashed=True),
        gp_crash(APP, rng, ("java.lang.IllegalArgumentException", "qty must be positive"),
                 [gp_crumb("navigation", "Portfolio -> Trade"),
                  gp_crumb("http", "POST", {"url": f"{A_URL}/orders", "status_code": 422})],
                 screen="TradeTicketActivity"),
        sb_eval(APP, rng, {"optionsLevel": 0}, user=False, hdr=True),
        rp_register(APP, rng, tags={"state": L(STATE, COARSE), "funded": 1}),
        rp_channel(APP, rng, "sms", L(E164, TEL)),
        ow_save(APP, rng, {"analytics": True, "advertising": False}, user=True),
        pbk_bank(APP, rng),
        cd_message(APP, rng, L(f"My transfer from Riverside account {OTHER_BROKER_ACCT} is "
                               "stuck since Friday", f"{TEXT}|{PAY}"),
                   {"account": L(BROKER_ACCT, PAY), "kyc": "approved"}),
    ]
