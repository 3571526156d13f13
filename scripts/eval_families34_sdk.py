"""Measurement SDKs of the thirty-fourth set, built once and called by every app with its own
events and choices: analytics "Countlark", MMP/attribution "Sourcewren", OpenRTB 2.6 ads
"Bidmarrow" and crash reporting "Crashwick" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_SHA256, MCCMNC, PHONE_SHA256, pb, raw
from eval_families20_kit import T0, App, opaque, pos
from eval_families22_kit import lines, sdk_uuid
from eval_families24_kit import rid, sdk_id
from eval_payloads import ANDROID_ID, GAID, INSTALL_ID, PUBLIC_IP, USER_ID, Case, L, U, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
ADID, BIRTH, CARRIER = "id.advertising", "personal.birthdate", "location.carrier"
COARSE, DEV, DID, GENDER = "location.coarse", "device.info", "id.device", "personal.gender"
IPLOC, MAIL, TEL, BUY = "location.ip", "contact.email", "contact.phone", "financial.purchase"
UID, USAGE = "id.user", "behavior.usage"

CL = "https://in.countlark.example.com"
SW = "https://app.sourcewren.example.net"
BM = "https://rtb.bidmarrow.example.com"
CW = "https://api.crashwick.example.org"
Ev = tuple[str, dict[str, Any]]
DALVIK = "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
CLUA = "countlark-android/3.8.1"


def _iso(i: int) -> str:
    return f"2025-12-10T14:{10 + i:02d}:{(7 * i) % 60:02d}.{(113 * i) % 1000:03d}Z"


def cl_track(app: App, rng: random.Random, events: list[Ev], *, user: bool = True,
             adid: bool = False, nd: int | None = None) -> Case:
    """Countlark's batch (gzip JSON, camelCase): the anonymous ID is the install ID, the context
    names the device, locale, time zone and carrier, the events follow."""
    device: dict[str, Any] = {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                              "type": "android"}
    if adid:
        device.update(advertisingId=L(GAID, ADID), adTrackingEnabled=True)
    ctx: dict[str, Any] = {
        "app": {"name": app.name, "version": app.ver, "namespace": app.pkg},
        "device": device, "os": {"name": "android", "version": L("14", DEV)},
        "locale": L("en-US", DEV), "timezone": L("America/New_York", DEV),
        "network": {"carrier": L("Example Mobile", CARRIER)},
        "library": {"name": "countlark-android", "version": "3.8.1"}}
    if nd is not None:
        lat, lon = pos(nd)
        ctx["location"] = {"latitude": lat, "longitude": lon}
    batch = [{"type": "track", "event": L(name, USAGE), "properties": props,
              "messageId": sdk_uuid(rng), "timestamp": _iso(i)}
             for i, (name, props) in enumerate(events)]
    body: dict[str, Any] = {"writeKey": app.key("countlark"), "anonymousId": L(INSTALL_ID, DID),
                            "context": ctx, "batch": batch, "sentAt": _iso(len(events))}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countlark", f"{CL}/v2/batch", body=body, gz=True,
                headers={"User-Agent": CLUA})


def cl_identify(app: App, rng: random.Random, traits: dict[str, Any], *,
                user: bool = True) -> Case:
    """Countlark's identify: ``traits`` is a JSON string inside the JSON body (labels continue)."""
    body: dict[str, Any] = {"writeKey": app.key("countlark"), "anonymousId": L(INSTALL_ID, DID),
                            "traits": W(traits, "json"), "messageId": sdk_uuid(rng),
                            "timestamp": _iso(3)}
    if user:
        body["userId"] = L(USER_ID, UID)
    return case(f"{app.fam}-countlark", f"{CL}/v2/identify", body=body,
                headers={"User-Agent": CLUA})


def cl_beacon(app: App, rng: random.Random, name: str, props: dict[str, Any]) -> Case:
    """The signed-out GET beacon: ``data`` is base64 JSON in the query (labels continue)."""
    data = {"event": L(name, USAGE), "anonymousId": L(INSTALL_ID.upper(), DID),
            "properties": props, "writeKey": app.key("countlark")}
    return case(f"{app.fam}-countlark", f"{CL}/v2/b.gif", query={
        "data": W(data, "b64json"), "ip": "1", "_": str(T0 * 1000 + rng.randrange(999))},
        headers={"User-Agent": L(DALVIK, DEV)})


def cl_queue(app: App, rng: random.Random, events: list[Ev], *, user: bool = True) -> Case:
    """Countlark's offline queue flushed at launch: JSON Lines, the IDs on every line."""
    recs = []
    for i, (name, props) in enumerate(events):
        r: dict[str, Any] = {"type": "track", "event": L(name, USAGE),
                             "anonymousId": L(INSTALL_ID, DID), "properties": props,
                             "timestamp": _iso(i), "messageId": sdk_uuid(rng)}
        if user:
            r["userId"] = L(USER_ID, UID)
        recs.append(r)
    return lines(f"{app.fam}-countlark", f"{CL}/v2/import", recs,
                 headers={"User-Agent": CLUA, "X-Countlark-Key": app.key("countlark")})


def _sw_uuid(app: App) -> str:
    return sdk_id(app, "sourcewren")


def _sw_base(app: App) -> dict[str, Any]:
    return {"app_token": app.key("sourcewren")[-12:], "gps_adid": L(GAID, ADID),
            "android_uuid": L(_sw_uuid(app), DID), "tracking_enabled": "1",
            "device_name": L("Pixel 8", DEV), "os_name": "android",
            "os_version": L("14", DEV), "language": L("en", DEV),
            "country": L("US", DEV), "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
            "app_version": app.ver, "environment": "production", "sdk_version": "android4.38.2",
            "created_at": "2025-12-10T14:12:08.311Z-0500"}


def _swh() -> dict[str, Any]:
    return {"User-Agent": L(DALVIK, DEV), "Client-SDK": "android4.38.2"}


def sw_session(app: App, rng: random.Random, *, first: bool = False, user: bool = False,
               n: int = 6) -> Case:
    """Sourcewren's session (a form): the first carries the Android ID and the install
    referrer; every one the session count, subsessions and time spent."""
    body = _sw_base(app)
    body.update(session_count=L(str(1 if first else n), USAGE),
                subsession_count=L(str(1 if first else 3), USAGE),
                time_spent=L("0" if first else "412", USAGE),
                session_length=L("0" if first else "655", USAGE))
    if first:
        body.update(android_id=L(ANDROID_ID, DID),
                    install_referrer="utm_source=swnet&utm_medium=cpi&utm_campaign=d12",
                    install_begin_time="2025-12-10T14:09:51.000Z-0500")
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcewren", f"{SW}/session", fmt="form", body=body,
                headers=_swh())


def sw_event(app: App, rng: random.Random, token: str, params: dict[str, Any], *,
             revenue: float | None = None, hashed: bool = False, user: bool = True,
             name: str | None = None) -> Case:
    """A Sourcewren event (a form): ``callback_params`` is a JSON string in a form field,
    hashed e-mail and phone in ``partner_params`` when the app passes them."""
    body = _sw_base(app)
    vals = dict(params)
    if name:
        vals["event_name"] = L(name, USAGE)
    body.update(event_token=token, event_count=L(str(rng.randrange(2, 40)), USAGE),
                callback_params=W(vals, "json"))
    if revenue is not None:
        body.update(revenue=L(f"{revenue:.2f}", BUY), currency="USD")
    if hashed:
        body["partner_params"] = W({"em_sha256": L(EMAIL_SHA256, MAIL),
                                    "ph_sha256": L(PHONE_SHA256, TEL)}, "json")
    if user:
        body["external_device_id"] = L(USER_ID, UID)
    return case(f"{app.fam}-sourcewren", f"{SW}/event", fmt="form", body=body, headers=_swh())


def sw_click(app: App, rng: random.Random, link: U) -> Case:
    """The deep link the app was opened with (a URL in a form field, labelled per parameter)."""
    body = _sw_base(app)
    body.update(source="deeplink", deeplink=link, click_time="2025-12-10T14:11:40.000Z-0500")
    return case(f"{app.fam}-sourcewren", f"{SW}/sdk_click", fmt="form", body=body,
                headers=_swh())


def bm_bid(app: App, rng: random.Random, imp: dict[str, Any], *, nd: int | None = 3,
           yob: int | None = None, gender: str | None = None, keywords: Any = None,
           hem: bool = False, cat: list[str] | None = None) -> Case:
    """A Bidmarrow OpenRTB 2.6 bid request (JSON): GPS geo at ``nd`` decimals or IP geo
    (``None``); ``user.id`` is the SDK's buyer ID; ``mccmnc`` the SIM's operator."""
    if nd is None:
        geo: dict[str, Any] = {"type": 2, "country": L("USA", COARSE),
                               "region": L("NY", COARSE), "city": L("New York", COARSE),
                               "zip": L("10118", COARSE), "utcoffset": L(-300, DEV)}
    else:
        lat, lon = pos(nd)
        geo = {"lat": lat, "lon": lon, "type": 1, "accuracy": 25, "lastfix": 40,
               "country": L("USA", COARSE)}
    user: dict[str, Any] = {"id": L(sdk_id(app, "bidmarrow"), DID)}
    if yob:
        user["yob"] = L(yob, BIRTH)
    if gender:
        user["gender"] = L(gender, GENDER)
    if keywords is not None:
        user["keywords"] = keywords
    if hem:
        user["eids"] = [{"source": "hashedmail.example.net",
                         "uids": [{"id": L(EMAIL_SHA256, MAIL), "atype": 3}]}]
    body = {"id": rid(rng), "at": 1, "tmax": 350, "cur": ["USD"], "bcat": ["IAB25", "IAB26"],
            "imp": [dict(imp, id="1", bidfloor=0.35, secure=1)],
            "app": {"id": app.key("bidmarrow"), "bundle": app.pkg, "name": app.name,
                    "ver": app.ver, "cat": cat or [], "publisher": {"id": opaque(rng, "pb", 8)}},
            "device": {"ua": L(app.ua, DEV), "ip": L(PUBLIC_IP, IPLOC), "geo": geo,
                       "ifa": L(GAID, ADID), "lmt": 0, "make": L("Google", DEV),
                       "model": L("Pixel 8", DEV), "os": L("Android", DEV),
                       "osv": L("14", DEV), "language": L("en", DEV),
                       "carrier": L("Example Mobile", CARRIER),
                       "mccmnc": L(MCCMNC[:3] + "-" + MCCMNC[3:], CARRIER),
                       "connectiontype": L(2, DEV), "w": L(1080, DEV), "h": L(2400, DEV)},
            "user": user, "regs": {"coppa": 0, "gpp": "DBABzw~1YNN", "gpp_sid": [7]},
            "source": {"tid": rid(rng), "schain": {"ver": "1.0", "complete": 1, "nodes": [
                {"asi": "bidmarrow.example.com", "sid": opaque(rng, "", 8), "hp": 1}]}}}
    return case(f"{app.fam}-bidmarrow", f"{BM}/openrtb/2.6/bid", body=body,
                headers={"User-Agent": L(app.ua, DEV), "x-openrtb-version": "2.6"})


def bm_notice(app: App, rng: random.Random, kind: str) -> Case:
    """A win or impression beacon: auction, bid, creative and the price negatives, the
    advertising ID labelled."""
    return case(f"{app.fam}-bidmarrow", f"https://ev.bidmarrow.example.com/{kind}", query={
        "auc": rid(rng), "bid": opaque(rng, "", 16), "crid": opaque(rng, "cr", 6),
        "p": "1.12", "bundle": app.pkg, "ifa": L(GAID, ADID), "ts": str(T0 + 611)},
        headers={"User-Agent": L(app.ua, DEV)})


def _cwh(app: App) -> dict[str, Any]:
    return {"User-Agent": "Crashwick-Android/2.9.4", "X-Crashwick-App": app.key("crashwick")}


def cw_crumb(kind: str, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Crashwick breadcrumb (``nav``, ``net``, ``tap``, ``log``)."""
    return {"ts": T0 * 1000 + 60211, "kind": kind, "msg": message, "meta": data or {}}


def cw_crash(app: App, rng: random.Random, exc: tuple[str, str], crumbs: list[Any], *,
             user: dict[str, Any] | None = None, keys: dict[str, Any] | None = None,
             screen: str = "MainActivity") -> Case:
    """A Crashwick crash report (gzip JSON): the SDK's installation ID, the device, the user,
    custom keys, breadcrumbs and the exception."""
    body = {"installationId": L(sdk_id(app, "crashwick"), DID),
            "session": {"id": sdk_uuid(rng), "startedAt": T0 * 1000 + 1207,
                        "foregroundMs": L(rng.randrange(40000, 900000), USAGE)},
            "device": {"model": L("Pixel 8", DEV), "manufacturer": L("Google", DEV),
                       "orientation": L("portrait", DEV), "batteryLevel": L(0.57, DEV),
                       "freeRamMb": L(1843, DEV), "rooted": L(False, DEV)},
            "os": {"version": L("14", DEV)},
            "app": {"id": app.pkg, "version": app.ver},
            "user": user if user is not None else {"id": L(USER_ID, UID)},
            "customKeys": dict(keys or {}, screen=L(screen, USAGE)), "breadcrumbs": crumbs,
            "exception": {"type": exc[0], "message": exc[1], "frames": [
                {"fn": "onResume", "cls": f"{app.pkg}.ui.{screen}", "line": 112}]},
            "crashId": opaque(rng, "", 32)}
    return case(f"{app.fam}-crashwick", f"{CW}/v1/crashes", body=body, gz=True,
                headers=_cwh(app))


def cw_session(app: App, rng: random.Random, *, user: bool = True, secs: int = 511) -> Case:
    """A session record as schema-less protobuf: the installation ID, the session (a negative),
    the device (a sub-message), the user ID when signed in and the session's length."""
    lab: dict[str, str] = {}
    fields: list[tuple[int, Any]] = [
        (1, L(sdk_id(app, "crashwick"), DID)), (2, sdk_uuid(rng)), (3, app.ver),
        (4, [(1, L("Pixel 8", DEV)), (2, L("Google", DEV)), (3, L("14", DEV)),
             (4, L(7823, DEV))]), (6, L(secs, USAGE)), (7, 0)]
    if user:
        fields.append((5, L(USER_ID, UID)))
    data = pb(fields, "", lab)
    return raw(f"{app.fam}-crashwick", f"{CW}/v1/sessions", data, "application/x-protobuf",
               lab, headers=_cwh(app))


__all__ = ["DALVIK", "bm_bid", "bm_notice", "cl_beacon", "cl_identify", "cl_queue", "cl_track",
           "cw_crash", "cw_crumb", "cw_session", "sw_click", "sw_event", "sw_session"]
