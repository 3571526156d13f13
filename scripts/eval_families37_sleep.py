"""Sleep-clinic app "Somnara" with a home sleep test: a snoring microphone (the phone on the
night stand) and a chest band (breathing effort by accelerometer, pulse and SpO2). Sign-up with
the referring doctor, a log-in, ``/me``, the intake (Epworth, STOP-BANG, conditions, medicines),
the insurance card, pairing the band, the study's nights (a breathing-effort window in gzip JSON,
a protobuf night summary, snore events and a snore clip, stages in msgpack), a morning diary,
CPAP settings, a visit booked, a message to the clinic, results shared with her doctor, a
Health Connect import, reminders, push, events and the study list by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import (
    BAND,
    CLINIC,
    MEMBER_SM,
    SLEEP_DOC,
    STUDY,
    effort,
    hypnogram,
    obj,
    snores,
)
from eval_families37_sdk import (
    am_event,
    am_launch,
    cc_crash,
    cc_crumb,
    ml_batch,
    ml_queue,
)
from eval_families37_svc import ct_check, hq_attach, nw_register, pl_card, pl_confirm, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("somnara", "Somnara", "com.example.somnara", "3.9.0",
          "https://api.somnara.example.com")
IID = "X-Somnara-Install"
PW = "Lantern-Owl-77"
BM = f"{MOTION}|{MED}"  # the band's breathing-effort series: motion data taken for a diagnosis


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def somnara() -> list[Case]:
    rng = random.Random(3731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER_SM, MED)))}
    b = {"auth": "bearer"}
    win = effort(rng, 50)
    packed = struct.pack(f"<{len(win)}f", *[r[3] for r in win])
    lab: dict[str, str] = {}
    night = pb([(1, L(USER_ID, UID)), (2, STUDY), (3, 1765256400),
                (4, [(1, L(18.4, MED)), (2, L(21.0, MED)), (3, L(84, MED)),
                     (4, L(62.0, FIT))]),
                (5, L(packed, BM)), (6, BAND["serial"])], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(NATIONAL, TEL), "birthDate": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "zip": L(ZIP, COARSE), "heightCm": L(168, FIT),
            "weightKg": L(71.4, FIT),
            "referringDoctor": {"name": L(SLEEP_DOC[0], NAMEC), "phone": L(SLEEP_DOC[1], TEL)}}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "somnara-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/intake", headers=_h(rng, **b), body={
            "epworth": L([2, 3, 1, 2, 0, 1, 2, 1], MED), "epworthTotal": L(12, MED),
            "stopBang": {"snoring": L(True, MED), "tired": L(True, MED),
                         "observedApnea": L(True, MED), "pressure": L(True, MED)},
            "conditions": [L("hypertension", MED), L("acid reflux", MED)],
            "medications": [{"name": L("Lisinopril", MED), "dose": L("10 mg", MED)}],
            "neckCm": L(36.5, FIT), "bmi": L(25.3, FIT), "shiftWork": False,
            "partnerReport": L("He says I stop breathing for a few seconds then gasp",
                               f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/insurance", [
            ("card", "insurance_front.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_SM, MED),
                                                "group": "GRP-40021", "payer": "Quorum Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices/band", headers=_h(rng, **b), body={
            "serial": BAND["serial"], "ble": BAND["ble"], "firmware": BAND["fw"],
            "model": BAND["model"], "battery": 92, "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/studies/{STUDY}/nights", headers=_h(rng, **b), body={
            "night": 1, "start": "2025-12-08T23:12:00-05:00", "end": "2025-12-09T06:41:00-05:00",
            "position": {"supinePct": L(58, MED), "leftPct": 24, "rightPct": 18},
            "micCalibration": {"gainDb": 12, "noiseFloorDb": 31.2}}),
        case(f, f"{a}/v1/studies/{STUDY}/effort", gz=True, headers=_h(rng, **b), body={
            "hz": 25, "axis": "xyz", "samples": L(win, BM), "bandSerial": BAND["serial"]}),
        raw(f, f"{a}/v1/studies/{STUDY}/summary", night, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/studies/{STUDY}/snoring", headers=_h(rng, **b), body={
            "episodes": L(snores(rng, 6), MED), "snoringMinutes": L(74, MED),
            "roomNoiseDb": 33.8, "micDistanceCm": 45}),
        multipart(f, f"{a}/v1/studies/{STUDY}/clips", [
            ("clip", "snore_0312.wav", "audio/wav", L(WAV, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"offsetS": 11522, "lengthS": 30})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/voice/enrol", headers=_h(rng, **b), body={
            "purpose": "tell her sleep talk from her partner's", "phrases": 3,
            "embedding": L([round(rng.gauss(0, 0.1), 4) for _ in range(192)], VOICE),
            "model": "ecapa-192", "snr": 24.1}),
        case(f, f"{a}/v1/studies/{STUDY}/stages", fmt="msgpack", headers=_h(rng, **b), body={
            "epochS": 30, "stages": L(hypnogram(rng, 40), MED),
            "pulse": L([61, 60, 64, 72, 58, 57], FIT)}),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-09", "bedtime": "23:05", "wake": "06:40", "caffeineCups": 2,
            "alcoholDrinks": L(1, MED), "napMin": 0, "feltRested": L(2, MED),
            "notes": L("Woke up with a headache and a dry mouth again", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/therapy/cpap", headers=_h(rng, **b), body={
            "pressureCmH2O": L(9, MED), "mask": L("nasal pillows", MED), "humidifier": 3}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "clinic": {"id": CLINIC["id"], "name": CLINIC["name"], "phone": CLINIC["phone"],
                       "line": CLINIC["line"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            "slot": "2025-12-17T09:30", "reason": L("review home sleep test", MED),
            "copay": L("35.00", BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "care_team",
            "text": L("Can I take my blood pressure pill before the study night?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/studies/{STUDY}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(SLEEP_DOC[0], NAMEC),
            "recipientEmail": L("h.okafor@murrayhillmed.example.com", MAIL),
            "include": "report,hypnogram"}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([6120, 8433, 4012], FIT), "restingHr": L([62, 61, 64], FIT),
            "weightKg": L(71.2, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "bedtime": "22:45", "bandCharge": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("night_recorded", 1, hours=7.5), ev("band_paired", 2),
                ev("screen", 3, screen=L("NightReport", USAGE))]}),
        case(f, f"{a}/v1/studies", headers=_h(rng, how="upper"),
             cookies={"sm_session": L(opaque(rng, "", 42), CRED)}),
    ]


def somnara_sdks() -> list[Case]:
    rng = random.Random(3732)
    return [
        ml_batch(APP, rng, [("Night Recorded", {"snoreMin": L(74, MED), "hours": 7.5}),
                            ("Report Opened", {"severity": L("moderate", MED)})]),
        ml_queue(APP, rng, [("Band Disconnected", {"minutes": 3}),
                            ("Mic Permission Granted", {})]),
        am_launch(APP, rng, user=True),
        am_event(APP, rng, "purchase_home_test", {"kit": "hst_2night"}, revenue=189.0,
                 hashed=True),
        cc_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [cc_crumb("navigation", "Study -> PairBand"),
                  cc_crumb("log", "gatt connect", {"serial": BAND["serial"]})],
                 screen="PairBandActivity"),
        ts_eval(APP, rng, {"study": True, "cpap": False}),
        nw_register(APP, rng, tags={"study_night": "2"}),
        ct_check(APP, rng, {"analytics": True, "marketing": False}),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "189.00"),
        hq_attach(APP, rng, L(JPEG + b"\x52", MEDIA), "band_strap.jpg", "image/jpeg"),
    ]
