"""Coin-operated laundry app "Spincoin" (mostly look-alikes: the laundromat, its machines, QR
codes, prices, promo codes, wallet transactions and vend nonces): sign-up, a log-in, ``/me``,
laundromats nearby at 2 decimals, one laundromat by ID in the path, machine status, a price quote
(not a purchase), a machine scanned, a wash started and paid, a wallet top-up, dryer minutes
added, a done alert, a broken machine and a refund, her laundry card linked, stamps, a promo
code, a favourite, a Bluetooth vend, push, events and receipts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families56_kit import CARD_SPIN, LAUNDROMAT, MACHINES, PRICES, obj
from eval_families56_sdk import ao_bid, ao_win, cm_sessions, lm_launch, sw_batch, sw_pixel
from eval_families56_svc import aq_reverse, bz_opened, ch_confirm, ft_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("spincoin", "Spincoin", "com.example.spincoin", "3.1.4",
          "https://app.spincoin.example.com")
IID = "X-Spin-Device"
PW = "Lint-Trap-2204"
LOC = LAUNDROMAT["id"]
LOC_AT = (LAUNDROMAT["lat"], LAUNDROMAT["lon"])


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def spincoin() -> list[Case]:
    rng = random.Random(5661)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, card=L(CARD_SPIN, UID)))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/api/signup", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "marketing": "0"}),
        case(f, f"{a}/api/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/locations", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lng": L(f"{LON:.2f}", COARSE), "limit": "8"}),
        case(f, f"{a}/api/locations/{LOC}", headers=_h(rng, **b)),
        case(f, f"{a}/api/locations/{LOC}/machines", headers=_h(rng, **b), query={
            "type": "all", "ids": ",".join(MACHINES)}),
        case(f, f"{a}/api/quote", headers=_h(rng, **b), body={
            "location": LOC, "machine": MACHINES[0], "cycle": "hot_heavy",
            "price": PRICES["wash_large"], "extras": ["extra_rinse"], "priceTable": PRICES}),
        case(f, f"{a}/api/scan", fmt="form", headers=_h(rng, **b), body={
            "qr": f"spn://m/{LOC}/{MACHINES[0]}", "location": LOC, "ts": "1765330121"}),
        case(f, f"{a}/api/machines/{MACHINES[0]}/start", headers=_h(rng, **b), body={
            "location": LOC, "cycle": "hot_heavy", "charged": L("5.50", BUY),
            "wallet_txn": obj(rng, "wtx", 12), "card": L(CARD_SPIN, UID)}),
        case(f, f"{a}/api/wallet/topup", headers=_h(rng, **b), body={
            "amount": L("20.00", BUY), "bonus": "2.00", "method": "card",
            "idempotency": rid(rng)}),
        case(f, f"{a}/api/machines/{MACHINES[2]}/add-time", fmt="form", headers=_h(rng, **b),
             body={"minutes": "16", "charged": L("0.50", BUY), "location": LOC}),
        case(f, f"{a}/api/alerts", headers=_h(rng, **b), body={
            "machine": MACHINES[0], "when": "done", "minutes_before": 5}),
        case(f, f"{a}/api/issues", headers=_h(rng, **b), body={
            "location": LOC, "machine": MACHINES[1], "kind": "door_stuck",
            "text": L("Door won't open, my clothes are locked inside", TEXT)}),
        case(f, f"{a}/api/refunds", headers=_h(rng, **b), body={
            "machine": MACHINES[2], "amount": L("1.50", BUY),
            "reason": L("Dryer took the money but never started", TEXT),
            "wallet_txn": obj(rng, "wtx", 12)}),
        case(f, f"{a}/api/cards", fmt="form", headers=_h(rng, **b), body={
            "card_number": L(CARD_SPIN, UID), "nickname": "blue card"}),
        case(f, f"{a}/api/stamps", headers=_h(rng, **b), query={"location": LOC}),
        case(f, f"{a}/api/promo", fmt="form", headers=_h(rng, **b), body={
            "code": "FIRSTWASH", "location": LOC}),
        case(f, f"{a}/api/favorites", headers=_h(rng, **b), body={
            "location": LOC, "name": LAUNDROMAT["name"], "line": LAUNDROMAT["line"],
            "phone": LAUNDROMAT["phone"], "lat": LOC_AT[0], "lng": LOC_AT[1]}),
        case(f, f"{a}/api/vend/ble", headers=_h(rng, **b), body={
            "machine": MACHINES[1], "ble": "F0:08:D1:4C:22:9B", "nonce": opaque(rng, "", 16),
            "counter": 4471, "charged": L("3.25", BUY)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("wash_started", 1, machine=MACHINES[0]), ev("topup", 2),
                ev("screen", 3, screen=L("MachineList", USAGE))]}),
        case(f, f"{a}/api/receipts", headers=_h(rng, how="upper"),
             cookies={"spin_sess": L(opaque(rng, "", 40), CRED), "loc": LOC}),
    ]


def spincoin_sdks() -> list[Case]:
    rng = random.Random(5662)
    return [
        sw_batch(APP, rng, [("Wash Started", {"machine": MACHINES[0], "price": 5.5}),
                            ("Wallet Topped Up", {"amount": L(20.0, BUY)})]),
        sw_pixel(APP, rng, "Map Viewed", {"locations": 8}),
        lm_launch(APP, rng, first=True),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        ao_win(APP, rng),
        cm_sessions(APP, rng, secs=188),
        ft_eval(APP, rng, {"ble_vend": True}, user=False),
        bz_opened(APP, rng, "cmp_done_alert"),
        ch_confirm(APP, rng, "20.00"),
        aq_reverse(APP, rng, LOC_AT, None, nd=5),
    ]
