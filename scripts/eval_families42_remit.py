"""Cross-border money transfer app "Kinwire": sign-up, an SMS code, a log-in with the device,
``/me``, the KYC profile (SSN, birth date, address, occupation), her passport (a photo and the
number), a KYC selfie with a face template, the recipient (her cousin in Manila: name, number,
bank account), a quote (negatives), the transfer (amount, fee, purpose, a note), its confirmation
by PIN and its status by reference in the path, a compliance follow-up, the device risk check
(Android ID, IP, Wi-Fi, SIM), a bank statement for a higher limit, a rate alert, a referral,
cash pickup, push, events and the history by a cookie GET."""

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
    DIGITS,
    E164,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head
from eval_families42_kit import COUSIN, FX, PASSPORT, TRANSFER, obj
from eval_families42_sdk import (
    aw_event,
    aw_launch,
    fk_crash,
    fk_crumb,
    fk_session,
    tf_batch,
    tf_identify,
)
from eval_families42_svc import cb_save, fm_eval, pc_register, pw_bank, pw_card
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("kinwire", "Kinwire", "com.example.kinwire", "3.15.0", "https://api.kinwire.example.com")
IID = "Kw-Install"
PW = "Mango-Jeepney-31"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kinwire() -> list[Case]:
    rng = random.Random(4261)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), kyc="verified"))}
    b = {"auth": "bearer"}
    rcp = obj(rng, "rcp", 8)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "country": "US", "promo": None}),
        case(f, f"{a}/v2/users/verify-phone", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("662904", CRED)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kyc/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "ssn": L(SSN, NATID), "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                              "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                              "postalCode": L(ZIP, COARSE)},
            "occupation": "Data analyst", "sourceOfFunds": "salary", "citizenship": "US"}),
        multipart(f, f"{a}/v2/kyc/documents", [
            ("image", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("doc", None, "application/json", {"type": "passport",
                                               "number": L(PASSPORT, NATID),
                                               "expiry": "2032-08-30", "issuer": "USA"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{FACE}")),
            ("face", None, "application/json", {
                "template": L(f32b64(vec), FACE), "liveness": 0.991, "match": 0.94,
                "box": [188, 302, 411, 411]})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/recipients", headers=_h(rng, **b), body={
            "id": rcp, "name": L(COUSIN["name"], NAMEC), "phone": L(COUSIN["phone"], TEL),
            "relationship": "cousin", "country": "PH", "payout": {
                "method": "bank", "bank": COUSIN["bank"],
                "account": L(COUSIN["account"], PAY)}}),
        case(f, f"{a}/v2/quotes", headers=_h(rng, **b), query={
            "from": "USD", "to": "PHP", "amount": "300.00", "method": "bank"}),
        case(f, f"{a}/v2/transfers", headers=_h(rng, **b), body={
            "reference": L(TRANSFER, BUY), "quote": obj(rng, "q", 10), "recipient": rcp,
            "sendAmount": L("300.00", BUY), "fee": L(FX["fee"], BUY), "rate": FX["rate"],
            "currency": "USD", "purpose": "FAMILY_SUPPORT",
            "note": L("Merry Christmas Tita, for the Noche Buena", TEXT),
            "funding": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(case(f, f"{a}/v2/transfers/{TRANSFER}/confirm", fmt="form",
                     headers=_h(rng, **b), body={"pin": L("4719", CRED),
                                                 "nonce": opaque(rng, "", 16)}), TRANSFER, BUY),
        at_path(case(f, f"{a}/v2/transfers/{TRANSFER}", headers=_h(rng, **b)), TRANSFER, BUY),
        case(f, f"{a}/v2/transfers/{TRANSFER}/rfi", headers=_h(rng, **b), body={
            "question": "purpose_detail",
            "answer": L("It pays for my aunt's dialysis sessions this month",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/risk/device", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "sim": {"mccmnc": L(MCCMNC, CARRIER), "country": L("us", CARRIER),
                    "operator": L("Example Mobile", CARRIER)},
            "timezone": L("America/New_York", DEV), "rooted": L(False, DEV),
            "emulator": L(False, DEV), "sessionId": obj(rng, "rs", 12)}),
        multipart(f, f"{a}/v2/limits/increase", [
            ("statement", "statement_nov.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("form", None, "application/json", {"requested": "10000", "income": "98000"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rate-alerts", fmt="form", headers=_h(rng, **b), body={
            "pair": "USDPHP", "target": "59.00", "channel": "push"}),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(PEOPLE[1][0], NAMEC), "friendPhone": L(PEOPLE[1][1], TEL),
            "code": "JANE10"}),
        case(f, f"{a}/v2/cash-pickup/locations", headers=_h(rng, **b), query={
            "country": "PH", "city": "Pasig", "near": "14.5764,121.0851"}),
        case(f, f"{a}/v2/recipients/{rcp}/name-check", headers=_h(rng, **b), body={
            "accountName": L(COUSIN["name"], NAMEC), "account": L(COUSIN["account"], PAY)}),
        case(f, f"{a}/v2/push/register", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/telemetry", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("transfer_sent", 1, corridor="US-PH"), ev("kyc_passed", 2),
                ev("screen", 3, screen=L("TransferStatus", USAGE))]}),
        case(f, f"{a}/v2/transfers", headers=_h(rng, how="nodash"),
             cookies={"kw_session": L(opaque(rng, "", 44), CRED)}),
    ]


def kinwire_sdks() -> list[Case]:
    rng = random.Random(4262)
    return [
        tf_batch(APP, rng, [("Transfer Sent", {"amount": L(300.0, BUY), "corridor": "US-PH"}),
                            ("KYC Passed", {"tier": 2})]),
        tf_identify(APP, rng, {"kycTier": 2, "country": L("US", COARSE),
                               "firstName": L(FIRST, NAMEC)}),
        aw_launch(APP, rng, first=True),
        aw_event(APP, rng, "first_transfer", {"corridor": "US-PH"}, revenue=2.99, hashed=True),
        fk_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409 quote expired"),
                 [fk_crumb("navigation", "Quote -> Review"),
                  fk_crumb("http", "POST /v2/transfers", {"status": 409})],
                 screen="ReviewTransferActivity"),
        fk_session(APP, rng, secs=288),
        fm_eval(APP, rng, {"corridor": "US-PH", "kycTier": 2}, hdr=True),
        pc_register(APP, rng, fmt="msgpack", tags={"corridor": "PH"}),
        pw_card(APP, rng, email=True),
        pw_bank(APP, rng),
        cb_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
    ]
