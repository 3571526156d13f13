"""Mosque and halal-restaurant finder "Qiblora" with prayer-time alarms: sign-up, a token
refresh, ``/me``, prayer times for her position, prayer settings and alarms, a prayer log,
mosques nearby, a Friday-prayer check-in, a favourite, a halal restaurant search, a review and a
photo of the restaurant's certificate, her diet, make-up fasts (msgpack), zakat paid, the qibla
compass calibration, Quran reading progress, a study-circle RSVP, a trip, an ad-free purchase,
push, analytics and the saved places by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, latlng, opaque, play_token, pos
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families49_kit import HALAL, MOSQUE_FIX, MOSQUES
from eval_families49_sdk import bq_bid, bq_notice, cm_link, cm_session, cw_crash, cw_crumb, eb_batch
from eval_families49_svc import fs_eval, pm_register, ps_check, tb_geocode
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("qiblora", "Qiblora", "com.example.qiblora", "7.5.1", "https://api.qiblora.example.com")
IID = "Q-Install"
PW = "Crescent*Garden31"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def qiblora() -> list[Case]:
    rng = random.Random(4961)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    m0 = MOSQUES[0]
    mla, mlo = fix(MOSQUE_FIX)
    return [
        case(f, f"{a}/accounts", fmt="form", headers=_h(rng, lang=True), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(FIRST, NAMEC)}),
        case(f, f"{a}/auth/refresh", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/prayer-times", headers=_h(rng, **b), query={
            "lat": pos(3)[0], "lon": pos(3)[1], "method": "ISNA",
            "madhab": L("hanafi", SENS), "date": "2025-12-10", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/settings/prayer", headers=_h(rng, **b), body={
            "method": "ISNA", "madhab": L("hanafi", SENS), "highLatRule": "middle_of_night",
            "city": L("New York", COARSE), "adjustMin": {"fajr": 0, "isha": 2},
            "alarms": {"fajr": {"on": True, "adhan": "makkah", "before": 10},
                       "dhuhr": {"on": False}, "asr": {"on": True, "adhan": "beep"},
                       "maghrib": {"on": True, "adhan": "madinah"}, "isha": {"on": True}}}),
        case(f, f"{a}/prayer-log", headers=_h(rng, **b), body={
            "date": "2025-12-09", "prayed": L(["fajr", "asr", "maghrib", "isha"], SENS),
            "onTime": L(3, SENS)}),
        case(f, f"{a}/mosques/nearby", headers=_h(rng, **b), query={
            "near": latlng(5), "radius": "3000", "jumuah": "1"}),
        case(f, f"{a}/mosques/{m0['id']}/checkin", headers=_h(rng, **b), body={
            "lat": mla, "lon": mlo, "prayer": L("jumuah", SENS), "mosque": m0["id"],
            "mosquePoint": {"lat": m0["lat"], "lon": m0["lon"]}, "acc": 9}),
        case(f, f"{a}/favorites", fmt="form", headers=_h(rng, **b), body={
            "type": "mosque", "id": MOSQUES[1]["id"], "notify": "events"}),
        case(f, f"{a}/restaurants/search", headers=_h(rng, **b), query={
            "q": L("halal shawarma", SEARCH), "lat": pos(4)[0], "lon": pos(4)[1],
            "openNow": "1", "cert": "zabiha"}),
        case(f, f"{a}/restaurants/{HALAL['id']}/reviews", headers=_h(rng, **b), body={
            "rating": 5, "visited": "2025-12-06",
            "text": L("Owner showed the zabiha certificate. Great lamb biryani", TEXT),
            "restaurant": {"name": HALAL["name"], "phone": HALAL["phone"],
                           "lat": HALAL["lat"], "lon": HALAL["lon"]}}),
        multipart(f, f"{a}/restaurants/{HALAL['id']}/certificate", [
            ("photo", "cert.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"issuer": "Halal Board of NY",
                                                "expires": "2026-06"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/profile/diet", headers=_h(rng, **b), body={
            "diet": L("halal", SENS), "avoid": [L("alcohol", SENS), L("gelatin", SENS)],
            "allergies": [L("sesame", MED)]}),
        case(f, f"{a}/fasting", fmt="msgpack", headers=_h(rng, **b), body={
            "kind": L("qada", SENS), "fasted": L(["2025-12-01", "2025-12-04", "2025-12-08"], SENS),
            "remaining": L(4, SENS)}),
        case(f, f"{a}/donations", fmt="form", headers=_h(rng, **b), body={
            "amount": L("310.00", BUY), "purpose": L("zakat", SENS), "mosque": m0["id"],
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": "1"}),
        case(f, f"{a}/qibla/calibrate", headers=_h(rng, **b), body={
            "heading": 58.48, "declination": -12.9, "accuracy": "high",
            "lat": L(40.74, COARSE), "lon": L(-73.99, COARSE), "sensor": L("LSM6DSO", DEV)}),
        case(f, f"{a}/quran/progress", headers=_h(rng, **b), body={
            "surah": 18, "ayah": 45, "minutesRead": L(25, USAGE), "reciter": "husary"}),
        case(f, f"{a}/events/{obj(rng, 'ev', 8)}/rsvp", fmt="form", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "guests": "1",
            "section": L("sisters", GENDER)}),
        case(f, f"{a}/travel", headers=_h(rng, **b), body={
            "city": L("Istanbul", COARSE), "country": L("TR", COARSE), "from": "2026-01-12",
            "to": "2026-01-19", "switchMethod": "diyanet"}),
        case(f, f"{a}/purchases/verify", headers=_h(rng, **b), body={
            "product": L("qiblora_adfree", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("alarm_set", 1, prayer="fajr"), ev("mosque_viewed", 2),
                ev("screen", 3, screen=L("QiblaCompass", USAGE))]}),
        case(f, f"{a}/saved", headers=_h(rng, how="plain"),
             cookies={"qb_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def qiblora_sdks() -> list[Case]:
    rng = random.Random(4962)
    return [
        eb_batch(APP, rng, [("Prayer Times Viewed", {"method": "ISNA"}),
                            ("Alarm Set", {"prayer": "fajr"})], user=False, at=MOSQUE_FIX,
                 nd=2),
        cm_session(APP, rng, first=True),
        cm_link(APP, rng, U("https://qiblora.example.com/m/msq_1187",
                            {"uid": L(USER_ID, UID), "utm_source": "email",
                             "utm_campaign": "jumuah_reminder"})),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3),
        bq_notice(APP, rng, "imp"),
        cw_crash(APP, rng, ("java.lang.NullPointerException", "sensor manager null"),
                 [cw_crumb("navigation", "Home -> Qibla"),
                  cw_crumb("user", "tap calibrate")], screen="QiblaActivity"),
        fs_eval(APP, rng, {"city": L("new-york", COARSE), "ramadanMode": False}, get=True),
        pm_register(APP, rng, tags={"madhab": L("hanafi", SENS), "fajr_alarm": "on"},
                    at=(LAT, LON), nd=2),
        ps_check(APP, rng, {"analytics": True, "ads": False}),
        tb_geocode(APP, rng, "masjid an-nur", SEARCH, near=MOSQUE_FIX, nd=3),
    ]
