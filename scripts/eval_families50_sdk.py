"""Measurement SDKs of the fiftieth set, built once and called by every app with its own events
and choices: analytics "Sablemetry", MMP/attribution "Tracewillow", OpenRTB 2.5 ads "Bidquorra"
and crash reporting "Crashwhin" (fictional vendors, hosts under example.*)."""

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

ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SM = "https://in.sablemetry.example.com"
TW = "https://s2s.tracewillow.example.net"
BQ = "https://rtb.bidquorra.example.com"
CW = "https://api.crashwhin.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SMUA = "sablemetry-android/5.2.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US", gz: bool = True) -> Case:
    """Sablemetry's batch (JSON, gzip by default): one ``context`` (device, OS, locale, zone,
    network carrier, optional ``location``), the anonymous ID (the install ID) and the user ID
    on each ``track`` call, a message ID and time per call."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "app": {"build": app.ver, "namespace": app.pkg},
        "library": {"name": "sablemetry-android", "version": "5.2.0"}}
    if adid:
        ctx["device"]["advertisingId"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    calls = []
    for i, (name, props) in enumerate(events):
        c: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T23:1{i}:0{i}.{400 + i}Z"}
        if user:
            c["userId"] = L(USER_ID, UID)
        calls.append(c)
    return case(f"{app.fam}-sablemetry", f"{SM}/v1/batch", gz=gz,
                body={"writeKey": app.key("sablemetry"), "context": ctx, "batch": calls,
                      "sentAt": "2025-12-09T23:19:58.120Z"}, headers={"User-Agent": SMUA})


def sm_identify(app: App, rng: random.Random, traits: dict[str, Any], *, user: bool = True) -> Case:
    """Sablemetry's identify sent as a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"type": "identify", "anonymousId": L(INSTALL_ID, DID), "traits": traits,
                         "messageId": sdk_uuid(rng)}
    if user:
        p["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-sablemetry", f"{SM}/v1/identify", fmt="form", body={
        "data": W(p, "b64json"), "wk": app.key("sablemetry")}, headers={"User-Agent": SMUA})


def sm_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """A signed-out screen beacon (GET): ``d`` is base64url JSON in the query (the install ID
    without dashes, the screen, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "s": L(screen, USAGE), "p": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-sablemetry", f"{SM}/v1/s.gif", query={
        "wk": app.key("sablemetry"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def sm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "ts": (T0 - 4200 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-sablemetry", f"{SM}/v1/import", recs,
                 headers={"User-Agent": SMUA, "X-Sablemetry-Key": app.key("sablemetry")})


def _tw_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "tw_uid": L(sdk_uid(random.Random(f"{app.pkg}/tracewillow")), DID), "lat": False}


def _tw_dev(lang: str = "en") -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os_ver": L("14", DEV),
            "lang": L(lang, DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def tw_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5, lang: str = "en") -> Case:
    """Tracewillow's install/open (JSON): the first carries the Android ID and the install
    referrer; every one the open count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("tracewillow"), "ids": _tw_ids(app),
                            "device": _tw_dev(lang), "app_ver": app.ver, "sdk_ver": "6.3.1",
                            "open_count": L(1 if first else n, USAGE), "req_id": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=willownet&utm_medium=cpi&utm_campaign=q4_50",
                    click_ts=1765299020, install_ts=1765299113)
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-tracewillow", f"{TW}/v3/{'install' if first else 'open'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def tw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, lang: str = "en") -> Case:
    """A Tracewillow event: ``event_value`` a JSON string of the parameters (with revenue);
    SHA-256 of the e-mail and phone in ``hashed`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("tracewillow"), "ids": _tw_ids(app),
                            "event_name": L(name, USAGE), "event_value": W(vals, "json"),
                            "event_ts": 1765321300118, "device": _tw_dev(lang)}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tracewillow", f"{TW}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tw_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracewillow", f"{TW}/v3/deeplink", body={
        "app_key": app.key("tracewillow"), "ids": _tw_ids(app), "link": link,
        "opened_ts": 1765320941, "req_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           region: str = "NY", city: str = "New York", zip_: str = "10118",
           lang: str = "en") -> Case:
    """A Bidquorra OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
        if zip_:
            geo["zip"] = L(zip_, COARSE)
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidquorra"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "uid.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0,
                              "w": L(1080, DEV), "h": L(2400, DEV)}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bidquorra"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidquorra", f"{BQ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, creative and imp IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidquorra", "https://win.bidquorra.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "cq", 6), "imp": "1",
        "p": "0.93", "ifa": L(GAID, ADID), "app": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def cw_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashwhin breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1765321911.4, "kind": kind, "msg": message, "data": data or {}}


def cw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Crashwhin report (gzip JSON): the user, the device (the SDK's ID, model, OS, zone,
    locale, battery, storage, rooted flag), the screen, breadcrumbs and the stack."""
    body = {"report_id": opaque(rng, "", 32), "api_key": app.key("crashwhin"),
            "app": {"id": app.pkg, "version": app.ver, "in_foreground": True,
                    "screen": L(screen, USAGE)},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "device": {"id": L(sdk_id(app, "crashwhin"), DID), "model": L("Pixel 8", DEV),
                       "os_version": L("Android 14", DEV), "timezone": L(tz, DEV),
                       "locale": L(locale, DEV), "battery": L(0.57, DEV),
                       "free_disk": L(38112022528, DEV), "jailbroken": L(False, DEV)},
            "breadcrumbs": crumbs,
            "error": {"class": exc[0], "message": exc[1],
                      "stack": [{"method": "onResume", "file": f"{screen}.kt", "line": 88}]},
            "occurred_at": "2025-12-09T23:24:02.411Z"}
    return case(f"{app.fam}-crashwhin", f"{CW}/v2/crashes", body=body, gz=True,
                headers={"User-Agent": "crashwhin-android/3.4.0"})


def cw_sessions(app: App, rng: random.Random, secs: list[int], *, user: bool = True) -> Case:
    """Session summaries (JSON Lines under its own content type): the user (or the install ID),
    each session's length."""
    recs = [{"sid": sdk_uuid(rng), "uid": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
             "device": L(sdk_id(app, "crashwhin"), DID), "duration_s": L(s, USAGE),
             "crashed": False, "release": f"{app.pkg}@{app.ver}"} for s in secs]
    return lines(f"{app.fam}-crashwhin", f"{CW}/v2/sessions", recs,
                 ctype="application/x-crashwhin-sessions",
                 headers={"User-Agent": "crashwhin-android/3.4.0",
                          "X-Crashwhin-Key": app.key("crashwhin")})


__all__ = ["bq_bid", "bq_win", "cw_crash", "cw_crumb", "cw_sessions", "sm_batch",
           "sm_identify", "sm_queue", "sm_screen", "tw_event", "tw_link", "tw_open"]
