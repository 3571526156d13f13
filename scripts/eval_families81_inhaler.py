"""Smart inhaler-cap asthma tracker "Dempuff": sign-up and log-in, ``/me``, the asthma profile
(diagnosis, triggers, ACT), medicines, pairing the cap, the cap's actuation log (msgpack), rescue
puffs with where she took them, a protobuf cap sync, peak flows, a symptom diary, air quality by
her position, pollen by ZIP in the path, a cough recording, the written action plan's photo, a
report shared with her pulmonologist, a message to the care team, a refill, the insurance card,
a Health Connect import, reminders, push, events and a cookie GET."""

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
    F32,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families81_kit import (
    CAP,
    CONTROLLER,
    FIT,
    PHARMACY_AT,
    PULMO,
    RESCUE,
    home,
    obj,
    puffs,
)
from eval_families81_sdk import (
    iz_event,
    iz_open,
    qs_crash,
    qs_crumb,
    qs_session,
    sq_batch,
    sq_queue,
)
from eval_families81_svc import bg_eval, hb_register, kc_attach, tk_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("dempuff", "Dempuff", "com.example.dempuff", "2.11.0", "https://api.dempuff.example.com")
IID = "X-Dempuff-Install"
PW = "Breathe-Easy-4417"
MEMBER = "WBX903318827"  # her health-insurance member ID (health.medical)
RX = "RX-6604127"  # her prescription number at the pharmacy (health.medical)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def dempuff() -> list[Case]:
    rng = random.Random(8121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="plus"))}
    la, lo = home(4)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, CAP["serial"]), (3, 81),
               (4, [(1, 1765290911), (2, L("R", MED)), (3, F32(41.5))]),
               (5, [(1, 1765301277), (2, L("C", MED)), (3, F32(37.0))])], "", lab)
    pollen = at_path(case(f, f"{a}/v2/pollen/{ZIP}", headers=_h(rng, **b),
                          query={"days": "3"}), ZIP, COARSE)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("F", GENDER),
            "zip": L(ZIP, COARSE), "phone": L(NATIONAL, TEL), "marketingOptIn": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dempuff-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile/asthma", headers=_h(rng, **b), body={
            "diagnosis": L("moderate persistent asthma", MED), "diagnosedYear": L(2009, MED),
            "triggers": [L("cold air", MED), L("cats", MED), L("exercise", MED)],
            "act": {"items": L([3, 4, 2, 3, 4], MED), "total": L(16, MED)},
            "smoker": L(False, MED), "heightCm": L(168, FIT), "weightKg": L(70.8, FIT)}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={
            "rescue": {"name": L(RESCUE["name"], MED), "dose": L(RESCUE["dose"], MED),
                       "puffs": L(RESCUE["puffs"], MED)},
            "controller": {"name": L(CONTROLLER["name"], MED), "dose": L(CONTROLLER["dose"], MED),
                           "schedule": L(CONTROLLER["schedule"], MED)}}),
        case(f, f"{a}/v2/caps", headers=_h(rng, **b), body={
            "serial": CAP["serial"], "ble": CAP["ble"], "firmware": CAP["fw"],
            "model": CAP["model"], "battery": 81, "phoneInstall": L(INSTALL_ID, DID),
            "attachedTo": "rescue"}),
        case(f, f"{a}/v2/caps/{CAP['serial']}/log", fmt="msgpack", headers=_h(rng, **b), body={
            "cap": CAP["serial"], "events": L(puffs(rng, 8), MED), "clockDriftMs": 412}),
        case(f, f"{a}/v2/puffs/rescue", headers=_h(rng, **b), body={"puffs": [
            {"t": 1765290911, "count": L(2, MED), "lat": L(40.74177, PRECISE),
             "lon": L(-73.98925, PRECISE), "acc": 11},
            {"t": 1765301277, "count": L(1, MED), "lat": L(40.75061, PRECISE),
             "lon": L(-73.99342, PRECISE), "acc": 8}], "cap": CAP["serial"]}),
        raw(f, f"{a}/v2/caps/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/peakflow", fmt="form", headers=_h(rng, **b), body={
            "pef": L("340", MED), "personalBest": L("430", MED), "zone": L("yellow", MED),
            "takenAt": "2025-12-09T07:12:00-05:00"}),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "nightWaking": L(2, MED), "cough": L(True, MED),
            "activityLimited": L(True, MED),
            "notes": L("Tight chest after the run in the cold, used rescue twice",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/air", headers=_h(rng, **b), query={
            "lat": la, "lon": lo, "pollutants": "pm25,o3,no2"}),
        pollen,
        multipart(f, f"{a}/v2/cough", [
            ("audio", "cough_0712.m4a", "audio/mp4", L(M4A + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"durationMs": 9100, "gainDb": 6})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/action-plan", [
            ("photo", "plan.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"source": "camera", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(PULMO[0], NAMEC), "recipientPhone": L(PULMO[1], TEL),
            "recipientEmail": L("r.aguilar@chelsealung.example.com", MAIL),
            "range": "90d", "include": "puffs,peakflow,act"}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "nurse_line",
            "text": L("Using albuterol 4 times a day this week, should I step up the controller?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "rx": L(RX, MED), "drug": L(CONTROLLER["name"], MED),
            "pharmacy": {"id": "ph_1193", "name": "Madison Square Pharmacy",
                         "phone": "+12125550131", "lat": PHARMACY_AT[0], "lon": PHARMACY_AT[1]},
            "copay": L("15.00", BUY), "pickup": "2025-12-11"}),
        multipart(f, f"{a}/v2/insurance", [
            ("card", "card_front.jpg", "image/jpeg", L(JPEG + b"\x84", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER, MED), "group": "G-77120",
                                                "payer": "Brightwell Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7021, 5530, 9902], FIT), "restingHr": L([64, 66, 63], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "controllerAm": "08:00", "controllerPm": "20:00", "tz": L("America/New_York", DEV),
            "carryCheck": "1"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("puff_logged", 1, kind="rescue"), ev("cap_synced", 2),
                ev("screen", 3, screen=L("Trends", USAGE))]}),
        case(f, f"{a}/v2/trends", headers=_h(rng, how="nodash"),
             cookies={"dp_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def dempuff_sdks() -> list[Case]:
    rng = random.Random(8122)
    return [
        sq_batch(APP, rng, [("Rescue Puff Logged", {"count": L(2, MED)}),
                            ("ACT Completed", {"score": L(16, MED)})], at=(LAT, LON), nd=2),
        sq_queue(APP, rng, [("Cap Disconnected", {"minutes": 14}),
                            ("Bluetooth Enabled", {})]),
        iz_open(APP, rng, user=True),
        iz_event(APP, rng, "subscribe_plus", {"plan": "annual"}, revenue=39.99, hashed=True),
        qs_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [qs_crumb("nav", "Home -> PairCap"),
                  qs_crumb("log", "gatt connect", {"serial": CAP["serial"]})],
                 screen="PairCapActivity"),
        qs_session(APP, rng, secs=288),
        bg_eval(APP, rng, {"severity": L("moderate", MED), "hasCap": True}),
        hb_register(APP, rng, tags={"controller": "yes"}, at=(LAT, LON), nd=2),
        tk_confirm(APP, rng, "39.99"),
        kc_attach(APP, rng, L(JPEG + b"\x85", MEDIA), "cap_crack.jpg", "image/jpeg"),
    ]
