"""Measurement SDKs of the sixty-ninth set, built once and called by every app with its own
events and choices: analytics "Sightlume", MMP/attribution "Referrook", OpenRTB 2.5 ads
"Bidtamarack" and crash reporting "Crashvane" (fictional vendors, hosts under example.*)."""

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
    GAID,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
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

SL = "https://in.sightlume.example.com"
RR = "https://app.referrook.example.net"
BT = "https://rtb.bidtamarack.example.com"
CV = "https://o.crashvane.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SLUA = "sightlume-android/2.14.0"
NYC = {"country": "USA", "region": "NY", "city": "New York", "zip": "10118"}


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str, ip: bool) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "build": "4417"},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": "Google"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "type": L("wifi", DEV)},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
        "library": {"name": "sightlume-android", "version": "2.14.0"}}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    return ctx


def sl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Sightlume's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the user
    ID signed in, one ``context`` (device, OS, locale, zone, carrier, ``ip``), then the events."""
    ctx = _ctx(app, tz, locale, ip)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs = [{"type": "track", "event": L(name, USAGE), "properties": props,
             "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T23:0{i}:14.{310 + i}Z"}
            for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("sightlume"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": msgs,
                            "sent_at": "2025-12-09T23:09:58.002Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sightlume", f"{SL}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SLUA})


def sl_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Sightlume's identify: a JSON body whose ``payload`` is base64 JSON (the traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sightlume", f"{SL}/v1/identify", body={
        "write_key": app.key("sightlume"), "payload": W(p, "b64json"), "encoding": "base64",
        "message_id": sdk_uuid(rng)}, headers={"User-Agent": SLUA})


def sl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Sightlume's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-sightlume", f"{SL}/v1/import", recs,
                 headers={"User-Agent": SLUA, "X-Sightlume-Key": app.key("sightlume")})


def sl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event and its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-sightlume", f"{SL}/v1/p.gif", query={
        "wk": app.key("sightlume"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _rr_base(app: App, *, first: bool) -> dict[str, Any]:
    b: dict[str, Any] = {"app_token": app.key("referrook"), "gps_adid": L(GAID, ADID),
                         "rr_uid": L(sdk_uid(random.Random(f"{app.pkg}/referrook")), DID),
                         "tracking_enabled": "1", "device_name": L("Pixel 8", DEV),
                         "os_version": L("14", DEV),
                         "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                         "network_operator": L("Example Mobile", CARRIER),
                         "app_version": app.ver, "sdk": "android5.2.0",
                         "created_at": "2025-12-09T23:02:11.912Z-0500"}
    if first:
        b["android_id"] = L(ANDROID_ID, DID)
    return b


def rr_launch(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
              n: int = 9) -> Case:
    """Referrook's session (a form): the Android ID and the install referrer on the first
    launch, the session count on every one; ``user`` adds the app's user ID."""
    body = dict(_rr_base(app, first=first), session_count=L(1 if first else n, USAGE))
    if first:
        body["referrer"] = "utm_source=rooknet&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-referrook", f"{RR}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def rr_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Referrook event (a form): ``partner_params`` a JSON string of the parameters; hashed
    e-mail and phone when the app passes them."""
    vals = dict(params)
    body = dict(_rr_base(app, first=False), event_token=L(name, USAGE))
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    body["partner_params"] = W(vals, "json")
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-referrook", f"{RR}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.0"})


def rr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON; a URL in a field, labelled per
    parameter)."""
    return case(f"{app.fam}-referrook", f"{RR}/sdk_click", body={
        "app_token": app.key("referrook"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T22:58:40Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bt_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, ipgeo: dict[str, str] | None = None, yob: int | None = None,
           gender: str | None = None, keywords: Any = None, hem: bool = False) -> Case:
    """A Bidtamarack OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or the IP's
    geo (``ipgeo``: country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    g = ipgeo or NYC
    if at is None:
        geo: dict[str, Any] = {"type": 2, **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 25, "lastfix": 40,
               "country": L(g["country"], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidtamarack"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "uid2.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                              "devicetype": 4, "lmt": 0, "js": 1}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidtamarack"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "storeurl": f"https://play.example.com/{app.pkg}",
                    "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidtamarack", f"{BT}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bt_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, creative IDs and the clearing price
    (negatives) and the advertising ID."""
    return case(f"{app.fam}-bidtamarack", f"https://ev.bidtamarack.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "1.12", "app": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cv_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashvane breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765321911.4, "category": kind, "message": message,
            "data": data or {}}


def cv_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Crashvane envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device, OS, app, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "level": "fatal",
             "release": f"{app.pkg}@{app.ver}+4417",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "crashvane"), DID),
                            "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                            "battery_level": L(58.0, DEV),
                            "free_storage": L(38211330048, DEV), "timezone": L(tz, DEV),
                            "locale": L(locale, DEV), "local_ip": L(LOCAL_IP, DEV)},
                 "os": {"name": "Android", "version": L("14", DEV), "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver,
                         "view": L(screen, USAGE)}},
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T23:24:02.411Z",
             "dsn": f"https://{app.key('crashvane')}@o.crashvane.example.org/4412"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashvane", f"{CV}/api/4412/envelope/", recs,
                 ctype="application/x-crashvane-envelope",
                 headers={"User-Agent": "crashvane.java.android/7.3.0"})


def cv_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashvane", f"{CV}/api/4412/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T22:51:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}},
        headers={"User-Agent": "crashvane.java.android/7.3.0",
                 "X-Crashvane-Auth": f"Crashvane key={app.key('crashvane')}, version=7"})


__all__ = ["NYC", "bt_bid", "bt_notice", "cv_crash", "cv_crumb", "cv_session", "rr_event",
           "rr_launch", "rr_link", "sl_batch", "sl_identify", "sl_pixel", "sl_queue"]
