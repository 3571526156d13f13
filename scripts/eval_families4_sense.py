"""Blind evaluation set, part three: device surroundings, health and behavioural signals (see
``eval_families4.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: an installed-apps report of an ad/anti-fraud SDK, a period
and health tracker's sync and its analytics hits, a typing-biometrics anti-fraud SDK
(TypingDNA-style typing-pattern strings, BioCatch-style event streams with a device fingerprint),
a voice assistant's recognise request (multipart JSON + audio, as in public voice-service APIs)
and an on-device speaker-verification upload, a geolocation lookup with Wi-Fi access points and
cell towers (the public Geolocation API request shape) and the same as a schema-less protobuf
beacon, a Yandex-AppMetrica-style report (query-string device parameters plus a protobuf body;
protobuf paths are field numbers per DESIGN.md), and a family of negative controls. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import dataclasses
import random
import struct
from typing import Any

from eval_families3_wire import _raw, pb
from eval_families4_more import multipart
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
    PUBLIC_IP,
    SERIAL,
    SSID,
    USER_ID,
    Case,
    L,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, MED, FIT = "device.info", "behavior.usage", "health.medical", "health.fitness"
CARRIER, PRECISE, WIFI = "location.carrier", "location.precise", "location.wifi"
OLAT, OLON = 47.60621, -122.33207  # a place that is NOT the profile's: shapes and keys only
APPS = [("com.example.bankly", "Bankly"), ("com.example.runtrack", "RunTrack"),
        ("com.example.datingapp", "Sparkle"), ("com.example.podcasts", "PodNest"),
        ("com.example.taxfiler", "TaxFiler")]


def installed_apps(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:
        apps = [{"package": L(p, "device.apps"), "label": L(n, "device.apps"),
                 "first_install": 1690000000 + 1000 * j, "system": False}
                for j, (p, n) in enumerate(APPS[: 3 + i % 3])]
        body = {"device_id": L(h("sha256", ANDROID_ID), "id.device"),
                "gaid": L(GAID.replace("-", ""), "id.advertising"),
                "apps": apps, "scan_id": rnd_uuid(rng), "ts": 1700000000}
        return case("installed-apps", "https://ap.adsignals.example/v1/apps", body=body,
                    gz=i % 4 == 0)
    form = {"pkgs": W(L([p for p, _ in APPS], "device.apps"), "gzb64json"),
            "aid": L(base64.b64encode(ANDROID_ID.encode()).decode(), "id.device"),
            "n": str(len(APPS)), "sv": "2.8.1", "nonce": rnd_hex(rng, 16)}
    return case("installed-apps", "https://ap.adsignals.example/v1/apps-lite", body=form,
                fmt="form")


def health(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # the tracker's own sync
        body = {"user": {"id": L(USER_ID, "id.user"), "birth_year": L(1990, "personal.birthdate"),
                         "goal": "track_cycle"},
                "cycles": [{"start": L("2026-10-03", MED), "length_days": L(28, MED),
                            "period_days": L(5, MED)}],
                "entries": [{"date": "2026-11-20", "flow": L("medium", MED),
                             "symptoms": L(["cramps", "headache"], MED),
                             "mood": L("anxious", MED),  # logged as a symptom
                             "bbt_celsius": L(36.62, MED),
                             "medication": L("ibuprofen 400 mg", MED),
                             "weight_kg": L(61.4, FIT), "steps": L(8412, FIT),
                             "sleep_minutes": L(412, FIT), "note": L("felt dizzy after run",
                                                                      "content.text|" + MED)}],
                # pregnancy is named by TAXONOMY under personal.sensitive
                "pregnancy": {"trying_to_conceive": L(True, "personal.sensitive")},
                "client": {"version": "5.0.2", "locale": L("en_US", DEV),
                           "tz": L("America/New_York", DEV)},
                "sync_token": rnd_hex(rng, 32), "request_id": rnd_uuid(rng)}
        return case("health", "https://sync.cycletracker.example/v2/sync", body=body,
                    headers={"Authorization": L("Bearer " + rnd_hex(rng, 48),
                                                "secret.credential")})
    # the same app's analytics hit: a custom event whose parameters name the symptom
    q = {"ev": L("log_symptom", USAGE), "symptom": L("cramps" if i % 4 == 1 else "spotting", MED),
         "cycle_day": L("14", MED), "uid": L(USER_ID, "id.user"),
         "adid": L(GAID.upper(), "id.advertising"), "os": L("android", DEV),
         "osv": L("14", DEV), "app_ver": "5.0.2", "cb": str(rng.randint(10**8, 10**9)),
         "ts": "1700000000"}
    return case("health", "https://events.tracker-analytics.example/v1/collect", query=q)


def typing(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # a typing-pattern string: many numbers, separated (TypingDNA-style)
        nums = [rng.randint(60, 260) for _ in range(60)]
        tp = ",".join(map(str, [0, 3.1, 84, 1, *nums])) + "|" + rnd_hex(rng, 8)
        body: dict[str, Any] = {"tp": L(tp, "behavior.keystroke"), "quality": 2,
                                "textid": rng.randint(10**8, 10**9),
                                "id": L(h("md5", USER_ID), "id.user"),
                                "user_hash": L(h("sha256", EMAIL), "contact.email"),
                                "device_type": L("mobile", DEV)}
        return case("typing", "https://api.typingbio.example/auto",
                    body=body, fmt="form")
    t0 = 1700000000000
    keys = L([["kd", t0 + 140 * j, rng.randint(70, 140)] for j in range(14)],
             "behavior.keystroke")  # key downs with dwell: no key identity, so no text
    accel = L([[t0 + 20 * j, round(rng.gauss(0, 0.2), 4), round(rng.gauss(9.8, 0.2), 4),
                round(rng.gauss(0, 0.2), 4)] for j in range(40)], "behavior.motion")
    touch = L([[t0 + 16 * j, 300 + 9 * j, 1800 - 4 * j, round(0.5 + 0.01 * j, 2), 0.06]
               for j in range(15)], "behavior.motion")
    fp = {"imei_b64": L(base64.b64encode(IMEI.encode()).decode(), "id.hardware"),
          "serial": L(SERIAL.lower(), "id.hardware"),
          "wlan": L(MAC.replace(":", "").upper(), "id.hardware"),
          "imsi": L(IMSI, "id.sim"), "iccid_sha1": L(h("sha1", ICCID), "id.sim"),
          "ad": L(GAID.replace("-", "").upper(), "id.advertising"),
          "lan_ip": L(LOCAL_IP, DEV), "wan_ip": L(PUBLIC_IP, "location.ip"),
          "ssid_hex": L(SSID.encode().hex(), WIFI),
          "rooted": L(False, DEV), "emulator": L(False, DEV), "hooking": False,
          "boot_id": rnd_uuid(rng)}  # changes at every boot: a nonce-like value
    body = {"csid": rnd_uuid(rng), "muid": L(INSTALL_ID, "id.device"),
            "ctx": L("login_screen", USAGE), "events": keys, "accel": accel,
            "touch": touch, "fields": [{"id": "password", "kind": "password", "len": 12}],
            "fp": W(fp, "hexjson" if i % 4 == 1 else "b64json"),
            "seq": i, "v": "4.9.0"}
    return case("typing", "https://wup.antifraud-bio.example/client/v3.1/web/wup",
                body=body, query={"cid": "clip" + rnd_hex(rng, 6)})


def voice(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # recognise: a JSON event part and the microphone audio part
        event = {"event": {"header": {"namespace": "SpeechRecognizer", "name": "Recognize",
                                      "messageId": rnd_uuid(rng),
                                      "dialogRequestId": rnd_uuid(rng)},
                           "payload": {"profile": "NEAR_FIELD",
                                       "format": "AUDIO_L16_RATE_16000_CHANNELS_1",
                                       "initiator": {"type": "TAP"}}},
                 "context": [{"header": {"namespace": "Device"},
                              "payload": {"deviceSerialNumber": L(INSTALL_ID, "id.device"),
                                          "locale": L("en-US", DEV),
                                          "timezone": L("America/New_York", DEV)}}]}
        pcm = struct.pack("<320h", *[rng.randint(-3000, 3000) for _ in range(320)])
        return multipart("voice-assistant", "https://voice.assistant-cloud.example/v20160207/"
                         "events", [("metadata", None, "application/json", event),
                                    ("audio", None, "application/octet-stream",
                                     L(pcm, "content.media"))],
                         headers={"Authorization": L("Bearer Atza|" + rnd_hex(rng, 60),
                                                     "secret.credential")})
    wav = b"RIFF" + struct.pack("<I", 36 + 640) + b"WAVEfmt " + rng.randbytes(20) + b"data" + \
        rng.randbytes(640)
    body = {"utterance": {"id": rnd_uuid(rng), "audio_b64": L(base64.b64encode(wav).decode(),
                                                              "content.media"),
                          "codec": "wav", "duration_ms": 1980},
            "asr": {"text": L("remind me to call the pharmacy at five", "content.text"),
                    "confidence": 0.93},
            "speaker": {"d_vector": L([round(rng.gauss(0, 0.1), 5) for _ in range(256)],
                                      "biometric.voice"),
                        "verified": True, "model": "sv-2026.08"},
            "user": L(USER_ID, "id.user")}
    return case("voice-assistant", "https://voice.assistant-cloud.example/v2/utterances",
                body=body, gz=True)


def appmetrica(rng: random.Random, i: int) -> Case:
    """Query-string device parameters plus a protobuf report (sessions, events, location)."""
    q: dict[str, Any] = {
        "deviceid": L(rnd_hex(rng, 32), "id.device"), "uuid": L(rnd_hex(rng, 32), "id.device"),
        "app_id": "com.example.clipshare", "app_platform": L("android", DEV),
        "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
        "os_version": L("14", DEV), "os_api_level": L("34", DEV),
        "screen_width": L("1080", DEV), "screen_height": L("2400", DEV),
        "screen_dpi": L("420", DEV), "scalefactor": L("2.625", DEV),
        "locale": L("en_US", DEV), "device_type": L("phone", DEV),
        "adv_id": L(GAID, "id.advertising"),
        "android_id": L(ANDROID_ID.upper(), "id.device"),
        "analytics_sdk_version_name": "6.1.0", "api_key_128": rnd_uuid(rng),
        "request_id": str(rng.randint(1, 10**6)), "app_build_number": "321"}
    lat, lon = (LAT, LON) if i % 2 == 0 else (OLAT, OLON)
    labels: dict[str, str] = {}
    loc = [(1, L(lat, PRECISE)), (2, L(lon, PRECISE)), (3, 1700000000), (4, 12),
           (7, "fused")]
    net = [(1, L("Example Mobile", CARRIER)), (2, L("310260", CARRIER)),
           (3, L("wifi", DEV))]
    event = [(1, 1), (2, 30), (3, 4), (4, L("clip_exported" if i % 2 else "screen_opened",
                                            USAGE)),
             (5, '{"format":"mp4","flag":"export_v2"}'), (6, loc), (7, net)]
    session = [(1, 1700000000 + i), (2, [(1, [(1, 1700000000), (2, -18000)]),
                                         (2, L("en_US", DEV)), (3, loc)]), (3, event)]
    data = pb([(1, 3), (3, session), (6, rnd_hex(rng, 16))], "", labels)
    c = _raw("appmetrica", "https://report.appmetrica-sdk.example/report", data,
             "application/x-protobuf", labels)
    qc = case("appmetrica", "https://report.appmetrica-sdk.example/report", query=q)
    c.exchange = dataclasses.replace(c.exchange, url=qc.exchange.url)
    c.labels.update(qc.labels)
    return c


NEIGHBOURS = [("Neighbor-2.4", "f4:28:53:9a:10:02"), ("PrinterDirect-5B", "da:a1:19:5b:00:7e")]


def radio(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # a geolocation lookup: Wi-Fi access points and cell towers
        aps: list[Any] = [{"macAddress": L(BSSID, WIFI), "ssid": L(SSID, WIFI),
                           "signalStrength": -43, "channel": 36, "age": 0}]
        aps += [{"macAddress": L(b, WIFI), "ssid": L(s, WIFI),
                 "signalStrength": -70 - j, "channel": 6, "age": 120}
                for j, (s, b) in enumerate(NEIGHBOURS)]
        cells = [{"radioType": "lte", "mobileCountryCode": L(310, CARRIER),
                  "mobileNetworkCode": L(260, CARRIER),
                  "locationAreaCode": L(rng.randint(1000, 60000), CARRIER),
                  "cellId": L(rng.randint(10**6, 2 * 10**8), CARRIER),
                  "signalStrength": -85, "timingAdvance": 3}]
        body = {"considerIp": False, "homeMobileCountryCode": L(310, CARRIER),
                "homeMobileNetworkCode": L(260, CARRIER), "radioType": "lte",
                "carrier": L("Example Mobile", CARRIER), "cellTowers": cells,
                "wifiAccessPoints": aps}
        return case("radio-scan", "https://geoloc.locatesdk.example/v1/geolocate", body=body,
                    query={"key": "AIza" + rnd_hex(rng, 35)})
    # the same as a protobuf beacon: strings readable without a schema are labelled; bare
    # integers (LAC, cell id) are not, as an auditor cannot name them from the bytes alone
    labels: dict[str, str] = {}
    data = pb([(1, L(INSTALL_ID, "id.device")), (2, 1700000000 + i),
               (3, [(1, L(BSSID.replace(":", "").upper(), WIFI)), (2, L(SSID, WIFI)),
                    (3, 57)]),
               (4, [(1, L("310", CARRIER)), (2, L("260", CARRIER)),
                    (3, rng.randint(1000, 60000)), (4, rng.randint(10**6, 10**8))]),
               (5, [(1, L(round(LAT * 1e6), PRECISE)), (2, L(round(LON * 1e6), PRECISE))]),
               (6, rnd_hex(rng, 32))], "", labels)
    # field 5: the fix as E6 integers beside the scan (a known SDK convention, and it IS
    # the profile's place, so an auditor holding device.toml reads it off)
    return _raw("radio-scan", "https://beacon.locatesdk.example/v2/scan", data,
                "application/x-protobuf", labels)


def negatives(rng: random.Random, i: int) -> Case:
    """Nothing personal, in shapes that resemble identifiers, coordinates and contact data."""
    body = {"event_id": rnd_uuid(rng), "trace": {"trace_id": rnd_hex(rng, 32),
                                                 "span_id": rnd_hex(rng, 16), "sampled": True},
            "nonce": base64.urlsafe_b64encode(rng.randbytes(18)).decode(),
            "content_sha256": rnd_hex(rng, 64), "etag": rnd_hex(rng, 32),
            "bundle": {"version": "3.2.1", "build": 321, "min_os": "8.0",
                       "commit": rnd_hex(rng, 40), "sdk_versions": {"core": "14.2.0"}},
            "experiments": {"checkout_v3": {"bucket": rng.randint(0, 999), "arm": "treatment"},
                            "onboarding": {"bucket": 17, "arm": "control"}},
            "flags": {"new_export_flow": True, "dark_mode_default": False,
                      "max_upload_mb": 512},
            "strings": ["profile.email.hint", "checkout.card.number.label",
                        "settings.phone.title"],  # localisation keys, not user data
            "tap": {"x": 40.742, "y": 73.989, "unit": "dp"},  # one UI tap in coordinate range
            "map_tile": {"z": 12, "x": 1205, "y": 1539},
            "servers": {"api": "198.51.100.71", "media": "192.0.2.80",
                        "resolver": "2001:db8::53"},
            # the app's own help-desk address: not the user's e-mail
            "support_email": "support@clipshare.example",
            "created_at": "2026-11-27T08:00:00.000Z", "uptime_ms": 1700000,
            "sequence": i, "checksum": rng.randint(0, 2**32)}
    return case("negative4", "https://cfg.clipshare.example/v3/bootstrap", body=body,
                fmt="msgpack" if i % 3 == 2 else "json",
                query={"cb": rnd_hex(rng, 8), "v": "3.2.1", "lang_key": "home.title"},
                headers={"X-Request-Id": rnd_uuid(rng),
                         "traceparent": f"00-{rnd_hex(rng, 32)}-{rnd_hex(rng, 16)}-01",
                         "If-None-Match": f'W/"{rnd_hex(rng, 16)}"'})


FAMILIES = (installed_apps, health, typing, voice, appmetrica, radio, negatives)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
