"""Measurement SDKs of the forty-ninth set, built once and called by every app with its own
events and choices: analytics "Eventbrier", MMP/attribution "Clickmarten", OpenRTB 2.5 ads
"Bidquince" and crash reporting "Crashwillow" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
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

EB = "https://api.eventbrier.example.com"
CM = "https://app.clickmarten.example.net"
BQ = "https://rtb.bidquince.example.com"
CW = "https://in.crashwillow.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
EBUA = "eventbrier-android/2.6.0"
CWUA = "Crashwillow Android/7.3.1"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def _eb_ctx(app: App, *, tz: str, locale: str, adid: bool, at: Pt | None, nd: int) -> dict:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "type": "android"}
    if adid:
        dev.update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    ctx: dict[str, Any] = {"app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
                           "device": dev,
                           "os": {"name": L("Android", DEV), "version": L("14", DEV)},
                           "locale": L(locale, DEV), "timezone": L(tz, DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "screen": {"width": L(1080, DEV), "height": L(2400, DEV)},
                           "library": {"name": "eventbrier-android", "version": "2.6.0"}}
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    return ctx


def eb_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Eventbrier's batch (gzip JSON): each message with the install ID as ``anonymousId`` and
    the user ID signed in; one shared ``context`` (device, OS, locale, zone, carrier, place)."""
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-10T1{i}:0{i}:21.{400 + i}Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"writeKey": app.key("eventbrier"), "batch": msgs,
            "context": _eb_ctx(app, tz=tz, locale=locale, adid=adid, at=at, nd=nd),
            "sentAt": "2025-12-10T19:22:40.118Z"}
    return case(f"{app.fam}-eventbrier", f"{EB}/v1/batch", body=body, gz=True,
                headers={"User-Agent": EBUA})


def eb_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """The profile update as a GET: ``data`` is base64 JSON in the query (the distinct ID, the
    install ID, the traits)."""
    acc: Acc = {}
    d: dict[str, Any] = {"token": app.key("eventbrier"), "anon": L(INSTALL_ID, DID),
                         "traits": traits}
    if user:
        d["distinct_id"] = L(USER_ID, UID)
    data = enc(d, "query", "data", "b64", acc)
    return add(case(f"{app.fam}-eventbrier", f"{EB}/v1/engage",
                    query={"data": data, "ip": "1", "_": str(T0 * 1000 + 5)},
                    headers={"User-Agent": EBUA}), acc)


def eb_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """The offline queue flushed at launch: JSON Lines, the install ID on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-eventbrier", f"{EB}/v1/import", recs,
                 headers={"User-Agent": EBUA, "X-Eventbrier-Key": app.key("eventbrier")})


def _cm_base(app: App, lang: str, country: str) -> dict[str, Any]:
    return {"app_token": app.key("clickmarten"), "gps_adid": L(GAID, ADID),
            "cm_uuid": L(sdk_id(app, "clickmarten"), DID), "tracking_enabled": "1",
            "device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
            "os_name": "android", "os_version": L("14", DEV), "language": L(lang, DEV),
            "country": L(country, DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "network_type": L("13", DEV), "app_version": app.ver, "sdk_version": "android5.2.0",
            "environment": "production", "sent_at": "2025-12-10T19:21:07.331Z-0500"}


def cm_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 5, lang: str = "en", country: str = "US") -> Case:
    """Clickmarten's session (a form): the first carries the Android ID and the install
    referrer; ``callback_params`` is a JSON string (the app's user ID when ``user``)."""
    body = _cm_base(app, lang, country)
    body["session_count"] = L("1" if first else str(n), USAGE)
    if first:
        body.update(android_id=L(ANDROID_ID, DID), installed_at="2025-12-10T19:20:55.012Z-0500",
                    install_referrer="utm_source=martennet&utm_medium=cpi&utm_campaign=q4")
    if user:
        body["callback_params"] = W({"user_id": L(USER_ID, UID)}, "json")
    return case(f"{app.fam}-clickmarten", f"{CM}/session", fmt="form", body=body,
                headers={"User-Agent": f"Clickmarten/5.2.0 {app.name}/{app.ver}",
                         "Client-SDK": "android5.2.0"})


def cm_event(app: App, rng: random.Random, name: str, params: dict[str, Any], *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             lang: str = "en", country: str = "US") -> Case:
    """A Clickmarten event (a form): the partner parameters a JSON string, the revenue, and the
    hashed e-mail and phone when the app passes them."""
    body = _cm_base(app, lang, country)
    body.update(event_name=L(name, USAGE), event_token=opaque(rng, "", 6),
                partner_params=W(params, "json"))
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body.update(em_sha256=L(EMAIL_SHA256, MAIL), ph_sha256=L(PHONE_SHA256, TEL))
    return case(f"{app.fam}-clickmarten", f"{CM}/event", fmt="form", body=body,
                headers={"User-Agent": f"Clickmarten/5.2.0 {app.name}/{app.ver}",
                         "Client-SDK": "android5.2.0"})


def cm_link(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (JSON; a URL labelled per query parameter)."""
    return case(f"{app.fam}-clickmarten", f"{CM}/sdk_click", body={
        "app_token": app.key("clickmarten"), "gps_adid": L(GAID, ADID),
        "cm_uuid": L(sdk_id(app, "clickmarten"), DID), "source": "deeplink", "deeplink": link,
        "click_time": "2025-12-10T19:30:02.114Z-0500"},
        headers={"User-Agent": f"Clickmarten/5.2.0 {app.name}/{app.ver}"})


def bq_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, country: str = "USA",
           ipgeo: tuple[str, str, str] = ("NY", "New York", "10118")) -> Case:
    """A Bidquince OpenRTB 2.5 bid request (gzip JSON): GPS geo (``at`` at ``nd`` decimals) or
    IP geo; ``user.id`` the SDK's buyer ID; ``coppa`` leaves the advertising ID out."""
    if at is None:
        geo: dict[str, Any] = {"type": 2, "country": L(country, COARSE),
                               "region": L(ipgeo[0], COARSE), "city": L(ipgeo[1], COARSE),
                               "zip": L(ipgeo[2], COARSE), "ipservice": 3}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 12, "lastfix": 9,
               "country": L(country, COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidquince"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "w": L(1080, DEV), "h": L(2400, DEV), "language": L("en", DEV),
                              "carrier": L("Example Mobile", CARRIER),
                              "mccmnc": L("310-260", CARRIER), "connectiontype": L(6, DEV),
                              "lmt": 1 if coppa else 0, "js": 1}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.4, bidfloorcur="USD", secure=1)],
            "app": {"id": app.key("bidquince"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "storeurl": f"https://play.example.com/{app.pkg}",
                    "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidquince", f"{BQ}/openrtb2/auction", body=body, gz=True,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bq_notice(app: App, rng: random.Random, kind: str = "win", *, ifa: bool = True) -> Case:
    """A win or impression beacon (GET): auction, bid, seat and creative IDs, the clearing price."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "seat": "sq-204",
                         "crid": opaque(rng, "cr", 6), "price": "1.07", "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidquince", f"https://ev.bidquince.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def cw_crumb(kind: str, msg: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashwillow breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-10T19:24:11.402Z", "type": kind, "name": msg,
            "metaData": meta or {}}


def cw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: bool = True, email: bool = False, screen: str = "MainActivity",
             tz: str = "America/New_York", locale: str = "en_US",
             meta: dict[str, Any] | None = None) -> Case:
    """A Crashwillow report (gzip JSON): the SDK's install ID, the user, device and OS, the
    screen, breadcrumbs and the exception."""
    u: dict[str, Any] = {"id": L(USER_ID, UID)} if user else {}
    if email:
        u["email"] = L(EMAIL, MAIL)
    ev = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
              {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
               "lineNumber": 88}]}],
          "context": L(screen, USAGE), "breadcrumbs": crumbs, "user": u,
          "app": {"id": app.pkg, "version": app.ver, "inForeground": True,
                  "duration": L(183220, USAGE)},
          "device": {"id": L(sdk_id(app, "crashwillow"), DID), "model": L("Pixel 8", DEV),
                     "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                     "locale": L(locale, DEV), "timezone": L(tz, DEV),
                     "freeDisk": L(38412773376, DEV), "freeMemory": L(912334848, DEV),
                     "batteryLevel": L(0.41, DEV), "charging": L(False, DEV),
                     "jailbroken": L(False, DEV), "orientation": L("portrait", DEV)},
          "metaData": meta or {}, "severity": "error", "unhandled": True}
    return case(f"{app.fam}-crashwillow", f"{CW}/v3/notify", gz=True,
                body={"apiKey": app.key("crashwillow"), "payloadVersion": "5",
                      "notifier": {"name": "Crashwillow Android", "version": "7.3.1"},
                      "events": [ev]},
                headers={"User-Agent": CWUA, "Crashwillow-Api-Key": app.key("crashwillow"),
                         "Crashwillow-Sent-At": "2025-12-10T19:24:12.017Z"})


def cw_logs(app: App, rng: random.Random, msgs: list[tuple[str, str]], *,
            user: bool = True) -> Case:
    """Crashwillow's log stream (JSON Lines): level and message, the session, the SDK's install
    ID and the user ID on each line."""
    sid = sdk_uuid(rng)
    recs = []
    for i, (level, msg) in enumerate(msgs):
        r: dict[str, Any] = {"ts": f"2025-12-10T19:2{i}:0{i}.118Z", "level": level, "msg": msg,
                             "session": sid, "did": L(sdk_id(app, "crashwillow"), DID)}
        if user:
            r["uid"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-crashwillow", f"{CW}/v3/logs", recs, gz=True,
                 headers={"User-Agent": CWUA, "Crashwillow-Api-Key": app.key("crashwillow")})


__all__ = ["bq_bid", "bq_notice", "cm_event", "cm_link", "cm_session", "cw_crash", "cw_crumb",
           "cw_logs", "eb_batch", "eb_identify", "eb_queue"]
