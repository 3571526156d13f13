"""Smart hearing-protection earbuds for factory workers "Quietshift" (her employer's programme at
a foundry): enrolment with the employer's code and her badge, a badge-and-PIN log-in, ``/me``
with a JWT, pairing the buds, a fit test, a baseline hearing test (her audiogram), the plant
nearby, a shift check-in on the floor's Wi-Fi, the shift's exposure (gzip: minute levels and her
dose), a live dose (protobuf), an over-exposure alert, a symptom report, the buds' telemetry
(msgpack), a firmware check, training, a message to her supervisor, an occupational clinic's
audiogram PDF, an emergency contact, push, events and her shifts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import PDF
from eval_families17_kit import (
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families58_kit import (
    BADGE,
    BUDS,
    ENROL_CODE,
    HZ,
    PLANT,
    PLANT_FIX,
    PLANT_WIFI,
    THRESH,
    WORK_MAIL,
    code,
    dba,
)
from eval_families58_sdk import fp_crumb, fp_report, fp_sessions, gm_batch, gm_pixel, st_session
from eval_families58_svc import al_check, as_attach, bg_register, cm_geocode, sw_eval
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("quietshift", "Quietshift", "com.example.quietshift", "5.3.0",
          "https://api.quietshift.example.net")
IID = "X-QS-Install"
PIN = "7306"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def quietshift() -> list[Case]:
    rng = random.Random(5831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, badge=L(BADGE, UID), site=PLANT["id"],
                                    role="operator"))}
    b = {"auth": "session"}
    shift = code(rng, "sh_", 10)
    fla, flo = fix(PLANT_FIX)
    lab: dict[str, str] = {}
    live = pb([(1, L(BADGE, UID)), (2, BUDS["left"]["serial"]), (3, 91.4), (4, L(63.5, MED)),
               (5, [(1, L(40.700431, PRECISE)), (2, L(-73.970377, PRECISE))]),
               (6, 1765302100)], "", lab)
    return [
        case(f, f"{a}/v2/enrol", headers=_h(rng), body={
            "code": L(ENROL_CODE, CRED), "badge": L(BADGE, UID), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "workEmail": L(WORK_MAIL, MAIL), "pin": L(PIN, CRED),
            "department": "Casting", "shift": "day"}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "badge": L(BADGE, UID), "pin": L(PIN, CRED), "site": PLANT["id"]}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/earbuds/pair", headers=_h(rng, **b), body={
            "left": dict(BUDS["left"], battery=88), "right": dict(BUDS["right"], battery=84),
            "model": "QS Pro Industrial", "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/fit-test", headers=_h(rng, **b), body={
            "tips": "M", "sealLeftDb": 27.5, "sealRightDb": 25.0, "passed": True,
            "earbuds": [BUDS["left"]["serial"], BUDS["right"]["serial"]]}),
        case(f, f"{a}/v2/audiometry/baseline", headers=_h(rng, **b), body={
            "testedAt": "2025-12-01T07:10:00-05:00", "hz": HZ,
            "leftDbHl": L(THRESH["left"], MED), "rightDbHl": L(THRESH["right"], MED),
            "tinnitus": L(True, MED), "earInfections": L(False, MED),
            "ambientDb": 38.2, "method": "in-app, buds as transducer"}),
        case(f, f"{a}/v2/sites/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{PLANT_FIX[0]:.4f}", PRECISE), "lon": L(f"{PLANT_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v2/shifts/checkin", headers=_h(rng, **b), body={
            "shift": shift, "site": PLANT["id"], "zone": "Furnace Hall B", "lat": fla,
            "lon": flo, "accuracy": 9, "wifi": {"ssid": L(PLANT_WIFI[0], WIFI),
                                                "bssid": L(PLANT_WIFI[1], WIFI)}}),
        case(f, f"{a}/v2/shifts/{shift}/exposure", gz=True, headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "zone": "Furnace Hall B", "minuteLeqDba": dba(rng, 60),
            "peakDbc": 128.4, "dosePct": L(71.2, MED), "twaDba": L(88.5, MED),
            "attenuatedDba": L(69.8, MED), "wornPct": L(94, MED),
            "earbuds": [BUDS["left"]["serial"], BUDS["right"]["serial"]]}),
        raw(f, f"{a}/v2/shifts/{shift}/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "kind": "dose_80", "shift": shift, "dosePct": L("80.4", MED), "ack": "1",
            "zone": "Furnace Hall B"}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "ringing": L(True, MED), "muffled": L(False, MED), "earPain": L("left", MED),
            "text": L("Ringing in my left ear for an hour after the shift ends", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/earbuds/telemetry", fmt="msgpack", headers=_h(rng, **b), body={
            "buds": [{"serial": BUDS[s]["serial"], "fw": BUDS[s]["fw"], "battery": bt,
                      "tempC": tc, "ancMode": "industrial"}
                     for s, bt, tc in (("left", 61, 33.1), ("right", 58, 33.4))],
            "phoneBattery": L(47, DEV), "phoneModel": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/earbuds/firmware", headers=_h(rng, how="none"), query={
            "model": "QS Pro Industrial", "fw": BUDS["left"]["fw"], "channel": "stable"}),
        case(f, f"{a}/v2/training/complete", headers=_h(rng, **b), body={
            "module": "hearing_conservation_101", "score": 92, "durationS": L(611, USAGE),
            "badge": L(BADGE, UID)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "sup_0231", "thread": code(rng, "th_", 8),
            "text": L("Left bud keeps dropping out near furnace 3, can I get a spare pair?",
                      TEXT)}),
        multipart(f, f"{a}/v2/audiometry/reports", [
            ("file", "audiogram_2025.pdf", "application/pdf", L(PDF + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"clinic": "Navy Yard Occupational Health",
                                                "type": "annual"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/profile/emergency", headers=_h(rng, **b), body={
            "name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL),
            "relation": "brother"}),
        multipart(f, f"{a}/v2/ppe/damage", [
            ("photo", "tip_torn.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("data", None, "application/json", {"serial": BUDS["left"]["serial"],
                                                "issue": "torn tip"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("shift_started", 1), ev("dose_alert", 2, level=80),
                ev("screen", 3, screen=L("DoseGauge", USAGE))]}),
        case(f, f"{a}/v2/shifts", headers=_h(rng, how="nodash"),
             cookies={"qs_sess": L(opaque(rng, "", 40), CRED), "qs_site": PLANT["id"]}),
    ]


def quietshift_sdks() -> list[Case]:
    rng = random.Random(5832)
    return [
        gm_batch(APP, rng, [("Dose Alert", {"level": 80, "dose": L(80.4, MED)}),
                            ("Shift Ended", {"hours": 8})]),
        gm_pixel(APP, rng, "Enrol Screen Viewed", {"site": PLANT["id"]}),
        st_session(APP, rng, first=True),
        fp_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [fp_crumb("DoseGauge -> Earbuds"),
                   fp_crumb("gatt disconnect", "log", {"serial": BUDS["right"]["serial"]})],
                  user={"id": L(BADGE, UID)}, screen="EarbudsActivity"),
        fp_sessions(APP, rng, [28800, 1240]),
        sw_eval(APP, rng, {"site": PLANT["id"], "liveDose": True}, hdr=True),
        bg_register(APP, rng, at=PLANT_FIX, nd=2, tags={"site": PLANT["id"], "shift": "day"}),
        al_check(APP, rng, {"analytics": True, "ads": False}),
        cm_geocode(APP, rng, "Flushing Ave Building 5", "behavior.search", near=PLANT_FIX, nd=3),
        as_attach(APP, rng, L(JPEG + b"\x93", MEDIA), "bud_case.jpg", "image/jpeg"),
    ]
