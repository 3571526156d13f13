"""Measurement SDKs of the eightieth set, built once and called by every app with its own events
and choices: analytics "Kuusemeter", MMP/attribution "Rabaviit", OpenRTB 2.5 ads "Oksjonik" and
crash reporting "Veakiri" (fictional vendors, hosts under example.*)."""

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

KM = "https://in.kuusemeter.example.com"
RV = "https://s2s.rabaviit.example.net"
OK = "https://rtb.oksjonik.example.com"
VK = "https://collect.veakiri.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KMUA = "kuusemeter-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def km_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", gz: bool = True) -> Case:
    """Kuusemeter's batch (snake_case JSON, gzip by default): ``anonymous_id`` the install ID,
    ``user_id`` signed in, a ``context`` (device, OS, locale, zone, carrier, network)."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"build": app.ver, "namespace": app.pkg}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-09T23:{10 + i:02d}:0{i % 10}.{311 + i}Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kuusemeter"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": "2025-12-09T23:19:44.020Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kuusemeter", f"{KM}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": KMUA})


def km_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kuusemeter's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("kuusemeter")}
    return case(f"{app.fam}-kuusemeter", f"{KM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": KMUA})


def km_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-kuusemeter", f"{KM}/v1/import", recs,
                 headers={"User-Agent": KMUA, "X-Kuuse-Key": app.key("kuusemeter")})


def km_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-kuusemeter", f"{KM}/v1/p.gif", query={
        "wk": app.key("kuusemeter"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _rv_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "rv_uid": L(sdk_uid(random.Random(f"{app.pkg}/rabaviit")), DID),
            "lat": 0}


def _rv_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-US", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "ip": L(PUBLIC_IP, IPLOC)}


def rv_install(app: App, rng: random.Random, *, first: bool = True, user: bool = False,
               n: int = 4) -> Case:
    """Rabaviit's install (first: Android ID, install referrer) or session (launch count)."""
    body: dict[str, Any] = {"app_token": app.key("rabaviit"), "ids": _rv_ids(app),
                            "device": _rv_dev(), "app_ver": app.ver, "sdk": "rv-android-7.2.0",
                            "session_count": L(1 if first else n, USAGE), "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=rabanet&utm_medium=cpi&utm_campaign=dec"
        body["install_begin"] = 1765298800
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-rabaviit", f"{RV}/v3/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def rv_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """A Rabaviit event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("rabaviit"), "ids": _rv_ids(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "cuid": L(USER_ID, UID), "device": _rv_dev(),
                            "created_at": "2025-12-09T23:14:07.551Z"}
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-rabaviit", f"{RV}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def rv_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-rabaviit", f"{RV}/v3/open", body={
        "app_token": app.key("rabaviit"), "ids": _rv_ids(app), "link": link,
        "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def ok_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York") -> Case:
    """An Oksjonik OpenRTB 2.5 bid request: GPS geo at ``nd`` decimals or IP geo (country,
    region, city); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "oksjonik"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "ifa": L(GAID, ADID), "carrier": L("Example Mobile", CARRIER),
              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "lmt": 0,
              "js": 1}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("oksjonik"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "op", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-oksjonik", f"{OK}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ok_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-oksjonik", "https://win.oksjonik.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "seat": "s-114", "cr": opaque(rng, "cr", 6),
        "p": "0.64", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def vk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Veakiri breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "data": data or {}}


def vk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Veakiri envelope (JSON Lines under its own content type): header, item, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "veakiri"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(58, DEV),
                                     "timezone": L(tz, DEV), "free_memory": L(1873215488, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('veakiri')}@collect.veakiri.example.org/44"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-veakiri", f"{VK}/api/44/envelope/", recs,
                 ctype="application/x-veakiri-envelope",
                 headers={"User-Agent": "veakiri.android/3.1.0"})


def vk_session(app: App, rng: random.Random, *, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID, the session's length."""
    return case(f"{app.fam}-veakiri", f"{VK}/api/44/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "veakiri.android/3.1.0",
                 "X-Veakiri-Auth": f"Veakiri key={app.key('veakiri')}"})


__all__ = ["km_batch", "km_identify", "km_pixel", "km_queue", "ok_bid", "ok_win", "rv_event",
           "rv_install", "rv_link", "vk_crash", "vk_crumb", "vk_session"]
