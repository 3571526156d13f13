"""Fourth, BLIND labelled set for the classifier evaluation: written without reading the classifier
rules or decoders, to be scored once by the lead after the rules were improved.

Labels are what a careful privacy auditor would mark, with the category ids of TAXONOMY.md and the
paths of DESIGN.md. Shapes follow each SDK family's public documentation and published wire
formats: Kochava's tracker JSON (``kochava_device_id``, ``data``), Singular's SDK query strings
(``aifa``, ``andi``, ``e`` as JSON), Airship channel registration and event upload (``X-UA-*``
headers), Leanplum's ``multi`` batches (form-encoded, JSON inside ``data``), Datadog RUM batches
(JSON Lines) and New Relic mobile harvests (positional arrays) and PostHog ``/batch/``. The
other families live in ``eval_families4_more.py`` (bug reports, location SDKs, session replay,
ads), ``eval_families4_user.py`` (purchases, payments, chat, support, contacts) and
``eval_families4_sense.py`` (installed apps, health, typing biometrics, voice, AppMetrica
protobuf, Wi-Fi/cell scans, negatives). All values are synthetic; every host is under
example.* (RFC 2606).

Conventions kept from the earlier sets: model/OS/locale/screen/battery/network type are
``device.info``; event names, screen names and session counters are ``behavior.usage``; SDK
install/device IDs and push tokens are ``id.device``; app version, package name, API keys of the
app and SDK versions are not personal data and stay unlabelled. Public client keys that ship in
every copy of the app (``pk.``, ``pk_live_``, ``api_key`` parameters) are not labelled; secrets
in an ``Authorization`` header, session keys and client secrets are ``secret.credential``.
"""

from __future__ import annotations

import random
from typing import Any

import eval_families4_more
import eval_families4_sense
import eval_families4_user
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    GAID,
    LAT,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, BUY = "device.info", "behavior.usage", "financial.purchase"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
E164, NATIONAL = "+15550100199", "(555) 010-0199"
OLAT, OLON = 47.60621, -122.33207  # a place that is NOT the profile's: shapes and keys only


def kochava(rng: random.Random, i: int) -> Case:
    data: dict[str, Any] = {
        "usertime": 1700000000 + i, "uptime": L(86412.5, DEV),  # device state, like boot time
        "adid": L(GAID, "id.advertising"), "android_id": L(ANDROID_ID, "id.device"),
        "device": L("Pixel 8-google", DEV), "disp_h": L(2400, DEV), "disp_w": L(1080, DEV),
        "screen_dpi": L(420, DEV), "os_version": L("Android 14", DEV),
        "app_version": "3.2.1", "package": "com.example.clipshare",
        "carrier_name": L("Example Mobile", CARRIER), "network_conn_type": L("wifi", DEV),
        "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV),
        "battery_level": L(87, DEV), "battery_status": L("discharging", DEV),
        "volume": L(0.4, DEV), "screen_brightness": L(0.62, DEV),
        "device_orientation": "portrait",
        "installer_package": "com.android.vending",
        "install_referrer": {"referrer": "utm_source=google-play&utm_medium=organic",
                             "install_begin_time": 1690000000, "status": "ok"},
        "identity_link": {"user_id": L(USER_ID, "id.user"),
                          "email_sha256": L(h("sha256", EMAIL), "contact.email")}}
    if i % 2 == 0:  # older trackers also reported the Wi-Fi network the phone was on
        data["ssid"] = L(SSID, "location.wifi")
        data["bssid"] = L(BSSID.upper(), "location.wifi")
        data["location"] = {"lat": L(round(LAT, 5), PRECISE), "lon": L(round(LON, 5), PRECISE),
                            "acc": 16.0, "ts": 1700000000}
    body: dict[str, Any] = {"action": "initial" if i % 3 else "event",
                            "kochava_app_id": "koclipshare-" + rnd_hex(rng, 6),
                            "kochava_device_id": L("KA" + str(1700000000000 + i)
                                                   + rnd_hex(rng, 32), "id.device"),
                            "sdk_version": "AndroidTracker 5.4.0", "sdk_protocol": "17",
                            "nt_id": f"{rnd_hex(rng, 5)}-{i}-{rnd_uuid(rng)}", "data": data}
    if i % 3 == 0:
        data["event_name"] = L("Purchase", USAGE)
        data["event_data"] = W({"price": L(9.99, BUY), "currency": "USD",
                                "name": L("pro_yearly", BUY)}, "json")
    return case("kochava", "https://control.kochava-sdk.example/track/json", body=body,
                gz=i % 2 == 1)


def singular(rng: random.Random, i: int) -> Case:
    q: dict[str, Any] = {
        "a": rnd_hex(rng, 16), "ab": L("arm64-v8a", DEV),
        "aifa": L(GAID, "id.advertising"), "andi": L(ANDROID_ID, "id.device"),
        "asid": L(rnd_uuid(rng), "id.device"),  # App Set ID: per developer, per device
        "br": L("google", DEV), "c": L("wifi", DEV), "cn": L("Example Mobile", CARRIER),
        "de": L("shiba", DEV), "dnt": "0", "i": "com.example.clipshare",
        "k": "AIFA", "u": L(GAID, "id.advertising"),
        "lc": L("en_US", DEV), "ma": L("Google", DEV), "mo": L("Pixel 8", DEV),
        "p": L("Android", DEV), "pr": L("shiba", DEV), "v": L("14", DEV),
        "s": str(1700000000000 + i), "rt": "json", "sdk": "Singular/v12.1.0",
        "src": "com.android.vending", "lag": "0.042",
        "custom_user_id": L(USER_ID, "id.user"),
        "h": rnd_hex(rng, 40)}  # request signature
    path = "start"
    if i % 2:
        path = "event"
        q["n"] = L("__iap__", USAGE)
        q["e"] = W({"pcc": "USD", "r": L(4.99, BUY), "is_revenue_event": True,
                    "pk": L("sticker_pack_3", BUY),
                    "pt": L("GPA." + rnd_hex(rng, 4) + "-" + rnd_hex(rng, 4), BUY)}, "json")
        q["global_properties"] = W({"plan": "pro", "ab_bucket": "17"}, "json")
    if i % 3 == 0:
        q["mcc"], q["mnc"] = L("310", CARRIER), L("260", CARRIER)
        q["email_md5"] = L(h("md5", EMAIL), "contact.email")
    return case("singular", f"https://sdk-api-v1.singular-sdk.example/api/v1/{path}", query=q)


def airship(rng: random.Random, i: int) -> Case:
    channel = rnd_uuid(rng)
    token = rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 70)
    if i % 2 == 0:
        body = {"channel": {"device_type": L("android", DEV), "opt_in": True,
                            "background": True, "push_address": L(token, "id.device"),
                            "set_tags": True, "tags": ["pro", "beta_tester"],
                            "timezone": L("America/New_York", DEV),
                            "locale_language": L("en", DEV), "locale_country": L("US", DEV),
                            "location_settings": True, "app_version": "3.2.1",
                            "sdk_version": "17.7.0", "device_model": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER),
                            "android": {"delivery_type": "fcm"}},
                "identity_hints": {"user_id": L(USER_ID, "id.user"),
                                   "device_id": L(ANDROID_ID, "id.device")}}
        return case("airship", "https://device-api.airship-sdk.example/api/channels/",
                    body=body,
                    # Basic auth with the app key and secret: an auth token (TAXONOMY), even
                    # though it is the developer's and the same on every phone
                    headers={"Authorization": L("Basic " + rnd_hex(rng, 40),
                                                "secret.credential")})
    events = [{"type": L("app_foreground", USAGE), "event_id": rnd_uuid(rng),
               "time": "1700000000.123", "data": {"session_id": rnd_uuid(rng),
                                                  "connection_type": L("wifi", DEV),
                                                  "carrier": L("Example Mobile", CARRIER),
                                                  "os_version": L("14", DEV),
                                                  "notification_types": ["alert"]}},
              {"type": L("enhanced_custom_event", USAGE), "event_id": rnd_uuid(rng),
               "time": "1700000030.5",
               "data": {"event_name": L("checkout_started", USAGE),
                        "event_value": L(19.98, BUY), "session_id": rnd_uuid(rng),
                        "properties": {"cart_size": 2, "locale_key": "checkout.cta.title"}}},
              {"type": "location", "event_id": rnd_uuid(rng), "time": "1700000060.0",
               "data": {"lat": L(str(round(LAT, 6)), PRECISE),
                        "long": L(str(round(LON, 6)), PRECISE),
                        "requested_accuracy": "HIGH", "update_type": "CONTINUOUS",
                        "h_accuracy": "12", "v_accuracy": "4", "foreground": "true"}}]
    return case("airship", "https://combine.airship-sdk.example/warp9/",
                body={"events": events}, gz=True,
                headers={"X-UA-Channel-ID": L(channel, "id.device"),
                         "X-UA-Device-Family": L("android", DEV),
                         "X-UA-Device-Model": L("Pixel 8", DEV),
                         "X-UA-OS-Version": L("14", DEV), "X-UA-Locale-Language": L("en", DEV),
                         "X-UA-Locale-Country": L("US", DEV),
                         "X-UA-Timezone": L("America/New_York", DEV),
                         "X-UA-Push-Address": L(token, "id.device"),
                         "X-UA-Lib-Version": "17.7.0", "X-UA-Sent-At": "1700000061.002",
                         "X-UA-App-Key": rnd_hex(rng, 22),
                         "Authorization": L("Bearer " + rnd_hex(rng, 48), "secret.credential")})


def leanplum(rng: random.Random, i: int) -> Case:
    did = rnd_hex(rng, 16)  # Leanplum's own device id (not the profile's)
    calls: list[Any] = [
        {"action": "start", "deviceId": L(did, "id.device"), "userId": L(USER_ID, "id.user"),
         "systemName": L("Android OS", DEV), "systemVersion": L("14", DEV),
         "deviceName": L("Pixel 8", DEV), "locale": L("en_US", DEV),
         "timezone": L("America/New_York", DEV), "timezoneOffsetSeconds": L(-18000, DEV),
         "country": "(detect)", "region": "(detect)", "city": "(detect)",
         "includeDefaults": False, "versionName": "3.2.1",
         "location": L(f"{LAT:.3f},{LON:.3f}" if i % 2 else f"{OLAT:.4f},{OLON:.4f}", PRECISE),
         "locationAccuracyType": "cell", "time": 1700000000.25},
        {"action": "track", "event": L("Completed Lesson", USAGE), "value": 1.0,
         "deviceId": L(did, "id.device"), "userId": L(USER_ID, "id.user"),
         "params": W({"lesson": "intro_3", "variant": "B", "reqId": rnd_uuid(rng)}, "json"),
         "time": 1700000012.5},
        {"action": "setUserAttributes", "deviceId": L(did, "id.device"),
         "userId": L(USER_ID, "id.user"),
         "userAttributes": W({"email": L(EMAIL, "contact.email"),
                              "phone": L(NATIONAL, "contact.phone"),
                              "gender": L("female", "personal.gender"),
                              "age": L(34, "personal.birthdate"),
                              "first_name": L("Jane", "contact.name")}, "json")}]
    if i % 3 == 0:
        calls.append({"action": "advance", "state": L("Onboarding.Step3", USAGE),
                      "deviceId": L(did, "id.device"), "userId": L(USER_ID, "id.user")})
    body = {"data": W({"data": calls}, "json")}
    q = {"action": "multi", "appId": "app_" + rnd_hex(rng, 20), "clientKey": "prod_" +
         rnd_hex(rng, 30), "sdkVersion": "7.3.0", "devMode": "false", "time": "1700000013"}
    return case("leanplum", "https://api.leanplum-sdk.example/api", query=q, body=body,
                fmt="form")


def telemetry(rng: random.Random, i: int) -> Case:
    """Datadog RUM batches (JSON Lines) on even i; New Relic mobile harvests on odd i."""
    if i % 2:
        dev = [L("Android", DEV), L("14", DEV), L("Pixel 8", DEV), "AndroidAgent", "7.2.0",
               L(rnd_uuid(rng), "id.device"), "", "", L("Google", DEV),
               {"size": L("normal", DEV), "platform": "Native", "platformVersion": "7.2.0"}]
        harvest = [[rng.randint(10**6, 10**7), rng.randint(10**6, 10**7)], dev, 60.0,
                   [["https://api.clipshare.example/v2/orders", L("wifi", DEV), 0.231,
                     200, 1024, 4096, rnd_hex(rng, 16)]],
                   [], [], [], [],
                   {"sessionId": rnd_uuid(rng), "userId": L(USER_ID, "id.user"),
                    "carrier": L("Example Mobile", CARRIER), "memUsageMb": L(412.0, DEV)},
                   [{"eventType": "Mobile", "category": "Session", "name": L("Interaction",
                                                                             USAGE),
                     "timestamp": 1700000000123, "interactionDuration": 0.8,
                     "lastInteraction": L("Display CheckoutActivity", USAGE)}]]
        return case("newrelic", "https://mobile-collector.newrelic-sdk.example/mobile/v3/data",
                    body=harvest, gz=True,
                    headers={"X-App-License-Key": rnd_hex(rng, 40),
                             "X-NewRelic-OS-Name": L("Android", DEV)})
    sess, view = rnd_uuid(rng), rnd_uuid(rng)
    base: dict[str, Any] = {
        "date": 1700000000000, "application": {"id": rnd_uuid(rng)},
        "session": {"id": sess, "type": "user"}, "service": "clipshare-android",
        "version": "3.2.1", "source": "android",
        "usr": {"id": L(USER_ID, "id.user"), "name": L(NAME, "contact.name"),
                "email": L(EMAIL, "contact.email")},
        "connectivity": {"status": "connected", "interfaces": ["cellular"],
                         "cellular": {"technology": L("LTE", DEV),
                                      "carrier_name": L("Example Mobile", CARRIER)}},
        "device": {"type": "mobile", "name": L("Pixel 8", DEV), "model": L("Pixel 8", DEV),
                   "brand": L("Google", DEV), "architecture": L("arm64-v8a", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV),
               "build": L("UP1A.231005.007", DEV)},
        "_dd": {"format_version": 2, "trace_id": str(rng.getrandbits(63)),
                "span_id": str(rng.getrandbits(63))}}
    lines = [dict(base, type="view", view={"id": view, "name": L("CheckoutActivity", USAGE),
                                           "url": L("com.example.clipshare.CheckoutActivity",
                                                    USAGE),
                                           "time_spent": L(41000000000, USAGE)}),
             dict(base, type="action", view={"id": view},
                  action={"id": rnd_uuid(rng), "type": "tap",
                          "target": {"name": L("PayButton", USAGE)},
                          "frustration": {"type": []}}),
             dict(base, type="resource", view={"id": view},
                  resource={"id": rnd_uuid(rng), "method": "GET", "status_code": 200,
                            "url": U("https://api.clipshare.example/v2/orders",
                                     {"user": L(USER_ID, "id.user"), "page": "1"}),
                            "duration": 231000000, "size": 4096})]
    # each line repeats the same context, so every copy is labelled on its own path
    return case("datadog-rum", "https://browser-intake.datadog-sdk.example/api/v2/rum",
                body=lines, fmt="jsonl",
                query={"ddsource": "android", "ddtags": "service:clipshare,version:3.2.1",
                       "dd-evp-origin": "android"},
                headers={"DD-API-KEY": "pub" + rnd_hex(rng, 32),
                         "DD-REQUEST-ID": rnd_uuid(rng)})


def posthog(rng: random.Random, i: int) -> Case:
    did = rnd_uuid(rng)
    props: dict[str, Any] = {
        "$screen_name": L("ClipEditor", USAGE), "$device_id": L(did, "id.device"),
        "$session_id": rnd_uuid(rng), "$os": L("Android", DEV), "$os_version": L("14", DEV),
        "$device_model": L("Pixel 8", DEV), "$device_manufacturer": L("Google", DEV),
        "$device_type": L("Mobile", DEV), "$app_version": "3.2.1", "$app_build": "321",
        "$lib": "posthog-android", "$lib_version": "3.9.0", "$locale": L("en-US", DEV),
        "$timezone": L("America/New_York", DEV), "$network_wifi": L(True, DEV),
        "$network_carrier": L("Example Mobile", CARRIER),
        "$screen_width": L(1080, DEV), "$screen_height": L(2400, DEV),
        "$feature/new-export-flow": True, "$active_feature_flags": ["new-export-flow"],
        "$is_emulator": L(False, DEV)}
    batch: list[Any] = [{"event": L("$screen", USAGE), "distinct_id": L(did, "id.device"),
                         "properties": props, "timestamp": "2026-11-27T08:00:00.000Z",
                         "uuid": rnd_uuid(rng)}]
    if i % 2:
        batch.append({"event": L("$identify", USAGE), "distinct_id": L(USER_ID, "id.user"),
                      "properties": {"$anon_distinct_id": L(did, "id.device"),
                                     "$set": {"email": L(EMAIL.upper(), "contact.email"),
                                              "name": L(NAME, "contact.name"),
                                              "phone": L(E164, "contact.phone")},
                                     "$ip": L(PUBLIC_IP, "location.ip")},
                      "timestamp": "2026-11-27T08:00:02.000Z", "uuid": rnd_uuid(rng)})
    else:
        batch.append({"event": L("search_performed", USAGE),
                      "distinct_id": L(did, "id.device"),
                      "properties": {"query": L("sunset timelapse", "behavior.search"),
                                     "results": 14, "$session_id": rnd_uuid(rng)},
                      "timestamp": "2026-11-27T08:00:05.000Z", "uuid": rnd_uuid(rng)})
    return case("posthog", "https://eu.posthog-sdk.example/batch/",
                body={"api_key": "phc_" + rnd_hex(rng, 40), "batch": batch,
                      "sent_at": "2026-11-27T08:00:06.000Z"}, gz=i % 3 == 0)


FAMILIES = (kochava, singular, airship, leanplum, telemetry, posthog)


def build(n_each: int = 6, seed: int = 41) -> list[Case]:
    rng = random.Random(seed)
    cases = [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
    for part in (eval_families4_more, eval_families4_user, eval_families4_sense):
        cases += part.build(rng, n_each)
    return cases
