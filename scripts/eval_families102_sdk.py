"""Measurement SDKs of the hundred-and-second set, built once and called by every app with its own
events and choices: analytics "Gaugebright", MMP/attribution "Originthorn", OpenRTB 2.5 ads
"Auctionmoss" and crash reporting "Crashplover" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

GB = "https://in.gaugebright.example.com"
OT = "https://s2s.originthorn.example.net"
AU = "https://rtb.auctionmoss.example.com"
CP = "https://notify.crashplover.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
ADDIS_TZ = "Africa/Addis_Ababa"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _gb_ctx(app: App, locale: str, tz: str) -> dict[str, Any]:
    return {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)},
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": True},
            "app": {"version": app.ver, "namespace": app.pkg},
            "locale": L(locale, DEV), "timezone": L(tz, DEV),
            "library": "gaugebright-android/2.6.0"}


def gb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, tz: str = ADDIS_TZ,
             locale: str = "en-ET") -> Case:
    """Gaugebright's batch (gzip JSON, snake_case): the anonymous ID is the install ID, the user
    ID signed in, one ``context`` (device, OS, carrier, locale, zone, an optional position)."""
    ctx = _gb_ctx(app, locale, tz)
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-09T20:1{i}:04.{311 + i}Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("gaugebright"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-09T20:19:58.004Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-gaugebright", f"{GB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "gaugebright-android/2.6.0"})


def gb_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gaugebright's identify: a form whose ``data`` field is base64 JSON (IDs and traits)."""
    p = {"write_key": app.key("gaugebright"), "anonymous_id": L(INSTALL_ID, DID),
         "user_id": L(USER_ID, UID), "traits": traits, "message_id": sdk_uuid(rng)}
    return case(f"{app.fam}-gaugebright", f"{GB}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"},
                headers={"User-Agent": "gaugebright-android/2.6.0"})


def gb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed on reconnecting: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymous_id": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": f"2025-12-08T17:0{i}:44.120Z",
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugebright", f"{GB}/v1/import", recs,
                 headers={"User-Agent": "gaugebright-android/2.6.0",
                          "X-Gaugebright-Key": app.key("gaugebright")})


def gb_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """A signed-out GET beacon: ``d`` is base64url JSON (the install ID without dashes, the
    screen or event, its properties)."""
    acc: Acc = {}
    d = enc({"a": L(IID_NODASH, DID), "e": L(name, USAGE), "p": props}, "query", "d", "b64url",
            acc)
    return add(case(f"{app.fam}-gaugebright", f"{GB}/p.gif", query={
        "k": app.key("gaugebright"), "d": d, "cb": opaque(rng, "", 8)},
        headers={"User-Agent": L(DALVIK, DEV)}), acc)


def _ot_base(app: App, *, first: bool = False) -> dict[str, Any]:
    b: dict[str, Any] = {"app_token": app.key("originthorn"), "gps_adid": L(GAID, ADID),
                         "ot_uid": L(sdk_uid(random.Random(f"{app.pkg}/originthorn")), DID),
                         "device_name": L("Pixel 8", DEV), "os_version": L("14", DEV),
                         "language": L("en", DEV), "mcc": L("310", CARRIER),
                         "mnc": L("260", CARRIER), "network_type": L("13", DEV),
                         "app_version": app.ver, "tracking_enabled": "1"}
    if first:
        b["android_id"] = L(ANDROID_ID, DID)
    return b


def ot_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 9) -> Case:
    """Originthorn's session (a form, as MMP SDKs send): the first with the Android ID and the
    install referrer; every one the session count; ``user`` adds the app's user ID."""
    body = _ot_base(app, first=first)
    body.update(session_count=L(1 if first else n, USAGE), created_at="2025-12-09T20:02:11Z",
                sent_at="2025-12-09T20:02:12Z")
    if first:
        body["referrer"] = "utm_source=thornads&utm_campaign=addis_dec&utm_content=v2"
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    kind = "install" if first else "session"
    return case(f"{app.fam}-originthorn", f"{OT}/{kind}", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.2.0"})


def ot_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: float | None = None, currency: str = "ETB", hashed: bool = False,
             user: bool = True) -> Case:
    """An Originthorn event (a form): ``callback_params`` is a JSON string of the parameters;
    hashed e-mail and phone when the app passes them."""
    body = _ot_base(app)
    body.update(event_name=L(name, USAGE), event_token=opaque(rng, "", 6),
                callback_params=W(params, "json"), created_at="2025-12-09T20:06:40Z")
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-originthorn", f"{OT}/event", fmt="form", body=body,
                headers={"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.2.0"})


def ot_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON; a URL in a field, labelled per parameter)."""
    return case(f"{app.fam}-originthorn", f"{OT}/sdk_click", body={
        "app_token": app.key("originthorn"), "gps_adid": L(GAID, ADID), "source": "deeplink",
        "deeplink": link, "click_time": "2025-12-09T19:58:31Z", "request_id": rid(rng)},
        headers={"User-Agent": L(DALVIK, DEV)})


def au_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, hem: bool = False, coppa: bool = False,
           geo: dict[str, Any] | None = None) -> Case:
    """An Auctionmoss OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``geo``: country, city... each ``location.coarse``); ``user.id`` the SDK's buyer ID."""
    if at is None:
        g: dict[str, Any] = {"type": 2, **(geo or {"country": L("ETH", COARSE),
                                                 "city": L("Addis Ababa", COARSE)})}
    else:
        la, lo = _geo(at, nd)
        g = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "country": L("ETH", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctionmoss"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["ext"] = {"eids": [{"source": "emailhash.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": g,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(2, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.18, secure=1)],
            "app": {"id": app.key("auctionmoss"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user, "regs": {"coppa": 1 if coppa else 0},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctionmoss", f"{AU}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def au_notice(app: App, rng: random.Random, kind: str = "win") -> Case:
    """A win or impression beacon: auction, bid, creative IDs and the clearing price negatives."""
    return case(f"{app.fam}-auctionmoss", f"https://ev.auctionmoss.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "cp": "0.42", "app": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def cp_crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashplover breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-09T20:11:02.118Z", "type": kind, "name": name,
            "metaData": meta or {}}


def cp_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
              user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
              screen: str = "MainActivity", tz: str = ADDIS_TZ) -> Case:
    """A Crashplover error report (gzip JSON): the user, the device (its ID the SDK's), the
    screen as ``context``, breadcrumbs, the exception, app metadata."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                {"method": f"{app.pkg}.ui.{screen}.onResume", "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"id": L(sdk_id(app, "crashplover"), DID), "manufacturer": L("Google", DEV),
                        "model": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                        "locale": L("en_ET", DEV), "timezone": L(tz, DEV),
                        "freeDisk": L(38011221504, DEV), "freeMemory": L(812331008, DEV),
                        "orientation": L("portrait", DEV), "jailbroken": L(False, DEV)},
             "app": {"version": app.ver, "releaseStage": "production", "inForeground": True},
             "metaData": meta or {}}
    return case(f"{app.fam}-crashplover", f"{CP}/", gz=True, body={
        "apiKey": app.key("crashplover"), "payloadVersion": "5",
        "notifier": {"name": "Crashplover Android", "version": "6.1.3"}, "events": [event]},
        headers={"User-Agent": "crashplover-android/6.1.3",
                 "Crashplover-Sent-At": "2025-12-09T20:11:05.004Z"})


def cp_sessions(app: App, rng: random.Random, secs: list[int], *, user: bool = True) -> Case:
    """Session starts flushed together (JSON Lines): the user or install ID, the SDK's device
    ID, each session's length."""
    recs = [{"id": sdk_uuid(rng), "startedAt": f"2025-12-0{8 + i % 2}T0{i}:12:40Z",
             "user": {"id": L(USER_ID, UID) if user else L(INSTALL_ID, DID)},
             "device": {"id": L(sdk_id(app, "crashplover"), DID)},
             "durationS": L(s, USAGE)} for i, s in enumerate(secs)]
    return lines(f"{app.fam}-crashplover", "https://sessions.crashplover.example.org/", recs,
                 headers={"User-Agent": "crashplover-android/6.1.3",
                          "Crashplover-Api-Key": app.key("crashplover")})


__all__ = ["au_bid", "au_notice", "cp_crumb", "cp_report", "cp_sessions", "gb_batch",
           "gb_identify", "gb_pixel", "gb_queue", "ot_event", "ot_link", "ot_session"]
