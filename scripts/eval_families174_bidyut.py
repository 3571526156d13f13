"""Electricity distribution company's consumer app "Bidyut Sathi" (their Saheed Nagar flat's
account; she applies for rooftop solar with net metering and the central subsidy; keys Odia in
Latin letters: ``grahaka_sankhya`` consumer number, ``bidyut`` electricity, ``padhiba`` meter
reading, ``bidyut_bandha`` outage, ``abhijoga`` complaint, ``saura`` solar, ``chhata`` roof,
``kone`` corners, ``kshamata`` capacity, ``bhartuki`` subsidy, ``bhara`` load, ``sanjoga``
connection, ``namantara`` name transfer, ``purba_malika`` previous owner, ``bank_khata`` bank
account, ``avasthiti`` position, ``bibarana`` details, ``paramarsa`` feedback): sign-up with
the consumer number, a form log-in, ``/mo``, the bill by consumer number in the path, the bill
paid by UPI, a self meter reading with a photo and her fix, an outage complaint at the flat, a
smart-meter beat (protobuf), the rooftop-solar application (roof corners, her Aadhaar, PAN and
bank account for the subsidy), the subsidy status, empanelled vendors, a load increase
(msgpack), the connection moved from her husband's name to hers, e-bill preferences (a base64
JSON cookie), consumption history, the in-home display on the home Wi-Fi, a tariff calculator, a
search, feedback, push, events and a log-out. Set 33 has a home-energy app for solar and a
battery; sets 106-108 and 133 prepaid electricity tokens; here it is the post-paid utility's own
app (bills, outages, a net-metering application)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    AADHAAR,
    BANK,
    CONSUMER,
    DISCOM_OFFICE,
    HOME,
    HOME_AT,
    HUSBAND,
    PAN,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families174_sdk import bg_bid, bg_notice, bh_crash, bh_crumb, ch_launch, gn_batch
from eval_families174_svc import am_check, dw_eval, gp_register, sd_message, tp_upi
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("bidyutsathi", "Bidyut Sathi", "com.example.bidyutsathi", "4.7.2",
          "https://api.bidyutsathi.example.org")
IID = "X-BS-Device"
PW = "Saheed#Nagar312"
NID = "personal.national_id"
ROOF = [(20.289762, 85.844161), (20.289788, 85.844248), (20.289701, 85.844270),
        (20.289679, 85.844183)]  # their roof's corners (the home: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bidyutsathi() -> list[Case]:
    rng = random.Random(17441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grahaka=L(CONSUMER, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    mla, mlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CONSUMER, UID)), (2, "SM-OD-8841203"), (3, 1768608000),
               (4, [(1, 412), (2, 3.81), (3, 229.4)]), (5, L("4.7.2/Android 14", DEV))], "", lab)
    bill = at_path(case(f, f"{a}/api/grahaka/{CONSUMER}/bill", headers=_h(rng, **b),
                        query={"masa": "2026-01"}), CONSUMER, UID)
    return [
        case(f, f"{a}/api/panjikarana", headers=_h(rng), body={
            "grahaka_sankhya": L(CONSUMER, UID), "nama": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "mobile": L(E164, TEL), "gupta_sabda": L(PW, CRED),
            "thikana": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE),
            "division": "bbs-e-3"}),
        case(f, f"{a}/api/prabesha", fmt="form", headers=_h(rng), body={
            "grahaka_sankhya": L(CONSUMER, UID), "gupta_sabda": L(PW, CRED)}),
        case(f, f"{a}/api/mo", headers=_h(rng, extra=jw)),
        bill,
        case(f, f"{a}/api/bill/bhugtana", fmt="form", headers=_h(rng, **b), body={
            "grahaka_sankhya": L(CONSUMER, UID), "bill": L("BL2601-0938447", BUY),
            "rashi": L("1846.00", BUY), "upi_id": L(UPI, PAY), "txn": rid(rng)}),
        multipart(f, f"{a}/api/padhiba", [
            ("photo", "meter.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "grahaka_sankhya": L(CONSUMER, UID), "padhiba": 18422, "meter": "MT-77120934",
                "avasthiti": {"lat": mla, "lng": mlo}})], headers=_h(rng, **b)),
        case(f, f"{a}/api/abhijoga/bidyut_bandha", headers=_h(rng, **b), body={
            "grahaka_sankhya": L(CONSUMER, UID), "avasthiti": {"lat": hla, "lng": hlo},
            "arambha": "2026-01-16T21:10",
            "bibarana": L("Ama lane re 2 ghanta hela current nahin, transformer ru shabda",
                          TEXT), "office": DISCOM_OFFICE["id"]}),
        raw(f, f"{a}/api/smart/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/saura/abedana", headers=_h(rng, **b), body={
            "grahaka_sankhya": L(CONSUMER, UID), "nama": L(f"{FIRST} {LAST}", NAMEC),
            "aadhaar": L(AADHAAR, NID), "pan": L(PAN, NID),
            "chhata": {"kone": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in ROOF],
                       "kshetraphala_sqm": 38},
            "kshamata_kw": 3, "bhartuki": {"bank_khata": L(BANK["account"], PAY),
                                           "ifsc": BANK["ifsc"]}, "vendor": "vn_surya_04"}),
        case(f, f"{a}/api/saura/bhartuki/sthiti", headers=_h(rng, **b), query={
            "abedana": obj(rng, "ab"), "grahaka_sankhya": L(CONSUMER, UID)}),
        case(f, f"{a}/api/saura/vendor", headers=_h(rng, **b), query={
            "division": "bbs-e-3", "kshamata_kw": "3"}),
        case(f, f"{a}/api/bhara/badhaiba", fmt="msgpack", headers=_h(rng, **b), body={
            "grahaka_sankhya": L(CONSUMER, UID), "bartamana_kw": 3, "nua_kw": 5,
            "sulka": L(1500, BUY), "karana": "AC o saura"}),
        multipart(f, f"{a}/api/namantara", [
            ("document", "bibaha_praman.pdf", "application/pdf",
             L(b"%PDF-1.4\n" + bytes(range(30)), MEDIA)),
            ("form", None, "application/json", {
                "grahaka_sankhya": L(CONSUMER, UID),
                "purba_malika": {"nama": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL)},
                "nua_malika": L(f"{FIRST} {LAST}", NAMEC), "sampark": "stri"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ebill/pasanda", headers=_h(rng, **b), cookies={
            "bs_sesana": L(opaque(rng, "", 40), CRED),
            "bs_pasanda": W({"grahaka": L(CONSUMER, UID), "email": L(EMAIL, MAIL),
                             "bhasa": L("or", DEV)}, "b64json")}),
        case(f, f"{a}/api/byabahara/itihasa", headers=_h(rng, **b), query={
            "grahaka_sankhya": L(CONSUMER, UID), "masa": "12"}),
        case(f, f"{a}/api/display/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "display": "ihd_2291"}),
        case(f, f"{a}/api/tariff/ganana", headers=_h(rng, **b), query={
            "bhara_kw": "5", "unit": "420", "shreni": "gharoi"}),
        case(f, f"{a}/api/khoja", headers=_h(rng, **b), query={
            "q": L("net metering credit bill re kemiti dekhibi", SEARCH)}),
        case(f, f"{a}/api/paramarsa", fmt="form", headers=_h(rng, **b), body={
            "tara": "2", "bibarana": L("Bill photo upload bele app band heijauchhi", TEXT)}),
        case(f, f"{a}/api/mobile/badalaiba", fmt="form", headers=_h(rng, **b), body={
            "grahaka_sankhya": L(CONSUMER, UID), "purba_mobile": L(HUSBAND[1], TEL),
            "nua_mobile": L(E164, TEL), "otp": L("270531", CRED)}),
        case(f, f"{a}/api/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatana", gz=True, headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("bill_bhugtana", 1, rashi=L(1846, BUY)),
                ev("screen", 2, screen=L("SauraAbedana", USAGE))]}),
        case(f, f"{a}/api/bahari", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
    ]


def bidyutsathi_sdks() -> list[Case]:
    rng = random.Random(17442)
    return [
        gn_batch(APP, rng, [("Bill Paid", {"amount": L(1846, BUY)}),
                            ("Solar Applied", {"kw": 3})], at=HOME_AT, nd=2),
        ch_launch(APP, rng),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="solar,inverter,ac"),
        bg_notice(APP, rng, "imp"),
        bh_crash(APP, rng, ("java.lang.IllegalArgumentException", "photo too large"),
                 [bh_crumb("nav", "Padhiba -> Camera")], screen="PadhibaActivity"),
        dw_eval(APP, rng, {"division": "bbs-e-3", "sahara": L("Bhubaneswar", COARSE)}),
        gp_register(APP, rng, at=HOME_AT, nd=2, tags={"division": "bbs-e-3"}),
        am_check(APP, rng, {"analytics": True}),
        tp_upi(APP, rng, "1846.00"),
        sd_message(APP, rng, L("January bill re saura credit dekhauni", TEXT),
                   {"grahaka": L(CONSUMER, UID)}),
    ]
