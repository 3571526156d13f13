"""Measurement SDKs of the seventy-fourth set, built once and called by every app with its own
events and choices: analytics "Countbrook", MMP/attribution "Referloom", OpenRTB 2.5 ads
"Bidwhelk" and crash reporting "Faultgrebe" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

CB = "https://in.countbrook.example.com"
RL = "https://app.referloom.example.net"
BW = "https://rtb.bidwhelk.example.com"
FG = "https://o.faultgrebe.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CBUA = "countbrook-android/5.2.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def cb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Countbrook's batch (gzip JSON, snake_case): one ``context`` (the install ID as the
    device ID, model, OS, screen, carrier, locale, zone, optionally a position), then tracks."""
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"id": L(INSTALL_ID, DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "library": {"name": "countbrook-android", "version": "5.2.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
        ctx["device"]["ad_tracking_enabled"] = True
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T22:{10 + i:02d}:41.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("countbrook"), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-09T22:31:02.004Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-countbrook", f"{CB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": CBUA})


def cb_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Countbrook's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"user_id": L(USER_ID, UID), "anonymous_id": L(INSTALL_ID, DID), "traits": traits,
         "write_key": app.key("countbrook")}
    return case(f"{app.fam}-countbrook", f"{CB}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "5"}, headers={"User-Agent": CBUA})


def cb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countbrook's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countbrook", f"{CB}/v1/import", recs,
                 headers={"User-Agent": CBUA, "X-Countbrook-Key": app.key("countbrook")})


def cb_pixel(app: App, rng: random.Random, name: str, *, locale: str = "en-US",
             tz: str = "America/New_York") -> Case:
    """A signed-out screen beacon (GET): the install ID without dashes and the screen in the
    query, ``ctx`` base64url JSON (locale, zone, screen size)."""
    acc: Acc = {}
    ctx = enc({"l": L(locale, DEV), "tz": L(tz, DEV), "sw": L(1080, DEV), "sh": L(2400, DEV)},
              "query", "ctx", "b64url", acc)
    return add(case(f"{app.fam}-countbrook", f"{CB}/v1/p.gif", query={
        "wk": app.key("countbrook"), "aid": L(IID_NODASH, DID), "scr": L(name, USAGE),
        "ctx": ctx, "cb": opaque(rng, "", 8)}, headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _rl_ids(app: App) -> dict[str, Any]:
    return {"app_token": app.key("referloom"), "gps_adid": L(GAID, ADID),
            "android_uuid": L(sdk_id(app, "referloom"), DID), "tracking_enabled": "1"}


def rl_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9, lang: str = "en") -> Case:
    """Referloom's session (a form): the first also the Android ID and the install referrer;
    ``callback_params`` a JSON string naming the user when the app passes it."""
    body: dict[str, Any] = {**_rl_ids(app), "device_name": L("Pixel 8", DEV),
                            "device_manufacturer": L("Google", DEV), "os_name": "android",
                            "os_version": L("14", DEV), "language": L(lang, DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "app_version": app.ver, "created_at": "2025-12-09T22:08:11.204Z-0500",
                            "sdk": "rl-android4.38.2"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=loomads&utm_medium=cpi&utm_campaign=dec_launch",
                    install_begin_time="1765298712")
    if user:
        body["callback_params"] = W({"uid": L(USER_ID, UID)}, "json")
    kind = "install" if first else "session"
    return case(f"{app.fam}-referloom", f"{RL}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "rl-android4.38.2"})


def rl_event(app: App, rng: random.Random, token: str, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Referloom event (a form): ``partner_params`` a JSON string of the app's parameters
    (the event's name and the user ID among them); hashed e-mail and phone when passed."""
    pp: dict[str, Any] = {"event": L(name, USAGE), **params}
    if user:
        pp["uid"] = L(USER_ID, UID)
    body: dict[str, Any] = {**_rl_ids(app), "event_token": token,
                            "partner_params": W(pp, "json"), "event_count": 3,
                            "created_at": "2025-12-09T22:14:52.880Z-0500"}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-referloom", f"{RL}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "rl-android4.38.2"})


def rl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-referloom", f"{RL}/sdk_click", body={
        **_rl_ids(app), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-09T22:02:40.551Z-0500", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bw_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, ifa: bool = True, country: str = "USA",
           region: str = "NY", city: str = "New York", utc: int = -300,
           lang: str = "en") -> Case:
    """A Bidwhelk OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo,
    ``mccmnc``, and ``utcoffset``; ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "utcoffset": L(utc, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "lastfix": 31,
               "country": L(country, COARSE), "utcoffset": L(utc, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidwhelk"), DID)}
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
                              "devicetype": 4, "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("android", DEV),
                              "osv": L("14", DEV),
                              "language": L(lang, DEV), "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 0 if ifa else 1}
    if ifa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 2, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", instl=0)],
            "app": {"id": app.key("bidwhelk"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 6)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if country == "LTU" else 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidwhelk", f"{BW}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bw_notice(app: App, rng: random.Random, kind: str = "win", *, ifa: bool = True) -> Case:
    """A win or impression notice (GET): auction, bid, seat, creative and price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "dsp-118",
                         "crid": opaque(rng, "cr", 6), "price": "0.93", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidwhelk", f"https://n.bidwhelk.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fg_crumb(cat: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultgrebe breadcrumb (``navigation``, ``http``, ``ui.click``, ``log``)."""
    return {"timestamp": 1765320111.2, "category": cat, "message": message, "data": data or {}}


def fg_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Faultgrebe envelope (JSON Lines under its own content type): the envelope header, the
    item header and the event (user, device, OS and app contexts, breadcrumbs, exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "level": "fatal",
             "release": f"{app.pkg}@{app.ver}", "environment": "production",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "faultgrebe"), DID),
                            "model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                            "battery_level": L(41.0, DEV),
                            "free_memory": L(1843200000, DEV), "timezone": L(tz, DEV),
                            "locale": L(locale, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver,
                         "app_start_time": "2025-12-09T22:01:12.007Z"}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)),
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T22:33:40.118Z",
             "dsn": f"https://{app.key('faultgrebe')}@o.faultgrebe.example.org/4404"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultgrebe", f"{FG}/api/4404/envelope/", recs,
                 ctype="application/x-faultgrebe-envelope",
                 headers={"User-Agent": "faultgrebe.java.android/7.3.0"})


def fg_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultgrebe", f"{FG}/api/4404/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T22:01:12.007Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultgrebe.java.android/7.3.0",
                 "X-Faultgrebe-Auth": f"Faultgrebe key={app.key('faultgrebe')}"})


__all__ = ["bw_bid", "bw_notice", "cb_batch", "cb_identify", "cb_pixel", "cb_queue", "fg_crash",
           "fg_crumb", "fg_session", "rl_event", "rl_link", "rl_session"]
