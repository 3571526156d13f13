"""Measurement SDKs of the fifty-seventh set, built once and called by every app with its own
events and choices: analytics "Measurelle", MMP/attribution "Tallowbird", OpenRTB 2.5 ads
"Bidloam" and crash reporting "Glitchwren" (fictional vendors, hosts under example.*)."""

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

ME = "https://collect.measurelle.example.com"
TB = "https://app.tallowbird.example.net"
BL = "https://rtb.bidloam.example.com"
GW = "https://o17.glitchwren.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MEUA = "measurelle-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def me_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Measurelle's batch (gzip JSON, snake_case): ``context`` (the install ID as
    ``anonymous_id``, the user ID signed in, the device, the network), then the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                                      "advertising_id": L(GAID, ADID) if adid else None},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "screen": {"width": 1080, "height": 2400, "density": 2.625},
                           "app": {"version": app.ver, "build": "40712"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 208} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("measurelle"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 9950}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-measurelle", f"{ME}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MEUA})


def me_alias(app: App, rng: random.Random, traits: dict[str, Any], *,
             user: bool = True) -> Case:
    """Measurelle's identify: a form whose ``data`` field is base64 JSON (traits under
    ``traits``)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("measurelle")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-measurelle", f"{ME}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": MEUA})


def me_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Measurelle's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4300 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-measurelle", f"{ME}/v1/import", recs,
                 headers={"User-Agent": MEUA, "X-Write-Key": app.key("measurelle")})


def me_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-measurelle", f"{ME}/v1/p.gif", query={
        "wk": app.key("measurelle"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tb_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tb_uid": L(sdk_uid(random.Random(f"{app.pkg}/tallowbird")), DID),
            "lat": False}


def _tb_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os": L("Android 14", DEV),
            "lang": L("en-US", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def tb_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """Tallowbird's session (JSON): the first carries the Android ID and the install referrer;
    every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("tallowbird"), "ids": _tb_ids(app),
                            "device": _tb_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "tb-android/6.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=loamads&utm_medium=cpi&utm_campaign=q4",
                    install_begin=1765298877)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-tallowbird", f"{TB}/api/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tb_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Tallowbird event: ``event_value`` a JSON string of the parameters; SHA-256 e-mail and
    phone in ``user_data`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("tallowbird"), "ids": _tb_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_ts": 1765321340118, "device": _tb_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                             "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tallowbird", f"{TB}/api/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tb_deeplink(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tallowbird", f"{TB}/api/deeplink", body={
        "app_token": app.key("tallowbird"), "ids": _tb_ids(app), "link": link,
        "opened_at": 1765320999, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           geo_ip: tuple[str, str, str, str] = ("USA", "NY", "New York", "10118")) -> Case:
    """A Bidloam OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``geo_ip``: country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        c, r, ci, z = geo_ip
        geo: dict[str, Any] = {"type": 2, "country": L(c, COARSE), "region": L(r, COARSE),
                               "city": L(ci, COARSE), "zip": L(z, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(geo_ip[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidloam"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidloam"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidloam", f"{BL}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "cr": opaque(rng, "cr", 6), "p": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidloam", f"https://ev.bidloam.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def gw_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Glitchwren breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765321877.2, "type": kind, "message": message, "data": data or {}}


def gw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Glitchwren envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "glitchwren"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(57, DEV), "timezone": L(tz, DEV),
                                     "free_memory": L(1843200000, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stacktrace": [{"function": "onResume",
                                           "module": f"{app.pkg}.ui.{screen}", "lineno": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:31:12.907Z",
             "dsn": f"https://{app.key('glitchwren')}@o17.glitchwren.example.org/204"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-glitchwren", f"{GW}/api/204/envelope/", recs,
                 ctype="application/x-glitchwren-envelope",
                 headers={"User-Agent": "glitchwren.java.android/7.3.0"})


def gw_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-glitchwren", f"{GW}/api/204/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:05:41.500Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "glitchwren.java.android/7.3.0",
                 "X-Glitchwren-Auth": f"Glitchwren key={app.key('glitchwren')}"})


__all__ = ["bl_bid", "bl_notice", "gw_crash", "gw_crumb", "gw_session", "me_alias", "me_batch",
           "me_beacon", "me_queue", "tb_deeplink", "tb_event", "tb_session"]
