"""Blind set twenty, part one: the third-party SDKs every app of the set embeds, as they send today
(fictional vendors; see ``eval_families20.py`` for the rules of this set, its conventions and its
calls). The app modules call these builders with their own events, properties and choices, so one
SDK's shape recurs across apps as in real captures.

Analytics ("Metricove"): event batches (gzip JSON: the app-instance ID without dashes, the
advertising ID, device block, user properties, events with parameters), a measurement-protocol hit
(query string), a compact upload (schema-less protobuf with repeated events) and the legacy
``/track`` and ``/engage`` endpoints (``data=`` base64 JSON in a form). Attribution ("Linkfable"):
install, session and event (form; callback parameters as a JSON string), a deep-link click (a URL in
a form field) and an identity match (JSON; SHA-256 of the e-mail and phone, MD5 of the e-mail). Ads
("Bidharbor"): OpenRTB 2.6 bid requests (gzip JSON: device, geo at 2-4 decimals, user with year of
birth, gender and hashed e-mail/phone EIDs, content being viewed) and win/impression/click beacons.
Crash ("Crashkite"): envelopes (JSON Lines: header, item header, event or session) with device
contexts, breadcrumbs and user.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_MD5,
    EMAIL_SHA256,
    IID_NODASH,
    IPLOC,
    MAIL,
    PHONE_SHA256,
    TEL,
    UID,
    USAGE,
    USER_SHA256,
    Acc,
    add,
    encode,
    jsonl,
    pb,
    raw,
)
from eval_families20_kit import T0, App, pos
from eval_payloads import (
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    U,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

MC = "https://collect.metricove.example.com"
LF = "https://s2s.linkfable.example.net"
BH = "https://rtb.bidharbor.example.org"
CK = "https://o4402.ingest.crashkite.example.net/api/118"
WV_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 "
         "(KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36")


def mc_device(carrier: bool = False) -> dict[str, Any]:
    d = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV), "os": L("android", DEV),
         "os_version": L("14", DEV), "locale": L("en-us", DEV), "tz_offset_min": L(-300, DEV),
         "screen": L("1080x2400", DEV)}
    if carrier:
        d["carrier"] = L("Example Mobile", CARRIER)
    return d


def mc_batch(app: App, events: list[dict[str, Any]], props: dict[str, Any] | None = None, *,
             uid: bool = True, adid: bool = True, gz: bool = True, carrier: bool = False) -> Case:
    """An event batch as the analytics SDK flushes it."""
    body: dict[str, Any] = {"app_instance_id": L(IID_NODASH, DID), "app_id": app.pkg,
                            "app_version": app.ver, "sdk": "mcv-android/22.1.0",
                            "device": mc_device(carrier), "events": events}
    if uid:
        body["user_id"] = L(USER_ID, UID)
    if adid:
        body.update({"ad_id": L(GAID, ADID), "limit_ad_tracking": False})
    if props:
        body["user_properties"] = props
    return case("metricove", f"{MC}/v2/batch", query={"k": app.key("mc")}, body=body, gz=gz)


def mc_hit(app: App, rng: random.Random, en: str, screen: str, et: int, sct: int, *,
           uid: bool = False, extra: dict[str, Any] | None = None) -> Case:
    """A measurement-protocol hit: one event in the query string."""
    q: dict[str, Any] = {"v": "2", "tid": app.key("mc"), "cid": L(INSTALL_ID, DID),
                         "en": L(en, USAGE), "ep.screen_name": L(screen, USAGE),
                         "_et": L(str(et), USAGE), "sid": str(T0 + 11), "sct": L(str(sct), USAGE),
                         "ul": L("en-us", DEV), "sr": L("1080x2400", DEV),
                         "_p": rnd_hex(rng, 10), **(extra or {})}
    if uid:
        q["uid"] = L(USER_ID, UID)
    return case("metricove", f"{MC}/g/collect", query=q)


def mc_track(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The legacy endpoint: ``data=`` base64 JSON in a form body."""
    data = W({"event": L(name, USAGE), "properties": {
        "token": app.key("mc"), "distinct_id": L(INSTALL_ID, DID), "$os": L("Android", DEV),
        "$os_version": L("14", DEV), "$model": L("Pixel 8", DEV), "$screen_width": L(1080, DEV),
        "$screen_height": L(2400, DEV), "$carrier": L("Example Mobile", CARRIER),
        "$wifi": L(True, DEV), "time": T0 + 60, "$insert_id": rnd_hex(rng, 16), **props}},
        "b64json")
    return case("metricove", f"{MC}/track", fmt="form", body={"data": data, "ip": "1"})


def mc_engage(app: App, sets: dict[str, Any]) -> Case:
    """A people-profile update (``$set``), base64 JSON in a form body."""
    data = W({"$token": app.key("mc"), "$distinct_id": L(USER_ID, UID), "$set": sets}, "b64json")
    return case("metricove", f"{MC}/engage", fmt="form", body={"data": data})


def mc_proto(app: App, events: list[tuple[str, str]]) -> Case:
    """The SDK's compact upload, schema-less protobuf: 1 app-instance ID, 2 app, 3 device
    (model, OS, time zone), 4 repeated events (name, screen, time in ms)."""
    lab: dict[str, str] = {}
    evs = [(4, [(1, n), (2, s), (3, (T0 + 41 * i) * 1000)]) for i, (n, s) in enumerate(events)]
    data = pb([(1, L(IID_NODASH, DID)), (2, [(1, app.pkg), (2, app.ver)]),
               (3, [(1, L("Pixel 8", DEV)), (2, L("Android 14", DEV)),
                    (3, L("America/New_York", DEV))]), *evs], "", lab)
    lab.update({f"4[{i}].{k}": USAGE for i in range(len(events)) for k in (1, 2)})
    return raw("metricove", f"{MC}/v2/upload?k={app.key('mc')}", data, "application/x-protobuf",
               lab)


def _lf(app: App) -> dict[str, Any]:
    return {"app_token": app.key("lf"), "gps_adid": L(GAID, ADID), "gps_adid_src": "service",
            "android_uuid": L(INSTALL_ID, DID), "environment": "production",
            "created_at": "2025-12-09T09:12:44.310Z-0500", "sdk_version": "android5.0.2"}


def lf_install(app: App, referrer: str) -> Case:
    return case("linkfable", f"{LF}/session", fmt="form", body={
        **_lf(app), "device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
        "os_name": L("android", DEV), "os_version": L("14", DEV), "language": L("en", DEV),
        "display_width": L("1080", DEV), "display_height": L("2400", DEV),
        "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "network_type": L("13", DEV),
        "connectivity_type": L("1", DEV), "session_count": L("1", USAGE), "referrer": referrer,
        "install_begin_time": "2025-12-09T09:11:58.002Z-0500", "tracking_enabled": "1"})


def lf_session(app: App, n: int, length: int, spent: int) -> Case:
    return case("linkfable", f"{LF}/session", fmt="form", body={
        **_lf(app), "session_count": L(str(n), USAGE), "subsession_count": L("3", USAGE),
        "session_length": L(str(length), USAGE), "time_spent": L(str(spent), USAGE),
        "last_interval": L("86211", USAGE), "os_version": L("14", DEV)})


def lf_event(app: App, name: str, *, revenue: float | None = None,
             extra: dict[str, Any] | None = None) -> Case:
    body = {**_lf(app), "event_token": f"{sum(map(ord, name)) % 999999:06x}",
            "event_count": "4", "callback_params": W({"event": L(name, USAGE),
                                                      "user_id": L(USER_ID, UID),
                                                      **(extra or {})}, "json")}
    if revenue is not None:
        body.update({"revenue": L(f"{revenue:.2f}", "financial.purchase"), "currency": "USD"})
    return case("linkfable", f"{LF}/event", fmt="form", body=body)


def lf_click(app: App, link: str, params: dict[str, Any]) -> Case:
    return case("linkfable", f"{LF}/sdk_click", fmt="form", body={
        **_lf(app), "source": "deeplink", "deeplink": U(link, params),
        "click_time": "2025-12-09T18:40:02.117Z-0500"})


def lf_identify(app: App, phone: bool = True, md5: bool = False) -> Case:
    body: dict[str, Any] = {"app_token": app.key("lf"), "android_uuid": L(INSTALL_ID, DID),
                            "customer_user_id": L(USER_ID, UID),
                            "emails_sha256": [L(EMAIL_SHA256, MAIL)]}
    if md5:
        body["emails_md5"] = [L(EMAIL_MD5, MAIL)]
    if phone:
        body["phones_sha256"] = [L(PHONE_SHA256, TEL)]
    return case("linkfable", f"{LF}/v2/identity", body=body)


def bh_bid(app: App, rng: random.Random, tag: str, *, size: tuple[int, int] = (320, 50),
           nd: int = 4, place: bool = True, content: dict[str, Any] | None = None,
           user: dict[str, Any] | None = None, phone: bool = False, gz: bool = True) -> Case:
    """An OpenRTB 2.6 bid request from the app's ad SDK."""
    lat, lon = pos(nd)
    geo: dict[str, Any] = {"lat": lat, "lon": lon, "type": 1 if nd >= 3 else 2,
                           "country": L("USA", COARSE), "utcoffset": L(-300, DEV)}
    if place:
        geo.update({"region": L("NY", COARSE), "city": L("New York", COARSE),
                    "zip": L("10118", COARSE)})
    dev = {"ua": L(WV_UA, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo, "dnt": 0, "lmt": 0,
           "devicetype": L(4, DEV), "make": L("Google", DEV), "model": L("Pixel 8", DEV),
           "os": L("Android", DEV), "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
           "js": 1,
           "language": L("en", DEV), "carrier": L("Example Mobile", CARRIER),
           "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV), "ifa": L(GAID, ADID)}
    w, h = size
    imp = {"id": "1", "tagid": tag, "banner": {"w": w, "h": h, "pos": 1 if h < 250 else 7},
           "instl": int(h >= 480), "bidfloor": round(rng.uniform(0.1, 1.5), 2),
           "bidfloorcur": "USD", "secure": 1}
    app_o: dict[str, Any] = {"id": app.key("bh"), "name": app.name, "bundle": app.pkg,
                             "ver": app.ver, "publisher": {"id": "pub_" + rnd_hex(rng, 8)}}
    if content:
        app_o["content"] = content
    usr: dict[str, Any] = dict(user or {})
    uids = [{"source": "hashedemail.example.com", "uids": [{"id": L(EMAIL_SHA256, MAIL),
                                                            "atype": 3}]}]
    if phone:
        uids.append({"source": "hashedphone.example.com", "uids": [{"id": L(PHONE_SHA256, TEL),
                                                                    "atype": 3}]})
    if "id" in usr or phone:
        usr["ext"] = {"eids": uids, "consent": "CQbW9YAQbW9YAAKA1AENBXFsAP_gAEPgAAqIKYtV"}
    body = {"id": rnd_uuid(rng), "imp": [imp], "app": app_o, "device": dev, "user": usr,
            "at": 1, "tmax": 700, "cur": ["USD"], "source": {"tid": rnd_uuid(rng)},
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}}}
    return case("bidharbor", f"{BH}/openrtb2/auction", headers={"X-OpenRTB-Version": "2.6"},
                body=body, gz=gz)


def bh_user(yob: bool = True, gender: bool = True) -> dict[str, Any]:
    u: dict[str, Any] = {"id": L(USER_SHA256, UID)}
    if yob:
        u["yob"] = L(1991, "personal.birthdate")
    if gender:
        u["gender"] = L("F", "personal.gender")
    return u


def bh_beacon(rng: random.Random, kind: str, *, ifa: bool = False) -> Case:
    q: dict[str, Any] = {"auction": rnd_uuid(rng), "imp": "1", "bidder": "dsp_" + rnd_hex(rng, 4),
                         "price": f"{rng.uniform(0.2, 3):.4f}", "cb": rnd_hex(rng, 12)}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case("bidharbor", f"{BH}/{kind}", query=q)


def ck_contexts(app: App) -> dict[str, Any]:
    return {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                       "arch": L("arm64-v8a", DEV), "memory_size": L(7823421440, DEV),
                       "battery_level": L(62.0, DEV), "boot_time": "2025-12-08T07:41:09Z"},
            "os": {"name": L("Android", DEV), "version": L("14", DEV), "rooted": L(False, DEV)},
            "app": {"app_identifier": app.pkg, "app_version": app.ver, "in_foreground": True}}


def _envelope(app: App, rng: random.Random, kind: str, payload: dict[str, Any],
              gz: bool) -> Case:
    eid = payload.get("event_id", rnd_hex(rng, 32))
    acc: Acc = {}
    data = jsonl([{"event_id": eid, "sent_at": "2025-12-09T14:03:11.512Z",
                   "dsn": f"https://{app.key('ck')}@o4402.ingest.crashkite.example.net/118",
                   "sdk": {"name": "crashkite.java.android", "version": "7.18.1"}},
                  {"type": kind, "content_type": "application/json"}, payload], acc)
    c = raw("crashkite", f"{CK}/envelope/", data, "application/x-ndjson", {}, headers={
        "X-Crashkite-Auth": f"Crashkite ck_version=7, ck_key={app.key('ck')}"})
    return add(encode(c, "gzip") if gz else c, acc)


def ck_event(app: App, rng: random.Random, exc: str, value: Any, crumbs: list[str], *,
             user: dict[str, Any] | None = None, level: str = "fatal",
             extra: dict[str, Any] | None = None, gz: bool = True) -> Case:
    """A crash or handled error: exception, device contexts, screen breadcrumbs, the user."""
    frames = [{"function": f"on{rng.choice(['Bind', 'Click', 'Load', 'Resume'])}",
               "module": f"{app.pkg}.ui.{rng.choice(['list', 'detail', 'home'])}",
               "lineno": rng.randrange(20, 900), "in_app": True} for _ in range(4)]
    payload = {"event_id": rnd_hex(rng, 32), "timestamp": T0 + 900, "platform": "java",
               "level": level, "release": f"{app.pkg}@{app.ver}", "environment": "production",
               "user": user if user is not None else {"id": L(USER_ID, UID),
                                                      "ip_address": "{{auto}}"},
               "contexts": ck_contexts(app),
               "exception": {"values": [{"type": exc, "value": value,
                                         "stacktrace": {"frames": frames}}]},
               "breadcrumbs": {"values": [
                   {"timestamp": T0 + 800 + 9 * i, "type": "navigation",
                    "category": "ui.lifecycle", "data": {"screen": L(s, USAGE),
                                                         "state": "resumed"}}
                   for i, s in enumerate(crumbs)]},
               **(extra or {})}
    return _envelope(app, rng, "event", payload, gz)


def ck_session(app: App, rng: random.Random, duration: float, status: str = "exited", *,
               did: Any = None, gz: bool = False) -> Case:
    """A release-health session update (``did`` is the install's or the user's ID)."""
    payload = {"sid": rnd_uuid(rng), "did": did if did is not None else L(INSTALL_ID, DID),
               "init": False, "started": "2025-12-09T13:55:02.000Z",
               "timestamp": "2025-12-09T14:02:01.000Z", "status": status, "errors": 0,
               "duration": L(duration, USAGE),
               "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}}
    return _envelope(app, rng, "session", payload, gz)
