"""Smart door peephole camera "Peekwell" with visitor face recognition: sign-up, a log-in,
``/me``, the home (address and point), claiming the camera, its Wi-Fi (her SSID, BSSID and
password), settings, her own face enrolled (photo and template), a friend's face added with her
name and number, a visitor tagged, live view (ICE candidates), two-way talk (her voice), quick
replies, access shared with her partner, a porch-theft report, the arrival geofence, a local
status report in protobuf, a Play subscription, push, events and the cameras by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import srflx
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families51_kit import CAM, COURIER_TRACKING, VISITOR, WIFI_PASS, face_vec, home, obj
from eval_families51_sdk import bt_bid, cp_crash, cp_crumb, iv_event, iv_session, ty_batch
from eval_families51_svc import cg_save, fs_eval, mt_reverse, pk_register, pq_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("peekwell", "Peekwell", "com.example.peekwell", "5.9.2",
          "https://api.peekwell.example.com")
IID = "Pw-Install-Id"
PW = "Porch-Light-2231"
S = CAM["serial"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def peekwell() -> list[Case]:
    rng = random.Random(5131)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                       NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = home(5)
    me = face_vec(rng)
    lab: dict[str, str] = {}
    status = pb([(1, L(USER_ID, UID)), (2, S), (3, L(LOCAL_IP, DEV)), (4, L(SSID, WIFI)),
                 (5, -58), (6, [(1, L(round(LAT, 5), PRECISE)), (2, L(round(LON, 5), PRECISE))]),
                 (7, CAM["fw"]), (8, CAM["battery"])], "", lab)
    evt = obj(rng, "evt", 12)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "marketingOptIn": False}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "scope": "devices events faces"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/homes", headers=_h(rng, **b), body={
            "name": "Home", "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "lat": hla, "lon": hlo, "timezone": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/devices/claim", headers=_h(rng, **b), body={
            "serial": S, "mac": CAM["mac"], "model": CAM["model"],
            "claimCode": L("PKW-8Q4T-27XM", CRED), "phoneLanIp": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/devices/{S}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L(WIFI_PASS, CRED),
            "security": "WPA2", "band": "5GHz", "cameraIp": CAM["lan"]}),
        case(f, f"{a}/v1/devices/{S}/settings", fmt="form", headers=_h(rng, **b), body={
            "motionSensitivity": "7", "nightVision": "auto", "chime": "soft",
            "privacyZone": "0.62,0.10;0.98,0.10;0.98,0.44;0.62,0.44", "faceRecognition": "1"}),
        multipart(f, f"{a}/v1/faces/enroll", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("face", None, "application/json", {
                "label": L(FIRST, NAMEC), "relation": "me", "template": L(f32b64(me), FACE),
                "model": "pw-face-v4", "quality": 0.93})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/faces", headers=_h(rng, **b), body={
            "name": L(VISITOR[0], NAMEC), "phone": L(VISITOR[1], TEL), "relation": "friend",
            "notifyOnArrival": True, "embedding": L(face_vec(rng), FACE), "sourcePhotos": 3}),
        case(f, f"{a}/v1/events/{evt}/tag", headers=_h(rng, **b), body={
            "track": obj(rng, "trk", 8), "person": {"name": L(PEOPLE[0][0], NAMEC)},
            "box": [0.41, 0.22, 0.18, 0.31], "confidence": 0.71, "courier": COURIER_TRACKING}),
        case(f, f"{a}/v1/live/{S}/session", headers=_h(rng, **b), body={
            "session": obj(rng, "lv", 10), "sdp": "v=0 o=- 4611731400430051336 2 IN IP4 0.0.0.0",
            "candidates": [
                {"candidate": L(srflx(50144), IPLOC), "sdpMid": "0"},
                {"candidate": L(f"candidate:1 1 udp 2122260223 {LOCAL_IP} 50144 typ host",
                                DEV), "sdpMid": "0"}]}),
        multipart(f, f"{a}/v1/live/{S}/talk", [
            ("audio", "talk.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"durationMs": 6120, "codec": "aac"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/quick-replies", headers=_h(rng, **b), body={
            "text": L("Please leave the package with the doorman", TEXT), "voice": "ava",
            "order": 1}),
        case(f, f"{a}/v1/shares", headers=_h(rng, **b), body={
            "email": L(PARTNER[2], MAIL), "name": L(PARTNER[0], NAMEC), "role": "viewer",
            "cameras": [S]}),
        case(f, f"{a}/v1/reports/theft", headers=_h(rng, **b), body={
            "clip": obj(rng, "clip", 10), "at": "2025-12-09T14:14:00-05:00",
            "description": L("Man in a grey hoodie took the box from my door at 2:14pm", TEXT),
            "address": L(f"{LINE1}, {LINE2}", ADDR), "lat": hla, "lon": hlo,
            "callback": L(E164, TEL), "tracking": COURIER_TRACKING}),
        case(f, f"{a}/v1/geofence", headers=_h(rng, **b), body={
            "centre": {"lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE)},
            "radiusM": 150, "autoArm": True, "lastFix": {
                "lat": L(round(LAT + 0.00312, 6), PRECISE),
                "lon": L(round(LON - 0.00407, 6), PRECISE), "acc": 11}}),
        raw(f, f"{a}/v1/devices/{S}/local-status", status, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), query={
            "camera": S, "since": "1765256400", "kinds": "person,package", "limit": "50"}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("peekwell_plus_monthly", BUY), "purchaseToken": L(play_token(rng),
                                                                              BUY),
            "orderId": L("GPA.3392-1187-4410-22018", BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/telemetry", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("live_view", 1, secs=42), ev("face_tagged", 2),
                ev("screen", 3, screen=L("EventTimeline", USAGE))]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, how="nodash"),
             cookies={"pw_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def peekwell_sdks() -> list[Case]:
    rng = random.Random(5132)
    return [
        ty_batch(APP, rng, [("Live View Started", {"camera": "door"}),
                            ("Face Enrolled", {"relation": "friend"})], ip=True),
        iv_session(APP, rng, first=True),
        iv_event(APP, rng, "start_trial", {"plan": "plus"}, revenue=4.99),
        bt_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=(LAT, LON), nd=3),
        cp_crash(APP, rng, ("java.net.SocketTimeoutException", "stun timeout"),
                 [cp_crumb("nav", "Home -> LiveView"),
                  cp_crumb("log", "ice", {"camera": S})], screen="LiveViewActivity"),
        fs_eval(APP, rng, {"faces": True, "region": L("US-NY", COARSE)}),
        pk_register(APP, rng, adid=True, tags={"cameras": "1"}),
        cg_save(APP, rng, {"analytics": True, "ads": False}),
        pq_card(APP, rng, email=True),
        mt_reverse(APP, rng, (LAT, LON), PRECISE, nd=5),
    ]
