"""Blind set five, part two: identity, attribution, consent, flags and attestation SDKs (see
``eval_families5.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: Adobe Experience Platform Edge ``/ee/v1/interact`` (XDM
``identityMap``, ``environment``, ``placeContext``, ``commerce``), Tenjin's form-encoded
``/v0/event`` and ``/v0/purchase``, a OneTrust-style consent receipt and an IAB TCF/GPP consent
log, feature-flag SDKs (Optimizely's ``/v1/events`` decision batch, LaunchDarkly's mobile
``evalx/contexts/<base64url context>`` fetch) and an app's attestation call carrying an install
referrer and a Play-Integrity-style token (a JWE, RFC 7516). Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import random
from typing import Any
from urllib.parse import quote

from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
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

DEV, USAGE, BUY = "device.info", "behavior.usage", "financial.purchase"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
OLAT, OLON = 41.87811, -87.62980  # NOT the profile's place


def _seg(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def jwt_at(claims: dict[str, Any], at: str, labels: dict[str, str]) -> str:
    """A bare JWT (no "Bearer "): the token is a credential, its claims continue at ``.claims``
    (the convention of ``eval_payloads.J``)."""
    labels[at] = "secret.credential"
    resolved = resolve(claims, f"{at}.claims", labels)
    return f"{_seg({'alg': 'ES256', 'typ': 'JWT'})}.{_seg(resolved)}.{_seg('sig')}"


def add_form_field(c: Case, name: str, value: str) -> Case:
    body = (c.exchange.request_body or b"") + f"&{quote(name)}={quote(value)}".encode()
    c.exchange = dataclasses.replace(c.exchange, request_body=body)
    return c


def adobe_edge(rng: random.Random, i: int) -> Case:
    ecid = str(rng.randint(10**37, 10**38 - 1))  # Experience Cloud ID: 38 digits, per install
    lat, lon = (LAT, LON) if i % 2 == 0 else (OLAT, OLON)
    identity: dict[str, Any] = {
        "ECID": [{"id": L(ecid, "id.device"), "authenticatedState": "ambiguous",
                  "primary": False}],
        "GAID": [{"id": L(GAID, "id.advertising"), "authenticatedState": "ambiguous"}]}
    if i % 3 != 1:
        identity["CRMID"] = [{"id": L(USER_ID, "id.user"), "authenticatedState": "authenticated"}]
        identity["Email_LC_SHA256"] = [{"id": L(h("sha256", EMAIL.lower()), "contact.email")}]
    if i % 3 == 0:  # Adobe's hashed-phone namespace: SHA-256 of the E.164 form
        identity["Phone_SHA256"] = [{"id": L(h("sha256", "+15550100199"), "contact.phone")}]
    ev: dict[str, Any] = {
        "eventType": L("commerce.purchases" if i % 2 else "application.launch", USAGE),
        "_id": rnd_uuid(rng), "timestamp": "2026-11-27T08:00:00.000Z",
        "environment": {"type": "application", "operatingSystem": L("Android", DEV),
                        "operatingSystemVersion": L("14", DEV),
                        "carrier": L("Example Mobile", CARRIER),
                        "language": {"dc:language": L("en-US", DEV)}},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "modelNumber": L("shiba", DEV), "screenHeight": L(2400, DEV),
                   "screenWidth": L(1080, DEV), "type": "mobile"},
        "application": {"name": "NewsReader", "version": "4.0.1 (401)",
                        "id": "com.example.newsreader",
                        "launches": {"value": L(1, USAGE)}},
        "placeContext": {"localTime": "2026-11-27T03:00:00.000-05:00",
                         "localTimezoneOffset": L(300, DEV),
                         "geo": {"_schema": {"latitude": L(round(lat, 5), PRECISE),
                                             "longitude": L(round(lon, 5), PRECISE)},
                                 "city": L("New York" if i % 2 == 0 else "Chicago", COARSE),
                                 "postalCode": L("10001" if i % 2 == 0 else "60604", COARSE),
                                 "countryCode": L("US", COARSE)}}}
    if i % 2:
        ev["commerce"] = {"purchases": {"value": 1},
                          "order": {"purchaseID": L("NR-" + rnd_hex(rng, 10), BUY),
                                    "priceTotal": L(59.9, BUY), "currencyCode": "USD",
                                    "payments": [{"paymentType": "credit_card",
                                                  "paymentAmount": L(59.9, BUY)}]}}
        ev["productListItems"] = [{"SKU": L("sub_digital_plus_year", BUY),
                                   "name": L("Digital Plus (1 year)", BUY),
                                   "quantity": L(1, BUY), "priceTotal": L(59.9, BUY)}]
    body = {"meta": {"konductorConfig": {"streaming": {"enabled": True, "lineFeed": "\n",
                                                       "recordSeparator": "\u0000"}},
                     "state": {"entries": []}},
            "xdm": {"identityMap": identity,
                    "implementationDetails": {
                        "name": "https://ns.adobe-sdk.example/experience/mobilesdk/android",
                        "version": "2.6.0+3.0.0", "environment": "app"}},
            "events": [{"xdm": ev, "data": {"ab": "hero_b", "build": "401"}}]}
    return case("adobe-edge", "https://edge.adobedc-sdk.example/ee/v1/interact",
                query={"configId": rnd_uuid(rng), "requestId": rnd_uuid(rng)}, body=body)


def tenjin(rng: random.Random, i: int) -> Case:
    form: dict[str, Any] = {
        "advertising_id": L(GAID, "id.advertising"), "limit_ad_tracking": "0",
        "developer_device_id": L(rnd_uuid(rng), "id.device"),  # App Set ID: per developer+device
        "bundle_id": "com.example.newsreader", "app_version": "4.0.1", "platform": L("android",
                                                                                       DEV),
        "os_version": L("34", DEV), "os_version_release": L("14", DEV),
        "device": L("shiba", DEV), "device_model": L("Pixel 8", DEV),
        "device_brand": L("google", DEV), "device_manufacturer": L("Google", DEV),
        "device_cpu": L("arm64-v8a", DEV), "build_id": L("UP1A.231005.007", DEV),
        "locale": L("en_US", DEV), "country": L("US", DEV),  # Locale's country, not a fix
        "timezone": L("America/New_York", DEV), "screen_width": L("1080", DEV),
        "screen_height": L("2400", DEV), "carrier": L("Example Mobile", CARRIER),
        "connection_type": L("wifi", DEV), "sdk_version": "1.16.0",
        "sent_at": "2026-11-27T08:00:00Z",
        # the install referrer's campaign parameters: the ad campaign, not the person
        "referrer": "utm_source=newsletter&utm_medium=email&utm_campaign=bf2026"}
    auth = {"Authorization": L("Basic " + base64.b64encode(
        (rnd_hex(rng, 32).upper() + ":").encode()).decode(), "secret.credential")}
    # (Basic auth with the SDK key: labelled as the earlier sets labelled Basic app-key auth)
    if i % 2 == 0:
        form["event"] = L(["connect", "article_unlocked", "trial_started"][i % 3], USAGE)
        return case("tenjin", "https://track.tenjin-sdk.example/v0/event", body=form,
                    fmt="form", headers=auth)
    receipt = {"orderId": L("GPA.3312-" + str(rng.randint(1000, 9999)) + "-"
                            + str(rng.randint(1000, 9999)) + "-" + str(rng.randint(10000, 99999)),
                            BUY),
               "packageName": "com.example.newsreader",
               "productId": L("sub_digital_plus_year", BUY), "purchaseTime": 1700000000123,
               "purchaseState": 0,
               "purchaseToken": L(rnd_hex(rng, 24) + ".AO-J1O" + rnd_hex(rng, 80), BUY),
               "autoRenewing": True, "acknowledged": False}
    form.update({"product_id": L("sub_digital_plus_year", BUY), "currency": "USD",
                 "quantity": L("1", BUY), "price": L("59.90", BUY),
                 "purchase_data": W(receipt, "json"),
                 "data_signature": base64.b64encode(rng.randbytes(64)).decode()})
    return case("tenjin", "https://track.tenjin-sdk.example/v0/purchase", body=form, fmt="form",
                headers=auth)


def consent(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # a OneTrust-style consent receipt
        # the SDK's data-subject identifier: a generated UUID per install by default; apps
        # that know the user pass the e-mail instead
        ident = L(rnd_uuid(rng), "id.device") if i % 4 == 0 else L(EMAIL, "contact.email")
        body = {
            # the collection point's token: issued once to the app and identical on every
            # phone (names the form, not the person; not an account credential), unlabelled
            "requestInformation": _seg({"alg": "RS512"}) + "." + _seg(
                {"iss": "consent.example", "moc": "MOBILE", "policy_uri": "privacy",
                 "processId": rnd_uuid(rng), "processVersion": 4, "iat": 1690000000}) + ".sig",
            "identifier": ident, "test": False,
            "purposes": [{"Id": rnd_uuid(rng), "TransactionType": "CONFIRMED"},
                         {"Id": rnd_uuid(rng), "TransactionType": "NO_CONSENT"}],
            "dsDataElements": {"Platform": L("Android", DEV), "AppVersion": "4.0.1",
                               "DeviceModel": L("Pixel 8", DEV)},
            "customPayload": {"Interaction": 2, "AddDefaultInteraction": False,
                              "Country": L("US", COARSE)},  # the geolocation rule matched
            "syncGroup": "default", "interactionDate": "2026-11-27T08:00:00Z"}
        return case("consent", "https://consent-api.consentsdk.example/request/v1/"
                    "consentreceipts", body=body)
    # an IAB TCF/GPP consent log from a CMP: the consent strings are not personal by
    # themselves; the advertising ID beside them is
    tc = "CP" + base64.urlsafe_b64encode(rng.randbytes(60)).decode().rstrip("=")
    body = {"cmpId": 31, "cmpVersion": 7, "tcString": tc,
            "gppString": "DBABMA~" + tc, "gppSid": [2],
            "addtlConsent": "1~" + ".".join(str(rng.randint(1, 3000)) for _ in range(12)),
            "uspString": "1YNN", "gdprApplies": True, "publisherCC": "DE",
            "device": {"ifa": L(GAID.upper(), "id.advertising"), "os": L("android", DEV),
                       "ip": L(PUBLIC_IP, "location.ip") if i % 4 == 1 else "",
                       "ua": L("Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) "
                               "AppleWebKit/537.36", DEV)},
            "event": L("consent_changed", USAGE), "ts": 1700000000 + i,
            "vendorListVersion": 318, "policyVersion": 4}
    return case("consent", "https://log.cmp-sdk.example/v2/consent", body=body,
                query={"pid": rnd_hex(rng, 12)})


def flags(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # an Optimizely-style decision/conversion batch
        attrs: list[Any] = [{"entity_id": "$opt_bot_filtering", "key": "$opt_bot_filtering",
                             "type": "custom", "value": False},
                            {"entity_id": str(rng.randint(10**9, 10**10)), "key": "plan",
                             "type": "custom", "value": "digital_plus"},
                            {"entity_id": str(rng.randint(10**9, 10**10)), "key": "device_os",
                             "type": "custom", "value": L("android 14", DEV)}]
        visitor = {"visitor_id": L(USER_ID if i % 4 == 0 else INSTALL_ID,
                                   "id.user" if i % 4 == 0 else "id.device"),
                   "attributes": attrs,
                   "snapshots": [{"decisions": [{"campaign_id": str(rng.randint(10**9, 10**10)),
                                                 "experiment_id": str(rng.randint(10**9, 10**10)),
                                                 "variation_id": str(rng.randint(10**9, 10**10)),
                                                 "is_campaign_holdback": False}],
                                  "events": [{"entity_id": str(rng.randint(10**9, 10**10)),
                                              "key": L("paywall_viewed", USAGE),
                                              "timestamp": 1700000000123,
                                              "uuid": rnd_uuid(rng)}]}]}
        body = {"account_id": str(rng.randint(10**9, 10**10)),
                "project_id": str(rng.randint(10**9, 10**10)), "revision": "412",
                "client_name": "android-sdk", "client_version": "4.0.0",
                "anonymize_ip": True, "enrich_decisions": True, "visitors": [visitor]}
        return case("flags", "https://logx.optimizely-sdk.example/v1/events", body=body)
    # a LaunchDarkly-style mobile flag fetch: the evaluation context, base64url JSON in the path
    ctx = {"kind": "multi",
           "user": {"key": L(USER_ID, "id.user"), "anonymous": False,
                    "email": L(EMAIL, "contact.email"), "plan": "digital_plus"},
           "ld_application": {"key": h("sha256", "com.example.newsreader")[:43],
                              "id": "com.example.newsreader", "version": "4.0.1",
                              "locale": L("en-US", DEV), "envAttributesVersion": "1.0"},
           "ld_device": {"key": L(rnd_uuid(rng), "id.device"), "envAttributesVersion": "1.0",
                         "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                         "os": {"family": L("Android", DEV), "name": L("Android", DEV),
                                "version": L("34", DEV)}}}
    labels: dict[str, str] = {}
    seg = base64.urlsafe_b64encode(json.dumps(resolve(ctx, "path[3]", labels)).encode()
                                   ).decode().rstrip("=")
    c = case("flags", f"https://clientsdk.flags-sdk.example/msdk/evalx/contexts/{seg}",
             query={"withReasons": "false"},
             # the mobile key in Authorization: labelled as the earlier sets label
             # Authorization app keys (a credential), though it ships in the app
             headers={"Authorization": L("api_key mob-" + rnd_uuid(rng), "secret.credential"),
                      "User-Agent": "AndroidClient/5.0.2"})
    c.labels.update({("url", p): cat for p, cat in labels.items()})
    return c


def attest(rng: random.Random, i: int) -> Case:
    """The app's own attestation call: an integrity token and the install referrer."""
    jwe = ".".join([_seg({"alg": "A256KW", "enc": "A256GCM"}),
                    base64.urlsafe_b64encode(rng.randbytes(40)).decode().rstrip("="),
                    base64.urlsafe_b64encode(rng.randbytes(12)).decode().rstrip("="),
                    base64.urlsafe_b64encode(rng.randbytes(300)).decode().rstrip("="),
                    base64.urlsafe_b64encode(rng.randbytes(16)).decode().rstrip("=")])
    body: dict[str, Any] = {
        # an encrypted verdict for the developer's server: it grants no account access and
        # its content is unreadable here; judged not a credential and left unlabelled
        "integrity_token": jwe, "request_hash": rnd_hex(rng, 64),
        "nonce": base64.urlsafe_b64encode(rng.randbytes(24)).decode(),
        "install_referrer": {"referrer": "utm_source=google-play&utm_medium=organic"
                             if i % 2 else "utm_source=partner&utm_campaign=winter&gclid="
                             + rnd_hex(rng, 20),
                             "referrer_click_ts": 1699990000, "install_begin_ts": 1699990100,
                             "google_play_instant": False, "install_version": "4.0.1"},
        "device_key": L(h("sha256", ANDROID_ID + "com.example.newsreader"), "id.device"),
        # the signed-in e-mail, hex-encoded by the app's request obfuscation
        "acct": L(EMAIL.encode().hex(), "contact.email") if i % 2 else None,
        "app": {"package": "com.example.newsreader", "version_code": 401,
                "signing_cert_sha256": rnd_hex(rng, 64)},
        "os_api": L(34, DEV)}
    # device_key: SHA-256 of the Android ID salted with the package name, stable per
    # device and app (an id.device, even if no profile transform can reverse it)
    return case("attest", "https://api.newsreader.example/v1/device/attest", body=body,
                headers={"Authorization": L("Bearer " + rnd_hex(rng, 40), "secret.credential")})


FAMILIES = (adobe_edge, tenjin, consent, flags, attest)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
