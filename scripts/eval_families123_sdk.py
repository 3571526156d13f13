"""Measurement SDKs of the hundred-and-twenty-third set, built once and called by every app with
its own events and choices: analytics "Ganakpeth", MMP/attribution "Vaatlink", OpenRTB 2.5 ads
"Jahiratix" and crash reporting "Tutfutlog" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

GK = "https://in.ganakpeth.example.com"
VL = "https://s2s.vaatlink.example.net"
JX = "https://rtb.jahiratix.example.com"
TF = "https://collect.tutfutlog.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GKUA = "ganakpeth-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gk_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "Asia/Kolkata", locale: str = "en-IN") -> Case:
    """Ganakpeth's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier, optionally the IP and a
    position at ``nd`` decimals), then the tracked events."""
    ctx: dict[str, Any] = {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "app": {"build": app.ver, "namespace": app.pkg}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-1{i}T06:2{i}:11.{i}04Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("ganakpeth"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-14T06:30:02.118Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-ganakpeth", f"{GK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GKUA})


def gk_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Ganakpeth's identify: a form whose ``data`` field is base64 JSON."""
    d: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-ganakpeth", f"{GK}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "write_key": app.key("ganakpeth")},
                headers={"User-Agent": GKUA})


def gk_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Ganakpeth's offline queue flushed on reconnect: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 + 4100 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-ganakpeth", f"{GK}/v1/import", recs,
                 headers={"User-Agent": GKUA, "X-Write-Key": app.key("ganakpeth")})


def gk_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``q`` is base64url JSON in the query (the install ID, the
    event, its properties)."""
    acc: Acc = {}
    q = enc({"a": L(INSTALL_ID, DID), "e": L(name, USAGE), "p": props}, "query", "q", "b64url",
            acc)
    return add(case(f"{app.fam}-ganakpeth", f"{GK}/v1/p.gif", query={
        "wk": app.key("ganakpeth"), "q": q, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _vl_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "vl_uuid": L(sdk_id(app, "vaatlink"), DID)}


def vl_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Vaatlink's session (a form): MCC and MNC apart, the device, the session count; the
    first one the Android ID and the install referrer; ``user`` the app's user ID."""
    body: dict[str, Any] = {"app_token": app.key("vaatlink"), **_vl_ids(app),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "language": L("en", DEV),
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-13T09:41:07.221+0530", "sdk": "android5.2.0"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=vaatnet&utm_medium=cpi&utm_campaign=pune_dec")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-vaatlink", f"{VL}/{'install' if first else 'session'}",
                fmt="form", body=body, headers={"User-Agent": L(DALVIK, DEV)})


def vl_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True) -> Case:
    """A Vaatlink event (JSON): ``partner_params`` a JSON string; revenue in rupees; hashed
    e-mail and phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("vaatlink"), **_vl_ids(app),
                            "event_name": L(name, USAGE), "partner_params": W(params, "json"),
                            "event_token": opaque(rng, "", 6), "request_id": rid(rng)}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency="INR")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed_email"] = L(EMAIL_SHA256, MAIL)
        body["hashed_phone"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-vaatlink", f"{VL}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def vl_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-vaatlink", f"{VL}/sdk_click", body={
        "app_token": app.key("vaatlink"), **_vl_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-13T10:02:44.019+0530"},
        headers={"User-Agent": L(DALVIK, DEV)})


def jx_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: str | None = None) -> Case:
    """A Jahiratix OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo in
    Pune; ``user.id`` the SDK's buyer ID; the IP, carrier and MCC-MNC in ``device``."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("IND", COARSE),
                               "region": L("MH", COARSE), "city": L("Pune", COARSE),
                               "zip": L("411038", COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("IND", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "jahiratix"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "ifa": L(GAID, ADID), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
              "os": L("Android", DEV), "osv": L("14", DEV), "language": L("en", DEV),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["INR"],
            "imp": [dict(imp, id="1", bidfloor=4.5, bidfloorcur="INR", secure=1)],
            "app": {"id": app.key("jahiratix"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "jp", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-jahiratix", f"{JX}/openrtb2/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def jx_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression notice: auction, bid and creative IDs and the price negatives."""
    return case(f"{app.fam}-jahiratix", f"https://n.jahiratix.example.com/{kind}", query={
        "auction": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "jc", 6),
        "price": "6.85", "cur": "INR", "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def tf_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Tutfutlog breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": 1765612211.2, "kind": kind, "msg": message, "data": data or {}}


def tf_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Asia/Kolkata") -> Case:
    """A Tutfutlog envelope (JSON Lines under its own content type): the header, the item
    header and the report (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    report = {"report_id": eid, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"id": L(sdk_id(app, "tutfutlog"), DID), "model": L("Pixel 8", DEV),
                         "brand": L("google", DEV), "battery_pct": L(38, DEV),
                         "charging": L(False, DEV), "timezone": L(tz, DEV),
                         "free_ram": L(1822441472, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV),
                     "rooted": L(False, DEV)},
              "tags": dict(tags or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
              "exception": {"type": exc[0], "value": exc[1],
                            "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                       "line": 88}]}}
    recs = [{"report_id": eid, "sent_at": "2025-12-13T11:04:52.310Z",
             "dsn": f"https://{app.key('tutfutlog')}@collect.tutfutlog.example.org/44"},
            {"type": "report", "length": 0}, report]
    return lines(f"{app.fam}-tutfutlog", f"{TF}/api/44/envelope", recs,
                 ctype="application/x-tutfutlog-envelope",
                 headers={"User-Agent": "tutfutlog.android/3.6.0"})


def tf_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 341) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-tutfutlog", f"{TF}/api/44/session", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "seq": 2, "started": "2025-12-13T10:51:30.004Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "release": f"{app.pkg}@{app.ver}"},
        headers={"User-Agent": "tutfutlog.android/3.6.0",
                 "X-Tutfutlog-Auth": f"Tutfutlog key={app.key('tutfutlog')}"})


__all__ = ["gk_batch", "gk_beacon", "gk_identify", "gk_queue", "jx_bid", "jx_notice",
           "tf_crash", "tf_crumb", "tf_session", "vl_event", "vl_link", "vl_session"]
