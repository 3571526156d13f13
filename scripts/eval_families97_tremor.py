"""Parkinson's tremor tracker "Crynlog" (she was diagnosed with young-onset Parkinson's disease
last year; a wrist band measures her rest tremor, her Cardiff neurologist sees the reports):
sign-up with her NHS number and neurologist, a log-in, ``/me``, medicines, a dose taken
(msgpack), pairing the band, a tremor window (gzip JSON) and its protobuf summary, a spiral
test (trace and image), finger tapping (msgpack), a handwriting photo, the ON/OFF diary, a
symptom questionnaire, her falls (one at her New York home last year), a Health Connect import,
a report shared, a clinic appointment, a message to her nurse, a research consent with a genetic
result, an exercise class, push, events and the reports by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    NAMEC,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families37_kit import fix, home, obj
from eval_families97_kit import CY_HOME_AT, MOVE_CLINIC, NEURO, NHS_NO, WATCH, spiral, taps, tremor
from eval_families97_sdk import cy_batch, cy_queue, gw_crash, gw_crumb, td_event, td_session
from eval_families97_svc import bn_eval, pw_register, sg_attach, tm_card, tm_confirm
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("crynlog", "Crynlog", "com.example.crynlog", "2.6.0", "https://api.crynlog.example.com")
IID = "X-Crynlog-Install"
PW = "Llanw&Trai2025"
MM = f"{MOTION}|{MED}"  # a sensor or touch series taken to measure her tremor


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def crynlog() -> list[Case]:
    rng = random.Random(9721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nhs=L(NHS_NO, NATID)))}
    sess = obj(rng, "trs", 10)
    lab: dict[str, str] = {}
    summary = pb([(1, L(USER_ID, UID)), (2, sess), (3, 1765381200),
                  (4, [(1, L(5.1, MED)), (2, L(0.094, MED)), (3, L(37.5, MED))]),
                  (5, WATCH["serial"]), (6, "right")], "", lab)
    hla, hlo = home(5)
    cla, clo = fix(CY_HOME_AT, 5)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, "personal.birthdate"),
            "sex": L("female", GENDER), "diagnosisYear": L(2024, MED),
            "nhsNumber": L(NHS_NO, NATID),
            "neurologist": {"name": L(NEURO[0], NAMEC), "email": L(NEURO[1], MAIL)}}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "crynlog-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("Co-careldopa 25/100", MED), "dose": L("1 tablet", MED),
             "times": ["07:00", "11:00", "15:00", "19:00"]},
            {"name": L("Rasagiline", MED), "dose": L("1 mg", MED), "times": ["08:00"]}]}),
        case(f, f"{a}/v2/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "med": L("Co-careldopa 25/100", MED),
            "scheduled": "2025-12-10T11:00:00Z", "taken": "2025-12-10T11:24:00Z",
            "lateMin": L(24, MED), "source": "reminder"}),
        case(f, f"{a}/v2/devices/band", headers=_h(rng, **b), body={
            "serial": WATCH["serial"], "ble": WATCH["ble"], "firmware": WATCH["fw"],
            "model": WATCH["model"], "wrist": "right", "phoneInstall": L(INSTALL_ID, DID),
            "homeWifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v2/sessions/{sess}/samples", gz=True, headers=_h(rng, **b), body={
            "hz": 50, "axes": "xyz", "samples": L(tremor(rng, 60), MM),
            "band": WATCH["serial"], "posture": "rest"}),
        raw(f, f"{a}/v2/sessions/{sess}/summary", summary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tests/spiral", headers=_h(rng, **b), body={
            "hand": "right", "trace": L(spiral(rng, 40), MM), "durationMs": 6420,
            "severityIndex": L(2.3, MED), "screen": L("1080x2400", DEV)}),
        multipart(f, f"{a}/v2/tests/spiral/image", [
            ("image", "spiral_right.png", "image/png", L(PNG + b"\x97", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"test": obj(rng, "tst", 8)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tests/tapping", fmt="msgpack", headers=_h(rng, **b), body={
            "hand": "left", "taps": L(taps(rng, 30), MM), "count": 30, "windowS": 10}),
        multipart(f, f"{a}/v2/tests/handwriting", [
            ("photo", "llawysgrifen.jpg", "image/jpeg", L(JPEG + b"\x97", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"sentence": "s_04", "lines": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/diary", headers=_h(rng, **b), body={
            "date": "2025-12-10", "hours": L([{"h": 7, "s": "off"}, {"h": 8, "s": "on"},
                                              {"h": 12, "s": "on_dyskinesia"},
                                              {"h": 15, "s": "off"}], MED),
            "note": L("Wore off before the 3pm dose, couldn't do my coat buttons",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/questionnaires/daily-living", headers=_h(rng, **b), body={
            "form": "dl-13", "answers": L([1, 2, 1, 0, 2, 1, 1, 0, 2, 1, 0, 1, 1], MED),
            "total": L(13, MED), "completedIn": 188}),
        case(f, f"{a}/v2/falls", headers=_h(rng, **b), body={"falls": [
            {"date": "2024-11-02", "lat": hla, "lon": hlo, "injury": L("bruised hip", MED)},
            {"date": "2025-11-21", "lat": cla, "lon": clo, "injury": L("grazed knee", MED)}]}),
        case(f, f"{a}/v2/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([5210, 7733, 3980], FIT), "sleepHours": L([6.1, 5.4, 7.0], FIT),
            "weightKg": L(63.8, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(NEURO[0], NAMEC), "recipientEmail": L(NEURO[1], MAIL),
            "range": "30d", "include": "tremor,diary,doses"}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "clinic": {k: MOVE_CLINIC[k] for k in ("id", "name", "phone", "lat", "lon")},
            "slot": "2026-01-14T10:20", "reason": L("medication review, wearing off", MED)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "to": "pd_nurse",
            "text": L("Can I move my evening dose earlier? Choir rehearsal runs to 9",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/research/consent", headers=_h(rng, **b), body={
            "study": "PD-CYM-2025", "consented": True, "nhsNumber": L(NHS_NO, NATID),
            "genetic": {"gene": L("LRRK2", MED), "result": L("G2019S carrier", MED)},
            "signedAt": "2025-12-04T16:02:00Z"}),
        case(f, f"{a}/v2/classes/book", headers=_h(rng, **b), body={
            "class": "cls_pdbox_0917", "title": "Boxing for Parkinson's, Canton",
            "price": L("6.50", BUY), "booking": L("CRY-BX-30418", BUY),
            "venue": {"lat": 51.48227, "lon": -3.20662}}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Europe/London", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("tremor_session", 1, minutes=L(4, USAGE)), ev("diary_saved", 2),
                ev("screen", 3, screen=L("TremorTrends", USAGE))]}),
        case(f, f"{a}/v2/reports", headers=_h(rng, how="upper"),
             cookies={"cr_session": L(opaque(rng, "", 44), CRED)}),
    ]


def crynlog_sdks() -> list[Case]:
    rng = random.Random(9722)
    return [
        cy_batch(APP, rng, [("Tremor Session Saved", {"dominantHz": L(5.1, MED)}),
                            ("Dose Logged", {"late": L(True, MED)})]),
        cy_queue(APP, rng, [("Band Disconnected", {"seconds": 41}),
                            ("Reminder Opened", {"slot": "15:00"})], gz=True),
        td_session(APP, rng, n=23),
        td_event(APP, rng, "subscribe", {"plan": "care_monthly"}, revenue="4.99", hashed=True),
        gw_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [gw_crumb("nav", "Home -> LiveTremor"),
                  gw_crumb("log", "band lost", {"serial": WATCH["serial"]})],
                 screen="LiveTremorActivity"),
        bn_eval(APP, rng, {"research": True, "pd": L(True, MED)}),
        pw_register(APP, rng, tags={"dose_reminders": "on"}),
        tm_card(APP, rng),
        tm_confirm(APP, rng, "4.99"),
        sg_attach(APP, rng, L(JPEG + b"\x99", f"{MEDIA}|{MED}"), "tablets_box.jpg", "image/jpeg"),
    ]
