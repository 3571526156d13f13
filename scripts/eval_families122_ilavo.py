"""Remittance receipt app "Ilavomai" (``ilavo`` money, ``mai`` towards here): her sister-in-law in
Auckland sends the family money, which lands in her mobile wallet or her bank account; the app
keeps the receipts. Unlike the senders' apps of sets 15, 62 and 71 and set 101's cash pick-up at
an agent, this is a wallet-side receipt book: confirming each incoming transfer, thanking the
sender, receipts shared with a loan officer, a funeral contribution passed on, a cash-out with the
wallet PIN. Sign-up, the SMS code, ``/me`` with a JWT, KYC (ID card photo, selfie), the sender
linked, pending transfers, a transfer by reference in the path, its acceptance, thanks, the
receipt PDF, sharing it, a cash-out, a contribution, fraud signals, a rate alert, agents near her,
a support ticket, a limit upgrade, a client log (JSON Lines), contact matching, push, events and
the wallet by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PHONE_SHA256,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families37_kit import obj
from eval_families122_kit import (
    ACCOUNT_FJ,
    AGENT,
    FJ_TZ,
    ID_CARD,
    ROAM,
    SISTER,
    SUVA,
    SUVA_AT,
    TRANSFER,
    evs,
    hashed_book,
    hdr,
)
from eval_families122_sdk import fp_crash, fp_crumb, gf_batch, gf_identify, ir_event
from eval_families122_svc import ag_reverse, am_message, ft_eval, pk_opened, pk_register, pm_save
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("ilavomai", "Ilavomai", "com.example.ilavomai", "6.1.3",
          "https://api.ilavomai.example.com")
IID = "X-Ilavo-Device"
PW = "Auckland-Suva-17"
WPIN = "6029"  # her wallet PIN (secret.credential)
LOAN = ("Ravinesh Prasad", "r.prasad@yasawabank.example.com")  # her loan officer (typed)
T = f"https://api.ilavomai.example.com/v1/transfers/{TRANSFER}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, **kw)


def ilavomai() -> list[Case]:
    rng = random.Random(12261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    log = lines(f, f"{a}/v1/client-log", [
        {"lvl": "info", "device": L(INSTALL_ID, DID), "user": L(USER_ID, UID),
         "screen": L("TransferDetail", USAGE), "ts": 1765420011},
        {"lvl": "warn", "device": L(INSTALL_ID, DID), "user": L(USER_ID, UID),
         "screen": L("CashOut", USAGE), "msg": "agent list timeout", "ts": 1765420071}],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "mobile": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "idCardNo": L(ID_CARD, NATID),
            "address": {"line1": L(SUVA["line"], ADDR), "suburb": L(SUVA["area"], COARSE),
                        "city": L(SUVA["city"], COARSE), "country": L("FJ", COARSE)}}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mobile": L(NATIONAL, TEL), "code": L("581204", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc", [
            ("idFront", "id_front.jpg", "image/jpeg", L(JPEG + b"\x28\x01", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x28\x02", MEDIA)),
            ("data", None, "application/json", {
                "idType": "national_id", "idNo": L(ID_CARD, NATID), "expiry": "2031-04-30",
                "permanentAddress": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                     "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                     "zip": L(ZIP, COARSE), "country": L("US", COARSE)},
                "permanentGeo": dict(zip(("lat", "lon"), pos(4), strict=True))})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/senders", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL), "country": "NZ",
            "relationship": "sister_in_law"}),
        case(f, f"{a}/v1/transfers", headers=_h(rng, **b), query={
            "status": "pending", "limit": "20"}),
        at_path(case(f, T, headers=_h(rng, **b)), TRANSFER, BUY),
        at_path(case(f, f"{T}/accept", headers=_h(rng, **b), body={
            "destination": {"type": "bank", "account": L(ACCOUNT_FJ, PAY)},
            "amountNzd": L("300.00", BUY), "amountFjd": L("402.60", BUY), "rate": 1.342,
            "purpose": "family_support"}), TRANSFER, BUY),
        at_path(case(f, f"{T}/thanks", headers=_h(rng, **b), body={
            "text": L("Vinaka Mere! It came just in time for the roof iron after the cyclone",
                      TEXT)}), TRANSFER, BUY),
        at_path(case(f, f"{T}/receipt.pdf", headers=_h(rng, **b)), TRANSFER, BUY),
        case(f, f"{a}/v1/receipts/share", fmt="form", headers=_h(rng, **b), body={
            "reference": L(TRANSFER, BUY), "toName": L(LOAN[0], NAMEC),
            "toEmail": L(LOAN[1], MAIL),
            "note": L("Receipts of family support for my loan application", TEXT)}),
        case(f, f"{a}/v1/wallet/cashout", fmt="form", headers=_h(rng, **b), body={
            "amount": L("150.00", BUY), "agent": AGENT["id"], "pin": L(WPIN, CRED)}),
        case(f, f"{a}/v1/contributions", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "kind": "reguregu",
            "to": {"name": L("Ratu Josaia Tuidraki", NAMEC), "phone": L("+6795550158", TEL)},
            "note": L("From the Naivalu family in Suva, for the funeral at Nakorovou", TEXT)}),
        case(f, f"{a}/v1/risk/signals", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
            "lanIp": L(LOCAL_IP, DEV), "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "simCountry": L("US", CARRIER), "networkCountry": L(ROAM["country"], CARRIER),
            "simMccMnc": L(MCCMNC, CARRIER), "networkMccMnc": L(ROAM["mccmnc"], CARRIER),
            "rooted": L(False, DEV), "emulator": L(False, DEV)}),
        case(f, f"{a}/v1/alerts/rate", fmt="form", headers=_h(rng, **b), body={
            "pair": "NZDFJD", "above": "1.36", "sms": L(E164, TEL)}),
        case(f, f"{a}/v1/agents/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{SUVA_AT[0]:.3f}", PRECISE), "lng": L(f"{SUVA_AT[1]:.3f}", PRECISE),
            "cash": "1"}),
        case(f, f"{a}/v1/support/tickets", headers=_h(rng, **b), body={
            "topic": "delay", "text": L(f"Transfer {TRANSFER} says paid in Auckland but not in "
                                        "my account", f"{TEXT}|{BUY}"),
            "ticket": obj(rng, "tk", 8)}),
        case(f, f"{a}/v1/limits/upgrade", headers=_h(rng, **b), body={
            "tier": 2, "sourceOfFunds": "family_abroad", "occupation": "market_vendor",
            "expectedMonthlyFjd": "800"}),
        log,
        case(f, f"{a}/v1/contacts/match", headers=_h(rng, **b), body={
            "self": L(PHONE_SHA256, TEL), "hashes": L(hashed_book(rng, 9), CONTACTS),
            "algo": "sha256"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "tz": L(FJ_TZ, DEV), "lang": L("en-FJ", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": evs("transfer_accepted", "receipt_shared",
                                                   "screen_Wallet")}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="nodash"),
             cookies={"im_sess": L(opaque(rng, "", 44), CRED), "im_dev": L(INSTALL_ID, DID),
                      "im_rid": rid(rng)}),
    ]


def ilavomai_sdks() -> list[Case]:
    rng = random.Random(12262)
    return [
        gf_batch(APP, rng, [("Transfer Accepted", {"amount_fjd": L(402.6, BUY)}),
                            ("Receipt Shared", {"channel": "email"})], ip=True),
        gf_identify(APP, rng, {"city": L(SUVA["city"], COARSE), "kyc_tier": 2,
                               "phone": L(PHONE, TEL)}),
        ir_event(APP, rng, "transfer_received", {"ref": L(TRANSFER, BUY), "corridor": "NZ-FJ"},
                 revenue=402.6, hashed=True),
        fp_crash(APP, rng, ("javax.net.ssl.SSLHandshakeException", "pinning failure"),
                 [fp_crumb("nav", "Transfers -> Detail"),
                  fp_crumb("net", "GET", {"url": f"{APP.api}/v1/transfers", "status": 0})],
                 screen="TransferDetailActivity"),
        ft_eval(APP, rng, {"corridor": "NZ-FJ", "walletCashout": True}),
        pk_register(APP, rng, tags={"corridor": "NZ-FJ", "kyc": "2"}),
        pk_opened(APP, rng),
        pm_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        ag_reverse(APP, rng, (AGENT["lat"], AGENT["lon"]), None),
        am_message(APP, rng, L(f"Can you check {TRANSFER}? Mere sent it on Friday",
                               f"{TEXT}|{BUY}|{NAMEC}"), {"ref": L(TRANSFER, BUY)}),
    ]
