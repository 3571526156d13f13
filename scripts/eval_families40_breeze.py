"""Asthma tracker "Breezecap" with a Bluetooth inhaler cap: sign-up with her diagnosis, a log-in,
``/me``, her medicines, pairing the cap and its home hub (the home Wi-Fi), a cap sync in
schema-less protobuf (a puff with its place), the puff log, peak flow, symptoms, triggers, the
Asthma Control Test, air quality at her position, a photo of her written action plan, a report
shared with her pulmonologist, a refill, dose reminders, an emergency contact, a Health Connect
import, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
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
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families40_kit import CAP, CONTROLLER, PHARMACY, PULMO, RESCUE, home, obj
from eval_families40_sdk import ab_event, ab_install, ek_batch, ek_queue, fh_crumb, fh_report
from eval_families40_svc import cm_status, fb_eval, mf_geocode, pc_card, pw_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, case

APP = App("breezecap", "Breezecap", "com.example.breezecap", "2.7.1",
          "https://api.breezecap.example.com")
IID = "X-Breeze-Install"
PW = "Inhale-Calm-58"
PARK_AT = (40.785092, -73.968311)  # where she used her rescue inhaler on a run (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def breezecap() -> list[Case]:
    rng = random.Random(4021)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(4)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, CAP["serial"]), (3, CAP["fw"]),
               (4, [(1, 1765331220), (2, L(round(PARK_AT[0], 6), PRECISE)),
                    (3, L(round(PARK_AT[1], 6), PRECISE)), (4, L(2, MED)),
                    (5, L(RESCUE[0], MED))]),
               (5, CAP["battery"]), (6, L(INSTALL_ID, DID))], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "zip": L(ZIP, COARSE), "diagnosis": L("moderate persistent asthma", MED),
            "diagnosedYear": L(2009, MED), "smoker": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "breezecap-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"items": [
            {"name": L(RESCUE[0], MED), "dose": L(RESCUE[1], MED), "role": L("rescue", MED)},
            {"name": L(CONTROLLER[0], MED), "dose": L(CONTROLLER[1], MED),
             "role": L("controller", MED), "puffsPerDose": L(2, MED)}]}),
        case(f, f"{a}/v1/caps", headers=_h(rng, **b), body={
            "serial": CAP["serial"], "ble": CAP["ble"], "firmware": CAP["fw"],
            "model": CAP["model"], "battery": CAP["battery"], "medication": L(RESCUE[0], MED),
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/hubs/provision", fmt="form", headers=_h(rng, **b), body={
            "hub": "BZH-1-0091244", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "wifiPassword": L("Maple-Window-41", CRED), "security": "wpa2"}),
        raw(f, f"{a}/v1/caps/{CAP['serial']}/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/puffs", headers=_h(rng, **b), body={"puffs": [
            {"at": "2025-12-09T07:02:11-05:00", "medication": L(CONTROLLER[0], MED),
             "count": L(2, MED), "lat": hla, "lon": hlo},
            {"at": "2025-12-09T17:47:00-05:00", "medication": L(RESCUE[0], MED),
             "count": L(2, MED), "lat": L(round(PARK_AT[0], 5), PRECISE),
             "lon": L(round(PARK_AT[1], 5), PRECISE), "trigger": L("exercise", MED)}]}),
        case(f, f"{a}/v1/peakflow", fmt="form", headers=_h(rng, **b), body={
            "value": L("360", MED), "personalBest": L("430", MED), "zone": L("yellow", MED),
            "takenAt": "2025-12-09T07:00:00-05:00"}),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "date": "2025-12-09", "nightWaking": L(True, MED), "cough": L(3, MED),
            "wheeze": L(2, MED), "chestTightness": L(1, MED),
            "note": L("Woke at 3am wheezing after the radiator came on", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/triggers", headers=_h(rng, **b), body={
            "triggers": [L("cold air", MED), L("cats", MED), L("wildfire smoke", MED),
                         L("exercise", MED)], "petAtHome": False}),
        case(f, f"{a}/v1/act", headers=_h(rng, **b), body={
            "answers": L([3, 2, 3, 4, 3], MED), "score": L(15, MED), "version": "ACT-12+"}),
        case(f, f"{a}/v1/air", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "fields": "aqi,pm25,o3,pollen"}),
        case(f, f"{a}/v1/air/exposures", headers=_h(rng, **b), body={
            "lat": L(round(PARK_AT[0], 4), PRECISE), "lon": L(round(PARK_AT[1], 4), PRECISE),
            "aqi": 112, "pm25": 38.1, "pollen": "high", "tempC": -2.5, "station": "NYC-CP-07"}),
        multipart(f, f"{a}/v1/action-plan", [
            ("photo", "action_plan.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("plan", None, "application/json", {
                "doctor": L(PULMO[0], NAMEC), "greenPuffs": L(2, MED),
                "redInstructions": L("4 puffs albuterol, call 911 if no relief in 20 min",
                                     f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(PULMO[0], NAMEC), "recipientEmail": L(PULMO[2], MAIL),
            "recipientPhone": L(PULMO[1], TEL), "range": "90d", "include": "puffs,peakflow,act"}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "rx": L("RX8830417", MED), "medication": L(CONTROLLER[0], MED),
            "pharmacy": {"id": PHARMACY["id"], "name": PHARMACY["name"],
                         "phone": PHARMACY["phone"], "lat": PHARMACY["lat"],
                         "lon": PHARMACY["lon"]}, "copay": L("15.00", BUY)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "medication": L(CONTROLLER[0], MED), "times": "08:00,20:00",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
            "relation": "brother", "notifyOnRedZone": True}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7420, 10112, 3980], FIT), "restingHr": L([64, 62, 66], FIT),
            "spo2": L([97, 96, 95], MED), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "sessionId": obj(rng, "ses", 12), "events": [
                ev("puff_synced", 1, n=2), ev("peakflow_logged", 2),
                ev("screen", 3, screen=L("AirQuality", USAGE))]}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="nodash"), query={"days": "30"},
             cookies={"bz_session": L(opaque(rng, "", 44), CRED), "bz_cmp": "1"}),
    ]



def breezecap_sdks() -> list[Case]:
    rng = random.Random(4022)
    return [
        ek_batch(APP, rng, [("Puff Logged", {"kind": L("rescue", MED), "count": L(2, MED)}),
                            ("Peak Flow Logged", {"zone": L("yellow", MED)})],
                 at=(LAT, LON), nd=2),
        ek_queue(APP, rng, [("Cap Disconnected", {"secs": 40}),
                            ("Air Alert Opened", {"aqi": 112})]),
        ab_install(APP, rng, first=False, user=True, opens=23),
        ab_event(APP, rng, "subscribe_plus", {"plan": "plus_yearly"}, revenue=29.99,
                 hashed=True),
        fh_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [fh_crumb("nav", "Home -> CapSync"),
                   fh_crumb("log", "gatt timeout", {"cap": CAP["serial"]})],
                  screen="CapSyncActivity"),
        fb_eval(APP, rng, {"severity": L("moderate", MED), "hasCap": True}),
        pw_register(APP, rng, tags={"controller": L(CONTROLLER[0], MED)}),
        cm_status(APP, rng, {"analytics": True, "ads": False}),
        pc_card(APP, rng, email=True),
        mf_geocode(APP, rng, "pharmacy open late", SEARCH, near=(LAT, LON), nd=3),
    ]
