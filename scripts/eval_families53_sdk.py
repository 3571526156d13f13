"""Measurement SDKs of the fifty-third set, built once and called by every app with its own
events and choices: analytics "Metrisprig", MMP/attribution "Clickmoor", OpenRTB 2.5 ads
"Bidthorn" and crash reporting "Stackmire" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    PHONE_SHA256,
    Acc,
    add,
    enc,
    multipart,
    push_token,
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

MP = "https://collect.metrisprig.example.com"
CK = "https://s2s.clickmoor.example.net"
BT = "https://rtb.bidthorn.example.com"
SK = "https://in.stackmire.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MPUA = "metrisprig-android/2.14.0"
SKUA = "stackmire-android/7.3.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _mp_ctx(app: App, locale: str, tz: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
            "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
            "library": {"name": "metrisprig-android", "version": "2.14.0"}}


def mp_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             screen: str | None = None, at: Pt | None = None, nd: int = 2,
             adid: bool = False, tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Metrisprig's batch (gzip JSON, snake_case): ``anonymous_id`` the install ID, the user ID
    signed in, a shared ``context`` (device, OS, locale, zone, carrier, screen; ``at`` a
    position), ``track`` events and (``screen``) a screen view; message IDs negatives."""
    ctx = _mp_ctx(app, locale, tz)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs: list[dict[str, Any]] = [
        {"type": "track", "event": L(name, USAGE), "properties": props,
         "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T23:1{i}:04.{i}18Z"}
        for i, (name, props) in enumerate(events)]
    if screen:
        msgs.append({"type": "screen", "name": L(screen, USAGE), "message_id": sdk_uuid(rng),
                     "timestamp": "2025-12-09T23:19:40.007Z"})
    for m in msgs:
        m["anonymous_id"] = L(INSTALL_ID, DID)
        if user:
            m["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metrisprig", f"{MP}/v1/batch", gz=True, body={
        "write_key": app.key("metrisprig"), "batch": msgs, "context": ctx,
        "sent_at": "2025-12-09T23:20:01.550Z"}, headers={"User-Agent": MPUA})


def mp_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """An identify call (plain JSON): the user's traits as the app chose to send them."""
    return case(f"{app.fam}-metrisprig", f"{MP}/v1/identify", body={
        "write_key": app.key("metrisprig"), "type": "identify",
        "anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
        "context": _mp_ctx(app, locale, tz), "message_id": sdk_uuid(rng)},
        headers={"User-Agent": MPUA})


def mp_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymous_id": L(INSTALL_ID, DID), "message_id": sdk_uuid(rng),
                             "timestamp": (T0 - 4200 + 61 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-metrisprig", f"{MP}/v1/import", recs,
                 headers={"User-Agent": MPUA, "X-Write-Key": app.key("metrisprig")})


def mp_pixel(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: the install ID without dashes in ``a``, the screen in ``s`` and
    its properties as base64url JSON in ``p``."""
    acc: Acc = {}
    p = enc(props, "query", "p", "b64url", acc) if props else "e30"
    return add(case(f"{app.fam}-metrisprig", f"{MP}/v1/p.gif", query={
        "k": app.key("metrisprig"), "a": L(IID_NODASH, DID), "s": L(screen, USAGE), "p": p,
        "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ck_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "ck_uid": L(sdk_uid(random.Random(f"{app.pkg}/ck")), DID),
            "tracking_enabled": 1}


def ck_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Clickmoor's session (a form, Adjust-style flat keys): the advertising ID, its own ID,
    the device, MCC and MNC apart, the session count; the first with the Android ID and the
    install referrer; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("clickmoor"), **_ck_ids(app),
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "language": L("en", DEV), "country": L("US", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "created_at": "2025-12-09T23:02:11.204Z-0500"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=moorads&utm_campaign=q4_launch&utm_medium=cpi")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-clickmoor", f"{CK}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ck_event(app: App, rng: random.Random, token: str, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Clickmoor event (JSON): the event token (the app's) and its name, ``partner_params`` a
    JSON string; hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("clickmoor"), **_ck_ids(app),
                            "event_token": token, "event_name": L(name, USAGE),
                            "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z-0500"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-clickmoor", f"{CK}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def ck_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-clickmoor", f"{CK}/sdk_click", body={
        "app_token": app.key("clickmoor"), **_ck_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T23:00:58Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ck_push(app: App, rng: random.Random) -> Case:
    """The uninstall-measurement push token (a form): a device identifier."""
    return case(f"{app.fam}-clickmoor", f"{CK}/sdk_info", fmt="form", body={
        "app_token": app.key("clickmoor"), "ck_uid": L(sdk_uid(random.Random(f"{app.pkg}/ck")),
                                                       DID),
        "push_token": L(push_token(rng), DID), "source": "push"},
        headers={"User-Agent": L(DALVIK, DEV)})


def bt_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 4, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, segments: list[Any] | None = None, hem: bool = False,
           country: str = "USA", ifa: bool = True) -> Case:
    """A Bidthorn OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals, a ``lastfix``) or
    IP geo (country, region, metro, city, ZIP); ``user.id`` the SDK's buyer ID; data segments."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "metro": L("501", COARSE),
                               "city": L("New York", COARSE), "zip": L("10016", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 41,
               "country": L(country, COARSE), "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidthorn"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if segments:
        user["data"] = [{"id": "bt-aud", "name": "bidthorn-audiences", "segment": segments}]
    if hem:
        user["ext"] = {"eids": [{"source": "hem.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "devicetype": L(4, DEV), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 0 if ifa else 1}
    if ifa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidthorn"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "storeurl": f"https://play.example.com/{app.pkg}",
                    "publisher": {"id": opaque(rng, "btp", 8)}},
            "device": device, "user": user, "bcat": ["IAB25", "IAB26"],
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidthorn", f"{BT}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bt_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s-2281",
                         "crid": opaque(rng, "cr", 6), "cp": "0.93", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidthorn", "https://win.bidthorn.example.com/n", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def sk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Stackmire breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": "2025-12-09T23:22:31.402Z", "type": kind, "msg": message, "meta": data or {}}


def _sk_device(app: App, tz: str) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "stackmire"), DID), "model": L("Pixel 8", DEV),
            "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
            "locale": L("en_US", DEV), "timezone": L(tz, DEV), "batteryLevel": L(0.58, DEV),
            "charging": L(False, DEV), "freeMemory": L(2147483648, DEV),
            "freeDisk": L(38211333120, DEV), "orientation": L("portrait", DEV),
            "jailbroken": L(False, DEV)}


def sk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Stackmire crash report (gzip JSON): the app, the device, the user, breadcrumbs, the
    exception's frames, the screen (``context``) and the app's custom metadata."""
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1],
                          "stacktrace": [{"method": f"{app.pkg}.ui.{screen}.onResume",
                                          "file": f"{screen}.kt", "lineNumber": 88}]}],
          "breadcrumbs": crumbs, "context": L(screen, USAGE),
          "user": user if user is not None else {"id": L(USER_ID, UID)},
          "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                  "durationInForeground": L(412000, USAGE)},
          "device": _sk_device(app, tz), "metaData": meta or {}, "severity": "error",
          "session": {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:15:02Z"}}
    return case(f"{app.fam}-stackmire", f"{SK}/v2/events", gz=True, body={
        "apiKey": app.key("stackmire"), "payloadVersion": "5", "events": [ev],
        "notifier": {"name": "Stackmire Android", "version": "7.3.1"}},
        headers={"User-Agent": SKUA, "Stackmire-Sent-At": "2025-12-09T23:22:33.008Z"})


def sk_native(app: App, rng: random.Random, lib: str) -> Case:
    """A native crash: the minidump (an opaque dump of the app's memory: unlabelled) and a
    JSON part with the device and the user ID."""
    dump = b"MDMP\x93\xa7\x00\x00" + bytes(rng.randrange(256) for _ in range(96))
    return multipart(f"{app.fam}-stackmire", f"{SK}/v2/minidump", [
        ("upload_file_minidump", "crash.dmp", "application/octet-stream", dump),
        ("event", None, "application/json", {"apiKey": app.key("stackmire"), "lib": lib,
                                             "user": {"id": L(USER_ID, UID)},
                                             "device": _sk_device(app, "America/New_York")})],
        headers={"User-Agent": SKUA})


def sk_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session ping (GET, query): the SDK device ID, the user ID signed in, the length."""
    q: dict[str, Any] = {"k": app.key("stackmire"), "did": L(sdk_id(app, "stackmire"), DID),
                         "sid": sdk_uuid(rng), "dur": L(secs, USAGE), "rel": app.ver}
    if user:
        q["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-stackmire", f"{SK}/v2/sessions", query=q,
                headers={"User-Agent": SKUA})


__all__ = ["bt_bid", "bt_win", "ck_event", "ck_link", "ck_push", "ck_session", "mp_batch",
           "mp_identify", "mp_pixel", "mp_queue", "sk_crash", "sk_crumb", "sk_native",
           "sk_session"]
