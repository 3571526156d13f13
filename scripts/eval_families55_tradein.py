"""Second-hand phone trade-in app "Swapcell" (she sells her old Pixel 6 and checks what the
Pixel 8 in her hand is worth): sign-up, a log-in, ``/me``, the handset's self-diagnosis
(msgpack: its own IMEI, serial and MAC), a quote for the old phone (its IMEI typed), a
blacklist check by that IMEI in the path, condition photos, the quote accepted, the seller's ID
check (licence number, an ID scan), a prepaid label to her address, the payout by e-mail, the
order's status by number in the path, a refurbished phone bought, the factory-reset check, a
search, a price alert, a support chat, push, events and offers by a cookie GET."""

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
    EMAIL_UPPER,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head
from eval_families55_kit import OLD_PHONE, TRACKING, TRADE, obj
from eval_families55_sdk import aq_bid, cw_batch, cw_queue, lm_event, lm_open, sv_crash, sv_crumb
from eval_families55_svc import br_register, cm_bank, pw_geocode, sb_eval, tb_attach
from eval_payloads import EMAIL, IMEI, INSTALL_ID, MAC, SERIAL, USER_ID, Case, J, L, case

APP = App("swapcell", "Swapcell", "com.example.swapcell", "9.4.0",
          "https://api.swapcell.example.com")
IID = "X-Swapcell-Install"
PW = "Refurb&Resell52"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def swapcell() -> list[Case]:
    rng = random.Random(5561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), seller=L("SLR-90417", UID)))}
    status = at_path(case(f, f"{a}/v2/tradeins/{TRADE}", headers=_h(rng, **b)), TRADE, BUY)
    imei_chk = case(f, f"{a}/v2/imei/{OLD_PHONE['imei']}/status", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/diagnostics", fmt="msgpack", headers=_h(rng, **b), body={
            "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "wifiMac": L(MAC, HW),
            "model": L("Pixel 8", DEV), "os": L("14", DEV), "storageGb": L(128, DEV),
            "batteryHealth": L(94, DEV), "screen": {"deadPixels": 0, "touchGrid": "pass"},
            "micDb": 61.2, "cameras": "pass", "frpLocked": False}),
        case(f, f"{a}/v2/quotes", headers=_h(rng, **b), body={
            "model": OLD_PHONE["model"], "imei": OLD_PHONE["imei"],
            "storage": OLD_PHONE["storage"], "color": OLD_PHONE["color"],
            "condition": "good", "crackedBack": False, "quoteId": obj(rng, "q", 8),
            "offerUsd": 142.0}),
        imei_chk,
        multipart(f, f"{a}/v2/quotes/photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("back", "back.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"imei": OLD_PHONE["imei"],
                                                "serial": OLD_PHONE["serial"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tradeins", headers=_h(rng, **b), body={
            "order": L(TRADE, BUY), "payout": L("142.00", BUY), "device": {
                "model": OLD_PHONE["model"], "imei": OLD_PHONE["imei"],
                "serial": OLD_PHONE["serial"]}, "seller": L("SLR-90417", UID)}),
        case(f, f"{a}/v2/sellers/verify", headers=_h(rng, **b), body={
            "legalName": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH),
            "idType": "drivers_license", "idNumber": L(LICENCE, NATID),
            "idState": L(STATE, COARSE), "idExpiry": "2029-05-17"}),
        multipart(f, f"{a}/v2/sellers/verify/scan", [
            ("id_front", "id.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"side": "front", "glare": 0.04})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tradeins/{TRADE}/label", headers=_h(rng, **b), body={
            "from": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(STREET, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(E164, TEL)}, "carrier": "ups", "tracking": TRACKING}),
        case(f, f"{a}/v2/payouts/method", fmt="form", headers=_h(rng, **b), body={
            "type": "wallet", "wallet_email": L(EMAIL, MAIL), "order": L(TRADE, BUY)}),
        status,
        case(f, f"{a}/v2/shop/orders", headers=_h(rng, **b), body={
            "order": L("SWS-5520174", BUY), "sku": "PX7-128-OBS-A", "total": L("329.00", BUY),
            "tradeCredit": L("142.00", BUY), "card": {"brand": "visa", "last4": L("4242", PAY)},
            "shipTo": {"line1": L(STREET, ADDR), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/frp/confirm", fmt="form", headers=_h(rng, **b), body={
            "imei": OLD_PHONE["imei"], "googleAccountRemoved": "true",
            "accountEmail": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("pixel 7 unlocked grade a", SEARCH), "sort": "price"}),
        case(f, f"{a}/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "model": "Pixel 8", "below": "400", "notify": L(E164, TEL)}),
        case(f, f"{a}/v2/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "text": L(
                f"My old phone {OLD_PHONE['imei']} shows as locked but I removed my account",
                TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_accepted", 1, offer=L(142.0, BUY)), ev("label_printed", 2),
                ev("screen", 3, screen=L("TradeIn", USAGE))]}),
        case(f, f"{a}/v2/offers", headers=_h(rng, how="none"),
             cookies={"sc_sid": L(opaque(rng, "", 40), CRED), "sc_dev": L(INSTALL_ID, DID)}),
    ]


def swapcell_sdks() -> list[Case]:
    rng = random.Random(5562)
    return [
        cw_batch(APP, rng, [("Quote Accepted", {"model": OLD_PHONE["model"],
                                                "offer": L(142.0, BUY)}),
                            ("Diagnostics Run", {"result": "pass"})], adid=True),
        cw_queue(APP, rng, [("Label Viewed", {}), ("Order Tracked", {"carrier": "ups"})]),
        lm_open(APP, rng, first=True),
        lm_event(APP, rng, "trade_in", {"order": L(TRADE, BUY)}, revenue=142.0, hashed=True),
        aq_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}, yob=1991),
        sv_crash(APP, rng, ("java.lang.SecurityException", "READ_PRIVILEGED_PHONE_STATE"),
                 [sv_crumb("nav", "Sell -> Diagnostics"),
                  sv_crumb("log", "imei read", {"imei": L(IMEI, HW)})],
                 screen="DiagnosticsActivity"),
        sb_eval(APP, rng, {"sellerVerified": True}),
        br_register(APP, rng, tags={"selling": "pixel6"}),
        cm_bank(APP, rng),
        pw_geocode(APP, rng, f"ups store {ZIP}", COARSE),
        tb_attach(APP, rng, L(JPEG + b"\x84", MEDIA), "locked.jpg", "image/jpeg"),
    ]
