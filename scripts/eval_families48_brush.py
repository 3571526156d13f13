"""Smart-toothbrush app "Brushloop": sign-up, a log-in, ``/me``, pairing the brush, the charging
base joining her home Wi-Fi, brushing sessions (coverage per zone, pressure alerts), the handle's
motion series (gzip JSON), sessions synced offline (msgpack), a protobuf telemetry frame with a
nested summary and packed motion floats, gum-bleeding notes and a gum photo, her hygienist linked
and a report shared, goals, weekly stats, a brush-head order and its status by number in the
path, a firmware check, a Health Connect export, a support ticket, push, events and tips by a
cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families48_kit import (
    BRUSH,
    BRUSH_ORDER,
    DENTIST,
    HYGIENIST,
    WIFI_PSK,
    brush_motion,
    code,
    coverage,
    motion,
)
from eval_families48_sdk import (
    bl_bid,
    bl_win,
    cw_batch,
    cw_queue,
    gm_crash,
    gm_crumb,
    iw_link,
    iw_session,
)
from eval_families48_svc import pt_register, py_card, tg_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, SSID, USER_ID, Case, J, L, U, case

APP = App("brushloop", "Brushloop", "com.example.brushloop", "6.0.3",
          "https://api.brushloop.example.com")
IID = "X-Brushloop-Device"
PW = "Floss&Shine44"
O_URL = f"https://api.brushloop.example.com/v2/orders/{BRUSH_ORDER}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _session(rng: random.Random, start: int) -> dict[str, Any]:
    return {"start": start, "durationS": L(rng.randrange(95, 150), FIT),
            "coverage": L(coverage(rng), FIT), "pressureAlerts": L(rng.randrange(0, 4), FIT),
            "mode": "sensitive", "intensity": 2, "brush": BRUSH["serial"]}


def brushloop() -> list[Case]:
    rng = random.Random(4831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    sid = code(rng, "bs_", 10)
    win = brush_motion(rng, 40)
    packed = struct.pack(f"<{len(win)}f", *[r[4] for r in win])
    lab: dict[str, str] = {}
    frame = pb([(1, L(USER_ID, UID)), (2, BRUSH["serial"]), (3, BRUSH["battery"]),
                (4, [(1, L(131, FIT)), (2, L(2, FIT)), (3, 1765290312)]),
                (5, L(packed, MOTION)), (6, BRUSH["fw"])], "", lab)
    order = at_path(case(f, f"{O_URL}/status", headers=_h(rng, **b)), BRUSH_ORDER, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "zip": L(ZIP, COARSE),
            "newsletter": True}),
        case(f, f"{a}/v2/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/brushes", headers=_h(rng, **b), body={
            "serial": BRUSH["serial"], "ble": BRUSH["ble"], "firmware": BRUSH["fw"],
            "model": BRUSH["model"], "head": BRUSH["head"], "battery": BRUSH["battery"],
            "phone": {"installId": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                      "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v2/bases/{BRUSH['base']}/wifi", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L(WIFI_PSK, CRED),
            "security": "WPA2", "region": "US"}),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), body={
            "id": sid, **_session(rng, 1765290190), "profile": "self",
            "quadrantS": L([31, 33, 30, 37], FIT)}),
        case(f, f"{a}/v2/sessions/{sid}/motion", gz=True, headers=_h(rng, **b), body={
            "hz": 50, "axes": "ax,ay,az,gx,gy,gz", "samples": motion(rng, 60),
            "brush": BRUSH["serial"]}),
        case(f, f"{a}/v2/sessions/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sessions": [_session(rng, 1765203790 + 43200 * i)
                                                  for i in range(3)]}),
        raw(f, f"{a}/v2/telemetry", frame, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/gum-health", headers=_h(rng, **b), body={
            "date": "2025-12-09", "bleeding": L(True, MED),
            "areas": [L("lower left molars", MED), L("upper front", MED)],
            "sensitivity": L(2, MED), "swelling": L(True, MED),
            "notes": L("Gums bled again after flossing, a bit swollen at the back",
                       f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/gum-health/photos", [
            ("photo", "gums_lower_left.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"area": L("lower left", MED),
                                                "capturedAt": 1765290901, "flash": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dental/link", headers=_h(rng, **b), body={
            "practice": {"id": DENTIST["id"], "name": DENTIST["name"], "phone": DENTIST["phone"],
                         "line": DENTIST["line"], "lat": DENTIST["lat"], "lon": DENTIST["lon"]},
            "hygienist": {"name": L(HYGIENIST[0], NAMEC), "email": L(HYGIENIST[1], MAIL)},
            "nextCleaning": "2026-01-14"}),
        case(f, f"{a}/v2/dental/share", fmt="form", headers=_h(rng, **b), body={
            "to": L(HYGIENIST[1], MAIL), "period": "90d", "include": "coverage,gums,photos",
            "message": L("Hi Lena, the bleeding is mostly lower left", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/goals", headers=_h(rng, **b), body={
            "targetS": 120, "twiceDaily": True, "morning": "07:10", "evening": "22:40"}),
        case(f, f"{a}/v2/stats", headers=_h(rng, **b), query={
            "period": "week", "profile": "self", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "number": L(BRUSH_ORDER, BUY), "sku": L("BH-SENS-02x4", BUY), "qty": 1,
            "total": L("24.99", BUY), "subscribe": True,
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        order,
        case(f, f"{a}/v2/firmware/check", fmt="form", headers=_h(rng, **b), body={
            "serial": BRUSH["serial"], "current": BRUSH["fw"], "model": BRUSH["model"],
            "phoneOs": L("14", DEV)}),
        case(f, f"{a}/v2/export/health-connect", gz=True, headers=_h(rng, **b), body={
            "records": [{"type": "OralHygiene", "start": 1765203790 + 43200 * i,
                         "durationS": L(120 + 4 * i, FIT)} for i in range(4)],
            "origin": APP.pkg}),
        case(f, f"{a}/v2/support/tickets", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "topic": "head_reminder",
            "text": L("The app says replace the head but I changed it last week", TEXT)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("session_synced", 1, n=3), ev("pressure_alert_seen", 2),
                ev("screen", 3, screen=L("GumHealth", USAGE))]}),
        case(f, f"{a}/v2/tips", headers=_h(rng, how="nodash"),
             cookies={"bl_session": L(opaque(rng, "", 40), CRED), "bl_req": rid(rng)}),
    ]


def brushloop_sdks() -> list[Case]:
    rng = random.Random(4832)
    link = U("https://brushloop.example.com/r/heads", {"ref": L(USER_ID, UID), "promo": "HEADS20",
                                                       "utm_source": "email"})
    return [
        cw_batch(APP, rng, [("Session Completed", {"duration_s": L(128, FIT), "alerts": 2}),
                            ("Gum Note Added", {"bleeding": L(True, MED)})], adid=True),
        cw_queue(APP, rng, [("Brush Connected", {"rssi": -61}),
                            ("Firmware Checked", {"up_to_date": True})]),
        iw_session(APP, rng, first=True),
        iw_link(APP, rng, link),
        bl_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}", "ver": "1.2"}},
               yob=1991, gender="F"),
        bl_win(APP, rng),
        gm_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT status 8"),
                 [gm_crumb("nav", "Home -> LiveBrushing"),
                  gm_crumb("log", "ble connect", {"serial": BRUSH["serial"]})],
                 screen="LiveBrushingActivity"),
        tg_eval(APP, rng, {"gumCoach": True, "brushModel": BRUSH["model"]}),
        pt_register(APP, rng, tags={"evening": "2240"}, at=(40.74183, -73.98931), nd=2),
        py_card(APP, rng, email=True),
    ]
