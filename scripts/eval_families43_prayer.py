"""Prayer-times and mosque-finder app "Adhanly" (snake_case API): sign-up, a log-in, ``/me``,
prayer times by position (query) and by city (path), the qibla from her fix, mosques near her
(``lat,lon`` in the path) and one mosque's page, a home mosque, the prayer log (msgpack), a
fasting log, Quran reading progress, a dua request on the prayer wall, a donation with her
name, the zakat calculator, adhan settings, travel mode, a mosque search, a recitation recorded
for tajweed feedback, a Play subscription, push, events and the timetable by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families43_kit import MOSQUES, WORK_AT, obj43
from eval_families43_sdk import bp_bid, bp_win, cb_crumb, cb_report, io_launch, th_batch, th_screen
from eval_families43_svc import fs_eval, mb_search, pm_pay, pt_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("adhanly", "Adhanly", "com.example.adhanly", "9.1.3", "https://api.adhanly.example.com")
IID = "X-Adhanly-Device"
PW = "Crescent-Lamp-91"
RS = f"{TEXT}|{SENS}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def adhanly() -> list[Case]:
    rng = random.Random(4371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    qla, qlo = pos(3)
    wla, wlo = fix(WORK_AT, 5)
    seg = f"{LAT:.4f},{LON:.4f}"
    near = at_path(case(f, f"{a}/v1/mosques/nearby/{seg}", headers=_h(rng, **b),
                        query={"radius_km": "5", "women_space": "1"}), seg, PRECISE)
    city = at_path(case(f, f"{a}/v1/times/city/new-york", headers=_h(rng, **b),
                        query={"date": "2025-12-10", "method": "isna"}), "new-york", COARSE)
    m = MOSQUES[0]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "gender": L("female", GENDER), "newsletter": False}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": "android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/times", headers=_h(rng, **b), query={
            "lat": qla, "lng": qlo, "date": "2025-12-10", "method": "isna",
            "asr": L("hanafi", SENS), "tz": L("America/New_York", DEV)}),
        city,
        case(f, f"{a}/v1/qibla", headers=_h(rng, **b), body={
            "lat": wla, "lng": wlo, "heading_deg": 58.2, "declination": -12.9,
            "calibration": "high"}),
        near,
        case(f, f"{a}/v1/mosques/{m['id']}", headers=_h(rng, **b), query={"lang": "en"}),
        case(f, f"{a}/v1/me/home-mosque", headers=_h(rng, **b), body={
            "home_mosque": L(m["id"], SENS), "mosque": {"name": m["name"], "lat": m["lat"],
                                                        "lng": m["lon"], "phone": m["phone"]},
            "jumuah_reminder": True}),
        case(f, f"{a}/v1/prayer-log", fmt="msgpack", headers=_h(rng, **b), body={
            "date": "2025-12-09", "prayed": [L("fajr", SENS), L("dhuhr", SENS),
                                             L("maghrib", SENS), L("isha", SENS)],
            "on_time": L(3, SENS), "user_id": L(USER_ID, UID)}),
        case(f, f"{a}/v1/fasting", headers=_h(rng, **b), body={
            "year": 1447, "days": L([{"day": d, "fasted": d not in (9, 10)} for d in range(1, 13)],
                                    SENS),
            "missed_reason": L("menstruation", MED), "qada_left": L(2, SENS)}),
        case(f, f"{a}/v1/quran/progress", fmt="form", headers=_h(rng, **b), body={
            "surah": L("18", SENS), "ayah": "45", "minutes_today": L("22", USAGE)}),
        case(f, f"{a}/v1/prayer-wall", headers=_h(rng, **b), body={
            "text": L("Please make dua for my mother, her heart surgery is on Friday",
                      f"{RS}|{MED}"), "anonymous": False, "display_name": L(FIRST, NAMEC)}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "campaign": "expansion-2026", "mosque_id": m["id"], "kind": "zakat",
            "amount": L("250.00", BUY), "currency": "USD", "recurring": "monthly",
            "donor_name": L(NAME, NAMEC), "donor_email": L(EMAIL, MAIL),
            "donation_id": obj43(rng, "don")}),
        case(f, f"{a}/v1/zakat/calculate", headers=_h(rng, **b), body={
            "cash": 8200, "gold_g": 12.5, "silver_g": 0, "debts": 1200, "nisab": "silver",
            "currency": "USD"}),
        case(f, f"{a}/v1/settings/adhan", fmt="form", headers=_h(rng, **b), body={
            "fajr": "makkah", "dhuhr": "beep", "offset_min": "5",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/travel", headers=_h(rng, **b), query={
            "from": L("New York", COARSE), "to": L("Lisbon", COARSE), "qasr": "1"}),
        case(f, f"{a}/v1/mosques/search", headers=_h(rng, **b), query={
            "q": L("women's prayer space midtown", SEARCH), "open_now": "1"}),
        multipart(f, f"{a}/v1/tajweed/recitations", [
            ("audio", "recitation.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"surah": L(67, SENS), "ayat": "1-5",
                                                "teacher": "tch_208"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "product_id": L("adhanly.plus.yearly", BUY), "token": L(play_token(rng), BUY),
            "package": APP.pkg}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("qibla_opened", 1), ev("times_viewed", 2),
                ev("screen", 3, screen=L("MosqueFinder", USAGE))]}),
        case(f, f"{a}/v1/timetable", headers=_h(rng, how="nodash"),
             cookies={"adh_sess": L(opaque(rng, "", 40), CRED), "adh_method": "isna"}),
    ]


def adhanly_sdks() -> list[Case]:
    rng = random.Random(4372)
    return [
        th_batch(APP, rng, [("Qibla Opened", {"accuracy": "high"}),
                            ("Prayer Logged", {"prayer": L("fajr", SENS)})], at=(LAT, LON),
                 nd=2),
        th_screen(APP, rng, "Onboarding", {"step": 2}),
        io_launch(APP, rng, first=True, user=False),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords=L("ramadan,halal food", SENS)),
        bp_win(APP, rng),
        cb_report(APP, rng, ("java.lang.NullPointerException", "sensor TYPE_ROTATION_VECTOR"),
                  [cb_crumb("nav", "Times -> Qibla"), cb_crumb("log", "compass start")],
                  screen="QiblaActivity"),
        fs_eval(APP, rng, {"madhab": L("hanafi", SENS), "donations": True}),
        pt_register(APP, rng, tags={"madhab": L("hanafi", SENS), "adhan": "makkah"},
                    at=(LAT, LON), nd=2),
        pm_pay(APP, rng, "250.00"),
        mb_search(APP, rng, "mosque", SEARCH, near=(LAT, LON), nd=3),
    ]
