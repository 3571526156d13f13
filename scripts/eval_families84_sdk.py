"""Measurement SDKs of the eighty-fourth set, built once and called by every app with its own
events and choices: analytics "Kontalari", MMP/attribution "Iturburu", OpenRTB 2.5 ads
"Enkantea" and crash reporting "Akatsbide" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, MCCMNC, PHONE_SHA256, Acc, add, enc
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

KT = "https://in.kontalari.example.com"
IT = "https://s2s.iturburu.example.net"
EN = "https://rtb.enkantea.example.com"
AK = "https://report.akatsbide.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KTUA = "Kontalari-Android/2.4.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def kt_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
             locale: str = "en-US") -> Case:
    """Kontalari's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID
    signed in, a ``ctx`` block (device, OS, locale, zone, carrier), then the events."""
    ctx: dict[str, Any] = {"device_model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "os": L("Android 14", DEV), "locale": L(locale, DEV),
                           "timezone": L(tz, DEV), "carrier": L("Example Mobile", CARRIER),
                           "screen_dp": L("412x915", DEV), "app_build": app.ver}
    if adid:
        ctx["gaid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kontalari"), "anon_id": L(INSTALL_ID, DID),
                            "session": T0 * 1000 + 31, "ctx": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kontalari", f"{KT}/v1/batch", body=body, gz=True,
                headers={"User-Agent": KTUA})


def kt_alias(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kontalari's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d: dict[str, Any] = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                         "traits": traits, "write_key": app.key("kontalari")}
    return case(f"{app.fam}-kontalari", f"{KT}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": KTUA})


def kt_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-kontalari", f"{KT}/v1/replay", recs,
                 headers={"User-Agent": KTUA, "X-Kontalari-Write-Key": app.key("kontalari")})


def kt_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-kontalari", f"{KT}/v1/p.gif", query={
        "wk": app.key("kontalari"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _it_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "it_uid": L(sdk_uid(random.Random(f"{app.pkg}/iturburu")), DID),
            "lat_enabled": False}


def _it_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def it_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """Iturburu's session (JSON): the first carries the Android ID and the install referrer;
    every one the session count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("iturburu"), "ids": _it_ids(app),
                            "device": _it_dev(), "app_ver": app.ver, "sdk_ver": "6.2.1",
                            "session_count": L(1 if first else n, USAGE), "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=iturnet&utm_medium=cpi&utm_campaign=q4",
                    referrer_click_ts=1765299420)
    if user:
        body["cuid"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-iturburu", f"{IT}/v2/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def it_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Iturburu event: ``partner_params`` a JSON string; hashed e-mail and phone in
    ``matching`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("iturburu"), "ids": _it_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T19:21:40.118Z", "device": _it_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-iturburu", f"{IT}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def it_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-iturburu", f"{IT}/v2/sdk_click", body={
        "app_token": app.key("iturburu"), "ids": _it_ids(app), "deeplink": link,
        "click_time": 1765381941, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def en_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None, keywords: Any = None,
           country: str = "USA", region: str = "NY", city: str = "New York",
           lang: str = "en") -> Case:
    """An Enkantea OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "enkantea"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("enkantea"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-enkantea", f"{EN}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def en_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-enkantea", "https://win.enkantea.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s114", "crid": opaque(rng, "c", 6),
        "cp": "0.64", "ifa": L(GAID, ADID), "b": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def ak_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """An Akatsbide breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765382911.2, "type": kind, "msg": message, "data": data or {}}


def ak_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """An Akatsbide report (JSON Lines under its own content type): the header, the item header
    and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "akatsbide"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "locale": L(locale, DEV), "free_memory": L(812003328, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent_at": "2025-12-10T19:24:02.411Z",
             "dsn": f"https://{app.key('akatsbide')}@report.akatsbide.example.org/208"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-akatsbide", f"{AK}/api/208/envelope/", recs,
                 ctype="application/x-akatsbide-envelope",
                 headers={"User-Agent": "akatsbide.android/3.1.0"})


def ak_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-akatsbide", f"{AK}/api/208/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T19:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "akatsbide.android/3.1.0",
                 "X-Akatsbide-Auth": f"Akatsbide key={app.key('akatsbide')}"})


__all__ = ["ak_crash", "ak_crumb", "ak_session", "en_bid", "en_win", "it_event", "it_link",
           "it_session", "kt_alias", "kt_batch", "kt_pixel", "kt_queue"]
