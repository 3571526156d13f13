"""Psoriasis treatment diary "Plaquelog" (set up at home in New York, used in Sofia too): a daily
diary of itch, pain, scaling, areas and triggers, a body map (msgpack), progress photos, topical
and systemic treatments with doses logged, a psoriatic-arthritis screening questionnaire (PEST),
methotrexate blood tests, her New York dermatologist, a report shared with her and a video visit
booked, the UV index at home, clinics near home, a community search and post, a weekly reminder,
a Health Connect sync (gzip), push, events and the diary by a cookie GET. Unlike sets 54 (a
biologic tracker) and 90 (a phototherapy tracker), the diary is about topical creams, weekly
methotrexate and its safety bloods, flare triggers and a screening for psoriatic arthritis."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
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
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families103_kit import DERM, DERM_CLINIC, home, obj
from eval_families103_sdk import (
    ae_event,
    ae_session,
    aw_bid,
    fq_crash,
    fq_crumb,
    gf_batch,
    gf_queue,
)
from eval_families103_svc import hr_message, ph_check, pm_register, st_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, SSID, USER_ID, Case, J, L, case

APP = App("plaquelog", "Plaquelog", "com.example.plaquelog", "5.0.2",
          "https://api.plaquelog.example.com")
IID = "X-Plaquelog-Install"
PW = "Calm-Skin-2025!"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def plaquelog() -> list[Case]:
    rng = random.Random(10321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    entry = obj(rng, "ent", 10)
    hla, hlo = home(5)
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthDate": L(DOB, BIRTH), "sex": L("female", GENDER), "zip": L(ZIP, COARSE),
            "diagnosis": {"type": L("plaque psoriasis", MED), "since": L(2014, MED),
                          "psoriaticArthritis": L("suspected", MED),
                          "familyHistory": L(True, MED)}}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "client_id": "plaquelog-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/diary/entries", headers=_h(rng, **b), body={
            "entryId": entry, "date": "2025-12-09", "itch": L(6, MED), "pain": L(3, MED),
            "scaling": L(4, MED), "sleepLostH": L(1.5, MED), "bsaPct": L(7.5, MED),
            "areas": [L("scalp", MED), L("elbows", MED), L("lower back", MED)],
            "note": L("Scalp flaking worse since the flight to Sofia, and stress at work", TM)}),
        case(f, f"{a}/v2/diary/entries/{entry}/bodymap", fmt="msgpack", headers=_h(rng, **b),
             body={"view": "back", "regions": L([
                 {"r": "scalp", "sev": 3, "pct": 40}, {"r": "elbow_l", "sev": 2, "pct": 3},
                 {"r": "elbow_r", "sev": 2, "pct": 2}, {"r": "back_lower", "sev": 1, "pct": 4}],
                 MED)}),
        multipart(f, f"{a}/v2/photos", [
            ("photo", "elbow_l_1209.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"entry": entry, "area": L("left elbow", MED),
                                                "lighting": "daylight", "ruler": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/treatments", headers=_h(rng, **b), body={"treatments": [
            {"name": L("Calcipotriol/betamethasone gel", MED), "dose": L("2 fingertip units", MED),
             "when": "evening"},
            {"name": L("Methotrexate", MED), "dose": L("15 mg weekly", MED), "day": "SUN"},
            {"name": L("Folic acid", MED), "dose": L("5 mg", MED), "day": "WED"}],
            "prescriber": L(DERM[0], NAMEC)}),
        case(f, f"{a}/v2/treatments/doses", fmt="form", headers=_h(rng, **b), body={
            "treatment": "trt_02", "taken": "1", "dose": L("15 mg", MED),
            "takenAt": "2025-12-07T20:05:00+02:00"}),
        case(f, f"{a}/v2/triggers", headers=_h(rng, **b), body={
            "date": "2025-12-09", "stress": L(4, MED), "alcoholUnits": L(3, MED),
            "illness": L("sore throat", MED), "weather": "cold, dry", "entry": entry}),
        case(f, f"{a}/v2/screening/pest", headers=_h(rng, **b), body={
            "answers": L([1, 0, 1, 1, 0], MED), "score": L(3, MED),
            "swollenJoints": [L("right index finger", MED)], "morningStiffnessMin": L(30, MED),
            "version": "PEST-2009"}),
        case(f, f"{a}/v2/weather/uv", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "units": "metric"}),
        case(f, f"{a}/v2/clinics/nearby", headers=_h(rng, **b), query={
            "lat": hla, "lon": hlo, "radiusKm": "5", "specialty": "dermatology"}),
        case(f, f"{a}/v2/labs", headers=_h(rng, **b), body={
            "date": "2025-12-01", "panel": L("methotrexate monitoring", MED), "alt": L(38, MED),
            "ast": L(31, MED), "creatinine": L(0.8, MED), "wbc": L(6.1, MED),
            "lab": "Labreva Sofia", "labPhone": "+35929550188"}),
        case(f, f"{a}/v2/doctor", headers=_h(rng, **b), body={
            "name": L(DERM[0], NAMEC), "phone": L(DERM[1], TEL), "email": L(DERM[2], MAIL),
            "clinic": {"id": DERM_CLINIC["id"], "name": DERM_CLINIC["name"],
                       "phone": DERM_CLINIC["phone"], "lat": DERM_CLINIC["lat"],
                       "lon": DERM_CLINIC["lon"]}}),
        case(f, f"{a}/v2/reports/share", fmt="form", headers=_h(rng, **b), body={
            "recipientEmail": L(DERM[2], MAIL), "range": "90d", "includePhotos": "1",
            "message": L("Dr. Raman, my last three months before our video visit",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "clinic": DERM_CLINIC["id"], "type": "video", "slot": "2025-12-18T15:00-05:00",
            "reason": L("methotrexate not enough for the scalp, ask about biologics", MED),
            "timezone": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/v2/community/search", headers=_h(rng, **b), query={
            "q": L("scalp psoriasis shampoo", f"{SEARCH}|{MED}"), "sort": "top"}),
        case(f, f"{a}/v2/community/posts", headers=_h(rng, **b), body={
            "title": L("Three months on methotrexate", TM),
            "body": L("Elbows almost clear, scalp still bad. Anyone tried coal tar shampoo?", TM),
            "tags": [L("methotrexate", MED), L("scalp", MED)], "anonymous": False}),
        case(f, f"{a}/v2/reminders", headers=_h(rng, **b), body={
            "label": L("MTX 15 mg", TM), "weekday": "SUN", "time": "20:00",
            "tz": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/v2/sync/health-connect", gz=True, headers=_h(rng, **b), body={
            "steps": L([5120, 7733, 6021], FIT), "sleepMin": L([412, 388, 455], FIT),
            "weightKg": L(70.4, FIT), "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "tz": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("entry_saved", 1, areas=3), ev("photo_added", 2),
                ev("screen", 3, screen=L("BodyMap", USAGE))]}),
        case(f, f"{a}/v2/diary", headers=_h(rng, how="nodash"), query={
            "from": "2025-09-01", "to": "2025-12-10"},
            cookies={"pl_sess": L(opaque(rng, "", 40), CRED), "pl_theme": "light"}),
        case(f, f"{a}/v2/subscriptions/verify", headers=_h(rng, **b), body={
            "productId": L("plaquelog_premium_yearly", BUY),
            "orderId": L("GPA.3371-2200-8815-40127", BUY), "priceMicros": L(39990000, BUY)}),
    ]


def plaquelog_sdks() -> list[Case]:
    rng = random.Random(10322)
    return [
        gf_batch(APP, rng, [("Entry Logged", {"itch": L(6, MED), "areas": 3}),
                            ("Photo Added", {"area": L("left elbow", MED)})],
                 at=(LAT, LON), nd=2, wifi=(SSID, BSSID), tz="America/New_York"),
        gf_queue(APP, rng, [("Reminder Fired", {"label": L("MTX", MED)}),
                            ("Diary Opened", {"streak": 12})]),
        ae_session(APP, rng, user=True),
        ae_event(APP, rng, "subscribe", {"plan": L("premium_yearly", BUY)}, revenue=39.99,
                 currency="USD"),
        aw_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               at=(LAT, LON), nd=3, yob=1991, gender="F", country="USA",
               keywords=[L("psoriasis", MED), "skincare", "wellness"]),
        fq_crash(APP, rng, ("android.database.sqlite.SQLiteDiskIOException", "disk I/O error"),
                 [fq_crumb("navigation", "Diary -> BodyMap"),
                  fq_crumb("user", "tap region", {"region": L("scalp", MED)})],
                 screen="BodyMapActivity", tz="America/New_York"),
        st_eval(APP, rng, {"condition": L("psoriasis", MED), "onSystemic": L(True, MED)}),
        pm_register(APP, rng, tags={"med_reminder": L("methotrexate", MED)},
                    tz="America/New_York"),
        ph_check(APP, rng, {"analytics": True, "ads": False}),
        hr_message(APP, rng, L("The PDF export cuts off my scalp photos", TM),
                   {"plan": L("premium", BUY)}),
    ]
