"""Measurement SDKs of the forty-second set, built once and called by every app with its own
events and choices: analytics "Tallyfern", MMP/attribution "Attriwisp", OpenRTB 2.5 ads
"Bidspindle" and crash reporting "Faultkestrel" (fictional vendors, hosts under example.*)."""

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

TF = "https://in.tallyfern.example.com"
AW = "https://s2s.attriwisp.example.net"
BS = "https://rtb.bidspindle.example.org"
FK = "https://o77.faultkestrel.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TFUA = "tallyfern-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallyfern's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, network), then the events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
                           "app": {"version": app.ver, "build": "7712"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-10T14:{10 + i:02d}:0{i % 10}.118Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyfern"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": "2025-12-10T14:20:41.002Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyfern", f"{TF}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TFUA})


def tf_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyfern's profile update: a form whose ``data`` field is base64 JSON."""
    d: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("tallyfern")}
    return case(f"{app.fam}-tallyfern", f"{TF}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": TFUA})


def tf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallyfern's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyfern", f"{TF}/v1/import", recs,
                 headers={"User-Agent": TFUA, "X-Write-Key": app.key("tallyfern")})


def tf_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyfern", f"{TF}/v1/p.gif", query={
        "wk": app.key("tallyfern"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _aw_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "aw_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriwisp")), DID), "lat": 0}


def _aw_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os_ver": L("14", DEV),
            "lang": L(lang, DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier_name": L("Example Mobile", CARRIER)}


def aw_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5, lang: str = "en") -> Case:
    """Attriwisp's install or launch (JSON): the first with the Android ID and the referrer;
    every one the launch count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("attriwisp"), "ids": _aw_ids(app),
                            "device": _aw_dev(lang), "app_ver": app.ver,
                            "launches": L(1 if first else n, USAGE), "sdk_ver": "7.3.2",
                            "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=wispnet&utm_medium=cpi&utm_campaign=dec25",
                    click_ts=1765288811)
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriwisp", f"{AW}/api/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attriwisp event: ``event_values`` a JSON string of the parameters; hashed e-mail and
    phone when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(af_revenue=L(revenue, BUY), af_currency=currency)
    body: dict[str, Any] = {"app_key": app.key("attriwisp"), "ids": _aw_ids(app),
                            "event": L(name, USAGE), "event_values": W(vals, "json"),
                            "ts": 1765376101221, "device": _aw_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriwisp", f"{AW}/api/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def aw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attriwisp", f"{AW}/api/deeplink", body={
        "app_key": app.key("attriwisp"), "ids": _aw_ids(app), "link": link,
        "opened_ts": 1765377012, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "USA",
           ipgeo: tuple[str, str, str] = ("NY", "New York", "10118")) -> Case:
    """A Bidspindle OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE)}
        if ipgeo[2]:
            geo["zip"] = L(ipgeo[2], COARSE)
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidspindle"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidspindle"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidspindle", f"{BS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price are negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "wp": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidspindle", "https://win.bidspindle.example.org/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultkestrel breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765377311.8, "category": kind, "message": message, "data": data or {}}


def fk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Faultkestrel envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "faultkestrel"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "memory_free": L(1733210112, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T14:31:02.411Z",
             "dsn": f"https://{app.key('faultkestrel')}@o77.faultkestrel.example.com/42"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultkestrel", f"{FK}/api/42/envelope/", recs,
                 ctype="application/x-faultkestrel-envelope",
                 headers={"User-Agent": "faultkestrel.java.android/3.4.0"})


def fk_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultkestrel", f"{FK}/api/42/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-10T14:02:19.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultkestrel.java.android/3.4.0",
                 "X-Faultkestrel-Auth": f"Kestrel key={app.key('faultkestrel')}"})


__all__ = ["aw_event", "aw_launch", "aw_link", "bs_bid", "bs_win", "fk_crash", "fk_crumb",
           "fk_session", "tf_batch", "tf_identify", "tf_pixel", "tf_queue"]
