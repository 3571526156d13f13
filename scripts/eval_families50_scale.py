"""Smart bathroom scale "Heftwise" with body composition for a family of four (she, her husband
Daniel, Ava 7 and Leo 4; each has a profile on the household account): the account, a log-in,
``/me``, the family's profiles, pairing the scale and giving it the home Wi-Fi, her weigh-in in
pregnancy mode, Daniel's full reading (protobuf) and raw impedance (msgpack), the children's
readings synced from the scale (gzip), assigning an ambiguous reading, a goal, a child's growth
chart by profile in the path, a note on a child, a Health Connect import, her avatar, the
household shared, a firmware report, push, events, trends by a cookie GET, a Play subscription and
the scale's diagnostics."""

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
    NAMEC,
    SENS,
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
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PNG
from eval_families50_kit import FAMILY, HUSBAND, SCALE, WIFI_PASS, comp, impedance, obj
from eval_families50_sdk import cw_crash, cw_crumb, sm_batch, sm_screen, tw_event, tw_open
from eval_families50_svc import ag_status, al_attach, bt_register, cr_card, cr_confirm, fb_eval
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

APP = App("heftwise", "Heftwise", "com.example.heftwise", "5.3.2",
          "https://api.heftwise.example.com")
IID = "X-Heft-Device"
PW = "Scale-Quartz-58"
HH = "hh_5520c1"  # the household account (id.user)
PREG = f"{MED}|{SENS}"
JANE, DAN, AVA, LEO = FAMILY


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _fit(d: dict[str, Any]) -> dict[str, Any]:
    """A body-composition reading with each measure labelled ``health.fitness``."""
    return {k: L(v, FIT) for k, v in d.items()}


def _member(p: dict[str, Any], last: str = "Doe") -> dict[str, Any]:
    return {"profileId": L(p["pid"], UID), "firstName": L(p["name"], NAMEC),
            "lastName": L(last, NAMEC), "birthDate": L(p["dob"], BIRTH),
            "sex": L(p["sex"], GENDER), "heightCm": L(p["cm"], FIT)}


def heftwise() -> list[Case]:
    rng = random.Random(5031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), household=L(HH, UID)))}
    dc = comp(rng, 84.6, 21.4)
    lab: dict[str, str] = {}
    imp = struct.pack("<4f", 512.4, 489.0, 471.2, 455.8)
    reading = pb([(1, L(DAN["pid"], UID)), (2, SCALE["serial"]), (3, 1765292410),
                  (4, [(1, L(dc["weightKg"], FIT)), (2, L(dc["fatPct"], FIT)),
                       (3, L(dc["muscleKg"], FIT)), (4, L(dc["waterPct"], FIT)),
                       (5, L(dc["boneKg"], FIT)), (6, L(dc["visceral"], FIT)),
                       (7, L(dc["bmrKcal"], FIT))]),
                  (5, L(imp, FIT)), (6, SCALE["fw"])], "", lab)
    kids = [{"profileId": L(p["pid"], UID), "at": 1765291000 + 60 * i, "scale": SCALE["serial"],
             "metrics": _fit(comp(rng, kg, fat))}
            for i, (p, kg, fat) in enumerate([(AVA, 23.8, 17.2), (LEO, 16.1, 15.8)])]
    growth = at_path(case(f, f"{a}/v3/profiles/{AVA['pid']}/growth", headers=_h(rng, **b),
                          query={"chart": "who", "metric": "bmi"}), AVA["pid"], UID)
    note = at_path(case(f, f"{a}/v3/profiles/{LEO['pid']}/notes", headers=_h(rng, **b), body={
        "text": L("Pediatrician says Leo is a bit underweight, recheck in March",
                  f"{TEXT}|{MED}")}), LEO["pid"], UID)
    avatar = at_path(multipart(f, f"{a}/v3/profiles/{JANE['pid']}/avatar", [
        ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA))], headers=_h(rng, **b)),
        JANE["pid"], UID)
    return [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "birthDate": L(JANE["dob"], BIRTH), "sex": L("female", GENDER),
            "heightCm": L(168, FIT), "units": "kg"}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/v3/households/{HH}/members", headers=_h(rng, **b),
                     body=dict(_member(DAN), email=L(HUSBAND[3], MAIL), athleteMode=False)),
                HH, UID),
        at_path(case(f, f"{a}/v3/households/{HH}/members/batch", headers=_h(rng, **b), body={
            "members": [dict(_member(p), childMode=True) for p in (AVA, LEO)]}), HH, UID),
        case(f, f"{a}/v3/scales/pair", headers=_h(rng, **b), body={
            "serial": SCALE["serial"], "mac": SCALE["mac"], "firmware": SCALE["fw"],
            "model": SCALE["model"], "hw": SCALE["hw"], "pairingCode": L("731229", CRED),
            "rssi": -58, "household": L(HH, UID)}),
        case(f, f"{a}/v3/scales/{SCALE['serial']}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "password": L(WIFI_PASS, CRED),
            "security": "WPA2-PSK", "channel": 36, "scaleMac": SCALE["mac"]}),
        case(f, f"{a}/v3/measurements", headers=_h(rng, **b), body={
            "profileId": L(JANE["pid"], UID), "weightKg": L(63.4, FIT), "bia": False,
            "pregnancyMode": L(True, PREG), "scale": SCALE["serial"],
            "measuredAt": 1765290120, "clientId": rid(rng)}),
        raw(f, f"{a}/v3/measurements/pb", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/measurements/impedance", fmt="msgpack", headers=_h(rng, **b), body={
            "profileId": L(DAN["pid"], UID), "electrodes": 8,
            "segments": L(impedance(rng), FIT), "scale": SCALE["serial"]}),
        case(f, f"{a}/v3/measurements/sync", gz=True, headers=_h(rng, **b), body={
            "scale": SCALE["serial"], "readings": kids, "pending": 0}),
        case(f, f"{a}/v3/measurements/{obj(rng, 'm', 10)}/assign", fmt="form",
             headers=_h(rng, **b), body={"profileId": L(AVA["pid"], UID), "reason": "ambiguous",
                                         "weightKg": L("23.8", FIT)}),
        case(f, f"{a}/v3/goals", headers=_h(rng, **b), body={
            "profileId": L(DAN["pid"], UID), "targetKg": L(80.0, FIT),
            "targetFatPct": L(18.0, FIT), "by": "2026-04-01"}),
        growth,
        note,
        case(f, f"{a}/v3/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "profileId": L(JANE["pid"], UID), "steps": L([7412, 5120, 8833], FIT),
            "restingHr": L([66, 68, 67], FIT), "source": "com.google.android.apps.healthdata"}),
        avatar,
        at_path(case(f, f"{a}/v3/households/{HH}/invites", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "email": L(HUSBAND[3], MAIL), "role": "adult",
            "profileId": L(DAN["pid"], UID)}), HH, UID),
        case(f, f"{a}/v3/scales/{SCALE['serial']}/firmware", fmt="form", headers=_h(rng, **b),
             body={"from": "4.2.6", "to": SCALE["fw"], "nonce": opaque(rng, "", 16),
                   "scaleBattery": "64", "durationMs": "48211"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("weigh_in", 1, profiles=4), ev("goal_set", 2),
                ev("screen", 3, screen=L("FamilyDashboard", USAGE))]}),
        case(f, f"{a}/v3/trends", headers=_h(rng, how="none"),
             query={"profile": L(JANE["pid"], UID), "range": "90d"},
             cookies={"hw_session": L(opaque(rng, "", 40), CRED), "hw_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/billing/play", headers=_h(rng, **b), body={
            "sku": L("heftwise_family_plus_yearly", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/scales/{SCALE['serial']}/diagnostics", headers=_h(rng, **b), body={
            "scaleIp": "192.168.1.57", "scaleMac": SCALE["mac"], "homeSsid": L(SSID, WIFI),
            "wifiRssi": -61, "uptimeS": 884120, "errors": ["E21", "E07"],
            "phoneIp": L(LOCAL_IP, DEV), "phoneModel": L("Pixel 8", DEV)}),
    ]


def heftwise_sdks() -> list[Case]:
    rng = random.Random(5032)
    return [
        sm_batch(APP, rng, [("Weigh In", {"profiles": 4, "bia": False}),
                            ("Goal Set", {"targetKg": L(80.0, FIT)})]),
        sm_screen(APP, rng, "Onboarding Scale Type", {"step": 2, "variant": "a"}),
        tw_open(APP, rng, first=True),
        tw_event(APP, rng, "subscribe", {"plan": "family_plus"}, revenue=79.99),
        cw_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [cw_crumb("nav", "Dashboard -> PairScale"),
                  cw_crumb("log", "gatt", {"serial": SCALE["serial"], "mac": SCALE["mac"]})],
                 screen="PairScaleActivity"),
        fb_eval(APP, rng, {"familyPlan": True, "profiles": 4}),
        bt_register(APP, rng, tags={"plan": "family", "pregnancyMode": L("on", PREG)}),
        ag_status(APP, rng, {"analytics": True, "marketing": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "79.99"),
        al_attach(APP, rng, L(PNG, MEDIA), "scale_error.png", "image/png"),
    ]
