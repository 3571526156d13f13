"""Measurement SDKs of the hundred-and-thirteenth set, built once and called by every app with its
own events and choices: analytics "Pulsewhelk", MMP/attribution "Installgecko", OpenRTB 2.5 ads
"Bidlinnet" and crash reporting "Faultfern" (fictional vendors, hosts under example.*). Their
shapes follow the vendors of set 37 with other keys, paths and encodings: the analytics context
carries a ``lat,lon`` string ``ll``, the MMP's sessions are form bodies with the SIM's and the
network's MCC/MNC, its events carry a JSON string ``partner_params``, the bid's IP geo is Lao."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families18_kit import IID_UPPER
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_families113_kit import LA_MCCMNC, LA_NET, LOCALE, TZ
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

PW = "https://in.pulsewhelk.example.com"
IG = "https://s2s.installgecko.example.net"
BL = "https://rtb.bidlinnet.example.com"
FF = "https://report.faultfern.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
PWUA = "Pulsewhelk-Android/2.14.0"
ISO = "2025-12-10T09:1{}:0{}.204Z"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def _pw_ctx(at: Pt | None, nd: int, tz: str, locale: str, adid: bool,
            carrier: str) -> dict[str, Any]:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "type": "android"}
    if adid:
        dev["advertisingId"] = L(GAID, ADID)
    ctx: dict[str, Any] = {"device": dev, "os": {"name": L("Android", DEV),
                                                 "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L(carrier, CARRIER), "wifi": True},
                           "screen": {"width": 1080, "height": 2400, "density": 2.625},
                           "library": {"name": "pulsewhelk-android", "version": "2.14.0"}}
    if at is not None:
        ctx["location"] = {"ll": L(f"{at[0]:.{nd}f},{at[1]:.{nd}f}", _cat(nd))}
    return ctx


def pw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = TZ,
             locale: str = LOCALE, carrier: str = LA_NET) -> Case:
    """Pulsewhelk's batch (gzip JSON): the anonymous ID (the install ID), the user ID signed in,
    a context (device, OS, locale, zone, the network's carrier, ``ll`` at ``nd`` decimals)."""
    ctx = _pw_ctx(at, nd, tz, locale, adid, carrier)
    ctx["app"] = {"version": app.ver, "namespace": app.pkg}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "messageId": sdk_uuid(rng), "timestamp": ISO.format(i % 10, i % 10)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("pulsewhelk"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sentAt": ISO.format(9, 9)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-pulsewhelk", f"{PW}/v3/batch", body=body, gz=True,
                headers={"User-Agent": PWUA})


def pw_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Pulsewhelk's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                         "messageId": sdk_uuid(rng)}
    if user:
        p["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-pulsewhelk", f"{PW}/v3/identify", fmt="form",
                body={"data": W(p, "b64json"), "writeKey": app.key("pulsewhelk")},
                headers={"User-Agent": PWUA})


def pw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "originalTimestamp": ISO.format(0, i % 10),
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-pulsewhelk", f"{PW}/v3/import", recs,
                 headers={"User-Agent": PWUA, "X-Pw-Write-Key": app.key("pulsewhelk")})


def pw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID upper
    case, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_UPPER, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-pulsewhelk", f"{PW}/v3/p.gif", query={
        "wk": app.key("pulsewhelk"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ig_base(app: App, roaming: bool) -> dict[str, Any]:
    b: dict[str, Any] = {"app_token": app.key("installgecko"), "gps_adid": L(GAID, ADID),
                         "gecko_uid": L(sdk_uid(random.Random(f"{app.pkg}/installgecko")), DID),
                         "tracking_enabled": "1", "device_name": L("Pixel 8", DEV),
                         "os_name": "android",
                         "os_version": L("14", DEV), "language": L("en", DEV),
                         "sim_mcc": L("310", CARRIER), "sim_mnc": L("260", CARRIER)}
    if roaming:
        b["network_mcc_mnc"] = L(LA_MCCMNC, CARRIER)
    return b


def ig_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5, roaming: bool = True) -> Case:
    """Installgecko's install or session (a form): the first carries the Android ID and the
    install referrer; every one the session count; ``user`` adds the app's user ID."""
    body = _ig_base(app, roaming)
    body.update(session_count=L(1 if first else n, USAGE), app_version=app.ver,
                sdk_version="android5.2.0", created_at="2025-12-10T09:02:11.410+0700")
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_begin_time="1765331912",
                    referrer="utm_source=geckonet&utm_medium=cpi&utm_campaign=lao_q4")
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-installgecko", f"{IG}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "X-Request-Id": rid(rng)})


def ig_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "LAK", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installgecko event (JSON): its token names the event, ``partner_params`` is a JSON
    string of the app's parameters; hashed e-mail and phone when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {**_ig_base(app, True), "event_token": L(token, USAGE),
                            "partner_params": W(vals, "json"),
                            "created_at": "2025-12-10T09:21:40.118+0700"}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-installgecko", f"{IG}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ig_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installgecko", f"{IG}/sdk_click", body={
        "app_token": app.key("installgecko"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-10T08:58:02+0700", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "LAO",
           ip_geo: tuple[str, str] = ("LA-VT", "Vientiane"),
           net: tuple[str, str] = (LA_NET, "457-03")) -> Case:
    """A Bidlinnet OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo (a
    Lao region and city); ``user.id`` the SDK's buyer ID; the network's MCC/MNC in ``ext``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ip_geo[0], COARSE), "city": L(ip_geo[1], COARSE),
                               "utcoffset": L(420, DEV)}
    else:
        geo = {"lat": L(round(at[0], nd), _cat(nd)), "lon": L(round(at[1], nd), _cat(nd)),
               "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidlinnet"), DID)}
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
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L(net[0], CARRIER), "connectiontype": L(2, DEV),
                              "lmt": 0, "ext": {"mccmnc": L(net[1], CARRIER)}}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.12, secure=1)],
            "app": {"id": app.key("bidlinnet"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidlinnet", f"{BL}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_win(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, seat and creative IDs and the price negatives."""
    return case(f"{app.fam}-bidlinnet", f"https://ev.bidlinnet.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s-41", "crid": opaque(rng, "c", 6),
        "p": "0.38", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ff_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultfern breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765333911.4, "category": kind, "message": message,
            "data": data or {}}


def ff_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = TZ) -> Case:
    """A Faultfern envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, contexts for device, OS and app, breadcrumbs, exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "level": "fatal", "platform": "java",
             "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "installation": L(sdk_id(app, "faultfern"), DID),
             "contexts": {
                 "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                            "battery_level": L(58, DEV), "orientation": L("portrait", DEV),
                            "free_memory": L(1873215488, DEV), "timezone": L(tz, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver}},
             "tags": dict(tags or {}, screen=L(screen, USAGE)),
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T09:24:02.411Z",
             "dsn": f"https://{app.key('faultfern')}@report.faultfern.example.org/113"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultfern", f"{FF}/api/113/envelope/", recs,
                 ctype="application/x-faultfern-envelope",
                 headers={"User-Agent": "faultfern.java.android/7.3.0"})


def ff_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-faultfern", f"{FF}/api/113/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "seq": 3, "init": False, "started": "2025-12-10T08:51:09.221Z",
        "duration": L(secs, USAGE), "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "faultfern.java.android/7.3.0",
                 "X-Faultfern-Auth": f"Faultfern key={app.key('faultfern')}, version=7"})


__all__ = ["bl_bid", "bl_win", "ff_crash", "ff_crumb", "ff_session", "ig_event", "ig_link",
           "ig_session", "pw_batch", "pw_identify", "pw_pixel", "pw_queue"]
