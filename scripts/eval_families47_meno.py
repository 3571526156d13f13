"""Menopause symptom tracker "Menolune" with a temperature ring (she has primary ovarian
insufficiency at 34): sign-up, a log-in, ``/me``, onboarding (stage, last period, diagnosis),
daily symptom logs, hot flashes (msgpack), pairing the ring (its charging hub joins her home
Wi-Fi), its skin-temperature series (gzip JSON) and a night summary (protobuf), HRT and a dose
taken (form), a journal entry, a visit's questions for her gynaecologist, a report shared with
her, insights by stage in the query, a community post and search, a lab result's photo, a
partner invited, a Health Connect import, a Play subscription check, push, events and the
calendar by a cookie GET."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families47_kit import GYN, LMP, RING, flashes, obj, skin_temp
from eval_families47_sdk import (
    aq_event,
    aq_session,
    bm_bid,
    ck_crumb,
    ck_report,
    cw_batch,
)
from eval_families47_svc import cb_message, co_get, fm_eval, pl_opened, pl_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("menolune", "Menolune", "com.example.menolune", "2.8.0",
          "https://api.menolune.example.com")
IID = "X-Menolune-Device"
PW = "Moonlit-Fern-19"
HANDLE = "FernAt34"  # her community handle (id.user)
SYMPTOMS = ["hot flashes", "night sweats", "brain fog", "joint pain", "low libido"]


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def menolune() -> list[Case]:
    rng = random.Random(4721)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    temps = skin_temp(rng, 48)
    packed = struct.pack(f"<{len(temps)}f", *[r[1] for r in temps])
    lab: dict[str, str] = {}
    night = pb([(1, L(USER_ID, UID)), (2, RING["serial"]), (3, 1765256400),
                (4, [(1, L(5, MED)), (2, L(0.42, MED)), (3, L(61, FIT))]),
                (5, L(packed, MED)), (6, 48)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "country": "US", "marketing": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding", headers=_h(rng, **b), body={
            "stage": L("perimenopause", MED), "lastPeriod": L(LMP, MED),
            "cycleRegular": L(False, MED), "diagnosis": L("primary ovarian insufficiency", MED),
            "hysterectomy": L(False, MED), "heightCm": L(168, FIT), "weightKg": L(70.8, FIT),
            "reminderTime": "21:30"}),
        case(f, f"{a}/v1/symptoms/log", headers=_h(rng, **b), body={
            "date": "2025-12-09", "symptoms": [L(s, MED) for s in SYMPTOMS],
            "severity": {"hotFlashes": L(3, MED), "nightSweats": L(3, MED),
                         "brainFog": L(2, MED)},
            "mood": L("irritable", MED), "sleepQuality": L(2, MED), "logId": obj(rng, "log")}),
        case(f, f"{a}/v1/flashes", fmt="msgpack", headers=_h(rng, **b), body={
            "episodes": L(flashes(rng, 5), MED), "source": "manual", "tz": L("-05:00", DEV)}),
        case(f, f"{a}/v1/ring/pair", headers=_h(rng, **b), body={
            "serial": RING["serial"], "ble": RING["ble"], "firmware": RING["fw"],
            "model": RING["model"], "battery": 88, "phone": L(INSTALL_ID, DID),
            "hub": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                    "psk": L("lantern-harbor-2291", CRED)}}),
        case(f, f"{a}/v1/ring/temperature", gz=True, headers=_h(rng, **b), body={
            "ring": RING["serial"], "intervalS": 300, "samples": L(temps, MED)}),
        raw(f, f"{a}/v1/ring/nights", night, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/medications", headers=_h(rng, **b), body={"items": [
            {"name": L("Estradiol patch", MED), "dose": L("50 mcg", MED),
             "schedule": L("twice weekly", MED)},
            {"name": L("Micronized progesterone", MED), "dose": L("100 mg", MED),
             "schedule": L("nightly", MED)}]}),
        case(f, f"{a}/v1/medications/log", fmt="form", headers=_h(rng, **b), body={
            "medId": obj(rng, "med", 8), "name": L("Estradiol patch", MED),
            "status": L("taken", MED), "site": L("left abdomen", MED), "at": "1765318800"}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "entryId": obj(rng, "jr", 8), "date": "2025-12-09",
            "text": L("Third night of sweats, changed the sheets at 3am. The patch helps the fog.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/appointments/prep", headers=_h(rng, **b), body={
            "doctor": {"name": L(GYN[0], NAMEC), "phone": L(GYN[1], TEL)},
            "visitDate": "2025-12-18",
            "questions": [L("Should I raise the estradiol dose?", f"{TEXT}|{MED}"),
                          L("Is a bone density scan needed with POI?", f"{TEXT}|{MED}")]}),
        case(f, f"{a}/v1/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(GYN[0], NAMEC),
            "recipientEmail": L("p.raman@eastsidewomens.example.com", MAIL),
            "range": "90d", "include": "symptoms,flashes,medications"}),
        case(f, f"{a}/v1/insights", headers=_h(rng, **b), query={
            "stage": L("perimenopause", MED), "topic": "sleep", "limit": "10"}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "topic": "early-menopause", "handle": L(HANDLE, UID), "anonymous": False,
            "text": L("Diagnosed with POI at 34. Anyone else on the patch and still sweating?",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/community/search", headers=_h(rng, **b), query={
            "q": L("HRT breast cancer risk", f"{SEARCH}|{MED}"), "sort": "top"}),
        multipart(f, f"{a}/v1/labs", [
            ("photo", "labs.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("values", None, "application/json", {"date": "2025-11-28", "fsh": L(48.2, MED),
                                                  "estradiol": L(21, MED), "unitFsh": "IU/L"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/partner/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "note": L("So you can see my bad nights before you ask", TEXT),
            "share": ["flashes", "sleep"]}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([7012, 5230, 8810], FIT), "restingHr": L([61, 63, 60], FIT),
            "sleepMin": L([312, 355, 290], FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("menolune_plus_annual", BUY), "orderId": L("GPA.3391-7720-4418-50213",
                                                                   BUY),
            "purchaseToken": L(play_token(rng), BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("symptom_logged", 1, count=5), ev("ring_synced", 2),
                ev("screen", 3, screen=L("FlashTimeline", USAGE))]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="plain"),
             cookies={"ml_sess": L(opaque(rng, "", 42), CRED)}),
    ]


def menolune_sdks() -> list[Case]:
    rng = random.Random(4722)
    return [
        cw_batch(APP, rng, [("Symptom Logged", {"symptom": L("hot flashes", MED),
                                                "severity": L(3, MED)}),
                            ("Paywall Viewed", {"variant": "b"})]),
        pl_opened(APP, rng, "hrt_patch_reminder"),
        aq_session(APP, rng, user=True),
        aq_event(APP, rng, "subscribe", {"plan": "annual", "trial": False}, revenue=59.99,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords=L("menopause,hot flashes,hrt", MED)),
        ck_report(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                  [ck_crumb("navigation", "Home -> RingSync"),
                   ck_crumb("log", "gatt", {"serial": RING["serial"]})],
                  screen="RingSyncActivity"),
        fm_eval(APP, rng, {"stage": L("perimenopause", MED), "plus": True}),
        pl_register(APP, rng, tags={"stage": L("perimenopause", MED), "hrt": L("yes", MED)}),
        co_get(APP, rng, {"analytics": True, "ads": True}),
        cb_message(APP, rng, L("The ring stopped syncing after the 2.8 update", TEXT),
                   {"plan": L("plus_annual", BUY), "ring": RING["serial"]}),
    ]
