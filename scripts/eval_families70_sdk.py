"""Measurement SDKs of the seventieth set, built once and called by every app with its own events
and choices: analytics "Eventvane", MMP/attribution "Skeinpost", OpenRTB 2.5 ads "Auctorel" and
crash reporting "Bugtallow" (fictional vendors, hosts under example.*)."""

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

EV = "https://collect.eventvane.example.com"
SK = "https://api.skeinpost.example.net"
AU = "https://rtb.auctorel.example.com"
BT = "https://reports.bugtallow.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
EVUA = "eventvane-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, locale: str, tz: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "build": "4410"},
            "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "id": L(sdk_id(app, "eventvane"), DID)},
            "os": {"name": "Android", "version": L("14", DEV)},
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"width": 1080, "height": 2400, "density": 2.625},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "library": {"name": "eventvane-android", "version": "2.14.0"}}


def ev_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, locale: str = "en-US",
             tz: str = "America/New_York", adid: bool = False) -> Case:
    """Eventvane's batch (gzip JSON, snake_case): each event carries the anonymous ID (the install
    ID), the user ID signed in and the shared ``context`` (device, OS, carrier, locale, zone)."""
    ctx = _ctx(app, locale, tz)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymous_id": L(INSTALL_ID, DID), "message_id": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T2{i % 4}:1{i}:04.{100 + i}Z"}
        if user:
            e["user_id"] = L(USER_ID, UID)
        batch.append(e)
    return case(f"{app.fam}-eventvane", f"{EV}/v1/batch", gz=True, headers={
        "User-Agent": EVUA, "Authorization": "Basic " + app.key("eventvane")},
        body={"batch": batch, "context": ctx, "sent_at": "2025-12-09T23:40:11.902Z"})


def ev_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Eventvane's identify call (JSON): the traits the app passes."""
    return case(f"{app.fam}-eventvane", f"{EV}/v1/identify", headers={
        "User-Agent": EVUA, "Authorization": "Basic " + app.key("eventvane")}, body={
        "type": "identify", "user_id": L(USER_ID, UID), "anonymous_id": L(INSTALL_ID, DID),
        "traits": traits, "message_id": sdk_uuid(rng)})


def ev_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Eventvane's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-eventvane", f"{EV}/v1/import", recs,
                 headers={"User-Agent": EVUA, "X-Eventvane-Write-Key": app.key("eventvane")})


def ev_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties); the screen is a plain query parameter."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-eventvane", f"{EV}/v1/p.gif", query={
        "wk": app.key("eventvane"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _sk_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "skein_uid": L(sdk_uid(random.Random(f"{app.pkg}/skeinpost")), DID),
            "lat_enabled": False}


def _sk_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os": L("android 14", DEV),
            "lang": L(lang, DEV), "mcc_mnc": L(MCCMNC, CARRIER),
            "carrier_name": L("Example Mobile", CARRIER)}


def sk_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5, lang: str = "en") -> Case:
    """Skeinpost's install or session (JSON): the first carries the Android ID and the install
    referrer; each a session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("skeinpost"), "ids": _sk_ids(app),
                            "device": _sk_dev(lang), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "skein5.3.1",
                            "created_at": "2025-12-09T22:58:40.001Z", "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=skeinads&utm_medium=cpi&utm_campaign=dec_w2"
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-skeinpost", f"{SK}/v2/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def sk_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, lang: str = "en") -> Case:
    """A Skeinpost event: ``payload`` a JSON string of the parameters; hashed e-mail and phone
    in ``hashed_ids`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("skeinpost"), "ids": _sk_ids(app),
                            "event": L(name, USAGE), "payload": W(vals, "json"),
                            "created_at": "2025-12-09T23:21:40.118Z", "device": _sk_dev(lang)}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed_ids"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                              "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-skeinpost", f"{SK}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sk_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-skeinpost", f"{SK}/v2/deeplink", body={
        "app_token": app.key("skeinpost"), "ids": _sk_ids(app), "link": link,
        "clicked_at": 1765320941, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def au_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", region: str = "NY",
           city: str = "New York", lang: str = "en") -> Case:
    """An Auctorel OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctorel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L(lang, DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "lmt": 0, "w": L(1080, DEV), "h": L(2400, DEV)}
    body = {"id": rid(rng), "at": 2, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1, instl=0)],
            "app": {"id": app.key("auctorel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub-", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if country == "HRV" else 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctorel", f"{AU}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def au_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-auctorel", "https://win.auctorel.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s-" + opaque(rng, "", 6),
        "crid": opaque(rng, "cr", 6), "p": "0.84", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def bt_crumb(kind: str, message: str, **data: Any) -> dict[str, Any]:
    """A Bugtallow breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765321911.4, "kind": kind, "msg": message, "meta": data}


def bt_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, screen: str = "MainActivity",
              tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Bugtallow crash report (gzip JSON): the app, the user, the device (model, OS, memory,
    battery, zone, locale), breadcrumbs and the stack."""
    body = {"apiKey": app.key("bugtallow"), "report_id": opaque(rng, "", 32),
            "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                    "inForeground": True, "durationMs": L(81233, USAGE)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "bugtallow"), DID), "model": L("Pixel 8", DEV),
                       "osVersion": L("14", DEV), "freeMemory": L(1822410752, DEV),
                       "charging": L(False, DEV), "batteryLevel": L(0.41, DEV),
                       "timezone": L(tz, DEV), "locale": L(locale, DEV),
                       "jailbroken": L(False, DEV)},
            "context": L(screen, USAGE), "breadcrumbs": crumbs,
            "exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "lineNumber": 88}]}]}
    return case(f"{app.fam}-bugtallow", f"{BT}/v4/notify", body=body, gz=True,
                headers={"User-Agent": "bugtallow-android/7.1.0",
                         "Bugtallow-Api-Key": app.key("bugtallow")})


def bt_sessions(app: App, rng: random.Random, n: int = 2, *, user: bool = True) -> Case:
    """Sessions flushed (JSON Lines): each with the user or install ID and its length."""
    recs = [{"sid": sdk_uuid(rng), "device": L(sdk_id(app, "bugtallow"), DID),
             "user": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
             "startedAt": f"2025-12-0{8 + i}T19:0{i}:11Z", "lengthS": L(300 + 211 * i, USAGE),
             "crashed": False} for i in range(n)]
    return lines(f"{app.fam}-bugtallow", f"{BT}/v4/sessions", recs,
                 headers={"User-Agent": "bugtallow-android/7.1.0",
                          "Bugtallow-Api-Key": app.key("bugtallow")})


__all__ = ["au_bid", "au_win", "bt_crumb", "bt_report", "bt_sessions", "ev_batch",
           "ev_identify", "ev_pixel", "ev_queue", "sk_event", "sk_link", "sk_session"]
