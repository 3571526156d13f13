"""Measurement SDKs of the ninety-fourth set, built once and called by every app with its own
events and choices: analytics "Kuzatly", MMP/attribution "Manbaroot", OpenRTB 2.5 ads
"Savdobid" and crash reporting "Xatocatch" (fictional vendors, hosts under example.*)."""

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

KZ = "https://api.kuzatly.example.com"
MB = "https://s2s.manbaroot.example.net"
SB = "https://rtb.savdobid.example.com"
XC = "https://in.xatocatch.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
KZUA = "kuzatly-android/2.14.0"
TZ = "Asia/Tashkent"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str, at: Pt | None, nd: int,
         roaming: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "build": "5521"},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": 1080, "height": 2400, "density": 2.625}}
    if roaming:
        ctx["network"]["roaming_mccmnc"] = L("43405", CARRIER)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def kz_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ,
             locale: str = "en_US", roaming: bool = False, gz: bool = True) -> Case:
    """Kuzatly's batch (gzip JSON, snake_case): ``anonymous_id`` is the install ID, one
    ``context`` (device, OS, locale, zone, carrier, a position at ``nd`` decimals), the events."""
    ctx = _ctx(app, tz, locale, at, nd, roaming)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": (T0 + 41 * i) * 1000 + 207}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("kuzatly"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": (T0 + 300) * 1000}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-kuzatly", f"{KZ}/v1/batch", body=body, gz=gz,
                headers={"User-Agent": KZUA})


def kz_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Kuzatly's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("kuzatly")}
    return case(f"{app.fam}-kuzatly", f"{KZ}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": KZUA})


def kz_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             gz: bool = False) -> Case:
    """Kuzatly's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-kuzatly", f"{KZ}/v1/import", recs, gz=gz,
                 headers={"User-Agent": KZUA, "X-Kuzatly-Key": app.key("kuzatly")})


def kz_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"aid": L(IID_NODASH, DID), "ev": L(name, USAGE), "pr": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-kuzatly", f"{KZ}/v1/p.gif", query={
        "wk": app.key("kuzatly"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _mb_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "mb_uid": L(sdk_uid(random.Random(f"{app.pkg}/manbaroot")), DID),
            "lat": False}


def _mb_dev(roaming: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"model": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "lang": L("en-US", DEV), "sim_mccmnc": L(MCCMNC, CARRIER),
                         "carrier": L("Example Mobile", CARRIER)}
    if roaming:
        d["net_mccmnc"] = L("43405", CARRIER)
    return d


def mb_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9, roaming: bool = True) -> Case:
    """Manbaroot's install (the Android ID, the referrer) or session (the session count)."""
    body: dict[str, Any] = {"app_token": app.key("manbaroot"), "ids": _mb_ids(app),
                            "device": _mb_dev(roaming), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "mb-and-6.2.1",
                            "nonce": rid(rng)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        body.update(referrer="utm_source=ipakads&utm_medium=cpi&utm_campaign=tash_q4",
                    click_ts=1764701122)
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-manbaroot", f"{MB}/v2/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def mb_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "UZS", hashed: bool = False,
             roaming: bool = True) -> Case:
    """A Manbaroot event: ``event_value`` a JSON string; hashed e-mail and phone when passed."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("manbaroot"), "ids": _mb_ids(app),
                            "event": L(name, USAGE), "event_value": W(vals, "json"),
                            "user_id": L(USER_ID, UID), "device": _mb_dev(roaming),
                            "created_at": "2025-12-02T09:41:17.330Z"}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-manbaroot", f"{MB}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def mb_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-manbaroot", f"{MB}/v2/deeplink", body={
        "app_token": app.key("manbaroot"), "ids": _mb_ids(app), "link": link,
        "opened_at": 1764702291, "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def sb_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, uz: bool = True) -> Case:
    """A Savdobid OpenRTB 2.5 bid request: GPS geo (``at``) or IP geo; ``user.buyeruid`` the
    SDK's buyer ID; ``coppa`` a child-directed app (no advertising ID)."""
    country, region, city = ("UZB", "TK", "Tashkent") if uz else ("USA", "NY", "New York")
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 22, "country": L(country, COARSE)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "savdobid"), DID)}
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
                              "mccmnc": L("434-05" if uz else "310-260", CARRIER),
                              "connectiontype": L(2, DEV), "devicetype": L(4, DEV),
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.08 if uz else 0.3, secure=1)],
            "app": {"id": app.key("savdobid"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-savdobid", f"{SB}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def sb_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "cid": opaque(rng, "cr", 6),
                         "p": "0.19", "b": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-savdobid", f"https://ev.savdobid.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def xc_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Xatocatch breadcrumb (``nav``, ``net``, ``ui``, ``log``)."""
    return {"t": 1764752011.2, "type": kind, "msg": message, "data": data or {}}


def xc_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = TZ, extra: dict[str, Any] | None = None) -> Case:
    """A Xatocatch envelope (JSON Lines under its own content type): header, item, event."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "xatocatch"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                                     "memory_free": L(1873420288, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                          "app": {"screen": L(screen, USAGE)}},
             "extra": extra or {}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-03T06:14:22.511Z",
             "dsn": f"https://{app.key('xatocatch')}@in.xatocatch.example.org/94"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-xatocatch", f"{XC}/api/94/envelope/", recs,
                 ctype="application/x-xatocatch-envelope",
                 headers={"User-Agent": "xatocatch.java.android/7.1.0"})


def xc_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-xatocatch", f"{XC}/api/94/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-03T05:58:41.020Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "xatocatch.java.android/7.1.0",
                 "X-Xatocatch-Auth": f"Xatocatch key={app.key('xatocatch')}"})


__all__ = ["kz_batch", "kz_identify", "kz_pixel", "kz_queue", "mb_event", "mb_link",
           "mb_session", "sb_bid", "sb_notice", "xc_crash", "xc_crumb", "xc_session"]
