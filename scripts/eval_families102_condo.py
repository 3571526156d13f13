"""Condominium-lottery housing app "Gojolot" (a city housing scheme's savings-and-draw programme,
registered from the diaspora; not sets 64 and 91's condo-association apps): the application
(three-part name, passport, Ethiopian-calendar birth date, her New York address), a log-in,
``/me``, documents (the passport page, a lease photo, a selfie), the blocked savings account,
monthly deposits, the statement, the draw result by registration number in the path, site
preferences with a ground-floor request, the household, the eligibility declaration, income, the
registration fee, the sites, a site visit, a support ticket, SMS alerts, a proxy for her husband,
push, events and the status by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families102_kit import (
    ADDIS_PHONE,
    BANK,
    PASSPORT,
    REG_NO,
    SAVINGS_ACCT,
    SITES,
    SON,
    SON_DOB,
    SPOUSE,
)
from eval_families102_sdk import au_bid, cp_crumb, cp_report, gb_batch, ot_event, ot_session
from eval_families102_svc import (
    bq_register,
    cm_save,
    gh_eval,
    hf_message,
    tc_confirm,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("gojolot", "Gojolot", "com.example.gojolot", "3.0.8",
          "https://api.gojolot.example.net")
IID = "X-Gojolot-Device"
PW = "Koye-Feche-4060!"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def gojolot() -> list[Case]:
    rng = random.Random(10251)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, reg=L(REG_NO, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    result = at_path(case(f, f"{a}/api/v1/lottery/results/{REG_NO}", headers=_h(rng, **b),
                          query={"round": "14"}), REG_NO, UID)
    return [
        case(f, f"{a}/api/v1/applicants", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "fatherName": L(LAST, NAMEC),
            "grandfatherName": L("Gebru", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "passportNo": L(PASSPORT, NATID),
            "birthDateEc": L("09/09/1983", BIRTH), "sex": L("F", GENDER),
            "maritalStatus": "married", "householdSize": 3, "programme": "40/60",
            "bedrooms": 2, "diaspora": True,
            "abroad": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                       "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                       "country": L("US", COARSE)}}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/applicants/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{NATID}")),
            ("residence", "lease_page1.jpg", "image/jpeg", L(JPEG + b"\xd2", f"{MEDIA}|{ADDR}")),
            ("meta", None, "application/json", {"registration": L(REG_NO, UID),
                                                "passportExpiry": "2031-02-11"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xd3", MEDIA)),
            ("meta", None, "application/json", {
                "liveness": 0.971, "attempt": 1, "deviceRisk": {
                    "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                    "localIp": L(LOCAL_IP, DEV), "rooted": L(False, DEV)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/savings/account", headers=_h(rng, **b), body={
            "bank": BANK["code"], "bankName": BANK["name"], "branch": BANK["branch"],
            "accountNo": L(SAVINGS_ACCT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC),
            "currency": "USD"}),
        case(f, f"{a}/api/v1/savings/deposits", fmt="form", headers=_h(rng, **b), body={
            "account": L(SAVINGS_ACCT, PAY), "amount": L("250.00", BUY), "currency": "USD",
            "month": "2025-12", "reference": opaque(rng, "dep_", 12)}),
        case(f, f"{a}/api/v1/savings/statement", headers=_h(rng, **b),
             query={"year": "2025", "format": "json"}),
        result,
        case(f, f"{a}/api/v1/preferences", headers=_h(rng, **b), body={
            "sites": [s["id"] for s in SITES], "floor": "ground",
            "accessibility": L("Ground floor please, I have swelling in my feet and legs",
                               f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/household", headers=_h(rng, **b), body={
            "spouse": {"name": L(SPOUSE[0], NAMEC), "phone": L(SPOUSE[1], TEL)},
            "children": [{"name": L(SON, NAMEC), "birthDate": L(SON_DOB, BIRTH)}],
            "ownsHomeInCity": False}),
        case(f, f"{a}/api/v1/eligibility/declaration", fmt="form", headers=_h(rng, **b), body={
            "ownsHouse": "0", "previousWinner": "0", "agree": "1",
            "signature": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/income", headers=_h(rng, **b), body={
            "employer": "Harbor Line Consulting", "monthlyUsd": 5200, "since": 2018}),
        case(f, f"{a}/api/v1/fees", fmt="form", headers=_h(rng, **b), body={
            "kind": "registration", "amount": L("100.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/sites", headers=_h(rng, **b), query={"programme": "40/60"}),
        case(f, f"{a}/api/v1/sites/visits", headers=_h(rng, **b), body={
            "site": SITES[0]["id"], "siteLat": SITES[0]["lat"], "siteLon": SITES[0]["lon"],
            "date": "2025-12-20", "contactPhone": L(ADDIS_PHONE, TEL)}),
        case(f, f"{a}/api/v1/support/tickets", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "topic": "deposit_missing",
            "text": L("My November deposit to account ending 0573 is not showing",
                      f"{TEXT}|{PAY}")}),
        case(f, f"{a}/api/v1/notifications/sms", fmt="form", headers=_h(rng, **b), body={
            "to": L(NATIONAL, TEL), "draws": "1", "deposits": "1"}),
        case(f, f"{a}/api/v1/proxy", headers=_h(rng, **b), body={
            "name": L(SPOUSE[0], NAMEC), "phone": L(SPOUSE[1], TEL),
            "idNo": L("3318 5502 7741", NATID), "scope": ["sign_contract", "collect_keys"]}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("deposit_made", 1), ev("results_checked", 2, round=14),
                ev("screen", 3, screen=L("DrawResults", USAGE))]}),
        case(f, f"{a}/api/v1/applicants/me/status", headers=_h(rng, how="upper"),
             cookies={"gl_session": L(opaque(rng, "", 40), CRED)}),
    ]


def gojolot_sdks() -> list[Case]:
    rng = random.Random(10252)
    ny = {"country": L("USA", COARSE), "region": L("NY", COARSE), "zip": L(ZIP, COARSE)}
    return [
        gb_batch(APP, rng, [("Deposit Made", {"amount": L(250.0, BUY)}),
                            ("Results Checked", {"round": 14})], adid=True,
                 tz="America/New_York", locale="en-US"),
        ot_session(APP, rng, user=True, n=17),
        ot_event(APP, rng, "deposit", {"programme": "40/60"}, revenue=250.0, currency="USD",
                 hashed=True),
        au_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, geo=ny, hem=True),
        cp_report(APP, rng, ("retrofit2.HttpException", "HTTP 502"),
                  [cp_crumb("navigation", "Home -> Results"),
                   cp_crumb("request", "GET /api/v1/lottery/results", {"status": 502})],
                  user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                  screen="ResultsActivity", tz="America/New_York"),
        gh_eval(APP, rng, {"programme": "40/60", "diaspora": True}),
        bq_register(APP, rng, tags={"programme": "40/60", "round": "14"},
                    tz="America/New_York", lang="en"),
        cm_save(APP, rng, {"analytics": True, "ads": True}, country="US"),
        tc_confirm(APP, rng, "100.00", "usd"),
        hf_message(APP, rng, L("Can my husband sign the contract for me if I win?", TEXT),
                   {"programme": "40/60"}),
    ]
