"""Period and fertility tracker "Ovelle" synced with a basal thermometer (a band worn at night):
sign-up (the goal, the cycle), an OAuth password grant, ``/me``, pairing the thermometer, the
nightly temperatures (msgpack) and last night's raw curve (protobuf, packed floats), a day's
log, cycle insights, a pregnancy test's photo, the partner invited, a Health Connect import
(gzip), reminders, a community post, an article search, a report for her doctor, pregnancy mode,
the thermometer's firmware check, devices, events, a Play purchase, an export and the calendar
by a cookie-authenticated GET. Banner ads on the free tier."""

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
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families35_kit import CYCLE_START, THERMO, basal
from eval_families35_sdk import (
    aw_session,
    bt_bid,
    bt_notice,
    cl_crumb,
    cl_notify,
    sl_batch,
    sl_identify,
)
from eval_families35_svc import as_save, cb_message, fw_eval, pf_opened, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ovelle", "Ovelle", "com.example.ovelle", "7.2.0", "https://api.ovelle.example.com")
IID = "X-Ovelle-Install"
PW = "Fennel.Orbit.31"
DOCTOR = ("Dr. Naomi Feld", "n.feld@gramercyobgyn.example.com")  # her gynaecologist, typed


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _night(rng: random.Random) -> Case:
    """Last night's raw curve (schema-less protobuf): the thermometer (a negative), the user,
    the night, the temperatures as packed float32 and the nightly basal value."""
    temps = [round(36.52 + rng.uniform(-0.12, 0.12), 2) for _ in range(48)]
    lab: dict[str, str] = {}
    data = pb([(1, THERMO["serial"]), (2, L(USER_ID, UID)), (3, "2025-12-09"),
               (4, L(struct.pack(f"<{len(temps)}f", *temps), MED)), (5, L(36.61, MED)),
               (6, 96)], "", lab)
    return raw(APP.fam, f"{APP.api}/api/v1/temperatures/raw", data, "application/x-protobuf",
               lab, headers=_h(rng, auth="bearer"))


def ovelle() -> list[Case]:
    rng = random.Random(3561)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="premium"))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/api/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "birth_year": L(1991, BIRTH),
            "goal": L("trying_to_conceive", SENS), "avg_cycle_length": L(29, MED),
            "avg_period_length": L(5, MED), "last_period_start": L(CYCLE_START, MED)}),
        case(f, f"{a}/api/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ovelle-android"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/thermometer/pair", headers=_h(rng, **b), body={
            "serial": THERMO["serial"], "ble_address": THERMO["ble"], "fw": THERMO["fw"],
            "model": THERMO["model"], "passkey": L("204418", CRED),
            "phone_name": L("Jane's Pixel 8", f"{DEV}|{NAMEC}")}),
        case(f, f"{a}/api/v1/temperatures", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "thermometer": THERMO["serial"],
            "readings": L(basal(rng, 16), MED), "unit": "C"}),
        _night(rng),
        case(f, f"{a}/api/v1/days/2025-12-09", headers=_h(rng, **b), body={
            "flow": L("none", MED), "symptoms": [L("cramps", MED), L("breast tenderness", MED)],
            "mood": L("anxious", MED), "cervical_mucus": L("egg_white", MED),
            "lh_test": L("positive", MED),
            "sex": {"had": L(True, SENS), "protected": L(False, SENS)},
            "note": L("LH peak this morning, fingers crossed", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/insights", headers=_h(rng, **b), query={
            "cycle_day": L("16", MED), "phase": L("fertile", MED), "lang": "en"}),
        multipart(f, f"{a}/api/v1/tests/pregnancy", [
            ("photo", "test_1765321.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"result": L("faint_positive", SENS),
                                                 "dpo": L(11, MED), "brand": "generic"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/partner/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "share": ["fertile_window", "period"]}),
        case(f, f"{a}/api/v1/health-connect/import", gz=True, headers=_h(rng, **b), body={
            "sleep_minutes": [L(m, FIT) for m in (412, 388, 451, 397)],
            "resting_hr": L([58, 61, 59, 60], FIT), "weight_kg": L(61.2, FIT),
            "steps": L(8412, FIT), "source": "com.example.wearable"}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "temperature": "06:30", "period": "true",
            "label": L("Wear the band before bed", TEXT)}),
        case(f, f"{a}/api/v1/community/posts", headers=_h(rng, **b), body={
            "forum": L("ttc-over-30", SENS),
            "text": L("Cycle 7 of trying, temps finally stayed up after ovulation",
                      f"{TEXT}|{SENS}"), "anonymous": True}),
        case(f, f"{a}/api/v1/articles/search", headers=_h(rng, **b), query={
            "q": L("spotting in the luteal phase", SEARCH), "limit": "10"}),
        case(f, f"{a}/api/v1/doctor-report", headers=_h(rng, **b), body={
            "doctor_name": L(DOCTOR[0], NAMEC), "doctor_email": L(DOCTOR[1], MAIL),
            "cycles": 6, "include_temperatures": True,
            "notes": L("Two cycles with spotting before my period", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/settings/pregnancy-mode", fmt="form", headers=_h(rng, **b),
             body={"enabled": L("false", SENS)}),
        case(f, f"{a}/api/v1/thermometer/firmware", headers=_h(rng, **b), body={
            "serial": THERMO["serial"], "fw": THERMO["fw"], "battery": 71,
            "hw_rev": "C"}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("temperature_synced", 1, nights=16), ev("day_logged", 2,
                                                           cycle_day=L(16, MED)),
                ev("screen", 3, screen=L("Chart", USAGE))]}),
        case(f, f"{a}/api/v1/billing/verify", headers=_h(rng, **b), body={
            "product": L("ovelle_premium_12m", BUY), "order": L("GPA.3372-1190-2281-40917", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/export", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "format": "csv", "range": "all"}),
        case(f, f"{a}/api/v1/calendar", query={"month": "2025-12"},
             headers=_h(rng, how="none"),
             cookies={"ov_sess": L(opaque(rng, "", 40), CRED),
                      "ov_inst": L(INSTALL_ID, DID)}),
    ]
    return cases


def ovelle_sdks() -> list[Case]:
    rng = random.Random(3562)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}}
    return [
        sl_batch(APP, rng, [("Temperature Synced", {"nights": 16}),
                            ("Day Logged", {"cycle_day": L(16, MED), "lh": L("positive", MED)})]),
        sl_identify(APP, rng, {"goal": L("ttc", SENS), "age": L(34, BIRTH),
                               "plan": "premium"}),
        aw_session(APP, rng, first=True),
        bt_bid(APP, rng, banner, keywords=L("fertility,ovulation,ttc", SENS)),
        bt_notice(APP, rng, "imp"),
        cl_notify(APP, rng, ("android.bluetooth.BluetoothException", "GATT error 133"),
                  [cl_crumb("navigation", "Chart -> Thermometer"),
                   cl_crumb("log", "ble", {"serial": THERMO["serial"], "rssi": -81})],
                  ctx="ThermometerActivity"),
        fw_eval(APP, rng, {"goal": L("ttc", SENS), "thermometer": True}),
        pf_register(APP, rng, tags={"goal": L("ttc", SENS), "cycle_day": L(16, MED)}),
        pf_opened(APP, rng),
        as_save(APP, rng, {"analytics": True, "ads": True, "health_data_ads": False}),
        cb_message(APP, rng, L("The band didn't sync last night, my chart has a gap", TEXT),
                   {"plan": "premium", "thermometer_fw": THERMO["fw"]}),
    ]
