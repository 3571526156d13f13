"""Measurement SDKs of the twenty-third set, built once and called by every app with its own
events and choices: analytics "Tallyfin", MMP/attribution "Linkloft", OpenRTB ads "Bidharbor" and
crash reporting "Faultline" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADID,
    BIRTH,
    CARRIER,
    COARSE,
    DEV,
    DID,
    EMAIL_SHA256,
    GENDER,
    IPLOC,
    MAIL,
    PRECISE,
    TEL,
    UID,
    USAGE,
    Acc,
    add,
    enc,
)
from eval_families20_kit import T0, App
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families23_kit import rid
from eval_payloads import (
    ANDROID_ID,
    GAID,
    INSTALL_ID,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
)

TALLY = "https://collect.tallyfin.example.com"
LOFT = "https://app.linkloft.example.net"
HARBOR = "https://rtb.bidharbor.example.com"
FAULT = "https://o4410.ingest.faultline.example.com"
UA_OKHTTP = "okhttp/4.12.0"


def _dev() -> dict[str, Any]:
    return {"os": L("Android", DEV), "os_version": L("14", DEV), "model": L("Pixel 8", DEV),
            "manufacturer": L("Google", DEV), "locale": L("en_US", DEV),
            "timezone": L("America/New_York", DEV), "screen": {"w": L(1080, DEV),
                                                             "h": L(2400, DEV)}}


def tally_batch(app: App, rng: random.Random, events: list[dict[str, Any]], *,
                user: bool = True, adid: bool = False, props: dict[str, Any] | None = None,
                gz: bool = True) -> Case:
    """Tallyfin's batch upload: the SDK's anonymous ID, the user ID once signed in."""
    ctx: dict[str, Any] = {"device": _dev(), "app": {"id": app.pkg, "version": app.ver},
                           "library": {"name": "tallyfin-android", "version": "6.4.1"},
                           "network": {"carrier": L("Example Mobile", CARRIER),
                                       "wifi": L(True, DEV)}}
    if adid:
        ctx["advertising_id"] = L(GAID, ADID)
        ctx["ad_tracking_enabled"] = True
        ctx["ip"] = L(PUBLIC_IP, IPLOC)
    body: dict[str, Any] = {"write_key": app.key("tallyfin"), "sent_at": T0 * 1000 + 4411,
                            "anonymous_id": L(INSTALL_ID, DID), "batch_id": rid(rng),
                            "context": ctx, "events": events}
    if user:
        body["user_id"] = L(USER_ID, UID)
    if props:
        body["user_properties"] = props
    return case(f"{app.fam}-tallyfin", f"{TALLY}/v2/batch", body=body, gz=gz,
                headers={"User-Agent": UA_OKHTTP, "X-Tally-Key": app.key("tallyfin")})


def tally_legacy(app: App, rng: random.Random, events: list[dict[str, Any]]) -> Case:
    """The SDK's legacy form upload: ``data`` is base64 JSON (labels continue inside)."""
    acc: Acc = {}
    data = enc({"anon": L(INSTALL_ID, DID), "uid": L(USER_ID, UID), "dev": _dev(),
                "ev": events}, "body", "data", "b64", acc)
    c = case(f"{app.fam}-tallyfin", f"{TALLY}/track/legacy", fmt="form",
             body={"data": data, "v": "2", "key": app.key("tallyfin"), "n": rnd_hex(rng, 12)},
             headers={"User-Agent": UA_OKHTTP})
    return add(c, acc)


def tally_identify(app: App, rng: random.Random, traits: dict[str, Any]) -> Case:
    return case(f"{app.fam}-tallyfin", f"{TALLY}/v2/identify",
                body={"write_key": app.key("tallyfin"), "anonymous_id": L(INSTALL_ID, DID),
                      "user_id": L(USER_ID, UID), "traits": traits, "message_id": rid(rng)},
                headers={"User-Agent": UA_OKHTTP})


def loft_session(app: App, rng: random.Random, *, first: bool = False, count: int = 5) -> Case:
    """Linkloft's session start: advertising and Android IDs, the SDK's own ID, carrier."""
    body: dict[str, Any] = {
        "app_token": app.key("linkloft")[:12], "gps_adid": L(GAID, ADID),
        "android_id": L(ANDROID_ID, DID), "loft_uid": L(sdk_uid(rng), DID),
        "created_at": "2025-12-09T18:12:31.442Z-0500", "device_name": L("Pixel 8", DEV),
        "device_manufacturer": L("Google", DEV), "os_version": L("14", DEV),
        "language": L("en", DEV), "country": L("US", DEV), "mcc": L("310", CARRIER),
        "mnc": L("260", CARRIER), "connectivity_type": L("1", DEV),
        "session_count": L(count, USAGE), "app_version": app.ver,
        "screen_size": L("normal", DEV), "screen_density": L("high", DEV),
        "display_width": L("1080", DEV), "display_height": L("2400", DEV),
        "cpu_type": L("arm64-v8a", DEV), "sdk": "android5.1.0",
        "needs_response_details": "1"}
    if first:
        body["referrer"] = "utm_source=podnet&utm_medium=cpc&utm_campaign=fall_launch"
        body["install_begin_time"] = str(T0 - 95)
    return case(f"{app.fam}-linkloft", f"{LOFT}/session", fmt="form", body=body,
                headers={"User-Agent": L(f"{app.name}/{app.ver} (Android 14; Pixel 8)", DEV),
                         "Client-SDK": "android5.1.0"})


def loft_event(app: App, rng: random.Random, token: str, *, revenue: float | None = None,
               callback: dict[str, Any] | None = None, hashed: bool = False) -> Case:
    """A Linkloft event: the token is usage, revenue a purchase, JSON strings in form fields."""
    acc: Acc = {}
    body: dict[str, Any] = {"app_token": app.key("linkloft")[:12], "event_token": L(token, USAGE),
                            "gps_adid": L(GAID, ADID), "loft_uid": L(sdk_uid(rng), DID),
                            "created_at": "2025-12-09T18:14:02.113Z-0500",
                            "event_count": 3 + len(token) % 4}
    if revenue is not None:
        body["revenue"] = L(f"{revenue:.2f}", "financial.purchase")
        body["currency"] = "USD"
    if callback:
        body["callback_params"] = enc(callback, "body", "callback_params", "json", acc)
    if hashed:
        body["partner_params"] = enc({"em": L(EMAIL_SHA256, MAIL),
                                      "ph": L(PHONE_E164_SHA256, TEL)},
                                     "body", "partner_params", "json", acc)
    c = case(f"{app.fam}-linkloft", f"{LOFT}/event", fmt="form", body=body,
             headers={"User-Agent": L(f"{app.name}/{app.ver} (Android 14; Pixel 8)", DEV)})
    return add(c, acc)


def harbor_bid(app: App, rng: random.Random, *, imp: dict[str, Any], nd: int | None = 4,
               yob: int | None = None, gender: str | None = None, hem: bool = False,
               cat: list[str] | None = None, gz: bool = False) -> Case:
    """A Bidharbor OpenRTB 2.5 bid request: GPS geo at ``nd`` decimals or IP geo (``None``)."""
    from eval_payloads import LAT, LON
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "city": L("New York", COARSE), "zip": L("10118", COARSE)}
    else:
        c = PRECISE if nd >= 3 else COARSE
        geo = {"lat": L(round(LAT, nd), c), "lon": L(round(LON, nd), c), "type": 1,
               "accuracy": 35, "country": L("USA", COARSE)}
    user: dict[str, Any] = {"ext": {"consent": "CQHx3kAQHx3kAAGABBENBQFgAAAAAAAAAAAAAAAAAAAA"}}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if hem:
        user["ext"]["eids"] = [{"source": "hashedid.example.org",
                                "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 450, "cur": ["USD"],
            "imp": [dict(imp, id="1", secure=1)],
            "app": {"id": app.key("bidharbor")[:10], "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "cat": cat or ["IAB1"],
                    "publisher": {"id": "pub-" + rnd_hex(rng, 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310-260", CARRIER),
                       "connectiontype": L(2, DEV), "devicetype": L(4, DEV),
                       "w": L(1080, DEV), "h": L(2400, DEV), "pxratio": L(2.625, DEV),
                       "hwv": L("shiba", DEV)},
            "user": user, "regs": {"coppa": 0, "ext": {"gdpr": 0, "us_privacy": "1YNN"}},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-bidharbor", f"{HARBOR}/openrtb2/auction", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.5"})


def harbor_beacon(app: App, rng: random.Random, event: str, *, ifa: bool = True) -> Case:
    """An impression/click/quartile beacon: bid, impression and creative IDs are negatives."""
    q: dict[str, Any] = {"e": event, "bid": rnd_hex(rng, 24), "imp": "1",
                         "crid": "cr_" + rnd_hex(rng, 6), "p": "AAABmQ" + rnd_hex(rng, 18),
                         "app": app.pkg, "ts": str(T0 * 1000 + 5012)}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-bidharbor", "https://evt.bidharbor.example.com/v1/ev", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def fault_envelope(app: App, rng: random.Random, *, exc: tuple[str, str],
                   crumbs: list[dict[str, Any]], user: bool = True,
                   tags: dict[str, Any] | None = None) -> Case:
    """A Faultline event envelope (JSON Lines: header, item header, event)."""
    eid = rnd_hex(rng, 32)
    event: dict[str, Any] = {
        "event_id": eid, "timestamp": T0 + 612.25, "platform": "java", "level": "error",
        "release": f"{app.pkg}@{app.ver}+{len(app.ver) * 1000 + 7}", "environment": "production",
        "exception": {"values": [{"type": exc[0], "value": exc[1], "module": app.pkg,
                                  "stacktrace": {"frames": [
                                      {"function": "onResume", "lineno": 88, "in_app": True},
                                      {"function": "dispatch", "lineno": 412}]}}]},
        "breadcrumbs": {"values": crumbs},
        "contexts": {"device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                                "brand": L("google", DEV), "family": L("Pixel", DEV),
                                "memory_size": L(8026374144, DEV),
                                "free_memory": L(1733222400, DEV),
                                "battery_level": L(71.0, DEV), "charging": L(False, DEV),
                                "orientation": L("portrait", DEV), "simulator": False,
                                "boot_time": "2025-12-08T07:12:55Z"},
                     "os": {"name": L("Android", DEV), "version": L("14", DEV),
                            "build": L("AP2A.240905.003", DEV)},
                     "app": {"app_identifier": app.pkg, "app_version": app.ver,
                             "app_start_time": "2025-12-09T18:01:02Z"}},
        "tags": tags or {}, "sdk": {"name": "faultline.java.android", "version": "7.8.0"}}
    if user:
        event["user"] = {"id": L(USER_ID, UID), "ip_address": "{{auto}}"}
    else:
        event["user"] = {"id": L(INSTALL_ID, DID)}
    recs = [{"event_id": eid, "sent_at": "2025-12-09T18:10:13.117Z",
             "dsn": f"https://{rnd_hex(rng, 32)}@o4410.ingest.faultline.example.com/77"},
            {"type": "event", "content_type": "application/json"}, event]
    return lines(f"{app.fam}-faultline", f"{FAULT}/api/77/envelope/", recs,
                 headers={"User-Agent": "faultline.java.android/7.8.0"},
                 ctype="application/x-faultline-envelope")


def fault_session(app: App, rng: random.Random, *, user: bool = True) -> Case:
    """A Faultline session update (``did`` is the user ID signed in, else the install ID)."""
    did = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    recs = [{"sent_at": "2025-12-09T18:20:00.001Z"}, {"type": "session"},
            {"sid": sdk_uuid(rng), "did": did, "init": False, "started": "2025-12-09T18:01:02Z",
             "status": "exited", "errors": 0, "duration": L(1138.4, USAGE),
             "attrs": {"release": f"{app.pkg}@{app.ver}", "environment": "production"}}]
    return lines(f"{app.fam}-faultline", f"{FAULT}/api/77/envelope/", recs,
                 headers={"User-Agent": "faultline.java.android/7.8.0"})


def crumb(kind: str, msg: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": kind, "category": kind, "message": msg, "data": data or {},
            "timestamp": T0 + 600.5}


__all__ = ["crumb", "fault_envelope", "fault_session", "harbor_beacon", "harbor_bid",
           "loft_event", "loft_session", "tally_batch", "tally_identify", "tally_legacy"]
