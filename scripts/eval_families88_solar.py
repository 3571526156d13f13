"""Solar home-system pay-as-you-go app "Haskenrana" for the kit on the family house in Kano:
sign-up (her NIN for the credit check), log-in by PIN, ``/me``, the ID and house photos, the
installation confirmed at the house, the kit paired by Bluetooth, a mobile-money payment, the
unlock code fetched by her account number in the path and reported applied, the kit's readings
(gzip JSON) and a protobuf heartbeat, appliances, an upgrade offer and purchase, a support ticket
with a photo, a referral, SMS settings, an agent's visit, a PIN change, push, events and the
payments by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families88_kit import (
    ACCOUNT_HR,
    AGENT,
    KANO_HOME,
    KANO_HOME_AT,
    NIN,
    UNIT,
    WALLET,
    fix,
    telemetry,
)
from eval_families88_sdk import fw_session, kd_batch, kd_traits, tl_event, tl_open
from eval_families88_svc import bg_momo, sx_register, td_attach, tg_eval, yn_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("haskenrana", "Haskenrana", "com.example.haskenrana", "6.0.1",
          "https://api.haskenrana.example.com")
IID = "X-Hr-Install-Id"
PIN = "8264"
CODE = "4417 2093 8812 0456 771"  # the unlock code for 30 days (financial.purchase)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def haskenrana() -> list[Case]:
    rng = random.Random(8851)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, account=L(ACCOUNT_HR, UID), phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(KANO_HOME_AT)
    lab: dict[str, str] = {}
    hb = pb([(1, L(ACCOUNT_HR, UID)), (2, UNIT["serial"]), (3, [(1, 87), (2, 41.5), (3, 12.2)]),
             (4, 1765352000), (5, UNIT["fw"])], "", lab)
    cases = [
        case(f, f"{a}/v2/customers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "nin": L(NIN, NATID), "gender": L("female", GENDER),
            "address": {"street": L(KANO_HOME["titi"], ADDR), "area": L(KANO_HOME["unguwa"],
                                                                        COARSE),
                        "town": L("Kano", COARSE), "state": L("Kano", COARSE)},
            "household": 7, "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/auth/pin", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/customers/kyc", [
            ("id_front", "nin_card.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("house", "house.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"account": L(ACCOUNT_HR, UID),
                                                "agent": AGENT})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/installations", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_HR, UID), "serial": UNIT["serial"], "model": UNIT["model"],
            "agent": AGENT, "gps": {"lat": hla, "lon": hlo, "acc": 6},
            "panelTiltDeg": 12, "installedAt": "2025-12-02T10:15:00+01:00"}),
        case(f, f"{a}/v2/units/pair", fmt="form", headers=_h(rng, **b), body={
            "serial": UNIT["serial"], "ble": UNIT["ble"], "fw": UNIT["fw"],
            "phone_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/payments/momo", fmt="form", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_HR, UID), "amount": L("4500", BUY), "wallet": L(WALLET, PAY),
            "days": L("30", BUY)}),
        at_path(case(f, f"{a}/v2/accounts/{ACCOUNT_HR}/codes/latest", headers=_h(rng, **b)),
                ACCOUNT_HR, UID),
        case(f, f"{a}/v2/codes/applied", headers=_h(rng, **b), body={
            "account": L(ACCOUNT_HR, UID), "code": L(CODE, BUY), "days": L(30, BUY),
            "serial": UNIT["serial"], "via": "keypad"}),
        case(f, f"{a}/v2/units/{UNIT['serial']}/readings", gz=True, headers=_h(rng, **b), body={
            "account": L(ACCOUNT_HR, UID), "hours": telemetry(rng, 12), "tempC": 41.2}),
        raw(f, f"{a}/v2/units/hb", hb, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/appliances", headers=_h(rng, **b), body={
            "items": [{"kind": "tv", "w": 24}, {"kind": "fan", "w": 15},
                      {"kind": "bulb", "n": 4}], "hoursPerDay": 6}),
        case(f, f"{a}/v2/offers", headers=_h(rng, **b), query={
            "account": L(ACCOUNT_HR, UID), "product": "fridge-60l"}),
        case(f, f"{a}/v2/upgrades", headers=_h(rng, **b), body={
            "product": L("Haske Fridge 60L", BUY), "deposit": L(25000, BUY),
            "plan": L("daily_650", BUY), "account": L(ACCOUNT_HR, UID)}),
        multipart(f, f"{a}/v2/support/tickets", [
            ("photo", "panel.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("ticket", None, "application/json", {
                "serial": UNIT["serial"],
                "text": L("Wind broke the panel bracket, the battery stays at 20%", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/referrals", fmt="form", headers=_h(rng, **b), body={
            "name": L("Rabi Yusuf", NAMEC), "phone": L("+2348075550119", TEL),
            "town": "Wudil"}),
        case(f, f"{a}/v2/settings/sms", fmt="form", headers=_h(rng, **b), body={
            "phone": L(NATIONAL, TEL), "lang": L("ha", DEV), "lowCreditAlert": "1"}),
        case(f, f"{a}/v2/agent-visits", headers=_h(rng, **b), body={
            "address": L(f"{KANO_HOME['titi']}, {KANO_HOME['unguwa']}, Kano", ADDR),
            "lat": L(round(KANO_HOME_AT[0], 5), PRECISE),
            "lon": L(round(KANO_HOME_AT[1], 5), PRECISE), "window": "sat-am",
            "agent": AGENT}),
        case(f, f"{a}/v2/auth/pin/change", fmt="form", headers=_h(rng, **b), body={
            "old": L(PIN, CRED), "new": L("5917", CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ha_NG", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "account": L(ACCOUNT_HR, UID), "user": L(USER_ID, UID), "events": [
                ev("payment_made", 1, amount=L(4500, BUY)), ev("code_applied", 2),
                ev("screen", 3, screen=L("Balance", USAGE))]}),
        case(f, f"{a}/v2/payments", headers=_h(rng, how="plain"),
             cookies={"hr_session": L(opaque(rng, "", 40), CRED)}),
    ]
    return cases


def haskenrana_sdks() -> list[Case]:
    rng = random.Random(8852)
    return [
        kd_batch(APP, rng, [("Payment Made", {"amount": L(4500, BUY), "days": 30}),
                            ("Code Applied", {})], at=KANO_HOME_AT, nd=2),
        kd_traits(APP, rng, {"account": L(ACCOUNT_HR, UID), "state": L("Kano", COARSE),
                             "product": "haske80"}),
        tl_open(APP, rng, first=True),
        tl_event(APP, rng, "payment", {"days": 30}, revenue=4500.0),
        fw_session(APP, rng, secs=188),
        tg_eval(APP, rng, {"arrears": False, "fridgeOffer": True}),
        sx_register(APP, rng, at=KANO_HOME_AT, nd=2, tags={"credit_days": "30"}),
        yn_save(APP, rng, {"analytics": True, "credit_scoring": True}),
        bg_momo(APP, rng, WALLET, "4500", L(ACCOUNT_HR, UID)),
        td_attach(APP, rng, L(JPEG + b"\xb4", MEDIA), "keypad.jpg", "image/jpeg"),
    ]
