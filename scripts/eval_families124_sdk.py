"""Measurement SDKs of the hundred-and-twenty-fourth set, built once and called by every app with
its own events and choices: analytics "Gaugeharrow" (snake_case batches with a ``context``
block, a base64 JSON identify in a form, JSON Lines offline queues, a signed-out GET beacon),
MMP/attribution "Originfinch" (form-encoded sessions, JSON events with a JSON-string
``event_value``, deep links), OpenRTB 2.5 ads "Adsorrel" and crash reporting "Crashkelp" (gzip
JSON reports, JSON Lines sessions). Fictional vendors, hosts under example.*."""

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
    BSSID,
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    SSID,
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
WIFI = "location.wifi"

GH = "https://collect.gaugeharrow.example.com"
OF = "https://s2s.originfinch.example.net"
AS = "https://bid.adsorrel.example.com"
CK = "https://notify.crashkelp.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
GHUA = "gaugeharrow-android/2.6.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2025-12-09T1{i % 10}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d}.{(97 * i) % 1000:03d}Z"


def gh_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "Africa/Lagos", locale: str = "en_US", wifi: bool = False) -> Case:
    """Gaugeharrow's batch (gzip JSON, snake_case): the anonymous ID (the install ID), one
    ``context`` (device, OS, locale, zone, carrier, screen, ``wifi`` the home network's SSID and
    BSSID, an optional position), then track messages each with the user ID signed in."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
        "screen": {"width": L(1080, DEV), "height": L(2400, DEV), "density": 2.625},
        "app": {"version": app.ver, "namespace": app.pkg},
        "library": {"name": "gaugeharrow-android", "version": "2.6.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if wifi:
        ctx["network"].update(ssid=L(SSID, WIFI), bssid=L(BSSID, WIFI))
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "message_id": sdk_uuid(rng), "timestamp": _iso(i)}
        if user:
            m["user_id"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"write_key": app.key("gaugeharrow"), "anonymous_id": L(INSTALL_ID, DID),
            "context": ctx, "batch": msgs, "sent_at": _iso(9)}
    return case(f"{app.fam}-gaugeharrow", f"{GH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GHUA})


def gh_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Gaugeharrow's identify: a form whose ``data`` field is base64 JSON (traits)."""
    d: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("gaugeharrow"), "message_id": sdk_uuid(rng)}
    if user:
        d["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugeharrow", f"{GH}/v1/identify", fmt="form",
                body={"data": W(d, "b64json"), "v": "2"}, headers={"User-Agent": GHUA})


def gh_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": _iso(i + 3), "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugeharrow", f"{GH}/v1/import", recs,
                 headers={"User-Agent": GHUA, "X-Write-Key": app.key("gaugeharrow")})


def gh_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes, the
    event and its properties); a cache-buster ``cb``."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gaugeharrow", f"{GH}/v1/p.gif", query={
        "wk": app.key("gaugeharrow"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ofid(app: App) -> str:
    return sdk_uid(random.Random(f"{app.pkg}/originfinch"))


def of_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 6) -> Case:
    """Originfinch's session (a flat form): the advertising ID, its own ID, the device, MCC and
    MNC, the session count; the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("originfinch"), "gps_adid": L(GAID, ADID),
                            "of_uid": L(_ofid(app), DID), "tracking_enabled": "1",
                            "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                            "language": L("en", DEV), "mcc": L("310", CARRIER),
                            "mnc": L("260", CARRIER), "session_count": L(1 if first else n, USAGE),
                            "created_at": "2025-12-09T10:14:22.118Z+0100", "app_version": app.ver}
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    referrer="utm_source=finchnet&utm_medium=cpi&utm_campaign=dec_ng",
                    install_begin_time="1765271112")
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-originfinch", f"{OF}/session", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"})


def _of_dev() -> dict[str, Any]:
    return {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "carrier": L("Example Mobile", CARRIER)}


def of_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "NGN", hashed: bool = False,
             user: bool = True) -> Case:
    """An Originfinch event (JSON): ``event_value`` a JSON string of the parameters; hashed
    e-mail and phone when the app passes them."""
    vals = dict(params)
    if revenue is not None:
        vals.update(revenue=L(revenue, BUY), currency=currency)
    body: dict[str, Any] = {"app_token": app.key("originfinch"), "gps_adid": L(GAID, ADID),
                            "of_uid": L(_ofid(app), DID), "event_name": L(name, USAGE),
                            "event_value": W(vals, "json"), "device": _of_dev(),
                            "event_time": "2025-12-09 11:21:40.118", "request_id": rid(rng)}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_data"] = {"em_sha256": L(EMAIL_SHA256, MAIL), "ph_sha256": L(PHONE_SHA256, TEL)}
    return case(f"{app.fam}-originfinch", f"{OF}/event", body=body,
                headers={"User-Agent": L(DALVIK, DEV)})


def of_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-originfinch", f"{OF}/sdk_click", body={
        "app_token": app.key("originfinch"), "gps_adid": L(GAID, ADID),
        "of_uid": L(_ofid(app), DID), "deeplink": link, "source": "deeplink",
        "click_time": 1765279941}, headers={"User-Agent": L(DALVIK, DEV)})


def as_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, country: str = "USA",
           region: str = "NY", city: str = "New York") -> Case:
    """An Adsorrel OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo;
    ``user.id`` the SDK's buyer ID."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(region, COARSE), "city": L(city, COARSE)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "adsorrel"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 0, "devicetype": 4}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("adsorrel"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-adsorrel", f"{AS}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def as_win(app: App, rng: random.Random) -> Case:
    """A win beacon (GET): auction, bid and creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-adsorrel", "https://win.adsorrel.example.com/w", query={
        "a": rid(rng), "b": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6), "p": "0.94",
        "bundle": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkelp breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T11:30:02.411Z", "type": kind, "name": name,
            "metaData": meta or {}}


def ck_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, screen: str = "MainActivity",
              tz: str = "Africa/Lagos", meta: dict[str, Any] | None = None) -> Case:
    """A Crashkelp error report (gzip JSON): one event with its exception, breadcrumbs, the
    screen as context, the user, the device (its SDK ID, model, OS, memory, disk, battery)."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
        {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt", "lineNumber": 88}]}],
        "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
        "unhandled": True, "user": user if user is not None else {"id": L(USER_ID, UID)},
        "device": {"id": L(sdk_id(app, "crashkelp"), DID), "manufacturer": L("Google", DEV),
                   "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                   "freeMemory": L(1804206080, DEV), "freeDisk": L(38112444416, DEV),
                   "batteryLevel": L(0.58, DEV), "timezone": L(tz, DEV),
                   "jailbroken": L(False, DEV)},
        "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production"},
        "metaData": meta or {}}
    return case(f"{app.fam}-crashkelp", f"{CK}/v5/events", gz=True, body={
        "apiKey": app.key("crashkelp"), "payloadVersion": "5",
        "notifier": {"name": "Crashkelp Android", "version": "6.3.0"}, "events": [event]},
        headers={"User-Agent": "Crashkelp-Android/6.3.0",
                 "Crashkelp-Api-Key": app.key("crashkelp"),
                 "Crashkelp-Sent-At": "2025-12-09T11:30:04.020Z"})


def ck_sessions(app: App, rng: random.Random, secs: list[int], *, user: bool = True) -> Case:
    """Finished sessions (JSON Lines): each with the SDK's device ID, the user ID signed in
    and its length."""
    recs = [{"id": sdk_uuid(rng), "startedAt": _iso(i), "durationMs": L(s * 1000, USAGE),
             "device": {"id": L(sdk_id(app, "crashkelp"), DID)},
             **({"user": {"id": L(USER_ID, UID)}} if user else {}),
             "app": {"version": app.ver}} for i, s in enumerate(secs)]
    return lines(f"{app.fam}-crashkelp", f"{CK}/v5/sessions", recs,
                 headers={"User-Agent": "Crashkelp-Android/6.3.0",
                          "Crashkelp-Api-Key": app.key("crashkelp")}, gz=True)


__all__ = ["T0", "as_bid", "as_win", "ck_crumb", "ck_report", "ck_sessions", "gh_batch",
           "gh_identify", "gh_pixel", "gh_queue", "of_event", "of_link", "of_session"]
