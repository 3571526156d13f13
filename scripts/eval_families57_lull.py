"""Baby-sleep camera "Lullwatch" with cry detection (her son Theo, six months old): sign-up, a
log-in, ``/me``, the baby's profile and photo, provisioning the camera onto her home Wi-Fi,
binding it, the night's cry detections and sleep sessions, breathing rate (gzip JSON), a cry
clip and a video clip, a live-view session (the camera on the LAN), room sensors, a feeding log
(msgpack), a fever note, a caregiver invited, a message to the pediatrician, a camera
heartbeat (protobuf), a subscription, push, events and the timeline by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families57_kit import BABY, CAM, GRANDMA, PEDIATRICIAN, WIFI_PW, breaths, cries, obj
from eval_families57_sdk import bl_bid, gw_crash, gw_crumb, me_alias, me_batch, tb_event
from eval_families57_svc import bm_register, ov_save, ph_attach, sf_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, PHONE, SSID, USER_ID, Case, J, L, case

APP = App("lullwatch", "Lullwatch", "com.example.lullwatch", "6.0.3",
          "https://api.lullwatch.example.com")
IID = "X-LW-Install"
PW = "Nightlight#7720"
KID = "kid_9f2e41ab"  # the baby's profile ID (id.user, as sets 29 and 37 treat a child's)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def lullwatch() -> list[Case]:
    rng = random.Random(5741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID, UID)]))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    beat = pb([(1, CAM["serial"]), (2, CAM["fw"]), (3, 23.4), (4, 41), (5, L(KID, UID)),
               (6, 1765340000)], "", lab)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(PHONE, TEL), "role": "parent"}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/babies", headers=_h(rng, **b), body={
            "id": L(KID, UID), "name": L(BABY[0], NAMEC), "birthDate": L(BABY[1], BIRTH),
            "sex": L(BABY[2], GENDER), "premature": L(False, MED), "weightKg": L(7.6, FIT)}),
        multipart(f, f"{a}/v2/babies/{KID}/photo", [
            ("image", "theo.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v2/cameras/provision", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L(WIFI_PW, CRED),
            "camera": CAM["serial"], "region": "US", "tz": L("EST5EDT", DEV)}),
        case(f, f"{a}/v2/cameras", headers=_h(rng, **b), body={
            "serial": CAM["serial"], "mac": CAM["mac"], "model": CAM["model"],
            "firmware": CAM["fw"], "lanIp": CAM["ip"], "wifi": {"ssid": L(SSID, WIFI)},
            "baby": L(KID, UID), "room": "nursery"}),
        case(f, f"{a}/v2/babies/{KID}/cries", headers=_h(rng, **b), body={
            "night": "2025-12-09", "detections": L(cries(rng, 5), MED),
            "model": "cry-net-3.1", "sensitivity": "medium", "camera": CAM["serial"]}),
        case(f, f"{a}/v2/babies/{KID}/sleep", headers=_h(rng, **b), body={
            "sessions": [{"start": "2025-12-09T19:42", "end": "2025-12-10T01:15"},
                         {"start": "2025-12-10T01:48", "end": "2025-12-10T06:30"}],
            "totalMin": L(615, FIT), "wakeUps": L(2, FIT), "cameraScore": 0.91}),
        case(f, f"{a}/v2/babies/{KID}/breathing", gz=True, headers=_h(rng, **b), body={
            "series": L(breaths(rng, 40), FIT), "method": "optical-flow",
            "roiPx": [220, 140, 610, 520]}),
        multipart(f, f"{a}/v2/clips", [
            ("audio", "cry_0217.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"kind": "cry", "baby": L(KID, UID),
                                                "offsetS": 8011, "clip": obj(rng, "clp", 10)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/clips", [
            ("video", "rollover.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"kind": "motion", "baby": L(KID, UID),
                                                "durationS": 20})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/live/sessions", headers=_h(rng, **b), body={
            "camera": CAM["serial"], "client": {"lanIp": L(LOCAL_IP, DEV), "sdp": "v=0 o=- 4611"},
            "relay": "turn-use1.lullwatch.example.com", "session": obj(rng, "lv", 12)}),
        case(f, f"{a}/v2/cameras/{CAM['serial']}/sensors", fmt="form", headers=_h(rng, **b),
             body={"tempC": "22.8", "humidity": "44", "lux": "3", "noiseDb": "31"}),
        case(f, f"{a}/v2/babies/{KID}/feeds", fmt="msgpack", headers=_h(rng, **b), body={
            "at": 1765351200, "kind": "bottle", "ml": L(150, FIT), "side": None}),
        case(f, f"{a}/v2/babies/{KID}/notes", headers=_h(rng, **b), body={
            "text": L("Theo had 38.4 C tonight after his 6-month shots, gave infant Tylenol",
                      f"{TEXT}|{MED}|{NAMEC}"), "tempC": L(38.4, MED)}),
        case(f, f"{a}/v2/caregivers/invite", headers=_h(rng, **b), body={
            "name": L(GRANDMA[0], NAMEC), "email": L(GRANDMA[1], MAIL), "role": "viewer",
            "babies": [KID]}),
        case(f, f"{a}/v2/share/pediatrician", fmt="form", headers=_h(rng, **b), body={
            "doctor": L(PEDIATRICIAN[0], NAMEC), "doctorPhone": L(PEDIATRICIAN[1], TEL),
            "message": L("Weekly sleep report, he wakes coughing around 2am", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v2/cameras/beat", beat, "application/x-protobuf", lab,
            headers={"User-Agent": "LullwatchCam/4.2.0", "X-Cam-Serial": CAM["serial"]}),
        case(f, f"{a}/v2/billing/play", headers=_h(rng, **b), body={
            "sku": L("lullwatch_insights_monthly", BUY), "token": L(play_token(rng), BUY),
            "orderId": L("GPA.3312-8841-0273-55190", BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "alerts": ["cry", "motion"]}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("live_view", 1, secs=L(312, USAGE)), ev("cry_alert_opened", 2),
                ev("screen", 3, screen=L("SleepReport", USAGE))]}),
        case(f, f"{a}/v2/timeline", headers=_h(rng, how="none"),
             cookies={"lw_session": L(opaque(rng, "", 48), CRED), "lw_baby": L(KID, UID)}),
    ]


def lullwatch_sdks() -> list[Case]:
    rng = random.Random(5742)
    return [
        me_batch(APP, rng, [("Cry Alert Opened", {"baby_age_months": L(5, BIRTH)}),
                            ("Live View Started", {"camera_fw": CAM["fw"]})]),
        me_alias(APP, rng, {"baby_birth_month": L("2025-06", BIRTH), "cameras": 1,
                            "plan": "insights"}),
        tb_event(APP, rng, "subscribe", {"sku": "lullwatch_insights_monthly"}, revenue=9.99,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baby,diapers,sleep"),
        gw_crash(APP, rng, ("java.io.IOException", "camera provisioning socket timeout"),
                 [gw_crumb("navigation", "Setup -> Wifi"),
                  gw_crumb("http", "POST", {"url": f"http://{CAM['ip']}/provision",
                                            "status": 0})],
                 screen="ProvisionActivity"),
        sf_eval(APP, rng, {"cameras": 1, "babyMonths": L(5, BIRTH)}),
        bm_register(APP, rng, tags={"baby_name": L(BABY[0], NAMEC), "alerts": "cry"}),
        ov_save(APP, rng, {"analytics": True, "ads": True}),
        ph_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "night_vision_blurry.jpg", "image/jpeg"),
    ]
