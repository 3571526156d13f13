"""Kids' allowance debit-card app "Pocketpine" (the user is the parent; her daughter Noa, 11,
holds the card): sign-up with the card programme's identity check (SSN, address), a log-in and
an MFA code, ``/me``, the licence scan, device signals, the child's profile, the card ordered
and activated with the child's PIN, a funding account, a load, the allowance, chores, a transfer
with a memo, the child's transactions by her ID in the path, spending controls, a lock, a
savings goal, a dispute at a merchant, a referral, a subscription, push, events and the family
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
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
)
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import SSN, claims, head
from eval_families69_kit import (
    CARD_ID,
    KID,
    KID_ID,
    KID_LAST4,
    KID_PHONE,
    KID_PIN,
    MERCHANTS,
    obj,
)
from eval_families69_sdk import (
    cv_crash,
    cv_crumb,
    rr_event,
    rr_launch,
    rr_link,
    sl_batch,
    sl_identify,
)
from eval_families69_svc import cb_message, cw_save, nh_register, pf_bank
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("pocketpine", "Pocketpine", "com.example.pocketpine", "3.4.0",
          "https://api.pocketpine.example.com")
IID = "X-PP-Device"
PW = "Acorn$Ledger61"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def pocketpine() -> list[Case]:
    rng = random.Random(6941)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    role="parent"))}
    b = {"auth": "bearer"}
    kid_path = f"{a}/kids/{KID_ID}"
    return [
        case(f, f"{a}/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "dateOfBirth": L(DOB, BIRTH), "ssn": L(SSN, NATID), "address": _addr()}),
        case(f, f"{a}/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/sessions/mfa", fmt="form", headers=_h(rng), body={
            "code": L("660418", CRED), "trustDevice": "1", "challenge": opaque(rng, "ch_", 16)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/identity/documents", [
            ("front", "license.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "type": "drivers_license", "number": L(LICENCE, NATID),
                "state": L(STATE, COARSE), "expires": "2030-05-17"})], headers=_h(rng, **b)),
        case(f, f"{a}/identity/signals", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "localIp": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "carrier": L("Example Mobile", CARRIER), "mccMnc": L(MCCMNC, CARRIER),
            "androidId": L(ANDROID_ID, DID), "adId": L(GAID, ADID), "rooted": L(False, DEV),
            "sessionId": opaque(rng, "rs_", 20)}),
        case(f, f"{a}/kids", headers=_h(rng, **b), body={
            "firstName": L(KID[0], NAMEC), "lastName": L(KID[1], NAMEC),
            "birthDate": L(KID[2], BIRTH), "phone": L(KID_PHONE, TEL), "avatar": "fox"}),
        at_path(case(f, f"{kid_path}/card", headers=_h(rng, **b), body={
            "nameOnCard": L("NOA DOE", NAMEC), "design": "pine-green",
            "shipTo": _addr()}), KID_ID, UID),
        case(f, f"{a}/cards/{CARD_ID}/activate", fmt="form", headers=_h(rng, **b), body={
            "last4": L(KID_LAST4, PAY), "expiry": L("08/29", PAY), "pin": L(KID_PIN, CRED),
            "pinConfirm": L(KID_PIN, CRED)}),
        case(f, f"{a}/funding", headers=_h(rng, **b), body={
            "processorToken": L(opaque(rng, "pfbtok_", 24), CRED), "institution": "ins_3301",
            "institutionName": "Eastbridge Savings", "mask": L("6789", PAY),
            "accountType": "checking"}),
        case(f, f"{a}/transfers/load", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "currency": "USD", "source": obj(rng, "fs", 8),
            "idempotencyKey": opaque(rng, "", 32)}),
        at_path(case(f, f"{kid_path}/allowance", headers=_h(rng, **b), body={
            "amount": L("10.00", BUY), "every": "week", "day": "sunday", "savePct": 20}),
            KID_ID, UID),
        at_path(case(f, f"{kid_path}/chores", headers=_h(rng, **b), body={"chores": [
            {"title": L("Walk Pepper after school", TEXT), "reward": "2.00", "days": "mon,wed"},
            {"title": L("Empty the dishwasher", TEXT), "reward": "1.00", "days": "daily"}]}),
            KID_ID, UID),
        case(f, f"{a}/transfers/kid", headers=_h(rng, **b), body={
            "to": L(KID_ID, UID), "amount": L("15.00", BUY),
            "memo": L("For the school trip to the aquarium", TEXT)}),
        at_path(case(f, f"{kid_path}/transactions", headers=_h(rng, **b),
                     query={"limit": "50", "cursor": opaque(rng, "c_", 12)}), KID_ID, UID),
        case(f, f"{a}/cards/{CARD_ID}/controls", headers=_h(rng, **b), body={
            "blockedCategories": ["gambling", "alcohol", "tobacco"], "dailyLimit": "20.00",
            "online": False, "atm": False}),
        case(f, f"{a}/cards/{CARD_ID}/lock", fmt="form", headers=_h(rng, **b), body={
            "locked": "1", "reason": "misplaced"}),
        at_path(case(f, f"{kid_path}/goals", headers=_h(rng, **b), body={
            "title": L("New bike for my birthday", TEXT), "target": "180.00",
            "emoji": "bike"}), KID_ID, UID),
        case(f, f"{a}/disputes", headers=_h(rng, **b), body={
            "txn": obj(rng, "txn", 12), "merchant": MERCHANTS[0], "amount": L("6.50", BUY),
            "text": L("She was charged twice for one ice cream", TEXT)}),
        case(f, f"{a}/referrals", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL)}),
        case(f, f"{a}/subscriptions", headers=_h(rng, **b), body={
            "plan": L("pocketpine_family_monthly", BUY), "price": L("4.99", BUY),
            "trial": False}),
        case(f, f"{a}/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("allowance_set", 1), ev("card_activated", 2),
                ev("screen", 3, screen=L("KidActivity", USAGE))]}),
        case(f, f"{a}/family", headers=_h(rng, how="upper"),
             cookies={"pp_session": L(opaque(rng, "", 44), CRED), "pp_kid": L(KID_ID, UID)}),
    ]


def pocketpine_sdks() -> list[Case]:
    rng = random.Random(6942)
    link = U("https://pocketpine.example.com/verify", {
        "email": L(EMAIL, MAIL), "t": L(opaque(rng, "ml_", 32), CRED), "src": "email"})
    return [
        sl_batch(APP, rng, [("Allowance Set", {"amount": L(10.0, BUY), "interval": "week"}),
                            ("Card Ordered", {"design": "pine-green"})]),
        sl_identify(APP, rng, {"kids": 1, "plan": "family", "state": L("NY", COARSE),
                               "email": L(EMAIL, MAIL)}),
        rr_launch(APP, rng, first=True),
        rr_event(APP, rng, "card_activated", {"kids": 1}, hashed=True),
        rr_link(APP, rng, link),
        cv_crash(APP, rng, ("retrofit2.HttpException", "HTTP 409"),
                 [cv_crumb("navigation", "Kid -> Allowance"),
                  cv_crumb("http", "POST /v1/kids/{id}/allowance", {"status": 409})],
                 screen="AllowanceActivity"),
        nh_register(APP, rng, tags={"role": "parent", "kids": "1"}),
        cw_save(APP, rng, {"analytics": True, "marketing": True}, user=True),
        pf_bank(APP, rng),
        cb_message(APP, rng, L("Noa's card ending 6621 was declined at the bookshop",
                               f"{TEXT}|{NAMEC}|{PAY}"), {"kids": 1}),
    ]
