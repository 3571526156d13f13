"""Measurement SDKs of the hundred-and-fourteenth set, built once and called by every app with its
own events and choices: analytics "Metricanopy", MMP/attribution "Attrigrove", OpenRTB 2.5 ads
"Bidcassava" and crash reporting "Crashpacu" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families18_kit import IID_UPPER
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families114_kit import TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

MC = "https://in.metricanopy.example.com"
AG = "https://s2s.attrigrove.example.net"
BC = "https://rtb.bidcassava.example.com"
CP = "https://intake.crashpacu.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MCUA = "metricanopy-android/2.14.0"
CPUA = "crashpacu-android/3.3.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, adid: bool, at: Pt | None, nd: int, locale: str, tz: str) -> dict[str, Any]:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)}
    if adid:
        dev["advertising_id"] = L(GAID, ADID)
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg}, "device": dev,
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV)}, "locale": L(locale, DEV),
        "timezone": L(tz, DEV), "network": {"carrier": L("Example Mobile", CARRIER),
                                            "wifi": L(True, DEV)},
        "library": {"name": "metricanopy-android", "version": "2.14.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def mc_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, locale: str = "es_PY",
             tz: str = TZ) -> Case:
    """Metricanopy's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, screen, locale, zone, carrier), the events."""
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T21:{10 + i:02d}:04.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("metricanopy"),
                            "anonymous_id": L(INSTALL_ID, DID),
                            "context": _ctx(app, adid, at, nd, locale, tz), "batch": batch,
                            "sent_at": "2025-12-09T21:19:40.002Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metricanopy", f"{MC}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MCUA, "X-MC-Write-Key": app.key("metricanopy")})


def mc_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Metricanopy's identify: a form whose ``data`` field is base64 JSON (traits)."""
    d: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("metricanopy"), "message_id": sdk_uuid(rng)}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metricanopy", f"{MC}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "encoding": "base64"},
                headers={"User-Agent": MCUA})


def mc_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Metricanopy's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": 1765291000 + 61 * i,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-metricanopy", f"{MC}/v1/import", recs,
                 headers={"User-Agent": MCUA, "X-MC-Write-Key": app.key("metricanopy")})


def mc_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID upper
    case, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_UPPER, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-metricanopy", f"{MC}/v1/p.gif", query={
        "wk": app.key("metricanopy"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ag(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attrigrove"), "gps_adid": L(GAID, ADID),
            "ag_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrigrove")), DID)}


def ag_install(app: App, rng: random.Random) -> Case:
    """Attrigrove's install (JSON): the Android ID, the Play referrer, the device and SIM."""
    body = {**_ag(app), "android_id": L(ANDROID_ID, DID),
            "referrer": "utm_source=grovenet&utm_medium=cpi&utm_campaign=py_dic",
            "install_begin_time": 1765288112, "device": {
                "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                "language": L("es", DEV), "country": L("PY", COARSE),
                "mcc": L("310", CARRIER), "mnc": L("260", CARRIER)},
            "app_version": app.ver, "sdk": "ag-android5.2.0", "request_id": rid(rng)}
    return case(f"{app.fam}-attrigrove", f"{AG}/v2/install", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ag_session(app: App, rng: random.Random, n: int, *, user: bool = True,
               secs: int = 340) -> Case:
    """An Attrigrove session (a form): counts and time spent, the device, the SIM's MCC and
    MNC; ``user`` adds the app's user ID."""
    body: dict[str, Any] = {**_ag(app), "session_count": L(n, USAGE),
                            "time_spent": L(secs, USAGE), "device_name": L("Pixel 8", DEV),
                            "os_version": L("14", DEV), "language": L("es", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "created_at": "2025-12-09T21:02:11.204-0300",
                            "environment": "production"}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-attrigrove", f"{AG}/v2/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ag_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "PYG", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attrigrove event: ``partner_params`` a JSON string; hashed e-mail and phone in
    ``hashed_ids`` when the app passes them."""
    body: dict[str, Any] = {**_ag(app), "event_token": L(token, USAGE),
                            "partner_params": W(params, "json"),
                            "created_at": "2025-12-09T21:04:52.771-0300"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed_ids"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                              "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attrigrove", f"{AG}/v2/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ag_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attrigrove", f"{AG}/v2/deeplink", body={
        **_ag(app), "deeplink": link, "click_time": 1765318841, "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "PRY") -> Case:
    """A Bidcassava OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (Asunción); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("ASU", COARSE), "city": L("Asunción", COARSE),
                               "utcoffset": L(-180, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcassava"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("es", DEV),
              "carrier": L("Example Mobile", CARRIER), "connectiontype": L(2, DEV),
              "ifa": L(GAID, ADID), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.12, secure=1)],
            "app": {"id": app.key("bidcassava"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0}, "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidcassava", f"{BC}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bc_win(app: App, rng: random.Random) -> Case:
    """A win notice: auction, bid, seat and creative IDs and the clearing price (negatives)."""
    return case(f"{app.fam}-bidcassava", "https://win.bidcassava.example.com/w", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "seat": "seat_41",
        "crid": opaque(rng, "cr", 6), "price": "0.38", "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashpacu breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765316211.7, "category": kind, "message": message,
            "data": data or {}}


def cp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = TZ) -> Case:
    """A Crashpacu envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "crashpacu"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(58, DEV),
                                     "free_memory": L(1893412864, DEV),
                                     "timezone": L(tz, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T21:22:40.911Z",
             "dsn": f"https://{app.key('crashpacu')}@intake.crashpacu.example.org/14"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashpacu", f"{CP}/api/14/envelope/", recs,
                 ctype="application/x-crashpacu-envelope", headers={"User-Agent": CPUA})


def cp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 420) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashpacu", f"{CP}/api/14/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T20:58:02.114Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": CPUA, "X-Crashpacu-Auth": f"Crashpacu key={app.key('crashpacu')}"})


__all__ = ["ag_event", "ag_install", "ag_link", "ag_session", "bc_bid", "bc_win", "cp_crash",
           "cp_crumb", "cp_session", "mc_batch", "mc_identify", "mc_pixel", "mc_queue"]
