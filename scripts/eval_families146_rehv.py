"""A seasonal tyre-change and tyre-storage ("tyre hotel") booking app "Rehvihotell" (English API
with Estonian values): sign-up with the family car, a log-in by SMS code, ``/me``, the car by
plate, a storage contract, a winter-tyre change booking, her arrival at the shop (``lat,lon`` in
the path), the tread photos, the tread report, an invoice paid by card, a studded-tyre reminder,
a pick-up by her husband, a roadside puncture call from the Tartu-Tallinn road, receipts by
cookie GET and by contract in the path, push, events. Set 125 has motorbike services; this one
is seasonal storage of a family car's wheels."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CRED,
    DID,
    E164,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families146_kit import (
    EE_IBAN,
    HUSBAND,
    PLATE,
    SHOP,
    SHOP_FIX,
    STORAGE,
    TARTU_HOME,
    TARTU_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import bf_bid, bf_notice, cd_session, mc_batch, tn_event, tn_link
from eval_families146_svc import cl_card, cl_confirm, mm_route, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("rehvihotell", "Rehvihotell", "com.example.rehvihotell", "4.8.1",
          "https://api.rehvihotell.example.net")
IID = "X-RH-Device"
ROAD_FIX = (58.612077, 26.108334)  # her car's puncture on the Tallinn road (hers: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _rehvihotell_core() -> list[Case]:
    rng = random.Random(14651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), contract=L(STORAGE, BUY)))}
    seg = f"{SHOP_FIX[0]:.6f},{SHOP_FIX[1]:.6f}"
    arr = at_path(case(f, f"{a}/v3/shops/{SHOP['id']}/arrive/{seg}", headers=_h(rng, **b)),
                  seg, PRECISE)
    rla, rlo = fix(ROAD_FIX, 5)
    rec = at_path(case(f, f"{a}/v3/contracts/{STORAGE}/receipt", headers=_h(rng, **b)),
                  STORAGE, BUY)
    return [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "car": {"plate": PLATE, "make": "Skoda", "model": "Octavia Combi"},
            "address": L(TARTU_HOME["line"], ADDR)}),
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("528031", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/cars", headers=_h(rng, **b), query={"plate": PLATE}),
        case(f, f"{a}/v3/storage/contracts", headers=_h(rng, **b), body={
            "contract": L(STORAGE, BUY), "set": "summer", "rims": "alloy 16",
            "price": L(59.0, BUY), "owner": L(USER_ID, UID), "shop": SHOP["id"]}),
        case(f, f"{a}/v3/bookings", headers=_h(rng, **b), body={
            "shop": SHOP["id"], "slot": "2025-10-27T08:40+02:00", "service": "vahetus+pesu",
            "booking": obj(rng, "bk"), "contact": {"phone": L(E164, TEL), "email": L(EMAIL, MAIL)},
            "price": L(45.0, BUY)}),
        arr,
        multipart(f, f"{a}/v3/inspections/photos", [
            ("photo", "tread_fl.jpg", "image/jpeg", L(JPEG + b"\xc5", MEDIA)),
            ("meta", None, "application/json", {"wheel": "FL", "contract": L(STORAGE, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/inspections", gz=True, headers=_h(rng, **b), body={
            "contract": L(STORAGE, BUY), "treadMm": {"FL": 6.1, "FR": 6.0, "RL": 5.2, "RR": 5.4},
            "studs": "ok", "shopPoint": [SHOP["lat"], SHOP["lon"]]}),
        case(f, f"{a}/v3/invoices/pay", headers=_h(rng, **b), body={
            "invoice": L("ARV-25-33901", BUY), "amount": L(104.0, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "billingIban": L(EE_IBAN, PAY)}),
        case(f, f"{a}/v3/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "studded_allowed", "date": "2025-10-15", "channel": "sms",
            "phone": L(E164, TEL)}),
        case(f, f"{a}/v3/pickups/delegate", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "contract": L(STORAGE, BUY)}),
        case(f, f"{a}/v3/roadside", headers=_h(rng, **b), body={
            "at": {"lat": rla, "lon": rlo}, "road": "E263", "problem": L(
                "Flat rear tyre near Põltsamaa turn-off, with my 8-year-old in the car",
                TEXT), "callback": L(E164, TEL), "ref": rid(rng)}),
        case(f, f"{a}/v3/receipts", headers=_h(rng, how="none"), query={"year": "2025"},
             cookies={"rh_sid": L(opaque(rng, "", 40), CRED), "rh_did": L(INSTALL_ID, DID)}),
        rec,
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("booking_made", 1), ev("invoice_paid", 2),
                ev("screen", 3, screen=L("Garage", USAGE))]}),
    ]


def rehvihotell_sdks() -> list[Case]:
    rng = random.Random(14652)
    return [
        tn_event(APP, rng, "booking", {"service": "change"}, revenue=45.0),
        tn_link(APP, rng, U("https://rehvihotell.example.net/b", {
            "contract": L(STORAGE, BUY), "utm_source": "sms"})),
        mc_batch(APP, rng, [("Booking Made", {"price": L(45.0, BUY)}),
                            ("Arrived", {})], at=SHOP_FIX, nd=3),
        bf_bid(APP, rng, {"id": "1", "video": {"w": 320, "h": 480}}, at=TARTU_HOME_AT, nd=3),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=512),
        pt_register(APP, rng, at=TARTU_HOME_AT, nd=2),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "104.00"),
        mm_route(APP, rng, [(TARTU_HOME_AT, PRECISE), ((SHOP["lat"], SHOP["lon"]), None)]),
        mm_telemetry(APP, rng, [ROAD_FIX, (58.612301, 26.108902)], PRECISE),
    ]


def _rehvihotell_more() -> list[Case]:
    rng = random.Random(14653)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v3/shops", headers=_h(rng, **b), query={
            "near": L(f"{TARTU_HOME_AT[0]:.3f},{TARTU_HOME_AT[1]:.3f}", PRECISE), "open": "1"}),
        case(f, f"{a}/v3/storage/photos", headers=_h(rng, **b), query={
            "contract": L(STORAGE, BUY)}),
        case(f, f"{a}/v3/quotes", fmt="form", headers=_h(rng, **b), body={
            "size": "205/55 R16", "studded": "1", "qty": "4", "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v3/support", headers=_h(rng, **b), body={
            "text": L("Please call my husband Rasmus at +37255218804 when the car is ready",
                      f"{TEXT}|{NAMEC}|{TEL}"), "contract": L(STORAGE, BUY)}),
        case(f, f"{a}/v3/auth/logout", headers=_h(rng, **b), body={"all": False}),
    ]


def rehvihotell() -> list[Case]:
    return [*_rehvihotell_core(), *_rehvihotell_more()]
