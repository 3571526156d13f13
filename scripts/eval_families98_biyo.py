"""Prepaid water app "Biyoole" for a solar borehole's water kiosks in Hodan (litres bought ahead by
mobile money and drawn with a tag or the phone; unlike set 96's municipal outage app there is no
utility account, meter or bill): registration, the SMS code, ``/me`` with a JWT, kiosks near her,
the tag linked, a top-up and its confirmation, a draw at the kiosk (protobuf), the balance by her
account in the path, credit shared with a neighbour, a broken-tap report with a photo, a taste
complaint, a jerrycan delivery to the house, the household's subsidy details, a kiosk's queue, a
rating, auto top-up, a device check (msgpack), push, events, a call-back request, the language,
and receipts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    DIGITS,
    E164,
    IID_NODASH,
    JPEG,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families98_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    KIOSK,
    TAG_UID,
    TZ,
    VISITED,
    WATER_ACCT,
    fix,
    hd,
    obj,
)
from eval_families98_sdk import (
    bb_bid,
    bb_win,
    fi_crash,
    fi_crumb,
    oq_event,
    oq_launch,
    th_batch,
    th_beacon,
)
from eval_families98_svc import bz_register, pm_wallet, tk_eval
from eval_payloads import ANDROID_ID, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("biyoole", "Biyoole", "com.example.biyoole", "1.12.3",
          "https://api.biyoole.example.net")
IID = "Biyoole-Device"
PIN = "2468"
TOPUP = "TP-77310294"  # a top-up's reference (financial.purchase)
WALLET = f"{TEL}|{PAY}"  # her mobile-money wallet is her number


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, **kw)


def biyoole() -> list[Case]:
    rng = random.Random(9831)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, account=L(WATER_ACCT, UID), phone=L(E164, TEL)))
    b = {"auth": "bearer"}
    kla, klo = fix((2.036498, 45.304211), 6)  # her phone at the kiosk's tap
    rla, rlo = fix((2.036551, 45.304102), 5)
    hla, hlo = fix(HOME_AT, 6)
    lab: dict[str, str] = {}
    draw = pb([(1, L(WATER_ACCT, UID)), (2, KIOSK["id"]), (3, 40), (4, 210),
               (5, [(1, kla), (2, klo)]), (6, 1765347700), (7, obj(rng, "dsp", 10))], "", lab)
    return [
        case(f, f"{a}/v1/register", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "name": L(NAME, NAMEC), "pin": L(PIN, CRED),
            "district": L(HOME["district"], COARSE), "household": "9"}),
        case(f, f"{a}/v1/register/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "otp": L("905117", CRED), "device": L(IID_NODASH, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, jwt=jw)),
        case(f, f"{a}/v1/kiosks/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "radius": "1500", "open": "1"}),
        case(f, f"{a}/v1/tags/link", headers=_h(rng, **b), body={
            "account": L(WATER_ACCT, UID), "tag_uid": TAG_UID, "kiosk": KIOSK["id"],
            "label": "blue tag"}),
        case(f, f"{a}/v1/topups", headers=_h(rng, **b), body={
            "account": L(WATER_ACCT, UID), "amount": L("5.00", BUY), "litres": 250,
            "wallet": L(PHONE, WALLET), "provider": "lacagnet", "client_ref": obj(rng, "c", 12)}),
        at_path(case(f, f"{a}/v1/topups/{TOPUP}/confirm", fmt="form", headers=_h(rng, **b),
                     body={"otp": L("318840", CRED), "account": L(WATER_ACCT, UID)}),
                TOPUP, BUY),
        raw(f, f"{a}/v1/kiosks/dispense", draw, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        at_path(case(f, f"{a}/v1/balance/{WATER_ACCT}", headers=_h(rng, **b),
                     query={"units": "litres"}), WATER_ACCT, UID),
        case(f, f"{a}/v1/credit/share", headers=_h(rng, **b), body={
            "from": L(WATER_ACCT, UID), "to_phone": L("+252615550102", TEL),
            "to_name": L("Hodan Cali", NAMEC), "litres": 100, "amount": L("2.00", BUY),
            "pin": L(PIN, CRED)}),
        multipart(f, f"{a}/v1/reports/outage", [
            ("photo", "tap.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("report", None, "application/json", {
                "kiosk": KIOSK["id"], "kioskAt": [KIOSK["lat"], KIOSK["lon"]],
                "lat": rla, "lon": rlo,
                "text": L("Tap 2 is broken, water runs on the ground all day", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/quality", headers=_h(rng, **b), body={
            "kiosk": KIOSK["id"], "taste": "salty", "colour": "clear",
            "text": L("Since Sunday the water is salty, my son will not drink it", TEXT)}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "account": L(WATER_ACCT, UID), "address": L(HOME["line"], ADDR),
            "district": L(HOME["district"], COARSE), "lat": hla, "lon": hlo, "jerrycans": 6,
            "fee": L("1.50", BUY),
            "note": L(f"Blue gate. If nobody answers call my husband {HUSBAND[0]}",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/household", headers=_h(rng, **b), body={
            "size": 9, "children_under5": 2, "pregnant_member": L(True, f"{MED}|{SENS}"),
            "disabled_member": False, "subsidy": "requested"}),
        case(f, f"{a}/v1/kiosks/{KIOSK['id']}/queue", headers=_h(rng, **b)),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "kiosk": KIOSK["id"], "stars": "4",
            "comment": L("Attendant was kind but the line was long", TEXT)}),
        case(f, f"{a}/v1/autotopup", headers=_h(rng, **b), body={
            "account": L(WATER_ACCT, UID), "below_litres": 40, "amount": L("3.00", BUY),
            "wallet": L(E164, WALLET), "enabled": True}),
        case(f, f"{a}/v1/device/check", fmt="msgpack", headers=_h(rng, **b), body={
            "install": L(INSTALL_ID, DID), "android_id": L(ANDROID_ID, DID),
            "sim_mccmnc": L(MCCMNC, CARRIER), "net_mccmnc": L(VISITED[0], CARRIER),
            "net_name": L(VISITED[1], CARRIER), "tz": L(TZ, DEV), "rooted": L(False, DEV),
            "mock_location": L(False, DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("so", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "account": L(WATER_ACCT, UID), "uid": L(USER_ID, UID), "events": [
                ev("topup_done", 1, litres=250), ev("dispense", 2, litres=40),
                ev("screen", 3, screen=L("Balance", USAGE))]}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), query={
            "from": "2025-12-01", "to": "2025-12-10"},
            cookies={"by_sess": L(opaque(rng, "", 40), CRED), "by_acct": L(WATER_ACCT, UID)}),
        case(f, f"{a}/v1/support/callback", fmt="form", headers=_h(rng, **b), body={
            "phone": L(DASHED, TEL), "topic": "tag_lost", "best_time": "evening"}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "lang": L("so", DEV), "sms_receipts": "1", "low_balance_alert": "40"}),
    ]


def biyoole_sdks() -> list[Case]:
    rng = random.Random(9832)
    return [
        th_batch(APP, rng, [("Topup Completed", {"amount": L(5.0, BUY), "litres": 250}),
                            ("Water Drawn", {"litres": 40})], at=HOME_AT, nd=2),
        th_beacon(APP, rng, "Onboarding Viewed", {"step": 2}),
        oq_launch(APP, rng, first=True),
        oq_event(APP, rng, "first_topup", {"kiosk": KIOSK["id"]}, revenue=5.0),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        bb_win(APP, rng),
        fi_crash(APP, rng, ("java.lang.IllegalStateException", "NFC tag lost"),
                 [fi_crumb("nav", "Balance -> TapToDraw"),
                  fi_crumb("tap", "draw", {"kiosk": KIOSK["id"]})], screen="DrawActivity"),
        tk_eval(APP, rng, {"district": L("Hodan", COARSE), "nfc": True}, q=True),
        bz_register(APP, rng, at=HOME_AT, nd=2, tags={"kiosk": KIOSK["id"]}),
        pm_wallet(APP, rng, "5.00", TOPUP),
    ]
