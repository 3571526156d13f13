"""Measurement SDKs of the seventy-sixth set, built once and called by every app with its own
events and choices: analytics "Sledilko", MMP/attribution "Pripisnik", OpenRTB 2.5 ads
"Drazbica" and crash reporting "Sesutek" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
)

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

SL = "https://collect.sledilko.example.com"
PR = "https://s2s.pripisnik.example.net"
DZ = "https://rtb.drazbica.example.com"
SS = "https://ingest.sesutek.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SLUA = "sledilko-android/2.14.0"
NY = {"tz": "America/New_York", "country": "USA", "region": "NY", "city": "New York",
      "zip": "10118"}


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def sl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", roam: dict[str, str] | None = None,
             wifi: bool = False) -> Case:
    """Sledilko's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, network; the visited network abroad, the
    Wi-Fi's SSID and BSSID with ``wifi``) and the ``track`` calls."""
    net: dict[str, Any] = {"carrier": L("Example Mobile", CARRIER)}
    if roam:
        net.update(visited_mccmnc=L(roam["mccmnc"], CARRIER),
                   visited_operator=L(roam["operator"], CARRIER), roaming=True)
    if wifi:
        net.update(ssid=L(SSID, "location.wifi"), bssid=L(BSSID, "location.wifi"))
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L("en-US", DEV), "timezone": L(tz, DEV), "network": net,
                           "screen": L("1080x2400", DEV),
                           "app": {"version": app.ver, "build": "4021"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T21:0{i}:14.{200 + i}Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("sledilko"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": "2025-12-09T21:09:58Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sledilko", f"{SL}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SLUA})


def sl_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Sledilko's identify: a form whose ``data`` field is base64 JSON."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("sledilko")}
    return case(f"{app.fam}-sledilko", f"{SL}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": SLUA})


def sl_queue(app: App, rng: random.Random, events: list[Ev]) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = [{"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
             "user_id": L(USER_ID, UID), "properties": props,
             "timestamp": (T0 - 4200 + 61 * i) * 1000, "message_id": sdk_uuid(rng)}
            for i, (name, props) in enumerate(events)]
    return lines(f"{app.fam}-sledilko", f"{SL}/v1/import", recs,
                 headers={"User-Agent": SLUA, "X-Sledilko-Key": app.key("sledilko")})


def sl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-sledilko", f"{SL}/v1/p.gif", query={
        "k": app.key("sledilko"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _pr_dev(app: App, roam: dict[str, str] | None) -> dict[str, Any]:
    d: dict[str, Any] = {"app_token": app.key("pripisnik"), "gps_adid": L(GAID, ADID),
                         "pr_uid": L(sdk_uid(random.Random(f"{app.pkg}/pripisnik")), DID),
                         "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "language": L("en", DEV), "mcc": L("310", CARRIER),
                         "mnc": L("260", CARRIER), "app_version": app.ver,
                         "tracking_enabled": "1"}
    if roam:
        d["network_mccmnc"] = L(roam["mccmnc"], CARRIER)
    return d


def pr_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9, roam: dict[str, str] | None = None) -> Case:
    """Pripisnik's session (a form): the first carries the Android ID and the referrer."""
    body = dict(_pr_dev(app, roam), session_count=L(1 if first else n, USAGE),
                created_at="2025-12-09T21:03:11.402Z", sent_at="2025-12-09T21:03:11.870Z")
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=pripnet&utm_medium=cpi&utm_campaign=q4")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-pripisnik", f"{PR}/{'install' if first else 'session'}", fmt="form",
                body=body, headers={"User-Agent": L(DALVIK, DEV)})


def pr_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Pripisnik event (JSON): ``partner_params`` a JSON string; revenue; hashed e-mail and
    phone when the app passes them."""
    body: dict[str, Any] = dict(_pr_dev(app, None), event_token=L(token, USAGE),
                                partner_params=W(params, "json"), event_id=rid(rng))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-pripisnik", f"{PR}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def pr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-pripisnik", f"{PR}/sdk_click", body=dict(
        _pr_dev(app, None), source="deeplink", deeplink=link, click_time=1765321120),
        headers={"User-Agent": L(DALVIK, DEV)})


def dz_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None, geo_ip: dict[str, str] | None = None,
           roam: dict[str, str] | None = None) -> Case:
    """A Drazbica OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    g = geo_ip or NY
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(g["country"], COARSE),
                               "region": L(g["region"], COARSE), "city": L(g["city"], COARSE),
                               "zip": L(g["zip"], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12,
               "country": L(g["country"], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "drazbica"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L(roam["operator"] if roam else "Example Mobile",
                                           CARRIER),
                              "mccmnc": L(roam["mccmnc"][:3] + "-" + roam["mccmnc"][3:]
                                          if roam else "310-260", CARRIER),
                              "connectiontype": L(6 if roam else 2, DEV), "lmt": 0,
                              "devicetype": 4, "w": 1080, "h": 2400}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD" if not roam else "EUR"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("drazbica"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 1 if roam else 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-drazbica", f"{DZ}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def dz_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-drazbica", "https://win.drazbica.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6), "p": "0.84",
        "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ss_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Sesutek breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765321911.2, "category": kind, "message": message, "data": data or {}}


def ss_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             tags: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Sesutek envelope (JSON Lines under its own content type): the header, the item header
    and the event (the user, the device and OS, contexts, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "level": "fatal", "release": f"{app.pkg}@{app.ver}",
             "user": {"id": L(USER_ID, UID), "ip_address": L(PUBLIC_IP, "location.ip")},
             "contexts": {"device": {"id": L(sdk_id(app, "sesutek"), DID),
                                     "model": L("Pixel 8", DEV),
                                     "battery_level": L(58, DEV), "free_memory": L(1184202752, DEV),
                                     "timezone": L(tz, DEV), "locale": L(locale, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)},
                          "app": {"app_start_time": "2025-12-09T21:01:10Z"}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)),
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T21:11:40.118Z",
             "dsn": f"https://{app.key('sesutek')}@ingest.sesutek.example.org/204"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-sesutek", f"{SS}/api/204/envelope/", recs,
                 ctype="application/x-sesutek-envelope",
                 headers={"User-Agent": "sesutek.java.android/7.3.0"})


def ss_session(app: App, rng: random.Random, *, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID, the session length ``behavior.usage``."""
    return case(f"{app.fam}-sesutek", f"{SS}/api/204/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID), "init": False,
        "started": "2025-12-09T21:01:10.221Z", "duration": L(secs, USAGE), "status": "exited",
        "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "sesutek.java.android/7.3.0",
                 "X-Sesutek-Auth": f"Sesutek key={app.key('sesutek')}"})


__all__ = ["dz_bid", "dz_win", "pr_event", "pr_link", "pr_session", "sl_batch", "sl_identify",
           "sl_pixel", "sl_queue", "ss_crash", "ss_crumb", "ss_session"]
