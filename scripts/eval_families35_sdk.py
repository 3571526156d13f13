"""Measurement SDKs of the thirty-fifth set, built once and called by every app with its own
events and choices: analytics "Statloom", MMP/attribution "Attriwell", OpenRTB 2.6 ads
"Bidthistle" and crash reporting "Crashlark" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode
from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SL = "https://in.statloom.example.com"
AW = "https://app.attriwell.example.net"
BT = "https://rtb.bidthistle.example.com"
CL = "https://notify.crashlark.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SLUA = "statloom-android/4.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(tz: str) -> dict[str, Any]:
    return {"device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "type": "android"},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L("en-US", DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
            "library": {"name": "statloom-android", "version": "4.6.0"}}


def sl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 3,
             tz: str = "America/New_York") -> Case:
    """Statloom's batch (gzip JSON, snake_case): per message the anonymous ID (the install
    ID) and the user ID signed in; one ``context`` for the device, locale, zone and carrier."""
    ctx = _ctx(tz)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "message_id": sdk_uuid(rng), "anonymous_id": L(INSTALL_ID, DID),
                             "timestamp": f"2025-12-09T23:{10 + i:02d}:0{i}.118Z"}
        if user:
            m["user_id"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"write_key": app.key("statloom"), "batch": msgs, "context": ctx,
            "sent_at": "2025-12-09T23:19:41.902Z"}
    return case(f"{app.fam}-statloom", f"{SL}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SLUA})


def sl_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Statloom's identify: a form whose ``data`` field is base64 JSON (labels continue)."""
    data: dict[str, Any] = {"type": "identify", "anonymous_id": L(INSTALL_ID, DID),
                            "traits": traits, "write_key": app.key("statloom")}
    if user:
        data["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-statloom", f"{SL}/v1/identify", fmt="form",
                body={"data": W(data, "b64json"), "gzip": "0"}, headers={"User-Agent": SLUA})


def sl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Statloom's offline queue flushed at launch: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-statloom", f"{SL}/v1/import", recs, gz=True,
                 headers={"User-Agent": SLUA, "X-Statloom-Key": app.key("statloom")})


def sl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID
    without dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-statloom", f"{SL}/v1/p.gif", query={
        "k": app.key("statloom"), "d": d, "z": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _aw_base(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attriwell"), "gps_adid": L(GAID, ADID),
            "aw_uuid": L(sdk_id(app, "attriwell"), DID), "device_name": L("Pixel 8", DEV),
            "device_manufacturer": L("Google", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "country": L("US", DEV), "mcc": L("310", CARRIER),
            "mnc": L("260", CARRIER), "network_type": L("13", DEV), "app_version": app.ver,
            "created_at": "2025-12-09T23:12:08.311Z-0500"}


def aw_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Attriwell's session (a form): the first carries the Android ID and the install
    referrer; every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {**_aw_base(app), "session_count": L(1 if first else n, USAGE)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=wellnet&utm_medium=cpi&utm_campaign=w50",
                    install_begin_time="2025-12-09T22:51:12.000Z-0500")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attriwell", f"{AW}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def aw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriwell event (a form): ``partner_params`` a JSON string in a form field; hashed
    e-mail and phone when the app passes them."""
    body: dict[str, Any] = {**_aw_base(app), "event_token": opaque(rng, "", 6),
                            "event_name": L(name, USAGE), "partner_params": W(params, "json")}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-attriwell", f"{AW}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def aw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriwell", f"{AW}/sdk_click", body={
        "app_token": app.key("attriwell"), "gps_adid": L(GAID, ADID),
        "aw_uuid": L(sdk_id(app, "attriwell"), DID), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-09T23:03:15.004Z-0500", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bt_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, content: dict[str, Any] | None = None,
           gz: bool = False) -> Case:
    """A Bidthistle OpenRTB 2.6 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``app.content`` what is playing, if anything."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(-300, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidthistle"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "mailhash.example.net",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    appo: dict[str, Any] = {"id": app.key("bidthistle"), "bundle": app.pkg, "name": app.name,
                            "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}}
    if content:
        appo["content"] = content
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)], "app": appo,
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABLA~BVQqAAAAAgA.QA",
                                   "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    c = case(f"{app.fam}-bidthistle", f"{BT}/openrtb2/auction", body=body,
             headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})
    return encode(c, "gzip") if gz else c


def bt_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives, the
    advertising ID labelled."""
    return case(f"{app.fam}-bidthistle", f"https://t.bidthistle.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "px": "0.62", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cl_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashlark breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:17:02.114Z", "type": kind, "name": name,
            "metaData": meta or {}}


def _cl_dev(tz: str) -> dict[str, Any]:
    return {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
            "osName": L("android", DEV), "osVersion": L("14", DEV),
            "locale": L("en_US", DEV), "timezone": L(tz, DEV),
            "freeMemory": L(1702887424, DEV), "orientation": L("portrait", DEV),
            "jailbroken": L(False, DEV), "runtimeVersions": {"androidApiLevel": L("34", DEV)}}


def cl_notify(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              ctx: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Crashlark error report (gzip JSON, camelCase): the SDK's device ID, the device, the
    user (the user ID by default), breadcrumbs, the exception, app metadata."""
    dev = dict(_cl_dev(tz), id=L(sdk_id(app, "crashlark"), DID))
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{ctx}.onResume", "file": f"{ctx}.kt",
                  "lineNumber": 142}]}],
             "breadcrumbs": crumbs, "context": L(ctx, USAGE), "severity": "error",
             "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": dev, "app": {"id": app.pkg, "version": app.ver,
                                    "releaseStage": "production",
                                    "durationInForeground": L(412000, USAGE)},
             "metaData": meta or {}}
    body = {"apiKey": app.key("crashlark"), "payloadVersion": "5",
            "notifier": {"name": "Crashlark Android", "version": "6.1.0"}, "events": [event]}
    return case(f"{app.fam}-crashlark", f"{CL}/", body=body, gz=True,
                headers={"User-Agent": L(DALVIK, DEV),
                         "Crashlark-Api-Key": app.key("crashlark")})


def cl_session(app: App, rng: random.Random, *, user: bool = True,
               tz: str = "America/New_York") -> Case:
    """A Crashlark session start (JSON): the session's ID a negative, the user and device."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": "2025-12-09T23:02:44.510Z"}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-crashlark", "https://sessions.crashlark.example.org/", body={
        "notifier": {"name": "Crashlark Android", "version": "6.1.0"},
        "app": {"id": app.pkg, "version": app.ver}, "sessions": [s],
        "device": dict(_cl_dev(tz), id=L(sdk_id(app, "crashlark"), DID))},
        headers={"User-Agent": L(DALVIK, DEV), "Crashlark-Api-Key": app.key("crashlark")})


__all__ = ["aw_event", "aw_link", "aw_session", "bt_bid", "bt_notice", "cl_crumb", "cl_notify",
           "cl_session", "sl_batch", "sl_identify", "sl_pixel", "sl_queue"]
