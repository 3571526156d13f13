"""Sign-language video-relay interpreting app "Signwell": she is Deaf and calls hearing people
through an ASL interpreter. Registration (the relay database asks for her birth date, the last
four of her SSN, her address and a Deaf self-certification), an ID photo, a log-in, ``/me`` with
a JWT, the 911 location, contacts synced (gzip), a call placed to a contact, its ICE candidates,
stats (protobuf), a rating, a video mail, live captions, call history, a favourite, settings, a
videophone linked to her account, presence (msgpack), push, events and video mail by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PEOPLE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    srflx,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head
from eval_families37_kit import home, obj
from eval_families84_kit import CENTER, INTERPRETERS, VRS_NUMBER
from eval_families84_sdk import ak_crash, ak_crumb, it_session, kt_batch
from eval_families84_svc import dd_register, eg_eval, gd_message, on_check
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("signwell", "Signwell", "com.example.signwell", "6.4.2",
          "https://vrs.signwell.example.com")
IID = "X-Signwell-Endpoint"
PW = "Handshape-Q7-2025"
HOST_CAND = (f"candidate:2211907734 1 udp 2122260223 {LOCAL_IP} 50112 typ host generation 0 "
             "ufrag Sw7k network-cost 10")
TV = "ep_4c02f7a1e9"  # her videophone's endpoint ID (another device: a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def signwell() -> list[Case]:
    rng = random.Random(8461)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, tenDigit=L(VRS_NUMBER, TEL), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    call = obj(rng, "call", 10)
    hla, hlo = home(5)
    lab: dict[str, str] = {}
    stats = pb([(1, L(USER_ID, UID)), (2, call), (3, INTERPRETERS[0]), (4, L(734, USAGE)),
                (5, [(1, 1450), (2, 30), (3, 88)]), (6, "vp9")], "", lab)
    return [
        case(f, f"{a}/v1/registration", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "ssnLast4": L(SSN[-4:], NATID), "email": L(EMAIL, MAIL), "address": _addr(),
            "selfCertification": {"hearingStatus": L("Deaf", SENS), "certifiedBy": "self",
                                  "signedName": L(NAME, NAMEC)},
            "preferredLanguage": "ASL", "password": L(PW, CRED)}),
        multipart(f, f"{a}/v1/registration/id", [
            ("front", "state_id.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"idType": "state_id", "issuer": L(STATE,
                                                                                 COARSE)})],
            headers=_h(rng)),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "endpoint": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x94", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/e911", headers=_h(rng, **b), body={
            "tenDigit": L(VRS_NUMBER, TEL), "address": _addr(), "lat": hla, "lon": hlo,
            "validated": True}),
        case(f, f"{a}/v1/contacts/sync", gz=True, headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                         for n, p, _ in PEOPLE[:3]], "full": True}),
        case(f, f"{a}/v1/calls", headers=_h(rng, **b), body={
            "id": call, "from": L(VRS_NUMBER, TEL), "to": L(PEOPLE[0][1], TEL),
            "center": CENTER["id"], "interpreterPref": "any", "video": "vp9"}),
        case(f, f"{a}/v1/calls/{call}/ice", headers=_h(rng, **b), body={
            "candidates": [L(HOST_CAND, DEV), L(srflx(50112), IPLOC),
                           "candidate:91 1 udp 41885439 198.51.100.20 3478 typ relay"]}),
        raw(f, f"{a}/v1/calls/{call}/stats", stats, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/calls/{call}/rating", headers=_h(rng, **b), body={
            "interpreter": INTERPRETERS[0], "stars": 4,
            "comment": L("Interpreter was great but the video froze twice", TEXT)}),
        multipart(f, f"{a}/v1/signmail", [
            ("video", "signmail.mp4", "video/mp4", L(MP4 + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"to": L(PEOPLE[1][1], TEL), "durationS": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/calls/{call}/captions", headers=_h(rng, **b), body={
            "seq": 14, "lang": "en", "text": L("Hi, I'm calling about the leak in my kitchen "
                                               "ceiling, can the super come today?", TEXT)}),
        case(f, f"{a}/v1/calls/history", headers=_h(rng, **b), query={
            "since": "2025-12-01", "limit": "50"}),
        case(f, f"{a}/v1/favorites", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL), "speedDial": 2}),
        case(f, f"{a}/v1/settings", headers=_h(rng, **b), body={
            "preferredLanguage": "ASL", "interpreterGender": "no_preference",
            "voiceCarryOver": False, "callerIdName": L(NAME, NAMEC), "tz": L("America/New_York",
                                                                            DEV)}),
        case(f, f"{a}/v1/endpoints/link", fmt="form", headers=_h(rng, **b), body={
            "endpoint": TV, "pairingCode": L("73-19-44", CRED), "phoneLan": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/presence", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "endpoint": L(INSTALL_ID, DID), "status": "available",
            "net": L("wifi", DEV), "battery": L(67, DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "voipToken": L(push_token(rng), DID), "endpoint": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("call_placed", 1), ev("signmail_sent", 2, seconds=48),
                ev("screen", 3, screen=L("Dialpad", USAGE))]}),
        case(f, f"{a}/v1/signmail/inbox", headers=_h(rng, how="upper"),
             cookies={"sw_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def signwell_sdks() -> list[Case]:
    rng = random.Random(8462)
    return [
        kt_batch(APP, rng, [("Call Ended", {"minutes": L(12, USAGE)}),
                            ("Signmail Sent", {"seconds": 48})]),
        it_session(APP, rng, user=True, n=31),
        ak_crash(APP, rng, ("org.webrtc.MediaCodecVideoEncoderException", "encoder stalled"),
                 [ak_crumb("nav", "Dialpad -> InCall"), ak_crumb("net", "POST /v1/calls")],
                 screen="InCallActivity"),
        eg_eval(APP, rng, {"hdVideo": True}, hdr=True),
        dd_register(APP, rng, tags={"relay": "vrs"}),
        on_check(APP, rng, {"analytics": True, "ads": False}),
        gd_message(APP, rng, L("The interpreter queue said 14 minutes at 9pm, is that normal?",
                               TEXT), {"center": CENTER["id"]}),
    ]
