"""Measurement SDKs of the seventy-ninth set, built once and called by every app with its own
events and choices: analytics "Gononaloy", MMP/attribution "Shutrokona", OpenRTB 2.5 ads
"Bigyaponik" and crash reporting "Bhangonlekha" (fictional vendors, hosts under example.*)."""

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

GN = "https://in.gononaloy.example.com"
SK = "https://s2s.shutrokona.example.net"
BG = "https://rtb.bigyaponik.example.com"
BL = "https://rx.bhangonlekha.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GNUA = "gononaloy-android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gn_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, gz: bool = True,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Gononaloy's batch (JSON, snake_case, gzip by default): the anonymous ID is the install ID,
    ``context`` holds the device, OS, locale, zone, carrier and (``at``) a position."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"version": app.ver, "build": "4471"}, "library": "gononaloy-android@2.4.0"}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T0{i}:14:22.{310 + i}Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gononaloy"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-10T09:14:30.004Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gononaloy", f"{GN}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": GNUA})


def gn_alias(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gononaloy's identify: a form whose ``data`` field is base64 JSON (the IDs and traits)."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("gononaloy")}
    return case(f"{app.fam}-gononaloy", f"{GN}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": GNUA})


def gn_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network returns: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 7200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gononaloy", f"{GN}/v1/import", recs,
                 headers={"User-Agent": GNUA, "X-Gononaloy-Key": app.key("gononaloy")})


def gn_screen(app: App, rng: random.Random, screen: str, lang: str = "en-US") -> Case:
    """A signed-out screen beacon (GET): the install ID without dashes in ``a``, the screen, and
    ``c`` a base64url JSON context (model, OS, language)."""
    acc: Acc = {}
    c = enc({"m": L("Pixel 8", DEV), "o": L("Android 14", DEV), "l": L(lang, DEV)}, "query",
            "c", "b64url", acc)
    return add(case(f"{app.fam}-gononaloy", f"{GN}/v1/s", query={
        "k": app.key("gononaloy"), "a": L(IID_NODASH, DID), "s": L(screen, USAGE), "c": c,
        "cb": opaque(rng, "", 10)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _skids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "skid": L(sdk_uid(random.Random(f"{app.pkg}/shutro")), DID)}


def sk_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 4) -> Case:
    """Shutrokona's session open (JSON): the first one carries the Android ID and the install
    referrer; every one the open count; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("shutrokona"), **_skids(app),
                            "device": {"model": L("Pixel 8", DEV), "os": L("android 14", DEV),
                                       "lang": L("en", DEV), "mccmnc": L(MCCMNC, CARRIER),
                                       "carrier": L("Example Mobile", CARRIER)},
                            "opens": L(1 if first else n, USAGE), "app_ver": app.ver,
                            "sdk": "sk-android 7.2.1", "req": rid(rng)}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=nodi&utm_medium=cpi&utm_campaign=monsoon25"
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-shutrokona", f"{SK}/v2/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sk_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Shutrokona event (a form): ``params`` a JSON string; hashed e-mail and phone when the
    app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("shutrokona"), **_skids(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "created_at": "2025-12-10T09:21:40+0000"}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-shutrokona", f"{SK}/v2/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sk_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-shutrokona", f"{SK}/v2/deeplink", body={
        "app_token": app.key("shutrokona"), **_skids(app), "link": link,
        "clicked": 1765359941, "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bg_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", city: str = "New York",
           region: str = "NY", zip_: str = "10118") -> Case:
    """A Bigyaponik OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.buyeruid`` the SDK's ID for the install."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zip_, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 21, "country": L(country, COARSE)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "bigyaponik"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
              "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bigyaponik"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "bgp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bigyaponik", f"{BG}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bg_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid, creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bigyaponik", "https://win.bigyaponik.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "bgc", 6), "p": "0.42",
        "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def bl_crumb(kind: str, message: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Bhangonlekha breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": "2025-12-10T09:24:01.118Z", "kind": kind, "msg": message, "meta": meta or {}}


def bl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, custom: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Bhangonlekha crash report (gzip JSON): the user, the device (the SDK's device ID,
    model, battery, storage, zone), breadcrumbs and the stack."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("bhangonlekha"),
            "app": {"id": app.pkg, "version": app.ver, "in_foreground": True},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "bhangonlekha"), DID), "model": L("Pixel 8", DEV),
                       "os_version": L("14", DEV), "battery": L(0.58, DEV),
                       "charging": L(False, DEV), "free_disk": L(38122409984, DEV),
                       "timezone": L(tz, DEV), "jailbroken": L(False, DEV)},
            "context": L(screen, USAGE), "custom": custom or {}, "breadcrumbs": crumbs,
            "exceptions": [{"class": exc[0], "message": exc[1], "stack": [
                {"method": "onResume", "file": f"{screen}.kt", "line": 88}]}]}
    return case(f"{app.fam}-bhangonlekha", f"{BL}/v3/crash", body=body, gz=True,
                headers={"User-Agent": "bhangonlekha-android/3.1.0",
                         "X-Bhangon-Api-Key": app.key("bhangonlekha")})


def bl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session start (JSON): the user ID signed in, the session's foreground time."""
    return case(f"{app.fam}-bhangonlekha", f"{BL}/v3/sessions", body={
        "api_key": app.key("bhangonlekha"), "session_id": sdk_uuid(rng),
        "started_at": "2025-12-10T09:01:09Z", "foreground_s": L(secs, USAGE),
        "user": {"id": L(USER_ID, UID)} if user else {},
        "device": {"id": L(sdk_id(app, "bhangonlekha"), DID), "model": L("Pixel 8", DEV)},
        "app": {"version": app.ver, "release_stage": "production"}},
        headers={"User-Agent": "bhangonlekha-android/3.1.0"})


__all__ = ["bg_bid", "bg_win", "bl_crash", "bl_crumb", "bl_session", "gn_alias", "gn_batch",
           "gn_queue", "gn_screen", "sk_event", "sk_link", "sk_open"]
