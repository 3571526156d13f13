"""Blind set fifteen, part one: a co-parenting app and a kids' smartwatch companion (see
``eval_families15.py`` for the rules of this set, its conventions and its calls).

Co-parenting (in the style of custody-calendar and documented-messaging apps): sign-up, the
other parent's invitation (form), the children's records (msgpack), a custody calendar, hand-off
check-ins with position, messages with a tone meter, an expense with its receipt (multipart),
a reimbursement (form), a journal (gzip), a court order upload (multipart PDF), a mediator's
access (bearer JWT) and an analytics hit (query). Kids' smartwatch (in the style of
GPS-watch companions with a voice-message feature): pairing by the watch's IMEI, the child's
profile (form), the watch's position reports (query, schema-less protobuf with E7 integers),
a network locate, safe zones, an SOS alert with a recording, voice messages (multipart), the
call whitelist (msgpack), a remote "listen-in" call-back, daily steps (JSON Lines, br), a
remote photo, the watch's heartbeat (XML). Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import base64
import random

from eval_families15_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    CHILD,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EX,
    FIT,
    GAID_NODASH,
    GENDER,
    HW,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PDF,
    PEOPLE,
    PRECISE,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    device_camel,
    e7,
    encode,
    jsonl,
    ll,
    multipart,
    pb,
    raw,
    xml,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

TWO = "https://api.twohomes.example.com"
KID = "https://api.kidlink.example.net"
GW = "https://gw.kidlink.example.net"
W_IMEI, W_ICCID, W_NUM = "352099001761481", "8901260987001234567", "+15550166004"
W_IP = "198.51.100.44"


def coparent() -> list[Case]:
    rng = random.Random(15001)
    out = []
    out.append(case("coparent", f"{TWO}/v1/signup", body={
        "email": L(EMAIL, MAIL), "password": L("TwoHomes!2026", CRED),
        "fullName": L("Jane Doe", NAMEC), "mobile": L(E164, TEL),
        "device": device_camel(), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "fam": "fam_71c2", "iat": 1764400000})}
    out.append(case("coparent", f"{TWO}/v1/family/invite", fmt="form", headers=auth, body={
        "coparent_name": L(EX[0], NAMEC), "coparent_email": L(EX[2], MAIL),
        "coparent_phone": L(EX[1], TEL), "role": "parent", "message": ""}))
    out.append(case("coparent", f"{TWO}/v1/family/children", fmt="msgpack", headers=auth, body={
        "children": [{"name": L(CHILD[0], NAMEC), "dob": L(CHILD[1], BIRTH),
                      "sex": L("F", GENDER), "allergies": L(["peanuts"], MED),
                      "meds": L(["albuterol inhaler"], MED),
                      "school": L("PS 116 Mary Lindley Murray", COARSE),
                      "pediatrician": {"name": L("Dr. Ana Kim", NAMEC),
                                       "phone": L(PEOPLE[4][1], TEL)}},
                     {"name": L("Noah Reyes", NAMEC), "dob": L("2021-02-11", BIRTH),
                      "sex": L("M", GENDER), "allergies": [], "meds": []}]}))
    out.append(case("coparent", f"{TWO}/v1/calendar/schedule", headers=auth, body={
        "pattern": "2-2-3", "startsOn": "2026-12-01", "holidays": "alternate_years",
        "exchange": {"site": "pl_" + rnd_hex(rng, 6), "name": L("Midtown South Precinct lobby",
                                                                 COARSE), "time": "18:00"}}))
    for k in range(3):
        body: dict[str, object] = {"event": "handoff", "child": "ch_1", "at": 1764430000 + k,
                                   "lat": L(round(LAT + 0.0062 + k * 1e-5, 6), PRECISE),
                                   "lng": L(round(LON + 0.0041, 6), PRECISE),
                                   "accuracyM": 8, "otherPresent": k != 1}
        if k == 2:
            body = {"event": "handoff_late", "where": L(ll(5, 0.0062, 0.0041), PRECISE),
                    "note": L("Other parent arrived 25 min late, kids waited in the cold",
                              TEXT), "at": 1764430900}
        out.append(case("coparent", f"{TWO}/v1/checkins", headers=auth, body=body))
    out.append(case("coparent", f"{TWO}/v1/threads/t_55/messages", headers=auth, body={
        "clientId": rnd_uuid(rng), "to": "usr_" + rnd_hex(rng, 8),
        "text": L("Mia's ear infection is back, the doctor wants her on amoxicillin for 10 "
                  "days. Please give it at 8am and 8pm.", f"{TEXT}|{MED}"),
        "tone": {"score": 0.12, "label": "neutral", "model": "tone-3"}}))
    out.append(case("coparent", f"{TWO}/v1/threads/t_55/messages", headers=auth,
                    cookies={"th_sess": L(rnd_hex(rng, 48), CRED), "th_theme": "light"},
                    query={"before": "1764431000", "limit": "50"}))
    out.append(multipart("coparent", f"{TWO}/v1/expenses", [
        ("expense", None, "application/json", {
            "title": L("Orthodontist - Mia braces consult", f"{BUY}|{MED}"),
            "amount": L(180.0, BUY), "split": 0.5, "child": "ch_1", "paidOn": "2026-11-20"}),
        ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\x15" * 12, MEDIA)),
    ], headers=auth))
    out.append(case("coparent", f"{TWO}/v1/expenses/ex_881/reimburse", fmt="form",
                    headers=auth, body={"amount": L("90.00", BUY), "routing": L("021000021", PAY),
                                        "account": L("000123456789", PAY),
                                        "holder": L("Jane Doe", NAMEC)}))
    out.append(encode(case("coparent", f"{TWO}/v1/journal", headers=auth, body={
        "entries": [{"at": 1764440000 + i * 86400, "text": L(t, TEXT), "private": True}
                    for i, t in enumerate(["He said he'd take them to his mom's without asking.",
                                           "Pickup went fine. Noah cried at bedtime."])]}),
        "gzip"))
    out.append(multipart("coparent", f"{TWO}/v1/documents", [
        ("meta", None, "application/json", {"kind": "court_order",
                                            "caseNumber": L("FC-2025-031187", UID)}),
        ("file", "order.pdf", "application/pdf", L(PDF + b"\x0b" * 6, MEDIA)),
    ], headers=auth))
    out.append(case("coparent", f"{TWO}/v1/professionals", headers=auth, body={
        "role": "mediator", "name": L("Lucía Fernández", NAMEC),
        "email": L(PEOPLE[1][2], MAIL), "access": ["messages", "calendar"], "until": "2027-06"}))
    out.append(case("coparent", "https://ev.famstat.example.org/c", query={
        "e": L("message_sent", USAGE), "s": L("ThreadView", USAGE), "u": L(USER_ID, UID),
        "a": L(GAID_NODASH.upper(), ADID), "tm": L("neutral", USAGE), "sid": rnd_hex(rng, 12)}))
    # negatives: holiday templates and the app's remote config
    out.append(case("coparent", f"{TWO}/v1/templates/holidays", query={"region": "generic",
                                                                        "v": "12"}))
    out.append(case("coparent", f"{TWO}/v1/config", body={"build": 5120, "toneModel": "tone-3",
                                                          "exp": {"cal_v2": "b"}}))
    return out


def kidwatch() -> list[Case]:
    rng = random.Random(15002)
    out = []
    auth = {"Authorization": L("Bearer kl_" + rnd_hex(rng, 40), "secret.credential")}
    out.append(case("kidwatch", f"{KID}/v2/watches/bind", headers=auth, body={
        "imei": L(W_IMEI, HW), "iccid": L(W_ICCID, SIM), "watchNumber": L(W_NUM, TEL),
        "parentPhone": L(NATIONAL, TEL), "relation": "mom", "qr": rnd_hex(rng, 16)}))
    out.append(case("kidwatch", f"{KID}/v2/children", fmt="form", headers=auth, body={
        "name": L(CHILD[0], NAMEC), "birthday": L(CHILD[1], BIRTH), "gender": L("girl", GENDER),
        "height_cm": L("121", FIT), "weight_kg": L("23", FIT),
        "school": L("PS 116 Mary Lindley Murray", COARSE), "imei": L(W_IMEI, HW)}))
    out.append(case("kidwatch", f"{GW}/up/loc", query={
        "imei": L(W_IMEI, HW), "lat": L(f"{LAT + 0.0021:.6f}", PRECISE),
        "lon": L(f"{LON - 0.0013:.6f}", PRECISE), "bat": L("77", DEV),
        "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "ci": L("22018", CARRIER),
        "seq": "4411"}))
    for k in range(2):
        lab: dict[str, str] = {}
        data = pb([(1, L(W_IMEI, HW)), (2, [(1, L(e7(LAT + k * 4e-4), PRECISE)),
                                            (2, L(e7(LON - k * 3e-4), PRECISE)), (3, 15)]),
                   (3, L(70 - k, DEV)), (4, 1764450000 + k * 300), (5, rnd_hex(rng, 8))],
                  "", lab)
        out.append(raw("kidwatch", f"{GW}/up/pb", data, "application/x-protobuf", lab))
    out.append(case("kidwatch", f"{GW}/up/locate", body={
        "imei": L(W_IMEI, HW), "ip": L(W_IP, IPLOC),
        "cells": [{"mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "lac": L(7033, CARRIER),
                   "ci": L(22018 + i, CARRIER), "rx": -80 - i * 7} for i in range(3)],
        "wifis": [{"mac": L(b, WIFI), "rssi": r} for b, r in
                  [("aa:bb:cc:77:88:99", -52), ("aa:bb:cc:12:ab:cd", -69)]]}))
    out.append(case("kidwatch", f"{KID}/v2/watches/{W_IMEI}/fences", headers=auth, body={
        "fences": [{"name": n,
                    "lat": L(la, PRECISE), "lng": L(lo, PRECISE), "r": 200}
                   for n, la, lo in [("Home", LAT, LON), ("School", 40.71752, -73.99845)]]}))
    out[-1].labels[("url", "path[2]")] = HW  # the watch's IMEI in the path
    sos = base64.b64encode(M4A + b"\x21" * 16).decode()
    out.append(case("kidwatch", f"{GW}/up/sos", body={
        "imei": L(W_IMEI, HW), "lat": L(round(LAT + 0.0035, 5), PRECISE),
        "lon": L(round(LON + 0.0018, 5), PRECISE), "battery": L(31, DEV),
        "recording": L(sos, MEDIA), "calling": L(DIGITS, TEL)}))
    for k in range(2):
        out.append(multipart("kidwatch", f"{KID}/v2/chat/voice", [
            ("meta", None, "application/json", {"from": "watch" if k == 0 else "parent",
                                                "imei": L(W_IMEI, HW), "durationS": 6 + k,
                                                "group": "fam_" + rnd_hex(rng, 6)}),
            ("voice", f"v{k}.m4a", "audio/mp4", L(M4A + bytes([k]) * 20, MEDIA)),
        ], headers=auth))
    out.append(case("kidwatch", f"{KID}/v2/watches/whitelist", fmt="msgpack", headers=auth,
                    body={"imei": L(W_IMEI, HW), "contacts": [
                        {"n": L(n, CONTACTS), "p": L(p, CONTACTS), "sos": i == 0}
                        for i, (n, p, _) in enumerate([("Mom", E164, ""), *PEOPLE[2:4]])]}))
    out.append(case("kidwatch", f"{KID}/v2/watches/monitor", fmt="form", headers=auth, body={
        "imei": L(W_IMEI, HW), "callback": L(DIGITS, TEL), "mode": "silent"}))
    acc: Acc = {}
    lines = jsonl([{"imei": L(W_IMEI, HW), "day": f"2026-11-{20 + d}", "steps": L(8200 + d * 311,
                                                                                   FIT),
                    "hr": L([88, 97, 104][d], FIT), "sleepMin": L(610 - d * 12, FIT)}
                   for d in range(3)], acc)
    out.append(add(encode(raw("kidwatch", f"{GW}/up/health", lines, "application/x-ndjson",
                              {}), "br"), acc))
    out.append(multipart("kidwatch", f"{GW}/up/photo", [
        ("meta", None, "application/json", {"imei": L(W_IMEI, HW), "cmd": "remote_shot",
                                            "lat": L(round(LAT + 0.0021, 4), PRECISE),
                                            "lon": L(round(LON - 0.0013, 4), PRECISE)}),
        ("img", "shot.jpg", "image/jpeg", L(JPEG + b"\x31" * 9, MEDIA)),
    ]))
    out.append(case("kidwatch", f"{KID}/v2/chat/text", headers=auth, body={
        "from": "watch", "imei": L(W_IMEI, HW),
        "text": L("mom can u pick me up im at Lilys house", TEXT), "emoji": 3}))
    lab = {}
    doc = xml("hb", {"@imei": L(W_IMEI, HW), "sim": {"iccid": L(W_ICCID, SIM),
                                                      "mccmnc": L("310260", CARRIER),
                                                      "op": L("Example Mobile", CARRIER)},
                     "bat": L("64", DEV), "sig": "3", "fw": "KL2-1.4.9", "n": rnd_hex(rng, 8)},
              "hb", lab)
    out.append(raw("kidwatch", f"{GW}/up/hb", doc.encode(), "application/xml", lab))
    # negatives: watch-face catalogue and firmware check (by model only)
    out.append(case("kidwatch", f"{KID}/v2/faces", query={"model": "KL2", "page": "1"}))
    out.append(case("kidwatch", f"{GW}/fw/check", query={"model": "KL2", "cur": "1.4.9",
                                                         "ch": "stable"}))
    return out
