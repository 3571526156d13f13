"""Dating app for people over sixty "Evergreet" with video verification: SMS sign-up, the
profile (birth date, gender, whom she seeks, faith, politics, height), ``/me``, her bio, photos,
a verification video with a face template, discovery by position, likes and passes, messages
(JSON and msgpack), a video date's ICE candidates, a date check-in shared with a friend, a
report of a scammer, her city, a boost, a subscription, push, events and the matches by a
cookie GET. The tester's persona in this app is 63 (born 1962)."""

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
    DIGITS,
    E164,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    f32b64,
    landmarks,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, FIRST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families59_kit import CAFE_AT, EG_AGE, EG_DOB, MEMBERS, TRUSTED
from eval_families59_sdk import (
    af_bid,
    af_win,
    gl_batch,
    gl_identify,
    sk_event,
    sk_session,
    sn_crumb,
    sn_report,
)
from eval_families59_svc import ag_save, bk_register, dw_message, fw_poll
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("evergreet", "Evergreet", "com.example.evergreet", "3.2.5",
          "https://api.evergreet.example.com")
IID = "X-EG-Device"
DATE_FIX = (40.736204, -73.997311)  # her phone at the café on the date


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def evergreet() -> list[Case]:
    rng = random.Random(5941)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    vec = [round(rng.gauss(0, 0.06), 4) for _ in range(512)]
    mid = obj(rng, "m", 12)
    dla, dlo = fix(DATE_FIX)
    return [
        case(f, f"{a}/v1/auth/phone", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/auth/phone/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("551903", CRED)}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "birthdate": L(EG_DOB, BIRTH),
            "gender": L("woman", GENDER), "seeking": L("men", SENS), "ageMin": 60, "ageMax": 74,
            "maxDistanceKm": 40, "heightCm": L(165, FIT), "faith": L("Episcopalian", SENS),
            "politics": L("moderate", SENS), "status": "widowed", "children": "grown",
            "smoking": "never", "drinking": "socially", "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile/bio", headers=_h(rng, **b), body={
            "bio": L("Retired schoolteacher, widowed four years. New knee last spring and "
                     "walking again, looking for a companion for museums and long lunches.",
                     f"{TEXT}|{MED}"),
            "prompts": {"sundays": L("Farmers market, then the crossword in ink", TEXT)}}),
        multipart(f, f"{a}/v1/photos", [
            ("photo1", "me_garden.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("photo2", "me_graduation.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {
                "order": [1, 2], "captions": ["", L("At my granddaughter's graduation", TEXT)]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/verification/video", [
            ("video", "verify.mp4", "video/mp4", L(MP4 + b"\xb3", MEDIA)),
            ("result", None, "application/json", {
                "prompt": "turn_left_then_smile", "template": L(f32b64(vec), FACE),
                "landmarks": L(landmarks(rng, 68), FACE), "liveness": 0.97, "match": 0.93,
                "frames": 48})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/discover", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE),
            "radiusKm": "40", "page": "1"}),
        case(f, f"{a}/v1/likes", headers=_h(rng, **b), body={
            "target": MEMBERS[0], "photo": 2, "comment": L("Lovely photo at the Met!", TEXT),
            "super": False}),
        case(f, f"{a}/v1/passes", fmt="form", headers=_h(rng, **b), body={
            "target": MEMBERS[1], "reason": "distance"}),
        case(f, f"{a}/v1/matches/{mid}/messages", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "to": MEMBERS[0], "client_id": obj(rng, "cm", 12),
            "text": L("I'd love that. Thursday at 11 at Café Lune on 12th?", TEXT)}),
        case(f, f"{a}/v1/matches/{mid}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "to": MEMBERS[0], "client_id": obj(rng, "cm", 12),
            "text": L("My daughter says I should video call you first, is that ok?", TEXT)}),
        case(f, f"{a}/v1/matches/{mid}/call", headers=_h(rng, **b), body={
            "call": obj(rng, "call", 10), "video": True,
            "candidates": [L(srflx(40118), IPLOC), relay()]}),
        case(f, f"{a}/v1/safety/date-checkin", headers=_h(rng, **b), body={
            "friend": {"name": L(TRUSTED[0], NAMEC), "phone": L(TRUSTED[1], TEL)},
            "match": MEMBERS[0], "venue": {"name": "Café Lune", "lat": CAFE_AT[0],
                                           "lon": CAFE_AT[1]},
            "at": "2025-12-11T11:00:00-05:00", "shareLive": True,
            "position": {"lat": dla, "lon": dlo}}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "target": MEMBERS[2], "reason": "scam",
            "text": L("He asked me to wire $2,000 for a customs fee", TEXT)}),
        case(f, f"{a}/v1/account/location", headers=_h(rng, **b), body={
            "city": L(CITY, COARSE), "zip": L(ZIP, COARSE), "lat": L(round(LAT, 2), COARSE),
            "lon": L(round(LON, 2), COARSE), "source": "network"}),
        case(f, f"{a}/v1/settings/privacy", headers=_h(rng, **b), body={
            "showAge": True, "incognito": False, "readReceipts": True,
            "interests": ["gardening", "museums", "bridge", "travel"]}),
        case(f, f"{a}/v1/members/{MEMBERS[3]}", headers=_h(rng, **b), query={
            "from": "discover"}),
        case(f, f"{a}/v1/boosts", fmt="form", headers=_h(rng, **b), body={
            "product": L("boost_1h", BUY), "price": L("3.99", BUY), "currency": "USD"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("evergreet_gold_3m", BUY),
            "orderId": L("GPA.3312-9034-1187-55201", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "fontScale": L(1.3, DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("match", 1), ev("video_verified", 2, attempts=2),
                ev("screen", 3, screen=L("Discover", USAGE))]}),
        case(f, f"{a}/v1/matches", headers=_h(rng, how="plain"),
             cookies={"eg_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def evergreet_sdks() -> list[Case]:
    rng = random.Random(5942)
    return [
        gl_batch(APP, rng, [("Match Made", {"source": "discover"}),
                            ("Verification Passed", {"attempts": 2})], adid=True,
                 screen="Discover"),
        gl_identify(APP, rng, {"age": L(EG_AGE, BIRTH), "gender": L("female", GENDER),
                               "seeking": L("men", SENS), "plan": "gold"}),
        sk_session(APP, rng, user=True),
        sk_event(APP, rng, "e3r8k2", {"plan": "gold_3m"}, revenue="44.99", hashed=True),
        af_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=3, yob=1962,
               gender="F", keywords="seniors,travel,gardening"),
        af_win(APP, rng),
        sn_report(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 31457292 bytes"),
                  [sn_crumb("navigation", "Profile -> Verification"),
                   sn_crumb("state", "camera", {"facing": "front", "fps": 24})],
                  context="VerificationActivity"),
        fw_poll(APP, rng, {"ageBand": L("60-69", BIRTH), "videoDates": True}),
        bk_register(APP, rng, tags={"plan": "gold", "age_band": L("60-69", BIRTH)}),
        ag_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        dw_message(APP, rng, L("I was charged twice for Gold this month", TEXT),
                   {"plan": "gold", "charges": 2}),
    ]
