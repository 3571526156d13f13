"""Measurement SDKs of the seventy-first set, built once and called by every app with its own
events and choices: analytics "Gaugeplover", MMP/attribution "Tracewillet", OpenRTB 2.5 ads
"Auctoriole" and crash reporting "Faultlynx" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families71_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    GENDER,
    IPLOC,
    MAIL,
    PRECISE,
    TEL,
    UID,
    USAGE,
)
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

GP = "https://collect.gaugeplover.example.com"
TR = "https://s2s.tracewillet.example.net"
AO = "https://rtb.auctoriole.example.com"
FL = "https://in.faultlynx.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
OKHTTP = "okhttp/4.12.0"
GPUA = "Gaugeplover-Android/5.2.0 (Android 14; Pixel 8)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gp_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Gaugeplover's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, locale, zone, network, carrier), the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"version": app.ver, "build": "4410"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 230} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gaugeplover"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8800}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeplover", f"{GP}/v1/batch", body=body, gz=True,
                headers={"User-Agent": L(GPUA, DEV)})


def gp_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Gaugeplover's identify: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("gaugeplover")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeplover", f"{GP}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": L(GPUA, DEV)})


def gp_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4100 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugeplover", f"{GP}/v1/import", recs,
                 headers={"User-Agent": L(GPUA, DEV), "X-Write-Key": app.key("gaugeplover")})


def gp_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gaugeplover", f"{GP}/v1/p.gif", query={
        "wk": app.key("gaugeplover"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(OKHTTP, DEV)}), acc)


def _tr_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "tw_uid": L(sdk_uid(random.Random(f"{app.pkg}/tracewillet")),
                                                DID), "lat": 0}


def _tr_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def tr_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 4) -> Case:
    """Tracewillet's install or open (JSON): the first carries the Android ID and referrer."""
    body: dict[str, Any] = {"app_token": app.key("tracewillet"), "ids": _tr_ids(app),
                            "device": _tr_dev(), "app_version": app.ver,
                            "open_count": L(1 if first else n, USAGE), "sdk_version": "7.3.2",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=willetads&utm_medium=cpi&utm_campaign=q4",
                    referrer_click_ts=1765298811)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tracewillet", f"{TR}/v3/{'install' if first else 'open'}",
                body=body, headers={"User-Agent": L(OKHTTP, DEV)})


def tr_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Tracewillet event: ``payload`` a JSON string of the parameters; hashed e-mail and
    phone in ``matching`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("tracewillet"), "ids": _tr_ids(app),
                            "event": L(name, USAGE), "payload": W(vals, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z", "device": _tr_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracewillet", f"{TR}/v3/event", body=body,
                headers={"User-Agent": L(OKHTTP, DEV)})


def tr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracewillet", f"{TR}/v3/deeplink", body={
        "app_token": app.key("tracewillet"), "ids": _tr_ids(app), "link": link,
        "clicked": 1765320441, "nonce": rid(rng)}, headers={"User-Agent": L(OKHTTP, DEV)})


def ao_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA") -> Case:
    """An Auctoriole OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctoriole"), DID)}
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
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("auctoriole"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"us_privacy": "1YNN"}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctoriole", f"{AO}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ao_win(app: App, rng: random.Random) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-auctoriole", "https://win.auctoriole.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "p": "0.64", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def fl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultlynx breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765321911.4, "type": kind, "message": message, "data": data or {}}


def fl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Faultlynx envelope (JSON Lines under its own content type): header, item header, the
    event (user, device, OS, breadcrumbs, exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "faultlynx"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV),
                                     "free_memory": L(2210344960, DEV), "timezone": L(tz, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('faultlynx')}@in.faultlynx.example.org/3"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultlynx", f"{FL}/api/3/envelope/", recs,
                 ctype="application/x-faultlynx-envelope",
                 headers={"User-Agent": "faultlynx.java.android/7.1.0"})


def fl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultlynx", f"{FL}/api/3/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultlynx.java.android/7.1.0",
                 "X-Faultlynx-Auth": f"Faultlynx key={app.key('faultlynx')}"})


__all__ = ["ao_bid", "ao_win", "fl_crash", "fl_crumb", "fl_session", "gp_batch", "gp_identify",
           "gp_pixel", "gp_queue", "tr_event", "tr_link", "tr_open"]
