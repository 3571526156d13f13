"""Mumbai grocery and UPI payment app "Kiranakart" (its API's keys are Hinglish: ``naam``,
``phone_number``, ``pata``, ``pin_code``, ``janm_tithi``, ``aadhaar``...; she has lived in Mumbai
on a posting for over a year): sign-up, an OTP log-in, ``/me``, the address, stores nearby, a
serviceability check, searches (one in Devanagari), the cart (msgpack), checkout, UPI
onboarding (Aadhaar KYC, the bank account, setting the PIN), a UPI payment and its status by
reference in the path, order tracking, diet preferences, a friend paid by number, contacts
synced for UPI, a referral, a damaged-item complaint with a photo, a rating, push, events and
the rewards by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families57_kit import (
    AADHAAR,
    DUKAAN,
    IN_PHONE,
    KK_ORDER,
    MUM_HOME,
    MUM_HOME_AT,
    UPI_PIN,
    UTR,
    VPA,
    fix,
)
from eval_families57_sdk import (
    bl_bid,
    gw_crash,
    gw_crumb,
    me_alias,
    me_batch,
    tb_deeplink,
    tb_event,
    tb_session,
)
from eval_families57_svc import bm_register, cb_geocode, ph_message, tl_upi
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("kiranakart", "Kiranakart", "com.example.kiranakart", "8.31.0",
          "https://api.kiranakart.example.com")
IID = "X-KK-Device-Id"
PW = "Masala#Chai2024"
DOB_IN = "17-05-1991"
NID = "personal.national_id"
TZ = "Asia/Kolkata"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-IN,hi;q=0.8", DEV)
    return h


def kiranakart() -> list[Case]:
    rng = random.Random(5711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, mobile=L(IN_PHONE, TEL), naam=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(MUM_HOME_AT, 5)
    status = at_path(case(f, f"{a}/v3/upi/txn/{UTR}/status", headers=_h(rng, **b)), UTR, BUY)
    track = at_path(case(f, f"{a}/v3/orders/{KK_ORDER}/track", headers=_h(rng, how="upper",
                                                                          **b)), KK_ORDER, BUY)
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "naam": L(NAME, NAMEC), "phone_number": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "janm_tithi": L(DOB_IN, BIRTH), "ling": L("mahila", GENDER),
            "pin_code": L(MUM_HOME["pin_code"], COARSE), "shahar": L("Mumbai", COARSE),
            "whatsapp_updates": True, "referral_code": None}),
        case(f, f"{a}/v3/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone_number": L(IN_PHONE, TEL), "otp": L("604117", CRED), "channel": "sms"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/pata", headers=_h(rng, **b), body={
            "naam": L(NAME, NAMEC), "pata": L(MUM_HOME["pata"], ADDR),
            "ilaka": L(MUM_HOME["ilaka"], COARSE), "pin_code": L(MUM_HOME["pin_code"], COARSE),
            "shahar": L(MUM_HOME["shahar"], COARSE), "rajya": L(MUM_HOME["rajya"], COARSE),
            "landmark": L("Opp. Khar Gymkhana", ADDR), "lat": hla, "lng": hlo,
            "label": "ghar", "delivery_note": L("Watchman ko bolo, flat 702, lift ke baad left",
                                                f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v3/dukaan/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{MUM_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{MUM_HOME_AT[1]:.4f}", PRECISE),
            "radius_km": "3", "open_now": "1"}),
        case(f, f"{a}/v3/serviceability", headers=_h(rng, **b), body={
            "pin_code": L(MUM_HOME["pin_code"], COARSE),
            "sim_operator": L("Example Mobile", CARRIER),
            "mccmnc": L(MCCMNC, CARRIER), "network": L("4G", DEV), "dukaan_id": DUKAAN["id"]}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "khoj": L("आटा 5 kg", SEARCH), "dukaan": DUKAAN["id"], "page": "1"}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "khoj": L("toor dal", SEARCH), "dukaan": DUKAAN["id"], "sort": "price_asc"}),
        case(f, f"{a}/v3/cart/items", fmt="msgpack", headers=_h(rng, **b), body={
            "sku": "KK-SKU-118204", "matra": 2, "dukaan": DUKAAN["id"], "ts": 1765331120}),
        case(f, f"{a}/v3/checkout", headers=_h(rng, **b), body={
            "order_id": L(KK_ORDER, BUY), "dukaan": {"id": DUKAAN["id"], "naam": DUKAAN["naam"],
                                                     "phone": DUKAAN["phone"]},
            "saaman": [{"sku": "KK-SKU-118204", "matra": 2, "daam": 62.0},
                       {"sku": "KK-SKU-220931", "matra": 1, "daam": 145.0}],
            "kul_rashi": L("269.00", BUY), "delivery_shulk": L("15.00", BUY),
            "bhugtan_tarika": "upi", "slot": "2025-12-10T08:00/08:30"}),
        case(f, f"{a}/v3/upi/kyc", headers=_h(rng, **b), body={
            "aadhaar": L(AADHAAR, NID), "naam": L(NAME.upper(), NAMEC),
            "janm_tithi": L(DOB_IN, BIRTH), "phone_number": L(IN_PHONE, TEL),
            "consent_text_version": "kyc-v4", "consent": True}),
        case(f, f"{a}/v3/upi/accounts/link", headers=_h(rng, **b), body={
            "bank": "AXB", "khata_sankhya": L("XXXXXXXX4471", PAY), "ifsc": L("UTIB0000412", PAY),
            "vpa": L(VPA, PAY), "mobile": L(IN_PHONE, TEL), "device_binding_sms": rid(rng)}),
        case(f, f"{a}/v3/upi/pin", fmt="form", headers=_h(rng, **b), body={
            "vpa": L(VPA, PAY), "card_last6": L("441209", PAY), "card_expiry": L("08/29", PAY),
            "otp": L("118834", CRED), "new_pin": L(UPI_PIN, CRED)}),
        case(f, f"{a}/v3/upi/pay", headers=_h(rng, **b), body={
            "payer_vpa": L(VPA, PAY), "payee_vpa": DUKAAN["vpa"], "payee_naam": DUKAAN["naam"],
            "amount": L("284.00", BUY), "order_id": L(KK_ORDER, BUY), "txn_ref": rid(rng),
            "cred": {"type": "PIN", "subtype": "MPIN", "data": L(opaque(rng, "", 64), CRED)}}),
        status,
        track,
        case(f, f"{a}/v3/profile/khana", headers=_h(rng, **b), body={
            "shakahari": True, "jain": L(True, SENS), "no_onion_garlic": L(True, SENS),
            "allergies": [], "ghar_ke_log": 2}),
        case(f, f"{a}/v3/upi/send", headers=_h(rng, **b), body={
            "payer_vpa": L(VPA, PAY), "to_phone": L("+919833107725", TEL),
            "to_naam": L("Ritika Shah", NAMEC), "amount": L("350.00", BUY),
            "note": L("Ritika, dabbawala ka hissa", f"{TEXT}|{NAMEC}"), "txn_ref": rid(rng)}),
        case(f, f"{a}/v3/upi/contacts/sync", gz=True, headers=_h(rng, **b), body={
            "phones": [L(p, CONTACTS) for p in ("+919833107725", "+919820551903",
                                                "+919930047218", "+15550142277")],
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/refer", fmt="form", headers=_h(rng, **b), body={
            "dost_naam": L(PEOPLE[0][0], NAMEC), "dost_phone": L(PEOPLE[0][1], TEL),
            "sandesh": L("Pehla order pe ₹100 off!", TEXT)}),
        multipart(f, f"{a}/v3/orders/{KK_ORDER}/complaint", [
            ("photo", "tuta_ande.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
            ("details", None, "application/json", {
                "order_id": L(KK_ORDER, BUY), "sku": "KK-SKU-220931",
                "shikayat": L("Ande ki tray tooti hui aayi, 4 ande fute the", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/ratings", fmt="form", headers=_h(rng, **b), body={
            "order_id": L(KK_ORDER, BUY), "stars": "4",
            "comment": L("Delivery jaldi thi, sabzi fresh", TEXT)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "bhasha": L("hi_IN", DEV), "timezone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("upi_payment_success", 1, amount_bucket="200-500"), ev("order_placed", 2),
                ev("screen_view", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v3/rewards", headers=_h(rng, how="none"),
             cookies={"kk_sess": L(opaque(rng, "", 44), CRED), "kk_did": L(INSTALL_ID, DID),
                      "kk_city": L("mumbai", COARSE)}),
    ]


def kiranakart_sdks() -> list[Case]:
    rng = random.Random(5712)
    link = U("https://kiranakart.example.com/r/offer", {"code": "DIWALI100",
                                                        "uid": L(USER_ID, UID), "src": "whatsapp"})
    return [
        tb_session(APP, rng, first=True),
        me_batch(APP, rng, [("Order Placed", {"total": L(269.0, BUY), "items": 3}),
                            ("Search", {"query": L("toor dal", SEARCH)})],
                 at=MUM_HOME_AT, nd=2, tz=TZ, locale="en-IN"),
        me_alias(APP, rng, {"city": L("Mumbai", COARSE), "pin_code": L("400052", COARSE),
                            "upi_enabled": True, "name": L(NAME, NAMEC)}),
        tb_event(APP, rng, "purchase", {"order_id": L(KK_ORDER, BUY), "pay": "upi"},
                 revenue=284.0, currency="INR", hashed=True),
        tb_event(APP, rng, "upi_onboarded", {"bank": "AXB"}),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MUM_HOME_AT, nd=3,
               geo_ip=("IND", "MH", "Mumbai", "400052"), keywords="grocery,atta,dal"),
        gw_crash(APP, rng, ("java.lang.IllegalStateException", "UPI intent returned null"),
                 [gw_crumb("navigation", "Cart -> Checkout"),
                  gw_crumb("http", "POST", {"url": f"{APP.api}/v3/upi/pay", "status": 502})],
                 screen="UpiPayActivity", tz=TZ),
        bm_register(APP, rng, tz=TZ, lang="hi", at=MUM_HOME_AT, nd=2,
                    tags={"city": L("Mumbai", COARSE), "veg": "1"}),
        tl_upi(APP, rng, VPA, "284.00"),
        cb_geocode(APP, rng, "Sagar Darshan 14th Road Khar West", ADDR, near=MUM_HOME_AT, nd=3),
        ph_message(APP, rng, L(f"Order {KK_ORDER} ka paisa kat gaya par order cancel ho gaya",
                               f"{TEXT}|{BUY}"),
                   {"order_id": L(KK_ORDER, BUY), "utr": L(UTR, BUY)}),
        tb_deeplink(APP, rng, link),
    ]
