"""Sickle-cell pain-crisis diary "Dhiigcas", hers (HbSC), kept during the Mogadishu stay and
shared with her New York haematologist (unlike set 60's hydration diary and set 88's diary kept
for a daughter, this one carries a crisis passport for emergency departments, a Bluetooth pulse
oximeter's readings in protobuf, an opioid dose log and a teleconsult across time zones): sign-up
(genotype, blood group, her haematologist), an OAuth log-in, ``/me`` with a JWT, her medicines, a
crisis entry with her fix, the night's pain scores (msgpack), doses, an oximeter reading and its
pairing, a swollen hand's photo, the crisis passport and its QR, labs, fluids, her pregnancy
(hydroxyurea paused), a teleconsult, a message, weather triggers by a rounded position, the report
shared by e-mail, reminders, push, events and the entries by a cookie GET."""

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
    NATIONAL,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families17_kit import multipart as mp
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families24_kit import claims
from eval_families98_kit import HAEM, HOME_AT, HUSBAND, OXIMETER, TZ, fix, hd, obj, pain
from eval_families98_sdk import (
    fi_crash,
    fi_crumb,
    oq_event,
    oq_launch,
    th_batch,
    th_queue,
)
from eval_families98_svc import bz_register, cx_check, hd_attach, pm_card, tk_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("dhiigcas", "Dhiigcas", "com.example.dhiigcas", "2.4.0",
          "https://api.dhiigcas.example.org")
IID = "X-Dhiig-Install"
PW = "Crimson-Tide-5512"
MS = f"{MED}|{SENS}"  # a fact of her pregnancy (health and a sensitive trait)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, lang="en", **kw)


def dhiigcas() -> list[Case]:
    rng = random.Random(9821)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, email=L(EMAIL, MAIL), genotype=L("HbSC", MED)))
    b = {"auth": "bearer"}
    crisis = obj(rng, "cr", 10)
    home = pos(4)  # her New York home, set at sign-up before the trip
    cla, clo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    reading = pb([(1, L(USER_ID, UID)), (2, OXIMETER["serial"]), (3, L(94, MED)),
                  (4, L(104, FIT)), (5, [(1, L(2.034871, PRECISE)), (2, L(45.306624, PRECISE))]),
                  (6, 1765331400), (7, "wrist")], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "phone": L(NATIONAL, TEL), "genotype": L("HbSC", MED), "bloodGroup": L("O+", MED),
            "homeCity": L(CITY, COARSE), "homeZip": L(ZIP, COARSE),
            "homeLocation": {"lat": home[0], "lon": home[1]},
            "haematologist": {"name": L(HAEM[0], NAMEC), "phone": L(HAEM[1], TEL)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dhiigcas-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, jwt=jw)),
        case(f, f"{a}/v1/medicines", headers=_h(rng, **b), body={
            "items": [{"name": L("Hydroxyurea", MED), "dose": L("1000 mg daily", MED)},
                      {"name": L("Folic acid", MED), "dose": L("5 mg", MED)},
                      {"name": L("Oxycodone", MED), "dose": L("5 mg as needed", MED)}],
            "allergies": [L("penicillin", MED)]}),
        case(f, f"{a}/v1/crises", headers=_h(rng, **b), body={
            "id": crisis, "startedAt": "2025-12-09T21:40:00+03:00", "painScore": L(8, MED),
            "sites": [L("lower back", MED), L("both knees", MED)],
            "triggers": [L("heat", MED), L("dehydration", MED)], "tempC": L(38.1, MED),
            "where": {"lat": cla, "lon": clo},
            "note": L("Started after the long afternoon at the shop in the heat",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/crises/{crisis}/scores", fmt="msgpack", headers=_h(rng, **b), body={
            "scale": "nrs-11", "scores": L(pain(rng, 12), MED)}),
        case(f, f"{a}/v1/crises/{crisis}/doses", fmt="form", headers=_h(rng, **b), body={
            "drug": L("Oxycodone", MED), "mg": L("5", MED), "takenAt": "2025-12-09T22:05",
            "relief": L("partial", MED)}),
        case(f, f"{a}/v1/devices/oximeter", headers=_h(rng, **b), body={
            "serial": OXIMETER["serial"], "ble": OXIMETER["ble"], "model": OXIMETER["model"],
            "firmware": OXIMETER["fw"], "phoneInstall": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/v1/readings/spo2", reading, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        mp(f, f"{a}/v1/crises/{crisis}/photos", [
            ("photo", "hand.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "caption": L("Left hand swollen, day two", f"{TEXT}|{MED}"), "w": 1080})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/passport", headers=_h(rng, **b), body={
            "baselineHb": L(10.2, MED), "genotype": L("HbSC", MED),
            "plan": L("Give IV fluids and opioid within 60 minutes; avoid pethidine; "
                      "I am pregnant", f"{TEXT}|{MED}|{SENS}"),
            "preferredOpioid": L("morphine", MED),
            "haematologist": {"name": L(HAEM[0], NAMEC), "phone": L(HAEM[1], TEL)},
            "nextOfKin": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/passport/qr", headers=_h(rng, **b), query={
            "size": "600", "lang": L("so", DEV), "ttl": "86400"}),
        case(f, f"{a}/v1/labs", headers=_h(rng, **b), body={
            "takenOn": "2025-12-06", "lab": "Hodan Diagnostics", "hb": L(9.8, MED),
            "hbf": L(18.5, MED), "wbc": L(11.2, MED), "ferritin": L(412, MED)}),
        case(f, f"{a}/v1/fluids", fmt="form", headers=_h(rng, **b), body={
            "ml": L("500", MED), "kind": "water", "at": "2025-12-10T09:15"}),
        case(f, f"{a}/v1/pregnancy", headers=_h(rng, **b), body={
            "pregnant": L(True, MS), "weeks": L(24, MS), "hydroxyureaPaused": L(True, MED),
            "obstetricClinic": "Hodan MCH Centre"}),
        case(f, f"{a}/v1/teleconsults", headers=_h(rng, **b), body={
            "with": L(HAEM[0], NAMEC), "slot": "2025-12-15T16:00:00+03:00", "tz": L(TZ, DEV),
            "reason": L("crisis review; hydroxyurea stopped in pregnancy", MS),
            "fee": L("45.00", BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8),
            "text": L("Is morphine safe for the baby at 24 weeks if the pain comes back?",
                      f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/v1/weather/triggers", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "units": "c"}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(HAEM[0], NAMEC), "recipientEmail": L(HAEM[2], MAIL),
            "range": "30d", "include": "crises,labs,doses"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "items": [{"what": L("Folic acid", MED), "at": "08:00"},
                      {"what": "drink water", "every": "2h"}], "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("crisis_logged", 1, score=L(8, MED)), ev("passport_shown", 2),
                ev("screen", 3, screen=L("CrisisDetail", USAGE))]}),
        case(f, f"{a}/v1/crises", headers=_h(rng, how="upper"),
             cookies={"dc_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def dhiigcas_sdks() -> list[Case]:
    rng = random.Random(9822)
    return [
        th_batch(APP, rng, [("Crisis Logged", {"pain_score": L(8, MED)}),
                            ("Passport Opened", {})], locale="en_US"),
        th_queue(APP, rng, [("Oximeter Synced", {"spo2": L(94, MED)}),
                            ("Reminder Done", {"kind": "fluids"})]),
        oq_launch(APP, rng, user=True),
        oq_event(APP, rng, "subscribe_plus", {"plan": "yearly"}, revenue=29.99, hashed=True),
        fi_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [fi_crumb("nav", "Crisis -> Oximeter"),
                  fi_crumb("log", "gatt read", {"serial": OXIMETER["serial"]})],
                 screen="OximeterActivity"),
        tk_eval(APP, rng, {"genotype": L("HbSC", MED), "passport": True}),
        bz_register(APP, rng, tags={"condition": L("sickle_cell", MED)}, lang="en",
                    at=(LAT, LON), nd=3),
        cx_check(APP, rng, {"analytics": True, "ads": False}),
        pm_card(APP, rng, email=True),
        hd_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "prescription.jpg",
                  "image/jpeg"),
    ]
