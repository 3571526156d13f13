"""Measurement SDKs of the sixty-fourth set, built once and called by every app with its own
events and choices: analytics "Eventkite", MMP/attribution "Referroot", OpenRTB 2.5 ads
"Bidmarlin" and crash reporting "Crashquay" (fictional vendors, hosts under example.*)."""

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

EK = "https://in.eventkite.example.com"
RR = "https://s2s.referroot.example.net"
BM = "https://rtb.bidmarlin.example.com"
CQ = "https://notify.crashquay.example.org"
NY = "America/New_York"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
EKUA = "eventkite-android/2.14.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T23:{10 + i % 40:02d}:{(7 * i) % 60:02d}.{(113 * i) % 1000:03d}Z"


def ek_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = NY,
             locale: str = "en-US") -> Case:
    """Eventkite's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (device, OS, locale, zone, carrier, screen, a position), then the
    events."""
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                   "ad_tracking_enabled": adid},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "eventkite-android", "version": "2.14.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": _iso(i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("eventkite"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx,
                            "batch": batch, "sent_at": _iso(len(events) + 3)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-eventkite", f"{EK}/v1/batch", body=body, gz=True,
                headers={"User-Agent": EKUA})


def ek_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Eventkite's profile update: a form whose ``data`` field is base64 JSON (traits)."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("eventkite"), "message_id": sdk_uuid(rng)}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-eventkite", f"{EK}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": EKUA})


def ek_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID upper
    case, the event, its properties)."""
    acc: Acc = {}
    d = enc({"aid": L(INSTALL_ID.upper(), DID), "e": L(name, USAGE), "p": props}, "query", "d",
            "b64url", acc)
    return add(case(f"{app.fam}-eventkite", f"{EK}/v1/p.gif", query={
        "wk": app.key("eventkite"), "d": d, "_": str(T0 * 1000 + rng.randrange(1000))},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def ek_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Eventkite's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "message_id": sdk_uuid(rng), "timestamp": _iso(i + 20)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-eventkite", f"{EK}/v1/import", recs,
                 headers={"User-Agent": EKUA, "X-Eventkite-Write-Key": app.key("eventkite")})


def _rr_ids(app: App) -> dict[str, Any]:
    return {"gps_adid": L(GAID, ADID), "rr_uuid": L(sdk_id(app, "referroot"), DID)}


def rr_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7, secs: int = 412) -> Case:
    """Referroot's install or session (a form, as MMP SDKs send it): the advertising ID, the
    SDK's UUID, the Android ID on install, the device, MCC and MNC, counts and lengths."""
    body: dict[str, Any] = {"app_token": app.key("referroot"), **_rr_ids(app),
                            "device_name": L("Pixel 8", DEV),
                            "device_manufacturer": L("Google", DEV), "os_name": "android",
                            "os_version": L("14", DEV), "language": L("en", DEV),
                            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T23:01:44.117Z+0000",
                            "tracking_enabled": "1", "environment": "production"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=rootnet&utm_medium=cpi&utm_campaign=dec")
    else:
        body["session_length"] = L(secs, USAGE)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-referroot", f"{RR}/{'install' if first else 'session'}",
                fmt="form", body=body, headers={"User-Agent": L(DALVIK, DEV),
                                                "Client-SDK": "android4.38.2"})


def rr_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Referroot event (JSON): ``partner_params`` a JSON string; revenue; hashed e-mail and
    phone when the app passes them."""
    body: dict[str, Any] = {"app_token": app.key("referroot"), "ids": _rr_ids(app),
                            "event_token": opaque(rng, "", 6), "event_name": L(name, USAGE),
                            "partner_params": W(params, "json"), "request_id": rid(rng),
                            "created_at": "2025-12-09T23:21:40.118Z+0000"}
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["hashed"] = {"sha256_email": L(EMAIL_SHA256, MAIL),
                          "sha256_phone": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-referroot", f"{RR}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def rr_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-referroot", f"{RR}/sdk_click", body={
        "app_token": app.key("referroot"), "ids": _rr_ids(app), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T22:58:12.004Z+0000",
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, country: str = "USA", tz_min: int = -300,
           lang: str = "en") -> Case:
    """A Bidmarlin OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.buyeruid`` the SDK's own ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(tz_min, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "lastfix": 32,
               "country": L(country, COARSE), "utcoffset": L(tz_min, DEV)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "bidmarlin"), DID),
                            "data": [{"id": "bm-seg", "segment": [{"id": "7121"},
                                                                  {"id": "3302"}]}]}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
              "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
              "connectiontype": L(2, DEV), "ifa": L(GAID, ADID), "lmt": 0, "devicetype": 4,
              "ext": {"mccmnc": L("310-260", CARRIER)}}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidmarlin"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)},
                    "cat": ["IAB1"]},
            "device": device, "user": user, "bcat": ["IAB25", "IAB26"],
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng), "ext": {"schain": {"ver": "1.0", "complete": 1}}}}
    return case(f"{app.fam}-bidmarlin", f"{BM}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bm_win(app: App, rng: random.Random, price: str = "0.84") -> Case:
    """A win notice (GET): auction, bid, impression and creative IDs and the clearing price
    negatives; the advertising ID labelled."""
    return case(f"{app.fam}-bidmarlin", "https://ev.bidmarlin.example.com/win", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "imp": "1",
        "crid": opaque(rng, "cr", 6), "cp": price, "bundle": app.pkg, "ifa": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def cq_crumb(kind: str, msg: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashquay breadcrumb (``navigation``, ``request``, ``user``, ``state``)."""
    return {"timestamp": "2025-12-09T23:19:11.204Z", "type": kind, "name": msg,
            "metaData": meta or {}}


def cq_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = NY, locale: str = "en_US") -> Case:
    """A Crashquay report (gzip JSON, camelCase): one event with the exception, the
    breadcrumbs, the app, the device (the SDK's device ID, model, OS, locale, zone, memory, disk,
    battery, rooted) and the user."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
        {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
         "lineNumber": 88}]}],
        "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
        "unhandled": True,
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                "durationInForeground": L(187000, USAGE)},
        "device": {"id": L(sdk_id(app, "crashquay"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osName": "android",
                   "osVersion": L("14", DEV), "locale": L(locale, DEV),
                   "timezone": L(tz, DEV), "freeMemory": L(1884160000, DEV),
                   "freeDisk": L(40211333120, DEV), "batteryLevel": L(0.58, DEV),
                   "rooted": L(False, DEV), "orientation": L("portrait", DEV)},
        "user": user if user is not None else {"id": L(USER_ID, UID)},
        "metaData": meta or {}}
    return case(f"{app.fam}-crashquay", f"{CQ}/v2/notify", gz=True, body={
        "apiKey": app.key("crashquay"), "payloadVersion": "5",
        "notifier": {"name": "Crashquay Android", "version": "6.3.0"}, "events": [event]},
        headers={"User-Agent": "crashquay-android/6.3.0",
                 "Crashquay-Api-Key": app.key("crashquay"), "Crashquay-Sent-At": _iso(31)})


def cq_sessions(app: App, rng: random.Random, lengths: list[int], *,
                user: bool = True) -> Case:
    """Session records (JSON Lines): each session's ID, the user (the install ID signed out),
    the SDK's device ID and the session's length."""
    recs = [{"id": sdk_uuid(rng), "startedAt": _iso(i * 5),
             "user": {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID)},
             "device": {"id": L(sdk_id(app, "crashquay"), DID)},
             "app": {"version": app.ver}, "durationMs": L(ms, USAGE), "handled": 0,
             "unhandled": 0} for i, ms in enumerate(lengths)]
    return lines(f"{app.fam}-crashquay", f"{CQ}/v2/sessions", recs,
                 headers={"User-Agent": "crashquay-android/6.3.0",
                          "Crashquay-Api-Key": app.key("crashquay")})


__all__ = ["bm_bid", "bm_win", "cq_crash", "cq_crumb", "cq_sessions", "ek_batch", "ek_beacon",
           "ek_identify", "ek_queue", "rr_event", "rr_link", "rr_session"]
