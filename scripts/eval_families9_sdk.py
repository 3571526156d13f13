"""Blind set nine, part four: an A/B-testing/feature-flag SDK and an app-performance-monitoring
(APM) SDK (see ``eval_families9.py`` for the rules of this set and its labelling conventions).

Shapes in the style of public SDK documentation: a Statsig-style ``initialize`` (a user object
with ``userID``, ``email``, ``ip``, ``custom`` and ``privateAttributes``, ``customIDs``,
``statsigMetadata.stableID``) and its exposure/custom-event log; a LaunchDarkly-style client
(the evaluation context as base64url JSON in the URL path of a GET, the same context in a REPORT
body, analytics events with ``index``/``feature``/``custom``/``summary`` kinds); a GrowthBook-style
features fetch (a negative) and sticky-bucket persistence; the APM SDK's network-request traces
whose captured URLs carry the user's data in query strings and paths, screen traces, app-start
traces, an ANR with breadcrumbs (one records the text typed into a field), JSON Lines batches
(zstd) with captured request headers, and an OTLP-like protobuf span. Values are synthetic.
"""

from __future__ import annotations

import base64
import json
import random
from urllib.parse import quote, urlencode

from eval_families6_kit import encode, pb, raw
from eval_families7_kit import jsonl, with_labels
from eval_families9_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    GENDER,
    INSTALL_ID,
    IPLOC,
    LAT,
    LON,
    MAIL,
    PRECISE,
    SEARCH,
    TEL,
    UA,
    UID,
    USAGE,
    device_camel,
    device_snake,
)
from eval_payloads import LOCAL_IP, PUBLIC_IP, USER_ID, Case, L, U, case, resolve, rnd_hex, rnd_uuid

SG = "https://featuregates.flagship.example.io"
LD = "https://clientsdk.toggleport.example.com"
APM = "https://ingest.perfwatch.example.com"
SHOP = "https://api.shopwise.example.com"


def _user(rng: random.Random, at: str, labels: dict[str, str]) -> dict[str, object]:
    tree = {"userID": L(USER_ID, UID), "email": L(EMAIL, MAIL), "ip": L(PUBLIC_IP, IPLOC),
            "userAgent": L(UA, DEV), "country": L("US", COARSE), "locale": L("en_US", DEV),
            "appVersion": "3.12.0",
            "custom": {"plan": "pro", "age": L(36, BIRTH), "gender": L("female", GENDER),
                       "signupCity": L("Brooklyn", COARSE), "ltvUsd": L(129.9, BUY),
                       "cohort": "2026-W14", "onboardingVariant": "b"},
            "privateAttributes": {"phone": L(E164, TEL)},
            "customIDs": {"stableID": L(INSTALL_ID, DID), "orgID": "org_acme_0042"}}
    out: dict[str, object] = resolve(tree, at, labels)
    return out


def abtest() -> list[Case]:
    rng = random.Random(9401)
    hdr = {"STATSIG-API-KEY": "client-" + rnd_hex(rng, 32), "STATSIG-SDK-TYPE": "android-client",
           "STATSIG-CLIENT-TIME": "1764252000000"}
    out = []
    lab: dict[str, str] = {}
    body = {"user": _user(rng, "user", lab), "hash": "djb2", "sinceTime": 0,
            "statsigMetadata": {"sdkVersion": "4.38.0", "stableID": INSTALL_ID,
                                "sessionID": rnd_uuid(rng), "deviceModel": "Pixel 8"}}
    lab.update({"statsigMetadata.stableID": DID, "statsigMetadata.deviceModel": DEV})
    out.append(raw("abtest", f"{SG}/v1/initialize", json.dumps(body).encode(),
                   "application/json", lab, headers=hdr))
    for n in range(3):
        lab = {}
        events = [{"eventName": "statsig::gate_exposure", "time": 1764252000000 + n * 5000,
                   "metadata": {"gate": g, "gateValue": "true", "ruleID": rnd_hex(rng, 22)},
                   "user": _user(rng, f"events[{i}].user", lab)}
                  for i, g in enumerate(["new_checkout", "dark_mode_default"][: 1 + n % 2])]
        events.append({"eventName": ["add_to_cart", "checkout_click", "search"][n],
                       "value": ["sku_1182", "89.99", "trail runners"][n],
                       "time": 1764252003000 + n * 5000,
                       "user": _user(rng, f"events[{len(events)}].user", lab)})
        k = len(events) - 1
        lab[f"events[{k}].eventName"] = USAGE
        if n == 2:
            lab[f"events[{k}].value"] = SEARCH
        out.append(encode(raw("abtest", f"{SG}/v1/rgstr", json.dumps(
            {"events": events, "statsigMetadata": {"stableID": INSTALL_ID}}).encode(),
            "application/json", {**lab, "statsigMetadata.stableID": DID}, headers=hdr),
            "gzip"))
    ctx = {"kind": "multi", "user": {"key": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                     "name": L("Jane Doe", "contact.name"),
                                     "country": L("US", COARSE),
                                     "_meta": {"privateAttributes": ["email"]}},
           "device": {"key": L(INSTALL_ID, DID), "os": {"name": L("Android", DEV)},
                      "model": L("Pixel 8", DEV)}}
    lab = {}
    seg = base64.urlsafe_b64encode(json.dumps(resolve(ctx, "path[3]", lab)).encode()).decode()
    ld_hdr = {"Authorization": "mob-" + rnd_uuid(rng), "User-Agent": "AndroidClient/5.4.0"}
    out.append(with_labels(case("abtest", f"{LD}/msdk/evalx/contexts/{seg}", headers=ld_hdr,
                                query={"withReasons": "true"}),
                           {("url", p): c for p, c in lab.items()}))
    lab = {}
    rep = raw("abtest", f"{LD}/msdk/evalx/context", json.dumps(resolve(ctx, "", lab)).encode(),
              "application/json", lab, headers=ld_hdr, method="REPORT")
    out.append(rep)
    for n in range(2):
        lab = {}
        evs = [{"kind": "index", "creationDate": 1764252100000 + n,
                "context": resolve(ctx, "[0].context", lab)},
               {"kind": "feature", "key": "paywall-copy", "version": 42, "variation": 1,
                "value": "annual_first", "default": "monthly_first",
                "creationDate": 1764252100400, "contextKeys": {"user": USER_ID,
                                                               "device": INSTALL_ID}},
               {"kind": "custom", "key": ["paywall_view", "purchase_complete"][n],
                "metricValue": [0, 59.99][n], "creationDate": 1764252101000,
                "contextKeys": {"user": USER_ID}},
               {"kind": "summary", "startDate": 1764252000000, "endDate": 1764252200000,
                "features": {"paywall-copy": {"default": "monthly_first", "counters": [
                    {"variation": 1, "version": 42, "value": "annual_first", "count": 3}]}}}]
        lab.update({"[1].contextKeys.user": UID, "[1].contextKeys.device": DID,
                    "[2].contextKeys.user": UID, "[2].key": USAGE})
        if n:
            lab["[2].metricValue"] = BUY
        out.append(raw("abtest", "https://events.toggleport.example.com/mobile/events/bulk",
                       json.dumps(evs).encode(), "application/json", lab,
                       headers={**ld_hdr, "X-LaunchDarkly-Event-Schema": "4",
                                "X-LaunchDarkly-Payload-ID": rnd_uuid(rng)}))
    out.append(case("abtest", "https://cdn.growbook.example.org/api/features/sdk-" +
                    rnd_hex(rng, 16), headers={"User-Agent": "growbook-kotlin/1.1"}))
    out.append(case("abtest", "https://events.splitwise-flags.example.com/testImpressions/bulk",
                    headers={"SplitSDKVersion": "android-5.0.0",
                             "SplitSDKMachineIP": L(LOCAL_IP, DEV)}, body=[
        {"f": flag, "i": [{"k": L(USER_ID, UID), "b": L(EMAIL, MAIL), "t": t, "m": 1764252000000
                           + j, "c": 1764200000000, "r": "default rule"}
                          for j, t in enumerate(["on", "on"][: 1 + n])]}
        for n, (flag, _) in enumerate([("new_nav", 0), ("price_test", 1)])]))
    out.append(case("abtest", "https://cdn.growbook.example.org/api/eval/sdk-" + rnd_hex(rng, 16),
                    body={"attributes": {"id": L(USER_ID, UID), "deviceId": L(INSTALL_ID, DID),
                                         "email": L(EMAIL, MAIL), "loggedIn": True,
                                         "browser": "webview", "country": L("US", COARSE),
                                         "lat": L(round(LAT, 2), COARSE),
                                         "lng": L(round(LON, 2), COARSE),
                                         "purchases": L(7, BUY), "employee": False},
                          "forcedVariations": {}, "url": ""}))
    out.append(case("abtest", f"{SG}/v1/sticky-buckets", headers=hdr, body={
        "attributeName": "id", "attributeValue": L(USER_ID, UID),
        "assignments": {"exp_checkout__0": "1", "exp_onboarding__2": "0"}}))
    return out


def _req(url: object, method: str, status: int, ms: int, rng: random.Random) -> dict[str, object]:
    return {"url": url, "method": method, "status": status, "durationMs": ms,
            "reqBytes": rng.randint(200, 2000), "respBytes": rng.randint(500, 90000),
            "traceId": rnd_hex(rng, 32), "spanId": rnd_hex(rng, 16)}


def apm() -> list[Case]:
    rng = random.Random(9402)
    hdr = {"X-PW-App-Token": "AA" + rnd_hex(rng, 38), "X-PW-Install": L(INSTALL_ID, DID),
           "User-Agent": L(UA, DEV)}
    out = []
    for n in range(3):
        reqs = [_req(U(f"{SHOP}/v1/search", {"q": L(["trail runners women", "gluten free bread",
                                                     "maternity jeans"][n], SEARCH),
                                            "lat": L(round(LAT, 4), PRECISE),
                                            "lng": L(round(LON, 4), PRECISE), "page": "1"}),
                     "GET", 200, 180 + n * 20, rng),
                {**_req(U(f"{SHOP}/v1/account/lookup", {"email": L(EMAIL, MAIL),
                                                         "src": "login"}), "GET", 404, 95, rng)},
                _req(f"{SHOP}/v1/catalog/items/{88120 + n}", "GET", 200, 60, rng),
                {**_req(f"{SHOP}/v1/users/{quote(EMAIL)}/orders", "GET", 200, 240, rng),
                 "url": L(f"{SHOP}/v1/users/{quote(EMAIL)}/orders", MAIL)}]
        body = {"session": rnd_uuid(rng), "device": device_snake(),
                "carrier": L("Example Mobile", CARRIER), "radio": L("LTE", DEV),
                "requests": reqs, "ts": 1764252000 + n * 60}
        out.append(case("apm", f"{APM}/mobile/v2/network", headers=hdr, body=body, gz=True))
    for n, scr in enumerate(["ProductDetail", "Checkout", "OrderConfirmation"]):
        out.append(case("apm", f"{APM}/mobile/v2/traces", headers=hdr, body={
            "type": "screen", "name": L(scr, USAGE), "durationMs": 1200 + n * 300,
            "frozenFrames": n, "slowFrames": 4 + n, "traceId": rnd_hex(rng, 32),
            "attributes": {"user.id": L(USER_ID, UID), "build": "4120",
                           "ab.checkout": "v2_b"}}))
    out.append(case("apm", f"{APM}/mobile/v2/appstart", headers=hdr, body={
        "coldStartMs": 1840, "firstDrawMs": 910, "processStartUptime": 123456,
        "device": {**device_camel(), "ramMb": L(7811, DEV), "freeDiskMb": L(40121, DEV)},
        "network": {"type": L("cellular", DEV), "carrier": L("Example Mobile", CARRIER),
                    "mccmnc": L("310260", CARRIER)}}))
    out.append(case("apm", f"{APM}/mobile/v2/anr", headers=hdr, body={
        "id": rnd_uuid(rng), "durationMs": 5400, "mainThread": [
            "at android.os.MessageQueue.nativePollOnce(Native Method)",
            "at com.example.shopwise.cart.CartRepo.sync(CartRepo.kt:88)"],
        "user": {"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
        "breadcrumbs": [
            {"type": "navigation", "from": L("Cart", USAGE), "to": L("Address", USAGE),
             "ts": 1764252100},
            {"type": "user", "action": L("tap", USAGE), "target": L("btn_autofill", USAGE),
             "ts": 1764252104},
            {"type": "input", "field": "address_line1", "value": L("118 E 28th St Apt 4B", ADDR),
             "ts": 1764252110},
            {"type": "http", "url": U(f"{SHOP}/v1/geocode", {"zip": L("10016", COARSE),
                                                             "key": "pk_" + rnd_hex(rng, 12)}),
             "status": 200, "ts": 1764252111}],
        "device": device_snake()}))
    out.append(case("apm", f"{APM}/mobile/v2/interactions", headers=hdr, body={
        "screen": L("Checkout", USAGE), "events": [
            {"kind": L("rage_tap", USAGE), "target": L("btn_pay", USAGE), "x": 812, "y": 2011,
             "count": 5, "ts": 1764252150},
            {"kind": L("scroll", USAGE), "target": L("list_items", USAGE), "dy": -640,
             "ts": 1764252152}], "viewport": {"w": L(1080, DEV), "h": L(2400, DEV)}}))
    for n in range(2):
        acc: dict[tuple[str, str], str] = {}
        recs = [{"kind": "http", "url": U(f"{SHOP}/v1/otp/verify", {"phone": L(E164, TEL),
                                                                    "code": L("731904", CRED)}),
                 "status": 200, "ms": 210,
                 "requestHeaders": {"Authorization": L("Bearer sw_" + rnd_hex(rng, 32), CRED),
                                    "Accept": "application/json"}},
                {"kind": "http", "url": f"{SHOP}/v1/config?v=4120", "status": 304, "ms": 41,
                 "requestHeaders": {"If-None-Match": '"' + rnd_hex(rng, 16) + '"'}},
                {"kind": "log", "level": "warn",
                 "message": L(f"retrying order sync for {EMAIL}", MAIL), "ts": 1764252200 + n}]
        data = jsonl(recs, acc)
        out.append(with_labels(encode(raw("apm", f"{APM}/mobile/v2/batch", data,
                                          "application/x-ndjson", {}, headers=hdr), "zstd"), acc))
    labels: dict[str, str] = {}
    url = f"{SHOP}/v1/users/{USER_ID}/addresses?" + urlencode({"phone": E164})
    span = pb([(1, [(1, [(1, "service.name"), (2, [(1, "shopwise-android")])]),
                    (1, [(1, "device.model.identifier"), (2, [(1, L("Pixel 8", DEV))])])]),
               (2, [(1, rnd_hex(rng, 32)), (2, rnd_hex(rng, 16)), (3, "GET /users/{id}"),
                    (4, [(1, "http.url"), (2, [(1, L(url, f"{UID}|{TEL}"))])]),
                    (5, 1764252300000000000), (6, 1764252300210000000)])], "", labels)
    # the attribute list is a repeated sub-message: the decoders index it
    labels["1.1[1].2.1"] = labels.pop("1.1.2.1")
    out.append(raw("apm", f"{APM}/v1/traces", span, "application/x-protobuf", labels,
                   headers=hdr))
    return out
