"""Diaspora remittance-and-gift-basket app "Karotbox" (she sends money and gift baskets from New
York to her mother-in-law in Gyumri): SMS sign-up, a log-in, ``/me``, KYC (her US passport by
photo and number, her SSN, occupation), the recipient, a quote, a transfer for cash pick-up at an
agent and one to a card, its status by reference in the path, a gift basket with a card message
delivered to the recipient's street, the delivery photo's confirmation, her bank for debits,
a referral, rates, a complaint, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, NATIONAL, Acc, add, enc, multipart
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families127_kit import (
    ADDR,
    AGENT,
    BASKET,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MEDIA,
    MIL,
    MIL_STREET,
    NAMEC,
    NATID,
    PAY,
    TEL,
    TEXT,
    TRANSFER_REF,
    UID,
    USAGE,
    obj,
)
from eval_families127_sdk import ab_event, ab_open, bq_bid, cf_session, mc_batch, mc_lines
from eval_families127_svc import co_save, pg_card, pg_charge, tq_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("remit", "Karotbox", "com.example.karotbox", "7.3.2", "https://api.karotbox.example.net")
IID = "X-Karot-Device"
PW = "Gyumri-Love-2025"
PASSPORT_US = "567198342"  # her US passport number (personal.national_id)
CARD_AM = "9051190012345678"  # the recipient's Armenian card (typed by her: financial.payment)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def karotbox() -> list[Case]:
    rng = random.Random(12709)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), kyc="verified"))}
    acc: Acc = {}
    acc2: Acc = {}
    meta = enc({"ip": L(PUBLIC_IP, "location.ip"), "tz": L("America/New_York", DEV),
                "device": L(INSTALL_ID, DID)}, "header", "x-karot-risk", "b64", acc)
    rcpt = obj(rng, "rcp", 8)
    status = case(f, f"{a}/v3/transfers/{TRANSFER_REF}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v3/signup/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "country": L("US", COARSE)}),
        case(f, f"{a}/v3/signup/verify", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("662019", CRED), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        add(case(f, f"{a}/v3/kyc", headers={**_h(rng, **b), "X-Karot-Risk": meta}, body={
            "legalName": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "occupation": "architect", "purpose": "family support"}), acc),
        multipart(f, f"{a}/v3/kyc/document", [
            ("image", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"type": "passport", "country": "USA",
                                                "number": L(PASSPORT_US, NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/recipients", headers=_h(rng, **b), body={
            "firstName": L("Anahit", NAMEC), "lastName": L("Sargsyan", NAMEC),
            "phone": L(MIL[1], TEL), "city": L(MIL[2], COARSE), "country": "AM",
            "relation": "mother-in-law", "street": L(MIL_STREET, ADDR)}),
        case(f, f"{a}/v3/quotes", headers=_h(rng, **b), query={
            "from": "USD", "to": "AMD", "amount": "300", "method": "cash_pickup"}),
        case(f, f"{a}/v3/transfers", headers=_h(rng, **b), body={
            "recipient": rcpt, "sendAmount": L("300.00", BUY), "fee": L("4.99", BUY),
            "receiveAmount": "116400", "currency": "AMD", "payout": "cash_pickup",
            "agent": {"id": AGENT["id"], "name": AGENT["name"], "phone": AGENT["phone"],
                      "address": AGENT["address"], "lat": AGENT["lat"], "lon": AGENT["lon"]},
            "fundingSource": L(obj(rng, "fs", 12), PAY),
            "message": L("For your medicines, mama. We will visit in July", TEXT)}),
        case(f, f"{a}/v3/transfers", headers=_h(rng, **b), body={
            "recipient": rcpt, "sendAmount": L("150.00", BUY), "fee": L("2.99", BUY),
            "payout": "card", "cardNumber": L(CARD_AM, PAY), "idempotencyKey": rid(rng)}),
        at_path(status, TRANSFER_REF, BUY),
        case(f, f"{a}/v3/gifts/baskets", headers=_h(rng, **b), query={
            "city": L(MIL[2], COARSE), "occasion": "new_year"}),
        case(f, f"{a}/v3/gifts/orders", headers=_h(rng, **b), body={
            "sku": BASKET, "qty": 1, "total": L("89.00", BUY),
            "deliverTo": {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL),
                          "street": L(MIL_STREET, ADDR), "city": L(MIL[2], COARSE)},
            "deliveryDate": "2025-12-30",
            "cardMessage": L("Shnorhavor Nor Tari, mama Anahit! Love, Jane, Davit and Ani",
                             f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/gifts/orders/{obj(rng, 'go')}/delivered", headers=_h(rng, **b),
             body={"rating": 5, "comment": L("Mama cried when she saw the apricots", TEXT)}),
        case(f, f"{a}/v3/funding/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v3/referrals", headers=_h(rng, **b), body={
            "friendName": L("Lilit Hovsepian", NAMEC), "friendPhone": L("+15550142630", TEL)}),
        case(f, f"{a}/v3/rates", headers={"User-Agent": L(APP.ua, DEV)},
             query={"pairs": "USD-AMD,USD-EUR"}),
        case(f, f"{a}/v3/support/complaints", headers=_h(rng, **b), body={
            "ref": L(TRANSFER_REF, BUY),
            "text": L("The agent in Gyumri asked my mother-in-law for an extra fee", TEXT)}),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "fcm": L(opaque(rng, "c", 80), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("transfer_sent", 1, amount=L(300, BUY)), ev("basket_ordered", 2),
                ev("screen", 3, screen=L("TransferStatus", USAGE))]}),
        case(f, f"{a}/v3/history", headers=_h(rng, how="nodash"),
             cookies={"kb_sid": L(opaque(rng, "", 40), CRED)}),
        add(case(f, f"{a}/v3/receipts", headers=_h(rng, **b), query={
            "r": enc({"ref": L(TRANSFER_REF, BUY), "sender": L(NAME, NAMEC),
                      "recipient": L(MIL[0], NAMEC)}, "query", "r", "b64", acc2)}), acc2),
        case(f, f"{a}/v3/limits", headers=_h(rng, **b), query={"tier": "2"}),
    ]


def karotbox_sdks() -> list[Case]:
    rng = random.Random(12710)
    return [
        mc_batch(APP, rng, [("Transfer Sent", {"amount": L(300.0, BUY), "corridor": "US-AM"}),
                            ("Basket Ordered", {"total": L(89.0, BUY)})], adid=True),
        mc_lines(APP, rng, [("Quote Viewed", {"corridor": "US-AM"}), ("Rates Opened", {})]),
        ab_open(APP, rng, first=True),
        ab_event(APP, rng, "first_transfer", {"corridor": "US-AM"}, revenue=4.99, hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="remittance,armenia"),
        cf_session(APP, rng, secs=380),
        tq_eval(APP, rng, {"corridor": "US-AM", "kycTier": 2}, hdr=True),
        co_save(APP, rng, {"analytics": True, "ads": False}),
        pg_card(APP, rng, email=True),
        pg_charge(APP, rng, "8900", desc="Gift basket: apricot deluxe"),
    ]

