"""Measurement SDKs of the eighty-first set, built once and called by every app with its own events
and choices: analytics "Sanaqly", MMP/attribution "Izkeshu", OpenRTB 2.5 ads "Zharnabid" and crash
reporting "Qatestep" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SQ = "https://in.sanaqly.example.com"
IZ = "https://s2s.izkeshu.example.net"
ZB = "https://rtb.zharnabid.example.com"
QS = "https://report.qatestep.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SQUA = "Sanaqly-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sq_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """Sanaqly's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID signed
    in, a ``context`` (model, OS, locale, zone, carrier, network), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER), "network": L("wifi", DEV),
                           "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"lat": la, "lng": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 93} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("sanaqly"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sanaqly", f"{SQ}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SQUA})


def sq_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Sanaqly's identify (JSON): the user's traits as the app passes them, base64 JSON in a
    JSON field (labels continue at ``traits.<trait>``)."""
    return case(f"{app.fam}-sanaqly", f"{SQ}/v1/identify", body={
        "write_key": app.key("sanaqly"), "anon_id": L(INSTALL_ID, DID),
        "user_id": L(USER_ID, UID), "traits": W(traits, "b64json"), "message_id": sdk_uuid(rng)},
        headers={"User-Agent": SQUA})


def sq_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Sanaqly's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4000 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-sanaqly", f"{SQ}/v1/import", recs,
                 headers={"User-Agent": SQUA, "X-Sanaqly-Key": app.key("sanaqly")})


def sq_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-sanaqly", f"{SQ}/v1/p.gif", query={
        "k": app.key("sanaqly"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _iz_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "iz_uid": L(sdk_uid(random.Random(f"{app.pkg}/izkeshu")), DID),
            "lat": False}


def _iz_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def iz_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Izkeshu's session open (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("izkeshu"), "ids": _iz_ids(app),
                            "device": _iz_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE),
                            "sdk": "izk-android@3.2.7",
                            "request_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=steppe_ads&utm_medium=cpi&utm_campaign=kz12",
                    install_begin=1765299512)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-izkeshu", f"{IZ}/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iz_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """An Izkeshu event (a form): ``partner_params`` a JSON string of the parameters; hashed
    e-mail and phone when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("izkeshu"), "gaid": L(GAID, ADID),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "created_at": "2025-12-09T23:21:40Z"}
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-izkeshu", f"{IZ}/v3/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iz_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-izkeshu", f"{IZ}/v3/deeplink", body={
        "app_token": app.key("izkeshu"), "ids": _iz_ids(app), "url": link,
        "clicked_at": 1765320941, "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def zb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None, keywords: Any = None,
           coppa: bool = False, country: str = "USA", region: str = "NY",
           city: str = "New York") -> Case:
    """A Zharnabid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "zharnabid"), DID)}
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
            "app": {"id": app.key("zharnabid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "zp", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-zharnabid", f"{ZB}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def zb_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price are negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "cr": opaque(rng, "zc", 6), "wp": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-zharnabid", "https://win.zharnabid.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def qs_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Qatestep breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def qs_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Qatestep envelope (JSON Lines under its own content type): the header, the item header
    and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "qatestep"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "free_memory": L(2113331200, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('qatestep')}@report.qatestep.example.org/18"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-qatestep", f"{QS}/api/18/envelope/", recs,
                 ctype="application/x-qatestep-envelope",
                 headers={"User-Agent": "qatestep.android/3.1.0"})


def qs_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-qatestep", f"{QS}/api/18/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "qatestep.android/3.1.0",
                 "X-Qatestep-Auth": f"Qatestep key={app.key('qatestep')}"})


__all__ = ["iz_event", "iz_link", "iz_open", "qs_crash", "qs_crumb", "qs_session", "sq_batch",
           "sq_beacon", "sq_identify", "sq_queue", "zb_bid", "zb_win"]
