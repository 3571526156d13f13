"""Measurement SDKs of the twenty-sixth set, built once and called by every app with its own
events and choices: analytics "Pulsewren", MMP/attribution "Installoom", OpenRTB ads "Bidlantern"
and crash reporting "Crashwarden" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_MD5, EMAIL_SHA256, UA
from eval_families20_kit import T0, ZIP, App, opaque, pos
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL = "location.ip", "contact.email", "contact.phone"
UID, USAGE = "id.user", "behavior.usage"

WREN = "https://api2.pulsewren.example.com"
LOOM = "https://launch.installoom.example.net"
LANT = "https://ssp.bidlantern.example.com"
WARD = "https://notify.crashwarden.example.org"
Ev = tuple[str, dict[str, Any]]


def _common(app: App, adid: bool, nd: int | None) -> dict[str, Any]:
    c: dict[str, Any] = {
        "device_id": L(INSTALL_ID, DID), "app_set_id": L(sdk_id(app, "appset"), DID),
        "platform": "Android", "os_name": L("android", DEV), "os_version": L("14", DEV),
        "device_brand": L("google", DEV), "device_model": L("Pixel 8", DEV),
        "carrier": L("Example Mobile", CARRIER), "language": L("en", DEV),
        "country": L("US", DEV), "version_name": app.ver, "library": "pulsewren-android/4.2.0",
        "ip": "$remote"}
    if adid:
        c["adid"] = L(GAID, ADID)
    if nd is not None:
        lat, lon = pos(nd)
        c.update(location_lat=lat, location_lng=lon)
    return c


def wren_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
               adid: bool = False, nd: int | None = None) -> Case:
    """Pulsewren's upload (gzip JSON): a common block (the install ID as ``device_id``, the
    app-set ID; ``country`` from the locale), then events with the user ID signed in; the
    session start (ms), insert and event IDs are negatives."""
    sess = (T0 - 1200) * 1000 + rng.randrange(1000)
    evs = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"event_type": L(name, USAGE), "event_properties": props,
                             "time": (T0 + 41 * i) * 1000, "session_id": sess,
                             "insert_id": sdk_uuid(rng), "event_id": 100 + i}
        if user:
            e["user_id"] = L(USER_ID, UID)
        evs.append(e)
    return case(f"{app.fam}-pulsewren", f"{WREN}/2/httpapi", gz=True, body={
        "api_key": app.key("pulsewren"), "client_upload_time": "2025-12-09T23:21:04.118Z",
        "common": _common(app, adid, nd), "events": evs}, headers={"User-Agent": L(UA, DEV)})


def wren_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Pulsewren's identify: a form whose ``identification`` field is a JSON string."""
    ident = {"user_id": L(USER_ID, UID), "device_id": L(INSTALL_ID, DID),
             "user_properties": {"$set": traits}}
    return case(f"{app.fam}-pulsewren", f"{WREN}/identify", fmt="form", body={
        "api_key": app.key("pulsewren"), "identification": W(ident, "json")},
        headers={"User-Agent": L(UA, DEV)})


def wren_offline(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Pulsewren's offline store flushed as msgpack (short keys; the install ID upper case)."""
    body: dict[str, Any] = {"k": app.key("pulsewren"), "d": L(INSTALL_ID.upper(), DID),
                            "m": L("Pixel 8", DEV), "o": L("Android 14", DEV),
                            "e": [{"n": L(n, USAGE), "t": (T0 - 3600 + 29 * i) * 1000, "p": p,
                                   "x": sdk_uuid(rng)} for i, (n, p) in enumerate(events)]}
    if user:
        body["u"] = L(USER_ID, UID)
    return case(f"{app.fam}-pulsewren", f"{WREN}/batch/msgpack", fmt="msgpack", body=body,
                headers={"User-Agent": L(UA, DEV)})


def wren_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64 JSON in the query string."""
    d = {"did": L(INSTALL_ID, DID), "props": props, "sr": L("1080x2400", DEV),
         "tz": L("America/New_York", DEV)}
    return case(f"{app.fam}-pulsewren", f"{WREN}/b.gif", query={
        "k": app.key("pulsewren"), "e": L(name, USAGE), "d": W(d, "b64json"),
        "cb": opaque(rng, "", 12)}, headers={"User-Agent": L(app.ua, DEV)})


def _loom_uid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/installoom"))


def loom_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
                launches: int = 1) -> Case:
    """Installoom's install or launch: the advertising ID, the Android ID, the SDK's own UID,
    the device, the operator (MCC and MNC apart) and the launch count."""
    body: dict[str, Any] = {
        "app_token": app.key("installoom"), "loom_uid": L(_loom_uid(app), DID),
        "gaid": L(GAID, ADID), "gaid_limited": False, "android_id": L(ANDROID_ID, DID),
        "kind": "install" if first else "launch", "launch_count": L(launches, USAGE),
        "device": {"brand": L("google", DEV), "model": L("Pixel 8", DEV), "api": L(34, DEV),
                   "lang": L("en_US", DEV), "dpi": L(420, DEV), "net": L("WIFI", DEV),
                   "battery": L(0.64, DEV), "disk_free_mb": L(41230, DEV)},
        "operator": L("Example Mobile", CARRIER), "mcc": L("310", CARRIER),
        "mnc": L("260", CARRIER), "app_version": app.ver, "sdk": "loom-android/6.3.0",
        "ts": (T0 + 5) * 1000}
    if first:
        body.update(referrer="utm_source=loomads&utm_medium=cpi&utm_campaign=w49",
                    install_begin_ts=T0 - 95)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installoom", f"{LOOM}/api/v6/launch", body=body,
                headers={"User-Agent": L(UA, DEV), "X-Loom-Signature": opaque(rng, "", 64)})


def loom_event(app: App, rng: random.Random, name: str, value: dict[str, Any], *,
               hashed: str | None = None, user: bool = True) -> Case:
    """An Installoom in-app event: ``event_value`` is a JSON string (labels continue inside);
    ``hashed`` adds the e-mail and phone as SHA-256 (``sha256``) or the e-mail as MD5."""
    body: dict[str, Any] = {"app_token": app.key("installoom"),
                            "loom_uid": L(_loom_uid(app), DID), "gaid": L(GAID, ADID),
                            "event_name": L(name, USAGE), "event_value": W(value, "json"),
                            "event_ts": (T0 + 777) * 1000, "dedupe_id": sdk_uuid(rng)}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed == "sha256":
        body["identities"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_E164_SHA256, TEL)}
    elif hashed == "md5":
        body["identities"] = {"em_md5": L(EMAIL_MD5, MAIL)}
    return case(f"{app.fam}-installoom", f"{LOOM}/api/v6/event", body=body,
                headers={"User-Agent": L(UA, DEV), "X-Loom-Signature": opaque(rng, "", 64)})


def lantern_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 3,
                yob: int | None = None, gender: str | None = None, hem: bool = False,
                cat: list[str] | None = None) -> Case:
    """A Bidlantern OpenRTB 2.6 request (gzip): GPS geo at ``nd`` decimals or IP geo
    (``None``: country, region, metro, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "metro": L("501", COARSE), "city": L("New York", COARSE),
                               "zip": L(ZIP, COARSE), "utcoffset": L(-300, DEV)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 12, "lastfix": 31,
               "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidlantern"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if hem:
        user["ext"] = {"eids": [{"source": "hem.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    body = {"id": rid(rng), "at": 1, "tmax": 600, "cur": ["USD"], "bcat": ["IAB25", "IAB26"],
            "imp": [dict(imp, id="1", tagid=f"{app.fam}_{imp.pop('tag', 'main')}",
                         bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidlantern"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "cat": cat or [], "publisher": {"id": opaque(rng, "pub", 8)},
                    "storeurl": f"https://play.example.com/{app.pkg}"},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "hwv": L("shiba", DEV),
                       "os": L("android", DEV), "osv": L("14", DEV), "w": L(1080, DEV),
                       "h": L(2400, DEV), "pxratio": L(2.625, DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                       "devicetype": L(4, DEV), "js": 1},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABLA~BVQqAAAAAgA.QA", "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlantern", f"{LANT}/openrtb/2.6/bid", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def lantern_vast(app: App, rng: random.Random, *, nd: int = 2) -> Case:
    """A rewarded-video VAST request as a GET: the advertising ID, position at ``nd`` decimals,
    the public IP and the User-Agent in the query."""
    lat, lon = pos(nd)
    return case(f"{app.fam}-bidlantern", f"{LANT}/vast/v4", query={
        "pid": app.key("bidlantern"), "bundle": app.pkg, "ifa": L(GAID, ADID), "lat": lat,
        "lon": lon, "ip": L(PUBLIC_IP, IPLOC), "ua": L(app.ua, DEV), "w": "1080", "h": "2400",
        "dnt": "0", "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(app.ua, DEV)})


def lantern_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the encrypted price."""
    return case(f"{app.fam}-bidlantern", f"https://ev.bidlantern.example.com/{kind}", query={
        "auc": rid(rng), "imp": "1", "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 8),
        "price": opaque(rng, "P", 22), "ifa": L(GAID, ADID), "app": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def warden_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashwarden breadcrumb (``navigation``, ``request``, ``user``, ``state``, ``log``)."""
    return {"timestamp": "2025-12-09T23:14:02.511Z", "name": name, "type": kind,
            "metaData": meta or {}}


def _wdev(app: App) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "crashwarden"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": L("android", DEV), "osVersion": L("14", DEV),
            "totalMemory": L(7784529920, DEV), "freeDisk": L(44210339840, DEV),
            "orientation": L("portrait", DEV), "locale": L("en_US", DEV),
            "jailbroken": L(False, DEV), "runtimeVersions": {"androidApiLevel": L("34", DEV)}}


def _wh(app: App) -> dict[str, Any]:
    return {"User-Agent": "crashwarden-android/6.1.0", "Warden-Api-Key": app.key("crashwarden"),
            "Warden-Payload-Version": "5", "Warden-Sent-At": "2025-12-09T23:20:11.402Z"}


def warden_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
                  user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
                  screen: str = "MainActivity") -> Case:
    """A Crashwarden error report: the user is the app's choice (the user ID by default), the
    screen as ``context``, the time in the app as ``duration``."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 112, "inProject": True}]}],
          "severity": "error", "unhandled": True, "context": L(screen, USAGE),
          "breadcrumbs": crumbs, "user": user or {"id": L(USER_ID, UID)}, "device": _wdev(app),
          "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                  "duration": L(412003, USAGE), "inForeground": True},
          "metaData": meta or {},
          "session": {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:07:09.001Z"}}
    return case(f"{app.fam}-crashwarden", f"{WARD}/v5/events", headers=_wh(app), body={
        "apiKey": app.key("crashwarden"), "payloadVersion": "5",
        "notifier": {"name": "Crashwarden Android", "version": "6.1.0"}, "events": [ev]})


def warden_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start: its user the user ID signed in, the install ID signed out."""
    who = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    return case(f"{app.fam}-crashwarden", f"{WARD}/v5/sessions", headers=_wh(app), body={
        "notifier": {"name": "Crashwarden Android", "version": "6.1.0"},
        "app": {"id": app.pkg, "version": app.ver}, "device": _wdev(app),
        "sessions": [{"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:02:41Z",
                      "user": {"id": who}}]})


__all__ = ["lantern_bid", "lantern_notice", "lantern_vast", "loom_event", "loom_launch",
           "warden_crumb", "warden_report", "warden_session", "wren_batch", "wren_beacon",
           "wren_identify", "wren_offline"]
