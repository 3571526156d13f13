"""Home-swap holiday exchange "Domovymen": sign-up, log-in, ``/me``, her New York flat listed
(address, point, photos, house rules), identity verification (passport), searches of other
families' homes (their IDs, titles, streets and points are negatives), favourites, a swap
request with a message, a chat (JSON Lines sync), the agreed swap and its guarantee fee, the
key handover code, a review, the calendar, referral, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    EMAIL_SHA256,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families92_kit import HOME_AT, HOMES, PASSPORT_NO, SK_HOME_AT, fix, obj
from eval_families92_sdk import bz_event, bz_link, jb_bid, jb_win, kb_session, lp_batch, lp_identify
from eval_families92_svc import ch_geocode, pd_card, pd_pay, pm_message, pr_eval, su_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("domovymen", "Domovymen", "com.example.domovymen", "5.2.0",
          "https://api.domovymen.example.org")
IID = "X-DV-Install"
PW = "SwapSummer!2026"
NATID = "personal.national_id"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _other(h: dict[str, Any]) -> dict[str, Any]:
    return {"homeId": h["id"], "title": h["title"], "street": h["street"],
            "lat": h["lat"], "lon": h["lon"], "hostId": h["host"]}


def domovymen() -> list[Case]:
    rng = random.Random(9231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                        NAMEC)))}
    mine = "hm_0c41d9"
    swap = obj(rng, "swp", 8)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(DASHED, TEL),
            "household": {"adults": 2, "children": 1, "pets": False}}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dv-android"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/homes", headers=_h(rng, **b), body={
            "homeId": mine, "title": L("Bright flat by the Empire State Building", TEXT),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "lat": fix(HOME_AT)[0], "lon": fix(HOME_AT)[1], "bedrooms": 2, "sleeps": 4,
            "rules": L("No smoking, please water the basil", TEXT)}),
        multipart(f, f"{a}/v3/homes/{mine}/photos", [
            ("photo", "living_room.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Our living room", TEXT),
                                                "order": 1})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/verification/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"number": L(PASSPORT_NO, NATID),
                                                "country": "USA", "expiry": "2031-04-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/search", query={"q": L("Vienna family flat July", SEARCH),
                                         "guests": "4", "from": "2026-07-04"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v3/search/map", headers=_h(rng, **b), body={
            "bbox": [48.17, 16.32, 48.23, 16.41], "results": [_other(h) for h in HOMES],
            "me": {"lat": fix(SK_HOME_AT, 3)[0], "lon": fix(SK_HOME_AT, 3)[1]}}),
        case(f, f"{a}/v3/homes/{HOMES[0]['id']}", headers=_h(rng, how="upper")),
        case(f, f"{a}/v3/favourites", fmt="form", headers=_h(rng, **b), body={
            "homeId": HOMES[1]["id"], "list": "Summer 2026"}),
        case(f, f"{a}/v3/swaps", headers=_h(rng, **b), body={
            "swapId": swap, "myHome": mine, "theirHome": HOMES[0]["id"],
            "hostId": HOMES[0]["host"], "from": "2026-07-04", "to": "2026-07-18",
            "guests": [{"name": L(f"{FIRST} {LAST}", NAMEC), "age": 34},
                       {"name": L("Michael Doe", NAMEC), "age": 37},
                       {"name": L("Oliver Doe", NAMEC), "age": 8}],
            "message": L("Hi! We are a family of three from Manhattan, our son is 8 and "
                         "loves trams", TEXT)}),
        lines(f, f"{a}/v3/chat/sync", [
            {"swapId": swap, "msgId": obj(rng, "m"), "from": L(USER_ID, UID),
             "text": L("Our doorman has the spare key, his desk is open 24/7", TEXT)},
            {"swapId": swap, "msgId": obj(rng, "m"), "from": L(USER_ID, UID),
             "text": L(f"You can call me on {DASHED} when you land", f"{TEXT}|{TEL}")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/swaps/{swap}/confirm", headers=_h(rng, **b), body={
            "guaranteeFee": L("49.00", BUY), "currency": "EUR", "insurance": True,
            "membership": L("annual_family", BUY)}),
        case(f, f"{a}/v3/swaps/{swap}/handover", fmt="form", headers=_h(rng, **b), body={
            "lockboxCode": L("4471", CRED), "keys": 2,
            "instructions": L("Lockbox left of the service door", TEXT)}),
        case(f, f"{a}/v3/reviews", headers=_h(rng, **b), body={
            "swapId": obj(rng, "swp", 8), "aboutHome": HOMES[1]["id"], "stars": 5,
            "text": L("Spotless house, the garden was a dream for our boy", TEXT)}),
        case(f, f"{a}/v3/homes/{mine}/calendar", headers=_h(rng, **b), body={
            "blocked": [["2026-03-01", "2026-03-20"]], "flexible": True}),
        case(f, f"{a}/v3/referrals", headers=_h(rng, **b), body={
            "friendEmail": L("paula.nowak@example.net", MAIL), "friendName": L("Paula", NAMEC),
            "code": "DV-JANE-21"}),
        case(f, f"{a}/v3/homes/nearby", query={"center": L(f"{HOME_AT[0]:.3f},"
                                                              f"{HOME_AT[1]:.3f}", PRECISE),
                                                   "radius": "5km"}, headers=_h(rng, **b)),
        case(f, f"{a}/v3/hosts/followed", headers=_h(rng, **b), body={
            "hostIds": others(rng, 3), "source": "favourites"}),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("home_viewed", 1, homeId=HOMES[0]["id"]), ev("swap_requested", 2)]}),
        case(f, f"{a}/v3/swaps", headers=_h(rng, how="nodash"),
             cookies={"dv_sess": L(opaque(rng, "", 44), CRED),
                      "dv_pref": W({"cur": "EUR", "lang": L("en", DEV)}, "b64json")}),
    ]


def domovymen_sdks() -> list[Case]:
    rng = random.Random(9232)
    return [
        lp_batch(APP, rng, [("Home Listed", {"bedrooms": 2}),
                            ("Swap Requested", {"dest": L("Vienna", COARSE)})], adid=True),
        lp_identify(APP, rng, {"email_hash": L(EMAIL_SHA256, MAIL),
                               "home_city": L(CITY, COARSE)}),
        bz_event(APP, rng, "membership_purchase", {"plan": "annual_family"}, revenue=149.0,
                 hashed=True),
        bz_link(APP, rng, U("https://domovymen.example.org/swap", {
            "home": HOMES[0]["id"], "ref": L(USER_ID, UID), "utm_source": "email"})),
        jb_bid(APP, rng, {"native": {"ver": "1.2"}}, at=SK_HOME_AT, nd=3,
               keywords="travel,family,vienna"),
        jb_win(APP, rng),
        kb_session(APP, rng, 944),
        pr_eval(APP, rng, {"host": True, "homes": 1}),
        su_save(APP, rng, {"analytics": True, "ads": True}),
        pd_card(APP, rng, email=True),
        pd_pay(APP, rng, "149.00"),
        ch_geocode(APP, rng, "Kettenbrückengasse Wien", "behavior.search"),
        pm_message(APP, rng, L("The host cancelled two weeks before, can I get the fee back?",
                               TEXT), {"swap": obj(rng, "swp", 8)}),
    ]
