"""Altitude-sickness logger "Acclimo" (acute mountain sickness: the Lake Louise score, a
fingertip oximeter, acetazolamide doses; she used it on the Poon Hill trek): sign-up, a log-in,
``/me``, her health background, a trip, the daily AMS logs with her fix, pairing the oximeter,
its spot readings (msgpack), a dose log, a protobuf reading, barometer samples (gzip), descent
advice by a GET, an alert to her trek mates, a photo of the oximeter, a voice diary note with its
transcript, a report e-mailed to a doctor, a Health Connect import, reminders, a subscription,
feedback, push, events and her trips by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families99_kit import (
    GHOREPANI_FIX,
    OXIMETER,
    POONHILL_FIX,
    TREKMATES,
    lake_louise,
    spo2_series,
)
from eval_families99_sdk import aq_event, aq_session, cm_crash, cm_crumb, tg_batch, tg_screen
from eval_families99_svc import cf_check, ft_eval, mf_telemetry, pp_opened, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("acclimo", "Acclimo", "com.example.acclimo", "1.9.4", "https://api.acclimo.example.com")
IID = "X-Acclimo-Install"
PW = "Thin-Air-3210"
KTM = "Asia/Kathmandu"
TRIP = "tr_5c0e19a2"  # the trip's ID (a negative)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _score(d: dict[str, int]) -> dict[str, L]:
    return {k: L(v, MED) for k, v in d.items()}


def acclimo() -> list[Case]:
    rng = random.Random(9931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="pro"))}
    b = {"auth": "bearer"}
    gla, glo = fix(GHOREPANI_FIX, 4)
    pla, plo = fix(POONHILL_FIX, 6)
    lab: dict[str, str] = {}
    reading = pb([(1, L(USER_ID, UID)), (2, [(1, L(GHOREPANI_FIX[0], PRECISE)),
                                             (2, L(GHOREPANI_FIX[1], PRECISE))]),
                  (3, L(85, MED)), (4, L(104, FIT)), (5, 688.4), (6, 1765642800),
                  (7, OXIMETER["serial"])], "", lab)
    mates = [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in TREKMATES]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "sex": L("female", GENDER), "weightKg": L(63.5, FIT),
            "heightCm": L(168, FIT), "units": "metric"}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/health", headers=_h(rng, **b), body={
            "conditions": [L("hypothyroidism", MED)],
            "medications": [{"name": L("levothyroxine", MED), "dose": L("75 mcg", MED)}],
            "previousAms": L(True, MED), "previousHape": L(False, MED), "smoker": False}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "id": TRIP, "name": L("Poon Hill loop with Bikash", f"{TEXT}|{NAMEC}"),
            "start": "2025-12-12", "end": "2025-12-16", "startAltM": 1070, "maxAltM": 3210}),
        case(f, f"{a}/v1/trips/{TRIP}/logs", headers=_h(rng, **b), body={
            "day": 3, "lls": _score(lake_louise(2, 1, 2, 1)), "llsTotal": L(6, MED),
            "spo2": L(84, MED), "pulse": L(106, FIT), "sleepAltM": 2874,
            "position": {"lat": gla, "lon": glo},
            "note": L("Pounding headache since the climb, no appetite", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/trips/{TRIP}/logs", headers=_h(rng, **b), body={
            "day": 4, "lls": _score(lake_louise(1, 0, 1, 0)), "llsTotal": L(2, MED),
            "spo2": L(89, MED), "pulse": L(94, FIT), "sleepAltM": 2630,
            "position": {"lat": pla, "lon": plo}}),
        case(f, f"{a}/v1/oximeters", headers=_h(rng, **b), body={
            "serial": OXIMETER["serial"], "ble": OXIMETER["ble"], "model": OXIMETER["model"],
            "firmware": "1.0.7", "battery": 76, "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/oximeters/readings", fmt="msgpack", headers=_h(rng, **b), body={
            "trip": TRIP, "serial": OXIMETER["serial"], "rows": L(spo2_series(rng, 12), MED)}),
        case(f, f"{a}/v1/trips/{TRIP}/doses", fmt="form", headers=_h(rng, **b), body={
            "drug": L("acetazolamide", MED), "doseMg": L("125", MED),
            "takenAt": "2025-12-13T20:00:00+05:45"}),
        raw(f, f"{a}/v1/readings", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/baro", gz=True, headers=_h(rng, **b), body={
            "trip": TRIP, "sensor": "baro0", "hpa": [round(690.2 - i * 0.4, 1) for i in range(12)],
            "altM": [2850 + 5 * i for i in range(12)], "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/advice", headers=_h(rng, **b), query={
            "lls": L("6", MED), "spo2": L("84", MED), "altM": "2874", "rateM": "650"}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "to": mates, "position": {"lat": gla, "lon": glo},
            "text": L("AMS score 6 at Ghorepani, going down to Tikhedhunga tomorrow",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/trips/{TRIP}/photos", [
            ("photo", "oximeter.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"day": 3})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/trips/{TRIP}/voice", [
            ("audio", "diary.m4a", "audio/mp4", L(M4A + b"\xb2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "durationS": 41, "transcript": L("Slept badly, woke up breathless twice",
                                                 f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/trips/{TRIP}/report", fmt="form", headers=_h(rng, **b), body={
            "to": L("r.acharya@himalclinic.example.org", MAIL),
            "toName": L("Dr. Rupa Acharya", NAMEC), "include": "lls,spo2,doses"}),
        case(f, f"{a}/v1/import/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([18412, 21077, 15230], FIT), "restingHr": L([71, 78, 74], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "morningLog": "06:30", "doseTimes": "08:00,20:00", "tz": L(KTM, DEV)}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("acclimo_pro_yearly", BUY), "orderId": L("GPA.3321-4409-1187-20431",
                                                                     BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "4", "text": L("Please add a night-mode for the SpO2 chart", TEXT),
            "appVersion": APP.ver}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(KTM, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("log_saved", 1, day=3), ev("descent_advised", 2),
                ev("screen", 3, screen=L("SpO2Chart", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="none"),
             cookies={"ac_sid": L(opaque(rng, "", 40), CRED), "ac_trip": TRIP,
                      "ac_req": obj(rng, "rq", 12)}),
    ]


def acclimo_sdks() -> list[Case]:
    rng = random.Random(9932)
    return [
        tg_batch(APP, rng, [("AMS Logged", {"score": L(6, MED), "day": 3}),
                            ("Descent Advised", {})], at=GHOREPANI_FIX, nd=2, tz=KTM,
                 roaming=True),
        tg_screen(APP, rng, "SpO2Chart", {"trip": TRIP}),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "subscribe", {"plan": "pro_yearly"}, revenue=24.99),
        cm_crash(APP, rng, ("android.bluetooth.le.BleScanException", "scan failed 2"),
                 [cm_crumb("nav", "Log -> PairOximeter"),
                  cm_crumb("log", "ble scan", {"serial": OXIMETER["serial"]})],
                 screen="PairActivity", tz=KTM),
        ft_eval(APP, rng, {"altitudeMode": True, "trekker": True}),
        pp_register(APP, rng, at=GHOREPANI_FIX, nd=2, tz=KTM, tags={"trip": "active"}),
        pp_opened(APP, rng, "descend_alert_opened"),
        mf_telemetry(APP, rng, [(28.400544, 83.699811), (28.400602, 83.699730)], PRECISE),
        cf_check(APP, rng, {"analytics": True, "ads": False}),
    ]
