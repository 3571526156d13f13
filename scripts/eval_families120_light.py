"""Light-therapy log "Ljósstund" for seasonal affective disorder (her own health data): sign-up
(birth year, sex), log-in, ``/me`` by JWT, the intake (diagnosis, SPAQ and PHQ-9, medicine, her
doctor), pairing the lamp (an accessory: negatives), sessions (JSON; the lamp's protobuf
telemetry), a mood check-in (msgpack), a journal entry, a voice memo, daylight by rounded
position, a report to her doctor, reminders, the subscription, a Health Connect import, push,
events and the history by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    multipart,
    pb,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, play_token
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families120_kit import FO_HOME_AT, common, scr
from eval_families120_sdk import rm_event, rm_launch, tm_batch, tm_identify, wl_crash, wl_crumb
from eval_families120_svc import aw_save, ck_message, fn_eval, ph_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("ljosstund", "Ljosstund", "com.example.ljosstund", "2.0.6",
          "https://api.ljosstund.example.net")
IID = "X-Ljos-Install"
DOCTOR = ("Dr. Marjun Hansen", "+298302211", "marjun.hansen@example.org")  # her GP, typed by her
LAMP = {"serial": "LS10K-0082231", "ble": "D4:36:39:7A:0C:52", "fw": "1.4.2"}


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, auth="bearer")


def ljosstund() -> list[Case]:
    rng = random.Random(12051)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    tele = pb([(1, LAMP["serial"]), (2, L(USER_ID, UID)), (3, [(1, 10000), (2, 1800)]),
               (4, L(30, MED)), (5, 1773986400), (6, 37.5)], "", lab)
    out = [
        case(f, f"{a}/api/v1/users", headers=head(APP, rng, iid=IID, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("Myrkatíð!2291", CRED),
            "birthYear": L(1991, BIRTH), "sex": L("female", GENDER), "latitudeBand": "60-65"}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=head(APP, rng, iid=IID), body={
            "email": L(EMAIL, MAIL), "password": L("Myrkatíð!2291", CRED)}),
        case(f, f"{a}/api/v1/me", headers=head(APP, rng, iid=IID, extra=jw)),
        case(f, f"{a}/api/v1/intake", headers=_h(rng), body={
            "diagnosis": L("seasonal affective disorder", MED), "spaqGss": L(16, MED),
            "phq9": L([1, 2, 2, 3, 1, 1, 2, 1, 0], MED), "phq9Total": L(13, MED),
            "medications": [L("sertraline 50 mg", MED)], "since": "2024-11",
            "doctor": {"name": L(DOCTOR[0], NAMEC), "phone": L(DOCTOR[1], TEL)},
            "home": {"lat": L(round(FO_HOME_AT[0], 1), COARSE),
                     "lon": L(round(FO_HOME_AT[1], 1), COARSE)}}),
        case(f, f"{a}/api/v1/lamps", headers=_h(rng), body={
            "serial": LAMP["serial"], "ble": LAMP["ble"], "firmware": LAMP["fw"],
            "lux": 10000}),
        case(f, f"{a}/api/v1/sessions", headers=_h(rng), body={
            "id": obj(rng, "ses", 10), "start": "2026-03-20T07:05:00Z",
            "minutes": L(30, MED), "lux": L(10000, MED), "distanceCm": 45,
            "lamp": LAMP["serial"]}),
        raw(f, f"{a}/api/v1/lamps/telemetry", tele, "application/x-protobuf", lab,
            headers=_h(rng)),
        case(f, f"{a}/api/v1/mood", fmt="msgpack", headers=_h(rng), body={
            "user": L(USER_ID, UID), "mood": L(4, MED), "energy": L(3, MED),
            "sleepHours": L(9.5, MED), "oversleeping": L(True, MED), "at": 1773990000}),
        case(f, f"{a}/api/v1/journal", headers=_h(rng), body={
            "text": L("Dark by four again. Slept ten hours and still could not get up, "
                      "cancelled on Sjúrður's sister.", f"{TEXT}|{MED}|{NAMEC}"),
            "client": rid(rng)}),
        multipart(f, f"{a}/api/v1/journal/voice", [
            ("audio", "memo.m4a", "audio/mp4", L(M4A + b"\xb1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"seconds": 48, "mood": L(3, MED)})],
            headers=_h(rng)),
        case(f, f"{a}/api/v1/daylight", headers=_h(rng), query={
            "lat": L(f"{FO_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{FO_HOME_AT[1]:.2f}", COARSE),
            "date": "2026-03-20"}),
        case(f, f"{a}/api/v1/reports/share", headers=_h(rng), body={
            "to": L(DOCTOR[2], MAIL), "weeks": 8, "include": ["sessions", "phq9", "mood"]}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng), body={
            "time": "06:45", "days": "mon,tue,wed,thu,fri", "tz": L("Atlantic/Faroe",
                                                                    "device.info")}),
        case(f, f"{a}/api/v1/subscription", headers=_h(rng), body={
            "product": L("ljos_plus_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "price": L("249.00", BUY)}),
        case(f, f"{a}/api/v1/import/health-connect", gz=True, headers=_h(rng), body={
            "sleep": [{"start": "2026-03-19T22:10", "end": "2026-03-20T07:50",
                       "minutes": L(580, MED)}],
            "steps": [{"date": "2026-03-19", "count": L(2140, FIT)}]}),
    ]
    return out + common(APP, rng, IID, [("session_done", {"minutes": L(30, MED)}),
                               ("screen", scr("MoodChart")), ("reminder_set", {})],
               "ls_sid", "api/v1/history")


def ljosstund_sdks() -> list[Case]:
    rng = random.Random(12052)
    return [
        tm_batch(APP, rng, [("Session Completed", {"minutes": L(30, MED)}),
                            ("Mood Logged", {"score": L(4, MED)})]),
        tm_identify(APP, rng, {"plan": "plus", "condition": L("SAD", MED)}),
        rm_launch(APP, rng, user=True),
        rm_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=249.0, currency="DKK"),
        wl_crash(APP, rng, ("java.lang.IllegalArgumentException", "lux out of range"),
                 [wl_crumb("navigation", "Home -> Session"),
                  wl_crumb("ui", "start", {"minutes": 30})], screen="SessionActivity"),
        fn_eval(APP, rng, {"lampPaired": True}),
        ph_register(APP, rng, tags={"reminder": "06:45"}),
        aw_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        ck_message(APP, rng, L("Can I use the lamp while on sertraline? My doctor said yes but"
                               " I get headaches.", f"{TEXT}|{MED}"), {"plan": "plus"}),
    ]
