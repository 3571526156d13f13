"""Epilepsy seizure diary "Ictalog" with a smartwatch that detects convulsive seizures: sign-up
with the diagnosis, a log-in, ``/me``, her medicines, pairing the watch, a seizure logged by hand
(type, length, triggers, her fix), the watch's motion window (gzip JSON) and a protobuf detection
summary, the caregiver alert (her brother, her position, a message), caregivers, a video her
brother took, doses taken and missed, a daily diary, a refill, a report shared with her
neurologist, a visit, the emergency card, a trigger search, a research consent, push, events and
the history by a cookie GET."""

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
    MP4,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
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
from eval_families42_kit import (
    CAREGIVER,
    MEDS,
    NEURO,
    SEIZURE_AT,
    WATCH,
    fix,
    motion,
    obj,
    seizures,
)
from eval_families42_sdk import (
    aw_event,
    aw_launch,
    fk_crash,
    fk_crumb,
    fk_session,
    tf_batch,
    tf_queue,
)
from eval_families42_svc import cb_check, ch_attach, fm_eval, mf_reverse, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ictalog", "Ictalog", "com.example.ictalog", "2.8.4", "https://api.ictalog.example.com")
IID = "X-Ictalog-Install"
PW = "Harbor-Kite-0915"
WM = f"{MOTION}|{MED}"  # the watch's accelerometer window: motion taken to detect a seizure


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def ictalog() -> list[Case]:
    rng = random.Random(4221)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    sid = obj(rng, "sz", 10)
    win = motion(rng, 40)
    packed = struct.pack(f"<{len(win)}f", *[r[1] for r in win])
    sla, slo = fix(SEIZURE_AT)
    ala, alo = fix(SEIZURE_AT, 5)
    lab: dict[str, str] = {}
    det = pb([(1, L(USER_ID, UID)), (2, WATCH["serial"]), (3, 1765371544),
              (4, [(1, L("gtc_suspected", MED)), (2, L(74, MED)), (3, L(0.93, MED))]),
              (5, L(packed, WM)), (6, L(128, FIT))], "", lab)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER),
            "diagnosis": L("juvenile myoclonic epilepsy", MED), "diagnosedYear": L(2009, MED),
            "phone": L(NATIONAL, "contact.phone")}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ictalog-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L(n, MED), "dose": L(d, MED), "schedule": L(s, MED), "reminder": True}
            for n, d, s in MEDS]}),
        case(f, f"{a}/v2/watch/pair", headers=_h(rng, **b), body={
            "serial": WATCH["serial"], "ble": WATCH["ble"], "firmware": WATCH["fw"],
            "model": WATCH["model"], "battery": 88, "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/seizures", headers=_h(rng, **b), body={
            "id": sid, "start": "2025-12-10T07:42:10-05:00", "type": L("focal impaired awareness",
                                                                       MED),
            "durationSec": L(95, MED), "aware": L(False, MED),
            "triggers": [L("missed sleep", MED), L("flashing lights", MED)],
            "rescueMed": L("midazolam nasal spray", MED), "position": {"lat": sla, "lon": slo},
            "notes": L("Lost about two minutes on the subway platform, tongue bitten",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/watch/events/{sid}/motion", gz=True, headers=_h(rng, **b), body={
            "hz": 50, "axes": "t,x,y,z", "samples": L(win, WM), "watch": WATCH["serial"],
            "hr": L([96, 118, 131, 127, 104], FIT)}),
        raw(f, f"{a}/v2/watch/detections", det, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts", headers=_h(rng, **b), body={
            "seizure": sid, "to": [{"name": L(CAREGIVER[0], NAMEC),
                                   "phone": L(CAREGIVER[1], "contact.phone")}],
            "lat": L(str(ala.value), PRECISE), "lon": L(str(alo.value), PRECISE),
            "accuracyM": 11,
            "message": L("Jane may be having a seizure. Her watch detected shaking.",
                         f"{TEXT}|{MED}"), "watchBattery": 61}),
        case(f, f"{a}/v2/caregivers", fmt="form", headers=_h(rng, **b), body={
            "name": L(CAREGIVER[0], NAMEC), "phone": L(CAREGIVER[1], "contact.phone"),
            "email": L(CAREGIVER[2], MAIL), "relation": "brother", "alertOnDetect": "1"}),
        multipart(f, f"{a}/v2/seizures/{sid}/video", [
            ("video", "seizure.mp4", "video/mp4", L(MP4, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"recordedBy": "caregiver", "lengthS": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/doses", headers=_h(rng, **b), body={
            "medication": L("Lamotrigine", MED), "scheduled": "2025-12-09T21:00-05:00",
            "taken": L(False, MED), "reason": L("forgot, fell asleep early", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "sleepHours": L(4.5, FIT), "stress": L(4, MED),
            "alcoholUnits": L(2, MED), "cycleDay": L(2, MED), "auras": L(1, MED),
            "note": L("Late night at work, felt the deja vu aura twice", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/refills", fmt="form", headers=_h(rng, **b), body={
            "rxNumber": L("RX-7714420", MED), "medication": L("Levetiracetam 750 mg", MED),
            "pharmacy": "ph_2291", "copay": L("10.00", BUY)}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEURO[0], NAMEC), "recipientPhone": L(NEURO[1], "contact.phone"),
            "recipientEmail": L("p.raman@eastsideneuro.example.com", MAIL),
            "range": "90d", "include": "seizures,doses,diary"}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": {"id": "cl_5510", "name": "Eastside Neurology", "phone": "+12125550111"},
            "slot": "2026-01-06T10:15", "reason": L("medication review", MED),
            "questions": L("Should I raise the Lamotrigine dose after two breakthroughs?",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/emergency-card", headers=_h(rng, **b), body={
            "conditions": [L("epilepsy", MED)], "allergies": [L("carbamazepine rash", MED)],
            "meds": [L(n, MED) for n, _, _ in MEDS], "bloodType": L("O+", MED),
            "contact": {"name": L(CAREGIVER[0], NAMEC), "phone": L(CAREGIVER[1],
                                                                    "contact.phone")},
            "showOnLockScreen": True}),
        case(f, f"{a}/v2/history/import", gz=True, headers=_h(rng, **b), body={
            "source": "paper_diary", "seizures": L(seizures(rng, 5), MED)}),
        case(f, f"{a}/v2/triggers/suggest", headers=_h(rng, **b), query={
            "q": L("strobe lights at concerts", SEARCH), "limit": "8"}),
        case(f, f"{a}/v2/research/consent", headers=_h(rng, **b), body={
            "study": "EPI-REG-2025", "consented": True, "age": L(34, BIRTH),
            "shareDeidentified": True}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("seizure_logged", 1), ev("alert_sent", 2),
                ev("screen", 3, screen=L("SeizureDetail", USAGE))]}),
        case(f, f"{a}/v2/seizures", headers=_h(rng, how="upper"),
             cookies={"ic_session": L(opaque(rng, "", 44), CRED)}),
    ]


def ictalog_sdks() -> list[Case]:
    rng = random.Random(4222)
    return [
        tf_batch(APP, rng, [("Seizure Logged", {"type": L("focal impaired awareness", MED)}),
                            ("Alert Sent", {"recipients": 1})]),
        tf_queue(APP, rng, [("Watch Disconnected", {"minutes": 6}),
                            ("Dose Reminder Shown", {})]),
        aw_launch(APP, rng, user=True),
        aw_event(APP, rng, "subscribe_premium", {"plan": "annual"}, revenue=59.99, hashed=True),
        fk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [fk_crumb("navigation", "Diary -> WatchSettings"),
                  fk_crumb("log", "gatt reconnect", {"serial": WATCH["serial"]})],
                 screen="WatchSettingsActivity"),
        fk_session(APP, rng, secs=392),
        fm_eval(APP, rng, {"watchDetection": True, "caregiverAlerts": True}),
        pc_register(APP, rng, at=SEIZURE_AT, nd=2, tags={"caregiver": "1"}),
        cb_check(APP, rng, {"analytics": True, "research": True}),
        ch_attach(APP, rng, L(JPEG + b"\x81", MEDIA), "strap.jpg", "image/jpeg"),
        mf_reverse(APP, rng, SEIZURE_AT, PRECISE, nd=5),
    ]
