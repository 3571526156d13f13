"""Crypto wallet and exchange "Coinmoor": sign-up, KYC (identity, SSN, a driver's licence scan
and its number, a selfie video with a liveness check), deposit addresses, a withdrawal
whitelist, market and limit orders, a linked bank account, a send to a friend, a withdrawal to
the user's own wallet, transaction look-ups, a tax report and the app's risk signals
(protobuf)."""

from __future__ import annotations

import random
from typing import Any

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
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    flat,
    multipart,
    pb,
    push_token,
    raw,
    series,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head, rid
from eval_families27_kit import (
    BTC_ADDR,
    ETH_ADDR,
    FRIEND_ETH,
    HOT_WALLET,
    SELF_ETH,
    USDC_CONTRACT,
    tx_hash,
)
from eval_families27_sdk import (
    atv_event,
    atv_session,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_identify,
)
from eval_families27_svc import ah_start, cr_check, fq_eval, pg_register, tq_card, tq_confirm
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("coinmoor", "Coinmoor", "com.example.coinmoor", "4.22.0",
          "https://api.coinmoor.example.com")
IID = "X-CM-Device"
IDDOC = f"{MEDIA}|{NATID}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _risk(rng: random.Random) -> Case:
    """The app's risk signals as schema-less protobuf: the user, the Android ID, the device,
    the LAN address, the Wi-Fi it is on, the carrier; a timestamp and a nonce (negatives)."""
    lab: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, L(ANDROID_ID, DID)),
               (3, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV)), (3, L(False, DEV))]),
               (4, L(LOCAL_IP, DEV)), (5, [(1, L(SSID, WIFI)), (2, L(BSSID, WIFI))]),
               (6, 1765321822), (7, opaque(rng, "", 32)), (8, L("Example Mobile", CARRIER))],
              "", lab)
    return raw(APP.fam, f"{APP.api}/api/v3/risk/signals", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def coinmoor() -> list[Case]:
    rng = random.Random(2731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kyc="pending",
                                    sid=opaque(rng, "", 16)))}
    totp = "Totp-Code"
    cases = [
        case(f, f"{a}/api/v3/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Satoshi&Moor2025", CRED),
            "country": L("US", COARSE), "state": L("NY", COARSE), "referral_code": "MOOR-7Q2",
            "device_id": L(ANDROID_ID, DID), "accept_terms": True}),
        case(f, f"{a}/api/v3/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Satoshi&Moor2025", CRED),
            "totp": L("418207", CRED)}),
        case(f, f"{a}/api/v3/accounts/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/kyc/profile", headers=_h(rng, auth="bearer"), body={
            "legal_first_name": L(FIRST, NAMEC), "legal_last_name": L(LAST, NAMEC),
            "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID), "phone": L(E164, TEL),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "occupation": "product_manager", "source_of_funds": "salary",
            "annual_income_band": "100k_200k", "citizenship": "US", "pep": False}),
        multipart(f, f"{a}/api/v3/kyc/documents", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG + b"\x01", IDDOC)),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\x02", IDDOC)),
            ("meta", None, "application/json", {
                "type": "drivers_license", "number": L(LICENCE, NATID),
                "issuing_state": L("NY", COARSE), "expiry": "2031-05-17"})],
            headers=_h(rng, auth="bearer")),
        multipart(f, f"{a}/api/v3/kyc/selfie", [
            ("video", "liveness.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "challenge": "turn_left_right", "sdk_session": rid(rng),
                "head_pose": L(series(rng, 16, ("yaw", "pitch"), 66, 14.0), MOTION),
                "face_template": L(f32b64(flat(rng, 128, 0.06)), FACE),
                "liveness_score": 0.982, "face_box": [188, 240, 532, 690]})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v3/deposits/addresses", headers=_h(rng, auth="bearer"), body={
            "asset": "ETH", "network": "ethereum", "rotate": True,
            "previous": L(ETH_ADDR, PAY)}),
        case(f, f"{a}/api/v3/address-book", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[0][0], NAMEC), "address": L(FRIEND_ETH, PAY),
            "network": "ethereum"}),
        case(f, f"{a}/api/v3/withdrawals/whitelist", headers=_h(rng, auth="bearer", extra={
            totp: L("550913", CRED)}), body={
            "asset": "ETH", "address": L(SELF_ETH, PAY),
            "label": L("my hardware wallet", TEXT), "email_code": L("KQ7-2M9", CRED)}),
        case(f, f"{a}/api/v3/orders", headers=_h(rng, auth="bearer"), body={
            "product_id": "BTC-USD", "side": "buy", "type": "market",
            "funds": L("250.00", BUY), "fee_estimate": L("3.74", BUY),
            "client_order_id": rid(rng)}),
        case(f, f"{a}/api/v3/orders", headers=_h(rng, auth="bearer"), body={
            "product_id": "ETH-USD", "side": "sell", "type": "limit",
            "size": L("0.5000", BUY), "price": L("3890.00", BUY), "post_only": True,
            "client_order_id": rid(rng)}),
        case(f, f"{a}/api/v3/payment-methods/ach", headers=_h(rng, auth="bearer"), body={
            "routing_number": L(ROUTING, PAY), "account_number": L(ACCOUNT, PAY),
            "account_holder": L(NAME, NAMEC), "account_type": "checking"}),
        case(f, f"{a}/api/v3/deposits/ach", headers=_h(rng, auth="bearer"), body={
            "payment_method_id": L("pm_" + opaque(rng, "", 20), PAY),
            "amount": L("500.00", BUY), "currency": "USD", "idempotency_key": rid(rng)}),
        case(f, f"{a}/api/v3/send", headers=_h(rng, auth="bearer", extra={
            totp: L("771406", CRED)}), body={
            "asset": "USDC", "network": "ethereum", "token_contract": USDC_CONTRACT,
            "to_address": L(FRIEND_ETH, PAY), "amount": L("40.00", BUY),
            "note": L("for the concert tickets", TEXT), "idempotency_key": rid(rng)}),
        case(f, f"{a}/api/v3/withdrawals", headers=_h(rng, auth="bearer", extra={
            totp: L("093318", CRED)}), body={
            "asset": "ETH", "address": L(SELF_ETH, PAY), "amount": L("0.2500", BUY),
            "network_fee": L("0.0012", BUY), "from_pool": HOT_WALLET}),
        case(f, f"{a}/api/v3/transactions", headers=_h(rng, auth="bearer"), query={
            "asset": "BTC", "tx_hash": tx_hash(rng), "address": L(BTC_ADDR, PAY)}),
        case(f, f"{a}/api/v3/alerts/price", headers=_h(rng, auth="bearer"), body={
            "asset": "BTC", "above": "110000", "below": "90000", "channel": "push"}),
        case(f, f"{a}/api/v3/tax/reports", fmt="form", headers=_h(rng, auth="bearer"), body={
            "year": "2025", "email": L(EMAIL, MAIL), "format": "csv", "cost_basis": "fifo"}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "install_id": L(IID_UPPER, DID),
            "platform": "android", "locale": L("en_US", DEV)}),
        _risk(rng),
        case(f, f"{a}/api/v3/portfolio", query={"currency": "USD"}, headers=_h(rng, how="none"),
             cookies={"cm_sess": L(opaque(rng, "", 64), CRED), "cm_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "events": [
                ev("kyc_submitted", 1, level=2), ev("order_placed", 2, value=L(250.0, BUY)),
                ev("screen_view", 3, screen=L("Withdraw", USAGE))]}),
    ]
    return cases


def coinmoor_sdks() -> list[Case]:
    rng = random.Random(2732)
    return [
        tally_batch(APP, rng, [("KYC Step Completed", {"step": "selfie"}),
                               ("Order Placed", {"asset": "BTC", "value": L(250.0, BUY)})]),
        tally_identify(APP, rng, {"kyc_level": 2, "state": L("NY", COARSE),
                                  "first_trade": "2025-12-09"}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "ft7abc", revenue=250.0, callback={"asset": "BTC"}, hashed=True),
        fl_crash(APP, rng, ("java.lang.ArithmeticException",
                            "Non-terminating decimal expansion"),
                 [fl_crumb("nav", "Trade -> Review"), fl_crumb("tap", "btn_max_amount")],
                 screen="TradeReviewActivity"),
        fq_eval(APP, rng, {"state": L("NY", COARSE), "kycLevel": 2}),
        pg_register(APP, rng, tags={"price_alerts": "on"}),
        cr_check(APP, rng, {"analytics": True, "advertising": False}),
        tq_card(APP, rng),
        tq_confirm(APP, rng, "100.00"),
        ah_start(APP, rng, L(f"My ETH withdrawal to {SELF_ETH} has been pending for 3 hours",
                             f"{TEXT}|{PAY}"), {"asset": "ETH", "tx": tx_hash(rng)}),
    ]
