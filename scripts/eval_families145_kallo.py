"""A Kannywood (Hausa-language film) streaming app "Kallo" (English keys): sign-up with a phone
number, an SMS code, ``/account``, the plan and its payment, profiles (hers and a child profile
for Aisha with her name, birth date and a PIN lock), the home rails, a search, title pages,
playback starts and heartbeats (JSON Lines), a download for offline viewing, watch history,
a rating, a watchlist, the child profile's screen-time limit, parental reports, a TV pairing
code, a cookie GET of the continue-watching row, a referral to her husband, push and events."""

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
    GENDER,
    MAIL,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families145_kit import DAUGHTER, HUSBAND, KALLO_ACCT, hd, obj, push
from eval_families145_sdk import bf_bid, bf_notice, mc_batch, mc_pixel, tn_event, tn_launch
from eval_families145_svc import cl_card, cl_confirm, cy_check, cy_save, fn_eval, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kallo", "Kallo", "com.example.kallo", "5.3.0", "https://api.kallo.example.com")
IID = "X-Kallo-Device-Id"
BROWSE = "behavior.browsing"
KID = DAUGHTER["profile"]
KID_NAME = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kallo() -> list[Case]:
    rng = random.Random(14507)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), account=L(KALLO_ACCT, UID),
                                    profiles=[L(KID, UID)]))}
    titles = [obj(rng, "ttl", 8) for _ in range(4)]
    beats = [{"acct": L(KALLO_ACCT, UID), "profile": L(KID, UID), "title": L(titles[1], BROWSE),
              "pos": 60 * i, "bitrate": 480, "net": L("cellular", DEV)} for i in range(1, 4)]
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "firstName": L(FIRST, NAMEC),
            "country": L("NG", COARSE), "lang": L("ha", DEV)}),
        case(f, f"{a}/v3/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("730215", CRED)}),
        case(f, f"{a}/v3/account", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/plans", headers=_h(rng, **b), query={"country": L("NG", COARSE)}),
        case(f, f"{a}/v3/subscribe", headers=_h(rng, **b), body={
            "account": L(KALLO_ACCT, UID), "plan": "family-monthly", "price": L(2500, BUY),
            "currency": "NGN", "paymentMethod": L(opaque(rng, "pm_", 24), PAY),
            "invoice": L("KL-INV-88120", BUY)}),
        case(f, f"{a}/v3/profiles", headers=_h(rng, **b), body={
            "account": L(KALLO_ACCT, UID), "name": L(KID_NAME, NAMEC),
            "birthDate": L(DAUGHTER["dob"], BIRTH), "gender": L(DAUGHTER["sex"], GENDER),
            "kids": True, "maxRating": "G", "avatar": "av_moon_03", "pin": L("2017", CRED)}),
        case(f, f"{a}/v3/profiles", headers=_h(rng, **b), query={
            "account": L(KALLO_ACCT, UID)}),
        case(f, f"{a}/v3/home", headers=_h(rng, **b), query={
            "profile": L(KID, UID), "rails": "kids,new,continue"}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("Labarina season 4", SEARCH), "profile": "me"}),
        case(f, f"{a}/v3/titles/{titles[0]}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/play", headers=_h(rng, **b), body={
            "title": L(titles[1], BROWSE), "profile": L(KID, UID), "quality": "sd",
            "drm": "widevine", "session": rid(rng)}),
        lines(f, f"{a}/v3/play/heartbeat", beats, headers=_h(rng, **b)),
        case(f, f"{a}/v3/downloads", headers=_h(rng, **b), body={
            "title": L(titles[2], BROWSE), "profile": "me", "deviceId": L(INSTALL_ID, DID),
            "sizeMb": 412, "licenseDays": 7}),
        case(f, f"{a}/v3/history", headers=_h(rng, how="upper", **b), query={
            "profile": L(KID, UID), "limit": "20"}),
        case(f, f"{a}/v3/ratings", fmt="form", headers=_h(rng, **b), body={
            "title": L(titles[0], BROWSE), "stars": "4", "profile": "me"}),
        case(f, f"{a}/v3/watchlist", headers=_h(rng, **b), body={
            "add": [L(titles[3], BROWSE)], "profile": "me"}),
        case(f, f"{a}/v3/profiles/{KID}/limits", headers=_h(rng, **b), body={
            "dailyMinutes": 60, "bedtime": "20:00", "blockAfter": "20:00",
            "childAge": L(8, BIRTH)}),
        case(f, f"{a}/v3/parental/report", headers=_h(rng, **b), query={
            "profile": L(KID, UID), "week": "2025-W49"}),
        case(f, f"{a}/v3/tv/pair", fmt="form", headers=_h(rng, **b), body={
            "code": L("K7Q-2MD", CRED), "account": L(KALLO_ACCT, UID), "tv": "Living room TV"}),
        case(f, f"{a}/v3/continue", headers=_h(rng, how="none"), cookies={
            "kl_sess": L(opaque(rng, "", 44), CRED), "kl_dev": L(INSTALL_ID, DID),
            "kl_pref": W({"acct": L(KALLO_ACCT, UID), "lang": L("ha", DEV),
                          "kid": L(KID, UID)}, "b64json")}),
        case(f, f"{a}/v3/referrals", headers=_h(rng, **b), body={
            "to": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "note": L("Abdullahi, the new Kannywood series is here, join our plan",
                      f"{TEXT}|{NAMEC}"), "code": "KALLO-FAM-41"}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng), "ha_NG")),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("play", 1, title=L(titles[1], BROWSE)), ev("rail_scroll", 2, rail="kids"),
                ev("screen", 3, screen=L("KidsHome", USAGE))]}),
    ]


def kallo_sdks() -> list[Case]:
    rng = random.Random(14508)
    return [
        mc_batch(APP, rng, [("Play", {"rail": "kids"}), ("Search", {"len": 17})],
                 locale="ha_NG"),
        mc_pixel(APP, rng, "Paywall Viewed", {"plan": "family-monthly"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "subscribe", {"plan": "family-monthly"}, revenue=2500.0,
                 currency="NGN", hashed=True),
        bf_bid(APP, rng, {"video": {"w": 640, "h": 360, "mimes": ["video/mp4"]}}),
        bf_notice(APP, rng, "imp"),
        fn_eval(APP, rng, {"kidsMode": True, "country": L("NG", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "ads": True}),
        cy_check(APP, rng, {"analytics": True, "ads": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2500"),
        pt_register(APP, rng, lang="ha", tags={"plan": "family", "kids": True}),
    ]
