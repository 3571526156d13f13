"""Measurement SDKs of the forty-seventh set, built once and called by every app with its own
events and choices: analytics "Countwell", MMP/attribution "Attriquay", OpenRTB 2.5 ads
"Bidmarlow" and crash reporting "Crashkeel" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families18_kit import IID_UPPER
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CW = "https://api.countwell.example.com"
AQ = "https://app.attriquay.example.net"
BM = "https://rtb.bidmarlow.example.com"
CK = "https://in.crashkeel.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CWUA = "countwell-android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T23:{10 + i % 40:02d}:{(7 * i) % 60:02d}.{118 + i:03d}Z"


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countwell's batch (gzip JSON): each event carries the anonymous ID (the install ID) and the
    user ID signed in; one ``context`` (the SDK's device ID, model, OS, locale, zone, carrier
    and, with ``at``, a position at ``nd`` decimals)."""
    dev: dict[str, Any] = {"id": L(sdk_id(app, "countwell"), DID),
                           "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)}
    if adid:
        dev["advertisingId"] = L(GAID, ADID)
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True, "cellular": False},
        "library": {"name": "countwell-android", "version": "2.4.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": _iso(i)}
        if user:
            e["userId"] = L(USER_ID, UID)
        batch.append(e)
    return case(f"{app.fam}-countwell", f"{CW}/v1/batch", gz=True, headers={"User-Agent": CWUA},
                body={"writeKey": app.key("countwell"), "batch": batch, "context": ctx,
                      "sentAt": _iso(len(events))})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countwell's identify (JSON): the traits the app sets on its user."""
    body: dict[str, Any] = {"writeKey": app.key("countwell"), "type": "identify",
                            "anonymousId": L(INSTALL_ID, DID), "traits": traits,
                            "messageId": sdk_uuid(rng), "timestamp": _iso(3)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwell", f"{CW}/v1/identify", body=body,
                headers={"User-Agent": CWUA})


def cw_pixel(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """The signed-out screen beacon (GET): ``d`` is base64 JSON in the query (the install ID
    upper case, the screen, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_UPPER, DID), "s": L(screen, USAGE), "p": props}, "query", "d", "b64",
            acc)
    return add(case(f"{app.fam}-countwell", f"{CW}/v1/p.gif", query={
        "wk": app.key("countwell"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def cw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countwell's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "messageId": sdk_uuid(rng), "timestamp": _iso(20 + i)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countwell", f"{CW}/v1/import", recs,
                 headers={"User-Agent": CWUA, "X-Countwell-Key": app.key("countwell")})


def _aq_dev(n: int) -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
            "os_name": "android", "os_version": L("14", DEV), "language": L("en", DEV),
            "country": L("US", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "session_count": L(n, USAGE)}


def aq_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Attriquay's session (a form): the advertising ID, the SDK's UUID, the device and carrier;
    the first carries the Android ID and the install referrer, ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("attriquay"), "gps_adid": L(GAID, ADID),
                            "aq_uuid": L(sdk_id(app, "attriquay"), DID),
                            "tracking_enabled": "1", "created_at": "2025-12-09T23:01:44.512Z-0500",
                            "environment": "production", "sdk_version": "android5.2.0",
                            **_aq_dev(1 if first else n)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_begin_time="2025-12-09T22:58:12Z",
                    referrer="utm_source=quaynet&utm_medium=cpi&utm_campaign=dec")
    else:
        body["time_spent"] = L(str(rng.randrange(200, 900)), USAGE)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "sdk_click" if first else "session"
    return case(f"{app.fam}-attriquay", f"{AQ}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def aq_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriquay event (JSON): ``partner_params`` a JSON string of the parameters; the
    normalised e-mail's and E.164 phone's SHA-256 when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("attriquay"),
                            "event_token": opaque(rng, "", 6), "event_name": L(name, USAGE),
                            "gps_adid": L(GAID, ADID),
                            "aq_uuid": L(sdk_id(app, "attriquay"), DID),
                            "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z-0500"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                             "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriquay", f"{AQ}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aq_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriquay", f"{AQ}/deeplink", body={
        "app_token": app.key("attriquay"), "gps_adid": L(GAID, ADID), "deeplink": link,
        "click_time": "2025-12-09T22:41:09Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, geo_ip: dict[str, str] | None = None,
           country: str = "USA") -> Case:
    """A Bidmarlow OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``geo_ip``: region, city, zip); ``user.id`` the SDK's buyer ID."""
    if at is None:
        g = geo_ip or {"region": "NY", "city": "New York", "zip": "10118"}
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               **{k: L(v, COARSE) for k, v in g.items()}, "ipservice": 3}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 40,
               "country": L(country, COARSE)}
    usr: dict[str, Any] = {"id": L(sdk_id(app, "bidmarlow"), DID)}
    if yob:
        usr["yob"] = L(yob, BIRTH)
    if gender:
        usr["gender"] = L(gender, GENDER)
    if keywords is not None:
        usr["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "dnt": 0, "lmt": 1 if coppa else 0, "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV),
                              "os": L("android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV)}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1,
                         tagid=opaque(rng, "tag_", 6))],
            "app": {"id": app.key("bidmarlow"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": usr,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng), "ext": {"schain": {"ver": "1.0", "complete": 1}}}}
    return case(f"{app.fam}-bidmarlow", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_notice(app: App, rng: random.Random, kind: str = "win", *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid, creative and campaign IDs and the price are
    negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "cmp": opaque(rng, "c", 5),
                         "wp": "0.83", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidmarlow", f"https://ev.bidmarlow.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkeel breadcrumb (``navigation``, ``request``, ``user``, ``log``, ``state``)."""
    return {"timestamp": "2025-12-09T23:20:11.410Z", "type": kind, "name": name,
            "metaData": meta or {}}


def _ck_dev(app: App, tz: str) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "crashkeel"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": L("android", DEV), "osVersion": L("14", DEV),
            "locale": L("en_US", DEV), "timezone": L(tz, DEV),
            "freeMemory": L(2144210944, DEV), "freeDisk": L(38114213888, DEV)}


def ck_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Crashkeel error report (gzip JSON): the exception, breadcrumbs, the screen (context),
    the user, the device and the app's own metadata."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                  "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "duration": L(rng.randrange(30000, 900000), USAGE)},
             "device": _ck_dev(app, tz), "metaData": meta or {}}
    return case(f"{app.fam}-crashkeel", f"{CK}/v2/notify", gz=True, body={
        "apiKey": app.key("crashkeel"), "payloadVersion": "5",
        "notifier": {"name": "Crashkeel Android", "version": "6.3.1"}, "events": [event]},
        headers={"User-Agent": "crashkeel-android/6.3.1",
                 "Crashkeel-Api-Key": app.key("crashkeel")})


def ck_logs(app: App, rng: random.Random, logs: list[tuple[str, dict[str, Any]]], *,
            user: bool = True) -> Case:
    """Handled errors and warnings flushed together (JSON Lines): the device ID and the user ID
    on every line."""
    sid = sdk_uuid(rng)
    recs = []
    for i, (msg, attrs) in enumerate(logs):
        r: dict[str, Any] = {"ts": (T0 + 11 * i) * 1000, "level": "warn", "msg": msg,
                             "session": sid, "device_id": L(sdk_id(app, "crashkeel"), DID),
                             "attrs": attrs}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-crashkeel", f"{CK}/v2/logs", recs,
                 headers={"User-Agent": "crashkeel-android/6.3.1",
                          "Crashkeel-Api-Key": app.key("crashkeel")})


def ck_session(app: App, rng: random.Random, *, user: bool = True,
               tz: str = "America/New_York") -> Case:
    """A session start (JSON): the device block and the user ID signed in (none signed out)."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": _iso(1)}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-crashkeel", f"{CK}/v2/sessions", body={
        "notifier": {"name": "Crashkeel Android", "version": "6.3.1"},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "device": _ck_dev(app, tz), "sessions": [s]},
        headers={"User-Agent": "crashkeel-android/6.3.1",
                 "Crashkeel-Api-Key": app.key("crashkeel")})


__all__ = ["aq_event", "aq_link", "aq_session", "bm_bid", "bm_notice", "ck_crumb", "ck_logs",
           "ck_report", "ck_session", "cw_batch", "cw_identify", "cw_pixel", "cw_queue"]
