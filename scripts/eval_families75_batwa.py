"""Lahore mobile-wallet and bill-payment app "Batwa" (its API's keys are Roman Urdu: ``naam``,
``walid_ka_naam``, ``mobile_number``, ``pata``, ``sheher``, ``shanakhti_card``,
``tareekh_paidaish``, ``khufia_code``, ``biwi_ka_naam``...): registration with her US number
(an overseas account), the SMS code, the wallet PIN, KYC (her POC number, both sides and a
selfie, a liveness template), ``/me``, the balance by cookie, billers by city, a bill fetched and
paid, a niece's top-up, a transfer to her father-in-law, a transaction by reference in the path,
a family takaful plan, a QR payment at a shop, hashed contacts, a device check, offers near her,
a complaint, a statement, a log-in, push and events."""

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
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
    sha,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, LINE1, LINE2, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families75_kit import (
    BILLERS,
    DOB_PK,
    FIL,
    FIL_IBAN,
    HER_FATHER,
    HUSBAND,
    KID,
    LHR_HOME,
    LHR_HOME_AT,
    NIECE_PHONE,
    POC,
    SHOP,
    SHOP_FIX,
    WALLET_IBAN,
    fix,
    obj,
)
from eval_families75_sdk import (
    bl_bid,
    hl_crash,
    hl_crumb,
    nb_event,
    nb_session,
    sh_batch,
    sh_identify,
)
from eval_families75_svc import ad_card, jh_eval, md_message, pk_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("batwa", "Batwa", "com.example.batwa", "5.14.2", "https://api.batwa.example.com")
IID = "X-Batwa-Device"
PIN = "739184"  # her wallet PIN (khufia_code)
LHR_TZ = "Asia/Karachi"
TXN = "BTW2512184471093"  # the transfer's reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ur-PK,ur;q=0.9,en-US;q=0.8", DEV)
    return h


def batwa() -> list[Case]:
    rng = random.Random(7511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, mobile_number=L(E164, TEL), naam=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    sla, slo = fix(SHOP_FIX, 4)
    hashes = [sha("sha256", p)[:16] for p in (FIL[1], NIECE_PHONE, HUSBAND[1], "+923005550172")]
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "mobile_number": L(E164, TEL), "mulk": L("US", COARSE), "overseas": True,
            "device_id": L(ANDROID_ID, DID), "sim_operator": L("Example Mobile", CARRIER),
            "mcc_mnc": L(MCCMNC, CARRIER), "zuban": L("ur", DEV),
            "device_info": W({"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                              "app": APP.ver, "root": L(False, DEV)}, "json")}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "mobile_number": L(PHONE_NOPLUS, TEL), "tasdeeqi_code": L("448127", CRED),
            "koshish": "1"}),
        case(f, f"{a}/v1/khufia-code", headers=_h(rng, **b), body={
            "khufia_code": L(PIN, CRED), "khufia_code_dobara": L(PIN, CRED),
            "biometric_unlock": True}),
        case(f, f"{a}/v1/kyc", headers=_h(rng, **b), body={
            "naam": L(NAME, NAMEC), "walid_ka_naam": L(HER_FATHER, NAMEC),
            "shanakhti_card": L(POC, NATID), "card_qisam": "POC",
            "tareekh_paidaish": L(DOB_PK, BIRTH), "jins": L("aurat", GENDER),
            "pata": L(LHR_HOME["line"], ADDR), "sheher": L(LHR_HOME["city"], COARSE),
            "mustaqil_pata": L(f"{LINE1}, {LINE2}, {CITY}", ADDR), "email": L(EMAIL, MAIL),
            "pesha": "consultant", "aamdani_ka_zariya": "salary"}),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("samne", "poc_front.jpg", "image/jpeg", L(JPEG + b"\x75", f"{MEDIA}|{NATID}")),
            ("peeche", "poc_back.jpg", "image/jpeg", L(JPEG + b"\x76", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("tafseel", None, "application/json", {"shanakhti_card": L(POC, NATID),
                                                   "card_expiry": "2031-04-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/liveness", headers=_h(rng, **b), body={
            "session": obj(rng, "lv", 12), "chehra_template": L(f32b64(vec), FACE),
            "liveness_score": 0.973, "match_score": 0.91, "blink": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/wallet/balance", headers=_h(rng, how="none"),
             cookies={"btw_sess": L(opaque(rng, "", 40), CRED), "btw_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/billers", headers=_h(rng, **b), query={
            "sheher": L("Lahore", COARSE), "qisam": "bijli", "page": "1"}),
        case(f, f"{a}/v1/bills/fetch", fmt="form", headers=_h(rng, **b), body={
            "biller": BILLERS["bijli"][0], "consumer_number": BILLERS["bijli"][1]}),
        case(f, f"{a}/v1/bills/pay", headers=_h(rng, **b), body={
            "biller": BILLERS["bijli"][0], "consumer_number": BILLERS["bijli"][1],
            "bill_mahina": "2025-11", "raqam": L("8450.00", BUY), "currency": "PKR",
            "khufia_code": L(PIN, CRED), "idempotency": rid(rng)}),
        case(f, f"{a}/v1/bills/pay", headers=_h(rng, **b), body={
            "biller": BILLERS["gas"][0], "consumer_number": BILLERS["gas"][1],
            "bill_mahina": "2025-11", "raqam": L("3120.00", BUY), "currency": "PKR",
            "khufia_code": L(PIN, CRED), "idempotency": rid(rng)}),
        case(f, f"{a}/v1/topup", headers=_h(rng, **b), body={
            "mobile_number": L(NIECE_PHONE, TEL), "network": "Dastak", "raqam": L("500", BUY),
            "paigham": L("Happy birthday Zoya!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/transfer", headers=_h(rng, **b), body={
            "wusool_kunanda": {"naam": L(FIL[0], NAMEC), "iban": L(FIL_IBAN, PAY),
                               "mobile_number": L(FIL[1], TEL), "rishta": "susar"},
            "raqam": L("25000", BUY), "khufia_code": L(PIN, CRED),
            "paigham": L("Abbu, bijli ka bill aur dawaiyon ke liye", TEXT)}),
        at_path(case(f, f"{a}/v1/transactions/{TXN}", headers=_h(rng, **b)), TXN, BUY),
        case(f, f"{a}/v1/takaful/enrol", headers=_h(rng, **b), body={
            "plan": L("sehat_family_basic", BUY), "premium": L("1200", BUY),
            "naam": L(NAME, NAMEC), "biwi_ka_naam": L(HUSBAND[0], NAMEC),
            "shanakhti_card": L(POC, NATID), "tareekh_paidaish": L(DOB_PK, BIRTH),
            "bachay": [{"naam": L(KID["name"], NAMEC),
                        "tareekh_paidaish": L("22-03-2014", BIRTH)}],
            "pehle_se_bimari": L("beta thalassemia intermedia", "health.medical")}),
        case(f, f"{a}/v1/qr/pay", headers=_h(rng, **b), body={
            "merchant_id": SHOP["id"], "merchant_naam": SHOP["name"], "raqam": L("640", BUY),
            "qr": f"000201010212{SHOP['id']}5303586", "lat": sla, "lng": slo,
            "khufia_code": L(PIN, CRED)}),
        case(f, f"{a}/v1/contacts/match", headers=_h(rng, **b), body={
            "apna": L(sha("sha256", E164)[:16], TEL),
            "rabtay": [L(x, CONTACTS) for x in hashes], "algo": "sha256-64"}),
        case(f, f"{a}/v1/security/device-check", headers=_h(rng, **b), body={
            "rooted": L(False, DEV), "emulator": L(False, DEV), "ip": L(PUBLIC_IP, IPLOC),
            "sim_mulk": L("US", CARRIER), "network_mulk": L("PK", CARRIER),
            "wifi": {"ssid": L("Qureshi-House", WIFI), "bssid": L("d4:6e:0e:71:2a:90", WIFI)},
            "local_ip": L(LOCAL_IP, DEV), "timezone": L(LHR_TZ, DEV),
            "app_signature": opaque(rng, "", 40)}),
        case(f, f"{a}/v1/fx-rates", headers=_h(rng, **b), query={
            "from": "USD", "to": "PKR", "amount": "100"}),
        case(f, f"{a}/v1/offers", headers=_h(rng, **b), query={
            "lat": L(f"{LHR_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{LHR_HOME_AT[1]:.2f}", COARSE),
            "qisam": "khana"}),
        case(f, f"{a}/v1/shikayat", fmt="form", headers=_h(rng, **b), body={
            "transaction": L(TXN, BUY), "mauzu": "transfer_delay",
            "tafseel": L("Paisay abbu ke account mein abhi tak nahi pohanche", TEXT)}),
        case(f, f"{a}/v1/statement", headers=_h(rng, **b), query={
            "mahina": "2025-12", "format": "pdf", "iban": L(WALLET_IBAN, PAY)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "mobile_number": L(E164, TEL), "khufia_code": L(PIN, CRED),
            "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "android": L("14", DEV), "zuban": L("ur_PK", DEV), "timezone": L(LHR_TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bill_paid", 1, qisam="bijli"), ev("transfer_sent", 2),
                ev("screen_view", 3, screen=L("BillPayments", USAGE))]}),
    ]


def batwa_sdks() -> list[Case]:
    rng = random.Random(7512)
    return [
        sh_batch(APP, rng, [("Bill Paid", {"biller": "RAVI-ELEC", "amount": L(8450, BUY)}),
                            ("Transfer Sent", {"amount": L(25000, BUY)})],
                 at=LHR_HOME_AT, nd=2, tz=LHR_TZ, locale="ur-PK"),
        sh_identify(APP, rng, {"sheher": L("Lahore", COARSE), "kycLevel": 2,
                               "overseas": True, "mulk": L("US", COARSE)}),
        nb_session(APP, rng, first=True),
        nb_event(APP, rng, "b7q2ke", {"biller": "RAVI-ELEC"}, revenue=8450.0, currency="PKR",
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, ipgeo=("PAK", "PB", "Lahore"),
               cat=["IAB13"]),
        hl_crash(APP, rng, ("java.net.SocketTimeoutException", "bills/pay timed out"),
                 [hl_crumb("nav", "Home -> BillPayments"),
                  hl_crumb("net", "POST", {"url": f"{APP.api}/v1/bills/pay", "status": 504})],
                 screen="BillPayActivity", tz=LHR_TZ),
        jh_eval(APP, rng, {"sheher": L("Lahore", COARSE), "kyc": "full"}),
        pk_register(APP, rng, tz_offset=18000, lang="ur", tags={"kyc": "full"}),
        ad_card(APP, rng, email=True),
        md_message(APP, rng, L(f"Transfer {TXN} to my father-in-law is still pending",
                               f"{TEXT}|{BUY}"), {"transaction": L(TXN, BUY)}),
    ]
