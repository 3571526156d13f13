"""Night-market stall seller app "Geraimalam" (she sells apam balik at the Wednesday market in
Taman Connaught): seller sign-up with her MyPR number, a log-in, ``/me``, checking in at her lot,
her hawker permit, the menu and a photo, the night's sales (msgpack) and summary (gzip), a QR for
a customer, a regular's pre-order, a supplies order, the lot's rent, her payout account and a
payout, an expense, markets nearby, her helper, a reply to a review, a receipt printer, push,
events and the night's report by a cookie GET. Customers' orders to her are her business's sales,
not her purchases (negatives)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families91_kit import (
    CUSTOMER,
    MARKET,
    MY_HOME,
    MY_PHONE,
    MY_PHONE_E164,
    MYPR,
    PAYOUT,
    SSM,
    STALL,
    STALL_FIX,
    sales,
)
from eval_families91_sdk import (
    hb_batch,
    hb_queue,
    jm_event,
    jm_install,
    ls_bid,
    rp_crash,
    rp_crumb,
)
from eval_families91_svc import bp_card, lw_register, ps_reverse, st_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("geraimalam", "Geraimalam", "com.example.geraimalam", "1.19.0",
          "https://api.geraimalam.example.net")
IID = "X-Gerai-Install"
PW = "ApamRangup#2025"
HELPER = ("Siti Nurhaliza Amir", "+60182234519")  # her niece who helps at the stall (typed)
MENU = [{"item": "Apam balik kacang", "price": 4.0}, {"item": "Apam balik jagung", "price": 5.0},
        {"item": "Apam balik cheese", "price": 6.0}]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def geraimalam() -> list[Case]:
    rng = random.Random(9161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(MY_PHONE_E164, TEL), ssm=SSM))}
    sla, slo = fix(STALL_FIX)
    night = obj(rng, "nt", 8)
    return [
        case(f, f"{a}/api/sellers/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(MY_PHONE_E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "icNo": L(MYPR, NATID), "ssm": SSM,
            "business": "Apam Balik Rangup Ampang", "category": "kuih"}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "phone": L(MY_PHONE, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/stalls/checkin", headers=_h(rng, **b), body={
            "market": MARKET["id"], "lot": STALL, "night": night, "lat": sla, "lng": slo,
            "marketPos": {"lat": MARKET["lat"], "lng": MARKET["lon"]}, "gas": True}),
        multipart(f, f"{a}/api/stalls/permit", [
            ("permit", "permit.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("fields", None, "application/json", {"licence": "MBSJ-PJ-2025-44821",
                                                  "expires": "2026-06-30", "lot": STALL})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/menu", headers=_h(rng, **b), body={"items": MENU, "open": "17:00",
                                                              "close": "23:00"}),
        multipart(f, f"{a}/api/menu/photo", [
            ("photo", "apam.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {"item": "Apam balik cheese"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sales/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "seller": L(USER_ID, UID), "night": night, "lot": STALL, "sales": sales(rng, 6)}),
        case(f, f"{a}/api/sales/summary", gz=True, headers=_h(rng, **b), body={
            "night": night, "orders": 87, "gross": 412.0, "cash": 268.0, "qr": 144.0,
            "soldOut": ["Apam balik cheese"], "weather": "light rain"}),
        case(f, f"{a}/api/qr/dynamic", headers=_h(rng, **b), body={
            "proxy": L(MY_PHONE_E164, TEL), "amount": "10.00", "ref": rid(rng),
            "expiresSec": 300}),
        case(f, f"{a}/api/preorders", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER[0], NAMEC), "phone": L(CUSTOMER[1], TEL),
            "items": [{"item": "Apam balik kacang", "qty": 10}], "pickup": "21:00",
            "note": L("Kak Zura nak extra kacang, ambil lepas Isyak", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/supplies/orders", headers=_h(rng, **b), body={
            "order": L("SUP-771204", BUY), "supplier": "sup_0419",
            "items": [{"sku": "FLR-10KG", "qty": 2}, {"sku": "PNT-5KG", "qty": 1}],
            "total": L("186.40", BUY), "deliverTo": {
                "address": L(f"{MY_HOME['alamat']}, {MY_HOME['jalan']}", ADDR),
                "postcode": L(MY_HOME["poskod"], COARSE), "city": L(MY_HOME["bandar"], COARSE),
                "recipient": L(NAME, NAMEC)}}),
        case(f, f"{a}/api/stalls/rent", fmt="form", headers=_h(rng, **b), body={
            "lot": STALL, "month": "2025-12", "amount": L("120.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/payouts/account", headers=_h(rng, **b), body={
            "bank": PAYOUT[0], "account": L(PAYOUT[1], PAY), "holder": L(NAME, NAMEC),
            "icNo": L(MYPR.replace("-", ""), NATID)}),
        case(f, f"{a}/api/payouts", fmt="form", headers=_h(rng, **b), body={
            "amount": L("400.00", BUY), "to": L(opaque(rng, "ba_", 16), PAY)}),
        case(f, f"{a}/api/expenses", headers=_h(rng, **b), body={
            "item": "LPG cylinder 14kg", "amount": L("29.90", BUY), "night": night,
            "note": L("Gas ran out at 9pm again", TEXT)}),
        case(f, f"{a}/api/markets/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{STALL_FIX[0]:.4f}", PRECISE), "lng": L(f"{STALL_FIX[1]:.4f}", PRECISE),
            "day": "wed"}),
        case(f, f"{a}/api/staff", headers=_h(rng, **b), body={
            "name": L(HELPER[0], NAMEC), "phone": L(HELPER[1], TEL), "role": "helper",
            "canTakeCash": True}),
        case(f, f"{a}/api/reviews/{obj(rng, 'rv', 8)}/reply", fmt="form",
             headers=_h(rng, **b), body={"reply": L("Terima kasih! Datang lagi Rabu depan",
                                                    TEXT)}),
        case(f, f"{a}/api/printers", headers=_h(rng, **b), body={
            "name": "PT-210", "mac": "86:67:7A:12:9C:41", "paper": 58}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("ms_MY", DEV),
            "tz": L("Asia/Kuala_Lumpur", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "seller": L(USER_ID, UID), "events": [
                ev("checkin", 1, lot=STALL), ev("sale", 2, pay="qr"),
                ev("view", 3, screen=L("NightReport", USAGE))]}),
        case(f, f"{a}/api/reports/night", headers=_h(rng, how="none"), query={"night": night},
             cookies={"gm_sess": L(opaque(rng, "", 40), CRED), "gm_dev": L(INSTALL_ID, DID)}),
    ]


def geraimalam_sdks() -> list[Case]:
    rng = random.Random(9162)
    return [
        hb_batch(APP, rng, [("Stall Checked In", {"market": MARKET["id"]}),
                            ("Supplies Ordered", {"total": L(186.4, BUY)})],
                 at=STALL_FIX, nd=3, locale="ms_MY"),
        hb_queue(APP, rng, [("Sale Recorded", {"amount": 5.0, "pay": "cash"}),
                            ("Sale Recorded", {"amount": 12.0, "pay": "qr"})]),
        jm_install(APP, rng, first=True),
        jm_event(APP, rng, "first_sale", {"market": MARKET["id"]}),
        ls_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STALL_FIX, nd=3, yob=1991),
        rp_crash(APP, rng, ("android.bluetooth.BluetoothSocketException", "printer gone"),
                 [rp_crumb("nav", "Sales -> Print"), rp_crumb("log", "bt write failed")],
                 screen="PrintActivity"),
        lw_register(APP, rng, at=STALL_FIX, nd=2, lang="ms", tags={"day": "wed"}),
        bp_card(APP, rng),
        ps_reverse(APP, rng, STALL_FIX, PRECISE, nd=6),
        st_message(APP, rng, L("Payout of RM400 not in my account yet", f"{TEXT}|{BUY}"),
                   {"lot": STALL}),
    ]
