"""Bipolar mood and medication-adherence app "Equilune" with an under-mattress sleep sensor
(movement, heart and breathing rate): sign-up, a log-in with MFA, ``/me``, the clinical profile
and her psychiatrist, medicines, doses taken (msgpack) and one missed, mood check-ins (JSON and a
voice journal), lab results, pairing the pad, a night (gzip JSON) and its protobuf summary, the
keyboard's typing rhythm, warning signs, crisis contacts, sharing with the psychiatrist,
pharmacies near her, a refill, push, events, insights by a cookie GET and a Play
subscription; the pad itself is bought with Google Pay through Paymarrow."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    KEYS,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families53_kit import MEDS, PAD, PHARMACY, PSYCH, SISTER, movement, obj, rates
from eval_families53_sdk import (
    ck_event,
    ck_session,
    mp_batch,
    mp_queue,
    sk_crash,
    sk_crumb,
    sk_session,
)
from eval_families53_svc import ak_message, bz_register, pw_wallet, tg_poll
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("equilune", "Equilune", "com.example.equilune", "4.2.1",
          "https://api.equilune.example.com")
IID = "X-Equilune-Install"
PW = "Harbor-Lantern-52"
TM = f"{TEXT}|{MED}"
PSYCH_MAIL = "s.achebe@murrayhillpsych.example.com"  # typed by her (contact.email)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def equilune() -> list[Case]:
    rng = random.Random(5321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    mv = movement(rng, 60)
    lab: dict[str, str] = {}
    night = pb([(1, L(USER_ID, UID)), (2, PAD["serial"]), (3, 1765256400),
                (4, [(1, L(372, MED)), (2, L(6, MED)), (3, L(58.0, FIT))]),
                (5, L(struct.pack(f"<{len(mv)}H", *mv), MED)), (6, PAD["fw"])], "", lab)
    dwell, flight = dwell_flight(rng, 24)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "phone": L(E164, TEL), "zip": L(ZIP, COARSE), "marketing": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "equilune-android"}),
        case(f, f"{a}/v2/auth/mfa", headers=_h(rng), body={
            "mfaToken": L(opaque(rng, "mfa_", 32), CRED), "code": L("482913", CRED),
            "method": "sms"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/clinical-profile", headers=_h(rng, **b), body={
            "diagnosis": L("bipolar I disorder", MED), "diagnosedYear": L(2016, MED),
            "lastEpisode": {"type": L("manic", MED), "month": L("2023-08", MED)},
            "hospitalisations": L(1, MED),
            "psychiatrist": {"name": L(PSYCH[0], NAMEC), "phone": L(PSYCH[1], TEL)},
            "shareWithCareTeam": True}),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L(n, MED), "dose": L(d, MED), "times": t, "id": obj(rng, "med", 6)}
            for (n, d), t in zip(MEDS, (["21:00"], ["22:00"]), strict=True)]}),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "med": L(MEDS[0][0], MED), "taken": L(True, MED), "takenAt": 1765329120,
            "minutesLate": L(42, MED), "doseId": obj(rng, "dose", 8)}),
        case(f, f"{a}/v2/doses/missed", fmt="form", headers=_h(rng, **b), body={
            "med": L(MEDS[1][0], MED), "date": "2025-12-08",
            "reason": L("Ran out, the pharmacy was closed", TM)}),
        case(f, f"{a}/v2/checkins", headers=_h(rng, **b), body={
            "mood": L(3, MED), "energy": L(4, MED), "irritability": L(3, MED),
            "racingThoughts": L(True, MED), "anxiety": L(2, MED), "sleepHours": L(4.5, MED),
            "tags": [L("spending", MED), L("talkative", MED)],
            "note": L("Slept four hours and feel wired. Bought two synthesizers online.", TM),
            "at": "2025-12-09T22:41:00-05:00"}),
        multipart(f, f"{a}/v2/checkins/voice", [
            ("audio", "journal.m4a", "audio/mp4", L(M4A + b"\x41", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"durationS": 74,
                                                "checkin": obj(rng, "ci", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "drawn": "2025-12-02", "lab": "Quorum Diagnostics", "results": [
                {"test": L("lithium", MED), "value": L(0.8, MED), "unit": "mmol/L"},
                {"test": L("TSH", MED), "value": L(3.9, MED), "unit": "mIU/L"},
                {"test": L("creatinine", MED), "value": L(0.9, MED), "unit": "mg/dL"}]}),
        case(f, f"{a}/v2/sensor/pair", headers=_h(rng, **b), body={
            "serial": PAD["serial"], "ble": PAD["ble"], "firmware": PAD["fw"],
            "model": PAD["model"], "side": "left", "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/sensor/nights", gz=True, headers=_h(rng, **b), body={
            "pad": PAD["serial"], "night": "2025-12-08", "inBedMin": L(401, MED),
            "asleepMin": L(372, MED), "latencyMin": L(38, MED), "awakenings": L(6, MED),
            "heartRate": L(rates(rng, 40, 58, 3), FIT), "breathRate": L(rates(rng, 40, 14, 1),
                                                                        FIT),
            "movement": L(mv, MED), "roomTempC": 20.5}),
        raw(f, f"{a}/v2/sensor/summary", night, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/keyboard/sessions", gz=True, headers=_h(rng, **b), body={
            "session": obj(rng, "kb", 10), "app": "messaging", "keys": 24,
            "dwellMs": L(dwell, KEYS), "flightMs": L(flight, KEYS),
            "backspaceRate": L(0.12, KEYS), "startedAt": 1765329401}),
        case(f, f"{a}/v2/warning-signs", headers=_h(rng, **b), body={
            "signs": [L("sleeping under five hours", TM), L("spending sprees", TM),
                      L("talking fast", TM)],
            "plan": L("Call Dr. Achebe, give Claire my cards, no driving", f"{TM}|{NAMEC}")}),
        case(f, f"{a}/v2/crisis-contacts", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL),
            "email": L(SISTER[2], MAIL), "relation": "sister", "canSeeMood": True}),
        case(f, f"{a}/v2/care-team/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(PSYCH[0], NAMEC), "recipientEmail": L(PSYCH_MAIL, MAIL),
            "range": "90d", "include": "mood,sleep,doses"}),
        case(f, f"{a}/v2/pharmacies", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "radius": "2km"}),
        case(f, f"{a}/v2/refills", headers=_h(rng, **b), body={
            "pharmacy": {"id": PHARMACY["id"], "name": PHARMACY["name"],
                         "phone": PHARMACY["phone"], "line": PHARMACY["line"]},
            "rxNumber": L("RX-6620418", MED), "med": L(MEDS[1][0], MED),
            "copay": L("10.00", BUY), "pickup": "2025-12-10"}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("checkin_saved", 1, streak=L(12, USAGE)), ev("dose_logged", 2),
                ev("screen", 3, screen=L("MoodChart", USAGE))]}),
        case(f, f"{a}/v2/insights", headers=_h(rng, how="nodash"),
             cookies={"eq_sess": L(opaque(rng, "", 44), CRED)}),
        case(f, f"{a}/v2/billing/play", fmt="form", headers=_h(rng, **b), body={
            "productId": L("equilune_plus_annual", BUY),
            "orderId": L("GPA.3391-4471-2290-55182", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
    ]


def equilune_sdks() -> list[Case]:
    rng = random.Random(5322)
    return [
        mp_batch(APP, rng, [("Check In Completed", {"mood": L(3, MED), "voice": True}),
                            ("Dose Logged", {"med": L("lithium carbonate", MED)})],
                 screen="MoodChart"),
        mp_queue(APP, rng, [("Sensor Synced", {"nights": 1}), ("Reminder Snoozed", {})]),
        ck_session(APP, rng, user=True),
        ck_event(APP, rng, "p8q2ux", "subscribe", {"plan": "annual"}, revenue=59.99,
                 hashed=True),
        sk_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [sk_crumb("nav", "Sleep -> PairPad"),
                  sk_crumb("log", "gatt connect", {"serial": PAD["serial"]})],
                 screen="PairPadActivity"),
        sk_session(APP, rng, secs=311),
        tg_poll(APP, rng, {"condition": L("bipolar_i", MED), "sensor": True}),
        bz_register(APP, rng, tags={"reminders": "on", "condition": L("bipolar", MED)}),
        ak_message(APP, rng, L("My lithium reminder fires twice every night", TM),
                   {"plan": "plus"}),
        pw_wallet(APP, rng, "129.00"),
    ]
