"""Dating app for the over-50s "Silverlark" (tested with an older persona's account on the same
phone: born 1968): sign-up, a log-in, ``/me``, the profile (a bio, faith, politics, ethnicity,
height), preferences, photos and a voice intro, a verification selfie (68 landmarks), discovery
by a rounded point, travel mode, hiding from her address book (hashed numbers), a like, messages
(msgpack and JSON), a video call's ICE candidate, a date plan shared with a friend and a check-in
at the venue, a report, a subscription, push, events and the matches by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import landmarks, srflx
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families40_kit import MATCH, SAFETY_FRIEND, VENUE, fix, obj
from eval_families40_sdk import ab_event, ab_install, bv_bid, ek_batch, ek_traits, fh_session
from eval_families40_svc import cl_message, cm_save, fb_eval, mf_geocode, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case, h

APP = App("silverlark", "Silverlark", "com.example.silverlark", "4.0.2",
          "https://api.silverlark.example.com")
IID = "X-SL-Install"
PW = "Garden-Party-1968"
DOB50, YOB50, AGE50 = "1968-03-02", 1968, 57  # the older persona's birth date
VENUE_FIX = (40.786287, -73.976512)  # her phone at the café (her fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def silverlark() -> list[Case]:
    rng = random.Random(4041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), age=L(AGE50, BIRTH)))}
    b = {"auth": "bearer"}
    vla, vlo = fix(VENUE_FIX, 6)
    hashed = [L(h("sha256", p[1]), CONTACTS) for p in PEOPLE[:4]]
    conv = obj(rng, "cv", 10)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "firstName": L(FIRST, NAMEC), "birthDate": L(DOB50, BIRTH),
            "gender": L("woman", GENDER), "seeking": L("men", SENS), "zip": L("10024", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "displayName": L(FIRST, NAMEC), "age": L(AGE50, BIRTH),
            "bio": L("Retired teacher, widowed, two grown sons and a grandson who keeps me "
                     "busy. Looking for someone who likes jazz and long walks.", TEXT),
            "religion": L("Catholic", SENS), "politics": L("moderate", SENS),
            "ethnicity": L("white", SENS), "heightCm": L(165, FIT), "smoking": "never",
            "drinking": "socially", "maritalStatus": "widowed", "children": "grown",
            "occupation": "retired teacher", "city": L("New York", COARSE)}),
        case(f, f"{a}/v1/preferences", headers=_h(rng, **b), body={
            "seeking": L("men", SENS), "ageMin": 55, "ageMax": 68, "distanceKm": 25,
            "religion": L("same faith preferred", SENS), "smoking": "no", "hasPhoto": True}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "profile_1.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"position": 0,
                                                "caption": L("Me at my sister's garden", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/verification/selfie", [
            ("selfie", "verify.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("check", None, "application/json", {
                "gesture": "touch_nose", "liveness": 0.97, "faceBox": [212, 340, 498, 702],
                "landmarks68": L(landmarks(rng, 68), FACE), "sdk": "livecheck-2.1"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/voice-intro", [
            ("audio", "intro.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"secs": 24})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/discover", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "radius": "25",
            "page": obj(rng, "cur", 12)}),
        case(f, f"{a}/v1/travel-mode", fmt="form", headers=_h(rng, **b), body={
            "city": L("Boston", COARSE), "state": L("MA", COARSE), "from": "2026-02-06",
            "to": "2026-02-09"}),
        case(f, f"{a}/v1/privacy/hide-contacts", headers=_h(rng, **b), body={
            "hashes": hashed, "algo": "sha256-e164", "self": L(h("sha256", E164), TEL)}),
        case(f, f"{a}/v1/likes", headers=_h(rng, **b), body={
            "target": MATCH["id"], "kind": "like", "comment": L("I love that jazz club too!",
                                                                TEXT), "reqId": rid(rng)}),
        case(f, f"{a}/v1/conversations/{conv}/messages", fmt="msgpack", headers=_h(rng, **b),
             body={"to": MATCH["id"], "text": L("Would you like to meet for coffee on Sunday?",
                                                TEXT), "clientTs": 1765390220}),
        case(f, f"{a}/v1/conversations/{conv}/messages", headers=_h(rng, **b), body={
            "to": MATCH["id"], "clientId": rid(rng), "text": L(
                "I had my knee replaced last spring, so no long hikes just yet",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/calls/{obj(rng, 'call', 8)}/ice", headers=_h(rng, **b), body={
            "candidate": L(srflx(51822), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/v1/safety/date-plan", fmt="form", headers=_h(rng, **b), body={
            "friendName": L(SAFETY_FRIEND[0], NAMEC), "friendPhone": L(SAFETY_FRIEND[1], TEL),
            "venue": VENUE["name"], "venueAddress": VENUE["line"], "when": "2025-12-14T11:00",
            "matchFirstName": MATCH["name"]}),
        case(f, f"{a}/v1/safety/check-in", headers=_h(rng, **b), body={
            "lat": vla, "lon": vlo, "accuracy": 9, "status": "arrived",
            "venue": {"lat": VENUE["lat"], "lon": VENUE["lon"]}}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "member": "mb_0a7731fe", "reason": "scam",
            "details": L("He asked me to send money for a hospital bill after two days", TEXT)}),
        case(f, f"{a}/v1/purchases/play", headers=_h(rng, **b), body={
            "productId": "silverlark_premium_3m", "orderId": L("GPA.3327-4410-9182-55021", BUY),
            "purchaseToken": L(play_token(rng), BUY), "price": L("44.99", BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("profile_viewed", 1), ev("like_sent", 2),
                ev("screen", 3, screen=L("Discover", USAGE)), ev("search", 4,
                                                                  q=L("widower jazz", SEARCH))]}),
        case(f, f"{a}/v1/matches", headers=_h(rng, how="nodash"), query={"limit": "20"},
             cookies={"sl_sid": L(opaque(rng, "", 40), CRED), "sl_iid": L(INSTALL_ID, DID)}),
    ]


def silverlark_sdks() -> list[Case]:
    rng = random.Random(4042)
    return [
        ek_batch(APP, rng, [("Match Created", {"source": "discover"}),
                            ("Message Sent", {"chars": 44})], at=(LAT, LON), nd=2),
        ek_traits(APP, rng, {"age": L(AGE50, BIRTH), "gender": L("woman", GENDER),
                             "religion": L("Catholic", SENS), "premium": True}),
        ab_install(APP, rng, first=True),
        ab_event(APP, rng, "af_subscribe", {"product": "premium_3m"}, revenue=44.99,
                 hashed=True),
        bv_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=YOB50, gender="F",
               keywords="dating,over50,travel"),
        fh_session(APP, rng, secs=1260),
        fb_eval(APP, rng, {"ageBand": L("55-64", BIRTH), "verified": True}),
        pw_register(APP, rng, tags={"gender": L("woman", GENDER), "seeking": L("men", SENS)}),
        cm_save(APP, rng, {"analytics": True, "ads": True, "personalisation": False}, user=True),
        mf_geocode(APP, rng, "quiet cafe upper west side", SEARCH, near=(LAT, LON), nd=2),
        cl_message(APP, rng, L("A member asked me for money, I reported him, what now?", TEXT),
                   {"plan": "premium"}),
    ]
