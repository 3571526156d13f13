"""Measurement SDKs of the sixty-second set, built once and called by every app with its own
events and choices: analytics "Metriquill", MMP/attribution "Attrisprout", OpenRTB 2.5 ads
"Bidcormorant" and crash reporting "Crashkestrel" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, IID_NODASH, PHONE_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque
from eval_families21_kit import sdk_uid
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
PRECISE, UID, USAGE = "location.precise", "id.user", "behavior.usage"

MQ = "https://collect.metriquill.example.com"
AS = "https://s2s.attrisprout.example.net"
BC = "https://rtb.bidcormorant.example.com"
CK = "https://in.crashkestrel.example.org"
Ev = tuple[str, dict[str, Any]]
Pt = tuple[float, float]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
MQUA = "Metriquill-Android/5.2.0"


def _geo(at: Pt, nd: int) -> tuple[L, L]:
    cat = PRECISE if nd >= 3 else COARSE
    return L(round(at[0], nd), cat), L(round(at[1], nd), cat)


def mq_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, at: Pt | None = None, nd: int = 2, ip: bool = False,
             tz: str = "America/New_York", locale: str = "en-US") -> Case:
    """Metriquill's batch (gzip JSON, snake_case): the anonymous ID (the install ID), the user ID
    signed in, a ``context`` (device, OS, locale, zone, carrier; ``ip``; ``at`` a position at
    ``nd`` decimals), then the events."""
    ctx: dict[str, Any] = {
        "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                   "type": "android"},
        "os": {"name": L("Android", DEV), "version": L("14", DEV)},
        "locale": L(locale, DEV), "timezone": L(tz, DEV),
        "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(True, DEV)},
        "app": {"build": app.ver, "namespace": app.pkg},
        "library": {"name": "metriquill-android", "version": "5.2.0"}}
    if adid:
        ctx["device"]["advertising_id"] = L(GAID, ADID)
    if ip:
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    if at is not None:
        la, lo = _geo(at, nd)
        ctx["location"] = {"latitude": la, "longitude": lo}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "message_id": sdk_uuid(rng), "timestamp": f"2025-12-10T14:0{i}:12.{311 + i}Z"}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"write_key": app.key("metriquill"),
                            "anonymous_id": L(INSTALL_ID, DID), "context": ctx, "batch": batch,
                            "sent_at": "2025-12-10T14:09:58.004Z"}
    if user:
        body["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metriquill", f"{MQ}/v1/batch", body=body, gz=True,
                headers={"User-Agent": MQUA})


def mq_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Metriquill's profile update: a form whose ``data`` field is base64 JSON."""
    p: dict[str, Any] = {"anonymous_id": L(INSTALL_ID, DID), "traits": traits,
                         "write_key": app.key("metriquill")}
    if user:
        p["user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-metriquill", f"{MQ}/v1/identify", fmt="form",
                body={"data": W(p, "b64json"), "v": "2"}, headers={"User-Agent": MQUA})


def mq_screen(app: App, rng: random.Random, screen: str, *, user: bool = True) -> Case:
    """A screen beacon (GET): the install ID without dashes, the screen and the user ID."""
    q: dict[str, Any] = {"wk": app.key("metriquill"), "aid": L(IID_NODASH, DID),
                         "s": L(screen, USAGE), "ts": str(T0 * 1000 + 5521),
                         "r": opaque(rng, "", 8)}
    if user:
        q["uid"] = L(USER_ID, UID)
    return case(f"{app.fam}-metriquill", f"{MQ}/v1/p", query=q,
                headers={"User-Agent": L(DALVIK, DEV)})


def mq_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Metriquill's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymous_id": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 - 4200 + 61 * i) * 1000,
                             "message_id": sdk_uuid(rng)}
        if user:
            r["user_id"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-metriquill", f"{MQ}/v1/import", recs,
                 headers={"User-Agent": MQUA, "X-Metriquill-Key": app.key("metriquill")})


def _as_base(app: App, rng: random.Random) -> dict[str, Any]:
    return {"app_token": app.key("attrisprout"), "gps_adid": L(GAID, ADID),
            "as_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrisprout")), DID),
            "tracking_enabled": "1", "device_name": L("Pixel 8", DEV),
            "os_version": L("14", DEV), "language": L("en", DEV), "country": L("US", DEV),
            "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "sdk": "android4.38.1",
            "created_at": "2025-12-10T09:12:44.118Z-0500", "req": rid(rng)}


def as_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 7) -> Case:
    """Attrisprout's install or session (a form): the first carries the Android ID and the
    install referrer; every one the session count; ``user`` puts the user ID in
    ``callback_params`` (a JSON string in a form field)."""
    acc: Acc = {}
    body = _as_base(app, rng)
    body["session_count"] = L(1 if first else n, USAGE)
    if first:
        body["android_id"] = L(ANDROID_ID, DID)
        body["referrer"] = "utm_source=sproutnet&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["callback_params"] = enc({"uid": L(USER_ID, UID)}, "body", "callback_params",
                                      "json", acc)
    kind = "install" if first else "session"
    return add(case(f"{app.fam}-attrisprout", f"{AS}/{kind}", fmt="form", body=body,
                    headers={"User-Agent": L(DALVIK, DEV)}), acc)


def as_event(app: App, rng: random.Random, token: str, name: str, *,
             revenue: str | None = None, currency: str = "USD", hashed: bool = False,
             params: dict[str, Any] | None = None) -> Case:
    """An Attrisprout event (a form): the event token, its name in ``callback_params`` with the
    user ID, revenue; hashed e-mail and phone in ``partner_params`` (JSON strings)."""
    acc: Acc = {}
    body = _as_base(app, rng)
    body["event_token"] = token
    body["callback_params"] = enc(dict(params or {}, uid=L(USER_ID, UID),
                                       event=L(name, USAGE)),
                                  "body", "callback_params", "json", acc)
    if revenue is not None:
        body.update(revenue=L(revenue, BUY), currency=currency)
    if hashed:
        body["partner_params"] = enc({"em": L(EMAIL_SHA256, MAIL), "ph": L(PHONE_SHA256, TEL)},
                                     "body", "partner_params", "json", acc)
    return add(case(f"{app.fam}-attrisprout", f"{AS}/event", fmt="form", body=body,
                    headers={"User-Agent": L(DALVIK, DEV)}), acc)


def as_attribution(app: App, rng: random.Random) -> Case:
    """The attribution poll (GET): the advertising ID and the SDK's install ID in the query."""
    return case(f"{app.fam}-attrisprout", f"{AS}/attribution", query={
        "app_token": app.key("attrisprout"), "gps_adid": L(GAID, ADID),
        "as_uid": L(sdk_uid(random.Random(f"{app.pkg}/attrisprout")), DID),
        "initiated_by": "sdk", "req": rid(rng)}, headers={"User-Agent": L(DALVIK, DEV)})


def bc_bid(app: App, rng: random.Random, imp: dict[str, Any], *, at: Pt | None = None,
           nd: int = 3, yob: int | None = None, gender: str | None = None,
           keywords: Any = None, coppa: bool = False, geo_ip: dict[str, Any] | None = None
           ) -> Case:
    """A Bidcormorant OpenRTB 2.5 bid request: GPS geo (``at`` at ``nd`` decimals) or IP geo
    (``geo_ip`` overrides New York's); ``user.id`` the SDK's buyer ID; ``coppa`` drops the
    advertising ID."""
    if at is None:
        g = geo_ip or {"country": "USA", "region": "NY", "city": "New York", "zip": "10118"}
        geo: dict[str, Any] = {"type": 2, **{k: L(v, COARSE) for k, v in g.items()}}
    else:
        la, lo = _geo(at, nd)
        geo = {"lat": la, "lon": lo, "type": 1, "accuracy": 22, "country": L("USA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcormorant"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    device: dict[str, Any] = {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                              "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                              "os": L("Android", DEV), "osv": L("14", DEV),
                              "language": L("en", DEV), "mccmnc": L("310-260", CARRIER),
                              "connectiontype": L(6, DEV), "lmt": 1 if coppa else 0}
    if not coppa:
        device["ifa"] = L(GAID, ADID)
    body = {"id": rid(rng), "at": 1, "tmax": 300, "cur": ["USD"],
            "imp": [dict(imp, id="1", bidfloor=0.3, secure=1)],
            "app": {"id": app.key("bidcormorant"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "publisher": {"id": opaque(rng, "pub", 8)}},
            "device": device, "user": user,
            "regs": {"coppa": 1 if coppa else 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidcormorant", f"{BC}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def bc_notice(app: App, rng: random.Random, kind: str = "imp") -> Case:
    """An impression or click beacon: auction, bid and creative IDs and the price negatives, the
    advertising ID labelled."""
    return case(f"{app.fam}-bidcormorant", f"https://ev.bidcormorant.example.com/{kind}", query={
        "aid": rid(rng), "bid": opaque(rng, "", 16), "cr": opaque(rng, "cr", 6),
        "wp": "0.84", "b": app.pkg, "ifa": L(GAID, ADID)}, headers={"User-Agent": L(app.ua, DEV)})


def ck_crumb(kind: str, message: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashkestrel breadcrumb (``navigation``, ``request``, ``user``, ``log``)."""
    return {"timestamp": "2025-12-10T14:11:09.402Z", "type": kind, "name": message,
            "metaData": meta or {}}


def ck_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
             screen: str = "MainActivity", tz: str = "America/New_York") -> Case:
    """A Crashkestrel error report (gzip JSON): the API key, the event (exceptions,
    breadcrumbs, user, device with the SDK's device ID, app state, metadata)."""
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [
                 {"method": f"{app.pkg}.ui.{screen}.onResume", "file": f"{screen}.kt",
                  "lineNumber": 88}]}],
             "breadcrumbs": crumbs, "context": L(screen, USAGE), "severity": "error",
             "user": user if user is not None else {"id": L(USER_ID, UID)},
             "device": {"id": L(sdk_id(app, "crashkestrel"), DID), "model": L("Pixel 8", DEV),
                        "manufacturer": L("Google", DEV), "osVersion": L("14", DEV),
                        "locale": L("en_US", DEV), "timezone": L(tz, DEV),
                        "freeDisk": L(38122110976, DEV), "freeMemory": L(512110592, DEV),
                        "orientation": L("portrait", DEV), "jailbroken": L(False, DEV),
                        "batteryLevel": L(0.57, DEV)},
             "app": {"version": app.ver, "releaseStage": "production",
                     "durationInForeground": L(412000, USAGE)},
             "metaData": meta or {}}
    body = {"apiKey": app.key("crashkestrel"), "payloadVersion": "5",
            "notifier": {"name": "Crashkestrel Android", "version": "6.1.0"}, "events": [event]}
    return case(f"{app.fam}-crashkestrel", f"{CK}/v2/notify", body=body, gz=True,
                headers={"User-Agent": "crashkestrel-android/6.1.0",
                         "X-Crashkestrel-Api-Key": app.key("crashkestrel")})


def ck_sessions(app: App, rng: random.Random, *, user: bool = True, secs: int = 640) -> Case:
    """Sessions flushed as JSON Lines: the session ID, the user ID signed in, the SDK's device
    ID, the session's length."""
    recs = [{"id": sdk_uuid(rng), "startedAt": f"2025-12-0{d}T18:0{d}:11Z",
             "user": {"id": L(USER_ID, UID)} if user else {},
             "device": {"id": L(sdk_id(app, "crashkestrel"), DID), "osVersion": L("14", DEV)},
             "durationS": L(secs + 37 * d, USAGE)} for d in (8, 9)]
    return lines(f"{app.fam}-crashkestrel", f"{CK}/v2/sessions", recs,
                 headers={"User-Agent": "crashkestrel-android/6.1.0",
                          "X-Crashkestrel-Api-Key": app.key("crashkestrel")})


__all__ = ["as_attribution", "as_event", "as_session", "bc_bid", "bc_notice", "ck_crash",
           "ck_crumb", "ck_sessions", "mq_batch", "mq_identify", "mq_queue", "mq_screen"]
