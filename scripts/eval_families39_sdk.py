"""Measurement SDKs of the thirty-ninth set, built once and called by every app with its own
events and choices: analytics "Tallywren", MMP/attribution "Attrifern", OpenRTB 2.5 ads
"Bidquarry" and crash reporting "Crashbramble" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
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

TWA = "https://api.tallywren.example.com"
AF = "https://t.attrifern.example.net"
BQ = "https://rtb.bidquarry.example.com"
CB = "https://notify.crashbramble.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TWUA = "tallywren-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, *, tz: str, locale: str, adid: bool, at: Pt | None, nd: int,
         ip: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": 1080, "height": 2400, "density": 2.625},
        "library": {"name": "tallywren-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    return ctx


def tw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US", gz: bool = True) -> Case:
    """Tallywren's batch (JSON, gzip by default): ``track`` messages each carrying the install
    ID as ``anonymousId`` and the user ID signed in, one ``context`` block for the batch."""
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T17:{10 + i:02d}:4{i}.118Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"writeKey": app.key("tallywren"), "batch": msgs,
            "context": _ctx(app, tz=tz, locale=locale, adid=adid, at=at, nd=nd, ip=ip),
            "sentAt": "2025-12-09T17:19:02.551Z"}
    return case(f"{app.fam}-tallywren", f"{TWA}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": TWUA})


def tw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """An ``identify`` call (plain JSON): the user ID, the install ID and the traits the app
    passes."""
    return case(f"{app.fam}-tallywren", f"{TWA}/v1/identify", body={
        "type": "identify", "userId": L(USER_ID, UID), "anonymousId": L(INSTALL_ID, DID),
        "traits": traits, "messageId": sdk_uuid(rng), "writeKey": app.key("tallywren"),
        "context": {"locale": L(locale, DEV), "timezone": L(tz, DEV)}},
        headers={"User-Agent": TWUA})


def tw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "messageId": sdk_uuid(rng), "timestamp": (T0 - 4300 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallywren", f"{TWA}/v1/import", recs, gz=True,
                 headers={"User-Agent": TWUA, "X-Tallywren-Key": app.key("tallywren")})


def tw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``data`` is base64 JSON in the query (the install ID without
    dashes, the event and its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props,
             "k": app.key("tallywren")}, "query", "data", "b64", acc)
    return add(case(f"{app.fam}-tallywren", f"{TWA}/v1/p.gif", query={
        "data": d, "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _af_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "osVersion": L("14", DEV),
            "lang": L("en", DEV), "country": L("US", CARRIER), "mccMnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def _af_uid(app: App) -> L:
    return L(sdk_uid(random.Random(f"{app.pkg}/attrifern")), DID)


def af_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5) -> Case:
    """Attrifern's launch (JSON, camelCase): the advertising ID, the SDK's install ID, the
    device; the first adds the Android ID and the install referrer; every one the launch count."""
    body: dict[str, Any] = {"devKey": app.key("attrifern"), "afUid": _af_uid(app),
                            "gaid": L(GAID, ADID), "lat": False, "device": _af_dev(),
                            "appVersion": app.ver, "launches": L(1 if first else n, USAGE),
                            "sdkVersion": "6.14.2", "nonce": rid(rng)}
    if first:
        body.update(androidId=L(ANDROID_ID, DID),
                    referrer="utm_source=fernads&utm_medium=cpi&utm_campaign=dec",
                    installBeginTs=1765210112)
    if user:
        body["customerUserId"] = L(USER_ID, UID)
    kind = "install" if first else "launch"
    return case(f"{app.fam}-attrifern", f"{AF}/api/v6/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def af_event(app: App, rng: random.Random, name: str, values: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attrifern in-app event: ``eventValue`` a JSON string of the values; the SHA-256 of
    the e-mail and phone when the app passes them."""
    vals = dict(values)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"devKey": app.key("attrifern"), "afUid": _af_uid(app),
                            "gaid": L(GAID, ADID), "eventName": L(name, USAGE),
                            "eventValue": W(vals, "json"), "device": _af_dev(),
                            "eventTime": "2025-12-09 17:21:40.118"}
    if user:
        body["customerUserId"] = L(USER_ID, UID)
    if hashed:
        body["userEmails"] = {"sha256": L(EMAIL_SHA256, "contact.email")}
        body["phoneSha256"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-attrifern", f"{AF}/api/v6/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def af_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrifern", f"{AF}/api/v6/deeplink", body={
        "devKey": app.key("attrifern"), "afUid": _af_uid(app), "gaid": L(GAID, ADID),
        "link": link, "clickTs": 1765301941, "nonce": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", lang: str = "en",
           ipgeo: dict[str, str] | None = None) -> Case:
    """A Bidquarry OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``ipgeo``: region, city, zip); ``user.id`` the SDK's buyer ID."""
    if at is None:
        g = ipgeo or {"region": "NY", "city": "New York", "zip": "10118"}
        geo_: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                                **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo_ = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidquarry"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo_,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L(lang, DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 0, "js": 1}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidquarry"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pq", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidquarry", f"{BQ}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_win(app: App, rng: random.Random, price: str = "0.84") -> Case:
    """The win notice (GET): auction, bid, seat and creative IDs and the clearing price."""
    return case(f"{app.fam}-bidquarry", "https://win.bidquarry.example.com/nurl", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "bq-seat-12",
        "crid": opaque(rng, "cr", 6), "price": price, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cb_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashbramble breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T17:24:00.113Z", "type": kind, "name": name,
            "metaData": meta or {}}


def cb_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Crashbramble error report (gzip JSON): the exception, breadcrumbs, the user, the
    device (its SDK ID, model, OS, memory, orientation, zone, locale) and the screen."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                 "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "unhandled": True,
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "durationMs": L(284113, USAGE)},
             "device": {"id": L(sdk_id(app, "crashbramble"), DID), "model": L("Pixel 8", DEV),
                        "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                        "freeMemory": L(1822310400, DEV), "orientation": L("portrait", DEV),
                        "timezone": L(tz, DEV), "locale": L(locale, DEV),
                        "jailbroken": L(False, DEV)},
             "metaData": meta or {}}
    return case(f"{app.fam}-crashbramble", f"{CB}/v2/events", gz=True, body={
        "apiKey": app.key("crashbramble"), "payloadVersion": "5",
        "notifier": {"name": "Crashbramble Android", "version": "6.3.1"}, "events": [event]},
        headers={"User-Agent": "crashbramble-android/6.3.1",
                 "Bramble-Api-Key": app.key("crashbramble")})


def cb_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the session's ID, the user ID signed in and the device's ID."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T17:01:09.221Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-crashbramble", f"{CB}/v2/sessions", body={
        "notifier": {"name": "Crashbramble Android", "version": "6.3.1"},
        "app": {"id": app.pkg, "version": app.ver},
        "device": {"id": L(sdk_id(app, "crashbramble"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)}, "sessions": [s]},
        headers={"User-Agent": "crashbramble-android/6.3.1",
                 "Bramble-Api-Key": app.key("crashbramble")})


__all__ = ["af_event", "af_launch", "af_link", "bq_bid", "bq_win", "cb_crash", "cb_crumb",
           "cb_session", "tw_batch", "tw_identify", "tw_pixel", "tw_queue"]
