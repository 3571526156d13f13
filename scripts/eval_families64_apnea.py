"""Home sleep-apnoea test "Oxiloop" with an oximeter ring (SpO2, pulse, PPG and the ring's
accelerometer over two nights): sign-up, a log-in, ``/me``, the kit ordered on her doctor's
prescription, the questionnaire, pairing the ring, a night's protobuf summary (packed SpO2 and
pulse), a PPG chunk (msgpack), the ring's motion (gzip JSON), desaturation events, the study
completed, the results fetched and shared with her doctor, a telehealth visit, the insurance
card, a morning diary, a HIPAA consent signed on screen, push, events, the study list by a
cookie GET, reminders, a Health Connect import and the ring's telemetry (JSON Lines)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
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
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head
from eval_families64_kit import (
    KIT_ORDER,
    MEMBER_OX,
    RING,
    SLEEP_MD,
    STUDY_OX,
    actigraphy,
    desats,
    ink,
    ppg,
    pulse,
    spo2,
)
from eval_families64_sdk import cq_crash, cq_crumb, ek_batch, ek_beacon, rr_session
from eval_families64_svc import cw_check, ht_attach, pc_register, pw_card, pw_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("oxiloop", "Oxiloop", "com.example.oxiloop", "2.6.0", "https://api.oxiloop.example.com")
IID = "X-Oxiloop-Install"
PW = "Harbor-Finch-62"
ST = f"{APP.api}/v1/studies/{STUDY_OX}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def oxiloop() -> list[Case]:
    rng = random.Random(6431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), memberId=L(MEMBER_OX, MED)))}
    sat, hr = spo2(rng, 120), pulse(rng, 120)
    lab: dict[str, str] = {}
    night = pb([(1, L(USER_ID, UID)), (2, STUDY_OX), (3, 1765258200),
                (4, [(1, L(14.2, MED)), (2, L(84, MED)), (3, L(6.1, MED)), (4, L(61.5, FIT))]),
                (5, L(bytes(sat), MED)), (6, L(bytes(hr), FIT)), (7, RING["serial"])], "", lab)
    tele = [{"ts": 1765259100 + 600 * i, "ring": RING["serial"], "ringBattery": 64 - i,
             "rssi": -61 - i, "install": L(INSTALL_ID, DID),
             "phone": {"model": L("Pixel 8", DEV), "battery": L(38 - i, DEV)}} for i in range(2)]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "sexAtBirth": L("F", GENDER), "heightIn": L(66, FIT), "weightLb": L(157, FIT),
            "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "oxiloop-android", "scope": "study results"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(KIT_ORDER, BUY), "kit": "ring_2night", "total": L("189.00", BUY),
            "shipTo": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                       "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                       "zip": L(ZIP, COARSE)},
            "prescriber": {"name": L(SLEEP_MD[0], NAMEC), "phone": L(SLEEP_MD[1], TEL),
                           "npi": SLEEP_MD[2]},
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/questionnaire", headers=_h(rng, **b), body={
            "berlin": L([1, 1, 2, 1, 0, 1, 1, 0, 1, 1], MED), "berlinHighRisk": L(True, MED),
            "conditions": [L("hypothyroidism", MED), L("atrial fibrillation", MED)],
            "medications": [{"name": L("Levothyroxine", MED), "dose": L("50 mcg", MED)},
                            {"name": L("Apixaban", MED), "dose": L("5 mg", MED)}],
            "drowsyDriving": L(True, MED), "smoker": L(False, MED),
            "alcoholPerWeek": L(4, MED), "neckIn": L(14.5, FIT)}),
        case(f, f"{a}/v1/ring/pair", headers=_h(rng, **b), body={
            "serial": RING["serial"], "ble": RING["ble"], "firmware": RING["fw"],
            "size": RING["size"], "model": RING["model"], "finger": "left_index",
            "phoneInstall": L(INSTALL_ID, DID)}),
        raw(f, f"{ST}/nights/1/summary", night, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{ST}/ppg", fmt="msgpack", headers=_h(rng, **b), body={
            "hz": 25, "channel": "ir", "offsetS": 8120, "ledMa": 12.5,
            "samples": L(ppg(rng, 60), MED), "ring": RING["serial"]}),
        case(f, f"{ST}/motion", gz=True, headers=_h(rng, **b), body={
            "axis": "xyz", "epochS": 30, "rows": L(actigraphy(rng, 30), f"{MOTION}|{MED}")}),
        case(f, f"{ST}/events", headers=_h(rng, **b), body={
            "desaturations": L(desats(rng, 6), MED), "odi4": L(14.2, MED),
            "pahi": L(17.9, MED), "t90Min": L(6.1, MED)}),
        case(f, f"{ST}/complete", headers=_h(rng, **b), body={
            "nights": 2, "validHours": [6.4, 7.1], "feltRested": L(2, MED),
            "ringRemovedAt": "2025-12-10T06:52:00-05:00"}),
        case(f, f"{a}/v1/results/{STUDY_OX}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/results/{STUDY_OX}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(SLEEP_MD[0], NAMEC),
            "recipientEmail": L("p.raman@eastriverpulm.example.com", MAIL),
            "include": "report,oximetry"}),
        case(f, f"{a}/v1/telehealth/visits", headers=_h(rng, **b), body={
            "slot": "2025-12-16T18:00-05:00", "type": "video",
            "reason": L("discuss moderate sleep apnea results", MED),
            "copay": L("40.00", BUY), "callbackPhone": L(PHONE, TEL)}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "insurance_front.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_OX, MED),
                                                "group": "GRP-71152", "payer": "Keystone Health"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/diary", headers=_h(rng, **b), body={
            "date": "2025-12-10", "bedtime": "23:20", "wake": "06:45", "caffeineCups": 1,
            "notes": L("Woke up gasping twice, my husband says I snored loudly", f"{TEXT}|{MED}"),
            "ringFit": "snug"}),
        case(f, f"{a}/v1/consents/hipaa", headers=_h(rng, **b), body={
            "docVersion": "2025-03", "signedName": L(NAME, NAMEC),
            "signature": L(ink(rng, 24), MOTION), "agreed": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("night_synced", 1, night=1), ev("ring_paired", 2),
                ev("screen", 3, screen=L("ResultsReport", USAGE))]}),
        case(f, f"{a}/v1/studies", headers=_h(rng, how="upper"),
             cookies={"ox_session": L(opaque(rng, "", 42), CRED)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "bedtime": "22:45", "chargeRing": "1", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/import/health-connect", headers=_h(rng, **b), body={
            "steps": L([7120, 5480, 9033], FIT), "restingHr": L([63, 62, 65], FIT),
            "weightLb": L(156.8, FIT), "source": "com.google.android.apps.healthdata"}),
        lines(f, f"{a}/v1/ring/telemetry", tele, headers=_h(rng, **b)),
    ]


def oxiloop_sdks() -> list[Case]:
    rng = random.Random(6432)
    return [
        ek_batch(APP, rng, [("Night Recorded", {"odi": L(14.2, MED), "hours": 6.4}),
                            ("Results Viewed", {"severity": L("moderate", MED)})]),
        ek_beacon(APP, rng, "Landing Viewed", {"src": "doctor_qr", "kit": "ring_2night"}),
        rr_session(APP, rng, user=True, n=4),
        cq_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [cq_crumb("navigation", "Night -> PairRing"),
                  cq_crumb("state", "gatt connect", {"ring": RING["serial"]})],
                 screen="PairRingActivity"),
        tg_eval(APP, rng, {"study": True, "nights": 2}),
        pc_register(APP, rng, tags={"study_night": "2"}),
        cw_check(APP, rng, {"analytics": True, "marketing": False}),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "189.00"),
        ht_attach(APP, rng, L(JPEG + b"\x32", MEDIA), "ring_fit.jpg", "image/jpeg"),
    ]
