"""Ethiopian Orthodox fasting-calendar app "Tsomgize" (her religion; not set 90's Serbian slava app:
this one is the Ge'ez calendar's fasts, a parish, a confessor and fasting meals): the account with
her parish and baptismal name, a log-in, ``/me``, the fasts she keeps, today's fasting log, an
exemption while on antibiotics, churches near her New York position on the December visit, a
check-in at the Bronx parish, her confessor, a tithe, saints followed, a recipe search and a saved
recipe, church-service reminders, the calendar, a journal entry, a parish women's association
post, her son as a family member, a widget, a premium purchase checked with Play, push, events
and the feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families102_kit import (
    BAPTISMAL,
    CONFESSOR,
    FASTS,
    NY_PARISH,
    PARISH,
    SON,
    SON_DOB,
    obj,
)
from eval_families102_kit import fix as herfix
from eval_families102_sdk import au_bid, au_notice, cp_crumb, cp_report, gb_batch, gb_identify
from eval_families102_svc import bq_register, cm_check, gh_eval, hf_message, mj_geocode
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, W, case

APP = App("tsomgize", "Tsomgize", "com.example.tsomgize", "2.3.7",
          "https://api.tsomgize.example.org")
IID = "X-Tsom-Install"
PW = "Kidase-Sunday-0600"
BRONX = {"id": "ch_ny_0031", "name": NY_PARISH, "lat": 40.84812, "lon": -73.87541}  # negative
SB = f"{NAMEC}|{SENS}"  # a baptismal name: a name that states the religion


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def tsomgize() -> list[Case]:
    rng = random.Random(10241)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), parish=L(PARISH, SENS)))}
    b = {"auth": "bearer"}
    near_la, near_lo = herfix((LAT, LON), 3)
    ci_la, ci_lo = herfix((40.848031, -73.875522), 5)  # her phone at the Bronx church
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "displayName": L(FIRST, NAMEC), "email": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED), "parish": L(PARISH, SENS),
            "baptismalName": L(BAPTISMAL, SB), "calendar": "ethiopian",
            "language": L("am", DEV)}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/accounts/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fasts/observed", headers=_h(rng, **b), body={
            "fasts": [L(x, SENS) for x in FASTS], "wednesdayFriday": L(True, SENS),
            "strictness": L("no_animal_products_until_3pm", SENS)}),
        case(f, f"{a}/v1/fasting-log", headers=_h(rng, **b), body={
            "date": "2025-12-09", "ecDate": "2018-03-30", "fast": L("tsome_nebiyat", SENS),
            "kept": L(True, SENS), "brokeAt": "15:00",
            "note": L("Kept the Nebiyat fast until 3 pm despite the office lunch",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/exemptions", headers=_h(rng, **b), body={
            "from": "2025-12-05", "to": "2025-12-12", "approvedBy": L(CONFESSOR[0], NAMEC),
            "reason": L("On antibiotics for a foot infection, Abba said to eat with the pills",
                        f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/v1/churches/nearby", headers=_h(rng, **b), query={
            "lat": near_la, "lon": near_lo, "rite": "ethiopian_orthodox", "radius": "25km"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "church": {"id": BRONX["id"], "name": L(BRONX["name"], SENS),
                       "lat": BRONX["lat"], "lon": BRONX["lon"]},
            "lat": ci_la, "lon": ci_lo, "service": L("kidase", SENS)}),
        case(f, f"{a}/v1/confessor", headers=_h(rng, **b), body={
            "name": L(CONFESSOR[0], NAMEC), "phone": L(CONFESSOR[1], TEL), "since": 2019,
            "parish": L(PARISH, SENS)}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "church": L(PARISH, SENS), "kind": L("asrat", SENS), "amount": L("1200.00", BUY),
            "currency": "ETB", "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/saints/follow", headers=_h(rng, **b), body={
            "saints": [L("kidus_giorgis", SENS), L("kidist_mariam", SENS),
                       L("kidus_mikael", SENS)], "notify": True}),
        case(f, f"{a}/v1/recipes/search", headers=_h(rng, **b), query={
            "q": L("misir wot without oil", SEARCH), "fasting": "1", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/recipes/rc_shiro_0412/save", headers=_h(rng, **b),
             body={"collection": "weekday"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "reminders": [{"kind": L("kidase_sunday", SENS), "time": "05:30"},
                          {"kind": L("fast_ends", SENS), "time": "15:00"}],
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/calendar/2018", headers=_h(rng, **b),
             query={"cal": "ec", "month": "3"}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "id": obj(rng, "jr", 8), "mood": 4,
            "text": L("Prayed for Enat's feet during Kidase, lit a candle for Dawit's exams",
                      f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "group": L("Kidus Rufael women's mahber", SENS),
            "body": L("Who is cooking for the Tahsas 22 gathering? I can bring shiro",
                      f"{TEXT}|{SENS}"),
            "meta": W({"fast": L("tsome_nebiyat", SENS), "client": "android-2.3.7"}, "json")}),
        case(f, f"{a}/v1/family", headers=_h(rng, **b), body={
            "name": L(SON, NAMEC), "baptismalName": L("Gebre Mikael", SB),
            "birthDate": L(SON_DOB, BIRTH), "fastsFrom": L("breakfast_only", SENS)}),
        case(f, f"{a}/v1/widget", fmt="form", headers=_h(rng, **b), body={
            "style": "dark", "tz": L("America/New_York", DEV), "lang": L("am", DEV)}),
        case(f, f"{a}/v1/premium/verify", headers=_h(rng, **b), body={
            "productId": L("tsomgize_premium_year", BUY),
            "orderId": L("GPA.3318-5502-7741-20931", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("am", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("fast_logged", 1), ev("recipe_saved", 2),
                ev("screen", 3, screen=L("TodayFast", USAGE))]}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="upper"),
             cookies={"tg_sess": L(opaque(rng, "", 40), CRED), "tg_cal": "ec"}),
    ]


def tsomgize_sdks() -> list[Case]:
    rng = random.Random(10242)
    ny = {"country": L("USA", "location.coarse"), "region": L("NY", "location.coarse"),
          "city": L("New York", "location.coarse")}
    return [
        gb_batch(APP, rng, [("Fast Logged", {"fast": L("tsome_nebiyat", SENS), "kept": True}),
                            ("Recipe Viewed", {"recipe": "rc_shiro_0412"})],
                 tz="America/New_York"),
        gb_identify(APP, rng, {"parish": L(PARISH, SENS), "calendar": "ethiopian",
                               "first_name": L(FIRST, NAMEC)}),
        au_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, geo=ny,
               keywords="fasting,recipes,vegan"),
        au_notice(APP, rng, "imp"),
        cp_report(APP, rng, ("java.time.DateTimeException", "Pagume 6 in a common year"),
                  [cp_crumb("navigation", "Calendar -> Month"),
                   cp_crumb("user", "tap", {"day": "2017-13-06"})], screen="CalendarActivity",
                  tz="America/New_York"),
        gh_eval(APP, rng, {"calendar": "ethiopian", "premium": True}, get=True),
        bq_register(APP, rng, tags={"parish": L("kidus_rufael_bole", SENS),
                                    "fasts": L("all", SENS)}, at=(LAT, LON), nd=2,
                    tz="America/New_York"),
        cm_check(APP, rng, {"analytics": True, "ads": False}),
        mj_geocode(APP, rng, "Ethiopian Orthodox church Bronx", f"{SEARCH}|{SENS}",
                   near=(LAT, LON), nd=3),
        hf_message(APP, rng, L("The Tahsas dates show one day off after the Pagume update",
                               TEXT), {"plan": "premium"}),
    ]

