"""Measurement SDKs of the sixty-third set, built once and called by every app with its own
events and choices: analytics "Tallybrine", MMP/attribution "Sourcewillow", OpenRTB 2.5 ads
"Bidgannet" and crash reporting "Faultplover" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families18_kit import IID_UPPER
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

TB = "https://collect.tallybrine.example.com"
SW = "https://app.sourcewillow.example.net"
BG = "https://rtb.bidgannet.example.com"
FP = "https://in.faultplover.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TBUA = "tallybrine-android/2.9.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(s: int) -> str:
    return f"2025-12-10T{(s // 3600) % 24:02d}:{(s // 60) % 60:02d}:{s % 60:02d}.{s % 997:03d}Z"


def tb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallybrine's batch (gzip JSON, snake_case with a ``context``): the anonymous ID (the
    install ID), the user ID signed in, the device, OS, locale, zone, carrier and screen."""
    ctx: dict[str, Any] = {
        "app": {"version": app.ver, "namespace": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "tallybrine-android", "version": "2.9.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": _iso(T0 + 41 * i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallybrine"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": _iso(T0 + 300)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallybrine", f"{TB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TBUA})


def tb_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Tallybrine's identify: a form whose ``data`` field is base64 JSON with the traits."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("tallybrine")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallybrine", f"{TB}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "encoding": "base64"},
                headers={"User-Agent": TBUA})


def tb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallybrine's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": _iso(T0 - 4000 + 61 * i), "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallybrine", f"{TB}/v1/import", recs,
                 headers={"User-Agent": TBUA, "X-Write-Key": app.key("tallybrine")})


def tb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID upper
    case, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_UPPER, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallybrine", f"{TB}/v1/p.gif", query={
        "wk": app.key("tallybrine"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _sw_dev(app: App) -> dict[str, Any]:
    return {"gaid": L(GAID, ADID),
            "sw_uid": L(sdk_uid(random.Random(f"{app.pkg}/sourcewillow")), DID),
            "tracking_enabled": 1, "model": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "lang": L("en", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def sw_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
            n: int = 5) -> Case:
    """Sourcewillow's session open (JSON): the first carries the Android ID and the install
    referrer; every one the session count; ``user`` adds the app's user ID."""
    dev = _sw_dev(app)
    if first:
        dev["android_id"] = L(ANDROID_ID, DID)
    body: dict[str, Any] = {"app_token": app.key("sourcewillow"), "device": dev,
                            "app_version": app.ver, "session_count": L(1 if first else n, USAGE),
                            "sdk_version": "android5.2.0", "request_id": rid(rng),
                            "created_at": "2025-12-10T08:14:02.311Z"}
    if first:
        body["install_referrer"] = "utm_source=willownet&utm_medium=cpi&utm_campaign=dec"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcewillow", f"{SW}/session", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sw_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Sourcewillow event: ``event_data`` a JSON string of the parameters; hashed e-mail and
    phone under ``hashed`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("sourcewillow"), "device": _sw_dev(app),
                            "event_name": L(name, USAGE), "event_data": W(vals, "json"),
                            "created_at": "2025-12-10T08:31:44.902Z", "request_id": rid(rng)}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"email_sha256": L(EMAIL_SHA256, MAIL),
                          "phone_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-sourcewillow", f"{SW}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def sw_deeplink(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sourcewillow", f"{SW}/sdk_click", body={
        "app_token": app.key("sourcewillow"), "device": _sw_dev(app), "deeplink": link,
        "source": "deeplink", "click_time": "2025-12-10T08:02:19.004Z",
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bg_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA") -> Case:
    """A Bidgannet OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(-300, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 15, "country": L(country, COARSE),
               "lastfix": 42}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidgannet"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "hem.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                              "ifa": L(GAID, ADID), "lmt": 0, "w": L(1080, DEV),
                              "h": L(2400, DEV)}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidgannet"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidgannet", f"{BG}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bg_win(app: App, rng: random.Random) -> Case:
    """A win notice (GET): auction, bid and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-bidgannet", "https://win.bidgannet.example.com/w", query={
        "aid": rid(rng), "bidid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.64", "app": app.pkg, "gaid": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fp_crumb(cat: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultplover breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"t": 1765354811.2, "category": cat, "message": message, "data": data or {}}


def fp_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, screen: str = "MainActivity",
              tz: str = "America/New_York", extra: dict[str, Any] | None = None) -> Case:
    """A Faultplover envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "faultplover"), DID),
                            "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                            "battery_level": L(58.0, DEV), "charging": L(False, DEV),
                            "memory_free": L(1811939328, DEV), "timezone": L(tz, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"screen": L(screen, USAGE), "start_type": "warm"}},
             "extra": extra or {}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:02:41.118Z",
             "dsn": f"https://{app.key('faultplover')}@in.faultplover.example.org/23"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-faultplover", f"{FP}/api/23/envelope/", recs,
                 ctype="application/x-faultplover-envelope",
                 headers={"User-Agent": "faultplover.java.android/7.3.0"})


def fp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultplover", f"{FP}/api/23/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-10T08:41:09.517Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultplover.java.android/7.3.0",
                 "X-Faultplover-Auth": f"Faultplover key={app.key('faultplover')}"})


__all__ = ["bg_bid", "bg_win", "fp_crumb", "fp_report", "fp_session", "sw_deeplink",
           "sw_event", "sw_open", "tb_batch", "tb_identify", "tb_pixel", "tb_queue"]
