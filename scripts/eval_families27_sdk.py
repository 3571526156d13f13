"""Measurement SDKs of the twenty-seventh set, built once and called by every app with its own
events and choices: analytics "Tallyloom", MMP/attribution "Attrivane", OpenRTB ads "Bidmarten"
and crash reporting "Faultlark" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, Acc, add, enc, multipart
from eval_families20_kit import T0, App, opaque, pos
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE = "id.user", "behavior.usage"

TALLY = "https://api2.tallyloom.example.com"
ATV = "https://app.attrivane.example.net"
BM = "https://ssp.bidmarten.example.com"
FL = "https://reports.faultlark.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def _tctx(adid: bool, nd: int | None) -> dict[str, Any]:
    ctx: dict[str, Any] = {"platform": L("Android", DEV), "os_name": L("android", DEV),
                           "os_version": L("14", DEV), "device_model": L("Pixel 8", DEV),
                           "carrier": L("Example Mobile", CARRIER), "language": L("en", DEV),
                           "country": L("US", DEV), "library": "tallyloom-android/2.4.0"}
    if adid:
        ctx["adid"] = L(GAID, ADID)
    if nd is not None:
        lat, lon = pos(nd)
        ctx.update(location_lat=lat, location_lng=lon)
    return ctx


def tally_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
                adid: bool = False, nd: int | None = None) -> Case:
    """Tallyloom's upload: a form whose ``e`` field is a JSON string (the device ID is the
    install ID, the user ID signed in, one context, then the events)."""
    evs = [{"event_type": L(name, USAGE), "time": (T0 + 29 * i) * 1000 + 311,
            "insert_id": sdk_uuid(rng), "event_properties": props}
           for i, (name, props) in enumerate(events)]
    data: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "session_id": T0 * 1000 + 4410,
                            "ctx": _tctx(adid, nd), "events": evs}
    if user:
        data["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyloom", f"{TALLY}/batch", fmt="form", body={
        "client": app.key("tallyloom"), "e": W(data, "json"), "v": "2",
        "upload_time": str(T0 * 1000 + 9120), "checksum": opaque(rng, "", 32)},
        headers={"User-Agent": L(app.ua, DEV)})


def tally_identify(app: App, rng: random.Random, props: dict[str, Any], *,
                   user: bool = True) -> Case:
    """Tallyloom's identify (gzip JSON): user properties set on the user or the device."""
    ident: dict[str, Any] = {"device_id": L(INSTALL_ID, DID), "platform": L("Android", DEV),
                             "app_version": app.ver, "user_properties": {"$set": props}}
    if user:
        ident["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyloom", f"{TALLY}/identify", gz=True, body={
        "api_key": app.key("tallyloom"), "identification": ident},
        headers={"User-Agent": L(app.ua, DEV)})


def tally_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON, the device ID without dashes."""
    acc: Acc = {}
    d = enc(props, "query", "d", "b64url", acc)
    c = case(f"{app.fam}-tallyloom", f"{TALLY}/b.gif", query={
        "k": app.key("tallyloom"), "ev": L(name, USAGE), "did": L(IID_NODASH, DID), "d": d,
        "r": opaque(rng, "", 12)}, headers={"User-Agent": L(DALVIK, DEV)})
    return add(c, acc)


def _abase(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attrivane"),
            "android_uuid": L(sdk_id(app, "attrivane"), DID), "gps_adid": L(GAID, ADID),
            "gps_adid_src": "service", "tracking_enabled": "1",
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "country": L("US", DEV), "mcc": L("310", CARRIER),
            "mnc": L("260", CARRIER), "app_version": app.ver,
            "created_at": "2025-12-09T23:04:12.118Z-0500", "environment": "production"}


def atv_session(app: App, rng: random.Random, *, first: bool = False, n: int = 4) -> Case:
    """Attrivane's session (a form): the install's first carries the Android ID and the
    referrer; every one the session count and time spent."""
    body = dict(_abase(app), session_count=L(str(n), USAGE), time_spent=L(str(211 * n), USAGE),
                needs_response_details="1")
    if first:
        body.update(android_id=L(ANDROID_ID, DID), session_count=L("1", USAGE),
                    install_referrer="utm_source=atv_network&utm_campaign=q4_us",
                    referrer_click_ts="1765212908")
    return case(f"{app.fam}-attrivane", f"{ATV}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def atv_event(app: App, rng: random.Random, token: str, *, revenue: float | None = None,
              callback: dict[str, Any] | None = None, hashed: bool = False,
              user: bool = True) -> Case:
    """An Attrivane event (a form): the event token, the count, revenue, and callback and
    partner parameters as JSON strings (the user ID signed in, hashed contact data)."""
    cb = dict(callback or {})
    if user:
        cb["user_id"] = L(USER_ID, UID)
    partner: dict[str, Any] = {}
    if hashed:
        partner.update(em=L(EMAIL_SHA256, MAIL), ph=L(PHONE_E164_SHA256, TEL))
    body = dict(_abase(app), event_token=L(token, USAGE), event_count=L("3", USAGE),
                callback_params=W(cb, "json"), partner_params=W(partner, "json"))
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency="USD")
    return case(f"{app.fam}-attrivane", f"{ATV}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def atv_click(app: App, rng: random.Random, link: U) -> Case:
    """A deep link the app was opened with (a URL in a query parameter, labelled per
    parameter) reported as an SDK click."""
    return case(f"{app.fam}-attrivane", f"{ATV}/sdk_click", query={
        "source": "deeplink", "deeplink": link, "app_token": app.key("attrivane"),
        "android_uuid": L(sdk_id(app, "attrivane"), DID), "gps_adid": L(GAID, ADID),
        "click_time": "2025-12-09T23:01:55.020Z-0500"},
        headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 4,
           yob: int | None = None, gender: str | None = None, keywords: L | None = None,
           hem: bool = False) -> Case:
    """A Bidmarten OpenRTB 2.6 request (gzip JSON): GPS geo at ``nd`` decimals or IP geo
    (``None``); ``user.id`` is the SDK's per-install buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "metro": L("501", COARSE),
                               "city": L("New York", COARSE)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 12, "lastfix": 40}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmarten"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashedmail.example.org",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 500, "cur": ["USD"],
            "imp": [dict(imp, id="1", tagid=f"{app.fam}_{imp.get('tag', 'feed')}",
                         bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidmarten"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 6)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABMA~1YNN", "gpp_sid": [7]},
            "source": {"tid": rid(rng), "schain": {"complete": 1, "ver": "1.0", "nodes": [
                {"asi": "bidmarten.example.com", "sid": opaque(rng, "", 8), "hp": 1}]}}}
    return case(f"{app.fam}-bidmarten", f"{BM}/rtb/2.6/bid", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def bm_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the encrypted price
    negatives, the advertising ID labelled."""
    return case(f"{app.fam}-bidmarten", f"https://evt.bidmarten.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 8),
        "p": opaque(rng, "WX", 26), "imp": "1", "bundle": app.pkg, "adid": L(GAID, ADID)},
        headers={"User-Agent": L(app.ua, DEV)})


def fl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Faultlark breadcrumb (``nav``, ``http``, ``tap``, ``log``)."""
    return {"ts": 1765321990512, "kind": kind, "msg": message, "data": data or {}}


def fl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             log: Any = None, user: dict[str, Any] | None = None,
             keys: dict[str, Any] | None = None, screen: str = "MainActivity") -> Case:
    """A Faultlark crash (multipart): a JSON ``report`` part and, when the app attaches one,
    the last lines of its log as a text file (a file part is one field)."""
    report = {"report_id": opaque(rng, "", 32), "app": {"id": app.pkg, "version": app.ver},
              "installation_uuid": L(sdk_id(app, "faultlark"), DID),
              "user": user if user is not None else {"identifier": L(USER_ID, UID)},
              "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                         "os_version": L("14", DEV), "battery": L(0.38, DEV),
                         "orientation": L("portrait", DEV), "rooted": L(False, DEV)},
              "exception": {"type": exc[0], "message": exc[1], "frames": [
                  {"fn": "onResume", "cls": f"{app.pkg}.ui.{screen}", "line": 142}]},
              "screen": L(screen, USAGE), "breadcrumbs": crumbs, "custom_keys": keys or {}}
    parts: list[tuple[str, str | None, str, Any]] = [("report", None, "application/json",
                                                      report)]
    if log is not None:
        parts.append(("log", "log.txt", "text/plain", log))
    return multipart(f"{app.fam}-faultlark", f"{FL}/api/v2/crashes", parts,
                     headers={"User-Agent": "faultlark-android/6.2.0",
                              "X-Faultlark-Key": app.key("faultlark")})


def fl_session(app: App, rng: random.Random, screens: list[str], *, user: bool = True) -> Case:
    """Faultlark's session log (JSON Lines): a start (the installation and, signed in, the
    user), the screens shown and the end with its length."""
    sid = sdk_uuid(rng)
    start: dict[str, Any] = {"type": "start", "session": sid, "ts": T0 * 1000 + 1200,
                             "installation_uuid": L(sdk_id(app, "faultlark"), DID)}
    if user:
        start["user_id"] = L(USER_ID, UID)
    recs = [start, *[{"type": "screen", "session": sid, "name": L(s, USAGE),
                      "ts": T0 * 1000 + 9000 * (i + 1)} for i, s in enumerate(screens)],
            {"type": "end", "session": sid, "duration_ms": L(412300, USAGE), "crashed": False}]
    return lines(f"{app.fam}-faultlark", f"{FL}/api/v2/sessions", recs,
                 headers={"User-Agent": "faultlark-android/6.2.0",
                          "X-Faultlark-Key": app.key("faultlark")})


__all__ = ["atv_click", "atv_event", "atv_session", "bm_bid", "bm_notice", "fl_crash",
           "fl_crumb", "fl_session", "tally_batch", "tally_beacon", "tally_identify"]
