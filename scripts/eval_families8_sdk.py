"""Blind set eight, part two: crash reporting, push/OTA updates, a mini-program runtime and ad
mediation (see ``eval_families8.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: a breakpad/Crashpad-style native crash upload
(multipart/form-data per RFC 7578 with ``upload_file_minidump`` — an ``MDMP`` file — and the
annotation parts ``prod``/``ver``/``guid``/``ptype``), a Crashlytics-style settings fetch with
``X-CRASHLYTICS-*`` headers and a session report as schema-less protobuf (gzip); an Expo-style
client (push-token registration ``getExpoPushToken``, the Expo Updates protocol's manifest request
with ``expo-platform``/``expo-runtime-version``/``expo-current-update-id``/``eas-client-id``
headers and ``expo-extra-params``, push receipts); a mini-program runtime's reporting (a WeChat-
style ``getSystemInfo`` block, ``getLocation`` result, ``openid``/``unionid``, page-path
analytics as JSON Lines, user info); a mediation SDK's waterfall (ad request with device block and
bidder signals, per-network load results, impression-level revenue; msgpack and gzip). Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, pb, raw
from eval_families7_kit import enc, jsonl, with_labels
from eval_families8_kit import (
    ADID,
    ANDROID_ID,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    GAID,
    GAID_NODASH,
    GENDER,
    INSTALL_ID,
    LAT,
    LON,
    MAIL,
    PRECISE,
    UA,
    UID,
    USAGE,
    device_camel,
    device_snake,
    sha,
)
from eval_payloads import LOCAL_IP, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex, rnd_uuid

CRASH = "https://crash-reports.buglens.example.com"
EXPO = "https://exp.pushkit.example.dev"
MINI = "https://report.miniapp-runtime.example.cn"
MED = "https://ms.mediatr.example.io"
MDMP = b"MDMP\x93\xa7\x00\x00" + bytes(range(120))


def crash() -> list[Case]:
    rng = random.Random(8803)
    hdr = {"X-CRASHLYTICS-DEVICE-MODEL": L("Pixel 8", DEV),
           "X-CRASHLYTICS-OS-BUILD-VERSION": L("AP2A.240905.003", DEV),
           "X-CRASHLYTICS-OS-DISPLAY-VERSION": L("14", DEV),
           "X-CRASHLYTICS-INSTALLATION-ID": L(INSTALL_ID.replace("-", ""), DID),
           "X-CRASHLYTICS-API-CLIENT-VERSION": "18.6.2", "User-Agent": L(UA, DEV)}
    app = "1:1234567890:android:ab12cd"
    out = [case("crash", f"{CRASH}/spi/v2/platforms/android/gmp/{app}/settings",
                headers=hdr, query={"instance": rnd_hex(rng, 40), "display_version": "3.12.0",
                                    "build_version": "4120", "source": "1"})]
    out.append(multipart("crash", f"{CRASH}/native/upload", [
        ("prod", None, "text/plain", "ExamplePlayer_Android"),
        ("ver", None, "text/plain", "3.12.0"), ("guid", None, "text/plain", L(INSTALL_ID, DID)),
        ("ptype", None, "text/plain", "renderer"),
        ("device_model", None, "text/plain", L("Pixel 8", DEV)),
        ("os_version", None, "text/plain", L("Android 14", DEV)),
        ("user_id", None, "text/plain", L(USER_ID, UID)),
        ("abi", None, "text/plain", L("arm64-v8a", DEV)),
        ("upload_file_minidump", "crash.dmp", "application/octet-stream", MDMP)]))
    labels: dict[str, str] = {}
    body = pb([(1, "18.6.2"), (2, rnd_hex(rng, 32)),
               (3, [(1, L(INSTALL_ID, DID)), (2, L("Pixel 8", DEV)), (3, L("14", DEV)),
                    # RAM, disk and a rooted flag: bare varints, unlabelled (not legible
                    # without the schema)
                    (4, 8_000_000_000), (5, 112_000_000_000), (6, True)]),
               (4, [(1, 1764251000), (2, "SIGSEGV"), (3, "0x0000007b2c4f1a80"),
                    (4, L("user jane.doe@example.org tapped checkout", MAIL))]),
               (5, L(USER_ID, UID)), (6, [(1, "cart_size"), (2, "3")])], "", labels)
    out.append(encode(raw("crash", f"{CRASH}/sessions/v1/report", body, "application/x-protobuf",
                          labels, headers=hdr), "gzip"))
    out += [case("crash", f"{CRASH}/reports/v1/events", headers=hdr, body={
        "event_id": rnd_uuid(rng), "timestamp": 1764251000.123,
        "exception": {"type": "java.lang.IllegalStateException", "message": "cart empty"},
        "threads": [{"name": "main", "frames": [{"pc": "0x7b2c4f1a80", "symbol": "render"}]}],
        "breadcrumbs": [{"screen": L("CheckoutScreen", USAGE), "ts": 1764250990},
                        {"screen": L("CartScreen", USAGE), "ts": 1764250995}],
        "device": {**device_snake(), "free_disk": L(21_474_836_480, DEV),
                   "orientation": "portrait"},
        "custom_keys": {"ab_bucket": "checkout_v2_b", "user_email": L(EMAIL, MAIL)}})
        for _ in range(3)]
    return out


def expo() -> list[Case]:
    rng = random.Random(8804)
    fcm = "dQw4w9WgXcQ:APA91bH" + rnd_hex(rng, 120)
    out = [case("expo", f"{EXPO}/--/api/v2/push/getExpoPushToken", headers={
        "User-Agent": L("okhttp/4.12.0", DEV)}, body={
        "type": "fcm", "deviceId": L(INSTALL_ID, DID), "development": False,
        "appId": "com.example.tasktide", "deviceToken": L(fcm, DID),
        "projectId": "a1b2c3d4-0000-4000-8000-123456789abc"})]
    upd = {"expo-platform": L("android", DEV), "expo-runtime-version": "1.4.0",
           "expo-channel-name": "production", "expo-protocol-version": "1",
           "expo-current-update-id": rnd_uuid(rng), "expo-embedded-update-id": rnd_uuid(rng),
           "Eas-Client-Id": L(INSTALL_ID, DID),
           "expo-extra-params": L(f'user-id="{USER_ID}", cohort="beta"', UID),
           "Accept": "multipart/mixed,application/expo+json,application/json"}
    out.append(case("expo", "https://u.pushkit.example.dev/updates/3f9c0b8e", headers=upd))
    out.append(case("expo", f"{EXPO}/--/api/v2/push/getReceipts", body={
        "ids": [rnd_uuid(rng) for _ in range(3)]}))
    out.append(case("expo", "https://api.tasktide.example.com/v1/devices", headers={
        "Authorization": L("Bearer tt_" + rnd_hex(rng, 40), CRED)}, body={
        "pushToken": L("ExponentPushToken[xk2Lr9PzQ7aBcDeFgHiJkL]", DID),
        "device": device_camel(), "userId": L(USER_ID, UID),
        "notificationsEnabled": True}))
    out += [case("expo", "https://api.tasktide.example.com/v1/analytics", headers={
        "Authorization": L("Bearer tt_" + rnd_hex(rng, 40), CRED)}, body={
        "events": [{"name": L("task_created", USAGE), "ts": 1764251000 + s * 3600},
                   {"name": L("screen_view", USAGE), "screen": L(screen, USAGE),
                    "ts": 1764251004 + s * 3600},
                   {"name": L("session_end", USAGE), "duration_s": L(312 + s * 41, USAGE)}],
        "installationId": L(INSTALL_ID, DID), "device": device_camel()})
        for s, screen in enumerate(["Today", "Upcoming", "Settings"])]
    return out


def mini() -> list[Case]:
    sysinfo = {"brand": L("google", DEV), "model": L("Pixel 8", DEV),
               "system": L("Android 14", DEV), "platform": L("android", DEV),
               "pixelRatio": L(2.625, DEV), "windowWidth": L(411, DEV),
               "windowHeight": L(914, DEV), "language": L("zh_CN", DEV),
               "version": "8.0.50", "SDKVersion": "3.3.4", "wifiEnabled": L(True, DEV),
               "batteryLevel": L(64, DEV), "theme": "light"}
    who = {"appid": "wx1a2b3c4d5e6f7a8b", "openid": L("oF3kT5xYz-9QhPq2LmN8rS7uVw0A", UID),
           "unionid": L("o6_bmasdasdsad6_2sgVt7hMZOPfL", UID)}
    out = [case("mini", f"{MINI}/v1/report/system", body={**who, "sys": sysinfo,
                                                           "network": L("4g", DEV),
                                                           "scene": L(1011, USAGE)})]
    out.append(case("mini", f"{MINI}/v1/report/location", query={
        "openid": L("oF3kT5xYz-9QhPq2LmN8rS7uVw0A", UID), "type": "gcj02",
        "latitude": L(LAT, PRECISE), "longitude": L(LON, PRECISE), "speed": "0.5",
        "accuracy": "35", "altitude": "12"}))
    for b in range(4):
        out.append(mini_batch(who, b))
    return out + mini_rest(who)


def mini_batch(who: dict[str, object], b: int) -> Case:
    acc: dict[tuple[str, str], str] = {}
    data = jsonl([{**who, "path": L(p, USAGE), "event": L(e, USAGE),
                   "stay_ms": L(ms + b * 130, USAGE), "ts": 1764251000 + b * 600 + i}
                  for i, (p, e, ms) in enumerate([("pages/index/index", "page_show", 5200),
                                                  ("pages/goods/detail", "page_show", 18400),
                                                  ("pages/goods/detail", "tap_buy", 0),
                                                  ("pages/order/confirm", "page_show", 9100)])],
                 acc)
    return with_labels(raw("mini", f"{MINI}/v1/report/batch", data, "application/x-ndjson", {}),
                       acc)


def mini_rest(who: dict[str, object]) -> list[Case]:
    acc: dict[tuple[str, str], str] = {}
    out = []
    info = enc({"nickName": L("janed_88", UID), "gender": L(2, GENDER),
                "city": L("New York", COARSE), "province": L("NY", COARSE),
                "country": L("US", COARSE), "avatarUrl": "https://cdn.example.cn/a/9f2.png"},
               "body", "userInfo", "json", acc)
    out.append(with_labels(case("mini", f"{MINI}/v1/user/profile", body={
        **who, "userInfo": info, "signature": rnd_hex(random.Random(1), 40),
        "encryptedData": "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5"}),
        acc))
    out.append(case("mini", f"{MINI}/v1/report/perf", body={
        "appid": "wx1a2b3c4d5e6f7a8b", "launch_ms": 1820, "first_render_ms": 640,
        "pkg_size_kb": 1920, "trace_id": "7f3a9e21c0b4d5e6"}))
    return out


def mediation() -> list[Case]:
    rng = random.Random(8805)
    dev = {"ifa": L(GAID, ADID), "lmt": 0, "model": L("Pixel 8", DEV), "os": L("android", DEV),
           "osv": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
           "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "sim_country": L("us", CARRIER),
           "locale": L("en_US", DEV), "tz_offset": L(-300, DEV), "w": L(1080, DEV),
           "h": L(2400, DEV), "dpi": L(420, DEV), "volume": L(0.4, DEV),
           "battery": L(64, DEV), "charging": L(False, DEV), "free_mem": L(2_147_483_648, DEV),
           "ip_local": L(LOCAL_IP, DEV), "android_id": L(ANDROID_ID, DID)}
    out = [case("mediation", f"{MED}/1.0/mediate", gz=True, body={
        "ad_unit_id": unit, "format": fmt, "device": dev,
        "app": {"pkg": "com.example.puzzlepop", "installer": "com.android.vending",
                "first_install": 1760000000000},
        "user": {"ppid": L(USER_ID, UID), "segments": ["whale_candidate"], "age": L(34, BIRTH)},
        "signals": [{"network": n, "token": rnd_hex(rng, 96)} for n in ("netA", "netB", "netC")],
        "consent": {"gdpr_applies": 0, "us_privacy": "1YNN"}, "session_depth": L(depth, USAGE)})
           for unit, fmt, depth in [("a81f3c0e2b9d4f71", "INTER", 4),
                                    ("b1c2d3e4f5a60718", "BANNER", 1),
                                    ("c9d8e7f6a5b40312", "REWARDED", 7),
                                    ("d0e1f2a3b4c59687", "NATIVE", 9)]]
    acc: dict[tuple[str, str], str] = {}
    data = jsonl([{"ad_unit_id": "a81f3c0e2b9d4f71", "network": n, "latency_ms": ms,
                   "result": r, "waterfall_pos": i, "ifa_md5": L(sha("md5", GAID), ADID)}
                  for i, (n, ms, r) in enumerate([("netA", 412, "no_fill"), ("netB", 220, "loaded"),
                                                  ("netC", 0, "skipped")])], acc)
    out.append(with_labels(encode(raw("mediation", f"{MED}/1.0/waterfall", data,
                                      "application/x-ndjson", {}), "gzip"), acc))
    out.append(case("mediation", f"{MED}/1.0/imp", fmt="msgpack", body={
        "ifa": L(GAID_NODASH.upper(), ADID), "network": "netB", "revenue": 0.0021,
        "precision": "exact", "placement": L("level_complete", USAGE),
        "country": L("US", COARSE), "ip": L(PUBLIC_IP, "location.ip"),
        "imp_id": rnd_uuid(rng)}))
    out.append(case("mediation", f"{MED}/1.0/config", query={
        "sdk_key": "Zx81kPq0mN2vB7cX", "platform": L("android", DEV),
        "model": L("Pixel 8", DEV), "idfa": L(GAID, ADID), "lat": L(round(LAT, 2), COARSE),
        "lon": L(round(LON, 2), COARSE), "v": "12.4.0"}))
    return out
