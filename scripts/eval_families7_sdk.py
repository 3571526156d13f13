"""Blind set seven, part two: in-app guides, autocapture analytics and push (see
``eval_families7.py`` for the rules of this set and its labelling conventions).

Shapes follow public documentation: a Pendo-style agent (``/data/ptm.gif/<key>?jzb=...``: the
event array compressed with zlib and base64url-encoded; ``load``/``click``/``guideSeen`` events
with ``visitor_id``, ``account_id``, ``url``, ``title``, ``props``, and ``meta`` records with the
visitor's metadata), an Appcues-style activity call (``/v1/accounts/<a>/users/<u>/activity`` with
``events`` and ``profile_update`` auto-properties such as ``_deviceModel`` and
``_sessionPageviews``), a Heap-style autocapture stream (touch/change/pageview events with the
target's text and view hierarchy; JSON Lines here) and a Pushwoosh-style push API
(``/json/1.3/<method>`` with ``{"request": {...}}``: ``registerDevice``, ``setTags``,
``getNearestZone``, ``postEvent``, ``registerEmail``, ``pushStat``). Values are synthetic; hosts
are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, raw
from eval_families7_kit import (
    ADID,
    BIRTH,
    BUY,
    COARSE,
    DEV,
    DID,
    GENDER,
    MAIL,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    UID,
    USAGE,
    Labels,
    enc,
    jsonl,
    sha,
    with_labels,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    LAT,
    LON,
    NAME,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

SCREENS = ["HomeActivity", "CheckoutActivity", "PlansActivity", "ReportsActivity",
           "SettingsActivity", "PatientListActivity"]


def _pendo_event(rng: random.Random, i: int, visitor: Any) -> dict[str, Any]:
    screen = rng.choice(SCREENS)
    kind = ["load", "click", "guideSeen", "click", "guideDismissed"][i % 5]
    ev: dict[str, Any] = {"type": L(kind, USAGE), "visitor_id": visitor,
                          "account_id": "acct-2231", "browser_time": 1764240000000 + i * 997,
                          "url": L(f"//com.example.dentaldesk/{screen}", USAGE),
                          "title": L(screen.removesuffix("Activity"), USAGE),
                          "sequence": i, "sessionId": rnd_hex(rng, 16)}
    if kind == "click":
        ev["props"] = {"nodeName": "Button", "id": f"btn_{rng.randint(1, 99)}",
                       "text": L(rng.choice(["Upgrade plan", "Export", "Add patient"]), USAGE)}
    if kind.startswith("guide"):
        ev["props"] = {"guide_id": rnd_hex(rng, 22), "guide_step_id": rnd_hex(rng, 22)}
    return ev


def pendo() -> list[Case]:
    """A practice-management app for dentists; its user is a staff member (B2B). The
    ``account_id`` names the dental practice (an organisation), so it is unlabelled."""
    rng = random.Random(7201)
    out = []
    for n in range(8):
        acc: Labels = {}
        visitor = L(USER_ID if n % 2 else EMAIL, UID if n % 2 else f"{UID}|{MAIL}")
        events = [_pendo_event(rng, n * 6 + i, visitor) for i in range(3 + n % 3)]
        if n % 3 == 0:
            events.append({"type": "meta", "visitor_id": visitor, "account_id": "acct-2231",
                           "props": {"visitor": {"email": L(EMAIL, MAIL),
                                                 "full_name": L(NAME, NAMEC), "role": "admin",
                                                 "device_model": L("Pixel 8", DEV)},
                                     "account": {"name": "Brightsmile Dental", "plan": "pro"}}})
        q = {"v": "2.241.0", "ct": str(1764240000000 + n), "jzb": None}
        q["jzb"] = enc(events, "query", "jzb", "zb64url", acc)
        out.append(with_labels(case("guides", "https://data.guides.example.com/data/ptm.gif/"
                                    "6a1f0c9e-api-key", query=q), acc))
    for n in range(5):
        prev, cur = rng.sample(SCREENS, 2)
        body = {"request_id": rnd_uuid(rng), "events": [
            {"name": L("appcues:screen_view", USAGE), "timestamp": 1764240000000 + n,
             "attributes": {"screenTitle": L(cur, USAGE), "previousScreen": L(prev, USAGE)}},
            {"name": L("appcues:v2:step_seen", USAGE), "timestamp": 1764240000500 + n,
             "attributes": {"experienceId": rnd_uuid(rng), "stepId": rnd_uuid(rng),
                            "experienceName": "Onboarding tour"}}],
            "profile_update": {"userId": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                               "firstName": L(NAME.split()[0], NAMEC),
                               "_sessionPageviews": L(rng.randint(1, 30), USAGE),
                               "_sessionId": rnd_uuid(rng), "_deviceType": L("mobile", DEV),
                               "_operatingSystem": L("android", DEV),
                               "_deviceModel": L("Pixel 8", DEV), "_language": L("en", DEV),
                               "_appVersion": "3.9.0", "_sdkVersion": "4.1.2",
                               "_lastSeenAt": 1764240000000 + n,
                               "_pushEnabled": True, "plan": "pro"}}
        c = case("guides", f"https://api.guides.example.com/v1/accounts/88214/users/{USER_ID}/"
                 "activity", body=body, headers={"Authorization": L(f"Bearer {rnd_hex(rng, 40)}",
                                                                    "secret.credential")})
        c.labels[("url", "path[4]")] = UID
        out.append(c)
    return out


def _heap_event(rng: random.Random, i: int, heap_id: int) -> dict[str, Any]:
    screen = rng.choice(["ProductListFragment", "ProductFragment", "CartFragment",
                         "SearchFragment"])
    ev: dict[str, Any] = {"envId": "2084764307", "user": {"id": L(heap_id, DID)},
                          "session": {"id": str(rng.getrandbits(52))},
                          "time": 1764240000000 + i * 613,
                          "pageview": {"title": L(screen, USAGE),
                                       "viewController": L(screen, USAGE)},
                          "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                     "carrier": L("Example Mobile", "location.carrier"),
                                     "advertisingId": L(GAID, ADID)},
                          "app": {"name": "Shopwise", "version": "7.1.0"}}
    kind = i % 4
    if kind == 0:
        ev["event"] = {"kind": L("pageview", USAGE)}
    elif kind == 1:
        ev["event"] = {"kind": L("touch", USAGE), "x": rng.randint(0, 1080),
                       "y": rng.randint(0, 2400),
                       "target": {"text": L(rng.choice(["Add to bag", "Checkout", "Sizes"]),
                                            USAGE),
                                  "hierarchy": "DecorView;LinearLayout;MaterialButton#add;"}}
    elif kind == 2:
        # A text field the app forgot to mask: the value is what the user searched for.
        ev["event"] = {"kind": L("change", USAGE),
                       "target": {"id": "search_src_text", "type": "EditText",
                                  "value": L(rng.choice(["maternity jeans", "size 16 dress",
                                                         "running shoes"]), SEARCH)}}
    else:
        ev["event"] = {"kind": L("app_foreground", USAGE)}
    return ev


def heap() -> list[Case]:
    rng = random.Random(7202)
    heap_id = rng.getrandbits(52)
    out = []
    for n in range(8):
        acc: Labels = {}
        body = jsonl([_heap_event(rng, n * 5 + i, heap_id) for i in range(4 + n % 3)], acc)
        c = raw("autocapture", "https://heap.example.com/api/integrations/android/track", body,
                "application/x-ndjson", {})
        out.append(with_labels(encode(c, "gzip") if n % 2 else c, acc))
    for n in range(2):
        body2: dict[str, Any] = {"envId": "2084764307", "user_id": L(heap_id, DID),
                                 "identity": L(EMAIL if n else USER_ID, MAIL if n else UID)}
        out.append(case("autocapture", "https://heap.example.com/api/identify_v2", body=body2))
    out.append(case("autocapture", "https://heap.example.com/api/add_user_properties", body={
        "envId": "2084764307", "user_id": L(heap_id, DID),
        "properties": {"Name": L(NAME, NAMEC), "Phone": L(NATIONAL, TEL), "Plan": "gold",
                       "Lifetime orders": L(14, BUY)}}))
    return out


def _push(method: str, request: dict[str, Any], headers: dict[str, Any] | None = None) -> Case:
    return case("push7", f"https://cp.push.example.com/json/1.3/{method}",
                body={"request": {"application": "4F1C2-9A7B3", **request}}, headers=headers)


def pushes() -> list[Case]:
    rng = random.Random(7203)
    token = L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 120), DID)
    hwids = [ANDROID_ID, sha("md5", ANDROID_ID), ANDROID_ID.upper()]
    out = []
    for n in range(3):
        hw = L(hwids[n], DID)
        out.append(_push("registerDevice", {
            "push_token": token, "hwid": hw, "language": L("en", DEV),
            "timezone": L(-18000, DEV), "device_type": 3, "userId": L(USER_ID, UID),
            "device_model": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "app_version": "4.2.0", "package": "com.example.shopwise", "sdk_version": "6.7.1",
            "gaid": L(GAID if n != 1 else GAID.replace("-", ""), ADID)}))
        out.append(_push("setTags", {"hwid": hw, "userId": L(USER_ID, UID), "tags": {
            "City": L("Brooklyn", COARSE), "Age": L(34, BIRTH), "Gender": L("female", GENDER),
            "Email": L(EMAIL, MAIL), "Phone": L(NATIONAL if n else "5550100199", TEL),
            "Last purchase": L("2026-11-20", BUY), "Favourite category": "shoes",
            "Push opt-in": True}}))
        # Six, four and two decimals: the last is a coarse fix.
        nd = [6, 4, 2][n]
        out.append(_push("getNearestZone", {
            "hwid": hw, "lat": L(round(LAT, nd), PRECISE if nd >= 3 else COARSE),
            "lng": L(round(LON, nd), PRECISE if nd >= 3 else COARSE)}))
        for ev, attrs in (("ProductView", {"sku": "SKU-2212", "price": 59.0}),
                          ("PurchaseCompleted", {"order_id": L(f"SW-{rng.randint(10**6, 10**7)}",
                                                                BUY),
                                                 "total": L(118.0, BUY), "currency": "USD"})):
            out.append(_push("postEvent", {
                "hwid": hw, "event": L(ev, USAGE), "attributes": attrs,
                "timestampUTC": 1764240000 + n, "timestampCurrent": 1764222000 + n,
                "userId": L(USER_ID, UID)}))
        out.append(_push("pushStat", {"hwid": hw, "hash": rnd_hex(rng, 10),
                                      "metaData": {"campaign": "black-friday"}}))
    out.append(_push("registerEmail", {"email": L(EMAIL, MAIL), "userId": L(USER_ID, UID),
                                       "language": L("en", DEV), "tz_offset": L(-18000, DEV)}))
    return out


def build() -> list[Case]:
    return pendo() + heap() + pushes()
