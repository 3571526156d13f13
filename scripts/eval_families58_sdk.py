"""Measurement SDKs of the fifty-eighth set, built once and called by every app with its own
events and choices: analytics "Gaugemere", MMP/attribution "Sourcetide" (form bodies),
OpenRTB 2.5 ads "Bidsprocket" and crash reporting "Faultpine" (fictional vendors, hosts under
example.*)."""

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

GM = "https://collect.gaugemere.example.com"
ST = "https://app.sourcetide.example.net"
BS = "https://rtb.bidsprocket.example.com"
FP = "https://notify.faultpine.example.org"
NY = "America/New_York"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
GMUA = "Gaugemere-Android/2.14.0"
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
FPUA = "Faultpine-Android/6.3.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def gm_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = NY,
             locale: str = "en_US") -> Case:
    """Gaugemere's upload (gzip JSON, snake_case): the device ID (the install ID), the user ID
    signed in, a ``context`` (model, OS, locale, zone, carrier; a rounded or precise position)
    and the events with their properties."""
    ctx: dict[str, Any] = {"os_name": L("Android", DEV), "os_version": L("14", DEV),
                           "device_model": L("Pixel 8", DEV), "device_brand": L("google", DEV),
                           "language": L(locale, DEV), "timezone": L(tz, DEV),
                           "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                           "library": "gaugemere-android/2.14.0"}
    if adid:
        ctx["adid"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"lat": la, "lng": lo}
    evs = [{"event_type": L(name, USAGE), "event_properties": props, "insert_id": sdk_uuid(rng),
            "time": (T0 + 41 * i) * 1000 + 207, "session_id": T0 * 1000 + 55}
           for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"api_key": app.key("gaugemere"), "device_id": L(INSTALL_ID, DID),
                            "context": ctx, "events": evs, "client_upload_time": T0 * 1000 + 9917}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugemere", f"{GM}/2/batch", body=body, gz=True,
                headers={"User-Agent": GMUA})


def gm_identify(app: App, rng: random.Random, props: dict[str, Any]) -> Case:
    """Gaugemere's user-property update: ``identification`` is a JSON string in the JSON body."""
    ident = {"device_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
             "user_properties": props}
    return case(f"{app.fam}-gaugemere", f"{GM}/identify", body={
        "api_key": app.key("gaugemere"), "identification": W(ident, "json")},
        headers={"User-Agent": GMUA})


def gm_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Gaugemere's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event_type": L(name, USAGE), "device_id": L(INSTALL_ID, DID),
                             "event_properties": props, "time": (T0 - 4200 + 61 * i) * 1000,
                             "insert_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugemere", f"{GM}/2/queue", recs,
                 headers={"User-Agent": GMUA, "X-Gaugemere-Key": app.key("gaugemere")})


def gm_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"did": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gaugemere", f"{GM}/px.gif", query={
        "k": app.key("gaugemere"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _st(app: App) -> dict[str, Any]:
    return {"app_token": app.key("sourcetide"), "gps_adid": L(GAID, ADID),
            "st_uuid": L(sdk_id(app, "sourcetide"), DID), "tracking_enabled": "1",
            "device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
            "os_name": "android", "os_version": L("14", DEV), "language": L("en", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "app_version": app.ver,
            "environment": "production", "created_at": "2025-12-09T23:20:11.402Z-0500"}


def st_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               count: int = 7, length: int | None = None) -> Case:
    """Sourcetide's session (a form): the first carries the Android ID and the install referrer;
    every one the session count; ``length`` the last session's seconds."""
    body = _st(app)
    body["session_count"] = L(str(1 if first else count), USAGE)
    if length is not None:
        body["session_length"] = L(str(length), USAGE)
    if first:
        body.update(android_id=L(ANDROID_ID, DID), install_begin_time="1765299204",
                    referrer="utm_source=tidal&utm_medium=cpi&utm_campaign=q4_launch")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcetide", f"{ST}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def st_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Sourcetide event (a form): ``callback_params`` a JSON string of the app's parameters;
    hashed e-mail and phone as ``partner_params`` (a JSON string) when the app passes them."""
    body = _st(app)
    body.update(event_name=L(name, USAGE), event_token=opaque(rng, "", 6),
                callback_params=W(params, "json"))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body["partner_params"] = W({"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)},
                                   "json")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcetide", f"{ST}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def st_click(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a form field, labelled per parameter)."""
    body = _st(app)
    body.update(source="deeplink", deeplink=link, click_time="2025-12-09T23:18:40.002Z-0500")
    return case(f"{app.fam}-sourcetide", f"{ST}/sdk_click", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def bs_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, gz: bool = False,
           ipgeo: tuple[str, str, str, str | None] = ("USA", "NY", "New York", "10118")) -> Case:
    """A Bidsprocket OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city, ZIP); ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(ipgeo[0], COARSE),
                               "region": L(ipgeo[1], COARSE), "city": L(ipgeo[2], COARSE)}
        if ipgeo[3]:
            geo["zip"] = L(ipgeo[3], COARSE)
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 21,
               "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidsprocket"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(3, DEV), "lmt": 1 if coppa else 0,
                              "devicetype": 4}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidsprocket"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidsprocket", f"{BS}/openrtb2/bid", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bs_notice(app: App, rng: random.Random, kind: str = "win", *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16),
                         "crid": opaque(rng, "cr", 6), "p": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidsprocket", f"https://ev.bidsprocket.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fp_crumb(name: str, kind: str = "navigation", meta: dict[str, Any] | None = None) -> dict:
    """A Faultpine breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T23:21:04.118Z", "name": name, "type": kind,
            "metaData": meta or {}}


def fp_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = NY, locale: str = "en_US") -> Case:
    """A Faultpine error report (gzip JSON): the exception, breadcrumbs, the user, the app's
    foreground time, the device (its Faultpine ID, model, OS, locale, zone, memory)."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
        {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt", "lineNumber": 88}]}],
        "severity": "error", "unhandled": True, "context": L(screen, USAGE),
        "breadcrumbs": crumbs, "user": user if user is not None else {"id": L(USER_ID, UID)},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                "durationInForeground": L(212000, USAGE)},
        "device": {"id": L(sdk_id(app, "faultpine"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osName": L("android", DEV),
                   "osVersion": L("14", DEV), "locale": L(locale, DEV), "timezone": L(tz, DEV),
                   "freeMemory": L(1822261248, DEV), "orientation": L("portrait", DEV),
                   "jailbroken": L(False, DEV)},
        "metaData": meta or {}}
    body = {"apiKey": app.key("faultpine"), "payloadVersion": "5",
            "notifier": {"name": "Faultpine Android", "version": "6.3.0"}, "events": [event]}
    return case(f"{app.fam}-faultpine", f"{FP}/v5/notify", body=body, gz=True,
                headers={"User-Agent": FPUA, "Faultpine-Api-Key": app.key("faultpine"),
                         "Faultpine-Sent-At": "2025-12-09T23:21:09.771Z"})


def fp_sessions(app: App, rng: random.Random, secs: list[int], *, user: bool = True) -> Case:
    """Faultpine's session batch (JSON Lines): each session's ID, start, the user (the install
    ID signed out), the Faultpine device ID and the time in the foreground."""
    recs = [{"id": sdk_uuid(rng), "startedAt": f"2025-12-0{i + 7}T08:1{i}:22.310Z",
             "user": {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID)},
             "device": {"id": L(sdk_id(app, "faultpine"), DID)},
             "foregroundMs": L(s * 1000, USAGE)} for i, s in enumerate(secs)]
    return lines(f"{app.fam}-faultpine", f"{FP}/v5/sessions", recs,
                 headers={"User-Agent": FPUA, "Faultpine-Api-Key": app.key("faultpine")})


__all__ = ["bs_bid", "bs_notice", "fp_crumb", "fp_report", "fp_sessions", "gm_batch",
           "gm_identify", "gm_pixel", "gm_queue", "st_click", "st_event", "st_session"]
