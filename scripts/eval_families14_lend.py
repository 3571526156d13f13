"""Blind set fourteen, part six: an instant-loan app and an immigration/visa-case app (see
``eval_families14.py`` for the rules of this set, its conventions and its calls).

Instant loan (in the style of short-term lending apps that score a phone's contents): phone
sign-up with a code (form), KYC with bank details, a selfie and ID card (multipart), the
device-data harvest (contacts and installed apps, SMS and call log: gzip+base64 JSON in form
fields), typing and touch signals of the application form (JSON Lines), the offer signed on
screen, references (msgpack), a repayment (XML). Immigration (in the style of case-tracking and
check-in apps): the account, case status by receipt number in the URL path, identity numbers
(form), an asylum application draft (zstd), document uploads (multipart), a check-in with face
verification and position, an attorney's access, a fee payment, an analytics header (base64url
JSON). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families10_kit import strokes
from eval_families14_kit import (
    ADDR,
    APPS,
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
    FACE,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PDF,
    PEOPLE,
    PRECISE,
    SENS,
    SIM,
    SSN,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    device_headers,
    enc,
    encode,
    flat,
    jsonl,
    multipart,
    raw,
    series,
    xml,
)
from eval_payloads import (
    EMAIL,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

LOAN = "https://api.cashnow.example.com"
VISA = "https://api.visaview.example.org"
RECEIPT, ANUM = "EAC2612345678", "A-204-117-893"


def loan() -> list[Case]:
    rng = random.Random(14011)
    out = []
    out.append(case("loan", f"{LOAN}/v1/register", fmt="form", body={
        "phone": L(DIGITS, TEL), "otp": L("804412", CRED), "aid": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer cn_" + rnd_hex(rng, 40), CRED), **device_headers()}
    out.append(case("loan", f"{LOAN}/v1/kyc", headers=auth, body={
        "fullName": L("Jane Doe", NAMEC), "dob": L("1991-03-08", BIRTH),
        "ssn": L(SSN.replace("-", ""), NATID), "gender": L("F", GENDER),
        "address": L("350 Fifth Avenue Apt 4B", ADDR), "zip": L("10118", COARSE),
        "employer": "Example Logistics", "monthlyIncome": 3100,
        "bank": {"routing": L("021000021", PAY), "account": L("000123456789", PAY)}}))
    out.append(multipart("loan", f"{LOAN}/v1/kyc/selfie", [
        ("meta", None, "application/json", {"template": L(flat(rng, 128, 0.07), FACE),
                                            "blinks": 2, "liveness": 0.96}),
        ("selfie", "s.jpg", "image/jpeg", L(JPEG + b"\x51" * 12, MEDIA)),
        ("id_front", "id.jpg", "image/jpeg", L(JPEG + b"\x52" * 12, MEDIA)),
    ], headers=auth))
    acc: Acc = {}
    book = enc({"contacts": [{"n": L(n, CONTACTS), "p": L(p, CONTACTS), "e": L(m, CONTACTS)}
                             for n, p, m in PEOPLE],
                "apps": L(["com.example.bank", "com.example.betting", "com.example.payday2",
                           "com.example.prism"], APPS),
                "imei": L(IMEI, HW), "imsi": L(IMSI, SIM), "op": L("Example Mobile", CARRIER),
                "ssid": L(SSID, WIFI), "lat": L(LAT, PRECISE), "lng": L(LON, PRECISE)},
               "body", "payload", "gzb64", acc)
    out.append(add(case("loan", f"{LOAN}/v1/device/collect", fmt="form", headers=auth, body={
        "payload": book, "kind": "contacts_apps", "n": rnd_hex(rng, 12)}), acc))
    acc = {}
    logs = enc({"sms": [{"from": L(f, TEL), "body": L(b, TEXT), "ts": 1764360000 + i}
                        for i, (f, b) in enumerate([
                            ("+15550199001", "Your balance is $41.17. Payment due 12/3"),
                            (PEOPLE[2][1], "Did you get the rent money? landlord called"),
                            ("+15550188220", "FINAL NOTICE: account sent to collections")])],
                "calls": [{"num": L(p, TEL), "dur": 60 + i * 30, "type": "out"}
                          for i, (_, p, _) in enumerate(PEOPLE[:3])]},
               "body", "payload", "gzb64", acc)
    out.append(add(case("loan", f"{LOAN}/v1/device/collect", fmt="form", headers=auth, body={
        "payload": logs, "kind": "sms_calls", "n": rnd_hex(rng, 12)}), acc))
    acc = {}
    lines = jsonl([{"field": f, "dwell": L([rng.randrange(60, 150) for _ in range(n)], KEYS),
                    "flight": L([rng.randrange(70, 380) for _ in range(n - 1)], KEYS),
                    "corrections": 1, "s": rnd_hex(rng, 8)} for f, n in
                   (("fullName", 8), ("ssn", 9), ("income", 4))] +
                  [{"field": "_screen", "swipes": L(series(rng, 20, ("x", "y", "p"), 16, 90.0),
                                                    MOTION), "s": rnd_hex(rng, 8)}], acc)
    out.append(add(raw("loan", "https://sig.riskbeam.example.net/v2/form", lines,
                       "application/x-ndjson", {}, headers=auth), acc))
    out.append(case("loan", f"{LOAN}/v1/offers/of_7712/accept", headers=auth, body={
        "amount": L(400, BUY), "termDays": 14, "fee": L(60, BUY), "apr": 391.07,
        "signature": L(strokes(rng, 26), MOTION), "ip": L(PUBLIC_IP, IPLOC),
        "acceptedAt": 1764360500}))
    out.append(case("loan", f"{LOAN}/v1/references", fmt="msgpack", headers=auth, body={
        "refs": [{"name": L(n, NAMEC), "phone": L(p, TEL), "relation": r} for (n, p, _), r
                 in zip(PEOPLE[2:4], ("sister", "coworker"), strict=True)],
        "user": L(USER_ID, UID)}))
    lab: dict[str, str] = {}
    doc = xml("Repayment", {"@loan": "LN-" + rnd_hex(rng, 6).upper(), "Amount": L("460.00", BUY),
                            "Card": {"Pan": L("4111 1111 1111 1111", PAY),
                                     "Exp": L("08/29", PAY)},
                            "Payer": L("Jane Doe", NAMEC)}, "Repayment", lab)
    out.append(encode(raw("loan", f"{LOAN}/v1/repay", doc.encode(), "application/xml", lab,
                          headers=auth), "gzip"))
    # negatives: the product catalogue and a version check
    out.append(case("loan", f"{LOAN}/v1/products", query={"state_pack": "v12"}))
    out.append(case("loan", f"{LOAN}/v1/version", body={"v": "2.9.1", "min": "2.7.0"}))
    return out


def visa() -> list[Case]:
    rng = random.Random(14012)
    out = []
    out.append(case("visa", f"{VISA}/v1/account", headers=device_headers(), body={
        "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC),
        "dob": L("1991-03-08", BIRTH), "countryOfBirth": L("Honduras", COARSE),
        "citizenship": L("HN", COARSE), "password": L("Nueva-Vida-26", CRED),
        "lang": L("es-US", DEV)}))
    auth = {"Authorization": L("Bearer vv_" + rnd_hex(rng, 40), CRED),
            "user-agent": device_headers()["User-Agent"]}
    for k in range(2):
        c = case("visa", f"{VISA}/v1/cases/{RECEIPT}/status", headers=auth,
                 query={"refresh": str(k)})
        c.labels[("url", "path[2]")] = UID
        out.append(c)
    out.append(case("visa", f"{VISA}/v1/me/identity", fmt="form", headers=auth, body={
        "a_number": L(ANUM, NATID), "passport": L("E12345678", NATID),
        "passport_country": L("HN", COARSE), "i94": L("69217733A12", NATID),
        "entry_date": "2024-02-14"}))
    out.append(encode(case("visa", f"{VISA}/v1/forms/asylum/draft", headers=auth, body={
        "receipt": L(RECEIPT, UID), "grounds": L(["political_opinion", "religion"], SENS),
        "religion": L("Evangelical Christian", SENS), "ethnicity": L("Garifuna", SENS),
        "narrative": L("After I organised against the mine in our village, men from the "
                       "party threatened my family and burned our church.", f"{TEXT}|{SENS}"),
        "spouse": {"name": L("Tom Reyes", NAMEC), "dob": L("1988-11-21", BIRTH)},
        "children": [{"name": L(n, NAMEC), "dob": L(d, BIRTH), "sex": L(s, GENDER)}
                     for n, d, s in (("Mia Doe", "2018-07-19", "F"),
                                     ("Noah Doe", "2021-01-05", "M"))],
        "residences": [{"address": L(a, ADDR), "city": L(c, COARSE), "from": f}
                       for a, c, f in (("Barrio El Centro, casa 14", "La Ceiba", "2009"),
                                       ("350 Fifth Avenue Apt 4B", "New York", "2024"))],
        "travel": L(["HN", "GT", "MX", "US"], COARSE), "autosave": rnd_uuid(rng)}), "zstd"))
    out.append(multipart("visa", f"{VISA}/v1/documents", [
        ("meta", None, "application/json", {"receipt": L(RECEIPT, UID),
                                            "types": ["passport_bio", "i94"]}),
        ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x61" * 14, MEDIA)),
        ("i94", "i94.pdf", "application/pdf", L(PDF + b"\x62" * 14, MEDIA)),
    ], headers=auth))
    for k in range(2):
        out.append(multipart("visa", f"{VISA}/v1/checkins", [
            ("checkin", None, "application/json", {
                "aNumber": L(ANUM.replace("-", ""), NATID),
                "face": L(flat(rng, 256, 0.05), FACE), "match": 0.94,
                "lat": L(round(LAT + k * 0.011, 6), PRECISE),
                "lon": L(round(LON - k * 0.008, 6), PRECISE), "ip": L(PUBLIC_IP, IPLOC)}),
            ("selfie", "c.jpg", "image/jpeg", L(JPEG + bytes([99 + k]) * 9, MEDIA)),
        ], headers=auth))
    out.append(case("visa", f"{VISA}/v1/cases/share", headers=auth, body={
        "receipt": L(RECEIPT, UID), "attorney": {"name": L("Lucía Fernández, Esq.", NAMEC),
                                                 "email": L(PEOPLE[1][2], MAIL)},
        "g28": True, "myPhone": L(E164, TEL)}))
    out.append(case("visa", f"{VISA}/v1/fees/pay", fmt="form", headers=auth, body={
        "form": "I-765", "amount": L("520.00", BUY), "card_token": L("tok_" + rnd_hex(rng, 24),
                                                                     PAY),
        "payer_email": L(EMAIL.upper(), MAIL)}))
    acc: Acc = {}
    meta = enc({"iid": L(INSTALL_ID, DID), "scr": L("CaseTimeline", USAGE),
                "caseType": L("asylum_I589", SENS)}, "header", "x-meta", "b64url", acc)
    out.append(add(case("visa", f"{VISA}/v1/telemetry", headers={"X-Meta": meta},
                        body={"seq": 41}), acc))
    # negatives: processing-times table and form editions
    out.append(case("visa", f"{VISA}/v1/processing-times", query={"form": "I-765",
                                                                  "office": "EAC"}))
    out.append(case("visa", f"{VISA}/v1/forms/editions", body={"forms": ["I-589", "I-765"],
                                                               "etag": rnd_hex(rng, 16)}))
    return out
