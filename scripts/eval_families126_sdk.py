"""Measurement SDKs of the hundred-and-twenty-sixth set, built once and called by every app with
its own events and choices: analytics "Metriwrasse", MMP/attribution "Attriboom", OpenRTB 2.5
ads "Bidmullet" and crash reporting "Faultreef" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_SHA256,
    GENDER,
    IID_NODASH,
    IPLOC,
    MAIL,
    MCCMNC,
    PHONE_SHA256,
    PRECISE,
    TEL,
    UID,
    USAGE,
    Acc,
    add,
    enc,
)
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

MW = "https://in.metriwrasse.example.com"
AB = "https://sdk.attriboom.example.net"
BM = "https://rtb.bidmullet.example.com"
FR = "https://o.faultreef.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)"
MODEL, TZ = "SM-A546E", "Pacific/Apia"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, locale: str = "en_WS") -> Case:
    """Metriwrasse's batch (gzip JSON, snake_case): the install ID as ``anon_id``, the user ID
    signed in, a ``context`` block (model, OS, locale, zone, carrier), then the events."""
    ctx: dict[str, Any] = {"device_model": L(MODEL, DEV), "manufacturer": L("samsung", DEV),
                           "os_version": L("14", DEV), "locale": L(locale, DEV),
                           "timezone": L(TZ, DEV), "carrier": L("Example Mobile", CARRIER),
                           "network": L("wifi", DEV), "app_version": app.ver}
    if adid:
        ctx["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    evs = [{"event": L(name, USAGE), "properties": props, "message_id": sdk_uuid(rng),
            "timestamp": (T0 + 41 * i) * 1000 + 207} for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("metriwrasse"), "anon_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": evs, "sent_at": T0 * 1000 + 8120}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metriwrasse", f"{MW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "Metriwrasse-Android/2.4.0"})


def mw_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Metriwrasse's identify: a form whose ``data`` field is base64 JSON."""
    p = {"anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("metriwrasse")}
    return case(f"{app.fam}-metriwrasse", f"{MW}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"},
                headers={"User-Agent": "Metriwrasse-Android/2.4.0"})


def mw_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed after a cyclone outage: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anon_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "properties": props, "timestamp": (T0 - 86400 + 61 * i) * 1000,
             "message_id": sdk_uuid(rng)} for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-metriwrasse", f"{MW}/v1/import", recs,
                 headers={"User-Agent": "Metriwrasse-Android/2.4.0",
                          "X-Write-Key": app.key("metriwrasse")})


def mw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-metriwrasse", f"{MW}/v1/p.gif", query={
        "wk": app.key("metriwrasse"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_ids(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID), "ab_uid": L(sdk_uid(random.Random(f"{app.pkg}/attriboom")), DID),
            "lat": False}


def _ab_dev() -> dict[str, Any]:
    return {"model": L(MODEL, DEV), "brand": L("samsung", DEV), "os": L("Android 14", DEV),
            "lang": L("en", DEV), "country": L("US", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def ab_launch(app: App, rng: random.Random, *, first: bool = False, n: int = 5) -> Case:
    """Attriboom's install or session (JSON): the Android ID and referrer on the first."""
    body: dict[str, Any] = {"app_token": app.key("attriboom"), "ids": _ab_ids(app),
                            "device": _ab_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk_ver": "6.2.1",
                            "nonce": rid(rng), "customer_id": L(USER_ID, UID)}
    if first:
        body["ids"]["android_id"] = L(ANDROID_ID, DID)
        del body["customer_id"]
        body.update(referrer="utm_source=boomnet&utm_medium=cpi&utm_campaign=pacific_q4",
                    click_ts=1765298410)
    return case(f"{app.fam}-attriboom", f"{AB}/v2/{'install' if first else 'session'}",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "WST", hashed: bool = False) -> Case:
    """An Attriboom event: ``partner_params`` a JSON string; hashed contacts in ``hashed``."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("attriboom"), "ids": _ab_ids(app),
                            "event_token": L(name, USAGE), "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T08:14:22.301+1300", "device": _ab_dev(),
                            "customer_id": L(USER_ID, UID)}
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attriboom", f"{AB}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field)."""
    return case(f"{app.fam}-attriboom", f"{AB}/v2/deeplink", body={
        "app_token": app.key("attriboom"), "ids": _ab_ids(app), "deeplink": link,
        "nonce": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "WSM") -> Case:
    """A Bidmullet OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo (her
    roaming SIM's IP says New York); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "country": L(country, COARSE),
               "utcoffset": L(780, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmullet"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "ifa": L(GAID, ADID),
              "make": L("Samsung", DEV), "model": L(MODEL, DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("bidmullet"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidmullet", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidmullet", f"https://ev.bidmullet.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "cp": "0.42", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fr_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultreef breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"t": 1765355123.8, "type": kind, "msg": message, "data": data or {}}


def fr_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             screen: str = "MainActivity", user: dict[str, Any] | None = None) -> Case:
    """A Faultreef envelope (JSON Lines under its own content type)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"id": L(sdk_id(app, "faultreef"), DID),
                                     "model": L(MODEL, DEV), "brand": L("samsung", DEV),
                                     "battery_level": L(38, DEV), "charging": L(False, DEV),
                                     "timezone": L(TZ, DEV), "free_memory": L(812331008, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE), "offline": "true"}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "mod": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T08:31:02.114Z",
             "dsn": f"https://{app.key('faultreef')}@o.faultreef.example.org/126"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-faultreef", f"{FR}/api/126/envelope/", recs,
                 ctype="application/x-faultreef-envelope",
                 headers={"User-Agent": "faultreef.android/3.1.0"})


def fr_session(app: App, rng: random.Random, *, secs: int = 430) -> Case:
    """A session update (JSON): ``did`` the user ID, ``duration`` the session length."""
    return case(f"{app.fam}-faultreef", f"{FR}/api/126/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-10T07:58:40.004Z", "duration": L(secs, USAGE), "status": "exited",
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultreef.android/3.1.0",
                 "X-Faultreef-Auth": f"Faultreef key={app.key('faultreef')}"})


__all__ = ["ab_event", "ab_launch", "ab_link", "bm_bid", "bm_notice", "fr_crash", "fr_crumb",
           "fr_session", "mw_batch", "mw_identify", "mw_pixel", "mw_queue"]
