"""Used-phone trade-in app "Trampafon": sign-up, log-in, ``/me``, a model search, a quote for her
old phone (its IMEI, serial and model: look-alikes), a blacklist check by the old IMEI in the
path, the old phone's diagnostics (its Android ID, IMEIs and battery), photos of it, her own
phone's value tile, accepting the offer, an ID check (licence), the shipping label, tracking by
order number in the path, the payout preference, the wipe confirmation, a revised offer, a
price alert, a support message, a referral, a review, push, events and orders by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families90_kit import LICENCE_NY, OLD_IMEI2, OLD_PHONE, QUOTE, TRADE_ORDER, obj
from eval_families90_sdk import (
    kv_crash,
    kv_crumb,
    lc_bid,
    mk_batch,
    mk_offline,
    tg_event,
    tg_open,
)
from eval_families90_svc import ks_payout, pc_message, pk_eval, ps_status
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("trampafon", "Trampafon", "com.example.trampafon", "7.3.0",
          "https://api.trampafon.example.com")
IID = "X-TF-Install"
PW = "Gravel&Pine2290"
OLD_AID = "9c1e44a07b3d2f58"  # the old phone's Android ID (another device: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _old() -> dict[str, Any]:
    return {"imei": OLD_PHONE["imei"], "serial": OLD_PHONE["serial"],
            "model": OLD_PHONE["model"], "storageGb": OLD_PHONE["storage"]}


def trampafon() -> list[Case]:
    rng = random.Random(9051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    qid = obj(rng, "q", 10)
    blk = case(f, f"{a}/v1/imei/{OLD_PHONE['imei']}/status", headers=_h(rng, **b))
    track = case(f, f"{a}/v1/orders/{TRADE_ORDER}/shipment", headers=_h(rng, **b),
                 query={"carrier": "ups"})
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "phone": L(E164, TEL), "marketingOptIn": False}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/catalog/search", headers=_h(rng, **b), query={
            "q": L("galaxy s21 128gb unlocked", SEARCH), "limit": "10"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "quote": qid, "device": _old(), "carrierLock": "unlocked",
            "condition": {"screen": "light scratches", "body": "good", "powersOn": True},
            "offer": QUOTE, "currency": "USD", "zip": L(ZIP, COARSE)}),
        blk,
        case(f, f"{a}/v1/quotes/{qid}/diagnostics", headers=_h(rng, **b), body={
            "tradeDevice": {**_old(), "imei2": OLD_IMEI2, "androidId": OLD_AID,
                            "batteryHealthPct": 81, "screenTest": "pass", "os": "Android 13"},
            "pairedWith": L(INSTALL_ID, DID), "pairCode": "731-228"}),
        multipart(f, f"{a}/v1/quotes/{qid}/photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"imei": OLD_PHONE["imei"], "angle": "flat"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/my-device/value", headers=_h(rng, **b), body={
            "thisDevice": {"model": L("Pixel 8", DEV), "storageGb": L(128, DEV),
                           "os": L("Android 14", DEV)}, "condition": "excellent"}),
        case(f, f"{a}/v1/quotes/{qid}/accept", headers=_h(rng, **b), body={
            "order": L(TRADE_ORDER, BUY), "payout": L(QUOTE, BUY), "currency": "USD",
            "terms": "2025-09"}),
        multipart(f, f"{a}/v1/identity", [
            ("licence", "licence.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(LICENCE_NY, NATID), "state": L(STATE, COARSE),
                "dob": L(DOB, BIRTH), "address": L(LINE1, ADDR), "city": L(CITY, COARSE),
                "zip": L(ZIP, COARSE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders/{TRADE_ORDER}/label", headers=_h(rng, **b), body={
            "from": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(DASHED, TEL)},
            "to": {"name": "Trampafon Returns", "line1": "1200 Harbor Way", "city": "Secaucus",
                   "state": "NJ", "zip": "07094"}, "box": True}),
        at_path(track, TRADE_ORDER, BUY),
        case(f, f"{a}/v1/payout-preferences", fmt="form", headers=_h(rng, **b), body={
            "method": "bank", "accountLast4": L("6789", PAY),
            "notifyEmail": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/v1/orders/{TRADE_ORDER}/wipe", headers=_h(rng, **b), body={
            "factoryReset": True, "findMyDeviceOff": True,
            "removedAccount": L(EMAIL, MAIL), "simRemoved": True,
            "device": OLD_PHONE["imei"]}),
        case(f, f"{a}/v1/orders/{TRADE_ORDER}/revision", fmt="form", headers=_h(rng, **b),
             body={"decision": "accept", "revisedPayout": L("154.00", BUY),
                   "reason": "cracked back glass", "oldOffer": QUOTE}),
        case(f, f"{a}/v1/alerts/price", fmt="form", headers=_h(rng, **b), body={
            "model": "Pixel 7", "targetPrice": "150", "storageGb": "128"}),
        case(f, f"{a}/v1/support/messages", headers=_h(rng, **b), body={
            "order": L(TRADE_ORDER, BUY),
            "text": L("The box arrived torn, can you send a new one to the same address?",
                      TEXT)}),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[1][2], MAIL), "code": "JANE-TF-20"}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "order": L(TRADE_ORDER, BUY), "stars": 4,
            "text": L("Paid two days after the box arrived, revised offer was fair", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("quote_accepted", 1, offer=QUOTE), ev("label_printed", 2),
                ev("screen", 3, screen=L("OrderStatus", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="upper"),
             cookies={"tf_session": L(opaque(rng, "", 42), CRED)}),
    ]


def trampafon_sdks() -> list[Case]:
    rng = random.Random(9052)
    return [
        mk_batch(APP, rng, [("Quote Viewed", {"model": OLD_PHONE["name"], "offer": 182}),
                            ("Offer Accepted", {"payout": L(182.0, BUY)})], adid=True),
        mk_offline(APP, rng, [("Diagnostics Started", {"imei": OLD_PHONE["imei"]}),
                              ("Photo Taken", {"side": "back"})]),
        tg_open(APP, rng, first=True),
        tg_event(APP, rng, "trade_accepted", {"model": OLD_PHONE["model"]}, hashed=True),
        lc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, hem=True, country="USA",
               ipgeo=("NY", "New York")),
        kv_crash(APP, rng, ("java.lang.NumberFormatException", "imei check digit"),
                 [kv_crumb("nav", "Quote -> Imei"),
                  kv_crumb("log", "imei entered", {"imei": OLD_PHONE["imei"]})],
                 screen="ImeiActivity", tz="America/New_York"),
        pk_eval(APP, rng, {"newQuoteFlow": True}, user=False),
        ps_status(APP, rng, {"analytics": True, "ads": True}),
        ks_payout(APP, rng),
        pc_message(APP, rng, L("My payout still says pending after 5 days", TEXT),
                   {"order": L(TRADE_ORDER, BUY)}),
    ]
