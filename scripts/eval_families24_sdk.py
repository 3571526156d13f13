"""Measurement SDKs of the twenty-fourth set, built once and called by every app with its own
events and choices: analytics "Graphloom", MMP/attribution "Linkmoor", OpenRTB ads "Auctionfern"
and crash reporting "Crashbay" (fictional vendors, hosts under example.*)."""

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
    TEL,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
)
from eval_families20_kit import T0, App, pos
from eval_families21_kit import sdk_uid
from eval_families22_kit import PHONE_E164_SHA256, lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex

GRAPH = "https://ingest.graphloom.example.com"
MOOR = "https://s2s.linkmoor.example.net"
FERN = "https://bid.auctionfern.example.com"
BAY = "https://notify.crashbay.example.com"
Ev = tuple[str, dict[str, Any]]


def _gdev() -> dict[str, Any]:
    return {"platform": L("Android", DEV), "os_version": L("14", DEV),
            "device_brand": L("google", DEV), "device_model": L("Pixel 8", DEV),
            "carrier": L("Example Mobile", CARRIER), "language": L("en", DEV),
            "country": L("US", DEV)}


def _gev(rng: random.Random, i: int, name: str, props: dict[str, Any]) -> dict[str, Any]:
    return {"event_type": L(name, USAGE), "time": (T0 + 41 * i) * 1000 + 7 * i,
            "insert_id": sdk_uuid(rng), "session_id": T0 * 1000 - 88211,
            "event_properties": props}


def graph_batch(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
                adid: bool = False, nd: int | None = None, per_line: bool = False) -> Case:
    """Graphloom's upload: its device ID is the install ID, the user ID once signed in; one
    gzip JSON batch, or (``per_line``) JSON Lines with the IDs on every line."""
    evs = [_gev(rng, i, n, p) for i, (n, p) in enumerate(events)]
    ids: dict[str, Any] = {"device_id": L(INSTALL_ID, DID)}
    if user:
        ids["user_id"] = L(USER_ID, UID)
    if per_line:
        recs = [dict(e, **ids, platform=L("Android", DEV)) for e in evs]
        return lines(f"{app.fam}-graphloom", f"{GRAPH}/v1/ndjson", recs, gz=True,
                     headers={"User-Agent": "graphloom-android/4.2.0",
                              "X-Graphloom-Key": app.key("graphloom")})
    body: dict[str, Any] = {"api_key": app.key("graphloom"), "client_upload_time":
                            "2025-12-09T23:11:04.118Z", **ids, "device": _gdev(),
                            "app_version": app.ver, "library": "graphloom-android/4.2.0",
                            "events": evs}
    if adid:
        body["adid"] = L(GAID, ADID)
        body["android_id"] = L(ANDROID_ID, DID)
    if nd is not None:
        body["location_lat"], body["location_lng"] = pos(nd)
    return case(f"{app.fam}-graphloom", f"{GRAPH}/v1/batch", body=body, gz=True,
                headers={"User-Agent": "graphloom-android/4.2.0"})


def graph_identify(app: App, rng: random.Random, props: dict[str, Any]) -> Case:
    """Graphloom's identify: a form whose ``identification`` field is a JSON string."""
    acc: Acc = {}
    ident = enc({"device_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
                 "user_properties": {"$set": props}}, "body", "identification", "json", acc)
    c = case(f"{app.fam}-graphloom", f"{GRAPH}/identify", fmt="form",
             body={"api_key": app.key("graphloom"), "identification": ident},
             headers={"User-Agent": "graphloom-android/4.2.0"})
    return add(c, acc)


def graph_pixel(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The legacy GET pixel: ``d`` is base64 JSON in the query string."""
    acc: Acc = {}
    d = enc({"e": L(name, USAGE), "did": L(INSTALL_ID, DID), "p": props,
             "t": T0 * 1000 + 3120}, "query", "d", "b64", acc)
    c = case(f"{app.fam}-graphloom", f"{GRAPH}/p.gif", query={
        "k": app.key("graphloom"), "d": d, "cb": rnd_hex(rng, 8)},
        headers={"User-Agent": L(app.ua, DEV)})
    return add(c, acc)


def _moor_uid(app: App) -> str:
    return sdk_uid(random.Random(app.pkg + "/linkmoor"))


def moor_launch(app: App, rng: random.Random, *, count: int = 4, first: bool = False,
                user: bool = False) -> Case:
    """Linkmoor's launch call: advertising ID, the SDK's own ID, device and operator."""
    body: dict[str, Any] = {
        "advertiserId": L(GAID, ADID), "uid": L(_moor_uid(app), DID),
        "af_timestamp": str(T0 * 1000 + 1203), "counter": L(str(count), USAGE),
        "model": L("Pixel 8", DEV), "brand": L("google", DEV), "sdk": L("34", DEV),
        "lang_code": L("en", DEV), "country": L("US", DEV),
        "operator": L("Example Mobile", CARRIER), "network": L("WIFI", DEV),
        "deviceData": {"cpu_abi": L("arm64-v8a", DEV), "dim": {"d_dpi": L("420", DEV)}},
        "cell": {"mcc": L(310, CARRIER), "mnc": L(260, CARRIER)},
        "installDate": "2025-12-01_101233+0000", "app_version_name": app.ver,
        "platformextension": "android_native", "isFirstCall": str(first).lower()}
    if first:
        body["referrer"] = "utm_source=moorads&utm_medium=cpi&utm_campaign=winter"
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-linkmoor", f"{MOOR}/api/v4/androidevent", body=body,
                query={"app_id": app.pkg, "buildnumber": "6.14.2"},
                headers={"User-Agent": L("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/"
                                         "AP2A.240905.003)", DEV)})


def moor_event(app: App, rng: random.Random, name: str, value: dict[str, Any], *,
               hashed: bool = False, user: bool = True) -> Case:
    """A Linkmoor in-app event: ``eventValue`` is a JSON string (labels continue inside)."""
    acc: Acc = {}
    body: dict[str, Any] = {"advertiserId": L(GAID, ADID), "uid": L(_moor_uid(app), DID),
                            "eventName": L(name, USAGE),
                            "eventValue": enc(value, "body", "eventValue", "json", acc),
                            "af_timestamp": str(T0 * 1000 + 9042), "iaecounter": "2"}
    if user:
        body["customer_user_id"] = L(USER_ID, UID)
    if hashed:
        body["user_emails"] = {"sha256": L(EMAIL_SHA256, MAIL)}
        body["phone"] = L(PHONE_E164_SHA256, TEL)
    c = case(f"{app.fam}-linkmoor", f"{MOOR}/api/v4/androidevent", body=body,
             query={"app_id": app.pkg, "buildnumber": "6.14.2"},
             headers={"User-Agent": "Dalvik/2.1.0"})
    return add(c, acc)


def fern_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 4,
             yob: int | None = None, gender: str | None = None, hem: bool = False,
             gz: bool = False) -> Case:
    """An Auctionfern OpenRTB 2.6 request: GPS geo at ``nd`` decimals or IP geo (``None``);
    ``user.id`` is the SDK's per-install buyer ID."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE), "region": L("NY", COARSE),
                               "metro": L("501", COARSE), "zip": L("10118", COARSE),
                               "utcoffset": L(-300, DEV)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 20, "lastfix": 14,
               "utcoffset": L(-300, DEV)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "auctionfern"), DID), "data": [
        {"id": "fern-seg", "segment": [{"id": "s" + rnd_hex(rng, 4)}]}]}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if hem:
        user["eids"] = [{"source": "hashedmail.example.org",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "imp": [dict(imp, id="1", secure=1, bidfloor=0.35)],
            "app": {"id": app.key("auctionfern"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "storeurl": f"https://play.example.com/{app.pkg}",
                    "publisher": {"id": "pub" + rnd_hex(rng, 6)}},
            "device": {"ua": L(app.ua, DEV), "geo": geo, "ip": L(PUBLIC_IP, IPLOC),
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "w": L(1080, DEV), "h": L(2400, DEV),
                       "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L("310-260", CARRIER), "connectiontype": L(2, DEV),
                       "devicetype": L(4, DEV), "js": 1},
            "user": user, "tmax": 500, "cur": ["USD"], "bcat": ["IAB25", "IAB26"],
            "regs": {"coppa": 0, "gpp": "DBABMA~1YNN", "gpp_sid": [7]},
            "source": {"tid": rid(rng)}}
    return case(f"{app.fam}-auctionfern", f"{FERN}/openrtb/2.6/bid", body=body, gz=gz,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def fern_notice(app: App, rng: random.Random, kind: str, *, ifa: bool = True) -> Case:
    """A win or billing notice: auction, bid, seat and creative IDs and the price negatives."""
    q: dict[str, Any] = {"t": kind, "auction": rid(rng), "bid": rnd_hex(rng, 16),
                         "seat": "s" + rnd_hex(rng, 4), "crid": "cr" + rnd_hex(rng, 8),
                         "price": "Yx" + rnd_hex(rng, 22), "bundle": app.pkg}
    if ifa:
        q["ifa"] = L(GAID, ADID)
    return case(f"{app.fam}-auctionfern", "https://n.auctionfern.example.com/notice", query=q,
                headers={"User-Agent": L(app.ua, DEV)})


def _bdev(app: App) -> dict[str, Any]:
    return {"id": L(sdk_id(app, "crashbay"), DID), "manufacturer": L("Google", DEV),
            "model": L("Pixel 8", DEV), "osName": L("android", DEV), "osVersion": L("14", DEV),
            "totalMemory": L(7784529920, DEV), "freeDisk": L(41235890176, DEV),
            "orientation": L("portrait", DEV), "locale": L("en_US", DEV),
            "jailbroken": L(False, DEV), "emulator": False,
            "time": "2025-12-09T23:14:51.003Z"}


def crumb(kind: str, name: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashbay breadcrumb (``navigation``, ``request``, ``user``, ``state`` or ``log``)."""
    return {"timestamp": "2025-12-09T23:14:40.512Z", "name": name, "type": kind,
            "metaData": meta or {}}


def bay_report(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
               user: dict[str, Any] | None = None, meta: dict[str, Any] | None = None,
               context: str = "MainActivity") -> Case:
    """A Crashbay error report (gzip JSON): the device block and the user the app set."""
    frame = {"method": f"{app.pkg}.ui.{context}.onStart", "lineNumber": 131, "inProject": True}
    event = {"exceptions": [{"errorClass": exc[0], "message": exc[1], "stacktrace": [frame]}],
             "breadcrumbs": crumbs, "context": context, "severity": "error", "unhandled": True,
             "app": {"id": app.pkg, "version": app.ver, "releaseStage": "production",
                     "durationInForeground": L(418250, USAGE), "inForeground": True},
             "device": _bdev(app), "user": user or {"id": L(USER_ID, UID)},
             "metaData": meta or {}, "session": {"id": sdk_uuid(rng), "events": {"unhandled": 1},
                                                 "startedAt": "2025-12-09T23:07:52.771Z"}}
    body = {"apiKey": app.key("crashbay"), "payloadVersion": "4.0",
            "notifier": {"name": "Crashbay Android", "version": "6.9.1"}, "events": [event]}
    return case(f"{app.fam}-crashbay", f"{BAY}/", body=body, gz=True,
                headers={"Crashbay-Api-Key": app.key("crashbay"), "Crashbay-Payload-Version": "4.0",
                         "Crashbay-Sent-At": "2025-12-09T23:14:52.100Z"})


def bay_minidump(app: App, rng: random.Random) -> Case:
    """A native crash: the minidump (memory of the app's process, unlabelled) and its event."""
    dump = b"MDMP\x93\xa7\x00\x00" + bytes(rng.getrandbits(8) for _ in range(120))
    return multipart(f"{app.fam}-crashbay", f"{BAY}/minidump?api_key={app.key('crashbay')}", [
        ("upload_file_minidump", "f3c1.dmp", "application/octet-stream", dump),
        ("event", None, "application/json",
         {"device": {"id": L(sdk_id(app, "crashbay"), DID), "model": L("Pixel 8", DEV),
                     "osVersion": L("14", DEV), "cpuAbi": L("arm64-v8a", DEV)},
          "user": {"id": L(USER_ID, UID)}, "app": {"id": app.pkg, "version": app.ver},
          "context": "BleService"})],
        headers={"User-Agent": "crashbay-ndk/6.9.1"})


__all__ = ["bay_minidump", "bay_report", "crumb", "fern_bid", "fern_notice",
           "graph_batch", "graph_identify", "graph_pixel", "moor_event", "moor_launch"]
