"""Parking app "Curbly" (free tier with banner ads): on-street sessions by zone, garage
reservations, a residential permit, a citation, business profiles, parked-car detection."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_headers,
    multipart,
    push_token,
)
from eval_families20_kit import LINE1, LINE2, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families23_kit import PLATE
from eval_families24_kit import (
    GARAGE_AT,
    GARAGE_LINE,
    GARAGE_PHONE,
    NOREPLY,
    PLATE_STATE,
    RESERVATION,
    ZONE_SIGN_AT,
    claims,
    head,
    rid,
)
from eval_families24_sdk import (
    bay_report,
    crumb,
    fern_bid,
    graph_batch,
    moor_event,
    moor_launch,
)
from eval_families24_svc import (
    agree_save,
    chime_register,
    quill_autocomplete,
    quill_route,
    quill_telemetry,
    wharf_start,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("curbly", "Curbly", "com.example.curbly", "6.3.0", "https://api.curbly.example.com")
IID = "X-Curbly-Device"
SESSION = "ps_7781"
PROOF = "content.media|contact.address"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def curbly() -> list[Case]:
    rng = random.Random(2471)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL)))}
    zlat, zlon = pos(5, 0.00031, 0.00066)
    hlat, hlon = pos(6)
    cases = [
        case(f, f"{a}/v4/auth/phone/start", headers=_h(rng),
             body={"phone": L(PHONE, TEL), "channel": "sms", "app_hash": "Fx8k2LmQ9aB",
                   "nonce": rid(rng)}),
        case(f, f"{a}/v4/auth/phone/verify", fmt="form", headers=_h(rng),
             body={"phone": L(DIGITS, TEL), "country": "US", "code": L("661902", CRED),
                   "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/vehicles", headers=_h(rng, auth="bearer"),
             body={"plate": PLATE, "plate_state": PLATE_STATE, "make": "Honda",
                   "model": "Odyssey", "color": "silver",
                   "nickname": L("Jane's minivan", NAMEC)}),
        case(f, f"{a}/v4/zones/nearby", headers=_h(rng, auth="bearer"),
             query={"lat": zlat, "lon": zlon, "radius_m": "300"}),
        case(f, f"{a}/v4/zones/lookup", query={"code": L("4417", SEARCH)},
             headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v4/sessions", headers=_h(rng, auth="bearer"), body={
            "zone": "4417", "zone_sign": {"lat": ZONE_SIGN_AT[0], "lng": ZONE_SIGN_AT[1]},
            "vehicle": "veh_1", "duration_min": 90, "lat": zlat, "lng": zlon,
            "accuracy_m": 8, "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
            "quoted_total": L("6.75", BUY), "client_ref": rid(rng)}),
        case(f, f"{a}/v4/sessions/{SESSION}/extend", fmt="form",
             headers=_h(rng, auth="bearer"), body={"add_min": "30", "price": L("2.25", BUY)}),
        case(f, f"{a}/v4/sessions/{SESSION}/stop", headers=_h(rng, auth="bearer"),
             body={"reason": "user", "at": 1765330412}),
        case(f, f"{a}/v4/garages/search", headers=_h(rng, auth="bearer"),
             query={"dest": L("Bryant Park", SEARCH), "arrive": "2025-12-12T18:00",
                    "hours": "3"}),
        case(f, f"{a}/v4/reservations", headers=_h(rng, auth="bearer"), body={
            "garage_id": "g_118", "garage_phone": GARAGE_PHONE, "garage_address": GARAGE_LINE,
            "garage_lat": GARAGE_AT[0], "garage_lng": GARAGE_AT[1],
            "start": "2025-12-12T17:45", "end": "2025-12-12T21:00",
            "total": L("24.00", BUY), "vehicle": {"plate": PLATE},
            "receipt_email": L(EMAIL, MAIL)}),
        at_path(case(f, f"{a}/v4/reservations/{RESERVATION}", headers=_h(rng, auth="bearer")),
                RESERVATION, BUY),
        multipart(f, f"{a}/v4/permits/residential", [
            ("application", None, "application/json",
             {"name": L(NAME, NAMEC), "plate": PLATE, "zone": "R-14",
              "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                          "zip": L(ZIP, COARSE)}}),
            ("proof", "lease_page1.jpg", "image/jpeg", L(JPEG, PROOF))],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v4/citations/pay", headers=_h(rng, auth="bearer"),
             body={"citation": "4471829933", "amount": L("65.00", BUY), "plate": PLATE,
                   "payment_method": L("pm_" + opaque(rng, "", 24), PAY)}),
        case(f, f"{a}/v4/business", headers=_h(rng, auth="bearer"),
             body={"company": "Hollis & Grant LLP", "cost_center": "LIT-22",
                   "work_email": L("jane.doe@hollisgrant.example.com", MAIL)}),
        case(f, f"{a}/v4/places", headers=_h(rng, auth="bearer"),
             body={"label": "Home", "lat": hlat, "lng": hlon, "address": L(STREET, ADDR)}),
        case(f, f"{a}/v4/drive/parked", fmt="msgpack", headers=_h(rng, auth="session"),
             body={"ev": "parked", "lat": L(40.742215, PRECISE), "lon": L(-73.988467, PRECISE),
                   "speed": 0.0, "activity": "on_foot", "conf": 92, "ts": 1765325111,
                   "bt_name": "Honda HFL"}),
        case(f, f"{a}/v4/receipts/email", fmt="form", headers=_h(rng, auth="bearer"),
             body={"email": L(EMAIL, MAIL), "sessions": f"{SESSION},ps_7702",
                   "format": "pdf", "reply_to": NOREPLY}),
        case(f, f"{a}/v4/wallet", headers={**device_headers(), IID: L(INSTALL_ID, DID)},
             cookies={"cb_session": L(opaque(rng, "", 60), CRED), "cb_lang": "en"}),
        case(f, f"{a}/v4/devices", headers=_h(rng, auth="bearer"),
             body={"fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v4/events", gz=True, headers=_h(rng, auth="bearer"),
             body={"user_id": L(USER_ID, UID), "events": [
                 ev("session_started", 1, zone="4417", minutes=90),
                 ev("session_extended", 2, minutes=30),
                 ev("screen_view", 3, screen=L("ActiveSession", USAGE))]}),
    ]
    return cases


def curbly_sdks() -> list[Case]:
    rng = random.Random(2472)
    return [
        fern_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "map_banner"}, nd=5),
        graph_batch(APP, rng, [("session_started", {"zone": "4417", "minutes": 90}),
                               ("reservation_made", {"total": L(24.0, BUY)})], adid=True),
        moor_launch(APP, rng, count=52, user=True),
        moor_event(APP, rng, "parking_paid", {"af_revenue": L("6.75", BUY),
                                              "af_currency": "USD", "zone": "4417"}),
        quill_route(APP, rng, GARAGE_AT, "auto", nd=5),
        quill_autocomplete(APP, rng, "bryant park", SEARCH, nd=3),
        quill_telemetry(APP, rng, nd=5),
        chime_register(APP, rng, nd=4, tags={"zone": "4417"}),
        bay_report(APP, rng, ("java.lang.NullPointerException", "zone.rates is null"),
                   [crumb("navigation", "Map -> ZoneSheet"),
                    crumb("state", "location fix", {"lat": L(40.74219, PRECISE),
                                                    "lng": L(-73.98851, PRECISE)})],
                   context="ZoneSheetFragment"),
        wharf_start(APP, rng, L("The meter charged me for 2 hours but I stopped after 40 min",
                                TEXT), custom={"session": SESSION}, phone=L(E164, TEL)),
        agree_save(APP, rng, {"analytics": True, "ads": False}),
    ]
