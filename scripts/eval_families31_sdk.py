"""Measurement SDKs of the thirty-first set, built once and called by every app with its own
events and choices: analytics "Countrill", MMP/attribution "Tracelark", OpenRTB 2.6 ads
"Bidmarsh" and crash reporting "Faultwren" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
)

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CT = "https://in.countrill.example.com"
TL = "https://app.tracelark.example.net"
BM = "https://rtb.bidmarsh.example.com"
FW = "https://notify.faultwren.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CTUA = "countrill-android/3.8.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(tz: str) -> dict[str, Any]:
    return {"device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L("en-US", DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)}}


def ct_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 3,
             tz: str = "America/New_York") -> Case:
    """Countrill's batch (gzip JSON): one shared context (device, OS, locale, time zone,
    carrier, screen), the anonymous ID (the install ID), the user ID signed in, the events."""
    ctx = _ctx(tz)
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T23:1{i}:08.{311 + i}Z"}
        if user:
            e["userId"] = L(USER_ID, UID)
        batch.append(e)
    return case(f"{app.fam}-countrill", f"{CT}/v1/batch", gz=True, headers={
        "User-Agent": CTUA, "Authorization": "Basic " + app.key("countrill")},
        body={"batch": batch, "context": ctx, "sentAt": "2025-12-09T23:19:40.002Z"})


def ct_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countrill's identify: a form whose ``data`` field is base64 JSON (labels continue)."""
    data: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                            "writeKey": app.key("countrill"), "messageId": sdk_uuid(rng)}
    if user:
        data["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countrill", f"{CT}/v1/identify", fmt="form",
                body={"data": W(data, "b64json"), "ver": "3"}, headers={"User-Agent": CTUA})


def ct_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs and screen on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "originalTimestamp": (T0 - 5400 + 73 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countrill", f"{CT}/v1/import", recs, gz=True,
                 headers={"User-Agent": CTUA, "X-Countrill-Key": app.key("countrill")})


def ct_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query, the anonymous ID
    without dashes."""
    acc: Acc = {}
    d = enc(props, "query", "d", "b64url", acc)
    return add(case(f"{app.fam}-countrill", f"{CT}/v1/t.gif", query={
        "k": app.key("countrill"), "e": L(name, USAGE), "a": L(IID_NODASH, DID), "d": d,
        "r": opaque(rng, "", 12)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tl_uuid(app: App) -> str:
    return sdk_id(app, "tracelark")


def _tl_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "country": L("US", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER)}


def tl_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 6) -> Case:
    """Tracelark's session (a form, as the SDK posts it): the advertising ID, the SDK's UUID,
    the Android ID and the install referrer on the first, the session count."""
    body: dict[str, Any] = {"app_token": app.key("tracelark"), "gps_adid": L(GAID, ADID),
                            "android_uuid": L(_tl_uuid(app), DID), "tracking_enabled": "1",
                            **_tl_dev(), "session_count": L(str(1 if first else n), USAGE),
                            "created_at": "2025-12-09T23:14:08.311Z+0000",
                            "app_version": app.ver, "sdk_version": "android4.38.2"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=tlnet&utm_medium=cpi&utm_campaign=dec25",
                    install_begin_time="2025-12-09T22:51:20.000Z+0000")
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tracelark", f"{TL}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def tl_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD",
             hashed: bool = False) -> Case:
    """An event (a form): ``partner_params`` a JSON string in a form field; the user ID as
    ``external_device_id``; SHA-256 e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("tracelark"), "event_token": L(token, USAGE),
                            "gps_adid": L(GAID, ADID), "android_uuid": L(_tl_uuid(app), DID),
                            "external_device_id": L(USER_ID, UID), **_tl_dev(),
                            "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T23:16:41.520Z+0000"}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_E164_SHA256, TEL))
    return case(f"{app.fam}-tracelark", f"{TL}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def tl_click(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracelark", f"{TL}/sdk_click", body={
        "app_token": app.key("tracelark"), "gps_adid": L(GAID, ADID),
        "android_uuid": L(_tl_uuid(app), DID), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-09T23:02:11.000Z+0000", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int | None = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, gdpr: bool = False,
           ip_geo: dict[str, Any] | None = None) -> Case:
    """A Bidmarsh OpenRTB 2.6 bid request (gzip JSON): GPS geo at ``nd`` decimals of ``at``
    (the profile's position by default) or IP geo (``nd`` None); ``user.id`` the SDK's
    buyer ID; a TCF string (a negative) where GDPR applies."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, **(ip_geo or {
            "country": L("USA", COARSE), "region": L("NY", COARSE),
            "city": L("New York", COARSE), "zip": L("10118", COARSE)})}
    else:
        la, lo = _geo(at or (LAT, LON), nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 16, "lastfix": 8}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmarsh"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashedmail.example.net",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    if gdpr:
        user["consent"] = "CQJ4vYAQJ4vYAAGABCENBTFgAP_AAH_AAAqIKXtV_G__bWlr8X73"
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidmarsh"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "bmp", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                       "connectiontype": L(2, DEV), "w": L(1080, DEV), "h": L(2400, DEV)},
            "user": user, "regs": {"coppa": 0, "gdpr": int(gdpr)},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmarsh", f"{BM}/openrtb/2.6/bid", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def bm_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid, creative IDs and the price negatives."""
    return case(f"{app.fam}-bidmarsh", f"https://ev.bidmarsh.example.com/{kind}", query={
        "auc": rid(rng), "b": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "p": "0.61", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fw_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultwren breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:17:02.118Z", "type": kind, "name": name,
            "metaData": meta or {}}


def _fw_dev(tz: str) -> dict[str, Any]:
    return {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
            "osName": L("android", DEV), "osVersion": L("14", DEV), "locale": L("en_US", DEV),
            "timezone": L(tz, DEV), "freeDisk": L(41253318656, DEV),
            "orientation": L("portrait", DEV),
            "jailbroken": L(False, DEV), "time": "2025-12-09T23:18:31.920Z"}


def fw_notify(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Faultwren error report (gzip JSON): the exception, breadcrumbs, the user, the device
    (with the SDK's device ID), the app's time in the foreground and the screen."""
    dev = dict(_fw_dev(tz), id=L(sdk_id(app, "faultwren"), DID))
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                 "lineNumber": 112}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": dev, "app": {"id": app.pkg, "version": app.ver,
                                    "releaseStage": "production",
                                    "durationInForeground": L(rng.randrange(40, 900) * 1000,
                                                              USAGE)},
             "metaData": meta or {}}
    return case(f"{app.fam}-faultwren", f"{FW}/", gz=True, body={
        "apiKey": app.key("faultwren"), "payloadVersion": "5",
        "notifier": {"name": "Faultwren Android", "version": "6.2.0"}, "events": [event]},
        headers={"User-Agent": "faultwren-android/6.2.0",
                 "Faultwren-Api-Key": app.key("faultwren")})


def fw_session(app: App, rng: random.Random, *, user: bool = True,
               tz: str = "America/New_York") -> Case:
    """A session start (JSON): the session's ID a negative, the user and the device."""
    dev = dict(_fw_dev(tz), id=L(sdk_id(app, "faultwren"), DID))
    who: dict[str, Any] = {"id": L(USER_ID, UID)} if user else {}
    return case(f"{app.fam}-faultwren", "https://sessions.faultwren.example.org/", body={
        "notifier": {"name": "Faultwren Android", "version": "6.2.0"},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "device": dev, "sessions": [{"id": sdk_uuid(rng),
                                     "startedAt": "2025-12-09T23:02:11.004Z", "user": who}]},
        headers={"User-Agent": "faultwren-android/6.2.0",
                 "Faultwren-Api-Key": app.key("faultwren")})


__all__ = ["bm_bid", "bm_notice", "ct_batch", "ct_identify", "ct_pixel", "ct_queue", "fw_crumb",
           "fw_notify", "fw_session", "tl_click", "tl_event", "tl_session"]
