"""Measurement SDKs of the hundred-and-sixteenth set, built once and called by every app with its
own events and choices: analytics "Countwrasse", MMP/attribution "Sourcecrab", OpenRTB 2.5 ads
"Bidsculpin" and crash reporting "Faultpetrel" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families116_kit import (
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

CW = "https://in.countwrasse.example.com"
SC = "https://s2s.sourcecrab.example.net"
BS = "https://rtb.bidsculpin.example.org"
FP = "https://collect.faultpetrel.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CWUA = "countwrasse-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Pacific/Honolulu", gz: bool = True) -> Case:
    """Countwrasse's batch (snake_case JSON, gzip by default): the anonymous ID (the install
    ID), the user ID signed in, one ``context`` (device, OS, locale, zone, carrier, network)."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV),
                                      "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L("en-US", DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"version": app.ver, "build": "4471"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-10T0{i}:14:22.{100 + i}Z"} for i, (name, props) in
           enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countwrasse"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": evs,
                            "sent_at": "2025-12-10T09:14:25.004Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwrasse", f"{CW}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": CWUA})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Countwrasse's identify: a form whose ``data`` field is base64 JSON of the traits."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("countwrasse")}
    return case(f"{app.fam}-countwrasse", f"{CW}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": CWUA})


def cw_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 4000 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-countwrasse", f"{CW}/v1/import", recs,
                 headers={"User-Agent": CWUA, "X-Write-Key": app.key("countwrasse")})


def cw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countwrasse", f"{CW}/v1/p.gif", query={
        "wk": app.key("countwrasse"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _sc_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def _sc_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "sc_uid": L(sdk_uid(random.Random(f"{app.pkg}/sc")), DID),
            "lat": 0}


def sc_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 4) -> Case:
    """Sourcecrab's install or session (JSON): the first carries the Android ID and the
    referrer; each the session count."""
    body: dict[str, Any] = {"app_token": app.key("sourcecrab"), **_sc_ids(app),
                            "device": _sc_dev(), "app_ver": app.ver,
                            "session_count": L(1 if first else n, USAGE),
                            "sdk_ver": "android5.2.0", "nonce": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=crabnet&utm_medium=cpi&utm_campaign=hi_winter"
    if user:
        body["partner_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcecrab", f"{SC}/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def sc_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False) -> Case:
    """A Sourcecrab event: ``partner_params`` a JSON string; hashed e-mail and phone when the
    app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency="USD")
    body: dict[str, Any] = {"app_token": app.key("sourcecrab"), **_sc_ids(app),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T09:21:40.118-1000", "device": _sc_dev(),
                            "partner_user_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-sourcecrab", f"{SC}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sc_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (an https URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-sourcecrab", f"{SC}/sdk_click", body={
        "app_token": app.key("sourcecrab"), **_sc_ids(app), "deeplink": link,
        "click_time": 1765394011, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, hem: bool = False) -> Case:
    """A Bidsculpin OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo (Honolulu); ``coppa``
    a child-directed request with no advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("HI", COARSE),
                               "city": L("Honolulu", COARSE), "zip": L("96822", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("USA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsculpin"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hashid.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidsculpin"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsculpin", f"{BS}/openrtb2/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win beacon: auction, bid, creative IDs and the clearing price (negatives)."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "cp": "0.64", "b": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidsculpin", "https://win.bidsculpin.example.org/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultpetrel breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765394411.2, "type": kind, "msg": message, "data": data or {}}


def fp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "Pacific/Honolulu") -> Case:
    """A Faultpetrel envelope (JSON Lines, its own content type): header, item header, event."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "faultpetrel"), DID),
                        "model": L("Pixel 8", DEV), "battery_pct": L(58, DEV),
                        "free_mem": L(1822441472, DEV), "tz": L(tz, DEV),
                        "locale": L("en_US", DEV)},
             "os": {"name": L("Android", DEV), "ver": L("14", DEV), "jailbroken": L(False, DEV)},
             "context": {"screen": L(screen, USAGE)}, "crumbs": crumbs,
             "error": {"class": exc[0], "message": exc[1],
                       "stack": [{"fn": "onResume", "file": f"{screen}.kt", "line": 88}]}}
    recs = [{"id": eid, "sent": "2025-12-10T09:24:02.411Z",
             "key": app.key("faultpetrel")}, {"type": "event", "len": 0}, event]
    return lines(f"{app.fam}-faultpetrel", f"{FP}/api/v3/envelope", recs,
                 ctype="application/x-faultpetrel-envelope",
                 headers={"User-Agent": "faultpetrel-android/3.1.7"})


def fp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session summary (JSON): ``distinct`` the user ID (the install ID signed out)."""
    return case(f"{app.fam}-faultpetrel", f"{FP}/api/v3/sessions", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T09:01:09.221Z", "duration_s": L(secs, USAGE), "crashed": False,
        "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "faultpetrel-android/3.1.7",
                 "X-Faultpetrel-Key": app.key("faultpetrel")})


__all__ = ["bs_bid", "bs_win", "cw_batch", "cw_identify", "cw_pixel", "cw_queue", "fp_crash",
           "fp_crumb", "fp_session", "sc_event", "sc_link", "sc_session"]
