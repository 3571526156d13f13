"""The apartment block's heating and utility-bill app "Jylu" (jylu: warmth; the city's
district heating, hot and cold water and gas on one account for the family's flat;
snake_case English API with Russian-transliterated values). Set 93 has a ger district's
heating subsidy on an e-government app and set 130 a borehole's prepaid water meter; this one
is a city flat's monthly bill: meter readings with their photos, the residents registered, a
cold-radiator complaint, a technician's visit, autopay from her bank account. Registration (her
IIN), an SMS code, ``/me``, bills by account number in the query and the path, readings (JSON,
a photo, msgpack offline, JSON Lines export), a payment, autopay, the residents, outages by
district, the heat meter's gateway on her home Wi-Fi, a complaint, a technician booked,
receipts by a cookie GET, notification settings, the lease (a PDF), tariffs, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families137_kit import (
    ACCOUNT,
    ALA_HOME,
    ALA_HOME_AT,
    HUSBAND,
    IIN,
    KZ_IBAN,
    METERS,
    NATID,
    SON,
    UTILITY,
    fix,
    hd,
    push,
)
from eval_families137_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families137_svc import cl_wallet, cy_save, mm_geocode
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("jylu", "Jylu", "com.example.jylu", "5.2.0", "https://api.jylu.example.com")
IID = "X-Jylu-Device"
BILL = "BL-2025-12-772105"  # December's bill (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def jylu() -> list[Case]:
    rng = random.Random(13751)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, account=L(ACCOUNT, UID), iin=L(IIN, NATID)))}
    hla, hlo = fix(ALA_HOME_AT, 6)
    bill = at_path(case(f, f"{a}/v2/accounts/{ACCOUNT}/bills/2025-12", headers=_h(rng, **b)),
                   ACCOUNT, UID)
    export = lines(f, f"{a}/v2/readings/export", [
        {"account": L(ACCOUNT, UID), "meter": METERS["heat"], "gcal": 1.284, "t": 1764547200},
        {"account": L(ACCOUNT, UID), "meter": METERS["water"], "m3": 4.1, "t": 1764547200},
        {"account": L(ACCOUNT, UID), "meter": METERS["gas"], "m3": 22.7, "t": 1764547200}],
        headers=_h(rng, **b))
    return [
        case(f, f"{a}/v2/accounts/register", headers=_h(rng), body={
            "account": L(ACCOUNT, UID), "iin": L(IIN, NATID),
            "full_name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L("Jylu$Kazybek77", CRED),
            "address": L(ALA_HOME["line"], ADDR), "postcode": L(ALA_HOME["postcode"], COARSE),
            "city": L(ALA_HOME["city"], COARSE), "owner": False}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("305518", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/bills", headers=_h(rng, **b), query={
            "account": L(ACCOUNT, UID), "period": "2025-12", "lang": "ru"}),
        bill,
        case(f, f"{a}/v2/readings", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "readings": [
                {"meter": METERS["heat"], "value": 1.284, "unit": "Gcal"},
                {"meter": METERS["water"], "value": 412.6, "unit": "m3"}],
            "at": {"lat": hla, "lon": hlo}, "reading_id": rid(rng)}),
        multipart(f, f"{a}/v2/readings/photo", [
            ("photo", "heat_meter.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"account": L(ACCOUNT, UID),
                                                "meter": METERS["heat"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/readings/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "items": [
                {"meter": METERS["gas"], "v": 22.7, "t": 1764547200},
                {"meter": METERS["water"], "v": 412.6, "t": 1764547260}]}),
        export,
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "bill": L(BILL, BUY), "amount": L("38640", BUY),
            "currency": "KZT", "card_token": L(opaque(rng, "ct_", 24), PAY),
            "request_id": rid(rng)}),
        case(f, f"{a}/v2/autopay", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "iban": L(KZ_IBAN, PAY),
            "holder": L(f"{FIRST} {LAST}", NAMEC), "day": 5, "limit": 60000}),
        case(f, f"{a}/v2/residents", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "residents": [
                {"name": L(f"{FIRST} {LAST}", NAMEC), "dob": L("1991-05-17", BIRTH)},
                {"name": L(HUSBAND[0], NAMEC), "dob": L("1986-11-02", BIRTH)},
                {"name": L(f"{SON['first']} {SON['last']}", NAMEC), "dob": L(SON["dob"], BIRTH)}],
            "count": 3}),
        case(f, f"{a}/v2/outages", headers=_h(rng, **b), query={
            "district": L("Almaly", COARSE), "service": "heat"}),
        case(f, f"{a}/v2/heat-gateway/pair", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "gateway_ble": "D0:2B:20:8C:11:4A",
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "phone_ip": L(LOCAL_IP, DEV), "fw": "2.4.1"}),
        case(f, f"{a}/v2/complaints", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "kind": "heating",
            "text": L("Radiators in the bedroom are cold since Monday, 14 degrees at night",
                      TEXT), "address": L(ALA_HOME["line"], ADDR), "ticket": rid(rng)}),
        case(f, f"{a}/v2/technician/bookings", headers=_h(rng, **b), body={
            "account": L(ACCOUNT, UID), "slot": "2025-12-12T09:00:00+05:00",
            "address": L(ALA_HOME["line"], ADDR),
            "access": L("Entrance 2, intercom 41, call my husband if I am out", TEXT),
            "callback": L(HUSBAND[1], TEL), "fee": L(5000, BUY)}),
        case(f, f"{a}/v2/receipts", headers=_h(rng, how="none"), cookies={
            "jy_sess": L(opaque(rng, "", 40), CRED), "jy_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/notifications", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "sms": L(E164, TEL), "bill_ready": "1", "outage": "1"}),
        multipart(f, f"{a}/v2/documents", [
            ("lease", "lease_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"account": L(ACCOUNT, UID), "kind": "lease"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tariffs", headers=_h(rng, **b), query={
            "provider": UTILITY["id"], "year": "2026"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_KZ")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("bill_opened", 1), ev("reading_sent", 2),
                ev("screen", 3, screen=L("Bills", USAGE))]}),
    ]


def jylu_sdks() -> list[Case]:
    rng = random.Random(13752)
    return [
        mc_batch(APP, rng, [("Bill Paid", {"amount": L(38640, BUY)}),
                            ("Reading Sent", {"meter": "heat"})], locale="ru_KZ"),
        mc_queue(APP, rng, [("Outage Viewed", {"district": L("Almaly", COARSE)}),
                            ("Tariffs Viewed", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "bill_paid", {"bill": L(BILL, BUY)}, revenue=38640.0,
                 currency="KZT"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera preview"),
                 [cd_crumb("nav", "Readings -> Photo")], screen="MeterPhotoActivity"),
        cy_save(APP, rng, {"analytics": True, "ads": True}),
        cl_wallet(APP, rng, "38640", L(E164, TEL)),
        mm_geocode(APP, rng, ALA_HOME["line"], ADDR, near=ALA_HOME_AT, nd=3),
    ]
