"""Measurement SDKs of the hundred-and-twentieth set, built once and called by every app with
its own events and choices: analytics "Tallymoth", MMP/attribution "Ravelmark", OpenRTB 2.5 ads
"Dunbid" and crash reporting "Wrecklog" (fictional vendors, hosts under example.*; shapes adapted
from set 37's vendors)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
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

TM = "https://api.tallymoth.example.com"
RM = "https://track.ravelmark.example.net"
DB = "https://ortb.dunbid.example.com"
WL = "https://ingest.wrecklog.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TMUA = "Tallymoth-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Atlantic/Faroe", locale: str = "fo_FO") -> Case:
    """Tallymoth's batch (gzip JSON, camelCase): the client (the install ID), the user ID signed
    in, one ``device`` block (model, OS, locale, zone, carrier), then the events."""
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "brand": L("google", DEV),
                           "osVersion": L("14", DEV), "locale": L(locale, DEV),
                           "tz": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "screen": L("1080x2400", DEV), "appVersion": app.ver}
    if adid:
        dev["adId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        dev["geo"] = {"lat": la, "lon": lo}
    evs = [{"name": L(name, USAGE), "props": props, "eventId": sdk_uuid(rng),
            "ts": (T0 + 37 * i) * 1000 + 412} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("tallymoth"), "anonymousId": L(INSTALL_ID, DID),
                            "sessionId": T0 * 1000 + 77, "device": dev, "events": evs,
                            "sentAt": T0 * 1000 + 9210}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallymoth", f"{TM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TMUA})


def tm_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallymoth's profile update: a form whose ``payload`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "set": traits,
                         "writeKey": app.key("tallymoth")}
    if user:
        p["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallymoth", f"{TM}/v1/identify", fmt="form",
                body={"payload": W(p, "b64json"), "enc": "b64"}, headers={"User-Agent": TMUA})


def tm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallymoth's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"name": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "props": props, "ts": (T0 - 5100 + 53 * i) * 1000,
                             "eventId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallymoth", f"{TM}/v1/replay", recs,
                 headers={"User-Agent": TMUA, "X-Tallymoth-Key": app.key("tallymoth")})


def tm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``e`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    e = enc({"c": L(IID_NODASH, DID), "n": L(name, USAGE), "p": props}, "query", "e", "b64url",
            acc)
    return add(case(f"{app.fam}-tallymoth", f"{TM}/v1/p.gif", query={
        "k": app.key("tallymoth"), "e": e, "r": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _am_ids(app: App) -> dict[str, Any]:
    return {"advertising_id": L(GAID, ADID),
            "rm_device_id": L(sdk_uid(random.Random(f"{app.pkg}/ravelmark")), DID),
            "limit_ad_tracking": False}


def _am_dev() -> dict[str, Any]:
    return {"device_model": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("fo", DEV), "mcc_mnc": L(MCCMNC, CARRIER),
            "operator": L("Example Mobile", CARRIER)}


def rm_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 6) -> Case:
    """Ravelmark's launch (JSON): the first carries the Android ID and the install referrer;
    every one the launch count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_id": app.key("ravelmark"), "ids": _am_ids(app),
                            "device": _am_dev(), "app_version": app.ver,
                            "launch_count": L(1 if first else n, USAGE), "sdk": "6.2.1",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=mossnet&utm_medium=cpi&utm_campaign=w51",
                    install_begin_ts=1765299112)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "launch"
    return case(f"{app.fam}-ravelmark", f"{RM}/v1/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def rm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Ravelmark event: ``event_value`` a JSON string of the parameters; hashed e-mail and
    phone in ``user_data`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_id": app.key("ravelmark"), "ids": _am_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_time": "2025-12-09 23:21:40.118", "device": _am_dev()}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-ravelmark", f"{RM}/v1/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def rm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-ravelmark", f"{RM}/v1/deeplink", body={
        "app_id": app.key("ravelmark"), "ids": _am_ids(app), "url": link,
        "click_ts": 1765320941, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def db_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           country: str = "FRO") -> Case:
    """A Dunbid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L("Tórshavn", COARSE), "utcoffset": 0}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 18, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "dunbid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    user["ext"] = {"consent": "CQJ" + opaque(rng, "", 30)}
    if hem:
        user["ext"]["eids"] = [{"source": "hashid.example.net",
                                "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.25, secure=1)],
            "app": {"id": app.key("dunbid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pf", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-dunbid", f"{DB}/rtb/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def db_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"auction": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cf", 6), "price": "0.71", "bundle": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-dunbid", f"https://px.dunbid.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def wl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Wrecklog breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765321911.4, "kind": kind, "message": message, "data": data or {}}


def wl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Atlantic/Faroe") -> Case:
    """A Wrecklog envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"id": L(sdk_id(app, "wrecklog"), DID), "model": L("Pixel 8", DEV),
                        "manufacturer": L("Google", DEV), "battery": L(63, DEV),
                        "orientation": L("portrait", DEV), "timezone": L(tz, DEV),
                        "free_storage": L(40211333120, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV),
                    "rooted": L(False, DEV)},
             "tags": dict(tags or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onStart",
                                       "module": f"{app.pkg}.ui.{screen}", "lineno": 131}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('wrecklog')}@ingest.wrecklog.example.org/204"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-wrecklog", f"{WL}/api/204/envelope/", recs,
                 ctype="application/x-wrecklog-envelope",
                 headers={"User-Agent": "wrecklog.android/5.0.2"})


def wl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 512) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-wrecklog", f"{WL}/api/204/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "wrecklog.android/5.0.2",
                 "X-Wrecklog-Auth": f"Wrecklog key={app.key('wrecklog')}"})


__all__ = [
    "db_bid",
    "db_notice",
    "rm_event",
    "rm_launch",
    "rm_link",
    "tm_batch",
    "tm_identify",
    "tm_pixel",
    "tm_queue",
    "wl_crash",
    "wl_crumb",
    "wl_session",
]
