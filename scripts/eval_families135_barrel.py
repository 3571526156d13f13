"""A barrel-and-box shipping and customs-clearance app "Paelo" (her sister in Utah ships them a
barrel of clothes and food; the user is the consignee in Nuku'alofa). New to the evaluation (no
earlier set names a shipping barrel or a customs entry; a grep of ``scripts/`` finds "customs" only
in sets 43, 59 and 95, in other kinds of app). Calls: sign-up, an OAuth password grant, ``/me`` (a
``tin`` claim), adding the consignment with its sender, the consignment by number in the path, the
declared contents, her passport and TIN for the customs broker (JPEG and JSON), the customs entry,
its status by entry number in the path, the duty payment, a tracking poll (protobuf, a nested fix),
a pick-up booking, a check-in at the wharf depot, a delivery to the house instead, an offline queue
(msgpack), a damage claim and its photo, a message, invoices by a cookie GET, a return box to her
sister (with a tracking link whose query carries the consignment), rates, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families135_kit import (
    DEPOT,
    DEPOT_FIX,
    ENTRY,
    HOME,
    HOME_AT,
    PASSPORT,
    PERMIT,
    SHIPMENT,
    SISTER_US,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import af_launch, af_link, ct_session, mk_batch, mk_queue
from eval_families135_svc import cp_confirm, ft_eval, hn_attach, mt_reverse, mt_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("paelo", "Paelo", "com.example.paelo", "5.0.4", "https://api.paelo.example.com")
IID = "X-Paelo-Device"
PW = "Barrel2Tonga!ut"
NID = "personal.national_id"
RETURN_BOX = "PL-TO-2512-0917"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def paelo() -> list[Case]:
    rng = random.Random(13551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tin=L(TIN, NID)))}
    dla, dlo = fix(DEPOT_FIX, 6)
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    poll = pb([(1, L(USER_ID, UID)), (2, L(SHIPMENT, BUY)), (3, 1765338000),
               (4, [(1, L(DEPOT_FIX[0], PRECISE)), (2, L(DEPOT_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(49, DEV)), (6, "v5.0.4")], "", lab)
    cons = at_path(case(f, f"{a}/api/v2/shipments/{SHIPMENT}", headers=_h(rng, **b)),
                   SHIPMENT, BUY)
    slot = obj(rng, "slot", 8)
    return [
        case(f, f"{a}/api/v2/customers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "address": {"line1": L(HOME["line"], ADDR), "village": L(HOME["area"], COARSE),
                        "island": L(HOME["island"], COARSE), "country": L("TO", COARSE)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "paelo-android"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/shipments/track", headers=_h(rng, **b), body={
            "consignment": L(SHIPMENT, BUY), "kind": "barrel-55gal",
            "sender": {"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
                       "email": L(SISTER_US[2], MAIL), "address": L(SISTER_US[3], ADDR)},
            "originPort": "USOAK", "vessel": "MV Southern Pacifica"}),
        cons,
        case(f, f"{a}/api/v2/shipments/{SHIPMENT}/contents", headers=_h(rng, **b), body={
            "items": [{"d": "used clothing", "qty": 1, "usd": 80},
                      {"d": "canned corned beef", "qty": 24, "usd": 96},
                      {"d": "school shoes", "qty": 2, "usd": 60}],
            "declaredValueUsd": L(236, BUY), "gift": True}),
        multipart(f, f"{a}/api/v2/customs/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NID}")),
            ("ids", None, "application/json", {"passportNo": L(PASSPORT, NID),
                                               "tin": L(TIN, NID), "issuer": "USA",
                                               "expires": "2032-04-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/customs/entries", headers=_h(rng, **b), body={
            "entry": L(ENTRY, BUY), "consignment": L(SHIPMENT, BUY), "tin": L(TIN, NID),
            "importer": {"name": L(f"{FIRST} {LAST}", NAMEC), "address": L(HOME["line"], ADDR),
                         "residencePermit": L(PERMIT, NID)},
            "dutyTop": L(58.4, BUY), "cpc": "4000-GIFT", "broker": "brk_0071"}),
        at_path(case(f, f"{a}/api/v2/customs/entries/{ENTRY}/status", headers=_h(rng, **b)),
                ENTRY, BUY),
        case(f, f"{a}/api/v2/customs/pay", fmt="form", headers=_h(rng, **b), body={
            "entry": L(ENTRY, BUY), "amount": L("58.40", BUY), "currency": "TOP",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        raw(f, f"{a}/api/v2/tracking/poll", poll, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/pickups", headers=_h(rng, **b), body={
            "consignment": L(SHIPMENT, BUY), "depot": DEPOT["id"], "slot": slot,
            "vehicle": "pick-up truck", "helper": L("Sione", NAMEC)}),
        case(f, f"{a}/api/v2/pickups/{slot}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": dla, "lon": dlo}, "depotAt": {"lat": DEPOT["lat"],
                                                        "lon": DEPOT["lon"]},
            "gate": "B", "qr": "DPQ-7711-B"}),
        case(f, f"{a}/api/v2/deliveries", headers=_h(rng, **b), body={
            "consignment": L(SHIPMENT, BUY), "address": L(HOME["line"], ADDR),
            "village": L(HOME["area"], COARSE), "phone": L(E164, TEL), "fee": L(25, BUY),
            "dropAt": {"lat": hla, "lon": hlo}, "note": L("Blue house behind the church, "
                                                          "dogs are friendly", TEXT)}),
        case(f, f"{a}/api/v2/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "items": [
                {"k": "track_view", "c": L(SHIPMENT, BUY), "t": 1765337100},
                {"k": "doc_upload", "n": 2, "t": 1765337230}]}),
        case(f, f"{a}/api/v2/claims", headers=_h(rng, **b), body={
            "consignment": L(SHIPMENT, BUY), "amountUsd": L(45, BUY),
            "text": L("Barrel lid cracked, rain got in, the rice bags are wet", TEXT)}),
        multipart(f, f"{a}/api/v2/claims/photos", [
            ("photo", "barrel_lid.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"consignment": L(SHIPMENT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "text": L("Can I collect on Saturday morning? My husband works weekdays", TEXT),
            "thread": obj(rng, "th"), "clientRef": rid(rng)}),
        case(f, f"{a}/api/v2/invoices", headers=_h(rng, how="none"), query={"year": "2025"},
             cookies={"pl_sid": L(opaque(rng, "", 40), CRED), "pl_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/shipments", headers=_h(rng, **b), body={
            "consignment": L(RETURN_BOX, BUY), "kind": "box-medium",
            "recipient": {"name": L(SISTER_US[0], NAMEC), "phone": L(SISTER_US[1], TEL),
                          "email": L(SISTER_US[2], MAIL), "address": L(SISTER_US[3], ADDR)},
            "contents": L("Two ngatu and a kiekie for Emily's birthday", f"{TEXT}|{NAMEC}"),
            "price": L(145, BUY),
            "tracking": U("https://paelo.example.com/t", {"c": L(RETURN_BOX, BUY),
                                                          "lang": "en"})}),
        case(f, f"{a}/api/v2/rates", headers=_h(rng, **b), query={
            "from": "TO-TBU", "to": "US-SLC", "kind": "box-medium"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("duty_paid", 1), ev("pickup_booked", 2),
                ev("screen", 3, screen=L("Tracking", USAGE))]}),
    ]


def paelo_sdks() -> list[Case]:
    rng = random.Random(13552)
    link = U("https://paelo.example.com/open", {"c": L(SHIPMENT, BUY), "u": L(USER_ID, UID),
                                                "utm_source": "sms"})
    return [
        mk_batch(APP, rng, [("Duty Paid", {"amount": L(58.4, BUY)}),
                            ("Pickup Booked", {"depot": DEPOT["id"]})], adid=True),
        mk_queue(APP, rng, [("Tracking Viewed", {"status": "at_depot"}),
                            ("Document Uploaded", {"kind": "passport"})]),
        af_launch(APP, rng, first=True),
        af_link(APP, rng, link),
        ct_session(APP, rng, secs=517),
        ft_eval(APP, rng, {"country": L("TO", COARSE), "customs": True}),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((DEPOT["lat"], DEPOT["lon"]), None)]),
        mt_reverse(APP, rng, DEPOT_FIX, PRECISE, nd=6),
        hn_attach(APP, rng, L(JPEG + b"\x73", f"{MEDIA}|{BUY}"), "customs_slip.jpg",
                  "image/jpeg"),
        cp_confirm(APP, rng, "58.40"),
    ]
