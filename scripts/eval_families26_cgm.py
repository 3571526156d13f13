"""Continuous-glucose-monitor diabetes app "Glucobit": a sensor paired, glucose readings
(protobuf and a five-minute JSON series), insulin doses, meals with a photo, activity, alert
settings and an urgent-low alert, a caregiver following her readings, the clinic link, an A1C,
reports, notes, a pump link."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, T0, App, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families26_kit import CAREGIVER, ENDO_AT, ENDO_MAIL, ENDO_PHONE, MRN, SENSOR, glucose
from eval_families26_sdk import (
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    warden_session,
    wren_batch,
    wren_identify,
)
from eval_families26_svc import (
    agree_save,
    atlas_route,
    hive_upload,
    tog_eval,
    wick_register,
    wick_stat,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("glucobit", "Glucobit", "com.example.glucobit", "3.7.2",
          "https://api.glucobit.example.com")
IID = "X-Glucobit-Install"
AT_NIGHT = (40.741902, -73.989377)  # the phone when the urgent-low alert fired (her own fix)
T_READ = 1765310400  # the first reading of the synced window (epoch seconds)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _readings(rng: random.Random) -> Case:
    """Readings as schema-less protobuf: the user (1), the sensor's serial (2: a negative),
    readings (3, repeated: time 1, mg/dL 2, trend 3)."""
    vals = glucose(rng, 4, 96)
    rows = [(3, [(1, T_READ + 300 * i), (2, v), (3, ["flat", "down", "down", "flat"][i])])
            for i, v in enumerate(vals)]
    data = pb([(1, L(USER_ID, UID)), (2, SENSOR["serial"]), *rows], "", {})
    labels = {"1": UID}
    for i in range(len(vals)):
        labels.update({f"3[{i}].2": MED, f"3[{i}].3": MED})
    return raw(APP.fam, f"{APP.api}/v1/readings/batch", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def glucobit() -> list[Case]:
    rng = random.Random(2661)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), region="us"))}
    queue = [{"uid": L(USER_ID, UID), "event": L(n, USAGE), "ts": (T0 + 70 * i) * 1000,
              "props": p} for i, (n, p) in enumerate([
                  ("app_open", {"cold": False}), ("graph_viewed", {"hours": 24}),
                  ("alert_acknowledged", {"type": L("urgent_low", MED)})])]
    return [
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L("Sugar&Spice-88", CRED),
            "region": "us"}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "diabetes_type": L("type1", MED), "diagnosed_year": L(2009, MED),
            "therapy": L("mdi", MED),
            "insulins": [L("insulin lispro", MED), L("insulin glargine", MED)],
            "target_low": L(70, MED), "target_high": L(180, MED), "units": "mg/dL",
            "birth_date": L(DOB, BIRTH), "sex": L("female", GENDER)}),
        case(f, f"{a}/v1/sensors/pair", headers=_h(rng, auth="bearer"), body={
            "serial": SENSOR["serial"], "lot": SENSOR["lot"],
            "transmitter": SENSOR["transmitter"], "ble": SENSOR["ble"], "fw": SENSOR["fw"],
            "started_at": "2025-12-08T19:02:00Z", "warmup_min": 60, "site": "arm_left"}),
        _readings(rng),
        case(f, f"{a}/v1/readings", gz=True, headers=_h(rng, auth="bearer"), body={
            "sensor": SENSOR["serial"], "start": T_READ - 3 * 3600, "interval_s": 300,
            "values": L(glucose(rng, 36), MED), "calibrated": False}),
        case(f, f"{a}/v1/insulin", headers=_h(rng, auth="bearer"), body={"doses": [
            {"at": "2025-12-09T12:41:00-05:00", "units": L(4.5, MED), "kind": L("rapid", MED),
             "insulin": L("insulin lispro", MED), "client_id": rid(rng)},
            {"at": "2025-12-09T22:00:00-05:00", "units": L(18, MED), "kind": L("basal", MED),
             "insulin": L("insulin glargine", MED), "client_id": rid(rng)}]}),
        multipart(f, f"{a}/v1/meals", [
            ("photo", "lunch.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meal", None, "application/json", {
                "name": L("Pad thai with tofu", TEXT), "carbs_g": L(62, MED),
                "bolus_units": L(5.0, MED), "at": "2025-12-09T12:40:00-05:00"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/activity/import", headers=_h(rng, auth="bearer"), body={
            "source": "health_connect", "steps": L(7412, FIT),
            "workouts": [{"type": "cycling", "minutes": L(35, FIT), "kcal": L(310, FIT)}]}),
        case(f, f"{a}/v1/alerts/settings", headers=_h(rng, auth="bearer"), body={
            "urgent_low": L(55, MED), "low": L(70, MED), "high": L(250, MED),
            "quiet_hours": {"from": "23:00", "to": "06:30"}, "sound": "chime",
            "vibrate": True}),
        case(f, f"{a}/v1/alerts/events", headers=_h(rng, auth="bearer"), body={
            "type": L("urgent_low", MED), "value": L(52, MED),
            "at": "2025-12-09T03:12:00-05:00", "acknowledged": True,
            "phone_at": {"lat": L(AT_NIGHT[0], PRECISE), "lon": L(AT_NIGHT[1], PRECISE)},
            "notify_followers": True}),
        case(f, f"{a}/v1/sharing/invite", headers=_h(rng, auth="bearer"), body={
            "name": L(CAREGIVER[0], NAMEC), "email": L(CAREGIVER[2], MAIL),
            "phone": L(CAREGIVER[1], TEL), "relationship": "parent",
            "permissions": {"urgent_low": True, "readings": True, "notes": False},
            "message": L("Mom, you'll get an alert if I go low overnight", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/clinic/link", headers=_h(rng, auth="bearer"), body={
            "clinic_code": "EAST-ENDO-4471", "clinic_phone": ENDO_PHONE,
            "clinic_email": ENDO_MAIL, "patient_mrn": L(MRN, MED), "consent": True}),
        case(f, f"{a}/v1/labs", headers=_h(rng, auth="bearer"), body={
            "a1c_pct": L(6.9, MED), "date": "2025-11-20", "lab": "Example Labs"}),
        case(f, f"{a}/v1/reports/agp", query={"days": "14"}, headers=_h(rng, how="none"),
             cookies={"gb_sess": L(opaque(rng, "", 48), CRED), "gb_did": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/reports/pdf", fmt="form", headers=_h(rng, auth="bearer"), body={
            "email": L(EMAIL, MAIL), "days": "90", "include": "agp,insulin,meals"}),
        case(f, f"{a}/v1/notes", headers=_h(rng, auth="bearer"), body={
            "text": L("Site change on the left arm, two lows after spin class", f"{TEXT}|{MED}"),
            "tags": ["exercise", "site"], "at": "2025-12-09T19:30:00-05:00"}),
        case(f, f"{a}/v1/pump/link", headers=_h(rng, auth="bearer"), body={
            "pump_model": L("Example Pump X2", MED), "pump_serial": "XP2-00731845",
            "pairing": "ble"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "critical_alerts": True}),
        lines(f, f"{a}/v1/events/queue", queue, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/sensors/{SENSOR['serial']}/status", headers=_h(rng, auth="bearer")),
    ]


def glucobit_sdks() -> list[Case]:
    rng = random.Random(2662)
    return [
        wren_batch(APP, rng, [("Reading Synced", {"count": 4}),
                              ("Low Alert", {"value": L(52, MED)}),
                              ("Screen Viewed", {"name": L("Graph", USAGE)})]),
        wren_identify(APP, rng, {"diabetes_type": L("type1", MED), "therapy": L("mdi", MED),
                                 "plan": "plus"}),
        loom_launch(APP, rng, first=True),
        loom_event(APP, rng, "subscribe", {"product": L("glucobit_plus_monthly", BUY),
                                           "revenue": L(9.99, BUY)}),
        warden_report(APP, rng, ("java.util.concurrent.TimeoutException", "sensor read timeout"),
                      [warden_crumb("state", "ble connected " + SENSOR["ble"]),
                       warden_crumb("log", "sensor " + SENSOR["serial"] + " warmup done")],
                      screen="SensorActivity"),
        warden_session(APP, rng),
        tog_eval(APP, rng, {"region": "us", "predictive_low": True}),
        wick_register(APP, rng),
        wick_stat(APP, rng),
        agree_save(APP, rng, {"analytics": True, "research": False}),
        atlas_route(APP, rng, ENDO_AT, mode="auto", nd=4),
        hive_upload(APP, rng),
    ]
