"""A virtual dollar card app "Kadokuk" (``kad`` card, loan, ``okuk`` money: a fictional Uyo fintech
that sells naira-funded virtual US-dollar cards for paying foreign subscriptions and shops
online; she pays her US phone plan, cloud storage and a streaming service with it). Its API's
keys are Ibibio in ASCII with the English words fintech APIs keep (``email``, ``token``,
``pin``, ``bvn``, ``nin``, ``id``, ``currency``, ``card_id``): ``enying`` first name,
``enying_ekpuk`` surname, ``nomba_fon`` phone, ``iko_mbubik`` password, ``usen_mana`` birth
date, ``pasport`` passport number (loan), ``ufok`` house (street line), ``obio`` town,
``akaunt`` bank account (loan), ``okuk`` amount, ``dola`` dollars (loan), ``ndino`` to send
(lit. "to give"), ``ndisio`` to withdraw (lit. "to take out"), ``mfina`` dispute (lit.
"trouble"), ``ndep`` purchases (lit. "buying"), ``offiong`` month, ``iko`` words, ``etop``
message, ``owo`` user / recipient, ``ndise`` photo, ``ami`` me. Calls: sign-up, a log-in,
``/ami``, KYC (her NIN, BVN and passport, a selfie, base64 JSON in a form), the transaction PIN,
the device binding (protobuf risk signals), funding from her naira account, a card created, its
details revealed with the PIN, a card frozen, transactions, a dispute, a withdrawal back to
naira, naira sent to her husband, the statement by account number in the path, notification acks
(JSON Lines), rates by cookie, a support message, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    BVN,
    CARD_VIRT,
    HUSBAND,
    KAD_USER,
    NG_ACCOUNT,
    NIN,
    PASSPORT,
    UY_HOME,
    hd,
    obj,
    push,
)
from eval_families301_sdk import af_session, ik_event, ik_launch, nd_batch, nd_pixel, nd_queue
from eval_families301_svc import cs_save, fe_eval, hu_attach, hu_message, pe_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, W, case

APP = App("kadokuk", "Kadokuk", "com.example.kadokuk", "3.8.0", "https://api.kadokuk.example.net")
IID = "X-Kadokuk-Device"
PW = "Dola$Uyo2025"
PIN = "4817"
NID = "personal.national_id"
CARD_ID = "vc_8Hk2mQ0xTe41"  # the virtual card's ID (a payment-method ID: financial.payment)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kadokuk() -> list[Case]:
    rng = random.Random(30111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), akaunt=L(KAD_USER, UID),
                                    kyc="tier3"))}
    lab: dict[str, str] = {}
    risk = pb([(1, L(ANDROID_ID, DID)), (2, L(KAD_USER, UID)), (3, L(False, DEV)),
               (4, L(LOCAL_IP, DEV)), (5, L("Example Mobile", CARRIER)), (6, 1765302000),
               (7, "3.8.0")], "", lab)
    stmt = at_path(case(f, f"{a}/v2/statements/{KAD_USER}/2025-11", headers=_h(rng, **b),
                        query={"format": "pdf"}), KAD_USER, UID)
    return [
        case(f, f"{a}/v2/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED),
            "usen_mana": L(DOB, BIRTH), "obio": L(UY_HOME["town"], COARSE),
            "referral": "AKPAN5521"}),
        case(f, f"{a}/v2/ndiduk", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "iko_mbubik": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kyc", headers=_h(rng, **b), body={
            "nin": L(NIN, NID), "pasport": L(PASSPORT, NID), "pasport_country": "US",
            "ufok": L(UY_HOME["line"], ADDR), "obio": L(UY_HOME["town"], COARSE),
            "steti": L(UY_HOME["state"], COARSE)}),
        case(f, f"{a}/v2/kyc/bvn", fmt="form", headers=_h(rng, **b), body={
            "payload": W({"bvn": L(BVN, NID), "usen_mana": L(DOB, BIRTH),
                          "nomba_fon": L(E164, TEL)}, "b64json"), "v": "2"}),
        multipart(f, f"{a}/v2/kyc/selfie", [
            ("ndise", "selfie.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"attempt": 1, "blink": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PIN, CRED), "pin_confirm": L(PIN, CRED)}),
        raw(f, f"{a}/v2/device/bind", risk, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/fund", headers=_h(rng, **b), body={
            "akaunt": L(NG_ACCOUNT, PAY), "bank": "058", "okuk": L(250000, BUY),
            "currency": "NGN", "reference": rid(rng)}),
        case(f, f"{a}/v2/kad", headers=_h(rng, **b), body={
            "label": "Subscriptions", "currency": "USD", "dola": L(150, BUY),
            "enying_kad": L(f"{FIRST} {LAST}", NAMEC), "brand": "visa"}),
        at_path(case(f, f"{a}/v2/kad/{CARD_ID}/reveal", headers=_h(rng, **b, extra={
            "X-Kad-Pin": L(PIN, CRED)})), CARD_ID, PAY),
        at_path(case(f, f"{a}/v2/kad/{CARD_ID}/freeze", fmt="form", headers=_h(rng, **b), body={
            "card_id": L(CARD_ID, PAY), "freeze": "true",
            "iko": L("Lost my phone in the keke for an hour", TEXT)}), CARD_ID, PAY),
        case(f, f"{a}/v2/ndep", headers=_h(rng, **b), query={
            "card_id": L(CARD_ID, PAY), "offiong": "2025-11", "page": "1"}),
        case(f, f"{a}/v2/mfina", headers=_h(rng, **b), body={
            "card_id": L(CARD_ID, PAY), "txn": obj(rng, "tx"), "merchant": "Example Streaming",
            "dola": L(15.99, BUY),
            "iko": L("I cancelled this plan in October and was charged again", TEXT)}),
        case(f, f"{a}/v2/ndisio", headers=_h(rng, **b), body={
            "card_id": L(CARD_ID, PAY), "dola": L(40, BUY), "akaunt": L(NG_ACCOUNT, PAY),
            "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/ndino", headers=_h(rng, **b), body={
            "owo": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)},
            "okuk": L(30000, BUY), "currency": "NGN",
            "iko": L("For the generator diesel", TEXT), "pin": L(PIN, CRED)}),
        stmt,
        lines(f, f"{a}/v2/notifications/ack", [
            {"n": obj(rng, "nt"), "owo": L(KAD_USER, UID), "seen": 1765303000},
            {"n": obj(rng, "nt"), "owo": L(KAD_USER, UID), "seen": 1765303044}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rates", headers=_h(rng, how="none"), cookies={
            "kd_sess": L(opaque(rng, "", 40), CRED), "kd_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/etop", headers=_h(rng, **b), body={
            "topic": "funding",
            "etop": L("My transfer from my naira account took two hours to show", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("card_created", 1, dola=L(150, BUY)),
                ev("screen", 2, screen=L("CardDetails", USAGE))]}),
    ]


def kadokuk_sdks() -> list[Case]:
    rng = random.Random(30112)
    return [
        nd_batch(APP, rng, [("Card Funded", {"amount": L(150, BUY)}),
                            ("Card Revealed", {})], adid=True),
        nd_queue(APP, rng, [("Rate Viewed", {"pair": "NGNUSD"}),
                            ("Withdrawal", {"amount": L(40, BUY)})]),
        nd_pixel(APP, rng, "Landing Viewed", {"src": "ads"}),
        ik_launch(APP, rng, first=True, user=True),
        ik_event(APP, rng, "card_funded", {"card": "virtual"}, revenue=150.0,
                 currency="USD", hashed=True),
        af_session(APP, rng, secs=305),
        fe_eval(APP, rng, {"kyc": "tier3", "country": L("NG", COARSE)}, hdr=True),
        pe_register(APP, rng, tags={"tier": "3", "currency": "USD"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        hu_message(APP, rng, L("The dollar card was declined by my US phone company", TEXT),
                   {"card_id": L(CARD_ID, PAY), "last4": L(CARD_VIRT[0][-4:], PAY),
                    "akaunt": L(KAD_USER, UID)}),
        hu_attach(APP, rng, L(JPEG + b"\x22", MEDIA), "declined.jpg", "image/jpeg"),
    ]
