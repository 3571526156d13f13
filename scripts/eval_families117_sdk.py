"""Measurement SDKs of the hundred-and-seventeenth set, built once and called by every app with
its own events and choices: analytics "Argalytics", MMP/attribution "Attriyak", OpenRTB 2.5 ads
"Bidsnowcock" and crash reporting "Crashibex" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families117_kit import (
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

AG = "https://in.argalytics.example.com"
AY = "https://s2s.attriyak.example.net"
BS = "https://rtb.bidsnowcock.example.com"
CI = "https://collect.crashibex.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
            "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                       "type": "android"},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "library": {"name": "argalytics-android", "version": "2.4.0"}}


def ag_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, gz: bool = True, tz: str = "Asia/Bishkek",
             locale: str = "ru-KG") -> Case:
    """Argalytics' batch (JSON, gzip by default, snake_case): the install ID as
    ``anonymous_id``, the user ID signed in, the context once, then the events."""
    ctx = _ctx(app, tz, locale)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-07-19T0{i}:12:4{i}.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("argalytics"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-07-19T09:12:49.902Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-argalytics", f"{AG}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": "argalytics-android/2.4.0"})


def ag_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Argalytics' identify as a GET: ``data`` is base64 JSON in the query."""
    acc: Acc = {}
    data = enc({"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                "traits": traits}, "query", "data", "b64", acc)
    return add(case(f"{app.fam}-argalytics", f"{AG}/v1/i", query={
        "wk": app.key("argalytics"), "data": data, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def ag_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "message_id": sdk_uuid(rng),
                             "ts": (T0 - 86400 + 61 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-argalytics", f"{AG}/v1/import", recs,
                 headers={"User-Agent": "argalytics-android/2.4.0",
                          "X-Write-Key": app.key("argalytics")})


def _ay_dev(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ay_uid": L(sdk_uid(random.Random(f"{app.pkg}/ay")), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("ru", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def ay_install(app: App, rng: random.Random, *, first: bool = True) -> Case:
    """Attriyak's install or session (JSON): the first carries the Android ID and the referrer."""
    body: dict[str, Any] = {"app_token": app.key("attriyak"), "device": _ay_dev(app),
                            "app_version": app.ver, "sdk": "ay-android 3.2.7",
                            "nonce": opaque(rng, "", 16)}
    if first:
        body["device"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=yaknet&utm_medium=cpi&utm_campaign=summer25"
    else:
        body["session_count"] = L(7, USAGE)
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attriyak", f"{AY}/v3/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ay_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "KGS", hashed: bool = False) -> Case:
    """An Attriyak event: ``params`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attriyak"), "device": _ay_dev(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "customer_id": L(USER_ID, UID), "created_at": T0 + 411}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriyak", f"{AY}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ay_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, per parameter)."""
    return case(f"{app.fam}-attriyak", f"{AY}/v3/link", body={
        "app_token": app.key("attriyak"), "gaid": L(GAID, ADID), "url": link,
        "click_id": opaque(rng, "clk_", 12)}, headers={"User-Agent": L(DALVIK, DEV)})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, coppa: bool = False, country: str = "KGZ",
           city: str = "Bishkek") -> Case:
    """A Bidsnowcock OpenRTB 2.5 bid request: GPS geo at ``nd`` decimals or IP geo."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsnowcock"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18)],
            "app": {"id": app.key("bidsnowcock"), "bundle": app.pkg, "ver": app.ver,
                    "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0}}
    return case(f"{app.fam}-bidsnowcock", f"{BS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid and creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bidsnowcock", "https://w.bidsnowcock.example.com/win", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.44", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ci_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[str], *,
             screen: str = "MainActivity", user: Any = None, extra: dict[str, Any] | None = None,
             tz: str = "Asia/Bishkek") -> Case:
    """A Crashibex report (JSON Lines: header, then the event with device, user, breadcrumbs
    and the stack)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "app": {"id": app.pkg, "version": app.ver},
             "installation": L(sdk_id(app, "crashibex"), DID),
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                        "battery": L(0.58, DEV), "tz": L(tz, DEV),
                        "ram_free": L(1843200000, DEV), "rooted": L(False, DEV)},
             "context": dict(extra or {}, screen=L(screen, USAGE)),
             "breadcrumbs": [{"t": 1752905000 + i, "msg": m} for i, m in enumerate(crumbs)],
             "error": {"class": exc[0], "message": exc[1],
                       "stack": [f"{app.pkg}.ui.{screen}.onResume(:118)"]}}
    recs = [{"id": eid, "dsn": f"https://{app.key('crashibex')}@collect.crashibex.example.org/9"},
            event]
    return lines(f"{app.fam}-crashibex", f"{CI}/api/9/report", recs,
                 ctype="application/x-ndjson", headers={"User-Agent": "Crashibex-Android/3.1.0"})


def ci_session(app: App, rng: random.Random, *, secs: int = 420) -> Case:
    """A session close (msgpack): the user ID, the installation and the session's length."""
    return case(f"{app.fam}-crashibex", f"{CI}/api/9/session", fmt="msgpack", body={
        "sid": sdk_uuid(rng), "uid": L(USER_ID, UID),
        "inst": L(sdk_id(app, "crashibex"), DID), "dur": L(secs, USAGE), "crashed": False,
        "rel": app.ver}, headers={"User-Agent": "Crashibex-Android/3.1.0"})


__all__ = ["ag_batch", "ag_identify", "ag_queue", "ay_event", "ay_install", "ay_link", "bs_bid",
           "bs_win", "ci_crash", "ci_session"]
