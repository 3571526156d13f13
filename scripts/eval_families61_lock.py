"""Smart door-lock app "Keynook" for the short-term rental she hosts: sign-up, an OAuth password
grant, ``/me``, the property, pairing the lock and its Wi-Fi bridge, her unlock on site with
her owner PIN, the lock's status relayed over Bluetooth (msgpack), a guest's manual booking and
the message with the welcome, codes for a guest and the cleaner, staff, the activity log, an
iCal feed (a tokenised URL in a JSON field), automations, her tax details, a Play subscription,
a Bluetooth scan, push, events, diagnostics, a guest review and the properties by a cookie
GET with a JWT session."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import token
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GATEWAY_IP,
    MAIL,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    play_token,
)
from eval_families24_kit import SSN, claims, head
from eval_families61_kit import (
    CLEANER,
    GUEST,
    GUEST_CODES,
    LOCK,
    OWNER_PIN,
    RENTAL,
    RENTAL_AT,
    RENTAL_WIFI,
    fix,
    obj,
)
from eval_families61_sdk import (
    cm_crumb,
    cm_report,
    cm_session,
    im_session,
    tf_batch,
    tf_identify,
)
from eval_families61_svc import fw_eval, mp_geocode, mp_reverse, pf_register, pt_payout
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PHONE, USER_ID, Case, J, L, U, case

APP = App("keynook", "Keynook", "com.example.keynook", "7.1.5", "https://api.keynook.example.com")
IID = "Keynook-Install"
PW = "Brownstone#Key88"
ONSITE = (40.689497, -73.970743)  # her phone at the rental's door (location.precise)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def keynook() -> list[Case]:
    rng = random.Random(6171)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), host=L("hst_20417", UID)))}
    prop, ser = "prp_8812", LOCK["serial"]
    ola, olo = fix(ONSITE, 5)
    acc: Acc = {}
    sess = token({"sub": L(USER_ID, UID), "role": "host", "exp": 1765400000}, "cookie",
                 "kn_session", acc)
    ical = U("https://stays.example.net/ical/export/98121.ics",
             {"t": L("8c1f0e44b7a21d93e0aa", CRED)})
    return [
        case(f, f"{a}/api/v1/hosts", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL), "hostId": L("hst_20417", UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "keynook-android", "scope": "locks codes"}),
        case(f, f"{a}/api/v1/hosts/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/properties", headers=_h(rng, **b), body={
            "id": prop, "name": RENTAL["name"],
            "address": {"line1": L(RENTAL["line1"], ADDR), "line2": L(RENTAL["line2"], ADDR),
                        "city": L(RENTAL["city"], COARSE), "zip": L(RENTAL["zip"], COARSE)},
            "pin": list(RENTAL_AT), "checkIn": "15:00", "checkOut": "11:00", "maxGuests": 2}),
        case(f, f"{a}/api/v1/locks/pair", headers=_h(rng, **b), body={
            "property": prop, "serial": ser, "ble": LOCK["ble"], "firmware": LOCK["fw"],
            "model": LOCK["model"], "setupCode": L("K7Q2-4M9X", CRED),
            "phoneModel": L("Pixel 8", DEV), "phoneOs": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/locks/{ser}/wifi", headers=_h(rng, **b), body={
            "ssid": L(RENTAL_WIFI[0], WIFI), "bssid": L(RENTAL_WIFI[1], WIFI),
            "password": L(RENTAL_WIFI[2], CRED), "lockIp": LOCK["lan"],
            "phoneIp": L(LOCAL_IP, DEV), "gateway": GATEWAY_IP}),
        case(f, f"{a}/api/v1/locks/{ser}/unlock", headers=_h(rng, **b), body={
            "method": "ble", "ownerPin": L(OWNER_PIN, CRED), "at": {"lat": ola, "lng": olo},
            "phoneBattery": L(47, DEV), "request": obj(rng, "ul")}),
        case(f, f"{a}/api/v1/locks/{ser}/status", fmt="msgpack", headers=_h(rng, **b), body={
            "battery": LOCK["battery"], "firmware": LOCK["fw"], "door": "closed", "rssi": -61,
            "tempC": 19.5, "log": [{"t": 1765290011, "type": "unlock", "by": "code_2"},
                                   {"t": 1765290042, "type": "lock", "by": "auto"}]}),
        case(f, f"{a}/api/v1/reservations", headers=_h(rng, **b), body={
            "property": prop, "guest": {"name": L(GUEST[0], NAMEC), "phone": L(GUEST[1], TEL),
                                        "email": L(GUEST[2], MAIL)},
            "checkIn": "2025-12-19", "checkOut": "2025-12-23", "nightly": "145.00",
            "channel": "direct", "code": GUEST_CODES[0],
            "notes": L("Arriving late from JFK, flight LH404 lands 22:10", TEXT)}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": L(GUEST[1], TEL), "channel": "sms",
            "text": L("Hi Lena, welcome! Your code opens the door from 3pm on the 19th.",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/locks/{ser}/codes", fmt="form", headers=_h(rng, **b), body={
            "code": GUEST_CODES[1], "label": L("Rosa - cleaning Tue/Fri", f"{TEXT}|{NAMEC}"),
            "validFrom": "2025-12-10T10:00", "validTo": "2026-03-31T14:00"}),
        case(f, f"{a}/api/v1/staff", headers=_h(rng, **b), body={
            "name": L(CLEANER[0], NAMEC), "phone": L(CLEANER[1], TEL), "role": "cleaner",
            "hours": "10-14", "code": GUEST_CODES[2]}),
        case(f, f"{a}/api/v1/locks/{ser}/activity", headers=_h(rng, **b), query={
            "from": "2025-12-01", "to": "2025-12-09", "types": "unlock,lock,jam"}),
        case(f, f"{a}/api/v1/calendars", headers=_h(rng, **b), body={
            "property": prop, "icalUrl": ical, "rotateCodes": "per_stay"}),
        case(f, f"{a}/api/v1/automations", headers=_h(rng, **b), body={
            "autoLockSecs": 30, "quietHours": ["22:00", "07:00"], "lowBatteryAt": 20,
            "lock": ser}),
        case(f, f"{a}/api/v1/hosts/tax", headers=_h(rng, **b), body={
            "tin": L(SSN, NATID), "legalName": L(f"{FIRST} {LAST}", NAMEC),
            "mailing": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/api/v1/store/verify", headers=_h(rng, **b), body={
            "sku": L("keynook_host_pro", BUY), "orderId": L("GPA.3377-1120-5519-20048", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/ble/scan", headers=_h(rng, **b), body={
            "seen": [{"ble": LOCK["ble"], "rssi": -58},
                     {"ble": "E1:7A:40:2C:9B:13", "rssi": -90}],
            "at": {"lat": L(round(ONSITE[0], 4), PRECISE), "lng": L(round(ONSITE[1], 4),
                                                                    PRECISE)}}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, how="upper", **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lock_paired", 1, serial=ser), ev("code_created", 2),
                ev("screen", 3, screen=L("LockDetail", USAGE))]}),
        case(f, f"{a}/api/v1/support/diagnostics", gz=True, headers=_h(rng, **b), body={
            "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                      "bluetooth": L("5.3", DEV), "lanIp": L(LOCAL_IP, DEV)},
            "lock": {"serial": ser, "fw": LOCK["fw"], "battery": LOCK["battery"],
                     "lanIp": LOCK["lan"]}, "lastError": "BLE_GATT_133"}),
        case(f, f"{a}/api/v1/reviews/guests", headers=_h(rng, **b), body={
            "reservation": obj(rng, "rsv"), "stars": 5,
            "text": L("Lena left the studio spotless, welcome back any time", f"{TEXT}|{NAMEC}")}),
        add(case(f, f"{a}/api/v1/properties", headers=_h(rng, how="none"),
                 cookies={"kn_session": sess, "kn_dev": L(INSTALL_ID, DID)}), acc),
    ]


def keynook_sdks() -> list[Case]:
    rng = random.Random(6172)
    return [
        tf_batch(APP, rng, [("Lock Paired", {"model": LOCK["model"]}),
                            ("Code Created", {"kind": "guest"})]),
        tf_identify(APP, rng, {"email": L(EMAIL, MAIL), "properties": 1, "plan": "pro"}),
        im_session(APP, rng, first=True),
        cm_report(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133"),
                  [cm_crumb("navigation", "Locks -> Unlock"),
                   cm_crumb("log", "lock", {"serial": LOCK["serial"], "battery": 78})],
                  screen="UnlockActivity"),
        cm_session(APP, rng),
        fw_eval(APP, rng, {"locks": 1, "state": L(STATE, COARSE)}, get=True),
        pf_register(APP, rng, at=ONSITE, nd=4, tags={"role": "host"}),
        pt_payout(APP, rng),
        mp_geocode(APP, rng, "212 Adelphi St Brooklyn", ADDR, near=ONSITE, nd=3),
        mp_reverse(APP, rng, RENTAL_AT, None),
    ]
