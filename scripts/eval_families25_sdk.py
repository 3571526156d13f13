"""Measurement SDKs of the twenty-fifth set, built once and called by every app with its own
events and choices: analytics "Gaugebird", MMP/attribution "Referrly", OpenRTB ads "Bidcove" and
crash reporting "Crashmoth" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

import eval_payloads as ep
from eval_families17_kit import EMAIL_SHA256, Acc, add, enc
from eval_families20_kit import T0, App, opaque, pos
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL = "location.ip", "contact.email", "contact.phone"
UID, USAGE = "id.user", "behavior.usage"

GAUGE = "https://in.gaugebird.example.com"
REF = "https://api.referrly.example.net"
COVE = "https://rtb.bidcove.example.com"
MOTH = "https://o4471.ingest.crashmoth.example.com"
Ev = tuple[str, dict[str, Any]]
GUA = "gaugebird-android/3.6.1"


def _gctx(adid: bool, nd: int | None) -> dict[str, Any]:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV)}
    if adid:
        dev.update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    ctx: dict[str, Any] = {"device": dev, "os": {"name": L("Android", DEV),
                                                 "version": L("14", DEV)},
                           "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV),
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)},
                           "library": {"name": "gaugebird-android", "version": "3.6.1"}}
    if nd is not None:
        lat, lon = pos(nd)
        ctx["location"] = {"latitude": lat, "longitude": lon}
    return ctx


def gauge_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
                adid: bool = False, nd: int | None = None) -> Case:
    """Gaugebird's batch (gzip JSON): one context, then messages with the anonymous ID (the
    install ID) and, signed in, the user ID."""
    msgs = []
    for i, (name, props) in enumerate(events):
        m: dict[str, Any] = {"type": "track", "event": L(name, USAGE), "properties": props,
                             "anonymousId": L(INSTALL_ID, DID), "messageId": sdk_uuid(rng),
                             "timestamp": f"2025-12-09T23:{10 + i:02d}:0{i % 10}.214Z"}
        if user:
            m["userId"] = L(USER_ID, UID)
        msgs.append(m)
    body = {"writeKey": app.key("gaugebird"), "sentAt": "2025-12-09T23:19:58.003Z",
            "context": _gctx(adid, nd), "batch": msgs}
    return case(f"{app.fam}-gaugebird", f"{GAUGE}/v1/batch", body=body, gz=True,
                headers={"User-Agent": GUA})


def gauge_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    """Gaugebird's identify: a form whose ``data`` field is base64 JSON (labels continue)."""
    data = {"$distinct_id": L(USER_ID, UID), "$device_id": L(INSTALL_ID, DID),
            "$token": app.key("gaugebird"), "$set": traits}
    return case(f"{app.fam}-gaugebird", f"{GAUGE}/engage", fmt="form",
                body={"data": W(data, "b64json"), "verbose": "1", "ip": "1"},
                headers={"User-Agent": GUA})


def gauge_lines(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Gaugebird's offline upload: gzip JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID, DID),
                             "properties": props, "ts": (T0 + 53 * i) * 1000,
                             "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-gaugebird", f"{GAUGE}/v1/import", recs, gz=True,
                 headers={"User-Agent": GUA, "X-Gaugebird-Key": app.key("gaugebird")})


def gauge_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``p`` is base64url JSON in the query string."""
    acc: Acc = {}
    p = enc(props, "query", "p", "b64url", acc)
    c = case(f"{app.fam}-gaugebird", f"{GAUGE}/t.gif", query={
        "k": app.key("gaugebird"), "e": L(name, USAGE), "aid": L(INSTALL_ID, DID), "p": p,
        "z": opaque(rng, "", 10)}, headers={"User-Agent": L(app.ua, DEV)})
    return add(c, acc)


def _ref_dev(app: App) -> dict[str, Any]:
    return {"hardware_id": L(ANDROID_ID, DID), "is_hardware_id_real": True,
            "brand": L("Google", DEV), "model": L("Pixel 8", DEV), "wifi": L(True, DEV),
            "os": L("Android", DEV), "os_version": L(34, DEV), "language": L("en", DEV),
            "local_ip": L(ep.LOCAL_IP, DEV),
            "randomized_device_token": L(sdk_id(app, "referrly"), DID)}


def ref_open(app: App, rng: random.Random, *, first: bool = False, user: bool = False) -> Case:
    """Referrly's install or open: the advertising ID, the Android ID, the SDK's device token."""
    body: dict[str, Any] = {"ref_key": app.key("referrly"), **_ref_dev(app),
                            "advertising_ids": {"aaid": L(GAID, ADID)}, "lat_val": 0,
                            "first_install_time": 1765213000114, "update": 0,
                            "app_version": app.ver, "sdk": "android5.9.0", "retryNumber": 0,
                            "instrumentation": {"v1/open-qwt": "0"}}
    if first:
        body["install_referrer"] = "utm_source=refads&utm_medium=cpi&utm_campaign=dec25"
    if user:
        body["identity"] = L(USER_ID, UID)
    kind = "install" if first else "open"
    return case(f"{app.fam}-referrly", f"{REF}/v1/{kind}", body=body,
                headers={"User-Agent": L("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/"
                                         "AP2A.240905.003)", DEV)})


def ref_event(app: App, rng: random.Random, name: str, data: dict[str, Any], *,
              custom: dict[str, Any] | None = None, hashed: bool = False,
              user: bool = True) -> Case:
    """A Referrly event: ``user_data`` (IDs, device, hashed contact data) and the event's data."""
    ud: dict[str, Any] = {"aaid": L(GAID, ADID), "hardware_id": L(ANDROID_ID, DID),
                          "randomized_device_token": L(sdk_id(app, "referrly"), DID),
                          "os": L("Android", DEV), "limit_ad_tracking": False,
                          "app_version": app.ver}
    if user:
        ud["developer_identity"] = L(USER_ID, UID)
    if hashed:
        ud.update(sha256_email=L(EMAIL_SHA256, MAIL), sha256_phone=L(PHONE_E164_SHA256, TEL))
    kind = "standard" if name.isupper() else "custom"
    return case(f"{app.fam}-referrly", f"{REF}/v2/event/{kind}", body={
        "name": L(name, USAGE), "ref_key": app.key("referrly"), "user_data": ud,
        "event_data": data, "custom_data": custom or {}, "customer_event_alias": None},
        headers={"User-Agent": "Dalvik/2.1.0"})


def cove_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 4,
             yob: int | None = None, gender: str | None = None, hem: bool = False,
             cat: list[str] | None = None) -> Case:
    """A Bidcove OpenRTB 2.5 request: GPS geo at ``nd`` decimals or IP geo (``None``);
    ``user.id`` is the SDK's per-install buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "zip": L("10118", COARSE)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 15, "ipservice": 3}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidcove"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if hem:
        user["ext"] = {"eids": [{"source": "hashedid.example.org",
                                 "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]}
    body = {"id": rid(rng), "at": 1, "tmax": 450, "cur": ["USD"],
            "imp": [dict(imp, id="1", tagid=f"{app.fam}_{imp.get('tag', 'main')}",
                         bidfloor=0.5, secure=1)],
            "app": {"id": app.key("bidcove"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "cat": cat or [], "publisher": {"id": opaque(rng, "p", 8)},
                    "storeurl": f"https://play.example.com/{app.pkg}"},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "dnt": 0, "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "w": L(1080, DEV), "h": L(2400, DEV),
                       "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                       "devicetype": L(4, DEV)},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidcove", f"{COVE}/openrtb2/auction", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def cove_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win, impression or click beacon: auction, bid, creative IDs and the price negatives."""
    q: dict[str, Any] = {"aid": rid(rng), "bid": opaque(rng, "", 16), "cid": opaque(rng, "c", 6),
                         "crid": opaque(rng, "cr", 8), "wp": opaque(rng, "Q", 24),
                         "app": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidcove", f"https://ev.bidcove.example.com/{kind}", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def moth_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashmoth breadcrumb (``navigation``, ``http``, ``ui.click``, ``default``)."""
    return {"timestamp": 1765321990.512, "type": "default" if kind != "http" else "http",
            "category": kind, "message": message, "data": data or {}, "level": "info"}


def _menv(app: App, rng: random.Random, item: dict[str, Any], kind: str) -> Case:
    key = opaque(rng, "", 32)
    header = {"event_id": opaque(rng, "", 32), "sent_at": "2025-12-09T23:20:11.402Z",
              "sdk": {"name": "crashmoth.java.android", "version": "7.14.0"},
              "dsn": f"https://{key}@o4471.ingest.crashmoth.example.com/4505"}
    return lines(f"{app.fam}-crashmoth", f"{MOTH}/api/4505/envelope/",
                 [header, {"type": kind, "content_type": "application/json"}, item],
                 headers={"User-Agent": "crashmoth.java.android/7.14.0",
                          "X-Crashmoth-Auth": f"Crashmoth crashmoth_key={key}, "
                                              "crashmoth_version=7"},
                 ctype="application/x-crashmoth-envelope")


def moth_event(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
               user: dict[str, Any] | None = None, tags: dict[str, Any] | None = None,
               screen: str = "MainActivity") -> Case:
    """A Crashmoth error envelope (JSON Lines: header, item header, event at ``[2]``); the user
    is the app's choice (the user ID signed in, by default)."""
    event = {"event_id": opaque(rng, "", 32), "timestamp": 1765321992.118, "platform": "java",
             "level": "error", "release": f"{app.pkg}@{app.ver}", "environment": "production",
             "user": user or {"id": L(USER_ID, UID), "ip_address": "{{auto}}"},
             "contexts": {
                 "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                            "memory_size": L(7784529920, DEV), "simulator": False,
                            "orientation": L("portrait", DEV),
                            "id": L(sdk_id(app, "crashmoth"), DID)},
                 "os": {"name": L("Android", DEV), "version": L("14", DEV),
                        "rooted": L(False, DEV)},
                 "app": {"app_identifier": app.pkg, "app_version": app.ver,
                         "view_names": [L(screen, USAGE)]}},
             "breadcrumbs": {"values": crumbs},
             "exception": {"values": [{"type": exc[0], "value": exc[1], "stacktrace": {
                 "frames": [{"function": "onResume", "module": f"{app.pkg}.ui.{screen}",
                             "lineno": 88, "in_app": True}]}}]},
             "tags": tags or {}}
    return _menv(app, rng, event, "event")


def moth_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A session update: ``did`` is the user ID signed in, the install ID signed out."""
    did = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    item = {"sid": sdk_uuid(rng), "did": did, "init": True, "started": "2025-12-09T23:02:41Z",
            "timestamp": "2025-12-09T23:20:10Z", "status": "exited", "errors": 0,
            "duration": L(1049.2, USAGE), "seq": 0,
            "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}}
    return _menv(app, rng, item, "session")


__all__ = ["cove_bid", "cove_notice", "gauge_batch", "gauge_identify", "gauge_lines",
           "gauge_pixel", "moth_crumb", "moth_event", "moth_session", "ref_event", "ref_open"]
