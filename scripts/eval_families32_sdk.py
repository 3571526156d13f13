"""Measurement SDKs of the thirty-second set, built once and called by every app with its own
events and choices: analytics "Tallymere", MMP/attribution "Attrilume", OpenRTB 2.6 ads
"Bidferry" and crash reporting "Crashkettle" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE, PRECISE = "id.user", "behavior.usage", "location.precise"
NY = "America/New_York"

TM = "https://in.tallymere.example.com"
AL = "https://app.attrilume.example.net"
BF = "https://rtb.bidferry.example.com"
CK = "https://notify.crashkettle.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _tm_ctx(app: App, tz: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
            "device": {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "type": "android"},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L("en-US", DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER)},
            "library": {"name": "tallymere-android", "version": "3.8.1"}}


def tm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, tz: str = NY) -> Case:
    """Tallymere's batch (gzip JSON): one context (the install ID as ``device.id``), then
    ``track`` messages with the anonymous ID and, signed in, the user ID."""
    ctx = _tm_ctx(app, tz)
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "messageId": sdk_uuid(rng), "anonymousId": L(INSTALL_ID, DID),
                             "timestamp": f"2025-12-09T22:{10 + i:02d}:31.{100 + i}Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    return case(f"{app.fam}-tallymere", f"{TM}/v1/batch", gz=True, body={
        "batch": msgs, "context": ctx, "sentAt": "2025-12-09T22:19:02.004Z",
        "writeKey": app.key("tallymere")},
        headers={"User-Agent": "tallymere-android/3.8.1"})


def tm_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """A people update (a form): ``data`` is base64 JSON with ``$distinct_id`` and ``$set``."""
    return case(f"{app.fam}-tallymere", f"{TM}/engage", fmt="form", body={
        "data": W({"$token": app.key("tallymere"), "$distinct_id": L(USER_ID, UID),
                   "$device_id": L(INSTALL_ID, DID), "$set": traits}, "b64json"),
        "verbose": "1"}, headers={"User-Agent": "tallymere-android/3.8.1"})


def tm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 5400 + 53 * i) * 1000,
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallymere", f"{TM}/v1/import", recs, gz=True,
                 headers={"User-Agent": "tallymere-android/3.8.1",
                          "X-Tallymere-Key": app.key("tallymere")})


def tm_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON, the device ID without dashes."""
    acc: Acc = {}
    d = enc({"e": L(name, USAGE), "p": props, "aid": L(IID_NODASH, DID)}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-tallymere", f"{TM}/t.gif", query={
        "k": app.key("tallymere"), "d": d, "_": opaque(rng, "", 12)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _al_uuid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/attrilume"))


def _al_base(app: App, rng: random.Random) -> dict[str, Any]:
    return {"app_token": app.key("attrilume"), "gps_adid": L(GAID, ADID),
            "al_uuid": L(_al_uuid(app), DID), "device_name": L("Pixel 8", DEV),
            "os_version": L("14", DEV), "language": L("en", DEV), "country": L("US", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "created_at": "2025-12-09T22:04:17.551Z-0500", "sdk": "android5.2.0",
            "sent_at": "2025-12-09T22:04:17.880Z-0500"}


def al_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Attrilume's session (a form): counts and the last session's length; the first one
    carries the Android ID and the install referrer."""
    body = _al_base(app, rng)
    body.update(session_count=L(1 if first else n, USAGE),
                session_length=L(0 if first else 412, USAGE))
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=alnet&utm_medium=cpi&utm_campaign=q4",
                    click_time="2025-12-09T21:58:02Z")
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrilume", f"{AL}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def al_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An event (a form): ``partner_params`` a JSON string; revenue, hashed e-mail and phone."""
    body = _al_base(app, rng)
    body.update(event_token=token, partner_params=W(params, "json"))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_E164_SHA256, TEL))
    return case(f"{app.fam}-attrilume", f"{AL}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def al_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrilume", f"{AL}/sdk_click", body={
        "app_token": app.key("attrilume"), "gps_adid": L(GAID, ADID),
        "al_uuid": L(_al_uuid(app), DID), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-09T22:41:09Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bf_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, gz: bool = False, tz: int = -300) -> Case:
    """A Bidferry OpenRTB 2.6 bid request: GPS geo at ``nd`` decimals of ``at`` or IP geo
    (``at`` None); ``user.id`` is the SDK's per-install buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(tz, DEV)}
    else:
        cat = PRECISE if nd >= 3 else COARSE
        geo = {"lat": L(round(at[0], nd), cat), "lon": L(round(at[1], nd), cat), "type": 1,
               "accuracy": 15, "lastfix": 40, "utcoffset": L(tz, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidferry"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashedemail.example.net",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 500, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidferry"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)},
                    "cat": ["IAB1"]},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "hwv": L("shiba", DEV),
                       "os": L("android", DEV), "osv": L("14", DEV),
                       "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                       "w": L(1080, DEV), "h": L(2400, DEV), "pxratio": L(2.625, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABMA~1YNN", "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidferry", f"{BF}/openrtb/2.6/bid", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def bf_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidferry", f"https://ev.bidferry.example.com/{kind}", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.61", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(name: str, kind: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkettle breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T22:31:07.118Z", "name": name, "type": kind,
            "metaData": meta or {}}


def _ck_dev(app: App, tz: str) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "crashkettle"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": L("android", DEV),
            "osVersion": L("14", DEV), "locale": L("en_US", DEV), "timezone": L(tz, DEV),
            "totalMemory": L(7823458304, DEV), "freeDisk": L(48211951616, DEV),
            "orientation": L("portrait", DEV), "batteryLevel": L(0.58, DEV)}


def ck_notify(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              ctx: str = "MainActivity", tz: str = NY) -> Case:
    """A Crashkettle error report (gzip JSON): the exception, breadcrumbs, the activity, the
    app's time in the foreground, the device, the user and the app's metadata."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "type": "android",
                             "stacktrace": [{"method": f"{app.pkg}.ui.{ctx}.onResume",
                                             "file": f"{ctx}.kt", "lineNumber": 142}]}],
             "breadcrumbs": crumbs, "context": L(ctx, USAGE), "severity": "error",
             "unhandled": True,
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "duration": L(rng.randrange(60000, 900000), USAGE),
                     "inForeground": True},
             "device": _ck_dev(app, tz),
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "metaData": meta or {}}
    return case(f"{app.fam}-crashkettle", f"{CK}/", gz=True, body={
        "apiKey": app.key("crashkettle"), "payloadVersion": "5",
        "notifier": {"name": "Crashkettle Android", "version": "6.2.0"}, "events": [event]},
        headers={"User-Agent": "crashkettle-android/6.2.0",
                 "Crashkettle-Api-Key": app.key("crashkettle")})


def ck_session(app: App, rng: random.Random, *, user: bool = True, tz: str = NY) -> Case:
    """A session start (JSON): the device's SDK ID and, signed in, the user."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T22:02:44.310Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-crashkettle", "https://sessions.crashkettle.example.org/", body={
        "notifier": {"name": "Crashkettle Android", "version": "6.2.0"},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "device": {"id": L(sdk_id(app, "crashkettle"), DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV), "timezone": L(tz, DEV)}, "sessions": [s]},
        headers={"User-Agent": "crashkettle-android/6.2.0",
                 "Crashkettle-Api-Key": app.key("crashkettle")})


__all__ = ["al_event", "al_link", "al_session", "bf_bid", "bf_notice", "ck_crumb", "ck_notify",
           "ck_session", "tm_batch", "tm_beacon", "tm_identify", "tm_queue"]
