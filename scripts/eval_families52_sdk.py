"""Measurement SDKs of the fifty-second set, built once and called by every app with its own
events and choices: analytics "Countwhelk", MMP/attribution "Tracebuoy", OpenRTB 2.5 ads
"Bidquokka" and crash reporting "Snagmoth" (fictional vendors, hosts under example.*)."""

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

CW = "https://in.countwhelk.example.com"
TB = "https://s2s.tracebuoy.example.net"
BQ = "https://rtb.bidquokka.example.com"
SM = "https://o42.snagmoth.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CWUA = "countwhelk-android/5.3.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US",
             carrier: tuple[str, str] = (MCCMNC, "Example Mobile")) -> Case:
    """Countwhelk's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (app, device, OS, locale, zone, network), then the events."""
    ctx: dict[str, Any] = {
        "app": {"build": app.ver, "namespace": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": "Android", "version": L("14", DEV)}, "locale": L(locale, DEV),
        "timezone": L(tz, DEV), "screen": {"width": 1080, "height": 2400, "density": 2.625},
        "network": {"carrier": L(carrier[1], CARRIER), "mcc_mnc": L(carrier[0], CARRIER),
                    "wifi": True}, "library": {"name": "countwhelk-android", "version": "5.3.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T23:{10 + i:02d}:0{i}.114Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countwhelk"), "anonymous_id":
                            L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-09T23:19:44.902Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwhelk", f"{CW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CWUA})


def cw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countwhelk's identify: JSON with the traits the app chose to send."""
    body: dict[str, Any] = {"type": "identify", "anonymous_id": L(INSTALL_ID, DID),
                            "traits": traits, "message_id": sdk_uuid(rng),
                            "write_key": app.key("countwhelk")}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countwhelk", f"{CW}/v1/identify", body=body,
                headers={"User-Agent": CWUA})


def cw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4100 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countwhelk", f"{CW}/v1/import", recs,
                 headers={"User-Agent": CWUA, "X-Write-Key": app.key("countwhelk")})


def cw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-countwhelk", f"{CW}/v1/p.gif", query={
        "wk": app.key("countwhelk"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _tb_dev(carrier: tuple[str, str] = (MCCMNC, "Example Mobile")) -> dict[str, Any]:
    return {"device_type": "phone", "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc_mnc": L(carrier[0], CARRIER),
            "network_operator": L(carrier[1], CARRIER)}


def tb_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7, carrier: tuple[str, str] = (MCCMNC, "Example Mobile")) -> Case:
    """Tracebuoy's install or session (a form): the advertising ID, the SDK's own ID, the
    session count; the first also the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("tracebuoy"), "gps_adid": L(GAID, ADID),
                            "tb_uid": L(sdk_uid(random.Random(f"{app.pkg}/tracebuoy")), DID),
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T23:02:11.331Z+0000",
                            "app_version": app.ver, **_tb_dev(carrier)}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=buoynet&utm_medium=cpi&utm_campaign=q4_52",
                    install_begin_time="2025-12-09T22:58:40Z")
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-tracebuoy", f"{TB}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def tb_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Tracebuoy event (a form): ``callback_params`` a JSON string; revenue in its own
    fields; hashed e-mail and phone in ``partner_params`` (JSON string) when passed."""
    body: dict[str, Any] = {"app_token": app.key("tracebuoy"), "event_token": L(token, USAGE),
                            "gps_adid": L(GAID, ADID), "callback_params": W(params, "json"),
                            "event_count": 3, **_tb_dev()}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    if hashed:
        body["partner_params"] = W({"sha256_email": L(EMAIL_SHA256, MAIL),
                                    "sha256_phone": L(PHONE_SHA256, TEL)}, "json")
    return case(f"{app.fam}-tracebuoy", f"{TB}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def tb_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-tracebuoy", f"{TB}/sdk_click", body={
        "app_token": app.key("tracebuoy"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T23:05:10Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           ipgeo: tuple[str, str, str] = ("NY", "New York", "10118"),
           carrier: str = "Example Mobile", lang: str = "en") -> Case:
    """A Bidquokka OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE),
                               "zip": L(ipgeo[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidquokka"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L(lang, DEV), "carrier": L(carrier, CARRIER),
              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0,
              "h": L(2400, DEV), "w": L(1080, DEV)}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1, tagid=opaque(rng, "tg", 6))],
            "app": {"id": app.key("bidquokka"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pq", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidquokka", f"{BQ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid and creative IDs and the clearing price are negatives."""
    return case(f"{app.fam}-bidquokka", "https://win.bidquokka.example.com/w", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cq", 6),
        "p": "0.84", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def sm_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Snagmoth breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765322012.7, "category": kind, "message": message, "data": data or {}}


def sm_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Snagmoth envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "snagmoth"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV), "locale": L(locale, DEV),
                                     "timezone": L(tz, DEV), "free_memory": L(1288421376, DEV),
                                     "simulator": False},
                          "os": {"name": "Android", "version": L("14", DEV),
                                 "rooted": L(False, DEV)},
                          "app": {"screen": L(screen, USAGE), "start_type": "warm"}},
             "extra": extra or {}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stacktrace": [{"function": "onResume", "lineno": 88,
                                           "module": f"{app.pkg}.ui.{screen}"}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:25:31.014Z",
             "dsn": f"https://{app.key('snagmoth')}@o42.snagmoth.example.org/52"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-snagmoth", f"{SM}/api/52/envelope/", recs,
                 ctype="application/x-snagmoth-envelope",
                 headers={"User-Agent": "snagmoth.java.android/7.1.0"})


def sm_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 604) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-snagmoth", f"{SM}/api/52/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T23:00:02.118Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "snagmoth.java.android/7.1.0",
                 "X-Snagmoth-Auth": f"Snagmoth key={app.key('snagmoth')}"})


__all__ = ["bq_bid", "bq_win", "cw_batch", "cw_identify", "cw_pixel", "cw_queue", "sm_crash",
           "sm_crumb", "sm_session", "tb_event", "tb_link", "tb_session"]
