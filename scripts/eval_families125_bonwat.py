"""A Phnom Penh pagoda's donation and merit-making app "Bonwat" (bon: merit, wat: pagoda), run
for Wat Srah Pring and its sister temples abroad (camelCase API). Not set 113's festival
procession nor set 110's almsgiving stalls: a pagoda's year-round app for a lay family's merit.
Sign-up (religion, home pagoda), an OAuth password grant, ``/me`` with a JWT, pagodas near her
house and near her mother's flat in New York, a donation dedicated to her late grandmother and
its receipt by number in the path, the Pchum Ben offering rota with the names of the dead, a
house blessing booked at her home, a novice's monthly sponsorship, observing the precepts on a
holy day, a family photo, the check-in at the pagoda (her fix, its Wi-Fi), the dharma talk
watched, a question to the abbot, a kathen pledge in the family's names, a volunteer shift, her
birthday, a search, the year's donations, push, events and the feed by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families125_kit import (
    ANCESTORS,
    HOME_AT,
    HOME_LINE,
    HUSBAND,
    KH_SPACED,
    LANG_KM,
    PAGODA,
    PAGODA_BSSID,
    PAGODA_FIX,
    PAGODA_SSID,
    SON,
    fix,
    obj,
)
from eval_families125_sdk import cb_session, dl_link, mv_batch, mv_pixel
from eval_families125_svc import bb_card, bb_confirm, ha_message, pp_register, sm_geocode
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("bonwat", "Bonwat", "com.example.bonwat", "1.9.4", "https://api.bonwat.example.org")
IID = "X-Bonwat-Install"
PW = "Sila5Precepts!"
WAT = PAGODA["name"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}), **{"Accept-Language": L(LANG_KM, DEV)})
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def bonwat() -> list[Case]:
    rng = random.Random(12531)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pagoda=L(WAT, SENS)))}
    b = {"auth": "bearer"}
    receipt = f"BW-{rng.randrange(10 ** 6, 10 ** 7)}"
    pla, plo = fix(PAGODA_FIX, 5)
    hla, hlo = fix(HOME_AT)
    rcpt = at_path(case(f, f"{a}/v1/donations/receipts/{receipt}", headers=_h(rng, **b)),
                   receipt, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "religion": L("Theravada Buddhist", SENS),
            "homePagoda": L(WAT, SENS), "newsletter": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "client_id": "bonwat-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pagodas/nearby", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "tradition": "theravada"}),
        case(f, f"{a}/v1/pagodas/nearby", headers=_h(rng, **b), query={
            "near": L(f"{pos(4)[0].value},{pos(4)[1].value}", PRECISE), "radiusKm": "25"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "pagoda": L(PAGODA["id"], SENS), "amount": L("50.00", BUY), "currency": "USD",
            "dedication": L(f"For my late grandmother {ANCESTORS[0]}, may she be reborn in peace",
                            f"{TEXT}|{NAMEC}|{SENS}"), "anonymous": False,
            "receipt": L(receipt, BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        rcpt,
        case(f, f"{a}/v1/pchum-ben/offerings", headers=_h(rng, **b), body={
            "pagoda": L(PAGODA["id"], SENS), "day": 7, "rota": "ben_07",
            "forTheDead": [L(n, NAMEC) for n in ANCESTORS], "food": ["bay ben", "num korm"],
            "contribution": L("20.00", BUY)}),
        case(f, f"{a}/v1/ceremonies/bookings", headers=_h(rng, **b), body={
            "type": L("house_blessing", SENS), "monks": 5, "date": "2025-12-21",
            "address": L(HOME_LINE, ADDR), "lat": hla, "lng": hlo,
            "contactPhone": L(KH_SPACED, TEL), "offering": L("60.00", BUY)}),
        case(f, f"{a}/v1/sponsorships", headers=_h(rng, **b), body={
            "novice": "nov_2231", "plan": L("novice_studies_monthly", BUY),
            "amount": L("15.00", BUY), "pagoda": L(PAGODA["id"], SENS)}),
        case(f, f"{a}/v1/precepts/log", headers=_h(rng, **b), body={
            "date": "2025-12-19", "holyDay": "thngai_sel", "observance": L("eight_precepts",
                                                                          SENS)}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "family_wat.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Sokun, Visal and me after the blessing", f"{TEXT}|{NAMEC}"),
                "pagoda": L(PAGODA["id"], SENS)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "pagoda": L(PAGODA["id"], SENS), "lat": pla, "lng": plo,
            "wifi": {"ssid": L(PAGODA_SSID, WIFI), "bssid": L(PAGODA_BSSID, WIFI)},
            "pagodaPoint": {"lat": PAGODA["lat"], "lng": PAGODA["lon"]}}),
        case(f, f"{a}/v1/live/progress", fmt="form", headers=_h(rng, **b), body={
            "talk": "dt_2025_12_19", "watchedSec": L("1860", USAGE), "quality": "480p"}),
        case(f, f"{a}/v1/questions", headers=_h(rng, **b), body={
            "to": "abbot", "text": L("Can we dedicate bay ben to relatives whose names the family "
                                     "no longer knows?", f"{TEXT}|{SENS}"),
            "public": False}),
        case(f, f"{a}/v1/kathen/pledges", headers=_h(rng, **b), body={
            "pagoda": L(PAGODA["id"], SENS), "amount": L("30.00", BUY),
            "inTheNamesOf": [L("Jane Doe", NAMEC), L(HUSBAND[0], NAMEC), L(SON[0], NAMEC)]}),
        case(f, f"{a}/v1/volunteers/shifts", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh", 8), "task": "kitchen", "emergencyContact": {
                "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "birthDate": L("1991-05-17", BIRTH), "birthWeekday": "Friday",
            "blessingReminders": True}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("kathen robe offering 2025", f"{SEARCH}|{SENS}"), "type": "events"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), query={"year": "2025"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installationId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("km", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("donation_made", 1, amount=L(50.0, BUY)), ev("talk_watched", 2),
                ev("screen", 3, screen=L("PchumBen", USAGE))]}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="none"),
             cookies={"bw_session": L(opaque(rng, "", 40), CRED),
                      "bw_install": L(INSTALL_ID, DID)}),
    ]


def bonwat_sdks() -> list[Case]:
    rng = random.Random(12532)
    return [
        mv_batch(APP, rng, [("Donation Made", {"amount": L(50.0, BUY),
                                               "pagoda": L(PAGODA["id"], SENS)}),
                            ("Talk Watched", {"minutes": L(31, USAGE)})]),
        mv_batch(APP, rng, [("Nearby Viewed", {"city": L("New York", "location.coarse")})],
                 at=(pos(3)[0].value, pos(3)[1].value), nd=3, tz="America/New_York",
                 roaming=False),
        mv_pixel(APP, rng, "receipt_shared", {"via": "telegram"}),
        cb_session(APP, rng, secs=2140),
        dl_link(APP, rng, U("https://bonwat.example.org/give", {
            "pagoda": L(PAGODA["id"], SENS), "ref": L(USER_ID, UID), "c": "pchum_ben"})),
        pp_register(APP, rng, tags={"pagoda": L(PAGODA["id"], SENS), "holyDays": "on"}),
        bb_card(APP, rng, email=True),
        bb_confirm(APP, rng, "50.00"),
        sm_geocode(APP, rng, "Khmer temple Bronx", f"{SEARCH}|{SENS}",
                   near=(pos(2)[0].value, pos(2)[1].value), nd=2),
        ha_message(APP, rng, L("The receipt for my Pchum Ben gift shows the wrong name",
                               f"{TEXT}|{SENS}"), {"receipt": "see app"}),
    ]
