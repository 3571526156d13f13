"""Blind set five, part three: apps' own APIs (see ``eval_families5.py`` for the rules of this set
and its labelling conventions).

Fictional apps, with request shapes typical of their kind: a dating app (profile with special-
category data, a photo upload as multipart/form-data per RFC 7578 with real JPEG magic bytes, a
msgpack swipe batch), a ride-hailing app (ride request with pickup/drop-off, a trip trace as E7
integers, a rating with a tip), a banking app (form login with a base64 device fingerprint, KYC
onboarding, a transfer), a news app's reading history (JSON Lines: native article views and pages
opened in its in-app browser) and a shop's GraphQL API (``operationName``/``query``/
``variables`` per the GraphQL-over-HTTP draft, Apollo-style batches and persisted-query hashes).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

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
    NAME,
    SERIAL,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
    h,
    quote,
    rnd_hex,
    rnd_uuid,
)

DEV, USAGE, BUY, PAY = "device.info", "behavior.usage", "financial.purchase", "financial.payment"
CARRIER, COARSE, PRECISE = "location.carrier", "location.coarse", "location.precise"
SENS, ADDR = "personal.sensitive", "contact.address"
E164, NATIONAL, DASHED = "+15550100199", "(555) 010-0199", "555-010-0199"
OLAT, OLON = 40.75273, -73.97723  # NOT the profile's place (a drop-off across town)


def _jpeg(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        rng.randbytes(600) + b"\xff\xd9"


def dating(rng: random.Random, i: int) -> Case:
    auth = {"X-Auth-Token": L(rnd_uuid(rng), "secret.credential")}
    if i % 3 == 0:
        body = {"profile": {"display_name": L("Jane", "contact.name"),
                            "bio": L("Climbing, oat-milk flat whites and bad puns.",
                                     "content.text"),
                            "birth_date": L("1990-04-01", "personal.birthdate"),
                            "gender": L("woman", "personal.gender"),
                            "orientation": L("bisexual", SENS), "religion": L("Buddhist", SENS),
                            "ethnicity": L(["Hispanic/Latino"], SENS),
                            "politics": L("progressive", SENS),
                            # a body measurement (TAXONOMY health.fitness wording)
                            "height_cm": L(168, "health.fitness"),
                            "sexual_health": {"hiv_status": L("negative, on PrEP",
                                                              "health.medical"),
                                              "last_tested": L("2026-09", "health.medical")},
                            "looking_for": "long_term",
                            "interests": ["climbing", "coffee", "board games"]},
                "location": {"lat": L(round(LAT, 6), PRECISE), "lon": L(round(LON, 6), PRECISE),
                             "accuracy_m": 12},
                "settings": {"show_distance": True, "max_distance_km": 25,
                             "age_range": [28, 40]}}
        return case("dating", "https://api.sparkle-dating.example/v2/me/profile", body=body,
                    headers=auth)
    if i % 3 == 1:  # a photo for the profile: the image, and its caption
        meta = {"position": 1, "caption": L("Top of the Gunks, finally!", "content.text"),
                "crop": {"x": 0, "y": 120, "w": 1080, "h": 1080}, "source": "camera"}
        return multipart("dating", "https://media.sparkle-dating.example/v2/me/photos",
                         [("meta", None, "application/json", meta),
                          ("photo", "IMG_20261126_181502.jpg", "image/jpeg",
                           L(_jpeg(rng), "content.media"))], headers=auth)
    # a batch of swipes (msgpack): the recommendations' tokens are opaque; the fix is not
    swipes = [{"rec": "rec_" + rnd_hex(rng, 16), "dir": d, "ts": 1700000000 + 4 * j,
               "photo_idx": j % 3} for j, d in enumerate(("right", "left", "left", "super"))]
    body2: dict[str, Any] = {"swipes": L(swipes, USAGE), "session": rnd_uuid(rng),
                             "geo": L(f"{LAT:.3f},{LON:.3f}", PRECISE),
                             "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)},
                             "user_id": L(USER_ID, "id.user")}
    # the swipe list is labelled once at its path: each swipe is an app interaction
    return case("dating", "https://api.sparkle-dating.example/v2/swipes/batch", body=body2,
                fmt="msgpack", headers=auth)


def ride(rng: random.Random, i: int) -> Case:
    auth = {"Authorization": J({"sub": L(USER_ID, "id.user"), "scope": "rider",
                                "exp": 1700003600, "jti": rnd_uuid(rng)})}
    if i % 3 == 0:  # a ride request
        body = {"product_id": "standard", "fare_id": rnd_hex(rng, 32),
                "pickup": {"latitude": L(round(LAT, 6), PRECISE),
                           "longitude": L(round(LON, 6), PRECISE),
                           "address": L("350 W 31st St, New York, NY 10001", ADDR)},
                # a full street address is a postal address by TAXONOMY's contact.address,
                # whoever lives there; the coordinates beside it carry location.precise
                "dropoff": {"latitude": L(round(OLAT, 5), PRECISE),
                            "longitude": L(round(OLON, 5), PRECISE),
                            "address": L("89 E 42nd St, New York, NY 10017", ADDR)},
                "payment_method_id": L("pm_" + rnd_hex(rng, 24), PAY),
                "seats": 1, "promo_code": "WINTER25", "surge_confirmation_id": rnd_uuid(rng),
                "rider": {"phone": L(E164, "contact.phone"), "name": L(NAME, "contact.name")},
                "client": {"device_id": L(ANDROID_ID, "id.device"), "os": L("android", DEV),
                           "app_version": "9.12.0"}}
        return case("ride", "https://api.rideo.example/v1/rides/request", body=body,
                    headers=auth)
    if i % 3 == 1:  # the trip's trace while riding: [lat_e7, lng_e7, epoch ms] triples
        t0 = 1700000000000
        trace = [[round((LAT + 0.00021 * j) * 1e7), round((LON + 0.00017 * j) * 1e7),
                  t0 + 4000 * j] for j in range(25)]
        body = {"trip_id": "trip_" + rnd_hex(rng, 20), "points": L(trace, PRECISE),
                "speed_mps": [round(rng.uniform(2, 12), 1) for _ in range(25)],
                "battery": L(0.61, DEV), "network": L("LTE", DEV),
                "carrier": L("Example Mobile", CARRIER), "seq": i}
        return case("ride", "https://telemetry.rideo.example/v1/trip/trace", body=body,
                    gz=True, headers=auth)
    body = {"trip_id": "trip_" + rnd_hex(rng, 20), "rating": 5,
            "comment": L("Driver took the bridge even though I asked for the tunnel.",
                         "content.text"),
            "tip_amount": L("4.00", BUY), "fare_total": L("23.85", BUY), "currency": "USD",
            "card_last4": L("4242", PAY), "receipt_email": L(quote(EMAIL, safe=""),
                                                             "contact.email")}
    return case("ride", "https://api.rideo.example/v1/trips/feedback", body=body,
                fmt="form" if i % 2 else "json", headers=auth)


def banking(rng: random.Random, i: int) -> Case:
    if i % 3 == 0:  # login: credentials and a device fingerprint (base64 JSON)
        fp = {"serial": L(SERIAL, "id.hardware"), "imei_sha256": L(h("sha256", IMEI),
                                                                   "id.hardware"),
              "android_id": L(ANDROID_ID, "id.device"), "model": L("Pixel 8", DEV),
              "os": L("14", DEV), "rooted": L(False, DEV), "emulator": L(False, DEV),
              "debuggable": L(False, DEV), "screen": L("1080x2400@420", DEV),
              "lan_ip": L(LOCAL_IP, DEV), "wifi_bssid": L(BSSID.upper(), "location.wifi"),
              "sim": {"imsi": L(IMSI, "id.sim"), "iccid": L(ICCID, "id.sim"),
                      "operator": L("310260", CARRIER)},
              "collected_at": 1700000000123, "fp_version": "3.1"}
        form = {"username": L("janedoe90", "id.user"),
                "password": L("Correct-Horse-7!", "secret.credential"),
                "otp": L(str(rng.randint(100000, 999999)), "secret.credential"),
                "device_fp": W(fp, "b64json"), "client_id": "bankly-android",
                "grant_type": "password", "state": rnd_hex(rng, 16)}
        return case("banking", "https://auth.bankly.example/oauth/token", body=form, fmt="form")
    auth = {"Authorization": J({"sub": L(USER_ID, "id.user"), "acr": "mfa",
                                "did": L(INSTALL_ID, "id.device"), "exp": 1700000900})}
    if i % 3 == 1:  # KYC onboarding
        body = {"applicant": {"first_name": L("Jane", "contact.name"),
                              "last_name": L("Doe", "contact.name"),
                              "dob": L("04/01/1990", "personal.birthdate"),
                              "ssn": L("521-44-7389", "personal.national_id"),
                              "email": L(EMAIL, "contact.email"),
                              "mobile": L(NATIONAL, "contact.phone"),
                              "address": {"line1": L("12 Example Street", ADDR),
                                          "line2": L("Apt 4B", ADDR),
                                          "city": L("New York", COARSE),
                                          "state": L("NY", COARSE),
                                          "zip": L("10001", COARSE)},
                              # nationality: neither an ID number nor a TAXONOMY
                              # special category (unlabelled)
                              "citizenship": "US",
                              "employment": {"status": "employed", "occupation": "nurse"}},
                "id_document": {"type": "passport",
                                "number": L("X12345678", "personal.national_id"),
                                "expiry": "2031-05-30", "issuing_country": "USA"},
                "consents": {"terms": True, "e_sign": True},
                "application_id": rnd_uuid(rng)}
        return case("banking", "https://api.bankly.example/v3/onboarding/applicant",
                    body=body, headers=auth)
    body = {"from_account": L("000" + str(rng.randint(10**8, 10**9)), PAY),
            "to": {"name": L("Alex Roe", "contact.name"),
                   "iban": L("DE89370400440532013000", PAY), "bic": "COBADEFFXXX"},
            # the amount of a transfer is neither a purchase, booking nor order (TAXONOMY
            # financial.purchase), nor a card or account: left unlabelled
            "amount": {"value": "850.00", "currency": "EUR"},
            "memo": L("rent november, sorry it's late", "content.text"),
            "scheduled_for": "2026-11-28", "idempotency_key": rnd_uuid(rng),
            "geo": L(f"{LAT:.4f};{LON:.4f}", PRECISE)}
    return case("banking", "https://api.bankly.example/v3/transfers", body=body,
                headers=auth)


def news(rng: random.Random, i: int) -> Case:
    if i % 2 == 0:  # reading-history sync (JSON Lines)
        lines: list[Any] = [
            # an article read inside the app is an app interaction (usage); only pages
            # outside the app, opened in its in-app browser, are browsing history
            # (content ids stay unlabelled, as in the earlier sets' event properties)
            {"type": "article_view", "article_id": "a" + rnd_hex(rng, 10),
             "section": L("health", USAGE), "read_pct": L(80, USAGE),
             "dwell_ms": L(94000, USAGE), "ts": 1700000000123},
            {"type": "webview_visit",
             "url": L("https://blog.example.net/2026/11/living-with-type-2-diabetes"
                      "?utm_source=newsreader", "behavior.browsing"),
             "title": L("Living with type 2 diabetes: a year in", "behavior.browsing"),
             "from_article": "a" + rnd_hex(rng, 10), "ts": 1700000100456},
            {"type": "webview_visit",
             "url": L("https://shop.example.com/products/glucose-meter", "behavior.browsing"),
             "title": L("Glucose meter kit | Example Shop", "behavior.browsing"),
             "ts": 1700000160789}]
        return case("news-history", "https://api.newsreader.example/v1/history/sync",
                    body=lines, fmt="jsonl",
                    query={"uid": L(USER_ID, "id.user"), "did": L(ANDROID_ID.upper(),
                                                                  "id.device")})
    # a beacon from the in-app browser's injected script: page, title and referrer
    form = {"u": L("https://forum.example.net/t/best-budget-running-shoes/8812",
                   "behavior.browsing"),
            "t": L("Best budget running shoes? - Example Forum", "behavior.browsing"),
            "r": L("https://search.example/?q=budget+running+shoes", "behavior.browsing"),
            "vid": L(h("md5", INSTALL_ID), "id.device"),
            "sw": L("412", DEV), "sh": L("915", DEV), "dpr": L("2.625", DEV),
            "ts": "1700000200", "pvid": rnd_hex(rng, 12)}
    return case("news-browser", "https://wv.newsreader.example/b", body=form, fmt="form",
                cookies={"nr_sid": L(rnd_hex(rng, 32), "secret.credential"),
                         "nr_consent": "analytics=1;ads=0"})


SEARCH_Q = ("query SearchProducts($q: String!, $first: Int, $filters: ProductFilter) "
            "{ search(q: $q, first: $first, filters: $filters) { edges { node { id title "
            "price { amount currency } } } } }")
ORDER_Q = ("mutation PlaceOrder($input: CheckoutInput!) { checkoutComplete(input: $input) "
           "{ order { id number } userErrors { field message } } }")


def shop(rng: random.Random, i: int) -> Case:
    cookies = {"shop_session": L(rnd_hex(rng, 40), "secret.credential"), "currency": "USD"}
    search = {"operationName": "SearchProducts", "query": SEARCH_Q,
              "variables": {"q": L(["waterproof hiking boots women", "pregnancy pillow",
                                    "nicotine patches"][i % 3], "behavior.search"),
                            "first": 20, "filters": {"color": "brown", "inStock": True}}}
    recent = {"operationName": "RecentSearches",
              "extensions": {"persistedQuery": {"version": 1, "sha256Hash": rnd_hex(rng, 64)}},
              "variables": {"history": L(["trail runners", "rain jacket"], "behavior.search"),
                            "viewer": L(USER_ID, "id.user")}}
    if i % 3 == 0:
        return case("shop-graphql", "https://api.shoply.example/graphql", body=search,
                    cookies=cookies, headers={"apollographql-client-name": "shop-android",
                                              "X-Device-Id": L(INSTALL_ID, "id.device")})
    if i % 3 == 1:  # an Apollo-style batch: an array of operations
        return case("shop-graphql", "https://api.shoply.example/graphql", body=[search, recent],
                    cookies=cookies, gz=True)
    order = {"operationName": "PlaceOrder", "query": ORDER_Q,
             "variables": {"input": {
                 "lines": [{"variantId": L("gid://shoply/ProductVariant/4411" + str(i), BUY),
                            "quantity": L(1, BUY)}],
                 "total": {"amount": L("129.00", BUY), "currencyCode": "USD"},
                 "email": L(" Jane.Doe@Example.org ", "contact.email"),
                 "shippingAddress": {"firstName": L("Jane", "contact.name"),
                                     "lastName": L("Doe", "contact.name"),
                                     "address1": L("12 Example Street", ADDR),
                                     "city": L("New York", COARSE), "zip": L("10001", COARSE),
                                     "countryCode": L("US", COARSE),
                                     "phone": L(DASHED, "contact.phone")},
                 "paymentToken": L("tok_" + rnd_hex(rng, 24), PAY),
                 "adId": L(GAID, "id.advertising"),
                 "clientMutationId": rnd_uuid(rng)}}}
    return case("shop-graphql", "https://api.shoply.example/graphql", body=order,
                cookies=cookies)


FAMILIES = (dating, ride, banking, news, shop)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
