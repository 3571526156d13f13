"""Synagogue and community-events app "Minyanly": sign-up naming her congregation (religion) and
her Hebrew name, a log-in, ``/me``, the household, preferences (kosher), events near a rounded
position, an RSVP with a guest, a check-in at the hall, a yahrzeit for her father, a prayer
request for her mother, a donation in his memory, High Holiday seats, dues, the member directory
searched and a message to another member, volunteering, a carpool offer from home, candle-lighting
times by ZIP, a live-streamed service, event photos, push, events and the calendar by a cookie
GET. Other members, the rabbi, the office and the venues are negatives."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families69_kit import (
    FATHER,
    HALL,
    HEBREW_NAME,
    KID,
    MEMBER_NO,
    MEMBERS,
    MOTHER,
    RABBI,
    SHUL,
    home,
    obj,
)
from eval_families69_sdk import cv_crash, cv_crumb, rr_launch, sl_batch
from eval_families69_svc import (
    cb_message,
    mw_geocode,
    mw_route,
    nh_register,
    pf_card,
    pf_confirm,
    tg_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("minyanly", "Minyanly", "com.example.minyanly", "1.19.4",
          "https://api.minyanly.example.org")
IID = "X-Minyanly-Install"
PW = "Challah&Candles7"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def minyanly() -> list[Case]:
    rng = random.Random(6951)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID), org=SHUL["id"]))}
    b = {"auth": "bearer"}
    eid = obj(rng, "evt", 8)
    hla, hlo = home(3)
    return [
        case(f, f"{a}/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "hebrewName": L(HEBREW_NAME, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED),
            "congregation": {"id": SHUL["id"], "name": L(SHUL["name"], SENS)}}),
        case(f, f"{a}/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/household", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID),
            "spouse": {"name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL)},
            "children": [{"name": L(f"{KID[0]} {KID[1]}", NAMEC), "birthDate": L(KID[2], BIRTH)}],
            "observance": L("traditional, keeps Shabbat", SENS)}),
        case(f, f"{a}/preferences", headers=_h(rng, **b), body={
            "dietary": L("kosher", SENS), "allergies": [L("sesame", MED)],
            "newsletter": True, "largePrint": False}),
        case(f, f"{a}/events", headers=_h(rng, **b), query={
            "near": L(f"{LAT:.2f},{LON:.2f}", COARSE), "from": "2025-12-10", "kind": "all"}),
        case(f, f"{a}/events/{eid}/rsvp", headers=_h(rng, **b), body={
            "attending": 2, "guests": [L(PEOPLE[2][0], NAMEC)], "meal": "dairy",
            "venue": {"id": HALL["id"], "name": HALL["name"], "address": HALL["address"]},
            "host": {"name": RABBI[0], "email": RABBI[1]}}),
        case(f, f"{a}/events/{eid}/checkin", headers=_h(rng, **b), body={
            "venue": HALL["id"], "venueLat": HALL["lat"], "venueLon": HALL["lon"],
            "lat": L(40.741712, PRECISE), "lon": L(-73.995941, PRECISE), "acc": 9}),
        case(f, f"{a}/yahrzeits", headers=_h(rng, **b), body={
            "name": L(FATHER, NAMEC), "relation": "father", "hebrewDate": "14 Adar",
            "civilDate": "2019-03-21", "remind": True}),
        case(f, f"{a}/prayers", headers=_h(rng, **b), body={
            "kind": "healing", "for": L(MOTHER, NAMEC), "forHebrew": L("Rut bat Moshe", NAMEC),
            "text": L("Refuah shleimah for my mother Ruth, recovering from hip surgery",
                      f"{TEXT}|{NAMEC}|{MED}"), "readAloud": True}),
        case(f, f"{a}/donations", headers=_h(rng, **b), body={
            "fund": "kiddush", "amount": L("180.00", BUY), "payee": L(SHUL["name"], SENS),
            "dedication": L(f"In memory of my father {FATHER}", f"{TEXT}|{NAMEC}"),
            "anonymous": False}),
        case(f, f"{a}/seats", headers=_h(rng, **b), body={
            "season": "5786", "seats": 2, "section": "balcony", "price": L("360.00", BUY)}),
        case(f, f"{a}/dues", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "plan": "family", "amount": L("1200.00", BUY)}),
        case(f, f"{a}/directory", headers=_h(rng, **b), query={
            "q": L("gold", SEARCH), "page": "1"}),
        case(f, f"{a}/messages", headers=_h(rng, **b), body={
            "to": MEMBERS[0][0], "toName": MEMBERS[0][1],
            "text": L("Could you give me a lift to the Chanukah party on Sunday?", TEXT)}),
        case(f, f"{a}/volunteer", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh", 6), "role": "kiddush setup",
            "coordinator": {"name": RABBI[0], "phone": RABBI[2]},
            "with": [m[0] for m in MEMBERS[1:]]}),
        case(f, f"{a}/carpool", headers=_h(rng, **b), body={
            "event": eid, "seats": 3, "pickup": {"lat": hla, "lon": hlo},
            "street": L(LINE1, ADDR)}),
        case(f, f"{a}/zmanim", headers=_h(rng, **b), query={
            "zip": L(ZIP, COARSE), "date": "2025-12-12", "candles": "18"}),
        case(f, f"{a}/livestream/watch", headers=_h(rng, **b), body={
            "stream": opaque(rng, "ls_", 10), "minutes": L(46, USAGE), "service": "morning"}),
        multipart(f, f"{a}/events/{eid}/photos", [
            ("photo", "latkes.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Latkes for eighty people!", TEXT),
                "tagged": [m[0] for m in MEMBERS]})], headers=_h(rng, **b)),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/events/log", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("rsvp", 1, guests=1), ev("donation", 2),
                ev("screen", 3, screen=L("Calendar", USAGE))]}),
        case(f, f"{a}/calendar", headers=_h(rng, how="upper"),
             cookies={"mny_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def minyanly_sdks() -> list[Case]:
    rng = random.Random(6952)
    cong = L("shaarei-tamar", SENS)
    return [
        sl_batch(APP, rng, [("Event RSVP", {"guests": 1}),
                            ("Donation Made", {"amount": L(180.0, BUY), "fund": "kiddush"})]),
        rr_launch(APP, rng),
        cv_crash(APP, rng, ("java.time.DateTimeException", "hebrew date out of range"),
                 [cv_crumb("navigation", "Calendar -> Yahrzeit"),
                  cv_crumb("ui", "save")], screen="YahrzeitActivity"),
        tg_eval(APP, rng, {"congregation": cong, "shabbatMode": True}),
        nh_register(APP, rng, tags={"congregation": L("shaarei-tamar", SENS), "events": "1"}),
        pf_card(APP, rng, email=True),
        pf_confirm(APP, rng, "18000", desc=L("Kiddush fund, Congregation Shaarei Tamar", SENS)),
        mw_geocode(APP, rng, "Chelsea Community Hall", SEARCH, near=(LAT, LON), nd=3),
        mw_route(APP, rng, [((round(LAT, 5), round(LON, 5)), PRECISE),
                            ((HALL["lat"], HALL["lon"]), None)]),
        cb_message(APP, rng, L("How do I add my daughter's bat mitzvah date to the calendar?",
                               f"{TEXT}|{SENS}"), {"member": L(MEMBER_NO, UID)}),
    ]
