"""Smart door lock and building access "Doorwise": sign-up with the building's resident invite,
log-in and an MFA code, ``/me``, her residence (street, unit), a lease upload, pairing her door's
lock over her home Wi-Fi, the phone key, a remote unlock with her fix, the geofence, the lock's
entry log synced (JSON Lines), a guest invited (name, phone, PIN) and the code texted, a
courier's one-time code, a face enrolment for the lobby reader, her lobby directory name, a
maintenance request with a photo, packages by unit, a roof-terrace booking, rent paid, push,
events and a firmware check by a cookie GET."""

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
    E164,
    FACE,
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
    f32b64,
    multipart,
    push_token,
)
from eval_families19_kit import others as other_devices
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families27_kit import PDF
from eval_families44_kit import BUILDING, GUEST, GUEST_CODE, LOCK, LOCK_PIN, home, obj
from eval_families44_sdk import cf_crumb, cf_report, cf_session, lr_session, tb_queue, tb_track
from eval_families44_svc import fh_eval, mc_reverse, oq_save, pb_register, pw_confirm, pw_method
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

APP = App("doorwise", "Doorwise", "com.example.doorwise", "6.3.0", "https://api.doorwise.example.com")
IID = "X-DW-Device"
PW = "Ashford+Keys2024"
WIFI = "location.wifi"
RES_ID = "res_4b_1182"  # her resident record in the building system (id.user)
WIFI_PASS = "maple-otter-5517"  # her home Wi-Fi password, given to the lock (secret.credential)
ON_STREET = (40.748517, -73.985411)  # her fix on the sidewalk as she unlocks remotely


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _entry(rng: random.Random, i: int, actor: Any, method: str) -> dict[str, Any]:
    return {"seq": 4410 + i, "ts": 1765380000 + 3600 * i * 3, "lock": LOCK["serial"],
            "action": L("unlock" if i % 2 == 0 else "lock", USAGE), "method": method,
            "actor": actor}


def doorwise() -> list[Case]:
    rng = random.Random(4431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), res=L(RES_ID, UID)))}
    sla, slo = home(5)
    fla, flo = L(ON_STREET[0], PRECISE), L(ON_STREET[1], PRECISE)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    gcode = obj(rng, "gc", 8)
    log = [_entry(rng, 0, L(USER_ID, UID), "phone_key"),
           _entry(rng, 1, L(USER_ID, UID), "keypad"),
           _entry(rng, 2, gcode, "guest_pin"), _entry(rng, 3, L(USER_ID, UID), "auto")]
    return [
        case(f, f"{a}/v2/residents/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "fullName": L(NAME, NAMEC),
            "mobile": L(E164, TEL), "inviteCode": L("ASH-4B-77Q2", CRED),
            "building": BUILDING["id"], "unit": L(LINE2, ADDR)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("552910", CRED), "trustDevice": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me/residence", headers=_h(rng, **b), body={
            "resident": L(RES_ID, UID), "street": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "moveIn": "2023-09-01", "role": "tenant"}),
        multipart(f, f"{a}/v2/me/residence/lease", [
            ("lease", "lease_4B.pdf", "application/pdf", L(PDF, f"{MEDIA}|{ADDR}")),
            ("meta", None, "application/json", {"resident": L(RES_ID, UID), "pages": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/locks/pair", headers=_h(rng, **b), body={
            "serial": LOCK["serial"], "ble": LOCK["ble"], "firmware": LOCK["fw"],
            "model": LOCK["model"], "name": "Front door", "lockLan": "192.168.1.57",
            "phoneLan": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L(WIFI_PASS, CRED), "security": "WPA2"}}),
        case(f, f"{a}/v2/keys/phone", headers=_h(rng, **b), body={
            "lock": LOCK["serial"], "keyId": obj(rng, "key", 12), "deviceId": L(INSTALL_ID, DID),
            "publicKey": opaque(rng, "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", 64),
            "pin": L(LOCK_PIN, CRED), "householdDevices": other_devices(rng, 2)}),
        case(f, f"{a}/v2/locks/{LOCK['serial']}/unlock", headers=_h(rng, **b), body={
            "method": "remote", "requestId": obj(rng, "ul", 10),
            "position": {"lat": fla, "lon": flo, "accuracyM": 9}}),
        case(f, f"{a}/v2/locks/{LOCK['serial']}/geofence", headers=_h(rng, **b), body={
            "autoUnlock": True, "center": {"lat": sla, "lon": slo}, "radiusM": 80}),
        lines(f, f"{a}/v2/locks/{LOCK['serial']}/log", log, headers=_h(rng, **b)),
        case(f, f"{a}/v2/guests", headers=_h(rng, **b), body={
            "name": L(GUEST[0], NAMEC), "phone": L(GUEST[1], TEL), "pin": L(GUEST_CODE, CRED),
            "validFrom": "2025-12-12T17:00", "validTo": "2025-12-14T12:00",
            "doors": [LOCK["serial"], "lobby-main"], "codeId": gcode}),
        case(f, f"{a}/v2/guests/{gcode}/sms", fmt="form", headers=_h(rng, **b), body={
            "to": L(GUEST[1], TEL), "text": L(
                f"Hi Rosa! Door code for {LINE1} {LINE2} is {GUEST_CODE}, lobby door too",
                f"{TEXT}|{ADDR}|{CRED}")}),
        case(f, f"{a}/v2/deliveries/code", headers=_h(rng, **b), body={
            "carrier": "parcel", "code": L("73018846", CRED), "door": "package-room",
            "expires": "2025-12-12T20:00"}),
        case(f, f"{a}/v2/lobby/face", headers=_h(rng, **b), body={
            "resident": L(RES_ID, UID), "template": L(f32b64(vec), FACE), "dims": 128,
            "liveness": 0.97, "consent": True, "reader": "lobby-main"}),
        case(f, f"{a}/v2/lobby/directory", headers=_h(rng, **b), body={
            "displayName": L("J. Doe", NAMEC), "showUnit": False, "ringTo": "app"}),
        multipart(f, f"{a}/v2/maintenance", [
            ("photo", "leak.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("request", None, "application/json", {
                "unit": L(LINE2, ADDR), "category": "plumbing", "permissionToEnter": True,
                "text": L("Leak under the kitchen sink, a cat lives here so knock first", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/packages", headers=_h(rng, **b),
             query={"unit": L("4B", ADDR), "status": "waiting"}),
        case(f, f"{a}/v2/amenities/roof/bookings", headers=_h(rng, **b), body={
            "slot": "2025-12-20T18:00", "guests": 6, "fee": L("25.00", BUY),
            "booking": obj(rng, "bk", 8)}),
        case(f, f"{a}/v2/rent/payments", headers=_h(rng, **b), body={
            "resident": L(RES_ID, UID), "amount": L("2850.00", BUY), "period": "2026-01",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "osVersion": L("Android 14", DEV),
            "bleVersion": "5.3", "nfc": L(True, DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("unlock_remote", 1, lock=LOCK["serial"]), ev("guest_created", 2),
                ev("screen", 3, screen=L("EntryLog", USAGE))]}),
        case(f, f"{a}/v2/firmware/check", headers=_h(rng, how="none"),
             query={"serial": LOCK["serial"], "current": LOCK["fw"]},
             cookies={"dw_session": L(opaque(rng, "", 40), CRED),
                      "dw_device": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def doorwise_sdks() -> list[Case]:
    rng = random.Random(4432)
    return [
        tb_track(APP, rng, [("Door Unlocked", {"method": "remote"}),
                            ("Guest Invited", {"validHours": 43})], adid=True),
        tb_queue(APP, rng, [("Auto Unlock", {"lock": LOCK["model"]}),
                            ("Keypad Used", {}), ("Entry Log Viewed", {"rows": 40})]),
        lr_session(APP, rng, first=True),
        cf_report(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT_ERROR 133"),
                  [cf_crumb("navigation", "Home -> Lock"),
                   cf_crumb("state", "ble", {"peer": LOCK["ble"], "rssi": -71})],
                  context="LockActivity"),
        cf_session(APP, rng),
        fh_eval(APP, rng, {"building": BUILDING["id"], "faceReader": True}),
        pb_register(APP, rng, at=(LAT, LON), nd=3, tags={"role": "tenant"}),
        oq_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pw_method(APP, rng, email=True),
        pw_confirm(APP, rng, "25.00"),
        mc_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
    ]
