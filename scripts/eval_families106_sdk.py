"""Measurement SDKs of the hundred-and-sixth set, built once and called by every app with its own
events and choices: analytics "Lumtally", MMP/attribution "Hookwren", OpenRTB 2.5 ads "Ortbrook"
and crash reporting "Smashlog" (fictional vendors, hosts under example.*)."""

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

LT = "https://in.lumtally.example.com"
HW = "https://s2s.hookwren.example.net"
OB = "https://bid.ortbrook.example.org"
SL = "https://collect.smashlog.example.com"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TZ = "Asia/Baghdad"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def lt_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, locale: str = "ku_IQ") -> Case:
    """Lumtally's batch (gzip JSON, snake_case): ``ctx`` (install ID, device, zone, carrier,
    optionally a position), the user ID signed in, the events."""
    ctx: dict[str, Any] = {"anon_id": L(INSTALL_ID, DID), "device_model": L("Pixel 8", DEV),
                           "os": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "app_version": app.ver, "lib": "lumtally-android/2.4.0"}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("lumtally"), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 5120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-lumtally", f"{LT}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "lumtally-android/2.4.0"})


def lt_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Lumtally's identify: a form whose ``data`` field is base64 JSON (user and traits)."""
    d = {"user_id": L(USER_ID, UID), "anon_id": L(INSTALL_ID, DID), "traits": traits}
    return case(f"{app.fam}-lumtally", f"{LT}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "write_key": app.key("lumtally")},
                headers={"User-Agent": "lumtally-android/2.4.0"})


def lt_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """Lumtally's offline queue (JSON Lines), the anonymous ID and user ID on every line."""
    recs = [{"event": L(n, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": p, "message_id": sdk_uuid(rng), "timestamp": (T0 - 4000 + 61 * i)}
            for i, (n, p) in enumerate(events)]
    return lines(f"{app.fam}-lumtally", f"{LT}/v1/import", recs,
                 headers={"User-Agent": "lumtally-android/2.4.0",
                          "X-Write-Key": app.key("lumtally")})


def lt_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET: ``d`` is base64url JSON (install ID without dashes, event, props)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-lumtally", f"{LT}/v1/p.gif", query={
        "wk": app.key("lumtally"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _hw(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "hw_uid": L(sdk_uid(random.Random(f"{app.pkg}/hookwren")), DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "lang": L("ku", DEV), "app_token": app.key("hookwren")}


def hw_session(app: App, rng: random.Random, *, first: bool = False, n: int = 4) -> Case:
    """Hookwren's install or session (JSON): the Android ID and referrer on the install."""
    body: dict[str, Any] = {**_hw(app), "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "sdk": "hw4.2.1", "nonce": rid(rng)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID), referrer="utm_source=wrenads&utm_medium=cpi",
                    click_ts=1765399012)
    return case(f"{app.fam}-hookwren", f"{HW}/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def hw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "IQD", hashed: bool = False) -> Case:
    """A Hookwren event: ``partner_params`` a JSON string; hashed e-mail and phone on request."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {**_hw(app), "event_token": L(name, USAGE),
                            "partner_params": W(vals, "json"), "customer_id": L(USER_ID, UID),
                            "created_at": "2025-12-10T18:22:04.511+0300"}
    if hashed:
        body["em_sha256"] = L(EMAIL_SHA256, MAIL)
        body["ph_sha256"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-hookwren", f"{HW}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def hw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-hookwren", f"{HW}/sdk_click", body={
        **_hw(app), "source": "deeplink", "deeplink": link, "nonce": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def ob_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False) -> Case:
    """An Ortbrook OpenRTB 2.5 bid request: GPS geo or IP geo (Erbil), the buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("IRQ", COARSE),
                               "region": L("IQ-AR", COARSE), "city": L("Erbil", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "country": L("IRQ", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "ortbrook"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("ku", DEV), "carrier": L("Example Mobile", CARRIER),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.12)],
            "app": {"id": app.key("ortbrook"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 6)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0}}
    return case(f"{app.fam}-ortbrook", f"{OB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def ob_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid and creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-ortbrook", "https://ev.ortbrook.example.org/win", query={
        "auction": rid(rng), "bid": opaque(rng, "", 14), "crid": opaque(rng, "cr", 6),
        "price": "0.38", "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def sl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[str], *,
             screen: str = "MainActivity", extra: dict[str, Any] | None = None) -> Case:
    """A Smashlog report (JSON Lines): the header, then the event (user, device, trail, error)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "app": f"{app.pkg}@{app.ver}", "user": {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "smashlog"), DID), "model": L("Pixel 8", DEV),
                        "os": L("Android 14", DEV), "tz": L(TZ, DEV), "battery": L(58, DEV),
                        "free_mem": L(1833402368, DEV)},
             "screen": L(screen, USAGE), "trail": [{"t": 1765401100 + i, "msg": c}
                                                   for i, c in enumerate(crumbs)],
             "error": {"class": exc[0], "message": exc[1]}, "extra": extra or {}}
    return lines(f"{app.fam}-smashlog", f"{SL}/v3/reports", [
        {"id": eid, "key": app.key("smashlog"), "sent": "2025-12-10T19:01:44Z"}, event],
        headers={"User-Agent": "smashlog-android/7.1.0"})


def sl_session(app: App, rng: random.Random, secs: int) -> Case:
    """A Smashlog session end (JSON): the user and the session length."""
    return case(f"{app.fam}-smashlog", f"{SL}/v3/sessions", body={
        "sid": sdk_uuid(rng), "user": L(USER_ID, UID), "install": L(sdk_id(app, "smashlog"), DID),
        "length_s": L(secs, USAGE), "crashed": False, "release": app.ver},
        headers={"User-Agent": "smashlog-android/7.1.0", "X-Smashlog-Key": app.key("smashlog")})


__all__ = ["hw_event", "hw_link", "hw_session", "lt_batch", "lt_identify", "lt_pixel",
           "lt_queue", "ob_bid", "ob_win", "sl_crash", "sl_session"]
