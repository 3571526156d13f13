"""Measurement SDKs of the ninety-sixth set, built once and called by every app with its own
events and choices: analytics "Tallyweave", MMP/attribution "Attribosk", OpenRTB 2.5 ads
"Bidkiaat" and crash reporting "Crashoribi" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
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

TW = "https://in.tallyweave.example.com"
AB = "https://app.attribosk.example.net"
BK = "https://rtb.bidkiaat.example.com"
CO = "https://o.crashoribi.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
TWUA = "tallyweave-android/2.14.0"
SAST = "Africa/Johannesburg"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _ctx(app: App, tz: str, locale: str) -> dict[str, Any]:
    return {"app": {"name": app.name, "version": app.ver, "build": "4120", "namespace": app.pkg},
            "device": {"manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                       "type": "android"},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
            "screen": {"density": 2.625, "width": L(1080, DEV), "height": L(2400, DEV)},
            "library": {"name": "tallyweave-android", "version": "2.14.0"}}


def tw_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = SAST,
             locale: str = "en_ZA") -> Case:
    """Tallyweave's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, one ``context`` (app, device, OS, locale, zone, carrier, screen), the events."""
    ctx = _ctx(app, tz, locale)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
        ctx["device"]["ad_tracking_enabled"] = True
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T07:{10 + i:02d}:31.214Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("tallyweave"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-10T07:19:02.001Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-tallyweave", f"{TW}/v1/batch", body=body, gz=True,
                headers={"User-Agent": TWUA})


def tw_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Tallyweave's identify (JSON): the user ID, the anonymous ID and the traits the app sets."""
    return case(f"{app.fam}-tallyweave", f"{TW}/v1/identify", body={
        "write_key": app.key("tallyweave"), "user_id": L(USER_ID, UID),
        "anonymous_id": L(INSTALL_ID, DID), "traits": traits, "message_id": sdk_uuid(rng),
        "timestamp": "2025-12-10T07:12:44.880Z"}, headers={"User-Agent": TWUA})


def tw_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "message_id": sdk_uuid(rng), "ts": (T0 - 6200 + 41 * i) * 1000}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-tallyweave", f"{TW}/v1/import", recs,
                 headers={"User-Agent": TWUA, "X-Tallyweave-Key": app.key("tallyweave")})


def tw_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the install ID without
    dashes, the event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-tallyweave", f"{TW}/v1/p.gif", query={
        "k": app.key("tallyweave"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ab_ids(app: App) -> dict[str, Any]:
    return {"app_token": app.key("attribosk"), "gps_adid": L(GAID, ADID),
            "ab_uid": L(sdk_uid(random.Random(f"{app.pkg}/attribosk")), DID),
            "tracking_enabled": "1"}


def _ab_dev() -> dict[str, Any]:
    return {"device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
            "language": L("en", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "network_type": L("13", DEV)}


def ab_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7) -> Case:
    """Attribosk's session (a form, as MMP SDKs send it): the first carries the Android ID and
    the install referrer; every one the session count; ``user`` the app's user ID."""
    body: dict[str, Any] = {**_ab_ids(app), **_ab_dev(), "app_version": app.ver,
                            "session_count": L(1 if first else n, USAGE), "sdk": "android5.2.0",
                            "created_at": "2025-12-10T07:03:11.402Z+0200"}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=kiaatnet&utm_medium=cpi&utm_campaign=dbn_dec")
    if user:
        body["customer_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-attribosk", f"{AB}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-Sdk": "android5.2.0"})


def ab_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "ZAR", hashed: bool = False,
             user: bool = True) -> Case:
    """An Attribosk event (JSON): ``params`` a JSON string; hashed e-mail and phone in
    ``user_data`` when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {**_ab_ids(app), "event": L(name, USAGE),
                            "params": W(vals, "json"), "device": _ab_dev(),
                            "event_ts": 1765343122118}
    if user:
        body["customer_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-attribosk", f"{AB}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def ab_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-attribosk", f"{AB}/sdk_click", body={
        **_ab_ids(app), "source": "deeplink", "deeplink": link, "click_time": 1765341007,
        "request_id": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bk_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "ZAF",
           region: str = "KZN", city: str = "Durban", zipc: str = "4001") -> Case:
    """A Bidkiaat OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID (``id.device``)."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE),
                               "zip": L(zipc, COARSE), "utcoffset": L(120, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 11, "country": L(country, COARSE),
               "lastfix": 38}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidkiaat"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "mailhash.example.net",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
              "make": L("Google", DEV), "model": L("Pixel 8", DEV), "os": L("Android", DEV),
              "osv": L("14", DEV), "language": L("en", DEV), "ifa": L(GAID, ADID),
              "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
              "connectiontype": L(2, DEV), "w": L(1080, DEV), "h": L(2400, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["ZAR", "USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidkiaat"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pb", 8)},
                    "storeurl": f"https://play.example.com/store/apps/details?id={app.pkg}"},
            "device": device, "user": user, "regs": {"coppa": 0},
            "source": {"tid": rid(rng), "fd": 1}}
    return case(f"{app.fam}-bidkiaat", f"{BK}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bk_win(app: App, rng: random.Random, price: str = "0.42") -> Case:
    """The win notice (GET): auction, bid, seat and creative IDs and the clearing price
    negatives, the advertising ID labelled."""
    return case(f"{app.fam}-bidkiaat", "https://win.bidkiaat.example.com/w", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": opaque(rng, "st", 6),
        "crid": opaque(rng, "cr", 8), "p": price, "ifa": L(GAID, ADID), "b": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def co_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashoribi breadcrumb (``navigation``, ``http``, ``ui``, ``log``)."""
    return {"timestamp": 1765343409.7, "category": kind, "message": message,
            "data": data or {}}


def co_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = SAST) -> Case:
    """A Crashoribi envelope (JSON Lines under its own content type): the header, the item
    header, the event (user, device, OS, breadcrumbs, the exception)."""
    eid = opaque(rng, "", 32)
    event = {"event_id": eid, "platform": "java", "release": f"{app.pkg}@{app.ver}+4120",
             "environment": "production",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "contexts": {
                 "device": {"device_id": L(sdk_id(app, "crashoribi"), DID),
                            "model": L("Pixel 8", DEV), "brand": L("google", DEV),
                            "battery_level": L(58.0, DEV), "charging": L(False, DEV),
                            "free_memory": L(1841725440, DEV), "timezone": L(tz, DEV)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_start_time": "2025-12-10T07:02:51Z", "view": L(screen, USAGE)}},
             "extra": extra or {}, "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88}]}}]}}
    recs = [{"event_id": eid, "sent_at": "2025-12-10T07:21:44.109Z",
             "dsn": f"https://{app.key('crashoribi')}@o.crashoribi.example.org/214"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-crashoribi", f"{CO}/api/214/envelope/", recs,
                 ctype="application/x-crashoribi-envelope",
                 headers={"User-Agent": "crashoribi.java.android/7.3.0"})


def co_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 431) -> Case:
    """A session update (JSON): ``did`` the user ID signed in (the install ID signed out)."""
    return case(f"{app.fam}-crashoribi", f"{CO}/api/214/session/", body={
        "sid": sdk_uuid(rng), "did": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
        "init": False, "started": "2025-12-10T07:02:51.118Z", "duration": L(secs, USAGE),
        "status": "exited", "errors": 0,
        "attrs": {"release": f"{app.pkg}@{app.ver}+4120", "environment": "production"}},
        headers={"User-Agent": "crashoribi.java.android/7.3.0",
                 "X-Crashoribi-Auth": f"Crashoribi key={app.key('crashoribi')}"})


__all__ = ["ab_event", "ab_link", "ab_session", "bk_bid", "bk_win", "co_crash", "co_crumb",
           "co_session", "tw_batch", "tw_identify", "tw_pixel", "tw_queue"]
