"""Measurement SDKs of the fortieth set, built once and called by every app with its own events
and choices: analytics "Eventkestrel", MMP/attribution "Attribloom", OpenRTB 2.5 ads "Bidvireo"
and crash reporting "Faultheron" (fictional vendors, hosts under example.*)."""

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

EK = "https://in.eventkestrel.example.com"
AB = "https://s2s.attribloom.example.net"
BV = "https://rtb.bidvireo.example.com"
FH = "https://report.faultheron.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
EKUA = "Eventkestrel-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ek_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Eventkestrel's batch (gzip JSON, snake_case): one ``context`` (install ID, device, OS,
    locale, zone, carrier, network), the user ID signed in, then the events."""
    ctx: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID),
                           "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"version": app.ver, "build": 4012}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 86400 + 41 * i) * 1000} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("eventkestrel"), "context": ctx, "batch": evs,
                            "sent_at": (T0 + 86400) * 1000 + 512}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-eventkestrel", f"{EK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": EKUA})


def ek_traits(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Eventkestrel's identify: a form whose ``data`` field is base64 JSON (the user's traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("eventkestrel")}
    return case(f"{app.fam}-eventkestrel", f"{EK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": EKUA})


def ek_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Eventkestrel's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 + 80000 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-eventkestrel", f"{EK}/v1/replay", recs,
                 headers={"User-Agent": EKUA, "X-Write-Key": app.key("eventkestrel")})


def ek_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event and its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-eventkestrel", f"{EK}/v1/b.gif", query={
        "wk": app.key("eventkestrel"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_ids(app: App) -> dict[str, Any]:
    uid = sdk_uid(random.Random(f"{app.pkg}/attribloom"))
    return {"gaid": L(GAID, ADID), "ab_uid": L(uid, DID),
            "lat": False}


def _ab_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier_name": L("Example Mobile", CARRIER)}


def ab_install(app: App, rng: random.Random, *, first: bool = True, user: bool = False,
               opens: int = 5) -> Case:
    """Attribloom's install (the Android ID and the Play referrer) or session (the open count)."""
    body: dict[str, Any] = {"app_token": app.key("attribloom"), "ids": _ab_ids(app),
                            "device": _ab_dev(), "app_ver": app.ver,
                            "open_count": L(1 if first else opens, USAGE), "sdk_ver": "7.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["install_referrer"] = "utm_source=bloomads&utm_medium=cpi&utm_campaign=q4_50"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attribloom", f"{AB}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attribloom event: ``event_value`` a JSON string of the parameters; hashed e-mail and
    phone in ``matching`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attribloom"), "ids": _ab_ids(app),
                            "event": L(name, USAGE), "event_value": W(vals, "json"),
                            "created_at": "2025-12-10T19:02:11.481Z", "device": _ab_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attribloom", f"{AB}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attribloom", f"{AB}/v2/open_link", body={
        "app_token": app.key("attribloom"), "ids": _ab_ids(app), "link": link,
        "clicked_at": 1765392110, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bv_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "USA",
           geo_ip: dict[str, str] | None = None) -> Case:
    """A Bidvireo OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        g = geo_ip or {"region": "NY", "city": "New York", "zip": "10118"}
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidvireo"), DID)}
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
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidvireo"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pv", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidvireo", f"{BV}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bv_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice: auction, bid and creative IDs and the clearing price are negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "cp": "0.83", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidvireo", "https://win.bidvireo.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fh_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultheron breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765393311.2, "kind": kind, "msg": message, "data": data or {}}


def fh_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, screen: str = "MainActivity",
              tz: str = "America/New_York") -> Case:
    """A Faultheron envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "faultheron"), DID), "model": L("Pixel 8", DEV),
                        "brand": L("google", DEV), "battery_pct": L(58, DEV),
                        "free_mem": L(1893212160, DEV), "tz": L(tz, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV)},
             "tags": {"screen": L(screen, USAGE)}, "crumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent_at": "2025-12-10T19:05:12.044Z",
             "key": app.key("faultheron")},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-faultheron", f"{FH}/api/24/envelope", recs,
                 ctype="application/x-faultheron-envelope",
                 headers={"User-Agent": "faultheron-android/3.3.0"})


def fh_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultheron", f"{FH}/api/24/session", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T18:58:01.100Z", "duration": L(secs, USAGE),
        "status": "ok", "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "faultheron-android/3.3.0",
                 "X-Faultheron-Key": app.key("faultheron")})


__all__ = ["ab_event", "ab_install", "ab_link", "bv_bid", "bv_win", "ek_batch", "ek_beacon",
           "ek_queue", "ek_traits", "fh_crumb", "fh_report", "fh_session"]
