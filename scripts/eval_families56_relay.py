"""Sign-language video relay service "Handwave Relay": the user registration a relay provider
must keep (name, address, date of birth, last four of the SSN, hearing status), a log-in,
``/me``, her ten-digit relay number and its registered emergency location, the address book
synced, a call placed to her dentist through an interpreter, ICE candidates, call quality and
the call's end, a video mail and its caption, an emergency location update, a favourite, her
interpreter preferences, feedback on an interpreter, a profile photo, the annual verification,
a business directory search, typed text during a call, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families56_kit import CALLEE, INTERPRETER, NATID, RELAY_NO, SSN_LAST4, home, obj
from eval_families56_sdk import cm_crash, cm_crumb, cm_sessions, lm_launch, sw_batch, sw_identify
from eval_families56_svc import bz_register, cp_message, cp_upload, ft_eval, pm_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LOCAL_IP, LON, USER_ID, Case, J, L, case

APP = App("handwave", "Handwave Relay", "com.example.handwave", "8.3.0",
          "https://vrs.handwave.example.org")
IID = "X-HW-Endpoint"
PW = "Quiet-Harbor-5521"
ADDR = "contact.address"
HOST_CAND = (f"candidate:2231904411 1 udp 2122260223 {LOCAL_IP} 50142 typ host generation 0 "
             "ufrag Hw7k network-cost 10")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def handwave() -> list[Case]:
    rng = random.Random(5641)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, relay_number=L(RELAY_NO, TEL), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    book = [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[:4]]
    call = obj(rng, "call", 12)
    return [
        case(f, f"{a}/api/v3/registration", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "ssnLast4": L(SSN_LAST4, NATID),
            "address": _addr(), "hearingStatus": L("Deaf", SENS),
            "certifyEligible": True}),
        case(f, f"{a}/api/v3/session", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "endpoint": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/numbers", headers=_h(rng, **b), body={
            "tenDigit": L(RELAY_NO, TEL), "portFrom": None,
            "e911": {"address": _addr(), "lat": hla, "lon": hlo, "verified": True}}),
        case(f, f"{a}/api/v3/contacts/sync", gz=True, headers=_h(rng, **b), body={
            "contacts": book, "full": True}),
        case(f, f"{a}/api/v3/calls", headers=_h(rng, **b), body={
            "dial": L(CALLEE[1], TEL), "displayName": L(CALLEE[0], NAMEC),
            "callerId": L(RELAY_NO, TEL), "signLanguage": "ASL", "spokenLanguage": "en",
            "interpreterPref": "any", "clientCallId": call}),
        case(f, f"{a}/api/v3/calls/p2p", headers=_h(rng, **b), body={
            "to": L("+16465550127", TEL), "toName": L("Marcus Bell", NAMEC),
            "from": L(RELAY_NO, TEL), "video": {"w": 1280, "h": 720, "fps": 30},
            "clientCallId": obj(rng, "call", 12)}),
        case(f, f"{a}/api/v3/calls/{call}/ice", headers=_h(rng, **b), body={
            "candidates": [L(srflx(50142), IPLOC), L(HOST_CAND, DEV), relay(61410)]}),
        case(f, f"{a}/api/v3/calls/{call}/stats", headers=_h(rng, **b), body={
            "interpreter": INTERPRETER, "kbpsUp": 1380, "kbpsDown": 1710, "fps": 30,
            "lossPct": 0.4, "res": "1280x720", "network": L("wifi", DEV),
            "thermal": L("nominal", DEV)}),
        case(f, f"{a}/api/v3/calls/{call}/end", fmt="form", headers=_h(rng, **b), body={
            "durationSec": L("412", USAGE), "endedBy": "caller", "interpreter": INTERPRETER}),
        multipart(f, f"{a}/api/v3/signmail", [
            ("video", "signmail.mp4", "video/mp4", L(MP4 + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"to": L(CALLEE[1], TEL), "seconds": 38,
                                                "thumbAt": 2.5})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/signmail/{obj(rng, 'sm', 10)}/caption", headers=_h(rng, **b),
             body={"text": L("Calling to move my cleaning to next Tuesday afternoon", TEXT)}),
        case(f, f"{a}/api/v3/e911/location", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{LAT:.6f}", PRECISE), "lon": L(f"{LON:.6f}", PRECISE), "acc": "12",
            "source": "gps"}),
        case(f, f"{a}/api/v3/favorites", headers=_h(rng, **b), body={
            "name": L(CALLEE[0], NAMEC), "number": L(CALLEE[1], TEL), "speedDial": 3}),
        case(f, f"{a}/api/v3/preferences", headers=_h(rng, **b), body={
            "signLanguage": "ASL", "voiceCarryOver": False, "mirrorSelfView": True,
            "lightSignaler": True, "captions": "on"}),
        case(f, f"{a}/api/v3/feedback", headers=_h(rng, **b), body={
            "call": call, "interpreter": INTERPRETER, "rating": 5,
            "comment": L("Interpreter matched my signing speed, very clear voicing", TEXT)}),
        multipart(f, f"{a}/api/v3/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/verification/annual", fmt="form", headers=_h(rng, **b), body={
            "dob": L("05/17/1991", BIRTH), "ssnLast4": L(SSN_LAST4, NATID),
            "stillEligible": "true"}),
        case(f, f"{a}/api/v3/directory", headers=_h(rng, **b), query={
            "q": L("pediatric dentist", SEARCH),
            "near": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "limit": "10"}),
        case(f, f"{a}/api/v3/calls/{call}/text", headers=_h(rng, **b), body={
            "text": L("Please spell the street name of the office", TEXT), "seq": 4}),
        case(f, f"{a}/api/v3/push", headers=_h(rng, **b), body={
            "voipToken": L(push_token(rng), DID), "endpoint": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("call_connected", 1, waitSec=21), ev("signmail_sent", 2),
                ev("screen", 3, screen=L("Dialer", USAGE))]}),
        case(f, f"{a}/api/v3/calls/history", headers=_h(rng, how="upper"),
             cookies={"hw_sid": L(opaque(rng, "", 44), CRED), "hw_ep": L(INSTALL_ID, DID)}),
    ]


def handwave_sdks() -> list[Case]:
    rng = random.Random(5642)
    return [
        sw_batch(APP, rng, [("Call Placed", {"lang": "ASL", "wait": 21}),
                            ("Signmail Sent", {"secs": 38})]),
        sw_identify(APP, rng, {"plan": "standard", "hearing": L("deaf", SENS),
                               "state": L("NY", COARSE)}),
        lm_launch(APP, rng, user=True),
        cm_crash(APP, rng, ("org.webrtc.MediaCodecVideoEncoder$Error", "encoder stalled"),
                 [cm_crumb("nav", "Dialer -> InCall"),
                  cm_crumb("tap", "switch_camera", {"view": "front"})], screen="InCallActivity"),
        cm_sessions(APP, rng, secs=612),
        ft_eval(APP, rng, {"hd_video": True}, hdr=True),
        bz_register(APP, rng, tags={"signmail": "on"}),
        pm_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        cp_message(APP, rng, L("My light signaler doesn't flash for incoming calls", TEXT),
                   {"tier": "standard"}),
        cp_upload(APP, rng, L(JPEG + b"\x43", MEDIA), "screenshot.jpg", "image/jpeg"),
    ]
