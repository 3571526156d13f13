"""Coworking and meeting-room booking app "Deskmoor" with badge access (snake_case API): sign-up,
a log-in and an MFA code, ``/me``, spaces near her, a room's availability, a room booked with
colleagues invited and the booking by code in the path, a pass bought, the mobile badge and its
photo, a door unlocked (her fix and the space's Wi-Fi), a geofenced check-in, a guest invited, a
print job (PDF), her laptop's Wi-Fi registration, a community post, a member message, billing, a
locker, a calendar connected, a search, an issue report with a photo, push, events and the
member's bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families37_kit import fix
from eval_families43_kit import (
    BADGE,
    BOOKING_DM,
    COMPANY,
    DOORS,
    GUEST,
    SPACE,
    SPACE_BSSID,
    SPACE_FIX,
    SPACE_SSID,
    obj43,
)
from eval_families43_sdk import bp_bid, cb_crumb, cb_report, io_launch, io_link, th_batch, th_screen
from eval_families43_svc import fs_eval, mb_route, pm_pay, pt_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("deskmoor", "Deskmoor", "com.example.deskmoor", "4.18.2",
          "https://api.deskmoor.example.com")
IID = "X-DM-Device"
PW = "Corkboard&Maple8"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def deskmoor() -> list[Case]:
    rng = random.Random(4331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), org="org_larkspur"))}
    mkey = opaque(rng, "mk_", 48)
    sla, slo = fix(SPACE_FIX, 6)
    cla, clo = fix(SPACE_FIX, 5)
    mates = others(rng, 2, "mbr_")
    door = case(f, f"{a}/api/v1/doors/{DOORS[0]}/unlock", headers=_h(rng, **b), body={
        "credential": L(mkey, CRED), "lat": sla, "lon": slo, "rssi": -61,
        "wifi": {"ssid": L(SPACE_SSID, WIFI), "bssid": L(SPACE_BSSID, WIFI)},
        "request_id": obj43(rng, "unl")})
    return [
        case(f, f"{a}/api/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "phone": L(NATIONAL, TEL),
            "company": COMPANY["name"], "role": "designer", "referral": "GETDESK"}),
        case(f, f"{a}/api/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/api/v1/login/mfa", fmt="form", headers=_h(rng), body={
            "challenge": opaque(rng, "ch_", 20), "code": L("305118", CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/spaces", headers=_h(rng, **b), query={
            "near": latlng(3), "radius_km": "3", "amenities": "phone_booth"}),
        case(f, f"{a}/api/v1/spaces/{SPACE['id']}/rooms", headers=_h(rng, **b), query={
            "date": "2025-12-11", "capacity": "6"}),
        case(f, f"{a}/api/v1/bookings", headers=_h(rng, **b), body={
            "booking_code": L(BOOKING_DM, BUY), "room_id": "room_maple", "space": SPACE["id"],
            "start": "2025-12-11T14:00:00-05:00", "end": "2025-12-11T15:30:00-05:00",
            "title": L("Portfolio review with the Halden team", TEXT),
            "attendees": [L(PEOPLE[0][2], MAIL), L(PEOPLE[2][2], MAIL)],
            "price": L("54.00", BUY), "credits_used": L(3, BUY)}),
        at_path(case(f, f"{a}/api/v1/bookings/{BOOKING_DM}", headers=_h(rng, **b)),
                BOOKING_DM, BUY),
        case(f, f"{a}/api/v1/passes", headers=_h(rng, **b), body={
            "plan": L("Flex 10 day pass", BUY), "amount": L("290.00", BUY),
            "member_id": L(USER_ID, UID), "home_space": SPACE["id"]}),
        case(f, f"{a}/api/v1/badge/mobile", headers=_h(rng, **b), body={
            "badge_number": L(BADGE, CRED), "mobile_key": L(mkey, CRED),
            "device_install": L(INSTALL_ID, DID), "nfc": L(True, DEV),
            "os": L("Android 14", DEV)}),
        multipart(f, f"{a}/api/v1/badge/photo", [
            ("photo", "badge.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"display_name": L(NAME, NAMEC),
                                                "member_id": L(USER_ID, UID)})],
            headers=_h(rng, **b)),
        door,
        case(f, f"{a}/api/v1/checkins", fmt="form", headers=_h(rng, **b), body={
            "space": SPACE["id"], "lat": cla, "lon": clo, "ssid": L(SPACE_SSID, WIFI),
            "bssid": L(SPACE_BSSID, WIFI), "source": "geofence"}),
        case(f, f"{a}/api/v1/guests", headers=_h(rng, **b), body={
            "name": L(GUEST[0], NAMEC), "email": L(GUEST[1], MAIL),
            "arrive": "2025-12-11T13:50:00-05:00", "host_member": L(USER_ID, UID),
            "note": L("Priya is here for the portfolio review, please send her to Maple", TEXT)}),
        multipart(f, f"{a}/api/v1/print/jobs", [
            ("file", "portfolio_jane_doe.pdf", "application/pdf", L(PDF, MEDIA)),
            ("options", None, "application/json", {"copies": 2, "color": True,
                                                   "printer": "prn_fl4_01"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/wifi/devices", headers=_h(rng, **b), body={
            "label": "work laptop", "mac": "a4:83:e7:19:2c:5b", "vlan": "members"}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": mates[0], "thread": obj43(rng, "thr"),
            "text": L("Thanks for the intro, I'll send the deck tonight", TEXT)}),
        case(f, f"{a}/api/v1/billing", headers=_h(rng, **b), body={
            "billing_email": L(EMAIL, MAIL), "company": COMPANY["name"], "ein": COMPANY["ein"],
            "card_last4": L("4444", PAY), "po_number": "PO-2291"}),
        case(f, f"{a}/api/v1/search", headers=_h(rng, **b), query={
            "q": L("quiet phone booth near union square", SEARCH), "type": "room"}),
        multipart(f, f"{a}/api/v1/issues", [
            ("photo", "issue.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("issue", None, "application/json", {
                "room": "room_maple", "category": "av",
                "text": L("The screen in Maple keeps disconnecting", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "member_id": L(USER_ID, UID), "events": [
                ev("room_booked", 1, room="room_maple"), ev("door_unlocked", 2),
                ev("screen", 3, screen=L("Bookings", USAGE))]}),
        case(f, f"{a}/api/v1/bookings", headers=_h(rng, how="nodash"),
             cookies={"dm_sid": L(opaque(rng, "", 40), CRED), "dm_space": SPACE["id"]}),
    ]


def deskmoor_sdks() -> list[Case]:
    rng = random.Random(4332)
    return [
        th_batch(APP, rng, [("Room Booked", {"room": "room_maple", "hours": 1.5}),
                            ("Door Unlocked", {"door": DOORS[0]})], at=SPACE_FIX, nd=2),
        th_screen(APP, rng, "Welcome", {"variant": "b", "referrer": "play"}),
        io_launch(APP, rng, first=True, user=False),
        io_link(APP, rng, U("https://go.deskmoor.example.com/b", {
            "booking": L(BOOKING_DM, BUY), "member": L(USER_ID, UID), "src": "email"})),
        bp_bid(APP, rng, {"native": {"ver": "1.2"}}),
        cb_report(APP, rng, ("java.io.IOException", "NFC tag lost"),
                  [cb_crumb("nav", "Badge -> Tap"), cb_crumb("log", "hce start")],
                  screen="BadgeActivity"),
        fs_eval(APP, rng, {"plan": L("flex10", BUY), "mobileBadge": True}),
        pt_register(APP, rng, tags={"space": SPACE["id"]}),
        pm_pay(APP, rng, "290.00", desc=L("Flex 10 day pass", BUY)),
        mb_route(APP, rng, [((LAT, LON), PRECISE), ((SPACE["lat"], SPACE["lon"]), None)]),
    ]

