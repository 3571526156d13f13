"""Measurement SDKs of the seventy-fifth set, built once and called by every app with its own
events and choices: analytics "Shumaro", MMP/attribution "Nishanbaz", OpenRTB 2.5 ads
"Boliwala" and crash reporting "Haadsalog" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    EMAIL_SHA256,
    IID_NODASH,
    PHONE_SHA256,
    Acc,
    add,
    enc,
)
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

SH = "https://api.shumaro.example.com"
NB = "https://app.nishanbaz.example.net"
BL = "https://rtb.boliwala.example.com"
HL = "https://in.haadsalog.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
SHUA = "Shumaro-Android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _sh_ctx(app: App, *, adid: bool, at: Pt | None, nd: int, ip: bool, tz: str,
            locale: str) -> dict[str, Any]:
    dev: dict[str, Any] = {"id": L(sdk_id(app, "shumaro"), DID), "manufacturer": L("Google", DEV),
                           "model": L("Pixel 8", DEV), "type": "android"}
    if adid:
        dev.update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "library": {"name": "shumaro-android", "version": "2.6.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    return ctx


def sh_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Shumaro's batch (gzip JSON, camelCase): one shared ``context``, then track calls with the
    anonymous ID (the install ID) and the user ID signed in."""
    batch = []
    for i, (name, props) in enumerate(events):
        e: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-1{i % 9}T10:2{i}:07.311Z"}
        if user:
            e["userId"] = L(USER_ID, UID)
        batch.append(e)
    body = {"writeKey": app.key("shumaro"), "batch": batch, "sentAt": "2025-12-19T10:29:58.004Z",
            "context": _sh_ctx(app, adid=adid, at=at, nd=nd, ip=ip, tz=tz, locale=locale)}
    return case(f"{app.fam}-shumaro", f"{SH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": SHUA})


def sh_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Shumaro's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d: dict[str, Any] = {"anonymousId": L(INSTALL_ID, DID), "traits": traits,
                         "messageId": sdk_uuid(rng), "writeKey": app.key("shumaro")}
    if user:
        d["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-shumaro", f"{SH}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": SHUA})


def sh_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Shumaro's offline queue flushed at launch (JSON Lines: the IDs on every line)."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "originalTimestamp": (T0 - 4000 + 61 * i) * 1000}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-shumaro", f"{SH}/v1/import", recs,
                 headers={"User-Agent": SHUA, "X-Shumaro-Write-Key": app.key("shumaro")})


def sh_screen(app: App, rng: random.Random, screen: str, props: dict[str, Any]) -> Case:
    """The signed-out screen beacon (GET): ``d`` is base64url JSON (the install ID without
    dashes, the screen, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "s": L(screen, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-shumaro", f"{SH}/v1/s", query={
        "wk": app.key("shumaro"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _nb_base(app: App, rng: random.Random) -> dict[str, Any]:
    return {"app_token": app.key("nishanbaz"), "gps_adid": L(GAID, ADID),
            "nb_uid": L(sdk_uid(random.Random(f"{app.pkg}/nishanbaz")), DID),
            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L("310", CARRIER),
            "mnc": L("260", CARRIER), "network_type": L("13", DEV),
            "app_version": app.ver, "sdk_version": "android5.2.1", "sent_at": T0 + 61}


def nb_session(app: App, rng: random.Random, *, first: bool = False, n: int = 7,
               user: bool = False) -> Case:
    """Nishanbaz's session (a form): the first carries the Android ID and the install
    referrer; every one the session count; ``user`` the app's user ID in ``partner_params``
    (a JSON string in a form field)."""
    body = _nb_base(app, rng)
    body["session_count"] = L(1 if first else n, USAGE)
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=bolinet&utm_medium=cpi&utm_campaign=dec25",
                    install_begin_time=1765201144)
    if user:
        body["partner_params"] = W({"uid": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-nishanbaz", f"{NB}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.1"})


def nb_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False) -> Case:
    """A Nishanbaz event (a form): ``callback_params`` a JSON string of the app's parameters
    (the user ID among them), hashed e-mail and phone in ``partner_params`` when passed."""
    body = _nb_base(app, rng)
    body.update(event_token=L(token, USAGE),
                callback_params=W(dict(params, uid=L(USER_ID, UID)), "json"),
                event_count=L(3, USAGE))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body["partner_params"] = W({"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)},
                                   "json")
    return case(f"{app.fam}-nishanbaz", f"{NB}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.2.1"})


def nb_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON: a URL labelled per parameter)."""
    return case(f"{app.fam}-nishanbaz", f"{NB}/sdk_click", body={
        "app_token": app.key("nishanbaz"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-18T08:41:12.770Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bl_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, ipgeo: tuple[str, str, str] = (
               "USA", "NY", "New York"), cat: list[str] | None = None) -> Case:
    """A Boliwala OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (country, region, city); ``user.id`` the SDK's buyer ID; ``coppa`` no advertising ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(ipgeo[0], COARSE),
                               "region": L(ipgeo[1], COARSE), "city": L(ipgeo[2], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 14, "lastfix": 9,
               "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "boliwala"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, "location.ip"),
                              "geo": geo, "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "devicetype": 4,
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 400, "cur": ["USD"], "bcat": ["IAB25", "IAB26"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("boliwala"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "cat": cat or ["IAB1"],
                    "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-boliwala", f"{BL}/openrtb/2.5/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bl_win(app: App, rng: random.Random, *, ifa: bool = True) -> Case:
    """A win notice (GET): auction, bid, seat and creative IDs and the clearing price."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "bw-71",
                         "crid": opaque(rng, "cr", 6), "p": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-boliwala", "https://win.boliwala.example.com/w", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def hl_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Haadsalog breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"at": "2025-12-18T08:44:10.201Z", "type": kind, "msg": message, "data": data or {}}


def hl_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", extra: dict[str, Any] | None = None) -> Case:
    """A Haadsalog envelope (JSON Lines under its own content type): the header, the item
    header, then the report (user, device, OS, breadcrumbs, the exception)."""
    rid_ = opaque(rng, "", 32)
    report = {"report_id": rid_, "platform": "android", "release": f"{app.pkg}@{app.ver}",
              "user": user if user is not None else {"id": L(USER_ID, UID)},
              "device": {"install_id": L(sdk_id(app, "haadsalog"), DID),
                         "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                         "battery_level": L(58, DEV), "timezone": L(tz, DEV),
                         "free_disk": L(38877102080, DEV)},
              "os": {"name": L("Android", DEV), "version": L("14", DEV),
                     "rooted": L(False, DEV)},
              "context": dict(extra or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
              "exception": {"class": exc[0], "message": exc[1],
                            "stack": [{"method": "onResume",
                                       "file": f"{app.pkg}.ui.{screen}", "line": 88}]}}
    recs = [{"report_id": rid_, "sent_at": "2025-12-18T08:44:12.907Z",
             "key": app.key("haadsalog")}, {"type": "crash", "length": 0}, report]
    return lines(f"{app.fam}-haadsalog", f"{HL}/api/v3/envelope", recs,
                 ctype="application/x-haadsalog-envelope",
                 headers={"User-Agent": "haadsalog-android/3.4.0"})


def hl_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 604) -> Case:
    """A session end (JSON): ``distinct`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-haadsalog", f"{HL}/api/v3/sessions", body={
        "sid": sdk_uuid(rng), "distinct": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "started": "2025-12-18T08:31:02.114Z", "duration_s": L(secs, USAGE), "crashed": False,
        "release": f"{app.pkg}@{app.ver}", "env": "production"},
        headers={"User-Agent": "haadsalog-android/3.4.0",
                 "X-Haadsalog-Key": app.key("haadsalog")})


__all__ = ["bl_bid", "bl_win", "hl_crash", "hl_crumb", "hl_session", "nb_event", "nb_link",
           "nb_session", "sh_batch", "sh_identify", "sh_queue", "sh_screen"]
