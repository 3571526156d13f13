"""SIM airtime and mobile-money top-up app "Kredit Kwik" (roaming on her US SIM in Lae; earlier
airtime sets were shops' or wallets' apps, this one reads the SIM and buys airtime and data for
her and her husband): registration with a PIN, the SIM read-out (IMSI, ICCID, MCC/MNC), ``/me``,
airtime for her and for her husband, a data bundle, a wallet transfer to him, agents nearby, a
cash-out at an agent, contact matching (hashed numbers), a power bill, a device check
(protobuf: Wi-Fi, LAN and public IP), offers by her hashed number, a PIN change, KYC, a
favourites list, an offline top-up queue (JSON Lines), push, events and statements by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_SHA256,
    PRECISE,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
    sha,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families121_kit import AGENT, HASBAN, HOME_LAE, MM_PIN, NID, WALLET, obj
from eval_families121_sdk import bh_bid, bh_win, tk_batch, tk_identify, tw_event
from eval_families121_svc import mm_geocode, of_check, pc_card, pw_register
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    ICCID,
    IMSI,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("kreditkwik", "KreditKwik", "com.example.kreditkwik", "3.9.0",
          "https://api.kreditkwik.example.com")
IID = "X-KK-Install-Id"
BOOK = ["+67571882043", "+67573004418", "+67572910455", "+67570338814"]  # her address book


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "plain")
    return head(APP, rng, iid=IID, **kw)


def kreditkwik() -> list[Case]:
    rng = random.Random(12161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, msisdn=L(E164, TEL), wallet=L(WALLET, PAY)))}
    lab: dict[str, str] = {}
    chk = pb([(1, L(USER_ID, UID)), (2, L(ANDROID_ID, DID)), (3, L(SSID, WIFI)),
              (4, L(BSSID, WIFI)), (5, L(LOCAL_IP, DEV)), (6, L(PUBLIC_IP, IPLOC)),
              (7, obj(rng, "chk", 8))], "", lab)
    return [
        case(f, f"{a}/v3/register", fmt="form", headers=_h(rng), body={
            "msisdn": L(E164, TEL), "name": L(NAME, NAMEC), "pin": L(MM_PIN, CRED)}),
        case(f, f"{a}/v3/sim", headers=_h(rng), body={
            "imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM), "mccmnc": L(MCCMNC, CARRIER),
            "operator": L("Example Mobile", CARRIER), "simCountry": L("us", CARRIER),
            "networkCountry": L("pg", CARRIER), "roaming": True, "msisdn": L(E164, TEL)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/airtime", headers=_h(rng, **b), body={
            "to": L(E164, TEL), "amount": L("10.00", BUY), "wallet": L(WALLET, PAY),
            "txn": obj(rng, "tx", 10)}),
        case(f, f"{a}/v3/airtime", headers=_h(rng, **b), body={
            "to": L(HASBAN[1], TEL), "toName": L(HASBAN[0], NAMEC), "amount": L("5.00", BUY),
            "wallet": L(WALLET, PAY), "txn": obj(rng, "tx", 10)}),
        case(f, f"{a}/v3/bundles", headers=_h(rng, **b), body={
            "bundle": L("data_3gb_30d", BUY), "price": L("30.00", BUY), "to": L(E164, TEL)}),
        case(f, f"{a}/v3/transfers", fmt="form", headers=_h(rng, **b), body={
            "to": L(HASBAN[1], TEL), "amount": L("50.00", BUY), "pin": L(MM_PIN, CRED),
            "note": L("For Grace's bus fare this week", TEXT)}),
        case(f, f"{a}/v3/wallet/balance", headers=_h(rng, **b)),
        case(f, f"{a}/v3/agents/nearby", headers=_h(rng, **b), query={
            "near": L(f"{HOME_LAE[0]:.3f},{HOME_LAE[1]:.3f}", PRECISE), "r": "1500"}),
        case(f, f"{a}/v3/cashout", headers=_h(rng, **b), body={
            "agent": {"id": AGENT["id"], "name": AGENT["name"], "phone": AGENT["phone"]},
            "amount": L("100.00", BUY), "pin": L(MM_PIN, CRED), "fee": "2.50"}),
        case(f, f"{a}/v3/contacts/match", headers=_h(rng, **b), body={
            "hashes": [L(sha("sha256", n), CONTACTS) for n in BOOK], "self": L(PHONE_SHA256, TEL)}),
        case(f, f"{a}/v3/bills/power", headers=_h(rng, **b), body={
            "meter": L("04187726519", BUY), "amount": L("40.00", BUY), "wallet": L(WALLET, PAY)}),
        raw(f, f"{a}/v3/risk/device", chk, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/offers", headers=_h(rng, how="none"), query={
            "h": L(PHONE_SHA256, TEL), "segment": "roamer"}),
        case(f, f"{a}/v3/pin", fmt="form", headers=_h(rng, **b), body={
            "old": L(MM_PIN, CRED), "new": L("9315", CRED)}),
        multipart(f, f"{a}/v3/kyc", [
            ("id_front", "nid.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("selfie", "face.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("data", None, "application/json", {"nid": L(NID, NATID), "dob": L(DOB, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/favourites", headers=_h(rng, **b), body={"favourites": [
            {"label": "Kila", "name": L(HASBAN[0], NAMEC), "msisdn": L(HASBAN[1], TEL)},
            {"label": "Me", "msisdn": L(E164, TEL)}]}),
        lines(f, f"{a}/v3/topups/offline", [
            {"to": L(E164, TEL), "amount": L(f"{v}.00", BUY), "queuedAt": 1765331000 + 90 * i,
             "device": L(ANDROID_ID, DID)} for i, v in enumerate((2, 3))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("topup", 1, amount=L(10, BUY)), ev("transfer", 2),
                ev("screen", 3, screen=L("Agents", USAGE))]}),
        case(f, f"{a}/v3/statements", headers=_h(rng, how="none"), query={"month": "2025-12"},
             cookies={"kk_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def kreditkwik_sdks() -> list[Case]:
    rng = random.Random(12162)
    return [
        tk_batch(APP, rng, [("topup", {"amount": L(10.0, BUY)}),
                            ("transfer", {"amount": L(50.0, BUY)})], adid=True),
        tk_identify(APP, rng, {"msisdn_country": L("us", CARRIER), "roaming": True}),
        tw_event(APP, rng, "first_topup", {}, revenue=10.0, hashed=True),
        bh_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}),
        bh_win(APP, rng),
        pc_card(APP, rng),
        pw_register(APP, rng, tags={"segment": "roamer"}),
        of_check(APP, rng, {"analytics": True, "ads": True}),
        mm_geocode(APP, rng, "Tok Tok Stoa Eriku", "behavior.search"),
    ]
