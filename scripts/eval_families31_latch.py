"""Smart-lock app "Latchwise" (a front-door lock with a fingerprint reader, a keypad and a Wi-Fi
bridge): sign-up, an e-mailed code, log-in, the home and its address, pairing the lock and the
bridge on the home Wi-Fi, fingerprint enrolment for her and her partner (slots on the lock: the
templates never leave it), e-keys shared with a friend and her partner, keypad codes for her and
the cleaner, the access log synced from the lock (msgpack), auto-unlock on arrival, a remote
unlock, the door sensor's calibration, a firmware check, a diagnostics report, a history export,
a subscription, devices, events and a cookie-authenticated GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import IID_UPPER
from eval_families19_kit import PHONE_PAREN
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
    opaque,
    play_token,
    pos,
)
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, others, rid
from eval_families31_kit import (
    APPROACH_FIX,
    BRIDGE,
    CLEANER,
    CLEANER_CODE,
    KEYPAD_CODE,
    LOCK,
    LOCK_SETUP,
    door_cal,
)
from eval_families31_sdk import (
    ct_batch,
    ct_identify,
    fw_crumb,
    fw_notify,
    tl_event,
    tl_session,
)
from eval_families31_svc import (
    fm_eval,
    gh_reverse,
    nc_opened,
    nc_register,
    pv_card,
    tw_message,
)
from eval_payloads import BSSID, EMAIL, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("latchwise", "Latchwise", "com.example.latchwise", "3.22.0",
          "https://api.latchwise.example.net")
IID = "X-Latchwise-Install"
HOME = "home_6d02b9f1"
L_URL = f"https://api.latchwise.example.net/v3/locks/{LOCK['serial']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def latchwise() -> list[Case]:
    rng = random.Random(3121)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), homes=[HOME]))}
    b = {"auth": "bearer"}
    lat5, lon5 = pos(5)
    ekey_users = others(rng, 3, "lw_")
    cases = [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Deadbolt*Fern31", CRED), "marketing_opt_in": False}),
        case(f, f"{a}/v3/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("552018", CRED)}),
        case(f, f"{a}/v3/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Deadbolt*Fern31", CRED),
            "device_name": L("Pixel 8", DEV)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/homes", headers=_h(rng, **b), body={
            "name": "Home", "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                                        "zip": L(ZIP, COARSE)},
            "location": {"lat": lat5, "lon": lon5}, "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v3/homes/{HOME}/locks", headers=_h(rng, **b), body={
            "serial": LOCK["serial"], "ble_address": LOCK["ble"], "model": LOCK["model"],
            "firmware": LOCK["fw"], "battery_pct": LOCK["battery"],
            "setup_code": L(LOCK_SETUP, CRED), "door": "front", "handing": "left",
            "phone_model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v3/homes/{HOME}/bridges", headers=_h(rng, **b), body={
            "serial": BRIDGE["serial"], "mac": BRIDGE["mac"], "firmware": BRIDGE["fw"],
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L("Maple&Quartz19", CRED), "band": "2.4GHz"},
            "phone_ip": L(LOCAL_IP, DEV), "paired_lock": LOCK["serial"]}),
        case(f, f"{L_URL}/fingerprints", headers=_h(rng, **b), body={
            "holder": {"user_id": L(USER_ID, UID), "display_name": L(FIRST, NAMEC)},
            "slot": 1, "finger": "right_index", "captures": 8, "quality": 91,
            "template_storage": "lock_secure_element", "enrolled_at": 1765318840}),
        case(f, f"{L_URL}/fingerprints", headers=_h(rng, **b), body={
            "holder": {"invitee": ekey_users[0], "display_name": L(PARTNER[0], NAMEC)},
            "slot": 4, "finger": "left_thumb", "captures": 10, "quality": 84,
            "template_storage": "lock_secure_element", "enrolled_at": 1765319212}),
        case(f, f"{a}/v3/homes/{HOME}/ekeys", headers=_h(rng, **b), body={
            "recipient": {"name": L(PEOPLE[1][0], NAMEC), "phone": L(PEOPLE[1][1], TEL),
                          "email": L(PEOPLE[1][2], MAIL)},
            "role": "guest", "locks": [LOCK["serial"]],
            "schedule": {"from": "2025-12-20T14:00:00-05:00", "to": "2025-12-27T11:00:00-05:00"},
            "remote_unlock": False, "message": L("Keys for the holidays, the plants need water "
                                                 "on Tuesday!", TEXT)}),
        case(f, f"{a}/v3/homes/{HOME}/ekeys", headers=_h(rng, **b), body={
            "recipient": {"name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL)},
            "role": "owner", "locks": [LOCK["serial"]], "schedule": None,
            "remote_unlock": True}),
        case(f, f"{L_URL}/keypad-codes", headers=_h(rng, **b), body={
            "codes": [{"slot": 1, "label": L(FIRST, NAMEC), "code": L(KEYPAD_CODE, CRED),
                       "always": True},
                      {"slot": 2, "label": L(CLEANER[0], NAMEC), "code": L(CLEANER_CODE, CRED),
                       "days": ["fri"], "from": "10:00", "to": "14:00",
                       "notify_phone": L(CLEANER[1], TEL)}]}),
        case(f, f"{L_URL}/log/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "uploader": L(USER_ID, UID), "lock_fw": LOCK["fw"], "battery_pct": LOCK["battery"],
            "entries": [
                {"t": 1765289102, "ev": "unlock", "via": "fingerprint", "slot": 1},
                {"t": 1765296311, "ev": "unlock", "via": "keypad", "slot": 2},
                {"t": 1765296915, "ev": "lock", "via": "auto"},
                {"t": 1765311840, "ev": "unlock", "via": "ekey", "user": ekey_users[1]},
                {"t": 1765312002, "ev": "fp_reject", "via": "fingerprint", "slot": None}],
            "seq": 4419}),
        case(f, f"{L_URL}/auto-unlock", headers=_h(rng, **b), body={
            "event": "arrive",
            "position": {"lat": L(APPROACH_FIX[0], PRECISE), "lon": L(APPROACH_FIX[1], PRECISE),
                         "acc_m": 11},
            "geofence": {"lat": lat5, "lon": lon5, "radius_m": 120},
            "ble_rssi": -74, "request_id": rid(rng)}),
        case(f, f"{L_URL}/remote", headers=_h(rng, **b), body={
            "action": "unlock", "confirm": "device_biometric", "via": BRIDGE["serial"],
            "request_id": rid(rng), "reason": L("Letting the plumber in, back at 6", TEXT)}),
        case(f, f"{L_URL}/door-sensor/calibrate", headers=_h(rng, **b), body={
            "samples": door_cal(rng, 16), "closed_ref": [21.4, -3.2, 40.1],
            "sensor": "magnetometer", "lock_fw": LOCK["fw"]}),
        case(f, f"{L_URL}/firmware", headers=_h(rng, how="upper"), query={
            "model": LOCK["model"], "current": LOCK["fw"], "battery": str(LOCK["battery"]),
            "channel": "stable"}),
        multipart(f, f"{a}/v3/support/diagnostics", [
            ("photo", "latch_installed.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("report", None, "application/json", {
                "lock_serial": LOCK["serial"], "bridge_mac": BRIDGE["mac"], "ble_rssi": -81,
                "phone_model": L("Pixel 8", DEV), "android": L("14", DEV),
                "callback": L(PHONE_PAREN, TEL),
                "note": L("Fingerprint fails in the cold, I have to try 3-4 times", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/homes/{HOME}/history/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "from": "2025-11-01", "to": "2025-12-09",
            "format": "csv"}),
        case(f, f"{a}/v3/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("latchwise_plus_monthly", BUY),
            "order_id": L("GPA.3319-7704-2815-66021", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_UPPER, DID),
            "notify": {"unlocks": True, "jammed": True, "low_battery": True}}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("ekey_shared", 1, role="guest"), ev("remote_unlock", 2),
                ev("screen_view", 3, screen=L("AccessLog", USAGE))]}),
        case(f, f"{a}/v3/homes/{HOME}/activity", query={"limit": "50"},
             headers=_h(rng, how="none"),
             cookies={"lw_session": L(opaque(rng, "", 48), CRED),
                      "lw_install": L(IID_UPPER, DID)}),
    ]
    return cases


def latchwise_sdks() -> list[Case]:
    rng = random.Random(3122)
    return [
        ct_batch(APP, rng, [("Ekey Shared", {"role": "guest"}),
                            ("Auto Unlock", {"rssi": -74, "lock_fw": LOCK["fw"]})]),
        ct_identify(APP, rng, {"zip": L(ZIP, COARSE), "locks": 1, "fingerprints": 2,
                               "plan": "plus"}),
        tl_session(APP, rng, first=True),
        tl_event(APP, rng, "subscribe", {"plan": "plus_monthly"}, revenue=3.99),
        fw_notify(APP, rng, ("java.util.concurrent.TimeoutException", "bridge did not answer"),
                  [fw_crumb("navigation", "Home -> Lock"),
                   fw_crumb("request", "POST /remote", {"status": 504})],
                  meta={"lock": {"serial": LOCK["serial"], "fw": LOCK["fw"],
                                 "battery": LOCK["battery"]}}, screen="LockActivity"),
        fm_eval(APP, rng, {"lockModel": LOCK["model"], "state": L(STATE, COARSE)}),
        nc_register(APP, rng, tags={"zip": L(ZIP, COARSE), "role": "owner"}),
        nc_opened(APP, rng),
        pv_card(APP, rng, email=True),
        gh_reverse(APP, rng, (40.74183, -73.98931), PRECISE),
        tw_message(APP, rng, L("My partner's e-key says expired but I set it to never expire",
                               TEXT), {"lock_model": LOCK["model"], "fw": LOCK["fw"],
                                       "phone": L(NATIONAL, TEL)}),
    ]
