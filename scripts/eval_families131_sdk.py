"""Measurement SDKs of the hundred-and-thirty-first set, built once and called by every app with
its own events and choices: analytics "Gaugemarmot", MMP/attribution "Ibexlink", OpenRTB 2.5 ads
"Bidyak" and crash reporting "Faultpika" (fictional vendors, hosts under example.*)."""

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

GM = "https://collect.gaugemarmot.example.com"
IL = "https://s2s.ibexlink.example.net"
BY = "https://rtb.bidyak.example.com"
FP = "https://in.faultpika.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GMUA = "gaugemarmot-android/2.4.0"
TZ = "Asia/Dushanbe"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ) -> Case:
    """Gaugemarmot's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier and network country), events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": "Android", "version": L("14", DEV)},
                           "locale": L("en-US", DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "country": L("tj", CARRIER), "wifi": True},
                           "app": {"version": app.ver, "build": "4117"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": f"2025-12-10T0{i}:1{i}:22.{i}41Z"}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gaugemarmot"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": "2025-12-10T09:14:02.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugemarmot", f"{GM}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GMUA})


def gm_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Gaugemarmot's traits update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("gaugemarmot")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugemarmot", f"{GM}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": GMUA})


def gm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed when the network came back: JSON Lines, IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 + 31000 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugemarmot", f"{GM}/v1/import", recs,
                 headers={"User-Agent": GMUA, "X-Write-Key": app.key("gaugemarmot")})


def gm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON in the query (install ID, no dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url", acc)
    return add(case(f"{app.fam}-gaugemarmot", f"{GM}/v1/p.gif", query={
        "wk": app.key("gaugemarmot"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _il_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "ibex_uid": L(sdk_uid(random.Random(f"{app.pkg}/ibexlink")), DID),
            "lat": False}


def _il_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "tz": L(TZ, DEV)}


def il_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 4) -> Case:
    """Ibexlink's session (JSON): the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("ibexlink"), "ids": _il_ids(app),
                            "device": _il_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk_version": "6.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(install_referrer="utm_source=ibexads&utm_medium=cpi&utm_campaign=tj_q4",
                    referrer_click_ts=1765290412)
    if user:
        body["app_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-ibexlink", f"{IL}/v2/{'install' if first else 'session'}", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def il_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "TJS", hashed: bool = False,
             user: bool = True) -> Case:
    """An Ibexlink event: ``partner_params`` a JSON string; hashed e-mail and phone when given."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("ibexlink"), "ids": _il_ids(app),
                            "event": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T11:02:41.118+0500", "device": _il_dev()}
    if user:
        body["app_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-ibexlink", f"{IL}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def il_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-ibexlink", f"{IL}/v2/deeplink", body={
        "app_token": app.key("ibexlink"), "ids": _il_ids(app), "deeplink": link,
        "opened_at": 1765341222, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def by_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "TJK",
           city: str = "Dushanbe") -> Case:
    """A Bidyak OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "city": L(city, COARSE), "utcoffset": 300}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidyak"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08, secure=1)],
            "app": {"id": app.key("bidyak"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidyak", f"{BY}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def by_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "cp": "0.21", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidyak", f"https://n.bidyak.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultpika breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"t": 1765341911.2, "type": kind, "msg": message, "data": data or {}}


def fp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultpika envelope (JSON Lines under its own content type): header, item, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "faultpika"), DID),
                                     "model": L("Pixel 8", DEV), "battery_level": L(58, DEV),
                                     "free_memory": L(1184223232, DEV), "timezone": L(TZ, DEV)},
                          "os": {"name": "Android", "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:24:02.411Z",
             "dsn": f"https://{app.key('faultpika')}@in.faultpika.example.org/31"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultpika", f"{FP}/api/31/envelope/", recs,
                 ctype="application/x-faultpika-envelope",
                 headers={"User-Agent": "faultpika.android/3.1.0"})


def fp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 344) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultpika", f"{FP}/api/31/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-10T09:01:09.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "prod"}},
        headers={"User-Agent": "faultpika.android/3.1.0",
                 "X-Faultpika-Auth": f"Faultpika key={app.key('faultpika')}"})


__all__ = ["by_bid", "by_notice", "fp_crash", "fp_crumb", "fp_session", "gm_batch",
           "gm_identify", "gm_pixel", "gm_queue", "il_event", "il_launch", "il_link"]
