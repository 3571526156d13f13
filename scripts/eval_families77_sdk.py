"""Measurement SDKs of the seventy-seventh set, built once and called by every app with its own
events and choices: analytics "Lundatal", MMP/attribution "Sporfinn", OpenRTB 2.5 ads
"Bodhraun" and crash reporting "Hrunvakt" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

LT = "https://in.lundatal.example.com"
SF = "https://app.sporfinn.example.net"
BH = "https://rtb.bodhraun.example.com"
HV = "https://notify.hrunvakt.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
LTUA = "Lundatal-Android/2.4.0"
SFUA = "Sporfinn/5.2.1 (Android 14; Pixel 8)"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _iso(i: int) -> str:
    return f"2026-01-14T18:{10 + i // 60:02d}:{i % 60:02d}.{(i * 137) % 1000:03d}Z"


def lt_track(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = "Atlantic/Reykjavik",
             locale: str = "en_US", fmt: str = "json", gz: bool = True) -> Case:
    """Lundatal's batch (snake_case): the anonymous ID is the install ID, the user ID signed in,
    one ``context`` (device, OS, locale, zone, carrier, optionally a position), then the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(False, DEV)},
        "app": {"version": app.ver, "namespace": app.pkg}, "library": "lundatal-android"}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": rid(rng), "timestamp": _iso(7 * i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("lundatal"), "anonymous_id": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sent_at": _iso(99)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-lundatal", f"{LT}/v1/batch", body=body, fmt=fmt,
                gz=gz and fmt == "json", headers={"User-Agent": LTUA})


def lt_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Lundatal's identify (JSON): ``traits`` travel as a JSON string inside the JSON body."""
    body: dict[str, Any] = {"write_key": app.key("lundatal"), "type": "identify",
                            "anonymous_id": L(INSTALL_ID, DID), "traits": W(traits, "json"),
                            "message_id": rid(rng), "timestamp": _iso(3)}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-lundatal", f"{LT}/v1/identify", body=body,
                headers={"User-Agent": LTUA})


def lt_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "timestamp": _iso(40 + 9 * i),
                             "message_id": rid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-lundatal", f"{LT}/v1/import", recs,
                 headers={"User-Agent": LTUA, "X-Lundatal-Key": app.key("lundatal")})


def lt_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``d`` is base64url JSON in the query (the anonymous ID, the
    event, its properties); ``cb`` a cache-buster."""
    acc: Acc = {}
    d = enc({"a": L(INSTALL_ID, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-lundatal", f"{LT}/v1/b", query={
        "wk": app.key("lundatal"), "d": d, "cb": opaque(rng, "", 10)},
        headers={"User-Agent": LTUA}), acc)


def _sf_dev(first: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"gps_adid": L(GAID, ADID), "device_name": L("Pixel 8", DEV),
                         "device_manufacturer": L("Google", DEV), "os_version": L("14", DEV),
                         "language": L("en", DEV), "country": L("US", DEV),
                         "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                         "network_type": L("13", DEV)}
    if first:
        d["android_uuid"] = L(ANDROID_ID, DID)
    return d


def sf_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5) -> Case:
    """Sporfinn's session (a form): its own install ID, the advertising ID, the device and
    SIM; the first carries the Android ID and the install referrer."""
    body: dict[str, Any] = {"app_token": app.key("sporfinn"),
                            "sf_uid": L(sdk_uid(random.Random(f"{app.pkg}/sporfinn")), DID),
                            **_sf_dev(first), "session_count": L(1 if first else n, USAGE),
                            "created_at": "2026-01-14T18:02:11.418Z", "sdk": "android5.2.1"}
    if first:
        body["install_referrer"] = "utm_source=fjordads&utm_medium=cpi&utm_campaign=is_w02"
    if user:
        body["partner_params"] = W({"uid": L(USER_ID, UID)}, "b64json")
    kind = "install" if first else "session"
    return case(f"{app.fam}-sporfinn", f"{SF}/{kind}", fmt="form", body=body,
                headers={"User-Agent": SFUA, "Client-SDK": "android5.2.1"})


def sf_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "USD", hashed: bool = False,
             user: bool = True) -> Case:
    """A Sporfinn event (a form): ``partner_params`` base64 JSON (the app's parameters and user
    ID), revenue, hashed e-mail and phone when the app passes them."""
    vals = dict(params)
    if user:
        vals["uid"] = L(USER_ID, UID)
    body: dict[str, Any] = {"app_token": app.key("sporfinn"), "event_name": L(name, USAGE),
                            "sf_uid": L(sdk_uid(random.Random(f"{app.pkg}/sporfinn")), DID),
                            "gps_adid": L(GAID, ADID), "partner_params": W(vals, "b64json"),
                            "created_at": "2026-01-14T18:21:40.118Z"}
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-sporfinn", f"{SF}/event", fmt="form", body=body,
                headers={"User-Agent": SFUA})


def sf_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a JSON field, labelled per parameter)."""
    return case(f"{app.fam}-sporfinn", f"{SF}/sdk_click", body={
        "app_token": app.key("sporfinn"), "source": "deeplink", "deeplink": link,
        "gps_adid": L(GAID, ADID), "click_time": "2026-01-14T18:00:41Z", "request_id": rid(rng)},
        headers={"User-Agent": SFUA})


def sf_attribution(app: App, rng: random.Random) -> Case:
    """The attribution lookup (a GET): the SDK's install ID and the advertising ID."""
    return case(f"{app.fam}-sporfinn", f"{SF}/attribution", query={
        "app_token": app.key("sporfinn"), "gps_adid": L(GAID, ADID),
        "sf_uid": L(sdk_uid(random.Random(f"{app.pkg}/sporfinn")), DID),
        "initiated_by": "sdk", "sent_at": "2026-01-14T18:02:12.004Z"},
        headers={"User-Agent": SFUA})


def bh_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 4, country: str = "ISL", yob: int | None = None, gender: str | None = None,
           keywords: Any = None, gz: bool = False) -> Case:
    """A Bodhraun OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals, the country she is
    in) or the IP's geo (her roaming IP is the home carrier's: New York); ``user.id`` the SDK's
    buyer ID; the TCF consent string and auction IDs negatives."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "utcoffset": L(-300, DEV)}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L(country, COARSE),
               "utcoffset": L(0, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bodhraun"), DID),
                            "ext": {"consent": "CQK3mQAQK3mQAAGABCENBSFgAP_AAEPAAAqIKGtV_G5fbW1"}}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "ifa": L(GAID, ADID), "make": L("Google", DEV),
                              "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                              "osv": L("14", DEV), "language": L("en", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "w": L(1080, DEV), "h": L(2400, DEV), "lmt": 0}
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, secure=1)],
            "app": {"id": app.key("bodhraun"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "bhp", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 0, "ext": {"gdpr": 1 if at is not None else 0}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bodhraun", f"{BH}/openrtb/2.5/bid", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bh_notice(app: App, rng: random.Random, kind: str = "win", price: str = "0.82") -> Case:
    """A win or billing beacon: auction, bid, seat and creative IDs and the clearing price
    negatives, the advertising ID labelled."""
    return case(f"{app.fam}-bodhraun", f"https://ev.bodhraun.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "s-4410",
        "crid": opaque(rng, "cr", 6), "p": price, "ifa": L(GAID, ADID), "app": app.pkg},
        headers={"User-Agent": L(app.ua, DEV)})


def hv_crumb(kind: str, message: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Hrunvakt breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2026-01-14T18:24:01.114Z", "type": kind, "name": message,
            "metaData": meta or {}}


def hv_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "Atlantic/Reykjavik") -> Case:
    """A Hrunvakt error report (gzip JSON): the app, the device (the SDK's device ID, model,
    OS, locale, zone, memory, battery, orientation), the user, breadcrumbs, the exception."""
    body = {"apiKey": app.key("hrunvakt"), "payloadVersion": "5",
            "notifier": {"name": "Hrunvakt Android", "version": "6.3.0"},
            "events": [{
                "exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                    {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                     "lineNumber": 88}]}],
                "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
                "unhandled": True,
                "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                        "inForeground": True},
                "device": {"id": L(sdk_id(app, "hrunvakt"), DID),
                           "manufacturer": L("Google", DEV), "model": L("Pixel 8", DEV),
                           "osName": L("android", DEV), "osVersion": L("14", DEV),
                           "locale": L("en_US", DEV), "timezone": L(tz, DEV),
                           "freeMemory": L(912457728, DEV), "batteryLevel": L(0.58, DEV),
                           "orientation": L("portrait", DEV), "jailbroken": L(False, DEV)},
                "user": user if user is not None else {"id": L(USER_ID, UID)},
                "metaData": meta or {}}]}
    return case(f"{app.fam}-hrunvakt", f"{HV}/", body=body, gz=True, headers={
        "User-Agent": "Hrunvakt Android/6.3.0", "Hrunvakt-Api-Key": app.key("hrunvakt"),
        "Hrunvakt-Payload-Version": "5", "Hrunvakt-Sent-At": "2026-01-14T18:24:02.411Z"})


def hv_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """A session start (msgpack): the SDK's device ID, the user ID signed in, the length of the
    previous session."""
    body: dict[str, Any] = {"id": rid(rng), "startedAt": "2026-01-14T17:58:09.221Z",
                            "deviceId": L(sdk_id(app, "hrunvakt"), DID),
                            "previousDurationS": L(secs, USAGE), "appVersion": app.ver,
                            "osVersion": L("14", DEV)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-hrunvakt", "https://sessions.hrunvakt.example.org/", body=body,
                fmt="msgpack", headers={"User-Agent": "Hrunvakt Android/6.3.0",
                                        "Hrunvakt-Api-Key": app.key("hrunvakt")})


__all__ = ["bh_bid", "bh_notice", "hv_crash", "hv_crumb", "hv_session", "lt_beacon",
           "lt_identify", "lt_queue", "lt_track", "sf_attribution", "sf_event", "sf_link",
           "sf_session"]
