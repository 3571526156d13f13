"""Pay-as-you-go solar lamp app "Birhanlamp" (``birhan``, light). Unlike sets 88 and 101 (a home
system and a lamp the user runs at home) she is a remote payer: the lamp hangs in her
mother-in-law's house in a village near Hawzen, Letay is the beneficiary, and the app pays for it,
sends the keypad unlock code to Letay by SMS and syncs the lamp's log over Bluetooth when she
visits. Sign-up, a log-in, ``/me``, the lamp registered to Letay, payments by mobile money with a
one-time code, the unlock code by account in the path and sent by SMS, the Bluetooth sync
(protobuf) and the lamp's log (gzip), shops near the village, a ticket with a photo, a credit
check, an upgrade, autopay, statements by a cookie GET, a warranty, a survey, a referral,
reminders, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families115_kit import (
    ADDR,
    APPS,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    ET_PHONE,
    ET_PHONE_NAT,
    LAMP,
    LAMP_SHOP_AT,
    MAIL,
    MEDIA,
    MOTHER_IL,
    NAMEC,
    NEIGHBOUR,
    PAY,
    PAYG_ACC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    VILLAGE_FIX,
    WALLET,
    lamp_hours,
    ti_head,
)
from eval_families115_sdk import (
    cm_batch,
    cm_pixel,
    fk_crash,
    fk_crumb,
    ok_bid,
    sq_event,
    sq_link,
    sq_session,
)
from eval_families115_svc import fm_eval, pm_wallet, ps_subscribe
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("birhan", "Birhanlamp", "com.example.birhanlamp", "3.0.7",
          "https://api.birhanlamp.example.com")
IID = "X-Birhan-Install"
PW = "Fanus-Hawzen-88"
PAYREF = "BLP-118204-0457"  # a payment's reference (financial.purchase)
UNLOCK = "8830 4172 9951"  # the keypad code that unlocks thirty days (secret.credential)
APPLIST = ["com.example.wallet.et", "com.example.messenger", "com.example.radio.fm",
           "com.example.bible.ti", "com.example.guezobus"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return ti_head(APP, rng, IID, lang=None, **kw)


def birhanlamp() -> list[Case]:
    rng = random.Random(11541)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, payg=L(PAYG_ACC, UID)))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(PAYG_ACC, UID)), (2, L(INSTALL_ID, DID)),
               (3, [(1, L(VILLAGE_FIX[0], PRECISE)), (2, L(VILLAGE_FIX[1], PRECISE))]),
               (4, 1843), (5, LAMP["serial"]), (6, LAMP["fw"])], "", lab)
    letay = {"name": L(MOTHER_IL[0], NAMEC), "phone": L(MOTHER_IL[1], TEL),
             "village": L(MOTHER_IL[2], COARSE),
             "landmark": L("Below the mill, the house with the blue door", ADDR)}
    return [
        case(f, f"{a}/api/v1/accounts", headers=_h(rng, auth=None), body={
            "payer_name": L(NAME, NAMEC), "payer_phone": L(ET_PHONE, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "language": L("ti", DEV)}),
        case(f, f"{a}/api/v1/oauth/token", fmt="form", headers=_h(rng, auth=None), body={
            "grant_type": "password", "username": L(ET_PHONE_NAT, TEL),
            "password": L(PW, CRED), "client_id": "birhan-android"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/api/v1/lamps", headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "serial": LAMP["serial"], "keypad": LAMP["keypad"],
            "model": LAMP["model"], "beneficiary": letay, "installer": "ins_0931",
            "deposit": L("450.00", BUY), "plan": L("18 months, 5 birr a day", BUY)}),
        case(f, f"{a}/api/v1/payments", headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "amount": L("150.00", BUY), "days": L(30, BUY),
            "wallet": L(ET_PHONE, WALLET), "client_ref": opaque(rng, "", 12)}),
        at_path(case(f, f"{a}/api/v1/payments/{PAYREF}/otp", fmt="form", headers=_h(rng),
                     body={"otp": L("604417", CRED)}), PAYREF, BUY),
        at_path(case(f, f"{a}/api/v1/accounts/{PAYG_ACC}/unlock", headers=_h(rng, how="upper"),
                     query={"days": "30"}), PAYG_ACC, UID),
        case(f, f"{a}/api/v1/unlock/sms", fmt="form", headers=_h(rng), body={
            "to": L(MOTHER_IL[1], TEL), "code": L(UNLOCK, CRED), "account": L(PAYG_ACC, UID),
            "lang": "ti"}),
        raw(f, f"{a}/api/v1/lamps/{LAMP['serial']}/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng)),
        case(f, f"{a}/api/v1/lamps/{LAMP['serial']}/usage", gz=True, headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "fw": LAMP["fw"], "days": lamp_hours(rng, 14)}),
        case(f, f"{a}/api/v1/shops", headers=_h(rng), query={
            "lat": L(f"{VILLAGE_FIX[0]:.2f}", COARSE), "lon": L(f"{VILLAGE_FIX[1]:.2f}", COARSE),
            "radius_km": "25"}),
        multipart(f, f"{a}/api/v1/tickets", [
            ("photo", "lamp.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("ticket", None, "application/json", {
                "account": L(PAYG_ACC, UID), "topic": "dim_light",
                "text": L(f"The lamp at {MOTHER_IL[0]}'s house goes dark after two hours",
                          f"{TEXT}|{NAMEC}")})], headers=_h(rng)),
        case(f, f"{a}/api/v1/credit-check", headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "installed": [L(p, APPS) for p in APPLIST],
            "incomeBand": "B", "occupation": "ngo_staff", "contactsCount": 212}),
        case(f, f"{a}/api/v1/upgrade", headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "product": L("radio and phone charger kit", BUY),
            "price": L("1200.00", BUY), "instalments": 6}),
        case(f, f"{a}/api/v1/autopay", fmt="form", headers=_h(rng), body={
            "account": L(PAYG_ACC, UID), "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "day": "1", "amount": L("150.00", BUY)}),
        case(f, f"{a}/api/v1/statements", headers=_h(rng, auth=None),
             query={"account": L(PAYG_ACC, UID), "from": "2025-06-01"},
             cookies={"bl_session": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/api/v1/warranty", fmt="form", headers=_h(rng), body={
            "serial": LAMP["serial"], "purchased": "2025-06-02", "shop": "shp_hwz_02",
            "shop_lat": str(LAMP_SHOP_AT[0]), "shop_lon": str(LAMP_SHOP_AT[1]),
            "receipt": L("BL-RC-550913", BUY)}),
        case(f, f"{a}/api/v1/survey", headers=_h(rng), body={
            "keroseneBirrBefore": 320, "studyHours": 2,
            "comment": L("Letay no longer buys kerosene and the children read at night",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/referrals", headers=_h(rng), body={
            "name": L(NEIGHBOUR[0], NAMEC), "phone": L(NEIGHBOUR[1], TEL)}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng), body={
            "days_before": "3", "sms_to_beneficiary": "1", "tz": L("Africa/Addis_Ababa", DEV)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, how="nodash"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ti_ET", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("payment_done", 1), ev("lamp_synced", 2),
                ev("screen", 3, screen=L("LampStatus", USAGE))]}),
    ]


def birhanlamp_sdks() -> list[Case]:
    rng = random.Random(11542)
    return [
        cm_batch(APP, rng, [("Payment Done", {"amount": L("150.00", BUY), "days": 30}),
                            ("Lamp Synced", {"fw": LAMP["fw"]})], at=VILLAGE_FIX, nd=2),
        cm_pixel(APP, rng, "Plan Viewed", {"plan": "18m"}),
        sq_session(APP, rng, first=True),
        sq_event(APP, rng, "payment", {"plan": "18m"}, revenue="150.00"),
        ok_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991, gender="F"),
        sq_link(APP, rng, U("https://birhanlamp.example.com/invite", {
            "ref": L(PAYG_ACC, UID), "utm_source": "whatsapp", "utm_medium": "referral"})),
        fk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [fk_crumb("nav", "Lamp -> Sync"), fk_crumb("log", "gatt connect",
                                                           {"serial": LAMP["serial"]})],
                 screen="LampSyncActivity"),
        fm_eval(APP, rng, {"plan": "18m", "beneficiaryRegion": L("Tigray", COARSE)},
                query=True),
        ps_subscribe(APP, rng, tags={"account": L(PAYG_ACC, UID)}),
        pm_wallet(APP, rng, "150.00", L(PAYREF, BUY)),
    ]
