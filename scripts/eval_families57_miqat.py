"""Hajj and umrah guide "Miqatly" (she makes umrah with a New York group): sign-up, a log-in,
``/me``, the passport (page photo and fields), the visa, vaccinations, health needs and an
emergency contact, joining the group, the package booking, the miqat alert, ihram and
intention, group location sharing (a protobuf heartbeat), tawaf and sa'i counters, an SOS on
the hotel's Wi-Fi, prayer times, a dua journal, a ziyarah tour in Madinah, facilities nearby, a
photo, push, events and the itinerary by a cookie GET."""

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
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families57_kit import (
    BOOKING_MQ,
    HAJJ_GROUP,
    HARAM_AT,
    HOTEL_BSSID,
    HOTEL_MK,
    HOTEL_SSID,
    MADINAH_FIX,
    MAKKAH_FIX,
    MIQAT_AT,
    NABAWI_AT,
    PASSPORT_NO,
    VISA_NO,
    fix,
    walk,
)
from eval_families57_sdk import bl_bid, gw_session, me_batch, tb_event, tb_session
from eval_families57_svc import cb_reverse, cb_route, ov_check, ph_message, tl_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("miqatly", "Miqatly", "com.example.miqatly", "4.7.2",
          "https://api.miqatly.example.org")
IID = "X-Miqatly-Device"
PW = "Zamzam!Olive88"
NID = "personal.national_id"
TZ = "Asia/Riyadh"
DISAB = f"{SENS}|{MED}"  # a mobility need: a disability and a health fact


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def miqatly() -> list[Case]:
    rng = random.Random(5731)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    mla, mlo = fix(MAKKAH_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, HAJJ_GROUP["id"]),
               (3, [(1, L(round(MAKKAH_FIX[0] + 0.00021, 6), PRECISE)),
                    (2, L(round(MAKKAH_FIX[1] - 0.00017, 6), PRECISE)), (3, 9)]),
               (4, L(46, DEV)), (5, 1765348211)], "", lab)
    return [
        case(f, f"{a}/v1/pilgrims", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
            "password": L(PW, CRED), "gender": L("female", GENDER), "dob": L(DOB, BIRTH),
            "nationality": "US", "madhab": L("hanafi", SENS), "firstUmrah": True}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/pilgrims/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/pilgrims/me/passport", [
            ("page", "passport.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NID}")),
            ("fields", None, "application/json", {
                "number": L(PASSPORT_NO, NID), "surname": L(LAST.upper(), NAMEC),
                "givenNames": L(FIRST.upper(), NAMEC), "birthDate": L(DOB, BIRTH),
                "sex": L("F", GENDER), "issuing": "USA", "expiry": "2033-04-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pilgrims/me/visa", headers=_h(rng, **b), body={
            "visaNumber": L(VISA_NO, NID), "type": "umrah", "entries": "single",
            "validTo": "2026-03-10", "booking": L(BOOKING_MQ, BUY)}),
        case(f, f"{a}/v1/pilgrims/me/vaccinations", headers=_h(rng, **b), body={
            "meningococcalAcwy": L("2025-10-02", MED), "influenza": L("2025-10-02", MED),
            "certificate": opaque(rng, "doc_", 12)}),
        case(f, f"{a}/v1/pilgrims/me/needs", headers=_h(rng, **b), body={
            "wheelchairAssistance": L(True, DISAB), "bloodType": L("O+", MED),
            "conditions": [L("asthma", MED)], "medicines": [L("albuterol inhaler", MED)],
            "emergencyContact": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
                                 "relation": "husband"}}),
        case(f, f"{a}/v1/groups/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("NYC07-KAABA-3", CRED), "pilgrim": L(USER_ID, UID)}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "reference": L(BOOKING_MQ, BUY), "package": "umrah-10n-economy",
            "price": L("2890.00", BUY), "currency": "USD", "room": "quad-sharing",
            "group": HAJJ_GROUP["id"], "hotel": {"id": HOTEL_MK["id"], "name": HOTEL_MK["name"]}}),
        case(f, f"{a}/v1/miqat/alert", headers=_h(rng, **b), body={
            "position": {"lat": L(round(MIQAT_AT[0] + 0.0812, 4), PRECISE),
                         "lon": L(round(MIQAT_AT[1] + 0.1133, 4), PRECISE)},
            "miqat": {"name": "Dhul Hulayfah", "lat": MIQAT_AT[0], "lon": MIQAT_AT[1]},
            "flight": "EX-0911", "minutesToMiqat": 18}),
        case(f, f"{a}/v1/rituals/ihram", headers=_h(rng, **b), body={
            "state": L("in_ihram", SENS), "niyyah": L("umrah_tamattu", SENS),
            "at": "2025-12-10T03:12:00+03:00"}),
        raw(f, f"{a}/v1/groups/{HAJJ_GROUP['id']}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rituals/tawaf", headers=_h(rng, **b), body={
            "rounds": L(7, SENS), "start": {"lat": mla, "lon": mlo},
            "startedAt": 1765349002, "finishedAt": 1765352511,
            "haram": {"lat": HARAM_AT[0], "lon": HARAM_AT[1]}}),
        case(f, f"{a}/v1/rituals/sai", fmt="form", headers=_h(rng, **b), body={
            "rounds": L("7", SENS), "completed": "true", "minutes": "64"}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "trace": walk(rng, 4, MAKKAH_FIX), "battery": L(22, DEV),
            "wifi": {"ssid": L(HOTEL_SSID, WIFI), "bssid": L(HOTEL_BSSID, WIFI)},
            "nearby": [L(x, WIFI) for x in ("f4:92:bf:3a:71:0d", "60:22:32:9e:10:44")],
            "message": L("Separated from the group near gate 79, my husband has my phone charger",
                         TEXT),
            "group": HAJJ_GROUP["id"], "leaderPhone": HAJJ_GROUP["leader_phone"]}),
        case(f, f"{a}/v1/prayer-times", headers=_h(rng, **b), query={
            "lat": L(f"{MAKKAH_FIX[0]:.2f}", COARSE), "lon": L(f"{MAKKAH_FIX[1]:.2f}", COARSE),
            "asr": L("hanafi", SENS), "date": "2025-12-10", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/journal", headers=_h(rng, **b), body={
            "entry": L("Made dua at the Multazam for my mother's recovery and for Alex",
                       f"{TEXT}|{SENS}"), "private": True, "id": opaque(rng, "jr_", 10)}),
        case(f, f"{a}/v1/ziyarah/bookings", headers=_h(rng, **b), body={
            "tour": "madinah-ziyarah-half-day", "seats": 2, "amount": L("45.00", BUY),
            "pickup": {"hotel": "Nabawi View Suites", "lat": 24.46905, "lon": 39.60877},
            "sites": ["Quba", "Uhud", "Qiblatayn"]}),
        case(f, f"{a}/v1/facilities/nearby", headers=_h(rng, how="upper", **b), query={
            "lat": L(f"{MADINAH_FIX[0]:.5f}", PRECISE), "lng": L(f"{MADINAH_FIX[1]:.5f}", PRECISE),
            "kinds": "wudu,women_prayer,clinic", "masjid": f"{NABAWI_AT[0]},{NABAWI_AT[1]}"}),
        multipart(f, f"{a}/v1/memories", [
            ("photo", "rawdah_courtyard.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Fajr in the courtyard, alhamdulillah", f"{TEXT}|{SENS}"),
                "lat": L(MADINAH_FIX[0], PRECISE), "lon": L(MADINAH_FIX[1], PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "timezone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "pilgrim": L(USER_ID, UID), "events": [
                ev("tawaf_completed", 1), ev("group_map_opened", 2),
                ev("screen", 3, screen=L("RitualGuide", USAGE))]}),
        case(f, f"{a}/v1/itinerary", headers=_h(rng, how="none"),
             cookies={"mq_sid": L(opaque(rng, "", 40), CRED), "mq_dev": L(INSTALL_ID, DID)}),
    ]


def miqatly_sdks() -> list[Case]:
    rng = random.Random(5732)
    return [
        tb_session(APP, rng, first=True),
        me_batch(APP, rng, [("Tawaf Completed", {"rounds": L(7, SENS)}),
                            ("Prayer Times Viewed", {"city": L("Makkah", COARSE)})],
                 at=MAKKAH_FIX, nd=2, tz=TZ),
        tb_event(APP, rng, "af_purchase", {"booking": L(BOOKING_MQ, BUY)}, revenue=2890.0,
                 hashed=True),
        bl_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, at=MAKKAH_FIX, nd=3,
               geo_ip=("SAU", "02", "Makkah", "24231"), keywords="umrah,hotels,travel"),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F"),
        gw_session(APP, rng, secs=1274),
        cb_route(APP, rng, [((HOTEL_MK["lat"], HOTEL_MK["lon"]), None),
                            (HARAM_AT, None)], mode="walking"),
        cb_reverse(APP, rng, MADINAH_FIX, PRECISE),
        tl_card(APP, rng),
        ph_message(APP, rng, L(f"Can I change my room for booking {BOOKING_MQ}? I need a "
                               "wheelchair-accessible room", f"{TEXT}|{BUY}|{DISAB}"),
                   {"booking": L(BOOKING_MQ, BUY)}),
        ov_check(APP, rng, {"analytics": True, "ads": False}),
    ]
