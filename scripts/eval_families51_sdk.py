"""Measurement SDKs of the fifty-first set, built once and called by every app with its own
events and choices: analytics "Tallysprout", MMP/attribution "Installvane", OpenRTB 2.5 ads
"Bidtern" and crash reporting "Crashpetal" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, Acc, add, enc, multipart
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

TY = "https://in.tallysprout.example.com"
IV = "https://api.installvane.example.net"
BT = "https://rtb.bidtern.example.com"
CP = "https://report.crashpetal.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TYUA = "tallysprout-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def ty_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Tallysprout's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user
    ID signed in, one ``context`` (device, OS, locale, zone, carrier; ``ip`` the public IP;
    ``at`` a position at ``nd`` decimals), then track events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "app": {"version": app.ver, "namespace": app.pkg}, "library": "tallysprout-android"}
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T22:{10 + i}:04.118Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallysprout"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-09T22:31:40.902Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallysprout", f"{TY}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TYUA})


def ty_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallysprout's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    d = {"anonymous_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID), "traits": traits,
         "write_key": app.key("tallysprout")}
    return case(f"{app.fam}-tallysprout", f"{TY}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": TYUA})


def ty_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallysprout", f"{TY}/v1/import", recs,
                 headers={"User-Agent": TYUA, "X-Tallysprout-Key": app.key("tallysprout")})


def ty_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (install ID, event)."""
    acc: Acc = {}
    d = enc({"a": L(INSTALL_ID, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallysprout", f"{TY}/v1/p.gif", query={
        "k": app.key("tallysprout"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _iv_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "brand": L("google", DEV), "os": L("14", DEV),
            "lang": L("en_US", DEV), "mccmnc": L(MCCMNC, CARRIER),
            "carrier": L("Example Mobile", CARRIER)}


def iv_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Installvane's session (JSON): the first one is the install (the Android ID and the
    referrer); every one the advertising ID, the SDK's ID and the session count."""
    body: dict[str, Any] = {"app_token": app.key("installvane"), "gps_adid": L(GAID, ADID),
                            "iv_uid": L(sdk_uid(random.Random(f"{app.pkg}/iv")), DID),
                            "tracking_enabled": 1, "device": _iv_dev(),
                            "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T22:05:11.402Z", "sdk": "android5.2.1"}
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["install_referrer"] = "utm_source=vanenet&utm_medium=cpi&utm_campaign=fall25"
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-installvane", f"{IV}/{kind}", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "X-Iv-Request": rid(rng)})


def iv_event(app: App, rng: random.Random, name: str, values: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """An Installvane event (a form): ``event_values`` is a JSON string; hashed e-mail and
    phone when the app passes them."""
    vals = dict(values)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("installvane"), "gps_adid": L(GAID, ADID),
                            "iv_uid": L(sdk_uid(random.Random(f"{app.pkg}/iv")), DID),
                            "event_name": L(name, USAGE), "event_values": W(vals, "json")}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["sha256_email"] = L(EMAIL_SHA256, MAIL)
        body["sha256_phone"] = L(PHONE_SHA256, TEL)
    return case(f"{app.fam}-installvane", f"{IV}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def iv_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-installvane", f"{IV}/sdk_click", body={
        "app_token": app.key("installvane"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T22:07:40Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def bt_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           ipgeo: tuple[str, str, str, str] = ("USA", "NY", "New York", "10118"),
           lang: str = "en", gdpr: bool = False) -> Case:
    """A Bidtern OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``ipgeo``: country, region, city, ZIP); ``user.id`` the SDK's buyer ID; ``coppa`` a
    child-directed app (no advertising ID); ``gdpr`` adds the TCF consent string."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(ipgeo[0], COARSE),
                               "region": L(ipgeo[1], COARSE), "city": L(ipgeo[2], COARSE),
                               "zip": L(ipgeo[3], COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidtern"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    if gdpr:
        user.setdefault("ext", {})["consent"] = "CQGx3kAQGx3kAAKA1AENBRFgAP_gAEPgAAqIKNtV"
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
                              "connectiontype": L(2, DEV), "devicetype": 4,
                              "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["EUR" if gdpr else "USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidtern"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0,
                     "ext": {"gdpr": 1} if gdpr else {"us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidtern", f"{BT}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bt_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, bid and creative IDs and the price negatives."""
    q: dict[str, Any] = {"auc": rid(rng), "bid": opaque(rng, "", 16),
                         "cr": opaque(rng, "cr", 6), "px": "0.64", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidtern", f"https://ev.bidtern.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def cp_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashpetal breadcrumb (``nav``, ``http``, ``ui``, ``log``)."""
    return {"ts": 1765319911.2, "type": kind, "msg": message, "data": data or {}}


def cp_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, screen: str = "MainActivity",
             tz: str = "America/New_York", lang: str = "en-US") -> Case:
    """A Crashpetal envelope (JSON Lines under its own content type): the header, the item
    header and the event (user, device and OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {"device": {"device_id": L(sdk_id(app, "crashpetal"), DID),
                                     "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                                     "battery_level": L(57, DEV), "charging": L(False, DEV),
                                     "free_memory": L(1811939328, DEV),
                                     "timezone": L(tz, DEV), "locale": L(lang, DEV)},
                          "os": {"name": L("Android", DEV), "version": L("14", DEV),
                                 "rooted": L(False, DEV)}},
             "tags": {"screen": L(screen, USAGE)}, "breadcrumbs": crumbs,
             "exception": {"type": exc[0], "value": exc[1],
                           "stack": [{"fn": "onResume", "module": f"{app.pkg}.ui.{screen}",
                                      "line": 88}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T22:44:02.117Z",
             "dsn": f"https://{app.key('crashpetal')}@report.crashpetal.example.org/51"},
            {"type": "event", "length": 0}, event]
    return lines(f"{app.fam}-crashpetal", f"{CP}/api/51/envelope/", recs,
                 ctype="application/x-crashpetal-envelope",
                 headers={"User-Agent": "crashpetal.java.android/7.3.0"})


def cp_native(app: App, rng: random.Random, signal: str = "SIGSEGV") -> Case:
    """A native crash upload (multipart): the minidump file, the report as a JSON part (the
    SDK's device ID, the user, device and OS) and the product and version as text parts."""
    dump = b"MDMP\x93\xa7\x00\x00" + bytes(rng.getrandbits(8) for _ in range(56))
    rep = {"guid": L(sdk_id(app, "crashpetal"), DID), "user_id": L(USER_ID, UID),
           "signal": signal, "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
           "abi": "arm64-v8a", "uptime_ms": 402113}
    return multipart(f"{app.fam}-crashpetal", f"{CP}/api/51/minidump/", [
        ("upload_file_minidump", "crash.dmp", "application/octet-stream", dump),
        ("report", None, "application/json", rep),
        ("prod", None, "text/plain", app.pkg), ("ver", None, "text/plain", app.ver)],
        headers={"User-Agent": "crashpetal.native/7.3.0"})


def cp_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashpetal", f"{CP}/api/51/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-09T22:01:09.221Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0, "attrs": {"release": f"{app.pkg}@{app.ver}"}},
        headers={"User-Agent": "crashpetal.java.android/7.3.0",
                 "X-Crashpetal-Auth": f"Crashpetal key={app.key('crashpetal')}"})


__all__ = ["bt_bid", "bt_notice", "cp_crash", "cp_crumb", "cp_native", "cp_session", "iv_event",
           "iv_link", "iv_session", "ty_batch", "ty_identify", "ty_pixel", "ty_queue"]
