"""Sign-language learning app "Signbloom" (ASL; tested with the older persona's account: she
learns to talk with her grandson Leo, who is Deaf): sign-up with her reason, a log-in, ``/me``, a
placement, lessons and progress, practice with the camera (hand landmarks in msgpack, face
blendshapes for the grammar of the face, a protobuf recognition frame, a practice clip), a
dictionary search, a live class with a tutor and its ICE candidate, a message to the tutor, a
community post, reminders, a family plan invitation, a certificate, a camera check, a
subscription, push, events and the streak by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families14_kit import hands
from eval_families16_kit import srflx
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    FACE,
    IPLOC,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families40_kit import GRANDSON, TUTOR, blendshapes, obj
from eval_families40_sdk import (
    ab_event,
    ab_link,
    bv_bid,
    ek_batch,
    ek_beacon,
    ek_queue,
    fh_crumb,
    fh_report,
)
from eval_families40_svc import cm_status, fb_eval, pc_card, pc_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("signbloom", "Signbloom", "com.example.signbloom", "2.4.6",
          "https://api.signbloom.example.com")
IID = "X-Signbloom-Device"
PW = "Wave-Hello-1968"
WHY = (f"I want to talk with my grandson {GRANDSON}, he was born Deaf and is learning ASL",
       f"{TEXT}|{SENS}|{NAMEC}")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def signbloom() -> list[Case]:
    rng = random.Random(4071)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    ls = "asl-1-07"
    frame = hands(rng, 1)[0]
    packed = struct.pack(f"<{63}f", *[v for pt in frame for v in pt])
    lab: dict[str, str] = {}
    rec = pb([(1, L(USER_ID, UID)), (2, ls), (3, "THANK-YOU"), (4, L(packed, MOTION)),
              (5, 0.91), (6, 30)], "", lab)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthYear": L(1968, BIRTH), "language": "ASL",
            "hearing": "hearing", "reason": L(*WHY)}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/placement", headers=_h(rng, **b), body={
            "answers": [2, 0, 1, 3, 1], "knowsAlphabet": True, "level": "beginner-2"}),
        case(f, f"{a}/v1/lessons/{ls}/start", fmt="form", headers=_h(rng, **b), body={
            "attempt": "1", "startedAt": "1765390000"}),
        case(f, f"{a}/v1/lessons/{ls}/complete", headers=_h(rng, **b), body={
            "accuracy": 0.86, "xp": 40, "secs": L(412, USAGE), "streak": L(17, USAGE),
            "signsPracticed": ["THANK-YOU", "GRANDMA", "LOVE", "PLAY"]}),
        case(f, f"{a}/v1/practice/{obj(rng, 'pr', 8)}/hands", fmt="msgpack", headers=_h(rng, **b),
             body={"sign": "GRANDMA", "fps": 30, "frames": L(hands(rng, 8), MOTION),
                   "handedness": "right"}),
        case(f, f"{a}/v1/practice/{obj(rng, 'pr', 8)}/nmm", headers=_h(rng, **b), body={
            "sign": "QUESTION-WH", "blendshapes": L([blendshapes(rng) for _ in range(4)], FACE),
            "hands": L(hands(rng, 4), MOTION), "score": 0.72}),
        raw(f, f"{a}/v1/recognize", rec, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/practice/clips", [
            ("video", "practice_thank_you.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"sign": "THANK-YOU", "secs": 4,
                                                "shareWithTutor": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dictionary/search", headers=_h(rng, **b), query={
            "q": L("grandson", SEARCH), "lang": "ASL", "limit": "10"}),
        case(f, f"{a}/v1/classes/bookings", headers=_h(rng, **b), body={
            "tutor": TUTOR["id"], "slot": "2025-12-13T16:00", "minutes": 30,
            "booking": L("SB-7K2Q91", BUY), "price": L(TUTOR["rate"], BUY)}),
        case(f, f"{a}/v1/classes/{obj(rng, 'cls', 8)}/ice", headers=_h(rng, **b), body={
            "candidate": L(srflx(50144), IPLOC), "sdpMid": "1", "ufrag": "Kp2x"}),
        case(f, f"{a}/v1/tutors/{TUTOR['id']}/messages", headers=_h(rng, **b), body={
            "text": L("Could we practise family signs? Leo turns six next week", f"{TEXT}|{NAMEC}"),
            "clientId": rid(rng)}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "text": L("My grandson signed I LOVE YOU back to me today!", TEXT),
            "topic": "wins", "clientId": rid(rng)}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "time": "19:30", "days": "mon,tue,wed,thu,fri", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/family/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "plan": "family"}),
        case(f, f"{a}/v1/certificates", fmt="form", headers=_h(rng, **b), body={
            "course": "asl-1", "nameOnCertificate": L(NAME, NAMEC), "sendTo": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/diagnostics/camera", headers=_h(rng, **b), body={
            "camera": "front", "resolution": "1280x720", "fps": 30, "lux": 212,
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "gpuDelegate": True}),
        case(f, f"{a}/v1/purchases/play", headers=_h(rng, **b), body={
            "productId": "signbloom_plus_monthly", "orderId": L("GPA.3342-1190-6610-20317", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("lesson_completed", 1, lesson=ls), ev("practice_recorded", 2),
                ev("screen", 3, screen=L("Dictionary", USAGE))]}),
        case(f, f"{a}/v1/streak", headers=_h(rng, how="upper"),
             cookies={"sb_session": L(opaque(rng, "", 40), CRED), "sb_device": L(INSTALL_ID, DID)}),
    ]


def signbloom_sdks() -> list[Case]:
    rng = random.Random(4072)
    link = U("https://signbloom.example.com/invite", {"from": L(USER_ID, UID),
                                                       "plan": "family", "utm_source": "sms"})
    return [
        ek_batch(APP, rng, [("Lesson Completed", {"lesson": "asl-1-07", "secs": L(412, USAGE)}),
                            ("Camera Practice Started", {"sign": "GRANDMA"})]),
        ek_queue(APP, rng, [("Offline Lesson Opened", {"lesson": "asl-1-08"}),
                            ("Dictionary Search", {"q": L("grandson", SEARCH)})]),
        ek_beacon(APP, rng, "Paywall Viewed", {"plan": "plus_monthly"}),
        ab_event(APP, rng, "af_subscribe", {"plan": "plus_monthly"}, revenue=12.99, hashed=True),
        ab_link(APP, rng, link),
        bv_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}, yob=1968,
               keywords="asl,learning"),
        fh_report(APP, rng, ("java.lang.IllegalArgumentException", "landmark buffer size"),
                  [fh_crumb("nav", "Lesson -> Practice"),
                   fh_crumb("log", "camera opened", {"fps": 30})],
                  screen="PracticeActivity"),
        fb_eval(APP, rng, {"level": "beginner-2", "ageBand": L("55-64", BIRTH)}),
        pw_register(APP, rng, tags={"streak": L(17, USAGE)}),
        cm_status(APP, rng, {"analytics": True, "ads": True}),
        pc_card(APP, rng),
        pc_confirm(APP, rng, "28.00"),
    ]
