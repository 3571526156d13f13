"""Measurement SDKs of the seventy-second set, built once and called by every app with its own
events and choices: analytics "Tallyfinch", MMP/attribution "Linkbracken", OpenRTB 2.5 ads
"Bidjuniper" and crash reporting "Glitchplover" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families72_kit import (
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

TF = "https://api.tallyfinch.example.com"
LB = "https://app.linkbracken.example.net"
BJ = "https://ortb.bidjuniper.example.com"
GP = "https://in.glitchplover.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TFUA = "tallyfinch-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _tf_ctx(app: App, tz: str, locale: str, ip: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"build": app.ver, "ns": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                   "os_version": L("Android 14", DEV), "screen_dpi": L(420, DEV)},
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV)}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    return ctx


def tf_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallyfinch's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, carrier, locale, zone, optionally IP and a position)."""
    ctx = _tf_ctx(app, tz, locale, ip)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymous_id": L(INSTALL_ID, DID), "message_id": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T22:{10 + i:02d}:0{i % 10}.118Z"}
        if user:
            e["user_id"] = L(USER_ID, UID)
        batch.append(e)
    return case(f"{app.fam}-tallyfinch", f"{TF}/v1/batch", gz=True, body={
        "write_key": app.key("tallyfinch"), "context": ctx, "batch": batch,
        "sent_at": "2025-12-09T22:31:40.512Z"}, headers={"User-Agent": TFUA})


def tf_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyfinch's identify: ``traits`` travels as a JSON string inside the JSON body."""
    return case(f"{app.fam}-tallyfinch", f"{TF}/v1/identify", body={
        "write_key": app.key("tallyfinch"), "user_id": L(USER_ID, UID),
        "anonymous_id": L(INSTALL_ID, DID), "traits": W(traits, "json"),
        "message_id": sdk_uuid(rng)}, headers={"User-Agent": TFUA})


def tf_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyfinch", f"{TF}/v1/import", recs,
                 headers={"User-Agent": TFUA, "X-Write-Key": app.key("tallyfinch")})


def tf_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64 JSON in the query (install ID, event, props)."""
    acc: Acc = {}
    d = enc({"aid": L(INSTALL_ID, DID), "ev": L(name, USAGE), "p": props}, "query", "d", "b64",
            acc)
    return add(case(f"{app.fam}-tallyfinch", f"{TF}/v1/p.gif", query={
        "wk": app.key("tallyfinch"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _lb_dev() -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "os": L("android", DEV), "os_ver": L("14", DEV),
            "model": L("Pixel 8", DEV), "brand": L("google", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def lb_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Linkbracken's open (a form body): the SDK's device ID, the advertising ID, the device;
    the first open adds the Android ID and the install referrer; ``user`` the app's user ID."""
    body: dict[str, Any] = {"key": app.key("linkbracken"),
                            "lb_id": L(sdk_uid(random.Random(f"{app.pkg}/linkbracken")), DID),
                            **_lb_dev(), "app_ver": app.ver, "opens": L(1 if first else n, USAGE),
                            "nonce": opaque(rng, "", 16)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=brackennet&utm_medium=cpi&utm_campaign=dec25",
                    install_ts="1765299401")
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-linkbracken", f"{LB}/v3/{'install' if first else 'open'}",
                fmt="form", body=body, headers={"User-Agent": L(DALVIK, DEV)})


def lb_event(app: App, rng: random.Random, name: str, data: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """A Linkbracken event (JSON): ``data`` is base64 JSON of the parameters; hashed e-mail and
    phone under ``match`` when the app passes them."""
    vals = dict(data)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"key": app.key("linkbracken"),
                            "lb_id": L(sdk_uid(random.Random(f"{app.pkg}/linkbracken")), DID),
                            "device": _lb_dev(), "name": L(name, USAGE), "data": W(vals, "b64json"),
                            "cuid": L(USER_ID, UID), "ts": T0 * 1000 + 3311}
    if hashed:
        body["match"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-linkbracken", f"{LB}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def lb_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-linkbracken", f"{LB}/v3/resolve", body={
        "key": app.key("linkbracken"), "gaid": L(GAID, ADID), "link": link,
        "clicked_at": 1765321011, "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bj_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", zip_: str = "10118", lang: str = "en") -> Case:
    """A Bidjuniper OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zip_, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidjuniper"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "language": L(lang, DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(6, DEV), "lmt": 0, "dnt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidjuniper"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidjuniper", f"{BJ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bj_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidjuniper", "https://win.bidjuniper.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "seat": "bj-dsp-17",
        "crid": opaque(rng, "cr", 6), "p": "1.12", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def gp_crumb(cat: str, msg: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Glitchplover breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765321911, "cat": cat, "msg": msg, "data": data or {}}


def gp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Glitchplover crash report (gzip JSON): the app, user, device and OS, breadcrumbs,
    custom metadata and the stack."""
    body = {"apiKey": app.key("glitchplover"), "reportId": opaque(rng, "", 32),
            "app": {"id": app.pkg, "version": app.ver, "inForeground": True,
                    "screen": L(screen, USAGE), "durationMs": L(183220, USAGE)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "glitchplover"), DID), "model": L("Pixel 8", DEV),
                       "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                       "locale": L("en_US", DEV), "timezone": L(tz, DEV),
                       "freeMemory": L(1811939328, DEV), "batteryLevel": L(0.58, DEV),
                       "jailbroken": L(False, DEV)},
            "breadcrumbs": crumbs, "metaData": meta or {},
            "exceptions": [{"errorClass": exc[0], "message": exc[1],
                            "stacktrace": [{"method": "onResume", "lineNumber": 88,
                                            "file": f"{screen}.kt"}]}]}
    return case(f"{app.fam}-glitchplover", f"{GP}/v2/notify", body=body, gz=True,
                headers={"User-Agent": "glitchplover-android/7.3.0",
                         "Glitchplover-Api-Key": app.key("glitchplover")})


def gp_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session start (JSON): the device ID, the user ID signed in."""
    body: dict[str, Any] = {"apiKey": app.key("glitchplover"), "sessionId": sdk_uuid(rng),
                            "startedAt": "2025-12-09T22:01:09.221Z",
                            "device": {"id": L(sdk_id(app, "glitchplover"), DID),
                                       "model": L("Pixel 8", DEV), "osVersion": L("14", DEV)},
                            "app": {"version": app.ver, "releaseStage": "production"}}
    if user:
        body["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-glitchplover", f"{GP}/v2/sessions", body=body,
                headers={"User-Agent": "glitchplover-android/7.3.0"})


__all__ = ["bj_bid", "bj_win", "gp_crash", "gp_crumb", "gp_session", "lb_event", "lb_link",
           "lb_open", "tf_batch", "tf_identify", "tf_pixel", "tf_queue"]
