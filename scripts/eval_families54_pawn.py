"""Pawn-shop and buy-back app "Hockbird": sign-up by SMS, the ID scan (both sides, the licence
number, her address and birth date) and a selfie match, items for appraisal (photos, serials: a
guitar, her old phone, a watch), an instant quote for this phone (its own IMEI and serial),
a pawn loan and its ticket, a payout to her bank, an extension payment, stores nearby, a
search, alerts, push and analytics."""

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
    DIGITS,
    E164,
    FACE,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families54_kit import LICENCE, OLD_PHONE, SHOP, TICKET, fix, obj
from eval_families54_sdk import bt_bid, bt_win, cq_session, qm_batch, qm_identify, tb_event
from eval_families54_svc import ab_attach, cv_payout, pf_check, pw_register, rm_reverse
from eval_payloads import EMAIL, IMEI, LAT, LON, SERIAL, USER_ID, Case, J, L, case

APP = App("pawn", "Hockbird", "com.example.hockbird", "4.4.0", "https://api.hockbird.example.com")


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid="Hb-Install-Id", how="nodash", auth=auth, **kw)


def hockbird() -> list[Case]:
    rng = random.Random(5451)
    a, f = APP.api, APP.fam
    item_g, item_p = obj(rng, "itm", 10), obj(rng, "itm", 10)
    loan = obj(rng, "loan", 8)
    hla, hlo = fix((LAT, LON), 4)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), kyc="passed"))}
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng, None), body={
            "phone": L(E164, TEL), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/auth/sms/verify", fmt="form", headers=_h(rng, None), body={
            "phone": L(DIGITS, TEL), "code": L("390117", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, None, extra=jw)),
        multipart(f, f"{a}/v2/kyc/id", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("back", "id_back.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{NATID}")),
            ("parsed", None, "application/json", {
                "docType": "DL", "number": L(LICENCE, NATID), "state": L(STATE, COARSE),
                "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
                "dob": L(DOB, BIRTH), "sex": L("F", "personal.gender"),
                "address": {"street": L(LINE1, ADDR), "city": L(CITY, COARSE),
                            "zip": L(ZIP, COARSE)}, "expires": "2030-05-17",
                "barcodeOk": True})], headers=_h(rng)),
        case(f, f"{a}/v2/kyc/selfie", headers=_h(rng), body={
            "session": obj(rng, "kyc", 10), "embedding": L(f32b64(vec), FACE),
            "liveness": 0.973, "match": 0.94, "cameraFacing": "front"}),
        case(f, f"{a}/v2/profile", headers=_h(rng), body={
            "userId": L(USER_ID, UID), "email": L(EMAIL, MAIL),
            "occupation": "designer", "payoutPref": "bank"}),
        multipart(f, f"{a}/v2/items", [
            ("photo1", "guitar.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("item", None, "application/json", {
                "id": item_g, "category": "guitar", "brand": "Fender", "model": "Jazz Bass",
                "serial": "MX21088412", "condition": "good", "accessories": ["case"],
                "askUsd": 650})], headers=_h(rng)),
        case(f, f"{a}/v2/items", headers=_h(rng), body={
            "id": item_p, "category": "phone", "model": OLD_PHONE["model"],
            "imei": OLD_PHONE["imei"], "serial": OLD_PHONE["serial"], "storageGb": 128,
            "icloudOrFrpLocked": False, "screenCracked": True}),
        case(f, f"{a}/v2/quotes/this-device", headers=_h(rng), body={
            "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "model": L("Pixel 8", DEV),
            "storageGb": L(256, DEV), "batteryHealth": L(92, DEV), "frp": False}),
        case(f, f"{a}/v2/items/{item_g}/appraisal", headers=_h(rng), query={
            "store": SHOP["id"], "mode": "pawn"}),
        case(f, f"{a}/v2/loans", headers=_h(rng), body={
            "id": loan, "item": item_g, "store": SHOP["id"], "principal": L("420.00", BUY),
            "aprPercent": 36, "termDays": 30, "ticket": L(TICKET, BUY),
            "acceptTerms": True}),
        case(f, f"{a}/v2/payouts/destination", fmt="form", headers=_h(rng), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(f"{FIRST} {LAST}", NAMEC), "type": "checking"}),
        case(f, f"{a}/v2/buyback/{item_p}/accept", headers=_h(rng), body={
            "offer": obj(rng, "off", 8), "payout": L("95.00", BUY),
            "method": "bank", "shipLabel": True}),
        case(f, f"{a}/v2/loans/{loan}/extend", fmt="form", headers=_h(rng), body={
            "fee": L("38.50", BUY), "method": L(opaque(rng, "cm_", 20), PAY), "days": "30"}),
        case(f, f"{a}/v2/stores/nearby", headers=_h(rng), query={
            "lat": hla, "lon": hlo, "radius": "3000"}),
        at_path(case(f, f"{a}/v2/stores/{SHOP['id']}/slots/{TICKET}", headers=_h(rng),
                     query={"date": "2025-12-11"}), TICKET, BUY),
        case(f, f"{a}/v2/search", headers=_h(rng), query={
            "q": L("vintage omega seamaster", SEARCH), "sort": "price_asc"}),
        case(f, f"{a}/v2/alerts", headers=_h(rng), body={
            "keywords": L(["omega", "rolex datejust"], SEARCH), "maxUsd": 1800,
            "notifyBy": "push"}),
        case(f, f"{a}/v2/messages", headers=_h(rng), body={
            "store": SHOP["id"], "storePhone": SHOP["phone"],
            "text": L("Can I pick up my bass Thursday? Ticket " + TICKET, f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1, category="phone"), ev("loan_started", 2),
                ev("screen", 3, screen=L("LoanDetail", USAGE))]}),
        case(f, f"{a}/v2/loans/{loan}/repay", headers=_h(rng), body={
            "amount": L("470.40", BUY), "method": L(opaque(rng, "cm_", 20), PAY),
            "ticket": L(TICKET, BUY), "pickupStore": SHOP["id"]}),
        case(f, f"{a}/v2/compliance/hold", fmt="form", headers=_h(rng), body={
            "item": item_g, "sellerName": L(f"{FIRST} {LAST}", NAMEC),
            "sellerDob": L(DOB, BIRTH), "idNumber": L(LICENCE, NATID),
            "idState": L(STATE, COARSE), "holdDays": "30", "precinct": "NYPD-10"}),
        case(f, f"{a}/v2/loans", headers=_h(rng, None),
             cookies={"hb_session": L(opaque(rng, "", 40), CRED)}),
    ]


def hockbird_sdks() -> list[Case]:
    rng = random.Random(5452)
    return [
        qm_batch(APP, rng, [("Loan Started", {"principal": L(420, BUY)}),
                            ("ID Verified", {})], adid=True),
        qm_identify(APP, rng, {"phone": L(E164, TEL), "kyc": "passed", "city": L(CITY, COARSE)}),
        tb_event(APP, rng, "loan_funded", {"category": "guitar"}, revenue=420.0, hashed=True),
        bt_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=(LAT, LON), nd=3, yob=1991, gender="F"),
        bt_win(APP, rng),
        cq_session(APP, rng, secs=905),
        pw_register(APP, rng, tags={"loans": 1}, at=(LAT, LON), nd=2),
        pf_check(APP, rng, {"analytics": True, "ads": True}),
        cv_payout(APP, rng, {"routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY)}),
        rm_reverse(APP, rng, (SHOP["lat"], SHOP["lon"]), None, nd=5),
        ab_attach(APP, rng, L(JPEG + b"\x84", MEDIA), "receipt_watch.jpg", "image/jpeg"),
    ]


__all__ = ["PRECISE", "hockbird", "hockbird_sdks"]
