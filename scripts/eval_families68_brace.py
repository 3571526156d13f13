"""Scoliosis brace-wear tracker "Curvetally" with a sensor clipped into her night brace (skin-side
temperature tells worn from off; an accelerometer gives the trunk's tilt). Sign-up with her
diagnosis, a log-in and MFA, ``/me``, her Cobb angles, an X-ray, the brace and pairing its sensor,
the sensor's sync (protobuf with packed temperatures), a day's wear (msgpack), the temperature log
(gzip JSON), a tilt window, symptoms and a skin-check photo, exercises, a fitting appointment at
the orthotist's lab, the report shared with her surgeon, insurance, reminders, a forum post, push,
events and the weekly report by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families68_kit import BRACE, COBB, ORTHO, SURGEON, obj, skin_temps, tilt
from eval_families68_sdk import (
    cm_batch,
    cm_queue,
    eg_crash,
    eg_crumb,
    sk_event,
    sk_session,
)
from eval_families68_svc import ch_attach, nj_register, tl_card, tl_confirm, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("curvetally", "Curvetally", "com.example.curvetally", "2.6.0",
          "https://api.curvetally.example.com")
IID = "X-CT-Install"
PW = "Lumbar-Kite-19"
MEMBER = "NXH5512093"  # her health-insurance member ID (health.medical)
TM = f"{MOTION}|{MED}"  # the tilt window: a motion series taken for a treatment


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def curvetally() -> list[Case]:
    rng = random.Random(6821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, MED)))}
    b = {"auth": "bearer"}
    temps = skin_temps(rng, 48)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, BRACE["serial"]),
               (3, L(struct.pack(f"<{len(temps)}f", *temps), MED)), (4, L(1010, MED)),
               (5, 77), (6, BRACE["fw"])], "", lab)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "sex": L("female", GENDER),
            "heightCm": L(166, FIT), "weightKg": L(58.2, FIT),
            "diagnosis": L("adult idiopathic scoliosis", MED), "newsletter": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "curvetally-android"}),
        case(f, f"{a}/v2/mfa/verify", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "code": L("330918", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/curves", headers=_h(rng, **b), body={
            "cobbThoracic": L(COBB["thoracic"], MED), "cobbLumbar": L(COBB["lumbar"], MED),
            "apex": L("T8", MED), "measuredOn": "2025-11-20", "source": "xray"}),
        multipart(f, f"{a}/v2/imaging", [
            ("xray", "pa_standing.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"view": "PA standing", "takenAt": "2025-11-20",
                                                "facility": "Gramercy Imaging"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/brace", headers=_h(rng, **b), body={
            "serial": BRACE["serial"], "model": BRACE["model"], "lab": ORTHO["id"],
            "prescribedHours": L(18, MED), "fittedOn": "2025-09-02", "padding": "v2"}),
        case(f, f"{a}/v2/brace/sensor", headers=_h(rng, **b), body={
            "sensor": BRACE["sensor"], "ble": BRACE["ble"], "firmware": BRACE["fw"],
            "battery": 77, "phoneInstall": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/v2/wear/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/wear/daily", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "hoursWorn": L(16.8, MED), "targetHours": L(18, MED),
            "removals": L(3, MED), "sensorSerial": BRACE["serial"]}),
        case(f, f"{a}/v2/wear/temperature", gz=True, headers=_h(rng, **b), body={
            "serial": BRACE["serial"], "start": "2025-12-08T22:00:00-05:00", "intervalS": 60,
            "celsius": L(skin_temps(rng, 90), MED), "ambient": 21.4}),
        case(f, f"{a}/v2/posture", headers=_h(rng, **b), body={
            "hz": 10, "axes": "pitch,roll", "rows": L(tilt(rng, 40), TM),
            "sensorSerial": BRACE["serial"]}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "pain": L(4, MED), "painSites": [L("lower back", MED), L("right rib hump", MED)],
            "skinRedness": L(True, MED),
            "notes": L("Red mark under the left pad after the long night", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/skin-checks", [
            ("photo", "pad_left.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pad": "left thoracic", "check": obj(rng, "sk")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/exercises", fmt="form", headers=_h(rng, **b), body={
            "program": "schroth_breathing", "minutes": L("25", FIT), "sets": "3"}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "lab": {"id": ORTHO["id"], "name": ORTHO["name"], "phone": ORTHO["phone"],
                    "line": ORTHO["line"], "lat": ORTHO["lat"], "lon": ORTHO["lon"]},
            "slot": "2025-12-18T16:15", "reason": L("pad pressure on the left side", MED),
            "copay": L("20.00", BUY)}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(SURGEON[0], NAMEC), "recipientEmail": L(SURGEON[1], MAIL),
            "include": "wear,curves,xray"}),
        case(f, f"{a}/v2/insurance", headers=_h(rng, **b), body={
            "memberId": L(MEMBER, MED), "group": "GRP-71104", "payer": "Quorum Health"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "on": "21:00", "off": "07:00", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "board": "adult-bracing", "anonymous": True,
            "text": L("Three months of night bracing at 34, my lumbar curve is holding",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("wear_synced", 1, minutes=1010), ev("xray_uploaded", 2),
                ev("screen", 3, screen=L("WeeklyReport", USAGE))]}),
        case(f, f"{a}/v2/reports/weekly", headers=_h(rng, how="nodash"),
             cookies={"ct_session": L(opaque(rng, "", 44), CRED)}),
    ]


def curvetally_sdks() -> list[Case]:
    rng = random.Random(6822)
    return [
        cm_batch(APP, rng, [("Wear Synced", {"hours": L(16.8, MED)}),
                            ("Xray Uploaded", {"view": "PA"})]),
        cm_queue(APP, rng, [("Sensor Disconnected", {"minutes": 12}),
                            ("Reminder Snoozed", {})]),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "subscribe", {"plan": "annual"}, revenue=59.99),
        eg_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [eg_crumb("navigation", "Home -> SensorSync"),
                  eg_crumb("log", "gatt connect", {"serial": BRACE["serial"]})],
                 screen="SensorSyncActivity"),
        ty_eval(APP, rng, {"sensorFirmware": BRACE["fw"], "beta": False}),
        nj_register(APP, rng, tags={"plan": "premium"}),
        tl_card(APP, rng, email=True),
        tl_confirm(APP, rng, "59.99"),
        ch_attach(APP, rng, L(JPEG + b"\x93", MEDIA), "strap_buckle.jpg", "image/jpeg"),
    ]
