"""Hardware-wallet companion "Keelvault" (her "Keel One" signs; the phone syncs, prepares and
broadcasts): an account, a log-in and 2FA, ``/me`` with a JWT, pairing the device, a firmware
check, her Bitcoin account by its xpub, her addresses synced, a balance by her Ethereum address in
the query, history by her address in the path, counterparties tagged (exchanges' published
addresses: negatives), a send prepared to a friend and broadcast, the address book, a price alert,
a card purchase through an on-ramp (quote, KYC with her SSN, ID scans, the order), a dApp opened in
the in-app browser, a tax export, push, events and the portfolio by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    IPLOC,
    JPEG,
    MAIL,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import SSN, claims, head
from eval_families68_kit import EXCH, KEEL, MY_BTC, MY_ETH, SIGNED_TX, TXID, XPUB
from eval_families68_sdk import (
    cm_batch,
    cm_screen,
    eg_crash,
    eg_crumb,
    eg_session,
    sk_event,
    sk_session,
)
from eval_families68_svc import ch_message, nj_register, or_check, tl_card, ty_eval
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
    rnd_hex,
)

APP = App("keelvault", "Keelvault", "com.example.keelvault", "6.2.0",
          "https://api.keelvault.example.com")
IID = "Keel-Install"
PW = "Anchor-Fathom-733"
FRIEND_BTC = "bc1qd4m9x2kf7s0wq3e8yv5n6hz2tr4pl9gc0ju7ak"  # Sam's address, pasted by her
BUY_ORDER = "KV-BUY-77102"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def keelvault() -> list[Case]:
    rng = random.Random(6861)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hist = at_path(case(f, f"{a}/v1/tx/history/{MY_BTC[0]}", headers=_h(rng, **b),
                        query={"limit": "50"}), MY_BTC[0], PAY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "marketing": False}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/2fa", fmt="form", headers=_h(rng), body={
            "totp": L("482210", CRED), "challenge": rnd_hex(rng, 24)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hardware/pair", headers=_h(rng, **b), body={
            "model": KEEL["model"], "serial": KEEL["serial"], "firmware": KEEL["fw"],
            "ble": KEEL["ble"], "attestation": rnd_hex(rng, 64),
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/firmware/latest", headers=_h(rng, **b), query={
            "model": "keel-one", "current": KEEL["fw"], "serial": KEEL["serial"]}),
        case(f, f"{a}/v1/wallets/btc", headers=_h(rng, **b), body={
            "xpub": L(XPUB, PAY), "path": "m/84'/0'/0'", "label": "Savings",
            "scriptType": "p2wpkh"}),
        case(f, f"{a}/v1/sync/addresses", headers=_h(rng, **b), body={
            "btc": [L(x, PAY) for x in MY_BTC], "eth": [L(MY_ETH, PAY)], "gapLimit": 20}),
        case(f, f"{a}/v1/balances", headers=_h(rng, **b), query={
            "address": L(MY_ETH, PAY), "chain": "eth", "fiat": "usd"}),
        hist,
        case(f, f"{a}/v1/entities/lookup", headers=_h(rng, **b), body={
            "addresses": list(EXCH.values()), "include": "exchange,mixer"}),
        case(f, f"{a}/v1/send/prepare", headers=_h(rng, **b), body={
            "from": L(MY_BTC[0], PAY), "to": L(FRIEND_BTC, PAY),
            "amountSats": L(1500000, BUY), "feeSats": L(2140, BUY),
            "change": L(MY_BTC[1], PAY), "note": L("Sam's half of the cabin", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/send/broadcast", fmt="form", headers=_h(rng, **b), body={
            "chain": "btc", "tx": SIGNED_TX, "expectTxid": TXID}),
        case(f, f"{a}/v1/address-book", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "address": L(FRIEND_BTC, PAY), "chain": "btc"}),
        case(f, f"{a}/v1/buy/quote", headers=_h(rng, **b), body={
            "fiat": "USD", "amount": "250.00", "asset": "BTC", "wallet": L(MY_BTC[2], PAY)}),
        case(f, f"{a}/v1/buy/kyc", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "ssn": L(SSN, NATID), "phone": L(E164, TEL),
            "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v1/buy/kyc/documents", [
            ("front", "licence_front.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {"docType": "driver_licence", "country": "US"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/buy/orders", headers=_h(rng, **b), body={
            "order": L(BUY_ORDER, BUY), "amount": L("250.00", BUY), "fee": L("3.99", BUY),
            "wallet": L(MY_BTC[2], PAY), "method": L(opaque(rng, "pm_", 24), PAY),
            "risk": {"ip": L(PUBLIC_IP, IPLOC), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "androidId": L(ANDROID_ID, DID), "rooted": L(False, DEV),
                     "vpn": L(False, DEV)}}),
        case(f, f"{a}/v1/dapp/sessions", headers=_h(rng, **b), body={
            "url": L("https://app.lendpool.example.org/markets?asset=usdc", BROWSE),
            "account": L(MY_ETH, PAY), "chainId": 1, "topic": rnd_hex(rng, 64)}),
        case(f, f"{a}/v1/tax/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "year": "2025", "method": "fifo"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        lines(f, f"{a}/v1/events", [
            {"uid": L(USER_ID, UID), **ev("send_broadcast", 1, chain="btc")},
            {"uid": L(USER_ID, UID), **ev("device_paired", 2)},
            {"uid": L(USER_ID, UID), **ev("screen", 3, screen=L("Portfolio", USAGE))}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/portfolio", headers=_h(rng, how="none"),
             cookies={"kv_sid": L(opaque(rng, "", 48), CRED),
                      "kv_install": L(INSTALL_ID, DID), "kv_fiat": "usd"}),
    ]


def keelvault_sdks() -> list[Case]:
    rng = random.Random(6862)
    return [
        cm_batch(APP, rng, [("Send Broadcast", {"sats": L(1500000, BUY), "chain": "btc"}),
                            ("Device Paired", {"model": KEEL["model"]})]),
        cm_screen(APP, rng, "Portfolio", {"assets": 2}),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "buy_crypto", {"order": L(BUY_ORDER, BUY)}, revenue=250.0),
        eg_crash(APP, rng, ("java.util.concurrent.TimeoutException", "apdu exchange"),
                 [eg_crumb("navigation", "Send -> Confirm"),
                  eg_crumb("log", "ble write", {"serial": KEEL["serial"]})],
                 meta={"wallet": {"eth": L(MY_ETH, PAY)}}, screen="ConfirmSendActivity"),
        eg_session(APP, rng),
        ty_eval(APP, rng, {"hwModel": KEEL["model"], "country": L("US", COARSE)}),
        nj_register(APP, rng, tags={"alerts": "btc"}),
        or_check(APP, rng, {"analytics": True, "ads": False}),
        tl_card(APP, rng),
        ch_message(APP, rng, L("My send of 0.015 BTC to a friend is stuck unconfirmed",
                               f"{TEXT}|{BUY}"), {"txid": TXID, "firmware": KEEL["fw"]}),
    ]
