"""Blind set twenty-one, part nine: a coworking desk-booking app ("Deskhop"), its own API and the
SDKs it embeds (see ``eval_families21.py`` for the rules of this set, its conventions and its
calls).

First party: a log-in and its two-factor code, locations near a 3-decimal position, a floor plan, a
desk booking with teammates' e-mails, a check-in by QR on the office Wi-Fi (its SSID and BSSID: the
network the phone is on), a room reservation with a meeting title, a visitor's registration (name,
e-mail, company), upcoming bookings, a membership upgrade with the billing street, the profile
(name, job title, company, phone), a door unlock over BLE with the position at 5 decimals, a print
job (multipart PDF), a community event RSVP and push registration; calls carry a bearer JWT (user ID
and organisation claims), the app's User-Agent and the Android ID. SDKs: analytics batch without the
advertising ID and an identify with company traits, flags with the user's e-mail and exposures, push
with the named user and push events, a crash and a session, card payment method, the location's
static map, MMP launch and consent.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, STATE, T0, ZIP, App, pos
from eval_families21_kit import OFFICE_AT, OFFICE_BSSID, OFFICE_SSID, at_path, channel, sdk_uid
from eval_families21_sdk import (
    bf_error,
    bf_session,
    ew_batch,
    ew_identify,
    ew_msg,
    tm_launch,
)
from eval_families21_svc import (
    cb_card,
    ch_save,
    gn_static,
    nf_events,
    nf_register,
    tg_ctx,
    tg_eval,
    tg_events,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    LAT,
    LON,
    NAME,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

DH = App("deskhop", "Deskhop", "com.example.deskhop", "2.30.0",
         "https://api.deskhop.example.com/v1")
BK = "DK-3391"
LOC = "loc_hudson_sq"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(DH.ua, DEV), "X-DH-Device": L(ANDROID_ID, DID)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "org": "org_lumenworks",
                                "iat": T0, "exp": T0 + 900, "amr": ["pwd", "otp"]})
    return h


def deskhop() -> list[Case]:
    rng = random.Random(21071)
    a, f = DH.api, DH.fam
    out = [case(f, f"{a}/auth/login", headers=_h(rng, False), body={
        "email": L(EMAIL, MAIL), "password": L("Standup-Desk-42", CRED)})]
    out.append(case(f, f"{a}/auth/2fa", headers=_h(rng, False), body={
        "challenge": "ch_" + rnd_hex(rng, 16), "code": L("602194", CRED), "trust_device": True}))
    lat, lon = pos(3)
    out.append(case(f, f"{a}/locations", headers=_h(rng), query={
        "lat": lat, "lng": lon, "radius_km": "5", "open_now": "true"}))
    out.append(case(f, f"{a}/locations/{LOC}/floors/2", headers=_h(rng)))
    out.append(case(f, f"{a}/bookings", headers=_h(rng), body={
        "location": LOC, "desk": "2-D14", "date": "2025-12-11", "from": "09:00",
        "to": "17:30", "invite": [L(PEOPLE[0][2], MAIL), L(PEOPLE[3][2], MAIL)],
        "credits": 1}))
    out.append(at_path(case(f, f"{a}/bookings/{BK}/checkin", headers=_h(rng), body={
        "method": "qr", "qr": "dhq_" + rnd_hex(rng, 20),
        "wifi": {"ssid": L(OFFICE_SSID, WIFI), "bssid": L(OFFICE_BSSID, WIFI)}}), BK, BUY))
    out.append(case(f, f"{a}/rooms/rm_22/reservations", headers=_h(rng), body={
        "title": L("Pricing page review with Tom", TEXT), "start": "2025-12-11T14:00:00-05:00",
        "minutes": 45, "attendees": [L(PEOPLE[3][2], MAIL)], "video": True}))
    out.append(case(f, f"{a}/visitors", headers=_h(rng), body={
        "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
        "company": "Northwind Studio", "arrival": "2025-12-11T10:30:00-05:00",
        "host_notify": True}))
    out.append(case(f, f"{a}/me/bookings", headers=_h(rng), query={"upcoming": "true"}))
    out.append(case(f, f"{a}/membership/upgrade", headers=_h(rng), body={
        "plan": L("dedicated_desk_monthly", BUY), "price": L(450.0, BUY),
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY),
        "billing": {"company": "Lumenworks LLC", "line1": L(LINE1, ADDR),
                    "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                    "zip": L(ZIP, COARSE)}}))
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
        "title": "Product designer", "company": "Lumenworks", "phone": L(NATIONAL, TEL),
        "show_in_directory": True}))
    lat, lon = pos(5, OFFICE_AT[0] - LAT + 0.00003, OFFICE_AT[1] - LON - 0.00002)
    out.append(case(f, f"{a}/doors/dr_front/unlock", headers=_h(rng), body={
        "rssi": -61, "lat": lat, "lon": lon, "nonce": rnd_hex(rng, 16)}))
    out.append(multipart(f, f"{a}/print/jobs", [
        ("options", None, "application/json", {"printer": "pr_2f", "copies": 2,
                                               "duplex": True, "color": False}),
        ("file", "Q1_pricing_draft.pdf", "application/pdf", L(PDF + b"/Draft" * 5, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/events/ev_77/rsvp", headers=_h(rng), body={"going": True,
                                                                          "guests": 0}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "push_token": L(push_token(rng), DID), "android_id": L(ANDROID_ID, DID),
        "os": L("Android 14", DEV)}))
    return out


def deskhop_sdks() -> list[Case]:
    rng = random.Random(21072)
    chan = channel(rng)
    out = [ew_batch(DH, [
        ew_msg(0, "Floor Plan", kind="screen"),
        ew_msg(1, "Desk Booked", {"location": LOC, "days_ahead": 2}),
        ew_msg(2, "Checked In", {"method": "qr"})], adid=False, carrier=False)]
    out.append(ew_identify(DH, {"email": L(EMAIL, MAIL), "firstName": L(FIRST, NAMEC),
                                "lastName": L(LAST, NAMEC), "company": "Lumenworks",
                                "plan": "dedicated_desk", "seats": 12}))
    out.append(tg_eval(DH, tg_ctx(email=True, plan="dedicated"), ["room_finder_v2",
                                                                  "guest_wifi_card"]))
    out.append(tg_events(DH, L(USER_ID, UID), [("room_finder_v2", 1)]))
    out.append(nf_register(DH, push_token(rng), ["member", "loc_hudson_sq"]))
    out.append(nf_events(DH, rng, chan, ["app_foreground", "push_arrived"]))
    out.append(bf_error(DH, rng, "android.bluetooth.BluetoothException",
                        "GATT error 133 while unlocking dr_front", ["Home", "Unlock"],
                        user={"id": L(USER_ID, UID), "name": L(NAME, NAMEC)}))
    out.append(bf_session(DH, rng))
    out.append(cb_card(DH, rng, email=True))
    out.append(gn_static(DH, OFFICE_AT, "D"))
    out.append(tm_launch(DH, sdk_uid(rng), 22, cuid=True))
    out.append(ch_save(DH, rnd_uuid(rng), False))
    return out
