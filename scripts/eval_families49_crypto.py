"""Cryptocurrency tax-reporting app "Blockfiler": sign-up, MFA, ``/me``, her wallets (an
Ethereum address, a Bitcoin extended public key), an exchange connected by API key, trades
imported (gzip JSON) and a CSV export uploaded, a wallet synced by its address in the path, a
transaction classified and annotated, her tax profile (SSN, address), the cost-basis method,
her state of residence, the login-device check, a Form 8949 and a report shared with her
accountant, a plan bought, a call-back request, push, telemetry and the dashboard by a cookie
GET."""

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
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head
from eval_families37_kit import obj
from eval_families49_kit import (
    ACCOUNTANT,
    EXCHANGE_KEY,
    EXCHANGE_SECRET,
    TOKEN_CONTRACT,
    WALLET_ETH,
    XPUB,
    trades,
)
from eval_families49_sdk import cm_event, cm_session, cw_crash, cw_crumb, eb_batch, eb_identify
from eval_families49_svc import aj_message, fs_eval, pb_card, pb_confirm, ps_save
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("blockfiler", "Blockfiler", "com.example.blockfiler", "4.0.7",
          "https://api.blockfiler.example.com")
IID = "X-BF-Installation"
PW = "Ledger-Quokka-88"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _csv(rows: list[dict[str, Any]]) -> bytes:
    out = ["date,type,asset,qty,price_usd,fee_usd,tx_hash"]
    out += [f"{r['date']},{r['type']},{r['asset']},{r['qty']},{r['priceUsd']},{r['feeUsd']},"
            f"{r['txHash']}" for r in rows]
    return ("\n".join(out) + "\n").encode()


def blockfiler() -> list[Case]:
    rng = random.Random(4951)
    a, f = APP.api + "/api/v3", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="free"))}
    b = {"auth": "bearer"}
    tx = "0x" + opaque(rng, "", 64)
    sync = at_path(case(f, f"{a}/wallets/{WALLET_ETH}/sync", headers=_h(rng, **b), body={
        "fromBlock": 18900000, "includeTokens": True, "tokens": [TOKEN_CONTRACT]}),
        WALLET_ETH, PAY)
    return [
        case(f, f"{a}/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "country": L("US", COARSE),
            "taxYear": 2025, "referral": None}),
        case(f, f"{a}/auth/mfa", fmt="form", headers=_h(rng), body={
            "ticket": opaque(rng, "mfa_", 20), "code": L("662014", CRED),
            "remember": "true"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/wallets", headers=_h(rng, **b), body={
            "chain": "ethereum", "address": L(WALLET_ETH, PAY), "label": "Everyday wallet"}),
        case(f, f"{a}/wallets", headers=_h(rng, **b), body={
            "chain": "bitcoin", "xpub": L(XPUB, PAY), "label": "Cold storage",
            "gapLimit": 20}),
        case(f, f"{a}/integrations/coinmoor", fmt="form", headers=_h(rng, **b), body={
            "api_key": L(EXCHANGE_KEY, CRED), "api_secret": L(EXCHANGE_SECRET, CRED),
            "permissions": "read"}),
        case(f, f"{a}/transactions/import", gz=True, headers=_h(rng, **b), body={
            "source": "coinmoor", "rows": L(trades(rng, 6), BUY), "cursor": opaque(rng, "", 16)}),
        multipart(f, f"{a}/transactions/csv", [
            ("file", "coinmoor_2025.csv", "text/csv", L(_csv(trades(rng, 4)), BUY)),
            ("options", None, "application/json", {"exchange": "coinmoor", "tz": "UTC"})],
            headers=_h(rng, **b)),
        sync,
        case(f, f"{a}/transactions/{tx}/classify", headers=_h(rng, **b), body={
            "type": "gift_sent", "asset": "ETH", "qty": 0.25,
            "note": L("Birthday gift to my brother Sam", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/transactions/{obj(rng, 'tx', 12)}/note", fmt="form",
             headers=_h(rng, **b), body={
                 "note": L("Paid the contractor for the bathroom in ETH", TEXT)}),
        case(f, f"{a}/tax/profile", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "dob": L(DOB, BIRTH), "filingStatus": "single",
            "phone": L(DASHED, TEL), "occupation": "Product designer",
            "address": {"street": L(f"{LINE1} {LINE2}", ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/tax/cost-basis", fmt="form", headers=_h(rng, **b), body={
            "method": "HIFO", "year": "2025", "wash": "0"}),
        case(f, f"{a}/tax/residency", headers=_h(rng, **b), body={
            "state": L(STATE, COARSE), "city": L(CITY, COARSE), "fullYear": True}),
        case(f, f"{a}/security/devices", headers=_h(rng, **b), body={
            "installId": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC), "lanIp": L(LOCAL_IP, DEV),
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "vpn": L(False, DEV),
            "tz": L("America/New_York", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/reports/8949", headers=_h(rng, **b), query={
            "year": "2025", "format": "pdf", "method": "HIFO"}),
        case(f, f"{a}/reports/share", headers=_h(rng, **b), body={
            "name": L(ACCOUNTANT[0], NAMEC), "email": L(ACCOUNTANT[1], MAIL), "year": 2025,
            "message": L("Here is my 2025 crypto report, SSN ending 4325 is on page 1",
                         f"{TEXT}|{NATID}")}),
        case(f, f"{a}/plans/checkout", headers=_h(rng, **b), body={
            "plan": L("hodler_2025", BUY), "price": L("149.00", BUY), "promo": "TAXSEASON",
            "txLimit": 10000}),
        case(f, f"{a}/prices", headers=_h(rng, **b), query={
            "asset": "ETH", "date": "2025-03-14", "contract": TOKEN_CONTRACT}),
        case(f, f"{a}/support/callback", fmt="form", headers=_h(rng, **b), body={
            "phone": L(PHONE, TEL), "reason": "import_error", "window": "9-12"}),
        case(f, f"{a}/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("wallet_added", 1, chain="ethereum"), ev("report_generated", 2),
                ev("screen", 3, screen=L("GainsSummary", USAGE))]}),
        case(f, f"{a}/dashboard", headers=_h(rng, how="upper"),
             cookies={"bf_sess": L(opaque(rng, "", 44), CRED), "bf_theme": "dark"}),
    ]



def blockfiler_sdks() -> list[Case]:
    rng = random.Random(4952)
    return [
        eb_batch(APP, rng, [("Wallet Added", {"chain": "ethereum"}),
                            ("Report Downloaded", {"form": "8949"})]),
        eb_identify(APP, rng, {"email": L(EMAIL, MAIL), "plan": "hodler",
                               "state": L(STATE, COARSE), "wallets": 2}),
        cm_session(APP, rng, first=True),
        cm_event(APP, rng, "purchase", {"plan": "hodler_2025"}, revenue="149.00", hashed=True),
        cw_crash(APP, rng, ("java.math.ArithmeticException", "Division undefined"),
                 [cw_crumb("navigation", "Gains -> LotDetail"),
                  cw_crumb("request", "GET /api/v3/prices", {"status": 200})],
                 screen="LotDetailActivity", email=True),
        fs_eval(APP, rng, {"state": L("NY", COARSE), "defiBeta": False}, get=True),
        ps_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pb_card(APP, rng),
        pb_confirm(APP, rng, "149.00"),
        aj_message(APP, rng, L("The Coinmoor import is missing my March ETH sales", TEXT),
                   {"plan": "hodler", "wallets": 2}),
    ]
