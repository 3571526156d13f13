"""Microfinance group-loan app "Kromchey" (krom: group; khchey: borrow): a Phnom Penh lender's
joint-liability loans to women's groups that meet weekly at a centre; she borrows for a
second-hand sewing machine to take tailoring work at weekends (camelCase API). Not set 46's
individual micro-loan, set 112's tontine nor set 113's asset loan: a solidarity group, its weekly
meeting and repayments collected there. SMS sign-in and a PIN, ``/me`` with a JWT, the KYC (ID
card, family book, the address, her husband), the documents and a liveness template, groups
near her house, joining a group, the application (her fix, the purpose), her husband as
co-signer, the contract signed (a PNG and a code), the schedule by loan number in the path, a
repayment and its transfer slip by reference in the path, the meeting's check-in, the group chat
(msgpack), credit-life insurance naming her son, a savings deposit, the device check (SIM,
network, IP, Wi-Fi, LAN address, installed apps), push, events and statements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    IPLOC,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families25_kit import PNG
from eval_families125_kit import (
    CENTRE,
    CENTRE_FIX,
    CITY_PP,
    CLIENT_NO,
    HOME_AT,
    HOME_BSSID,
    HOME_LINE,
    HOME_SSID,
    HUSBAND,
    HUSBAND_ID,
    KH_E164,
    KH_ID,
    KHAN,
    LOAN_NO,
    SANGKAT,
    SON,
    TONLE,
    WALLET_ACCT,
    fix,
    obj,
)
from eval_families125_sdk import dl_event, dl_launch, kb_bid, mv_batch, mv_queue
from eval_families125_svc import as_check, bb_wallet, bt_eval, ha_attach, pp_register
from eval_payloads import ANDROID_ID, INSTALL_ID, LOCAL_IP, PUBLIC_IP, Case, J, L, case

APP = App("kromchey", "Kromchey", "com.example.kromchey", "2.11.0",
          "https://api.kromchey.example.net")
IID = "X-Device-Install"
PIN = "270519"
MEMBERS = others(random.Random(12520), 4, "cl_")  # the other women of the group (negatives)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kromchey() -> list[Case]:
    rng = random.Random(12521)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, clientNo=L(CLIENT_NO, UID), phone=L(KH_E164, TEL)))}
    b = {"auth": "bearer"}
    group, app_id, meet = obj(rng, "grp", 8), obj(rng, "apl", 10), obj(rng, "mtg", 8)
    ref = f"RP-{rng.randrange(10 ** 7, 10 ** 8)}"
    hla, hlo = fix(HOME_AT, 5)
    cla, clo = fix(CENTRE_FIX)
    vec = [round(rng.gauss(0, 0.07), 4) for _ in range(128)]
    sched = at_path(case(f, f"{a}/v2/loans/{LOAN_NO}/schedule", headers=_h(rng, **b)),
                    LOAN_NO, UID)
    slip = at_path(multipart(f, f"{a}/v2/repayments/{ref}/slip", [
        ("slip", "slip.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{PAY}"))],
        headers=_h(rng, **b)), ref, BUY)
    return [
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "lang": L("km", DEV)}),
        case(f, f"{a}/v2/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(KH_E164, TEL), "code": L("603318", CRED)}),
        case(f, f"{a}/v2/auth/pin", fmt="form", headers=_h(rng), body={
            "clientNo": L(CLIENT_NO, UID), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kyc", headers=_h(rng, **b), body={
            "fullName": L("Jane Doe", NAMEC), "dateOfBirth": L("1991-05-17", BIRTH),
            "idCardNo": L(KH_ID, NATID), "maritalStatus": "married", "dependants": 1,
            "address": {"line": L(HOME_LINE, ADDR), "commune": L(SANGKAT, COARSE),
                        "district": L(KHAN, COARSE), "province": L(CITY_PP, COARSE)},
            "spouseName": L(HUSBAND[0], NAMEC), "occupation": "sewing operator",
            "monthlyIncome": 265}),
        multipart(f, f"{a}/v2/kyc/documents", [
            ("idFront", "id_front.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NATID}")),
            ("idBack", "id_back.jpg", "image/jpeg", L(JPEG + b"\x43", f"{MEDIA}|{NATID}")),
            ("familyBook", "family_book.jpg", "image/jpeg",
             L(JPEG + b"\x44", f"{MEDIA}|{NATID}"))], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc/liveness", headers=_h(rng, **b), body={
            "session": obj(rng, "lv", 10), "template": L(f32b64(vec), FACE),
            "liveness": 0.988, "blink": True}),
        case(f, f"{a}/v2/groups/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radiusKm": "2"}),
        case(f, f"{a}/v2/groups/{group}/join", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "role": "member", "coGuarantees": MEMBERS}),
        case(f, f"{a}/v2/loan-applications", headers=_h(rng, **b), body={
            "id": app_id, "group": group, "amount": L(600, BUY), "termWeeks": 26,
            "purpose": L("Second-hand sewing machine for weekend tailoring at home", TEXT),
            "appliedAt": {"lat": hla, "lng": hlo}, "officer": "lo_0193", "ratePct": 1.5}),
        case(f, f"{a}/v2/loan-applications/{app_id}/cosigner", headers=_h(rng, **b), body={
            "relation": "spouse", "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[2], TEL),
            "idCardNo": L(HUSBAND_ID, NATID)}),
        multipart(f, f"{a}/v2/loan-applications/{app_id}/sign", [
            ("signature", "sign.png", "image/png", L(PNG + b"\x45", MEDIA)),
            ("confirm", None, "application/json", {"otp": L("771204", CRED),
                                                   "contractVersion": "gl-2025-3"})],
            headers=_h(rng, **b)),
        sched,
        case(f, f"{a}/v2/repayments", headers=_h(rng, **b), body={
            "loanNo": L(LOAN_NO, UID), "amount": L(26.5, BUY), "reference": L(ref, BUY),
            "fromWallet": L(WALLET_ACCT, PAY), "week": 3}),
        slip,
        case(f, f"{a}/v2/meetings/{meet}/checkin", headers=_h(rng, **b), body={
            "lat": cla, "lng": clo, "centre": CENTRE["id"],
            "centrePoint": [CENTRE["lat"], CENTRE["lon"]], "onTime": True}),
        case(f, f"{a}/v2/groups/{group}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(CLIENT_NO, UID), "text": L("I will bring my share Friday, payday is late",
                                                 TEXT), "clientId": obj(rng, "m", 10)}),
        case(f, f"{a}/v2/insurance/credit-life", headers=_h(rng, **b), body={
            "loanNo": L(LOAN_NO, UID), "premium": L(3.0, BUY), "beneficiary": {
                "name": L(SON[0], NAMEC), "dateOfBirth": L(SON[2], BIRTH), "relation": "son"}}),
        case(f, f"{a}/v2/savings/deposits", fmt="form", headers=_h(rng, **b), body={
            "clientNo": L(CLIENT_NO, UID), "amount": L("5.00", BUY), "currency": "USD"}),
        case(f, f"{a}/v2/devices/check", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "simMccMnc": L("310260", CARRIER),
            "simOperator": L("Example Mobile", CARRIER), "networkOperator": L(TONLE[0], CARRIER),
            "networkMccMnc": L(TONLE[1], CARRIER), "publicIp": L(PUBLIC_IP, IPLOC),
            "localIp": L(LOCAL_IP, DEV), "ssid": L(HOME_SSID, WIFI), "bssid": L(HOME_BSSID, WIFI),
            "rooted": L(False, DEV), "apps": [L(p, APPS) for p in (
                "com.example.kammakor", "com.example.mekongwallet", "com.example.tonlechat")]}),
        case(f, f"{a}/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "clientNo": L(CLIENT_NO, UID), "events": [
                ev("repayment_submitted", 1, week=3), ev("meeting_checkin", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v2/statements", headers=_h(rng, how="none"),
             cookies={"kc_session": L(opaque(rng, "", 48), CRED),
                      "kc_client": L(CLIENT_NO, UID)}),
    ]


def kromchey_sdks() -> list[Case]:
    rng = random.Random(12522)
    return [
        mv_batch(APP, rng, [("Repayment Submitted", {"amount": L(26.5, BUY), "week": 3}),
                            ("Meeting Check In", {"centre": CENTRE["id"]})],
                 at=CENTRE_FIX, nd=3),
        mv_queue(APP, rng, [("Schedule Viewed", {}), ("Group Chat Opened", {"unread": 2})]),
        dl_launch(APP, rng, user=True, n=14),
        dl_event(APP, rng, "loan_applied", {"amount": L(600, BUY), "term": 26}, hashed=True),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="loan,sewing,business"),
        bt_eval(APP, rng, {"province": L(CITY_PP, COARSE), "activeLoan": True}, hdr=True),
        pp_register(APP, rng, tags={"centre": CENTRE["id"], "dueDay": "fri"}, at=HOME_AT, nd=2),
        as_check(APP, rng, {"analytics": True, "ads": True}),
        bb_wallet(APP, rng),
        ha_attach(APP, rng, L(JPEG + b"\x46", f"{MEDIA}|{PAY}"), "wallet_receipt.jpg",
                  "image/jpeg"),
    ]
