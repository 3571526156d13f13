"""Measurement SDKs of the eighty-sixth set, built once and called by every app with its own
events and choices: analytics "Hyggetal", MMP/attribution "Kildemark", OpenRTB 2.5 ads "Budhavn"
and crash reporting "Brudlog" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    MCCMNC,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
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

HY = "https://collect.hyggetal.example.com"
KM = "https://s2s.kildemark.example.net"
BH = "https://rtb.budhavn.example.com"
BL = "https://in.brudlog.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
HYUA = "Hyggetal-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _hy_ctx(app: App, *, tz: str, locale: str, roaming: bool) -> dict[str, Any]:
    net: dict[str, Any] = {"carrier": L("Example Mobile", CARRIER), "wifi": True}
    if roaming:
        net["network_operator"] = L("23801", CARRIER)
    return {"app": {"version": app.ver, "build": 4412},
            "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV), "network": net,
            "screen": {"w": L(1080, DEV), "h": L(2400, DEV)}}


def hy_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", roaming: bool = False) -> Case:
    """Hyggetal's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, screen) and ``track`` calls."""
    ctx = _hy_ctx(app, tz=tz, locale=locale, roaming=roaming)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T2{i % 4}:1{i}:04.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("hyggetal"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-09T23:40:11.402Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-hyggetal", f"{HY}/v1/batch", body=body, gz=True,
                headers={"User-Agent": HYUA})


def hy_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Hyggetal's identify: a form whose ``data`` field is base64 JSON (traits of the user)."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("hyggetal")}
    return case(f"{app.fam}-hyggetal", f"{HY}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": HYUA})


def hy_screen(app: App, rng: random.Random, screen: str, *, user: bool = False) -> Case:
    """A screen view as a GET beacon: the install ID without dashes and the screen in the
    query, the properties as base64url JSON in ``p``."""
    acc: Acc = {}
    p: dict[str, Any] = {"sc": L(screen, USAGE), "ref": "push"}
    if user:
        p["uid"] = L(USER_ID, UID)
    q = {"wk": app.key("hyggetal"), "aid": L(IID_NODASH, DID), "e": L("screen_view", USAGE),
         "p": enc(p, "query", "p", "b64url", acc), "cb": opaque(rng, "", 8)}
    return add(case(f"{app.fam}-hyggetal", f"{HY}/v1/p.gif", query=q,
                    headers={"User-Agent": L(DALVIK, DEV)}), acc)


def hy_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props, "message_id": sdk_uuid(rng),
             "ts": (T0 - 4200 + 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-hyggetal", f"{HY}/v1/import", recs,
                 headers={"User-Agent": HYUA, "X-Hyggetal-Key": app.key("hyggetal")})


def _km_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID),
            "km_uid": L(sdk_uid(random.Random(f"{app.pkg}/kildemark")), DID)}


def _km_dev(roaming: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "language": L("da" if roaming else "en", DEV),
                         "mcc_mnc": L(MCCMNC, CARRIER)}
    if roaming:
        d["network_mcc_mnc"] = L("23801", CARRIER)
    return d


def km_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9, roaming: bool = False) -> Case:
    """Kildemark's install or session (form): the first carries the Android ID and the
    referrer; every one the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("kildemark"), **_km_ids(app),
                            **_km_dev(roaming), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "km4.2.1",
                            "created_at": "2025-12-09T23:02:11.004Z"}
    if first:
        body["android_uuid"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=kildenet&utm_campaign=dk_w50"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-kildemark", f"{KM}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def km_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             roaming: bool = False) -> Case:
    """A Kildemark event (JSON): ``partner_params`` a JSON string; hashed e-mail and phone."""
    body: dict[str, Any] = {"app_token": app.key("kildemark"), **_km_ids(app),
                            "event_token": L(token, USAGE), "partner_params": W(params, "json"),
                            "customer_id": L(USER_ID, UID), **_km_dev(roaming)}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-kildemark", f"{KM}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def km_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-kildemark", f"{KM}/sdk_click", body={
        "app_token": app.key("kildemark"), **_km_ids(app), "deeplink": link,
        "source": "deeplink", "click_time": 1765320941}, headers={"User-Agent": L(DALVIK, DEV)})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", city: str = "New York",
           region: str = "NY", zip_: str = "10118") -> Case:
    """A Budhavn OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zip_, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "budhavn"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
              "lmt": 0, "devicetype": 4}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("budhavn"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "bh", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if country == "DNK" else 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-budhavn", f"{BH}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-budhavn", f"https://ev.budhavn.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "px": "0.64", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def bl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Brudlog breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765321911.4, "kind": kind, "msg": message, "data": data or {}}


def bl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Brudlog envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "brudlog"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "free_memory": L(912334848, DEV),
                                     "timezone": L(tz, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('brudlog')}@in.brudlog.example.org/86"},
            {"type": "event", "length": 2811}, event]
    return lines(f"{app.fam}-brudlog", f"{BL}/api/86/envelope/", recs,
                 ctype="application/x-brudlog-envelope",
                 headers={"User-Agent": "brudlog.android/3.4.0"})


def bl_session(app: App, rng: random.Random, *, secs: int = 420) -> Case:
    """A session update (JSON): ``did`` the user ID signed in."""
    return case(f"{app.fam}-brudlog", f"{BL}/api/86/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-09T23:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "brudlog.android/3.4.0",
                 "X-Brudlog-Auth": f"Brudlog key={app.key('brudlog')}"})


__all__ = ["bh_bid", "bh_notice", "bl_crash", "bl_crumb", "bl_session", "hy_batch",
           "hy_identify", "hy_queue", "hy_screen", "km_event", "km_link", "km_session"]
