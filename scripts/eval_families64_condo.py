"""Condominium-management app "Lobbywise" for her building (she owns unit 4B; other residents'
units are look-alikes): activation with the management's code, a log-in, ``/me``, a visitor
registered and the day's visitors, a parcel locker pickup (also for a neighbour), an amenity
booking, a maintenance request with a photo, a noise complaint about another unit, the
directory and her listing, the lobby door unlocked by phone, dues paid, a parking permit, her
dog, a cleaner's temporary key, an emergency contact, a lost fob, intercom forwarding, the
thermostat's Wi-Fi onboarding, push, events and the announcements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families22_kit import sdk_uuid
from eval_families24_kit import PET, claims, head
from eval_families64_kit import BUILDING, FOB, INVITE, LOCKER_CODE, OTHER_UNITS, UNIT, VISITOR, home
from eval_families64_sdk import cq_crash, cq_crumb, cq_sessions, ek_batch, ek_identify
from eval_families64_svc import ab_geocode, ht_message, pc_open, pc_register, pw_bank, tg_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lobbywise", "Lobbywise", "com.example.lobbywise", "6.1.4",
          "https://api.lobbywise.example.com")
IID = "X-LW-Device"
PW = "Stairwell!Maple44"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lobbywise() -> list[Case]:
    rng = random.Random(6441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), unit=L(UNIT, ADDR),
                                    building=BUILDING["id"]))}
    hla, hlo = home(5)
    return [
        case(f, f"{a}/api/v1/residents/activate", headers=_h(rng), body={
            "inviteCode": L(INVITE, CRED), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "phone": L(NATIONAL, TEL), "building": BUILDING["id"], "unit": L(UNIT, ADDR),
            "role": "owner"}),
        case(f, f"{a}/api/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/visitors", headers=_h(rng, **b), body={
            "name": L(VISITOR[0], NAMEC), "phone": L(VISITOR[1], TEL), "plate": VISITOR[2],
            "arrival": "2025-12-12T10:00-05:00", "purpose": "dog walker", "recurring": "weekly",
            "hostUnit": L(UNIT, ADDR), "notifyDesk": True}),
        case(f, f"{a}/api/v1/visitors", headers=_h(rng, **b), query={
            "date": "2025-12-12", "unit": L(UNIT, ADDR)}),
        case(f, f"{a}/api/v1/packages/pkg_{opaque(rng, '', 10)}/pickup", headers=_h(rng, **b),
             body={"lockerCode": L(LOCKER_CODE, CRED), "locker": "L-07", "compartment": 14,
                   "proxyFor": OTHER_UNITS[3], "carrier": "ground"}),
        case(f, f"{a}/api/v1/amenities/bookings", headers=_h(rng, **b), body={
            "amenity": "roof_terrace", "slot": "2025-12-20T18:00/22:00", "guests": 6,
            "booking": L("AMN-5521", BUY), "fee": L("75.00", BUY),
            "deposit": L("200.00", BUY)}),
        multipart(f, f"{a}/api/v1/maintenance", [
            ("photo", "ceiling.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("request", None, "application/json", {
                "unit": L(UNIT, ADDR), "category": "plumbing", "permissionToEnter": True,
                "text": L("Water dripping from the bathroom ceiling, maybe from 5B upstairs",
                          TEXT), "petsInUnit": "one dog, friendly"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/complaints", headers=_h(rng, **b), body={
            "aboutUnit": OTHER_UNITS[0], "kind": "noise", "anonymous": True,
            "text": L("Loud music from 7C after midnight again", TEXT)}),
        case(f, f"{a}/api/v1/directory", headers=_h(rng, **b), query={"floor": "7"}),
        case(f, f"{a}/api/v1/directory/listing", headers=_h(rng, **b), body={
            "visible": True, "displayName": L(NAME, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "unit": L(UNIT, ADDR),
            "neighbours": [OTHER_UNITS[4], OTHER_UNITS[1]]}),
        case(f, f"{a}/api/v1/door/unlock", headers=_h(rng, **b), body={
            "door": "lobby_main", "reader": "rdr_lobby_01", "readerBle": "D2:6A:11:4F:08:9C",
            "key": L(opaque(rng, "dk_", 32), CRED), "position": {"lat": hla, "lon": hlo},
            "rssi": -58}),
        case(f, f"{a}/api/v1/dues/payments", fmt="form", headers=_h(rng, **b), body={
            "amount": L("842.00", BUY), "period": "2026-01", "unit": L(UNIT, ADDR),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/parking/permits", headers=_h(rng, **b), body={
            "plate": "KXT-4471", "make": "Subaru", "color": "green", "space": "P2-31",
            "fee": L("120.00", BUY)}),
        case(f, f"{a}/api/v1/pets", headers=_h(rng, **b), body={
            "name": PET["name"], "species": PET["species"], "breed": PET["breed"],
            "weightKg": PET["weight_kg"], "rabiesTag": "NYC-R-77120", "unit": L(UNIT, ADDR)}),
        case(f, f"{a}/api/v1/guest-keys", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL),
            "validFrom": "2025-12-13T09:00", "validTo": "2025-12-13T13:00",
            "code": L("773105", CRED), "doors": ["lobby_main", "service"]}),
        case(f, f"{a}/api/v1/emergency-contacts", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "email": L(PEOPLE[0][2], MAIL), "relation": "brother"}),
        case(f, f"{a}/api/v1/keyfobs/replace", fmt="form", headers=_h(rng, **b), body={
            "fob": FOB, "reason": "lost", "fee": L("35.00", BUY)}),
        case(f, f"{a}/api/v1/intercom/forward", headers=_h(rng, **b), body={
            "forwardTo": L(DIGITS, TEL), "hours": "08:00-22:00", "deskFallback": True}),
        case(f, f"{a}/api/v1/smart-home/onboard", headers=_h(rng, **b), body={
            "thermostat": "TST-88A1C-0412", "wifi": {"ssid": L(SSID, WIFI),
                                                     "bssid": L(BSSID, WIFI),
                                                     "password": L("Blue-Heron-2290", CRED)},
            "phoneIp": L(LOCAL_IP, DEV), "unit": L(UNIT, ADDR)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("visitor_added", 1), ev("door_unlocked", 2, door="lobby_main"),
                ev("screen", 3, screen=L("Packages", USAGE))]}),
        case(f, f"{a}/api/v1/announcements", headers=_h(rng, how="none"), cookies={
            "lw_session": L(opaque(rng, "", 40), CRED), "lw_device": L(INSTALL_ID, DID),
            "lw_trace": sdk_uuid(rng)}),
    ]


def lobbywise_sdks() -> list[Case]:
    rng = random.Random(6442)
    return [
        ek_batch(APP, rng, [("Visitor Registered", {"recurring": True}),
                            ("Door Unlocked", {"door": "lobby_main"})]),
        ek_identify(APP, rng, {"building": BUILDING["id"], "zip": L(ZIP, COARSE),
                               "role": "owner"}),
        cq_crash(APP, rng, ("java.lang.SecurityException", "BLUETOOTH_SCAN not granted"),
                 [cq_crumb("navigation", "Home -> DoorKey"),
                  cq_crumb("user", "tap unlock", {"door": "lobby_main"})],
                 screen="DoorKeyActivity"),
        cq_sessions(APP, rng, [95000, 240000, 61000]),
        tg_eval(APP, rng, {"building": BUILDING["id"], "bleKeys": True}),
        pc_register(APP, rng, at=(LAT, LON), nd=2, tags={"building": BUILDING["id"]}),
        pc_open(APP, rng, "package_arrived"),
        pw_bank(APP, rng),
        ab_geocode(APP, rng, f"{LINE1}, New York", ADDR, near=(LAT, LON), nd=3),
        ht_message(APP, rng, L("The package locker keeps rejecting my code", TEXT),
                   {"unit": L(UNIT, ADDR)}),
    ]
