"""Blind set fifteen, part four: an international money-transfer (remittance) app and a
tenant rent app (see ``eval_families15.py`` for the rules of this set, its conventions and its
calls).

Remittance (in the style of cross-border transfer apps): phone sign-up and a code (form), KYC
identity, a liveness selfie with the passport page (multipart), a recipient (msgpack), a quote,
a transfer funded from an IBAN, its tracking by the number in the URL path, a fraud SDK's
signals (gzip+base64 JSON in a JSON field), hashed address-book numbers for invites, a card
(form), a receipt by e-mail (query) and analytics (base64 protobuf in a form field). Rent
(in the style of tenant portals): an application (hex JSON in a form field), screening consent
signed on screen, an ID upload, the bank link, rent payments, maintenance requests with photos,
a door code, roommates, credit reporting, move-in inspection notes, messages and a listing
search. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families10_kit import strokes
from eval_families15_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL_PCT,
    FACE,
    HW,
    IBAN_RCPT,
    IBAN_SPACED,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SSN,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    device_headers,
    enc,
    flat,
    keys,
    multipart,
    pb64,
    series,
    sha,
    sim_block,
)
from eval_payloads import ANDROID_ID, EMAIL, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex, rnd_uuid

SEND = "https://api.sendhome.example.net"
RENT = "https://api.rentroll.example.com"
PASSPORT = "X48219377"
MRZ = "P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nX482193775USA9103088F3103082<<<<<<<<<<<<<<04"
MAMA = ("María Doe Ruiz", "+525512345678")
TRACK = "SH-7730-4418-29"


def remit() -> list[Case]:
    rng = random.Random(15007)
    out = []
    out.append(case("remit", f"{SEND}/v1/signup", headers=device_headers(), body={
        "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "country": L("US", COARSE),
        "referral": "FRIEND25"}))
    out.append(case("remit", f"{SEND}/v1/signup/verify", fmt="form", body={
        "phone": L(DIGITS, TEL), "code": L("730219", CRED)}))
    auth = {"Authorization": L("Bearer sh_" + rnd_hex(rng, 44), CRED)}
    out.append(case("remit", f"{SEND}/v1/kyc/identity", headers=auth, body={
        "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
        "dob": L("1991-03-08", BIRTH), "ssn": L(SSN, NATID), "passport": L(PASSPORT, NATID),
        "nationality": L("US", COARSE), "address": {"line1": L(STREET, ADDR),
                                                    "city": L("New York", COARSE),
                                                    "postal": L("10118", COARSE)},
        "occupation": "nurse", "sourceOfFunds": "salary"}))
    out.append(multipart("remit", f"{SEND}/v1/kyc/liveness", [
        ("meta", None, "application/json", {
            "template": L(flat(rng, 512, 0.04), FACE), "headTurn": L(series(
                rng, 24, ("yaw", "pitch"), 40, 12.0), MOTION), "score": 0.97,
            "mrz": L(MRZ, f"{NATID}|{NAMEC}|{BIRTH}"), "model": "lv-5.1"}),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x91" * 16, MEDIA)),
        ("passport", "pp.jpg", "image/jpeg", L(JPEG + b"\x92" * 16, MEDIA)),
    ], headers=auth))
    out.append(case("remit", f"{SEND}/v1/recipients", fmt="msgpack", headers=auth, body={
        "name": L(MAMA[0], NAMEC), "phone": L(MAMA[1], TEL), "iban": L(IBAN_RCPT, PAY),
        "country": L("MX", COARSE), "city": L("Puebla", COARSE), "relation": "mother"}))
    out.append(case("remit", f"{SEND}/v1/quotes", headers=auth, query={
        "from": "USD", "to": "MXN", "amount": "500", "method": "bank"}))
    out.append(case("remit", f"{SEND}/v1/transfers", headers=auth, body={
        "recipient": "rc_" + rnd_hex(rng, 8), "amount": L(500.0, BUY), "fee": L(3.99, BUY),
        "fundingIban": L(IBAN_SPACED, PAY), "purpose": "family_support",
        "quoteId": rnd_uuid(rng), "idempotencyKey": rnd_uuid(rng)}))
    c = case("remit", f"{SEND}/v1/transfers/{TRACK}", headers=auth, query={"fields": "status"})
    c.labels[("url", "path[2]")] = BUY  # the transfer's tracking number
    out.append(c)
    acc: Acc = {}
    sig = enc({"did": L(ANDROID_ID, DID), "emulator": L(False, DEV), "ip": L(PUBLIC_IP, IPLOC),
               "sim": sim_block("snake"),
               "amountKeys": L(keys(rng, "500", "obj"), KEYS),
               "ibanKeys": L(keys(rng, "DE8937", "row"), f"{KEYS}|{PAY}"),
               "swipe": L(series(rng, 18, ("x", "y"), 16, 120.0), MOTION),
               "session": rnd_uuid(rng)}, "body", "s", "gzb64", acc)
    out.append(add(case("remit", "https://risk.trustsig.example.com/v3/collect", body={
        "s": sig, "k": "pk_pub_88aa21", "v": "3.4.0"}), acc))
    out.append(case("remit", f"{SEND}/v1/invites/match", headers=auth, body={
        "hashes": L([sha("sha256", p) for _, p, _ in PEOPLE], CONTACTS), "alg": "sha256"}))
    out.append(case("remit", "https://vault.cardbox.example.com/v1/tokens", fmt="form", body={
        "number": L("4242424242424242", PAY), "exp": L("09/29", PAY), "cvc": L("314", PAY),
        "zip": L("10118", COARSE), "pk": "pk_pub_5c0ffee"}))
    out.append(case("remit", f"{SEND}/v1/receipts/send", headers=auth, query={
        "to": L(EMAIL_PCT, MAIL), "transfer": L(TRACK, BUY)}))
    acc = {}
    p = pb64([(1, L(USER_ID, UID)), (2, L("transfer_sent", USAGE)), (3, L("MX", COARSE)),
              (4, 1764520000), (5, rnd_hex(rng, 8))], "body", "p", acc)
    out.append(add(case("remit", f"{SEND}/v1/a", fmt="form", body={"p": p, "v": "2"}), acc))
    # negatives: public rates and the corridor list
    out.append(case("remit", f"{SEND}/v1/rates", query={"base": "USD", "symbols": "MXN,PHP"}))
    out.append(case("remit", f"{SEND}/v1/corridors", body={"from": "US", "limit": 50}))
    return out


def rent() -> list[Case]:
    rng = random.Random(15008)
    out = []
    acc: Acc = {}
    app = enc({"name": L("Jane Doe", NAMEC), "dob": L("1991-03-08", BIRTH),
               "ssn": L(SSN.replace("-", ""), NATID), "current": L(STREET, ADDR),
               "previous": L(["12 Pine St Apt 3, Hoboken, NJ 07030",
                              "77 Elm Rd, Albany, NY 12203"], ADDR),
               "employer": "Example Hospital", "incomeMonthly": 6100,
               "landlordRef": {"name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL)},
               "vehicle": L("KXT-4471", HW), "pets": ["cat"]}, "body", "a", "hex", acc)
    out.append(add(case("rent", f"{RENT}/v1/applications", fmt="form", body={
        "a": app, "unit": "u_4b", "fee": L("45.00", BUY)}), acc))
    out.append(case("rent", f"{RENT}/v1/applications/screening-consent", body={
        "signature": L(strokes(rng, 30), MOTION), "ip": L(PUBLIC_IP, IPLOC),
        "typing": {"field": "ssn", "dwellMs": L([rng.randrange(60, 140) for _ in range(9)], KEYS),
                   "flightMs": L([rng.randrange(80, 260) for _ in range(8)], KEYS)},
        "agreedAt": 1764530000, "text": "fcra-v3"}))
    auth = {"Authorization": L("Bearer rr_" + rnd_hex(rng, 40), CRED)}
    out.append(multipart("rent", f"{RENT}/v1/documents/id", [
        ("meta", None, "application/json", {"type": "drivers_license",
                                            "number": L("D123-4567-8901", NATID)}),
        ("front", "dl.jpg", "image/jpeg", L(JPEG + b"\xa1" * 12, MEDIA)),
    ], headers=auth))
    out.append(case("rent", f"{RENT}/v1/bank/link", fmt="form", headers=auth, body={
        "routing": L("021000021", PAY), "account": L("000123456789", PAY),
        "holder": L("Jane Doe", NAMEC)}))
    for k in range(2):
        out.append(case("rent", f"{RENT}/v1/payments", headers=auth, body={
            "property": L(STREET, ADDR), "period": f"2026-{11 + k}",
            "rent": L(2850.0, BUY), "lateFee": L(75.0 if k else 0.0, BUY),
            "method": "ach", "idempotency": rnd_uuid(rng)}))
    out.append(multipart("rent", f"{RENT}/v1/maintenance", [
        ("req", None, "application/json", {
            "category": "mould", "text": L("Black mould behind the bathroom sink, it's making "
                                           "my son's asthma worse", f"{TEXT}|{MED}"),
            "enter": True, "entryCode": L("4417#", CRED), "window": "weekdays 9-12"}),
        ("photo", "mould.jpg", "image/jpeg", L(JPEG + b"\xa2" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("rent", f"{RENT}/v1/roommates", headers=auth, body={
        "roommates": [{"name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
                       "share": L(1425.0, BUY)}], "split": "even"}))
    out.append(case("rent", f"{RENT}/v1/credit-reporting", fmt="form", headers=auth, body={
        "ssn_last4": L("1120", NATID), "dob": L("1991-03-08", BIRTH), "opt_in": "yes"}))
    out.append(case("rent", f"{RENT}/v1/inspections/move-in", headers=auth, body={
        "rooms": [{"room": "kitchen", "note": L("Oven door doesn't close, scratch on floor",
                                                TEXT)},
                  {"room": "bath", "note": L("Grout cracked by tub", TEXT)}]}))
    out.append(case("rent", f"{RENT}/v1/messages", headers=auth, body={
        "to": "manager", "text": L("I lost my job last week, can I pay half now and half on "
                                   "the 15th?", TEXT)}))
    out.append(case("rent", f"{RENT}/v1/listings/search", query={
        "q": L("2br astoria laundry in unit", SEARCH), "near": L("40.764,-73.923", PRECISE),
        "max": "3200"}))
    out.append(case("rent", "https://c.tenantstat.example.org/i", query={
        "ev": L("rent_paid", USAGE), "uid": L(USER_ID, UID), "os": L("Android 14", DEV),
        "cr": L("Example Mobile", CARRIER)}))
    # negatives: the lease template and a listing fetched by its ID
    out.append(case("rent", f"{RENT}/v1/leases/templates/ny-standard", query={"v": "9"}))
    out.append(case("rent", f"{RENT}/v1/listings/ls_88120", query={"photos": "1"}))
    return out
