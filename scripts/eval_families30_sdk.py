"""Measurement SDKs of the thirtieth set, built once and called by every app with its own events
and choices: analytics "Countwren", MMP/attribution "Installwick", OpenRTB 2.6 ads "Adtrestle"
and crash reporting "Bugwhistle" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, GAID_UPPER, MCCMNC, Acc, add, enc
from eval_families20_kit import T0, App, opaque, pos
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE = "id.user", "behavior.usage"

CW = "https://in.countwren.example.com"
IW = "https://app.installwick.example.net"
AT = "https://rtb.adtrestle.example.com"
BW = "https://notify.bugwhistle.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CWUA = "countwren-android/3.8.0"


def _ctx(app: App, *, adid: bool = False, tz: str = "America/New_York") -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L("en-US", DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "library": {"name": "countwren-android", "version": "3.8.0"}}
    if adid:
        ctx["device"].update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    return ctx


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, nd: int | None = None, tz: str = "America/New_York") -> Case:
    """Countwren's batch (gzip JSON): one context (install ID, device, carrier, time zone
    ``tz``), then track messages with the user ID signed in; ``nd`` adds the last position."""
    ctx = _ctx(app, adid=adid, tz=tz)
    if nd is not None:
        lat, lon = pos(nd)
        ctx["location"] = {"latitude": lat, "longitude": lon}
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T23:{10 + i:02d}:07.312Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    return case(f"{app.fam}-countwren", f"{CW}/v1/batch", body={
        "writeKey": app.key("countwren"), "sentAt": "2025-12-09T23:19:55.020Z", "context": ctx,
        "batch": msgs}, gz=True, headers={"User-Agent": CWUA})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countwren's identify: a form whose ``data`` field is a JSON string (labels continue)."""
    data: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                            "messageId": sdk_uuid(rng)}
    if user:
        data["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwren", f"{CW}/v1/identify", fmt="form",
                body={"data": W(data, "json"), "writeKey": app.key("countwren")},
                headers={"User-Agent": CWUA})


def cw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countwren's offline queue flushed at launch: gzip JSON Lines, IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "screen" if name.endswith("Screen") else "track",
                             "event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 5400 + 53 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countwren", f"{CW}/v1/import", recs, gz=True,
                 headers={"User-Agent": CWUA, "X-Countwren-Key": app.key("countwren")})


def cw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64 JSON in the query (the install ID inside)."""
    acc: Acc = {}
    d = enc({"e": L(name, USAGE), "aid": L(INSTALL_ID, DID), "p": props}, "query", "d", "b64",
            acc)
    return add(case(f"{app.fam}-countwren", f"{CW}/px.gif", query={
        "k": app.key("countwren"), "d": d, "_": opaque(rng, "", 12)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _iw_uid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/installwick"))


def iw_install(app: App, rng: random.Random, *, user: bool = False) -> Case:
    """Installwick's first launch (JSON): the advertising and Android IDs, its own ID, the
    install referrer, the device and the SIM operator."""
    body: dict[str, Any] = {
        "app_token": app.key("installwick"), "iw_uid": L(_iw_uid(app), DID),
        "gps_adid": L(GAID, ADID), "android_id": L(ANDROID_ID, DID), "tracking_enabled": 1,
        "referrer": "utm_source=iwnet&utm_medium=cpi&utm_campaign=dec25",
        "install_begin_time": 1765299950, "device_name": L("Pixel 8", DEV),
        "os_version": L("14", DEV), "language": L("en", DEV), "mcc_mnc": L(MCCMNC, CARRIER),
        "screen": L("1080x2400", DEV), "created_at": "2025-12-09T17:46:02.118Z-0500",
        "request_id": rid(rng)}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installwick", f"{IW}/sdk/install", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iw_session(app: App, rng: random.Random, *, n: int = 6, user: bool = True) -> Case:
    """A later session (a form): the upper-case advertising ID, the session count and the time
    since the last one."""
    body: dict[str, Any] = {"app_token": app.key("installwick"),
                            "iw_uid": L(_iw_uid(app), DID), "gps_adid": L(GAID_UPPER, ADID),
                            "session_count": L(n, USAGE), "last_interval": L(51842, USAGE),
                            "os_version": L("14", DEV), "device_name": L("Pixel 8", DEV),
                            "app_version": app.ver}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-installwick", f"{IW}/sdk/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """An in-app event: ``event_value`` is a JSON string of the parameters; hashed e-mail and
    phone in ``hashed`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency="USD")
    body: dict[str, Any] = {"app_token": app.key("installwick"), "iw_uid": L(_iw_uid(app), DID),
                            "gps_adid": L(GAID, ADID), "event_name": L(name, USAGE),
                            "event_value": W(vals, "json"), "event_time": 1765321448211}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_E164_SHA256, TEL)}
    return case(f"{app.fam}-installwick", f"{IW}/sdk/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installwick", f"{IW}/sdk/resolve", body={
        "app_token": app.key("installwick"), "iw_uid": L(_iw_uid(app), DID), "url": link,
        "gps_adid": L(GAID, ADID), "clicked_at": 1765321301},
        headers={"User-Agent": L(DALVIK, DEV)})


def at_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 3,
           yob: int | None = None, gender: str | None = None, keywords: Any = None,
           hem: bool = False) -> Case:
    """An Adtrestle OpenRTB 2.6 bid request (gzip JSON): GPS geo at ``nd`` decimals or IP geo
    (``None``); ``user.id`` the SDK's per-install buyer ID; ``utcoffset`` and ``hwv`` the
    device's."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "metro": L("501", COARSE), "city": L("New York", COARSE),
                               "utcoffset": L(-300, DEV)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 15, "lastfix": 40,
               "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "adtrestle"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashed-email.example.org",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)],
            "app": {"id": app.key("adtrestle"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "hwv": L("shiba", DEV),
                       "os": L("android", DEV), "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                       "connectiontype": L(2, DEV), "w": L(1080, DEV), "h": L(2400, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABLA~BVQqAAAAAg", "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-adtrestle", f"{AT}/openrtb/2.6/bid", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def at_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or billing notice: auction, bid, seat and creative IDs and the price negatives,
    the advertising ID labelled."""
    return case(f"{app.fam}-adtrestle", f"https://ev.adtrestle.example.com/{kind}", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "s-2291",
        "crid": opaque(rng, "cr", 6), "p": "0.71", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def bw_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Bugwhistle breadcrumb (``navigation``, ``request``, ``user``, ``log``, ``state``)."""
    return {"timestamp": "2025-12-09T23:17:40.551Z", "type": kind, "name": name,
            "metaData": meta or {}}


def bw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """A Bugwhistle error report (gzip JSON): the exception, breadcrumbs, the user, device and
    app blocks and the app's metadata; the context (an activity) is a screen."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{screen}.onStart", "file": f"{screen}.kt",
                  "lineNumber": 121}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "unhandled": True,
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                        "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                        "jailbroken": L(False, DEV), "locale": L("en_US", DEV),
                        "freeMemory": L(1572864000, DEV), "orientation": L("portrait", DEV),
                        "time": "2025-12-09T23:17:42.003Z"},
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "duration": L(412003, USAGE), "inForeground": True},
             "metaData": meta or {}}
    return case(f"{app.fam}-bugwhistle", f"{BW}/", body={
        "apiKey": app.key("bugwhistle"), "payloadVersion": "5",
        "notifier": {"name": "Bugwhistle Android", "version": "6.2.0"}, "events": [event]},
        gz=True, headers={"User-Agent": L(DALVIK, DEV),
                          "Bugwhistle-Api-Key": app.key("bugwhistle"),
                          "Bugwhistle-Sent-At": "2025-12-09T23:17:43.110Z"})


def bw_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the device's install ID, the user ID signed in."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:02:11.004Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-bugwhistle", "https://sessions.bugwhistle.example.org/", body={
        "notifier": {"name": "Bugwhistle Android", "version": "6.2.0"},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "device": {"id": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                   "osVersion": L("14", DEV)}, "sessions": [s]},
        headers={"User-Agent": L(DALVIK, DEV), "Bugwhistle-Api-Key": app.key("bugwhistle")})


__all__ = ["at_bid", "at_notice", "bw_crash", "bw_crumb", "bw_session", "cw_batch",
           "cw_identify", "cw_pixel", "cw_queue", "iw_event", "iw_install", "iw_link",
           "iw_session"]
