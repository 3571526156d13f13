"""Blind set eight, part seven: an eSIM/carrier-account app and a retail loyalty app — the
profile's identifiers in many transforms (see ``eval_families8.py`` for the rules of this set and
its labelling conventions).

Fictional apps with request shapes typical of their kind: the carrier app's line lookup (IMSI,
ICCID, IMEI, MSISDN in E.164 and national form, MCC/MNC, network operator name as Android's
``TelephonyManager`` reports them), an eSIM profile download request in the style of GSMA SGP.22
``ES9+`` (``euiccInfo``-like device fields, a matching ID; base64 JSON), data-usage reports
(JSON Lines with per-app usage by package name), number-portability form and a carrier-billing
purchase; the loyalty app's sign-up with the phone as login, an audience-match call with hashes
of the normalised e-mail and phone (MD5, SHA-1, SHA-256, SHA-512, upper and lower hex), a store
check-in with a beacon and Wi-Fi, a receipt scan (items per record), coupon clips, the member
barcode and an ad-attribution ping with the advertising ID hashed and in upper case. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families8_kit import (
    ADDR,
    ADID,
    ANDROID_ID,
    APPS,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL,
    GAID,
    HW,
    IMEI,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SIM,
    TEL,
    UID,
    USAGE,
    WIFI,
    b64s,
    device_headers,
    sha,
)
from eval_payloads import (
    BSSID,
    ICCID,
    IMSI,
    NAME,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

TEL_API = "https://selfcare.examplemobile.example"
LOY = "https://api.shopperclub.example.com"


def carrier() -> list[Case]:
    rng = random.Random(8817)
    hdr = {"Authorization": L("Bearer emx_" + rnd_hex(rng, 40), CRED), **device_headers(),
           "X-MSISDN": L(E164, TEL), "X-Network-Operator": L("310260", CARRIER)}
    out = [case("carrier", f"{TEL_API}/api/v2/line", headers=hdr, query={
        "imsi": L(IMSI, SIM), "iccid": L(ICCID, SIM), "imei": L(IMEI, HW),
        "msisdn": L(DIGITS, TEL), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
        "operator": L("Example Mobile", CARRIER), "roaming": "false"})]
    acc: dict[tuple[str, str], str] = {}
    info = enc({"eid": L("89049032004008882600012345678901", SIM), "imei": L(IMEI, HW),
                "tac": L(IMEI[:8], DEV), "svn": "21", "model": L("Pixel 8", DEV),
                "euiccFirmware": "4.6.0", "freeNvram": L(118_000, DEV),
                "matchingId": "QR-" + rnd_hex(rng, 20)}, "body", "deviceInfo", "b64", acc)
    out.append(with_labels(case("carrier", f"{TEL_API}/es9plus/initiateAuthentication",
                                headers={"X-Admin-Protocol": "gsma/rsp/v2.5.0"}, body={
                                    "euiccChallenge": b64s(rnd_hex(rng, 16)),
                                    "deviceInfo": info, "smdpAddress": "rsp.example.net"}),
                           acc))
    acc = {}
    recs = jsonl([{"day": "2026-11-26", "package": L(pkg, APPS), "rx_mb": rx, "tx_mb": tx,
                   "imsi_sha1": L(sha("sha1", IMSI), SIM)}
                  for pkg, rx, tx in [("com.example.clipshare", 812.4, 41.0),
                                      ("com.example.chat", 55.2, 12.9),
                                      ("com.example.maps", 120.7, 8.3),
                                      ("com.example.bank", 3.1, 0.4)]], acc)
    out.append(with_labels(encode(raw("carrier", f"{TEL_API}/api/v2/usage", recs,
                                      "application/x-ndjson", {}, headers=hdr), "gzip"), acc))
    out.append(case("carrier", f"{TEL_API}/api/v2/port-in", headers=hdr, fmt="form", body={
        "number": L(NATIONAL, TEL), "account_holder": L(NAME, NAMEC),
        "old_carrier_account": L("883311020", UID), "transfer_pin": L("552901", CRED),
        "zip": L("10118", COARSE), "iccid": L(ICCID, SIM)}))
    out.append(case("carrier", f"{TEL_API}/api/v2/dcb/charge", headers=hdr, body={
        "msisdn": L(E164, TEL), "merchant": "GameStudio Example", "sku": L("gems_500", BUY),
        "amount": L(4.99, BUY), "charge_id": L("DCB-" + rnd_hex(rng, 10).upper(), BUY),
        "imsi": L(IMSI, SIM)}))
    labels: dict[str, str] = {}
    doc = xml("CellReport", {"Serving": {"@mcc": L("310", CARRIER), "@mnc": L("260", CARRIER),
                                         "@ci": L("27448834", CARRIER), "@tac": L("12101", CARRIER),
                                         "rsrp": "-97"},
                             "Device": {"@serial": L(SERIAL, HW), "@imei": L(IMEI, HW),
                                        "Os": L("Android 14", DEV)}}, "CellReport", labels)
    out.append(raw("carrier", f"{TEL_API}/api/v2/coverage", doc.encode(), "text/xml", labels,
                   headers=hdr))
    return out


def loyalty() -> list[Case]:
    rng = random.Random(8818)
    em = EMAIL.strip().lower()
    hdr = {"X-Member-Token": L("smc_" + rnd_hex(rng, 36), CRED), **device_headers(),
           "X-Device-Fingerprint": L(sha("sha1", ANDROID_ID), DID)}
    out = [case("loyalty", f"{LOY}/v1/signup", headers={**device_headers()}, body={
        "phone": L(NATIONAL, TEL), "country": L("US", COARSE), "email": L(EMAIL.upper(), MAIL),
        "first": L("Jane", NAMEC), "birthday_mmdd": L("04-12", "personal.birthdate"),
        "otp": L("731904", CRED), "marketing_opt_in": True})]
    out.append(case("loyalty", "https://match.audiencely.example.net/v2/upload", body={
        "schema": ["EMAIL_MD5", "EMAIL_SHA1", "EMAIL_SHA256", "EMAIL_SHA512", "PHONE_SHA256",
                   "PHONE_SHA1"],
        # one row of hashes: a scalar list, labelled once with both categories it carries
        "data": [L([sha("md5", em), sha("sha1", em).upper(), sha("sha256", em),
                    sha("sha512", em), sha("sha256", E164), sha("sha1", DIGITS)],
                   f"{MAIL}|{TEL}")],
        "audience_id": "aud_55102", "session": rnd_uuid(rng)}))
    out.append(case("loyalty", f"{LOY}/v1/checkin", headers=hdr, body={
        "store_id": "st_0231", "store_address": "20 W 34th St, New York, NY 10001",
        "beacon": {"uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e", "major": 12, "minor": 4},
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID.upper(), WIFI)},
        "me": L(f"{round(LAT, 4)},{round(LON, 4)}", PRECISE), "ts": 1764251000}))
    items = [("Oat milk 1L", 3.49), ("Trail mix", 5.99), ("Ibuprofen 200mg 50ct", 7.29),
             ("Dish soap", 2.89)]
    out.append(case("loyalty", f"{LOY}/v1/receipts", headers=hdr, body={
        "receipt_id": L("RC-2026-1127-0912", BUY), "store_id": "st_0231",
        "lines": [{"desc": L(d, BUY), "price": p, "qty": 1} for d, p in items],
        "total": L(19.66, BUY), "tender": {"type": "card", "masked": L("************4242", PAY)},
        "image_sha1": sha("sha1", "receipt-jpeg")}))
    out.append(case("loyalty", f"{LOY}/v1/member/profile", headers=hdr, body={
        "member": L(USER_ID, UID), "mobile": L(E164, TEL), "email": L(EMAIL, MAIL),
        "mailing": {"street": L("350 Fifth Avenue, Apt 12B", ADDR), "city": L("New York", COARSE),
                    "zip": L("10118", COARSE)}, "home_store": "st_0231",
        "preferences": {"sms": True, "paper_receipts": False}}))
    for cid in ("cp_881", "cp_902"):
        out.append(case("loyalty", f"{LOY}/v1/coupons/{cid}/clip", headers=hdr, query={
            "member": L(USER_ID, UID), "src": L("weekly_ad", USAGE)}))
    out.append(case("loyalty", f"{LOY}/v1/member/card", headers=hdr, query={
        "member": L(USER_ID, UID), "format": "code128"}))
    out.append(case("loyalty", "https://att.installtrack.example.io/v1/event", query={
        "advertising_id": L(GAID.upper(), ADID), "gaid_sha1": L(sha("sha1", GAID), ADID),
        "android_id": L(ANDROID_ID.upper(), DID), "mac_sha1": L(sha("sha1", MAC.upper()), HW),
        "ip": L(PUBLIC_IP, "location.ip"), "event": L("purchase", USAGE),
        "revenue": L("19.66", BUY), "install_id": L(INSTALL_ID.replace("-", ""), DID),
        "ua": L("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)", DEV)}))
    return out
