"""Measurement SDKs of the thirty-eighth set, built once and called by every app with its own
events and choices: analytics "Statwren", MMP/attribution "Attribeck", OpenRTB 2.5 ads
"Bidheron" and crash reporting "Faultfinch" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
    multipart,
)
from eval_families20_kit import App, opaque
from eval_families22_kit import sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SW = "https://in.statwren.example.com"
AB = "https://s2s.attribeck.example.net"
BH = "https://rtb.bidheron.example.org"
FF = "https://notify.faultfinch.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
SWUA = "statwren-android/2.6.0 (Android 14; Pixel 8)"
ABUA = "Attribeck/5.3.2 android"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", carrier: str = "Example Mobile") -> Case:
    """Statwren's batch (gzip JSON, camelCase): one ``context`` (the device, its locale, zone
    and network, ``at`` a position at ``nd`` decimals), then the messages, each with the install
    ID as ``anonymousId`` and (``user``) the user ID."""
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                   "type": "android"},
        "os": {"name": "Android", "version": L("14", DEV)}, "locale": L(locale, DEV),
        "timezone": L(tz, DEV), "screen": L("1080x2400", DEV),
        "network": {"carrier": L(carrier, CARRIER), "wifi": True},
        "library": {"name": "statwren-android", "version": "2.6.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T18:{10 + i:02d}:41.{117 + i}Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    return case(f"{app.fam}-statwren", f"{SW}/v1/batch", gz=True, headers={
        "User-Agent": SWUA, "Authorization": "Basic " + app.key("statwren")},
        body={"batch": msgs, "context": ctx, "sentAt": "2025-12-09T18:14:02.009Z"})


def sw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Statwren's profile update as a GET: ``data`` is base64 JSON in the query."""
    acc: Acc = {}
    d: dict[str, Any] = {"$token": app.key("statwren"), "$device_id": L(INSTALL_ID, DID),
                         "$set": traits}
    if user:
        d["$distinct_id"] = L(USER_ID, UID)
    data = enc(d, "query", "data", "b64", acc)
    return add(case(f"{app.fam}-statwren", f"{SW}/engage", query={"data": data, "ip": "1"},
                    headers={"User-Agent": SWUA}), acc)


def sw_beacon(app: App, rng: random.Random, name: str, extra: dict[str, Any] | None = None,
              *, user: bool = True, lang: str = "en-us") -> Case:
    """A measurement-protocol GET: flat parameters (client ID, user ID, event, language,
    screen), the cache-buster a negative."""
    q: dict[str, Any] = {"v": "2", "tid": app.key("statwren"), "cid": L(INSTALL_ID, DID),
                         "t": "event", "ea": L(name, USAGE), "ul": L(lang, DEV),
                         "sr": L("1080x2400", DEV), **(extra or {}),
                         "z": str(rng.randrange(10 ** 9, 10 ** 10))}
    if user:
        q["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-statwren", f"{SW}/collect", query=q, headers={"User-Agent": SWUA})


def sw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Statwren's offline queue flushed in msgpack (short keys, the IDs on every record)."""
    q = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"e": L(name, USAGE), "a": L(INSTALL_ID, DID), "p": props,
                             "t": 1765290000 + 61 * i, "m": sdk_uuid(rng)}
        if user:
            r["u"] = L(USER_ID, UID)
        q.append(r)
    return case(f"{app.fam}-statwren", f"{SW}/v1/q", fmt="msgpack",
                body={"k": app.key("statwren"), "q": q}, headers={"User-Agent": SWUA})


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "android_uuid": L(sdk_id(app, "attribeck"), DID)}


def ab_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               count: int = 9, secs: int = 410, lang: str = "en", country: str = "US") -> Case:
    """Attribeck's session (a form): the IDs, the device, MCC and MNC, the session count and
    time spent; the first carries the Android ID and the install referrer; ``user`` a JSON
    string ``callback_params`` with the user ID."""
    body: dict[str, Any] = {"app_token": app.key("attribeck"), **_ab_ids(app),
                            "created_at": "2025-12-09T18:02:11.412Z-0500",
                            "device_name": L("Pixel 8", DEV),
                            "device_manufacturer": L("Google", DEV), "os_name": "android",
                            "os_version": L("14", DEV), "language": L(lang, DEV),
                            "country": L(country, DEV), "mcc": L(MCCMNC[:3], CARRIER),
                            "mnc": L(MCCMNC[3:], CARRIER), "connectivity_type": L("1", DEV),
                            "session_count": L(1 if first else count, USAGE),
                            "time_spent": L(0 if first else secs, USAGE),
                            "app_version": app.ver, "sdk_version": "android5.3.2",
                            "tracking_enabled": "1"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=becknet&utm_medium=cpi&utm_campaign=dec25",
                    install_begin_time="1765289101")
    if user:
        body["callback_params"] = W({"uid": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-attribeck", f"{AB}/session", fmt="form", body=body,
                headers={"User-Agent": ABUA, "Client-SDK": "android5.3.2"})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: Any = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attribeck event (a form): an opaque event token, ``partner_params`` a JSON string
    with the event's name and parameters, the revenue; ``hashed`` adds SHA-256 of the e-mail
    and phone to the JSON string ``callback_params``."""
    cb: dict[str, Any] = {}
    if user:
        cb["uid"] = L(USER_ID, UID)
    if hashed:
        cb.update(em=L(EMAIL_SHA256, MAIL), ph=L(PHONE_SHA256, TEL))
    body: dict[str, Any] = {"app_token": app.key("attribeck"), **_ab_ids(app),
                            "event_token": opaque(rng, "", 6),
                            "partner_params": W({"event": L(name, USAGE), **params}, "json"),
                            "created_at": "2025-12-09T18:21:40.118Z-0500",
                            "os_version": L("14", DEV)}
    if revenue is not None:
        body.update(revenue=L(str(revenue), BUY), currency=currency)
    if cb:
        body["callback_params"] = W(cb, "json")
    return case(f"{app.fam}-attribeck", f"{AB}/event", fmt="form", body=body,
                headers={"User-Agent": ABUA, "Client-SDK": "android5.3.2"})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with: a URL in a form field, labelled per parameter."""
    return case(f"{app.fam}-attribeck", f"{AB}/sdk_click", fmt="form", body={
        "app_token": app.key("attribeck"), **_ab_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T18:30:02.771Z-0500"},
        headers={"User-Agent": ABUA, "Client-SDK": "android5.3.2"})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", city: str = "New York",
           region: str = "NY", tz_min: int = -300) -> Case:
    """A Bidheron OpenRTB 2.5 bid request (gzip JSON): GPS geo (``at`` at ``nd`` decimals) or
    IP geo; ``user.id`` the SDK's buyer ID; MCC-MNC and the carrier."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "utcoffset": L(tz_min, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 40,
               "country": L(country, COARSE), "utcoffset": L(tz_min, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidheron"), DID),
                            "ext": {"consent": "CQcZ0AAQcZ0AAAHABBENBTFsAP_gAEPgAAAAKZtV"}}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "ifa": L(GAID, ADID),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(6, DEV), "devicetype": 4, "lmt": 0, "js": 1}
    body = {"id": rid(rng), "at": 2, "tmax": 500, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", instl=0)],
            "app": {"id": app.key("bidheron"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub-", 10)},
                    "storeurl": f"https://play.example.com/store/apps/details?id={app.pkg}"},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng), "fd": 1}}
    return case(f"{app.fam}-bidheron", f"{BH}/openrtb2/auction", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_win(app: App, rng: random.Random, price: str = "0.84") -> Case:
    """A win notice (GET): auction, bid, impression and creative IDs and the clearing price
    are negatives; the advertising ID rides along."""
    return case(f"{app.fam}-bidheron", "https://w.bidheron.example.org/win", query={
        "auc": rid(rng), "bid": opaque(rng, "", 20), "imp": "1", "crid": opaque(rng, "cr", 8),
        "cp": price, "ifa": L(GAID, ADID), "b": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def ff_crumb(name: str, kind: str = "navigation", meta: dict[str, Any] | None = None,
             ) -> dict[str, Any]:
    """A Faultfinch breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T18:20:11.402Z", "name": name, "type": kind,
            "metaData": meta or {}}


def _ff_dev(app: App, tz: str) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "faultfinch"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": "android", "osVersion": L("14", DEV),
            "locale": L("en_US", DEV), "timezone": L(tz, DEV),
            "totalMemory": L(8022360064, DEV), "freeDisk": L(38016339968, DEV),
            "orientation": L("portrait", DEV), "charging": L(False, DEV),
            "jailbroken": L(False, DEV)}


def ff_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Faultfinch error report (gzip JSON): the device, the user, breadcrumbs, metadata,
    the screen as ``context`` and the stack trace."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 88, "inProject": True}]}],
          "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
          "unhandled": True, "app": {"id": app.pkg, "version": app.ver, "releaseStage": "prod",
                                     "durationInForeground": L(214000, USAGE)},
          "device": _ff_dev(app, tz), "user": user if user is not None else {
              "id": L(USER_ID, UID)}, "metaData": meta or {}}
    return case(f"{app.fam}-faultfinch", f"{FF}/", gz=True, body={
        "apiKey": app.key("faultfinch"), "payloadVersion": "5",
        "notifier": {"name": "Faultfinch Android", "version": "6.4.0"}, "events": [ev]},
        headers={"User-Agent": "Faultfinch/6.4.0", "Faultfinch-Sent-At": "2025-12-09T18:20:13Z"})


def ff_session(app: App, rng: random.Random, *, user: bool = True,
               tz: str = "America/New_York") -> Case:
    """A session start (JSON): the session's ID a negative, the device and the user."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T18:01:07.020Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-faultfinch", "https://sessions.faultfinch.example.com/", body={
        "notifier": {"name": "Faultfinch Android", "version": "6.4.0"},
        "app": {"id": app.pkg, "version": app.ver}, "device": _ff_dev(app, tz), "sessions": [s]},
        headers={"User-Agent": "Faultfinch/6.4.0", "Faultfinch-Api-Key": app.key("faultfinch")})


def ff_native(app: App, rng: random.Random, screen: str) -> Case:
    """A native crash: multipart with the event JSON and the minidump (memory: unlabelled)."""
    dump = b"MDMP\x93\xa7\x00\x00" + bytes(rng.randrange(256) for _ in range(96))
    return multipart(f"{app.fam}-faultfinch", f"{FF}/minidump", [
        ("event", None, "application/json", {
            "apiKey": app.key("faultfinch"), "device": {"id": L(sdk_id(app, "faultfinch"), DID),
                                                         "model": L("Pixel 8", DEV)},
            "user": {"id": L(USER_ID, UID)}, "context": L(screen, USAGE)}),
        ("upload_file_minidump", "crash.dmp", "application/octet-stream", dump)],
        headers={"User-Agent": "Faultfinch/6.4.0"})


__all__ = ["ab_event", "ab_link", "ab_session", "bh_bid", "bh_win", "ff_crash", "ff_crumb",
           "ff_native", "ff_session", "sw_batch", "sw_beacon", "sw_identify", "sw_queue"]
