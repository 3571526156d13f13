"""Measurement SDKs of the fifty-fifth set, built once and called by every app with its own
events and choices: analytics "Countwisp", MMP/attribution "Linkmarrow", OpenRTB 2.5 ads
"Adquince" and crash reporting "Snagvault" (fictional vendors, hosts under example.*)."""

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

CW = "https://in.countwisp.example.com"
LM = "https://sdk.linkmarrow.example.net"
AQ = "https://rtb.adquince.example.com"
SV = "https://collect.snagvault.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CWUA = "Countwisp-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countwisp's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` block (device, OS, locale, zone, network) and the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
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
            "timestamp": f"2025-12-10T1{i}:0{i}:11.{200 + i}Z"} for i, (name, props) in
           enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countwisp"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": "2025-12-10T19:40:02.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwisp", f"{CW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CWUA})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countwisp's identify: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("countwisp")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwisp", f"{CW}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": CWUA})


def cw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countwisp's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4300 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countwisp", f"{CW}/v1/import", recs,
                 headers={"User-Agent": CWUA, "X-Countwisp-Key": app.key("countwisp")})


def cw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countwisp", f"{CW}/v1/p.gif", query={
        "k": app.key("countwisp"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _lm_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "lm_uid": L(sdk_uid(random.Random(f"{app.pkg}/linkmarrow")),
                                                DID), "lat": False}


def _lm_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def lm_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Linkmarrow's open (JSON): the first carries the Android ID and the install referrer;
    every one the open count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("linkmarrow"), "ids": _lm_ids(app),
                            "device": _lm_dev(), "app_ver": app.ver,
                            "open_count": L(1 if first else n, USAGE), "sdk_ver": "7.3.2",
                            "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=marrownet&utm_medium=cpi&utm_campaign=d10",
                    referrer_click_ts=1765281003)
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-linkmarrow", f"{LM}/v3/{'install' if first else 'open'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def lm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Linkmarrow event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("linkmarrow"), "ids": _lm_ids(app),
                            "name": L(name, USAGE), "params": W(vals, "json"),
                            "ts": 1765393301118, "device": _lm_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL), "phone_sha256": L(PHONE_SHA256,
                                                                                  TEL)}
    return case(f"{app.fam}-linkmarrow", f"{LM}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-linkmarrow", f"{LM}/v3/resolve", body={
        "app_key": app.key("linkmarrow"), "ids": _lm_ids(app), "link": link,
        "clicked_at": 1765390211, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def aq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           city: tuple[str, str, str] = ("NY", "New York", "10118")) -> Case:
    """An Adquince OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(city[0], COARSE), "city": L(city[1], COARSE),
                               "zip": L(city[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "adquince"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hashlink.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("adquince"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "aqp", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if country == "PRT" else 0,
                                         "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-adquince", f"{AQ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def aq_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-adquince", f"https://ev.adquince.example.com/{kind}", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "price": "0.64", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def sv_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Snagvault breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765393911.2, "type": kind, "msg": message, "data": data or {}}


def sv_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Snagvault envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "snagvault"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "memory_free": L(2147483648, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T19:44:02.411Z",
             "dsn": f"https://{app.key('snagvault')}@collect.snagvault.example.org/35"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-snagvault", f"{SV}/api/35/envelope/", recs,
                 ctype="application/x-snagvault-envelope",
                 headers={"User-Agent": "snagvault.android/3.4.0"})


def sv_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 420) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-snagvault", f"{SV}/api/35/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-10T19:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "snagvault.android/3.4.0",
                 "X-Snagvault-Auth": f"Snagvault key={app.key('snagvault')}"})


__all__ = ["aq_bid", "aq_notice", "cw_batch", "cw_identify", "cw_pixel", "cw_queue", "lm_event",
           "lm_link", "lm_open", "sv_crash", "sv_crumb", "sv_session"]
