"""Blind evaluation set, part two: bug reports, location SDKs, session replay and ads (see
``eval_families4.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: an Instabug-style bug report and its screenshot upload
(multipart/form-data, RFC 7578), Mapbox-style location telemetry (``/events/v2``) and a
Foursquare-Pilgrim-style visit report, a session-replay SDK (gesture paths, view tree), and a
Vungle-style JSON ad request and an InMobi-style form ad request (``u-id-map`` base64 JSON), and
a selfie face-match SDK (68 landmarks, a 128-float descriptor, a float32 template, a 468-point
mesh as in public face-mesh models).
Values are synthetic; hosts are under example.* (RFC 2606).

Assumption about paths: a multipart part is named by its ``name`` parameter and a JSON part
continues the path from there (``metadata.context[0]...``); a file part is one field at its
name (DESIGN.md does not spell this out; it is the natural reading of "parts, each decoded again").
"""

from __future__ import annotations

import json
import random
import struct
from typing import Any

from eval_families3_wire import _raw
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    L,
    W,
    case,
    h,
    resolve,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, BUY, PAY = "device.info", "behavior.usage", "financial.purchase", "financial.payment"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
E164, NATIONAL = "+15550100199", "(555) 010-0199"
OLAT, OLON = 34.05223, -118.24368  # not the profile's place


def multipart(family: str, url: str, parts: list[tuple[str, str | None, str, Any]],
              headers: dict[str, Any] | None = None) -> Case:
    """multipart/form-data (RFC 7578); a part's labels start at its name."""
    boundary = "----clip" + "9f8e7d6c5b4a"
    labels: dict[str, str] = {}
    out = bytearray()
    for name, filename, ctype, content in parts:
        if isinstance(content, L) and isinstance(content.value, bytes):
            labels[name] = content.category
            raw = content.value
        elif ctype == "application/json":
            raw = json.dumps(resolve(content, name, labels)).encode()
        else:
            raw = str(resolve(content, name, labels)).encode()
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += (f"--{boundary}\r\nContent-Disposition: {disp}\r\nContent-Type: {ctype}\r\n\r\n"
                .encode() + raw + b"\r\n")
    out += f"--{boundary}--\r\n".encode()
    return _raw(family, url, bytes(out), f"multipart/form-data; boundary={boundary}", labels,
                headers=headers)


def _png(rng: random.Random) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(400)


def instabug(rng: random.Random, i: int) -> Case:
    """Bug report JSON (even i), then its screenshot as a multipart upload (odd i)."""
    if i % 2:
        # a screenshot the user chose to attach: an image of their screen (content.media)
        return multipart("instabug", f"https://api.instabug-sdk.example/api/sdk/v3/bugs/"
                         f"{rng.randint(10**6, 10**7)}/attachments",
                         [("metadata[file_type]", None, "text/plain", "main-screenshot"),
                          ("metadata[duration]", None, "text/plain", ""),
                          ("file", "bug_1700000000_screenshot.png", "image/png",
                           L(_png(rng), "content.media"))],
                         headers={"Authorization": L("Token " + rnd_hex(rng, 32),
                                                     "secret.credential")})
    state = {"device": L("Google Pixel 8", DEV), "os": L("OS Level 34", DEV),
             "carrier": L("Example Mobile", CARRIER), "app_version": "3.2.1 (321)",
             "memory": {"used": L(3.1, DEV), "total": L(7.6, DEV)},
             "storage": {"used": L(84.2, DEV), "total": L(110.3, DEV)},
             "battery_level": L(87, DEV), "battery_state": L("Unplugged", DEV),
             "wifi_state": L(True, DEV), "wifi_ssid": L(SSID, "location.wifi"),
             "screen_size": L("1080x2400", DEV), "density": L("xxhdpi", DEV),
             "locale": L("en_US", DEV), "orientation": "portrait",
             "current_view": L("CheckoutActivity", USAGE),
             "user_steps": [{"time": 1700000000000 + 900 * j, "type": "tap",
                             "message": L(f"Tap in {v}", USAGE)}
                            for j, v in enumerate(("PayButton", "CouponField", "Back"))],
             "email": L(EMAIL, "contact.email"), "user_data": "plan=pro",
             "identified_user_id": L(USER_ID, "id.user"), "uuid": L(INSTALL_ID, "id.device"),
             "console_log": [{"timestamp": 1700000000000, "message": "I/Render: frame 16ms"}],
             "experiments": ["checkout_v3"], "sdk_version": "12.4.0"}
    # user_data: free-form data the app attached; "plan=pro" names no TAXONOMY category
    bug = {"title": L("Coupon code is rejected although it is valid", "content.text"),
           "type": "bug", "email": L(EMAIL, "contact.email"),
           "categories": ["Payments"], "attachments_count": 1,
           # a reference to the screenshot sent in the next request: a file name, not the image
           "attachments": [{"type": "main-screenshot", "name": "bug_1700000000_screenshot.png"}],
           "reported_at": 1700000000, "state": W(state, "json")}
    return case("instabug", "https://api.instabug-sdk.example/api/sdk/v3/bugs",
                body={"bug": bug}, gz=i % 4 == 2,
                headers={"Authorization": L("Token " + rnd_hex(rng, 32), "secret.credential")})


def location_sdk(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # a Mapbox-style telemetry batch: a short GPS track and a map load
        lat, lon = (LAT, LON) if i % 4 == 0 else (OLAT, OLON)
        events: list[Any] = [
            {"event": "location", "created": f"2026-11-27T08:00:{j:02d}.000+0000",
             "source": "mapbox", "sessionId": rnd_hex(rng, 20),
             "lat": L(round(lat + 0.0002 * j, 6), PRECISE),
             "lng": L(round(lon - 0.0001 * j, 6), PRECISE),
             "altitude": L(12.3 + j, PRECISE),  # part of the fix, as the earlier sets label it
             # speed, course and accuracy describe the fix; they place nobody (unlabelled)
             "horizontalAccuracy": 4.8, "speed": 1.4, "course": 87.0,
             "operatingSystem": L("Android - 14", DEV), "applicationState": "background"}
            for j in range(3)]
        events.append({"event": "map.load", "created": "2026-11-27T08:00:05.000+0000",
                       "userId": L(rnd_hex(rng, 32), "id.device"),  # the telemetry user id
                       "model": L("Pixel 8", DEV), "operatingSystem": L("Android - 14", DEV),
                       "resolution": L(2.625, DEV), "accessibilityFontScale": L(1.0, DEV),
                       "orientation": "Portrait", "batteryLevel": L(87, DEV),
                       "pluggedIn": L(False, DEV), "carrier": L("Example Mobile", CARRIER),
                       "cellularNetworkType": L("LTE", DEV), "wifi": L(True, DEV),
                       "sdkIdentifier": "mapbox-maps-android", "sdkVersion": "11.0.0"})
        return case("location-sdk", "https://events.mapbox-sdk.example/events/v2",
                    query={"access_token": "pk." + rnd_hex(rng, 60)}, body=events,
                    gz=i % 4 == 2)
    visit = {"installId": L(rnd_uuid(rng), "id.device"), "adid": L(GAID, "id.advertising"),
             "userId": L(USER_ID, "id.user"),
             "visit": {"arrival": 1699990000, "departure": 1699993600, "confidence": "high",
                       "locationType": "venue",
                       # a place id and its category: neither coordinates nor a city/postal
                       # code, so no TAXONOMY location id by definition (left unlabelled)
                       "venue": {"id": rnd_hex(rng, 24), "category": "Coffee Shop"},
                       "location": {"lat": L(round(LAT, 5), PRECISE),
                                    "lng": L(round(LON, 5), PRECISE), "hacc": 20}},
             "wifiScan": [{"ssid": L(SSID, "location.wifi"), "bssid": L(BSSID, "location.wifi"),
                           "rssi": -48, "freq": 5180},
                          {"ssid": L("CoffeeBar-Guest", "location.wifi"),
                           "bssid": L("f2:9e:a1:0c:44:7b", "location.wifi"),
                           "rssi": -71, "freq": 2437}],
             "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV),
                        "battery": L(0.87, DEV), "charging": L(False, DEV)},
             "sdkVersion": "4.1.0", "requestId": rnd_uuid(rng)}
    return case("location-sdk", "https://visits.placesdk.example/v2/visits/add", body=visit,
                headers={"Authorization": L("Bearer " + rnd_hex(rng, 40), "secret.credential")})


def session_replay(rng: random.Random, i: int) -> Case:
    t0 = 1700000000000
    swipe = L([[round(200 + 11.5 * j, 1), round(1500 - 38.2 * j, 1), t0 + 16 * j]
               for j in range(20)], "behavior.motion")
    views: list[Any] = [
        {"cls": "TextView", "id": "title", "rect": [48, 120, 984, 96],
         "text": "login.title"},  # a localisation key: app text, not the user's
        {"cls": "EditText", "id": "email_input", "rect": [48, 400, 984, 140],
         "text": L(EMAIL, "contact.email") if i % 2 else "••••••••••"},
        {"cls": "Button", "id": "btn_login", "rect": [48, 700, 984, 140], "text": "Log in"}]
    body = {"sessionId": rnd_uuid(rng), "visitorId": L(rnd_uuid(rng), "id.device"),
            "userIdentity": L(USER_ID, "id.user"), "seq": i,
            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                       "screen": {"w": L(1080, DEV), "h": L(2400, DEV), "dpi": L(420, DEV)}},
            "screens": [{"name": L("LoginActivity", USAGE), "start": t0, "end": t0 + 8000}],
            "gestures": [{"type": "swipe", "path": swipe}],
            "tap": {"x": 540, "y": 770, "t": t0 + 6100, "view": "btn_login"},
            "viewTree": views, "frameHash": rnd_hex(rng, 40), "fps": 2,
            "appVersion": "3.2.1", "sdkVersion": "3.6.2"}
    return case("session-replay", "https://rec.replaysdk.example/v4/sessions/chunk",
                body={"chunk": W(body, "gzb64json") if i % 3 == 0 else body})


def ads(rng: random.Random, i: int) -> Case:
    """A Vungle-style JSON ad request (even i) and an InMobi-style form request (odd i)."""
    if i % 2 == 0:
        android = {"battery_level": L(0.87, DEV), "battery_state": L("UNPLUGGED", DEV),
                   "battery_saver_enabled": L(0, DEV), "connection_type": L("WIFI", DEV),
                   "locale": L("en_US", DEV), "language": L("en", DEV),
                   "time_zone": L("America/New_York", DEV), "volume_level": L(0.4, DEV),
                   "sound_enabled": L(1, DEV), "sd_card_available": L(1, DEV),
                   "os_name": L("shiba", DEV), "gaid": L(GAID, "id.advertising"),
                   "android_id": L(ANDROID_ID, "id.device"),
                   "app_set_id": L(rnd_uuid(rng), "id.device"), "is_tv": False,
                   "is_sideload_enabled": L(False, DEV)}
        body = {"device": {"make": L("Google", DEV), "model": L("Pixel 8", DEV),
                           "osv": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                           "os": L("android", DEV), "w": L(1080, DEV), "h": L(2400, DEV),
                           "ua": L("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UP1A.231005"
                                   ".007; wv) AppleWebKit/537.36", DEV),
                           "ifa": L(GAID, "id.advertising"), "lmt": 0,
                           "ext": {"vungle": {"android": android}}},
                "app": {"id": rnd_hex(rng, 24), "bundle": "com.example.clipshare",
                        "ver": "3.2.1"},
                "user": {"gdpr": {"consent_status": "opted_in", "consent_source": "publisher",
                                  "consent_timestamp": 1699000000,
                                  "consent_message_version": "v2"},
                         "ccpa": {"status": "opted_in"}, "coppa": {"is_coppa": False}},
                "request": {"placements": ["REWARDED-" + rnd_hex(rng, 6).upper()],
                            "header_bidding": False, "ad_size": "",
                            "is_auto_cached": True}}
        return case("ads-json", "https://adx.vungle-sdk.example/api/v5/ads", body=body,
                    headers={"X-Request-Id": rnd_uuid(rng)})
    form: dict[str, Any] = {
        "im-accid": rnd_hex(rng, 32), "sdk-version": "pr-SAND-ATATA-20231003",
        "u-id-map": W({"GPID": L(GAID, "id.advertising"),
                       "O1": L(h("sha1", ANDROID_ID), "id.device"),
                       "UM5": L(h("md5", ANDROID_ID), "id.device")}, "b64json"),
        "u-id-adt": "0", "d-device-screen-size": L("1080X2400", DEV),
        "d-device-screen-density": L("2.625", DEV), "d-localization": L("en-US", DEV),
        "d-nettype": L("wifi", DEV), "d-media-volume": L("40", DEV), "d-orientation": "1",
        "lat": L(f"{LAT:.2f}", COARSE), "lng": L(f"{LON:.2f}", COARSE), "loc-acc": "3000",
        "c-ap-bssid": L(h("md5", BSSID), "location.wifi"),
        "d-carrier": L("Example Mobile", CARRIER), "d-mcc": L("310", CARRIER),
        "d-mnc": L("260", CARRIER),
        "u-age": L("34", "personal.birthdate"), "u-gender": L("f", "personal.gender"),
        "u-postalcode": L("10001", COARSE),
        "h-user-agent": L("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36",
                          DEV),
        "ts": "1700000000123", "trid": rnd_uuid(rng), "placement-id": "1700" + rnd_hex(rng, 6),
        "format": "native", "mk-ads": "1"}
    return case("ads-form", "https://api.w.inmobi-sdk.example/showad/v3", body=form,
                fmt="form", gz=i % 4 == 3)


def face_check(rng: random.Random, i: int) -> Case:
    """A selfie face-match SDK: the selfie as a file part plus landmarks/descriptor (even i), or
    a msgpack body with a float32 template and a 468-point face mesh (odd i)."""
    pts = [{"x": round(rng.uniform(180, 900), 1), "y": round(rng.uniform(400, 1500), 1)}
           for _ in range(68)]
    if i % 2 == 0:
        meta = {"session": rnd_uuid(rng), "check": "selfie_match",
                "face": {"bbox": [212, 388, 640, 820], "yaw": 1.5, "pitch": -2.0,
                         "landmarks": L(pts, "biometric.face"),
                         "descriptor": L([round(rng.gauss(0, 0.08), 6) for _ in range(128)],
                                         "biometric.face"),
                         "liveness": {"score": 0.991, "blink": True}},
                "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "camera": "front"},
                "applicant": {"external_id": L(USER_ID, "id.user"),
                              "email": L(EMAIL, "contact.email")}}
        # the selfie photo is a picture the user took of themself (content.media)
        return multipart("face-check", "https://kyc.facematch.example/v3/checks",
                         [("meta", None, "application/json", meta),
                          ("selfie", "selfie.jpg", "image/jpeg",
                           L(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(500),
                             "content.media"))],
                         headers={"Authorization": L("Bearer " + rnd_hex(rng, 40),
                                                     "secret.credential")})
    tpl = struct.pack("<512f", *[rng.gauss(0, 0.05) for _ in range(512)])
    mesh = [[round(rng.uniform(0, 1), 4), round(rng.uniform(0, 1), 4),
             round(rng.uniform(-0.1, 0.1), 4)] for _ in range(468)]
    body = {"sid": rnd_uuid(rng), "v": 2, "ts": 1700000000123,
            "tpl": L(tpl, "biometric.face"),  # raw float32 bytes, as msgpack bin
            "mesh": L(mesh, "biometric.face"),
            "quality": {"sharpness": 0.82, "illumination": 0.7},
            "did": L(ANDROID_ID, "id.device"), "model_ver": "fm-5.3"}
    return case("face-check", "https://kyc.facematch.example/v3/templates", body=body,
                fmt="msgpack")


FAMILIES = (instabug, location_sdk, session_replay, ads, face_check)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]

