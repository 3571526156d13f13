"""Blind set six, part one: game analytics, OpenTelemetry, messaging CDP and ad attribution SDKs
(see ``eval_families6.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: the GameAnalytics REST API v2 (``/v2/<game_key>/init`` and
``/events``: an array of events with default annotations, ``category`` user/session_end/
business/progression/design/resource/error, an HMAC of the body in ``Authorization``), OTLP/HTTP
JSON (the OpenTelemetry protocol's JSON mapping: ``resourceSpans``/``resourceLogs`` with
``{"key", "value": {"stringValue"|"intValue"|"doubleValue"}}`` attributes named by the semantic
conventions ``device.*``, ``os.*``, ``network.carrier.*``, ``enduser.id``), Iterable's API
(``/api/users/registerDeviceToken``, ``/api/events/track``, ``/api/commerce/trackPurchase``,
``/api/users/update``; JWT auth) and SKAdNetwork 4 postbacks plus an ad network's own
conversion-value call. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import random
from typing import Any

from eval_families6_kit import (
    BUY,
    CARRIER,
    DEV,
    PRECISE,
    USAGE,
    b64,
    encode,
    jwt,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

EMAIL2, USER2 = "mira.k@example.net", "player-88213"


def gameanalytics(rng: random.Random, i: int) -> Case:
    game_key = rnd_hex(rng, 32)  # public: in every copy of the game
    own = i % 2 == 0  # the profile's phone, or another player's (keys and shapes only)
    gaid = GAID if own else rnd_uuid(rng)
    android_id = ANDROID_ID if own else rnd_hex(rng, 16)
    ann: dict[str, Any] = {
        "v": 2, "user_id": L(gaid, "id.advertising") if i % 3 else L(INSTALL_ID if own
                                                                   else rnd_uuid(rng),
                                                                   "id.device"),
        "client_ts": 1700000000 + i * 60, "sdk_version": "rest api v2",
        "os_version": L("android 14", DEV), "manufacturer": L("google", DEV),
        "device": L("Pixel 8", DEV), "platform": L("android", DEV),
        "session_id": rnd_uuid(rng), "session_num": L(14 + i, USAGE),
        "google_aid": L(gaid, "id.advertising"), "android_id": L(android_id, "id.device"),
        "limited_ad_tracking": False, "build": "4.2.0", "engine_version": "unity 2022.3.10",
        "connection_type": L("wifi" if i % 2 else "lan", DEV), "jailbroken": L(False, DEV),
        "custom_01": "ab_shop_blue"}  # a custom dimension holding an experiment arm
    body: Any
    if i % 4 == 0:
        path, body = "init", {"platform": L("android", DEV),
                              "os_version": L("android 14", DEV),
                              "sdk_version": "rest api v2",
                              "random_salt": rng.randint(10**8, 10**9)}
    else:
        events: list[Any] = [
            # "user" is the session start itself and "session_end" its end (usage, like the
            # earlier sets' startSession); the other categories only say what kind of record
            {**ann, "category": L("user", USAGE)},
            {**ann, "category": "design", "event_id": L("Tutorial:Step3:Complete", USAGE),
             "value": 12.5},
            {**ann, "category": "design", "event_id": L("Shop:Opened:FromMap", USAGE)},
            {**ann, "category": "progression",
             "event_id": L(f"Complete:World02:Level{i:02d}", USAGE),
             "attempt_num": 2, "score": rng.randint(100, 9000)}]
        if i % 3 == 1:
            order = {"orderId": L(f"GPA.{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-"
                                  f"{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}", BUY),
                     "packageName": "com.example.skyforge",
                     "productId": L("gems_pack_small", BUY),
                     "purchaseTime": 1700000000000, "purchaseState": 0,
                     "purchaseToken": L(rnd_hex(rng, 24) + ".AO-J1O" + rnd_hex(rng, 40), BUY)}
            events.append({**ann, "category": "business",
                           "event_id": L("Gems:PackSmall", BUY), "amount": L(99, BUY),
                           "currency": "USD", "transaction_num": L(3, BUY), "cart_type": "shop",
                           "receipt_info": {"receipt": W(order, "b64json"),
                                            "store": "google_play",
                                            "signature": b64(rng.randbytes(64))}})
        if i % 3 == 2:
            events.append({**ann, "category": "resource",
                           "event_id": L("Sink:Gems:Weapons:SwordOfFire", USAGE),
                           "amount": 40})
            events.append({**ann, "category": "error", "severity": "error",
                           "message": "NullReferenceException: Object reference not set\n"
                                      "  at PlayerController.Update () [0x00012]"})
        events.append({**ann, "category": L("session_end", USAGE), "length": L(431 + i, USAGE)})
        path, body = "events", events
    c = case("gameanalytics", f"https://api.gameanalytics-sdk.example/v2/{game_key}/{path}",
             body=body)
    # the HMAC of the body, keyed with the game's secret (which ships in the game): a per-body
    # signature, not a user's credential, so not labelled
    secret = b"game-secret-" + game_key.encode()
    sig = base64.b64encode(hmac.new(secret, c.exchange.request_body or b"",
                                    hashlib.sha256).digest()).decode()
    c.exchange = dataclasses.replace(c.exchange, request_headers=(
        *c.exchange.request_headers, ("Authorization", sig)))
    return encode(c, "gzip") if path == "events" and i % 2 else c


def _attr(key: str, value: Any) -> dict[str, Any]:
    """An OTLP KeyValue; a label on the value goes to ``value.<kind>Value``."""
    inner = value.value if isinstance(value, L) else value
    kind = ("boolValue" if isinstance(inner, bool) else "intValue" if isinstance(inner, int)
            else "doubleValue" if isinstance(inner, float) else "stringValue")
    if kind == "intValue":  # OTLP JSON carries int64 as a decimal string
        inner = str(inner)
    val = L(inner, value.category) if isinstance(value, L) else inner
    return {"key": key, "value": {kind: val}}


def otlp(rng: random.Random, i: int) -> Case:
    own = i % 3 != 2
    lat, lon = (LAT, LON) if own else (47.60621, -122.33207)
    res = [_attr("service.name", "petshop-android"), _attr("service.version", "3.8.1"),
           _attr("telemetry.sdk.name", "opentelemetry"),
           _attr("telemetry.sdk.language", "java"),
           _attr("telemetry.sdk.version", "1.32.0"),
           _attr("os.name", L("Android", DEV)), _attr("os.version", L("14", DEV)),
           _attr("os.build_id", L("UP1A.231005.007", DEV)),
           _attr("device.manufacturer", L("Google", DEV)),
           _attr("device.model.identifier", L("shiba", DEV)),
           _attr("device.model.name", L("Pixel 8", DEV)),
           _attr("device.id", L(ANDROID_ID if own else rnd_hex(rng, 16), "id.device")),
           _attr("app.installation.id", L(INSTALL_ID if own else rnd_uuid(rng), "id.device")),
           _attr("deployment.environment", "production")]
    trace, span = rnd_hex(rng, 32), rnd_hex(rng, 16)
    net = [_attr("network.connection.type", L("cell" if i % 2 else "wifi", DEV)),
           _attr("network.connection.subtype", L("nr" if i % 2 else "", DEV)),
           _attr("network.carrier.name", L("Example Mobile", CARRIER)),
           _attr("network.carrier.mcc", L("310", CARRIER)),
           _attr("network.carrier.mnc", L("260", CARRIER)),
           _attr("network.carrier.icc", L("us", CARRIER)),
           _attr("network.local.address", L(LOCAL_IP, DEV)),
           _attr("network.peer.address", "198.51.100.44"),  # the server's address
           _attr("session.id", rnd_uuid(rng)),
           _attr("enduser.id", L(USER_ID if own else USER2, "id.user"))]
    if not i % 2:
        net = [a for a in net if a["key"] != "network.connection.subtype"]
    if i % 2 == 0:
        calls: list[tuple[str, dict[str, Any]]] = [
            ("/v2/search", {"q": L("grain free kitten food", "behavior.search"),
                            "zip": L("10001", "location.coarse"), "page": "1"}),
            ("/v2/products/p-4411", {"ref": "search"}),
            ("/v2/search", {"q": L("cat litter unscented", "behavior.search"), "page": "2"}),
            ("/v2/cart", {"v": "2"})]
        # one span per HTTP call, each with the network attributes the SDK adds
        spans = [{"traceId": trace, "spanId": rnd_hex(rng, 16), "parentSpanId": span,
                  "name": f"GET {p}", "kind": 3,
                  "startTimeUnixNano": str(1700000000000000000 + k * 10**9),
                  "endTimeUnixNano": str(1700000000250000000 + k * 10**9),
                  "attributes": [_attr("http.request.method", "GET"),
                                 _attr("url.full", U(f"https://api.petshop.example{p}", q)),
                                 _attr("server.address", "api.petshop.example"),
                                 _attr("http.response.status_code", 200), *net],
                  "status": {"code": 1}} for k, (p, q) in enumerate(calls)]
        body: Any = {"resourceSpans": [{"resource": {"attributes": res},
                                        "scopeSpans": [{"scope": {"name": "okhttp",
                                                                  "version": "4.12"},
                                                        "spans": spans}]}]}
        c = case("otlp", "https://otel.petshop.example/v1/traces", body=body)
        return encode(c, "gzip") if i % 4 == 0 else c
    who = [_attr("user.email", L(EMAIL if own else EMAIL2, "contact.email")),
           _attr("user.full_name", L(NAME if own else "Mira Kowalski", "contact.name")),
           _attr("geo.location.lat", L(round(lat, 5), PRECISE)),
           _attr("geo.location.lon", L(round(lon, 5), PRECISE)), *net]
    screens = ["HomeActivity", "ProductActivity", "CartActivity", "CheckoutActivity"]
    logs = [{"timeUnixNano": str(1700000000123000000 + k * 10**9), "severityNumber": 9,
             "severityText": "INFO", "body": {"stringValue": "screen opened"},
             "attributes": [_attr("event.name", L("screen_view", USAGE)),
                            _attr("app.screen.name", L(name, USAGE)), *who],
             "traceId": trace, "spanId": rnd_hex(rng, 16)} for k, name in enumerate(screens)]
    logs.append({"timeUnixNano": "1700000009456000000", "severityNumber": 17,
                 "severityText": "ERROR", "body": {"stringValue": "payment sheet timeout"},
                 "attributes": [_attr("exception.type", "java.net.SocketTimeoutException"),
                                _attr("exception.stacktrace", "java.net.SocketTimeoutException:"
                                      " timeout\n\tat okio.Timeout")],
                 "traceId": trace, "spanId": span})
    body = {"resourceLogs": [{"resource": {"attributes": res},
                              "scopeLogs": [{"scope": {"name": "petshop.events"},
                                             "logRecords": logs}]}]}
    return encode(case("otlp", "https://otel.petshop.example/v1/logs", body=body),
                  "zstd" if i % 4 == 1 else "br")


def iterable(rng: random.Random, i: int) -> Case:
    own = i % 4 != 3
    email = EMAIL if own else EMAIL2
    hdr: dict[str, Any] = {"Api-Key": rnd_hex(rng, 32),  # the mobile API key, in the app
                           "Authorization": J({"email": L(email, "contact.email"),
                                               "iat": 1700000000, "exp": 1700086400}),
                           "SDK-Version": "3.5.2", "SDK-Platform": "Android"}
    base = "https://api.iterable-sdk.example/api"
    kind = i % 4
    if kind == 0:
        token = rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 120)  # an FCM registration token
        body: Any = {"email": L(email, "contact.email"), "device": {
            "token": L(token, "id.device"), "platform": "GCM",
            "applicationName": "com.example.petshop",
            "dataFields": {"brand": L("google", DEV), "model": L("Pixel 8", DEV),
                           "deviceId": L(INSTALL_ID if own else rnd_uuid(rng), "id.device"),
                           "systemName": L("Android", DEV), "systemVersion": L("14", DEV),
                           "apiLevel": L("34", DEV), "appPackageName": "com.example.petshop",
                           "appVersion": "3.8.1", "appBuild": "381",
                           "iterableSdkVersion": "3.5.2", "notificationsEnabled": True}}}
        return case("iterable", f"{base}/users/registerDeviceToken", body=body, headers=hdr)
    if kind == 1:
        names = [("addedToWishlist", "ProductDetail"), ("viewedCategory", "CategoryList"),
                 ("startedCheckout", "Cart"), ("appliedCoupon", "Checkout")]
        events = [{"email": L(email, "contact.email"), "eventName": L(n, USAGE),
                   "id": rnd_uuid(rng), "createdAt": 1700000000 + i + k,
                   "dataFields": {"productId": "sku-" + rnd_hex(rng, 6),
                                  "category": "cat-food", "screen": L(scr, USAGE)},
                   "campaignId": rng.randint(10**6, 10**7),
                   "templateId": rng.randint(10**6, 10**7)}
                  for k, (n, scr) in enumerate(names)]
        return case("iterable", f"{base}/events/trackBulk", body={"events": events},
                    headers=hdr)
    if kind == 2:
        items = [{"id": L("sku-kf-0412", BUY), "sku": L("KF-0412", BUY),
                  "name": L("Kitten Formula 2kg", BUY), "price": L(24.99, BUY),
                  "quantity": L(2, BUY), "categories": ["cat-food"]},
                 {"id": L("sku-sc-0007", BUY), "name": L("Scratching Post", BUY),
                  "price": L(39.0, BUY), "quantity": L(1, BUY)}]
        body = {"user": {"email": L(email, "contact.email"),
                         "userId": L(USER_ID if own else USER2, "id.user"),
                         "dataFields": {"loyaltyTier": "gold"}},
                "items": items, "total": L(88.98, BUY), "id": rnd_uuid(rng),
                "createdAt": 1700000000}
        return encode(case("iterable", f"{base}/commerce/trackPurchase", body=body,
                           headers=hdr), "deflate")
    body = {"email": L(email, "contact.email"), "mergeNestedObjects": True,
            "dataFields": {"firstName": L("Jane" if own else "Mira", "contact.name"),
                           "lastName": L("Doe" if own else "Kowalski", "contact.name"),
                           "phoneNumber": L("+15550100199" if own else "+48601234567",
                                            "contact.phone"),
                           "zip": L("10001", "location.coarse"),
                           "birthday": L("1990-04-12", "personal.birthdate"),
                           "petName": "Miso", "marketingOptIn": True,
                           # the e-mail as Iterable's docs suggest hashing for ad audiences
                           "emailSha256": L(h("sha256", email.strip().lower()),
                                            "contact.email"),
                           # and the phone, normalised to E.164 digits, then hashed
                           "phoneSha256": L(h("sha256", "15550100199" if own else "48601234567"),
                                            "contact.phone")}}
    return case("iterable", f"{base}/users/update", body=body, headers=hdr)


def skan(rng: random.Random, i: int) -> Case:
    """SKAdNetwork 4 postbacks (no personal data by design: the negatives of this family) and
    an ad network's own conversion call, which adds the vendor ID and the user's order."""
    if i % 3 != 2:
        body = {"version": "4.0", "ad-network-id": "example123.skadnetwork",
                "source-identifier": str(rng.randint(1000, 9999)), "app-id": 1234567890,
                "transaction-id": rnd_uuid(rng), "redownload": False,
                "source-app-id": 1987654321, "fidelity-type": 1, "did-win": True,
                "postback-sequence-index": i % 3,
                "attribution-signature": b64(rng.randbytes(70))}
        body.update({"conversion-value": rng.randint(0, 63)} if i % 3 == 0
                    else {"coarse-conversion-value": "high"})
        return case("skan", "https://postbacks.adnet.example/.well-known/skadnetwork/"
                    "report-attribution/", body=body)
    labels: dict[str, str] = {}
    body = {"idfv": L(rnd_uuid(rng).upper(), "id.device"), "att_status": 2,
            "cuid": L(USER_ID.encode().hex(), "id.user"),  # the app's user id, hex-encoded
            "conversion_value": 17, "coarse_value": "medium", "lock_window": False,
            "revenue": L(4.99, BUY), "currency": "USD",
            "order_id": L("A" + rnd_hex(rng, 9).upper(), BUY),
            # the ad network's session for this user: a signed token naming the user
            "session_token": jwt({"sub": L(USER_ID, "id.user"), "scope": "conv"},
                                 "session_token", labels),
            "ts": 1700000000 + i, "sdk": {"name": "adnet-ios", "version": "6.1.0"},
            "device": {"model": L("iPhone15,4", DEV), "os": L("iOS 17.1.2", DEV),
                       "locale": L("en_US", DEV), "tz": L("America/New_York", DEV)}}
    c = case("skan", "https://conv.adnet.example/v1/skan/update", body=body,
             headers={"X-Nonce": b64(rng.randbytes(12))})
    c.labels.update({("body", p): cat for p, cat in labels.items()})
    return c


FAMILIES = (gameanalytics, otlp, iterable, skan)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
