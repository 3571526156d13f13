"""Type-1-diabetes insulin-pump companion "Glukoberg" (a New York vendor; she uses it at home and in
Iceland). Sign-up with her diagnosis, an OAuth log-in, ``/me``, the pump paired, a home hub joined
to her New York Wi-Fi and a glucose sensor started (accessories: negatives), sensor readings (gzip
JSON), the pump's history (gzip JSON Lines) and status (protobuf: reservoir, insulin on board, basal
rate, the last bolus), a bolus with carbs and a meal note, a basal profile, therapy settings, an
urgent-low alert acknowledged, an exercise entry (msgpack), an A1c result, an infusion-site photo,
her endocrinologist invited, her mother as a follower, travel mode for Iceland, a supplies order to
her New York address, an emergency card, a Health Connect import, push, events, a Play subscription
and the AGP report by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import (
    CITY,
    DOB,
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
)
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families77_kit import (
    ENDO,
    ENDO_PRACTICE,
    MEMBER_GK,
    MOTHER,
    PUMP,
    SENSOR,
    SUPPLY_ORDER,
    glucose,
)
from eval_families77_sdk import (
    hv_crash,
    hv_crumb,
    hv_session,
    lt_queue,
    lt_track,
    sf_event,
    sf_session,
)
from eval_families77_svc import fg_eval, gf_card, hn_register, sh_attach, sh_message
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("glukoberg", "Glukoberg", "com.example.glukoberg", "6.8.2",
          "https://api.glukoberg.example.com")
IID = "X-GK-Install"
PW = "Basal-Bolus-0417"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def glukoberg() -> list[Case]:
    rng = random.Random(7721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    dx=L("T1D", MED)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    status = pb([(1, L(USER_ID, UID)), (2, PUMP["serial"]), (3, L(112.5, MED)),
                 (4, L(2.35, MED)), (5, L(0.85, MED)), (6, PUMP["battery"]),
                 (7, [(1, L(4.5, MED)), (2, 1768406400)]), (8, 1768410000)], "", lab)
    return [
        case(f, f"{a}/api/v3/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dateOfBirth": L(DOB, BIRTH), "phone": L(E164, TEL),
            "diabetesType": L("type1", MED), "diagnosedYear": L(2004, MED),
            "country": L("US", COARSE), "units": "mg/dL"}),
        case(f, f"{a}/api/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "gk-android", "scope": "therapy offline_access"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/pump/pair", headers=_h(rng, **b), body={
            "serial": PUMP["serial"], "ble": PUMP["ble"], "model": PUMP["model"],
            "firmware": PUMP["fw"], "pairingCode": "884213", "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/hub/setup", headers=_h(rng, **b), body={
            "hub": "GKH-2201-55810", "hubIp": "192.168.1.57", "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "wifiPassword": L("Brooklyn-Basal-88", CRED),
            "phoneIp": L(LOCAL_IP, DEV), "band": "2.4GHz"}),
        case(f, f"{a}/api/v3/cgm/sensors", headers=_h(rng, **b), body={
            "sensorSerial": SENSOR["serial"], "transmitter": SENSOR["tx"],
            "calibrationCode": SENSOR["code"], "site": L("back of left arm", MED),
            "started": "2026-01-12T08:10:00Z"}),
        case(f, f"{a}/api/v3/cgm/readings", gz=True, headers=_h(rng, **b), body={
            "sensorSerial": SENSOR["serial"], "units": "mg/dL",
            "readings": L(glucose(rng, 24), MED)}),
        lines(f, f"{a}/api/v3/pump/history", [
            {"user": L(USER_ID, UID), "type": "bolus", "units": L(4.5, MED), "t": 1768406400},
            {"user": L(USER_ID, UID), "type": "basal", "rate": L(0.85, MED), "t": 1768407000},
            {"user": L(USER_ID, UID), "type": "suspend", "reason": L("low glucose", MED),
             "minutes": L(35, MED), "t": 1768409100},
            {"user": L(USER_ID, UID), "type": "cartridge", "filledUnits": L(180, MED),
             "t": 1768410000}], headers=_h(rng, auth="bearer"), gz=True),
        raw(f, f"{a}/api/v3/pump/status", status, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/boluses", headers=_h(rng, **b), body={
            "carbsG": L(45, MED), "bgMgdl": L(162, MED), "units": L(4.5, MED),
            "correction": L(0.8, MED), "type": "normal", "clientId": opaque(rng, "b_", 12),
            "mealNote": L("skyr with granola and a banana", TM)}),
        case(f, f"{a}/api/v3/basal/profiles", headers=_h(rng, **b), body={
            "name": "Weekday", "active": True, "segments": L(
                [{"start": "00:00", "rate": 0.85}, {"start": "04:00", "rate": 1.05},
                 {"start": "09:00", "rate": 0.9}, {"start": "21:00", "rate": 0.8}], MED)}),
        case(f, f"{a}/api/v3/settings/therapy", headers=_h(rng, **b), body={
            "carbRatio": L(10, MED), "isf": L(45, MED), "targetLow": L(90, MED),
            "targetHigh": L(140, MED), "insulin": L("insulin aspart", MED),
            "activeInsulinHours": L(3.5, MED), "theme": "dark"}),
        case(f, f"{a}/api/v3/alerts/ack", headers=_h(rng, **b), body={
            "alertId": opaque(rng, "al_", 12), "kind": L("urgent_low", MED),
            "valueMgdl": L(52, MED), "ackAt": "2026-01-13T03:12:44Z", "snoozeMin": 15}),
        case(f, f"{a}/api/v3/logbook", fmt="msgpack", headers=_h(rng, **b), body={
            "kind": "exercise", "activity": L("swimming", FIT), "minutes": L(40, FIT),
            "tempBasalPct": L(70, MED), "tempBasalMin": L(90, MED), "ts": 1768408800}),
        case(f, f"{a}/api/v3/labs", fmt="form", headers=_h(rng, **b), body={
            "a1c": L("6.9", MED), "date": "2025-12-18", "lab": "Eastbank Clinical Lab"}),
        multipart(f, f"{a}/api/v3/site-photos", [
            ("photo", "site_0113.jpg", "image/jpeg", L(JPEG + b"\x33", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"site": L("abdomen right", MED),
                                                "irritation": L(True, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/care-team/invite", headers=_h(rng, **b), body={
            "name": L(ENDO[0], NAMEC), "email": L(ENDO[1], MAIL), "role": "clinician",
            "practice": ENDO_PRACTICE["name"], "practicePhone": ENDO_PRACTICE["phone"]}),
        case(f, f"{a}/api/v3/followers", headers=_h(rng, **b), body={
            "name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL), "relation": "parent",
            "alerts": {"urgentLow": True, "high": False}}),
        case(f, f"{a}/api/v3/travel", headers=_h(rng, **b), body={
            "timeZone": L("Atlantic/Reykjavik", DEV), "homeTimeZone": L("America/New_York", DEV),
            "destination": L("Iceland", COARSE), "shiftBasal": True,
            "from": "2025-11-20", "to": "2026-03-15"}),
        case(f, f"{a}/api/v3/orders/supplies", headers=_h(rng, **b), body={
            "order": L(SUPPLY_ORDER, BUY), "items": [
                {"sku": "GK-INF-6MM-10", "name": L("Infusion set 6 mm, 10 pack", f"{BUY}|{MED}"),
                 "qty": 3}, {"sku": "GK-CART-300", "name": L("Cartridge 300 U, 10 pack",
                                                            f"{BUY}|{MED}"), "qty": 2}],
            "insuranceMemberId": L(MEMBER_GK, MED), "copay": L("45.00", BUY),
            "shipTo": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                       "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                       "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/api/v3/emergency-card", headers=_h(rng, **b), body={
            "text": L("Type 1 diabetes, insulin pump. If confused or unresponsive give glucagon "
                      "and call 112.", TM),
            "contact": {"name": L(MOTHER[0], NAMEC), "phone": L(MOTHER[1], TEL)},
            "showOnLockScreen": True}),
        case(f, f"{a}/api/v3/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7120, 10433, 5012], FIT), "weightKg": L(63.8, FIT),
            "restingHr": L([58, 60, 59], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v3/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "criticalAlerts": True}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("bolus_delivered", 1, units=L(4.5, MED)), ev("sensor_started", 2),
                ev("screen", 3, screen=L("GlucoseChart", USAGE))]}),
        case(f, f"{a}/api/v3/store/verify", headers=_h(rng, **b), body={
            "productId": L("gk_insights_year", BUY), "orderId": L("GPA.3371-0492-6611-20931", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v3/reports/agp", headers=_h(rng, how="nodash"), query={
            "days": "14", "format": "pdf"},
            cookies={"gk_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def glukoberg_sdks() -> list[Case]:
    rng = random.Random(7722)
    return [
        lt_track(APP, rng, [("Bolus Delivered", {"units": L(4.5, MED)}),
                            ("Chart Viewed", {"range": "24h"})], tz="America/New_York"),
        lt_queue(APP, rng, [("Sensor Warmup Done", {"minutes": 60}),
                            ("Low Alert Shown", {"mgdl": L(52, MED)})]),
        sf_session(APP, rng, user=True, n=41),
        sf_event(APP, rng, "subscribe_insights", {"plan": "year"}, revenue=59.99, hashed=True),
        hv_session(APP, rng, secs=1210),
        hv_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT_ERROR 133"),
                 [hv_crumb("navigation", "Home -> PumpStatus"),
                  hv_crumb("log", "ble reconnect", {"serial": PUMP["serial"]})],
                 screen="PumpStatusActivity", tz="America/New_York"),
        fg_eval(APP, rng, {"pumpModel": PUMP["model"], "cgm": True}),
        hn_register(APP, rng, tags={"critical": "1", "units": "mgdl"}, tz="America/New_York"),
        gf_card(APP, rng, email=True, postal=L(ZIP, COARSE)),
        sh_message(APP, rng, L("My pump says occlusion detected twice tonight, cartridge is "
                               "new. Glucose went to 280.", TM),
                   {"pumpSerial": PUMP["serial"], "plan": L("insights_year", BUY)}),
        sh_attach(APP, rng, L(JPEG + b"\x34", MEDIA), "occlusion_screen.jpg", "image/jpeg"),
    ]
