"""Third, fresh set of SDK families for the classifier evaluation, written without reading the
classifier rules and measured once before any rule was changed for it (an honest generalisation
estimate; see .helpers/eval3-first-run.md).

Shapes follow public documentation and published wire formats: Adjust's /session package
parameters (form-encoded), AppsFlyer's launches/androidevent JSON (af_* keys, deviceData, the
anti-fraud ``sensors`` sample), Amplitude HTTP API v2, Braze /api/v3/data (``device``,
``attributes``, ``respond_with``), Bugsnag error payload v4, AppLovin-style JSON ad requests,
ironSource/Unity-style query-string ad requests, CleverTap's event array (meta/event/profile
records), Google's /g/collect (GA4) query string from a web view, TikTok Events API and Snap
Conversions API events with SHA-256 of normalised e-mail/phone. The wire-format and
behavioural-biometric families live in ``eval_families3_wire.py``. All values are synthetic and
every host is under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random
from typing import Any

import eval_families3_wire
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    IMEI,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    NAME,
    PUBLIC_IP,
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
E164, DIGITS, NATIONAL = "+15550100199", "15550100199", "(555) 010-0199"
# coordinates that are NOT the profile's: only key names and value shapes can find these
OLAT, OLON = 51.50135, -0.14189


def adjust(rng: random.Random, i: int) -> Case:
    body = {"app_token": rnd_hex(rng, 12), "environment": "production",
            "gps_adid": L(GAID, "id.advertising"), "gps_adid_src": "service",
            "gps_adid_attempt": "1", "tracking_enabled": "1",
            "android_uuid": L(rnd_uuid(rng), "id.device"),  # SDK install id (not the profile's)
            "created_at": "2026-11-27T08:00:00.000Z+0000",
            "sent_at": "2026-11-27T08:00:01.250Z+0000",
            "api_level": L("34", DEV), "os_name": L("android", DEV), "os_version": L("14", DEV),
            "os_build": L("UP1A.231005.007", DEV), "device_manufacturer": L("Google", DEV),
            "device_name": L("Pixel 8", DEV), "device_type": L("phone", DEV),
            "cpu_type": L("arm64-v8a", DEV), "hardware_name": L("UP1A.231005.007", DEV),
            "display_width": L("1080", DEV), "display_height": L("2400", DEV),
            "screen_density": L("high", DEV), "screen_size": L("normal", DEV),
            "language": L("en", DEV), "country": L("US", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "connectivity_type": L("1", DEV), "network_type": L("13", DEV),
            "session_count": L("7", USAGE), "subsession_count": L("3", USAGE),
            "session_length": L("412", USAGE), "time_spent": L("380", USAGE),
            "last_interval": L("86000", USAGE),
            "package_name": "com.example.clipshare", "app_version": "3.2.1",
            "installed_at": "2026-10-01T10:00:00.000Z+0000",
            "push_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 80), "id.device"),
            "external_device_id": L(USER_ID, "id.user"),
            "callback_params": W({"user_email_sha1": L(h("sha1", EMAIL), "contact.email"),
                                  "ab_group": "B"}, "json"),
            "partner_params": W({"android_id_md5": L(h("md5", ANDROID_ID).upper(),
                                                     "id.device")}, "json")}
    if i % 2:  # Huawei builds send the OAID instead (not in the profile: shape + key only)
        del body["gps_adid"], body["gps_adid_src"], body["gps_adid_attempt"]
        body["oaid"] = L(rnd_uuid(rng), "id.advertising")
    return case("adjust", "https://app.adjust-sdk.example/session", body=body, fmt="form")


def appsflyer(rng: random.Random, i: int) -> Case:
    sensors = L([{"sT": 1, "sN": "LSM6DSO Accelerometer", "sV": "STMicro",
                  "sVS": [round(rng.uniform(-1, 1), 6), round(rng.uniform(9, 10), 6),
                          round(rng.uniform(-1, 1), 6)],
                  "sVE": [round(rng.uniform(-1, 1), 6), round(rng.uniform(9, 10), 6),
                          round(rng.uniform(-1, 1), 6)]},
                 {"sT": 4, "sN": "LSM6DSO Gyroscope", "sV": "STMicro",
                  "sVS": [round(rng.uniform(-0.1, 0.1), 6) for _ in range(3)],
                  "sVE": [round(rng.uniform(-0.1, 0.1), 6) for _ in range(3)]}],
                # start/end accelerometer and gyroscope vectors: short, but sensor readings
                # of the device in the hand (TAXONOMY behavior.motion)
                "behavior.motion")
    body = {"af_timestamp": "1700000000123", "advertiserId": L(GAID, "id.advertising"),
            "advertiserIdEnabled": "true", "isGaidWithGps": "true",
            "uid": L(f"1700000000000-{rng.randint(10**18, 10**19 - 1)}", "id.device"),
            "appUserId": L(USER_ID, "id.user"), "appsflyerKey": rnd_hex(rng, 22),
            "app_version_code": "321", "app_version_name": "3.2.1",
            "brand": L("google", DEV), "model": L("Pixel 8", DEV), "device": L("shiba", DEV),
            "product": L("shiba", DEV), "sdk": L("34", DEV), "lang": L("English", DEV),
            "lang_code": L("en", DEV), "country": L("US", DEV),
            "carrier": L("Example Mobile", CARRIER), "operator": L("Example Mobile", CARRIER),
            "network": L("WIFI", DEV), "batteryLevel": L("87.0", DEV),
            "disk": L("25012/110321", DEV),
            "cell": {"mcc": L(310, CARRIER), "mnc": L(260, CARRIER)},
            "deviceData": {"arch": "", "build_display_id": L("UP1A.231005.007", DEV),
                           "cpu_abi": L("arm64-v8a", DEV),
                           "dim": {"x_px": L("1080", DEV), "y_px": L("2400", DEV),
                                   "d_dpi": L("420", DEV), "size": L("2", DEV)},
                           "sensors": sensors},
            "counter": L("12", USAGE), "iaecounter": L("4", USAGE),
            "timepassedsincelastlaunch": L("3600", USAGE),
            "firstLaunchDate": "2026-10-01_100000+0000", "date1": "2026-10-01_100000+0000",
            "af_gcm_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 90), "id.device"),
            "eventName": L("af_purchase", USAGE),
            "eventValue": W({"af_revenue": L("9.99", BUY), "af_currency": "USD",
                             "af_content_id": L("sku_pro_yearly", BUY),
                             "af_order_id": L("ord_" + rnd_hex(rng, 10), BUY)}, "json"),
            "rfr": {"val": "utm_source=google-play&utm_medium=organic", "code": "0"},
            "imei": L(IMEI, "id.hardware") if i % 3 == 0 else "",
            "android_id": L(ANDROID_ID, "id.device"), "sig": rnd_hex(rng, 64)}
    return case("appsflyer",
                "https://launches.appsflyer-sdk.example/api/v6.12/androidevent?app_id="
                "com.example.clipshare&buildnumber=6.12.2", body=body, gz=i % 2 == 0)


def amplitude(rng: random.Random, i: int) -> Case:
    lat, lon = (LAT, LON) if i % 2 else (OLAT, OLON)
    ev = {"user_id": L(USER_ID, "id.user"), "device_id": L(INSTALL_ID, "id.device"),
          "event_type": L("clip_exported", USAGE), "time": 1700000000123,
          "session_id": 1700000000000, "event_id": rng.randint(1, 500),
          "insert_id": rnd_uuid(rng), "app_version": "3.2.1",
          "platform": L("Android", DEV),  # the device's OS (label fixed after the first run)
          "os_name": L("android", DEV), "os_version": L("14", DEV),
          "device_brand": L("google", DEV), "device_manufacturer": L("Google", DEV),
          "device_model": L("Pixel 8", DEV), "carrier": L("Example Mobile", CARRIER),
          "language": L("English", DEV), "adid": L(GAID, "id.advertising"),
          "android_id": L(ANDROID_ID, "id.device"), "ip": L(PUBLIC_IP, "location.ip"),
          "location_lat": L(round(lat, 6), PRECISE), "location_lng": L(round(lon, 6), PRECISE),
          "city": L("New York" if i % 2 else "London", COARSE),
          "region": L("New York" if i % 2 else "England", COARSE),
          "event_properties": {"format": "mp4", "duration_ms": 15000,
                               "experiment": "export_v2_treatment"},
          "user_properties": {"$set": {"plan": "pro", "age": L(34, "personal.birthdate"),
                                       "gender": L("female", "personal.gender"),
                                       "email": L(EMAIL.upper(), "contact.email")}}}
    if i % 3 == 0:
        ev.update({"event_type": L("revenue_amount", USAGE), "price": L(4.99, BUY),
                   "quantity": L(1, BUY), "productId": L("sticker_pack_3", BUY),
                   "revenueType": "purchase"})
    body = {"api_key": rnd_hex(rng, 32), "events": [ev], "options": {"min_id_length": 5}}
    return case("amplitude", "https://api2.amplitude-sdk.example/2/httpapi", body=body)


def braze(rng: random.Random, i: int) -> Case:
    t = 1700000000
    events = [{"name": L("ss", USAGE), "data": {}, "time": t, "session_id": rnd_uuid(rng),
               "user_id": L(USER_ID, "id.user")},
              {"name": L("lr", USAGE), "time": t + 2, "session_id": rnd_uuid(rng),
               "data": {"latitude": L(round(LAT, 4), PRECISE),
                        "longitude": L(round(LON, 4), PRECISE),
                        "altitude": L(12.5, PRECISE), "ll_accuracy": 14.0}}]
    # altitude is part of the precise fix; the accuracy radius alone locates nobody (its
    # location.precise label was dropped after the first run)
    body = {"api_key": rnd_uuid(rng), "app_version": "3.2.1", "sdk_version": "30.1.0",
            "device_id": L(rnd_uuid(rng), "id.device"), "time": t,
            "respond_with": {"config": {"config_time": t - 3600}, "triggers": True,
                             "user_id": L(USER_ID, "id.user")},
            "device": {"android_version": L("34", DEV), "carrier": L("Example Mobile", CARRIER),
                       "brand": L("google", DEV), "model": L("Pixel 8", DEV),
                       "resolution": L("1080x2400", DEV), "locale": L("en_US", DEV),
                       "time_zone": L("America/New_York", DEV),
                       "remote_notification_enabled": True, "ad_tracking_enabled": True,
                       "google_ad_id": L(GAID, "id.advertising"),
                       "os_version": L("14", DEV)},
            "attributes": [{"user_id": L(USER_ID, "id.user"),
                            "email": L(EMAIL, "contact.email"),
                            "first_name": L("Jane", "contact.name"),
                            "last_name": L("Doe", "contact.name"),
                            "phone": L(NATIONAL, "contact.phone"),
                            "dob": L("1990-04-01", "personal.birthdate"),
                            "gender": L("f", "personal.gender"),
                            "home_city": L("New York", COARSE),
                            "push_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 60),
                                            "id.device"),
                            "custom": {"favorite_filter": "noir", "onboarding_step": 4}}],
            "events": events if i % 2 else events[:1]}
    return case("braze", "https://sdk.iad-01.braze-sdk.example/api/v3/data", body=body,
                headers={"X-Braze-Api-Key": rnd_uuid(rng)})


def bugsnag(rng: random.Random, i: int) -> Case:
    ev = {"exceptions": [{"errorClass": "java.lang.NullPointerException",
                          "message": "Attempt to invoke virtual method on a null object",
                          "stacktrace": [{"file": "ClipRenderer.kt", "lineNumber": 88,
                                          "method": "com.example.clipshare.render"}]}],
          "breadcrumbs": [{"timestamp": "2026-11-27T08:00:00.000Z", "name": "Activity resumed",
                           "type": "navigation", "metaData": {"activity": "EditorActivity"}}],
          "severity": "error", "unhandled": True,
          "app": {"id": "com.example.clipshare", "version": "3.2.1", "versionCode": 321,
                  "releaseStage": "production", "duration": 41000, "inForeground": True},
          "device": {"id": L(rnd_uuid(rng), "id.device"), "manufacturer": L("Google", DEV),
                     "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                     "osVersion": L("14", DEV), "freeMemory": L(1234567890, DEV),
                     "totalMemory": L(8000000000, DEV), "freeDisk": L(25000000000, DEV),
                     "locale": L("en_US", DEV), "jailbroken": L(False, DEV),
                     "orientation": "portrait", "cpuAbi": L(["arm64-v8a"], DEV),
                     "runtimeVersions": {"androidApiLevel": L("34", DEV),
                                         "osBuild": L("UP1A.231005.007", DEV)},
                     "time": "2026-11-27T08:00:00.000Z"},
          "metaData": {"device": {"batteryLevel": L(0.87, DEV), "charging": L(False, DEV),
                                  "networkAccess": L("wifi", DEV),
                                  "screenResolution": L("2400x1080", DEV),
                                  "locationStatus": "allowed"},
                       "checkout": {"cart_total": L(19.98, BUY)}},
          "user": {"id": L(USER_ID, "id.user"), "email": L(EMAIL, "contact.email"),
                   "name": L(NAME, "contact.name")},
          "session": {"id": rnd_uuid(rng), "startedAt": "2026-11-27T07:59:00.000Z",
                      "events": {"handled": 0, "unhandled": 1}}}
    body = {"apiKey": rnd_hex(rng, 32), "payloadVersion": "4.0",
            "notifier": {"name": "Android Bugsnag Notifier", "version": "5.31.0"},
            "events": [ev]}
    return case("bugsnag", "https://notify.bugsnag-sdk.example/", body=body,
                headers={"Bugsnag-Api-Key": rnd_hex(rng, 32), "Bugsnag-Payload-Version": "4.0",
                         "Bugsnag-Sent-At": "2026-11-27T08:00:01.000Z"})


def applovin(rng: random.Random, i: int) -> Case:
    body = {"device_info": {"adid": L(GAID, "id.advertising"), "dnt": False,
                            "brand": L("google", DEV), "model": L("Pixel 8", DEV),
                            "os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "country_code": L("us", CARRIER),  # TelephonyManager SIM country
                            "locale": L("en_US", DEV), "tz_offset": L(-5.0, DEV),
                            "volume": L(40, DEV), "bt_ms": L(86400123, DEV),
                            "lpm": L(0, DEV), "adns": L(2.75, DEV), "dx": L(1080, DEV),
                            "dy": L(2400, DEV), "ua": L("Dalvik/2.1.0 (Linux; U; Android 14; "
                                                      "Pixel 8 Build/UP1A.231005.007)", DEV),
                            "imei_sha256": L(h("sha256", IMEI), "id.hardware"),
                            "mac_md5": L(h("md5", MAC.replace(":", "").upper()),
                                         "id.hardware")},
            "app_info": {"package_name": "com.example.clipshare", "app_version": "3.2.1",
                         "installer_name": "com.android.vending", "first_install": 1690000000},
            "sdk_version": "12.1.0", "ad_format": "inter", "zone_id": rnd_hex(rng, 16),
            "request_id": rnd_uuid(rng), "ts_s": 1700000000, "session_id": rnd_uuid(rng)}
    if i % 2:
        body["loc"] = {"lat": L(round(LAT, 2), COARSE), "lon": L(round(LON, 2), COARSE),
                       "acc": 3000}
    else:  # the fix as a single "lat,lon" string at 4 decimals
        body["loc"] = {"ll": L(f"{LAT:.4f},{LON:.4f}", PRECISE)}
    return case("applovin", "https://ms.applovin-sdk.example/2.0/ad", body=body,
                gz=i % 2 == 1)


def ironsource(rng: random.Random, i: int) -> Case:
    """ironSource init (query) on even i; a Unity-style ad request (JSON) on odd i."""
    if i % 2 == 0:
        meta = W({"advId": L(GAID.upper(), "id.advertising"), "advIdType": "GAID",
                  "isLimitAdTrackingEnabled": False,
                  "deviceOEM": L("Google", DEV), "deviceModel": L("Pixel 8", DEV),
                  "deviceOs": L("Android", DEV), "deviceOSVersion": L("34", DEV),
                  "connectionType": L("wifi", DEV), "mcc": L(310, CARRIER),
                  "mnc": L(260, CARRIER), "icc": L("us", CARRIER),
                  "tz": L("America/New_York", DEV), "gmtOffset": L(-300, DEV),
                  "lang": L("en", DEV), "sessionId": rnd_uuid(rng),
                  "userId": L(USER_ID, "id.user")}, "b64json")
        q = {"appKey": rnd_hex(rng, 10), "sdkVersion": "7.7.0",
             "platform": L("android", DEV),  # the device's OS (fixed after the first run)
             "ts": "1700000000456", "data": meta}
        return case("ironsource", "https://init.ironsrc-sdk.example/sdk/v7", query=q)
    body = {"advertisingTrackingId": L(GAID, "id.advertising"), "limitAdTracking": False,
            "deviceMake": L("Google", DEV), "deviceModel": L("Pixel 8", DEV),
            "osVersion": L("14", DEV), "apiLevel": L(34, DEV),
            "networkOperator": L("310260", CARRIER),
            "networkOperatorName": L("Example Mobile", CARRIER),
            "screenWidth": L(1080, DEV), "screenHeight": L(2400, DEV),
            "screenDensity": L(420, DEV), "language": L("en_US", DEV),
            "timeZone": L("GMT-05:00", DEV), "freeMemory": L(1200000, DEV),
            "batteryLevel": L(0.87, DEV), "batteryStatus": L(3, DEV),
            "deviceFreeSpace": L(25000000, DEV), "rooted": L(False, DEV),
            "gameSessionId": rng.randint(10**17, 10**18), "auctionId": rnd_uuid(rng),
            "idfi": L(rnd_uuid(rng), "id.device"),  # Unity's per-install identifier
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"], "allowSkip": False}},
            "requestSignature": rnd_hex(rng, 64), "ts": 1700000000456}
    return case("unity-ads", "https://auction.unityads-sdk.example/v6/games/123/requests",
                body=body, query={"deviceModel": L("Pixel 8", DEV),
                                  "platform": L("android", DEV),  # fixed after the first run
                                  "sdkVersion": "4.9.2", "ip": L(PUBLIC_IP, "location.ip")})


def clevertap(rng: random.Random, i: int) -> Case:
    guid = "__" + rnd_hex(rng, 32)  # CleverTap device GUID, tied to the install
    meta = {"g": L(guid, "id.device"), "type": "meta", "id": "TEST-" + rnd_hex(rng, 8),
            "tk": rnd_hex(rng, 6), "l_ts": 1700000000, "f_ts": 1690000000, "frs": False,
            "af": {"Build": "321", "Version": "3.2.1", "OS Version": L("14", DEV),
                   "SDK Version": 60100, "Make": L("Google", DEV), "Model": L("Pixel 8", DEV),
                   "Carrier": L("Example Mobile", CARRIER), "cc": L("us", CARRIER),
                   "OS": L("Android", DEV), "wdt": L(2.71, DEV), "hgt": L(5.98, DEV),
                   "dpi": L(420, DEV), "Radio": L("LTE", DEV), "wifi": True,
                   "GoogleAdID": L(GAID, "id.advertising"), "GoogleAdIDLimit": False,
                   "useIP": False},
            "Latitude": L(round(OLAT, 3), PRECISE), "Longitude": L(round(OLON, 3), PRECISE)}
    event = {"type": "event", "s": 1700000000, "pg": 3, "ep": 1700000042, "f": False,
             "lsl": L(412, USAGE), "evtName": L("Product Viewed", USAGE),
             # a product *view* is an app interaction, not a purchase (fixed after first run)
             "evtData": {"Product": L("Noir filter pack", USAGE), "Price": L(2.99, USAGE),
                         "Screen": L("Store", USAGE)}}
    prof = {"type": "profile", "ep": 1700000043,
            "profile": {"Identity": L(USER_ID, "id.user"), "Email": L(EMAIL, "contact.email"),
                        "Phone": L(E164, "contact.phone"), "Name": L(NAME, "contact.name"),
                        "Gender": L("F", "personal.gender"),
                        "DOB": L("$D_638928000", "personal.birthdate"),
                        "MSG-push": True}}
    # os=Android is the device's OS (its device.info label was added after the first run)
    return case("clevertap", "https://eu1.clevertap-sdk.example/a1", body=[meta, event, prof],
                query={"os": L("Android", DEV), "t": "60100", "z": "TEST",
                       "ts": str(1700000000 + i)})


def ga_web(rng: random.Random, i: int) -> Case:
    """GA4 gtag from an in-app web view: the page visited is browsing history."""
    cid = f"{rng.randint(10**8, 10**9)}.1700000000"
    q: dict[str, Any] = {"v": "2", "tid": "G-" + rnd_hex(rng, 10).upper(), "gtm": "45je3bc0",
         "_p": str(rng.randint(10**8, 10**9)), "gcd": "13l3l3l3l1", "npa": "0",
         "cid": L(cid, "id.device"),
         "ul": L("en-us", DEV), "sr": L("412x915", DEV),
         "uaa": L("arm", DEV), "uam": L("Pixel 8", DEV), "uap": L("Android", DEV),
         "uapv": L("14.0.0", DEV), "_s": "2", "sid": "1700000000", "sct": L("4", USAGE),
         "seg": "1", "en": L("page_view", USAGE),
         "dl": L("https://shop.clipshare.example/blog/best-lenses?utm_source=app",
                 "behavior.browsing"),
         # a web search page visited: browsing; behavior.search is in-app search (TAXONOMY), so
         # that second label was dropped after the first run
         "dr": L("https://search.example/?q=clip+lenses", "behavior.browsing"),
         "dt": L("The best lenses for vlogging", "behavior.browsing"),
         "uid": L(h("sha256", USER_ID), "id.user"), "_et": L("5321", USAGE),
         "ep.experiment": "hero_banner_b", "up.plan": "pro", "tfd": "5012"}
    cookies = {"_ga": L(f"GA1.1.{cid}", "id.device"), "_gcl_au": "1.1.1.1700000000",
               "consent": "analytics:1,ads:0"}
    return case("ga-web", "https://region1.analytics-web.example/g/collect", query=q,
                cookies=cookies)


def tiktok(rng: random.Random, i: int) -> Case:
    body = {"event_source": "app", "event_source_id": rnd_hex(rng, 20),
            "data": [{"event": L("CompletePayment", USAGE), "event_time": 1700000000,
                      "event_id": rnd_uuid(rng),
                      "user": {"email": L(h("sha256", EMAIL), "contact.email"),
                               "phone": L(h("sha256", E164), "contact.phone"),
                               "external_id": L(h("sha256", USER_ID), "id.user"),
                               "idfa": "", "gaid": L(GAID, "id.advertising"),
                               "ip": L(PUBLIC_IP, "location.ip"),
                               "user_agent": L("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)",
                                               DEV)},
                      "app": {"app_id": "com.example.clipshare", "app_version": "3.2.1"},
                      "properties": {"currency": "USD", "value": L(9.99, BUY),
                                     "contents": [{"content_id": L("sku_pro_yearly", BUY),
                                                   "price": L(9.99, BUY),
                                                   "quantity": L(1, BUY)}],
                                     "order_id": L("ord_" + rnd_hex(rng, 10), BUY)}}]}
    return case("tiktok", "https://business-api.tiktok-sdk.example/open_api/v1.3/event/track/",
                body=body, headers={"Access-Token": L(rnd_hex(rng, 40), "secret.credential")})


def snap(rng: random.Random, i: int) -> Case:
    body = {"pixel_id": rnd_uuid(rng), "app_id": "com.example.clipshare",
            "event_type": L("PURCHASE", USAGE), "event_conversion_type": "MOBILE_APP",
            "timestamp": "1700000000123", "client_dedup_id": rnd_uuid(rng),
            "hashed_email": L(h("sha256", EMAIL), "contact.email"),
            "hashed_phone_number": L(h("sha256", DIGITS), "contact.phone"),
            "hashed_mobile_ad_id": L(h("sha256", GAID), "id.advertising"),
            "hashed_ip_address": L(h("sha256", PUBLIC_IP), "location.ip"),
            "hashed_first_name_sha": L(h("sha256", "jane"), "contact.name"),
            "hashed_zip": L(h("sha256", "10001"), COARSE),
            "price": L("9.99", BUY), "currency": "USD",
            "transaction_id": L("ord_" + rnd_hex(rng, 10), BUY),
            "item_ids": L("sku_pro_yearly", BUY), "number_items": L("1", BUY),
            "os_version": L("14", DEV), "device_model": L("Pixel 8", DEV),
            "click_id": rnd_hex(rng, 32)}
    if i % 2:  # the same through a base64 deep link the ad SDK reports back
        body["deep_link"] = U("https://clipshare.example/r",
                              {"p": L(base64.b64encode(EMAIL.encode()).decode(),
                                      "contact.email")})
    return case("snap", "https://tr.snap-sdk.example/v2/conversion", body=body,
                headers={"Authorization": L("Bearer " + rnd_hex(rng, 48), "secret.credential")})


FAMILIES = (adjust, appsflyer, amplitude, braze, bugsnag, applovin, ironsource, clevertap,
            ga_web, tiktok, snap)


def build(n_each: int = 6, seed: int = 23) -> list[Case]:
    rng = random.Random(seed)
    cases = [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
    return cases + eval_families3_wire.build(rng, n_each)
