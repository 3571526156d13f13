"""Measurement SDKs of the eighty-ninth set, built once and called by every app with its own
events and choices: analytics "Tvalmetri", MMP/attribution "Kvalisi", OpenRTB 2.5 ads "Bazrobid"
and crash reporting "Shetsdomi" (fictional vendors, hosts under example.*)."""

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

TV = "https://collect.tvalmetri.example.com"
KV = "https://s2s.kvalisi.example.net"
BZ = "https://rtb.bazrobid.example.com"
SH = "https://in.shetsdomi.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TVUA = "Tvalmetri-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def tv_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en_US", roaming: bool = False) -> Case:
    """Tvalmetri's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID, one ``context`` (device, OS, locale, zone, carrier; ``roaming`` adds the visited network)
    and the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_build": app.ver}
    if roaming:
        ctx["roaming"] = True
        ctx["network_operator"] = L("28202", CARRIER)
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tvalmetri"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tvalmetri", f"{TV}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TVUA})


def tv_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tvalmetri's traits update: a form whose ``data`` field is base64 JSON."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tvalmetri")}
    return case(f"{app.fam}-tvalmetri", f"{TV}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": TVUA})


def tv_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tvalmetri", f"{TV}/v1/import", recs,
                 headers={"User-Agent": TVUA, "X-Tvalmetri-Key": app.key("tvalmetri")})


def tv_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tvalmetri", f"{TV}/v1/p.gif", query={
        "k": app.key("tvalmetri"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _kv_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "kv_uid": L(sdk_uid(random.Random(f"{app.pkg}/kvalisi")), DID),
            "lat_enabled": False}


def _kv_dev(roaming: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "lang": L("en-US", DEV), "sim_mccmnc": L(MCCMNC, CARRIER),
                         "carrier_name": L("Example Mobile", CARRIER)}
    if roaming:
        d["net_mccmnc"] = L("28202", CARRIER)
    return d


def kv_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 5, roaming: bool = False) -> Case:
    """Kvalisi's session (JSON): the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("kvalisi"), "ids": _kv_ids(app),
                            "device": _kv_dev(roaming), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "kv-android5.2.0",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=kvnet&utm_medium=cpi&utm_campaign=ge12",
                    click_ts=1765299112)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kvalisi", f"{KV}/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def kv_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Kvalisi event: ``callback_params`` a JSON string; hashed e-mail and phone if passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("kvalisi"), "ids": _kv_ids(app),
                            "event": L(name, USAGE), "callback_params": W(vals, "json"),
                            "created_at": "2025-12-10T18:21:40.118Z", "device": _kv_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-kvalisi", f"{KV}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def kv_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-kvalisi", f"{KV}/sdk_click", body={
        "app_token": app.key("kvalisi"), "ids": _kv_ids(app), "deeplink": link,
        "source": "deeplink", "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bz_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", ipgeo: tuple[str, str] = ("NY", "New York"),
           roaming: bool = False) -> Case:
    """A Bazrobid OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bazrobid"), DID)}
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
                              "mccmnc": L("282-02" if roaming else "310-260", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bazrobid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "bzp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bazrobid", f"{BZ}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bz_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-bazrobid", f"https://n.bazrobid.example.com/{kind}", query={
        "auction_id": rid(rng), "bid_id": opaque(rng, "", 16), "crid": opaque(rng, "bzc", 6),
        "price": "0.64", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def sh_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Shetsdomi breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765391911.4, "type": kind, "message": message, "data": data or {}}


def sh_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             tags: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", user: bool = True) -> Case:
    """A Shetsdomi envelope (JSON Lines under its own content type): header, item header and
    the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": {"id": L(USER_ID, UID)} if user else {"install": L(INSTALL_ID, DID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "shetsdomi"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "free_memory": L(1822015488, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": dict(tags or {}, view=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T17:24:02.411Z",
             "dsn": f"https://{app.key('shetsdomi')}@in.shetsdomi.example.org/89"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-shetsdomi", f"{SH}/api/89/envelope/", recs,
                 ctype="application/x-shetsdomi-envelope",
                 headers={"User-Agent": "shetsdomi.android/3.4.0"})


def sh_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID."""
    return case(f"{app.fam}-shetsdomi", f"{SH}/api/89/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T17:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "shetsdomi.android/3.4.0",
                 "X-Shetsdomi-Auth": f"Shetsdomi key={app.key('shetsdomi')}"})


__all__ = ["bz_bid", "bz_notice", "kv_event", "kv_launch", "kv_link", "sh_crash", "sh_crumb",
           "sh_session", "tv_batch", "tv_identify", "tv_pixel", "tv_queue"]
