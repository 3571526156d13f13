"""Hawala money-transfer app "Amanatpay": a licensed transmitter's app over a network of hawaladars
(agents who pay out cash in Tigray against a code). She uses it from New York, back for the
holidays, to send money to her mother-in-law in Hawzen and her sister-in-law in Adigrat. Sign-up,
a log-in and MFA, ``/me``, the sender's KYC (passport page, selfie, address, SSN's last four), a
device-risk check, a rate quote, agents in Hawzen, two recipients (one with an agent pick-up and
her kebele ID, one with a mobile-money wallet), two transfers with a pick-up secret, the
transfer by reference in the path, history by a cookie GET, an e-mailed receipt, contact
matching by truncated hashes, a bank account for funding, a support message, a limit increase,
a cancellation, a referral, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token, sha
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families115_kit import (
    ADDR,
    AGENT,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    MAIL,
    MEDIA,
    MOTHER_IL,
    NAMEC,
    NATID,
    NEIGHBOUR,
    PAY,
    PRECISE,
    SENDER_NO,
    SISTER_IL,
    TEL,
    TEXT,
    TRANSFER,
    TRANSFER2,
    UID,
    USAGE,
    WIFI,
    obj,
)
from eval_families115_sdk import cm_batch, cm_pixel, fk_sessions, sq_event, sq_session
from eval_families115_svc import ca_save, cs_message, fm_eval, pm_card, pm_confirm
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("amanat", "Amanatpay", "com.example.amanatpay", "7.1.0",
          "https://api.amanatpay.example.net")
IID = "X-Amanat-Install"
PW = "Hawzen-Roof-2291"
E164 = PHONE.replace(" ", "")
HOME = (LAT, LON)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("auth", "bearer")
    return head(APP, rng, iid=IID, **kw)


def _book(rng: random.Random) -> list[Any]:
    """Address-book numbers, truncated SHA-256 (one ``content.contacts`` label)."""
    nums = [MOTHER_IL[1], SISTER_IL[1], NEIGHBOUR[1], "+12125550184", "+251911402277"]
    return [L(sha("sha256", n)[:16], CONTACTS) for n in nums]


def amanatpay() -> list[Case]:
    rng = random.Random(11511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sender=L(SENDER_NO, UID)))}
    return [
        case(f, f"{a}/v2/auth/signup", headers=_h(rng, auth=None), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "country": L("US", COARSE), "dob": L(DOB, BIRTH),
            "marketing": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "amanat-android", "scope": "transfers"}),
        case(f, f"{a}/v2/auth/mfa", headers=_h(rng), body={
            "code": L("730418", CRED), "deviceId": L(INSTALL_ID, DID), "trust": True}),
        case(f, f"{a}/v2/me", headers=_h(rng, auth=None, extra=jw)),
        multipart(f, f"{a}/v2/kyc/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("data", None, "application/json", {"documentNumber": L(PASSPORT, NATID),
                                                "type": "passport", "issuingCountry": "USA",
                                                "expiry": "2031-04-30"})],
            headers=_h(rng)),
        case(f, f"{a}/v2/kyc/address", headers=_h(rng), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "ssnLast4": L("4325", NATID),
            "occupation": "programme manager", "sourceOfFunds": "salary"}),
        case(f, f"{a}/v2/kyc/device", headers=_h(rng), body={
            "ip": L(PUBLIC_IP, IPLOC), "localIp": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "lat": L(round(LAT, 5), PRECISE),
            "lon": L(round(LON, 5), PRECISE), "rooted": L(False, DEV),
            "emulator": L(False, DEV), "timezone": L("America/New_York", DEV),
            "session": opaque(rng, "rs_", 20)}),
        case(f, f"{a}/v2/rates", headers=_h(rng), query={
            "from": "USD", "to": "ETB", "amount": "300.00", "method": "cash_pickup"}),
        case(f, f"{a}/v2/agents", headers=_h(rng), query={
            "town": L(MOTHER_IL[2], COARSE), "region": L("Tigray", COARSE), "open": "now"}),
        case(f, f"{a}/v2/recipients", headers=_h(rng), body={
            "name": L(MOTHER_IL[0], NAMEC), "phone": L(MOTHER_IL[1], TEL),
            "town": L(MOTHER_IL[2], COARSE), "relationship": "mother-in-law",
            "idNumber": L("HZ-02-077410", NATID), "payout": "agent",
            "agent": AGENT["code"]}),
        case(f, f"{a}/v2/recipients", headers=_h(rng), body={
            "name": L(SISTER_IL[0], NAMEC), "phone": L(SISTER_IL[1], TEL),
            "town": L(SISTER_IL[2], COARSE), "relationship": "sister-in-law",
            "payout": "wallet", "wallet": L(SISTER_IL[1], f"{TEL}|{PAY}")}),
        case(f, f"{a}/v2/transfers", headers=_h(rng), body={
            "recipientId": obj(rng, "rcp", 8), "sendAmount": L("300.00", BUY),
            "sendCurrency": "USD", "receiveAmount": L("38850.00", BUY),
            "receiveCurrency": "ETB", "rate": "129.50", "fee": L("4.99", BUY),
            "purpose": "family_support", "fundingSource": L(opaque(rng, "pm_", 24), PAY),
            "message": L("For the school fees and the new roof before the rains", TEXT),
            "agent": {"code": AGENT["code"], "name": AGENT["name"], "phone": AGENT["phone"],
                      "lat": AGENT["lat"], "lon": AGENT["lon"]}}),
        case(f, f"{a}/v2/transfers/{TRANSFER}/secret", headers=_h(rng), body={
            "secretCode": L("7734", CRED), "question": "Name of the village church?",
            "answer": L("Abune Aregawi", CRED)}),
        case(f, f"{a}/v2/transfers", headers=_h(rng), body={
            "recipientId": obj(rng, "rcp", 8), "sendAmount": L("120.00", BUY),
            "sendCurrency": "USD", "receiveAmount": L("15540.00", BUY), "rate": "129.50",
            "fee": L("2.99", BUY), "purpose": "gift", "fundingSource": "ach_default"}),
        at_path(case(f, f"{a}/v2/transfers/{TRANSFER}", headers=_h(rng, how="upper")),
                TRANSFER, BUY),
        case(f, f"{a}/v2/transfers", headers=_h(rng, auth=None), query={
            "status": "paid", "cursor": opaque(rng, "", 12), "limit": "20"},
            cookies={"am_sess": L(opaque(rng, "", 48), CRED),
                     "am_dev": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/transfers/{TRANSFER2}/receipt", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lang": L("en", DEV), "ref": L(TRANSFER2, BUY)}),
        case(f, f"{a}/v2/contacts/match", headers=_h(rng), body={
            "self": L(sha("sha256", E164)[:16], TEL), "hashes": _book(rng), "algo": "sha256-64"}),
        case(f, f"{a}/v2/funding/bank", fmt="form", headers=_h(rng), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(NAME, NAMEC), "type": "checking"}),
        case(f, f"{a}/v2/support/messages", headers=_h(rng), body={
            "thread": obj(rng, "thr", 8),
            "text": L(f"Transfer {TRANSFER} shows paid but {MOTHER_IL[0]} has not received it",
                      f"{TEXT}|{BUY}|{NAMEC}")}),
        case(f, f"{a}/v2/limits/increase", headers=_h(rng), body={
            "requested": "5000", "period": "month", "incomeBand": "75-100k",
            "reason": L("My husband's family rebuilds their house in Hawzen",
                        f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v2/transfers/{TRANSFER2}/cancel", fmt="form", headers=_h(rng), body={
            "reason": L("Wrong wallet number, Mebrat changed her SIM", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/push", headers=_h(rng, how="nodash"), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng), body={
            "uid": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1, corridor="US-ET"), ev("transfer_sent", 2),
                ev("screen", 3, screen=L("TransferStatus", USAGE))]}),
    ]


def amanatpay_sdks() -> list[Case]:
    rng = random.Random(11512)
    return [
        cm_batch(APP, rng, [("Transfer Sent", {"amount": L("300.00", BUY), "corridor": "US-ET"}),
                            ("Recipient Added", {"payout": "agent"})],
                 roam=False, at=HOME, nd=3, tz="America/New_York", locale="en_US"),
        cm_pixel(APP, rng, "Rate Viewed", {"corridor": "US-ET"}),
        sq_session(APP, rng, first=True, roam=False),
        sq_event(APP, rng, "first_transfer", {"corridor": "US-ET"}, revenue="4.99",
                 currency="USD", hashed=True, roam=False),
        fk_sessions(APP, rng, [212, 540, 96]),
        fm_eval(APP, rng, {"corridor": "US-ET", "kycLevel": 2}, query=True),
        ca_save(APP, rng, {"analytics": True, "marketing": False}, country="US",
                region="NY"),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "304.99"),
        cs_message(APP, rng, L(f"Can the agent in {MOTHER_IL[2]} pay out before Saturday?",
                               f"{TEXT}|{COARSE}"), {"transfer": L(TRANSFER, BUY)}),
    ]

