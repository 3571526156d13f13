"""Blood-pressure diary "Cuffnote" (free tier with banner ads): a Bluetooth cuff's readings
(protobuf), manual entries, medicines, a report shared with the user's cardiologist, a Health
Connect import, a risk questionnaire, reminders."""

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
    MAIL,
    MED,
    NAMEC,
    PEOPLE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import T0, App, opaque, play_token, pos
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families25_kit import CUFF, DOCTOR, PRACTICE_AT, PRACTICE_PHONE
from eval_families25_sdk import (
    cove_bid,
    cove_notice,
    gauge_batch,
    gauge_identify,
    moth_crumb,
    moth_event,
    ref_event,
    ref_open,
)
from eval_families25_svc import bell_register, cons_save, smith_directions
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cuffnote", "Cuffnote", "com.example.cuffnote", "2.9.0",
          "https://api.cuffnote.example.com")
IID = "X-Device-Id"
FIT = "health.fitness"
READINGS = [(1765260000, 142, 91, 74, 0), (1765281600, 136, 88, 71, 0),
            (1765303200, 151, 97, 83, 1)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _sync(rng: random.Random) -> Case:
    """The cuff's memory synced as schema-less protobuf: readings are repeated field 2
    (systolic, diastolic and the irregular-beat flag medical, the pulse fitness)."""
    rows = [(2, [(1, t), (2, s), (3, d), (4, p), (5, irr), (6, "left")])
            for t, s, d, p, irr in READINGS]
    data = pb([(1, L(USER_ID, UID)), *rows, (3, CUFF["serial"]), (4, CUFF["fw"])], "", {})
    labels = {"1": UID}
    for i in range(len(READINGS)):
        labels.update({f"2[{i}].2": MED, f"2[{i}].3": MED, f"2[{i}].4": FIT, f"2[{i}].5": MED})
    return raw(APP.fam, f"{APP.api}/v1/readings/sync", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def cuffnote() -> list[Case]:
    rng = random.Random(2531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="free"))}
    lat2, lon2 = pos(2)
    queue = [{"uid": L(USER_ID, UID), "event": L(n, USAGE), "ts": (T0 + 61 * i) * 1000,
              "props": p} for i, (n, p) in enumerate([
                  ("app_open", {"cold": True}), ("reading_saved", {"source": "cuff"}),
                  ("trend_viewed", {"range": "30d"}), ("app_background", {})])]
    cases = [
        case(f, f"{a}/v1/auth/magic-link", headers=_h(rng),
             body={"email": L(EMAIL_UPPER, MAIL), "redirect": "cuffnote://auth"}),
        case(f, f"{a}/v1/auth/magic-link/verify", headers=_h(rng), query={
            "token": L(opaque(rng, "ml_", 40), CRED), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, auth="bearer"), body={
            "birth_year": L(1991, BIRTH), "sex": L("female", GENDER),
            "height_cm": L(168, FIT), "weight_kg": L(64.5, FIT),
            "conditions": [L("hypertension", MED), L("type 2 diabetes", MED)],
            "medications": [{"name": L("Amlodipine", MED), "dose": L("5 mg", MED),
                             "schedule": "morning"},
                            {"name": L("Metformin", MED), "dose": L("500 mg", MED),
                             "schedule": "evening"}],
            "smoker": L(False, MED), "pregnant": L(False, SENS), "units": "mmHg"}),
        case(f, f"{a}/v1/cuffs/pair", headers=_h(rng, auth="bearer"),
             body=dict(CUFF, paired_at="2025-12-09T22:58:10Z", protocol="ble-bps-1.1")),
        _sync(rng),
        case(f, f"{a}/v1/readings", headers=_h(rng, auth="bearer"), body={
            "systolic": L(148, MED), "diastolic": L(94, MED), "pulse": L(78, FIT),
            "arm": "left", "position": "sitting", "measured_at": "2025-12-09T08:12:00-05:00",
            "note": L("after two coffees, felt a bit dizzy", f"{TEXT}|{MED}"),
            "tags": ["coffee", "morning"], "client_id": rid(rng)}),
        case(f, f"{a}/v1/medications/log", headers=_h(rng, auth="bearer"), body={
            "medication": L("Amlodipine 5 mg", MED), "taken_at": "2025-12-09T08:20:00-05:00",
            "status": "taken"}),
        case(f, f"{a}/v1/reports/share", headers=_h(rng, auth="bearer"), body={
            "recipient_name": L(DOCTOR[0], NAMEC), "recipient_email": L(DOCTOR[1], MAIL),
            "range": "90d", "include_notes": True, "practice_phone": PRACTICE_PHONE,
            "message": L("Readings since we raised the amlodipine dose", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/reports/export", fmt="form", headers=_h(rng, auth="bearer"),
             body={"email": L(EMAIL, MAIL), "format": "pdf", "range": "30d"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, auth="bearer"), body={
            "times": ["07:30", "21:00"], "medication": L("Metformin", MED), "sound": "chime"}),
        case(f, f"{a}/v1/health-connect/import", gz=True, headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "records": {
                 "steps": [{"date": "2025-12-08", "count": L(6412, FIT)},
                           {"date": "2025-12-09", "count": L(8120, FIT)}],
                 "weight": [{"date": "2025-12-09", "kg": L(64.3, FIT)}],
                 "blood_pressure": [{"time": "2025-12-07T21:04:00Z", "sys": L(139, MED),
                                     "dia": L(88, MED)}]}}),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[3][0], NAMEC), "phone": L(PEOPLE[3][1], TEL), "relation": "friend"}),
        lines(f, f"{a}/v1/events/queue", queue, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("cuffnote_premium_yearly", BUY),
            "order_id": L("GPA.3312-4410-8821-55102", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/readings", query={"from": "2025-11-01", "to": "2025-12-09"},
             headers=_h(rng, how="none"),
             cookies={"cn_sess": L(opaque(rng, "", 48), CRED), "cn_did": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/context/weather", headers=_h(rng, auth="bearer"),
             query={"lat": lat2, "lon": lon2, "units": "imperial"}),
        case(f, f"{a}/v1/questionnaire/risk", headers=_h(rng, auth="bearer"), body={
            "answers": {"family_history_heart_disease": L(True, MED),
                        "alcohol_units_week": L(4, MED), "exercise_days": L(2, FIT),
                        "sleep_hours": L(6.5, FIT)}, "score_version": 3}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, auth="bearer"), body={
            "text": L("Please add a home-screen widget for quick entry", TEXT),
            "app_version": APP.ver, "device": L("Pixel 8 / Android 14", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/cuffs/firmware", headers=_h(rng, auth="bearer"), query={
            "model": CUFF["model"], "fw": CUFF["fw"], "serial": CUFF["serial"]}),
    ]
    return cases


def cuffnote_sdks() -> list[Case]:
    rng = random.Random(2532)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tag": "home_banner"}
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":90}}]}',
                         "ver": "1.2"}, "tag": "trend_native"}
    return [
        gauge_batch(APP, rng, [("Reading Logged", {"source": "cuff"}),
                               ("Report Shared", {"range": "90d"})], adid=True),
        gauge_identify(APP, rng, {"plan": "free", "condition": L("hypertension", MED),
                                  "age_bracket": L("30-39", BIRTH)}),
        ref_open(APP, rng),
        ref_event(APP, rng, "SUBSCRIBE", {"revenue": L(29.99, BUY), "currency": "USD"}),
        cove_bid(APP, rng, banner, nd=2, cat=["IAB7"]),
        cove_bid(APP, rng, native, nd=None, yob=1991, gender="F", cat=["IAB7"]),
        cove_notice(APP, rng, "win"),
        moth_event(APP, rng, ("java.io.IOException", "GATT error 133"),
                   [moth_crumb("navigation", "Home -> PairCuff"),
                    moth_crumb("default", "BLE scan found 1 device")], screen="PairCuffActivity"),
        smith_directions(APP, rng, PRACTICE_AT, "transit", nd=4),
        bell_register(APP, rng, tags={"reminders": "on"}),
        cons_save(APP, rng, {"analytics": True, "advertising": True}),
    ]

