"""A toll-tag wallet app "Pothkor" (``poth`` road, ``kor`` tax; an RFID tag on the windscreen of
their car pays the plazas on the Guwahati-Jorhat highway). Keys mix English with Assamese in
Latin letters: ``grahak`` customer, ``naam`` / ``upadhi`` first name / surname, ``mobile``
mobile number, ``jonmo_tarikh`` birth date, ``thikona`` address, ``xohor`` town, ``gari``
vehicle, ``gari_nombor`` plate, ``malik`` owner, ``jomaa`` balance, ``porimaan`` amount,
``lenden`` transaction, ``obhijog`` complaint, ``karon`` reason, ``jatra`` trip, ``anuman``
estimate, ``pora`` / ``loi`` from / to, ``masik_pass`` monthly pass, ``pramaan`` proof,
``xima`` threshold, ``xotorkota`` alert, ``poriyal`` family, ``barta`` message, ``sondhan``
search, ``okhyangxo`` / ``dragimangxo`` latitude / longitude): KYC sign-up (her PAN), an SMS
code, ``/moi``, the PAN card image, linking the car and tag, a UPI recharge, an auto-debit
mandate (her account), transactions by tag in the path, a double-deduction dispute, a trip
estimate (``lat,lon`` strings), a local monthly pass (her Aadhaar as address proof), a
low-balance alert, a protobuf trip beat, airport parking, a search, a message, a replacement
tag, her husband as a second driver, seen transactions (JSON Lines), a statement by cookie,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    AADHAAR,
    ACCOUNT,
    HOME,
    HOME_AT,
    HUSBAND,
    IFSC,
    IN_PHONE,
    JORHAT_AT,
    PAN,
    PLATE,
    PLAZA,
    TAG,
    VPA,
    WALLET,
    fix,
    hd,
    push,
)
from eval_families191_sdk import lm_batch, lm_identify, ts_event, ts_launch
from eval_families191_svc import (
    fm_eval,
    hg_message,
    mb_geocode,
    mb_route,
    pk_register,
    py_card,
    py_upi,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pothkor", "Pothkor", "com.example.pothkor", "2.4.0", "https://api.pothkor.example.net")
IID = "X-Pothkor-Device"
NID = "personal.national_id"
TRIP_FIX = (26.347912, 92.684205)  # her phone on the highway past Nagaon (location.precise)
AIRPORT_FIX = (26.105904, 91.587233)  # her phone at the airport car park (location.precise)
TXNS = ["TX2602140931A7", "TX2602140931B2"]  # her two toll debits (financial.purchase)
VPAL = f"{PAY}|{TEL}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def pothkor() -> list[Case]:
    rng = random.Random(19161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wallet=L(WALLET, UID), mobile=L(IN_PHONE, TEL)))}
    ala, alo = fix(AIRPORT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WALLET, UID)), (2, L(TAG, UID)), (3, 1771040000),
               (4, [(1, L(TRIP_FIX[0], PRECISE)), (2, L(TRIP_FIX[1], PRECISE)), (3, 71.5)]),
               (5, L(48, DEV))], "", lab)
    txns = at_path(case(f, f"{a}/api/v1/tag/{TAG}/lenden", headers=_h(rng, **b),
                        query={"maah": "2026-02"}), TAG, UID)
    return [
        case(f, f"{a}/api/v1/grahak", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC), "mobile": L(IN_PHONE, TEL),
            "email": L(EMAIL, MAIL), "pan": L(PAN, NID), "jonmo_tarikh": L("1991-05-17", BIRTH),
            "thikona": L(HOME["line"], ADDR), "xohor": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "wallet": L(WALLET, UID), "kyc": "min"}),
        case(f, f"{a}/api/v1/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(IN_PHONE, TEL), "otp": L("771350", CRED)}),
        case(f, f"{a}/api/v1/moi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v1/kyc", [
            ("pan_card", "pan.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"pan": L(PAN, NID), "wallet": L(WALLET, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/gari", headers=_h(rng, **b), body={
            "gari_nombor": PLATE, "shreni": "VC4", "chassis_xesh": "41187",
            "tag": L(TAG, UID), "wallet": L(WALLET, UID),
            "malik": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/recharge", fmt="form", headers=_h(rng, **b), body={
            "wallet": L(WALLET, UID), "porimaan": L("1000", BUY), "upi": L(VPA, VPAL),
            "ref": rid(rng)}),
        case(f, f"{a}/api/v1/mandate", headers=_h(rng, **b), body={
            "wallet": L(WALLET, UID), "khata": L(ACCOUNT, PAY), "ifsc": L(IFSC, PAY),
            "khatar_naam": L(f"{FIRST} {LAST}", NAMEC), "xima": 500, "top_up": 1000}),
        txns,
        case(f, f"{a}/api/v1/obhijog", headers=_h(rng, **b), body={
            "lenden": [L(t, BUY) for t in TXNS], "plaza": L(PLAZA["name"], COARSE),
            "xomoy": "2026-02-14T09:31+05:30", "porimaan": L(135, BUY),
            "karon": L("Raha plazat ekei xomoyot duibar kor katise", f"{TEXT}|{COARSE}"),
            "tag": L(TAG, UID)}),
        case(f, f"{a}/api/v1/jatra/anuman", headers=_h(rng, **b), query={
            "pora": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE),
            "loi": L(f"{JORHAT_AT[0]:.4f},{JORHAT_AT[1]:.4f}", PRECISE), "shreni": "VC4"}),
        case(f, f"{a}/api/v1/masik_pass", headers=_h(rng, **b), body={
            "plaza": PLAZA["id"], "gari_nombor": PLATE, "thikona": L(HOME["line"], ADDR),
            "pin": L(HOME["pin"], COARSE), "pramaan": {"dhoron": "aadhaar",
                                                       "nombor": L(AADHAAR, NID)},
            "porimaan": L(340, BUY), "wallet": L(WALLET, UID)}),
        case(f, f"{a}/api/v1/jomaa/xotorkota", fmt="form", headers=_h(rng, **b), body={
            "wallet": L(WALLET, UID), "xima": "200", "mobile": L(IN_PHONE, TEL)}),
        raw(f, f"{a}/api/v1/jatra/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/parking", headers=_h(rng, **b), body={
            "tag": L(TAG, UID), "parking": "pk_lgbi_p2", "ghonta": 5,
            "porimaan": L(230, BUY), "sthan": {"okhyangxo": ala, "dragimangxo": alo}}),
        case(f, f"{a}/api/v1/sondhan", headers=_h(rng, **b), query={
            "q": L("Jorhat highway plaza kor VC4", SEARCH)}),
        case(f, f"{a}/api/v1/barta", headers=_h(rng, **b), body={
            "barta": L("Mor jomaa 1000 recharge korilu kintu wallet-ot ahi pua nai", TEXT),
            "wallet": L(WALLET, UID)}),
        case(f, f"{a}/api/v1/tag/notun", headers=_h(rng, **b), body={
            "purona_tag": L(TAG, UID), "karon": L("Windshield salona, tag bhangil", TEXT),
            "porimaan": L(100, BUY), "thikona": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/v1/poriyal", headers=_h(rng, **b), body={
            "wallet": L(WALLET, UID), "naam": L(HUSBAND[0], NAMEC),
            "mobile": L(HUSBAND[1], TEL), "xomporko": "swami"}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "dekhilu", "lenden": L(TXNS[0], BUY)},
            {"op": "dekhilu", "lenden": L(TXNS[1], BUY), "obhijog": True}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/statement", headers=_h(rng, how="none"), cookies={
            "pt_sesion": L(opaque(rng, "", 40), CRED), "pt_yontro": L(INSTALL_ID, DID),
            "pt_req": rid(rng)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recharge", 1, porimaan=L(1000, BUY)),
                ev("screen", 2, screen=L("Lenden", USAGE))]}),
    ]


def pothkor_sdks() -> list[Case]:
    rng = random.Random(19162)
    return [
        lm_batch(APP, rng, [("Wallet Recharged", {"amount": L(1000, BUY)}),
                            ("Dispute Raised", {})], at=TRIP_FIX, nd=2),
        lm_identify(APP, rng, {"xohor": L("Guwahati", COARSE), "wallet": L(WALLET, UID),
                               "vehicle_class": "VC4"}),
        ts_launch(APP, rng, user=True),
        ts_event(APP, rng, "recharge", {"wallet": L(WALLET, UID)}, revenue=1000.0,
                 currency="INR", hashed=True),
        fm_eval(APP, rng, {"vehicle_class": "VC4", "state": L("Assam", COARSE)}, hdr=True),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"plaza": PLAZA["id"]}),
        py_upi(APP, rng, "1000.00", L(VPA, VPAL), note="recharge"),
        py_card(APP, rng),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((PLAZA["lat"], PLAZA["lon"]), None),
                            (JORHAT_AT, PRECISE)]),
        mb_geocode(APP, rng, "Raha toll plaza", SEARCH),
        hg_message(APP, rng, L(f"Double deduction at Raha plaza for tag {TAG}",
                               f"{TEXT}|{COARSE}|{UID}"), {"wallet": L(WALLET, UID)}),
    ]
