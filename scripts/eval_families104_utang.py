"""Sari-sari store credit ledger "Sukilista" (snake_case API, Cebuano notes). Not set 78's
trader's credit book: the customer's side of a store's ``utang`` (credit) list; she is a ``suki``
(regular) at the store downstairs and confirms what the owner writes down. Registration with the
store's join code, an SMS code, ``/me`` with a JWT, stores near her, the store's page, a credit
entry confirmed with her PIN, an entry disputed, a pre-order for pick-up (``pasabay``), a payment
by e-wallet and its receipt, prepaid load for her number, her husband allowed to charge, limits
and payday reminders, the month's ledger by a cookie GET, an export, a product search, a rating,
a QR payment at the counter, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families104_kit import (
    BANA,
    HOME,
    HOME_AT,
    PH_LOCAL,
    PH_MOBILE,
    STORE,
    STORE_CODE,
    TZ,
    UTANG_REF,
    mine,
)
from eval_families104_sdk import bb_bid, bs_logs, cn_identify, cn_track, iq_event, iq_install
from eval_families104_svc import ck_message, mn_events, pm_save, pr_wallet
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("sukilista", "Sukilista", "com.example.sukilista", "3.2.7",
          "https://api.sukilista.example.com")
IID = "X-Suki-Device"
SUKI_NO = "SK-0718-0091"  # her customer number on the store's list (id.user)
PIN = "4821"
AT_STORE = (10.331791, 123.898412)  # her phone at the counter


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-PH,ceb;q=0.9", DEV)
    return h


def _items() -> list[dict[str, Any]]:
    return [{"item": "powdered milk 300g", "qty": 1, "price": "98.00"},
            {"item": "sardines 155g", "qty": 2, "price": "26.50"},
            {"item": "instant coffee 3-in-1 (10s)", "qty": 1, "price": "36.50"}]


def sukilista() -> list[Case]:
    rng = random.Random(10451)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, suki=L(SUKI_NO, UID), mobile=L(PH_MOBILE, TEL)))}
    b = {"auth": "bearer"}
    sla, slo = mine(AT_STORE, 5)
    return [
        case(f, f"{a}/v1/suki/register", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "mobile": L(PH_MOBILE, TEL), "address": L(HOME["line"], ADDR),
            "barangay": L(HOME["brgy"], COARSE), "store_code": L(STORE_CODE, CRED),
            "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(PH_LOCAL, TEL), "purpose": "register"}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "code": L("771204", CRED), "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stores/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "r": "500"}),
        case(f, f"{a}/v1/stores/{STORE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/utang/confirm", headers=_h(rng, **b), body={
            "store": STORE["id"], "entry": L(UTANG_REF, BUY), "items": L(_items(), BUY),
            "total": L("187.50", BUY), "pin": L(PIN, CRED), "suki": L(SUKI_NO, UID)}),
        case(f, f"{a}/v1/utang/dispute", headers=_h(rng, **b), body={
            "entry": L("UT-0718-00987", BUY),
            "reason": L("Wala ko mikuha og duha ka sardinas, usa ra", TEXT)}),
        case(f, f"{a}/v1/pasabay", headers=_h(rng, **b), body={
            "store": STORE["id"], "items": L([{"item": "rice 2kg", "qty": 1},
                                               {"item": "eggs (tray)", "qty": 1}], BUY),
            "pickup": "17:30", "charge_to_utang": True,
            "note": L("Palihug ibilin sa guard sa Balay Amihan", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "amount": L("187.50", BUY), "method": "ewallet",
            "msisdn": L(PH_MOBILE, f"{TEL}|{PAY}"), "entries": L(UTANG_REF, BUY),
            "nonce": opaque(rng, "", 16)}),
        multipart(f, f"{a}/v1/bayad/resibo", [
            ("screenshot", "resibo.png", "image/png", L(PNG + b"\x11", "content.media")),
            ("data", None, "application/json", {"amount": L("187.50", BUY),
                                                "wallet_ref": L("EW-9921044718", BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/load", headers=_h(rng, **b), body={
            "number": L(PH_MOBILE, TEL), "amount": L("50.00", BUY), "promo": "DATA50",
            "charge_to_utang": True}),
        case(f, f"{a}/v1/household", headers=_h(rng, **b), body={
            "members": [{"name": L(BANA[0], NAMEC), "mobile": L(BANA[1], TEL),
                         "limit": 500}]}),
        case(f, f"{a}/v1/limits", fmt="form", headers=_h(rng, **b), body={
            "monthly_limit": "3000", "sweldo_days": "15,30", "remind": "1", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/ledger", headers=_h(rng, how="none"), query={
            "store": STORE["id"], "month": "2025-12"},
            cookies={"sk_session": L(opaque(rng, "", 40), CRED),
                     "sk_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ledger/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "format": "csv", "month": "2025-12"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("kape 3in1", SEARCH), "store": STORE["id"]}),
        case(f, f"{a}/v1/rating", headers=_h(rng, **b), body={
            "store": STORE["id"], "stars": 5,
            "comment": L("Buotan kaayo si Aling Puring, dali ra ang lista", TEXT)}),
        case(f, f"{a}/v1/qr/pay", headers=_h(rng, **b), body={
            "qr": STORE["qr"], "amount": L("45.00", BUY), "lat": sla, "lng": slo,
            "store_lat": STORE["lat"], "store_lng": STORE["lon"], "client_ref": rid(rng)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "android_id": L(ANDROID_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("utang_confirmed", 1, items=3), ev("bayad_sent", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
    ]


def sukilista_sdks() -> list[Case]:
    rng = random.Random(10452)
    return [
        cn_track(APP, rng, [("Utang Confirmed", {"total": L(187.5, BUY), "items": 3}),
                            ("Load Bought", {"amount": L(50.0, BUY)})], adid=True),
        cn_identify(APP, rng, {"store": STORE["id"], "barangay": L(HOME["brgy"], COARSE),
                               "suki": L(SUKI_NO, UID)}),
        iq_install(APP, rng, user=True),
        iq_event(APP, rng, "bayad", {"entries": 1}, revenue=187.5, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=HOME_AT, nd=4),
        bs_logs(APP, rng, [("ledger cache stale", {"store": STORE["id"]}),
                           ("qr parse failed", {"len": 58})]),
        pr_wallet(APP, rng, "187.50", L(UTANG_REF, BUY)),
        pm_save(APP, rng, {"analytics": True, "marketing": False}),
        mn_events(APP, rng, [(10.33179, 123.89841), (10.33181, 123.89838)], PRECISE),
        ck_message(APP, rng, L("Na-doble ang bayad nako sa UT-0718-00991", f"{TEXT}|{BUY}"),
                   {"store": STORE["id"]}),
    ]
