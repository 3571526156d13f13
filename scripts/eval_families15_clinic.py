"""Blind set fifteen, part three: an IVF/fertility-clinic patient app and an insulin-pump
companion app (see ``eval_families15.py`` for the rules of this set, its conventions and its
calls).

IVF clinic (in the style of fertility-clinic patient portals): sign-in (form), the intake with
the partner (gzip), stimulation-medication logs (form), reminders (msgpack), a home pregnancy
test (multipart), a donor search, a consent signed on screen, a financing payment, shared
ultrasound images, a nurse message, a temperature sync (JSON Lines) and analytics (base64 JSON
header). Insulin pump (in the style of pump and automated-insulin-delivery companions):
onboarding, pairing the pump and sensor, pump history (schema-less protobuf, zstd), the bolus
calculator, basal settings, an occlusion alarm, a care partner, a clinic share, exercise and
meal photos, a Nightscout-style upload (a top-level array with a hashed API secret header) and
a supply order (XML). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families15_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    FIT,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    device_snake,
    enc,
    encode,
    jsonl,
    multipart,
    pb,
    raw,
    sha,
    xml,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

IVF = "https://portal.bloomfert.example.com"
PUMP = "https://api.dosewise.example.org"
PT = "BF-PT-220871"
P_SN, P_MAC, CGM_TX = "DW-X2-11804472", "d4:ca:6e:11:90:3b", "8RK4Q2"


def ivf() -> list[Case]:
    rng = random.Random(15005)
    out = []
    out.append(case("ivf", f"{IVF}/api/login", fmt="form", body={
        "username": L(EMAIL_UPPER, MAIL), "password": L("Bloom*Spring26", CRED),
        "mfa": L("402118", CRED)}))
    auth = {"Authorization": J({"sub": L(PT, UID), "email": L(EMAIL, MAIL), "clinic": "bf-nyc",
                                "iat": 1764500000})}
    out.append(encode(case("ivf", f"{IVF}/api/patients/intake", headers=auth, body={
        "patient": {"name": L("Jane Doe", NAMEC), "dob": L("1991-03-08", BIRTH),
                    "address": L(STREET, ADDR), "zip": L("10118", COARSE),
                    "phone": L(E164, TEL)},
        "partner": {"name": L("Rosa Morales", NAMEC), "dob": L("1989-05-30", BIRTH),
                    "sex": L("female", GENDER), "email": L(PEOPLE[2][2], MAIL)},
        "familyPath": L("same-sex couple, reciprocal IVF", SENS),
        "history": {"amh": L(2.1, MED), "miscarriages": L(1, MED),
                    "cycleDays": L(29, MED), "diagnosis": L("diminished ovarian reserve", MED)},
        "insurance": {"carrier": "Example Health", "memberId": L("EXH884201773", UID),
                      "group": "G-5512"}}), "gzip"))
    for k, (med, dose) in enumerate([("Gonal-f", "225 IU"), ("Menopur", "75 IU"),
                                     ("Cetrotide", "0.25 mg")]):
        out.append(case("ivf", f"{IVF}/api/cycles/cy_3391/meds/log", fmt="form", headers=auth,
                        body={"drug": L(med, MED), "dose": L(dose, MED),
                              "taken_at": f"2026-11-2{k}T20:0{k}", "site": "abdomen",
                              "missed": L("false", MED)}))
    out.append(case("ivf", f"{IVF}/api/reminders", fmt="msgpack", headers=auth, body={
        "items": [{"label": L("Trigger shot - Ovidrel", MED), "at": "2026-11-26T21:30"},
                  {"label": L("Egg retrieval - arrive fasting", MED), "at": "2026-11-28T07:00"}],
        "push": L("fcm:" + rnd_hex(rng, 60), DID)}))
    out.append(multipart("ivf", f"{IVF}/api/cycles/cy_3391/home-test", [
        ("result", None, "application/json", {"kind": "hpt", "result": L("positive",
                                                                          f"{SENS}|{MED}"),
                                             "dpt": L(10, MED), "patient": L(PT, UID)}),
        ("photo", "test.jpg", "image/jpeg", L(JPEG + b"\x71" * 8, MEDIA)),
    ], headers=auth))
    out.append(case("ivf", f"{IVF}/api/donors/search", headers=auth, query={
        "q": L("donor tall curly hair graduate degree", SEARCH), "bank": "all",
        "page": "1"}))
    out.append(case("ivf", f"{IVF}/api/consents/embryo-disposition", headers=auth, body={
        "choice": "donate_to_research", "typedName": L("Jane Doe", NAMEC),
        "signature": L(strokes(rng, 28), MOTION), "witness": "clinic_staff",
        "doc": "consent-v7"}))
    out.append(case("ivf", f"{IVF}/api/billing/pay", headers=auth, body={
        "invoice": L("INV-66120", BUY), "amount": L(14250.0, BUY),
        "plan": L("12-month financing", BUY), "card": {"token": L("pm_" + rnd_hex(rng, 20),
                                                               PAY), "last4": L("4242", PAY)}}))
    out.append(multipart("ivf", f"{IVF}/api/cycles/cy_3391/ultrasound/share", [
        ("meta", None, "application/json", {"follicles": L([18, 17, 15, 14, 12, 11], MED),
                                            "lining": L(9.4, MED), "to": L(PEOPLE[2][2], MAIL)}),
        ("scan", "us.jpg", "image/jpeg", L(JPEG + b"\x72" * 12, MEDIA)),
    ], headers=auth))
    out.append(case("ivf", f"{IVF}/api/messages", headers=auth, body={
        "to": "nurse_team", "text": L("Spotting since last night after the transfer, is that "
                                      "normal on progesterone?", f"{TEXT}|{MED}"),
        "urgent": True}))
    acc: Acc = {}
    lines = jsonl([{"day": f"2026-11-{10 + d}", "bbtC": L(36.4 + d * 0.05, MED),
                    "lh": L(["low", "low", "peak"][d], MED), "src": "thermometer"}
                   for d in range(3)], acc)
    out.append(add(raw("ivf", f"{IVF}/api/sync/bbt", lines, "application/x-ndjson", {},
                       headers=auth), acc))
    acc = {}
    meta = enc({"uid": L(PT, UID), "iid": L(INSTALL_ID, DID), "stage": L("two_week_wait", MED),
                "treatment": L("IVF", MED)}, "header", "x-ctx", "b64", acc)
    out.append(add(case("ivf", "https://m.carepulse.example.net/v1/ev", headers={"X-Ctx": meta},
                        body={"name": L("embryo_report_viewed", USAGE), "ms": 48211}), acc))
    # negatives: clinic locations (public) and the education video list
    out.append(case("ivf", f"{IVF}/api/locations", body={"clinics": [
        {"id": "bf-nyc", "lat": 40.75061, "lng": -73.99337}, {"id": "bf-bk", "lat": 40.69311,
                                                              "lng": -73.98971}]}))
    out.append(case("ivf", f"{IVF}/api/learn/videos", query={"topic": "overview", "v": "4"}))
    return out


def pump() -> list[Case]:
    rng = random.Random(15006)
    out = []
    out.append(case("pump", f"{PUMP}/v2/onboarding", body={
        "email": L(EMAIL, MAIL), "name": L("Jane Doe", NAMEC), "dob": L("1991-03-08", BIRTH),
        "diabetesType": L("T1", MED), "diagnosed": L(2004, MED), "a1c": L(7.1, MED),
        "weightKg": L(64, FIT), "device": device_snake(), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer dw_" + rnd_hex(rng, 40), CRED)}
    out.append(case("pump", f"{PUMP}/v2/devices/pair", headers=auth, body={
        "pump": {"serial": L(P_SN, HW), "mac": L(P_MAC, HW), "model": "X2"},
        "cgm": {"transmitter": L(CGM_TX, HW), "sensorCode": "5678", "model": "S7"}}))
    lab: dict[str, str] = {}
    recs: list[tuple[int, Any]] = [(1, L(P_SN, HW))]
    for i in range(4):  # repeated records: glucose, basal rate, a bolus flag
        recs.append((2, [(1, 1764510000 + i * 300), (2, 112 + i * 9),
                         (3, 0.85 if i % 2 else 0.8), (4, i == 2)]))
        lab.update({f"2[{i}].{f}": MED for f in (2, 3, 4)})
    recs.append((3, rnd_hex(rng, 12)))
    data = pb(recs, "", lab)
    out.append(encode(raw("pump", f"{PUMP}/v2/history", data, "application/x-protobuf", lab,
                          headers=auth), "zstd"))
    out.append(case("pump", f"{PUMP}/v2/bolus/calc", headers=auth, body={
        "bg": L(184, MED), "carbs": L(45, MED), "iob": L(1.2, MED), "icr": L(10, MED),
        "isf": L(40, MED), "target": L(110, MED), "suggested": L(5.1, MED),
        "delivered": L(5.0, MED), "reqId": rnd_uuid(rng)}))
    out.append(case("pump", f"{PUMP}/v2/settings/basal", headers=auth, body={
        "profile": "weekday", "segments": L([[0, 0.8], [6, 1.05], [12, 0.9], [22, 0.75]], MED),
        "maxBolus": L(12, MED), "pumpSerial": L(P_SN, HW)}))
    out.append(case("pump", f"{PUMP}/v2/alarms", headers=auth, body={
        "type": L("occlusion", MED), "reservoirU": L(38, MED), "serial": L(P_SN, HW),
        "at": 1764512000, "acknowledged": False}))
    out.append(case("pump", f"{PUMP}/v2/followers", fmt="form", headers=auth, body={
        "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
        "email": L(PEOPLE[2][2], MAIL), "alerts": "urgent_low,occlusion"}))
    out.append(case("pump", f"{PUMP}/v2/clinic/share", headers=auth, body={
        "clinicCode": L("EA-7Q2M-99", CRED), "clinic": L("Example Endocrine Associates", MED),
        "endo": L("Dr. Ana Kim", NAMEC), "range": "90d"}))
    out.append(case("pump", f"{PUMP}/v2/activity", headers=auth, body={
        "activity": L("running", FIT), "minutes": L(45, FIT), "tempTarget": L(150, MED),
        "hr": L([122, 138, 151, 149], FIT)}))
    out.append(multipart("pump", f"{PUMP}/v2/meals/estimate", [
        ("meta", None, "application/json", {"estimatedCarbs": L(62, MED), "model": "carbnet-2",
                                            "meal": "dinner"}),
        ("photo", "meal.jpg", "image/jpeg", L(JPEG + b"\x81" * 10, MEDIA)),
    ], headers=auth))
    entries = [{"type": "sgv", "sgv": L(140 - i * 6, MED), "direction": "FortyFiveDown",
                "date": 1764513000000 + i * 300000, "device": L(f"dosewise://{P_SN}", HW)}
               for i in range(5)]
    out.append(case("pump", "https://jd-ns.nightbase.example.net/api/v1/entries",
                    headers={"API-SECRET": L(sha("sha1", "correct-horse-7"), CRED)},
                    body=entries))
    lab = {}
    doc = xml("SupplyOrder", {"@member": L("EXH884201773", UID), "Ship": {
        "Name": L("Jane Doe", NAMEC), "Street": L(STREET, ADDR), "Zip": L("10118", COARSE)},
        "Item": [{"@sku": L(s, f"{BUY}|{MED}"), "Qty": L(q, BUY)} for s, q in
                 [("INFSET-9MM-10", "3"), ("CART-300U-10", "3")]],
        "Rx": L("insulin lispro 100 U/mL", MED)}, "SupplyOrder", lab)
    out.append(raw("pump", f"{PUMP}/v2/supplies/order", doc.encode(), "application/xml", lab,
                   headers=auth))
    out.append(case("pump", f"{PUMP}/v2/t", query={"e": L("bolus_delivered", USAGE),
                                                   "u": L(USER_ID, UID), "bat": L("58", DEV)}))
    # negatives: firmware release notes and the insulin catalogue
    out.append(case("pump", f"{PUMP}/v2/firmware/notes", query={"model": "X2", "fw": "7.8"}))
    out.append(case("pump", f"{PUMP}/v2/catalog/insulins", body={"region": "US", "page": 1}))
    return out
