"""Measurement SDKs of the hundred-and-twenty-seventh set, built once and called by every app with
its own events and choices: analytics "Metricorvid", MMP/attribution "Attribalsa", OpenRTB 2.5
ads "Bidquarrel" and crash reporting "Crashfennick" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families127_kit import (
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

MC = "https://in.metricorvid.example.com"
AB = "https://api.attribalsa.example.net"
BQ = "https://rtb.bidquarrel.example.com"
CF = "https://collect.crashfennick.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MCUA = "Metricorvid-Android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mc_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, fmt: str = "json",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """Metricorvid's batch (gzip JSON, or msgpack): the anonymous ID (the install ID), the user
    ID signed in, a ``ctx`` block (model, OS, locale, zone, carrier), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["loc"] = {"lat": la, "lng": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("metricorvid"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8830}
    if user:
        body["user_id"] = L(USER_ID, UID)
    if fmt == "msgpack":
        return case(f"{app.fam}-metricorvid", f"{MC}/v1/batch.mp", body=body, fmt="msgpack",
                    headers={"User-Agent": MCUA})
    return case(f"{app.fam}-metricorvid", f"{MC}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MCUA})


def mc_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Metricorvid's identify: a form whose ``data`` field is base64 JSON (traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("metricorvid")}
    return case(f"{app.fam}-metricorvid", f"{MC}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": MCUA})


def mc_lines(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch (JSON Lines, the IDs on every line)."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 4200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-metricorvid", f"{MC}/v1/import", recs,
                 headers={"User-Agent": MCUA, "X-Write-Key": app.key("metricorvid")})


def mc_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-metricorvid", f"{MC}/v1/b.gif", query={
        "wk": app.key("metricorvid"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ab_uid": L(sdk_uid(random.Random(f"{app.pkg}/attribalsa")),
                                               DID), "lat": 0}


def _ab_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en-US", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def ab_open(app: App, rng: random.Random, *, first: bool = False, user: bool = True,
            n: int = 5) -> Case:
    """Attribalsa's install or open (JSON): the first with the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("attribalsa"), "ids": _ab_ids(app),
                            "device": _ab_dev(), "app_ver": app.ver, "sdk": "6.2.1",
                            "opens": L(1 if first else n, USAGE), "req": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=balsanet&utm_medium=cpi&utm_campaign=hy_summer"
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-attribalsa", f"{AB}/v2/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD",
             hashed: bool = False) -> Case:
    """An Attribalsa event: ``payload_json`` a JSON string of the parameters; hashed e-mail and
    phone in ``matching`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attribalsa"), "ids": _ab_ids(app),
                            "event": L(name, USAGE), "payload_json": W(vals, "json"),
                            "cuid": L(USER_ID, UID), "at": "2025-12-09T23:31:02.114Z",
                            "device": _ab_dev()}
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attribalsa", f"{AB}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attribalsa", f"{AB}/v2/deeplink", body={
        "app_token": app.key("attribalsa"), "ids": _ab_ids(app), "link": link,
        "clicked": 1765321012, "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """A Bidquarrel OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "zip": L("10118", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidquarrel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 2, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidquarrel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pq", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}}}
    return case(f"{app.fam}-bidquarrel", f"{BQ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "sq-114",
                         "crid": opaque(rng, "cr", 6), "cp": "0.83", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidquarrel", "https://win.bidquarrel.example.com/n", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def cf_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashfennick breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765322104.2, "type": kind, "msg": message, "data": data or {}}


def cf_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York") -> Case:
    """A Crashfennick report (JSON Lines): a header line, then the event (user, device, OS,
    breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "app": {"package": app.pkg, "version": app.ver},
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "crashfennick"), DID),
                        "model": L("Pixel 8", DEV), "battery_pct": L(58, DEV),
                        "free_mem_mb": L(1843, DEV), "timezone": L(tz, DEV),
                        "os": L("Android 14", DEV), "rooted": L(False, DEV)},
             "screen": L(screen, USAGE), "breadcrumbs": crumbs,
             "exception": {"class": exc[0], "message": exc[1],
                           "stack": [f"{app.pkg}.ui.{screen}.onResume:88"]}}
    recs = [{"id": eid, "sent": "2025-12-09T23:35:12.004Z", "key": app.key("crashfennick")},
            event]
    return lines(f"{app.fam}-crashfennick", f"{CF}/v3/reports", recs,
                 ctype="application/x-ndjson", headers={"User-Agent": "crashfennick-android/3.1.0"})


def cf_session(app: App, rng: random.Random, *, secs: int = 420) -> Case:
    """A session end (JSON): the user ID, the length of the session."""
    return case(f"{app.fam}-crashfennick", f"{CF}/v3/sessions", body={
        "sid": sdk_uuid(rng), "user": L(USER_ID, UID), "install": L(sdk_id(app, "crashfennick"),
                                                                     DID),
        "started": "2025-12-09T23:10:09.221Z", "length_s": L(secs, USAGE), "crashed": False,
        "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "crashfennick-android/3.1.0",
                 "X-Fennick-Key": app.key("crashfennick")})


__all__ = ["ab_event", "ab_link", "ab_open", "bq_bid", "bq_win", "cf_crash", "cf_crumb",
           "cf_session", "mc_batch", "mc_beacon", "mc_identify", "mc_lines"]
