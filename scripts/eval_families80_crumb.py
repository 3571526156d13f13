"""Celiac-disease gluten-exposure diary "Crumbwise": sign-up with the diagnosis, log-in, ``/me``,
her conditions and supplements, a restaurant meal with her fix at the table and a photo, symptoms
(msgpack), a portable gluten sensor's test of a dish, a barcode look-up, a search, restaurants
nearby, lab results and a photo of the report, results shared with her gastroenterologist, a
review, a dining card, a shared kitchen, weight, reminders, a subscription, push, events and a
cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families80_kit import GASTRO, PRODUCTS, RESTAURANT, SENSOR, TABLE_FIX, fix, obj
from eval_families80_sdk import km_batch, km_queue, ok_bid, rv_event, rv_install, vk_session
from eval_families80_svc import kk_geocode, kk_reverse, ly_eval, tk_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("crumbwise", "Crumbwise", "com.example.crumbwise", "5.1.2",
          "https://api.crumbwise.example.com")
IID = "X-Crumb-Install"
PW = "Oatless!Harbor42"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def crumbwise() -> list[Case]:
    rng = random.Random(8021)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    meal = obj(rng, "meal", 10)
    tla, tlo = fix(TABLE_FIX)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthYear": L(1991, BIRTH),
            "diagnosis": {"condition": L("celiac disease", MED), "year": L(2019, MED),
                          "biopsyConfirmed": L(True, MED)}, "newsletter": False}),
        case(f, f"{a}/v2/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile/health", headers=_h(rng, **b), body={
            "conditions": [L("celiac disease", MED), L("lactose intolerance", MED)],
            "sensitivity": L("high", MED), "supplements": [L("Iron 65 mg", MED),
                                                            L("Vitamin D 2000 IU", MED)],
            "strictGlutenFreeSince": L("2019-03", MED), "householdGlutenFree": False}),
        case(f, f"{a}/v2/meals", headers=_h(rng, **b), body={
            "id": meal, "at": "2025-12-09T19:42:00-05:00", "kind": "dinner_out",
            "place": {"id": RESTAURANT["id"], "name": RESTAURANT["name"],
                      "phone": RESTAURANT["phone"], "line": RESTAURANT["line"],
                      "lat": RESTAURANT["lat"], "lon": RESTAURANT["lon"]},
            "where": {"lat": tla, "lon": tlo, "acc": 11},
            "dishes": L("Risotto ai funghi, asked for it gluten free", TEXT),
            "askedStaff": True, "suspectedExposure": L(True, MED)}),
        multipart(f, f"{a}/v2/meals/{meal}/photo", [
            ("photo", "risotto.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"meal": meal, "w": 3024, "h": 4032})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/symptoms", fmt="msgpack", headers=_h(rng, **b), body={
            "meal": meal, "symptoms": [L("bloating", MED), L("diarrhoea", MED),
                                       L("brain fog", MED)],
            "severity": L(7, MED), "onsetHours": L(3, MED), "loggedAt": 1765343100}),
        case(f, f"{a}/v2/sensor/tests", headers=_h(rng, **b), body={
            "serial": SENSOR["serial"], "capsule": SENSOR["capsule"], "firmware": SENSOR["fw"],
            "meal": meal, "result": "gluten_found", "ppm": ">20", "battery": 68}),
        case(f, f"{a}/v2/products/{PRODUCTS[0]}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("gluten free bakery dedicated", SEARCH),
            "near": L(f"{LAT:.4f},{LON:.4f}", PRECISE), "page": "1"}),
        case(f, f"{a}/v2/restaurants/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{TABLE_FIX[0]:.5f},{TABLE_FIX[1]:.5f}", PRECISE), "radius": "800",
            "filter": "dedicated_fryer"}),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "date": "2025-11-28", "tests": [
                {"code": "tTG-IgA", "value": L(14.2, MED), "unit": "U/mL", "ref": "<4"},
                {"code": "ferritin", "value": L(11, MED), "unit": "ng/mL", "ref": "15-150"}],
            "orderedBy": L(GASTRO[0], NAMEC), "lab": "Quorum Diagnostics"}),
        multipart(f, f"{a}/v2/labs/report", [
            ("scan", "labs_nov.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pages": 1, "ocr": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/share/doctor", fmt="form", headers=_h(rng, **b), body={
            "name": L(GASTRO[0], NAMEC), "phone": L(GASTRO[1], TEL),
            "email": L("m.castellanos@gutcare.example.com", MAIL),
            "range": "90d", "include": "symptoms,labs,meals"}),
        case(f, f"{a}/v2/reviews", headers=_h(rng, **b), body={
            "place": RESTAURANT["id"], "rating": 2, "safe": False,
            "text": L("GF pasta came with regular croutons on top. Sick all night.", MT)}),
        case(f, f"{a}/v2/dining-card", headers=_h(rng, **b), body={
            "lang": "it", "name": L(f"{FIRST} {LAST}", NAMEC),
            "text": L("Ho la celiachia: niente glutine, nemmeno tracce.", MT)}),
        case(f, f"{a}/v2/household/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL), "role": "editor"}),
        case(f, f"{a}/v2/body", headers=_h(rng, **b), body={
            "weightKg": L(58.9, FIT), "heightCm": L(168, FIT), "date": "2025-12-09"}),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "what": L("Iron 65 mg", MED), "time": "08:00", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "productId": L("crumbwise_plus_yearly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3319-4410-2287-51034", BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("meal_logged", 1, out=True), ev("symptom_logged", 2),
                ev("screen", 3, screen=L("ExposureTimeline", USAGE))]}),
        case(f, f"{a}/v2/diary", headers=_h(rng, how="nodash"),
             query={"from": "2025-11-01", "to": "2025-12-09"},
             cookies={"cw_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def crumbwise_sdks() -> list[Case]:
    rng = random.Random(8022)
    return [
        km_batch(APP, rng, [("Meal Logged", {"out": True}),
                            ("Symptom Logged", {"severity": L(7, MED)})], at=(LAT, LON), nd=2),
        km_queue(APP, rng, [("Sensor Paired", {"fw": SENSOR["fw"]}), ("Card Shown", {})]),
        rv_install(APP, rng, first=False, user=True, n=9),
        rv_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=29.99, hashed=True),
        ok_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=TABLE_FIX, nd=3,
               keywords=L("celiac,gluten free", MED)),
        vk_session(APP, rng, secs=388),
        ly_eval(APP, rng, {"sensor": True, "diningCard": "it"}),
        tk_register(APP, rng, tags={"iron_reminder": "on"}),
        kk_geocode(APP, rng, "Senza Gluten Sullivan Street", SEARCH, near=(LAT, LON), nd=3),
        kk_reverse(APP, rng, TABLE_FIX, PRECISE, nd=5),
    ]

