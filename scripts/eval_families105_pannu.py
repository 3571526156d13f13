"""Hyderabad property-tax and water-bill app "Intipannu" (a fictional private convenience app over
the city's and the water board's records). Its API's keys are romanised Telugu: ``peru`` (first
name), ``inti_peru`` (family name), ``phone_sankhya`` (phone number), ``chirunama`` (address),
``intlu``/``veedhi`` (house, street), ``nagaram_peru`` (city), ``rashtram`` (state),
``aadhar_sankhya`` (Aadhaar number), ``puttina_roju`` (birth date), ``rahasya_padam``
(password), ``bharta`` (husband), ``linga`` (gender), ``mottam`` (total), ``rasidu`` (receipt),
``firyadu`` (complaint), ``vivaram`` (details), ``bhasha`` (language). Registration with her
Aadhaar and her husband's name, a log-in and OTP, ``/nenu`` with a JWT, the flat's assessment by
its PTIN (in the path, the query and bodies), a self-assessment, the half-year's tax paid by UPI
and its receipt by number in the path, the water connection by CAN, a meter photo, the water bill
paid by card, a leak complaint with a photo and her fix, adding her husband as joint owner,
documents (her Aadhaar card's photo), the nearest service centre, reminders, push, events, the
receipts by a cookie GET and feedback."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    GENDER,
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
from eval_families18_kit import IID_UPPER
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix
from eval_families105_kit import (
    AADHAAR,
    AADHAAR_MASK,
    CIRCLE,
    HOME_AT,
    HOME_HY,
    HUSBAND,
    HUSBAND_AADHAAR,
    METER,
    NATID,
    PTIN,
    UPI_VPA,
    WATER_CAN,
    InApp,
    hh,
    obj,
)
from eval_families105_sdk import gn_batch, gn_identify, jl_event, jl_session, vl_crash, vl_crumb
from eval_families105_svc import an_save, cp_upi, dc_reverse, gm_register, jd_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = InApp("intipannu", "Intipannu", "com.example.intipannu", "4.2.1",
            "https://api.intipannu.example.com")
IID = "X-Inti-Parikaram"
PW = "Charminar@2291"
RASIDU = "PT-2526-H2-0882041"  # the tax receipt's number (financial.purchase)
ORDER = "ipn_ord_7731920448"  # the tax payment's order (financial.purchase)
LEAK = "WL-KDP-2512-3381"  # the complaint's ticket (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how, **kw)


def intipannu() -> list[Case]:
    rng = random.Random(10511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_sankhya=L(E164, TEL), ptin=[L(PTIN, UID)]))}
    b = {"auth": "bearer"}
    la, lo = fix(HOME_AT, 6)
    mla, mlo = fix(HOME_AT, 5)
    addr = {"intlu": L(HOME_HY["line1"], ADDR), "veedhi": L(HOME_HY["line2"], ADDR),
            "nagaram_peru": L(HOME_HY["city"], COARSE), "pin": L(HOME_HY["pin"], COARSE),
            "rashtram": L(HOME_HY["state"], COARSE)}
    prop = at_path(case(f, f"{a}/v1/astthi/{PTIN}", headers=_h(rng, **b),
                        query={"samvatsaram": "2025-26", "bhasha": L("te", DEV)}), PTIN, UID)
    assess = at_path(case(f, f"{a}/v1/astthi/{PTIN}/swayam-nirdharana", headers=_h(rng, **b),
                          body={"plinth_sqft": 1240, "antasthulu": 1, "vadakam": "residential",
                                "nirmana_samvatsaram": 2011, "lift": True, "parking": 1,
                                "sampradinchu_phone": L(PHONE, TEL)}), PTIN, UID)
    receipt = at_path(case(f, f"{a}/v1/pannu/rasidu/{RASIDU}", headers=_h(rng, **b),
                           query={"format": "pdf"}), RASIDU, BUY)
    return [
        case(f, f"{a}/v1/namodu", headers=_h(rng), body={
            "peru": L(FIRST, NAMEC), "inti_peru": L(LAST, NAMEC), "phone_sankhya": L(E164, TEL),
            "email": L(EMAIL, MAIL), "puttina_roju": L("17-05-1991", BIRTH),
            "linga": L("stree", GENDER), "aadhar_sankhya": L(AADHAAR, NATID),
            "rahasya_padam": L(PW, CRED), "bharta": L(HUSBAND[0], NAMEC), "chirunama": addr,
            "sammathi": True}),
        case(f, f"{a}/v1/pravesham", fmt="form", headers=_h(rng), body={
            "desha_code": "+1", "phone_sankhya": L(DIGITS, TEL), "rahasya_padam": L(PW, CRED),
            "parikaram": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/otp/dhruvikarana", fmt="form", headers=_h(rng), body={
            "phone_sankhya": L(E164, TEL), "otp": L("482913", CRED), "abhyarthana": rid(rng)}),
        case(f, f"{a}/v1/nenu", headers=_h(rng, extra=jw)),
        prop,
        case(f, f"{a}/v1/astthi/link", headers=_h(rng, **b), body={
            "ptin": L(PTIN, UID), "yajamani_peru": L(f"{FIRST} {LAST}", NAMEC),
            "bharta": L(HUSBAND[0], NAMEC),
            "chirunama": L(f"{HOME_HY['line1']}, {HOME_HY['line2']}, Hyderabad 500084", ADDR),
            "sambandham": "swantham", "aadhar_sankhya": L(AADHAAR_MASK, NATID)}),
        assess,
        case(f, f"{a}/v1/pannu/bakaayi", headers=_h(rng, **b), query={
            "ptin": L(PTIN, UID), "ardha_samvatsaram": "2025-H2"}),
        case(f, f"{a}/v1/pannu/chellimpu", headers=_h(rng, **b), body={
            "ptin": L(PTIN, UID), "mottam": L("6482.00", BUY), "rayiti": L("324.10", BUY),
            "vidhanam": "upi", "vpa": L(UPI_VPA, PAY), "order": L(ORDER, BUY),
            "phone_sankhya": L(E164, TEL), "ardha_samvatsaram": "2025-H2"}),
        receipt,
        case(f, f"{a}/v1/neeru/connection/link", fmt="form", headers=_h(rng, **b), body={
            "can": L(WATER_CAN, UID), "peru": L(f"{FIRST} {LAST}", NAMEC),
            "phone_sankhya": L(DIGITS, TEL), "vibhagam": "domestic"}),
        multipart(f, f"{a}/v1/neeru/meter", [
            ("photo", "meter_1210.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("data", None, "application/json", {
                "can": L(WATER_CAN, UID), "reading_kl": 412.6, "meter": METER,
                "lat": mla, "lon": mlo})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/neeru/bill/chellimpu", fmt="form", headers=_h(rng, **b), body={
            "can": L(WATER_CAN, UID), "mottam": L("742.00", BUY), "vidhanam": "card",
            "card_chivari_4": L("4444", PAY), "bill_nela": "2025-11"}),
        multipart(f, f"{a}/v1/firyadu", [
            ("photo", "leak.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("firyadu", None, "application/json", {
                "vibhagam": "neeru_leak", "ticket": LEAK,
                "vivaram": L("Pipe leaking in front of Sri Sai Residency gate on Road No. 4 "
                             "for two days, road is flooded", f"{TEXT}|{ADDR}"),
                "gurthu": L("opposite the supermarket, Road No. 4, Kondapur", ADDR),
                "lat": la, "lon": lo, "accuracy_m": 6})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/firyadu/{LEAK}/sthiti", headers=_h(rng, how="none"),
             cookies={"ip_session": L(opaque(rng, "", 44), CRED), "ip_lang": L("te", DEV)}),
        case(f, f"{a}/v1/astthi/{PTIN}/perumarpu", headers=_h(rng, **b), body={
            "kotha_yajamani": {"peru": L("Ravi", NAMEC), "inti_peru": L("Kondapalli", NAMEC),
                               "phone_sankhya": L(HUSBAND[1], TEL),
                               "aadhar_sankhya": L(HUSBAND_AADHAAR, NATID)},
            "sambandham": "bharta", "vata": 50,
            "karanam": L("Adding my husband as joint owner after our marriage registration",
                         TEXT)}),
        multipart(f, f"{a}/v1/patralu", [
            ("aadhar", "aadhar_front.jpg", "image/jpeg", L(JPEG + b"\xa3", f"{MEDIA}|{NATID}")),
            ("dastavejulu", "sale_deed_p1.jpg", "image/jpeg", L(JPEG + b"\xa4", MEDIA)),
            ("vivaralu", None, "application/json", {"ptin": L(PTIN, UID), "pages": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/circle/samipam", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "dooram_km": "5"}),
        case(f, f"{a}/v1/gurthulu", fmt="form", headers=_h(rng, **b), body={
            "bakaayi_gurthu": "1", "sms": L(E164, TEL), "bhasha": L("te", DEV),
            "circle": CIRCLE["id"]}),
        case(f, f"{a}/v1/parikaralu", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "parikaram": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "bhasha": L("te_IN", DEV),
            "samaya_mandalam": L("Asia/Kolkata", DEV)}),
        case(f, f"{a}/v1/sanghatanalu", gz=True, headers=_h(rng, "upper", **b), body={
            "upayogadaru": L(USER_ID, UID), "sanghatanalu": [
                ev("tax_paid", 1, ardha="2025-H2"), ev("meter_uploaded", 2),
                ev("screen", 3, screen=L("WaterBill", USAGE))]}),
        case(f, f"{a}/v1/rasidulu", headers=_h(rng, how="none"), cookies={
            "ip_session": L(opaque(rng, "", 44), CRED), "ip_parikaram": L(IID_UPPER, DID),
            "ip_req": rid(rng)}),
        case(f, f"{a}/v1/abhiprayam", fmt="form", headers=_h(rng, "nodash", **b), body={
            "rating": "2", "vyakhya": L("App logs me out every time I open the water bill tab",
                                        TEXT), "screen": L("WaterBill", USAGE),
            "ticket": obj(rng, "fb", 8)}),
    ]


def intipannu_sdks() -> list[Case]:
    rng = random.Random(10512)
    return [
        gn_batch(APP, rng, [("Tax Paid", {"amount": L(6482.0, BUY), "half": "2025-H2"}),
                            ("Water Bill Viewed", {"months": 1})], at=HOME_AT, nd=2),
        gn_identify(APP, rng, {"city": L("Hyderabad", COARSE), "pin": L("500084", COARSE),
                               "ptin": L(PTIN, UID), "language": L("te", DEV)}),
        jl_session(APP, rng, first=True),
        jl_event(APP, rng, "t4x9pd", "tax_paid", {"order": L(ORDER, BUY)}, revenue=6482.0,
                 hashed=True),
        vl_crash(APP, rng, ("java.lang.IllegalStateException", "receipt pdf not ready"),
                 [vl_crumb("nav", "Tax -> Receipt"),
                  vl_crumb("net", "GET", {"url": f"{APP.api}/v1/pannu/rasidu", "status": 404})],
                 screen="ReceiptActivity"),
        jd_eval(APP, rng, {"city": L("Hyderabad", COARSE), "waterModule": True}),
        gm_register(APP, rng, lang="te", tags={"circle": "20", "bakaayi": "0"}),
        an_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        cp_upi(APP, rng, "6482.00", ORDER),
        dc_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
