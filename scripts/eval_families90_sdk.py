"""Measurement SDKs of the ninetieth set, built once and called by every app with its own events
and choices: analytics "Merkovac", MMP/attribution "Tragomer", OpenRTB 2.5 ads "Licitarka" and
crash reporting "Kvarnik" (fictional vendors, hosts under example.*)."""

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

MK = "https://in.merkovac.example.com"
TG = "https://sdk.tragomer.example.net"
LC = "https://rtb.licitarka.example.com"
KV = "https://api.kvarnik.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MKUA = "merkovac-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """Merkovac's batch (gzip JSON, snake_case): a ``context`` (the install ID as
    ``anonymous_id``, device, OS, locale, zone, carrier, optionally a position) and events."""
    ctx: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID),
                           "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                                      "ad_id": L(GAID, ADID) if adid else None},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
                           "app": {"build": app.ver, "namespace": app.pkg}}
    if not adid:
        del ctx["device"]["ad_id"]
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 233} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("merkovac"), "context": ctx, "batch": evs,
                            "sent_at": T0 * 1000 + 8120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-merkovac", f"{MK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MKUA})


def mk_alias(app: App, rng: random.Random, traits: dict[str, Any], *,
             user: bool = True) -> Case:
    """Merkovac's identify: a form whose ``data`` field is base64 JSON (the install ID, the
    user ID, traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-merkovac", f"{MK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "write_key": app.key("merkovac")},
                headers={"User-Agent": MKUA})


def mk_offline(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Merkovac's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4000 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-merkovac", f"{MK}/v1/import", recs,
                 headers={"User-Agent": MKUA, "X-Write-Key": app.key("merkovac")})


def mk_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-merkovac", f"{MK}/v1/p.gif", query={
        "wk": app.key("merkovac"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tg_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "tg_uid": L(sdk_uid(random.Random(f"{app.pkg}/tragomer")), DID),
            "lat": 0}


def _tg_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os_ver": L("14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER)}


def tg_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Tragomer's install or open (JSON): the first carries the Android ID and the referrer;
    every one the open count; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_key": app.key("tragomer"), "ids": _tg_ids(app),
                            "dev": _tg_dev(), "app_ver": app.ver,
                            "open_count": L(1 if first else n, USAGE), "sdk_ver": "6.2.1",
                            "req": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=dunavnet&utm_medium=cpi&utm_campaign=d50",
                    click_ts=1765281102)
    if user:
        body["cuid"] = L(USER_ID, UID)
    return case(f"{app.fam}-tragomer", f"{TG}/v2/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tg_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Tragomer event: ``props`` a JSON string of the parameters; hashed e-mail and phone in
    ``match`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_key": app.key("tragomer"), "ids": _tg_ids(app),
                            "name": L(name, USAGE), "props": W(vals, "json"),
                            "ts": "2025-12-09T21:14:08.551Z", "dev": _tg_dev()}
    if user:
        body["cuid"] = L(USER_ID, UID)
    if hashed:
        body["match"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-tragomer", f"{TG}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def tg_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tragomer", f"{TG}/v2/deeplink", body={
        "app_key": app.key("tragomer"), "ids": _tg_ids(app), "link": link,
        "opened_at": 1765290441, "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def lc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "SRB",
           ipgeo: tuple[str, str] = ("00", "Belgrade")) -> Case:
    """A Licitarka OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "licitarka"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "idbridge.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("licitarka"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "lp", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1}}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-licitarka", f"{LC}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def lc_win(app: App, rng: random.Random) -> Case:
    """A win beacon: auction, bid and creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-licitarka", "https://win.licitarka.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "lcr", 6),
        "p": "0.43", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def kv_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Kvarnik breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765291911.2, "type": kind, "msg": message, "data": data or {}}


def kv_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "Europe/Belgrade", extra: dict[str, Any] | None = None) -> Case:
    """A Kvarnik envelope (JSON Lines under its own content type): the header, the item
    header and the report (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"install": L(sdk_id(app, "kvarnik"), DID), "model": L("Pixel 8", DEV),
                        "brand": L("Google", DEV), "battery_pct": L(57, DEV),
                        "timezone": L(tz, DEV), "free_ram": L(1873002496, DEV)},
             "os": {"name": L("Android", DEV), "version": L("14", DEV),
                    "rooted": L(False, DEV)},
             "context": dict(extra or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"class": exc[0], "message": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"id": eid, "sent_at": "2025-12-09T21:31:02.117Z",
             "dsn": f"https://{app.key('kvarnik')}@api.kvarnik.example.org/90"},
            {"type": "report", "length": 0}, event]
    return lines(f"{app.fam}-kvarnik", f"{KV}/v1/90/envelope", recs,
                 ctype="application/x-kvarnik-envelope",
                 headers={"User-Agent": "kvarnik-android/3.3.0"})


def kv_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 430) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-kvarnik", f"{KV}/v1/90/session", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-09T20:58:40.003Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "kvarnik-android/3.3.0",
                 "X-Kvarnik-Key": app.key("kvarnik")})


__all__ = ["kv_crash", "kv_crumb", "kv_session", "lc_bid", "lc_win", "mk_alias", "mk_batch",
           "mk_offline", "mk_pixel", "tg_event", "tg_link", "tg_open"]
