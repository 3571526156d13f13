"""Home-security alarm app "Wardhaven": log-in and MFA, the monitored home (address, position,
monitoring account), the panel's Wi-Fi, arming with the PIN as typed on the app's keypad (key
events with timings), disarming (a compact key string), user and lock codes, an alarm event
acknowledged away from home (protobuf), sensors, a camera clip, the emergency call list
(msgpack), a geofence, an insurance certificate, an installation order and diagnostics."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IID_NODASH,
    KEYS,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    compact,
    keys,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import IID_UPPER
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head, rid
from eval_families29_kit import (
    ALARM_PIN,
    DURESS_PIN,
    GUEST_PIN,
    HOME_WIFI_PASS,
    INSTALLER_MAIL,
    LOCK_CODE,
    MONITORING_ACCT,
    MONITORING_PHONE,
    PANEL,
    SENSORS,
    VERBAL_PASSCODE,
    obj,
)
from eval_families29_sdk import ab_event, ab_launch, gp_crash, gp_crumb, tf_batch, tf_identify
from eval_families29_svc import ak_reverse, cd_attach, pbk_card, rp_opened, rp_register, sb_eval
from eval_payloads import BSSID, EMAIL, LAT, LOCAL_IP, LON, SSID, USER_ID, Case, J, L, case

APP = App("wardhaven", "Wardhaven", "com.example.wardhaven", "6.0.3",
          "https://api.wardhaven.example.net")
IID = "X-WH-Install"
SITE = "site_3b70c1e9"
P_URL = f"https://api.wardhaven.example.net/v4/panels/{PANEL['serial']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _ack(rng: random.Random) -> Case:
    """An alarm event acknowledged from the office (schema-less protobuf): the event and the
    sensor (negatives), the user, the outcome, and her own fix ``6.1``/``6.2``."""
    lat, lon = round(LAT + 0.01213, 6), round(LON + 0.00647, 6)
    lab: dict[str, str] = {}
    data = pb([(1, obj(rng, "ev", 16)), (2, SENSORS[1]["serial"]), (3, 1765315810),
               (4, L(USER_ID, UID)), (5, "false_alarm"),
               (6, [(1, L(lat, PRECISE)), (2, L(lon, PRECISE)), (3, 12)]),
               (7, "android")], "", lab)
    return raw(APP.fam, f"{APP.api}/v4/events/ack", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def wardhaven() -> list[Case]:
    rng = random.Random(2931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), acct=L(MONITORING_ACCT, UID)))}
    b = {"auth": "bearer"}
    lat5, lon5 = pos(5)
    out_lat, out_lon = pos(5, 0.0024, -0.0019)
    pad = keys(rng, ALARM_PIN)
    pad2 = keys(rng, ALARM_PIN)
    cases = [
        case(f, f"{a}/v4/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Heron&Lantern8", CRED),
            "device": {"install_id": L(IID_UPPER, DID), "model": L("Pixel 8", DEV)}}),
        case(f, f"{a}/v4/auth/mfa", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("118304", CRED),
            "trust_device": "1"}),
        case(f, f"{a}/v4/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v4/sites", headers=_h(rng, **b), body={
            "name": "Home", "monitoring_account": L(MONITORING_ACCT, UID),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "geo": {"lat": lat5, "lon": lon5}, "timezone": L("America/New_York", DEV),
            "panel": {"serial": PANEL["serial"], "model": PANEL["model"]},
            "dispatch_phone": MONITORING_PHONE}),
        case(f, f"{P_URL}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "password": L(HOME_WIFI_PASS, CRED),
            "security": "wpa2_psk", "panel_mac": PANEL["mac"], "phone_ip": L(LOCAL_IP, DEV),
            "rssi_dbm": -58}),
        case(f, f"{P_URL}/arm", headers=_h(rng, **b), body={
            "mode": "away", "pin": L(ALARM_PIN, CRED), "keypad": L(pad, f"{KEYS}|{CRED}"),
            "exit_delay_s": 45, "bypass": [], "request_id": rid(rng)}),
        case(f, f"{P_URL}/disarm", headers=_h(rng, **b), body={
            "keys": L(compact(pad2), f"{KEYS}|{CRED}"),
            "dwell_ms": L([e["u"] - e["d"] for e in pad2], KEYS), "source": "app_keypad",
            "request_id": rid(rng)}),
        case(f, f"{a}/v4/sites/{SITE}/codes", headers=_h(rng, **b), body={
            "codes": [{"label": L(PEOPLE[3][0], NAMEC), "code": L(GUEST_PIN, CRED),
                       "schedule": {"days": ["tue", "thu"], "from": "11:00", "to": "13:00"}},
                      {"label": "duress", "code": L(DURESS_PIN, CRED)}]}),
        case(f, f"{a}/v4/sites/{SITE}/locks/front", headers=_h(rng, **b), body={
            "lock_serial": "WHL-ZW-2290417", "slot": 3, "code": L(LOCK_CODE, CRED),
            "name": L(PEOPLE[3][0], NAMEC), "expires": "2026-01-31"}),
        _ack(rng),
        case(f, f"{a}/v4/sites/{SITE}/sensors", headers=_h(rng, **b), body={
            "sensors": [dict(s, chime=s["kind"] == "door") for s in SENSORS],
            "entry_delay_s": 30}),
        multipart(f, f"{a}/v4/clips", [
            ("clip", "backyard_2025-12-09.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "camera_serial": "WHC-OD-7720914", "event_id": obj(rng, "ev", 16),
                "note": L("Someone tried the back gate at 3:12am", TEXT), "keep": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v4/sites/{SITE}/call-list", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "verbal_passcode": L(VERBAL_PASSCODE, CRED),
            "contacts": [{"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL),
                          "order": 1},
                         {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
                          "order": 2, "has_key": True}]}),
        case(f, f"{a}/v4/sites/{SITE}/geofence", headers=_h(rng, **b), body={
            "event": "exit", "position": {"lat": out_lat, "lon": out_lon, "acc_m": 15},
            "home_center": {"lat": lat5, "lon": lon5}, "radius_m": 200,
            "reminder": "arm_away"}),
        case(f, f"{a}/v4/documents/insurance-certificate", fmt="form", headers=_h(rng, **b),
             body={"insurer": "Hudson Mutual", "policy_number": L("HO-33-7182044", UID),
                   "send_to": L(EMAIL, MAIL), "cc": INSTALLER_MAIL}),
        case(f, f"{a}/v4/orders/install", headers=_h(rng, **b), body={
            "slot": "2025-12-16T09:00:00-05:00", "contact_phone": L(PHONE_PAREN, TEL),
            "items": [{"sku": "WH-CAM-OD", "qty": 1}, {"sku": "WH-GB", "qty": 2}],
            "total": L("249.00", BUY), "order_ref": L("WH-ORD-55012", BUY),
            "access_notes": L("Buzzer 4B, the dog is friendly, park on 34th", TEXT)}),
        case(f, f"{a}/v4/sites/{SITE}/history", headers=_h(rng, **b), query={
            "from": "2025-12-01", "to": "2025-12-09", "types": "alarm,arm,disarm"}),
        case(f, f"{a}/v4/support/diagnostics", fmt="form", headers=_h(rng, **b), body={
            "panel_serial": PANEL["serial"], "panel_fw": PANEL["fw"], "wifi_ssid": L(SSID, WIFI),
            "callback": L(DASHED, TEL),
            "note": L("The glass-break sensor chirps every night", TEXT)}),
        case(f, f"{a}/v4/push/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(IID_NODASH, DID),
            "critical_alerts": True}),
        case(f, f"{a}/v4/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("wardhaven_pro_monitoring", BUY),
            "order_id": L("GPA.3301-8873-1129-44502", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v4/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("armed_away", 1, source="geofence_reminder"),
                ev("clip_saved", 2),
                ev("screen", 3, screen=L("CallList", USAGE))]}),
        case(f, f"{P_URL}/status", headers=_h(rng, how="none"),
             cookies={"wh_sess": L(opaque(rng, "", 48), CRED), "wh_inst": L(IID_NODASH, DID)}),
    ]
    return cases


def wardhaven_sdks() -> list[Case]:
    rng = random.Random(2932)
    return [
        tf_batch(APP, rng, [("Armed Away", {"source": "app"}),
                            ("Clip Saved", {"seconds": 30})]),
        tf_identify(APP, rng, {"zip": L(ZIP, COARSE), "plan": "pro_monitoring",
                               "sensors": 3}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "subscribe", {"plan": "pro"}, revenue=24.99),
        gp_crash(APP, rng, ("java.net.SocketTimeoutException", "arm timed out"),
                 [gp_crumb("navigation", "Home -> Keypad"),
                  gp_crumb("http", "POST", {"url": f"{P_URL}/arm", "status_code": 504})],
                 tags={"panel_fw": PANEL["fw"]}, screen="KeypadActivity"),
        sb_eval(APP, rng, {"panelModel": PANEL["model"], "zip": L(ZIP, COARSE)}),
        rp_register(APP, rng, tags={"zip": L(ZIP, COARSE), "cameras": 1}),
        rp_opened(APP, rng),
        pbk_card(APP, rng),
        ak_reverse(APP, rng, (LAT, LON), PRECISE),
        cd_attach(APP, rng, L(b"\xff\xd8\xff\xe0" + bytes(range(60)), MEDIA),
                  "Screenshot_20251209.jpg", "image/jpeg"),
    ]
