"""Measurement SDKs of the sixtieth set, built once and called by every app with its own events
and choices: analytics "Tallowisp", MMP/attribution "Attriferne", OpenRTB 2.5 ads "Auctiloom" and
crash reporting "Stackfennec" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import base64
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

TL = "https://in.tallowisp.example.com"
AF = "https://app.attriferne.example.net"
AL = "https://rtb.auctiloom.example.com"
SF = "https://notify.stackfennec.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TLUA = "tallowisp-android/2.6.0"
NY = ("USA", "NY", "New York", "10118")


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int = 0) -> str:
    return f"2025-12-09T16:{10 + i // 60:02d}:{i % 60:02d}.{(i * 137) % 1000:03d}Z"


def _tl_ctx(app: App, *, adid: bool = False, at: Pt | None = None, nd: int = 2,
            tz: str = "America/New_York", locale: str = "en-US") -> dict[str, Any]:
    dev: dict[str, Any] = {"id": L(ANDROID_ID, DID), "manufacturer": L("Google", DEV),
                           "model": L("Pixel 8", DEV)}
    if adid:
        dev.update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": dev, "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True, "cellular": False},
        "library": {"name": "tallowisp-android", "version": "2.6.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def _tlh(app: App) -> dict[str, Any]:
    key = base64.b64encode(f"{app.key('tallowisp')}:".encode()).decode()
    return {"User-Agent": TLUA, "Authorization": f"Basic {key}"}


def tl_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             screen: str | None = None, **ctx: Any) -> Case:
    """Tallowisp's batch (gzip JSON): track events (and a screen) with the install ID as the
    anonymous ID, the user ID signed in, one context (device, OS, locale, zone, carrier)."""
    evs: list[dict[str, Any]] = [{"type": "track", "event": L(name, USAGE), "properties": p}
                                 for name, p in events]
    if screen:
        evs.append({"type": "screen", "name": L(screen, USAGE), "properties": {}})
    for i, e in enumerate(evs):
        e.update(anonymousId=L(INSTALL_ID, DID), messageId=sdk_uuid(rng), timestamp=_iso(i))
        if user:
            e["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallowisp", f"{TL}/v1/batch", gz=True, headers=_tlh(app), body={
        "batch": evs, "context": _tl_ctx(app, **ctx), "sentAt": _iso(40)})


def tl_identify(app: App, rng: random.Random, traits: dict[str, Any], *, user: bool = True,
                **ctx: Any) -> Case:
    """Tallowisp's identify (JSON): the traits the app sets on its user."""
    body: dict[str, Any] = {"type": "identify", "anonymousId": L(INSTALL_ID, DID),
                            "traits": traits, "messageId": sdk_uuid(rng), "timestamp": _iso(3),
                            "context": _tl_ctx(app, **ctx)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallowisp", f"{TL}/v1/identify", body=body, headers=_tlh(app))


def tl_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The lightweight GET beacon: ``data`` is base64 JSON in the query (the install ID as the
    distinct ID, the event, OS and model)."""
    acc: Acc = {}
    data = enc({"event": L(name, USAGE), "properties": {
        "distinct_id": L(INSTALL_ID, DID), "token": app.key("tallowisp"),
        "$os": L("Android", DEV), "$model": L("Pixel 8", DEV), **props}},
        "query", "data", "b64", acc)
    return add(case(f"{app.fam}-tallowisp", f"{TL}/v1/p", query={
        "data": data, "ip": "1", "_": str(T0 * 1000 + rng.randrange(1000))},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def tl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Tallowisp's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": _iso(i + 7)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallowisp", f"{TL}/v1/import", recs, headers=_tlh(app))


def _af(app: App, *, lang: str = "en") -> dict[str, Any]:
    return {"app_token": app.key("attriferne"), "gps_adid": L(GAID, ADID),
            "gps_adid_src": "service", "android_uuid": L(sdk_id(app, "attriferne"), DID),
            "tracking_enabled": "1", "device_name": L("Pixel 8", DEV),
            "os_version": L("14", DEV), "language": L(lang, DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "connectivity_type": L("1", DEV), "app_version": app.ver,
            "sdk_version": "android5.0.1", "environment": "production",
            "created_at": "2025-12-09T23:14:05.221Z-0500"}


def af_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7, secs: int = 412, lang: str = "en") -> Case:
    """Attriferne's session (a form): the first carries the Android ID and the install
    referrer; every one the session count and time spent; ``user`` adds the app's user ID in
    ``callback_params`` (a JSON string)."""
    body = _af(app, lang=lang)
    body["session_count"] = L(str(1 if first else n), USAGE)
    if not first:
        body["time_spent"] = L(str(secs), USAGE)
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=fernnet&utm_medium=cpi&utm_campaign=d49",
                    install_begin_time="1765296112")
    if user:
        body["callback_params"] = W({"user_id": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-attriferne", f"{AF}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.0.1"})


def af_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True, n: int = 1) -> Case:
    """An Attriferne event (a form): an opaque event token, the count, ``partner_params`` a
    JSON string (the event's name and parameters; hashed e-mail and phone when passed)."""
    pp: dict[str, Any] = {"event": L(name, USAGE), **params}
    if hashed:
        pp.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    body = _af(app)
    body.update(event_token=opaque(rng, "", 6), event_count=L(str(n), USAGE),
                partner_params=W(pp, "json"))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["callback_params"] = W({"user_id": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-attriferne", f"{AF}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.0.1"})


def af_click(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a form field holding a URL, per parameter)."""
    body = _af(app)
    body.update(source="deeplink", deeplink=link, click_time="2025-12-09T23:02:41.000Z-0500")
    return case(f"{app.fam}-attriferne", f"{AF}/sdk_click", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android5.0.1"})


def al_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, ipgeo: tuple[str, str, str, str] = NY, yob: int | None = None,
           gender: str | None = None, keywords: Any = None, coppa: bool = False,
           lang: str = "en", gz: bool = False) -> Case:
    """An Auctiloom OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or the IP's
    country, region, city and ZIP; ``user.buyeruid`` the SDK's ID; ``coppa`` no ad ID."""
    if at is None:
        c, r, city, z = ipgeo
        geo: dict[str, Any] = {"type": 2, "country": L(c, COARSE), "region": L(r, COARSE),
                               "city": L(city, COARSE)}
        if z:
            geo["zip"] = L(z, COARSE)
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 40,
               "country": L(ipgeo[0], COARSE)}
    user: dict[str, Any] = {"buyeruid": L(sdk_id(app, "auctiloom"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {
        "ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
        "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("android", DEV),
        "osv": L("14", DEV),
        "language": L(lang, DEV), "carrier": L("Example Mobile", CARRIER),
        "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
        "lmt": 1 if coppa else 0, "js": 1}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("auctiloom"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "storeurl": f"https://play.example.com/{app.pkg}",
                    "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "source": {"tid": rid(rng)},
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}}}
    return case(f"{app.fam}-auctiloom", f"{AL}/openrtb2/auction", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "X-OpenRTB-Version": "2.5"})


def al_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or impression beacon: auction, impression, creative IDs and the clearing price
    are negatives."""
    q: dict[str, Any] = {"auc": rid(rng), "imp": "1", "crid": opaque(rng, "cr", 8),
                         "price": "0.43", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-auctiloom", f"https://ev.auctiloom.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def sf_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Stackfennec breadcrumb (``navigation``, ``request``, ``user``, ``log``, ``state``)."""
    return {"timestamp": _iso(30), "name": name, "type": kind, "metaData": meta or {}}


def _sf_dev(app: App, tz: str, locale: str) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "stackfennec"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "freeDisk": L(38112583680, DEV), "batteryLevel": L(0.58, DEV)}


def _sfh(app: App) -> dict[str, Any]:
    return {"User-Agent": "stackfennec-android/6.3.0",
            "Stackfennec-Api-Key": app.key("stackfennec"), "Stackfennec-Payload-Version": "5"}


def sf_error(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             context: str = "MainActivity", tz: str = "America/New_York",
             locale: str = "en_US") -> Case:
    """A Stackfennec error report (gzip JSON): the exception, breadcrumbs, the user (the user
    ID unless given), the app's foreground time, the device and the app's metadata."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{context}.onResume", "file": f"{context}.kt",
                  "lineNumber": 212}]}],
             "breadcrumbs": crumbs, "context": L(context, USAGE), "severity": "error",
             "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "durationInForeground": L(rng.randrange(20000, 900000), USAGE)},
             "device": _sf_dev(app, tz, locale), "metaData": meta or {},
             "session": {"id": sdk_uuid(rng), "startedAt": _iso(2)}}
    return case(f"{app.fam}-stackfennec", f"{SF}/", gz=True, headers=_sfh(app), body={
        "apiKey": app.key("stackfennec"), "payloadVersion": "5",
        "notifier": {"name": "Stackfennec Android", "version": "6.3.0"}, "events": [event]})


def sf_session(app: App, rng: random.Random, *, user: bool = True,
               tz: str = "America/New_York", locale: str = "en_US") -> Case:
    """A Stackfennec session start (JSON): the user ID signed in, the device."""
    s: dict[str, Any] = {"id": sdk_uuid(rng), "startedAt": _iso(1)}
    if user:
        s["user"] = {"id": L(USER_ID, UID)}
    return case(f"{app.fam}-stackfennec", "https://sessions.stackfennec.example.org/",
                headers=_sfh(app), body={
                    "notifier": {"name": "Stackfennec Android", "version": "6.3.0"},
                    "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
                    "device": _sf_dev(app, tz, locale), "sessions": [s]})


__all__ = ["af_click", "af_event", "af_session", "al_bid", "al_notice", "sf_crumb", "sf_error",
           "sf_session", "tl_batch", "tl_identify", "tl_pixel", "tl_queue"]
