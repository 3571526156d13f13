"""Second set of SDK families for the classifier evaluation, written after the rules were tuned
on ``eval_families.py`` and first measured before any rule change (a held-out check of how the
rules generalise). Shapes follow the public docs of Segment (track/batch), Mixpanel (/track
with base64 ``data``), Branch (open/install), Facebook app events (``extinfo``, ``ud``),
mediation ad requests (query strings), push registration (OneSignal-style), a fitness app's
workout upload, and Firebase Remote Config fetches. All values synthetic.
"""

from __future__ import annotations

import json
import random

from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    IMEI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PHONE,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE = "device.info", "behavior.usage"
NATIONAL = "5550100199"


def segment(rng: random.Random, i: int) -> Case:
    ctx = {"device": {"id": L(ANDROID_ID, "id.device"),
                      "advertisingId": L(GAID, "id.advertising"), "adTrackingEnabled": True,
                      "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                      "type": L("android", DEV)},
           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
           # Segment's connection flag is the connection type, device.info like every set's
           # "network": "WIFI" (left unlabelled here until a rule read it, session 11)
           "network": {"carrier": L("Example Mobile", "location.carrier"), "wifi": L(True, DEV)},
           "screen": {"density": L(2.75, DEV), "width": L(1080, DEV), "height": L(2400, DEV)},
           "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV),
           "ip": L(PUBLIC_IP, "location.ip"),
           "traits": {"email": L(EMAIL, "contact.email"), "name": L(NAME, "contact.name"),
                      "phone": L(NATIONAL, "contact.phone")},
           "library": {"name": "analytics-android", "version": "4.11.3"}}
    batch = [{"type": "track", "event": L("Clip Shared", USAGE),
              "anonymousId": L(INSTALL_ID, "id.device"), "userId": L(USER_ID, "id.user"),
              "messageId": rnd_uuid(rng), "timestamp": "2026-11-27T08:00:00.000Z",
              "context": ctx, "properties": {"clip_id": "c_" + rnd_hex(rng, 8),
                                             "duration_s": 12}}]
    return case("segment", "https://api.segment.example/v1/batch",
                body={"batch": batch, "sentAt": "2026-11-27T08:00:01.000Z"}, gz=i % 2 == 0)


def mixpanel(rng: random.Random, i: int) -> Case:
    events = [{"event": L("App Open", USAGE), "properties": {
        "token": rnd_hex(rng, 32), "distinct_id": L(INSTALL_ID, "id.device"),
        "$device_id": L(INSTALL_ID, "id.device"), "$os": L("Android", DEV),
        "$model": L("Pixel 8", DEV), "$screen_height": L(2400, DEV),
        "$carrier": L("Example Mobile", "location.carrier"), "$wifi": True, "mp_lib": "android",
        "$app_version_string": "3.2.1", "time": 1700000000123, "$insert_id": rnd_hex(rng, 16)}}]
    return case("mixpanel", "https://api.mixpanel.example/track",
                body={"data": W(events, "b64json"), "ip": "1"}, fmt="form")


def branch(rng: random.Random, i: int) -> Case:
    body = {"hardware_id": L(ANDROID_ID, "id.device"), "is_hardware_id_real": True,
            "brand": L("Google", DEV), "model": L("Pixel 8", DEV), "screen_dpi": L(420, DEV),
            "wifi": True, "os": L("Android", DEV), "os_version": L(34, DEV),
            "language": L("en", DEV), "local_ip": L(LOCAL_IP, DEV),
            "google_advertising_id": L(GAID, "id.advertising"), "lat_val": 0,
            "sdk": "android5.7.0", "branch_key": "key_live_" + rnd_hex(rng, 24),
            "retryNumber": 0, "first_install_time": 1690000000000,
            "instrumentation": {"v1/open-qwt": "0"}}
    return case("branch", "https://api2.branch.example/v1/open", body=body)


def facebook(rng: random.Random, i: int) -> Case:
    # extinfo is Facebook's positional device-info array: one device.info finding for the
    # list; the carrier inside it is only recognisable with a profile
    extinfo = L(["a2", "com.example.clipshare", 321, "3.2.1", "14", "Pixel 8",
                 "en_US", "EST", L("Example Mobile", "location.carrier"), 1080, 2400,
                 "2.75", 8, 64, 12, "America/New_York"], DEV)
    body = {"event": "CUSTOM_APP_EVENTS", "advertiser_id": L(GAID, "id.advertising"),
            "anon_id": L("XZ" + INSTALL_ID, "id.device"), "application_tracking_enabled": "1",
            "extinfo": W(extinfo, "json"),
            "custom_events": W([{"_eventName": L("fb_mobile_activate_app", USAGE),
                                 "_logTime": 1700000000, "_ui": "unknown"}], "json"),
            "ud": W({"em": L(h("sha256", EMAIL), "contact.email"),
                     "ph": L(h("sha256", "1" + NATIONAL), "contact.phone"),
                     "fn": L(h("sha256", "jane"), "contact.name")}, "json")}
    return case("facebook", "https://graph.facebook-sdk.example/v18.0/123/activities",
                body=body, fmt="form")


def mediation(rng: random.Random, i: int) -> Case:
    q = {"api_key": rnd_hex(rng, 40), "ifa": L(GAID, "id.advertising"), "dnt": "0",
         "model": L("Pixel 8", DEV), "os": L("android", DEV), "osv": L("14", DEV),
         "carrier": L("Example Mobile", "location.carrier"), "mcc": L("310", "location.carrier"),
         "mnc": L("260", "location.carrier"), "lat": L(f"{LAT:.3f}", "location.precise"),
         "lon": L(f"{LON:.3f}", "location.precise"), "ip": L(PUBLIC_IP, "location.ip"),
         "sdk_version": "11.11.3", "ts": "1700000000", "nonce": rnd_hex(rng, 16),
         "w": "1080", "h": "2400", "locale": L("en_US", DEV), "tz": L("-300", DEV),
         # the connection type is device.info like every set's "network": "WIFI" (it was left
         # unlabelled here until a rule found it and showed the inconsistency)
         "battery": L("0.87", DEV), "net": L("wifi", DEV), "imei": L(IMEI[:14], "id.hardware")}
    return case("mediation", "https://ms.mediation.example/1.0/mediate", query=q)


def push(rng: random.Random, i: int) -> Case:
    body = {"app_id": rnd_uuid(rng), "identifier": L("fcm:" + rnd_hex(rng, 40) + ":APA91b"
                                                      + rnd_hex(rng, 60), "id.device"),
            "device_type": L(1, DEV), "ad_id": L(GAID, "id.advertising"),
            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
            "game_version": "321", "language": L("en", DEV), "timezone": L(-18000, DEV),
            "sdk": "040811", "net_type": 0, "carrier": L("Example Mobile", "location.carrier"),
            "rooted": L(False, DEV), "external_user_id": L(USER_ID, "id.user"),
            "tags": {"plan": "pro"}, "phone_sha512": L(h("sha512", PHONE.replace(" ", "")),
                                                       "contact.phone")}
    return case("push", "https://onesignal.push.example/api/v1/players", body=body)


def fitness(rng: random.Random, i: int) -> Case:
    route = [[round(LAT + 0.0001 * j, 6), round(LON - 0.0001 * j, 6)] for j in range(30)]
    # a workout's duration is workout data like its type and calories (left unlabelled here
    # until a rule read it, session 11; sets 21, 22 and 28 label theirs)
    body = {"workout": {"type": L("run", "health.fitness"), "start": 1700000000,
                        "duration_s": L(1800, "health.fitness"),
                        "calories": L(312, "health.fitness"),
                        "avg_heart_rate": L(142, "health.fitness"),
                        "route": L(route, "location.precise"),
                        "hr_samples": [{"t": 5 * j, "bpm": L(120 + j, "health.fitness")}
                                       for j in range(3)],
                        "start_e7": {"lat": L(round(LAT * 1e7), "location.precise"),
                                     "lng": L(round(LON * 1e7), "location.precise")}},
            "user": {"weight_kg": L(61.5, "health.fitness"),
                     "height_cm": L(168, "health.fitness"), "gender": L("female",
                                                                        "personal.gender")},
            "client": {"app_version": "8.1", "device": L("iPhone15,2", DEV)}}
    return case("fitness", "https://api.fitness.example/v3/workouts", body=body)


def remote_config(rng: random.Random, i: int) -> Case:
    body = {"appInstanceId": L("f" + rnd_hex(rng, 21), "id.device"),
            "appInstanceIdToken": L("eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9."
                                    + json.dumps({"x": 1}).encode().hex()[:20] + "."
                                    + rnd_hex(rng, 40), "secret.credential"),
            "appId": "1:123456789:android:" + rnd_hex(rng, 16), "countryCode": L("US", DEV),
            "languageCode": L("en-US", DEV), "platformVersion": L("34", DEV),
            "timeZone": L("America/New_York", DEV), "appVersion": "3.2.1", "appBuild": "321",
            "packageName": "com.example.clipshare", "sdkVersion": "21.6.0",
            "analyticsUserProperties": {}, "uuid": rnd_uuid(rng), "md5": rnd_hex(rng, 32),
            "sha256_cert": rnd_hex(rng, 64)}
    return case("remote-cfg", "https://firebaseremoteconfig.example/v1/projects/1/fetch",
                body=body, headers={"X-Goog-Api-Key": "AIza" + rnd_hex(rng, 35)})


FAMILIES = (segment, mixpanel, branch, facebook, mediation, push, fitness, remote_config)


def build(n_each: int = 8, seed: int = 11) -> list[Case]:
    rng = random.Random(seed)
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
