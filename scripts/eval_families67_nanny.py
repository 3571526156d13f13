"""Nanny-cam baby monitor "Lullacam": sign-up, a form log-in, ``/me``, provisioning the camera
over the phone (her home Wi-Fi's name, BSSID and password, a setup token), the camera's
settings, her son's profile and photo, cry alerts acknowledged, the event list, the camera's
sleep tracking of the baby, a familiar face named by her (the nanny), the nanny and her partner
invited, a saved clip with its title, live view (ICE candidates), talk-back audio, a lullaby,
room alerts, the home geofence and a transition, a Play subscription, push, events and the
cameras by a cookie GET."""

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
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque, play_token
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families67_kit import BABY, CAMERA, NANNY, WIFI_PASS, baby_sleep, faces, obj
from eval_families67_sdk import eh_batch, eh_pixel, fm_crash, fm_crumb, fm_session, ig_install
from eval_families67_svc import am_attach, as_save, fg_eval, pm_card, pr_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lullacam", "Lullacam", "com.example.lullacam", "5.8.3",
          "https://api.lullacam.example.com")
IID = "X-LC-Install"
PW = "Owl-Nightlight-88"
HOST_CAND = (f"candidate:1033112901 1 udp 2122260223 {LOCAL_IP} 50312 typ host generation 0 "
             "ufrag Lc4z network-cost 10")
LEFT_AT = (40.744902, -73.987311)  # her fix leaving home (the geofence's exit)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def lullacam() -> list[Case]:
    rng = random.Random(6741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    cam, baby = CAMERA["id"], obj(rng, "baby", 8)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(NATIONAL, TEL), "country": L("US", COARSE), "newsletter": False}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/cameras/provision", headers=_h(rng, **b), body={
            "camera": {"serial": CAMERA["serial"], "mac": CAMERA["mac"],
                       "model": CAMERA["model"], "fw": CAMERA["fw"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L(WIFI_PASS, CRED), "security": "WPA2", "band": "5GHz"},
            "setupToken": L(opaque(rng, "st_", 32), CRED), "timezone": L("America/New_York", DEV),
            "phoneLan": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v2/cameras/{cam}/settings", headers=_h(rng, **b), body={
            "nightVision": "auto", "cryDetection": True, "motionSensitivity": 0.6,
            "privacyZones": [[0.1, 0.1, 0.3, 0.2]], "lanIp": CAMERA["lan"], "rssi": -54}),
        case(f, f"{a}/v2/babies", headers=_h(rng, **b), body={
            "id": baby, "name": L(BABY[0], NAMEC), "birthDate": L(BABY[1], BIRTH),
            "sex": L(BABY[2], GENDER), "camera": cam}),
        multipart(f, f"{a}/v2/babies/{baby}/avatar", [
            ("photo", "theo.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/events/ack", headers=_h(rng, **b), body={
            "events": [obj(rng, "ev", 12), obj(rng, "ev", 12)], "kind": "cry",
            "confidence": 0.91, "handledBy": L(USER_ID, UID)}),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), query={
            "camera": cam, "since": "1765249200", "types": "cry,motion,face"}),
        case(f, f"{a}/v2/sleep/sessions", headers=_h(rng, **b), body={
            "baby": baby, "camera": cam, "night": "2025-12-09",
            "segments": baby_sleep(rng, 6), "wakeups": 2, "sleepScore": 82}),
        case(f, f"{a}/v2/faces/familiar", headers=_h(rng, **b), body={
            "cluster": obj(rng, "fc", 8), "camera": cam, "detections": faces(rng, 3),
            "label": L(NANNY[0], NAMEC), "role": "nanny"}),
        case(f, f"{a}/v2/caregivers/invite", headers=_h(rng, **b), body={
            "name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "role": "caregiver",
            "schedule": {"days": "Mon-Fri", "from": "08:00", "to": "17:30"},
            "canTalkBack": True}),
        case(f, f"{a}/v2/caregivers/invite", fmt="form", headers=_h(rng, **b), body={
            "email": L(PARTNER[2], MAIL), "name": L(PARTNER[0], NAMEC), "role": "parent"}),
        multipart(f, f"{a}/v2/clips", [
            ("video", "clip_0412.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("meta", None, "application/json", {
                "title": L("Theo's first steps in the nursery!", f"{TEXT}|{NAMEC}"),
                "camera": cam, "startedAt": 1765290312, "durationS": 18})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/live/sessions", headers=_h(rng, **b), body={
            "camera": cam, "quality": "hd",
            "candidates": [L(srflx(50312), IPLOC), L(HOST_CAND, DEV), relay(62011)]}),
        multipart(f, f"{a}/v2/talkback", [
            ("audio", "talk.m4a", "audio/mp4", L(M4A + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"camera": cam, "durationMs": 4200})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lullabies/play", fmt="form", headers=_h(rng, **b), body={
            "camera": cam, "track": "lb_twinkle_03", "volume": "35", "timerMin": "20"}),
        case(f, f"{a}/v2/geofence", headers=_h(rng, **b), body={
            "home": {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
                     "radiusM": 150}, "autoArm": True}),
        case(f, f"{a}/v2/geofence/transition", headers=_h(rng, **b), body={
            "event": "exit", "lat": L(LEFT_AT[0], PRECISE), "lon": L(LEFT_AT[1], PRECISE),
            "acc": 12, "wifiLost": L(SSID, WIFI)}),
        case(f, f"{a}/v2/billing/verify", headers=_h(rng, **b), body={
            "sku": L("lullacam_plus_monthly", BUY), "order": L("GPA.3371-5520-8813-40071", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("live_view", 1, secs=L(95, USAGE)), ev("cry_alert_open", 2),
                ev("screen", 3, screen=L("Nursery", USAGE))]}),
        case(f, f"{a}/v2/cameras", headers=_h(rng, how="upper"),
             cookies={"lc_session": L(opaque(rng, "", 40), CRED)}),
    ]


def lullacam_sdks() -> list[Case]:
    rng = random.Random(6742)
    return [
        eh_batch(APP, rng, [("Live View Opened", {"cameras": 1}),
                            ("Cry Alert Opened", {"latency_s": 3})]),
        eh_pixel(APP, rng, "Onboarding Step", {"step": 2, "variant": "a"}),
        ig_install(APP, rng),
        fm_crash(APP, rng, ("android.media.MediaCodec$CodecException", "Error 0xfffffff4"),
                 [fm_crumb("navigation", "Nursery -> LiveView"),
                  fm_crumb("console", "decoder reset", {"camera": CAMERA["id"]})],
                 screen="LiveViewActivity"),
        fm_session(APP, rng, secs=1180),
        fg_eval(APP, rng, {"cameras": 1, "plus": True}),
        pr_register(APP, rng, at=(LAT, LON), nd=2, tags={"alerts": "cry,motion"}),
        as_save(APP, rng, {"analytics": True, "ads": False, "improvement": True}),
        pm_card(APP, rng, email=True),
        am_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "camera_mount.jpg", "image/jpeg"),
    ]
