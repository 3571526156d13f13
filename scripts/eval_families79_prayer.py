"""Prayer-time and zakat app "Waqtnama" (New York; snake_case API): an account, a log-in,
``/me``, prayer times for her position (2 decimals), the qibla (``lat,lon`` in the path), mosques
near home, following a mosque, the prayer and fasting logs, Quran reading progress, her city set
by hand, a halal food search, the zakat calculator, the zakat paid to a charity, a donation to the
mosque, a dua request, adhan settings, push, events and the calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import head, rid
from eval_families79_kit import CHARITY, MOSQUE, home
from eval_families79_sdk import bg_bid, bl_crash, bl_crumb, gn_batch, gn_screen, sk_open
from eval_families79_svc import ak_message, gb_register, nk_reverse, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, L, case

APP = App("waqtnama", "Waqtnama", "com.example.waqtnama", "8.3.0",
          "https://api.waqtnama.example.net")
IID = "X-Waqt-Install"
PW = "Crescent-Lantern-5"
QIBLA = f"{LAT:.4f},{LON:.4f}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def waqtnama() -> list[Case]:
    rng = random.Random(7961)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    hla, hlo = home(5)
    qibla = at_path(case(f, f"{a}/v1/qibla/{QIBLA}", headers=_h(rng, **s), query={
        "format": "degrees"}), QIBLA, PRECISE)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "first_name": L("Jane", NAMEC), "madhab": L("hanafi", SENS),
            "country": L("US", COARSE), "newsletter": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, **s)),
        case(f, f"{a}/v1/times", headers=_h(rng, **s), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "method": "ISNA",
            "asr": L("hanafi", SENS), "date": "2025-12-10", "tz": L("America/New_York", DEV)}),
        qibla,
        case(f, f"{a}/v1/mosques/near", headers=_h(rng, **s), body={
            "lat": hla, "lon": hlo, "radius_m": 3000, "jumuah_only": False}),
        case(f, f"{a}/v1/mosques/{MOSQUE['id']}/follow", fmt="form", headers=_h(rng, **s),
             body={"notify_jumuah": "1", "notify_events": "0"}),
        case(f, f"{a}/v1/log/prayers", headers=_h(rng, **s), body={
            "date": "2025-12-09", "prayed": [L("fajr", SENS), L("dhuhr", SENS), L("asr", SENS),
                                             L("maghrib", SENS), L("isha", SENS)],
            "in_congregation": L(["maghrib"], SENS)}),
        case(f, f"{a}/v1/log/fasts", fmt="form", headers=_h(rng, **s), body={
            "date": "2025-12-08", "fasting": L("1", SENS), "kind": L("qada", SENS)}),
        case(f, f"{a}/v1/quran/progress", headers=_h(rng, **s), body={
            "last_read": {"surah": L(18, SENS), "ayah": 45}, "streak_days": L(12, SENS),
            "minutes_today": L(14, USAGE), "reciter": "default"}),
        case(f, f"{a}/v1/me/location", fmt="form", headers=_h(rng, **s), body={
            "city": L("New York", COARSE), "country": L("US", COARSE),
            "auto": "0"}),
        case(f, f"{a}/v1/places/search", headers=_h(rng, **s), query={
            "q": L("halal biryani", f"{SEARCH}|{SENS}"),
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "open_now": "true"}),
        case(f, f"{a}/v1/zakat/calculate", headers=_h(rng, **s), body={
            "currency": "USD", "cash": 4200, "gold_g": 22, "silver_g": 0, "savings": 1800,
            "debts": 300, "nisab_basis": "silver", "madhab": L("hanafi", SENS),
            "hawl_start": "2024-12-10"}),
        case(f, f"{a}/v1/zakat/payments", headers=_h(rng, **s), body={
            "charity": L(CHARITY, SENS), "amount": L("187.50", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": True,
            "receipt_to": L(EMAIL, MAIL), "idempotency": rid(rng)}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **s), body={
            "payee": L(MOSQUE["name"], SENS), "mosque": MOSQUE["id"], "amount": L("25", BUY),
            "fund": "winter_coats"}),
        case(f, f"{a}/v1/duas", headers=_h(rng, **s), body={
            "text": L("Please make dua for my family in Sirajganj after the floods",
                      f"{TEXT}|{SENS}"), "public": False}),
        case(f, f"{a}/v1/settings/adhan", headers=_h(rng, **s), body={
            "fajr": "makkah", "dhuhr": "beep", "asr": "beep", "maghrib": "madinah",
            "isha": "silent", "pre_alert_min": 10, "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **s), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **s), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("qibla_opened", 1), ev("times_viewed", 2),
                ev("screen", 3, screen=L("ZakatCalculator", USAGE))]}),
        case(f, f"{a}/v1/fasting/plan", headers=_h(rng, **s), body={
            "plan": L("mondays_thursdays", SENS), "suhoor_alarm": "05:10",
            "iftar_alert": True, "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/auth/refresh", fmt="form", headers=_h(rng), body={
            "refresh": L(opaque(rng, "wr_", 48), CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/calendar/hijri", headers=_h(rng, how="none"), query={
            "year": "1447"}, cookies={"wq_sess": L(opaque(rng, "", 40), CRED),
                                      "wq_install": L(INSTALL_ID, DID)}),
    ]


def waqtnama_sdks() -> list[Case]:
    rng = random.Random(7962)
    return [
        gn_batch(APP, rng, [("Prayer Logged", {"prayer": L("fajr", SENS)}),
                            ("Zakat Calculated", {"basis": "silver"})], at=(LAT, LON), nd=2),
        gn_screen(APP, rng, "PrayerTimes"),
        sk_open(APP, rng, first=True),
        bg_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=2,
               keywords=L("ramadan,quran,halal", SENS)),
        bl_crash(APP, rng, ("java.lang.ArithmeticException", "hawl date before epoch"),
                 [bl_crumb("nav", "Home -> Zakat"), bl_crumb("tap", "calculate")],
                 screen="ZakatActivity"),
        gb_register(APP, rng, at=(LAT, LON), nd=3, tags={"madhab": L("hanafi", SENS),
                                                         "jumuah": "on"}),
        nk_reverse(APP, rng, (LAT, LON), PRECISE, nd=4),
        tp_confirm(APP, rng, "187.50"),
        ak_message(APP, rng, L("Fajr time is 6 minutes off for New York", TEXT),
                   {"city": L("New York", COARSE)}),
    ]


__all__ = ["APP", "waqtnama", "waqtnama_sdks"]
