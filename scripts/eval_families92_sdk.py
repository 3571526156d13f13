"""Measurement SDKs of the ninety-second set, built once and called by every app with its own
events and choices: analytics "Lipovka", MMP/attribution "Brezina", OpenRTB 2.5 ads "Jedlobid"
and crash reporting "Krupobit" (fictional vendors, hosts under example.*)."""

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

LP = "https://collect.lipovka.example.com"
BZ = "https://s2s.brezina.example.net"
JB = "https://rtb.jedlobid.example.com"
KB = "https://in.krupobit.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
LPUA = "Lipovka-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def lp_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Europe/Bratislava", locale: str = "en_US") -> Case:
    """Lipovka's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER),
                           "app": {"version": app.ver, "build": 412}}
    if adid:
        ctx["ad_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("lipovka"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8811}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-lipovka", f"{LP}/v1/batch", body=body, gz=True,
                headers={"User-Agent": LPUA})


def lp_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Lipovka's identify: a form whose ``data`` field is base64 JSON with the traits."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("lipovka")}
    return case(f"{app.fam}-lipovka", f"{LP}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": LPUA})


def lp_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Lipovka's offline queue (JSON Lines), the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props, "message_id": sdk_uuid(rng),
             "timestamp": (T0 - 4400 + 61 * i) * 1000} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-lipovka", f"{LP}/v1/import", recs,
                 headers={"User-Agent": LPUA, "X-Lipovka-Key": app.key("lipovka")})


def lp_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-lipovka", f"{LP}/v1/p.gif", query={
        "wk": app.key("lipovka"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _bz_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "bz_uid": L(sdk_uid(random.Random(f"{app.pkg}/brezina")), DID),
            "lat": False}


def _bz_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en-US", DEV),
            "plmn": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def bz_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Brezina's install/open (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("brezina"), "ids": _bz_ids(app),
                            "device": _bz_dev(), "app_version": app.ver,
                            "opens": L(1 if first else n, USAGE), "sdk": "bz-android/7.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=lesnet&utm_medium=cpi&utm_campaign=sk12"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-brezina", f"{BZ}/v3/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def bz_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "EUR", hashed: bool = False) -> Case:
    """A Brezina event: ``payload`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("brezina"), "ids": _bz_ids(app),
                            "event": L(name, USAGE), "payload": W(vals, "json"),
                            "created_at": "2025-12-10T18:02:11.407Z", "device": _bz_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-brezina", f"{BZ}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def bz_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-brezina", f"{BZ}/v3/deeplink", body={
        "app_token": app.key("brezina"), "ids": _bz_ids(app), "link": link,
        "clicked_at": 1765390112, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def jb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "SVK", city: str = "Bratislava") -> Case:
    """A Jedlobid OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo; ``user.id`` the SDK's
    buyer ID; ``user.yob``, ``gender`` and ``keywords`` when the app passes them."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "jedlobid"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("jedlobid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "jp", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
                       "lmt": 0},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-jedlobid", f"{JB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def jb_win(app: App, rng: random.Random) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-jedlobid", "https://w.jedlobid.example.com/win", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "p": "0.64", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def kb_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Krupobit breadcrumb."""
    return {"t": 1765391200.2, "type": kind, "msg": message, "data": data or {}}


def kb_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity", tz: str = "Europe/Bratislava") -> Case:
    """A Krupobit envelope (JSON Lines under its own content type): header, item, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "krupobit"), DID),
                                     "model": L("Pixel 8", DEV), "battery": L(58, DEV),
                                     "timezone": L(tz, DEV), "free_memory": L(1732210688, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "frames": [{"function": "onResume", "lineno": 88,
                                       "module": f"{app.pkg}.ui.{screen}"}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T18:04:55.120Z"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-krupobit", f"{KB}/api/12/envelope/", recs,
                 ctype="application/x-krupobit-envelope",
                 headers={"User-Agent": "krupobit.android/3.1.0",
                          "X-Krupobit-Auth": f"Krupobit key={app.key('krupobit')}"})


def kb_session(app: App, rng: random.Random, secs: int = 430) -> Case:
    """A session update (JSON): ``did`` the user ID, the duration ``behavior.usage``."""
    return case(f"{app.fam}-krupobit", f"{KB}/api/12/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T17:51:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "krupobit.android/3.1.0"})


__all__ = ["bz_event", "bz_link", "bz_open", "jb_bid", "jb_win", "kb_crash", "kb_crumb",
           "kb_session", "lp_batch", "lp_identify", "lp_pixel", "lp_queue"]
