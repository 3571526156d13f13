"""Blind set twenty-two, part one: the third-party SDKs the set's apps embed for measurement, ads
and crashes (fictional vendors; see ``eval_families22.py`` for the rules of this set, its
conventions and its calls). The app modules call these builders with their own events and choices,
so one SDK's shape recurs across apps as in real captures.

Analytics ("Statlark"): an upload of events that each repeat the device fields (install ID, user
ID, advertising ID, OS, model, carrier; JSON, gzip or not), the legacy form upload with
the events as a JSON string in the ``e`` field, and an identify call whose user properties are set
with ``$set``. Attribution ("Clickroot"): the SDK's form posts (session, event, deep-link click)
with its own install UUID, the advertising ID, device and network fields, session counters,
callback parameters as a JSON string and a deep link as a URL, and the attribution lookup (query).
Ads ("Adquay"): OpenRTB 2.6 bid requests (JSON), an impression beacon and a video tracking pixel.
Crash ("Glitchwire"): an envelope in JSON Lines (header, item header, event with contexts, user,
breadcrumbs with an HTTP URL and the exception) and a session envelope.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_MD5,
    EMAIL_SHA1,
    EMAIL_SHA256,
    GAID_MD5,
    GENDER,
    IPLOC,
    MAIL,
    PHONE_SHA256,
    TEL,
    UID,
    USAGE,
)
from eval_families20_kit import T0, App, pos
from eval_families22_kit import lines
from eval_payloads import GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case, rnd_hex

SL = "https://api.statlark.example.com"
CR = "https://app.clickroot.example.net"
AQ = "https://rtb.adquay.example.org"
GW = "https://ingest.glitchwire.example.com"
WV_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 "
         "(KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36")


def sl_event(app: App, i: int, name: str, props: dict[str, Any] | None = None, *,
             uid: bool = True, adid: bool = True) -> dict[str, Any]:
    """One event: the event type ``behavior.usage``, the device fields repeated per event."""
    e: dict[str, Any] = {
        "event_type": L(name, USAGE), "time": (T0 + 41 * i) * 1000 + 17 * i,
        "insert_id": f"{rnd_hex(random.Random(i + len(name)), 12)}-{i}",
        "session_id": T0 * 1000, "event_id": 100 + i, "device_id": L(INSTALL_ID, DID),
        "platform": L("Android", DEV), "os_name": L("android", DEV), "os_version": L("14", DEV),
        "device_model": L("Pixel 8", DEV), "carrier": L("Example Mobile", CARRIER),
        "ip": "$remote", "app_version": app.ver,
        "event_properties": props or {}}
    if uid:
        e["user_id"] = L(USER_ID, UID)
    if adid:
        e["adid"] = L(GAID, ADID)
    return e


def sl_upload(app: App, events: list[dict[str, Any]], *, gz: bool = False) -> Case:
    return case("statlark", f"{SL}/2/httpapi", body={
        "api_key": app.key("sl"), "events": events,
        "options": {"min_id_length": 5}, "client_upload_time": "2025-12-09T14:22:31.118Z"}, gz=gz)


def sl_legacy(app: App, events: list[dict[str, Any]]) -> Case:
    """The older form upload: the events as a JSON string in ``e``."""
    return case("statlark", f"{SL}/", fmt="form", body={
        "v": "2", "client": app.key("sl"), "e": W(events, "json"),
        "upload_time": str((T0 + 600) * 1000), "checksum": rnd_hex(random.Random(T0), 32)})


def sl_identify(app: App, props: dict[str, Any]) -> Case:
    return case("statlark", f"{SL}/identify", fmt="form", body={
        "api_key": app.key("sl"),
        "identification": W({"user_id": L(USER_ID, UID), "device_id": L(INSTALL_ID, DID),
                             "user_properties": {"$set": props}}, "json")})


def _cr(app: App, cuid: str, n: int, *, carrier: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {
        "app_token": app.key("cr"), "android_uuid": L(cuid, DID), "gps_adid": L(GAID, ADID),
        "gps_adid_src": "service", "tracking_enabled": "1",
        "device_name": L("Pixel 8", DEV), "device_manufacturer": L("Google", DEV),
        "os_name": L("android", DEV), "os_version": L("14", DEV),
        "language": L("en", DEV), "country": L("US", DEV), "display_width": L("1080", DEV),
        "display_height": L("2400", DEV),
        "app_version": app.ver, "environment": "production", "sdk_version": "android5.0.1",
        "created_at": "2025-12-09T14:03:11.482Z-0500", "sent_at": "2025-12-09T14:03:12.020Z-0500",
        "session_count": L(str(n), USAGE), "needs_response_details": "1"}
    if carrier:
        d.update({"mcc": L("310", CARRIER), "mnc": L("260", CARRIER)})
    return d


def cr_session(app: App, cuid: str, n: int, *, push: str | None = None,
               carrier: bool = True) -> Case:
    body = {**_cr(app, cuid, n, carrier=carrier), "subsession_count": L("3", USAGE),
            "session_length": L("412", USAGE), "time_spent": L("388", USAGE),
            "last_interval": L("86211", USAGE)}
    if push:
        body["push_token"] = L(push, DID)
    return case("clickroot", f"{CR}/session", fmt="form", body=body,
                headers={"Client-SDK": "android5.0.1"})


def cr_event(app: App, cuid: str, n: int, token: str, params: dict[str, Any], *,
             revenue: float | None = None, partner: dict[str, Any] | None = None) -> Case:
    """An event: its token names the event (``behavior.usage``), parameters as JSON strings
    (``partner_params``: what the app forwards to ad partners, such as hashed contacts)."""
    body = {**_cr(app, cuid, n), "event_token": L(token, USAGE), "event_count": L("5", USAGE),
            "callback_params": W(params, "json")}
    if partner:
        body["partner_params"] = W(partner, "json")
    if revenue is not None:
        body.update({"revenue": L(f"{revenue:.2f}", BUY), "currency": "USD"})
    return case("clickroot", f"{CR}/event", fmt="form", body=body,
                headers={"Client-SDK": "android5.0.1"})


def cr_click(app: App, cuid: str, n: int, link: str, params: dict[str, Any]) -> Case:
    body = {**_cr(app, cuid, n, carrier=False), "source": "deeplink",
            "deeplink": U(link, params), "click_time": "2025-12-09T14:02:58.110Z-0500"}
    return case("clickroot", f"{CR}/sdk_click", fmt="form", body=body)


def cr_attribution(app: App, cuid: str) -> Case:
    return case("clickroot", f"{CR}/attribution", query={
        "app_token": app.key("cr"), "android_uuid": L(cuid, DID), "gps_adid": L(GAID, ADID),
        "initiated_by": "sdk", "environment": "production", "needs_response_details": "1",
        "sent_at": "2025-12-09T14:03:15.201Z-0500"})


def aq_bid(app: App, rng: random.Random, tag: str, *, nd: int = 4, video: bool = False,
           user: dict[str, Any] | None = None, city: bool = True) -> Case:
    """An OpenRTB 2.6 bid request: the position at ``nd`` decimals, the user's demographics."""
    lat, lon = pos(nd)
    geo: dict[str, Any] = {"lat": lat, "lon": lon, "type": 1, "lastfix": 30,
                           "country": L("USA", COARSE), "utcoffset": L(-300, DEV)}
    if city:
        geo.update({"region": L("NY", COARSE), "city": L("New York", COARSE),
                    "zip": L("10118", COARSE)})
    imp: dict[str, Any] = {"id": "1", "tagid": tag, "bidfloor": round(rng.uniform(0.1, 3), 2),
                           "bidfloorcur": "USD", "secure": 1}
    if video:
        imp["video"] = {"mimes": ["video/mp4"], "w": 1080, "h": 1920, "minduration": 5,
                        "maxduration": 30, "protocols": [2, 3, 7], "rwdd": 1}
    else:
        imp["banner"] = {"w": 320, "h": 50, "pos": 3}
    body = {"id": rnd_hex(rng, 32), "imp": [imp], "at": 1, "tmax": 800,
            "app": {"id": app.key("aq"), "name": app.name, "bundle": app.pkg, "ver": app.ver,
                    "cat": ["IAB19"], "publisher": {"id": "pub-" + rnd_hex(rng, 8)}},
            "device": {"ua": L(WV_UA, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "devicetype": L(4, DEV), "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "h": L(2400, DEV), "w": L(1080, DEV),
                       "ppi": L(428, DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                       "connectiontype": L(6, DEV), "ifa": L(GAID, ADID), "lmt": 0},
            "user": user or {}, "source": {"tid": rnd_hex(rng, 32)},
            "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}}}
    return case("adquay", f"{AQ}/openrtb/2.6/bid", headers={"X-OpenRTB-Version": "2.6"},
                body=body)


def aq_user(yob: bool = True, gender: bool = True, hem: bool = False,
            phone: bool = False) -> dict[str, Any]:
    """The bid's user: year of birth, gender, hashed e-mails (MD5, SHA-1, SHA-256 of the
    normalised address) or an extended ID from the SHA-256 of the E.164 phone."""
    u: dict[str, Any] = {}
    if yob:
        u["yob"] = L(1991, BIRTH)
    if gender:
        u["gender"] = L("F", GENDER)
    if hem:
        u["ext"] = {"hem": {"md5": L(EMAIL_MD5, MAIL), "sha1": L(EMAIL_SHA1, MAIL),
                            "sha256": L(EMAIL_SHA256, MAIL)}}
    if phone:
        u["eids"] = [{"source": "phone-id.example.com",
                      "uids": [{"id": L(PHONE_SHA256, TEL), "atype": 3}]}]
    return u


def aq_imp(rng: random.Random) -> Case:
    return case("adquay", f"{AQ}/imp", query={
        "bid": rnd_hex(rng, 32), "cr": "cr-" + rnd_hex(rng, 6),
        "price": f"{rng.uniform(0.3, 4):.5f}", "ts": str((T0 + 90) * 1000)})


def aq_vast(rng: random.Random, ev: str) -> Case:
    """A video tracking pixel: the quartile event, the MD5 of the advertising ID."""
    return case("adquay", f"{AQ}/vast/track", query={
        "e": ev, "bid": rnd_hex(rng, 32), "ifa_md5": L(GAID_MD5, ADID), "cb": rnd_hex(rng, 8)})


def _gw_contexts(app: App, battery: bool = True) -> dict[str, Any]:
    dev: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                           "archs": [L("arm64-v8a", DEV), L("armeabi-v7a", DEV)],
                           "simulator": False, "orientation": "portrait",
                           "memory_size": L(7823421440, DEV), "timezone": L("America/New_York",
                                                                            DEV)}
    if battery:
        dev.update({"battery_level": L(71.0, DEV), "charging": L(False, DEV)})
    return {"device": dev,
            "os": {"name": L("Android", DEV), "version": L("14", DEV),
                   "build": L("AP2A.240905.003", DEV), "rooted": L(False, DEV)},
            "app": {"app_identifier": app.pkg, "app_version": app.ver,
                    "app_start_time": "2025-12-09T14:01:55Z"}}


def gw_event(app: App, rng: random.Random, exc: str, msg: Any, crumbs: list[Any], *,
             user: dict[str, Any] | None = None, level: str = "error",
             tags: dict[str, Any] | None = None) -> Case:
    """An error envelope: header, item header, the event (contexts, user, breadcrumbs)."""
    eid = rnd_hex(rng, 32)
    event = {"event_id": eid, "timestamp": T0 + 120, "platform": "java", "level": level,
             "release": f"{app.pkg}@{app.ver}", "environment": "production",
             "contexts": _gw_contexts(app), "user": user or {"id": L(USER_ID, UID)},
             "breadcrumbs": {"values": crumbs}, "tags": tags or {},
             "exception": {"values": [{"type": exc, "value": msg, "module": app.pkg,
                                       "stacktrace": {"frames": [
                                           {"function": f"on{rng.choice(['Bind', 'Click'])}",
                                            "module": f"{app.pkg}.ui",
                                            "lineno": rng.randrange(30, 600)}]}}]}}
    return lines("glitchwire", f"{GW}/api/{1000 + sum(map(ord, app.pkg)) % 900}/envelope/", [
        {"event_id": eid, "sent_at": "2025-12-09T14:04:01.220Z",
         "sdk": {"name": "glitchwire.android", "version": "7.16.0"}},
        {"type": "event", "content_type": "application/json"}, event],
        headers={"X-Glitchwire-Auth": f"Glitchwire key={app.key('gw')}, version=7"},
        ctype="application/x-glitchwire-envelope")


def nav(screen: str, to: str) -> dict[str, Any]:
    """A navigation breadcrumb: the screens are ``behavior.usage``."""
    return {"type": "navigation", "category": "navigation",
            "data": {"from": L(screen, USAGE), "to": L(to, USAGE)}}


def http(url: str, params: dict[str, Any], status: int = 200) -> dict[str, Any]:
    """An HTTP breadcrumb whose URL carries query parameters (labelled per parameter)."""
    return {"type": "http", "category": "http",
            "data": {"url": U(url, params), "method": "GET", "status_code": status}}


def gw_session(app: App, rng: random.Random, *, uid: bool = True) -> Case:
    sess: dict[str, Any] = {"sid": rnd_hex(rng, 32), "init": True, "status": "ok",
                            "started": "2025-12-09T14:01:56Z", "errors": 0,
                            "did": L(USER_ID, UID) if uid else L(INSTALL_ID, DID),
                            "attrs": {"release": f"{app.pkg}@{app.ver}",
                                      "environment": "production"}}
    return lines("glitchwire", f"{GW}/api/{1000 + sum(map(ord, app.pkg)) % 900}/envelope/", [
        {"sent_at": "2025-12-09T14:01:57.010Z"}, {"type": "session"}, sess],
        headers={"X-Glitchwire-Auth": f"Glitchwire key={app.key('gw')}, version=7"},
        ctype="application/x-glitchwire-envelope")
