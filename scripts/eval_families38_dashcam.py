"""Dashcam companion "Dashkeep": sign-up, a log-in, ``/me``, pairing the camera and her car (VIN
and plate), her home Wi-Fi handed to the camera for uploads, trips with their track (gzip), a clip
(MP4 and its fix), crash detection with a G-sensor window, a live beat (protobuf), a fender-bender
reported to her insurer with the other driver's details and photos, a parking-mode impact, a home
geofence, her partner added as a driver, trip scores, a firmware check, settings, push, events, a
cloud plan on Play and the clip list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PRECISE,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque, play_token
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head
from eval_families38_kit import (
    BUMP_AT,
    CAM,
    HOME,
    INSURER,
    OTHER_DRIVER,
    PLATE38,
    POLICY,
    VIN,
    WORK_AT,
    drive,
    fix,
    gsensor,
    obj,
)
from eval_families38_sdk import (
    ab_event,
    ab_session,
    bh_bid,
    ff_native,
    sw_batch,
    sw_beacon,
)
from eval_families38_svc import fb_eval, mq_events, mq_route, pp_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, SSID, USER_ID, Case, J, L, case

APP = App("dashkeep", "Dashkeep", "com.example.dashkeep", "2.18.4",
          "https://api.dashkeep.example.net")
IID = "Dk-Install"
PW = "Rearview!Owl44"
GARAGE_FIX = (40.754412, -73.984095)  # her car in the office garage (her car's fix)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def dashkeep() -> list[Case]:
    rng = random.Random(3821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cam=CAM["serial"]))}
    b = {"auth": "bearer"}
    trip, clip, inc = obj(rng, "trp", 10), obj(rng, "clp", 10), obj(rng, "inc", 8)
    hla, hlo = fix(HOME, 5)
    ela, elo = fix(WORK_AT, 5)
    bla, blo = fix(BUMP_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(40.747105, PRECISE)),
                                                     (2, L(-73.988630, PRECISE))]),
               (4, 31.5), (5, 212), (6, CAM["serial"])], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "marketingOptIn": False}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cameras", headers=_h(rng, **b), body={
            "serial": CAM["serial"], "model": CAM["model"], "firmware": CAM["fw"],
            "hotspot": {"ssid": CAM["ssid"], "bssid": CAM["bssid"]},
            "car": {"vin": L(VIN, HW), "plate": L(PLATE38, HW), "plateState": L("NY", COARSE),
                    "make": "Subaru", "model": "Outback", "year": 2022},
            "phoneInstall": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/cameras/{CAM['serial']}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L("maple-harbor-2291", CRED),
            "uploadOnHomeWifi": True}),
        case(f, f"{a}/v1/trips", headers=_h(rng, **b), body={
            "id": trip, "start": {"lat": hla, "lon": hlo, "at": 1765290000},
            "end": {"lat": ela, "lon": elo, "at": 1765291260}, "distanceKm": 3.1,
            "maxKmh": 58, "hardBrakes": 1}),
        lines(f, f"{a}/v1/trips/{trip}/track", drive(rng, 6), gz=True,
              headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/clips", [
            ("video", "clip_0412.mp4", "video/mp4", L(MP4 + b"\x21", MEDIA)),
            ("meta", None, "application/json", {
                "clip": clip, "trigger": "voice", "lat": L(40.749532, PRECISE),
                "lon": L(-73.987811, PRECISE), "kmh": 27, "camera": CAM["serial"],
                "audio": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/events/impact", headers=_h(rng, **b), body={
            "trip": trip, "g": L(gsensor(rng, 24), MOTION), "peakG": 2.6, "lat": bla,
            "lon": blo, "kmh": 9, "severity": "minor", "autoCall": False}),
        raw(f, f"{a}/v1/live/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "id": inc, "policy": L(POLICY, UID), "insurer": INSURER["name"],
            "other": {"name": L(OTHER_DRIVER[0], NAMEC), "phone": L(OTHER_DRIVER[1], TEL),
                      "plate": L(OTHER_DRIVER[2], HW)},
            "lat": L(BUMP_AT[0], PRECISE), "lon": L(BUMP_AT[1], PRECISE), "clips": [clip],
            "description": L("Van reversed out of a loading bay into my front bumper", TEXT),
            "injuries": False}),
        case(f, f"{a}/v1/incidents/{inc}/share", fmt="form", headers=_h(rng, **b), body={
            "to": INSURER["claims"], "policy": L(POLICY, UID), "holder": L(NAME, NAMEC),
            "clips": clip, "consent": "1"}),
        multipart(f, f"{a}/v1/incidents/{inc}/photos", [
            ("photo", "bumper.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("photo2", "their_card.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {"kinds": ["damage", "other_insurance_card"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/parking/events", [
            ("snapshot", "park.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(GARAGE_FIX[0], PRECISE), "lon": L(GARAGE_FIX[1], PRECISE),
                "peakG": 1.3, "camera": CAM["serial"], "battV": 12.1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/geofences", headers=_h(rng, **b), body={
            "name": "Home", "lat": L(round(HOME[0], 6), PRECISE),
            "lon": L(round(HOME[1], 6), PRECISE), "radiusM": 120, "notifyOnLeave": True}),
        case(f, f"{a}/v1/drivers", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "role": "driver"}),
        case(f, f"{a}/v1/trips/{trip}/score", headers=_h(rng, **b), body={
            "smoothness": 82, "speedingPct": 4.1, "phoneUseS": 0, "nightKm": 0.0}),
        case(f, f"{a}/v1/firmware/latest", headers=_h(rng, how="nodash"), query={
            "model": CAM["model"], "fw": CAM["fw"], "serial": CAM["serial"]}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "blurPlates": "1", "recordAudio": "0", "units": "mph",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("clip_saved", 1, trigger="voice"), ev("impact_detected", 2, peakG=2.6),
                ev("screen", 3, screen=L("ClipGallery", USAGE))]}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("dk_cloud_30d", BUY), "orderId": L("GPA.3309-8812-0417-55213", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/clips", headers=_h(rng, how="upper"), query={
            "since": "2025-12-01", "limit": "50"},
            cookies={"dk_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def dashkeep_sdks() -> list[Case]:
    rng = random.Random(3822)
    return [
        sw_batch(APP, rng, [("Clip Saved", {"trigger": "voice", "seconds": 30}),
                            ("Impact Detected", {"peakG": 2.6})], at=BUMP_AT, nd=2),
        sw_beacon(APP, rng, "cloud_upload", {"el": "wifi"}),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "cloud_subscribe", {"plan": "30d"}, revenue="4.99", hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50, "pos": 3}}, at=WORK_AT, nd=3,
               gender="F"),
        ff_native(APP, rng, "LiveViewActivity"),
        fb_eval(APP, rng, {"camModel": CAM["model"], "cloud": True}, get=True),
        pp_register(APP, rng, at=HOME, nd=2, tags={"camera": "paired"}),
        mq_route(APP, rng, HOME, WORK_AT, PRECISE),
        mq_events(APP, rng, [(40.749532, -73.987811), (GARAGE_FIX[0], GARAGE_FIX[1])],
                  PRECISE),
    ]
