"""Measurement SDKs of the forty-third set, built once and called by every app with its own
events and choices: analytics "Tallyheron", MMP/attribution "Installoak", OpenRTB 2.5 ads
"Bidplover" and crash reporting "Crashbarrow" (fictional vendors, hosts under example.*)."""

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
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

TH = "https://in.tallyheron.example.com"
IO = "https://api.installoak.example.net"
BP = "https://rtb.bidplover.example.com"
CB = "https://report.crashbarrow.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T23:{10 + i % 50:02d}:{(7 * i) % 60:02d}.{100 + i:03d}Z"


def th_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, city: str | None = None,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallyheron's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier, position or city)."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"build": app.ver, "namespace": app.pkg}, "library": "tallyheron-android 2.6.0"}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if city:
        ctx["location"] = {"city": L(city, COARSE)}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": _iso(i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyheron"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": _iso(60)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyheron", f"{TH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "tallyheron-android/2.6.0"})


def th_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyheron's identify (plain JSON): the traits the app passes."""
    return case(f"{app.fam}-tallyheron", f"{TH}/v1/identify", body={
        "write_key": app.key("tallyheron"), "anonymous_id": L(INSTALL_ID, DID),
        "user_id": L(USER_ID, UID), "traits": traits, "message_id": sdk_uuid(rng),
        "timestamp": _iso(3)}, headers={"User-Agent": "tallyheron-android/2.6.0"})


def th_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """The signed-out screen beacon (GET): the install ID without dashes and the screen in the
    query, the properties as base64url JSON in ``p``."""
    acc: Acc = {}
    p = enc(props, "query", "p", "b64url", acc)
    return add(case(f"{app.fam}-tallyheron", f"{TH}/v1/s", query={
        "wk": app.key("tallyheron"), "aid": L(IID_NODASH, DID), "scr": L(screen, USAGE),
        "p": p, "cb": opaque(rng, "", 8)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def th_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props, "timestamp": _iso(20 + i),
             "message_id": sdk_uuid(rng)} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-tallyheron", f"{TH}/v1/import", recs,
                 headers={"User-Agent": "tallyheron-android/2.6.0",
                          "X-Write-Key": app.key("tallyheron")})


def _io_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "oak_uid": L(sdk_uid(random.Random(f"{app.pkg}/oak")), DID),
            "lat": 0}


def _io_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os": L("14", DEV),
            "lang": L(lang, DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def io_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = True,
              n: int = 9, lang: str = "en") -> Case:
    """Installoak's install or launch (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_key": app.key("installoak"), "ids": _io_ids(app),
                            "device": _io_dev(lang), "app_ver": app.ver, "sdk_ver": "7.2.1",
                            "launches": L(1 if first else n, USAGE), "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=oaknet&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-installoak", f"{IO}/v2/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def io_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             lang: str = "en") -> Case:
    """An Installoak in-app event: ``value`` a JSON string; hashed e-mail and phone on request."""
    vals = dict(params)
    if revenue is not None:
        vals.update(af_revenue=L(revenue, BUY), af_currency=currency)
    body: dict[str, Any] = {"app_key": app.key("installoak"), "ids": _io_ids(app),
                            "name": L(name, USAGE), "value": W(vals, "json"),
                            "ts": 1765322500118, "device": _io_dev(lang),
                            "cuid": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-installoak", f"{IO}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def io_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installoak", f"{IO}/v2/deeplink", body={
        "app_key": app.key("installoak"), "ids": _io_ids(app), "link": link,
        "click_ts": 1765320941, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bp_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, ipgeo: tuple[str, str, str, str] = ("USA", "NY", "New York",
                                                                   "10118"),
           lang: str = "en", hem: bool = False) -> Case:
    """A Bidplover OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(ipgeo[0], COARSE),
                               "region": L(ipgeo[1], COARSE), "city": L(ipgeo[2], COARSE),
                               "zip": L(ipgeo[3], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 20, "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidplover"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hem.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidplover"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "os": L("Android", DEV), "osv": L("14", DEV), "language": L(lang, DEV),
                       "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
                       "ifa": L(GAID, ADID), "lmt": 0},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidplover", f"{BP}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bp_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidplover", "https://win.bidplover.example.com/w", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "seat-77",
        "crid": opaque(rng, "cr", 6), "price": "1.12", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cb_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashbarrow breadcrumb."""
    return {"t": 1765321911.4, "type": kind, "msg": message, "meta": data or {}}


def cb_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, screen: str = "MainActivity",
              tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Crashbarrow crash report (gzip JSON): the app, device, user, breadcrumbs, threads."""
    body = {"api_key": app.key("crashbarrow"), "report_id": opaque(rng, "", 32),
            "app": {"id": app.pkg, "version": app.ver, "in_foreground": True,
                    "screen": L(screen, USAGE), "duration_ms": L(418220, USAGE)},
            "device": {"id": L(sdk_id(app, "crashbarrow"), DID), "model": L("Pixel 8", DEV),
                       "os_version": L("14", DEV), "locale": L(locale, DEV),
                       "timezone": L(tz, DEV), "free_memory": L(1873215488, DEV),
                       "battery": L(0.54, DEV), "jailbroken": L(False, DEV)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "breadcrumbs": crumbs,
            "exceptions": [{"class": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                 "line": 88}]}]}
    return case(f"{app.fam}-crashbarrow", f"{CB}/v3/crash", body=body, gz=True,
                headers={"User-Agent": "Crashbarrow-Android/3.1.0",
                         "X-Crashbarrow-Api-Key": app.key("crashbarrow")})


def cb_sessions(app: App, rng: random.Random, n: int = 2) -> Case:
    """Session starts (JSON Lines): the SDK's device ID, the user ID, the length."""
    recs = [{"sid": sdk_uuid(rng), "device_id": L(sdk_id(app, "crashbarrow"), DID),
             "user_id": L(USER_ID, UID), "started": _iso(i), "length_s": L(200 + 97 * i, USAGE),
             "app_version": app.ver} for i in range(n)]
    return lines(f"{app.fam}-crashbarrow", f"{CB}/v3/sessions", recs,
                 headers={"User-Agent": "Crashbarrow-Android/3.1.0",
                          "X-Crashbarrow-Api-Key": app.key("crashbarrow")})


__all__ = ["bp_bid", "bp_win", "cb_crumb", "cb_report", "cb_sessions", "io_event", "io_launch",
           "io_link", "th_batch", "th_identify", "th_queue", "th_screen"]
