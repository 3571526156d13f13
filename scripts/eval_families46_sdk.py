"""Measurement SDKs of the forty-sixth set, built once and called by every app with its own
events and choices: analytics "Countsparrow", MMP/attribution "Attrireed", OpenRTB 2.5 ads
"Bidhollow" and crash reporting "Crashpebble" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CS = "https://in.countsparrow.example.com"
AR = "https://app.attrireed.example.net"
BH = "https://rtb.bidhollow.example.com"
CP = "https://o12.crashpebble.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CSUA = "countsparrow-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T22:{10 + i:02d}:{(7 * i) % 60:02d}.{(131 * i) % 1000:03d}Z"


def _cs_ctx(app: App, *, adid: bool, at: Pt | None, nd: int, tz: str, locale: str,
            carrier: str) -> dict[str, Any]:
    dev: dict[str, Any] = {"id": L(ANDROID_ID, DID), "manufacturer": L("Google", DEV),
                           "model": L("Pixel 8", DEV), "type": "android"}
    if adid:
        dev["advertisingId"] = L(GAID, ADID)
        dev["adTrackingEnabled"] = True
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L(carrier, CARRIER), "wifi": True, "cellular": False},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "countsparrow-android", "version": "2.14.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def cs_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US",
             carrier: str = "Example Mobile") -> Case:
    """Countsparrow's batch (gzip JSON): one ``context`` (the Android ID as ``device.id``, model,
    OS, locale, zone, carrier, screen, a position when ``at``), then ``track`` messages each
    carrying the install ID as ``anonymousId`` and the user ID signed in."""
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "messageId": sdk_uuid(rng), "timestamp": _iso(i),
                             "anonymousId": L(INSTALL_ID, DID)}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"writeKey": app.key("countsparrow"), "batch": msgs, "sentAt": _iso(len(events)),
            "context": _cs_ctx(app, adid=adid, at=at, nd=nd, tz=tz, locale=locale,
                               carrier=carrier)}
    return case(f"{app.fam}-countsparrow", f"{CS}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CSUA})


def cs_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countsparrow's ``identify`` (plain JSON): the user ID, the install ID and traits."""
    return case(f"{app.fam}-countsparrow", f"{CS}/v1/identify", body={
        "type": "identify", "userId": L(USER_ID, UID), "anonymousId": L(INSTALL_ID, DID),
        "traits": traits, "messageId": sdk_uuid(rng), "timestamp": _iso(3),
        "context": {"locale": L(locale, DEV), "timezone": L(tz, DEV),
                    "app": {"version": app.ver}}, "writeKey": app.key("countsparrow")},
        headers={"User-Agent": CSUA})


def cs_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "originalTimestamp": (T0 - 4200 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countsparrow", f"{CS}/v1/import", recs,
                 headers={"User-Agent": CSUA, "X-Write-Key": app.key("countsparrow")})


def cs_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``data`` is base64 JSON in the query (the install ID, the
    event and its properties)."""
    acc: Acc = {}
    d = enc({"a": L(INSTALL_ID, DID), "e": L(name, USAGE), "p": props}, "query", "data", "b64",
            acc)
    return add(case(f"{app.fam}-countsparrow", f"{CS}/v1/p.gif", query={
        "wk": app.key("countsparrow"), "data": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ar_ids(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attrireed"), "gps_adid": L(GAID, ADID),
            "ar_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrireed")), DID),
            "tracking_enabled": "1"}


def _ar_dev(lang: str) -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L(lang, DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER)}


def ar_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7, lang: str = "en") -> Case:
    """Attrireed's session (a form): the first carries the Android ID and the install referrer;
    every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {**_ar_ids(app), **_ar_dev(lang), "app_version": app.ver,
                            "session_count": L(str(1 if first else n), USAGE),
                            "created_at": "2025-12-09T22:04:51.201Z", "environment": "production"}
    if first:
        body["android_uuid"] = L(ANDROID_ID, DID)
        body["install_referrer"] = "utm_source=reedads&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrireed", f"{AR}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ar_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, lang: str = "en") -> Case:
    """An Attrireed event (a form): ``partner_params`` a JSON string of the app's parameters;
    revenue; hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_ar_ids(app), "event_name": L(name, USAGE),
                            "event_token": opaque(rng, "", 6), "partner_params": W(params, "json"),
                            **_ar_dev(lang), "created_at": "2025-12-09T22:19:33.870Z"}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["em_sha256"] = L(EMAIL_SHA256, MAIL)
        body["ph_sha256"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-attrireed", f"{AR}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ar_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrireed", f"{AR}/sdk_click", body={
        **_ar_ids(app), "source": "deeplink", "deeplink": link, "click_time": 1765318442,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", zip_: str | None = "10118", lang: str = "en",
           carrier: str = "Example Mobile", gdpr: bool = False) -> Case:
    """A Bidhollow OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``gdpr`` adds the TCF flag and consent string."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
        if zip_:
            geo["zip"] = L(zip_, COARSE)
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidhollow"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    regs: dict[str, Any] = {"coppa": 0, "ext": {"gdpr": 1 if gdpr else 0}}
    if gdpr:
        user["ext"] = {"consent": "CQJ4x8AQJ4x8AAfB6BENBSFgAP_AAH_AAAqIKUNf_X__b3_j-_5_"}
    else:
        regs["ext"]["us_privacy"] = "1YNN"
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("android", DEV),
                              "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
                              "language": L(lang, DEV), "carrier": L(carrier, CARRIER),
                              "connectiontype": L(2, DEV), "devicetype": 4, "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidhollow"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": regs, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidhollow", f"{BH}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_notice(app: App, rng: random.Random, *, price: str = "0.83") -> Case:
    """A win beacon (GET): auction, bid, impression and creative IDs and the price negatives,
    the advertising ID labelled."""
    return case(f"{app.fam}-bidhollow", "https://ev.bidhollow.example.com/win", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "imp": "1",
        "crid": opaque(rng, "cr", 6), "price": price, "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashpebble breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765318912.2, "category": kind, "message": message,
            "data": data or {}}


def cp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Crashpebble envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "crashpebble"), DID),
                            "model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                            "battery_level": L(58, DEV), "charging": False,
                            "free_memory": L(2147483648, DEV), "timezone": L(tz, DEV),
                            "locale": L(locale, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T22:31:40.112Z",
             "dsn": f"https://{app.key('crashpebble')}@o12.crashpebble.example.org/12"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashpebble", f"{CP}/api/12/envelope/", recs,
                 ctype="application/x-crashpebble-envelope",
                 headers={"User-Agent": "crashpebble.java.android/7.3.0"})


def cp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashpebble", f"{CP}/api/12/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T22:02:11.004Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "crashpebble.java.android/7.3.0",
                 "X-Pebble-Auth": f"Pebble key={app.key('crashpebble')}, version=7"})


__all__ = ["ar_event", "ar_link", "ar_session", "bh_bid", "bh_notice", "cp_crash", "cp_crumb",
           "cp_session", "cs_batch", "cs_beacon", "cs_identify", "cs_queue"]
