"""Blind set eleven, part one: a crypto wallet/exchange app, a QR-code payments wallet and a
car-sharing app (see ``eval_families11.py`` for the rules of this set and its conventions).

Fictional apps with shapes typical of their kind: the exchange's KYC (multipart with ID scans and
a liveness selfie), device binding with an attestation JWT, trades (JSON, msgpack), a withdrawal
with 2FA, deposit-address and portfolio calls, a public market-data poll; the QR wallet's P2P
transfer, phone-number lookup (hashed contacts, protobuf), merchant payment with an EMV QR
payload, bank-account link (form) and a transaction-history query; the car-sharing app's
licence scan, unlock over the API with the phone's position, a trip end (gzip), a damage
report with photos and a BLE key fetch. Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import json
import random

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import CONTACTS, enc
from eval_families10_kit import Acc, add, flat, gps, token
from eval_families11_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    EMAIL_SHA256,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_camel,
    device_snake,
    sha,
)
from eval_payloads import ANDROID_ID, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, L, case, rnd_hex
from eval_payloads import rnd_uuid as uid4

CX = "https://api.coinvault.example.com"
QR = "https://api.scanpay.example.net"
CAR = "https://api.hopcar.example.org"


def crypto() -> list[Case]:
    rng = random.Random(11001)
    hdr = {"Authorization": L("Bearer cv_" + rnd_hex(rng, 40), CRED), "X-CV-Device": L(
        ANDROID_ID, DID), "x-request-id": uid4(rng), "User-Agent": L(
        "CoinVault/5.8.1 (Android 14; Pixel 8)", DEV)}
    out = [multipart("crypto", f"{CX}/v2/kyc/documents", [
        ("meta", None, "application/json", {
            "first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
            "dob": L("1990-04-17", BIRTH), "ssn": L("078-05-1120", NATID),
            "address": {"street": L("221 Garfield Pl", ADDR), "city": L("Brooklyn", COARSE),
                        "zip": L("11215", COARSE), "country": "US"},
            "occupation": "Software engineer", "source_of_funds": "salary",
            "doc_type": "drivers_license", "doc_number": L("D123-4567-8901", NATID),
            "doc_expiry": "2029-04-17", "sex": L("F", GENDER), "pep": False}),
        ("front", "front.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("back", "back.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("liveness", None, "application/json", {
            "score": 0.982, "embedding": L(flat(rng, 128, 0.08), FACE),
            "head_turns": ["left", "right"], "session": uid4(rng)})], headers=hdr)]
    acc: Acc = {}
    att = token({"nonce": rnd_hex(rng, 16), "apkPackageName": "com.example.coinvault",
                 "deviceIntegrity": ["MEETS_DEVICE_INTEGRITY"], "timestampMs": 1764250000000},
                "body", "attestation", acc)
    out.append(add(case("crypto", f"{CX}/v2/devices/bind", headers=hdr, body={
        "device_id": L(ANDROID_ID, DID), "install_id": L(INSTALL_ID, DID),
        "public_key": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rnd_hex(rng, 40),
        "attestation": att, "device": device_snake(), "push_token": L(
            "fcm:" + rnd_hex(rng, 60), DID), "totp": L("284913", CRED)}), acc))
    for i, (side, pair, qty, px) in enumerate([("buy", "BTC-USD", "0.0125", "97012.40"),
                                               ("sell", "ETH-USD", "0.8", "3421.10"),
                                               ("buy", "SOL-USD", "12", "231.77")]):
        out.append(case("crypto", f"{CX}/v2/orders", headers=hdr, fmt="msgpack" if i == 1
                        else "json", body={
                            "client_order_id": uid4(rng), "product_id": L(pair, BUY),
                            "side": L(side, BUY), "size": L(qty, BUY), "limit_price": px,
                            "type": "limit", "tif": "GTC", "post_only": False}))
    out.append(case("crypto", f"{CX}/v2/withdrawals", headers={
        **hdr, "X-2FA-Code": L("551204", CRED)}, body={
        "asset": "BTC", "amount": L("0.0100", BUY), "network": "bitcoin",
        "destination": L("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", PAY),
        "label": L("my cold wallet", TEXT), "fee_tier": "normal",
        "travel_rule": {"beneficiary_name": L(NAME, NAMEC), "vasp": "self-hosted"}}))
    out.append(case("crypto", f"{CX}/v2/deposits/address", headers=hdr, query={
        "asset": "ETH", "user": L(USER_ID, UID)}))
    out.append(case("crypto", f"{CX}/v2/portfolio/sync", headers=hdr, body={"wallets": [
        {"chain": "ethereum", "address": L("0x52908400098527886E0F7030069857D2E4169EE7", PAY),
         "balance": L("1.8421", BUY), "watch_only": False},
        {"chain": "bitcoin", "xpub": L("xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2"
                                       "jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3"
                                       "fDVmz", PAY), "balance": L("0.0391", BUY)}],
        "fiat": "USD", "hide_small": True}))
    out.append(case("crypto", f"{CX}/v2/txs/report", headers=hdr, body={
        "txid": L("a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d", BUY),
        "confirmations": 3, "block": 872114}))
    out.append(case("crypto", f"{CX}/v2/markets/ticker", query={  # public data only
        "products": "BTC-USD,ETH-USD", "granularity": "60", "since": "1764249000"}))
    out.append(case("crypto", f"{CX}/v2/events", headers=hdr, body={"events": [
        {"name": L(n, USAGE), "ts": 1764250100 + i, "props": {"screen": L(s, USAGE)}}
        for i, (n, s) in enumerate([("view_asset", "asset_btc"), ("tap_buy", "trade"),
                                    ("price_alert_set", "alerts")])],
        "ctx": device_camel(), "anon_id": L(uid4(rng), DID)}))
    return out


def qrpay() -> list[Case]:
    rng = random.Random(11002)
    acc: Acc = {}
    ck = {"sp_sess": L(rnd_hex(rng, 48), CRED), "sp_locale": "en_US"}
    hdr = {"x-sp-user": L(USER_ID, UID), "X-Device-Fp": L(sha("sha256", ANDROID_ID), DID),
           "user-agent": L("ScanPay/6.2.0 (Android 14; Pixel 8)", DEV)}
    out = [case("qrpay", f"{QR}/p2p/lookup", headers=hdr, cookies=ck, query={
        "phone": L("+15550100921", TEL), "cc": "US"})]
    out.append(case("qrpay", f"{QR}/p2p/send", headers=hdr, cookies=ck, body={
        "to": {"phone": L("+15550100921", TEL), "display": L("Marcus Lee", NAMEC)},
        "amount": L("45.00", BUY),
        "memo": L("half of dinner at Lucali 🍕", TEXT), "pin": L("739104", CRED),
        "funding": {"source": "balance"}, "idem": uid4(rng),
        "geo": {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE)}}))
    labels: dict[str, str] = {}
    body = pb([(1, L(E164, TEL)), *[(2, L(sha("sha256", f"+1555010{n:04d}")[:20], CONTACTS))
                                     for n in (312, 455, 871, 903)], (3, 1764250000)], "",
              labels)
    labels = {f"2[{i}]": CONTACTS for i in range(4)} | {"1": TEL}
    out.append(raw("qrpay", f"{QR}/contacts/match", body, "application/x-protobuf", labels,
                   headers=hdr, cookies=ck))
    emv = ("00020101021226370016A000000677010111011300669876543215204581253038405802US"
           "5913Brick Lane Ca6008New York62070503***6304B1C2")
    for i, (total, tip) in enumerate([("18.40", "2.00"), ("7.25", "0.00"), ("63.10", "9.00")]):
        la, lo = gps(i, PRECISE, 6)
        out.append(case("qrpay", f"{QR}/merchant/pay", headers=hdr, cookies=ck, body={
            "qr": emv, "merchant_id": "m_66987654321", "merchant_name": "Brick Lane Cafe",
            "amount": L(total, BUY), "tip": L(tip, BUY), "currency": "USD",
            "order_ref": L("ord-" + rnd_hex(rng, 8), BUY), "pin_verified": True,
            "payer_loc": {"lat": la, "lng": lo}, "device": device_snake()}))
    out.append(case("qrpay", f"{QR}/bank/link", headers=hdr, cookies=ck, fmt="form", body={
        "routing_number": L("021000021", PAY), "account_number": L("000123456789", PAY),
        "account_holder": L(NAME, NAMEC), "account_type": "checking",
        "verification": "micro_deposits"}))
    out.append(case("qrpay", f"{QR}/history", headers=hdr, cookies=ck, query={
        "from": "2026-11-01", "to": "2026-11-27", "q": L("lucali", "behavior.search"),
        "page": "1"}))
    out.append(encode(raw("qrpay", f"{QR}/profile", json.dumps({
        "email": EMAIL, "email_hash": EMAIL_SHA256, "handle": "$janedoe90",
        "avatar_color": "#3a7bd5", "notify": {"push": True, "sms": False}}).encode(),
        "application/json", {"email": MAIL, "email_hash": MAIL, "handle": UID},
        headers=hdr, cookies=ck, method="PATCH"), "br"))
    out.append(add(case("qrpay", f"{QR}/split/request", headers=hdr, cookies=ck, body={
        "payload": enc({"participants": [{"name": L("Priya Nair", NAMEC),
                                          "phone": L("+15550100733", TEL), "share": "21.05"},
                                         {"name": L("Tom Becker", NAMEC),
                                          "phone": L("+15550100614", TEL), "share": "21.05"}],
                        "note": L("cabin weekend gas", TEXT), "total": L("63.15", BUY)},
                       "body", "payload", "b64", acc)}), acc))
    return out


def carshare() -> list[Case]:
    rng = random.Random(11003)
    acc: Acc = {}
    tok = token({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "scope": "rent",
                 "exp": 1764260000}, "header", "authorization", acc)
    hdr = {"Authorization": tok, "X-App-Install": L(INSTALL_ID, DID)}
    out = [add(multipart("carshare", f"{CAR}/v3/licence", [
        ("front", "lic_front.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("back", "lic_back.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("ocr", None, "application/json", {
            "fullName": L("JANE A DOE", NAMEC), "licenceNumber": L("D123-4567-8901", NATID),
            "dateOfBirth": L("04/17/1990", BIRTH), "expires": "04/17/2029", "class": "D",
            "street": L("221 GARFIELD PL", ADDR), "postcode": L("11215", COARSE),
            "state": L("NY", COARSE), "pdf417": L("@ANSI 636001090002DL00410278ZN03190008DLDAQ"
                                                  "D12345678901DCSDOE DACJANE DBB04171990",
                                                  f"{NATID}|{NAMEC}|{BIRTH}")})],
        headers=hdr), dict(acc))]
    for i in range(3):
        la, lo = gps(i * 3, PRECISE, 6)
        out.append(add(case("carshare", f"{CAR}/v3/vehicles/veh_{4410 + i}/unlock", headers=hdr,
                            body={"lat": la, "lng": lo, "hAcc": 6.5, "method": "api",
                                  "vehicle_plate": "HPC-" + str(2210 + i), "fuel": 0.71,
                                  "requestId": uid4(rng)}), dict(acc)))
    trip = {"tripId": "trp_" + rnd_hex(rng, 10), "startedAt": 1764240000, "endedAt": 1764243600,
            "start": dict(zip(("lat", "lng"), gps(0, PRECISE, 5), strict=True)),
            "end": dict(zip(("lat", "lng"), gps(0, PRECISE, 5, LAT + 0.031, LON - 0.022),
                            strict=True)),
            "km": L(14.2, BUY), "price": L(21.60, BUY), "currency": "USD",
            "endAddress": L("480 Atlantic Ave", ADDR), "odometer": 31822, "fuelEnd": 0.64,
            "parkingZone": "BK-3"}
    out.append(add(encode(case("carshare", f"{CAR}/v3/trips/end", headers=hdr, body=trip),
                          "gzip"), dict(acc)))
    out.append(add(multipart("carshare", f"{CAR}/v3/damage", [
        ("report", None, "application/json", {
            "vehicle": "veh_4411", "where": "rear bumper",
            "description": L("scratch on rear bumper, was there when I arrived", TEXT),
            "reporter_phone": L(E164, TEL), "at": {"lat": L(round(LAT, 6), PRECISE),
                                                   "lng": L(round(LON, 6), PRECISE)}}),
        ("photo1", "IMG_2041.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("photo2", "IMG_2042.jpg", "image/jpeg", L(JPEG, MEDIA))], headers=hdr), dict(acc)))
    keys: dict[str, str] = {}
    body = pb([(1, "veh_4411"), (2, L(rnd_hex(rng, 64), CRED)), (3, L(ANDROID_ID, DID)),
               (4, 1764243600)], "", keys)
    out.append(add(raw("carshare", f"{CAR}/v3/blekey", body, "application/x-protobuf", keys,
                       headers=hdr), dict(acc)))
    out.append(case("carshare", f"{CAR}/v3/vehicles/nearby", query={
        "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE), "radius": "800",
        "types": "compact,ev"}))
    out.append(add(case("carshare", f"{CAR}/v3/search", headers=hdr, query={
        "q": L("jfk airport parking", "behavior.search"), "sess": rnd_hex(rng, 12)}),
        dict(acc)))
    out.append(add(case("carshare", f"{CAR}/v3/payment/card", headers=hdr, body={
        "pm": L("pm_" + rnd_hex(rng, 24), PAY), "last4": L("4242", PAY),
        "exp": L("08/29", PAY), "zip": L("11215", COARSE), "brand": "visa"}), dict(acc)))
    return out
