"""Blind set sixteen, part six: a home-search/self-tour real-estate app and a tax-filing app
(see ``eval_families16.py`` for the rules of this set, its conventions and its calls).

Real estate (in the style of listing apps with unattended self-tours): a search near the user
(4-decimal strings in a query), a saved search with a drawn map area, listing views (listing
coordinates beside the advertising ID), a tour request, a mortgage pre-qualification with the
credit-check consent's IP and signature, a commute calculator, a self-tour unlock with an ID
check (multipart: licence photo, selfie, base64url float32 face template) and the user's
position at the door, a valuation of the user's own home. Tax filing (in the style of mobile
e-file apps): a W-2 photo with its OCR fields, dependants (top-level JSON array), a refund
deposit account, identity verification, an IP PIN, medical expenses, a church donation, an
e-file return header in XML (the filer's IP address and device ID, as e-file systems require),
a 1095-A policy and analytics (hex JSON in a query parameter). Values are synthetic; hosts are
under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families16_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PDF,
    PRECISE,
    SEARCH,
    SENS,
    SSN,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    encode,
    f32b64,
    flat,
    ll,
    multipart,
    raw,
    series,
    xml,
)
from eval_payloads import (
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)

HOME = "https://api.homefinder.example.com"
TAX = "https://api.easyfile.example.org"
WORK = (40.75302, -73.98342)  # the user's workplace
LISTING = (40.68721, -73.97514)  # a listed house (a negative wherever it is the listing's)
DL = "D123-456-789"


def homes() -> list[Case]:
    rng = random.Random(16011)
    out = []
    auth = {"Authorization": L("Bearer hf_" + rnd_hex(rng, 36), CRED)}
    out.append(case("homes", f"{HOME}/v2/search", headers=auth, query={
        "lat": L(f"{LAT:.4f}", PRECISE), "lng": L(f"{LON:.4f}", PRECISE), "r": "3mi",
        "beds": "2", "max": "850000", "q": L("2br near good schools brooklyn", SEARCH)}))
    out.append(case("homes", f"{HOME}/v2/saved-searches", headers=auth, body={
        "name": L("close to Mom's", TEXT), "area": [[40.69, -73.99], [40.69, -73.95],
                                                    [40.67, -73.95], [40.67, -73.99]],
        "filters": {"beds": 2, "maxPrice": 850000}, "alerts": "daily"}))
    out.append(case("homes", "https://ev.homefinder.example.com/v", query={
        "e": L("listing_viewed", USAGE), "listing": "L-88120441",
        "llat": str(LISTING[0]), "llng": str(LISTING[1]), "gaid": L(GAID, ADID),
        "dur": L("94", USAGE)}))
    out.append(case("homes", f"{HOME}/v2/listings/L-88120441/tour", headers=auth, body={
        "name": L("Jane Doe", NAMEC), "email": L(EMAIL_UPPER, MAIL), "phone": L(E164, TEL),
        "message": L("We're expecting in May, is the second bedroom big enough for a crib?",
                     f"{TEXT}|{SENS}"), "slot": "2026-12-07T11:00"}))
    out.append(case("homes", f"{HOME}/v2/mortgage/prequal", headers=auth, body={
        "ssn": L(SSN, NATID), "dob": L("1991-04-23", BIRTH), "income": 128000,
        "employer": "Example Labs", "current": {"street": L(STREET, ADDR),
                                                "zip": L("10118", COARSE)},
        "consent": {"ip": L(PUBLIC_IP, IPLOC), "sig": L(series(rng, 24, ("x", "y"), 12, 40.0),
                                                          MOTION), "at": 1764760000}}))
    out.append(case("homes", f"{HOME}/v2/commute", headers=auth, body={
        "to": L("11 W 42nd St, New York, NY", ADDR), "toLat": L(WORK[0], PRECISE),
        "toLng": L(WORK[1], PRECISE), "from": {"listing": "L-88120441",
                                               "lat": LISTING[0], "lng": LISTING[1]},
        "mode": "transit"}))
    out.append(multipart("homes", f"{HOME}/v2/selftour/verify", [
        ("meta", None, "application/json", {"dl": L(DL, NATID), "state": L("NY", COARSE),
                                            "tmpl": L(f32b64(flat(rng, 128, 0.08), True),
                                                      FACE)}),
        ("dl_front", "dl.jpg", "image/jpeg", L(JPEG + b"\x91" * 7, MEDIA)),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x92" * 7, MEDIA)),
    ], headers=auth))
    out.append(case("homes", f"{HOME}/v2/selftour/unlock", headers=auth, body={
        "listing": "L-88120441", "code": L("4471#", CRED),
        "at": L(ll(6, LISTING[0] - LAT + 3e-5, LISTING[1] - LON - 2e-5), PRECISE),
        "device": L(INSTALL_ID, DID)}))
    out.append(case("homes", f"{HOME}/v2/valuation", headers=auth, body={
        "address": L(STREET + ", New York, NY 10118", ADDR), "owner": True, "sqft": 780}))
    out.append(case("homes", f"{HOME}/v2/chat/agent", headers=auth, body={
        "text": L("Call me at 555-010-0199 after 6, my partner Sam will join", f"{TEXT}|{TEL}"),
        "agent": "ag_3312", "listing": "L-88120441", "lat": L(round(LAT, 3), PRECISE),
        "lng": L(round(LON, 3), PRECISE)}))
    # negatives: school zones of a listing, the rate table, a listing photo
    out.append(case("homes", f"{HOME}/v2/schools", headers=auth, query={
        "lat": str(LISTING[0]), "lng": str(LISTING[1]), "level": "elementary"}))
    out.append(case("homes", f"{HOME}/v2/rates", query={"term": "30", "product": "fixed"}))
    out.append(case("homes", "https://img.homefinder.example.com/L-88120441/3.webp",
                    query={"w": "1080"}))
    return out


def tax() -> list[Case]:
    rng = random.Random(16012)
    out = []
    auth = {"Authorization": L("Bearer ef_" + rnd_hex(rng, 40), CRED)}
    out.append(multipart("tax", f"{TAX}/v1/w2/scan", [
        ("ocr", None, "application/json", {
            "employeeSsn": L(SSN, NATID), "employeeName": L("Jane Doe", NAMEC),
            "employeeAddr": L(STREET, ADDR), "ein": "12-3456789",
            "employer": "Example Labs LLC", "wages": 128000.0, "fedWithheld": 19880.5}),
        ("img", "w2.jpg", "image/jpeg", L(JPEG + b"\xa1" * 9, MEDIA)),
    ], headers=auth))
    out.append(case("tax", f"{TAX}/v1/dependents", headers=auth, body=[
        {"name": L(n, NAMEC), "ssn": L(s, NATID), "dob": L(d, BIRTH), "rel": "daughter",
         "months": 12} for n, s, d in [("Mia Doe", "078-05-1121", "2018-07-19"),
                                       ("Leo Doe", "078-05-1122", "2021-02-03")]]))
    out.append(case("tax", f"{TAX}/v1/refund", headers=auth, fmt="form", body={
        "routing": L("021000021", PAY), "account": L("000123456789", PAY),
        "type": "checking"}))
    out.append(multipart("tax", f"{TAX}/v1/idv", [
        ("doc", None, "application/json", {"dl": L(DL, NATID), "state": L("NY", COARSE),
                                           "issued": "2022-01-10",
                                           "face": L(flat(rng, 256, 0.06), FACE)}),
        ("selfie", "s.jpg", "image/jpeg", L(JPEG + b"\xa2" * 9, MEDIA)),
    ], headers=auth))
    out.append(case("tax", f"{TAX}/v1/ippin", headers=auth, body={
        "ipPin": L("583920", CRED), "priorAgi": 121400}))
    out.append(case("tax", f"{TAX}/v1/deductions/medical", headers=auth, body={"items": [
        {"desc": L(t, f"{MED}|{BUY}"), "amount": L(a, BUY)} for t, a in
        [("Physical therapy, lumbar disc", 1840.0), ("Insulin pens", 612.0)]]}))
    out.append(case("tax", f"{TAX}/v1/deductions/charity", headers=auth, body={
        "org": L("St. Example Catholic Church", SENS), "amount": 2400.0, "cash": True}))
    lab: dict[str, str] = {}
    doc = xml("Return", {"ReturnHeader": {
        "IPAddress": {"IPv4AddressTxt": L(PUBLIC_IP, IPLOC)},
        "DeviceId": L(INSTALL_ID.replace("-", "").upper(), DID),
        "Filer": {"PrimarySSN": L(SSN.replace("-", ""), NATID),
                  "NameLine1Txt": L("JANE DOE", NAMEC),
                  "USAddress": {"AddressLine1Txt": L(STREET.upper(), ADDR),
                                "CityNm": L("NEW YORK", COARSE), "StateAbbreviationCd":
                                    L("NY", COARSE), "ZIPCd": L("10118", COARSE)},
                  "PhoneNum": L("5550100199", TEL)},
        "FilingStatus": "4", "SoftwareId": "26000123"}}, "Return", lab)
    out.append(encode(raw("tax", f"{TAX}/v1/efile/submit", doc.encode(), "application/xml", lab,
                          headers=auth), "gzip"))
    out.append(case("tax", f"{TAX}/v1/forms/1095a", headers=auth, body={
        "policy": L("NYSOH-4471209", UID), "coveredMembers": [L("Jane Doe", NAMEC),
                                                              L("Mia Doe", NAMEC)],
        "months": 12, "pdf": None}))
    acc: Acc = {}
    hx = enc({"u": L(USER_ID, UID), "e": L("efile_submitted", USAGE), "p": "android",
              "m": L("Pixel 8", DEV)}, "query", "x", "hex", acc)
    out.append(add(case("tax", "https://a.filestat.example.net/x", query={"x": hx}), acc))
    out.append(raw("tax", f"{TAX}/v1/docs/1099", PDF + b"\xa3" * 9, "application/pdf",
                   {"$": MEDIA}, headers=auth))
    out.append(case("tax", f"{TAX}/v1/expert/chat", headers=auth, fmt="form", body={
        "msg": L("my SSN is 078-05-1120, why was my return rejected?", f"{TEXT}|{NATID}"),
        "topic": "rejection", "uid": L(USER_ID, UID)}))
    # negatives: tax tables and the form catalogue
    out.append(case("tax", f"{TAX}/v1/tables", headers=auth, query={"year": "2026",
                                                                     "status": "hoh"}))
    out.append(case("tax", f"{TAX}/v1/forms", query={"state": "all", "v": "26.3"}))
    return out
