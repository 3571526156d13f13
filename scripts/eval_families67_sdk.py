"""Measurement SDKs of the sixty-seventh set, built once and called by every app with its own
events and choices: analytics "Eventhollow", MMP/attribution "Installgrove", OpenRTB 2.5 ads
"Bidcurlew" and crash reporting "Faultmoth" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

EH = "https://collect.eventhollow.example.com"
IG = "https://app.installgrove.example.net"
BC = "https://rtb.bidcurlew.example.com"
FM = "https://in.faultmoth.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
EHUA = "eventhollow-android/5.2.0"
FMUA = "faultmoth.java.android/3.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T23:{10 + i:02d}:{(7 * i) % 60:02d}.{(113 * i) % 1000:03d}Z"


def eh_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Eventhollow's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, locale, zone, carrier, screen), then the events."""
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "type": "android"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True, "cellular": False},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "eventhollow-android", "version": "5.2.0"}}
    if adid:
        ctx["device"].update(advertising_id=L(GAID, ADID), ad_tracking_enabled=True)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo, "speed": 0}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": _iso(i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("eventhollow"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": _iso(len(events))}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-eventhollow", f"{EH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": EHUA})


def eh_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Eventhollow's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("eventhollow"), "message_id": sdk_uuid(rng)}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-eventhollow", f"{EH}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "compression": "none"},
                headers={"User-Agent": EHUA})


def eh_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Eventhollow's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": _iso(i), "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-eventhollow", f"{EH}/v1/import", recs,
                 headers={"User-Agent": EHUA, "X-Eventhollow-Key": app.key("eventhollow")})


def eh_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"aid": L(IID_NODASH, DID), "ev": L(name, USAGE), "pr": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-eventhollow", f"{EH}/v1/p.gif", query={
        "wk": app.key("eventhollow"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ig_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "ig_uuid": L(sdk_uuid(random.Random(f"{app.pkg}/installgrove")), DID)}


def _ig_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
            "os_name": "android", "os_version": L("14", DEV), "language": L("en", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "network_type": L("wifi", DEV)}


def ig_install(app: App, rng: random.Random, *, referrer: str = "utm_source=grovenet") -> Case:
    """Installgrove's first launch (JSON): the advertising ID, the SDK's UUID, the Android ID,
    the install referrer and the device."""
    body = {"app_token": app.key("installgrove"), **_ig_ids(app),
            "android_id": L(ANDROID_ID, DID), "install_referrer": referrer,
            "referrer_click_ts": 1765299021, "install_begin_ts": 1765299112, **_ig_dev(),
            "app_version": app.ver, "sdk_version": "ig-android5.0.1", "request_id": rid(rng)}
    return case(f"{app.fam}-installgrove", f"{IG}/v2/install", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ig_session(app: App, rng: random.Random, *, user: bool = False, count: int = 7) -> Case:
    """A later session (a form, as this MMP sends it): the session count, the IDs, the device."""
    body: dict[str, Any] = {"app_token": app.key("installgrove"), **_ig_ids(app),
                            "session_count": L(str(count), USAGE), **_ig_dev(),
                            "created_at": "2025-12-09T23:14:20.118Z-0500",
                            "sent_at": "2025-12-09T23:14:20.411Z-0500"}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installgrove", f"{IG}/v2/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ig_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installgrove event (JSON): ``partner_params`` a JSON string of the app's parameters;
    the revenue; hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("installgrove"), **_ig_ids(app),
                            "event_name": L(name, USAGE), "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z-0500", **_ig_dev()}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body.update(email_sha256=L(EMAIL_SHA256, MAIL), phone_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-installgrove", f"{IG}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ig_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installgrove", f"{IG}/v2/sdk_click", body={
        "app_token": app.key("installgrove"), **_ig_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T23:02:11.501Z-0500", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", zip_: str = "10118", utcoffset: int = -300) -> Case:
    """A Bidcurlew OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID (``id.device``)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zip_, COARSE), "utcoffset": L(utcoffset, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20, "lastfix": 4,
               "country": L(country, COARSE), "utcoffset": L(utcoffset, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcurlew"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "dnt": 0, "lmt": 0,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "h": 2400, "w": 1080,
              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "devicetype": 4}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidcurlew"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng), "ext": {"schain": {"ver": "1.0", "complete": 1}}}}
    return case(f"{app.fam}-bidcurlew", f"{BC}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bc_notice(app: App, rng: random.Random, kind: str = "win", *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"auction_id": rid(rng), "bid_id": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "price": "0.84", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidcurlew", f"https://ev.bidcurlew.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fm_crumb(category: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultmoth breadcrumb (``navigation``, ``http``, ``ui.click``, ``console``)."""
    return {"timestamp": 1765321911.4, "category": category, "message": message,
            "data": data or {}, "level": "info"}


def fm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Faultmoth envelope (JSON Lines under its own content type): the envelope header, the
    item header and the event (user, device and OS contexts, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "timestamp": "2025-12-09T23:24:01.902Z", "platform": "java",
             "level": "fatal", "release": f"{app.pkg}@{app.ver}", "environment": "production",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"id": L(sdk_id(app, "faultmoth"), DID), "model": L("Pixel 8", DEV),
                            "manufacturer": L("Google", DEV), "battery_level": L(58.0, DEV),
                            "charging": L(False, DEV), "orientation": L("portrait", DEV),
                            "free_memory": L(2231369728, DEV), "timezone": L(tz, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)),
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 212, "in_app": True}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "sdk": {"name": "faultmoth.java.android", "version": "3.4.0"}},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultmoth", f"{FM}/api/208/envelope/", recs,
                 ctype="application/x-faultmoth-envelope",
                 headers={"User-Agent": FMUA,
                          "X-Faultmoth-Auth": f"Faultmoth key={app.key('faultmoth')}"})


def fm_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultmoth", f"{FM}/api/208/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": FMUA, "X-Faultmoth-Auth": f"Faultmoth key={app.key('faultmoth')}"})


__all__ = ["bc_bid", "bc_notice", "eh_batch", "eh_identify", "eh_pixel", "eh_queue", "fm_crash",
           "fm_crumb", "fm_session", "ig_event", "ig_install", "ig_link", "ig_session"]
