"""Measurement SDKs of the forty-fifth set, built once and called by every app with its own
events and choices: analytics "Loomstat", MMP/attribution "Attrirook", OpenRTB 2.5 ads
"Bidmallow" and crash reporting "Faultkite" (fictional vendors, hosts under example.*)."""

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

LS = "https://collect.loomstat.example.com"
AR = "https://s2s.attrirook.example.net"
BM = "https://rtb.bidmallow.example.com"
FK = "https://in.faultkite.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
LSUA = "loomstat-android/5.2.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ls_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Loomstat's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, network, carrier), then ``track``
    messages."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": "Google"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"build": app.ver, "namespace": app.pkg}, "library": {"version": "5.2.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T14:{10 + i:02d}:05.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("loomstat"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-10T14:31:00Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-loomstat", f"{LS}/v1/batch", body=body, gz=True,
                headers={"User-Agent": LSUA})


def ls_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Loomstat's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("loomstat")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-loomstat", f"{LS}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": LSUA})


def ls_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Loomstat's offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-loomstat", f"{LS}/v1/import", recs,
                 headers={"User-Agent": LSUA, "X-Loomstat-Key": app.key("loomstat")})


def ls_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-loomstat", f"{LS}/v1/p.gif", query={
        "wk": app.key("loomstat"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ar_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os_version": L("14", DEV),
            "lang": L("en_US", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def _ar_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "rook_uid": L(sdk_uid(random.Random(f"{app.pkg}/rook")), DID),
            "lat": 0}


def ar_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Attrirook's install (the first open: the Android ID and the install referrer) or a later
    open (the open count); ``user`` adds the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("attrirook"), "ids": _ar_ids(app),
                            "device": _ar_dev(), "app_version": app.ver,
                            "opens": L(1 if first else n, USAGE), "sdk": "ar-android-7.3.0",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=rooknet&utm_medium=cpi&utm_campaign=dec25",
                    referrer_click_ts=1765299001)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrirook", f"{AR}/v3/{'install' if first else 'open'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ar_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attrirook event: ``params`` a JSON string; hashed e-mail and phone in ``matching``."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attrirook"), "ids": _ar_ids(app),
                            "event": L(name, USAGE), "params": W(vals, "json"),
                            "created_at": "2025-12-10 14:22:41.318", "device": _ar_dev()}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["matching"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                            "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrirook", f"{AR}/v3/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ar_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrirook", f"{AR}/v3/deeplink", body={
        "app_token": app.key("attrirook"), "ids": _ar_ids(app), "link": link,
        "opened_at": 1765377702, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           region: str = "NY", city: str = "New York", zip_: str = "10118") -> Case:
    """A Bidmallow OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zip_, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmallow"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailmatch.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidmallow"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmallow", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_win(app: App, rng: random.Random, *, price: str = "0.62") -> Case:
    """A win notice: auction, bid, impression and creative IDs and the clearing price (all
    negatives) and the advertising ID."""
    return case(f"{app.fam}-bidmallow", "https://win.bidmallow.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "imp": "1", "crid": opaque(rng, "cr", 6),
        "p": price, "ifa": L(GAID, ADID), "app": app.pkg}, headers={"User-Agent": L(app.ua, DEV)})


def fk_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultkite breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": "2025-12-10T14:28:11.402Z", "kind": kind, "msg": message, "data": data or {}}


def fk_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", extra: dict[str, Any] | None = None) -> Case:
    """A Faultkite envelope (JSON Lines under its own content type): the envelope header, the
    item header and the report (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    report = {"report_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"install": L(sdk_id(app, "faultkite"), DID),
                         "model": L("Pixel 8", DEV), "brand": L("Google", DEV),
                         "battery_pct": L(58, DEV), "charging": False,
                         "timezone": L(tz, DEV), "free_mem": L(1893220352, DEV)},
              "os": {"name": "Android", "version": L("14", DEV),
                     "build": L("AP2A.240905.003", DEV)},
              "context": dict(extra or {}, screen=L(screen, USAGE)), "crumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [{"fn": "onResume", "file": f"{screen}.kt", "line": 88}]}}
    recs = [{"report_id": eid, "sent_at": "2025-12-10T14:28:12.019Z",
             "dsn": f"https://{app.key('faultkite')}@in.faultkite.example.org/204"},
            {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-faultkite", f"{FK}/api/204/envelope", recs,
                 ctype="application/x-faultkite-envelope",
                 headers={"User-Agent": "faultkite-android/3.4.1"})


def fk_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session close (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultkite", f"{FK}/api/204/session", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T14:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "faultkite-android/3.4.1",
                 "X-Faultkite-Auth": f"Faultkite key={app.key('faultkite')}"})


__all__ = ["ar_event", "ar_link", "ar_open", "bm_bid", "bm_win", "fk_crash", "fk_crumb",
           "fk_session", "ls_batch", "ls_identify", "ls_pixel", "ls_queue"]
