"""Blind set seven, part one: a Snowplow-style tracker (see ``eval_families7.py`` for the rules
of this set and its labelling conventions).

Shapes follow the public Snowplow Tracker Protocol: GET ``/i`` with the event in query parameters
and POST ``/tp2`` with ``{"schema": ".../payload_data/jsonschema/1-0-4", "data": [...]}`` (every
value a string); event types ``ue`` (self-describing, ``ue_px`` base64url or ``ue_pr`` JSON),
``se`` (structured: ``se_ca``/``se_ac``/``se_la``/``se_va``), ``pv`` (page view: ``url``, ``page``,
``refr``), ``tr``/``ti`` (ecommerce transaction and item); entities in ``cx`` (base64url) or
``co`` (JSON): the mobile context (``osType``, ``deviceModel``, ``carrier``, ``androidIdfa``,
``batteryLevel``...), client session (``userId``, ``sessionIndex``), geolocation (``latitude``,
``longitude``, ``latitudeLongitudeAccuracy``) and an app's own user entity; the web tracker's
``_sp_id`` cookie (``duid.created.visits.now.last.sid``) from an in-app web view. Schema URIs are
under ``iglu:com.example.*``. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families7_kit import (
    ADID,
    BROWSE,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    E164,
    EMAIL_NORM,
    IPLOC,
    MAIL,
    PRECISE,
    SEARCH,
    TEL,
    UID,
    USAGE,
    Labels,
    enc,
    sha,
    with_labels,
)
from eval_payloads import GAID, INSTALL_ID, LAT, LON, PUBLIC_IP, USER_ID, Case, L, case, rnd_uuid

HOST = "https://collector.example.net"
SCREENS = ["Feed", "VideoPlayer", "Profile", "Search", "Settings", "Checkout", "Inbox", "Camera"]
UA = "ClipFeed/4.2.0 (Android 14; Pixel 8)"


def _contexts(rng: random.Random, n: int, geo: bool, adid: str) -> dict[str, Any]:
    ents: list[Any] = [
        {"schema": "iglu:com.example.tracker/mobile_context/jsonschema/1-0-2",
         "data": {"osType": L("android", DEV), "osVersion": L("14", DEV),
                  "deviceManufacturer": L("Google", DEV), "deviceModel": L("Pixel 8", DEV),
                  "carrier": L("Example Mobile", CARRIER),
                  "networkType": L(rng.choice(["wifi", "mobile"]), DEV),
                  "networkTechnology": L("LTE", DEV), "androidIdfa": L(adid, ADID),
                  "batteryLevel": L(rng.randint(20, 99), DEV),
                  "batteryState": L("unplugged", DEV),
                  "availableStorage": L(41234567890, DEV), "totalStorage": L(128000000000, DEV),
                  "physicalMemory": L(8000000000, DEV), "isPortrait": True,
                  "resolution": L("1080x2400", DEV), "scale": L(2.625, DEV),
                  "language": L("en-US", DEV)}},
        {"schema": "iglu:com.example.tracker/client_session/jsonschema/1-0-2",
         "data": {"userId": L(INSTALL_ID, DID), "sessionId": rnd_uuid(rng),
                  "sessionIndex": L(n, USAGE), "previousSessionId": rnd_uuid(rng),
                  "storageMechanism": "SQLITE", "firstEventId": rnd_uuid(rng),
                  "eventIndex": rng.randint(1, 40)}},
        {"schema": "iglu:com.example.tracker/application/jsonschema/1-0-0",
         "data": {"version": "4.2.0", "build": "420"}},
    ]
    if geo:
        # Five decimals from the fused provider; the accuracy radius is not a location.
        ents.append({"schema": "iglu:com.example.tracker/geolocation_context/jsonschema/1-1-0",
                     "data": {"latitude": L(round(LAT, 5), PRECISE),
                              "longitude": L(round(LON, 5), PRECISE),
                              "latitudeLongitudeAccuracy": 14.0, "altitude": 21.5,
                              "bearing": 0.0, "speed": 0.0, "timestamp": 1764240000123}})
    if n % 3 == 0:
        # The app's own user entity: a normalised-then-hashed e-mail and a plan name.
        ents.append({"schema": "iglu:com.example.clipfeed/user/jsonschema/1-0-0",
                     "data": {"email_sha256": L(sha("sha256", EMAIL_NORM), MAIL),
                              "email_sha1": L(sha("sha1", EMAIL_NORM), MAIL),
                              "phone_sha512": L(sha("sha512", E164), TEL),
                              "plan": "premium", "signup_cohort": "2026-W14"}})
    return {"schema": "iglu:com.example.tracker/contexts/jsonschema/1-0-1", "data": ents}


def _ue(rng: random.Random, kind: int) -> dict[str, Any]:
    """A self-describing event; its schema URI names the event (Snowplow's ``event_name``)."""
    if kind == 0:
        prev, cur = rng.sample(SCREENS, 2)
        data: Any = {"schema": L("iglu:com.example.tracker/screen_view/jsonschema/1-0-0", USAGE),
                     "data": {"name": L(cur, USAGE), "id": rnd_uuid(rng), "type": "fragment",
                              "previousName": L(prev, USAGE), "previousId": rnd_uuid(rng),
                              "transitionType": "push"}}
    elif kind == 1:
        # The terms the user typed into search: one scalar list.
        terms = rng.choice([["vegan", "ramen"], ["cheap", "flights", "lisbon"], ["knee", "pain"]])
        data = {"schema": L("iglu:com.example.clipfeed/search/jsonschema/1-0-0", USAGE),
                "data": {"terms": L(terms, SEARCH), "filters": {"sort": "recent"},
                         "totalResults": rng.randint(0, 500), "pageResults": 20}}
    elif kind == 2:
        data = {"schema": L("iglu:com.example.tracker/application_foreground/jsonschema/1-0-0",
                            USAGE),
                "data": {"foregroundIndex": L(rng.randint(2, 90), USAGE)}}
    else:
        data = {"schema": L("iglu:com.example.clipfeed/video_watched/jsonschema/1-0-0", USAGE),
                "data": {"video_id": f"v{rng.randint(10**8, 10**9)}",
                         "watch_ms": L(rng.randint(900, 60000), USAGE),
                         "completed": L(rng.random() < 0.5, USAGE)}}
    return {"schema": "iglu:com.example.tracker/unstruct_event/jsonschema/1-0-0", "data": data}


def _event(rng: random.Random, n: int, part: str, at: str, acc: Labels,
           b64: bool) -> dict[str, Any]:
    """One event's parameters at ``at`` (``""`` in a query string, ``data[i].`` in a batch)."""
    adid = GAID.upper() if n % 4 == 1 else GAID
    kind = n % 6
    ev: dict[str, Any] = {"e": "ue", "eid": rnd_uuid(rng), "tv": "andr-5.4.1", "p": "mob",
                          "aid": "clipfeed", "dtm": str(1764240000000 + n * 7919),
                          "stm": str(1764240000000 + n * 7919 + 211),
                          "tz": L("America/New_York", DEV), "lang": L("en", DEV),
                          "res": L("1080x2400", DEV), "uid": L(USER_ID, UID)}
    if kind == 4:
        ev.update({"e": "se", "se_ca": L("video", USAGE),
                   "se_ac": L(rng.choice(["like", "share", "follow"]), USAGE),
                   "se_la": f"v{rng.randint(10**8, 10**9)}", "se_va": "1"})
    elif kind == 5:
        # A transaction: the order and its totals; city/state/country are where it ships.
        ev.update({"e": "tr", "tr_id": L(f"ORD-{rng.randint(100000, 999999)}", BUY),
                   "tr_af": "ClipFeed Shop", "tr_tt": L("34.98", BUY), "tr_tx": L("2.89", BUY),
                   "tr_sh": L("4.99", BUY), "tr_ci": L("New York", COARSE),
                   "tr_st": L("NY", COARSE), "tr_co": L("USA", COARSE), "tr_cu": "USD"})
    else:
        key = "ue_px" if b64 else "ue_pr"
        ev[key] = enc(_ue(rng, kind), part, at + key, "b64url" if b64 else "json", acc)
    if n % 5 == 2:
        # The tracker was told the device's address (``ip`` overrides the collector's view).
        ev["ip"] = L(PUBLIC_IP, IPLOC)
    ckey = "cx" if b64 else "co"
    ev[ckey] = enc(_contexts(rng, n, n % 2 == 0, adid), part, at + ckey,
                   "b64url" if b64 else "json", acc)
    return ev


def _get(rng: random.Random, n: int) -> Case:
    acc: Labels = {}
    q = _event(rng, n, "query", "", acc, True)
    return with_labels(case("snowplow", f"{HOST}/i", query=q,
                            headers={"User-Agent": L(UA, DEV)}), acc)


def _post(rng: random.Random, n: int, size: int, b64: bool, gz: bool) -> Case:
    acc: Labels = {}
    events = [_event(rng, n * 10 + i, "body", f"data[{i}].", acc, b64) for i in range(size)]
    body = {"schema": "iglu:com.example.tracker/payload_data/jsonschema/1-0-4", "data": events}
    return with_labels(case("snowplow", f"{HOST}/tp2", body=body, gz=gz,
                            headers={"User-Agent": L(UA, DEV)}), acc)


def _items(rng: random.Random, n: int) -> Case:
    """Transaction items (``ti``), one event per line item: ordinary records, per field."""
    order = f"ORD-{rng.randint(100000, 999999)}"
    data = []
    for i, (sku, name, price) in enumerate([("SKU-1182", "Ring light", "19.99"),
                                            ("SKU-2210", "Phone tripod", "14.99")]):
        data.append({"e": "ti", "eid": rnd_uuid(rng), "p": "mob", "tv": "andr-5.4.1",
                     "dtm": str(1764240100000 + i), "uid": L(USER_ID, UID),
                     "ti_id": L(order, BUY), "ti_sk": L(sku, BUY), "ti_nm": L(name, BUY),
                     "ti_ca": "accessories", "ti_pr": L(price, BUY), "ti_qu": L("1", BUY),
                     "ti_cu": "USD"})
    body = {"schema": "iglu:com.example.tracker/payload_data/jsonschema/1-0-4", "data": data}
    return case("snowplow", f"{HOST}/tp2", body=body)


def _webview(rng: random.Random, n: int) -> Case:
    """The JavaScript tracker inside the app's help-centre web view: page views with the
    first-party ``_sp_id`` cookie (domain user ID first) and the page URL and title."""
    duid = rnd_uuid(rng)
    page = rng.choice([("https://help.example.net/articles/cancel-subscription", "Cancel"),
                       ("https://help.example.net/articles/delete-account", "Delete account"),
                       ("https://help.example.net/search?q=refund+policy", "Search")])
    q = {"e": "pv", "url": L(page[0], BROWSE), "page": L(page[1], BROWSE),
         "refr": L("https://help.example.net/", BROWSE), "tv": "js-3.24.0", "tna": "help",
         "aid": "clipfeed-help", "p": "web", "tz": L("America/New_York", DEV),
         "lang": L("en-US", DEV), "cs": "UTF-8", "res": L("412x915", DEV),
         "cd": L("24", DEV), "vp": L("412x780", DEV), "ds": "412x2204", "cookie": "1",
         "eid": rnd_uuid(rng), "dtm": str(1764240200000 + n), "vid": L(str(n + 2), USAGE),
         "sid": rnd_uuid(rng), "duid": L(duid, DID), "uid": L(USER_ID, UID)}
    cookie = {"_sp_id.4b1c": L(f"{duid}.1764000000.{n + 2}.1764240200.1764150000.{rnd_uuid(rng)}",
                               DID)}
    return case("snowplow", f"{HOST}/i", query=q, cookies=cookie,
                headers={"User-Agent": L("Mozilla/5.0 (Linux; Android 14; Pixel 8) "
                                         "AppleWebKit/537.36 Mobile Safari/537.36", DEV)})


def snowplow() -> list[Case]:
    rng = random.Random(7001)
    out = [_get(rng, n) for n in range(10)]
    out += [_post(rng, n, 2 + n % 3, b64=n % 2 == 0, gz=n % 3 == 0) for n in range(10)]
    out += [_items(rng, n) for n in range(3)]
    out += [_webview(rng, n) for n in range(5)]
    return out
