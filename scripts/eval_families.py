"""SDK-family payload builders for the classifier evaluation (see ``eval_payloads.py``).

Shapes follow the public documentation of each family: GA4 Measurement Protocol and Firebase
batches (analytics), Adjust/AppsFlyer-style install and event callbacks (attribution), OpenRTB
2.6 bid requests (ads), Sentry event envelopes (crash reporting), and the fictional
com.example.clipshare app's own API. Labels state what a careful reader would call each field.
"""

from __future__ import annotations

import random

from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    ICCID,
    IMEI,
    IMSI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    MAC,
    NAME,
    PHONE,
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
    h,
    quote,
    rnd_hex,
    rnd_uuid,
)

DEV = "device.info"
USAGE = "behavior.usage"


def analytics(rng: random.Random, i: int) -> Case:
    events = [{"name": L(rng.choice(["screen_view", "tap_share", "session_start"]), USAGE),
               "event_id": rnd_uuid(rng), "timestamp_micros": 1700000000000000 + j,
               "params": {"engagement_time_msec": L(rng.randint(10, 9000), USAGE),
                          "screen_name": L("ClipEditor", USAGE),
                          "ab_bucket": f"exp_{rng.randint(1, 9)}_variant_b",
                          "content_hash": rnd_hex(rng, 64)}}
              for j in range(3)]
    body = {"app_instance_id": L(ANDROID_ID if i % 2 else INSTALL_ID.replace("-", ""),
                                 "id.device"),
            "user_pseudo_id": L(INSTALL_ID, "id.device"),
            "user_id": L(USER_ID, "id.user"),
            "insert_id": rnd_uuid(rng), "nonce": rnd_hex(rng, 32),
            "device": {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                       "locale": L("en_US", DEV), "timezone": L("America/New_York", DEV),
                       "screen_width": L(1080, DEV), "app_version": "3.2.1",
                       "sdk_version": "21.5.0"},
            "events": events, "upload_ts": 1700000001234}
    if i % 3 == 0:  # GA4 Measurement Protocol style query string
        return case("analytics", "https://collect.analytics.example/g/collect",
                    query={"v": "2", "tid": "G-ABC123", "cid": L(f"{INSTALL_ID}", "id.device"),
                           "en": L("page_view", USAGE), "_p": str(rng.randint(1, 10**9)),
                           "ul": L("en-us", DEV), "sr": L("1080x2400", DEV),
                           "uid": L(USER_ID, "id.user")})
    return case("analytics", "https://app-measurement.example/a", body=body, gz=i % 2 == 0,
                headers={"User-Agent": L("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)", DEV)})


def attribution(rng: random.Random, i: int) -> Case:
    body = {"gps_adid": L(GAID.upper() if i % 2 else GAID, "id.advertising"),
            "android_uuid": L(INSTALL_ID, "id.device"),
            "created_at": "2026-11-27T08:00:00.000Z+0000", "app_token": "abc123xyz789",
            "event_token": rnd_hex(rng, 6), "environment": "production",
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "country": L("US", DEV),
            "mcc": L("310", "location.carrier"), "mnc": L("260", "location.carrier"),
            "network_type": L("13", DEV), "imei_sha1": L(h("sha1", IMEI), "id.hardware"),
            "customer_user_id": L(USER_ID, "id.user"),
            "em": L(h("sha256", EMAIL), "contact.email"),
            "ph": L(h("sha256", "15550100199"), "contact.phone"),
            "session_count": L(str(rng.randint(1, 50)), USAGE),
            "idempotency_key": rnd_uuid(rng)}
    if i % 2:
        return case("attribution", "https://app.attribution.example/session", body=body,
                    fmt="form")
    body["deeplink"] = U("https://clipshare.example/open",
                         {"ref": "ad", "gaid": L(GAID, "id.advertising")})
    return case("attribution", "https://launches.attribution.example/api/v6/androidevent",
                body=body, gz=True)


def ads(rng: random.Random, i: int) -> Case:
    body = {"id": rnd_uuid(rng),
            "imp": [{"id": "1", "tagid": "clip_feed_native", "bidfloor": 0.5}],
            "app": {"bundle": "com.example.clipshare", "ver": "3.2.1"},
            "device": {"ifa": L(GAID, "id.advertising"),
                       "ua": L("Mozilla/5.0 (Linux; Android 14; Pixel 8)", DEV),
                       "ip": L(PUBLIC_IP, "location.ip"),
                       "connectiontype": L(2, DEV),
                       "geo": {"lat": L(round(LAT, 4), "location.precise"),
                               "lon": L(round(LON, 4), "location.precise"), "type": 1,
                               "country": L("USA", "location.coarse"),
                               "city": L("New York", "location.coarse")},
                       "carrier": L("Example Mobile", "location.carrier"),
                       "mccmnc": L("310-260", "location.carrier"),
                       "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "os": L("android", DEV), "osv": L("14", DEV),
                       "language": L("en", DEV),
                       "dpidsha1": L(h("sha1", ANDROID_ID), "id.device"),
                       "macsha1": L(h("sha1", MAC), "id.hardware")},
            "user": {"id": L(USER_ID, "id.user"), "yob": L(1990, "personal.birthdate"),
                     "gender": L("F", "personal.gender")},
            "tmax": 300, "at": 1}
    if i % 2:
        body["device"]["geo"] = {"lat": L(round(LAT, 2), "location.coarse"),
                                 "lon": L(round(LON, 2), "location.coarse"), "type": 2}
    return case("ads", "https://rtb.ads.example/openrtb2/auction", body=body,
                headers={"x-openrtb-version": "2.6"})


def crash(rng: random.Random, i: int) -> Case:
    body = {"event_id": rnd_hex(rng, 32), "timestamp": 1700000000.123, "platform": "java",
            "release": "com.example.clipshare@3.2.1+321", "environment": "production",
            "level": "error",
            "exception": {"values": [{"type": "IllegalStateException",
                                      "value": "clip buffer overflow",
                                      "stacktrace": {"frames": [
                                          {"function": "render", "lineno": 120,
                                           "instruction_addr": "0x" + rnd_hex(rng, 12)}]}}]},
            "contexts": {"device": {"model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                    "battery_level": L(87.0, DEV),
                                    "free_memory": L(123456789, DEV),
                                    "timezone": L("America/New_York", DEV)},
                         "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                         "trace": {"trace_id": rnd_hex(rng, 32), "span_id": rnd_hex(rng, 16)}},
            "user": {"id": L(USER_ID, "id.user"), "email": L(EMAIL, "contact.email"),
                     "ip_address": L(PUBLIC_IP, "location.ip")},
            "breadcrumbs": [{"timestamp": 1700000000.0 + j, "category": "ui.click",
                             "message": "button_share"} for j in range(2)],
            "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
            "tags": {"build_type": "release", "experiment_bucket": "B"}}
    return case("crash", "https://o123.ingest.crash.example/api/42/store/", body=body,
                gz=i % 2 == 0, headers={"X-Sentry-Auth": "Sentry sentry_key=abc, sentry_version=7"})


def _fp(rng: random.Random, n: int) -> list[float]:
    return [round(rng.uniform(-1, 1), 5) for _ in range(n)]


def own_api(rng: random.Random, i: int) -> Case:
    """The fictional clipshare app: the demo telemetry shape, with wrapped and hashed values."""
    t0 = rng.randint(100, 500)
    body = {
        "device": {"gaid": L(GAID, "id.advertising"),
                   "android_id": L(ANDROID_ID, "id.device"),
                   "imei_md5": L(h("md5", IMEI), "id.hardware"),
                   "serial": L(SERIAL, "id.hardware"),
                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)},
        "sim": {"mcc": L("310", "location.carrier"), "mnc": L("260", "location.carrier"),
                "carrier": L("Example Mobile", "location.carrier"),
                "sim_country": L("us", "location.carrier")},
        "geo": {"lat": L(LAT, "location.precise"), "lon": L(LON, "location.precise")},
        "client_ip": L(PUBLIC_IP, "location.ip"),
        "face": {"embedding": L(_fp(rng, 128), "biometric.face"),
                 "landmarks": L([[round(rng.uniform(0, 480), 1), round(rng.uniform(0, 640), 1)]
                                 for _ in range(68)], "biometric.face")},
        "voice": {"speaker_embedding": L(_fp(rng, 192), "biometric.voice")},
        "typing": {"events": L([{"k": "a", "down": t0 + 90 * j, "up": t0 + 60 + 90 * j}
                                for j in range(8)], "behavior.keystroke|content.text")},
        "events": [{"name": L("screen_view", USAGE), "event_id": rnd_uuid(rng),
                    "ts": 1700000000123}],
        "ui": {"share_button": {"x": 120, "y": 880}, "layout_version": "v2"},
        "model_weights": _fp(rng, 128),
    }
    if i % 4 == 1:  # the same, base64-wrapped in an envelope with sensors and hashed contact
        body = {"v": 2, "payload": W(body, "gzb64json"),
                "sensors": {"accelerometer": L([[round(rng.uniform(-1, 1), 3) for _ in range(3)]
                                                + [1700000000000 + 20 * j] for j in range(25)],
                                               "behavior.motion")},
                "touch": {"swipes": L([{"x": 100 + j, "y": 400 - 2 * j, "t": 16 * j}
                                       for j in range(12)], "behavior.motion")},
                "contact": {"email_sha256": L(h("sha256", EMAIL), "contact.email"),
                            "phone_md5": L(h("md5", "+15550100199"), "contact.phone")},
                "signature": rnd_hex(rng, 64), "request_nonce": rnd_hex(rng, 24)}
        return case("own-api", "https://api.clipshare.example/v2/telemetry", body=body,
                    headers={"Authorization": J({"sub": L(USER_ID, "id.user"), "exp": 1}),
                             "X-Device-Id": L(ANDROID_ID, "id.device"),
                             "X-Request-Id": rnd_uuid(rng)},
                    cookies={"session": L(rnd_hex(rng, 40), "secret.credential"),
                             "theme": "dark", "_exp": "bucket_7"})
    if i % 4 == 2:  # a profile update: contact details, wifi, network
        body = {"profile": {"display_name": L(NAME, "contact.name"),
                            "email": L(EMAIL, "contact.email"),
                            "phone": L(PHONE.replace(" ", ""), "contact.phone"),
                            "birthday": L("1990-04-01", "personal.birthdate")},
                "network": {"ssid": L(SSID, "location.wifi"),
                            "bssid": L(BSSID.replace(":", "").upper(), "location.wifi"),
                            "local_ip": L(LOCAL_IP, DEV), "mac": L(MAC, "id.hardware")},
                "sim": {"imsi": L(IMSI, "id.sim"), "iccid": L(ICCID, "id.sim")},
                "ll": L(f"{LAT:.3f},{LON:.3f}", "location.precise"),
                "hx": W({"mail": L(EMAIL, "contact.email")}, "hexjson"),
                "ref": L(f"mailto:{quote(EMAIL, safe='')}", "contact.email"),
                "client_version": "3.2.1", "ts": 1700000000}
        return case("own-api", "https://api.clipshare.example/v2/profile", body=body,
                    fmt="msgpack" if i % 8 == 2 else "json")
    if i % 4 == 3:  # search and a fitness sync through the app's own API (JSON Lines)
        lines = [{"type": "search", "search_term": L("running shoes", "behavior.search"),
                  "session_id": rnd_uuid(rng)},
                 {"type": "workout", "heart_rate": L(rng.randint(60, 180), "health.fitness"),
                  "steps": L(rng.randint(100, 20000), "health.fitness"),
                  "gps": L(f"{LAT:.5f}, {LON:.5f}", "location.precise"),
                  # (a workout's duration: labelled in session 11, as set 2's)
                  "duration_ms": L(1800000, "health.fitness")}]
        return case("own-api", "https://api.clipshare.example/v2/sync", body=lines, fmt="jsonl",
                    query={"user": L(USER_ID, "id.user"),
                           "d": L(quote(ANDROID_ID.upper()), "id.device")})
    return case("own-api", "https://t.clipshare.example/v1/collect", body=body, gz=True,
                query={"aid": L(GAID.replace("-", ""), "id.advertising"),
                       "b": L(__import__("base64").b64encode(IMEI.encode()).decode(),
                              "id.hardware"),
                       "cb": str(rng.randint(1, 10**9))})


def negatives(rng: random.Random, i: int) -> Case:
    """Nothing personal: IDs of events, requests and content; timings; versions; layout."""
    body = {"batch_id": rnd_uuid(rng), "events": [
        {"event_id": rnd_uuid(rng), "trace_id": rnd_hex(rng, 32), "ts": 1700000000000 + j,
         "checksum": rnd_hex(rng, 64), "sequence": j, "build": "321",
         "experiment": {"id": "exp_42", "variant": "treatment"}}
        for j in range(3)],
        "config_etag": rnd_hex(rng, 40), "nonce": rnd_uuid(rng).upper(),
        "server_ip": "198.51.100.20", "cdn_edge": "192.0.2.44",
        "layout": [{"x": 10 * j, "y": 20 * j, "w": 100, "h": 40} for j in range(6)],
        "weights": _fp(rng, 128), "version": "14.2.1", "schema": "v3"}
    return case("negative", "https://config.service.example/v1/fetch", body=body,
                headers={"X-Request-Id": rnd_uuid(rng), "X-Trace-Id": rnd_hex(rng, 32)})


FAMILIES = (analytics, attribution, ads, crash, own_api, negatives)


def build(n_each: int = 16, seed: int = 5) -> list[Case]:
    rng = random.Random(seed)
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
