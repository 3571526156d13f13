"""Blind set ten, part six: typing rhythms, payments and embedded SIMs in the same twelve apps
(see ``eval_families10.py`` for the rules of this set and its conventions).

A translation keyboard's typing telemetry (key dwell/flight lists, msgpack), a school's typing
assessment (key events with down/up times, JSON Lines), a mail client's compose metrics (hex
JSON in a form field), a music subscription purchase and a courier's cash-on-delivery record, an
LTE dashcam's embedded modem and SIM report (XML), an assistant speaker's setup with the home
Wi-Fi and its password. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families8_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    HW,
    KEYS,
    NAMEC,
    PAY,
    SIM,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_headers,
)
from eval_families10_kit import Acc
from eval_payloads import BSSID, INSTALL_ID, SSID, USER_ID, Case, L, case, rnd_hex


def typing() -> list[Case]:
    rng = random.Random(10016)
    out = []
    for k in range(3):
        n = 14 + k * 3
        out.append(case("translate", "https://kb.polyglot.example.net/v1/typing", fmt="msgpack",
                        body={"iid": L(INSTALL_ID, DID), "field": "source_text", "chars": n,
                              "dwell_ms": L([rng.randrange(60, 140) for _ in range(n)], KEYS),
                              "flight_ms": L([rng.randrange(40, 400) for _ in range(n - 1)],
                                             KEYS),
                              "backspaces": L(rng.randrange(0, 4), KEYS),
                              "layout": L("qwerty-en", DEV), "ts": 1764252600 + k * 40}))
    acc: Acc = {}
    text = "the quick brown fox"
    t0 = 0
    events = []
    for ch in text:
        dwell = rng.randrange(70, 130)
        events.append({"k": ch, "d": t0, "u": t0 + dwell})
        t0 += dwell + rng.randrange(30, 260)
    data = jsonl([{"student": L("S-20433", UID), "test": "wpm_grade4", "attempt": a,
                   "keys": L(events, f"{KEYS}|{TEXT}"), "wpm": L(21 + a, USAGE),
                   "errors": 2 - a} for a in range(2)], acc)
    out.append(with_labels(raw("school", "https://sis.classhub.example.edu/api/typing/results",
                               data, "application/x-ndjson", {}), acc))
    acc = {}
    comp = enc({"draft": "dr_" + rnd_hex(rng, 8), "ikis": L([rng.randrange(50, 600)
                                                             for _ in range(40)], KEYS),
                "pauses_over_2s": L(3, KEYS), "words": 61, "autocorrect_accepts": 4},
               "body", "m", "hex", acc)
    out.append(with_labels(case("mail", "https://sync.mailnest.example.org/v2/metrics",
                                fmt="form", body={"m": comp, "v": "1"}), acc))
    return out


def payments() -> list[Case]:
    rng = random.Random(10017)
    out = [case("music", "https://api.tunewave.example.net/v1/subscriptions", headers={
        "Authorization": L("Bearer tw_" + rnd_hex(rng, 40), CRED)}, body={
        "plan": L("Premium Family", BUY), "price": L(19.99, BUY), "period": "monthly",
        "card": {"number": L("4111 1111 1111 1111", PAY), "exp_month": L(8, PAY),
                 "exp_year": L(2029, PAY), "cvc": L("123", PAY), "name": L("JANE DOE", NAMEC),
                 "postal": L("11217", COARSE)}, "promo": "FAMILY3FREE",
        "members": [L("grace.lee", UID), L("tom.doe", UID)]})]
    out.append(case("courier", "https://api.routewise.example.com/v4/cod", headers={
        "Authorization": L("Bearer rw_" + rnd_hex(rng, 48), CRED)}, body={
        "stop_id": "st_118230", "collected": L(42.5, BUY), "method": "card",
        "card_last4": L("8812", PAY), "auth_code": "A7Q2K9", "terminal": "T-" + rnd_hex(rng, 6),
        "receipt_to": L("+15550100417", "contact.phone")}))
    out.append(case("hotel", "https://mobile.staybright.example.com/api/v5/folio/settle",
                    fmt="form", body={"reservation": L("SB7Q4K2M", BUY),
                                      "iban": L("DE89370400440532013000", PAY),
                                      "holder": L("Jane Doe", NAMEC), "amount": L("612.40", BUY)}))
    return out


def hardware() -> list[Case]:
    rng = random.Random(10018)
    labels: dict[str, str] = {}
    doc = xml("ModemReport", {"@camera": L("RE4K7F21A0093", HW), "Modem": {
        "IMEI": L("353456789012348", HW), "ICCID": L("8944500102198304826", SIM),
        "IMSI": L("234507100923311", SIM), "Operator": L("Example IoT", CARRIER),
        "MCCMNC": L("234-50", CARRIER), "RSRP": "-97", "Band": "B4",
        "CellId": L("0x1A2B3C", CARRIER)}, "DataUsedMB": "1184"}, "ModemReport", labels)
    out = [raw("dashcam", "https://cloud.roadeye.example.net/v1/lte/report", doc.encode(),
               "application/xml", labels)]
    out.append(case("voice", "https://assistant.hearth.example.com/v1/speaker/setup", headers={
        **device_headers(), "Authorization": L("Bearer hh_" + rnd_hex(rng, 40), CRED)}, body={
        "speaker": {"serial": L("HS1-22K9-0412", HW), "mac": L("70:3A:CB:55:10:9E", HW),
                    "name": "Kitchen speaker", "fw": "8.2.1"},
        "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                 "psk": L("orchard-lane-2291", CRED), "security": "WPA2"},
        "owner": L(USER_ID, UID), "setup_session": rnd_hex(rng, 20)}))
    return out
