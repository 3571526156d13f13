"""Mosque-donation and zakat-calculator app "Barakah": sign-up, a log-in, ``/me``, her home
mosque chosen, mosques nearby by her position, prayer times (a ``lat,lon`` path segment), the
school of thought, the zakat calculation (her wealth figures), zakat paid and a recurring
sadaqah, a Ramadan pledge (JSON Lines), a tax receipt to her address, a gift in a relative's
name, a dua request, a search, a Qibla check, push, events and receipts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families55_kit import MOSQUE, ZAKAT, ZAKAT_DUE, obj
from eval_families55_sdk import cw_batch, cw_identify, lm_event, lm_link, sv_session
from eval_families55_svc import ag_check, br_register, cm_card, cm_confirm, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, PHONE, USER_ID, Case, J, L, U, case

APP = App("barakah", "Barakah", "com.example.barakah", "3.3.2",
          "https://api.barakah.example.org")
IID = "X-Barakah-Install"
PW = "Crescent*Dawn19"
GIFT = "GFT-25-118204"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def barakah() -> list[Case]:
    rng = random.Random(5551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mosque=L(MOSQUE["id"], SENS)))}
    seg = f"{LAT:.4f},{LON:.4f}"
    prayer = at_path(case(f, f"{a}/v3/prayer-times/{seg}", headers=_h(rng, **b),
                          query={"method": "ISNA", "date": "2025-12-10"}), seg, PRECISE)
    pledge = lines(f, f"{a}/v3/pledges/import", [
        {"user": L(USER_ID, UID), "night": n, "amount": L(amt, BUY), "cause": "masjid",
         "mosque": L(MOSQUE["id"], SENS), "idem": rid(rng)}
        for n, amt in ((21, "10.00"), (23, "10.00"), (27, "50.00"))], headers=_h(rng, **b))
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v3/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/mosques/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.5f}", PRECISE), "lng": L(f"{LON:.5f}", PRECISE), "radius": "3mi"}),
        case(f, f"{a}/v3/me/mosque", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "name": MOSQUE["name"], "line": MOSQUE["line"],
            "phone": MOSQUE["phone"], "lat": MOSQUE["lat"], "lon": MOSQUE["lon"],
            "jummahReminder": True}),
        prayer,
        case(f, f"{a}/v3/me/preferences", fmt="form", headers=_h(rng, **b), body={
            "madhab": L("hanafi", SENS), "asrMethod": "hanafi", "hijriAdjust": "0",
            "language": L("en", DEV)}),
        case(f, f"{a}/v3/zakat/calculate", headers=_h(rng, **b), body={
            **ZAKAT, "hawlStart": "1446-09-01", "zakatDue": ZAKAT_DUE, "currency": "USD",
            "goldPricePerGram": 82.41}),
        case(f, f"{a}/v3/zakat/pay", headers=_h(rng, **b), body={
            "amount": L(ZAKAT_DUE, BUY), "recipient": L(MOSQUE["id"], SENS),
            "fund": "zakat al-mal", "method": L(opaque(rng, "pm_", 24), PAY),
            "coverFees": True, "anonymous": False}),
        case(f, f"{a}/v3/sadaqah/recurring", fmt="form", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "every": "friday", "mosque": L(MOSQUE["id"], SENS),
            "cardLast4": L("4444", PAY)}),
        pledge,
        case(f, f"{a}/v3/receipts/tax", headers=_h(rng, **b), body={
            "year": 2025, "name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(STREET, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "mosqueEin": MOSQUE["ein"], "total": L("1316.38", BUY)}),
        case(f, f"{a}/v3/gifts", headers=_h(rng, **b), body={
            "gift": L(GIFT, BUY), "amount": L("100.00", BUY), "cause": "water well",
            "onBehalfOf": L("Amina Doe (late grandmother)", NAMEC),
            "notify": {"name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL)}}),
        case(f, f"{a}/v3/dua-requests", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "text": L(
                "Please make dua for my mother's recovery after her surgery",
                f"{TEXT}|health.medical"), "public": False}),
        case(f, f"{a}/v3/events/iftar/rsvp", fmt="form", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "name": L(f"{FIRST} {LAST}", NAMEC),
            "adults": "2", "children": "0", "phone": L(PHONE, TEL)}),
        case(f, f"{a}/v3/me/journey", headers=_h(rng, **b), body={
            "revertYear": L(2019, SENS), "classes": [L("new muslim circle", SENS)],
            "mentorRequest": True}),
        case(f, f"{a}/v3/volunteers", headers=_h(rng, **b), body={
            "mosque": L(MOSQUE["id"], SENS), "email": L(EMAIL, MAIL),
            "skills": ["bookkeeping", "food drive"], "availability": "weekends"}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("zakat on gold jewelry", SEARCH), "scope": "articles"}),
        case(f, f"{a}/v3/qibla", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE),
            "heading": "58.2"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "timezone": L("America/New_York", DEV), "athanSound": "makkah"}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("zakat_calculated", 1), ev("donation_made", 2, amount=L(686.38, BUY)),
                ev("screen", 3, screen=L("PrayerTimes", USAGE))]}),
        case(f, f"{a}/v3/receipts", headers=_h(rng, how="none"),
             cookies={"bk_sess": L(opaque(rng, "", 40), CRED), "bk_install": L(INSTALL_ID, DID),
                      "bk_ab": "v2"}),
        case(f, f"{a}/v3/campaigns/{obj(rng, 'cmp', 6)}", headers=_h(rng, how="nodash")),
    ]


def barakah_sdks() -> list[Case]:
    rng = random.Random(5552)
    link = U("https://barakah.example.org/l/give", {"m": L(MOSQUE["id"], SENS),
                                                    "ref": L(USER_ID, UID), "c": "ramadan"})
    return [
        cw_batch(APP, rng, [("Zakat Paid", {"amount": L(686.38, BUY)}),
                            ("Prayer Times Viewed", {"method": "ISNA"})], at=(LAT, LON), nd=2),
        cw_identify(APP, rng, {"madhab": L("hanafi", SENS), "zip": L(ZIP, COARSE)}),
        lm_event(APP, rng, "donate", {"fund": "zakat"}, revenue=686.38, hashed=True),
        lm_link(APP, rng, link),
        sv_session(APP, rng, secs=230),
        sb_eval(APP, rng, {"ramadan": True}, hdr=True),
        br_register(APP, rng, tags={"mosque": L(MOSQUE["id"], SENS), "athan": "on"}),
        ag_check(APP, rng, {"analytics": True, "ads": False}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, ZAKAT_DUE, meta={"fund": "zakat",
                                              "mosque": L(MOSQUE["id"], SENS)}),
    ]
