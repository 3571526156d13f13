"""PCOS and fertility coach "Ovumira" with a smart basal thermometer: sign-up, a password
grant, ``/me``, the PCOS profile, medicines, pairing the thermometer, basal temperatures (gzip
JSON and the thermometer's protobuf sync), the cycle, an LH strip photo, intercourse timing,
daily symptoms (msgpack), lab results, a positive pregnancy test, a report shared with her
doctor, a clinic visit, a coach chat, a search, a meal photo, a subscription, a Health Connect
import, push, events and the chart by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families57_kit import FERT_CLINIC, REI_DOC, THERMO, bbt, obj
from eval_families57_sdk import gw_crash, gw_crumb, me_batch, me_queue, tb_event, tb_session
from eval_families57_svc import bm_register, ov_save, ph_message, sf_eval, tl_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ovumira", "Ovumira", "com.example.ovumira", "5.2.1",
          "https://api.ovumira.example.com")
IID = "X-Ovumira-Install"
PW = "Saffron-Moth-19"
PREG = f"{SENS}|{MED}"  # a pregnancy: a sensitive trait and a health fact


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def ovumira() -> list[Case]:
    rng = random.Random(5721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="coach_plus"))}
    b = {"auth": "bearer"}
    temps = bbt(rng, 28)
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, THERMO["serial"]),
               (3, [(1, L(36.71, MED)), (2, 1765265400), (3, 81)]),
               (4, L(struct.pack("<7f", *temps[-7:]), MED)), (5, THERMO["fw"])], "", lab)
    return [
        case(f, f"{a}/api/v2/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "date_of_birth": L(DOB, BIRTH), "goal": L("trying_to_conceive", MED),
            "marketing_opt_in": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ovumira-android", "scope": "openid profile"}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profile/pcos", headers=_h(rng, **b), body={
            "diagnosed": L(True, MED), "diagnosed_year": L(2021, MED),
            "rotterdam_criteria": [L("oligo_ovulation", MED), L("polycystic_ovaries", MED)],
            "symptoms": [L("irregular_cycles", MED), L("acne", MED), L("hirsutism", MED)],
            "ferriman_gallwey": L(11, MED), "avg_cycle_days": L(41, MED),
            "height_cm": L(168, FIT), "weight_kg": L(74.2, FIT), "waist_cm": L(84, FIT)}),
        case(f, f"{a}/api/v2/medications", headers=_h(rng, **b), body={
            "items": [{"name": L("Metformin", MED), "dose": L("500 mg twice daily", MED)},
                      {"name": L("Letrozole", MED), "dose": L("2.5 mg cycle days 3-7", MED)},
                      {"name": L("Myo-inositol", MED), "dose": L("2 g", MED)}],
            "reminders": True}),
        case(f, f"{a}/api/v2/devices/thermometer", headers=_h(rng, **b), body={
            "serial": THERMO["serial"], "ble_address": THERMO["ble"], "firmware": THERMO["fw"],
            "model": THERMO["model"], "battery_pct": 81, "phone_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/bbt/readings", gz=True, headers=_h(rng, **b), body={
            "unit": "C", "from": "2025-11-12", "readings": L(temps, MED),
            "thermometer": THERMO["serial"], "measured_orally": True}),
        raw(f, f"{a}/api/v2/bbt/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/cycles", headers=_h(rng, **b), body={
            "period_start": L("2025-11-12", MED), "flow": L("heavy", MED),
            "cervical_fluid": L("egg_white", MED), "cycle_day": L(27, MED),
            "entry_id": obj(rng, "cyc", 8)}),
        multipart(f, f"{a}/api/v2/lh-tests", [
            ("strip", "lh_strip.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("result", None, "application/json", {"read": L("positive", MED),
                                                  "ratio": L(1.12, MED), "brand": "generic"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/cycles/days/2025-12-08", fmt="form", headers=_h(rng, **b), body={
            "intercourse": L("true", MED), "protected": L("false", MED), "time": "night"}),
        case(f, f"{a}/api/v2/symptoms", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "mood": L("anxious", MED), "acne": L(2, MED),
            "cramps": L(1, MED), "bloating": L(True, MED), "sleep_h": L(6.5, FIT)}),
        case(f, f"{a}/api/v2/labs", headers=_h(rng, **b), body={
            "drawn": "2025-11-28", "amh_ng_ml": L(7.9, MED), "total_testosterone": L(61, MED),
            "lh_fsh_ratio": L(2.6, MED), "fasting_insulin": L(14.1, MED),
            "lab": "Quest-like Labs #4410"}),
        case(f, f"{a}/api/v2/pregnancy-tests", headers=_h(rng, **b), body={
            "date": "2025-12-22", "result": L("positive", PREG), "dpo": L(14, PREG),
            "note": L("Two lines!! Calling Dr. Raman tomorrow", f"{TEXT}|{PREG}|{NAMEC}")}),
        case(f, f"{a}/api/v2/share", fmt="form", headers=_h(rng, **b), body={
            "recipient_name": L(REI_DOC[0], NAMEC),
            "recipient_email": L("p.raman@hudsonfertility.example.com", MAIL),
            "recipient_phone": L(REI_DOC[1], TEL), "include": "bbt,cycles,labs"}),
        case(f, f"{a}/api/v2/visits", headers=_h(rng, **b), body={
            "clinic": {k: FERT_CLINIC[k] for k in ("id", "name", "phone", "lat", "lon")},
            "slot": "2025-12-29T10:15", "reason": L("early pregnancy scan", PREG),
            "copay": L("40.00", BUY)}),
        case(f, f"{a}/api/v2/coach/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("Metformin makes me nauseous in the mornings, should I take it with dinner?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/search", headers=_h(rng, **b), query={
            "q": L("letrozole side effects", f"{SEARCH}|{MED}"), "type": "articles"}),
        multipart(f, f"{a}/api/v2/meals", [
            ("photo", "lunch.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meal", None, "application/json", {"type": "lunch", "carbs_g": L(38, FIT),
                                                "kcal": L(520, FIT), "gi": "low"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/billing/play", headers=_h(rng, **b), body={
            "product_id": L("coach_plus_yearly", BUY),
            "order_id": L("GPA.3381-2207-5519-44820", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/api/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 5530, 9981], FIT), "sleep_min": L([401, 388, 430], FIT),
            "weight_kg": L(74.0, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/api/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("bbt_synced", 1, n=7), ev("lh_positive_logged", 2),
                ev("screen", 3, screen=L("FertileWindow", USAGE))]}),
        case(f, f"{a}/api/v2/chart", headers=_h(rng, how="nodash"),
             cookies={"ovm_session": L(opaque(rng, "", 40), CRED),
                      "ovm_tz": L("America/New_York", DEV)}),
    ]


def ovumira_sdks() -> list[Case]:
    rng = random.Random(5722)
    return [
        me_batch(APP, rng, [("Temperature Synced", {"cycle_day": L(27, MED)}),
                            ("LH Test Logged", {"result": L("positive", MED)})]),
        me_queue(APP, rng, [("Thermometer Disconnected", {"secs": 14}),
                            ("Reminder Opened", {"kind": "bbt"})]),
        tb_session(APP, rng, user=True, n=34),
        tb_event(APP, rng, "subscribe", {"plan": "coach_plus_yearly"}, revenue=89.99,
                 hashed=True),
        gw_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [gw_crumb("navigation", "Today -> Thermometer"),
                  gw_crumb("log", "ble read", {"serial": THERMO["serial"]})],
                 screen="ThermometerActivity"),
        sf_eval(APP, rng, {"goal": L("trying_to_conceive", MED), "plan": "coach_plus"},
                hdr=True),
        bm_register(APP, rng, tags={"goal": L("ttc", MED), "cycle_phase": L("luteal", MED)}),
        ov_save(APP, rng, {"analytics": True, "ads": False, "health_research": False}, user=True),
        tl_card(APP, rng, email=True),
        ph_message(APP, rng, L("My thermometer stopped syncing after the update", TEXT),
                   {"plan": "coach_plus", "thermometer_fw": THERMO["fw"]}),
    ]
