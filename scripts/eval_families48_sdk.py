"""Measurement SDKs of the forty-eighth set, built once and called by every app with its own
events and choices: analytics "Countwillow", MMP/attribution "Installwren", OpenRTB 2.5 ads
"Bidlarch" and crash reporting "Glitchmere" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
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

CW = "https://in.countwillow.example.com"
IW = "https://app.installwren.example.net"
BL = "https://bid.bidlarch.example.com"
GM = "https://ingest.glitchmere.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
OKHTTP = "okhttp/4.12.0"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "build": "4471"},
            "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
            "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "library": {"name": "countwillow-android", "version": "2.6.0"}}


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countwillow's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the
    user ID signed in, a ``context`` block, then ``track`` messages."""
    ctx = _ctx(app, tz, locale)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs = [{"type": "track", "event": L(name, USAGE), "properties": props,
             "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T21:{10 + i:02d}:07.204Z"}
            for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countwillow"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": msgs,
                            "sent_at": "2025-12-09T21:19:40.512Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwillow", f"{CW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": OKHTTP})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countwillow's identify: a form whose ``data`` field is base64 JSON."""
    d: dict[str, Any] = {"type": "identify", "anonymous_id": L(INSTALL_ID, DID),
                         "traits": traits, "message_id": sdk_uuid(rng)}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwillow", f"{CW}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "write_key": app.key("countwillow")},
                headers={"User-Agent": OKHTTP})


def cw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "message_id": sdk_uuid(rng), "ts": (T0 - 7200 + 61 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countwillow", f"{CW}/v1/import", recs,
                 headers={"User-Agent": OKHTTP, "X-Countwillow-Key": app.key("countwillow")})


def cw_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out pixel: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event and its properties), ``cb`` a cache buster."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countwillow", f"{CW}/v1/p.gif", query={
        "k": app.key("countwillow"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _iw_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "iw_uid": L(sdk_uid(random.Random(f"{app.pkg}/installwren")), DID)}


def iw_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7) -> Case:
    """Installwren's install or session (JSON): IDs, device, MCC and MNC apart, the session
    count; the first adds the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("installwren"), **_iw_ids(app),
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "language": L("en", DEV), "mcc": L("310", CARRIER),
                            "mnc": L("260", CARRIER), "network_type": L("13", DEV),
                            "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T21:04:11.304Z-0500", "sdk": "android5.2.0"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=wrennet&utm_medium=cpi&utm_campaign=dec_q4",
                    install_begin=1765290112)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-installwren", f"{IW}/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def iw_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installwren event (a form): ``partner_params`` a JSON string of the app's parameters,
    revenue apart, hashed e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("installwren"), "event_token": L(token, USAGE),
                            **_iw_ids(app), "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T21:22:40.118Z-0500"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-installwren", f"{IW}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def iw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-installwren", f"{IW}/sdk_click", body={
        "app_token": app.key("installwren"), **_iw_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T21:02:51Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA") -> Case:
    """A Bidlarch OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.buyeruid`` the SDK's ID; MCC-MNC in ``device.ext``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "metro": L("501", COARSE),
                               "city": L("New York", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 40,
               "country": L(country, COARSE)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "bidlarch"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "ifa": L(GAID, ADID),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(6, DEV),
              "w": L(1080, DEV), "h": L(2400, DEV), "lmt": 0,
              "ext": {"mccmnc": L("310-260", CARRIER)}}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidlarch"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub-", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlarch", f"{BL}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "X-OpenRTB-Version": "2.5"})


def bl_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price."""
    return case(f"{app.fam}-bidlarch", "https://win.bidlarch.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "seat": "s17", "crid": opaque(rng, "cr", 6),
        "p": "0.88", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def gm_crumb(category: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Glitchmere breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765315911.2, "category": category, "message": message, "data": data or {}}


def gm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Glitchmere envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device/OS/app contexts, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "glitchmere"), DID),
                            "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                            "battery_level": L(58.0, DEV), "charging": L(False, DEV),
                            "free_memory": L(1783332864, DEV), "timezone": L(tz, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver,
                         "view": L(screen, USAGE)}},
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T21:24:02.411Z",
             "dsn": f"https://{app.key('glitchmere')}@ingest.glitchmere.example.org/48"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-glitchmere", f"{GM}/api/48/envelope/", recs,
                 ctype="application/x-glitchmere-envelope",
                 headers={"User-Agent": "glitchmere.java.android/3.1.0"})


def gm_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-glitchmere", f"{GM}/api/48/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T21:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "glitchmere.java.android/3.1.0",
                 "X-Glitchmere-Auth": f"Glitchmere key={app.key('glitchmere')}"})


__all__ = ["bl_bid", "bl_win", "cw_batch", "cw_beacon", "cw_identify", "cw_queue", "gm_crash",
           "gm_crumb", "gm_session", "iw_event", "iw_link", "iw_session"]
