"""Measurement SDKs of the ninety-fifth set, built once and called by every app with its own
events and choices: analytics "Countmere", MMP/attribution "Sourcemarsh", OpenRTB 2.5 ads
"Bidsedge" and crash reporting "Faultmoor" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families95_kit import NET_BAKU
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CM = "https://api.countmere.example.com"
SM = "https://app.sourcemarsh.example.net"
BE = "https://rtb.bidsedge.example.com"
FM = "https://notify.faultmoor.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _roam(baku: bool) -> dict[str, Any]:
    if not baku:
        return {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)}
    return {"carrier": L(NET_BAKU[0], CARRIER), "simCarrier": L("Example Mobile", CARRIER),
            "roaming": L(True, DEV), "wifi": L(False, DEV)}


def cm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, ip: bool = False, baku: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countmere's batch (gzip JSON): one ``context`` (the SDK's device ID, model, OS, locale,
    zone, network, optionally the public IP and a position), then ``track`` messages each with
    the install ID as ``anonymousId`` and the user ID signed in."""
    ctx: dict[str, Any] = {
        "device": {"id": L(sdk_id(app, "countmere"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV), "network": _roam(baku),
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "library": {"name": "countmere-android", "version": "2.14.0"}}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T21:{10 + i:02d}:0{i % 10}.312Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        batch.append(m)
    return case(f"{app.fam}-countmere", f"{CM}/v1/batch", gz=True, body={
        "writeKey": app.key("countmere"), "context": ctx, "batch": batch,
        "sentAt": "2025-12-09T21:19:58.004Z"},
        headers={"User-Agent": "countmere-android/2.14.0"})


def cm_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countmere's identify as a form: ``traits`` is a JSON string (its keys continue the path)."""
    body: dict[str, Any] = {"writeKey": app.key("countmere"),
                            "anonymousId": L(INSTALL_ID, DID), "traits": W(traits, "json"),
                            "messageId": sdk_uuid(rng)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countmere", f"{CM}/v1/identify", fmt="form", body=body,
                headers={"User-Agent": "countmere-android/2.14.0"})


def cm_beacon(app: App, rng: random.Random, screen: str, props: dict[str, Any], *,
              tz: str = "America/New_York") -> Case:
    """The signed-out screen beacon (GET): the install ID upper case, the screen, and ``cx`` a
    base64 JSON context (zone, language, model) in the query."""
    acc: Acc = {}
    cx = enc({"tz": L(tz, DEV), "lang": L("en", DEV), "mdl": L("Pixel 8", DEV), **props},
             "query", "cx", "b64", acc)
    return add(case(f"{app.fam}-countmere", f"{CM}/v1/p", query={
        "wk": app.key("countmere"), "aid": L(INSTALL_ID.upper(), DID), "s": L(screen, USAGE),
        "cx": cx, "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def cm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countmere's offline queue flushed at launch: JSON Lines, one message per line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "originalTimestamp": (T0 - 7200 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countmere", f"{CM}/v1/import", recs,
                 headers={"User-Agent": "countmere-android/2.14.0",
                          "X-Countmere-Write-Key": app.key("countmere")})


def _sm_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "android_uuid": L(sdk_uid(random.Random(f"{app.pkg}/sourcemarsh")), DID),
            "tracking_enabled": "1"}


def _sm_dev(baku: bool) -> dict[str, Any]:
    mcc, mnc = (NET_BAKU[1], NET_BAKU[2]) if baku else ("310", "260")
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L(mcc, CARRIER), "mnc": L(mnc, CARRIER)}


def sm_install(app: App, rng: random.Random, *, baku: bool = False) -> Case:
    """Sourcemarsh's first launch (JSON): the advertising ID, the SDK's UUID, the Android ID,
    the install referrer and the device."""
    ids = dict(_sm_ids(app), android_id=L(ANDROID_ID, DID))
    return case(f"{app.fam}-sourcemarsh", f"{SM}/install", body={
        "app_token": app.key("sourcemarsh"), **ids, **_sm_dev(baku),
        "install_referrer": "utm_source=marshnet&utm_medium=cpi&utm_campaign=dec25",
        "installed_at": "2025-12-01T08:14:22.118Z", "session_count": L(1, USAGE),
        "environment": "production", "sdk": "android5.2.0", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def sm_session(app: App, rng: random.Random, n: int, *, user: bool = True,
               baku: bool = False) -> Case:
    """A session (a form): the session count and last interval; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("sourcemarsh"), **_sm_ids(app), **_sm_dev(baku),
                            "session_count": L(n, USAGE), "last_interval": L(86211, USAGE),
                            "created_at": "2025-12-09T21:02:11.004Z"}
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcemarsh", f"{SM}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An event (a form): ``callback_params`` a JSON string of the app's parameters; the hashed
    e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("sourcemarsh"), **_sm_ids(app),
                            "event_token": L(name, USAGE), "callback_params": W(params, "json"),
                            "created_at": "2025-12-09T21:14:50.331Z"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-sourcemarsh", f"{SM}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcemarsh", f"{SM}/sdk_click", body={
        "app_token": app.key("sourcemarsh"), **_sm_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T20:58:41Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def be_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, baku: bool = False, coppa: bool = False) -> Case:
    """A Bidsedge OpenRTB 2.5 bid request (gzip JSON): GPS geo (``at`` at ``nd`` decimals) or
    IP geo (New York or Baku); ``user.id`` the SDK's buyer ID; the carrier and MCC-MNC."""
    country = "AZE" if baku else "USA"
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L("Baku" if baku else "New York", COARSE)}
        if not baku:
            geo.update(region=L("NY", COARSE), zip=L("10118", COARSE))
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsedge"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    mccmnc = f"{NET_BAKU[1]}-{NET_BAKU[2]}" if baku else "310-260"
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "w": L(1080, DEV), "h": L(2400, DEV), "language": L("en", DEV),
                              "carrier": L(NET_BAKU[0] if baku else "Example Mobile", CARRIER),
                              "mccmnc": L(mccmnc, CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0, "devicetype": 4}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.2, secure=1)],
            "app": {"id": app.key("bidsedge"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsedge", f"{BE}/openrtb2/auction", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def be_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice (GET): auction, bid, creative and seat IDs and the clearing price."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
                         "seat": "s-2231", "p": "0.84", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidsedge", "https://win.bidsedge.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fm_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultmoor breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T21:16:40.221Z", "type": kind, "name": name,
            "metaData": meta or {}}


def fm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", meta: dict[str, Any] | None = None) -> Case:
    """A Faultmoor error report (gzip JSON): the user, the device (the SDK's ID, model, OS,
    zone, memory, disk, orientation, battery), breadcrumbs and the exception."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
        {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
         "lineNumber": 88}]}],
        "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
        "user": user if user is not None else {"id": L(USER_ID, UID)},
        "device": {"id": L(sdk_id(app, "faultmoor"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                   "timezone": L(tz, DEV), "freeMemory": L(1211334656, DEV),
                   "freeDisk": L(40211333120, DEV), "orientation": L("portrait", DEV),
                   "batteryLevel": L(0.58, DEV), "jailbroken": L(False, DEV)},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                "durationInForeground": L(412000, USAGE)},
        "metaData": meta or {}}
    return case(f"{app.fam}-faultmoor", f"{FM}/events", gz=True, body={
        "apiKey": app.key("faultmoor"), "payloadVersion": "5", "events": [event],
        "notifier": {"name": "Faultmoor Android", "version": "6.3.0"}},
        headers={"User-Agent": "faultmoor-android/6.3.0",
                 "Faultmoor-Api-Key": app.key("faultmoor"),
                 "Faultmoor-Sent-At": "2025-12-09T21:17:02.118Z"})


def fm_sessions(app: App, rng: random.Random, mins: list[int], *, user: bool = True) -> Case:
    """Faultmoor's session batch (JSON Lines): one session per line, its length in seconds, the
    device's ID and the user ID signed in."""
    recs = []
    for i, m in enumerate(mins):
        r: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": f"2025-12-0{i + 6}T19:02:11Z",
                             "durationS": L(m * 60, USAGE),
                             "device": {"id": L(sdk_id(app, "faultmoor"), DID)},
                             "events": {"handled": 0, "unhandled": 0}}
        if user:
            r["user"] = {"id": L(USER_ID, UID)}
        recs.append(r)
    return lines(f"{app.fam}-faultmoor", f"{FM}/sessions", recs,
                 ctype="application/x-ndjson",
                 headers={"User-Agent": "faultmoor-android/6.3.0",
                          "Faultmoor-Api-Key": app.key("faultmoor")})


__all__ = ["be_bid", "be_win", "cm_batch", "cm_beacon", "cm_identify", "cm_queue", "fm_crash",
           "fm_crumb", "fm_sessions", "sm_event", "sm_install", "sm_link", "sm_session"]
